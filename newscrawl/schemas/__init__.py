"""The article JSON Schema, shipped inside the package (also inside the scrapyd egg).

``ARTICLE_SCHEMA`` is a plain dict, so spidermon can load it by object path
(``SPIDERMON_VALIDATION_SCHEMAS = ["newscrawl.schemas.ARTICLE_SCHEMA"]``); a file path would
break once the project runs from a zipped egg. ``pkgutil.get_data`` reads from eggs too.
"""

import json
import pkgutil
from functools import lru_cache

from itemadapter import ItemAdapter
from jsonschema import Draft202012Validator, FormatChecker

from newscrawl.items import ARTICLE_FIELDS, Article

# What the feeds hold: exactly ARTICLE_FIELDS.
ARTICLE_SCHEMA: dict = json.loads((pkgutil.get_data(__name__, "article.json") or b"{}").decode("utf-8"))

# What an item in the crawl holds: the dataclass may carry internal fields that the feed never
# exports (FEED_EXPORT_FIELDS = ARTICLE_FIELDS), e.g. ``sponsor_labels`` for the ad-block
# pipeline. spidermon validates the whole item, so its schema allows those, and nothing else.
_INTERNAL_FIELDS = [name for name in Article.__dataclass_fields__ if name not in ARTICLE_FIELDS]
ARTICLE_ITEM_SCHEMA: dict = {
    **ARTICLE_SCHEMA,
    "$id": ARTICLE_SCHEMA["$id"].replace("article.json", "article-item.json"),
    "properties": {
        **ARTICLE_SCHEMA["properties"],
        **{name: {"description": "internal, not exported"} for name in _INTERNAL_FIELDS},
    },
}


@lru_cache(maxsize=1)
def article_validator() -> Draft202012Validator:
    # FormatChecker enforces "date-time" and "uri" (rfc3339-validator / rfc3987 are installed
    # with jsonschema's format extras); the patterns in the schema hold even without them.
    return Draft202012Validator(ARTICLE_SCHEMA, format_checker=FormatChecker())


def article_errors(item) -> list[str]:
    """Every schema violation of ``item`` (dict, dataclass Article or scrapy Item) as
    "path: message" strings; an empty list means the item is valid."""
    if isinstance(item, dict):
        data = item
    else:  # an Article in the crawl: validate what the feed will write
        adapter = ItemAdapter(item)
        data = {name: adapter.get(name) for name in ARTICLE_FIELDS}
    errors = sorted(article_validator().iter_errors(data), key=lambda e: list(e.absolute_path))
    return [f"{'/'.join(map(str, e.absolute_path)) or '<item>'}: {e.message}" for e in errors]


def validate_article(item) -> None:
    """Raise ``ValueError`` listing every violation when ``item`` breaks the schema."""
    errors = article_errors(item)
    if errors:
        raise ValueError("article does not match schema: " + "; ".join(errors))
