"""Settings for newscrawl: polite defaults for the real t3n.de.

Start from Scrapy's project template; every non-obvious setting has a one-line reason and a link.
Local test runs against the offline replica override the politeness on the command line
(``-s DOWNLOAD_DELAY=0 -s AUTOTHROTTLE_ENABLED=False``).
"""

from newscrawl.identity import user_agent
from newscrawl.items import ARTICLE_FIELDS

BOT_NAME = "newscrawl"
SPIDER_MODULES = ["newscrawl.spiders"]
NEWSPIDER_MODULE = "newscrawl.spiders"
# Custom commands (e.g. `scrapy dataset`): https://docs.scrapy.org/en/latest/topics/commands.html#custom-project-commands
COMMANDS_MODULE = "newscrawl.commands"

# Identify ourselves with a contact address the site can use: operators set their own
# (`-s NEWSCRAWL_CONTACT_URL=https://example.org/crawler`; the User-Agent follows, newscrawl/identity.py).
NEWSCRAWL_CONTACT_URL = "https://github.com/newscrawl/newscrawl"
USER_AGENT = user_agent(BOT_NAME, NEWSCRAWL_CONTACT_URL)
# robots.txt groups are matched on our own token alone (not on words of the contact URL).
ROBOTSTXT_USER_AGENT = BOT_NAME

# Politeness: robots.txt, one or two requests at a time, AutoThrottle adapts to the server.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1
AUTOTHROTTLE_MAX_DELAY = 30
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
# t3n.de's consent layer (Sourcepoint): off by default. An operator who has agreed to the site's
# terms may send the consent cookies a public site config uses, e.g.
# "_sp_v1_consent=1!0:-1:-1:-1:-1:-1; t3n_consent=8", with every request (docs/operators.md "Consent cookies").
NEWSCRAWL_CONSENT_COOKIES = ""
TELNETCONSOLE_ENABLED = False

# Bad input must not stall or sink a run: bounded pages, bounded waits, a few retries.
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
# A page this close to DOWNLOAD_MAXSIZE is no article page (real ones are ~320 KB): refused as
# bad input "near_size_limit". Bodies, titles and leads beyond any real article are dropped too
# (pipelines.ValidationPipeline: implausible_body / _title / _lead).
NEWSCRAWL_NEAR_SIZE_LIMIT = 0.9
NEWSCRAWL_MAX_BODY_CHARS = 300_000
NEWSCRAWL_MAX_TITLE_CHARS = 500
NEWSCRAWL_MAX_LEAD_CHARS = 3_000
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# A URL given up after its retries is counted and fetched again by the next run: a warning, not an error.
RETRY_GIVE_UP_LOG_LEVEL = "WARNING"
# Wait before each retry (Scrapy retries at once and ignores Retry-After): newscrawl/middlewares.py.
DOWNLOADER_MIDDLEWARES = {"newscrawl.middlewares.RetryBackoffMiddleware": 560}
NEWSCRAWL_RETRY_BACKOFF_BASE = 1.0  # seconds before the 1st retry, doubled for each further one
NEWSCRAWL_RETRY_BACKOFF_MAX = 30.0  # never wait longer than this between retries
# Scrapy's duplicate filter, minus a fingerprint per article page (the spider requests each id once).
DUPEFILTER_CLASS = "newscrawl.dupefilter.ArticleDupeFilter"
NEWSCRAWL_RETRY_AFTER_MAX = 60.0  # a longer Retry-After: give the URL up, the next run gets it
# robots.txt Crawl-delay as the minimum delay per site (newscrawl/run/crawl_delay.py),
# capped; an explicit `-s DOWNLOAD_DELAY=0` on the command line (the offline replica) wins.
NEWSCRAWL_OBEY_CRAWL_DELAY = True
NEWSCRAWL_CRAWL_DELAY_MAX = 30.0

# Sitemaps (newscrawl/pages/sitemaps.py): bounded like any page; a gzipped one is gunzipped up to
# this size, and at most this many entries of one file are read (the protocol's limits: 50 MB, 50,000).
NEWSCRAWL_SITEMAP_MAXSIZE = DOWNLOAD_MAXSIZE
NEWSCRAWL_SITEMAP_MAX_ENTRIES = 50_000

