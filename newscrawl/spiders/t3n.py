"""The t3n spider: navigation only.

It decides what to fetch next (the sitemaps robots.txt names, home page, news listing, topic
pages found in the site's own navigation, the RSS feed, article pages and their later pages) and
hands each page to the page modules (newscrawl/pages/t3n/ hold every t3n selector,
newscrawl/pages/sitemaps.py reads sitemaps); article pages go through newscrawl/extract.py
(page(s) -> item), the step `scrapy reextract` shares.
"""

import functools
import inspect
from urllib.parse import urljoin, urlsplit

import scrapy
from lxml import etree
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.defer import Deferred

from newscrawl import extract, identity, outcomes
from newscrawl import state as crawl_state
from newscrawl.args import SpiderArgs
from newscrawl.dupefilter import ID_DEDUPED
from newscrawl.extract import ArticleReading, Limits, Rejection
from newscrawl.idset import IdSet
from newscrawl.outcomes import rejection_for_failure
from newscrawl.pages import sitemaps
from newscrawl.pages.t3n import XML_ENTITY_DECL, T3nListingPage, read_feed, sitemap_articles
from newscrawl.processors import parse_iso, same_site, strip_tracking, to_iso8601
from newscrawl.run import backfill

# Scheduling order: start pages, then a half-merged multi-page article, then articles, then the
# next listing pages.
START_PRIORITY, LATER_PAGE_PRIORITY, ARTICLE_PRIORITY, LISTING_PRIORITY = 10, 9, 8, 5
SITEMAP_PRIORITY = 12  # the sitemaps robots.txt names (and their members) before anything else
MAX_SITEMAP_DEPTH = 2  # robots.txt -> index -> member (-> a member that is an index itself)


def guarded(callback):
    """No exception escapes a callback: the recorder counts and logs it with the URL (and, for an
    article, stages it to be fetched again), and the run goes on. (Scrapy would log and count it
    too, but as a traceback; a crawl of a changing site should say "this page could not be read"
    and move on.)"""

    @functools.wraps(callback)
    def wrapper(self, response, *args, **kwargs):
        try:
            result = callback(self, response, *args, **kwargs)
            if inspect.isgenerator(result):
                result = list(result)
            return result
        except Exception as exc:
            self.recorder.callback_failed(response, callback.__name__, exc)
            return None

    return wrapper


