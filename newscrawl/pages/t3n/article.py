"""t3n.de article pages: every selector of an article page lives here.

``T3nArticlePage(html, url).to_item()`` turns one page into an ``Article``; no network, no global
state. Each field has several clues, tried in the order written in ``FIELD_SOURCES``; the page
remembers which clue answered (``page.sources``) so the spider can count it in the crawl stats and
a layout change shows up as numbers.

Layouts are versioned (after fundus' ``V1``/``V1_1``): ``CurrentLayout`` is today's markup
(``.c-article__headline``, ``div.c-entry``); ``LegacyLayout`` overrides only what differs on
older pages (a plain ``h1`` in the article header). A page is matched to its layout by probing.
"""

import datetime
import json
import re
from urllib.parse import urljoin

from parsel import Selector

from newscrawl.items import SCHEMA_VERSION, Article
from newscrawl.loaders import ArticleLoader
from newscrawl.pages.clues import (
    AGREES,
    DateOnly,
    check_clues,
    first_str,
    image_url,
    keywords,
    names,
    read_datalayer,
    read_jsonld,
    read_metas,
    resolve,
)
from newscrawl.pages.html import (
    body_blocks,
    element_text,
    full_text,
    img_src,
    is_furniture,
    position,
    precedes,
    text_without,
    unique_elements,
    unique_nodes,
    words,
)
from newscrawl.processors import (
    CROSSLINK_PARAGRAPH,
    article_match,
    article_url,
    clean_text,
    is_boilerplate_paragraph,
    reading_minutes,
    split_authors,
    split_caption,
    strip_shortcodes,
    strip_tracking,
    utc_now_iso,
)

# The clues of each field, in the order they are asked (documented in docs/site-layouts.md): the first that
# answers gives the value; "check" clues only check it (pages/clues.py); "fallback" clues stand in
# only when none of the first answered, and check nothing. UnknownLayout's markup answers as
# "heuristic". tests/test_parser.py holds every page's sources to this table.
FIELD_SOURCES = {
    "title": {"order": ("markup", "jsonld", "og", "breadcrumb", "datalayer", "html_title"), "check": ("twitter",)},
    "lead": {"order": ("markup", "jsonld", "og", "meta"), "check": ("twitter",)},
    "authors": {"order": ("markup", "jsonld", "meta", "datalayer")},
    "published": {"order": ("jsonld", "meta", "markup", "meta_date", "datalayer"), "check": ("datalayer_day",)},
    "modified": {"order": ("jsonld", "meta", "markup", "meta_date", "datalayer")},
    "section": {
        "order": ("markup", "datalayer"),
        "fallback": ("breadcrumb", "meta", "datalayer_type", "jsonld", "datalayer_ressort"),
    },
    "tags": {"order": ("markup", "jsonld", "meta"), "check": ("breadcrumb", "jsonld_section", "datalayer")},
    "body": {"order": ("markup", "jsonld")},
    # og:image / JSON-LD image are the social-card picture (often a generic logo when the article
    # has none): they check the lead figure and fill in the URL of one whose <img> has no usable src.
    "image": {"order": ("markup",), "check": ("og", "jsonld")},
    "reading_time_min": {"order": ("markup", "jsonld")},
}

