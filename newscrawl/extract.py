"""Article page(s) -> item: the one step the spider and ``scrapy reextract`` share.

The spider (``spiders/t3n.py``) gets an article's pages one response at a time; ``scrapy
reextract`` (``commands/reextract.py``) gets them from an archive. Both call these functions and
nothing else of the page module, so an item rebuilt from the archive is the item the crawl would
write today from the same bytes.
"""

from __future__ import annotations

import codecs

from scrapy.http import HtmlResponse
from scrapy.selector import Selector

from newscrawl.pages.t3n import T3nArticlePage, merge_pages
from newscrawl.processors import utf8_damage

MAX_LATER_PAGES = 50  # pages 2, 3, … followed at most (a loop of rel=next links ends here)


def is_page(response):
    """An article page is HTML; anything else (a PDF, an image) is bad input."""
    return isinstance(response, HtmlResponse)


def near_size_limit(response, settings):
    """A body this close to DOWNLOAD_MAXSIZE may be cut off: not read as an article."""
    limit = response.meta.get("download_maxsize") if response.request is not None else None
    limit = limit or settings.getint("DOWNLOAD_MAXSIZE")
    return bool(limit) and len(response.body) >= settings.getfloat("NEWSCRAWL_NEAR_SIZE_LIMIT", 0.9) * limit


def repair_charset(response):
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


def page_tree(response):
    """A page's tree, parsed from the bytes when they are UTF-8 (as t3n serves them).

    ``response.selector`` decodes the body to str and parsel encodes that back to UTF-8 for lxml:
    on a 300 KB page the round trip cost as much as the parse itself (crawl profile, issue 11),
    and on listing pages read 32 at a time it raised the crawl's peak RSS. Given the bytes,
    parsel hands them to lxml as they are (and still reads invalid UTF-8 as the decoded text
    would). Other encodings take the usual way.
    """
    if codecs.lookup(response.encoding).name == "utf-8":
        return Selector(body=response.body, encoding="utf-8", base_url=response.url, type="html")
    return response.selector


def read_first_page(response, crawled_at):
    """Page 1 -> (the page, its item, the URL of page 2 or None)."""
    page = T3nArticlePage(page_tree(response), response.url, crawled_at=crawled_at)
    return page, page.to_item(), page.next_page_url()


def consent_wall(page, item):
    """The consent layer's marker when the site served one instead of the article (no title, or
    no body text in the page itself), else None."""
    if not item.title or page.sources.get("body") != "markup":
        return page.consent_wall()
    return None


def count_page(stats, page):
    """Which layout read the page, which clue answered each field, and what the other clues said
    (newscrawl/clue_check/<field>/<verdict>, the clues that disagreed under …/clues/, and the first
    URL of each disagreement as …/example/<verdict>, for the run's verdict to name)."""
    stats.inc_value(f"newscrawl/layout/{page.layout.name}")
    for field, source in page.sources.items():
        stats.inc_value(f"newscrawl/field_source/{field}/{source}")
        if source != "markup" and stats.get_value(f"newscrawl/field_fallback_example/{field}") is None:
            stats.set_value(f"newscrawl/field_fallback_example/{field}", page.url)
    for field, verdict in page.checks.items():
        stats.inc_value(f"newscrawl/clue_check/{field}/{verdict}")
        if verdict in ("differ", "overruled"):
            for clue in page.disagreeing.get(field, ()):
                stats.inc_value(f"newscrawl/clue_check/{field}/clues/{clue}")
            if stats.get_value(f"newscrawl/clue_check/{field}/example/{verdict}") is None:
                stats.set_value(f"newscrawl/clue_check/{field}/example/{verdict}", page.url)


def read_later_page(response):
    """Page 2, 3, … -> (its part for merge_pages, the URL of the next page or None)."""
    page = T3nArticlePage(page_tree(response), response.url)
    return page.later_page(), page.next_page_url()


def follow(next_url, parts):
    """The next page to fetch, or None when the article is complete (or has too many pages)."""
    return next_url if next_url and len(parts) < MAX_LATER_PAGES else None


def article_item(item, parts):
    """The item of the whole article: page 1's item, with the later pages merged in."""
    return merge_pages(item, parts) if parts else item
