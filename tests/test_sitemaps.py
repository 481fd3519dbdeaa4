"""Sitemaps as a source (newscrawl/pages/sitemaps.py and the spider's sitemap navigation).

Reading: indexes, urlsets, Google News fields, gzip with its size bound, entry limits, entities
never expanded. Crawling the replica over HTTP (robots.txt with a group for our own token that
disallows a topic page, a sitemap index with a gzipped monthly sitemap, a news sitemap, a
sitemap of non-article pages, an article only a sitemap links):

* run A reads robots.txt before anything else, finds every article (the sitemap-only one too),
  never requests what our group disallows, and still exports that topic's articles;
* run B, same state: no article page, no monthly sitemap, a handful of requests;
* run C, the site moved on (two new articles, an old one changed with a newer <lastmod>):
  exactly those three, the change as "updated"; only the monthly sitemaps whose lastmod moved;
* run D: the news sitemap is gone: the verdict names it;
* `since=` backfills from the index (not the listings), and resumes where a stopped one ended;
* a replica without any sitemap still crawls completely.
"""

import gzip
import json
import re
import sqlite3
from datetime import UTC, datetime

import pytest
from crawlrun import ARTICLE_PATH, crawl, last_run, read_items
from replica.articles import ARTICLES
from replica.build import OWN_DISALLOW, V2_NEW_IDS, V2_UPDATED_ID, build_site, v2_records
from replica.server import ReplicaServer
from scrapy.http import Request, Response, XmlResponse

from newscrawl.pages import sitemaps

SITEMAP_ONLY_ID = "1374412"
NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'


def _xml(url, body, cls=XmlResponse):
    return cls(url, body=body, request=Request(url))


# --- reading ---------------------------------------------------------------------------------


def test_index_urlset_and_google_news_fields():
    index = sitemaps.read_sitemap(
        f"<sitemapindex {NS}><sitemap><loc>http://x/s/2021-06.xml</loc><lastmod>2021-06-18</lastmod>"
        f"</sitemap><sitemap><loc>http://x/s/2021-05.xml.gz</loc></sitemap></sitemapindex>".encode()
    )
    assert index.kind == "index"
    assert [(e.loc, e.lastmod) for e in index.entries] == [
        ("http://x/s/2021-06.xml", "2021-06-18"),
        ("http://x/s/2021-05.xml.gz", None),
    ]
    news = sitemaps.read_sitemap(
        f'<urlset {NS} xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url>'
        "<loc>http://x/news/a-1234567/</loc><news:news><news:publication><news:name>t3n</news:name>"
        "</news:publication><news:publication_date>2021-06-18T06:30:00+02:00</news:publication_date>"
        "<news:title>KI &amp; Ethik</news:title></news:news></url></urlset>".encode()
    )
    assert news.kind == "news"
    assert news.entries == [
        sitemaps.SitemapEntry("http://x/news/a-1234567/", None, "2021-06-18T06:30:00+02:00", "KI & Ethik")
    ]
    plain = sitemaps.read_sitemap(f"<urlset {NS}><url><loc>http://x/tag/ki/</loc></url></urlset>".encode())
    assert plain.kind == "urlset" and plain.entries[0].dates == []


def test_entry_limit_is_counted_not_silent():
    body = (
        f"<urlset {NS}>"
        + "".join(f"<url><loc>http://x/news/a-{100000 + i}/</loc></url>" for i in range(30))
        + "</urlset>"
    )
    found = sitemaps.read_sitemap(body.encode(), max_entries=10)
    assert len(found.entries) == 10 and found.truncated


def test_entities_are_never_expanded():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i else "")) * 10}">' for i in range(1, 9))
        + f"]><urlset {NS}><url><loc>http://x/news/a-1234567/&lol8;</loc></url></urlset>"
    )
    found = sitemaps.read_sitemap(bomb.encode())
    assert all(len(e.loc) < 100 for e in found.entries)


