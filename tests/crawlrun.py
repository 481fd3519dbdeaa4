"""Helpers for the cron-safety tests: run `scrapy crawl t3n` against a replica as a subprocess.

The crawl runs with the project's settings module but in a temporary working folder, so the
default dated feed (data/t3n/…) and anything else relative lands there, not in the repository.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from crawl_replica import crawl_command

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_PATH = re.compile(r"^/(?:news|magazin)/[^/?#]+-\d{5,9}/(?:\d{1,3}/)?(?:\?.*)?$")


def env():
    e = dict(os.environ)
    e["SCRAPY_SETTINGS_MODULE"] = "newscrawl.settings"
    e["PYTHONPATH"] = str(ROOT) + os.pathsep + e.get("PYTHONPATH", "")
    return e


def command(server, state_dir, *extra):
    return crawl_command(server.base_url.rstrip("/"), state_dir, *extra)


def crawl(server, state_dir, cwd, *extra, timeout=120):
    """Run one crawl to its end; returns the CompletedProcess (stderr holds the log)."""
    Path(cwd).mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        command(server, state_dir, *extra), cwd=cwd, env=env(), capture_output=True, text=True, timeout=timeout
    )


def start(server, state_dir, cwd, *extra, log=None):
    """Start a crawl in the background (for kill tests); its log goes to ``log``."""
    Path(cwd).mkdir(parents=True, exist_ok=True)
    out = open(log or Path(cwd) / "crawl.log", "wb")  # noqa: SIM115 (the child writes to it)
    return subprocess.Popen(
        command(server, state_dir, *extra),
        cwd=cwd,
        env=env(),
        stdout=out,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def kill(proc):
    """SIGKILL the crawl (and nothing else: its own process group)."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


def read_items(path):
    path = Path(path)
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def last_run(state_dir):
    return json.loads((Path(state_dir) / "last_run.json").read_text(encoding="utf-8"))


def article_requests(server):
    return [r["path"] for r in server.requests if ARTICLE_PATH.match(r["path"])]


def request_kinds(server):
    """The server's request log by kind: robots, home, listing, feed, article, other."""
    kinds = {}
    for r in server.requests:
        path = r["path"].split("?")[0]
        if path == "/robots.txt":
            kind = "robots.txt"
        elif path == "/":
            kind = "home"
        elif path.endswith(".xml"):
            kind = "feed"
        elif ARTICLE_PATH.match(path):
            kind = "article"
        elif path.startswith(("/news/", "/tag/", "/magazin/")):
            kind = "listing"
        else:
            kind = "other"
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def wait_for(predicate, timeout=30.0, step=0.02):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(step)
    return False


PYTHON = sys.executable
