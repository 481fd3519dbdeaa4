"""A one-line progress display for long work (the dataset command, a backfill crawl).

It draws only when its stream is a terminal: under cron or in CI stderr is a file or a pipe, and
a log full of carriage returns helps nobody. Redraws are throttled, so calling ``update`` for
every item costs next to nothing.
"""

import sys
import time


def _duration(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


class Progress:
    """``update(done)`` with an optional ``fraction`` (0..1) of the whole job for the ETA, e.g.
    bytes read / bytes total when the item count is not known in advance."""

    def __init__(
        self,
        label: str,
        total: int | None = None,
        unit: str = "items",
        stream=None,
        enabled: bool | None = None,
        interval: float = 0.25,
    ):
        self.label, self.total, self.unit = label, total, unit
        self.stream = stream if stream is not None else sys.stderr
        isatty = getattr(self.stream, "isatty", lambda: False)
        self.enabled = isatty() if enabled is None else enabled
        self.interval = interval
        self.started = time.monotonic()
        self._last_draw = 0.0
        self._done = 0
        self._width = 0

    def line(self, done: int, fraction: float | None = None) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = done / elapsed
        if fraction is None and self.total:
            fraction = done / self.total
        text = f"{self.label}: {done:,}"
        if self.total is not None:
            text += f"/{self.total:,}"
        text += f" {self.unit}  {rate:,.0f}/s"
        if fraction:
            eta = elapsed * (1 - fraction) / fraction
            text += f"  {fraction:4.0%}  ETA {_duration(eta)}"
        return text

    def update(self, done: int, fraction: float | None = None, force: bool = False) -> None:
        self._done = done
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last_draw < self.interval:
            return
        self._last_draw = now
        text = self.line(done, fraction)
        # Pad to clear the rest of a longer previous line.
        self.stream.write("\r" + text.ljust(self._width))
        self.stream.flush()
        self._width = len(text)

    def close(self) -> None:
        """Draw the final state and end the line (a no-op off a terminal)."""
        if self.enabled:
            self.update(self._done, fraction=1.0 if self.total is None else None, force=True)
            self.stream.write(f"  in {_duration(time.monotonic() - self.started)}\n")
            self.stream.flush()


class CrawlProgress:
    """Scrapy extension: a progress line for long crawls (a backfill) on a terminal.

    Pages fetched and their rate, articles written, requests still queued, and a time-left
    estimate from queue / rate (a lower bound: pages still to come can add links). Silent when
    stderr is not a terminal (cron, scrapyd, CI) or with ``NEWSCRAWL_PROGRESS = False``.
    """

    def __init__(self, crawler, stream=None, interval: float = 1.0):
        self.crawler = crawler
        self.progress = Progress("crawl", unit="pages", stream=stream, interval=0)
        self.interval = interval
        self.task = None

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals
        from scrapy.exceptions import NotConfigured

        ext = cls(crawler)
        if not crawler.settings.getbool("NEWSCRAWL_PROGRESS", True) or not ext.progress.enabled:
            raise NotConfigured
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def line(self) -> str:
        stats = self.crawler.stats
        pages = stats.get_value("response_received_count", 0)
        items = stats.get_value("item_scraped_count", 0)
        queued = stats.get_value("scheduler/enqueued", 0) - stats.get_value("scheduler/dequeued", 0)
        elapsed = max(time.monotonic() - self.progress.started, 1e-9)
        rate = pages / elapsed
        text = f"crawl: {pages:,} pages  {rate:,.1f}/s  {items:,} articles  {queued:,} queued"
        if rate > 0 and queued > 0:
            text += f"  ETA ≥ {_duration(queued / rate)}"
        return text

    def draw(self):
        # Clear the line, draw, return to column 0: the next log line simply overwrites it.
        self.progress.stream.write("\r\x1b[K" + self.line() + "\r")
        self.progress.stream.flush()

    def spider_opened(self, spider):
        from scrapy.utils.asyncio import create_looping_call

        self.progress.started = time.monotonic()
        self.task = create_looping_call(self.draw)
        self.task.start(self.interval)

    def spider_closed(self, spider):
        if self.task is not None and self.task.running:
            self.task.stop()
        self.progress.stream.write("\r\x1b[K" + self.line() + "\n")
        self.progress.stream.flush()
