"""Sitemaps as a source of article URLs: robots.txt ``Sitemap:`` lines, sitemap indexes, urlsets,
``.xml.gz`` members and Google News sitemaps. Site-independent: no selector of any site here.

Built on Scrapy's own sitemap parts (``scrapy.utils.sitemap.Sitemap``, which parses with
``resolve_entities=False`` and clears elements as it goes, ``sitemap_urls_from_robots``,
``scrapy.utils.gz.gunzip`` with its ``max_size``), so reading mirrors ``SitemapSpider``. What
``SitemapSpider`` does not offer, and this module adds:

* the Google News fields (``news:publication_date``, ``news:title``): Scrapy's ``Sitemap`` keeps
  only the text of an entry's direct children, and ``<news:news>`` holds its fields one level
  deeper;
* a limit on the entries read from one file (the protocol's 50,000), counted when hit, and a
  clear error (``SitemapError.reason``) instead of a log line, so the spider can count it;
* the choice of which members of an index to read (``members_to_read``): on the first visit of
  an index only its newest member (the current month; the others are noted for a backfill),
  later only those whose own ``<lastmod>`` moved since they were last read or noted, or that
  reach back to a backfill's day.

Alternate-language links (``xhtml:link``, Scrapy's ``SITEMAP_ALTERNATE_LINKS``) are not followed:
they point to other language editions, which are other sites.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from scrapy.http import TextResponse
from scrapy.utils._compression import _DecompressionMaxSizeExceeded
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from newscrawl.processors import parse_iso, to_iso8601

MAX_ENTRIES = 50_000  # https://www.sitemaps.org/protocol.html#index: 50,000 URLs per file
NEWS_FIELDS = ("publication_date", "title")


class SitemapError(ValueError):
    """A response that cannot be read as a sitemap; ``reason`` is the stats key suffix."""

    def __init__(self, reason, detail=""):
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


@dataclass(frozen=True)
class SitemapEntry:
    loc: str
    lastmod: str | None = None
    news_published: str | None = None  # Google News <news:publication_date>
    news_title: str | None = None  # Google News <news:title>

    @property
    def dates(self):
        """The dates this entry gives for its page, as the sitemap wrote them."""
        return [d for d in (self.lastmod, self.news_published) if d]


@dataclass(frozen=True)
class SitemapFile:
    kind: str  # "index" | "urlset" | "news" (a urlset with Google News entries)
    entries: list
    truncated: bool = False  # more than max_entries: the rest was not read


class _NewsSitemap(Sitemap):
    """Scrapy's ``Sitemap`` that also keeps the fields inside ``<news:news>``.

    Scrapy's element handler reads (and clears) the direct children of each entry; the news
    fields are read just before it does, and added to its dict.
    """

    def _process_sitemap_element(self, elem):
        news = {}
        for child in elem:
            if self._get_tag_name(child) == "news":
                for field in child.iter():
                    name = self._get_tag_name(field)
                    if name in NEWS_FIELDS and field.text:
                        news[name] = field.text.strip()
        d = super()._process_sitemap_element(elem)
        if d is not None and news:
            d["news"] = news
        return d


def robots_sitemap_urls(robots_body, base_url):
    """The ``Sitemap:`` URLs of a robots.txt body, in file order, each once."""
    return list(dict.fromkeys(sitemap_urls_from_robots(robots_body, base_url=base_url)))


def sitemap_body(response, max_size, warn_size=0):
    """The XML of a sitemap response: gunzipped (bounded by ``max_size``) when it is gzip.

    Mirrors ``SitemapSpider._get_sitemap_body`` (private there), with an error that says why.
    Returns ``(body, warned)``; ``warned`` is True when the gunzipped body passed ``warn_size``.
    """
    if gzip_magic_number(response):
        try:
            body = gunzip(response.body, max_size=max_size)
        except _DecompressionMaxSizeExceeded:
            raise SitemapError("oversized", f"more than {max_size} bytes after gunzip") from None
        except (OSError, EOFError) as exc:
            raise SitemapError("broken_gzip", repr(exc)) from None
        return body, bool(warn_size) and len(response.body) < warn_size <= len(body)
    # A .xml.gz served with Content-Encoding: gzip was already gunzipped by HttpCompression.
    head = response.body[:2048].lstrip().lower()
    if (
        isinstance(response, TextResponse)
        or head.startswith(b"<?xml")
        or b"<urlset" in head
        or b"<sitemapindex" in head
    ):
        return response.body, False
    raise SitemapError("not_a_sitemap", "neither XML nor gzip")


def read_sitemap(body, max_entries=MAX_ENTRIES):
    """Parse a sitemap body (bytes) into a SitemapFile; at most ``max_entries`` entries."""
    try:
        sitemap = _NewsSitemap(body)
    except Exception as exc:  # lxml gives up before the root element: not XML at all
        raise SitemapError("not_a_sitemap", repr(exc)) from None
    if sitemap.type not in ("sitemapindex", "urlset"):
        raise SitemapError("not_a_sitemap", f"root element {sitemap.type!r}")
    entries, truncated, news = [], False, False
    try:
        for d in sitemap:
            if len(entries) >= max_entries:
                truncated = True
                break
            loc = (d.get("loc") or "").strip()
            if not loc:
                continue
            fields = d.get("news") or {}
            news = news or bool(fields)
            entries.append(
                SitemapEntry(loc, d.get("lastmod") or None, fields.get("publication_date"), fields.get("title"))
            )
    except Exception as exc:  # a file cut in the middle: keep what was read (recover=True mostly does)
        if not entries:
            raise SitemapError("not_a_sitemap", repr(exc)) from None
    kind = "index" if sitemap.type == "sitemapindex" else ("news" if news else "urlset")
    return SitemapFile(kind, entries, truncated)


def read_response(response, max_size, warn_size=0, max_entries=MAX_ENTRIES):
    """``(SitemapFile, warned)`` of a sitemap response (gunzipped when gzip); SitemapError else."""
    body, warned = sitemap_body(response, max_size, warn_size)
    return read_sitemap(body, max_entries), warned


def when(value):
    """A sitemap date (W3C datetime, a bare day, or anything to_iso8601 reads) as a datetime."""
    return parse_iso(to_iso8601(value)) if value else None


# A year and month in a sitemap's URL (post-2021-06.xml, sitemap-2021-06-18.xml, 2021/06/…)
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_/.]?(0[1-9]|1[0-2])(?:[-_/.]?(0[1-9]|[12]\d|3[01]))?(?!\d)")
_NEVER = datetime.min.replace(tzinfo=UTC)


def url_date(loc: str) -> tuple[int, int, int] | None:
    """(year, month, day or 0) of the last date in a sitemap URL's path, or None."""
    found = _URL_DATE.findall(urlsplit(loc).path)
    if not found:
        return None
    year, month, day = found[-1]
    return int(year), int(month), int(day or 0)


