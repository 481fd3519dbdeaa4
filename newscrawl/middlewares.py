"""Downloader middleware: waits before Scrapy's RetryMiddleware retries.

Scrapy's RetryMiddleware retries at once and ignores ``Retry-After``. This middleware sits just
below it (closer to the downloader, so it sees the response or exception first) and waits:

* 429 / 503 with ``Retry-After`` (seconds or an HTTP date): as long as the server asks, up to
  NEWSCRAWL_RETRY_AFTER_MAX; a longer wait is not done in this run: the URL is given up (counted,
  never recorded as exported, so the next run fetches it again);
* other retryable statuses and network errors (timeouts, resets, truncated bodies): exponential
  backoff with jitter, NEWSCRAWL_RETRY_BACKOFF_BASE * 2**attempt, capped by
  NEWSCRAWL_RETRY_BACKOFF_MAX.

Only a request that RetryMiddleware will actually retry is held back; the number of retries stays
RETRY_TIMES. https://docs.scrapy.org/en/latest/topics/downloader-middleware.html#module-scrapy.downloadermiddlewares.retry
"""

from __future__ import annotations

import logging
import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.exceptions import NotConfigured
from scrapy.utils.asyncio import sleep
from scrapy.utils.misc import load_object

logger = logging.getLogger(__name__)


def retry_after_seconds(value, now=None):
    """Seconds from a Retry-After header value (delta-seconds or HTTP-date), or None."""
    if not value:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1", "replace")
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


class RetryBackoffMiddleware:
    def __init__(self, crawler):
        settings = crawler.settings
        if not settings.getbool("RETRY_ENABLED"):
            raise NotConfigured
        self.stats = crawler.stats
        self.max_retry_times = settings.getint("RETRY_TIMES")
        self.retry_http_codes = {int(x) for x in settings.getlist("RETRY_HTTP_CODES")}
        self.exceptions = tuple(
            load_object(x) if isinstance(x, str) else x for x in settings.getlist("RETRY_EXCEPTIONS")
        )
        self.base = settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("NEWSCRAWL_RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("NEWSCRAWL_RETRY_AFTER_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _will_retry(self, request):
        if request.meta.get("dont_retry"):
            return False
        attempts = request.meta.get("retry_times", 0)
        return attempts < request.meta.get("max_retry_times", self.max_retry_times)

    def _backoff(self, request):
        attempt = request.meta.get("retry_times", 0)
        delay = min(self.cap, self.base * (2**attempt))
        return delay * random.uniform(0.5, 1.0)

    async def process_response(self, request, response, spider=None):
        if response.status not in self.retry_http_codes or not self._will_retry(request):
            return response
        delay = None
        if response.status in (429, 503):
            delay = retry_after_seconds(response.headers.get("Retry-After"))
            if delay is not None:
                self.stats.inc_value("newscrawl/retry_after/honoured")
                if delay > self.retry_after_max:
                    self.stats.inc_value("newscrawl/retry_after/too_long")
                    logger.warning(
                        "%s asks to retry after %.0fs (more than %.0fs); giving up on it in this run: %s",
                        response.status,
                        delay,
                        self.retry_after_max,
                        request.url,
                    )
                    request.meta["dont_retry"] = True
                    return response
        if delay is None:
            delay = self._backoff(request)
        await self._wait(delay, f"http_{response.status}")
        return response

    async def process_exception(self, request, exception, spider=None):
        if isinstance(exception, self.exceptions) and self._will_retry(request):
            await self._wait(self._backoff(request), type(exception).__name__)
        return None

    async def _wait(self, delay, reason):
        if delay > 0:
            self.stats.inc_value("newscrawl/retry_backoff/count")
            self.stats.inc_value("newscrawl/retry_backoff/seconds", round(delay, 3))
            logger.debug("Waiting %.2fs before retrying (%s)", delay, reason)
            await sleep(delay)
