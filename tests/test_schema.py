"""The JSON Schema is the data contract: it matches the item class and accepts exactly what
the crawler writes (synthetic items, a hand-built sample, and the replica's expected items)."""

import copy
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from newscrawl.items import ARTICLE_FIELDS, SCHEMA_VERSION, Article
from newscrawl.schemas import ARTICLE_SCHEMA, article_errors, validate_article
from newscrawl.schemas.synthetic import synthetic_article

SITE = Path(__file__).parent / "site"

PARLER = {
    "id": "1311657",
    "url": "https://t3n.de/news/parler-amazon-moderation-kritik-1311657/",
    "title": "Parler: Mails zeigen, dass Amazon die Moderation schon vor Monaten kritisiert hat",
    "lead": "Amazons Cloudsparte AWS hat Parler schon im November 2020 auf Probleme hingewiesen.",
    "body": "Nach dem Sturm auf das US-Kapitol …\n\nParler: Das steckt hinter dem rechten Netzwerk"
    "\n\n… an dem Sturm des Kapitols beteiligt hatten.",
    "blocks": [
        {
            "type": "paragraph",
            "text": "Nach dem Sturm auf das US-Kapitol …",
            "links": [{"url": "https://www.reuters.com/article/parler-1", "text": "Sturm"}],
        },
        {"type": "heading", "text": "Parler: Das steckt hinter dem rechten Netzwerk", "level": 2, "links": []},
        {
            "type": "image",
            "url": "https://images.t3n.de/news/wp-content/uploads/2021/01/parler-app.jpg",
            "caption": "Die App",
            "credit": None,
        },
        {"type": "list_item", "text": "Erstens", "ordered": True, "links": []},
        {"type": "quote", "text": "Ein Zitat.", "links": []},
        {"type": "embed", "url": "https://twitter.com/parler/status/1", "provider": "twitter"},
        {"type": "table", "rows": [["Jahr", "Nutzer"], ["2021", ""]]},
        {"type": "paragraph", "text": "… an dem Sturm des Kapitols beteiligt hatten.", "links": []},
    ],
    "images": [
        {
            "url": "https://images.t3n.de/news/wp-content/uploads/2021/01/parler.jpg",
            "caption": "Parler auf einem Smartphone",
            "credit": "Sherl / Shutterstock.com",
            "width": 620,
            "height": 350,
        },
        {
            "url": "https://images.t3n.de/news/wp-content/uploads/2021/01/parler-app.jpg",
            "caption": "Die App",
            "credit": None,
            "width": None,
            "height": None,
        },
    ],
    "links": [{"url": "https://www.reuters.com/article/parler-1", "text": "Sturm", "article_id": None}],
    "body_markdown": "Nach dem [Sturm](https://www.reuters.com/article/parler-1) auf das US-Kapitol …\n\n"
    "## Parler: Das steckt hinter dem rechten Netzwerk",
    "related_links": [
        {
            "url": "https://t3n.de/news/telegram-loescht-hassgruppen-1311000/",
            "title": "Wegen Aufrufen zur Gewalt: Telegram löscht Hassgruppen",
        }
    ],
    "authors": ["Andreas Floemer"],
    "published": "2021-01-13T15:02:00+01:00",
    "modified": None,
    "section": "News",
    "tags": ["Amazon", "Social Media"],
    "image": {
        "url": "https://images.t3n.de/news/wp-content/uploads/2021/01/parler.jpg",
        "caption": "Parler auf einem Smartphone",
        "credit": "Sherl / Shutterstock.com",
    },
    "reading_time_min": 2,
    "paywalled": False,
    "page_count": 1,
    "language": "de",
    "crawled_at": "2021-01-14T08:00:03.123456+00:00",
    "change": "new",
    "revision": 1,
    "content_hash": "9f86d081884c7d659a2feaa0c55ad015",
    "first_seen": "2021-01-14T08:00:03+00:00",
    "schema_version": SCHEMA_VERSION,
}

# What the crawler adds on top of what the page parser extracts (expected.json holds only the
# page's own fields); values as the state pipeline writes them on a first sighting.
CRAWLER_FIELDS = {
    "crawled_at": "2024-05-01T10:00:00+00:00",
    "change": "new",
    "revision": 1,
    "content_hash": "0123456789abcdef",
    "first_seen": "2024-05-01T10:00:00+00:00",
    "schema_version": SCHEMA_VERSION,
}


def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(ARTICLE_SCHEMA)
    assert ARTICLE_SCHEMA["$schema"].endswith("/draft/2020-12/schema")


def test_schema_matches_item_contract():
    # Same fields, same order as the feeds; every field present (nullable ones are null).
    assert list(ARTICLE_SCHEMA["properties"]) == ARTICLE_FIELDS
    assert ARTICLE_SCHEMA["required"] == ARTICLE_FIELDS
    assert ARTICLE_SCHEMA["additionalProperties"] is False
    assert ARTICLE_SCHEMA["properties"]["schema_version"]["const"] == SCHEMA_VERSION
    for name, prop in ARTICLE_SCHEMA["properties"].items():
        assert prop.get("description"), f"{name} has no description (the README table uses it)"
        assert prop.get("examples"), f"{name} has no example"


def test_sample_items_are_valid():
    assert article_errors(PARLER) == []
    validate_article(Article(**PARLER))  # the dataclass item validates the same way
    for n in range(50):
        for revision in (1, 3):
            assert article_errors(synthetic_article(n, revision=revision)) == []


def test_state_fields_are_nullable():
    item = dict(PARLER, change=None, revision=None, content_hash=None, first_seen=None)
    assert article_errors(item) == []


