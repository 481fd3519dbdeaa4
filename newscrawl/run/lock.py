"""One run per STATE_DIR at a time.

An OS file lock (``fcntl.flock``) on ``STATE_DIR/run.lock``, which the kernel releases when the
process dies, so a lock left by a killed run never blocks; the file also names the pid and start
time for the log line. Also checks, before any request, that STATE_DIR and every local output
folder are writable.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawl import state as crawl_state
from newscrawl.run.outputs import check_output_folder, local_feed_paths

logger = logging.getLogger(__name__)

LOCK_NAME = "run.lock"


class RunLocked(RuntimeError):
    """Another run holds the lock of this STATE_DIR."""


def _now():
    return datetime.now(UTC).replace(microsecond=0).isoformat()


class RunLock:
    """At most one run per STATE_DIR; a lock of a dead process is taken over at once."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.state_dir = crawl_state.ensure_private_dir(settings.get("STATE_DIR") or ".state")
        for path in local_feed_paths(settings):
            check_output_folder(path)
        self.path = self.state_dir / LOCK_NAME
        self.fd = None
        self.acquire()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSCRAWL_RUN_LOCK", True):
            raise NotConfigured
        ext = cls(crawler)
        crawler._newscrawl_lock = ext
        # Connected late so that it runs after RunStatus has written the status file.
        crawler.signals.connect(ext.connect_release, signal=signals.spider_opened)
        return ext

    def connect_release(self):
        self.crawler.signals.connect(self.release, signal=signals.engine_stopped)

    def acquire(self):
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read_holder(fd)
            os.close(fd)
            msg = (
                f"Another newscrawl run holds {self.path} (pid {holder.get('pid', '?')}, started "
                f"{holder.get('started', '?')}); this run exits without crawling"
            )
            logger.error(msg)
            raise RunLocked(msg) from None
        old = _read_holder(fd)
        if old.get("pid") and old["pid"] != os.getpid():
            logger.warning(
                "Taking over the lock of run pid %s (started %s), which is gone: it was "
                "killed or crashed; its unrecorded articles are fetched again",
                old["pid"],
                old.get("started"),
            )
            self.crawler.stats.set_value("newscrawl/previous_run_crashed", 1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps({"pid": os.getpid(), "started": _now()}).encode(), 0)
        os.fsync(fd)
        self.fd = fd

    def release(self):
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)  # an empty lock file: the last run ended normally
            fcntl.flock(self.fd, fcntl.LOCK_UN)
        finally:
            os.close(self.fd)
            self.fd = None


def lock_holder(state_dir) -> dict | None:
    """{"pid", "started"} of the run that holds STATE_DIR's lock now, or None when it is free (a
    look before the crawl starts, so that a second run says so in one line; RunLock still takes
    the lock for real)."""
    path = Path(state_dir) / LOCK_NAME
    if not path.exists():
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_holder(fd) or {"pid": "?", "started": "?"}
        fcntl.flock(fd, fcntl.LOCK_UN)
        return None
    finally:
        os.close(fd)


def _read_holder(fd):
    try:
        data = os.pread(fd, 4096, 0)
        return json.loads(data) if data.strip() else {}
    except (OSError, ValueError):
        return {}
