"""Extension: at spider close, write the crawl stats, the process's peak RSS and CPU time to JSON,
with RSS over items crawled (a sample every ``BENCH_RSS_INTERVAL`` seconds, default 1).

Enabled by ``benchmarks.bench_settings``; the file name comes from ``-s BENCH_STATS_FILE=...``.
"""

import json
import os
import resource
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task


class StatsFile:
    def __init__(self, crawler, path):
        self.crawler = crawler
        self.path = path
        self.first_response = None
        self.last_response = None
        self.started = time.monotonic()
        self.timeline = []  # [seconds, items scraped, responses, RSS KB]
        self.sampler = task.LoopingCall(self.sample)

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("BENCH_STATS_FILE")
        if not path:
            raise NotConfigured("BENCH_STATS_FILE not set")
        ext = cls(crawler, path)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        # Written when the engine has stopped: the feeds are stored, the manifest hashed, the state
        # committed by then, so the peak RSS includes the end of the run.
        crawler.signals.connect(ext.spider_closed, signal=signals.engine_stopped)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        ext.interval = crawler.settings.getfloat("BENCH_RSS_INTERVAL", 1.0)
        return ext

    def spider_opened(self, spider):
        self.sampler.start(self.interval, now=True)

    def sample(self):
        stats = self.crawler.stats
        self.timeline.append(
            [
                round(time.monotonic() - self.started, 2),
                stats.get_value("item_scraped_count", 0),
                stats.get_value("response_received_count", 0),
                _status_kb("VmRSS:"),
            ]
        )

    def response_received(self, response, request, spider):
        now = time.monotonic()
        if self.first_response is None:
            self.first_response = now
        self.last_response = now

    def spider_closed(self):
        reason = self.crawler.stats.get_value("finish_reason")
        if self.sampler.running:
            self.sampler.stop()
        self.sample()
        stats = dict(self.crawler.stats.get_stats())
        usage = resource.getrusage(resource.RUSAGE_SELF)
        out = {
            "reason": reason,
            "stats": stats,
            # ru_maxrss is no good for a child: Linux carries the parent's peak across exec. VmHWM
            # is this process's own peak (the benchmark also polls the RSS from outside).
            "vmhwm_kb": _vmhwm_kb(),
            "ru_maxrss_kb": usage.ru_maxrss,  # Linux: kilobytes, includes the parent's peak at fork
            "cpu_user_s": usage.ru_utime,
            "cpu_system_s": usage.ru_stime,
            "first_to_last_response_s": (self.last_response - self.first_response)
            if self.first_response is not None
            else None,
            "pid": os.getpid(),
            "rss_timeline": self.timeline,
        }
        with open(self.path, "w", encoding="utf-8") as fh:
            json.dump(out, fh, default=str, indent=1, sort_keys=True)


def _vmhwm_kb():
    return _status_kb("VmHWM:")


def _status_kb(key):
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(key):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None
