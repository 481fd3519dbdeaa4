"""What a backfill (``-a since=…`` or ``-a full=1``) needs besides the crawl itself: its feed in
batches by default, and how long it will take at the current politeness.

* ``apply_feed_batches``: a backfill runs for hours; with one feed file stored at the end, a kill
  would cost all of it. Each feed whose name can carry a batch id gets
  ``batch_item_count = NEWSCRAWL_BACKFILL_BATCH_ITEMS`` (the dated default feed gets the id in its
  name, as with ``FEED_EXPORT_BATCH_ITEM_COUNT``), unless the user chose batches themselves;
  ``newscrawl.run.status`` records each stored batch in the state, so a kill costs one batch.
* ``page_interval``: seconds between two requests to the site now: the downloader slot's delay
  (DOWNLOAD_DELAY, AutoThrottle's current value, robots.txt Crawl-delay), or the settings before
  the slot exists.
"""

from __future__ import annotations

import re
from typing import Any

from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

BATCH_PLACEHOLDER = re.compile(r"%\(batch_time\)s|%\(batch_id\)")


def apply_feed_batches(settings: BaseSettings) -> tuple[int, list[str], list[str]]:
    """Feed batches for a backfill, in the crawler's settings (before they are frozen).

    Returns ``(items per batch, feeds batched, feeds stored whole)``; ``items`` is 0 when
    nothing was changed (NEWSCRAWL_BACKFILL_BATCH_ITEMS is 0, or the user set
    FEED_EXPORT_BATCH_ITEM_COUNT or a feed's ``batch_item_count``, which then applies as given).
    A feed named on the command line without a batch id (``-O out.jsonl``) is stored whole: its
    name is the user's.
    """
    count = settings.getint("NEWSCRAWL_BACKFILL_BATCH_ITEMS")
    feeds = settings.getdict("FEEDS")
    user_count = (settings.getpriority("FEED_EXPORT_BATCH_ITEM_COUNT") or 0) > SETTINGS_PRIORITIES["default"]
    if not count or not feeds or user_count or any((o or {}).get("batch_item_count") for o in feeds.values()):
        return 0, [], []
    default = set(settings.getdict("NEWSCRAWL_DEFAULT_FEEDS"))
    if set(feeds) == default:  # the dated default feed: the batch id goes into its name
        feeds = {uri.replace("%(time)s", "%(time)s-%(batch_id)04d"): opts for uri, opts in feeds.items()}
    batched, whole = [], []
    changed: dict[str, Any] = {}
    for uri, opts in feeds.items():
        opts = dict(opts or {})
        if BATCH_PLACEHOLDER.search(str(uri)):
            opts["batch_item_count"] = count
            batched.append(str(uri))
        else:
            whole.append(str(uri))
        changed[uri] = opts
    settings.set("FEEDS", changed, priority=settings.getpriority("FEEDS") or "spider")
    return (count if batched else 0), batched, whole


def page_interval(crawler: Any, host: str | None) -> tuple[float, str]:
    """(seconds between two requests to ``host``, what sets it) at the current politeness."""
    settings = crawler.settings
    delay = settings.getfloat("DOWNLOAD_DELAY")
    why = [f"DOWNLOAD_DELAY {delay:g} s"]
    if settings.getbool("AUTOTHROTTLE_ENABLED"):
        start = settings.getfloat("AUTOTHROTTLE_START_DELAY")
        delay = max(delay, start)
        why.append(f"AutoThrottle from {start:g} s")
    crawl_delay = float(crawler.stats.get_value("newscrawl/robots_crawl_delay") or 0)
    if crawl_delay:
        delay = max(delay, crawl_delay)
        why.append(f"robots.txt Crawl-delay {crawl_delay:g} s")
    engine = getattr(crawler, "_engine", None)  # not built yet while the spider is
    slot = engine.downloader.slots.get(host) if engine is not None and host else None
    if slot is not None and abs(slot.delay - delay) > 0.05:  # AutoThrottle moved it, or a Crawl-delay
        why.append(f"{slot.delay:.1f} s now")
        delay = slot.delay
    return delay, ", ".join(why)


def duration(seconds: float) -> str:
    """``45 s``, ``12 min``, ``3.5 h``, ``2.1 days``."""
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 48 * 3600:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def estimate(pages: int, interval: float) -> str:
    """How long ``pages`` requests take at ``interval`` seconds each, in words ("" without a delay:
    then it is as fast as the site answers, which nothing here knows in advance)."""
    if interval <= 0:
        return ""
    return f"~{duration(pages * interval)} at {interval:g} s a page"
