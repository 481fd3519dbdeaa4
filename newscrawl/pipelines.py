"""Item pipelines: small, each with one job, configured from the crawler, counted in the stats.

Order (settings.ITEM_PIPELINES): ad blocks & advertorials -> validation -> dedupe -> state
(change / revision / content_hash / first_seen from the crawl state, newscrawl/state.py).
"""

import logging
import re

from scrapy.exceptions import DropItem

from newscrawl import state as crawl_state
from newscrawl.idset import IdSet
from newscrawl.processors import (
    TEXT_TYPES,
    body_text,
    is_boilerplate_paragraph,
    links_of,
    markdown,
    strip_shortcodes,
    utc_now_iso,
)

logger = logging.getLogger(__name__)

# Ad copy that can reach the text when a slot is not in a known container: a label with a
# separator ("Anzeige: Jetzt …") or an ad shortcode. A sentence that merely begins with the word
# ("Werbung im Netz …", "Anzeige erstatten …") is article text.
AD_TEXT = re.compile(r"^(?:Anzeige|Werbung|Sponsored|Advertisement)\s*[:|–]\s*|\[t3n_ad[^\]]*\]", re.I)


class _StatsPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def drop(self, item, reason):
        """Drop with a reason; newscrawl/outcomes.py counts, logs and stages it (item_dropped)."""
        # Scrapy's own "Dropped:" line at DEBUG: the recorder logs the drop at its level.
        raise DropItem(f"{reason}: {getattr(item, 'url', None)}", log_level="DEBUG")


class AdBlockPipeline(_StatsPipeline):
    """Drops advertorials; removes any ad block that reached title, lead or body.

    The text policy works on the blocks when the item has them (schema 3): a text block whose
    text is ad copy or boilerplate goes, shortcodes leave the text they stand in, and ``body``,
    ``links`` and ``body_markdown`` are made again from the blocks that stay, so the four fields
    always say the same. An item without blocks has its ``body`` cleaned part by part.
    """

    def process_item(self, item):
        if item.sponsor_labels:
            self.stats.inc_value("newscrawl/advertorials_dropped")
            self.drop(item, "advertorial")
        item.sponsor_labels = None
        if item.blocks:
            self._clean_blocks(item)
        elif item.body:
            kept = [cleaned for part in item.body.split("\n\n") if (cleaned := self._clean_text(part))]
            item.body = "\n\n".join(kept)
        for name in ("title", "lead"):
            value = getattr(item, name)
            if value and AD_TEXT.match(value):
                setattr(item, name, AD_TEXT.sub("", value).strip() or None)
                self.stats.inc_value(f"newscrawl/adblock/{name}_cleaned")
        return item

    def _clean_text(self, text):
        """The text without shortcodes, or None when it is ad copy or boilerplate (counted)."""
        cleaned = strip_shortcodes(text).strip()
        if not cleaned or is_boilerplate_paragraph(cleaned) or AD_TEXT.match(cleaned):
            self.stats.inc_value("newscrawl/adblock/body_parts_removed")
            return None
        return cleaned

    def _clean_blocks(self, item):
        kept, changed = [], False
        for block in item.blocks:
            if block.get("type") in TEXT_TYPES:
                cleaned = self._clean_text(block.get("text") or "")
                if cleaned is None:
                    changed = True
                    continue
                if cleaned != block["text"]:
                    block = {**block, "text": " ".join(cleaned.split())}
                    block["links"] = [link for link in block.get("links") or () if link["text"] in block["text"]]
                    changed = True
            kept.append(block)
        body = body_text(kept)
        if changed or body != (item.body or ""):
            item.blocks = kept
            item.body = body
            item.links = links_of(kept, item.url or "")
            item.body_markdown = markdown(kept) or None


class ValidationPipeline(_StatsPipeline):
    """An item without id, title or body is no article, nor is one whose size no article has:
    dropped with a counted reason."""

    REQUIRED = ("id", "url", "title", "body")

    def __init__(self, crawler):
        super().__init__(crawler)
        # The longest t3n long reads run to ~60,000 characters; a body or a title beyond these is
        # a broken page (one 5 MB paragraph), not an article.
        self.max_chars = {
            "body": crawler.settings.getint("NEWSCRAWL_MAX_BODY_CHARS", 300_000),
            "title": crawler.settings.getint("NEWSCRAWL_MAX_TITLE_CHARS", 500),
            "lead": crawler.settings.getint("NEWSCRAWL_MAX_LEAD_CHARS", 3_000),
        }

    def process_item(self, item):
        for name in self.REQUIRED:
            if not getattr(item, name):
                self.drop(item, f"missing_{name}")
        for name, limit in self.max_chars.items():
            if len(getattr(item, name) or "") > limit:
                self.drop(item, f"implausible_{name}")
        return item


class DedupePipeline(_StatsPipeline):
    """One item per article id and run (the same article can arrive under two slugs)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.ids = IdSet()

    def process_item(self, item):
        if item.id in self.ids:
            self.drop(item, "duplicate")
        self.ids.add(item.id)
        return item


class StatePipeline(_StatsPipeline):
    """What each record is to the reader: ``change`` "new" / "updated", ``revision``,
    ``content_hash``, ``first_seen``. An update whose content hash did not change is dropped
    (reason "unchanged"), so the feed is a change feed; a full re-crawl (`-a full=1`) exports it
    as ``change`` "unchanged", so its feed is a complete snapshot.

    Nothing is written to the state here: what reaches the feeds, and what is dropped, is staged
    by the recorder (``newscrawl/outcomes.py``) and committed by ``run.status.RunStatus`` only
    once the feed file holding it is in place, so a killed run loses nothing.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.state = crawl_state.for_crawler(crawler)

    def process_item(self, item):
        if self.state.classify(item, utc_now_iso()) == "unchanged" and not self.full_snapshot:
            self.drop(item, "unchanged")
        return item

    @property
    def full_snapshot(self):
        """`-a full=1`: a complete re-crawl exports every article, unchanged ones included."""
        args = getattr(self.crawler.spider, "args", None)
        return bool(getattr(args, "full", False))


class CorrectionPipeline(_StatsPipeline):
    """``scrapy reextract`` with a crawl state (after StatePipeline): a changed article whose page
    was fetched no later than the state's last export of it is a correction by the parser (the
    same bytes read anew), ``change`` "corrected"; one fetched after that export is a version of
    the site the state never recorded, and stays "updated"."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.state = crawl_state.for_crawler(crawler)

    def process_item(self, item):
        if item.change != "updated":
            return item
        row = self.state.get(item.id) or {}
        exported = crawl_state.timestamp(row.get("last_exported"))
        fetched = crawl_state.timestamp(item.crawled_at)
        if exported is not None and fetched is not None and fetched <= exported:
            item.change = "corrected"
            self.stats.inc_value("newscrawl/reextract/corrected")
        return item
