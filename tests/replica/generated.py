"""A replica rendered per request: the generator's pages for any number of articles, no files.

``build_site`` writes every page to disk: fine for the tests' 40 articles, but 20,000 articles at
real page weight (150-380 KB) would be 5 GB of article pages, and a 100,000-article backfill
25 GB. This server renders the same pages from the same records with the same functions
(``render_article_page``, ``render_listing``, ``render_rss``, ``render_home``) when they are asked
for; only the records (about 5 KB each) are kept in memory.

    site = GeneratedSite(synthetic_records(20000, seed=5), padding_kb=(150, 380), per_page=20)
    with GeneratedReplicaServer(site) as srv:
        ...  # srv.base_url, srv.requests as with ReplicaServer

What it serves: robots.txt, the home page, /rss.xml, /news/ and /magazin/ and every
/tag/<topic>/ listing with WordPress pagination (and /tag/<topic>/rss.xml), every page of every
article; everything else is a 404. What it leaves out of ``build_site``: sitemaps and the robots group of
our own (as the throughput corpus), old-slug and off-site redirects, robots-disallowed articles,
author and static pages (the benchmark records have none of those redirects and disallowed
articles, and the crawler does not follow author and static pages).
"""

from __future__ import annotations

import re
import tempfile
from urllib.parse import unquote, urlsplit

from . import build
from .articles import NAV_TOPICS
from .server import BASE_MARKER, ReplicaServer

ARTICLE_PATH = re.compile(r"^/(news|magazin)/[^/]+-(\d+)/(?:(\d+)/)?$")
LISTING_PATH = re.compile(r"^(/news/|/magazin/|/tag/[^/]+/)(?:page/(\d+)/)?$")
HTML = {"Content-Type": "text/html; charset=utf-8"}


class GeneratedSite:
    """Routes and renders the replica of ``records`` (newest first, as ``synthetic_records``)."""

    def __init__(self, records, *, padding_kb=(150, 380), per_page=20, rss_items=build.RSS_ITEMS):
        self.records = list(records)
        self.catalog = build._catalog(self.records)
        self.padding_kb = padding_kb
        self.per_page = per_page
        newest = sorted(self.records, key=lambda r: (r["published"], r["id"]), reverse=True)
        self.newest = newest
        nav = dict(NAV_TOPICS)
        # base path -> (heading, records, rss path, intro): what build_site writes as listings
        self.listings = {
            "/news/": (
                "News",
                [r for r in newest if r["kind"] == "news"],
                "/rss.xml",
                "Die neuesten News aus der digitalen Welt",
            ),
            "/magazin/": ("Magazin", [r for r in newest if r["kind"] == "magazin"], None, ""),
        }
        tags = {}
        for rec in newest:
            for t in rec["tags"]:
                tags.setdefault(build.slugify(t), (t, []))[1].append(rec)
        for slug, name in NAV_TOPICS:
            tags.setdefault(slug, (name, []))
        for slug, (name, recs) in tags.items():
            heading = nav.get(slug, name)
            self.listings[f"/tag/{slug}/"] = (
                heading,
                recs,
                f"/tag/{slug}/rss.xml",
                f"Alle Artikel zum Thema {heading}",
            )
        # The "Meistgelesen" sidebar of every article page: rendering it from the whole catalog
        # sorts 20,000 records per page; these few newest records give the same markup.
        self._sidebar = {r["id"]: r for r in newest[:8]}

    def per_listing(self, base_path):
        return self.per_page * 2 if base_path == "/magazin/" else self.per_page

    def pages_of(self, base_path):
        recs = self.listings[base_path][1]
        return max(1, -(-len(recs) // self.per_listing(base_path)))

    def render(self, path):
        """(status, headers, text) for a request path; text still holds ``{{BASE}}``."""
        m = ARTICLE_PATH.match(path)
        if m:
            rec = self.catalog.get(m.group(2))
            page = int(m.group(3) or 1)
            if rec is None or rec["kind"] != m.group(1) or not 1 <= page <= len(build.split_pages(rec)):
                return None
            if path != build.article_path(rec, page):  # another slug: WordPress redirects
                return 301, {**HTML, "Location": build.BASE + build.article_path(rec, page)}, ""
            return (
                200,
                HTML,
                build.render_article_page(rec, page, catalog=self._catalog_for(rec), padding_kb=self.padding_kb),
            )
        m = LISTING_PATH.match(path)
        if m and m.group(1) in self.listings:
            base_path, page = m.group(1), int(m.group(2) or 1)
            heading, recs, rss, intro = self.listings[base_path]
            total = self.pages_of(base_path)
            if not 1 <= page <= total:
                return None
            n = self.per_listing(base_path)
            where = base_path.strip("/").replace("/", ":") if base_path.startswith("/tag/") else base_path.strip("/")
            return (
                200,
                HTML,
                build.render_listing(
                    base_path,
                    heading,
                    recs[(page - 1) * n : page * n],
                    page,
                    total,
                    where=where,
                    rss_path=rss,
                    intro=intro,
                    padding_kb=self.padding_kb,
                ),
            )
        if path == "/":
            return 200, HTML, build.render_home(self.newest[:200], self.catalog)
        if path == "/rss.xml":
            return (
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8"},
                build.render_rss(self.newest[: build.RSS_ITEMS]),
            )
        if path.startswith("/tag/") and path.endswith("/rss.xml") and path[:-7] in self.listings:
            heading, recs, _, _ = self.listings[path[:-7]]
            return (
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8"},
                build.render_rss(
                    recs[: build.RSS_ITEMS], title=f"t3n – {heading}", link_path=path[:-7], feed_path=path
                ),
            )
        if path == "/robots.txt":
            # listings and RSS only, as benchmarks/corpus.py: the floor spider reads no sitemaps
            return (
                200,
                {"Content-Type": "text/plain; charset=utf-8"},
                build.render_robots([], own_group=False, sitemaps=False),
            )
        return None

    def _catalog_for(self, rec):
        """The records a page links (related links, inline 'Ebenfalls interessant', sidebar)."""
        ids = list(rec.get("related", ())) + [b[1] for b in rec["body"] if b[0] == "related"]
        return {**self._sidebar, **{i: self.catalog[i] for i in ids if i in self.catalog}, rec["id"]: rec}

    def expected_bodies(self):
        """id -> expected body of every article a full crawl must export (not advertorials)."""
        return {r["id"]: build.expected_item(r, self.catalog)["body"] for r in self.records if not r.get("advertorial")}

    def sample_paths(self, n=200):
        return [build.article_path(r) for r in self.records[:n]]


class GeneratedReplicaServer(ReplicaServer):
    """ReplicaServer (request log, faults, keep-alive) answering from a GeneratedSite."""

    def __init__(self, site: GeneratedSite, **kwargs):
        self.site = site
        self._empty_root = tempfile.TemporaryDirectory(prefix="replica-generated-")
        super().__init__(self._empty_root.name, **kwargs)
        # A benchmark kills crawlers mid-request: no traceback per reset connection.
        self.httpd.handle_error = lambda request, client_address: None

    def resolve(self, target):
        split = urlsplit(target)
        answer = self.site.render(unquote(split.path) or "/")
        if answer is None:
            return self._not_found()
        status, headers, text = answer
        headers = dict(headers)
        if "Location" in headers:
            headers["Location"] = headers["Location"].replace("{{BASE}}", self.base_url)
        return status, headers, text.encode("utf-8").replace(BASE_MARKER, self._base_bytes)

    def stop(self):
        super().stop()
        self._empty_root.cleanup()
