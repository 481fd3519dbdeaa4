"""newscrawl: a Scrapy project that crawls t3n.de into clean article items."""

__version__ = "0.1.0"
