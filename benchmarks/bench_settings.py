"""The project's settings plus what the benchmark needs to read a crawl from outside.

Used as SCRAPY_SETTINGS_MODULE for the benchmark's `scrapy crawl` runs, so the crawler under test
is the real `scrapy crawl t3n` with every project setting, pipeline and extension it has; the
benchmark only adds the floor spider and an extension that writes the final stats to a file.
Throughput settings (no throttle, concurrency) are passed with `-s` on the command line.
"""

from newscrawl import settings as _project
from newscrawl.settings import *  # noqa: F403

SPIDER_MODULES = [*_project.SPIDER_MODULES, "benchmarks.floor_spider"]
EXTENSIONS = {**getattr(_project, "EXTENSIONS", {}), "benchmarks.statsfile.StatsFile": 0}
