"""Each article once, in little memory: the spider's and the dedupe pipeline's set of article ids
(newscrawl/idset.py) and Scrapy's duplicate filter without article fingerprints
(newscrawl/dupefilter.py)."""

from scrapy import Request
from scrapy.utils.test import get_crawler

from newscrawl import settings
from newscrawl.dupefilter import ID_DEDUPED, ArticleDupeFilter
from newscrawl.idset import MAX_NUMBER, IdSet


def test_it_is_a_set_of_id_strings():
    ids = IdSet(["1587177", "12", "abc", "0123", str(MAX_NUMBER + 5)])
    ids.add("1587177")  # twice: counted once
    ids.add("7")
    for present in ["1587177", "12", "abc", "0123", str(MAX_NUMBER + 5), "7"]:
        assert present in ids
    for absent in ["1587176", "1587178", "123", "0", "", "8", "999999999", None, 12]:
        assert absent not in ids
    assert len(ids) == 6


def test_leading_zeros_and_non_ascii_digits_are_other_ids():
    ids = IdSet(["12"])
    assert "012" not in ids
    ids.add("012")
    ids.add("١٢")  # Arabic-Indic digits: str.isdigit() says yes
    assert len(ids) == 3 and "012" in ids and "١٢" in ids


def test_a_hundred_thousand_ids_take_a_bitmap_not_a_set():
    ids = IdSet(str(1_500_000 + n) for n in range(100_000))
    assert len(ids) == 100_000
    assert len(ids._bits) <= 2 * 1_600_000 // 8  # ~400 KB at most, against ~10 MB as a set of str
    assert not ids._others


def test_the_duplicate_filter_keeps_no_fingerprint_of_an_article_request():
    assert settings.DUPEFILTER_CLASS == "newscrawl.dupefilter.ArticleDupeFilter"
    dupes = ArticleDupeFilter.from_crawler(get_crawler())
    article = Request("https://t3n.de/news/a-1587177/", meta={ID_DEDUPED: True})
    assert not dupes.request_seen(article)
    assert not dupes.request_seen(article.replace())  # the spider, not the filter, asks once per id
    listing = Request("https://t3n.de/news/")
    assert not dupes.request_seen(listing)
    assert dupes.request_seen(listing.replace())
