"""The one recorder of outcomes: every article's outcome counted, logged and staged here.

An article ends in one of three ways, and each is recorded in this one place, for the crawl and
``scrapy reextract`` alike:

* **rejected** by the article step (``extract.Outcome.rejection``: a page that is no article, a
  consent layer, our parser failing) or by its download (404, off-site redirect, robots, or a
  failure of the moment after the retries): counted under ``newscrawl/bad_input/<reason>`` or
  ``newscrawl/article_failed/<reason>``, logged with the URL, and staged in the crawl state by
  what it means for the next run (fetch it again, or not until it changes);
* **dropped** by an item pipeline (``item_dropped``: an advertorial, no body, a duplicate, no
  change): counted under ``item_dropped_reasons_count/<reason>``, logged, and staged;
* **exported** (``item_scraped``: the item reached the feeds): counted under
  ``newscrawl/exported/<change>`` and staged, to be committed once its feed file is stored
  (``run/status.py``).

Bad input that does not end an article (a broken feed or sitemap, a listing that is no HTML, a
page whose charset was repaired) is counted and logged by ``bad_input``.

The spider and the reextract command only hand outcomes over (``record``); pipelines only raise
``DropItem``. One recorder per crawler: ``for_crawler(crawler)``.
"""

from __future__ import annotations

import logging
from collections import Counter
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest
from twisted.python.failure import Failure

from newscrawl import state as crawl_state
from newscrawl.extract import FETCH_AGAIN, Outcome, Rejection
from newscrawl.items import Article
from newscrawl.processors import article_url, same_site, utc_now_iso

logger = logging.getLogger(__name__)

# Drop reasons that say nothing about the article: it is fetched as usual next time.
KEEP_FETCHING = ("unchanged", "duplicate")
# Pages whose counts are added to the stats at once (see OutcomeRecorder.__init__).
FLUSH_PAGES = 100
# How loud a drop is in the log (the rest: WARNING).
DROP_LOG_LEVELS = {"advertorial": logging.INFO, "duplicate": logging.INFO, "unchanged": logging.DEBUG}


def for_crawler(crawler: Crawler) -> OutcomeRecorder:
    """The crawler's recorder (made on first use, connected to its signals)."""
    recorder = getattr(crawler, "_newscrawl_outcomes", None)
    if recorder is None:
        recorder = OutcomeRecorder(crawler)
        crawler._newscrawl_outcomes = recorder  # type: ignore[attr-defined]
    return recorder


def drop_reason(exception: BaseException) -> str:
    """The reason a pipeline gave its DropItem ("advertorial: https://…" -> "advertorial")."""
    return str(exception).split(":", 1)[0]


def rejection_for_failure(failure: Failure, base_url: str) -> Rejection:
    """What a download that failed after its retries means: a page the site serves broken or
    that we may not fetch (bad input, not fetched again until it changes), or a failure of the
    moment (fetched again next run)."""
    request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on an errback's failure
    response = getattr(failure.value, "response", None)
    if failure.check(DownloadCancelledError) and "max size" in str(failure.value):
        return Rejection.of("oversized", str(failure.value))
    if failure.check(IgnoreRequest) and response is None:
        if not same_site(request.url, base_url):
            return Rejection.of("offsite_redirect", str(failure.value))
        if "robots.txt" in str(failure.value):
            return Rejection.of("robots_disallowed", str(failure.value))
    if response is not None and response.status in (404, 410):
        return Rejection.of(f"http_{response.status}", str(failure.value))
    reason = f"http_{response.status}" if response is not None else (failure.type.__name__ if failure.type else "error")
    return Rejection.download_failed(reason, str(failure.value))


