"""Pipelines on bare items, with a real crawler's stats.

A drop is counted by the outcome recorder (newscrawl/outcomes.py) when Scrapy sends
``item_dropped``; ``_process`` sends it as Scrapy's scraper does.
"""

import pytest
from scrapy import signals
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from newscrawl import outcomes
from newscrawl.items import Article
from newscrawl.pipelines import AdBlockPipeline, DedupePipeline, ValidationPipeline


def _item(**kw):
    base = dict(
        id="1234567",
        url="https://t3n.de/news/x-1234567/",
        title="Titel",
        lead="Lead",
        body="Absatz eins.\n\nAbsatz zwei.",
        sponsor_labels=[],
    )
    base.update(kw)
    return Article(**base)


@pytest.fixture
def crawler():
    crawler = get_crawler(settings_dict={"NEWSCRAWL_REEXTRACT_STATELESS": True})  # no crawl state here
    crawler.stats.open_spider()
    outcomes.for_crawler(crawler)  # connected to item_dropped, as the extension is in a crawl
    return crawler


def _process(crawler, pipe, item):
    """pipe.process_item(item); a DropItem goes out as Scrapy's item_dropped signal, then on."""
    try:
        return pipe.process_item(item)
    except DropItem as exc:
        crawler.signals.send_catch_log(signals.item_dropped, item=item, response=None, exception=exc, spider=None)
        raise


def test_adblock_drops_advertorials_with_a_counted_reason(crawler):
    pipe = AdBlockPipeline.from_crawler(crawler)
    with pytest.raises(DropItem, match="advertorial"):
        _process(crawler, pipe, _item(sponsor_labels=["label:Anzeige"]))
    assert crawler.stats.get_value("item_dropped_reasons_count/advertorial") == 1


def test_adblock_removes_ad_blocks_that_reached_the_body(crawler):
    pipe = AdBlockPipeline.from_crawler(crawler)
    item = pipe.process_item(_item(body="Eins.\n\nAnzeige\n\n[t3n_ad slot=2]\n\nAnzeige: Kaufen Sie jetzt!\n\nZwei."))
    assert item.body == "Eins.\n\nZwei."
    assert crawler.stats.get_value("newscrawl/adblock/body_parts_removed") == 3
    assert item.sponsor_labels is None


def test_adblock_keeps_sentences_that_merely_begin_with_an_ad_word(crawler):
    pipe = AdBlockPipeline.from_crawler(crawler)
    body = "Werbung im Netz wird teurer.\n\nAnzeige erstatten will der Verband nicht."
    assert pipe.process_item(_item(body=body)).body == body


@pytest.mark.parametrize("field", ["id", "title", "body"])
def test_validation_drops_items_without_required_fields(crawler, field):
    pipe = ValidationPipeline.from_crawler(crawler)
    with pytest.raises(DropItem, match=f"missing_{field}"):
        _process(crawler, pipe, _item(**{field: None}))
    assert crawler.stats.get_value(f"item_dropped_reasons_count/missing_{field}") == 1


def test_dedupe_keeps_one_item_per_id(crawler):
    pipe = DedupePipeline.from_crawler(crawler)
    pipe.process_item(_item())
    with pytest.raises(DropItem, match="duplicate"):
        pipe.process_item(_item(url="https://t3n.de/news/alter-slug-1234567/"))


def _structured(texts):
    from newscrawl.processors import body_text, links_of, markdown

    blocks = [
        {
            "type": "paragraph",
            "text": t,
            "links": [{"url": "https://example.org/q", "text": "Quelle"}] if "Quelle" in t else [],
        }
        for t in texts
    ]
    blocks.insert(1, {"type": "image", "url": "https://images.t3n.de/a.jpg", "caption": None, "credit": None})
    url = "https://t3n.de/news/x-1234567/"
    return {
        "blocks": blocks,
        "body": body_text(blocks),
        "links": links_of(blocks, url),
        "body_markdown": markdown(blocks),
    }


def test_adblock_keeps_body_blocks_links_and_markdown_saying_the_same(crawler):
    from newscrawl.processors import body_text, links_of, markdown

    pipe = AdBlockPipeline.from_crawler(crawler)
    fields = _structured(
        [
            "Eins mit Quelle.",
            "Anzeige",
            "Zwei [t3n_ad slot=3] weiter.",
            "Anzeige: Kaufen!",
            "Werbung im Netz wird teurer.",
        ]
    )
    item = pipe.process_item(_item(**fields))
    assert [b["type"] for b in item.blocks] == ["paragraph", "image", "paragraph", "paragraph"]
    assert item.body == "Eins mit Quelle.\n\nZwei weiter.\n\nWerbung im Netz wird teurer." == body_text(item.blocks)
    assert (
        item.links
        == links_of(item.blocks, item.url)
        == [{"url": "https://example.org/q", "text": "Quelle", "article_id": None}]
    )
    assert item.body_markdown == markdown(item.blocks) and "Anzeige" not in item.body_markdown
    assert crawler.stats.get_value("newscrawl/adblock/body_parts_removed") == 2


def test_adblock_leaves_a_clean_structured_item_as_it_is(crawler):
    pipe = AdBlockPipeline.from_crawler(crawler)
    fields = _structured(["Eins mit Quelle.", "Zwei."])
    item = pipe.process_item(_item(**fields))
    assert (item.blocks, item.body, item.links, item.body_markdown) == (
        fields["blocks"],
        fields["body"],
        fields["links"],
        fields["body_markdown"],
    )
