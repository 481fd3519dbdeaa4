"""A fault-injecting server in front of the replica: random 500/502/503, 429 with Retry-After,
answers slower than the download timeout, connection resets, truncated bodies.

In the first run every path may fail for its first 4 requests (the crawler makes at most
1 + RETRY_TIMES = 4 per run), so some URLs are given up and must be fetched, and exported, by
the second: after at most two runs every article is exported, with a bounded number of retries.
"""

import collections
import itertools
from datetime import UTC

import pytest
from crawlrun import crawl, last_run, read_items
from replica.articles import ARTICLES
from replica.build import build_site
from replica.server import Faults, ReplicaServer

FAULTS = Faults(
    rate_5xx=0.2,
    rate_429=0.1,
    rate_slow=0.05,
    rate_reset=0.1,
    rate_truncate=0.1,
    slow_seconds=2.0,
    retry_after=1,
    first_k=4,
    seed=3,
)
FAST = ("-s", "DOWNLOAD_TIMEOUT=1", "-s", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.05", "-s", "NEWSCRAWL_RETRY_BACKOFF_MAX=0.5")


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    summary = build_site(tmp / "site", ARTICLES)
    server = ReplicaServer(tmp / "site", faults=FAULTS).start()
    runs = []
    try:
        for n in (1, 2):
            # The per-path fault counters go on across runs (no clear_requests). In run 2 the
            # site is still flaky, but the 4th request of a path always gets through, so a URL
            # met for the first time in run 2 (behind a listing page lost in run 1) is not
            # given up again: the test is deterministic whatever the request order.
            server.faults.first_k = 4 if n == 1 else 3
            start, before = len(server.requests), collections.Counter(server.faults_injected)
            proc = crawl(server, tmp / "state", tmp / "work", "-O", str(tmp / f"run{n}.jsonl"), *FAST)
            runs.append(
                {
                    "proc": proc,
                    "items": read_items(tmp / f"run{n}.jsonl"),
                    "requests": server.requests[start:],
                    "status": last_run(tmp / "state"),
                    "faults": collections.Counter(server.faults_injected) - before,
                }
            )
    finally:
        server.stop()
    return summary, runs


def test_every_article_exported_after_at_most_two_runs(two_runs):
    summary, runs = two_runs
    for run in runs:
        assert run["proc"].returncode in (0, 3), run["proc"].stderr[-3000:]
        assert run["status"]["finish_reason"] == "finished"
    expected = {a["id"] for a in summary["articles"]}
    got = [i["id"] for run in runs for i in run["items"]]
    assert expected <= set(got)
    assert len(got) == len(set(got)), "an article was exported twice"
    assert runs[1]["status"]["verdict"] == "ok", runs[1]["status"]["problems"]


def test_every_kind_of_fault_was_injected_and_retried(two_runs):
    _, runs = two_runs
    first = runs[0]
    assert set(first["faults"]) >= {"500", "502", "503", "429", "slow", "reset", "truncate"}
    status = first["status"]
    assert status["retries"] > 0
    stderr = first["proc"].stderr
    assert "'newscrawl/retry_after/honoured'" in stderr
    assert "'newscrawl/retry_backoff/count'" in stderr
    # a retried article request that then redirects off-site is still not followed; it is met in
    # run 1, or in run 2 when the listing page that links it was given up in run 1
    offsite = [run["status"]["bad_input"].get("offsite_redirect", 0) for run in runs]
    assert sum(offsite) == 1, offsite
    assert not any("CannotResolveHostError" in run["proc"].stderr for run in runs)


def test_retries_per_url_are_bounded(two_runs):
    _, runs = two_runs
    for run in runs:
        per_path = collections.defaultdict(list)
        for r in run["requests"]:
            per_path[r["path"]].append(r["fault"])
        for path, faults in per_path.items():
            # 1 + RETRY_TIMES attempts; Twisted's connection pool also re-sends a request once,
            # transparently, when a reused keep-alive connection was reset under it
            assert len(faults) - faults.count("reset") <= 4, (path, faults)
            assert len(faults) <= 6, (path, faults)


def test_given_up_urls_are_counted_and_fetched_first_next_run(two_runs):
    _, runs = two_runs
    first, second = runs
    failed = first["status"]["failed_total"]
    if failed:  # the seed makes some URL fail 4 times in a row
        assert "'newscrawl/articles_seen/retry'" in second["proc"].stderr, first["status"]["failed"]
    assert second["status"]["failed_total"] == 0, (second["status"]["failed"], second["proc"].stderr[-4000:])


# --- politeness: Retry-After and robots.txt Crawl-delay --------------------------------------


def test_retry_after_values():
    from datetime import datetime

    from newscrawl.middlewares import retry_after_seconds

    now = datetime(2021, 6, 18, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds("Fri, 18 Jun 2021 12:00:30 GMT", now) == 30
    assert retry_after_seconds("Fri, 18 Jun 2021 11:00:00 GMT", now) == 0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_robots_crawl_delay_is_honoured(tmp_path):
    """robots.txt says Crawl-delay: 0.2; the requests after robots.txt are spaced by it
    (DOWNLOAD_DELAY set to a tiny non-zero value: an explicit 0 on the command line wins)."""
    build_site(tmp_path / "site", ARTICLES, crawl_delay=0.2)
    with ReplicaServer(tmp_path / "site") as server:
        proc = crawl(
            server,
            tmp_path / "state",
            tmp_path / "work",
            "-O",
            str(tmp_path / "o.jsonl"),
            "-s",
            "DOWNLOAD_DELAY=0.001",
            "-s",
            "RANDOMIZE_DOWNLOAD_DELAY=False",
            "-a",
            "sections=news",
            "-a",
            "max_pages=1",
        )
        times = [r["time"] for r in server.requests if r["path"] != "/robots.txt"]
    assert proc.returncode in (0, 3), proc.stderr[-3000:]
    assert "Crawl-delay 0.2s" in proc.stderr
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(gaps) >= 5 and min(gaps) >= 0.15, gaps
