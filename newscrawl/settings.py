"""Settings for newscrawl: polite defaults for the real t3n.de.

Start from Scrapy's project template; every non-obvious setting has a one-line reason and a link.
Local test runs against the offline replica override the politeness on the command line
(``-s DOWNLOAD_DELAY=0 -s AUTOTHROTTLE_ENABLED=False``).
"""

from newscrawl import __version__
from newscrawl.items import ARTICLE_FIELDS

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"
# Custom commands (e.g. `scrapy dataset`): https://docs.scrapy.org/en/latest/topics/commands.html#custom-project-commands
COMMANDS_MODULE = "newscrawl.commands"

# Identify ourselves with a contact address the site can use.
NEWSCRAWL_CONTACT_URL = "https://github.com/newscrawl/newscrawl"
USER_AGENT = f"newscrawl/{__version__} (+{NEWSCRAWL_CONTACT_URL})"

# Politeness: robots.txt, one or two requests at a time, AutoThrottle adapts to the server.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# Bad input must not stall or sink a run: bounded pages, bounded waits, a few retries.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# Where crawl state (SQLite, lock, run history) lives; every state file goes here.
STATE_DIR = ".state"

ITEM_PIPELINES = {
    "newscrawl.pipelines.AdBlockPipeline": 100,
    "newscrawl.pipelines.ValidationPipeline": 200,
    "newscrawl.pipelines.DedupePipeline": 300,
}

# Output through feed exports: a new dated JSON Lines file per run, fixed field order.
# `-o` / `-O` on the command line replace this, as Scrapy users expect.
FEEDS = {
    "data/%(name)s/%(time)s.jsonl": {"format": "jsonlines", "encoding": "utf8"},
}
FEED_EXPORT_FIELDS = ARTICLE_FIELDS
FEED_EXPORT_ENCODING = "utf-8"
FEED_STORE_EMPTY = True
# Analyst formats (newscrawl/exporters.py): `-O articles.csv` flattens lists, `-O x.parquet` is typed.
# https://docs.scrapy.org/en/latest/topics/feed-exports.html#feed-exporters
FEED_EXPORTERS = {
    "csv": "newscrawl.exporters.ArticleCsvItemExporter",
    "parquet": "newscrawl.exporters.ParquetItemExporter",
}
# A self-contained HTML report beside each local feed file (<feed>.report.html), see newscrawl/report.py.
EXTENSIONS = {"newscrawl.report.RunReport": 500}
NEWSCRAWL_REPORT_ENABLED = True
# The item contract as JSON Schema, for spidermon's ItemValidationPipeline (an object path, so it
# also works from a scrapyd egg): https://spidermon.readthedocs.io/en/latest/item-validation.html
SPIDERMON_VALIDATION_SCHEMAS = ["newscrawl.schemas.ARTICLE_ITEM_SCHEMA"]

# Development only: `-s HTTPCACHE_ENABLED=True` replays pages from .scrapy/httpcache instead of
# hitting the site again. Never on in cron runs (it would hide new articles).
HTTPCACHE_ENABLED = False

LOG_LEVEL = "INFO"
