"""Incremental runs over HTTP against the replica: a no-op run fetches no article page; new and
changed articles, and only those, are exported with change / revision / first_seen."""

import copy
import os
import sqlite3
import stat

import pytest
from crawlrun import article_requests, crawl, last_run, read_items, request_kinds
from replica.articles import ARTICLES

from newscrawl.items import SCHEMA_VERSION

NEW_IDS = ("1382001", "1382002")
UPDATED_ID = "1381250"  # on the first /news/ page: content and `modified` change
TOUCHED_ID = "1380977"  # on the first /news/ page: only `modified` changes, same content


def _records_after_edits():
    records = copy.deepcopy(ARTICLES)
    by_id = {r["id"]: r for r in records}
    template = by_id["1380432"]
    for n, rid in enumerate(NEW_IDS):
        rec = copy.deepcopy(template)
        rec.update(
            id=rid,
            slug=f"neuer-artikel-{n + 1}",
            title=f"Neuer Artikel Nummer {n + 1}",
            published=f"2021-06-19T0{8 + n}:00:00+02:00",
            modified=None,
            body=[("p", f"Neuer Text für Artikel {n + 1}. Er ist erst heute erschienen.")] + template["body"],
        )
        records.append(rec)
    upd = by_id[UPDATED_ID]
    upd["modified"] = "2021-06-19T12:00:00+02:00"
    upd["lead"] = upd["lead"] + " Update: Inzwischen hat sich das Unternehmen geäußert."
    by_id[TOUCHED_ID]["modified"] = "2021-06-19T12:30:00+02:00"
    return records


@pytest.fixture(scope="module")
def runs(tmp_path_factory, request):
    """Four runs on one STATE_DIR: first, no-op, after edits, no-op again; plus a full=1 run."""
    from replica.build import build_site
    from replica.server import ReplicaServer

    tmp = tmp_path_factory.mktemp("incremental")
    site, state, work = tmp / "site", tmp / "state", tmp / "work"
    summary = build_site(site, ARTICLES)
    server = ReplicaServer(site).start()
    request.addfinalizer(server.stop)
    out = {}

    def run(name, *extra):
        server.clear_requests()
        proc = crawl(server, state, work, "-O", str(tmp / f"{name}.jsonl"), *extra)
        out[name] = {
            "proc": proc,
            "items": read_items(tmp / f"{name}.jsonl"),
            "articles": article_requests(server),
            "kinds": request_kinds(server),
            "status": last_run(state) if (state / "last_run.json").exists() else None,
        }
        return out[name]

    run("first")
    run("noop")
    build_site(site, _records_after_edits())
    run("third")
    run("noop_again")
    run("full", "-a", "full=1")
    out["summary"], out["state"], out["tmp"] = summary, state, tmp
    return out


def test_first_run_exports_every_expected_article_as_new(runs):
    first = runs["first"]
    assert first["proc"].returncode == 0, first["proc"].stderr[-3000:]
    ids = sorted(i["id"] for i in first["items"])
    assert ids == sorted(a["id"] for a in runs["summary"]["articles"])
    assert {(i["change"], i["revision"]) for i in first["items"]} == {("new", 1)}
    assert all(len(i["content_hash"]) == 64 and i["first_seen"] for i in first["items"])
    assert first["status"]["verdict"] == "ok", first["status"]["problems"]


def test_noop_run_fetches_no_article_page_and_exports_nothing(runs):
    noop = runs["noop"]
    assert noop["proc"].returncode == 0, noop["proc"].stderr[-3000:]
    assert noop["items"] == []
    assert noop["articles"] == []
    # robots.txt + home + /news/ page 1 + the first page of each navigation topic (that our robots
    # group allows) + rss.xml, the sitemap index and the news sitemap (no monthly sitemap moved)
    topics = len([p for p in runs["summary"]["section_listings"] if p.startswith("/tag/")])
    assert noop["kinds"] == {"robots.txt": 1, "home": 1, "listing": 1 + topics, "feed": 3}
    assert noop["status"]["verdict"] == "ok"
    assert noop["status"]["articles_skipped_known"] > 0
    assert "pagination stopped" not in noop["proc"].stderr  # counted in stats instead
    assert "'newscrawl/pagination_stopped/known'" in noop["proc"].stderr