# Where crawl state (SQLite, lock, run history) lives; every state file goes here.
STATE_DIR = ".state"
# An article that was fetched but unusable (advertorial, no body, not HTML) is looked at again after this.
NEWSCRAWL_RECHECK_DROPPED_HOURS = 24
# Exit status of a run whose verdict is "sick" (0 turns it off; the verdict is in STATE_DIR/last_run.json).
NEWSCRAWL_SICK_EXIT_CODE = 3

ITEM_PIPELINES = {
    "newscrawl.pipelines.AdBlockPipeline": 100,
    "newscrawl.pipelines.ValidationPipeline": 200,
    "newscrawl.pipelines.DedupePipeline": 300,
    # change / revision / content_hash / first_seen; drops updates whose content did not change
    "newscrawl.pipelines.StatePipeline": 400,
    # validates what is exported against newscrawl/schemas/article.json (counted for the monitors):
    # spidermon's pipeline with the schema compiled once (newscrawl/validation.py)
    "newscrawl.validation.ItemValidationPipeline": 800,
}

# Feed files appear complete or not at all (temp file, fsync, rename) for the dated default, -o and -O.
FEED_STORAGES = {
    "": "newscrawl.feedstorage.AtomicFileFeedStorage",
    "file": "newscrawl.feedstorage.AtomicFileFeedStorage",
}
# Output through feed exports: a new dated JSON Lines file per run, fixed field order.
# `-o` / `-O` on the command line replace this, as Scrapy users expect (see T3nSpider.update_settings).
NEWSCRAWL_DEFAULT_FEEDS = {
    "data/%(name)s/%(time)s.jsonl": {"format": "jsonlines", "encoding": "utf8"},
}
FEEDS: dict[str, dict] = {}  # the spider applies NEWSCRAWL_DEFAULT_FEEDS when the command line names no feed
# A backfill (-a since=… or -a full=1) writes its feed in batches of this many items, each recorded
# in the state once stored, so a kill costs at most one batch (newscrawl/run/backfill.py); the
# dated default feed gets the batch id in its name. FEED_EXPORT_BATCH_ITEM_COUNT, when set, wins; 0: off.
NEWSCRAWL_BACKFILL_BATCH_ITEMS = 1000
FEED_EXPORT_FIELDS = ARTICLE_FIELDS
FEED_EXPORT_ENCODING = "utf-8"
FEED_STORE_EMPTY = True
# Analyst formats (newscrawl/exporters.py): `-O articles.csv` flattens lists, `-O x.parquet` is typed.
# https://docs.scrapy.org/en/latest/topics/feed-exports.html#feed-exporters
FEED_EXPORTERS = {
    "csv": "newscrawl.exporters.ArticleCsvItemExporter",
    "parquet": "newscrawl.exporters.ParquetItemExporter",
}
# A web archive of every article page fetched (newscrawl/archive.py, issue 10): one WARC file per
# run, <run start>.warc.gz, gzip per record, with an index beside it; listed in the run's manifest
# (<feed folder>/manifests/<run id>.json, newscrawl/run/status.py).
# Empty turns it off. `-s NEWSCRAWL_REPLAY=DIR` crawls an archive instead of the site.
ADDONS = {"newscrawl.archive.addon.ArchiveAddon": 100}  # https://docs.scrapy.org/en/latest/topics/addons.html
NEWSCRAWL_ARCHIVE_DIR = "%(feed_dir)s/archive"  # beside the feed: data/t3n/archive/ for the dated default feed
NEWSCRAWL_ARCHIVE_LISTINGS = False  # also home, listing, feed and robots.txt responses (a complete replay)
NEWSCRAWL_ARCHIVE_GZIP_LEVEL = (
    2  # ISA-L (isal) level 0-3 per record: ~0.4 ms a 300 KB page (zlib 3: 2 ms, warcio's 9: 10 ms)
)
NEWSCRAWL_ARCHIVE_BUFFER_MB = (
    64  # pages the writer process has not taken yet wait in memory up to this, then the crawl waits
)
NEWSCRAWL_ARCHIVE_KEEP_DAYS = 0  # > 0: each run deletes archive files older than this (0 keeps all)
NEWSCRAWL_REPLAY = ""
# A self-contained HTML report beside each local feed file (<feed file>.report.html, verdict first),
# see newscrawl/report.py.
EXTENSIONS = {
    # every article outcome (item, rejection, drop, export) counted, logged and staged in one place
    "newscrawl.outcomes.OutcomeRecorder": 50,
    # one log line, not a traceback, for a site that cannot be reached and for a failed monitor
    "newscrawl.run.log_lines.LogLines": 5,
    "newscrawl.report.RunReport": 500,
    # a progress line (pages, rate, queue, ETA) on a terminal; silent under cron/scrapyd/CI
    "newscrawl.progress.CrawlProgress": 510,
    # one run per STATE_DIR (a lock of a killed run never blocks); checks STATE_DIR / output folders
    "newscrawl.run.lock.RunLock": 10,
    # state commit after the feeds are stored, verdict, report, manifests/<run id>.json, last_run.json, exit status
    "newscrawl.run.status.RunStatus": 900,
    "newscrawl.run.crawl_delay.RobotsCrawlDelay": 600,
    "spidermon.contrib.scrapy.extensions.Spidermon": 800,
}
NEWSCRAWL_REPORT_ENABLED = True
# The item contract as JSON Schema, for spidermon's ItemValidationPipeline (an object path, so it
# also works from a scrapyd egg): https://spidermon.readthedocs.io/en/latest/item-validation.html
SPIDERMON_VALIDATION_SCHEMAS = ["newscrawl.schemas.ARTICLE_ITEM_SCHEMA"]

