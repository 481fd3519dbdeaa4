"""``python -m newscrawl.archive``: the archived page an exported record came from; pruning."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict

from newscrawl.archive.files import prune
from newscrawl.archive.reader import find_page, read_record


def main(argv=None):
    import argparse

    p = argparse.ArgumentParser(prog="python -m newscrawl.archive", description="newscrawl's WARC archive")
    sub = p.add_subparsers(dest="cmd", required=True)
    page = sub.add_parser("page", help="print the archived page an exported record came from")
    page.add_argument("id", help="the record's id")
    page.add_argument("--at", help="the record's crawled_at (default: the newest archived version)")
    page.add_argument("--folder", default="data/t3n/archive", help="archive files or folder")
    page.add_argument("--where", action="store_true", help="print file, offset and date instead of the page")
    prune_p = sub.add_parser("prune", help="delete archive files older than N days")
    prune_p.add_argument("--days", type=float, required=True)
    prune_p.add_argument("--folder", default="data/t3n/archive")
    args = p.parse_args(argv)
    if args.cmd == "prune":
        for path in prune(args.folder, args.days):
            print(f"removed {path}", file=sys.stderr)
        return 0
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