def test_gzip_is_bounded_and_broken_input_has_a_reason():
    small = gzip.compress(f"<urlset {NS}><url><loc>http://x/news/a-1234567/</loc></url></urlset>".encode())
    body, _ = sitemaps.sitemap_body(_xml("http://x/s.xml.gz", small, Response), max_size=10_000)
    assert sitemaps.read_sitemap(body).entries[0].loc == "http://x/news/a-1234567/"
    bomb = gzip.compress(b"<urlset>" + b" " * 5_000_000 + b"</urlset>")
    with pytest.raises(sitemaps.SitemapError) as err:
        sitemaps.sitemap_body(_xml("http://x/s.xml.gz", bomb, Response), max_size=1_000_000)
    assert err.value.reason == "oversized"
    with pytest.raises(sitemaps.SitemapError) as err:
        sitemaps.sitemap_body(_xml("http://x/s.bin", b"\x00\x01binary", Response), max_size=1000)
    assert err.value.reason == "not_a_sitemap"
    with pytest.raises(sitemaps.SitemapError) as err:
        sitemaps.read_sitemap(b"<html><body>Seite nicht gefunden</body></html>")
    assert err.value.reason == "not_a_sitemap"


def test_robots_sitemap_lines():
    robots = (
        b"User-agent: *\nDisallow: /suche/\nSitemap: /sitemap.xml\nsitemap: http://x/news.xml\nSitemap: /sitemap.xml\n"
    )
    assert sitemaps.robots_sitemap_urls(robots, "http://x/robots.txt") == ["http://x/sitemap.xml", "http://x/news.xml"]


def test_members_to_read_follow_their_lastmod():
    e = sitemaps.SitemapEntry
    members = [e("m6", "2021-06-18"), e("m5", "2021-05-31"), e("m1", "2021-01-16"), e("nolast", None)]
    # first run: everything
    assert [m.loc for m in sitemaps.members_to_read(members, {})[0]] == ["m6", "m5", "m1", "nolast"]
    recorded = {"m6": ("2021-06-18", "read"), "m5": ("2021-05-30", "read"), "m1": ("2021-01-16", "read")}
    read, noted = sitemaps.members_to_read(members, recorded)
    assert [m.loc for m in read] == ["m5", "nolast"] and noted == []  # m5 moved; no lastmod: always
    # a backfill to May: older members are noted (their lastmod kept), not read
    since = datetime(2021, 5, 1, tzinfo=UTC)
    read, noted = sitemaps.members_to_read(members, {}, since=since)
    assert [m.loc for m in read] == ["m6", "m5", "nolast"] and [m.loc for m in noted] == ["m1"]
    # ... a later cron run leaves the noted one alone until it moves; a deeper backfill reads it
    assert sitemaps.members_to_read([members[2]], {"m1": ("2021-01-16", "noted")})[0] == []
    assert sitemaps.members_to_read([e("m1", "2021-06-19")], {"m1": ("2021-01-16", "noted")})[0]
    deeper = datetime(2020, 12, 1, tzinfo=UTC)
    assert sitemaps.members_to_read([members[2]], {"m1": ("2021-01-16", "noted")}, since=deeper)[0]
    assert len(sitemaps.members_to_read(members, recorded, full=True)[0]) == 4


# --- crawling --------------------------------------------------------------------------------


def _paths(server):
    return [r["path"].split("?")[0] for r in server.requests]


def _linked_ids(page):
    return set(re.findall(r'href="[^"]*/(?:news|magazin)/[a-z0-9-]+-(\d{6,7})/?[?"]', page.read_text("utf-8")))


@pytest.fixture(scope="module")
def runs(tmp_path_factory, request):
    tmp = tmp_path_factory.mktemp("sitemaps")
    site, state, work = tmp / "site", tmp / "state", tmp / "work"
    summary = build_site(site, ARTICLES)
    server = ReplicaServer(site).start()
    request.addfinalizer(server.stop)
    out = {"summary": summary, "site": site, "state": state}

    def run(name, *extra):
        server.clear_requests()
        proc = crawl(server, state, work, "-O", str(tmp / f"{name}.jsonl"), *extra)
        out[name] = {
            "proc": proc,
            "items": read_items(tmp / f"{name}.jsonl"),
            "paths": _paths(server),
            "agents": {r["user_agent"] for r in server.requests},
            "status": last_run(state),
        }

    run("A", "-s", "NEWSCRAWL_CONTACT_URL=https://example.org/our-crawler")
    out["marketing"] = _linked_ids(site / "tag" / "marketing" / "index.html")
    run("B")
    out["summary_v2"] = build_site(site, v2_records())
    run("C")
    (site / "sitemap-news.xml").unlink()
    run("D")
    return out


