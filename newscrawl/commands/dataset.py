"""``scrapy dataset FOLDER... -o OUT``: merge the per-run feeds into one dataset.

Every run writes a new file (``data/t3n/<time>.jsonl[.gz]``), so an article crawled in several
runs, or twice by a run that was killed and restarted, appears several times. This keeps one
record per ``id``: the newest version (``modified``, or ``published`` for a never-modified
article), then the newest ``crawled_at``; on a full tie the later file wins.

It streams in two passes, so memory does not grow with the number of files or items:
1. scan every line, keeping per id only (version key, file number, line number) in an on-disk
   SQLite table (an upsert keeps the best);
2. read the files again in order and write the winning lines.
Lines that are not JSON (the cut-off last line of a killed run) or have no id are skipped and
counted. The output is written to a temporary name and renamed at the end, so a failed or
killed merge never leaves a half-written dataset behind.
"""

import argparse
import gzip
import json
import os
import sqlite3
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from newscrawl.commands._usage import one_line_errors
from newscrawl.exporters import ArticleCsvItemExporter, ParquetItemExporter
from newscrawl.items import ARTICLE_FIELDS
from newscrawl.progress import Progress

INPUT_SUFFIXES = (".jsonl", ".jl", ".jsonl.gz", ".jl.gz")
FORMATS = {
    ".jsonl": "jsonl",
    ".jl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".jl.gz": "jsonl",
    ".csv": "csv",
    ".csv.gz": "csv",
    ".parquet": "parquet",
}
_BATCH = 5000  # index rows per SQLite round trip


@dataclass
class DatasetStats:
    files: int = 0
    lines: int = 0
    bad_lines: int = 0
    without_id: int = 0
    broken_files: list = field(default_factory=list)
    records: int = 0

    @property
    def duplicates(self) -> int:
        return self.lines - self.bad_lines - self.without_id - self.records

    def summary(self) -> str:
        text = (
            f"{self.records:,} articles from {self.lines:,} lines in {self.files:,} files "
            f"({self.duplicates:,} older versions or duplicates dropped, "
            f"{self.bad_lines + self.without_id:,} unreadable lines skipped)"
        )
        if self.broken_files:
            text += f"; cut-off files: {', '.join(self.broken_files)}"
        return text


def find_feed_files(inputs: Iterable[str | Path], exclude: Iterable[str | Path] = ()) -> list[Path]:
    """All feed files under ``inputs`` (files or folders), sorted by path: the default
    ``%(time)s`` names sort by run start, so "later file wins" means "later run wins"."""
    excluded = {Path(p).resolve() for p in exclude}
    found: set[Path] = set()
    for item in map(Path, inputs):
        if item.is_dir():
            candidates: Iterable[Path] = (p for p in item.rglob("*") if p.is_file())
        elif item.is_file():
            candidates = [item]
        else:
            raise UsageError(
                f"no such file or folder: {item} (give the feed folder of the runs, e.g. data/t3n)", print_help=False
            )
        found.update(p for p in candidates if p.name.endswith(INPUT_SUFFIXES) and p.resolve() not in excluded)
    return sorted(found)


def _utc_key(value: object) -> str:
    """A date-time as sortable UTC text; "" (older than anything) when missing or unreadable."""
    if not value or not isinstance(value, str):
        return ""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return ""
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def version_key(record: dict) -> str:
    return _utc_key(record.get("modified") or record.get("published")) + "|" + _utc_key(record.get("crawled_at"))


class _Lines:
    """Iterate (line number, raw bytes) of one feed file, plain or gzip, and report how far
    into the file on disk it is (for the ETA). A gzip file cut off by a killed run ends early
    instead of raising."""

    def __init__(self, path: Path, stats: DatasetStats | None = None):
        self.path, self.stats = path, stats
        self.raw = open(path, "rb")  # noqa: SIM115 (closed by close())
        self.stream = gzip.GzipFile(fileobj=self.raw) if path.name.endswith(".gz") else self.raw

    def position(self) -> int:
        return self.raw.tell()

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        try:
            yield from enumerate(self.stream, 1)
        except (EOFError, OSError, zlib.error):
            if self.stats is not None:
                self.stats.broken_files.append(self.path.name)

    def close(self) -> None:
        self.stream.close()
        self.raw.close()


def _open_output(
    path: Path, fmt: str, compress: bool
) -> tuple[Callable[[bytes, dict | None], None], Callable[[], None]]:
    """(write(record_line, record) function, finish function)."""
    raw = open(path, "wb")  # noqa: SIM115 (closed by the finish function)
    target = gzip.GzipFile(fileobj=raw, mode="wb") if compress else raw
    if fmt == "jsonl":

        def write(line: bytes, record: dict | None) -> None:  # the winning line as written: nothing re-encoded
            target.write(line if line.endswith(b"\n") else line + b"\n")

        exporter = None
    else:
        exporter = (
            ArticleCsvItemExporter(target, fields_to_export=ARTICLE_FIELDS, encoding="utf-8")
            if fmt == "csv"
            else ParquetItemExporter(target, fields_to_export=ARTICLE_FIELDS, row_group_size=2000)
        )
        exporter.start_exporting()

        def write(line: bytes, record: dict | None) -> None:
            exporter.export_item(record)

    def finish() -> None:
        if exporter is not None:
            exporter.finish_exporting()
        if target is not raw:
            target.close()
        raw.close()

    return write, finish


