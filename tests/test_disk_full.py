"""A full disk: the feed folder on a small file system (a 64 KB tmpfs, mounted for the test).

The first "no space left on device" is named once (one log line: the path and the free space,
no traceback per item), makes the verdict say "disk full: <path>, <N> bytes free", stops the
crawl (finish reason ``disk_full``: far fewer requests than the site has), leaves no final feed
file and no partial file that looks complete, and records nothing as exported: the next run,
with the feed on a disk with space and the same STATE_DIR, exports every article.

Mounting needs root (CI runs as root); where a tmpfs cannot be mounted the test is skipped and
says why.
"""

import json
import os
import subprocess

import pytest
from crawlrun import article_requests, crawl, last_run, read_items
from replica.build import build_site, synthetic_records
from replica.server import ReplicaServer

SMALL_FS = "size=64k"


@pytest.fixture
def small_fs(tmp_path):
    """A 64 KB tmpfs at ``tmp_path/small``; skipped where it cannot be mounted."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"{SMALL_FS},mode=0755", "tmpfs", str(mount)], capture_output=True, text=True
    )
    if done.returncode:
        pytest.skip(f"cannot mount a tmpfs here: {(done.stderr or done.stdout).strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "site"
    build_site(root, synthetic_records(150, seed=4))
    expected = json.loads((root / "expected_crawl.json").read_text(encoding="utf-8"))
    with ReplicaServer(root) as server:
        yield server, {a["id"] for a in expected["articles"]}


def test_a_full_disk_is_named_stops_the_crawl_and_the_next_run_exports_everything(small_fs, site, tmp_path):
    server, expected = site
    state, work = tmp_path / "state", tmp_path / "work"
    assert len(expected) > 100

    full = crawl(server, state, work, "-O", str(small_fs / "out.jsonl"))
    log = full.stderr
    status = last_run(state)

    # Named once: one line with the path and the free space, no traceback per item.
    named = [line for line in log.splitlines() if "[newscrawl.run.disk]" in line]
    assert len(named) == 1, log[-5000:]
    assert f"Disk full: {small_fs}/" in named[0] and "bytes free there" in named[0]
    assert log.count("No space left on device") == 1, log[-5000:]
    assert "Error caught on signal handler" not in log and "OSError" not in log, log[-5000:]

    # The verdict says it, first.
    assert full.returncode == 3 and status["verdict"] == "sick"
    assert status["problems"][0].startswith(f"disk full: {small_fs}/"), status["problems"]
    assert status["problems"][0].endswith(" bytes free")
    assert status["problem_details"][0]["todo"].startswith("Free space there")
    assert status["disk_full"]["path"].startswith(str(small_fs))
    assert status["finish_reason"] == "disk_full" and status["state_recorded"] is False

    # Stopped early: far fewer article pages than the site has.
    fetched = len(set(article_requests(server)))
    assert fetched < len(expected) / 2, f"{fetched} article pages fetched of {len(expected)}"

    # No final feed, no temporary file, nothing empty or torn that could pass for complete.
    left = [p for p in small_fs.rglob("*") if p.is_file()]
    assert not (small_fs / "out.jsonl").exists()
    assert not [p for p in left if p.name.endswith(".part")], left
    assert all(p.stat().st_size > 0 for p in left), [(p, p.stat().st_size) for p in left]
    for report in small_fs.glob("*.report.html"):  # written after the feed's space was freed, if at all
        page = report.read_text(encoding="utf-8")
        assert page.rstrip().endswith("</html>") and "disk full: " in page
    for manifest in small_fs.glob("manifests/*.json"):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        assert data["state_recorded"] is False and data["verdict"] == "sick"
        assert [f["stored"] for f in data["files"]] == [False]

    # Nothing was recorded as exported: the next run (space, same STATE_DIR) exports every article.
    server.clear_requests()
    again = crawl(server, state, work, "-O", str(tmp_path / "out.jsonl"))
    assert again.returncode == 0, again.stderr[-3000:]
    assert {item["id"] for item in read_items(tmp_path / "out.jsonl")} == expected
    assert last_run(state)["verdict"] == "ok"
