"""The article item: the fixed contract the feeds, the schema and the analysts rely on.

Output processors live in the field metadata (itemloaders reads ``output_processor`` there), so
the item class says for each field whether it is one value or a list; nothing falls back to a
silent default ``TakeFirst`` on a multi-valued field.
"""

from dataclasses import dataclass, field

from itemloaders.processors import Identity, Join, TakeFirst

# 2: `change` may be "corrected" (`scrapy reextract`: the parser read the same archived page anew)
# 3: the article's structure: `blocks`, `images`, `links`, `body_markdown` (docs/article-structure.md)
SCHEMA_VERSION = 3


def _unique(values):
    """Keep each value once, in page order (names and tags repeat across clues)."""
    seen, out = set(), []
    for v in values:
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


_one = {"output_processor": TakeFirst()}
_many = {"output_processor": Identity()}
_set = {"output_processor": _unique}


def _f(meta):
    return field(default=None, metadata=meta)


@dataclass
class Article:
    id: str | None = _f(_one)
    url: str | None = _f(_one)
    title: str | None = _f(_one)
    lead: str | None = _f(_one)
    # Body parts arrive as one string per paragraph / subheading / list item / quote block.
    body: str | None = _f({"output_processor": Join("\n\n")})
    # The same body with its structure (docs/article-structure.md): typed blocks in page order,
    # every image (the lead image first), every link of the text, and the blocks as Markdown.
    blocks: list | None = _f(_many)
    images: list | None = _f(_many)
    links: list | None = _f(_many)
    body_markdown: str | None = _f(_one)
    related_links: list | None = _f(_many)
    authors: list | None = _f(_set)
    published: str | None = _f(_one)
    modified: str | None = _f(_one)
    section: str | None = _f(_one)
    tags: list | None = _f(_set)
    image: dict | None = _f(_one)
    reading_time_min: int | None = _f(_one)
    paywalled: bool | None = _f(_one)
    page_count: int | None = _f(_one)
    language: str | None = _f(_one)
    crawled_at: str | None = _f(_one)
    # Filled by the state pipeline (incremental runs): what this record is to the reader.
    change: str | None = _f(_one)
    revision: int | None = _f(_one)
    content_hash: str | None = _f(_one)
    first_seen: str | None = _f(_one)
    schema_version: int | None = _f(_one)
    # Not exported (absent from ARTICLE_FIELDS): the sponsor labels the page module found, for the
    # ad-block pipeline to drop advertorials with a counted reason.
    sponsor_labels: list | None = _f(_many)


# Fixed column order for every feed (FEED_EXPORT_FIELDS).
ARTICLE_FIELDS = [name for name in Article.__dataclass_fields__ if name != "sponsor_labels"]
# List fields that are [] rather than null when a page has nothing for them.
LIST_FIELDS = ("blocks", "images", "links", "related_links", "authors", "tags", "sponsor_labels")
