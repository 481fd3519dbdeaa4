"""A backfill killed with SIGKILL and started again goes on where it stopped (issue 11).

The feed is written in batches (FEED_EXPORT_BATCH_ITEM_COUNT); each stored batch records its
articles in the state, and each listing page is recorded once all its articles are. The second
run must fetch none of the recorded articles and none of the recorded listing pages (beyond page
1, which every run reads for what is new), and the two runs' feeds together hold every article.
"""

import sqlite3

import pytest
from crawlrun import ARTICLE_PATH, crawl, kill, read_items, start, wait_for
from replica.articles import ARTICLES
from replica.build import build_site
from replica.server import Faults, ReplicaServer

SLOW = Faults(rate_slow=1.0, slow_seconds=0.15, seed=11)  # every page answers after 0.15 s


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    # Without sitemaps: the listing walk is the backfill's way through the site (with a sitemap
    # index, tests/test_sitemaps.py covers resuming from the monthly sitemaps).
    return root, build_site(root, ARTICLES, sitemaps=False)


def _recorded(state):
    """(exported or dropped article ids, {listing walk: recorded page numbers})."""
    if not (state / "crawl.sqlite3").exists():
        return set(), {}
    db = sqlite3.connect(f"file:{state / 'crawl.sqlite3'}?mode=ro", uri=True)
    try:
        ids = {r[0] for r in db.execute("SELECT id FROM articles WHERE status IN ('exported', 'dropped')")}
        units = {}
        for walk, unit in db.execute("SELECT walk, unit FROM walk_units"):
            units.setdefault(walk, set()).add(int(unit))
        return ids, units
    except sqlite3.OperationalError:  # not created yet
        return set(), {}
    finally:
        db.close()


def test_killed_backfill_resumes_without_refetching(site, tmp_path):
    root, summary = site
    state, work = tmp_path / "state", tmp_path / "work"
    feeds = '{"out/feed-%(batch_id)03d.jsonl": {"format": "jsonlines"}}'
    args = (
        "-a",
        "max_pages=50",
        "-s",
        f"FEEDS={feeds}",
        "-s",
        "FEED_EXPORT_BATCH_ITEM_COUNT=3",
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=2",
    )
    server = ReplicaServer(root, faults=SLOW).start()
    try:
        proc = start(server, state, work, *args)
        # Killed once two /news/ listing pages are recorded (and so their articles' batches).
        reached = wait_for(lambda: len(_recorded(state)[1].get("listing:news", ())) >= 2, timeout=60)
        kill(proc)
        assert reached, (work / "crawl.log").read_text(errors="replace")[-3000:]
        recorded_ids, units = _recorded(state)
        news_done = units["listing:news"]
        frontier = max(p for p in range(1, 100) if set(range(1, p + 1)) <= news_done)

        server.clear_requests()
        server.faults = Faults()  # the second run at full speed
        done = crawl(server, state, work, *args, "-s", "LOG_FILE=run2.log")
        assert done.returncode == 0, (work / "run2.log").read_text(errors="replace")[-3000:]
        paths = [r["path"].split("?")[0] for r in server.requests]
    finally:
        server.stop()

    fetched_ids = {ARTICLE_PATH.match(p) and p.rstrip("/").split("-")[-1].split("/")[0] for p in paths}
    assert recorded_ids and not (fetched_ids & recorded_ids), "an article exported before the kill was fetched again"
    rewalked = [p for p in paths if p.startswith("/news/page/") and int(p.split("/")[3]) <= frontier]
    assert rewalked == [], f"listing pages 2..{frontier} were finished before the kill"
    assert f"/news/page/{frontier + 1}/" in paths  # the walk went on after them
    log = (work / "run2.log").read_text(errors="replace")
    assert "Backfill of 'news' resumes after listing page" in log

    got = {item["id"] for f in (work / "out").glob("feed-*.jsonl") for item in read_items(f)}
    listed = {a["id"] for a in summary["articles"]}
    assert listed <= got  # every article of the default crawl, across the two runs