class OutcomeRecorder:
    """Counts, logs and stages every article outcome of one crawler (see the module docstring).

    An extension (settings.EXTENSIONS), so it is connected to the item signals from the start of
    every crawl; the spider and the reextract command reach the same instance by ``for_crawler``.
    """

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OutcomeRecorder:
        return for_crawler(crawler)

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        # `scrapy reextract` without a state: nothing is staged, nothing exported is counted
        self.stateless = crawler.settings.getbool("NEWSCRAWL_REEXTRACT_STATELESS")
        # The page counts of count_page, added to the stats every FLUSH_PAGES pages and when the
        # spider closes: each StatsCollector.inc_value of Scrapy 2.19 costs ~2.5 µs (a deprecation
        # wrapper and a __getattribute__ hook), and a page has ~25 counts (60 µs a page unbatched).
        self._pending: Counter[str] = Counter()
        self._pending_pages = 0
        self._examples: set[str] = set()
        crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        # Connected before the report, the monitors and the run status (extensions of higher order,
        # or created after the spider that made this recorder), so they read complete counts.
        crawler.signals.connect(self.flush, signal=signals.spider_closed)

    @property
    def state(self) -> crawl_state.CrawlState:
        return crawl_state.for_crawler(self.crawler)

    # --- the article step's outcomes ---------------------------------------------------------

    def record(self, outcome: Outcome) -> Article | None:
        """Count and log an outcome, stage its rejection; the item to hand to the pipelines."""
        for reason, url in outcome.notes:
            self.bad_input(url, reason)
        if outcome.parsed_pages:
            self.stats.inc_value("newscrawl/article_pages", outcome.parsed_pages)
        if outcome.counts is not None:
            self.count_page(outcome.counts)
        if outcome.rejection is not None:
            self.reject(outcome.refused_url or outcome.url, outcome.article_id, outcome.rejection)
            return None
        return outcome.item

    def reject(self, url: str, article_id: str | None, rejection: Rejection) -> None:
        """An article gives no item this run: counted, logged with its URL, staged for the next run."""
        detail = f": {rejection.detail}" if rejection.detail else ""
        if rejection.failed_download:
            self.stats.inc_value(f"newscrawl/article_failed/{rejection.reason}")
            logger.warning("Article failed (%s): %s", rejection.reason, url)
        else:
            self.stats.inc_value(f"newscrawl/bad_input/{rejection.reason}")
            logger.warning("Bad input (%s) at %s%s", rejection.reason, url, detail)
            if rejection.unusable:
                self.stats.inc_value("newscrawl/articles_unusable")
        if not article_id or self.stateless:
            return
        if rejection.next_run == FETCH_AGAIN:
            self.state.stage_failed(article_id, article_url(url) or url)
        else:
            self.state.stage_dropped(article_id, url, f"bad_input/{rejection.reason}")

    def callback_failed(self, response: Any, callback: str, exc: Exception) -> None:
        """A callback raised (a bug of ours, never the page's fault): counted and logged as
        ``callback_error/<callback>``; an article is fetched again next run, once it is fixed."""
        reason = f"callback_error/{callback}"
        request = getattr(response, "request", None)
        article_id = (request.cb_kwargs or {}).get("article_id") if request is not None else None
        if article_id:
            self.reject(response.url, article_id, Rejection(reason, FETCH_AGAIN, detail=repr(exc)))
        else:
            self.bad_input(response.url, reason, exc)

    def bad_input(self, url: str, reason: str, exc: Any = None) -> None:
        """Bad input that ends no article: counted and logged with its URL."""
        self.stats.inc_value(f"newscrawl/bad_input/{reason}")
        logger.warning("Bad input (%s) at %s%s", reason, url, f": {exc!r}" if exc else "")

    def count_page(self, counts: Any) -> None:
        """Which layout read the page, which clue answered each field, and what the other clues
        said (newscrawl/clue_check/<field>/<verdict>, the clues that disagreed under …/clues/,
        and the first URL of each disagreement as …/example/<verdict>, for the verdict to name)."""
        pending = self._pending
        pending[f"newscrawl/layout/{counts.layout}"] += 1
        for name, source in counts.sources.items():
            pending[f"newscrawl/field_source/{name}/{source}"] += 1
            if source != "markup":
                self._example(f"newscrawl/field_fallback_example/{name}", counts.url)
        for name, verdict in counts.checks.items():
            pending[f"newscrawl/clue_check/{name}/{verdict}"] += 1
            if verdict in ("differ", "overruled"):
                for clue in counts.disagreeing.get(name, ()):
                    pending[f"newscrawl/clue_check/{name}/clues/{clue}"] += 1
                self._example(f"newscrawl/clue_check/{name}/example/{verdict}", counts.url)
        self._pending_pages += 1
        if self._pending_pages >= FLUSH_PAGES:
            self.flush()

    def _example(self, key: str, url: str) -> None:
        if key not in self._examples:
            self._examples.add(key)
            if self.stats.get_value(key) is None:
                self.stats.set_value(key, url)

    def flush(self) -> None:
        """Add the pending page counts to the stats (also at spider_closed)."""
        for key, count in self._pending.items():
            self.stats.inc_value(key, count)
        self._pending.clear()
        self._pending_pages = 0

    # --- what the pipelines and the feeds did with the items ---------------------------------

    def item_dropped(self, item: Any, response: Any, exception: BaseException, spider: Any) -> None:
        reason = drop_reason(exception)
        url = getattr(item, "url", None)
        self.stats.inc_value(f"item_dropped_reasons_count/{reason}")
        logger.log(DROP_LOG_LEVELS.get(reason, logging.WARNING), "Dropped item (%s): %s", reason, url)
        article_id = getattr(item, "id", None)
        if self.stateless or not article_id:
            return
        if reason == "unchanged":
            self.state.stage_unchanged(item)
        elif reason not in KEEP_FETCHING:
            self.state.stage_dropped(article_id, url, reason)

    def item_scraped(self, item: Any, response: Any, spider: Any) -> None:
        # Only what pipelines.StatePipeline classified against the state (change, revision) is
        # recorded in it: a run without that pipeline (reextract without a state) records nothing.
        if self.stateless or getattr(item, "revision", None) is None:
            return
        self.state.stage_export(item, getattr(self.crawler, "newscrawl_run_id", None), utc_now_iso())
        self.stats.inc_value(f"newscrawl/exported/{item.change}")
