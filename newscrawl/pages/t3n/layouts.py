"""t3n.de's article markup, one dated class per generation: every selector of an article page.

A layout is matched to a page by probing (``matches``), in the order of ``LAYOUTS``, most specific
first; ``VALID_FROM`` / ``VALID_UNTIL`` say when the site is known to have served it (after
fundus' ``V1``/``V1_1``), ``None`` while it is current. Each class names its markup as CSS
selectors in class constants and overrides only what its generation changed. The selectors of
every layout are compiled, when the class is defined, into the one lookup table (``TABLE``,
``newscrawl.pages.selectors``) that the page's single pass over the article consults
(``newscrawl.pages.walk``).

A new markup generation: a subclass of ``Layout`` here with its selectors and ``matches()``, put
into ``LAYOUTS`` before the one it follows (docs/site-layouts.md).
"""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING, Any, ClassVar

from newscrawl.pages.selectors import Selector as Css
from newscrawl.pages.selectors import Table, compile_selector

if TYPE_CHECKING:
    from newscrawl.pages.t3n.article import T3nArticlePage


# All layouts' selectors, compiled into the one table the pass consults (filled by Layout).
TABLE = Table()
_BODY_COMPOUNDS: set[int] = set()


class Layout:
    """What every t3n layout shares; each generation below overrides only what its markup changed.

    A layout is matched to a page by probing (``matches``); ``VALID_UNTIL`` is the last day the
    site is known to have served it (after fundus' ``V1``/``V1_1``), ``None`` while it is current.
    Selectors are CSS, searched inside the article element (``ARTICLE``) and its head (``HEADER``);
    every tuple below is compiled into the pass's table when the class is defined.
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
    # The lead image is the body's first <figure> child when no paragraph with text stands before
    # it (the 2019 layout says exactly where it stands); else the first figure or image box before
    # the body text starts, or one whose class names it the lead image.
    LEAD_IMAGE_FIRST_IN_BODY = False
    # Figures and image boxes (a <div class="…image…"> holding an <img>; WordPress's caption
    # shortcode: <div class="wp-caption"><img><p class="wp-caption-text">).
    IMAGE_BOXES: tuple[str, ...] = (
        "figure",
        "[class*=image]",
        "[class*=media]",
        "[class*=picture]",
        "[class*=visual]",
        "[class*=hero]",
        ".wp-caption",
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
    BREADCRUMB_TITLE: tuple[str, ...] = ()
    BREADCRUMB_LINKS: tuple[str, ...] = ()
    PAYWALL: tuple[str, ...] = ("[class*=paywall]",)
    # Crosslink boxes (.tg-crosslinks, .c-crosslinks) and suggestion blocks (.c-suggestNews-container,
    # related, recommended).
    RECOMMENDATION_BLOCKS: tuple[str, ...] = (
        "[class*=crosslink]",
        "[class*=suggestNews]",
        "[class*=suggest-news]",
        "[class*=related]",
        "[class*=recommend]",
    )
    MORE_ON_TOPIC = "Mehr zu diesem Thema"
    # Class words of boxes whose content no field reads: the pass does not look inside them.
    UNREAD = frozenset(
        """newsletter newsletterbox comments community share sharing shariff social socials modal popup
consent cookiebanner outbrain taboola adsbygoogle""".split()
    )
    # Kickers, badges and labels in the article head, where "Anzeige" marks an advertorial.
    LABELS: tuple[str, ...] = (
        "[class*=kicker]",
        "[class*=Kicker]",
        "[class*=overline]",
        "[class*=roofline]",
        "[class*=category]",
        "[class*=sponsor]",
        "[class*=advertorial]",
        "[class*=label]",
        "[class*=badge]",
        "[class=h3]",
    )
    TIMES: tuple[str, ...] = ("time[datetime]",)
    # Links to the next page of a multi-page article (besides <link rel=next> in the head).
    NEXT_LINKS: tuple[str, ...] = ("a[rel=next]",)
    # The selector tuples above, compiled (filled by __init_subclass__).
    SELECTOR_FIELDS: ClassVar[tuple[str, ...]] = (
        "ARTICLE",
        "HEADER",
        "HEADLINE",
        "KICKER",
        "LEAD",
        "BODY",
        "META_LINE",
        "IMAGE_BOXES",
        "BREADCRUMB_TITLE",
        "BREADCRUMB_LINKS",
        "PAYWALL",
        "RECOMMENDATION_BLOCKS",
        "LABELS",
        "TIMES",
        "NEXT_LINKS",
    )
    css: ClassVar[dict[str, tuple[tuple[Css, ...], ...]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls.compile()

    @classmethod
    def compile(cls) -> None:
        """Each selector tuple -> compiled selectors, their first compounds in the pass's table
        (and, for the body, the last compound too: the pass emits blocks inside it)."""
        cls.css = {}
        for name in cls.SELECTOR_FIELDS:
            compiled = tuple(compile_selector(q) for q in getattr(cls, name))
            for group in compiled:
                for sel in group:
                    TABLE.add(sel.compounds[0])
                    if name == "BODY":
                        _BODY_COMPOUNDS.add(TABLE.add(sel.compounds[-1]))
            cls.css[name] = compiled

    @classmethod
    def matches(cls, page: T3nArticlePage) -> bool:
        raise NotImplementedError


Layout.compile()


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
    LEAD_IMAGE_FIRST_IN_BODY = True
    KICKER_BEFORE_HEADLINE = LEAD_AFTER_HEADLINE = False
    BREADCRUMB_TITLE = ("ul.c-breadcrumb h1",)
    BREADCRUMB_LINKS = ("ul.c-breadcrumb a",)
    PROBE = ("h2.u-text-extralarge, p.u-text-teaser",)
    SELECTOR_FIELDS = (*Layout.SELECTOR_FIELDS, "PROBE")

    @classmethod
    def matches(cls, page: T3nArticlePage) -> bool:
        return page.header is not None and bool(page.select(cls.css["PROBE"][0], page.header))


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
    def matches(cls, page: T3nArticlePage) -> bool:
        return page.headline_outside_body(cls.css["HEADLINE"]) is not None


class ClassicLayout(Layout):
    """Before 2019: a plain h1 in the article header, the lead the paragraph under it; images in
    WordPress's own caption markup (``div.wp-caption``, ``figure.wp-block-image``)."""

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
    def matches(cls, page: T3nArticlePage) -> bool:
        return page.headline_outside_body(cls.css["HEADLINE"]) is not None


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
    def matches(cls, page: T3nArticlePage) -> bool:
        return True


# Probed in this order: the most specific markup first.
LAYOUTS: tuple[type[Layout], ...] = (Layout2019, Layout2025, ClassicLayout, UnknownLayout)
_BODY = frozenset(_BODY_COMPOUNDS)
TABLE.set_body(_BODY)
TABLE.set_unread(frozenset().union(*(layout.UNREAD for layout in LAYOUTS)))
