"""robots.txt ``Crawl-delay`` as the minimum download delay of the site's slot (Scrapy reads
robots.txt but does not act on Crawl-delay)."""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)


class RobotsCrawlDelay:
    """robots.txt ``Crawl-delay`` becomes the minimum download delay of the site's slot.

    Applied when robots.txt is parsed and again after every response (AutoThrottle may lower the
    slot delay). A delay given explicitly on the command line as 0 (``-s DOWNLOAD_DELAY=0``, as
    for the offline replica) wins; the value is capped by NEWSCRAWL_CRAWL_DELAY_MAX.
    """

    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("ROBOTSTXT_OBEY") or not settings.getbool("NEWSCRAWL_OBEY_CRAWL_DELAY", True):
            raise NotConfigured
        explicit = settings.getpriority("DOWNLOAD_DELAY") >= 40  # "cmdline" priority
        if explicit and settings.getfloat("DOWNLOAD_DELAY") == 0:
            raise NotConfigured
        self.crawler = crawler
        self.cap = settings.getfloat("NEWSCRAWL_CRAWL_DELAY_MAX", 30.0)
        self.delays = {}  # slot key (host) -> seconds

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.robots_parsed, signal=signals.robots_parsed)
        crawler.signals.connect(ext.response_downloaded, signal=signals.response_downloaded)
        return ext

    def robots_parsed(self, robotparser, request):
        agent = self.crawler.settings.get("ROBOTSTXT_USER_AGENT") or self.crawler.settings.get("USER_AGENT")
        try:
            delay = robotparser.crawl_delay(agent)
        except Exception:  # a backend without crawl_delay, or a hostile value
            return
        if not delay or delay <= 0:
            return
        delay = min(float(delay), self.cap)
        key = self._key(request)
        self.delays[key] = delay
        self.crawler.stats.set_value("newscrawl/robots_crawl_delay", delay)
        logger.info("robots.txt asks for Crawl-delay %ss on %s; honoured", delay, key)
        self._apply(key)

    def response_downloaded(self, response, request, spider):
        key = self._key(request)
        if key in self.delays:
            self._apply(key)

    def _key(self, request):
        downloader = self.crawler.engine.downloader
        return downloader.get_slot_key(request)

    def _apply(self, key):
        slot = self.crawler.engine.downloader.slots.get(key)
        if slot is not None and slot.delay < self.delays[key]:
            slot.delay = self.delays[key]
