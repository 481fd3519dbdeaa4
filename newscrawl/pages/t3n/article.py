"""t3n.de article pages: the page, its fields and their clues (the selectors: ``layouts.py``).

``T3nArticlePage(tree_or_html, url).to_item()`` turns one page into an ``Article``; no network,
no global state. Each field has several clues, tried in the order written in ``FIELD_SOURCES``;
the page remembers which clue answered (``page.sources``) so the crawl counts it and a layout
change shows up as numbers.

Layouts are dated classes (``newscrawl/pages/t3n/layouts.py``, after fundus' ``V1``/``V1_1``),
probed in order; each names its markup as CSS selectors in class constants. The page makes **one pass** over the article element
(``newscrawl.pages.walk``): the selectors of every layout are compiled into one lookup table
(``newscrawl.pages.selectors``), and the pass records the elements they name while it emits the
article's typed blocks, images and links. The fields then read that index instead of querying
the tree once per field. A new markup generation is one more class with its own selectors.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

from newscrawl.items import LIST_FIELDS, SCHEMA_VERSION, Article
from newscrawl.loaders import ArticleLoader
from newscrawl.pages import structure
from newscrawl.pages.clues import (
    AGREES,
    DateOnly,
    article_body_clue,
    check_clues,
    first_str,
    image_url,
    keywords,
    names,
    read_datalayer,
    read_jsonld,
    read_metas,
    resolve,
    word_cover,
)
from newscrawl.pages.selectors import El, unique_in_order
from newscrawl.pages.selectors import Selector as Css
from newscrawl.pages.t3n.layouts import (
    LAYOUTS,
    TABLE,
    Layout,
)
from newscrawl.pages.tree import article_tree
from newscrawl.pages.walk import FURNITURE_WORDS, Walked, id_words, walk
from newscrawl.pages.walk import _info as element_info
from newscrawl.processors import (
    article_match,
    article_url,
    clean_text,
    is_boilerplate_paragraph,
    reading_minutes,
    split_authors,
    strip_shortcodes,
    strip_tracking,
    utc_now_iso,
)

# The clues of each field, in the order they are asked (documented in docs/site-layouts.md): the first that
# answers gives the value; "check" clues only check it (pages/clues.py); "fallback" clues stand in
# only when none of the first answered, and check nothing. UnknownLayout's markup answers as
# "heuristic". tests/test_parser.py holds every page's sources to this table.
FIELD_SOURCES: dict[str, dict[str, tuple[str, ...]]] = {
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
    # The body's text blocks are checked against JSON-LD articleBody (the same words: agree).
    "body": {"order": ("markup", "jsonld"), "check": ("jsonld",)},
    # og:image / JSON-LD image are the social-card picture (often a generic logo when the article
    # has none): they check the lead figure and fill in the URL of one whose <img> has no usable src.
    "image": {"order": ("markup",), "check": ("og", "jsonld")},
    "reading_time_min": {"order": ("markup", "jsonld")},
    # Where the structured body came from: the page's markup, or JSON-LD articleBody (paragraphs only).
    "blocks": {"order": ("markup", "jsonld")},
}

SPONSOR_LABEL = re.compile(
    r"^(?:Anzeige|Sponsored(?: Post| Content)?|Advertorial|Partnerinhalt|"
    r"Partner-?Content|Promoted|Werbung|In Kooperation mit\b.*|Präsentiert von\b.*)$",
    re.I,
)
# Where the names in a byline end: a separator, a date or reading time (the first digit), a button.
_BYLINE_END = re.compile(r"\s*(?:[|•·]|\d|Artikel merken|Lesezeit)")
# A person's name in a byline: a few capitalised words ("Milan Petrović", "Anna-Lena von Alt").
_LOOKS_LIKE_NAME = re.compile(r"^[A-ZÄÖÜ][\w'’.-]*(?:\s+[\w'’.-]+){0,4}$")
_SPONSORED_TITLE = re.compile(r"^(?:Anzeige|Sponsored|Advertorial|Werbung)\s*[:|–]", re.I)
_READING_TIME = re.compile(r"^\D{0,12}\d{1,3}\s*Min", re.I)
_MODIFIED_TIME = re.compile(r"modif|update|aktualis", re.I)
# dataLayer keys and values that mark an advertorial
_SPONSOR_KEY = re.compile(r"sponsor|advertorial", re.I)
_TYPE_KEY = re.compile(r"\b(?:type|contenttype|content_type)$", re.I)
_SPONSOR_VALUE = re.compile(r"advertorial|sponsor|anzeige", re.I)
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
_RAIL_TAGS = frozenset(("aside", "nav", "footer"))
_AD_SLOT_WORDS = frozenset(("ad", "ads", "adslot", "adunit", "advert", "advertisement"))
_CREDIT_WORDS = frozenset(("credit", "copyright", "source", "quelle"))
# An element by its id, through the id table the HTML parser keeps (no scan of the page).
_BY_ID = etree.XPath("id($id)")
_TITLE_SUFFIX = re.compile(r"\s*[|–-]\s*t3n(?:\.de)?(?:\s*[–-].*)?$", re.I)
# Text the pass looks for in the article's text nodes: bylines, reading times, topic boxes.
_BYLINE_START = "Von "
_MINUTES = "Min"

_PROBES = (_BYLINE_START, _MINUTES, Layout.MORE_ON_TOPIC)


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


def _words(el: El) -> frozenset[str]:
    """The words of an element's class and id (cached per distinct attribute)."""
    tag = el.tag if isinstance(el.tag, str) else ""
    words = element_info(TABLE, tag, el.get("class")).words
    eid = el.get("id")
    return words | id_words(eid) if eid else words


