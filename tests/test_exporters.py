"""The analyst formats, run through Scrapy's real feed export machinery.

A tiny spider yields synthetic articles from ``start()`` (no network) under the project's own
settings, so FEED_EXPORTERS, FEED_EXPORT_FIELDS and feed post-processing are the ones a real
``scrapy crawl t3n -O articles.csv`` uses. Runs in subprocesses: a Twisted reactor cannot be
restarted inside one pytest process.
"""

import csv
import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newscrawl.exporters import IMAGE_COLUMNS, csv_columns
from newscrawl.items import ARTICLE_FIELDS
from newscrawl.schemas import article_errors
from newscrawl.schemas.synthetic import synthetic_article

ROOT = Path(__file__).resolve().parents[1]

SPIDER = """
import scrapy
from newscrawl.schemas.synthetic import synthetic_article

class ItemsSpider(scrapy.Spider):
    name = "items"

    async def start(self):
        for n in range(int(getattr(self, "count", 10))):
            yield synthetic_article(n, revision=1 + n % 2)
"""


def scrapy_items(tmp_path: Path, *args: str, count: int = 10, wait: bool = True):
    """Start ``scrapy runspider`` on the synthetic spider in ``tmp_path`` with the project
    settings; relative feed paths (the default ``data/...``) land in ``tmp_path`` too."""
    spider = tmp_path / "items_spider.py"
    spider.write_text(SPIDER)
    env = dict(
        os.environ,
        SCRAPY_SETTINGS_MODULE="newscrawl.settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "runspider",
        str(spider),
        "-a",
        f"count={count}",
        # The crawl's pipelines and run-health monitors judge a t3n crawl (listings read,
        # articles parsed); this spider has none of that, and the exporters only need items.
        "-s",
        "ITEM_PIPELINES={}",
        "-s",
        "SPIDERMON_ENABLED=False",
        "-s",
        "NEWSCRAWL_SICK_EXIT_CODE=0",
        "-s",
        f"STATE_DIR={tmp_path / 'state'}",
        "-s",
        "LOG_LEVEL=INFO",
        *args,
    ]
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    return proc.communicate(timeout=60)[0] if wait else proc


def _finish(proc):
    out = proc.communicate(timeout=60)[0]
    assert proc.returncode == 0, out
    assert "Traceback" not in out, out
    return out


