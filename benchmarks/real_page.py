"""The page parser on the real pages of t3n.de (tests/real/), beside the bare lxml parse of the
same bytes, measured in the same process and run:

    .venv/bin/python benchmarks/real_page.py [--rounds 7] [--n 200]

Both sides start from the page's bytes. The parser: ``newscrawl.pages.tree.article_tree`` (the
tree the page module reads: lxml's parser with the page's large inline SVG left out, wrapped in a
parsel ``Selector``), ``T3nArticlePage(...).to_item()`` with every field, the structured ones
included, and ``next_page_url()``, as the crawl's article step (``extract.ArticleReading``)
calls them once it builds its tree with ``article_tree``. The floor:
``lxml.html.fromstring(bytes)``. CPU time (``time.process_time``) of each call, the two sides
taking turns call by call: the ratio is the median of the ratios of neighbouring calls, the ms the
median of each side's calls, so a busy spell on a shared machine moves both alike; prints ms per
page and the ratio. ``--parsel`` also times the tree as ``extract.page_tree`` builds it
today (``parsel.Selector(body=…)``), for comparison.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from parsel import Selector  # noqa: E402
from test_real_pages import PAGES, REAL  # noqa: E402

from newscrawl.pages.t3n import T3nArticlePage  # noqa: E402
from newscrawl.pages.tree import article_tree  # noqa: E402

CRAWLED_AT = "2026-01-01T00:00:00+00:00"


def parse(url: str, raw: bytes, tree=article_tree) -> None:
    page = T3nArticlePage(tree(raw, url), url, crawled_at=CRAWLED_AT)
    page.to_item()
    page.next_page_url()


def parsel_tree(raw: bytes, url: str) -> Selector:
    return Selector(body=raw, encoding="utf-8", base_url=url, type="html")


def timed(contestants: dict, n: int, rounds: int) -> dict[str, list[float]]:
    """CPU ms of every call of each contestant, taking turns call by call."""
    for fn in contestants.values():
        for _ in range(min(20, n)):
            fn()
    times: dict[str, list[float]] = {name: [] for name in contestants}
    clock = time.process_time
    for _ in range(rounds * n):
        for name, fn in contestants.items():
            start = clock()
            fn()
            times[name].append((clock() - start) * 1000)
    return times


def measure(name: str, n: int, rounds: int, with_parsel: bool = False) -> dict:
    url = PAGES[name][0]
    raw = (REAL / name).read_bytes()
    contestants = {"lxml": lambda: lxml.html.fromstring(raw), "parser": lambda: parse(url, raw)}
    if with_parsel:
        contestants["parser_parsel_tree"] = lambda: parse(url, raw, lambda b, u: parsel_tree(b, u))
    times = timed(contestants, n, rounds)
    ms = {name: statistics.median(values) for name, values in times.items()}
    out = {
        "page": name,
        "bytes": len(raw),
        "parser_ms": round(ms["parser"], 2),
        "lxml_ms": round(ms["lxml"], 2),
        "ratio": round(statistics.median(p / f for p, f in zip(times["parser"], times["lxml"], strict=True)), 2),
    }
    if with_parsel:
        out["parser_parsel_tree_ms"] = round(ms["parser_parsel_tree"], 2)
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="calls per round")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--parsel", action="store_true", help="also time the parser on parsel's own tree")
    args = ap.parse_args(argv)
    for name in sorted(PAGES):
        r = measure(name, args.n, args.rounds, args.parsel)
        extra = f"; on parsel's tree {r['parser_parsel_tree_ms']:.2f} ms" if args.parsel else ""
        print(
            f"{r['page']} ({r['bytes'] // 1024} KB): parser {r['parser_ms']:.2f} ms, "
            f"lxml.html.fromstring {r['lxml_ms']:.2f} ms -> {r['ratio']:.2f}x{extra}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
