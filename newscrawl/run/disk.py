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

What a full disk is, and how it is named, is ``newscrawl/diskspace.py`` (standard library only:
the state and the archive's writer process use it too).
"""

from __future__ import annotations

import logging
import os
from typing import Any

from newscrawl.diskspace import DiskFullError, free_bytes, is_disk_full

logger = logging.getLogger(__name__)

REASON = "disk_full"  # the spider's finish reason
STOPPED = (
    "the crawl stops (nothing more can be stored); what it could not store is not recorded as exported, "
    "the next run with free space exports it"
)


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
