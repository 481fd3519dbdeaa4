"""``scrapy reextract PATH... -O out.jsonl``: rebuild the items from archived pages, no network.

PATH: WARC files of ``NEWSCRAWL_ARCHIVE_DIR`` (``data/t3n/archive/``) or folders holding them.
For every article the archives hold, its newest complete fetch (page 1 and, for a multi-page
article, its later pages fetched with it) goes through today's page parser (``newscrawl/extract.py``,
the very step the spider runs) and today's item pipelines and feeds: one item per article.
Older versions: pass only the archive files of the runs you want.

It is a Scrapy crawl without requests: the spider's ``start()`` yields the items themselves, so
pipelines, feed exports (``-O``/``-o``, or the dated default feed), the run's manifest, the run
report and the monitors work as in a crawl.

* Without ``-s STATE_DIR``: no crawl state is read or written; every article is written, with
  ``change``/``revision``/``content_hash``/``first_seen`` null.
* With ``-s STATE_DIR=DIR``: only articles whose content hash differs from the one the state
  recorded are written, and the state records them. A record whose page was fetched no later
  than the state's last export of that article is ``"change": "corrected"`` (the parser reads the
  same bytes differently: the site did not change it); one fetched after it (the run that fetched
  it was killed before its state was committed) is ``"updated"`` as in a crawl.

A progress line on a terminal (articles, rate, ETA); silent under cron.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import itertools
import logging
import multiprocessing
import os
import shutil
import tempfile
from collections.abc import AsyncIterator, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC
from pathlib import Path
from typing import Any

import scrapy
from scrapy.commands import BaseRunSpiderCommand
from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES, BaseSettings

from newscrawl import outcomes
from newscrawl.archive.reader import ArchiveIndex, read_record, to_response
from newscrawl.archive.records import IndexEntry, parse_warc_date
from newscrawl.commands._usage import one_line_errors, run_exit_status
from newscrawl.extract import ArticleReading, Limits, Outcome, Rejection
from newscrawl.items import Article
from newscrawl.monitors import ArticlesMonitor, RunMonitorSuite
from newscrawl.progress import Progress

logger = logging.getLogger(__name__)


class ReextractMonitorSuite(RunMonitorSuite):
    """The crawl's monitors, less the one about reaching the site (no request is made)."""

    monitors = [m for m in RunMonitorSuite.monitors if m is not ArticlesMonitor]


