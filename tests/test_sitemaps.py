"""Sitemaps as a source (newscrawl/pages/sitemaps.py and the spider's sitemap navigation).

Reading: indexes, urlsets, Google News fields, gzip with its size bound, entry limits, entities
never expanded. Crawling the replica over HTTP (robots.txt with a group for our own token that
disallows a topic page, a sitemap index with a gzipped monthly sitemap, a news sitemap, a
sitemap of non-article pages, an article only a sitemap links):

* a first run reads the newest monthly sitemap of the index only, notes the others and says how to
  backfill; a backfill reads the noted ones back to its day, with its feed in batches;
* run A (full=1: every monthly sitemap) reads robots.txt before anything else, finds every article
  (the sitemap-only one too), never requests what our group disallows, and still exports that
  topic's articles;
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
    # first visit of the index (nothing of it recorded): the newest member only, the others noted
    # for a backfill (a first run used to read them all, and on t3n that is the whole archive)
    read, noted = sitemaps.members_to_read(members, {})
    assert [m.loc for m in read] == ["m6"] and [m.loc for m in noted] == ["m5", "m1", "nolast"]
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


def test_the_newest_member_by_lastmod_then_url_date_then_place():
    e = sitemaps.SitemapEntry
    by_lastmod = [
        e("http://x/s/post-2021-04.xml", "2021-04-30"),
        e("http://x/s/post-2021-06.xml", "2021-06-18T08:30:00+02:00"),
        e("http://x/s/pages.xml", "2021-06-18T06:30:00+02:00"),
    ]
    assert sitemaps.newest_member(by_lastmod) is by_lastmod[1]
    by_url = [e("http://x/sitemap-2021-05.xml"), e("http://x/2021/06/sitemap.xml"), e("http://x/sitemap-2020-12.xml")]
    assert sitemaps.newest_member(by_url) is by_url[1]
    assert sitemaps.url_date("http://x/s/post-2021-06.xml.gz") == (2021, 6, 0)
    assert sitemaps.url_date("http://x/sitemap-2021-06-18.xml") == (2021, 6, 18)
    assert sitemaps.url_date("http://x/post-sitemap12.xml") is None
    by_place = [e(f"http://x/post-sitemap{n}.xml") for n in (1, 2, 3)]  # WordPress numbers them oldest first
    assert sitemaps.newest_member(by_place) is by_place[2]
    assert sitemaps.newest_member([]) is None


def test_members_without_lastmod_after_a_first_run():
    e = sitemaps.SitemapEntry
    members = [e(f"http://x/post-sitemap{n}.xml") for n in (1, 2, 3)]
    read, noted = sitemaps.members_to_read(members, {})
    assert [m.loc for m in read] == ["http://x/post-sitemap3.xml"] and len(noted) == 2
    recorded = {m.loc: (None, "noted") for m in noted} | {read[0].loc: (None, "read")}
    # a cron run: what was read is read again (nothing says it did not change), a noted member
    # without lastmod waits for a backfill, a new member is read
    later = [*members, e("http://x/post-sitemap4.xml")]
    assert [m.loc for m in sitemaps.members_to_read(later, recorded)[0]] == [
        "http://x/post-sitemap3.xml",
        "http://x/post-sitemap4.xml",
    ]
    since = datetime(2000, 1, 1, tzinfo=UTC)
    assert len(sitemaps.members_to_read(members, recorded, since=since)[0]) == 3  # a backfill reads them
    assert len(sitemaps.members_to_read(members, {}, full=True)[0]) == 3  # full=1 on a fresh state: all


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

    # Run A reads every monthly sitemap of the index, as every first run did before a first run
    # read only the newest one (test_a_first_run_reads_the_newest_month_only): that is full=1 now.
    run("A", "-a", "full=1", "-s", "NEWSCRAWL_CONTACT_URL=https://example.org/our-crawler")
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
    # every article (what a first run finds is "articles"; full=1 reads every monthly sitemap too)
    assert set(ids) == {x["id"] for x in runs["summary"]["all_articles"]}
    assert SITEMAP_ONLY_ID in ids and SITEMAP_ONLY_ID not in {x["id"] for x in runs["summary"]["articles"]}
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


# --- a first run reads what is current; the archive is a backfill asked for ------------------

OLD_MONTHS = 30  # the replica's index lists 36 months: a first run reads one


def _years_of_months():
    """The replica's articles and, for each of the 30 months before them, one article only its
    monthly sitemap links (as t3n's index is its whole archive): copies of the replica's usual
    articles (with image, related links, a modified date), under new ids."""
    import copy

    usual = [
        r
        for r in ARTICLES
        if r.get("image") and r.get("modified") and r.get("related") and r.get("layout", "current") == "current"
        if not any(r.get(k) for k in ("advertorial", "robots_disallowed", "offsite_redirect", "paywalled"))
    ]
    records = list(ARTICLES)
    for k in range(OLD_MONTHS):
        year, month = divmod(2020 * 12 + 11 - k, 12)  # 2020-12, 2020-11, …
        rec = copy.deepcopy(usual[k % len(usual)])
        rec.update(
            id=str(1200000 + k),
            slug=f"archiv-{year}-{month + 1:02d}",
            published=f"{year}-{month + 1:02d}-15T10:00:00+01:00",
            modified=f"{year}-{month + 1:02d}-16T10:00:00+01:00",
            sitemap_only=True,
            old_slugs=[],
        )
        records.append(rec)
    return records


def test_a_first_run_reads_the_newest_month_only_and_a_backfill_the_rest(make_replica, tmp_path):
    server = make_replica(records=_years_of_months())
    months = re.findall(r"<loc>\{\{BASE\}\}(/sitemaps/post-[^<]+)</loc>", (server.root / "sitemap.xml").read_text())
    assert len(months) == OLD_MONTHS + 6
    state, work = tmp_path / "state", tmp_path / "work"

    # a first run on a fresh state: the newest monthly sitemap only, the others noted
    first = crawl(server, state, work, "-O", str(tmp_path / "first.jsonl"))
    assert first.returncode == 0, first.stderr[-3000:]
    paths = _paths(server)
    assert [p for p in paths if p.startswith("/sitemaps/")] == ["/sitemaps/post-2021-06.xml"]
    assert server.summary["first_run_sitemaps"] == ["/sitemaps/post-2021-06.xml", "/sitemap-news.xml"]
    ids = {i["id"] for i in read_items(tmp_path / "first.jsonl")}
    assert ids == {a["id"] for a in server.summary["articles"]}
    assert not [i for i in ids if i.startswith("12000")]
    with sqlite3.connect(state / "crawl.sqlite3") as db:
        rows = dict(db.execute("SELECT url, status FROM sitemaps").fetchall())
    assert sorted(rows.values()).count("noted") == len(months)  # the other months and pages.xml
    assert [u for u, status in rows.items() if status == "read"] == [server.url("/sitemaps/post-2021-06.xml")]
    # ... and its last log lines say what it read and how to backfill
    last = first.stderr.strip().splitlines()[-2:]
    assert "First run: read what is current" in last[0] and f"the {len(months)} older sitemaps" in last[0]
    base = server.base_url.rstrip("/")
    assert f"Backfill older articles: scrapy crawl t3n -a base_url={base} -a since=YYYY-MM-DD" in last[1]
    assert "-a full=1 for the whole archive" in last[1]

    # a later run, nothing moved: no monthly sitemap, and no first-run lines
    server.clear_requests()
    second = crawl(server, state, work, "-O", str(tmp_path / "second.jsonl"))
    assert second.returncode == 0, second.stderr[-3000:]
    assert not [p for p in _paths(server) if p.startswith("/sitemaps/")]
    assert read_items(tmp_path / "second.jsonl") == [] and "First run" not in second.stderr

    # a backfill to June 2020: the noted months back to then (not the one read, not older ones),
    # announced with their number and the pace, its feed (the dated default) in batches
    server.clear_requests()
    third = crawl(server, state, work, "-a", "since=2020-06-01", "-s", "NEWSCRAWL_BACKFILL_BATCH_ITEMS=4")
    assert third.returncode == 0, third.stderr[-3000:]
    read = {p for p in _paths(server) if p.startswith("/sitemaps/post-")}
    wanted = {m for m in months if "post-2020-06" <= m.split("/")[-1] < "post-2021-06"}
    assert read == wanted and len(read) == 11  # 2020-06 … 2021-05 (no February 2021)
    assert "/sitemaps/pages.xml" in _paths(server)  # noted by the first run, as new as the newest month
    log = third.stderr
    assert "Backfill since 2020-06-01: reads the sitemaps of the site's sitemap index back to that day" in log
    assert f"Backfill reads 12 of the {len(months) + 1} sitemaps of {server.url('/sitemap.xml')}" in log
    assert "Backfill sitemap 12 of 12" in log and "Backfill pace: no download delay" in log
    assert "Backfill feed in batches of 4 articles (data/%(name)s/%(time)s-%(batch_id)04d.jsonl)" in log
    batches = sorted((work / "data" / "t3n").glob("*-0*.jsonl"))
    items = [i for b in batches for i in read_items(b)]
    assert len(batches) == -(-len(items) // 4) > 1 and all(len(read_items(b)) == 4 for b in batches[:-1])
    assert {i["id"] for i in items} >= {str(1200000 + k) for k in range(7)}  # 2020-12 … 2020-06
    assert not {i["id"] for i in items} & {str(1200000 + k) for k in range(7, OLD_MONTHS)}
    assert "'newscrawl/state/batch_commits'" in log  # each stored batch recorded in the state
