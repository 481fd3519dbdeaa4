"""The compiled item validation (newscrawl/validation.py) says what spidermon's validator says."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from spidermon.contrib.validation.jsonschema.validator import JSONSchemaValidator

from newscrawl.schemas import ARTICLE_ITEM_SCHEMA
from newscrawl.validation import SHARED_KEYWORDS, CompiledSchemaValidator

TESTS = Path(__file__).parent
# schema keys whose values are maps of names (not keywords) or data
_NAMED = {"properties", "$defs"}
_DATA = {"enum", "const", "examples", "default", "required"}


def _keywords(node, found):
    if isinstance(node, list):
        for child in node:
            _keywords(child, found)
        return found
    if not isinstance(node, dict):
        return found
    for key, value in node.items():
        found.add(key)
        if key in _NAMED:
            for child in value.values():
                _keywords(child, found)
        elif key not in _DATA:
            _keywords(value, found)
    return found


def _golden_items():
    items = []
    for path in sorted(TESTS.glob("site*/**/expected.json")) + sorted(TESTS.glob("real/*.expected.json")):
        expected = json.loads(path.read_text("utf-8").replace("{base}", "http://127.0.0.1:8000"))
        if expected.get("_expect") == "dropped":
            continue
        item = {k: v for k, v in expected.items() if not k.startswith("_")}
        for name, value in (
            ("crawled_at", "2026-01-01T00:00:00+00:00"),
            ("change", "new"),
            ("revision", 1),
            ("content_hash", "a" * 64),
            ("first_seen", "2026-01-01T00:00:00+00:00"),
            ("schema_version", ARTICLE_ITEM_SCHEMA["properties"]["schema_version"].get("const", 3)),
        ):
            item.setdefault(name, value)
        items.append(item)
    return items


def test_the_schema_uses_only_keywords_both_drafts_read_alike():
    assert _keywords(ARTICLE_ITEM_SCHEMA, set()) <= SHARED_KEYWORDS


BROKEN = {
    "url": 5,
    "title": None,
    "published": "yesterday",
    "authors": "Anna",
    "tags": [1],
    "image": {"url": 3},
    "reading_time_min": "two",
    "paywalled": "no",
    "language": 7,
    "revision": "1",
}


@pytest.fixture(scope="module")
def validators():
    return JSONSchemaValidator(ARTICLE_ITEM_SCHEMA), CompiledSchemaValidator(ARTICLE_ITEM_SCHEMA)


def test_golden_items_are_valid_for_both(validators):
    spidermon, compiled = validators
    items = _golden_items()
    assert len(items) > 30
    for item in items:
        assert spidermon.validate(item) == compiled.validate(item), item["id"]


@pytest.mark.parametrize("field, value", sorted(BROKEN.items()))
def test_a_broken_field_is_an_error_for_both_with_spidermons_messages(validators, field, value):
    spidermon, compiled = validators
    item = copy.deepcopy(_golden_items()[0])
    item[field] = value
    got = compiled.validate(item)
    assert got == spidermon.validate(item)
    assert got[0] is False and got[1]


BROKEN_BLOCKS = [
    {"type": "paragraph", "text": "x"},  # no links
    {"type": "heading", "text": "x", "level": "2", "links": []},
    {"type": "sidebar", "text": "x", "links": []},  # no such kind of block
    {"type": "image", "url": "not a url", "caption": None, "credit": None},
    {"type": "table", "rows": []},
    "a paragraph",
]


@pytest.mark.parametrize("block", BROKEN_BLOCKS, ids=[str(i) for i in range(len(BROKEN_BLOCKS))])
def test_a_broken_block_is_an_error_for_both(validators, block):
    """blocks are checked by their type (each block schema pins it), which is exactly oneOf."""
    spidermon, compiled = validators
    item = copy.deepcopy(_golden_items()[0])
    item["blocks"] = [*item.get("blocks", []), block]
    got = compiled.validate(item)
    assert got == spidermon.validate(item)
    assert got[0] is False