def test_cli_csv_and_parquet(tmp_path):
    # Exactly what docs/analysts.md tells analysts: -O with a file extension, nothing else.
    count = 250
    (tmp_path / "cli").mkdir()
    (tmp_path / "gz").mkdir()
    gz_feeds = {
        "articles.jsonl.gz": {
            "format": "jsonlines",
            "postprocessing": ["scrapy.extensions.postprocessing.GzipPlugin"],
        },
        "articles.csv.gz": {
            "format": "csv",
            "postprocessing": ["scrapy.extensions.postprocessing.GzipPlugin"],
        },
        # Row groups of 100 (default 1000) -> 3 row groups: the exporter writes in batches.
        "batched.parquet": {"format": "parquet", "item_export_kwargs": {"row_group_size": 100}},
    }
    jobs = [  # in parallel: each is mostly Scrapy start-up time
        scrapy_items(
            tmp_path / "cli",
            "-O",
            "articles.csv",
            "-O",
            "articles.parquet",
            "-s",
            "NEWSCRAWL_REPORT_ENABLED=False",  # tested in test_report.py
            count=count,
            wait=False,
        ),
        scrapy_items(tmp_path / "gz", "-s", "FEEDS=" + json.dumps(gz_feeds), count=count, wait=False),
    ]
    for job in jobs:
        _finish(job)
    expected = [synthetic_article(n, revision=1 + n % 2) for n in range(count)]

    # CSV: header in contract order with the image split, one row per item, flattened cells.
    with open(tmp_path / "cli" / "articles.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == csv_columns(ARTICLE_FIELDS)
    assert len(rows) == count
    for row, item in zip(rows[:50], expected):
        assert row["id"] == item["id"] and row["body"] == item["body"]  # "\n\n" survives quoting
        assert row["authors"].split("; ") == item["authors"]
        assert row["tags"].split("; ") == item["tags"]
        assert json.loads(row["related_links"]) == item["related_links"]
        image = item["image"] or {}
        assert [row[c] for c in IMAGE_COLUMNS] == [image.get(k, "") for k in ("url", "caption", "credit")]
        assert row["paywalled"] == ("true" if item["paywalled"] else "false")
        assert row["modified"] == (item["modified"] or "")
        assert row["reading_time_min"] == ("" if item["reading_time_min"] is None else str(item["reading_time_min"]))

    # Parquet: typed schema, several row groups, values round-trip.
    pfile = pq.ParquetFile(tmp_path / "cli" / "articles.parquet")
    assert pfile.metadata.num_rows == count
    assert pfile.metadata.num_row_groups == 1
    schema = pfile.schema_arrow
    assert schema.names == ARTICLE_FIELDS
    assert schema.field("authors").type == pa.list_(pa.string())
    assert schema.field("related_links").type == pa.list_(pa.struct([("url", pa.string()), ("title", pa.string())]))
    assert schema.field("published").type == pa.timestamp("us", tz="UTC")
    assert schema.field("paywalled").type == pa.bool_()
    assert schema.field("reading_time_min").type == pa.int32()
    table = pfile.read()
    first = table.slice(0, 1).to_pylist()[0]
    assert first["related_links"] == expected[0]["related_links"]
    assert first["image"] == expected[0]["image"]
    assert first["published"].isoformat() == "2024-01-01T05:00:00+00:00"  # 06:00+01:00 as UTC
    assert table.column("id").to_pylist() == [item["id"] for item in expected]

    # Gzip through Scrapy's GzipPlugin: valid, schema-conform JSON lines and CSV.
    with gzip.open(tmp_path / "gz" / "articles.jsonl.gz", "rt", encoding="utf-8") as f:
        items = [json.loads(line) for line in f]
    assert [i["id"] for i in items] == [str(1000000 + n) for n in range(count)]
    assert all(article_errors(i) == [] for i in items)
    assert list(items[0]) == ARTICLE_FIELDS
    with gzip.open(tmp_path / "gz" / "articles.csv.gz", "rt", encoding="utf-8", newline="") as f:
        assert len(list(csv.DictReader(f))) == count
    batched = pq.ParquetFile(tmp_path / "gz" / "batched.parquet")
    assert batched.metadata.num_row_groups == 3  # 100 + 100 + 50
    assert batched.read().column("id").to_pylist() == [item["id"] for item in expected]


def test_empty_run_leaves_valid_empty_parquet(tmp_path):
    out = scrapy_items(tmp_path, "-O", "empty.parquet", count=0)
    assert "Traceback" not in out, out
    table = pq.read_table(tmp_path / "empty.parquet")
    assert table.num_rows == 0 and table.schema.names == ARTICLE_FIELDS


def _parquet_of(path: Path, items) -> Path:
    from newscrawl.exporters import ParquetItemExporter

    with open(path, "wb") as f:
        exporter = ParquetItemExporter(f, row_group_size=40)
        exporter.start_exporting()
        for item in items:
            exporter.export_item(item)
        exporter.finish_exporting()
    return path


def test_csv_cells_of_the_structured_fields_are_lossless():
    from newscrawl.exporters import flatten_article

    item = synthetic_article(21)  # a table, an image block, links
    row = flatten_article(item)
    for name in ("blocks", "images", "links"):
        assert json.loads(row[name]) == item[name]
    assert row["body_markdown"] == item["body_markdown"] and "\n\n" in row["body_markdown"]
    assert flatten_article(synthetic_article(1))["images"] and flatten_article({"blocks": []})["blocks"] is None


def test_parquet_holds_blocks_as_a_list_of_structs_images_and_links_as_lists_of_structs(tmp_path):
    from newscrawl.exporters import BLOCK_TYPE

    items = [synthetic_article(n) for n in range(100)]
    table = pq.read_table(_parquet_of(tmp_path / "a.parquet", items))
    assert table.schema.field("blocks").type == pa.list_(BLOCK_TYPE)
    assert [f.name for f in BLOCK_TYPE] == [
        "type", "text", "level", "ordered", "links", "url", "caption", "credit", "provider", "rows"
    ]  # fmt: skip
    assert table.schema.field("images").type.value_type.names == ["url", "caption", "credit", "width", "height"]
    assert table.schema.field("links").type.value_type.names == ["url", "text", "article_id"]
    for got, item in zip(table.to_pylist(), items, strict=True):
        # every block type's own fields round-trip; the fields of other types are null
        assert [{k: v for k, v in b.items() if v is not None} for b in got["blocks"]] == [
            {k: v for k, v in b.items() if v is not None} for b in item["blocks"]
        ]
        assert got["images"] == item["images"] and got["links"] == item["links"]
        assert got["body_markdown"] == item["body_markdown"]


def test_the_analysts_duckdb_queries_on_the_parquet_feed(tmp_path):
    """The queries of the analysts' docs: blocks read as a list of structs."""
    duckdb = pytest.importorskip("duckdb")
    items = [synthetic_article(n) for n in range(100)]
    path = _parquet_of(tmp_path / "articles.parquet", items)
    con = duckdb.connect()
    assert "STRUCT(" in con.sql(f"DESCRIBE SELECT blocks FROM '{path}'").fetchall()[0][1]
    # share of articles with a table
    share = con.sql(
        f"SELECT avg(list_contains(list_transform(blocks, lambda b: b.type), 'table')::INT) FROM '{path}'"
    ).fetchall()[0][0]
    assert share == sum(any(b["type"] == "table" for b in i["blocks"]) for i in items) / len(items)
    # the most-cited external hosts
    hosts = con.sql(
        f"""SELECT regexp_extract(link.url, '^https?://(?:www\\.)?([^/:]+)', 1) AS host, count(*) AS links
            FROM (SELECT unnest(links) AS link FROM '{path}')
            WHERE host NOT LIKE '%t3n.de' GROUP BY host ORDER BY links DESC, host"""
    ).fetchall()
    want = {}
    for item in items:
        for link in item["links"]:
            host = link["url"].split("/")[2].removeprefix("www.")
            if not host.endswith("t3n.de"):
                want[host] = want.get(host, 0) + 1
    assert dict(hosts) == want and hosts[0][1] == max(want.values())