def _is_furniture(el: El) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if not tag or element_info(TABLE, tag, el.get("class")).furniture:
        return True
    if el.get("aria-hidden") == "true" or any(
        el.get(n) is not None for n in ("hidden", "data-ad", "data-ad-slot", "data-embed")
    ):
        return True
    eid = el.get("id")
    return bool(eid) and (eid.startswith("sp_message") or bool(id_words(eid) & FURNITURE_WORDS))


def _contains(ancestor: El, el: El) -> bool:
    return any(a is ancestor for a in el.iterancestors())


def _text_of(el: El) -> str:
    return "".join(el.itertext())


class T3nArticlePage:
    """One t3n article page (any page of it) -> field values, each with the clue that gave it."""

    def __init__(self, html: Selector | str | bytes, url: str, crawled_at: str | None = None) -> None:
        self.url = url
        self.sel = html if isinstance(html, Selector) else article_tree(html, url)
        self.crawled_at = crawled_at
        self._topic_blocks_found: list | None = None
        self._headline_found: list | None = None
        self._crosslink_blocks: list = []
        self._structure: structure.Body | None = None
        self.sources: dict[str, str] = {}  # field -> clue that answered ("markup", "jsonld", ...) or "missing"
        self.checks: dict[str, str] = {}  # field -> clue check verdict ("agree", "differ", "alone", "overruled")
        self.disagreeing: dict[str, list[str]] = {}  # field -> the clues that did not agree with the chosen value
        self._rail: dict = {}  # (element, article) -> in a rail?
        self._ends: dict = {}
        self._fields: dict = {}  # values asked for more than once (the lead figure, the image)
        root = self.sel.root
        self.root = root
        self._walks: dict = {}
        # One traversal of the whole page (C-level, by tag) for what lives anywhere in it: the
        # page's own <article> and the scripts (JSON-LD, the dataLayer).
        own, first_article, scripts = None, None, []
        for el in root.iter("article", "script"):
            if el.tag == "script":
                scripts.append(el)
            elif own is None:
                if first_article is None:
                    first_article = el
                if el.get("data-article-identifier"):
                    own = el
        if own is not None:  # 2019 layout: #main-content holds only the body, the head is beside it
            main = own
        else:  # find <main> once (near the top of <body>), work inside it
            main = self._shallow_main()
            article = next(main.iterancestors("article"), None) if main is not None else None
            if article is not None:  # #main-content inside the <article>: the head stands beside it
                main = article
            if main is None:
                main = first_article
            if main is None:
                main = next(iter(_BY_ID(root, id="main-content")), None)
            if main is None:
                main = next(root.iter("main"), None)
            if main is None:
                main = root
        self.layout: type[Layout] = Layout
        for layout in LAYOUTS:
            self.layout, self.main = layout, main  # a layout that did not match leaves no trace
            self.index = self._walk(main)
            self.article = own if own is not None else self._article_scope(layout)
            self.header = self._first_own(self.article, layout.css["HEADER"])
            if self.header is None and own is None and layout.HEADER_ID:
                self._widen_to_header(layout.HEADER_ID)
            self.body_el = self._body_element(layout)
            self._headline_found = None
            if layout.matches(self):
                break
        self.head = root.find("head")
        self.metas = read_metas(() if self.head is None else (Selector(root=self.head),))
        self.jsonld, self.jsonld_nodes = read_jsonld(scripts)
        self.datalayer = read_datalayer(scripts)

    # --- the pass and its index ------------------------------------------------------------------

    def _walk(self, main: El) -> Walked:
        walked = self._walks.get(main)
        if walked is None:
            walked = self._walks[main] = walk(main, TABLE, _PROBES)
        return walked

    def _span(self, el: El) -> tuple[int, int] | None:
        """(first, last) place of el's subtree in the pass's document order; None when the pass
        did not number el (it is no hit)."""
        index = self.index
        start = index.order.get(el)
        if start is None:
            return None
        end = self._ends.get(el)
        if end is None:
            end = self._ends[el] = index.end(el) or start
        return start, end

    def _within(self, el: El, scope: El) -> bool:
        """el is scope or inside it."""
        if el is scope:
            return True
        span, at = self._span(scope), self.index.order.get(el)
        if span is not None and at is not None:
            return span[0] <= at <= span[1]
        return _contains(scope, el)

    def select(self, selectors: tuple[Css, ...], scope: El) -> list:
        """Elements for a compiled selector group inside scope (scope itself included, as
        parsel's ``css`` does), in document order."""
        if scope is None:
            return []
        span = self._span(scope)
        if span is None and not _contains(self.index.root, scope) and scope is not self.index.root:
            # outside the pass (a page-wide fallback): the tree answers
            return [s.root for s in Selector(root=scope).css(", ".join(s.text for s in selectors))]
        order = self.index.order
        found = []
        for sel in selectors:
            hits = self.index.hits[TABLE.add(sel.compounds[0])]
            if span is not None:
                lo, hi = span
                firsts = [el for el in hits if lo <= order[el] <= hi]
            else:
                firsts = [el for el in hits if el is scope or _contains(scope, el)]
            if len(sel.compounds) == 1:
                found.extend(firsts)
                continue
            current = firsts
            for comb, comp in zip(sel.combinators, sel.compounds[1:], strict=True):
                nxt: list = []
                for el in current:
                    if comb == ">":
                        nxt.extend(c for c in el.iterchildren(comp.tag or "*") if comp.matches(c))
                    else:
                        nxt.extend(c for c in el.iter(comp.tag or "*") if c is not el and comp.matches(c))
                current = nxt
            found.extend(current)
        if len(selectors) > 1 or any(len(s.compounds) > 1 for s in selectors):
            found = unique_in_order(found)
            if all(el in order for el in found):
                found.sort(key=order.__getitem__)
            else:
                found.sort(key=_position_key)
        return found

    def _first_own(self, scope: El, queries: tuple[tuple[Css, ...], ...]) -> El:
        """The first element for queries in scope that is not in a rail of other articles."""
        if scope is None:
            return None
        for q in queries:
            for found in self.select(q, scope):
                if not self.in_rail(found):
                    return found
        return None

    def _first(self, scope, queries):
        for q in queries:
            found = self.select(q, scope)
            if found:
                return found[0]
        return None

    def _shallow_main(self):
        """#main-content near the top of <body>: found without a scan of the whole 300 KB page."""
        body = self.root.find("body")
        level = [body] if body is not None else []
        for _ in range(3):
            nxt = []
            for el in level:
                for child in el:
                    if isinstance(child.tag, str):
                        if (child.get("id") == "main-content" and el is not body) or (
                            child.get("id") == "main-content"
                        ):
                            return child
                        nxt.append(child)
            level = nxt
        return None

    def _widen_to_header(self, header_id: str) -> None:
        """A head found by its id outside the scope (no <article> around head and body): the
        article is then the smallest element holding both, and the pass covers it."""
        found = next(iter(_BY_ID(self.root, id=header_id)), None)  # the parser's id table
        if found is None:
            return
        around = {id(a) for a in self.article.iterancestors()} | {id(self.article)}
        common = next((a for a in found.iterancestors() if id(a) in around), None)
        if common is not None:
            self.article = self.main = common
            self.index = self._walk(common)
            self.header = found

    def _article_scope(self, layout: type[Layout]) -> El:
        """The article element: the one holding the body (a rail teaser before it is an <article> too)."""
        body_css = tuple(s for group in layout.css["BODY"] for s in group)
        for q in layout.css["ARTICLE"]:
            for found in self.select(q, self.main):
                if not self.in_rail(found) and self.select(body_css, found):
                    return found
        first = self._first(self.main, layout.css["ARTICLE"])
        return first if first is not None else self.main

    def _body_element(self, layout: type[Layout]) -> El:
        for scope in (self.article, self.main):
            body = self._first_own(scope, layout.css["BODY"])
            if body is not None:
                return body
        return self._densest_container()

    def headline_outside_body(self, queries: tuple[tuple[Css, ...], ...]) -> El:
        """The first element for queries in the article head (or the article) outside the body."""
        for scope in filter(lambda s: s is not None, (self.header, self.article)):
            for q in queries:
                for found in self.select(q, scope):
                    if not self._in_body(found) and not self.in_rail(found):
                        return found
        return None

    def in_rail(self, el: El) -> bool:
        """Inside a rail or teaser of other articles (sidebar, "Meistgelesen", a teaser grid):
        nothing of the article itself stands there."""
        stop = getattr(self, "article", None)
        key = (el, stop)
        found = self._rail.get(key)
        if found is None:
            found = False
            for anc in el.iterancestors():
                if anc is stop:
                    break
                if anc.tag in _RAIL_TAGS or _words(anc) & RAIL_WORDS:
                    found = True
                    break
            self._rail[key] = found
        return found

    # --- clues -------------------------------------------------------------------------------

    def meta(self, name: str) -> str | None:
        values = self.metas.get(name)
        return clean_text(values[0]) if values else None

    def _dl(self, *keys: str) -> Any:
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

    def id(self) -> str | None:
        return _id_of(self.url) or _id_of(self.canonical_url())

    def _head_link(self, rel: str) -> str | None:
        if self.head is None:
            return None
        for link in self.head.iterchildren("link"):
            if link.get("rel") == rel:
                return link.get("href")
        return None

    def canonical_url(self) -> str:
        """Page 1's canonical URL: <link rel=canonical> when it names this article, else the URL."""
        own = article_url(self.url)
        href = self._head_link("canonical")
        if href:
            canonical = article_url(strip_tracking(urljoin(self.url, href.strip())))
            if canonical and (own is None or _id_of(canonical) == _id_of(own)):
                return canonical
        return own or strip_tracking(self.url)

    def title(self) -> str | None:
        return self._pick(
            "title",
            (
                ("markup", self._headline_text),
                ("jsonld", lambda: clean_text(self.jsonld.get("headline"))),
                ("og", lambda: _strip_site(self.meta("og:title"))),
                ("breadcrumb", self._breadcrumb_title),
                ("datalayer", lambda: clean_text(self._dl("article.headline", "article.title"))),
                ("html_title", self._html_title),
            ),
            check_only=(("twitter", lambda: _strip_site(self.meta("twitter:title"))),),
        )

    def _html_title(self) -> str | None:
        title = self.head.find("title") if self.head is not None else None
        return _strip_site(clean_text(title.text)) if title is not None else None

    def _breadcrumb(self, name: str) -> list:
        queries = self.layout.css[name]
        if not queries:
            return []
        found = [el for q in queries for el in self.select(q, self.article)]
        if not found:  # outside the article: the tree answers
            found = [s.root for s in self.sel.css(", ".join(s.text for q in queries for s in q))]
        return found

    def _breadcrumb_title(self) -> str | None:
        found = self._breadcrumb("BREADCRUMB_TITLE")
        return full_text(found[-1]) if found else None

    def _breadcrumb_ressorts(self) -> list[str] | None:
        """Breadcrumb links after "Home" and the article type: the ressort (a /tag/… link)."""
        links = self._breadcrumb("BREADCRUMB_LINKS")
        return [t for t in (element_text(a) for a in links if "/tag/" in (a.get("href") or "")) if t] or None

    def _breadcrumb_type(self) -> str | None:
        """The breadcrumb's second item ("News", "Magazin"): the article type the kicker names."""
        links = self._breadcrumb("BREADCRUMB_LINKS")
        return element_text(links[1]) if len(links) > 1 and "/tag/" not in (links[1].get("href") or "") else None

    def lead(self) -> str | None:
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

    def _markup_lead(self) -> str | None:
        el = self._first_own(self._head_scope(), self.layout.css["LEAD"])
        if el is None and self.header is not None:
            el = self._first_own(self.article, self.layout.css["LEAD"])
        if el is not None and not self._in_body(el):
            return full_text(el)
        if not self.layout.LEAD_AFTER_HEADLINE:
            return None
        # Older pages: the first paragraph after the headline that is not in the body, furniture
        # or a rail, inside the article itself.
        h1 = self._headline()
        if h1 is not None:
            for p in h1.xpath("following::p[position() <= 5]"):
                if not _contains(self.article, p) or self.in_rail(p):
                    break
                if self._in_body(p) or self._inside_ad_slot(p) or _words(p) & {"meta", "byline", "caption", "credit"}:
                    continue
                text = element_text(p)
                if text and not is_boilerplate_paragraph(text) and len(text) > 40:
                    return text
        return None

    def authors(self) -> list[str] | None:
        return self._pick(
            "authors",
            (
                ("markup", self._markup_authors),
                ("jsonld", lambda: names(resolve(self.jsonld.get("author"), self.jsonld_nodes))),
                ("meta", lambda: _split(self.meta("author"))),
                ("datalayer", lambda: _split(self._dl("article.author", "article.authors", "t3nAuthor"))),
            ),
        )

    def _markup_authors(self) -> list[str] | None:
        """The byline: "Von <a href=/redaktion/…><strong>A</strong></a> und <strong>B</strong> | <time>".

        Its text names every author, guests without an author page too; the author links are the
        fallback when the byline has no "Von".
        """
        byline = self._byline()
        if byline is not None:
            text = clean_text("".join(_byline_texts(byline)))
            text = _BYLINE_END.split(text or "", maxsplit=1)[0]
            found = [name for name in split_authors(text) if _LOOKS_LIKE_NAME.match(name)]
            if found:
                return found
        for scope in (self._first_own(self.article, self.layout.css["META_LINE"]), self.header):
            if scope is None:
                continue
            found = [
                element_text(a)
                for a in scope.iter("a")
                if "/redaktion/" in (a.get("href") or "") and not self._in_body(a) and not self.in_rail(a)
            ]
            found = [n for n in found if n]
            if found:
                return _unique(found)
        return None

    def _byline(self):
        """The smallest element in the article head whose text starts with "Von " (a short line, not
        a headline or a lead that happens to begin with "Von der …")."""
        scope = self._head_scope()
        best, best_len = None, 0
        for el, tail, text in self.index.texts:
            if tail or not text.lstrip().startswith(_BYLINE_START):
                continue
            for cand in _starting_with(el, scope):
                if not self._within(cand, scope):
                    continue
                if self._in_body(cand) or self._inside_ad_slot(cand) or self.in_rail(cand):
                    continue
                if cand.tag in ("h1", "h2", "h3"):
                    continue
                length = len(_text_of(cand))
                if length > 200 or _words(cand) & {"lead", "intro", "teaser", "headline"}:
                    continue
                if best is None or length < best_len:
                    best, best_len = cand, length
        return best

    def published(self) -> str | None:
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

    def modified(self) -> str | None:
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

    def _time_attr(self, which: str) -> str | None:
        for t in self.select(self.layout.css["TIMES"][0], self._head_scope()):
            if self.in_rail(t):
                continue
            marks = " ".join(filter(None, (t.get("class"), t.get("itemprop"))))
            if bool(_MODIFIED_TIME.search(marks)) == (which == "modified"):
                return t.get("datetime")
        return None

    def section(self) -> str | None:
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

    def _markup_kicker(self) -> str | None:
        el = self._first_own(self._head_scope(), self.layout.css["KICKER"])
        if el is None and self.header is not None:
            el = self._first_own(self.article, self.layout.css["KICKER"])
        if el is not None and not self._inside_ad_slot(el):
            text = element_text(el) or clean_text(" ".join(el.itertext()))
            if text and not SPONSOR_LABEL.match(text):
                return text
        # Older pages: a short label standing right before the headline.
        h1 = self._headline() if self.layout.KICKER_BEFORE_HEADLINE else None
        if h1 is not None:
            for prev in h1.xpath("preceding::*[self::span or self::a or self::p or self::div][position() <= 3]"):
                text = element_text(prev)
                if (
                    text
                    and len(text) <= 30
                    and not self._inside_ad_slot(prev)
                    and not SPONSOR_LABEL.match(text)
                    and not _words(prev) & {"breadcrumb", "breadcrumbs", "nav", "menu", "logo"}
                    and _contains(self.article, prev)
                    and not self.in_rail(prev)
                ):
                    return text
        return None

    def tags(self) -> list[str] | None:
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

    def _markup_tags(self) -> list[str] | None:
        found = []
        for block in self._topic_blocks():
            found += [element_text(a) for a in block.iter("a") if "/tag/" in (a.get("href") or "")]
        return _unique([n for n in found if n]) or None

    def _topic_blocks(self) -> list:
        """ "Mehr zu diesem Thema" blocks: by class, or by their heading's text (found once per page)."""
        if self._topic_blocks_found is None:
            self._topic_blocks_found = self._find_topic_blocks()
        return self._topic_blocks_found

    def _find_topic_blocks(self) -> list:
        # Crosslink boxes and suggestion blocks come from the same selectors; topic blocks are the latter.
        blocks: list = []
        self._crosslink_blocks = []
        for block in self.select(tuple(s for g in self.layout.css["RECOMMENDATION_BLOCKS"] for s in g), self.main):
            is_crosslink = "crosslink" in (block.get("class") or "")
            (self._crosslink_blocks if is_crosslink else blocks).append(block)
        heading_text = self.layout.MORE_ON_TOPIC
        for el, tail, text in self.index.texts:
            if heading_text not in text:
                continue
            heading = el.getparent() if tail else el  # the element the text node stands in
            if heading is None or not self._within(heading, self.main):
                continue
            if clean_text(_text_of(heading)) != heading_text:
                continue
            if heading.tag in ("span", "strong", "b") and heading.getparent() is not None:
                heading = heading.getparent()  # <h2><span>Mehr zu diesem Thema</span></h2>
            block = heading.getparent()
            if block is not None:
                blocks.append(block)
        return _outermost(blocks)

    def image(self) -> dict | None:
        if "image" in self._fields:
            return self._fields["image"]
        self._fields["image"] = value = self._pick(
            "image",
            (("markup", self._markup_image),),
            check_only=(
                ("og", lambda: self.meta("og:image")),
                ("jsonld", lambda: image_url(resolve(self.jsonld.get("image"), self.jsonld_nodes))),
            ),
        )
        return value

    def _markup_image(self) -> dict | None:
        fig = self._lead_figure()
        if fig is None:
            return None
        src = structure.served_src(fig)
        src = src or image_url(resolve(self.jsonld.get("image"), self.jsonld_nodes)) or self.meta("og:image")
        if not src:
            return None
        caption, credit = structure.caption_of(fig)
        return {"url": urljoin(self.url, src), "caption": caption, "credit": credit}

    def _lead_figure(self):
        if "lead_figure" not in self._fields:
            self._fields["lead_figure"] = self._find_lead_figure()
        return self._fields["lead_figure"]

    def _find_lead_figure(self):
        """The lead image: the layout's place for it, or a figure (or image box) named as the lead
        image (LEAD_FIGURE_CLASS), or else the first one that stands before the body text starts."""
        if self.layout.LEAD_IMAGE_FIRST_IN_BODY:  # the layout says exactly where it stands
            if self.body_el is None:
                return None
            fig = self.body_el.find("figure")
            if fig is None:
                return None
            for sib in fig.itersiblings("p", preceding=True):
                if _text_of(sib).strip():
                    return None
            return fig
        first_text = self._first_text_place()
        order = self.index.order
        boxes = self.select(tuple(s for g in self.layout.css["IMAGE_BOXES"] for s in g), self.article)
        for fig in boxes:
            if fig.tag != "figure" and not structure.holds_image(fig):
                continue
            if self.in_rail(fig):
                continue
            if self._inside_furniture(fig, stop=self.body_el) or self._inside_ad_slot(fig):
                continue
            parent = fig.getparent()
            classes = f"{fig.get('class') or ''} {parent.get('class') or '' if parent is not None else ''}"
            named = self.layout.LEAD_FIGURE_CLASS.search(classes)
            if named or first_text is None or order.get(fig, 0) < first_text:
                return fig
        return None

    def _first_text_place(self) -> int | None:
        """Where the body's first text block stands in document order (None: no body text)."""
        for raw in self._raw_body():
            if raw.type in structure.TEXT_TYPES and raw.text:
                return raw.at
        return None

    def reading_time_min(self) -> int | None:
        return self._pick(
            "reading_time_min",
            (
                ("markup", self._markup_reading_time),
                ("jsonld", lambda: reading_minutes(self.jsonld.get("timeRequired"))),
            ),
        )

    def _markup_reading_time(self) -> int | None:
        scope = self._head_scope()
        for el, tail, text in self.index.texts:
            if _MINUTES not in text:
                continue
            owner = el.getparent() if tail else el  # the element the text node stands in
            if owner is None or not self._within(owner, scope):
                continue
            if owner.tag in ("h1", "h2") or any(a.tag in ("h1", "h2") for a in owner.iterancestors()):
                continue
            text = clean_text(text)
            if text and len(text) <= 30 and _READING_TIME.match(text):
                return reading_minutes(text)
        return None

    def paywalled(self) -> bool:
        free = self.jsonld.get("isAccessibleForFree")
        if self.select(self.layout.css["PAYWALL"][0], self.main):  # the article, or a wrapper right after it
            self.sources["paywalled"] = "markup"
            return True
        if free is not None and str(free).lower() in ("false", "0", "no"):
            self.sources["paywalled"] = "jsonld"
            return True
        self.sources["paywalled"] = "default"
        return False

    def sponsor_labels(self) -> list[str]:
        """Labels that mark an advertorial: kicker/badge "Anzeige", JSON-LD type, dataLayer flags."""
        labels = []
        for el in self.select(tuple(s for g in self.layout.css["LABELS"] for s in g), self._head_scope()):
            if self._inside_ad_slot(el):
                continue
            text = element_text(el) or clean_text(" ".join(el.itertext()))
            if text and SPONSOR_LABEL.match(text):
                labels.append(f"label:{text}")
        title = self._headline_text() or ""
        if _SPONSORED_TITLE.match(title):  # "Anzeige: So gelingt …"
            labels.append("title")
        if "AdvertiserContentArticle" in str(self.jsonld.get("@type")):
            labels.append("jsonld:AdvertiserContentArticle")
        for key, value in self.datalayer.items():
            if _SPONSOR_KEY.search(key) and str(value).lower() not in (
                "",
                "false",
                "0",
                "no",
                "none",
            ):
                labels.append(f"datalayer:{key}")
            elif _TYPE_KEY.search(key) and _SPONSOR_VALUE.search(str(value)):
                labels.append(f"datalayer:{key}={value}")
        class_words: frozenset[str] = frozenset()
        body = self.root.find("body")
        for el in (self.article, body):
            if el is not None and isinstance(el.tag, str):
                class_words |= _words(el)
        if class_words & {"advertorial", "sponsored"}:
            labels.append("markup:class")
        return _unique(labels)

    # --- the body: blocks, images, links ----------------------------------------------------------

    def _raw_body(self) -> list:
        """The pass's raw blocks inside the chosen body element (headline left out), cleaned."""
        body = self.body_el
        if body is None:
            return []
        cached = getattr(self, "_raw_cache", None)
        if cached is not None and cached[0] is body:
            return cached[1]
        rng = self.index.ranges.get(body)
        if rng is None:  # a body the pass did not know as one (the densest container): walk it
            walked = walk(body, TABLE, (), is_body=True)
            raws = structure.body_of(walked, body)
            order = self.index.order
            for raw in raws:  # places in the page's pass, not in this one
                raw.at = order.get(raw.el, raw.at)
        else:
            raws = self.index.blocks[rng[0] : rng[1]]
        structure.finish(raws)
        headline = self._headline()
        span = self._span(headline) if headline is not None else None
        if span is not None:
            raws = [r for r in raws if not span[0] <= r.at <= span[1]]
        self._raw_cache = (body, raws)
        return raws

    def body_structure(self) -> structure.Body:
        """The page's body as blocks, images and links (markup, or JSON-LD articleBody), and the
        related links its crosslink paragraphs hold. Counted under sources["blocks"]."""
        if self._structure is not None:
            return self._structure
        raws = self._raw_body()
        lead_fig = self._lead_figure() if self.body_el is not None else None
        body = structure.build(raws, self.url, lead_figure=lead_fig)
        self._structure = body
        return body

    def body_parts(self):
        """The page's body text units and the related-link anchors found among them (the text of
        the paragraph, heading, list-item and quote blocks)."""
        body = self.body_structure()
        return [b["text"] for b in body.blocks if b["type"] in structure.TEXT_TYPES], body.crosslink_anchors

    def later_page(self) -> dict:
        """The part of page 2, 3, … of an article that ``merge_pages`` merges: its blocks, images
        and related links (plain data: it travels in the request between the pages)."""
        body = self.body_structure()
        self.sources["blocks"] = self.layout.MARKUP if body.blocks else "missing"
        return {
            "blocks": body.blocks,
            "images": body.images,
            "related_links": self.related_links(body.crosslink_anchors),
        }

    def related_links(self, inline_links: Iterable[El] = ()) -> list[dict]:
        """Recommended articles in page order: inline crosslink paragraphs, crosslink blocks, topic blocks."""
        anchors = list(inline_links)
        topic_blocks = self._topic_blocks()  # also finds the crosslink boxes
        blocks = _outermost(self._crosslink_blocks + topic_blocks)
        for block in blocks:
            anchors.extend(block.iter("a"))
        anchors = unique_in_order(anchors)
        anchors.sort(key=_position_key)  # page order: a few anchors, no pass over every link
        links = self._links_in(anchors)
        own = _id_of(self.url)
        by_url: dict[str, dict] = {}
        for link in links:
            if _id_of(link["url"]) == own:
                continue
            if link["url"] not in by_url:
                by_url[link["url"]] = link
            elif not by_url[link["url"]]["title"]:  # an image link first, its titled twin later
                by_url[link["url"]]["title"] = link["title"]
        return list(by_url.values())

    def _links_in(self, anchors: Iterable[El]) -> list[dict]:
        """{"url", "title"} for each article link (tag pages and off-site links are not)."""
        out = []
        for a in anchors:
            href = (a.get("href") or "").strip()
            url = article_url(strip_tracking(urljoin(self.url, href))) if href else None
            if not url:
                continue
            out.append({"url": url, "title": _link_title(a)})
        return out

    def next_page_url(self) -> str | None:
        """URL of the next page of a multi-page article (rel=next naming the same article), or None."""
        if "next_page_url" not in self._fields:
            self._fields["next_page_url"] = self._next_page_url()
        return self._fields["next_page_url"]

    def _next_page_url(self) -> str | None:
        own = _id_of(self.url)
        hrefs = []
        if self.head is not None:
            hrefs += [link.get("href") for link in self.head.iterchildren("link") if link.get("rel") == "next"]
        hrefs += [a.get("href") for a in self.select(self.layout.css["NEXT_LINKS"][0], self.main)]
        for href in hrefs:
            if not href:
                continue
            url = article_url(urljoin(self.url, href.strip()), page=True)
            if url and _id_of(url) == own and article_match(url)["page"]:
                return url
        return None

    def json_ld_body(self) -> list[str]:
        """Fallback body from JSON-LD articleBody, shortcodes removed (never for paywalled pages)."""
        text = strip_shortcodes(self.jsonld.get("articleBody") or "")
        return [p for p in (clean_text(x) for x in re.split(r"\n\s*\n|\r\n", text)) if p] if text else []

    def consent_wall(self) -> str | None:
        """The consent marker that makes this page a consent layer or interstitial instead of the
        article, or None: Sourcepoint's message containers and privacy-manager frames anywhere, or
        a consent overlay or dialog text inside the content (t3n's c-consent-overlay is page
        chrome on every page; only in #main-content does it stand where the article should).

        Asked only of pages without article text of their own: on an article page the overlay
        is furniture beside the text, never body."""
        for el in self.root.xpath(_SOURCEPOINT):
            return f"{el.tag}#{el.get('id') or ''}.{el.get('class') or ''}"[:80]
        scope = self.main
        for el in scope.xpath(_CONSENT_IN_CONTENT):
            return f"{el.tag}#{el.get('id') or ''}.{el.get('class') or ''}"[:80]
        if _CONSENT_TEXT.search(" ".join(scope.xpath(".//text()[not(ancestor::script or ancestor::style)]"))[:20_000]):
            return "consent dialog text"
        return None

    # --- the item ----------------------------------------------------------------------------

    def to_item(self) -> Article:
        loader = ArticleLoader(item=Article(), selector=self.sel)
        loader.add_value("id", self.id())
        loader.add_value("url", self.canonical_url())
        lead = self.lead()
        loader.add_value("title", self.title())
        loader.add_value("lead", lead)
        paywalled = self.paywalled()
        body = self.body_structure()
        if body.text_blocks:
            self.sources["body"] = self.sources["blocks"] = self.layout.MARKUP
            self._check_body(body.without_lead(lead) if lead else body, lead, paywalled)
        elif not paywalled and self.json_ld_body():
            body = structure.from_paragraphs(self.json_ld_body())
            self.sources["body"] = self.sources["blocks"] = "jsonld"
        else:
            self.sources["body"] = "missing"
            self.sources["blocks"] = self.layout.MARKUP if body.blocks else "missing"
        if lead:
            body = body.without_lead(lead)  # some layouts repeat the lead as the first body paragraph
        loader.add_value("body", body.text)
        loader.add_value("blocks", body.blocks)
        image = self.image()
        loader.add_value("images", self._images(body, image))
        loader.add_value("links", body.links(self.url))
        loader.add_value("body_markdown", structure.markdown(body.blocks))
        loader.add_value("related_links", self.related_links(body.crosslink_anchors))
        loader.add_value("authors", self.authors())
        loader.add_value("published", self.published())
        loader.add_value("modified", self.modified())
        loader.add_value("section", self.section())
        loader.add_value("tags", self.tags())
        loader.add_value("image", image)
        loader.add_value("reading_time_min", self.reading_time_min())
        loader.add_value("paywalled", paywalled)
        loader.add_value("page_count", 1)
        loader.add_value("language", self._language())
        loader.add_value("crawled_at", self.crawled_at or utc_now_iso())
        loader.add_value("schema_version", SCHEMA_VERSION)
        loader.add_value("sponsor_labels", self.sponsor_labels())
        item = loader.load_item()
        for name in LIST_FIELDS:
            if getattr(item, name) is None:
                setattr(item, name, [])
        return item

    def _images(self, body: structure.Body, image: dict | None) -> list[dict]:
        """images: the lead image first (its largest rendition), then the body's."""
        lead = self._lead_figure()
        images = []
        if lead is not None and image is not None:
            first = structure.image_entry(lead, self.url, image)
            if first is not None:
                images.append(first)
        return images + body.images

    def _language(self) -> str:
        return (clean_text(self.root.get("lang") or "de") or "de")[:2].lower()

    def _check_body(self, body: structure.Body, lead: str | None, paywalled: bool) -> None:
        """The markup's text blocks against JSON-LD articleBody, where the page has one (clues.py:
        the same words agree); counted in checks["body"]. A paywalled page shows only the start
        of articleBody, page 1 of several only its first part. An articleBody that is a cut
        version of the text (under a third of its words, all of them in the markup) checks
        nothing: no verdict."""
        article_body = self.jsonld.get("articleBody")
        if not isinstance(article_body, str) or not article_body.strip():
            return
        words = " ".join(body.text).split()
        more_pages = self.next_page_url() is not None
        partial = paywalled or (more_pages and "<!--nextpage-->" not in article_body)
        clue = article_body_clue(
            strip_shortcodes(article_body), lead, len(words) if partial else None, first_page=more_pages
        )
        if len(clue) < len(words) / 3 and word_cover(clue, words) >= 0.9:
            return  # an excerpt: it confirms what it holds, and holds too little to check the body
        verdict, _ = check_clues("body", "markup", {"markup": words, "jsonld": clue})
        self.checks["body"] = verdict
        if verdict != "agree":
            self.disagreeing["body"] = ["jsonld"]

    # --- helpers -----------------------------------------------------------------------------

    def _headline(self):
        """The headline element (found once: title, lead, kicker and sponsor checks all use it)."""
        if self._headline_found is None:
            self._headline_found = [self.headline_outside_body(self.layout.css["HEADLINE"])]
        return self._headline_found[0]

    def _headline_text(self) -> str | None:
        el = self._headline()
        if el is None:
            return None
        return full_text(el) or clean_text(" ".join(el.itertext()))

    def _densest_container(self):
        """No known body class: the element holding the most paragraphs of text (a layout we don't know)."""
        best, best_count = None, 2
        for el in self.article.xpath(".//*[p]"):
            if _is_furniture(el) or self._inside_ad_slot(el):
                continue
            count = sum(1 for p in el.iterchildren("p") if len(_text_of(p)) > 80)
            if count > best_count:
                best, best_count = el, count
        return best

    def _head_scope(self):
        return self.header if self.header is not None else self.article

    def _in_body(self, el: El) -> bool:
        return self.body_el is not None and _contains(self.body_el, el)

    def _inside_furniture(self, el: El, stop: El = None) -> bool:
        for anc in el.iterancestors():
            if anc is stop or anc is self.article:
                return False
            if _is_furniture(anc) and anc.tag.lower() not in ("header", "footer"):
                return True
        return False

    def _inside_ad_slot(self, el: El) -> bool:
        # Up to the article only: the real page wraps everything in a takeover ad frame (id Ads_BA_TakeOver).
        stop = self.article
        node = el
        while node is not None:
            if node is stop:
                return False
            if _words(node) & _AD_SLOT_WORDS:
                return True
            node = node.getparent()
        return False


