"""Feed exporters for analysts, plugged in through Scrapy's ``FEED_EXPORTERS`` setting.

* ``csv``: one row per article, every value a plain cell a spreadsheet can show:
  ``authors`` and ``tags`` joined with ``"; "``; ``related_links`` and the structured fields
  ``blocks``, ``images`` and ``links`` as JSON arrays (lossless: their texts contain ``;`` and
  ``:``); ``body_markdown`` as its text (newlines inside the quoted cell); ``image`` split into
  ``image_url`` / ``image_caption`` / ``image_credit``, booleans as ``true`` / ``false``, null
  as an empty cell.
* ``parquet``: a typed Arrow schema (lists as ``list<string>``, ``related_links`` as
  ``list<struct<url, title>>``, ``blocks`` as a list of structs with the union of every block
  type's fields (a field a type does not have is null), ``images`` and ``links`` as lists of
  structs, ``image`` as a struct, dates as UTC timestamps), written in row groups of
  ``row_group_size`` items so memory stays flat however long the crawl runs.

Both take the same ``fields_to_export`` as every Scrapy exporter (``FEED_EXPORT_FIELDS``).
"""

import json
import logging
from datetime import UTC, datetime

import pyarrow as pa
import pyarrow.parquet as pq
from itemadapter import ItemAdapter
from scrapy.exporters import BaseItemExporter, CsvItemExporter

from newscrawl.items import ARTICLE_FIELDS

logger = logging.getLogger(__name__)

LIST_SEPARATOR = "; "
# Lists of objects: one JSON array per cell.
JSON_COLUMNS = frozenset(("related_links", "blocks", "images", "links"))
IMAGE_COLUMNS = ["image_url", "image_caption", "image_credit"]
DATETIME_FIELDS = {"published", "modified", "crawled_at", "first_seen"}


def csv_columns(fields) -> list[str]:
    """The CSV header for article ``fields``: ``image`` becomes three columns in its place."""
    columns: list[str] = []
    for name in fields:
        columns.extend(IMAGE_COLUMNS if name == "image" else [name])
    return columns


def flatten_article(item) -> dict:
    """One article as flat CSV cells (see the module docstring for the rules)."""
    adapter = ItemAdapter(item)
    row = {}
    for name in adapter.field_names() if not isinstance(item, dict) else item.keys():
        value = adapter.get(name)
        if name == "image":
            image = value or {}
            for column in IMAGE_COLUMNS:
                row[column] = image.get(column.removeprefix("image_"))
        elif name in JSON_COLUMNS:
            row[name] = json.dumps(value, ensure_ascii=False) if value else None
        elif isinstance(value, (list, tuple)):
            row[name] = LIST_SEPARATOR.join(map(str, value))
        elif isinstance(value, bool):
            row[name] = "true" if value else "false"
        else:
            row[name] = value
    return row


class ArticleCsvItemExporter(CsvItemExporter):
    """Scrapy's CSV exporter with list/dict fields flattened, so ``-O articles.csv`` just works."""

    def __init__(self, file, **kwargs):
        super().__init__(file, **kwargs)
        self.fields_to_export = csv_columns(self.fields_to_export or ARTICLE_FIELDS)

    def export_item(self, item):
        super().export_item(flatten_article(item))


def _timestamp(value):
    """ISO 8601 text -> aware UTC datetime (Arrow stores instants; the offset is not kept)."""
    if value is None or isinstance(value, datetime):
        return value
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        logger.warning("parquet: not an ISO 8601 date-time, written as null: %r", value)
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


