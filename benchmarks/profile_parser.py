"""Where the page parser spends its time, on pages of real weight.

Three views, all on the same pre-rendered pages (rendering is never inside a measurement):

* ``steps``: inclusive time of each T3nArticlePage step that ``to_item`` calls (plus building the
  tree from the page's bytes, ``newscrawl.pages.tree.article_tree``: the HTML parse), as a share of
  the whole ``article_tree(...) + to_item()`` time; ``_walk`` is the one pass over the article;
* ``selectors``: time per layout selector group looked up in the pass's index
  (``T3nArticlePage.select``: kind "index") and per parsel query that still runs on the tree (a
  few rare paths: kind "css" / "xpath"), with call counts, as a share of the same total: which
  selector is slow, not just which method;
* ``pyinstrument``: the sampling profiler's call tree (text, written next to the results) and
  its hottest frames by self time.

The wrappers are installed only for the duration of one call of ``step_profile`` and removed
afterwards; nothing in ``newscrawl`` is changed.
"""

from __future__ import annotations

import collections
import functools
import time

from parsel import Selector

from newscrawl.pages import t3n as page_module
from newscrawl.pages.t3n import T3nArticlePage
from newscrawl.pages.tree import article_tree

# The steps that to_item() (and the spider) call, plus what __init__ does on its own.
STEPS = (
    "__init__",
    "_walk",
    "id",
    "canonical_url",
    "title",
    "lead",
    "body_structure",
    "_check_body",
    "paywalled",
    "json_ld_body",
    "related_links",
    "_topic_blocks",
    "authors",
    "published",
    "modified",
    "section",
    "tags",
    "image",
    "reading_time_min",
    "sponsor_labels",
    "next_page_url",
)
# Steps that run inside another listed step (their time is already in the outer one).
NESTED = {"_walk": "__init__", "_topic_blocks": "tags / related_links", "id": "to_item"}


def _timed(table, key, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            entry = table[key]
            entry[0] += 1
            entry[1] += time.perf_counter() - t0

    return wrapper


def step_profile(pages):
    """pages: list of (url, html). Returns steps and selectors with their share of total time."""
    steps = collections.defaultdict(lambda: [0, 0.0])
    queries = collections.defaultdict(lambda: [0, 0.0])
    originals = {name: T3nArticlePage.__dict__[name] for name in STEPS if name in T3nArticlePage.__dict__}
    orig_css, orig_xpath = Selector.css, Selector.xpath
    orig_select = T3nArticlePage.select
    depth = [0]

    def select(self, selectors, scope):
        t0 = time.perf_counter()
        try:
            return orig_select(self, selectors, scope)
        finally:
            entry = queries[("index", ", ".join(s.text for s in selectors))]
            entry[0] += 1
            entry[1] += time.perf_counter() - t0

    def css(self, query):
        depth[0] += 1
        t0 = time.perf_counter()
        try:
            return orig_css(self, query)
        finally:
            depth[0] -= 1
            entry = queries[("css", query)]
            entry[0] += 1
            entry[1] += time.perf_counter() - t0

    def xpath(self, query, *args, **kwargs):
        if depth[0]:
            return orig_xpath(self, query, *args, **kwargs)
        t0 = time.perf_counter()
        try:
            return orig_xpath(self, query, *args, **kwargs)
        finally:
            entry = queries[("xpath", query)]
            entry[0] += 1
            entry[1] += time.perf_counter() - t0

    total_parse = 0.0
    total = 0.0
    try:
        for name, fn in originals.items():
            setattr(T3nArticlePage, name, _timed(steps, name, fn))
        Selector.css, Selector.xpath = css, xpath
        T3nArticlePage.select = select  # type: ignore[method-assign]
        for url, raw in [(url, html.encode("utf-8")) for url, html in pages]:
            t0 = time.perf_counter()
            sel = article_tree(raw, url)
            t1 = time.perf_counter()
            page = T3nArticlePage(sel, url, crawled_at="2026-01-01T00:00:00+00:00")
            page.to_item()
            page.next_page_url()
            t2 = time.perf_counter()
            total_parse += t1 - t0
            total += t2 - t0
    finally:
        for name, fn in originals.items():
            setattr(T3nArticlePage, name, fn)
        Selector.css, Selector.xpath = orig_css, orig_xpath
        T3nArticlePage.select = orig_select  # type: ignore[method-assign]

    n = max(len(pages), 1)
    rows = [
        {
            "step": "article_tree(bytes) (lxml parse)",
            "calls": len(pages),
            "ms_per_page": 1000 * total_parse / n,
            "share": total_parse / total if total else 0.0,
            "inside": None,
        }
    ]
    for name, (calls, secs) in steps.items():
        rows.append(
            {
                "step": name,
                "calls": calls,
                "ms_per_page": 1000 * secs / n,
                "share": secs / total if total else 0.0,
                "inside": NESTED.get(name),
            }
        )
    rows.sort(key=lambda r: -r["ms_per_page"])
    sel_rows = [
        {
            "kind": kind,
            "query": query,
            "calls": calls,
            "ms_per_page": 1000 * secs / n,
            "share": secs / total if total else 0.0,
        }
        for (kind, query), (calls, secs) in queries.items()
    ]
    sel_rows.sort(key=lambda r: -r["ms_per_page"])
    return {"pages": len(pages), "ms_per_page_total": 1000 * total / n, "steps": rows, "selectors": sel_rows}


def pyinstrument_profile(pages, text_path=None, top=15):
    """Sampling profile of article_tree + to_item over the pages; hottest frames by self time."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return {"available": False, "reason": "pyinstrument not installed (pip install -r benchmarks/requirements.txt)"}
    profiler = Profiler(interval=0.0005)
    encoded = [(url, html.encode("utf-8")) for url, html in pages]
    profiler.start()
    for url, raw in encoded:
        page = T3nArticlePage(article_tree(raw, url), url, crawled_at="2026-01-01T00:00:00+00:00")
        page.to_item()
        page.next_page_url()
    session = profiler.stop()
    if text_path:
        with open(text_path, "w", encoding="utf-8") as fh:
            fh.write(profiler.output_text(unicode=True, color=False, show_all=False))
    self_time = collections.Counter()

    def walk(frame, parent_key=None):
        if frame is None:
            return
        if frame.is_synthetic or frame.function in ("[self]", "[await]", "[out-of-context]"):
            # pyinstrument's synthetic "[self]" child carries its parent's own time
            if parent_key:
                self_time[parent_key] += frame.time
            return
        key = f"{frame.function} ({_short(frame.file_path)}:{frame.line_no})"
        self_time[key] += frame.time - sum(c.time for c in frame.children)
        for child in frame.children:
            walk(child, key)

    root = session.root_frame()
    walk(root)
    duration = root.time if root is not None else 0.0
    hottest = [
        {"frame": k, "self_s": v, "share": v / duration if duration else 0.0} for k, v in self_time.most_common(top)
    ]
    return {
        "available": True,
        "duration_s": duration,
        "samples": session.sample_count,
        "hottest_self": hottest,
        "text": str(text_path) if text_path else None,
    }


def _short(path):
    if not path:
        return "?"
    for marker in ("site-packages/", "newscrawl/", "benchmarks/"):
        if marker in path:
            return (marker if marker != "site-packages/" else "") + path.split(marker, 1)[1]
    return path.rsplit("/", 1)[-1]


def module_functions():
    """Names of the module-level helpers (for reading the pyinstrument view)."""
    return sorted(n for n in dir(page_module) if callable(getattr(page_module, n)) and not n.startswith("__"))