@pytest.mark.parametrize(
    "field, value",
    [
        ("id", "abc"),
        ("id", 1311657),
        ("url", "/news/relative-1311657/"),
        ("url", "not a url"),
        ("title", ""),
        ("title", None),
        ("body", None),
        ("published", "2021-01-13 15:02"),
        ("published", "2021-01-13T15:02:00"),  # no offset
        ("modified", "13.01.2021"),
        ("crawled_at", "2021-01-14T09:00:03+01:00"),  # not UTC
        ("authors", "Andreas Floemer"),
        ("authors", [""]),
        ("tags", [" Amazon"]),
        ("related_links", [{"title": "no url"}]),
        ("related_links", [{"url": "https://t3n.de/x/", "title": "t", "extra": 1}]),
        ("image", {"url": "https://images.t3n.de/a.jpg"}),
        ("blocks", None),
        ("blocks", [{"type": "paragraph", "text": "ohne links"}]),
        ("blocks", [{"type": "paragraph", "text": "", "links": []}]),
        ("blocks", [{"type": "paragraph", "text": "zwei  Leerzeichen", "links": []}]),
        ("blocks", [{"type": "paragraph", "text": "Zeilen\numbruch", "links": []}]),
        ("blocks", [{"type": "heading", "text": "H", "links": []}]),
        ("blocks", [{"type": "heading", "text": "H", "level": 7, "links": []}]),
        ("blocks", [{"type": "list_item", "text": "x", "ordered": "yes", "links": []}]),
        ("blocks", [{"type": "image", "url": "/relativ.jpg", "caption": None, "credit": None}]),
        ("blocks", [{"type": "embed", "url": "https://x.com/a/status/1", "provider": "X.com"}]),
        ("blocks", [{"type": "table", "rows": []}]),
        ("blocks", [{"type": "video", "url": "https://x.com/v.mp4"}]),
        ("blocks", [{"type": "paragraph", "text": "t", "links": [{"url": "https://t3n.de/#top", "text": "t"}]}]),
        ("images", [{"url": "https://images.t3n.de/a.jpg", "caption": None, "credit": None}]),
        (
            "images",
            [{"url": "https://images.t3n.de/a.jpg", "caption": None, "credit": None, "width": "620", "height": None}],
        ),
        ("links", [{"url": "https://t3n.de/news/x-1234567/", "text": "x"}]),
        ("links", [{"url": "https://t3n.de/news/x-1234567/", "text": "x", "article_id": 1234567}]),
        ("body_markdown", ""),
        ("reading_time_min", "2 Min."),
        ("paywalled", "false"),
        ("page_count", 0),
        ("language", "en"),
        ("change", "deleted"),
        ("revision", 0),
        ("schema_version", SCHEMA_VERSION + 1),
    ],
)
def test_schema_rejects(field, value):
    item = dict(PARLER, **{field: value})
    errors = article_errors(item)
    assert errors and any(e.startswith(field) for e in errors), errors


def test_schema_rejects_unknown_and_missing_fields():
    assert article_errors(dict(PARLER, _validation={"x": 1}))
    item = copy.deepcopy(PARLER)
    del item["modified"]
    assert any("'modified' is a required property" in e for e in article_errors(item))
    with pytest.raises(ValueError, match="does not match schema"):
        validate_article(dict(PARLER, language="en"))


# The offline replicas (tests/site, tests/site_b … tests/site_f) hold golden items beside their pages.
EXPECTED = sorted(SITE.parent.glob("site*/**/expected.json"))


@pytest.mark.skipif(not EXPECTED, reason="replica has no expected items yet")
@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: str(p.parent.relative_to(SITE.parent)))
def test_replica_expected_items_are_valid(path):
    # Golden items hold the page's own fields ("{base}" for the replica's URL, "_..." notes for
    # the tests); the crawler adds the rest.
    expected = json.loads(path.read_text("utf-8").replace("{base}", "http://127.0.0.1:8000"))
    if expected.get("_expect") == "dropped":  # an advertorial: never written to a feed
        pytest.skip("dropped by the pipelines")
    item = {k: v for k, v in expected.items() if not k.startswith("_")}
    item = {**item, **{k: v for k, v in CRAWLER_FIELDS.items() if item.get(k) is None}}
    # tests/site's generator writes no structured fields (the blind replicas do): what the
    # crawler writes for a body whose structure the file does not state
    if "blocks" not in item:
        item.update(blocks=[], images=[], links=[], body_markdown=None)
    assert article_errors({name: item.get(name) for name in ARTICLE_FIELDS}) == []
    assert set(item) <= set(ARTICLE_FIELDS)


def test_item_schema_allows_only_internal_dataclass_fields():
    # spidermon sees the whole dataclass (internal fields included), the feed only ARTICLE_FIELDS.
    from newscrawl.schemas import ARTICLE_ITEM_SCHEMA

    internal = [f for f in Article.__dataclass_fields__ if f not in ARTICLE_FIELDS]
    validator = Draft202012Validator(ARTICLE_ITEM_SCHEMA)
    assert not list(validator.iter_errors({**PARLER, **dict.fromkeys(internal)}))
    assert list(validator.iter_errors({**PARLER, "bogus": 1}))


def test_spidermon_loads_the_schema_by_object_path():
    # The path configured in SPIDERMON_VALIDATION_SCHEMAS; an object path still works in an egg.
    from spidermon.contrib.scrapy.pipelines import ItemValidationPipeline

    validator = ItemValidationPipeline._load_jsonschema_validator("newscrawl.schemas.ARTICLE_ITEM_SCHEMA")
    internal = {f: None for f in Article.__dataclass_fields__ if f not in ARTICLE_FIELDS}
    assert validator.validate(Article(**PARLER, **internal).__dict__) == (True, {})
    ok, errors = validator.validate(dict(PARLER, id="x1"))
    assert not ok and "id" in errors
