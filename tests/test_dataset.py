"""`scrapy dataset`: one record per id (newest version), robust to killed runs, streaming."""

import csv
import gzip
import io
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newscrawl.commands.dataset import build_dataset
from newscrawl.items import ARTICLE_FIELDS
from newscrawl.schemas import article_errors
from newscrawl.schemas.synthetic import synthetic_article

ROOT = Path(__file__).resolve().parents[1]


def write_run(path: Path, items, tail: str = ""):
    """A per-run feed as the FEEDS default writes it (one JSON object per line)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(i, ensure_ascii=False) + "\n" for i in items) + tail
    if path.name.endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as f:
            f.write(text)
    else:
        path.write_text(text, encoding="utf-8")


def read_jsonl(path: Path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


@pytest.fixture
def runs(tmp_path):
    """Three runs of a cron crawl: a first run, a gzipped run that saw updates, and a run that
    was killed (it restarted and re-emitted items, and its last line is cut off)."""
    folder = tmp_path / "data" / "t3n"
    write_run(folder / "2024-01-01T06-00-00+00-00.jsonl", [synthetic_article(n) for n in range(20)])
    write_run(folder / "2024-01-02T06-00-00+00-00.jsonl.gz", [synthetic_article(n, revision=2) for n in range(10, 30)])
    killed = [synthetic_article(n) for n in range(25, 35)]
    write_run(folder / "2024-01-03T06-00-00+00-00.jsonl", killed + killed[:4], tail='{"id": "1000099", "title": "cut o')
    (folder / "2024-01-03T06-00-00+00-00.jsonl.report.html").write_text("<html></html>")  # not a feed
    return folder


def test_keeps_newest_version_once(runs, tmp_path):
    out = tmp_path / "articles.jsonl"
    stats = build_dataset([runs], out)
    records = read_jsonl(out)
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids)) == 35 == stats.records
    by_id = {r["id"]: r for r in records}
    # Updated in run 2 -> revision 2 wins, even over the later (killed) run 3's revision 1.
    assert all(by_id[str(1000000 + n)]["revision"] == 2 for n in range(10, 30))
    assert all(by_id[str(1000000 + n)]["revision"] == 1 for n in [*range(10), *range(30, 35)])
    assert all(article_errors(r) == [] for r in records)
    assert stats.files == 3 and stats.bad_lines == 1
    assert stats.lines == 20 + 20 + 14 + 1
    assert stats.duplicates == 20 + 20 + 14 - 35


def test_tie_on_modified_goes_to_newest_crawl(tmp_path):
    old = dict(synthetic_article(1, revision=2), title="older crawl")
    new = dict(old, title="newer crawl", crawled_at="2030-01-01T00:00:00+00:00")
    # The newer crawl sits in the *earlier* file: crawled_at decides, not file order.
    write_run(tmp_path / "in" / "a.jsonl", [new])
    write_run(tmp_path / "in" / "b.jsonl", [old])
    build_dataset([tmp_path / "in"], tmp_path / "out.jsonl")
    assert [r["title"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["newer crawl"]


def test_modified_beats_unmodified_and_offsets_compare_as_instants(tmp_path):
    base = synthetic_article(1)
    unmodified = dict(base, title="as published", crawled_at="2030-01-01T00:00:00+00:00")
    # 10:30+02:00 is 08:30 UTC: later than publication (06:37+01:00), so the edit wins.
    edited = dict(base, title="edited", modified="2024-01-01T10:30:00+02:00")
    write_run(tmp_path / "in" / "a.jsonl", [edited])
    write_run(tmp_path / "in" / "b.jsonl", [unmodified])
    build_dataset([tmp_path / "in"], tmp_path / "out.jsonl")
    assert [r["title"] for r in read_jsonl(tmp_path / "out.jsonl")] == ["edited"]


def test_cut_off_gzip_and_output_inside_input_folder(runs, tmp_path):
    with gzip.open(runs / "2024-01-04T06-00-00+00-00.jsonl.gz", "wb") as f:
        f.write(b"".join(json.dumps(synthetic_article(n)).encode() + b"\n" for n in range(40, 300)))
    data = (runs / "2024-01-04T06-00-00+00-00.jsonl.gz").read_bytes()
    (runs / "2024-01-04T06-00-00+00-00.jsonl.gz").write_bytes(data[: len(data) // 2])  # killed
    out = runs / "all.jsonl"  # writing into the folder it reads must not read itself
    stats = build_dataset([runs], out)
    assert stats.broken_files == ["2024-01-04T06-00-00+00-00.jsonl.gz"]
    again = build_dataset([runs], out)
    assert again.records == stats.records > 35
    assert all(article_errors(r) == [] for r in read_jsonl(out))


def test_csv_and_parquet_outputs(runs, tmp_path):
    build_dataset([runs], tmp_path / "a.jsonl")
    build_dataset([runs], tmp_path / "a.csv")
    build_dataset([runs], tmp_path / "a.parquet")
    ids = [r["id"] for r in read_jsonl(tmp_path / "a.jsonl")]
    with open(tmp_path / "a.csv", newline="", encoding="utf-8") as f:
        assert [row["id"] for row in csv.DictReader(f)] == ids
    table = pq.read_table(tmp_path / "a.parquet")
    assert table.column("id").to_pylist() == ids
    assert table.schema.names == ARTICLE_FIELDS
    assert not list(tmp_path.glob("*.partial"))
    build_dataset([runs], tmp_path / "a.jsonl.gz")
    build_dataset([runs], tmp_path / "a.csv.gz")
    with gzip.open(tmp_path / "a.jsonl.gz", "rt", encoding="utf-8") as f:
        assert [json.loads(line)["id"] for line in f] == ids
    with gzip.open(tmp_path / "a.csv.gz", "rt", encoding="utf-8", newline="") as f:
        assert [row["id"] for row in csv.DictReader(f)] == ids


def test_progress_only_on_a_terminal(runs, tmp_path):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    tty, pipe = Tty(), io.StringIO()
    build_dataset([runs], tmp_path / "a.jsonl", stream=tty)
    build_dataset([runs], tmp_path / "b.jsonl", stream=pipe)
    assert "dataset: writing: 35/35 articles" in tty.getvalue() and "ETA" in tty.getvalue()
    assert pipe.getvalue() == ""


def test_memory_does_not_grow_with_items(tmp_path, monkeypatch):
    """The guard against an in-memory merge: 10x the files and items, about the same peak.
    (The index batch is a constant 5000 rows; shrunk here so small inputs fill it too.)"""
    import newscrawl.commands.dataset as dataset

    monkeypatch.setattr(dataset, "_BATCH", 100)

    def peak(files, per_file):
        folder = tmp_path / f"runs{files}"
        for f in range(files):
            write_run(
                folder / f"{f:04d}.jsonl",
                [synthetic_article(f * per_file + n, body_paragraphs=1) for n in range(per_file)],
            )
        tracemalloc.start()
        build_dataset([folder], tmp_path / f"out{files}.jsonl")
        result = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return result

    small, large = peak(4, 60), peak(40, 60)
    assert large < small * 1.5 + 256 * 1024, (small, large)


def test_cli(runs, tmp_path):
    env = dict(
        os.environ,
        SCRAPY_SETTINGS_MODULE="newscrawl.settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    proc = subprocess.run(
        [sys.executable, "-m", "scrapy", "dataset", str(runs), "-o", str(tmp_path / "x.parquet")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    # Not a terminal: no progress, just the one summary line for the cron log.
    assert proc.stderr.strip().splitlines() == [
        f"dataset: 35 articles from 55 lines in 3 files (19 older versions or duplicates dropped,"
        f" 1 unreadable lines skipped) -> {tmp_path / 'x.parquet'}"
    ]
    assert pq.read_metadata(tmp_path / "x.parquet").num_rows == 35


def test_crawl_progress_extension_only_on_a_terminal(monkeypatch):
    # The same helper drives the crawl progress line (newscrawl.progress.CrawlProgress).
    from scrapy.exceptions import NotConfigured
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from newscrawl.progress import CrawlProgress

    class Tty(io.StringIO):
        def isatty(self):
            return True

    crawler = get_crawler(settings_dict={"NEWSCRAWL_PROGRESS": True})
    crawler.stats = MemoryStatsCollector(crawler)
    for key, value in {
        "response_received_count": 40,
        "item_scraped_count": 25,
        "scheduler/enqueued": 100,
        "scheduler/dequeued": 40,
    }.items():
        crawler.stats.set_value(key, value)
    ext = CrawlProgress(crawler, stream=Tty())
    ext.draw()
    text = ext.progress.stream.getvalue()
    assert "40 pages" in text and "25 articles" in text and "60 queued" in text and "ETA" in text
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # as under cron: not a terminal
    with pytest.raises(NotConfigured):
        CrawlProgress.from_crawler(crawler)


def test_structured_fields_in_every_output_and_older_records_without_them(tmp_path):
    """Schema 3 records keep blocks, images, links and body_markdown in every output format; a
    schema 2 record of an older run (without them) merges in with empty cells / nulls."""
    folder = tmp_path / "data" / "t3n"
    old = {k: v for k, v in synthetic_article(40).items() if k not in ("blocks", "images", "links", "body_markdown")}
    write_run(folder / "2023-12-01T06-00-00+00-00.jsonl", [dict(old, schema_version=2)])
    write_run(folder / "2024-01-01T06-00-00+00-00.jsonl", [synthetic_article(n) for n in (21, 33)])
    for suffix in ("jsonl", "csv", "parquet"):
        build_dataset([folder], tmp_path / f"out.{suffix}")
    by_id = {r["id"]: r for r in read_jsonl(tmp_path / "out.jsonl")}
    assert by_id["1000021"]["blocks"] == synthetic_article(21)["blocks"] and "blocks" not in by_id["1000040"]
    with open(tmp_path / "out.csv", newline="", encoding="utf-8") as f:
        rows = {row["id"]: row for row in csv.DictReader(f)}
    assert json.loads(rows["1000033"]["links"]) == synthetic_article(33)["links"]
    assert rows["1000033"]["body_markdown"] == synthetic_article(33)["body_markdown"]
    assert rows["1000040"]["blocks"] == "" and rows["1000040"]["body"] == old["body"]
    table = {r["id"]: r for r in pq.read_table(tmp_path / "out.parquet").to_pylist()}
    assert [b["type"] for b in table["1000021"]["blocks"]] == [b["type"] for b in synthetic_article(21)["blocks"]]
    assert table["1000021"]["images"] == synthetic_article(21)["images"]
    assert table["1000040"]["blocks"] is None and table["1000040"]["body_markdown"] is None
