"""What a backfill (``-a since=…`` or ``-a full=1``) needs besides the crawl itself: its feed in
batches by default, how long it will take at the current politeness, and the log lines that say
what a run reads (``PlanLog``).

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
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from newscrawl.args import DEFAULT_BASE_URL, example_since
from newscrawl.processors import BERLIN

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


def _name(url: str) -> str:
    """The file name of a sitemap URL, for the log: post-2021-06.xml."""
    return urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] or url


class PlanLog:
    """What a run reads, told in the log: a backfill says at its start what it reads, how its feed
    is stored and at what pace, then each sitemap of the index with its article count and an
    estimate for the rest; a first run ends by saying what it read and how to backfill the rest.
    The spider tells it what it met (``started``, ``index_read``, ``member_read``); nothing here
    decides what is fetched."""

    def __init__(self, crawler: Any, args: Any, logger: Any):
        self.crawler = crawler
        self.settings = crawler.settings
        self.args = args
        self.logger = logger
        self.first_run = False  # the crawl state was empty when the run started
        self.indexes_met: list[tuple[str, list, list]] = []  # (index URL, members read, noted): first visits
        self.member_sizes: list[int] = []  # articles listed by each index member read this run
        self.backfill_sitemaps = {"to_read": 0, "read": 0, "to_fetch": 0}
        # a backfill's feed batches (the settings are frozen only after the spider is built)
        self.feed_batches = apply_feed_batches(crawler.settings) if args.backfill_asked else (0, [], [])
        crawler.signals.connect(self.connect_run_end, signal=signals.spider_opened)

    def started(self, first_run: bool) -> None:
        self.first_run = first_run
        if self.args.backfill_asked:
            self.announce_backfill()

    def index_read(self, url: str, members: list, read: list, noted: list, requested: int, first_visit: bool) -> None:
        """A sitemap index was read: on its first visit only its newest member is read."""
        if first_visit and noted:
            self.indexes_met.append((url, read, noted))
            self.logger.info(
                "Sitemap index %s met for the first time: reading its newest sitemap (%s) only; its %d other "
                "sitemaps are noted in the state for a backfill (-a since=YYYY-MM-DD), not read",
                url,
                ", ".join(_name(m.loc) for m in read) or "none",
                len(noted),
            )
        elif self.args.backfill_asked:
            self.announce_index(url, members, read, noted, requested)

    def member_read(self, url: str, listed: int, to_fetch: int) -> None:
        """A sitemap of an index was read: ``listed`` articles, ``to_fetch`` of them requested."""
        self.member_sizes.append(listed)
        if self.args.backfill_asked:
            self.announce_member(url, listed, to_fetch)

    def pace(self) -> tuple[float, str]:
        """(seconds between two requests now, what sets it): DOWNLOAD_DELAY, AutoThrottle, Crawl-delay."""
        return page_interval(self.crawler, self.args.host)

    def announce_backfill(self) -> None:
        """At the start of a backfill: what it reads, how its feed is stored, at what pace."""
        if self.args.since is not None:
            day = self.args.since.astimezone(BERLIN).strftime("%Y-%m-%d")
            what = (
                f"Backfill since {day}: reads the sitemaps of the site's sitemap index back to that day (listed "
                "with their article counts once the index is read; the listings stay at their first pages), or, "
                "without an index, the listings until their teasers are older"
            )
        else:
            what = (
                "Backfill full=1: reads every sitemap of the site's sitemap index (listed once the index is read) "
                "and fetches every article found again, known ones too"
            )
        self.logger.info("%s", what)
        count, batched, whole = self.feed_batches
        batch = self.settings.getint("FEED_EXPORT_BATCH_ITEM_COUNT")
        if count:
            self.logger.info(
                "Backfill feed in batches of %s articles (%s): each stored batch is recorded in the state, so a "
                "killed run loses at most one batch and the same command goes on (NEWSCRAWL_BACKFILL_BATCH_ITEMS, "
                "or -s FEED_EXPORT_BATCH_ITEM_COUNT=N)",
                f"{count:,}",
                ", ".join(batched),
            )
        elif batch:
            self.logger.info("Backfill feed in batches of %s articles (FEED_EXPORT_BATCH_ITEM_COUNT)", f"{batch:,}")
        for uri in whole:
            self.logger.warning(
                "Backfill feed %s has no batch id in its name: it is stored, and its articles recorded, only at the "
                "end of the run (a name with %%(batch_id)04d, e.g. -O 'out-%%(batch_id)04d.jsonl', stores it in "
                "batches)",
                uri,
            )
        interval, why = self.pace()
        if interval > 0:
            self.logger.info(
                "Backfill pace: one page every %g s (%s), ~%s pages an hour; a robots.txt Crawl-delay may slow it",
                interval,
                why,
                f"{3600 / interval:,.0f}",
            )
        else:
            self.logger.info("Backfill pace: no download delay (%s): as fast as the site answers", why)

    def announce_index(self, url: str, members: list, read: list, noted: list, requested: int) -> None:
        """A backfill met a sitemap index: which of its sitemaps it reads, and roughly how long."""
        self.backfill_sitemaps["to_read"] += requested
        names = [_name(m.loc) for m in read]
        shown = ", ".join(names[:6]) + (f", … ({len(names) - 6} more)" if len(names) > 6 else "")
        skipped = len(members) - len(read) - len(noted)
        interval, why = self.pace()
        pace = f"1,000 articles take {estimate(1000, interval)} ({why})" if interval > 0 else "no delay"
        self.logger.info(
            "Backfill reads %d of the %d sitemaps of %s (%s)%s%s; %s; article counts follow as each sitemap is read",
            len(read),
            len(members),
            url,
            shown or "none",
            f"; not read: {len(noted)} older than since (noted)" if noted else "",
            f", {skipped} unchanged since an earlier run read them" if skipped else "",
            pace,
        )

    def announce_member(self, url: str, listed: int, to_fetch: int) -> None:
        """A backfill read one of the index's sitemaps: its articles, and the estimate for the rest."""
        progress = self.backfill_sitemaps
        progress["read"] += 1
        progress["to_fetch"] += to_fetch
        left = max(progress["to_read"] - progress["read"], 0)
        interval, _ = self.pace()

        def took(pages: int) -> str:
            text = estimate(pages, interval) if pages else ""
            return f" ({text})" if text else ""

        rest = ""
        if left:
            guess = round(progress["to_fetch"] / progress["read"] * left)
            rest = f"; the {left} left: ~{guess:,} more{took(guess)}"
        self.logger.info(
            "Backfill sitemap %d of %d, %s: %d articles, %d to fetch%s; %d to fetch so far%s",
            progress["read"],
            max(progress["to_read"], progress["read"]),
            _name(url),
            listed,
            to_fetch,
            took(to_fetch),
            progress["to_fetch"],
            rest,
        )

    def connect_run_end(self, spider: Any) -> None:
        """Connected once the extensions are (spider_opened): the first run's closing lines come
        after the run's verdict line (newscrawl.run.status logs it on engine_stopped too)."""
        self.crawler.signals.connect(self.run_end, signal=signals.engine_stopped)

    def run_end(self) -> None:
        if self.first_run and not self.args.backfill_asked:
            for line in self.first_run_lines():
                self.logger.info("%s", line)

    def first_run_lines(self) -> list[str]:
        """What the first run read, and how to backfill the rest (the last lines of its log)."""
        pages = f"the listings up to {self.args.max_pages} pages deep"
        base_url = self.args.base_url
        command = "scrapy crawl t3n" + ("" if base_url == DEFAULT_BASE_URL else f" -a base_url={base_url}")
        noted = sum(len(n) for _, _, n in self.indexes_met)
        if noted:
            newest = ", ".join(_name(m.loc) for _, read, _ in self.indexes_met for m in read)
            done = (
                f"First run: read what is current (the RSS feed, the news sitemap, the home page, {pages}, and "
                f"the newest sitemap of the sitemap index: {newest}); the {noted} older sitemaps of the index are "
                "noted in the state, not read"
            )
        else:
            done = (
                f"First run: read what is current (the RSS feed, the sitemaps robots.txt names, the home page, {pages})"
            )
        whole = ""
        if noted and self.member_sizes:
            articles = round(sum(self.member_sizes) / len(self.member_sizes) * noted)
            took = estimate(articles, self.pace()[0])
            whole = f" (~{articles:,} articles in {noted} sitemaps{', ' + took if took else ''})"
        how = (
            f"Backfill older articles: {command} -a since=YYYY-MM-DD (e.g. -a since={example_since()} for the "
            f"last 90 days), or -a full=1 for the whole archive{whole}; later runs read only what is new or changed"
        )
        return [done, how]
