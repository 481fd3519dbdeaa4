"""Golden files: the page parser on every article page of the replicas, field by field.

Each article's page 1 has ``expected.json`` beside it, never written from the parser's output:
``tests/site`` (the replica the crawl tests serve) derives it from the generator's data;
``tests/site_b`` and ``tests/site_c`` are replicas written blind, from the site reference alone,
by someone who had not seen the parser or the other replicas, as an acceptance tester would;
``tests/site_f`` is one written blind in the real page's markup whose golden files also hold the
structured fields (``blocks``, ``images``, ``links``), as the other blind replicas' do.
Pages are parsed offline, as saved, with
the server's ``{{BASE}}`` placeholder replaced by a fixed base URL.
"""

import json
import re
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from newscrawl.pages.t3n import FIELD_SOURCES, T3nArticlePage, merge_pages
from newscrawl.processors import token_f1

SITE = Path(__file__).parent / "site"
SITES = tuple(Path(__file__).parent / name for name in ("site", "site_b", "site_c", "site_d", "site_e", "site_f"))
BASE = "http://127.0.0.1:8765"
# Filled by the crawler, not by the page: not compared here.
CRAWLER_FIELDS = {"crawled_at", "change", "revision", "content_hash", "first_seen", "schema_version"}
# Text that is page furniture on t3n.de and must never be in a title, lead or body.
FURNITURE = [
    "Anzeige",
    "Artikel merken",
    "Min. Lesezeit",
    "Fast fertig",
    "Community-Richtlinien",
    "Adblocker",
    "Mastodon",
    "Schreib den ersten Kommentar",
    "Ebenfalls interessant",
    "Mehr zu diesem Thema",
    "Foto:",
    "Shutterstock",
    "[embed",
    "[t3n_ad",
    "Bestätigungsmail",
]


def _expected_files():
    return sorted(path for site in SITES for path in site.rglob("expected.json"))


def _load_page(path):
    """The page's text as a crawl reads it: the bytes the replica server sends (its ``{{BASE}}``
    replaced, its Content-Type from ``_headers.json``), decoded by Scrapy."""
    site = _site_of(path)
    headers_file = site / "_headers.json"
    headers = json.loads(headers_file.read_text(encoding="utf-8")) if headers_file.is_file() else {}
    url_path = "/" + path.relative_to(site).as_posix() + "/"
    content_type = headers.get(url_path, {}).get("Content-Type", "text/html; charset=utf-8")
    body = (path / "index.html").read_bytes().replace(b"{{BASE}}", BASE.encode())
    return HtmlResponse(BASE + url_path, body=body, headers={"Content-Type": content_type}).text


def _site_of(directory):
    return next(site for site in SITES if directory.is_relative_to(site))


def parse_saved_article(directory):
    """Parse page 1 and follow rel=next through the saved later pages, as the spider does."""
    site = _site_of(directory)
    url = BASE + "/" + directory.relative_to(site).as_posix() + "/"
    page = T3nArticlePage(_load_page(directory), url, crawled_at="2026-01-01T00:00:00+00:00")
    item = page.to_item()
    later, next_url = [], page.next_page_url()
    while next_url:
        later_dir = site / next_url[len(BASE) + 1 :].strip("/")
        later_page = T3nArticlePage(_load_page(later_dir), next_url)
        later.append(later_page.later_page())
        next_url = later_page.next_page_url()
    if later:
        merge_pages(item, later)
    return item, page


def _dropped_ids(site):
    """Advertorials a crawl must drop: marked in expected.json or listed in expected_crawl.json."""
    crawl = site / "expected_crawl.json"
    listed = json.loads(crawl.read_text(encoding="utf-8")).get("dropped", []) if crawl.is_file() else []
    return {str(d["id"]) if isinstance(d, dict) else str(d) for d in listed}


def _cases():
    cases = []
    for path in _expected_files():
        expected = json.loads(path.read_text(encoding="utf-8"))
        if str(expected.get("id")) in _dropped_ids(_site_of(path.parent)):
            expected = {"_expect": "dropped", "id": expected["id"]}
        site = _site_of(path.parent)
        cases.append(pytest.param(path.parent, expected, id=f"{site.name}/{path.parent.relative_to(site).as_posix()}"))
    return cases