def test_third_run_exports_exactly_the_new_and_the_changed(runs):
    third = runs["third"]
    assert third["proc"].returncode == 0, third["proc"].stderr[-3000:]
    got = {i["id"]: i for i in third["items"]}
    assert sorted(got) == sorted((*NEW_IDS, UPDATED_ID))
    assert [got[i]["change"] for i in NEW_IDS] == ["new", "new"]
    assert got[UPDATED_ID]["change"] == "updated" and got[UPDATED_ID]["revision"] == 2
    assert got[UPDATED_ID]["modified"].startswith("2021-06-19T12:00")
    first = {i["id"]: i for i in runs["first"]["items"]}
    assert got[UPDATED_ID]["first_seen"] == first[UPDATED_ID]["first_seen"]
    assert got[UPDATED_ID]["content_hash"] != first[UPDATED_ID]["content_hash"]
    # the article whose `modified` moved without a content change was fetched, not exported
    assert any(TOUCHED_ID in p for p in third["articles"])
    assert third["status"]["unchanged"] == 1
    # nothing else was fetched: the new, the changed, the touched article
    fetched = {p.rstrip("/").rsplit("-", 1)[-1] for p in third["articles"]}
    assert fetched == {*NEW_IDS, UPDATED_ID, TOUCHED_ID}


def test_noop_after_changes_fetches_nothing_again(runs):
    again = runs["noop_again"]
    assert again["items"] == [] and again["articles"] == []


def test_full_run_refetches_and_exports_a_complete_snapshot(runs):
    full = runs["full"]
    assert full["proc"].returncode == 0, full["proc"].stderr[-3000:]
    assert len(set(full["articles"])) >= len(runs["summary"]["all_articles"])
    # full=1 reads every monthly sitemap of the index; the first run read only the newest one (the
    # others were noted for a backfill), so the articles only an older monthly sitemap links
    # (the sitemap-only magazine piece) are new to the state here, all others unchanged
    everything = {a["id"] for a in runs["summary"]["all_articles"]}
    only_older_months = everything - {a["id"] for a in runs["summary"]["articles"]}
    assert only_older_months == {"1374412"}
    expected = len(everything) + 2  # the replica's articles and the two added ones
    assert len(full["items"]) == expected
    changes = {item["id"]: item["change"] for item in full["items"]}
    assert {i for i, change in changes.items() if change == "new"} == only_older_months
    assert {change for i, change in changes.items() if i not in only_older_months} == {"unchanged"}
    assert all(item["revision"] >= 1 and item["first_seen"] for item in full["items"])
    assert full["status"]["unchanged"] == expected - len(only_older_months)


def test_state_and_feed_file_modes(runs):
    state = runs["state"]
    assert stat.S_IMODE(os.stat(state).st_mode) == 0o700
    db = state / "crawl.sqlite3"
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    for extra in ("-wal", "-shm"):
        p = db.with_name(db.name + extra)
        if p.exists():
            assert stat.S_IMODE(os.stat(p).st_mode) & 0o077 == 0
    assert all(p.parent == state for p in state.iterdir())
    for feed in runs["tmp"].glob("*.jsonl"):
        assert not os.stat(feed).st_mode & stat.S_IWOTH
    with sqlite3.connect(db) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        rev = con.execute("SELECT revision FROM articles WHERE id = ?", (UPDATED_ID,)).fetchone()[0]
    assert rev == 2


def test_one_manifest_per_run_beside_its_feed(runs):
    """Five runs into one folder: five manifests (manifests/<run_id>.json), each naming its own
    feed and report with size and hash; none rewritten by a later run."""
    import hashlib
    import json
    from pathlib import Path

    folder = runs["tmp"] / "manifests"
    manifests = {p.stem: json.loads(p.read_text()) for p in folder.glob("*.json")}
    names = ("first", "noop", "third", "noop_again", "full")
    assert set(manifests) == {runs[name]["status"]["run_id"] for name in names}
    for name in names:
        status = runs[name]["status"]
        manifest = manifests[status["run_id"]]
        assert status["manifests"] == [str(folder / f"{status['run_id']}.json")]
        assert manifest["run_id"] == status["run_id"] and manifest["verdict"] == "ok"
        assert {f["path"] for f in manifest["files"]} == {f"{name}.jsonl"}
        assert [r["path"] for r in manifest["reports"]] == [f"{name}.jsonl.report.html"]
    manifest = manifests[runs["full"]["status"]["run_id"]]
    assert manifest["state_recorded"] is True and manifest["problems"] == []
    assert manifest["schema_version"] == SCHEMA_VERSION and manifest["versions"]["scrapy"]
    feed, report = manifest["files"][0], manifest["reports"][0]
    for entry in (feed, report):
        data = (runs["tmp"] / entry["path"]).read_bytes()
        assert entry["bytes"] == len(data) and entry["sha256"] == hashlib.sha256(data).hexdigest()
    assert feed["stored"] is True and feed["items"] == len(runs["full"]["items"])
    assert Path(runs["tmp"] / report["path"]).read_text().count(runs["full"]["status"]["run_id"]) >= 1
