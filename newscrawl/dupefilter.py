"""Scrapy's duplicate-request filter, without a fingerprint per article page.

The spider requests each article once by its id (``newscrawl.idset.IdSet``, a bit an id), so
the fingerprint Scrapy's filter would also keep of every article request (~100 bytes each, held
until the run ends: 10 MB per 100,000 articles of a backfill) buys nothing. Requests the spider
marks ``meta[ID_DEDUPED]`` pass unrecorded; every other request (listings, sitemaps, feeds, later
pages of an article) is filtered as Scrapy always does. A redirect keeps the mark (Scrapy copies
``meta``) and is bounded by ``REDIRECT_MAX_TIMES``; the off-site check is not affected.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter

ID_DEDUPED = "newscrawl_id_deduped"


class ArticleDupeFilter(RFPDupeFilter):
    def request_seen(self, request: Request) -> bool:
        if request.meta.get(ID_DEDUPED):
            return False
        return super().request_seen(request)
