"""A log a person reads: one line where a traceback says nothing more.

* **Network failures.** When the site cannot be reached (no DNS, connection refused, a timeout),
  Scrapy's downloader middlewares and scraper log a failed request at ERROR with the whole
  traceback of Twisted's and Scrapy's download stack: forty lines that say "the network failed"
  and look like a crash. The record keeps its level, logger, message and URL; the traceback
  becomes the exception's own one-line message.
* **Failed monitors.** spidermon reports each failed monitor as a unittest failure, traceback
  and all; the monitor's name and its message are what matter (the verdict line of
  ``run/status.py`` repeats them), so that is what is logged.

Any other exception keeps its traceback: that one is a bug. Logging filters are what fits: the
lines come from Scrapy's and spidermon's own components, which offer no setting for them
(``LOG_FORMATTER`` covers only the crawled/scraped/dropped messages).
"""

from __future__ import annotations

import logging
import re
import warnings

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import CannotResolveHostError, NotConfigured
from twisted.internet import error as twisted_errors
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

NETWORK_FAILURES: tuple[type[BaseException], ...] = (
    CannotResolveHostError,
    twisted_errors.DNSLookupError,
    twisted_errors.ConnectError,
    twisted_errors.ConnectionLost,
    twisted_errors.TimeoutError,
    twisted_errors.TCPTimedOutError,
    ResponseNeverReceived,
    ResponseFailed,
    TimeoutError,
    ConnectionError,
)


# spidermon 1.27 logs through Spider.log(), which Scrapy 2.19 deprecates: a warning per run that
# the operator can do nothing about.
warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated", module="spidermon")
# spidermon's report of a failed monitor: "FAIL: <monitor>", a separator, then the traceback.
_MONITOR_FAILURE = re.compile(r"(?P<status>FAIL|ERROR): (?P<name>[^\n]+)\n-+\n.*\n(?P<error>\w+: [^\n]*)\s*$", re.S)


class OneLine(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], NETWORK_FAILURES):
            exc = record.exc_info[1]
            message = record.getMessage()
            record.msg = message if str(exc) in message else f"{message}: {type(exc).__name__}: {exc}"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        elif record.levelno >= logging.ERROR and "[Spidermon]" in str(record.msg) and "Traceback" in str(record.msg):
            found = _MONITOR_FAILURE.search(record.getMessage())
            if found:
                record.msg = f"[Spidermon] {found['status']}: {found['name']}: {found['error']}"
                record.args = None
        return True


class LogLines:
    """Extension: installs ``OneLine`` on the root handlers for the crawl."""

    def __init__(self) -> None:
        self.filter = OneLine()
        self.handlers: list[logging.Handler] = []

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LogLines:
        if not crawler.settings.getbool("NEWSCRAWL_ONE_LINE_LOGS", True):
            raise NotConfigured
        ext = cls()
        # Scrapy installs the root handler for the crawl after building the extensions, so the
        # filter goes on once the engine runs (before robots.txt or any page is requested).
        crawler.signals.connect(ext.install, signal=signals.engine_started)
        crawler.signals.connect(ext.uninstall, signal=signals.engine_stopped)
        return ext

    def install(self) -> None:
        self.handlers = list(logging.getLogger().handlers)
        for handler in self.handlers:
            handler.addFilter(self.filter)

    def uninstall(self) -> None:
        for handler in self.handlers:
            handler.removeFilter(self.filter)
