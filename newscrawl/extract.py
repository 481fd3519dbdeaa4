"""The article step: an article's page(s) -> its outcome, an item or a rejection with its reason.

The one road every article page takes, in the crawl (``spiders/t3n.py``, pages as they are
fetched) and in ``scrapy reextract`` (``commands/reextract.py``, pages from the archive) alike.
Both feed an ``ArticleReading`` one page at a time and hand its ``Outcome`` to the recorder
(``newscrawl/outcomes.py``), which counts, logs and stages it; neither checks a page itself, so a
crawl and a re-extraction of the same bytes always agree.

For every page, in this order: is it HTML, is it cut off near the download size limit, is its
charset what it says (repaired where it is not, and noted), can the page module read it; for
page 1 also: is it the site's consent layer instead of the article. Then the later pages of a
multi-page article, and their merge. No I/O here: the page module (``pages/t3n/``) reads a parsed
page; this module decides what a page means for the run.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import parsel
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.selector import Selector
from scrapy.settings import BaseSettings

from newscrawl.items import Article
from newscrawl.pages.t3n import T3nArticlePage, merge_pages
from newscrawl.pages.tree import article_tree
from newscrawl.processors import utc_now_iso, utf8_damage

MAX_LATER_PAGES = 50  # pages 2, 3, … followed at most (a loop of rel=next links ends here)

# What a rejection means for the next run.
FETCH_AGAIN = "fetch_again"  # not the page's fault (or our parser's): the next run fetches it first
WHEN_CHANGED = "when_changed"  # the page is unusable: fetched again only when a newer version shows,
# or after NEWSCRAWL_RECHECK_DROPPED_HOURS

# Every reason an article page can be refused for: what the next run does about it, and whether
# it counts as an unusable article for the run's monitors (the site's policy and the consent
# layer have monitors of their own). A download that failed after its retries (a 503, a timeout)
# is not bad input: it is fetched again, counted under newscrawl/article_failed/.
REASONS: dict[str, tuple[str, bool]] = {
    "not_html": (WHEN_CHANGED, True),  # a PDF, an image, JSON where the article should be
    "near_size_limit": (WHEN_CHANGED, True),  # may be cut off by DOWNLOAD_MAXSIZE
    "oversized": (WHEN_CHANGED, True),  # over DOWNLOAD_MAXSIZE: Scrapy cancelled the download
    "http_404": (WHEN_CHANGED, True),
    "http_410": (WHEN_CHANGED, True),
    "offsite_redirect": (WHEN_CHANGED, True),  # the article redirects to another host
    "robots_disallowed": (WHEN_CHANGED, False),  # the site's policy, not a broken page
    "consent_wall": (FETCH_AGAIN, False),  # the consent layer served instead of the article
    "parse_error": (FETCH_AGAIN, True),  # our parser failed, not the page: again once it is fixed
    "callback_error": (FETCH_AGAIN, True),
    "later_page_missing": (FETCH_AGAIN, True),  # reextract: page 2, 3, … not in the archive
    "unreadable_record": (FETCH_AGAIN, True),  # reextract: a damaged archive record
}


@dataclass(frozen=True)
class Rejection:
    """Why an article page gave no item, and what that means for the next run."""

    reason: str  # a key of REASONS, or for a failed download its status / error ("http_503", "TimeoutError")
    next_run: str = FETCH_AGAIN
    unusable: bool = True  # counted as an unusable article for the monitors
    failed_download: bool = False  # a download that failed after its retries, not bad input
    detail: str = ""

    @classmethod
    def of(cls, reason: str, detail: str = "") -> Rejection:
        next_run, unusable = REASONS[reason]
        return cls(reason, next_run, unusable, detail=detail)

    @classmethod
    def download_failed(cls, reason: str, detail: str = "") -> Rejection:
        return cls(reason, FETCH_AGAIN, unusable=False, failed_download=True, detail=detail)


@dataclass(frozen=True)
class PageCounts:
    """What read a page, for the run's numbers: the layout, the clue that answered each field, and
    the verdict of each field's clue check (with the clues that disagreed)."""

    url: str
    layout: str
    sources: dict[str, str]
    checks: dict[str, str]
    disagreeing: dict[str, list[str]]

    @classmethod
    def of(cls, page: T3nArticlePage) -> PageCounts:
        return cls(page.url, page.layout.name, dict(page.sources), dict(page.checks), dict(page.disagreeing))


@dataclass
class Outcome:
    """An article's outcome: its item, or the rejection of one of its pages."""

    url: str
    article_id: str | None
    item: Article | None = None
    rejection: Rejection | None = None
    notes: list[tuple[str, str]] = field(default_factory=list)  # (reason, url): bad input that was repaired
    parsed_pages: int = 0  # article pages the page module read (consent layers included)
    counts: PageCounts | None = None  # of page 1, once it was read as an article
    refused_url: str | None = None  # the page the rejection is about (page 1, a later page, a redirect)

    @property
    def settled(self) -> bool:
        return self.item is not None or self.rejection is not None


@dataclass(frozen=True)
class Limits:
    """The settings the checks need (DOWNLOAD_MAXSIZE and how near to it a page may come)."""

    max_size: int = 8 * 1024 * 1024
    near_share: float = 0.9

    @classmethod
    def from_settings(cls, settings: BaseSettings) -> Limits:
        return cls(settings.getint("DOWNLOAD_MAXSIZE"), settings.getfloat("NEWSCRAWL_NEAR_SIZE_LIMIT", 0.9))


