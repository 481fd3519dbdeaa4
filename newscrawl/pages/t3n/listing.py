"""t3n.de listing pages (home, /news/, /tag/<topic>/) and RSS feeds: what they link to.

The spider asks these pages which articles they show (with the newest date each teaser shows,
for incremental runs), which topic pages the navigation offers and where the next listing page
is. Plain lxml iteration, not page-wide selectors: a real listing page is ~300 KB with a
~400-link mega menu, and this runs on every listing page of every cron run.
"""

import re
from urllib.parse import urljoin, urlsplit

from newscrawl.processors import ARTICLE_PATH, article_match, article_url, strip_tracking

TOPIC_PATH = re.compile(r"^/tag/(?P<topic>[\w-]+)/$")
NEXT_TEXT = re.compile(r"^(?:weiter|nächste(?: seite)?|next|›|»|>|ältere(?: artikel| beiträge)?)\b", re.I)
# How far up from a teaser link to look for its <time>: a teaser is a few wrappers deep.
TEASER_DEPTH = 6
NAV_TAGS = ("header", "nav")
# A feed never needs entities of its own; declaring some is how an XML bomb starts.
XML_ENTITY_DECL = re.compile(rb"<!ENTITY", re.I)


def _article_id(href, base):
    """The article id an href points to (relative or absolute), or None; cheap for non-articles."""
    if "/news/" not in href and "/magazin/" not in href:
        return None
    path = urlsplit(urljoin(base, href.strip())).path
    m = ARTICLE_PATH.match(path if path.endswith("/") else path + "/")
    return m["id"] if m else None


class T3nListingPage:
    """A listing or home page of t3n.de."""

    def __init__(self, response, tree=None):
        """``tree``: the page's Selector when the caller parsed it already (from the bytes)."""
        self.url = response.url
        self.root = (tree if tree is not None else response.selector).root

    def articles(self):
        """{article id: (canonical article URL, [dates its teaser shows])} in page order.

        A teaser's dates come from the nearest ancestor (up to TEASER_DEPTH) that holds a <time>,
        and only when that ancestor links to no other article (a date shared by several teasers
        says nothing about one of them).
        """
        found = {}
        for a in self.root.iter("a"):
            href = a.get("href")
            aid = _article_id(href, self.url) if href else None
            if aid is None:
                continue
            dates = self._teaser_dates(a, aid)
            if aid not in found:
                found[aid] = (article_url(strip_tracking(urljoin(self.url, href.strip()))), dates)
            elif dates:
                found[aid] = (found[aid][0], found[aid][1] + dates)
        return found

    def _teaser_dates(self, a, aid):
        for depth, scope in enumerate(a.iterancestors()):
            if depth >= TEASER_DEPTH:
                return []
            times = [t.get("datetime") for t in scope.iter("time") if t.get("datetime")]
            if not times:
                continue
            ids = {_article_id(x.get("href") or "", self.url) for x in scope.iter("a")} - {None}
            return times if ids == {aid} else []
        return []

    def topic_urls(self):
        """{topic: URL} of the /tag/<topic>/ pages the site's navigation (header, nav) links."""
        scopes = [el for tag in NAV_TAGS for el in self.root.iter(tag)]
        scopes += self.root.xpath("//*[@role='navigation']")
        # A navigation without topic links (a header holding only the logo): the whole page.
        return self._topics_in(scopes) or self._topics_in([self.root])

    def _topics_in(self, scopes):
        topics = {}
        for scope in scopes:
            for a in scope.iter("a"):
                url = strip_tracking(urljoin(self.url, (a.get("href") or "").strip()))
                m = TOPIC_PATH.match(urlsplit(url).path)
                if m:
                    topics.setdefault(m["topic"], url)
        return topics

    def next_page_url(self, page):
        """The next listing page as the page links it: rel=next, else the pagination nav."""
        candidates = self.root.xpath("/html/head/link[@rel='next']/@href | //a[@rel='next']/@href")
        for a in self.root.xpath("//*[contains(@class, 'pagination') or contains(@class, 'pager')]//a"):
            text = " ".join(a.itertext()).strip()
            label = f"{a.get('aria-label') or ''} {a.get('title') or ''}".strip()
            if NEXT_TEXT.match(text) or NEXT_TEXT.match(label) or text == str(page + 1):
                candidates.append(a.get("href") or "")
        for href in candidates:
            url = strip_tracking(urljoin(self.url, href.strip()))
            if href.strip() and url != self.url and not _article_id(href, self.url):
                return url
        return None

    def dates(self):
        """Every <time datetime> of the page (for `since`: are the teasers older than the day asked)."""
        return [t.get("datetime") for t in self.root.iter("time") if t.get("datetime")]


def read_feed(response):
    """{article id: (article URL, [dates])} of an RSS 2.0 or Atom feed, in feed order."""
    found = {}
    for entry in response.xpath("//item | //*[local-name()='entry']"):
        links = entry.xpath("./link/text() | ./*[local-name()='link']/@href").getall()
        dates = entry.xpath(
            "./pubDate/text() | ./*[local-name()='updated']/text() | ./*[local-name()='date']/text()"
            " | ./*[local-name()='modified']/text() | ./*[local-name()='published']/text()"
        ).getall()
        for link in links:
            url = article_url(strip_tracking(urljoin(response.url, link.strip())))
            if url:
                found.setdefault(article_match(url)["id"], (url, [d.strip() for d in dates]))
                break
    return found


def sitemap_articles(entries, sitemap_url):
    """({article id: (article URL, [dates])}, number of other entries) of sitemap entries
    (newscrawl.pages.sitemaps.SitemapEntry): tag, author and other pages are not articles."""
    found, others = {}, 0
    for entry in entries:
        url = article_url(strip_tracking(urljoin(sitemap_url, entry.loc)))
        if url:
            found.setdefault(article_match(url)["id"], (url, entry.dates))
        else:
            others += 1
    return found, others
