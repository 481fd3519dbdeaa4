"""SIGKILL a crawl at several points, run again: nothing is lost, no feed is torn, runs never
overlap, and a lock left by a killed run does not block the next one."""

import json
import os
import signal
import time

import pytest
from crawlrun import article_requests, crawl, kill, read_items, start, wait_for
from replica.articles import ARTICLES
from replica.build import build_site
from replica.server import Faults, ReplicaServer

SLOW = Faults(rate_slow=1.0, slow_seconds=0.25, seed=7)  # every page answers after 0.25 s


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("killsite") / "site"
    summary = build_site(root, ARTICLES)
    return root, summary


@pytest.fixture
def slow_server(site):
    server = ReplicaServer(site[0], faults=SLOW).start()
    yield server
    server.stop()


def _part_files(folder):
    return [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_kill_restart_cycles_lose_nothing(site, slow_server, tmp_path):
    """Four kills (listings, mid-articles, while items are written, right after the store), then
    a run to the end; every run appends (-o) to the same file, so that file is the union."""
    expected = {a["id"] for a in site[1]["articles"]}
    state, work, out = tmp_path / "state", tmp_path / "work", tmp_path / "out" / "union.jsonl"
    out.parent.mkdir()
    server = slow_server

    def saw_listing():
        return any(r["path"].startswith("/news/") and not article_requests_in([r]) for r in server.requests)

    def article_requests_in(records):
        from crawlrun import ARTICLE_PATH

        return [r for r in records if ARTICLE_PATH.match(r["path"])]

    def mid_articles():
        return len(article_requests_in(server.requests)) >= 4

    def writing():
        return any(p.stat().st_size > 0 for p in _part_files(out.parent))

    def stored():
        return out.exists() and out.stat().st_mtime > started

    cycles = [
        ("during listings", saw_listing),
        ("mid-articles", mid_articles),
        ("while writing items", writing),
        ("right after the store", stored),
    ]
    log = []
    for name, when in cycles:
        server.clear_requests()
        started = time.time()
        proc = start(server, state, work, "-o", str(out), log=tmp_path / f"{name}.log")
        # the lambda is called within this iteration, so its loop variables are the current ones
        hit = wait_for(lambda: when() or proc.poll() is not None, timeout=60, step=0.005)  # noqa: B023
        finished_first = proc.poll() is not None
        kill(proc)
        log.append((name, hit and not finished_first, len(article_requests(server))))
        # A reader never sees a torn file: it is absent or every line is a whole JSON record.
        items = read_items(out)
        assert all(isinstance(i, dict) and i["id"] for i in items)
    server.clear_requests()
    final = crawl(server, state, work, "-o", str(out))
    assert final.returncode == 0, final.stderr[-3000:]
    assert "Taking over the lock" in final.stderr or "previous_run_crashed" in final.stderr

    items = read_items(out)
    got = {i["id"] for i in items}
    lost = expected - got
    assert not lost, f"lost {sorted(lost)} over {log}"
    # Duplicates a kill leaves behind carry the same id and modified (and content).
    seen = {}
    for item in items:
        key = (item["modified"], item["content_hash"])
        assert seen.setdefault(item["id"], key) == key
    assert not _part_files(out.parent), "temporary files of killed runs were not cleaned up"
    # every kill point was reached before the run ended by itself
    assert [name for name, reached, _ in log if not reached] == []
    (tmp_path / "cycles.json").write_text(json.dumps(log))


def test_a_second_run_exits_at_once_while_the_first_runs(site, slow_server, tmp_path):
    state, work = tmp_path / "state", tmp_path / "work"
    # one request at a time on the slow server: the first run takes ~10 s
    first = start(
        slow_server,
        state,
        work,
        "-O",
        str(tmp_path / "a.jsonl"),
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=1",
        log=tmp_path / "a.log",
    )
    try:
        assert wait_for(lambda: len(slow_server.requests) >= 3, timeout=30)
        t0 = time.monotonic()
        second = crawl(slow_server, state, work, "-O", str(tmp_path / "b.jsonl"))
        assert time.monotonic() - t0 < 20
        assert second.returncode != 0
        assert "Another newscrawl run holds" in second.stderr
        assert f"pid {first.pid}" in second.stderr
        assert "Crawled (" not in second.stderr  # it made no request
        assert not (tmp_path / "b.jsonl").exists()
        assert first.wait(timeout=60) == 0
    finally:
        if first.poll() is None:
            kill(first)


def test_a_stale_lock_of_a_dead_run_does_not_block(site, tmp_path):
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    (state / "run.lock").write_text(json.dumps({"pid": 2**22 + 12345, "started": "2021-01-01T00:00:00+00:00"}))
    with ReplicaServer(site[0]) as server:
        proc = crawl(server, state, tmp_path / "work", "-O", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Taking over the lock of run pid 4206649" in proc.stderr
    assert (state / "run.lock").read_text() == ""  # released at the end


def test_unwritable_state_dir_and_output_folder_are_named(site, tmp_path):
    if os.geteuid() == 0:
        # root may write anywhere: use paths below a regular file instead of permissions
        blocker = tmp_path / "a-file"
        blocker.write_text("x")
        bad_state, bad_out = blocker / "state", blocker / "out" / "o.jsonl"
    else:
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        bad_state, bad_out = ro / "state", ro / "o.jsonl"
    with ReplicaServer(site[0]) as server:
        proc = crawl(server, bad_state, tmp_path / "work", "-O", str(tmp_path / "ok.jsonl"))
        assert proc.returncode != 0
        assert f"STATE_DIR '{bad_state}'" in proc.stderr
        proc2 = crawl(server, tmp_path / "state", tmp_path / "work", "-O", str(bad_out))
        assert proc2.returncode != 0
        assert f"output folder '{bad_out.parent}'" in proc2.stderr
        assert server.requests == []  # the errors came before any request


def test_a_forced_stop_says_so_and_exits_130(site, tmp_path):
    """A second Ctrl-C forces Scrapy to stop at once: nothing is stored or recorded (the next run
    fetches it all again), and the command says so in one line and exits 130, not 0."""
    state, out = tmp_path / "state", tmp_path / "out.jsonl"
    log = tmp_path / "crawl.log"
    # pages that take 3 s: the graceful stop the first Ctrl-C starts waits for the one in flight
    with ReplicaServer(site[0], faults=Faults(rate_slow=1.0, slow_seconds=3.0, seed=7)) as server:
        proc = start(server, state, tmp_path / "work", "-O", str(out), log=log)
        try:
            assert wait_for(lambda: len(server.requests) >= 2, timeout=30)
            os.killpg(proc.pid, signal.SIGINT)
            assert wait_for(lambda: "shutting down gracefully" in log.read_text(errors="replace"), timeout=10)
            os.killpg(proc.pid, signal.SIGINT)
            assert proc.wait(timeout=60) == 130
        finally:
            if proc.poll() is None:
                kill(proc)
    text = log.read_text(errors="replace")
    assert "the run was forced to stop before it stored its feed and verdict" in text
    assert "Traceback" not in text, text[-3000:]
    assert not out.exists()
    assert not (state / "last_run.json").exists()
