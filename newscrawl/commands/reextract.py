"""``scrapy reextract PATH... -O out.jsonl``: rebuild the items from archived pages, no network.

PATH: WARC files of ``NEWSCRAWL_ARCHIVE_DIR`` (``data/t3n/archive/``) or folders holding them.
For every article the archives hold, its newest complete fetch (page 1 and, for a multi-page
article, its later pages fetched with it) goes through today's page parser (``newscrawl/extract.py``,
the very step the spider runs) and today's item pipelines and feeds: one item per article.
Older versions: pass only the archive files of the runs you want.

It is a Scrapy crawl without requests: the spider's ``start()`` yields the items themselves, so
pipelines, feed exports (``-O``/``-o``, or the dated default feed), ``manifest.json``, the run
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
import logging
import shutil
import tempfile
from datetime import UTC

import scrapy
from scrapy.commands import BaseRunSpiderCommand
from scrapy.exceptions import UsageError
from scrapy.settings import SETTINGS_PRIORITIES

from newscrawl import extract
from newscrawl.archive.reader import ArchiveIndex, read_record, to_response
from newscrawl.archive.records import parse_warc_date
from newscrawl.commands._usage import one_line_errors
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

    def __init__(self, paths=(), *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.paths = list(paths)

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        if not settings.getdict("FEEDS"):  # as T3nSpider: the dated default feed unless -o/-O
            settings.set("FEEDS", settings.getdict("NEWSCRAWL_DEFAULT_FEEDS"), priority="spider")
        from newscrawl.pipelines import CorrectionPipeline, StatePipeline

        if settings.getbool("NEWSCRAWL_REEXTRACT_STATELESS"):
            settings.set_in_component_priority_dict("ITEM_PIPELINES", StatePipeline, None)
        else:
            settings.set_in_component_priority_dict("ITEM_PIPELINES", CorrectionPipeline, 450)

    async def start(self):
        index = ArchiveIndex(self.paths)
        articles = index.first_pages()
        stats = self.crawler.stats
        stats.set_value("newscrawl/reextract/archive_files", len(index.files))
        stats.set_value("newscrawl/reextract/archive_responses", len(index.entries))
        stats.set_value("newscrawl/reextract/torn_files", len(index.torn))
        logger.info(
            "Re-extracting %d articles from %d responses in %d archive file(s)",
            len(articles),
            len(index.entries),
            len(index.files),
        )
        progress = Progress("reextract", total=len(articles), unit="articles")
        for done, (_aid, versions) in enumerate(sorted(articles.items()), 1):
            item = None
            for entry in reversed(versions):  # the newest complete fetch
                item = self.rebuild(index, entry)
                if item is not None:
                    break
            progress.update(done)
            if item is not None:
                yield item
        progress.close()

    def rebuild(self, index, entry):
        """The item of the article whose page 1 is ``entry``, with its later pages; or None."""
        stats = self.crawler.stats
        response = self.response(entry)
        if response is None:
            return None
        # the spider's checks, in the spider's order (spiders/t3n.py parse_article)
        if not extract.is_page(response):
            return self.bad_input(entry.url, "not_html")
        if extract.near_size_limit(response, self.crawler.settings):
            return self.bad_input(entry.url, "near_size_limit")
        response, verdict = extract.repair_charset(response)
        if verdict:
            self.bad_input(entry.url, "wrong_charset" if verdict == "cp1252" else verdict)
        crawled_at = parse_warc_date(entry.date).astimezone(UTC).replace(microsecond=0).isoformat()
        try:
            page, item, next_url = extract.read_first_page(response, crawled_at=crawled_at)
            stats.inc_value("newscrawl/article_pages")
            marker = extract.consent_wall(page, item)
            if marker:  # a consent layer was archived, not the article: an older fetch may have it
                return self.bad_input(entry.url, "consent_wall", marker)
            extract.count_page(stats, page)  # layouts, clues, clue checks: as the crawl counts them
            parts = []
            next_url = extract.follow(next_url, parts)
            while next_url:
                later = index.resolve(next_url, entry)
                if later is None or later.status != 200:
                    stats.inc_value("newscrawl/reextract/later_page_missing")
                    logger.warning("Page %s of %s is not in the archive: this fetch is skipped", next_url, entry.url)
                    return None
                later_response = self.response(later)
                if later_response is None or not extract.is_page(later_response):
                    return self.bad_input(later.url, "not_html")
                part, next_url = extract.read_later_page(later_response)
                parts.append(part)
                stats.inc_value("newscrawl/reextract/pages")
                next_url = extract.follow(next_url, parts)
        except Exception as exc:  # a page the parser cannot read must not stop the run
            return self.bad_input(entry.url, "parse_error", exc)
        stats.inc_value("newscrawl/reextract/pages")
        return extract.article_item(item, parts)

    def response(self, entry):
        try:
            return to_response(read_record(entry))
        except Exception as exc:  # a damaged record: count it, go on with the others
            self.bad_input(entry.url, "unreadable_record", exc)
            return None

    def bad_input(self, url, reason, exc=None):
        self.crawler.stats.inc_value(f"newscrawl/bad_input/{reason}")
        logger.warning("Bad input (%s) at %s%s", reason, url, f": {exc!r}" if exc else "")
        return None


class Command(BaseRunSpiderCommand):
    requires_project = True

    def syntax(self):
        return "ARCHIVE_FILE_OR_FOLDER... [-O out.jsonl] [-s STATE_DIR=DIR]"

    def short_desc(self):
        return "Rebuild items from archived article pages with today's parser (no network)"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        one_line_errors(parser, "scrapy reextract")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """The archives are checked here, before Scrapy sets up the crawler and its logging."""
        super().process_options(args, opts)
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

    def run(self, args, opts):
        files = self.files
        stateless = self.settings.getpriority("STATE_DIR") < SETTINGS_PRIORITIES["cmdline"]
        tmp = None
        if stateless:  # the run lock and status file need a folder; the articles are not tracked
            tmp = tempfile.mkdtemp(prefix="newscrawl-reextract-")
            self.settings.set("STATE_DIR", tmp, priority="cmdline")
            self.settings.set("NEWSCRAWL_REEXTRACT_STATELESS", True, priority="cmdline")
        try:
            self.crawler_process.crawl(ReextractSpider, paths=[str(f) for f in files], **opts.spargs)
            self.crawler_process.start()
            if self.crawler_process.bootstrap_failed:
                self.exitcode = 1
        finally:
            if tmp:
                shutil.rmtree(tmp, ignore_errors=True)