def merge_pages(item: Article, later_pages: list) -> Article:
    """One item for a multi-page article.

    ``later_pages``: ``T3nArticlePage.later_page()`` of pages 2, 3, … in order. The blocks, images
    and links of every page follow each other; ``body`` and ``body_markdown`` are those of all the
    blocks; related links are those of every page (deduped, page order); page_count counts the pages.
    """
    blocks = list(item.blocks or [])
    images = list(item.images or [])
    links = {link["url"]: link for link in item.related_links or []}
    for part in later_pages:
        blocks += part["blocks"]
        images += part["images"]
        for link in part["related_links"]:
            if link["url"] != item.url:
                links.setdefault(link["url"], link)
    item.blocks = blocks
    item.images = images
    item.links = structure.links_of(blocks, item.url or "")
    item.body = structure.body_text(blocks) or None
    item.body_markdown = structure.markdown(blocks) or None
    item.related_links = list(links.values())
    item.page_count = 1 + len(later_pages)
    return item


# --- small pure helpers --------------------------------------------------------------------------


def element_text(el: El) -> str | None:
    return structure.element_text(el)


def full_text(el: El) -> str | None:
    return structure.full_text(el)


def _byline_texts(el):
    """The byline's text without buttons, times and scripts in it."""
    yield el.text or ""
    for child in el:
        if isinstance(child.tag, str) and child.tag not in ("button", "time", "script"):
            yield from _byline_texts(child)
        yield child.tail or ""