# Run monitors (newscrawl/monitors.py): a sick run exits with NEWSCRAWL_SICK_EXIT_CODE and says why
# in STATE_DIR/last_run.json. https://spidermon.readthedocs.io/en/latest/settings.html
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ["newscrawl.monitors.RunMonitorSuite"]
SPIDERMON_ADD_FIELD_COVERAGE = True
SPIDERMON_FIELD_COVERAGE_SKIP_IF_NO_ITEM = True  # an incremental run with nothing new is fine
SPIDERMON_FIELD_COVERAGE_SKIP_NONE = True  # a field that is null is not covered (spidermon counts it by default)
SPIDERMON_FIELD_COVERAGE_RULES = {  # share of items with the field filled, per run
    "Article/title": 1.0,
    "Article/body": 1.0,
    "Article/url": 1.0,
    "Article/published": 0.95,
    "Article/lead": 0.8,
    "Article/authors": 0.7,
    "Article/section": 0.7,
    "Article/image": 0.5,
}
NEWSCRAWL_COVERAGE_MIN_ITEMS = 10  # fewer items: the fixed rules above are not judged
NEWSCRAWL_BASELINE_RUNS = 5  # the rolling baseline: pooled coverage of the last good runs
NEWSCRAWL_COVERAGE_TOLERANCE = 0.1  # a drop smaller than this is never sick
NEWSCRAWL_BASELINE_ALPHA = 0.01  # ... and a larger one only when this unlikely as noise
SPIDERMON_MAX_ITEM_VALIDATION_ERRORS = 0  # every exported record matches the schema
SPIDERMON_MAX_ERRORS = 0  # an ERROR log line is a bug or a failed feed: look at it
SPIDERMON_MAX_RETRIES = 100
SPIDERMON_EXPECTED_FINISH_REASONS = ["finished"]
NEWSCRAWL_MAX_FAILED_SHARE = 0.2  # articles that failed after retries or were unusable, of those seen
# Clue checks (pages/clues.py, monitors.ClueCheckMonitor): sick when a field's clues disagree
# (differ + overruled) on more than this share of the pages, or when the layouts' own markup
# answers title/lead/body on fewer than NEWSCRAWL_MARKUP_MIN_SHARE of them; judged from this many pages.
NEWSCRAWL_CLUE_DISAGREE_MAX_SHARE = 0.2
NEWSCRAWL_MARKUP_FIELDS = ["title", "lead", "body"]
NEWSCRAWL_MARKUP_MIN_SHARE = 0.5
NEWSCRAWL_CLUE_MIN_PAGES = 3

# Development only: `-s HTTPCACHE_ENABLED=True` replays pages from .scrapy/httpcache instead of
# hitting the site again. Never on in cron runs (it would hide new articles).
HTTPCACHE_ENABLED = False

LOG_LEVEL = "INFO"
