"""A full disk: named once, and the crawl stops.

The first "no space left on device" (``ENOSPC``, or ``EDQUOT``: the user's quota) a run meets while
it writes the feed, the archive, the report, the manifest or the crawl state is handed to
:func:`disk_full`, which

* logs ONE line naming the path and the free space there (``shutil.disk_usage``), no traceback;
* keeps it for the verdict (``crawler.newscrawl_disk_full``, stats ``newscrawl/disk_full/*``):
  ``run.status.RunStatus`` makes the run sick with "disk full: <path>, <N> bytes free";
* closes the spider with the reason ``disk_full`` (if it still runs): whatever it fetched from
  now on could not be stored anyway.

Later disk-full errors of the same run are only counted (``newscrawl/disk_full/events``).
Nothing here decides what is recorded: a feed that could not be stored is never committed to the
crawl state (``RunStatus``), so the next run with space exports every article again.

The helpers without the crawler (:func:`is_disk_full`, :func:`free_bytes`, :func:`describe`)
import only the standard library: the archive's writer process uses them too.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
REASON = "disk_full"  # the spider's finish reason
STOPPED = (
    "the crawl stops (nothing more can be stored); what it could not store is not recorded as exported, "
    "the next run with free space exports it"
)


class DiskFullError(OSError):
    """A write failed for want of space; ``str()`` names the path and the free space."""

    def __init__(self, path: str | os.PathLike[str], free: int | None = None, cause: str | None = None):
        self.path = str(path)
        self.free = free_bytes(path) if free is None else free
        super().__init__(errno.ENOSPC, describe(self.path, self.free), self.path)
        self.cause = cause

    def __str__(self) -> str:
        return describe(self.path, self.free)


def is_disk_full(exc: BaseException | None) -> bool:
    """True for ENOSPC / EDQUOT (an ``OSError`` or SQLite's "database or disk is full"),
    also when it is the cause or context of ``exc``."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
            return True
        if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def free_bytes(path: str | os.PathLike[str]) -> int | None:
    """Free bytes on the file system of ``path`` (or of its nearest existing parent)."""
    probe = Path(path).absolute()
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def describe(path: str | os.PathLike[str], free: int | None) -> str:
    """``disk full: /srv/news/t3n/x.jsonl, 4,096 bytes free`` (the verdict's words)."""
    return f"disk full: {path}, {'unknown' if free is None else f'{free:,}'} bytes free"


def disk_full(
    crawler: Any,
    path: str | os.PathLike[str],
    exc: BaseException | None = None,
    what: str = "file",
    consequence: str | None = None,
) -> bool:
    """Record a disk-full error met while writing ``path`` (``what``: feed, archive, run report,
    manifest, crawl state …; ``consequence``: what it means for the run, in words; while the
    spider runs: it stops). The first of the run is logged (one line), kept for the verdict and
    stops the crawl; returns True for it, False for any later one (only counted)."""
    stats = getattr(crawler, "stats", None)
    if stats is not None:
        stats.inc_value("newscrawl/disk_full/events")
    if getattr(crawler, "newscrawl_disk_full", None):
        logger.debug("disk full again (%s): %s: %s", what, path, exc)
        return False
    free = exc.free if isinstance(exc, DiskFullError) else free_bytes(path)
    running = getattr(getattr(crawler, "engine", None), "spider", None) is not None
    if consequence is None:
        consequence = STOPPED if running else f"the {what} is not complete"
    record = {"path": str(path), "free_bytes": free, "what": what, "error": _strerror(exc), "consequence": consequence}
    crawler.newscrawl_disk_full = record
    if stats is not None:
        stats.set_value("newscrawl/disk_full/path", record["path"])
        stats.set_value("newscrawl/disk_full/free_bytes", free)
        stats.set_value("newscrawl/disk_full/what", what)
    logger.error(
        "Disk full: %s, %s bytes free there (writing the %s: %s); %s",
        path,
        "unknown" if free is None else f"{free:,}",
        what,
        record["error"],
        consequence,
    )
    _close_spider(crawler)
    return True


def _strerror(exc: BaseException | None) -> str:
    if isinstance(exc, DiskFullError) and exc.cause:
        return exc.cause
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) if exc is not None else "no space left on device"


def _close_spider(crawler: Any) -> None:
    """Close the spider (reason ``disk_full``) if it is still open; the engine waits for the
    requests in flight, and starts no new one."""
    engine = getattr(crawler, "engine", None)
    if engine is None or getattr(engine, "spider", None) is None:
        return  # the run is past its spider already (the feeds are being stored)
    from scrapy.utils.defer import deferred_from_coro

    async def close() -> None:
        try:
            await engine.close_spider_async(reason=REASON)
        except RuntimeError:  # closed in the meantime
            pass

    crawler.newscrawl_disk_full_close = deferred_from_coro(close())


class DiskFullTracebackFilter(logging.Filter):
    """For Scrapy's "Error storing … feed" line: a disk-full error was named once already, so
    the line keeps its message and loses the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is not None and is_disk_full(exc):
            if isinstance(record.args, tuple):
                record.msg, record.args = f"{record.msg}: %s", (*record.args, exc)
            elif not record.args:
                record.msg = f"{record.msg}: {exc}"
            record.exc_info = None
            record.exc_text = None
        return True


def quiet_feed_tracebacks() -> None:
    """Install :class:`DiskFullTracebackFilter` on Scrapy's feed export logger (once)."""
    feed_logger = logging.getLogger("scrapy.extensions.feedexport")
    if not any(isinstance(f, DiskFullTracebackFilter) for f in feed_logger.filters):
        feed_logger.addFilter(DiskFullTracebackFilter())