def _subst(value):
    if isinstance(value, str):
        return value.replace("{base}", BASE)
    if isinstance(value, list):
        return [_subst(v) for v in value]
    if isinstance(value, dict):
        return {k: _subst(v) for k, v in value.items()}
    return value


def test_the_replicas_have_golden_files():
    assert len(list(SITE.rglob("expected.json"))) >= 15
    assert len(list(SITES[1].rglob("expected.json"))) >= 10


@pytest.mark.parametrize("directory, expected", _cases())
def test_parser_matches_golden_item(directory, expected):
    item, page = parse_saved_article(directory)
    if expected.get("_expect") == "dropped":
        # Advertorials: the page module must flag them so the ad-block pipeline drops them.
        assert item.sponsor_labels, "advertorial not recognised"
        return
    expected = _subst(expected)
    for field, want in expected.items():
        if field.startswith("_") or field in CRAWLER_FIELDS:
            continue
        got = getattr(item, field)
        if field == "body":
            assert token_f1(want, got) >= 0.99, f"body F1 {token_f1(want, got):.3f}"
            assert got == want
        else:
            assert got == want, f"{field}: {got!r} != {want!r} (source: {page.sources.get(field)})"
    assert not item.sponsor_labels


@pytest.mark.parametrize("directory, expected", _cases())
def test_no_furniture_in_text_fields(directory, expected):
    item, _ = parse_saved_article(directory)
    if expected.get("_expect") == "dropped":
        return
    for field in ("title", "lead", "body"):
        text = getattr(item, field) or ""
        for word in FURNITURE:
            # A word may be article text only where the expected item has it too.
            if word in text:
                assert word in (expected.get(field) or ""), f"{word!r} in {field}"


@pytest.mark.parametrize("directory, expected", _cases())
def test_every_answer_comes_from_a_clue_the_table_names(directory, expected):
    """FIELD_SOURCES (documented in docs/site-layouts.md) is the truth about the order of the clues."""
    _, page = parse_saved_article(directory)
    for field, source in page.sources.items():
        if field in FIELD_SOURCES:
            table = FIELD_SOURCES[field]
            allowed = {*table["order"], *table.get("fallback", ()), "missing", "heuristic"}
            if page.checks.get(field) == "overruled":
                allowed |= set(table.get("check", ()))
            assert source in allowed, (field, source)


def test_golden_files_have_no_empty_required_values():
    for path in _expected_files():
        expected = json.loads(path.read_text(encoding="utf-8"))
        if expected.get("_expect") == "dropped":
            continue
        for field in ("id", "url", "title", "lead", "body", "authors", "published", "section"):
            assert expected.get(field), f"{path}: empty {field}"


TEXT_BLOCK_TYPES = ("paragraph", "heading", "list_item", "quote")


def test_golden_structured_fields_agree_with_the_other_fields():
    """The golden files themselves (no parser): where they hold blocks, body is the texts of the
    text blocks, links is the blocks' links in order, and images[0] is the lead image."""
    paths = [*_expected_files(), *sorted((Path(__file__).parent / "real").glob("*.expected.json"))]
    checked = 0
    for path in paths:
        expected = json.loads(path.read_text(encoding="utf-8"))
        if "blocks" not in expected:
            continue
        checked += 1
        blocks = expected["blocks"]
        assert "\n\n".join(b["text"] for b in blocks if b["type"] in TEXT_BLOCK_TYPES) == expected["body"], path
        block_links = [link for b in blocks for link in b.get("links", ())]
        assert [{"url": x["url"], "text": x["text"]} for x in expected["links"]] == block_links, path
        for link in expected["links"]:
            assert "utm_" not in link["url"] and "#" not in link["url"] and link["text"], path
            assert (link["article_id"] is None) == (re.search(r"/(news|magazin)/[a-z0-9-]+-\d+/$", link["url"]) is None)
        image, images = expected["image"], expected["images"]
        inline = [b for b in blocks if b["type"] == "image"]
        assert len(images) == len(inline) + (image is not None), path
        if image is not None:
            lead = images[0]
            assert (lead["caption"], lead["credit"]) == (image["caption"], image["credit"]), path
        for img in images:
            assert "?class=" not in img["url"] and set(img) == {"url", "caption", "credit", "width", "height"}, path
    assert checked >= 1