def test_run_a_reads_robots_first_and_finds_every_article(runs):
    a = runs["A"]
    assert a["proc"].returncode == 0, a["proc"].stderr[-3000:]
    assert a["paths"][0] == "/robots.txt" and a["paths"].count("/robots.txt") == 1
    ids = [i["id"] for i in a["items"]]
    assert len(ids) == len(set(ids))
    assert set(ids) == {x["id"] for x in runs["summary"]["articles"]}
    assert SITEMAP_ONLY_ID in ids
    # every sitemap once: the index, the news sitemap, each monthly one (one of them gzipped)
    for path in ["/sitemap.xml", "/sitemap-news.xml", "/sitemaps/pages.xml", *runs["summary"]["sitemaps"]]:
        assert a["paths"].count(path) == 1, path
    assert "/sitemaps/post-2021-05.xml.gz" in a["paths"]
    # tag and author pages listed in a sitemap are not requested
    assert not [p for p in a["paths"] if p.startswith("/redaktion/")]
    assert a["status"]["verdict"] == "ok", a["status"]["problems"]


def test_run_a_obeys_the_group_for_our_own_token(runs):
    a = runs["A"]
    assert not [p for p in a["paths"] if any(p.startswith(d) for d in OWN_DISALLOW)]
    assert "'newscrawl/robots_disallowed/listing': 1" in a["proc"].stderr
    # the topic page our group disallows (the "*" group allows it): its articles come through
    # the sitemaps all the same
    exported = {i["id"] for i in a["items"]}
    not_crawled = {d["id"] for d in runs["summary"]["dropped"]} | {
        re.search(r"(\d+)/$", n["path"]).group(1) for n in runs["summary"]["not_crawled"]
    }
    assert runs["marketing"] and runs["marketing"] - not_crawled <= exported
    # the token is ours, the contact URL the operator's
    assert a["agents"] == {"newscrawl/0.1.0 (+https://example.org/our-crawler)"}


def test_run_b_fetches_no_article_and_no_monthly_sitemap(runs):
    b = runs["B"]
    assert b["proc"].returncode == 0, b["proc"].stderr[-3000:]
    assert b["items"] == []
    assert not [p for p in b["paths"] if ARTICLE_PATH.match(p) or p.startswith("/sitemaps/")]
    # robots.txt, rss.xml, the index, the news sitemap, home, /news/, 4 topics (of 5: one is ours to skip)
    assert len(b["paths"]) == 10, b["paths"]
    assert b["status"]["verdict"] == "ok", b["status"]["problems"]


def test_run_c_exports_the_new_and_the_updated_from_lastmod(runs):
    c = runs["C"]
    assert c["proc"].returncode == 0, c["proc"].stderr[-3000:]
    got = {i["id"]: i for i in c["items"]}
    assert sorted(got) == sorted([*V2_NEW_IDS, V2_UPDATED_ID])
    assert [got[i]["change"] for i in V2_NEW_IDS] == ["new", "new"]
    assert got[V2_UPDATED_ID]["change"] == "updated" and got[V2_UPDATED_ID]["revision"] == 2
    # only the monthly sitemaps whose <lastmod> in the index moved were read
    monthly = {p for p in c["paths"] if p.startswith("/sitemaps/")}
    assert monthly == {"/sitemaps/post-2021-06.xml", "/sitemaps/post-2017-01.xml", "/sitemaps/pages.xml"}
    fetched = {m for p in c["paths"] if (m := ARTICLE_PATH.match(p))}
    assert len(fetched) == 3
    assert c["status"]["verdict"] == "ok", c["status"]["problems"]


def test_run_d_names_the_source_that_went_silent(runs):
    d = runs["D"]
    assert d["proc"].returncode == 3, d["proc"].stderr[-3000:]
    assert d["status"]["verdict"] == "sick"
    assert any("sitemap_news" in p for p in d["status"]["problems"]), d["status"]["problems"]
    assert "'newscrawl/sitemap_failed/http_404': 1" in d["proc"].stderr


def test_state_records_monthly_sitemaps_with_their_lastmod(runs):
    with sqlite3.connect(runs["state"] / "crawl.sqlite3") as db:
        rows = dict(db.execute("SELECT url, lastmod FROM sitemaps WHERE status = 'read'").fetchall())
    index = (runs["site"] / "sitemap.xml").read_text("utf-8")
    for path, lastmod in re.findall(r"<loc>\{\{BASE\}\}([^<]+)</loc><lastmod>([^<]+)</lastmod>", index):
        assert any(url.endswith(path) and value == lastmod for url, value in rows.items()), path


