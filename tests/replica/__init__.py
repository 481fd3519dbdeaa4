"""The offline replica of t3n.de that newscrawl's tests and benchmarks crawl.

    import sys; sys.path.insert(0, "tests")
    from replica import build_site, ReplicaServer, ARTICLES, expected_item, synthetic_records

See build.py (the generator), server.py (the HTTP server with fault mode), articles.py (the
article records) and bad_inputs.py (pages that must not stop a run).
"""

from .articles import ARTICLES, AUTHORS, NAV_TOPICS
from .build import (
    BASE,
    EXPECTED_BASE,
    article_path,
    build_bad_inputs,
    build_site,
    expected_item,
    render_article_page,
    render_listing,
    render_rss,
    synthetic_records,
)


def __getattr__(name):
    # The server is imported lazily so that ``python -m replica.server`` runs it cleanly.
    if name in ("Faults", "ReplicaServer"):
        from . import server

        return getattr(server, name)
    raise AttributeError(name)


__all__ = [
    "ARTICLES",
    "AUTHORS",
    "BASE",
    "EXPECTED_BASE",
    "NAV_TOPICS",
    "Faults",
    "ReplicaServer",
    "article_path",
    "build_bad_inputs",
    "build_site",
    "expected_item",
    "load_expected",
    "render_article_page",
    "render_listing",
    "render_rss",
    "synthetic_records",
]


def load_expected(root, base_url: str) -> dict:
    """{id: expected item} for every article page under ``root``, with ``{base}`` filled in.
    Dropped advertorials are included as their {"_expect": "dropped", …} markers."""
    import json
    from pathlib import Path

    out = {}
    for path in sorted(Path(root).rglob("expected.json")):
        text = path.read_text(encoding="utf-8").replace("{base}", base_url)
        item = json.loads(text)
        out[item["id"]] = item
    return out
