"""``python -m newscrawl.archive``: the archived page an exported record came from; pruning.

A usage error (a missing archive folder, a bad date or number) is one line on stderr and exit
status 2; an article that is not in the archive is exit status 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import NoReturn

from newscrawl.archive.files import WARC_SUFFIX, archive_files, prune
from newscrawl.archive.reader import find_page, read_record

PROG = "python -m newscrawl.archive"
DEFAULT_FOLDER = "data/t3n/archive"
USAGE_EXIT = 2


class _Parser(argparse.ArgumentParser):
    """argparse with its errors on one line (no usage block), exit status 2."""

    def error(self, message: str) -> NoReturn:
        _fail(message)


def _fail(message: str) -> NoReturn:
    sys.stderr.write(f"{PROG}: error: {' '.join(message.split())}\n")
    raise SystemExit(USAGE_EXIT)


def _days(value: str) -> float:
    try:
        days = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a number of days, got {value!r} (e.g. --days 90)") from None
    if not days > 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, got {value!r} (e.g. --days 90)")
    return days


def _when(value: str) -> str:
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"must be the record's crawled_at (ISO 8601, e.g. 2024-05-01T06:00:00+00:00), got {value!r}"
        ) from None
    return value


def _check_archive(folder: str) -> None:
    """A one-line usage error when there is no archive at ``folder``."""
    try:
        files = archive_files([folder])
    except FileNotFoundError:
        _fail(
            f"no archive at {folder}: give --folder DIR, the archive/ folder beside a run's feed "
            f"(default {DEFAULT_FOLDER}; NEWSCRAWL_ARCHIVE_DIR says where a crawl writes it)"
        )
    if not files:
        _fail(f"no archive files (*{WARC_SUFFIX}) in {folder}: give --folder DIR, the archive/ folder beside a feed")


def main(argv: list[str] | None = None) -> int:
    p = _Parser(prog=PROG, description="newscrawl's WARC archive")
    sub = p.add_subparsers(dest="cmd", required=True, parser_class=_Parser, metavar="{page ID,prune --days N}")
    page = sub.add_parser("page", help="print the archived page an exported record came from")
    page.add_argument("id", help="the record's id")
    page.add_argument("--at", type=_when, help="the record's crawled_at (default: the newest archived version)")
    page.add_argument("--folder", default=DEFAULT_FOLDER, help="archive files or folder")
    page.add_argument("--where", action="store_true", help="print file, offset and date instead of the page")
    prune_p = sub.add_parser("prune", help="delete archive files older than N days")
    prune_p.add_argument("--days", type=_days, required=True)
    prune_p.add_argument("--folder", default=DEFAULT_FOLDER)
    args = p.parse_args(argv)
    if args.cmd == "prune":
        if not Path(args.folder).is_dir():
            _fail(f"no archive folder {args.folder}: give --folder DIR, the archive/ folder beside a run's feed")
        for path in prune(args.folder, args.days):
            print(f"removed {path}", file=sys.stderr)
        return 0
    _check_archive(args.folder)
    entry = find_page([args.folder], args.id, args.at)
    if entry is None:
        print(f"article {args.id} is not in {args.folder}", file=sys.stderr)
        return 1
    if args.where:
        print(json.dumps(asdict(entry), ensure_ascii=False))
        return 0
    print(f"{entry.url} fetched {entry.date}: {entry.file} offset {entry.offset}", file=sys.stderr)
    sys.stdout.buffer.write(read_record(entry).decoded)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
