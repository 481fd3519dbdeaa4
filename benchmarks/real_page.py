"""The page parser on the real pages of t3n.de (tests/real/), beside the bare lxml parse of the
same bytes, measured in the same process and run:

    .venv/bin/python benchmarks/real_page.py [--rounds 5] [--n 200]

Both sides start from the page's bytes: the parser as the spider calls it (``extract.ArticleReading``:
parsel builds the tree from the UTF-8 bytes, ``T3nArticlePage(...).to_item()``), the floor as
``lxml.html.fromstring(bytes)``. CPU time (``time.process_time``), best of the rounds, so other
work on the machine moves both sides alike; prints ms per page and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from scrapy.http import HtmlResponse  # noqa: E402
from test_real_pages import PAGES, REAL  # noqa: E402

from newscrawl.extract import ArticleReading  # noqa: E402


def best_ms(fn, n, rounds):
    for _ in range(min(20, n)):
        fn()
    times = []
    for _ in range(rounds):
        start = time.process_time()
        for _ in range(n):
            fn()
        times.append((time.process_time() - start) / n * 1000)
    return min(times)


def measure(name, n, rounds):
    url = PAGES[name][0]
    raw = (REAL / name).read_bytes()

    def parser():
        response = HtmlResponse(url, body=raw, headers={"Content-Type": "text/html; charset=utf-8"})
        ArticleReading(url, None).read(response, "2026-01-01T00:00:00+00:00")

    def floor():
        lxml.html.fromstring(raw)

    parser_ms, floor_ms = best_ms(parser, n, rounds), best_ms(floor, n, rounds)
    return {
        "page": name,
        "bytes": len(raw),
        "parser_ms": round(parser_ms, 2),
        "lxml_ms": round(floor_ms, 2),
        "ratio": round(parser_ms / floor_ms, 2),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="pages per round")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    for name in sorted(PAGES):
        r = measure(name, args.n, args.rounds)
        print(
            f"{r['page']} ({r['bytes'] // 1024} KB): parser {r['parser_ms']:.2f} ms, "
            f"lxml.html.fromstring {r['lxml_ms']:.2f} ms -> {r['ratio']:.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