_TIMESTAMP = pa.timestamp("us", tz="UTC")
_LINK = pa.struct([("url", pa.string()), ("text", pa.string())])
# One struct for every block type (docs/article-structure.md): the union of their fields, in the
# order of the contract's table; a field the block's type does not have is null.
BLOCK_TYPE = pa.struct(
    [
        ("type", pa.string()),
        ("text", pa.string()),
        ("level", pa.int8()),
        ("ordered", pa.bool_()),
        ("links", pa.list_(_LINK)),
        ("url", pa.string()),
        ("caption", pa.string()),
        ("credit", pa.string()),
        ("provider", pa.string()),
        ("rows", pa.list_(pa.list_(pa.string()))),
    ]
)
ARROW_TYPES = {
    "id": pa.string(),
    "url": pa.string(),
    "title": pa.string(),
    "lead": pa.string(),
    "body": pa.string(),
    "blocks": pa.list_(BLOCK_TYPE),
    "images": pa.list_(
        pa.struct(
            [
                ("url", pa.string()),
                ("caption", pa.string()),
                ("credit", pa.string()),
                ("width", pa.int32()),
                ("height", pa.int32()),
            ]
        )
    ),
    "links": pa.list_(pa.struct([("url", pa.string()), ("text", pa.string()), ("article_id", pa.string())])),
    "body_markdown": pa.string(),
    "related_links": pa.list_(pa.struct([("url", pa.string()), ("title", pa.string())])),
    "authors": pa.list_(pa.string()),
    "published": _TIMESTAMP,
    "modified": _TIMESTAMP,
    "section": pa.string(),
    "tags": pa.list_(pa.string()),
    "image": pa.struct([("url", pa.string()), ("caption", pa.string()), ("credit", pa.string())]),
    "reading_time_min": pa.int32(),
    "paywalled": pa.bool_(),
    "page_count": pa.int32(),
    "language": pa.string(),
    "crawled_at": _TIMESTAMP,
    "change": pa.string(),
    "revision": pa.int32(),
    "content_hash": pa.string(),
    "first_seen": _TIMESTAMP,
    "schema_version": pa.int32(),
}
assert list(ARROW_TYPES) == ARTICLE_FIELDS, "Arrow schema out of step with items.ARTICLE_FIELDS"


def arrow_schema(fields=None) -> pa.Schema:
    return pa.schema([pa.field(name, ARROW_TYPES[name]) for name in (fields or ARTICLE_FIELDS)])


class ParquetItemExporter(BaseItemExporter):
    """Parquet through pyarrow; buffers at most ``row_group_size`` items, then writes a row group.

    Parquet cannot be appended to: use ``-O`` (overwrite) or a new file per run, never ``-o`` on
    an existing file. Feed options: ``"item_export_kwargs": {"row_group_size": 5000,
    "compression": "snappy"}``.
    """

    def __init__(self, file, *, row_group_size: int = 1000, compression: str = "zstd", **kwargs):
        super().__init__(dont_fail=True, **kwargs)
        self.file = file
        self.fields = list(self.fields_to_export or ARTICLE_FIELDS)
        unknown = set(self.fields) - set(ARROW_TYPES)
        if unknown:
            raise ValueError(f"parquet exporter has no Arrow type for {sorted(unknown)}")
        self.schema = arrow_schema(self.fields)
        self.row_group_size = int(row_group_size)
        self.compression = compression
        self._rows: list[dict] = []
        self._writer = None

    def start_exporting(self):
        if self.file.tell():  # opened in append mode ("-o") on an existing file
            logger.error("parquet feed file is not empty; Parquet cannot be appended to, use -O")
        # Created here, not lazily: a run with no items still leaves a valid, empty Parquet file.
        self._writer = pq.ParquetWriter(self.file, self.schema, compression=self.compression)

    def export_item(self, item):
        adapter = ItemAdapter(item)
        row = {}
        for name in self.fields:
            value = adapter.get(name)
            row[name] = _timestamp(value) if name in DATETIME_FIELDS else value
        self._rows.append(row)
        if len(self._rows) >= self.row_group_size:
            self._flush()

    def _flush(self):
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows = []
            # Give the batch's buffers back: Arrow's pooled allocator otherwise keeps growing a
            # little with every row group over a long run.
            pa.default_memory_pool().release_unused()

    def finish_exporting(self):
        self._flush()
        self._writer.close()  # writes the footer; Scrapy's feed storage closes the file itself