class ReextractSpider(scrapy.Spider):
    """Items from archived article pages; named t3n so the default feed is data/t3n/<time>.jsonl."""

    name = "t3n"
    custom_settings = {
        "SPIDERMON_SPIDER_CLOSE_MONITORS": [f"{__name__}.ReextractMonitorSuite"],
        "NEWSCRAWL_PROGRESS": False,  # the crawl's line counts responses: this spider has its own
        "NEWSCRAWL_ARCHIVE_DIR": "",  # nothing is fetched, nothing to archive
    }

    def __init__(self, paths: Iterable[str] = (), jobs: int | str = 0, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.paths = list(paths)
        self.jobs = int(jobs)

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        if not settings.getdict("FEEDS"):  # as T3nSpider: the dated default feed unless -o/-O
            settings.set("FEEDS", settings.getdict("NEWSCRAWL_DEFAULT_FEEDS"), priority="spider")
        from newscrawl.pipelines import CorrectionPipeline, StatePipeline

        if settings.getbool("NEWSCRAWL_REEXTRACT_STATELESS"):
            settings.set_in_component_priority_dict("ITEM_PIPELINES", StatePipeline, None)
        else:
            settings.set_in_component_priority_dict("ITEM_PIPELINES", CorrectionPipeline, 450)

    async def start(self) -> AsyncIterator[Article]:
        index = ArchiveIndex(self.paths)
        articles = index.first_pages()
        stats = self.crawler.stats
        stats.set_value("newscrawl/reextract/archive_files", len(index.files))
        stats.set_value("newscrawl/reextract/archive_responses", len(index.entries))
        stats.set_value("newscrawl/reextract/torn_files", len(index.torn))
        jobs = self.jobs or os.cpu_count() or 1
        logger.info(
            "Re-extracting %d articles from %d responses in %d archive file(s) with %d process(es)",
            len(articles),
            len(index.entries),
            len(index.files),
            jobs,
        )
        stats.set_value("newscrawl/reextract/processes", jobs)
        limits = Limits.from_settings(self.crawler.settings)
        recorder = outcomes.for_crawler(self.crawler)
        progress = Progress("reextract", total=len(articles), unit="articles")
        # In the order of the ids, whatever the number of processes: the same feed either way.
        batches = _batches(sorted(articles.items()), BATCH_ARTICLES)
        done = 0
        async for results in _read_batches(batches, index, limits, jobs):
            for outcome, skipped in results:
                for reason in skipped:  # a newer version that gave no item: an older one did
                    stats.inc_value(f"newscrawl/reextract/versions_skipped/{reason}")
                stats.inc_value("newscrawl/reextract/pages", outcome.parsed_pages)
                item = recorder.record(outcome)
                done += 1
                progress.update(done)
                if item is not None:
                    yield item
        progress.close()


BATCH_ARTICLES = 32  # articles per task handed to a worker process (amortises the pickling)


def _batches(items: list[tuple[str, list[IndexEntry]]], size: int) -> Iterator[list[list[IndexEntry]]]:
    for lo in range(0, len(items), size):
        yield [versions for _, versions in items[lo : lo + size]]


async def _read_batches(
    batches: Iterator[list[list[IndexEntry]]], index: ArchiveIndex, limits: Limits, jobs: int
) -> AsyncIterator[list[tuple[Outcome, list[str]]]]:
    """The outcomes of each batch of articles, in the batches' order: read here (``jobs`` 1), or
    by ``jobs`` worker processes, a few batches ahead of what the pipelines have taken."""
    if jobs <= 1:
        for batch in batches:
            yield [read_archived_article(index, versions, limits) for versions in batch]
            await asyncio.sleep(0)  # let the pipelines and the feed take what was read
        return
    # spawn, not fork: the crawl's process runs a reactor and threads, which a fork would copy
    # mid-flight; each worker opens the archive index itself.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init, initargs=(index.files,)) as pool:
        window: collections.deque = collections.deque()
        batches = iter(batches)
        for batch in itertools.islice(batches, jobs * 3):
            window.append(pool.submit(_worker_read, batch, limits))
        while window:
            results = await asyncio.wrap_future(window.popleft())
            for batch in itertools.islice(batches, 1):
                window.append(pool.submit(_worker_read, batch, limits))
            yield results


_WORKER_INDEX: ArchiveIndex | None = None  # the archive index of a worker process (_worker_init)


def _worker_init(files: list[Path]) -> None:
    global _WORKER_INDEX
    _WORKER_INDEX = ArchiveIndex(files)


def _worker_read(batch: list[list[IndexEntry]], limits: Limits) -> list[tuple[Outcome, list[str]]]:
    assert _WORKER_INDEX is not None, "a worker reads only after _worker_init"
    return [read_archived_article(_WORKER_INDEX, versions, limits) for versions in batch]


def read_archived_article(index: ArchiveIndex, versions: list[IndexEntry], limits: Limits) -> tuple[Outcome, list[str]]:
    """(outcome, reasons of the versions skipped): the newest archived fetch of an article that
    reads into an item (page 1 and its later pages fetched with it), through the article step;
    when none does, the newest fetch's rejection."""
    newest: Outcome | None = None
    skipped: list[str] = []
    for entry in reversed(versions):
        outcome = _read_version(index, entry, limits)
        if outcome.item is not None:
            return outcome, skipped
        if newest is None:
            newest = outcome
        else:
            skipped.append(outcome.rejection.reason if outcome.rejection else "no_item")
    assert newest is not None
    return newest, skipped


def _read_version(index: ArchiveIndex, entry: IndexEntry, limits: Limits) -> Outcome:
    reading = ArticleReading(entry.url, entry.id, limits)
    crawled_at = parse_warc_date(entry.date).astimezone(UTC).replace(microsecond=0).isoformat()
    next_url = _read_page(reading, entry, crawled_at)
    while next_url:
        later = index.resolve(next_url, entry)
        if later is None or later.status != 200:
            reading.reject(Rejection.of("later_page_missing", "not in the archive"), next_url)
            break
        next_url = _read_page(reading, later)
    return reading.outcome


def _read_page(reading: ArticleReading, entry: IndexEntry, crawled_at: str | None = None) -> str | None:
    try:
        response = to_response(read_record(entry))
    except Exception as exc:  # a damaged record: this version gives no item
        reading.reject(Rejection.of("unreadable_record", repr(exc)), entry.url)
        return None
    return reading.read(response, crawled_at=crawled_at)


class Command(BaseRunSpiderCommand):
    requires_project = True

    def syntax(self) -> str:
        return "ARCHIVE_FILE_OR_FOLDER... [-j N] [-O out.jsonl] [-s STATE_DIR=DIR]"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "-j",
            "--jobs",
            type=int,
            default=0,
            metavar="N",
            help="worker processes reading the archive (default: one per CPU core; 1: all in this process)",
        )
        one_line_errors(parser, "scrapy reextract")

    def short_desc(self) -> str:
        return "Rebuild items from archived article pages with today's parser (no network)"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """The archives are checked here, before Scrapy sets up the crawler and its logging."""
        super().process_options(args, opts)
        if opts.jobs < 0:
            raise UsageError(f"-j must be 0 (one process per core) or a number of processes, got {opts.jobs}")
        if not args:
            raise UsageError(
                "give at least one archive file or folder (e.g. scrapy reextract data/t3n/archive -O out.jsonl)"
            )
        if opts.spargs:
            name = next(iter(opts.spargs))
            raise UsageError(
                f"unknown argument {name!r}: scrapy reextract takes no -a arguments, only archive files or folders"
            )
        from newscrawl.archive.files import archive_files

        try:
            self.files = archive_files(args)
        except FileNotFoundError as exc:
            raise UsageError(f"{exc} (give the archive/ folder beside a run's feed, e.g. data/t3n/archive)") from None
        if not self.files:
            raise UsageError(f"no WARC files (*.warc.gz) in {' '.join(args)}: is it a run's archive/ folder?")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        files = self.files
        assert self.settings is not None and self.crawler_process is not None  # set by scrapy.cmdline
        stateless = (self.settings.getpriority("STATE_DIR") or 0) < SETTINGS_PRIORITIES["cmdline"]
        tmp = None
        if stateless:  # the run lock and status file need a folder; the articles are not tracked
            tmp = tempfile.mkdtemp(prefix="newscrawl-reextract-")
            self.settings.set("STATE_DIR", tmp, priority="cmdline")
            self.settings.set("NEWSCRAWL_REEXTRACT_STATELESS", True, priority="cmdline")
        try:
            # by the spider class (a Crawler made first would get the project's settings merged
            # back over what ReextractSpider.update_settings set)
            self.crawler_process.crawl(ReextractSpider, paths=[str(f) for f in files], jobs=opts.jobs, **opts.spargs)
            crawler = next(c for c in self.crawler_process.crawlers if c.spidercls is ReextractSpider)
            self.crawler_process.start()
            if self.crawler_process.bootstrap_failed:
                self.exitcode = 1
            else:
                self.exitcode = max(self.exitcode, run_exit_status("scrapy reextract", crawler))
        finally:
            if tmp:
                shutil.rmtree(tmp, ignore_errors=True)