def newest_member(members: Sequence[SitemapEntry]) -> SitemapEntry | None:
    """The member of an index with the newest content: the newest ``<lastmod>``; without one (or
    on a tie) the newest date in its URL; then the later place in the index (WordPress and Yoast
    number their sitemaps oldest first)."""
    if not members:
        return None

    def key(item):
        place, member = item
        lastmod = when(member.lastmod)
        return (lastmod is not None, lastmod or _NEVER, url_date(member.loc) or (0, 0, 0), place)

    return max(enumerate(members), key=key)[1]


def new_index(members: Sequence[SitemapEntry], recorded: Mapping[str, tuple]) -> bool:
    """True when the crawl state knows none of the index's members (read or noted): the first
    visit of this index, on a fresh state or one that never met it."""
    return bool(members) and not any(member.loc in recorded for member in members)


def members_to_read(
    members: Sequence[SitemapEntry],
    recorded: Mapping[str, tuple],
    *,
    since: datetime | None = None,
    full: bool = False,
) -> tuple[list[SitemapEntry], list[SitemapEntry]]:
    """Which members of a sitemap index to read this run.

    ``members``: the index's SitemapEntry list; ``recorded``: {url: (lastmod, status)} from the
    crawl state, ``status`` "read" (read to the end, with that lastmod) or "noted" (left
    unread: by a first run, or by a backfill that did not reach back that far). Returns
    ``(read, noted)``:

    * the first visit of an index (``new_index``) without ``since`` or ``full`` is not a
      backfill: only its newest member is read (``newest_member``, the current month), the
      others are ``noted`` with their lastmod (t3n's index is its whole archive: reading it all
      would take a day at a polite pace; a backfill is asked for with ``since`` or ``full``);
    * later, a member is read when it was never seen (a new month), or its ``<lastmod>`` moved
      since it was read or noted (the cron rule), or it has no ``<lastmod>`` at all and was read
      before (nothing says it did not change); a noted member without ``<lastmod>`` waits for a
      backfill;
    * with ``since`` (a backfill), a member never read whose ``<lastmod>`` is older than that
      day is not read but ``noted`` with its lastmod: later runs read it only when it moves, or
      when a backfill reaches back to it;
    * ``full`` reads every member (back to ``since``, when given).
    """
    if since is None and not full and new_index(members, recorded):
        newest = newest_member(members)
        return [m for m in members if m is newest], [m for m in members if m is not newest]
    read, noted = [], []
    for member in members:
        previous_lastmod, status = recorded.get(member.loc, (None, None))
        unchanged = status is not None and previous_lastmod == member.lastmod
        too_old = since is not None and member.lastmod is not None and (when(member.lastmod) or since) < since
        if member.lastmod is None:
            if not (status == "noted" and since is None and not full):
                read.append(member)
        elif too_old:  # older than the backfill's day: read only an update of what was read before
            if status == "read" and not unchanged:
                read.append(member)
            elif status != "read" and not unchanged:
                noted.append(member)
        elif full or status is None or not unchanged:
            read.append(member)
        elif status == "noted" and since is not None:
            read.append(member)  # a backfill reaching back to a member an earlier one left unread
    return read, noted