def _starting_with(el, scope):
    """el, and its ancestors up to scope whose text begins where el's does (nothing with text
    before it in them)."""
    yield el
    node = el
    while node is not scope:
        parent = node.getparent()
        if parent is None:
            return
        if (parent.text or "").strip():
            return
        for sib in node.itersiblings(preceding=True):
            if (sib.tail or "").strip() or _text_of(sib).strip():
                return
        yield parent
        node = parent


def _outermost(elements: list) -> list:
    """Each element once, and none inside another of them."""
    seen: set[int] = set()
    out = []
    for el in elements:
        if id(el) not in seen and not any(id(a) in seen for a in el.iterancestors()):
            seen.add(id(el))
            out.append(el)
    return out


def _position_key(el: El) -> list[int]:
    path = []
    parent = el.getparent()
    while parent is not None:
        path.append(parent.index(el))
        el, parent = parent, parent.getparent()
    return path[::-1]


def _link_title(a: El) -> str | None:
    """A recommended article's title: the teaser's heading inside the link, else the link's text
    without furniture (a kicker, an image), else its title attribute."""
    heading = next((h for h in a.iter("h2", "h3", "h4", "h5") if full_text(h)), None)
    if heading is None:
        heading = next((h for h in a.iter() if h is not a and _words(h) & {"title", "headline"} and full_text(h)), None)
    if heading is not None:
        return full_text(heading)
    return full_text(a) or clean_text(a.get("title"))


def _id_of(url: str | None) -> str | None:
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


def _strip_site(title: str | None) -> str | None:
    return clean_text(_TITLE_SUFFIX.sub("", title)) if title else None


def _split(value: Any) -> list[str] | None:
    return split_authors(value) if isinstance(value, str) and value.strip() else None