class ArticleReading:
    """One article's pages, read one at a time into its ``Outcome``.

    ``read(response)`` takes page 1, then each later page in order, and answers the URL of the
    page to read next, or None once the outcome is settled (``outcome.item`` or
    ``outcome.rejection``). The crawl fetches the URL it answers; reextract finds it in the
    archive. A later page that cannot be had at all is ``reject``ed by the caller.
    """

    def __init__(self, url: str, article_id: str | None, limits: Limits | None = None):
        self.outcome = Outcome(url, article_id)
        self.limits = limits or Limits()
        self._item: Article | None = None
        self._parts: list = []

    def read(self, response: Response, crawled_at: str | None = None) -> str | None:
        if self.outcome.settled:
            raise RuntimeError(f"the outcome of {self.outcome.url} is settled already")
        ready = self._checked(response)
        if ready is None:
            return None
        checked, repaired = ready
        try:
            tree = article_page_tree(checked, repaired)
            if self._item is None:
                page = T3nArticlePage(tree, checked.url, crawled_at=crawled_at or utc_now_iso())
                item = page.to_item()
                self.outcome.parsed_pages += 1
                marker = consent_wall(page, item)
                if marker:
                    self.reject(
                        Rejection.of(
                            "consent_wall", f"{marker} (set NEWSCRAWL_CONSENT_COOKIES to send consent cookies)"
                        )
                    )
                    return None
                self.outcome.counts = PageCounts.of(page)
                self._item = item
            else:
                page = T3nArticlePage(tree, checked.url)
                self._parts.append(page.later_page())
            next_url = page.next_page_url()
        except Exception as exc:  # a page the parser cannot read must not stop the run
            self.reject(Rejection.of("parse_error", repr(exc)), checked.url)
            return None
        if next_url and len(self._parts) < MAX_LATER_PAGES:
            return next_url
        self.outcome.item = merge_pages(self._item, self._parts) if self._parts else self._item
        return None

    def reject(self, rejection: Rejection, url: str | None = None) -> None:
        """The article gives no item: its page ``url`` (page 1 by default) was refused, or could
        not be had."""
        self.outcome.rejection = rejection
        self.outcome.refused_url = url or self.outcome.url

    def _checked(self, response: Response) -> tuple[TextResponse, str | None] | None:
        """(the response ready for the page module, the charset repair made or None), or None
        once rejected."""
        if not isinstance(response, HtmlResponse):
            self.reject(
                Rejection.of("not_html", (response.headers.get("Content-Type") or b"").decode("latin-1")), response.url
            )
            return None
        if self._near_size_limit(response):
            self.reject(Rejection.of("near_size_limit", f"{len(response.body)} bytes"), response.url)
            return None
        repaired, verdict = repair_charset(response)
        if verdict:
            self.outcome.notes.append(("wrong_charset" if verdict == "cp1252" else verdict, response.url))
        return repaired, verdict

    def _near_size_limit(self, response: Response) -> bool:
        """A body this close to DOWNLOAD_MAXSIZE may be cut off: not read as an article."""
        limit = (
            response.meta.get("download_maxsize") if response.request is not None else None
        ) or self.limits.max_size
        return bool(limit) and len(response.body) >= self.limits.near_share * limit


def repair_charset(response: HtmlResponse) -> tuple[HtmlResponse, str | None]:
    """(response, verdict). A page that declares UTF-8 but is Windows-1252 throughout (a CMS
    writing cp1252) is read as Windows-1252 instead of turning every umlaut into U+FFFD (verdict
    "cp1252"). A UTF-8 page with a few bad bytes stays UTF-8 (verdict "invalid_bytes"): Scrapy
    replaces only those bytes, decoding it whole as cp1252 would garble every umlaut."""
    if response.encoding.replace("-", "").replace("_", "").lower() != "utf8":
        return response, None
    verdict = utf8_damage(response.body)
    if verdict == "cp1252":
        return response.replace(encoding="cp1252"), verdict
    return response, verdict


def article_page_tree(response: TextResponse, repaired: str | None = None) -> parsel.Selector:
    """An article page's tree as the page module reads it (``pages/tree.py``: lxml's parser, the
    bodies of large inline SVGs left out), from the UTF-8 bytes as served; from the decoded text
    when the bytes are not UTF-8 or needed a repair (Scrapy's decoding already replaced what
    could not be read)."""
    if repaired is None and codecs.lookup(response.encoding).name == "utf-8":
        return article_tree(response.body, response.url)
    return article_tree(response.text, response.url)


def page_tree(response: TextResponse) -> Selector:
    """A page's tree, parsed from the bytes when they are UTF-8 (as t3n serves them).

    ``response.selector`` decodes the body to str and parsel encodes that back to UTF-8 for lxml:
    on a 300 KB page the round trip cost as much as the parse itself, and on listing pages read
    32 at a time it raised the crawl's peak RSS. Given the bytes, parsel hands them to lxml as
    they are (and still reads invalid UTF-8 as the decoded text would). Other encodings take the
    usual way.
    """
    if codecs.lookup(response.encoding).name == "utf-8":
        return Selector(body=response.body, encoding="utf-8", base_url=response.url, type="html")
    return response.selector


def consent_wall(page: T3nArticlePage, item: Article) -> str | None:
    """The consent layer's marker when the site served one instead of the article (no title, or
    no body text in the page itself), else None."""
    if not item.title or page.sources.get("body") != "markup":
        return page.consent_wall()
    return None