class T3nSpider(scrapy.Spider):
    name = "t3n"
    arguments = SpiderArgs  # `-a` arguments: checked by `scrapy crawl` before the crawl starts, listed by -a help=1

    @classmethod
    def update_settings(cls, settings):
        """The dated default feed, only when the command line names none.

        Scrapy 2.19 merges `-o`/`-O` into the project's FEEDS instead of replacing them, so the
        default lives in NEWSCRAWL_DEFAULT_FEEDS and is applied here, after the command line.
        """
        super().update_settings(settings)
        identity.apply(settings)
        if not settings.getdict("FEEDS"):
            feeds = settings.getdict("NEWSCRAWL_DEFAULT_FEEDS")
            if settings.getint("FEED_EXPORT_BATCH_ITEM_COUNT"):  # Scrapy wants a batch id in each name
                feeds = {uri.replace("%(time)s", "%(time)s-%(batch_id)04d"): opts for uri, opts in feeds.items()}
            settings.set("FEEDS", feeds, priority="spider")
        cookies = settings.get("NEWSCRAWL_CONSENT_COOKIES")
        if cookies:  # the operator's choice (docs/operators.md "Consent cookies"): a fixed Cookie header, COOKIES_ENABLED stays off
            headers = dict(settings.getdict("DEFAULT_REQUEST_HEADERS"), Cookie=cookies)
            settings.set("DEFAULT_REQUEST_HEADERS", headers, priority="spider")

    def __init__(self, *args, **kwargs):
        self.args = SpiderArgs.parse(kwargs)  # clear error on bad arguments, before any request
        for key in SpiderArgs.names():
            kwargs.pop(key, None)
        super().__init__(*args, **kwargs)
        self.base_url = self.args.base_url
        self.allowed_domains = [self.args.host]
        self.topics_seen = set()
        self.article_ids_requested = IdSet()
        self.article_ids_skipped = IdSet()  # known from the crawl state: not fetched this run
        self.sitemaps_requested = set()
        self.sitemap_index_seen = False  # the site has a sitemap index: a backfill walks it
        self._robots = Deferred()  # fires with the robots.txt body (or None) once it was read
        self._sitemaps_open = 0  # sitemaps named by robots.txt not answered yet
        self._sitemaps_answered = Deferred()
        self.resume = {}  # backfill: section -> last listing page its killed walk finished
        self.plan: backfill.PlanLog | None = None  # what the run reads, told in the log (from_crawler)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.offsite_article, signal=signals.request_scheduled)
        crawler.signals.connect(spider.robots_read, signal=signals.response_received)
        spider.plan = backfill.PlanLog(crawler, spider.args, spider.logger)
        return spider

    def robots_read(self, response, request, spider):
        """The first response of the run is robots.txt (RobotsTxtMiddleware fetches it before
        anything else): its body holds the Sitemap: lines. Any other response first means
        robots.txt could not be read."""
        if self._robots.called or not self.settings.getbool("ROBOTSTXT_OBEY"):
            return
        if request.meta.get("dont_obey_robotstxt") and urlsplit(request.url).path == "/robots.txt":
            self._robots.callback(response.body if response.status == 200 else None)
        else:
            self._robots.callback(None)

    def offsite_article(self, request, spider):
        """An article that redirects to another host is dropped by Scrapy's offsite filter (at
        scheduling, without an errback): recorded as bad input, or every run would fetch it again."""
        article_id = (request.cb_kwargs or {}).get("article_id")
        if article_id and not same_site(request.url, self.base_url):
            origin = (request.meta.get("redirect_urls") or [request.url])[0]
            self.recorder.reject(origin, article_id, Rejection.of("offsite_redirect", f"redirects to {request.url}"))
            # Dropped here too: a retried request carries dont_filter=True, which its redirect
            # keeps, and Scrapy's offsite filter lets such requests through to the other host.
            raise IgnoreRequest(f"article {article_id} redirects to another host: {request.url}")

    # --- start -------------------------------------------------------------------------------

    async def start(self):
        """The feed and the sitemaps first (they name the newest articles, with dates), then the
        home page and the listings. With `since`, the listings wait until the sitemaps robots.txt
        names have answered: a site with a sitemap index is backfilled from it, not by walking
        hundreds of listing pages."""
        base = self.base_url
        self.plan.started(first_run=self.state.known_count() == 0 and not self.state.sitemaps())
        resumed = list(self.resumed_walks())  # before any listing request: they depend on it
        home = scrapy.Request(f"{base}/", callback=self.parse_home, priority=START_PRIORITY, errback=self.start_failed)
        if self.args.sections is None or self.args.wants("news"):
            self.crawler.stats.inc_value("newscrawl/source_links/rss", 0)
            yield scrapy.Request(
                f"{base}/rss.xml",
                callback=self.parse_feed,
                priority=START_PRIORITY,
                errback=self.start_failed,
                cb_kwargs={"section": "all"},
            )
        else:
            yield home
            home = None
        if not self.settings.getbool("ROBOTSTXT_OBEY"):  # nobody else reads robots.txt then
            yield scrapy.Request(
                f"{base}/robots.txt",
                callback=self.parse_robots,
                errback=self.start_failed,
                priority=SITEMAP_PRIORITY,
                meta={"dont_obey_robotstxt": True},
            )
        # RobotsTxtMiddleware fetches robots.txt before the first request above goes out.
        robots = await maybe_deferred_to_future(self._robots)
        for request in self.robots_sitemap_requests(robots):
            yield request
        if self.args.since and self._sitemaps_open:
            await maybe_deferred_to_future(self._sitemaps_answered)
        if home is not None:
            yield home
        if self.args.wants("news"):
            yield self.listing_request(f"{base}/news/", "news", 1)
        for section, page, url in resumed:
            self.logger.info(
                "Backfill of %r resumes after listing page %d (finished by an earlier run): %s", section, page - 1, url
            )
            yield self.listing_request(url, section, page, walk=True)
        for article_id, url in self.state.failed_articles():  # given up last time: again first
            if url and same_site(url, self.base_url) and article_id not in self.article_ids_requested:
                self.article_ids_requested.add(article_id)
                self.crawler.stats.inc_value("newscrawl/articles_seen/retry")
                yield self.article_request(url, article_id)

    def start_failed(self, failure):
        """The feed or the home page failed after its retries: counted and logged in one line
        (a site that answers nothing at all makes the run sick through ArticlesMonitor), and
        robots.txt is not waited for any longer."""
        if not self._robots.called:
            self._robots.callback(None)
        response = getattr(failure.value, "response", None)
        reason = (
            f"http_{response.status}" if response is not None else (failure.type.__name__ if failure.type else "error")
        )
        self.crawler.stats.inc_value(f"newscrawl/start_failed/{reason}")
        self.logger.warning("Start page failed (%s): %s: %s", reason, failure.request.url, failure.getErrorMessage())

    def parse_robots(self, response):
        """robots.txt read by ourselves (ROBOTSTXT_OBEY off): only for its Sitemap: lines."""
        if not self._robots.called:
            self._robots.callback(response.body if response.status == 200 else None)

    # --- sitemaps ----------------------------------------------------------------------------

    def robots_sitemap_requests(self, robots_body):
        """The sitemaps robots.txt names (on this site): read every run, like the feed."""
        for door in ("sitemap", "sitemap_news"):  # tried: a door that yielded before and not now is named
            self.crawler.stats.inc_value(f"newscrawl/source_links/{door}", 0)
        if robots_body is None:
            return
        for url in sitemaps.robots_sitemap_urls(robots_body, f"{self.base_url}/robots.txt"):
            request = self.sitemap_request(url, depth=0)
            if request is not None:
                self._sitemaps_open += 1
                yield request

    def sitemap_request(self, url, depth, lastmod=None):
        url = strip_tracking(url)
        if not same_site(url, self.base_url):
            self.crawler.stats.inc_value("newscrawl/sitemap/offsite")
            self.logger.warning("Sitemap on another host ignored: %s", url)
            return None
        if url in self.sitemaps_requested:
            return None
        self.sitemaps_requested.add(url)
        return scrapy.Request(
            url,
            callback=self.parse_sitemap,
            errback=self.sitemap_failed,
            priority=SITEMAP_PRIORITY,
            cb_kwargs={"depth": depth, "lastmod": lastmod},
        )

    def sitemap_answered(self, depth):
        if depth == 0:
            self._sitemaps_open -= 1
            if self._sitemaps_open <= 0 and not self._sitemaps_answered.called:
                self._sitemaps_answered.callback(None)

    def parse_sitemap(self, response, depth, lastmod):
        try:
            yield from self._parse_sitemap(response, depth, lastmod) or ()
        finally:
            self.sitemap_answered(depth)

    @guarded
    def _parse_sitemap(self, response, depth, lastmod):
        settings = self.settings
        try:
            found, warned = sitemaps.read_response(
                response,
                settings.getint("NEWSCRAWL_SITEMAP_MAXSIZE"),
                settings.getint("DOWNLOAD_WARNSIZE"),
                settings.getint("NEWSCRAWL_SITEMAP_MAX_ENTRIES"),
            )
        except sitemaps.SitemapError as exc:
            return self.bad_input(response, f"sitemap_{exc.reason}", exc)
        self.crawler.stats.inc_value("newscrawl/sitemap/files")
        if warned:
            self.logger.warning("Sitemap %s is larger than DOWNLOAD_WARNSIZE after gunzip", response.url)
        if found.truncated:
            self.bad_input(response, "sitemap_entry_limit")
        if found.kind == "index":
            return self.sitemap_index(response, found, depth)
        return self.sitemap_urlset(response, found, depth, lastmod)

    def sitemap_index(self, response, found, depth):
        """The members to read this run: on the first visit of the index its newest member only
        (a backfill is asked for with since= or full=1), later the new ones and those whose
        <lastmod> moved (sitemaps.members_to_read)."""
        stats = self.crawler.stats
        self.sitemap_index_seen = True
        stats.inc_value("newscrawl/source_links/sitemap", len(found.entries))
        if depth + 1 > MAX_SITEMAP_DEPTH:
            return self.bad_input(response, "sitemap_too_deep")
        recorded = self.state.sitemaps()
        first_visit = not self.args.backfill_asked and sitemaps.new_index(found.entries, recorded)
        read, noted = sitemaps.members_to_read(found.entries, recorded, since=self.args.since, full=self.args.full)
        for member in noted:
            self.state.note_sitemap(member.loc, member.lastmod)
        stats.inc_value("newscrawl/sitemap/members_unchanged", len(found.entries) - len(read) - len(noted))
        stats.inc_value("newscrawl/sitemap/members_noted", len(noted))
        requests = [self.sitemap_request(urljoin(response.url, m.loc), depth + 1, m.lastmod) for m in read]
        requests = [r for r in requests if r is not None]
        if first_visit and noted:
            stats.inc_value("newscrawl/sitemap/members_left_for_backfill", len(noted))
        self.plan.index_read(response.url, found.entries, read, noted, len(requests), first_visit)
        return requests

    def sitemap_urlset(self, response, found, depth, lastmod):
        """Its article URLs, the <lastmod> / publication date as the hint of a newer version."""
        source = "sitemap_news" if found.kind == "news" else "sitemap"
        articles, others = sitemap_articles(found.entries, response.url)
        self.crawler.stats.inc_value("newscrawl/sitemap/not_articles", others)
        if self.args.since:  # a backfill: what is older than its day, unless we know it
            older = {
                aid
                for aid, (_, dates) in articles.items()
                if self._older_than_since(dates) and self.state.get(aid) is None
            }
            self.crawler.stats.inc_value("newscrawl/sitemap/older_than_since", len(older))
            articles = {aid: v for aid, v in articles.items() if aid not in older}
        self.crawler.stats.inc_value(f"newscrawl/source_links/{source}", len(articles))
        requests = list(self.article_requests(articles, source))
        if depth > 0:  # a member of an index: recorded (with its lastmod) once its articles are settled
            self.state.stage_sitemap(response.url, lastmod, {a for a in articles if a in self.article_ids_requested})
            self.plan.member_read(response.url, len(articles), len(requests))
        return requests

    def sitemap_failed(self, failure):
        """A sitemap lost after the retries: not recorded as read, so the next run reads it."""
        request = failure.request
        self.sitemap_answered(request.cb_kwargs.get("depth", 0))
        response = getattr(failure.value, "response", None)
        reason = (
            f"http_{response.status}" if response is not None else (failure.type.__name__ if failure.type else "error")
        )
        if failure.check(IgnoreRequest) and response is None and "robots.txt" in str(failure.value):
            reason = "robots_disallowed"
        self.crawler.stats.inc_value(f"newscrawl/sitemap_failed/{reason}")
        self.logger.warning("Sitemap failed (%s): %s", reason, request.url)

    # --- home --------------------------------------------------------------------------------

    @guarded
    def parse_home(self, response):
        """Topic pages from the site's own navigation, and the articles the home page shows."""
        if not isinstance(response, TextResponse):
            return self.bad_input(response, "not_html")
        page = T3nListingPage(response, extract.page_tree(response))
        for topic, url in page.topic_urls().items():
            if same_site(url, self.base_url) and self.args.wants(topic) and topic not in self.topics_seen:
                self.topics_seen.add(topic)
                self.crawler.stats.inc_value("newscrawl/topics_discovered")
                yield self.listing_request(url, topic, 1)
        for name in self.args.missing_sections(self.topics_seen):
            self.logger.warning("Section %r is not in the site's navigation; trying /tag/%s/", name, name)
            yield self.listing_request(f"{self.base_url}/tag/{name}/", name, 1)
        articles = page.articles()
        self.crawler.stats.inc_value("newscrawl/source_links/listings", len(articles))
        yield from self.article_requests(articles, "home")

    def listing_request(self, url, section, page, walk=None):
        """``walk``: this page belongs to a backfill's resumable listing walk (its pages are
        recorded in the state once their articles are); by default every backfill page does,
        except the catch-up from page 1 of a section whose walk resumes further down."""
        if walk is None:
            walk = self.args.backfill and section not in self.resume
        return scrapy.Request(
            url,
            callback=self.parse_listing,
            errback=self.listing_failed,
            priority=LISTING_PRIORITY,
            cb_kwargs={"section": section, "page": page, "walk": walk},
        )

    def resumed_walks(self):
        """(section, page, url) where each unfinished backfill walk of the listings goes on.

        A backfill's listing pages are recorded per section once all their articles are in the
        state (``walk_units``, walk ``listing:<section>``). The walk resumes after the last page
        of the unbroken run 1…P of recorded pages; a walk whose last page was recorded as its end
        is finished, and a new backfill walks that section from the start.
        """
        if not self.args.backfill or self.args.full:
            return
        for walk in self.state.walks("listing:"):
            section = walk.split(":", 1)[1]
            if not self.args.wants(section):
                continue
            units = self.state.finished_units(walk)
            page = 0
            while str(page + 1) in units:
                page += 1
            next_url = units.get(str(page))
            if page and next_url and same_site(next_url, self.base_url):
                self.resume[section] = page
                yield section, page + 1, next_url
            elif page:  # the walk reached its end last time
                self.state.clear_walk(walk)

    def listing_failed(self, failure):
        """A listing page lost after the retries: the next run walks this section deep again."""
        request = failure.request
        section = request.cb_kwargs.get("section")
        if failure.check(IgnoreRequest) and "robots.txt" in str(failure.value):  # our robots group
            self.crawler.stats.inc_value("newscrawl/robots_disallowed/listing")
            self.logger.info("Listing page disallowed by robots.txt for us: %s", request.url)
            return
        self.crawler.stats.inc_value("newscrawl/listing_failed")
        self.logger.warning("Listing page failed (%s): %s", failure.type.__name__, request.url)
        if section:
            self.state.stage_listing(section, ok=False)

    # --- listings ----------------------------------------------------------------------------

    @guarded
    def parse_listing(self, response, section, page, walk=False):
        if not isinstance(response, TextResponse):
            return self.bad_input(response, "not_html")
        self.crawler.stats.inc_value(f"newscrawl/listing_pages/{section}")
        self.state.stage_listing(section, ok=True)
        listing = T3nListingPage(response, extract.page_tree(response))
        articles = listing.articles()
        self.crawler.stats.inc_value("newscrawl/source_links/listings", len(articles))
        yield from self.article_requests(articles, section)
        next_url = listing.next_page_url(page)
        if next_url and not same_site(next_url, self.base_url):
            next_url = None
        catch_up = section in self.resume and not walk  # the walk itself resumes further down
        if not next_url:
            pass
        elif page >= self.args.max_pages:
            self.crawler.stats.inc_value("newscrawl/pagination_stopped/max_pages")
            next_url = None
        elif catch_up and (page >= self.resume[section] or self._only_known(articles)):
            self.crawler.stats.inc_value("newscrawl/pagination_stopped/resumed_walk")
            next_url = None
        elif (
            not (self.args.full or self.args.backfill)
            and section not in self.state.deep_sections()
            and self._only_known(articles)
        ):
            self.crawler.stats.inc_value("newscrawl/pagination_stopped/known")
            next_url = None
        elif self.args.since and self.sitemap_index_seen:  # the backfill walks the sitemap index
            self.crawler.stats.inc_value("newscrawl/pagination_stopped/sitemap_index")
            next_url = None
        elif self.args.since and self._older_than_since(listing.dates()):
            self.crawler.stats.inc_value("newscrawl/pagination_stopped/since")
            next_url = None
        if walk:  # recorded once its articles are: a killed backfill goes on after it
            ids = [aid for aid, (url, _) in articles.items() if same_site(url, self.base_url)]
            self.state.stage_unit(f"listing:{section}", page, next_url, ids)
        if next_url:
            yield self.listing_request(next_url, section, page + 1, walk=walk)

    def _older_than_since(self, dates):
        dates = [parse_iso(to_iso8601(d)) for d in dates]
        dates = [d for d in dates if d]
        return bool(dates) and max(dates) < self.args.since

    @guarded
    def parse_feed(self, response, section):
        """RSS 2.0: every <item><link> that is an article of this site."""
        if XML_ENTITY_DECL.search(response.body[:65536]):  # entity expansion ("billion laughs")
            return self.bad_input(response, "xml_entities")
        if not _well_formed(response.body):  # still read what can be read: a cut feed has items
            self.bad_input(response, "broken_feed")
        try:
            articles = read_feed(response)
        except Exception as exc:  # lxml refuses broken or hostile XML: count it, go on
            return self.bad_input(response, "broken_feed", exc)
        if not articles and b"<rss" not in response.body[:2048] and b"<feed" not in response.body[:2048]:
            return self.bad_input(response, "broken_feed")
        self.crawler.stats.inc_value("newscrawl/source_links/rss", len(articles))
        return self.article_requests(articles, "rss")

    # --- articles ----------------------------------------------------------------------------

    @property
    def state(self):
        return crawl_state.for_crawler(self.crawler)

    def article_requests(self, articles, source):
        """Requests for the articles a page links ({id: (url, teaser dates)}), once per id; with the
        crawl state, only for articles not exported yet or hinted newer (a later date in the
        teaser / RSS item)."""
        hints = {aid: _newest(dates) for aid, (url, dates) in articles.items()}
        for aid, (url, _) in articles.items():
            if not same_site(url, self.base_url):
                continue
            if aid in self.article_ids_requested:
                self.state.note_hint(aid, hints.get(aid))  # recorded with it: no refetch next run
                continue  # the id is the dedupe key: another slug or link to the same article
            if not self.args.full and self.state.is_known(aid, hints.get(aid)):
                if aid not in self.article_ids_skipped:
                    self.article_ids_skipped.add(aid)
                    self.crawler.stats.inc_value("newscrawl/articles_skipped_known")
                continue
            self.state.note_hint(aid, hints.get(aid))
            self.article_ids_requested.add(aid)
            self.crawler.stats.inc_value(f"newscrawl/articles_seen/{source}")
            yield self.article_request(url, aid)

    def article_request(self, url, article_id):
        # Articles before further listing pages: the queue holds one listing page's articles at a
        # time, so memory does not grow with the size of a backfill.
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.article_failed,
            priority=ARTICLE_PRIORITY,
            cb_kwargs={"article_id": article_id},
            meta={ID_DEDUPED: True},  # once per id (article_ids_requested): no fingerprint kept of it
        )

    @guarded
    def parse_article(self, response, article_id, reading=None):
        """A page of an article (page 1, then each later page it names) into the article step
        (newscrawl/extract.py, which `scrapy reextract` runs on archived pages too); the outcome
        goes to the recorder, the item on to the pipelines."""
        if reading is None:
            reading = ArticleReading(response.url, article_id, self.limits)
        # when it was fetched: the archive's record date when archived (reextract gives the same)
        next_url = reading.read(response, crawled_at=response.meta.get("newscrawl_fetched_at"))
        if next_url:
            return scrapy.Request(
                next_url,
                callback=self.parse_article,
                errback=self.article_failed,
                priority=LATER_PAGE_PRIORITY,
                cb_kwargs={"article_id": article_id, "reading": reading},
            )
        return self.recorder.record(reading.outcome)

    def article_failed(self, failure):
        """A page of an article could not be had after the retries: the recorder says what that
        means (bad input, or fetched again next run)."""
        request = failure.request
        reading = request.cb_kwargs.get("reading") or ArticleReading(request.url, request.cb_kwargs.get("article_id"))
        reading.reject(rejection_for_failure(failure, self.base_url), request.url)
        self.recorder.record(reading.outcome)

    # --- bookkeeping -------------------------------------------------------------------------

    @property
    def recorder(self):
        return outcomes.for_crawler(self.crawler)

    @functools.cached_property
    def limits(self):
        return Limits.from_settings(self.settings)

    def bad_input(self, response, reason, exc=None):
        """A page that is no article (a feed, a sitemap, a listing) could not be used."""
        self.recorder.bad_input(response.url, reason, exc)

    def _only_known(self, articles):
        """True when every article this listing page shows is already in the crawl state."""
        return bool(articles) and all(self.state.is_known(aid, _newest(dates)) for aid, (_, dates) in articles.items())


def _newest(values):
    stamps = [crawl_state.timestamp(v.strip()) for v in values if v and v.strip()]
    stamps = [t for t in stamps if t is not None]
    return max(stamps) if stamps else None


def _well_formed(body):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return False
    return True
