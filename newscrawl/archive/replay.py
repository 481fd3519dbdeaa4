"""Replay: a crawl whose responses come from a WARC archive (``-s NEWSCRAWL_REPLAY=DIR``).

Turned on by ``archive.addon.ArchiveAddon``: ``ReplayDownloadHandler`` for http and https, and
``ReplayStart``, which schedules page 1 of every archived article after the spider's own start
requests. The archive is read once per crawl (``archive.reader.ArchiveIndex``).
"""

from __future__ import annotations

import logging

from scrapy.responsetypes import responsetypes

from newscrawl.archive.reader import ArchiveIndex, read_record, to_response
from newscrawl.processors import article_match

logger = logging.getLogger(__name__)


def replay_index(crawler):
    index = getattr(crawler, "_newscrawl_replay_index", None)
    if index is None:
        index = ArchiveIndex([crawler.settings.get("NEWSCRAWL_REPLAY")])
        crawler._newscrawl_replay_index = index
        logger.info("Replaying %d responses from %d archive file(s)", len(index.entries), len(index.files))
    return index


class ReplayDownloadHandler:
    """Download handler for http(s) that answers from an archive instead of the network.

    Why a download handler and not a downloader middleware answering in ``process_request``: it
    replaces exactly the network and nothing else, so every downloader middleware runs as in a
    live crawl (robots.txt, redirects from the archived 3xx records, decompression of the stored
    Content-Encoding, retries, stats). A URL that is not in the archive answers 404.
    """

    lazy = False

    def __init__(self, crawler):
        self.crawler = crawler
        self.index = replay_index(crawler)
        self._first_page_urls = None  # article id -> archived page 1 URL, built when first needed

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def download_request(self, request):
        entry = self.index.newest(request.url)
        stats = self.crawler.stats
        if entry is None:
            moved = self._same_article(request.url)
            if moved:  # another URL of the same article (an old slug): answer as the site does
                stats.inc_value("newscrawl/replay/moved")
                logger.debug("Not in the archive: %s; the article is, at %s", request.url, moved)
                return responsetypes.from_args(url=request.url)(
                    url=request.url,
                    status=301,
                    headers={"Location": moved},
                    body=b"",
                    request=request,
                    flags=["replayed", "moved"],
                )
            stats.inc_value("newscrawl/replay/missing")
            logger.debug("Not in the archive: %s", request.url)
            return responsetypes.from_args(url=request.url)(
                url=request.url, status=404, body=b"", request=request, flags=["replayed", "missing"]
            )
        stats.inc_value("newscrawl/replay/answered")
        return to_response(read_record(entry), decoded=False, request=request, flags=("replayed",))

    def _same_article(self, url):
        """The archived URL of page 1 of the article ``url`` names, when it is archived under
        another URL. A live crawl fetches each article under the first URL it meets (a sitemap's
        new slug or a listing's old one); a replay may meet the other first."""
        match = article_match(url)
        if not match or match["page"]:
            return None
        if self._first_page_urls is None:
            self._first_page_urls = {aid: versions[-1].url for aid, versions in self.index.first_pages().items()}
        found = self._first_page_urls.get(match["id"])
        return found if found and found != url else None

    async def close(self):
        pass


class ReplayStart:
    """Spider middleware: after the spider's own start requests, the articles of the archive.

    An archive holds article pages (listings only with NEWSCRAWL_ARCHIVE_LISTINGS), so a replay
    cannot rely on the listings to find them: page 1 of every archived article is requested too,
    through the spider's own ``article_requests`` (one request per id, the crawl state obeyed).
    """

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_start(self, start):
        async for request in start:
            yield request
        spider = self.crawler.spider
        index = replay_index(self.crawler)
        articles = {aid: (versions[-1].url, []) for aid, versions in sorted(index.first_pages().items())}
        if hasattr(spider, "article_requests"):
            for request in spider.article_requests(articles, "archive"):
                yield request
