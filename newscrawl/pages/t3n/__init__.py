"""t3n.de: every selector of the site, in one package.

``layouts``: the article markup of each generation of the site, one dated class each.
``article``: article pages -> Article items (the one pass, the fields and their clues).
``listing``: home, listing and topic pages, RSS feeds and sitemap entries -> the articles they
link, pagination.
"""

from newscrawl.pages.t3n.article import FIELD_SOURCES, T3nArticlePage, merge_pages
from newscrawl.pages.t3n.listing import XML_ENTITY_DECL, T3nListingPage, read_feed, sitemap_articles

__all__ = [
    "FIELD_SOURCES",
    "XML_ENTITY_DECL",
    "T3nArticlePage",
    "T3nListingPage",
    "merge_pages",
    "read_feed",
    "sitemap_articles",
]