SPONSOR_LABEL = re.compile(
    r"^(?:Anzeige|Sponsored(?: Post| Content)?|Advertorial|Partnerinhalt|"
    r"Partner-?Content|Promoted|Werbung|In Kooperation mit\b.*|Präsentiert von\b.*)$",
    re.I,
)
# Where the names in a byline end: a separator, a date or reading time (the first digit), a button.
_BYLINE_END = re.compile(r"\s*(?:[|•·]|\d|Artikel merken|Lesezeit)")
# #main-content near the top of <body>: found without a scan of the whole 300 KB page.
_SHALLOW_MAIN = (
    "/html/body/*[@id='main-content'] | /html/body/*/*[@id='main-content'] | /html/body/*/*/*[@id='main-content']"
)
# A person's name in a byline: a few capitalised words ("Milan Petrović", "Anna-Lena von Alt").
_LOOKS_LIKE_NAME = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*(?:\s+[\w'’.-]+){0,4}$")
_SPONSORED_TITLE = re.compile(r"^(?:Anzeige|Sponsored|Advertorial|Werbung)\s*[:|–]", re.I)
_READING_TIME = re.compile(r"^\D{0,12}\d{1,3}\s*Min", re.I)
# Consent layers (Sourcepoint on t3n.de since 2021; the full-text-RSS config strips
# c-consent-overlay from #main-content since March 2026): by element, or by the dialog's words.
_SOURCEPOINT = (
    "//*[starts-with(@id, 'sp_message') or contains(@class, 'sp_message') or contains(@class, 'sp_veil')]"
    " | //iframe[contains(@src, 'privacy-mgmt') or contains(@src, 'sourcepoint') or contains(@src, 'consent')]"
)
_CONSENT_IN_CONTENT = ".//*[contains(@class, 'consent') or contains(@id, 'consent') or contains(@class, 'cmp-')]"
_CONSENT_TEXT = re.compile(
    r"(?:deine|Ihre) (?:Zustimmung|Einwilligung)|Zustimmung (?:erforderlich|erteilen)|"
    r"Alle akzeptieren|Cookie-?Einstellungen",
    re.I,
)
# Class words of rails and teaser lists of other articles around the article.
RAIL_WORDS = frozenset(
    """sidebar rail rails teaser teasers teaserlist widget outbrain taboola meistgelesen
popular trending recommendations recommended related suggest suggestnews morearticles nextarticle""".split()
)
_TITLE_SUFFIX = re.compile(r"\s*[|–-]\s*t3n(?:\.de)?(?:\s*[–-].*)?$", re.I)


class Layout:
    """What every t3n layout shares; each generation below overrides only what its markup changed.

    A layout is matched to a page by probing (``matches``); ``VALID_UNTIL`` is the last day the
    site is known to have served it (after fundus' ``V1``/``V1_1``), ``None`` while it is current.
    Selectors are CSS, searched inside the article element (``ARTICLE``) and its head (``HEADER``).
    """

    name = "layout"
    VALID_FROM: datetime.date | None = None
    VALID_UNTIL: datetime.date | None = None
    # The source name under which this layout's own markup answers (UnknownLayout: "heuristic").
    MARKUP = "markup"
    ARTICLE: tuple[str, ...] = ("article.c-article", "article", "#main-content", "main")
    HEADER: tuple[str, ...] = (".c-article__header", "header.c-article__header", "article header", ".c-article__head")
    HEADER_ID: str | None = None  # a head with a page-unique id, looked up page-wide when the scope lacks it
    HEADLINE: tuple[str, ...] = ()
    KICKER: tuple[str, ...] = (".c-article__kicker", ".c-article__overline", ".c-article__category")
    LEAD: tuple[str, ...] = (".c-article__lead", ".c-article__teaser", ".c-article__intro")
    BODY: tuple[str, ...] = (
        "div.c-entry",
        ".c-entry",
        ".c-article__body",
        ".c-article__content",
        "[itemprop=articleBody]",
        ".entry-content",
        ".article-body",
        ".article__body",
        ".post-content",
    )
    META_LINE: tuple[str, ...] = (
        ".c-article__meta",
        ".c-article__info",
        ".c-article__author",
        "[class*=byline]",
        "[class*=article__meta]",
        "[class*=author]",
    )
    # The lead image when the layout names it exactly (XPath from the body element), else None:
    # then the first figure or image box before the body text is taken.
    LEAD_IMAGE: str | None = None
    # Figures and image boxes (a <div class="…image…"> holding an <img>), in one scan.
    IMAGE_BOXES = (
        ".//figure | .//*[img or picture][contains(@class, 'image') or contains(@class, 'media') "
        "or contains(@class, 'picture') or contains(@class, 'visual') or contains(@class, 'hero')]"
    )
    # Classes that name the lead image wherever it stands (c-article__image, c-article__media, …);
    # an inline "wp-block-image" in the body is no lead image.
    LEAD_FIGURE_CLASS = re.compile(
        r"(?:article|post|entry)_*-*_*(?:image|media|figure|visual)|lead-?image|"
        r"\bhero\b|featured|post-thumbnail",
        re.I,
    )
    # Older pages: a short label right before the headline is the kicker; the first long
    # paragraph after it the lead (only inside the article, never in a rail).
    KICKER_BEFORE_HEADLINE = LEAD_AFTER_HEADLINE = True
    # The breadcrumb's last item (the title in small print) and its ressort link.
    BREADCRUMB_TITLE: str | None = None
    BREADCRUMB_LINKS: str | None = None
    PAYWALL = ".//*[contains(@class, 'paywall')]"
    # Crosslink boxes (.tg-crosslinks, .c-crosslinks) and suggestion blocks (.c-suggestNews-container,
    # related, recommended), in one scan. Raw XPath, not CSS: cssselect's class test normalises
    # every class attribute it meets.
    RECOMMENDATION_BLOCKS = (
        ".//*[contains(@class, 'crosslink') or contains(@class, 'suggestNews') "
        "or contains(@class, 'suggest-news') or contains(@class, 'related') "
        "or contains(@class, 'recommend')]"
    )
    MORE_ON_TOPIC = "Mehr zu diesem Thema"
    # Kickers, badges and labels in the article head, where "Anzeige" marks an advertorial.
    LABELS = (
        ".//*[contains(@class, 'kicker') or contains(@class, 'Kicker') or contains(@class, 'overline') "
        "or contains(@class, 'roofline') or contains(@class, 'category') or contains(@class, 'sponsor') "
        "or contains(@class, 'advertorial') or contains(@class, 'label') or contains(@class, 'badge') "
        "or (@class = 'h3')]"
    )

    @classmethod
    def matches(cls, page):
        raise NotImplementedError


class Layout2019(Layout):
    """The utility-class layout of the real page (Nov 2023; a 2019 student project and a 2023 scraper
    name the same classes). The only <h1> is in the breadcrumb; the head is ``div#article``: kicker
    ``div.h3``, headline ``h2.u-text-extralarge``, lead ``p.u-text-teaser``, byline, ``c-pin__meta``
    (time, reading time); ``div.c-entry`` begins with the lead figure, and ``.c-article__headline``
    inside it wraps the body's subheadings."""

    name = "utility_2019"
    VALID_FROM = datetime.date(2019, 1, 1)
    VALID_UNTIL = None  # a site config of March 2026 still names it
    ARTICLE = ("article[data-article-identifier]", "article[class*=tg-articletype]")
    HEADER = ("#article",)
    HEADER_ID = "article"
    HEADLINE = ("h2.u-text-extralarge",)
    KICKER = ("div.h3",)
    LEAD = ("p.u-text-teaser",)
    BODY = ("#main-content > div.c-entry", "div.c-entry")
    META_LINE = (".c-pin__meta",)
    LEAD_IMAGE = "./figure[1][not(preceding-sibling::p[normalize-space()])]"
    KICKER_BEFORE_HEADLINE = LEAD_AFTER_HEADLINE = False
    BREADCRUMB_TITLE = "ul.c-breadcrumb li:last-child h1"
    BREADCRUMB_LINKS = "ul.c-breadcrumb a"

    @classmethod
    def matches(cls, page):
        return page.header is not None and bool(page.header.css("h2.u-text-extralarge, p.u-text-teaser"))


class Layout2025(Layout):
    """The block layout a public parser of 2025 reads: the headline inside ``.c-article__headline``
    (h1 or h2) in the article head, lead ``.c-article__lead``, kicker ``.c-article__kicker``,
    dataLayer keys ``article.*``. On the real page of 2023 the same class wraps body subheadings,
    so it is only the headline outside ``div.c-entry``."""

    name = "blocks_2025"
    VALID_FROM = datetime.date(2025, 1, 1)
    VALID_UNTIL = None
    HEADLINE = (".c-article__headline h1", "h1.c-article__headline", ".c-article__headline h2", ".c-article__headline")

    @classmethod
    def matches(cls, page):
        return page.headline_outside_body(cls.HEADLINE) is not None


class ClassicLayout(Layout):
    """Before 2019: a plain h1 in the article header, the lead the paragraph under it."""

    name = "classic"
    VALID_FROM = None
    VALID_UNTIL: datetime.date | None = datetime.date(2019, 12, 31)
    HEADLINE: tuple[str, ...] = (
        "article header h1",
        "header h1",
        ".entry-header h1",
        ".article-header h1",
        "h1.entry-title",
    )

    @classmethod
    def matches(cls, page):
        return page.headline_outside_body(cls.HEADLINE) is not None


class UnknownLayout(ClassicLayout):
    """No known layout: page-wide heuristics, their answers counted as "heuristic", not "markup"."""

    name = "unknown"
    MARKUP = "heuristic"
    VALID_FROM = None
    VALID_UNTIL = None
    HEADLINE: tuple[str, ...] = ("#main-content h1", "main h1", "h1")
    KICKER = Layout.KICKER + ("[class*=kicker]", "[class*=Kicker]", "[class*=overline]", "[class*=roofline]")
    LEAD = Layout.LEAD + (
        "[class*=article__lead]",
        "[class*=__lead]",
        "[class*=-lead]",
        "p.lead",
        ".lead",
        "[class*=intro]",
        "[itemprop=description]",
    )

    @classmethod
    def matches(cls, page):
        return True


# Probed in this order: the most specific markup first.
LAYOUTS = (Layout2019, Layout2025, ClassicLayout, UnknownLayout)


def _or(selector, default):
    return selector if selector is not None else default


def _answers(clues, first=False):
    """{source: value} of the clues (source, getter) that answer something, in their order."""
    found = {}
    for source, getter in clues:
        value = getter()
        if value not in (None, "", [], {}) and source not in found:
            found[source] = value
            if first:
                break
    return found


def _ancestors_below(el, stop):
    for anc in el.iterancestors():
        if anc is stop:
            return
        yield anc


def _contains(ancestor, el):
    return any(a is ancestor for a in el.iterancestors())


def _first_own(scope, queries, page):
    """The first element for queries in scope that is not in a rail of other articles."""
    if scope is None:
        return None
    for q in queries:
        for found in scope.css(q):
            if not page.in_rail(found.root):
                return found
    return None


def _first_css(scope, queries):
    for q in queries:
        found = scope.css(q)
        if found:
            return found[0]
    return None


class T3nArticlePage:
    """One t3n article page (any page of it) -> field values, each with the clue that gave it."""

    def __init__(self, html, url, crawled_at=None):
        self.url = url
        self.sel = html if isinstance(html, Selector) else Selector(text=html, base_url=url)
        self.crawled_at = crawled_at
        self._topic_blocks_found = None
        self._headline_found = None
        self._crosslink_blocks = []
        self.sources = {}  # field -> clue that answered ("markup", "jsonld", ...) or "missing"
        self.checks = {}  # field -> clue check verdict ("agree", "differ", "alone", "overruled")
        self.disagreeing = {}  # field -> the clues that did not agree with the chosen value
        self._rail = {}  # element -> in a rail? (asked for the same elements by several fields)
        own = self._own_article()
        if own is not None:  # 2019 layout: #main-content holds only the body, the head is beside it
            self.main = own
        else:  # page-wide queries cost a scan of a 300 KB page each: find <main> once, work inside it
            shallow = self.sel.xpath(_SHALLOW_MAIN)  # near the top of <body>: no scan of the whole page
            self.main = shallow[0] if shallow else _or(_first_css(self.sel, Layout.ARTICLE[2:]), self.sel)
            article = next((a for a in self.main.root.iterancestors("article")), None)
            if article is not None:  # #main-content inside the <article>: the head stands beside it
                self.main = Selector(root=article)
        main = self.main
        for layout in LAYOUTS:
            self.layout, self.main = layout, main  # a layout that did not match leaves no trace
            self.article = own if own is not None else self._article_scope(layout)
            self.header = _first_own(self.article, layout.HEADER, self)
            if self.header is None and own is None and layout.HEADER_ID:
                self._widen_to_header(layout.HEADER_ID)
            self.body_el = self._body_element(layout)
            if layout.matches(self):
                break
        self.head = self.sel.xpath("/html/head")
        self.metas = read_metas(self.head)
        scripts = list(self.sel.root.iter("script"))
        self.jsonld, self.jsonld_nodes = read_jsonld(scripts)
        self.datalayer = read_datalayer(scripts)

    def _widen_to_header(self, header_id):
        """A head found by its id outside the scope (no <article> around head and body): the
        article is then the smallest element holding both."""
        found = (
            self.sel.root.get_element_by_id(header_id, None)
            if hasattr(self.sel.root, "get_element_by_id")
            else next(iter(self.sel.root.xpath(f"//*[@id='{header_id}']")), None)
        )
        if found is None:
            return
        around = {id(a) for a in self.article.root.iterancestors()} | {id(self.article.root)}
        common = next((a for a in found.iterancestors() if id(a) in around), None)
        if common is not None:
            self.article = self.main = Selector(root=common)
            self.header = Selector(root=found)

    def _own_article(self):
        """The page's own <article>: t3n marks it with data-article-identifier ("news-article-<id>");
        teasers of other articles in the rails are <article>s too, without it."""
        for el in self.sel.root.iter("article"):
            if el.get("data-article-identifier"):
                return Selector(root=el)
        return None

    def _article_scope(self, layout):
        """The article element: the one holding the body (a rail teaser before it is an <article> too)."""
        for query in layout.ARTICLE:
            for found in self.main.css(query):
                if any(found.root is a for a in self.main.root.iterancestors()):
                    continue
                if not self.in_rail(found.root) and found.css(", ".join(layout.BODY)):
                    return found
        return _or(_first_css(self.main, layout.ARTICLE), self.main)

    def _body_element(self, layout):
        for scope in (self.article, self.main):
            body = _first_own(scope, layout.BODY, self)
            if body is not None:
                return body.root
        return self._densest_container()

    def headline_outside_body(self, queries):
        """The first element for queries in the article head (or the article) outside the body."""
        for scope in filter(None, (self.header, self.article)):
            for q in queries:
                for found in scope.css(q):
                    if not self._in_body(found.root) and not self.in_rail(found.root):
                        return found
        return None

    def in_rail(self, el):
        """Inside a rail or teaser of other articles (sidebar, "Meistgelesen", a teaser grid):
        nothing of the article itself stands there."""
        stop = self.article.root if getattr(self, "article", None) is not None else None
        key = (el, stop)
        if key not in self._rail:
            self._rail[key] = any(
                anc.tag in ("aside", "nav", "footer") or words(anc) & RAIL_WORDS for anc in _ancestors_below(el, stop)
            )
        return self._rail[key]

    # --- clues -------------------------------------------------------------------------------

    def meta(self, name):
        values = self.metas.get(name)
        return clean_text(values[0]) if values else None

    def _dl(self, *keys):
        for key in keys:
            value = self.datalayer.get(key)
            if value not in (None, ""):
                return value
        return None

    def _pick(self, field, candidates, check_only=(), fallback=()):
        """The first candidate that answered, in the stated order; then every other clue that
        answered (and the check-only ones) is compared with it (clues.check_clues). Remembers which
        clue answered and the verdict; a markup value out-voted by two agreeing clues is replaced.
        ``fallback`` clues are asked only when no candidate answered, and checked against nothing."""
        answered = _answers((self.layout.MARKUP if s == "markup" else s, g) for s, g in candidates)
        if not answered:
            source, value = next(iter(_answers(fallback, first=True).items()), ("missing", None))
            self.sources[field] = source
            return value
        chosen, clues = next(iter(answered)), answered
        if field in AGREES:
            clues = {**answered, **{s: v for s, v in _answers(check_only).items() if s not in answered}}
            verdict, winner = check_clues(field, chosen, clues)
            self.checks[field] = verdict
            if verdict != "agree":
                self.disagreeing[field] = [s for s in clues if s != chosen]
            chosen = winner or chosen
        self.sources[field] = chosen
        return clues[chosen]

    # --- fields ------------------------------------------------------------------------------

    def id(self):
        return _id_of(self.url) or _id_of(self.canonical_url())

    def canonical_url(self):
        """Page 1's canonical URL: <link rel=canonical> when it names this article, else the URL."""
        own = article_url(self.url)
        href = self.head.xpath("./link[@rel='canonical']/@href").get()
        if href:
            canonical = article_url(strip_tracking(urljoin(self.url, href.strip())))
            if canonical and (own is None or _id_of(canonical) == _id_of(own)):
                return canonical
        return own or strip_tracking(self.url)

    def title(self):
        return self._pick(
            "title",
            (
                ("markup", self._headline_text),
                ("jsonld", lambda: clean_text(self.jsonld.get("headline"))),
                ("og", lambda: _strip_site(self.meta("og:title"))),
                ("breadcrumb", self._breadcrumb_title),
                ("datalayer", lambda: clean_text(self._dl("article.headline", "article.title"))),
                ("html_title", lambda: _strip_site(clean_text(self.head.xpath("./title/text()").get()))),
            ),
            check_only=(("twitter", lambda: _strip_site(self.meta("twitter:title"))),),
        )

    def _breadcrumb_title(self):
        if not self.layout.BREADCRUMB_TITLE:
            return None
        found = self.article.css(self.layout.BREADCRUMB_TITLE) or self.sel.css(self.layout.BREADCRUMB_TITLE)
        return full_text(found[0].root) if found else None

    def _breadcrumb_ressorts(self):
        """Breadcrumb links after "Home" and the article type: the ressort (a /tag/… link)."""
        if not self.layout.BREADCRUMB_LINKS:
            return None
        links = self.article.css(self.layout.BREADCRUMB_LINKS) or self.sel.css(self.layout.BREADCRUMB_LINKS)
        return [
            t for t in (element_text(a.root) for a in links if "/tag/" in (a.attrib.get("href") or "")) if t
        ] or None

    def _breadcrumb_type(self):
        """The breadcrumb's second item ("News", "Magazin"): the article type the kicker names."""
        if not self.layout.BREADCRUMB_LINKS:
            return None
        links = self.article.css(self.layout.BREADCRUMB_LINKS) or self.sel.css(self.layout.BREADCRUMB_LINKS)
        return (
            element_text(links[1].root)
            if len(links) > 1 and "/tag/" not in (links[1].attrib.get("href") or "")
            else None
        )

    def lead(self):
        return self._pick(
            "lead",
            (
                ("markup", self._markup_lead),
                ("jsonld", lambda: clean_text(self.jsonld.get("description"))),
                ("og", lambda: self.meta("og:description")),
                ("meta", lambda: self.meta("description")),
            ),
            check_only=(("twitter", lambda: self.meta("twitter:description")),),
        )

    def _markup_lead(self):
        el = _first_own(self._head_scope(), self.layout.LEAD, self)
        if el is None and self.header is not None:
            el = _first_own(self.article, self.layout.LEAD, self)
        if el is not None and not self._in_body(el.root):
            return full_text(el.root)
        if not self.layout.LEAD_AFTER_HEADLINE:
            return None
        # Older pages: the first paragraph after the headline that is not in the body, furniture
        # or a rail, inside the article itself.
        h1 = self._headline()
        if h1 is not None:
            for p in h1.root.xpath("following::p[position() <= 5]"):
                if not _contains(self.article.root, p) or self.in_rail(p):
                    break
                if self._in_body(p) or self._inside_ad_slot(p) or words(p) & {"meta", "byline", "caption", "credit"}:
                    continue
                text = element_text(p)
                if text and not is_boilerplate_paragraph(text) and len(text) > 40:
                    return text
        return None

    def authors(self):
        return self._pick(
            "authors",
            (
                ("markup", self._markup_authors),
                ("jsonld", lambda: names(resolve(self.jsonld.get("author"), self.jsonld_nodes))),
                ("meta", lambda: _split(self.meta("author"))),
                ("datalayer", lambda: _split(self._dl("article.author", "article.authors", "t3nAuthor"))),
            ),
        )

    def _markup_authors(self):
        """The byline: "Von <a href=/redaktion/…><strong>A</strong></a> und <strong>B</strong> | <time>".

        Its text names every author, guests without an author page too; the author links are the
        fallback when the byline has no "Von".
        """
        byline = self._byline()
        if byline is not None:
            text = clean_text(
                "".join(byline.xpath(".//text()[not(ancestor::button or ancestor::time or ancestor::script)]"))
            )
            text = _BYLINE_END.split(text or "", maxsplit=1)[0]
            found = [name for name in split_authors(text) if _LOOKS_LIKE_NAME.match(name)]
            if found:
                return found
        for scope in (_first_own(self.article, self.layout.META_LINE, self), self.header):
            if scope is None:
                continue
            found = [
                element_text(a.root)
                for a in scope.css("a[href*='/redaktion/']")
                if not self._in_body(a.root) and not self.in_rail(a.root)
            ]
            found = [n for n in found if n]
            if found:
                return _unique(found)
        return None

    def _byline(self):
        """The smallest element in the article head whose text starts with "Von " (a short line, not
        a headline or a lead that happens to begin with "Von der …")."""
        best = None
        for el in self._head_scope().root.xpath(".//*[starts-with(normalize-space(.), 'Von ')]"):
            if self._in_body(el) or self._inside_ad_slot(el) or self.in_rail(el) or el.tag in ("h1", "h2", "h3"):
                continue
            if len(el.text_content()) > 200 or words(el) & {"lead", "intro", "teaser", "headline"}:
                continue
            if best is None or len(el.text_content()) < len(best.text_content()):
                best = el
        return best

    def published(self):
        return self._pick(
            "published",
            (
                ("jsonld", lambda: self.jsonld.get("datePublished")),
                ("meta", lambda: self.meta("article:published_time")),
                ("markup", lambda: self._time_attr("published")),
                ("meta_date", lambda: self.meta("date")),
                ("datalayer", lambda: self._dl("article.publication_date", "article.published", "article.date")),
            ),
            check_only=(("datalayer_day", lambda: DateOnly.parse(self._dl("t3nInitialPublished", "t3nPublished"))),),
        )

    def modified(self):
        return self._pick(
            "modified",
            (
                ("jsonld", lambda: self.jsonld.get("dateModified")),
                ("meta", lambda: self.meta("article:modified_time")),
                ("markup", lambda: self._time_attr("modified")),
                ("meta_date", lambda: self.meta("last-modified")),
                ("datalayer", lambda: self._dl("article.modification_date", "article.modified", "article.updated")),
            ),
        )

    def _time_attr(self, which):
        times = [t for t in self._head_scope().css("time[datetime]") if not self.in_rail(t.root)]
        if which == "modified":
            times = [
                t
                for t in times
                if re.search(
                    r"modif|update|aktualis",
                    " ".join(filter(None, (t.attrib.get("class"), t.attrib.get("itemprop")))),
                    re.I,
                )
            ]
        else:
            times = [
                t
                for t in times
                if not re.search(
                    r"modif|update|aktualis",
                    " ".join(filter(None, (t.attrib.get("class"), t.attrib.get("itemprop")))),
                    re.I,
                )
            ]
        return times[0].attrib["datetime"] if times else None

    def section(self):
        # The kicker ("News", "Ratgeber", "Kolumne"). Only a clue that names the kicker checks it
        # (dataLayer article.kicker); the article type (breadcrumb "News", t3nArticleType) and the
        # ressort (JSON-LD articleSection, article:section, dataLayer section: a tag on the real
        # page) are other things that often read the same: they stand in when no kicker clue
        # answered, and are checked against nothing.
        return self._pick(
            "section",
            (
                ("markup", self._markup_kicker),
                ("datalayer", lambda: clean_text(self._dl("article.kicker"))),
            ),
            fallback=(
                ("breadcrumb", self._breadcrumb_type),
                ("meta", lambda: self.meta("article:section")),
                ("datalayer_type", lambda: clean_text(self._dl("article.type", "t3nArticleType"))),
                ("jsonld", lambda: first_str(self.jsonld.get("articleSection"))),
                (
                    "datalayer_ressort",
                    lambda: clean_text(self._dl("article.section", "article.category", "t3nRessort")),
                ),
            ),
        )

    def _markup_kicker(self):
        el = _first_own(self._head_scope(), self.layout.KICKER, self)
        if el is None and self.header is not None:
            el = _first_own(self.article, self.layout.KICKER, self)
        if el is not None and not self._inside_ad_slot(el.root):
            text = element_text(el.root) or clean_text(" ".join(el.css("::text").getall()))
            if text and not SPONSOR_LABEL.match(text):
                return text
        # Older pages: a short label standing right before the headline.
        h1 = self._headline() if self.layout.KICKER_BEFORE_HEADLINE else None
        if h1 is not None:
            for prev in h1.root.xpath("preceding::*[self::span or self::a or self::p or self::div][position() <= 3]"):
                text = element_text(prev)
                if (
                    text
                    and len(text) <= 30
                    and not self._inside_ad_slot(prev)
                    and not SPONSOR_LABEL.match(text)
                    and not words(prev) & {"breadcrumb", "breadcrumbs", "nav", "menu", "logo"}
                    and _contains(self.article.root, prev)
                    and not self.in_rail(prev)
                ):
                    return text
        return None

    def tags(self):
        return self._pick(
            "tags",
            (
                ("markup", self._markup_tags),
                ("jsonld", lambda: keywords(self.jsonld.get("keywords"))),
                ("meta", lambda: keywords(self.metas.get("article:tag") or self.meta("keywords"))),
            ),
            check_only=(
                ("breadcrumb", self._breadcrumb_ressorts),
                ("jsonld_section", lambda: keywords(self.jsonld.get("articleSection"))),
                ("datalayer", lambda: keywords(self._dl("t3nRessort", "article.ressort", "article.section"))),
            ),
        )

    def _markup_tags(self):
        found = []
        for block in self._topic_blocks():
            found += [element_text(a.root) for a in block.css("a[href*='/tag/']")]
        return _unique([n for n in found if n]) or None

    def _topic_blocks(self):
        """ "Mehr zu diesem Thema" blocks: by class, or by their heading's text (found once per page)."""
        if self._topic_blocks_found is None:
            self._topic_blocks_found = self._find_topic_blocks()
        return self._topic_blocks_found

    def _find_topic_blocks(self):
        # One scan finds crosslink boxes and suggestion blocks alike; topic blocks are the latter.
        self._crosslink_blocks, blocks = [], []
        for block in self.main.xpath(self.layout.RECOMMENDATION_BLOCKS):
            is_crosslink = "crosslink" in (block.root.get("class") or "")
            (self._crosslink_blocks if is_crosslink else blocks).append(block)
        # The heading's own text nodes only: string values of every div on a 300 KB page would
        # cost quadratic time.
        for heading in self.main.root.xpath(f".//*[text()[contains(., '{self.layout.MORE_ON_TOPIC}')]]"):
            if clean_text(heading.text_content()) != self.layout.MORE_ON_TOPIC:
                continue
            if heading.tag in ("span", "strong", "b") and heading.getparent() is not None:
                heading = heading.getparent()  # <h2><span>Mehr zu diesem Thema</span></h2>
            block = heading.getparent()
            if block is not None:
                blocks.append(Selector(root=block))
        return unique_nodes(blocks)

    def image(self):
        return self._pick(
            "image",
            (("markup", self._markup_image),),
            check_only=(
                ("og", lambda: self.meta("og:image")),
                ("jsonld", lambda: image_url(resolve(self.jsonld.get("image"), self.jsonld_nodes))),
            ),
        )

    def _markup_image(self):
        fig = self._lead_figure()
        if fig is None:
            return None
        src = img_src(fig.css("img")) or img_src(fig.css("source"))  # <img> before <picture> sources
        src = src or image_url(resolve(self.jsonld.get("image"), self.jsonld_nodes)) or self.meta("og:image")
        if not src:
            return None
        caption, credit = None, None
        cap = fig.css("figcaption") or fig.css("[class*=caption], [class*=Caption]")
        if cap:
            cap_root = cap[0].root
            credit_el = [
                c
                for c in cap_root.iter()
                if isinstance(c.tag, str)
                and c is not cap_root
                and words(c) & {"credit", "copyright", "source", "quelle"}
            ]
            if credit_el:  # the credit in an element of its own, with or without "Foto:"
                label_caption, label_credit = split_caption(element_text(credit_el[0]))
                credit = label_credit or label_caption
                caption = split_caption("".join(text_without(cap_root, credit_el[0])))[0]
            else:
                caption, credit = split_caption(" ".join(cap[0].css("::text").getall()))
        return {"url": urljoin(self.url, src), "caption": caption, "credit": credit}

    def _lead_figure(self):
        """The lead image: a figure (or image box) named as the lead image (LEAD_FIGURE_WORDS), or
        else the first one that stands before the body text starts; one scan of the article."""
        if self.layout.LEAD_IMAGE:  # the layout says exactly where it stands
            if self.body_el is None:
                return None
            found = Selector(root=self.body_el).xpath(self.layout.LEAD_IMAGE)
            return found[0] if found else None
        first_text = next(body_blocks(self.body_el), (None, None))[0] if self.body_el is not None else None
        for fig in self.article.xpath(self.layout.IMAGE_BOXES):
            if self.in_rail(fig.root):
                continue
            if self._inside_furniture(fig.root, stop=self.body_el) or self._inside_ad_slot(fig.root):
                continue
            parent = fig.root.getparent()
            classes = f"{fig.root.get('class') or ''} {parent.get('class') or '' if parent is not None else ''}"
            named = self.layout.LEAD_FIGURE_CLASS.search(classes)
            if named or first_text is None or precedes(fig.root, first_text):
                return fig
        return None

    def reading_time_min(self):
        return self._pick(
            "reading_time_min",
            (
                ("markup", self._markup_reading_time),
                ("jsonld", lambda: reading_minutes(self.jsonld.get("timeRequired"))),
            ),
        )

    def _markup_reading_time(self):
        for text in (
            self._head_scope().xpath(".//text()[contains(., 'Min')][not(ancestor::h1 or ancestor::h2)]").getall()
        ):
            text = clean_text(text)
            if text and len(text) <= 30 and _READING_TIME.match(text):
                return reading_minutes(text)
        return None

    def paywalled(self):
        free = self.jsonld.get("isAccessibleForFree")
        if self.main.xpath(self.layout.PAYWALL):  # the article, or a wrapper right after it
            self.sources["paywalled"] = "markup"
            return True
        if free is not None and str(free).lower() in ("false", "0", "no"):
            self.sources["paywalled"] = "jsonld"
            return True
        self.sources["paywalled"] = "default"
        return False

    def sponsor_labels(self):
        """Labels that mark an advertorial: kicker/badge "Anzeige", JSON-LD type, dataLayer flags."""
        labels = []
        for el in self._head_scope().xpath(self.layout.LABELS):
            if self._inside_ad_slot(el.root):
                continue
            text = element_text(el.root) or clean_text(" ".join(el.css("::text").getall()))
            if text and SPONSOR_LABEL.match(text):
                labels.append(f"label:{text}")
        title = self._headline_text() or ""
        if _SPONSORED_TITLE.match(title):  # "Anzeige: So gelingt …"
            labels.append("title")
        if "AdvertiserContentArticle" in str(self.jsonld.get("@type")):
            labels.append("jsonld:AdvertiserContentArticle")
        for key, value in self.datalayer.items():
            if re.search(r"sponsor|advertorial", key, re.I) and str(value).lower() not in (
                "",
                "false",
                "0",
                "no",
                "none",
            ):
                labels.append(f"datalayer:{key}")
            elif re.search(r"\b(?:type|contenttype|content_type)$", key, re.I) and re.search(
                r"advertorial|sponsor|anzeige", str(value), re.I
            ):
                labels.append(f"datalayer:{key}={value}")
        class_words = set()
        for el in [self.article, *self.sel.xpath("/html/body")]:
            if isinstance(getattr(el.root, "tag", None), str):
                class_words |= words(el.root)
        if class_words & {"advertorial", "sponsored"}:
            labels.append("markup:class")
        return _unique(labels)

    def body_parts(self):
        """The page's body units and the related links found among them."""
        parts, links = [], []
        if self.body_el is None:
            return parts, links
        headline = self._headline()
        for el, text in body_blocks(self.body_el):
            if headline is not None and (el is headline.root or _contains(headline.root, el)):
                continue
            if CROSSLINK_PARAGRAPH.match(text):
                links += list(el.iter("a"))
                continue
            if is_boilerplate_paragraph(text):
                continue
            parts.append(text)
        return parts, links

    def later_page(self):
        """(body parts, related links) of page 2, 3, … of an article, for merge_pages."""
        body, inline = self.body_parts()
        return body, self.related_links(inline)

    def related_links(self, inline_links=()):
        """Recommended articles in page order: inline crosslink paragraphs, crosslink blocks, topic blocks."""
        anchors = list(inline_links)  # holding the elements keeps their lxml proxies (and ids) alive
        topic_blocks = self._topic_blocks()  # also finds the crosslink boxes, in the same scan
        blocks = self._crosslink_blocks + topic_blocks
        for block in unique_nodes(blocks):
            anchors.extend(block.root.iter("a"))
        # Page order: sort the few anchors by their place in the tree (no pass over every link).
        links = self._links_in(sorted(unique_elements(anchors), key=position))
        own = _id_of(self.url)
        by_url = {}
        for link in links:
            if _id_of(link["url"]) == own:
                continue
            if link["url"] not in by_url:
                by_url[link["url"]] = link
            elif not by_url[link["url"]]["title"]:  # an image link first, its titled twin later
                by_url[link["url"]]["title"] = link["title"]
        return list(by_url.values())

    def _links_in(self, anchors):
        """{"url", "title"} for each article link (tag pages and off-site links are not)."""
        out = []
        for a in anchors:
            href = (a.get("href") or "").strip()
            url = article_url(strip_tracking(urljoin(self.url, href))) if href else None
            if not url:
                continue
            out.append({"url": url, "title": _link_title(a)})
        return out

    def next_page_url(self):
        """URL of the next page of a multi-page article (rel=next naming the same article), or None."""
        own = _id_of(self.url)
        hrefs = (
            self.head.xpath("./link[@rel='next']/@href").getall() + self.main.xpath(".//a[@rel='next']/@href").getall()
        )
        for href in hrefs:
            url = article_url(urljoin(self.url, href.strip()), page=True)
            if url and _id_of(url) == own and article_match(url)["page"]:
                return url
        return None

    def json_ld_body(self):
        """Fallback body from JSON-LD articleBody, shortcodes removed (never for paywalled pages)."""
        text = strip_shortcodes(self.jsonld.get("articleBody") or "")
        return [p for p in (clean_text(x) for x in re.split(r"\n\s*\n|\r\n", text)) if p] if text else []

    def consent_wall(self):
        """The consent marker that makes this page a consent layer or interstitial instead of the
        article, or None: Sourcepoint's message containers and privacy-manager frames anywhere, or
        a consent overlay or dialog text inside the content (t3n's c-consent-overlay is page
        chrome on every page; only in #main-content does it stand where the article should).

        Asked only of pages without article text of their own: on an article page the overlay
        is furniture beside the text, never body."""
        for el in self.sel.root.xpath(_SOURCEPOINT):
            return f"{el.tag}#{el.get('id') or ''}.{el.get('class') or ''}"[:80]
        scope = self.main.root
        for el in scope.xpath(_CONSENT_IN_CONTENT):
            return f"{el.tag}#{el.get('id') or ''}.{el.get('class') or ''}"[:80]
        if _CONSENT_TEXT.search(" ".join(scope.xpath(".//text()[not(ancestor::script or ancestor::style)]"))[:20_000]):
            return "consent dialog text"
        return None

    # --- the item ----------------------------------------------------------------------------

    def to_item(self):
        loader = ArticleLoader(item=Article(), selector=self.sel)
        loader.add_value("id", self.id())
        loader.add_value("url", self.canonical_url())
        loader.add_value("title", self.title())
        loader.add_value("lead", self.lead())
        parts, inline = self.body_parts()
        paywalled = self.paywalled()
        if parts:
            self.sources["body"] = self.layout.MARKUP
        elif not paywalled and self.json_ld_body():
            parts = self.json_ld_body()
            self.sources["body"] = "jsonld"
        else:
            self.sources["body"] = "missing"
        lead = loader.get_output_value("lead")
        if parts and lead and clean_text(parts[0]) == lead:
            parts = parts[1:]  # some layouts repeat the lead as the first body paragraph
        loader.add_value("body", parts)
        loader.add_value("related_links", self.related_links(inline))
        loader.add_value("authors", self.authors())
        loader.add_value("published", self.published())
        loader.add_value("modified", self.modified())
        loader.add_value("section", self.section())
        loader.add_value("tags", self.tags())
        loader.add_value("image", self.image())
        loader.add_value("reading_time_min", self.reading_time_min())
        loader.add_value("paywalled", paywalled)
        loader.add_value("page_count", 1)
        loader.add_value("language", clean_text(self.sel.xpath("/html/@lang").get() or "de")[:2].lower() or "de")
        loader.add_value("crawled_at", self.crawled_at or utc_now_iso())
        loader.add_value("schema_version", SCHEMA_VERSION)
        loader.add_value("sponsor_labels", self.sponsor_labels())
        item = loader.load_item()
        for name in ("related_links", "authors", "tags", "sponsor_labels"):
            if getattr(item, name) is None:
                setattr(item, name, [])
        return item

    # --- helpers -----------------------------------------------------------------------------

    def _headline(self):
        """The headline element (found once: title, lead, kicker and sponsor checks all use it)."""
        if self._headline_found is None:
            self._headline_found = [self.headline_outside_body(self.layout.HEADLINE)]
        return self._headline_found[0]

    def _headline_text(self):
        el = self._headline()
        if el is None:
            return None
        return full_text(el.root) or clean_text(" ".join(el.css("::text").getall()))

    def _densest_container(self):
        """No known body class: the element holding the most paragraphs of text (a layout we don't know)."""
        best, best_count = None, 2
        for el in self.article.root.xpath(".//*[p]"):
            if is_furniture(el) or self._inside_ad_slot(el):
                continue
            count = sum(1 for p in el.iterchildren("p") if len(p.text_content()) > 80)
            if count > best_count:
                best, best_count = el, count
        return best

    def _head_scope(self):
        return self.header if self.header is not None else self.article

    def _in_body(self, el):
        return self.body_el is not None and any(a is self.body_el for a in el.iterancestors())

    def _inside_furniture(self, el, stop=None):
        for anc in el.iterancestors():
            if anc is stop or anc is self.article.root:
                return False
            if is_furniture(anc) and anc.tag.lower() not in ("header", "footer"):
                return True
        return False

    def _inside_ad_slot(self, el):
        # Up to the article only: the real page wraps everything in a takeover ad frame (id Ads_BA_TakeOver).
        stop = self.article.root
        for node in (el, *el.iterancestors()):
            if node is stop:
                return False
            if words(node) & {"ad", "ads", "adslot", "adunit", "advert", "advertisement"}:
                return True
        return False


def merge_pages(item, later_pages):
    """One item for a multi-page article.

    ``later_pages``: ``T3nArticlePage.later_page()`` of pages 2, 3, … in order. The body holds all
    pages in order, related links are those of every page (deduped, page order), page_count
    counts the pages.
    """
    parts = [item.body] if item.body else []
    links = {link["url"]: link for link in item.related_links or []}
    for body, related in later_pages:
        parts += body
        for link in related:
            if link["url"] != item.url:
                links.setdefault(link["url"], link)
    item.body = "\n\n".join(parts)
    item.related_links = list(links.values())
    item.page_count = 1 + len(later_pages)
    return item


# --- small pure helpers --------------------------------------------------------------------------


def _link_title(a):
    """A recommended article's title: the teaser's heading inside the link, else the link's text
    without furniture (a kicker, an image), else its title attribute."""
    heading = next((h for h in a.iter("h2", "h3", "h4", "h5") if full_text(h)), None)
    if heading is None:
        heading = next((h for h in a.iter() if h is not a and words(h) & {"title", "headline"} and full_text(h)), None)
    if heading is not None:
        return full_text(heading)
    return full_text(a) or clean_text(a.get("title"))


def _id_of(url):
    m = article_match(url) if url else None
    return m["id"] if m else None


def _unique(values):
    seen, out = set(), []
    for v in values:
        key = json.dumps(v, sort_keys=True) if isinstance(v, dict) else v
        if key not in seen:
            seen.add(key)
            out.append(v)
    return out


def _strip_site(title):
    return clean_text(_TITLE_SUFFIX.sub("", title)) if title else None


def _split(value):
    return split_authors(value) if isinstance(value, str) and value.strip() else None