def build_dataset(
    inputs: Iterable[str | Path],
    output: str | Path,
    fmt: str | None = None,
    *,
    tmp_dir: str | Path | None = None,
    stream: IO[str] | None = None,
    progress: bool | None = None,
) -> DatasetStats:
    """Merge the feed files under ``inputs`` into ``output``; see the module docstring."""
    output = Path(output)
    fmt = fmt or next((f for suffix, f in FORMATS.items() if output.name.endswith(suffix)), None)
    if fmt not in {"jsonl", "csv", "parquet"}:
        raise UsageError(
            f"cannot tell the format of {output}; use .jsonl, .csv or .parquet (or -t FORMAT)", print_help=False
        )
    partial = output.with_name(output.name + ".partial")
    files = find_feed_files(inputs, exclude=[output, partial])
    stats = DatasetStats(files=len(files))
    total_bytes = sum(p.stat().st_size for p in files) or 1

    with tempfile.TemporaryDirectory(prefix="newscrawl-dataset-", dir=tmp_dir) as tmp:
        # The index lives on disk with a small page cache: its size in memory does not depend
        # on how many articles there are.
        db = sqlite3.connect(os.path.join(tmp, "index.sqlite3"))
        db.executescript("""
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            PRAGMA temp_store = FILE; PRAGMA cache_size = -16000;
            CREATE TABLE best (id TEXT PRIMARY KEY, key TEXT NOT NULL,
                               file INTEGER NOT NULL, line INTEGER NOT NULL) WITHOUT ROWID;
        """)
        upsert = """INSERT INTO best VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE
                    SET key = excluded.key, file = excluded.file, line = excluded.line
                    WHERE excluded.key >= best.key"""

        # Pass 1: the index.
        scan = Progress("dataset: scanning", unit="lines", stream=stream, enabled=progress)
        done_bytes, batch = 0, []
        for number, path in enumerate(files):
            lines = _Lines(path, stats)
            for line_no, line in lines:
                stats.lines += 1
                try:
                    record = json.loads(line)
                except ValueError:
                    stats.bad_lines += 1
                    continue
                article_id = record.get("id") if isinstance(record, dict) else None
                if not article_id:
                    stats.without_id += 1
                    continue
                batch.append((str(article_id), version_key(record), number, line_no))
                if len(batch) >= _BATCH:
                    db.executemany(upsert, batch)
                    batch = []
                    scan.update(stats.lines, (done_bytes + lines.position()) / total_bytes)
            done_bytes += path.stat().st_size
            lines.close()
        db.executemany(upsert, batch)
        db.commit()
        scan.close()

        # Pass 2: the winners, file by file in line order (an index makes this a sorted walk).
        db.execute("CREATE INDEX position ON best (file, line)")
        stats.records = db.execute("SELECT count(*) FROM best").fetchone()[0]
        write, finish = _open_output(partial, fmt, compress=output.name.endswith(".gz"))
        out = Progress("dataset: writing", total=stats.records, unit="articles", stream=stream, enabled=progress)
        written = 0
        try:
            winners = db.execute("SELECT file, line FROM best ORDER BY file, line")
            current: int | None = None
            source: _Lines | None = None
            reader: Iterator[tuple[int, bytes]] = iter(())
            for file_no, line_no in winners:
                if file_no != current:
                    if source is not None:
                        source.close()
                    current, source = file_no, _Lines(files[file_no])
                    reader = iter(source)
                for number, line in reader:
                    if number == line_no:
                        write(line, json.loads(line) if fmt != "jsonl" else None)
                        break
                written += 1
                if written % 1000 == 0:
                    out.update(written)
            if source is not None:
                source.close()
            out.update(written, force=True)
            finish()
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        finally:
            db.close()
        out.close()
    os.replace(partial, output)
    return stats


class Command(ScrapyCommand):
    requires_project = True
    # Reads and writes files only: no crawler, no reactor, no Scrapy log noise.
    requires_crawler_process = False
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "FOLDER_OR_FILE... -o OUTPUT.{jsonl,jsonl.gz,csv,parquet}"

    def short_desc(self) -> str:
        return "Merge per-run feeds into one dataset: one record per article id, newest version"

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        one_line_errors(parser, "scrapy dataset")
        parser.add_argument(
            "-o", "--output", required=True, metavar="FILE", help="dataset file to write; format from the extension"
        )
        parser.add_argument(
            "-t", "--format", choices=["jsonl", "csv", "parquet"], help="output format, if the extension does not say"
        )
        parser.add_argument(
            "--tmp-dir",
            metavar="DIR",
            help="folder for the temporary on-disk index (default is the system temp folder)",
        )

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)
        if not args:
            raise UsageError("give at least one folder or feed file (e.g. scrapy dataset data/t3n -o all.jsonl)")
        folder = Path(opts.output).absolute().parent
        if not folder.is_dir():
            raise UsageError(f"the folder of -o {opts.output} does not exist: create {folder} first")
        if opts.tmp_dir and not Path(opts.tmp_dir).is_dir():
            raise UsageError(f"--tmp-dir {opts.tmp_dir} is not a folder")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        stats = build_dataset(args, opts.output, opts.format, tmp_dir=opts.tmp_dir)
        # One line, also under cron: what went in and what came out.
        print(f"dataset: {stats.summary()} -> {opts.output}", file=sys.stderr)