def test_backfill_walks_the_index_not_the_listings_and_resumes(tmp_path):
    site = tmp_path / "site"
    build_site(site, ARTICLES, news_per_page=2, tag_per_page=2)
    since = "2021-05-01"
    with ReplicaServer(site) as server:
        # stopped after a few items: the monthly sitemaps it finished are recorded...
        first = crawl(
            server,
            tmp_path / "state",
            tmp_path / "work",
            "-a",
            f"since={since}",
            "-s",
            "CLOSESPIDER_ITEMCOUNT=3",
            "-O",
            str(tmp_path / "1.jsonl"),
        )
        assert first.returncode in (0, 3), first.stderr[-3000:]
        with sqlite3.connect(tmp_path / "state" / "crawl.sqlite3") as db:
            done = {u.split("/", 3)[3] for (u,) in db.execute("SELECT url FROM sitemaps WHERE status = 'read'")}
            noted = {u.split("/", 3)[3] for (u,) in db.execute("SELECT url FROM sitemaps WHERE status = 'noted'")}
        assert "sitemaps/pages.xml" in done
        assert noted == {
            "sitemaps/post-2021-04.xml",
            "sitemaps/post-2021-03.xml",
            "sitemaps/post-2021-01.xml",
            "sitemaps/post-2017-01.xml",
        }
        # ... and the restarted backfill reads only the others
        server.clear_requests()
        second = crawl(
            server, tmp_path / "state", tmp_path / "work", "-a", f"since={since}", "-O", str(tmp_path / "2.jsonl")
        )
        assert second.returncode == 0, second.stderr[-3000:]
        paths = _paths(server)
    read_again = {p.lstrip("/") for p in paths if p.startswith("/sitemaps/")}
    assert not read_again & done and not read_again & noted
    # the listings stay at their first page: the index is the archive
    assert not [p for p in paths if "/page/" in p]
    assert "'newscrawl/pagination_stopped/sitemap_index'" in second.stderr
    items = read_items(tmp_path / "1.jsonl") + read_items(tmp_path / "2.jsonl")
    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids))
    wanted = {
        r["id"]
        for r in ARTICLES
        if r["published"] >= "2021-05-01"
        and not (r.get("advertorial") or r.get("robots_disallowed") or r.get("offsite_redirect"))
    }
    assert wanted <= set(ids)


def test_a_replica_without_sitemaps_still_crawls_completely(tmp_path):
    site = tmp_path / "site"
    summary = build_site(site, ARTICLES, sitemaps=False, own_group=False)
    assert "Sitemap:" not in (site / "robots.txt").read_text("utf-8")
    with ReplicaServer(site) as server:
        proc = crawl(server, tmp_path / "state", tmp_path / "work", "-O", str(tmp_path / "out.jsonl"))
        paths = _paths(server)
    assert proc.returncode == 0, proc.stderr[-3000:]
    ids = [i["id"] for i in read_items(tmp_path / "out.jsonl")]
    assert sorted(ids) == sorted(a["id"] for a in summary["articles"])
    assert SITEMAP_ONLY_ID not in ids  # no door leads to it here
    assert paths[0] == "/robots.txt" and not [p for p in paths if "sitemap" in p]
    assert json.loads((tmp_path / "state" / "last_run.json").read_text())["verdict"] == "ok"


def test_a_monthly_sitemap_is_recorded_only_with_all_its_articles(tmp_path):
    """The state records a sitemap as read in the commit that holds the last of its articles, so
    a run whose feeds are committed in several batches (or cut short) never marks a sitemap whose
    articles are not all recorded."""
    from types import SimpleNamespace

    from newscrawl.state import CrawlState

    state = CrawlState(tmp_path / "state")
    state.stage_sitemap("http://x/sitemaps/post-2021-06.xml", "2021-06-18", {"1", "2"})
    item = SimpleNamespace(
        id="1",
        url="http://x/news/a-1/",
        title="T",
        lead="L",
        body="B",
        modified=None,
        published="2021-06-18T10:00:00+02:00",
        change="new",
        revision=1,
        first_seen="x",
        content_hash="h",
    )
    state.stage_export(item, "run", "now")
    state.commit_staged("run")
    assert state.sitemaps() == {}
    state.stage_failed("2", "http://x/news/b-2/")  # given up: fetched first next run, but settled
    state.commit_staged("run")
    assert state.sitemaps() == {"http://x/sitemaps/post-2021-06.xml": ("2021-06-18", "read")}
    state.close()
