"""The README's offline demo (tests/crawl_replica.py) behaves like `scrapy crawl`: its output goes
to its own folder, and a Ctrl-C in the middle of the crawl stops it gracefully, leaving a complete
feed, its report and the manifest, with no traceback of its own."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

from crawlrun import read_items, wait_for

DEMO = Path(__file__).resolve().parent / "crawl_replica.py"
# What a first crawl of the demo's replica (tests/site) exports: its expected crawl.
FIRST_RUN_ARTICLES = len(json.loads((DEMO.parent / "site" / "expected_crawl.json").read_text("utf-8"))["articles"])
# Slow enough that a SIGINT lands mid-crawl (the replica is ~45 requests): about 10 s in all.
SLOW = ["-s", "DOWNLOAD_DELAY=0.25", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "CONCURRENT_REQUESTS=1"]


def start_demo(folder, log, *args):
    """The demo in a session of its own, as from a terminal: a killpg reaches it as a Ctrl-C does."""
    return subprocess.Popen(
        [sys.executable, str(DEMO), "--dir", str(folder), *args],
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def archived_bytes(folder):
    return sum(p.stat().st_size for p in (folder / "archive").glob("*.warc.gz"))


def tracebacks_outside_monitor_reports(text):
    """Tracebacks other than spidermon's report of a failed monitor (a sick run logs those)."""
    lines = text.splitlines()
    return [
        i
        for i, line in enumerate(lines)
        if line.startswith("Traceback") and not any(prev.startswith("FAIL:") for prev in lines[max(0, i - 3) : i])
    ]


def test_ctrl_c_mid_crawl_writes_what_was_crawled(tmp_path):
    folder = tmp_path / "demo"
    log_path = tmp_path / "demo.log"
    with open(log_path, "wb") as log:
        proc = start_demo(folder, log, *SLOW)
        try:
            assert wait_for(lambda: archived_bytes(folder) > 40_000 or proc.poll() is not None, timeout=60)
            assert proc.poll() is None, "the demo ended before the interrupt: " + log_path.read_text()[-2000:]
            os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal sends: the foreground group
            code = proc.wait(timeout=90)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    out = log_path.read_text(errors="replace")

    assert "Received SIGINT, shutting down gracefully" in out  # the crawl itself got the interrupt, once
    assert "twice" not in out
    assert "KeyboardInterrupt" not in out and "BrokenPipeError" not in out
    assert not tracebacks_outside_monitor_reports(out), out
    assert code == 3, out[-3000:]  # a stopped run: verdict sick (finish reason "shutdown"), as `scrapy crawl` says
    assert "demo: the crawl was interrupted" in out

    feed = folder / "replica.jsonl"
    text = feed.read_text(encoding="utf-8")
    assert text.endswith("\n")
    items = read_items(feed)  # every line a whole record
    assert 0 < len(items) < 20, len(items)  # stopped mid-crawl, with what it had
    assert (folder / "replica.jsonl.report.html").stat().st_size > 0
    (manifest_file,) = (folder / "manifests").glob("*.json")  # the run's own manifest
    manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    assert manifest["finish_reason"] == "shutdown"
    assert [(f["path"], f["items"]) for f in manifest["files"]] == [("replica.jsonl", len(items))]
    assert manifest["archive"] and all((folder / a["path"]).exists() for a in manifest["archive"])
    status = json.loads((folder / ".state" / "last_run.json").read_text(encoding="utf-8"))
    assert status["verdict"] == "sick" and status["state_recorded"] is True
    hidden = [p.name for p in folder.rglob(".*") if p.name != ".state" and ".state" not in p.parts]
    assert not hidden, hidden  # no temporary feed file left behind


def test_demo_output_stays_in_its_folder_and_says_how_to_replay(tmp_path):
    folder = tmp_path / "demo"
    done = subprocess.run(
        [sys.executable, str(DEMO), "--dir", str(folder)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo"]  # nothing beside the demo folder
    assert len(read_items(folder / "replica.jsonl")) == FIRST_RUN_ARTICLES
    assert (folder / "replica.jsonl.report.html").exists() and list((folder / "manifests").glob("*.json"))
    assert list((folder / "archive").glob("*.warc.gz"))
    # The printed replay command names the archived host, not t3n.de.
    command = next(line.strip() for line in done.stderr.splitlines() if "NEWSCRAWL_REPLAY=" in line)
    assert "base_url=http://127.0.0.1:" in command
    replay = subprocess.run(
        [sys.executable, str(DEMO), "--dir", str(folder), "--replay", str(folder / "archive")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert replay.returncode == 0, replay.stderr[-3000:]
    assert {i["id"] for i in read_items(folder / "replay" / "replay.jsonl")} == {
        i["id"] for i in read_items(folder / "replica.jsonl")
    }
