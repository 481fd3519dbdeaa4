"""Benchmark corpora from the replica generator (tests/replica/build.py), at real page weight.

A thin adapter, no generator of its own: records come from ``replica.build.synthetic_records``,
article pages from ``render_article_page(..., padding_kb=PAGE_KB)`` (mega menu of ~400 links,
inline CSS, a JSON state blob: the weight of t3n.de pages), expected bodies from the generator's
``expected_body``. The generator pads article pages only; listing pages of a real news site carry
the same navigation and inline weight, so ``pad_listings`` gives them the generator's own padding
(``padding_parts``) after ``build_site`` has written them.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

import replica.build as build  # noqa: E402

PAGE_KB = (150, 380)  # padding target per page (the generator lands a little above it)
LISTING_KB = (150, 250)  # listing pages: navigation and inline weight, fewer teasers
PER_PAGE = 20  # teasers per listing page, as on t3n.de's /news/
BASE = "http://127.0.0.1:8765"  # for pages parsed offline (the server substitutes its own)


def _page1_expected_body(rec):
    """The article text page 1 shows (a multi-page article continues on page 2)."""
    pages = build.split_pages(rec)
    return build.expected_body(dict(rec, body=pages[0]) if len(pages) > 1 else rec)


def extraction_pages(n, seed):
    """Yield (url, html, expected_body) for page 1 of n synthetic articles, rendered on demand
    (one page in memory at a time: 2,000 pages of 300 KB would be 1.2 GB as Python strings)."""
    records = build.synthetic_records(n, seed)
    catalog = build._catalog(records)
    for rec in records:
        html = build.render_article_page(rec, 1, catalog=catalog, padding_kb=PAGE_KB)
        yield BASE + build.article_path(rec), html.replace("{{BASE}}", BASE), _page1_expected_body(rec)


def build_crawl_site(root, n_articles, seed):
    """Write a replica of n synthetic articles at real page weight; return what a full crawl
    must find (ids and expected bodies of every article that is not an advertorial)."""
    root = Path(root)
    records = build.synthetic_records(n_articles, seed)
    # No sitemaps and no robots group of our own: the floor spider walks listings and RSS only, so
    # both spiders fetch the same pages (the sitemap backfill is measured by benchmarks/backfill.py).
    build.build_site(
        root,
        records,
        padding_kb=PAGE_KB,
        news_per_page=PER_PAGE,
        tag_per_page=PER_PAGE,
        write_expected=False,
        sitemaps=False,
        own_group=False,
    )
    listings = pad_listings(root)
    catalog = build._catalog(records)
    expected = {rec["id"]: build.expected_item(rec, catalog)["body"] for rec in records if not rec.get("advertorial")}
    files, total, article_sizes, sample = 0, 0, [], []
    for dirpath, _, names in os.walk(root):
        for name in names:
            size = os.path.getsize(os.path.join(dirpath, name))
            files += 1
            total += size
    for rec in records[:200]:
        path = build.article_path(rec)
        article_sizes.append((root / path.lstrip("/") / "index.html").stat().st_size)
        sample.append(path)
    return {
        "articles": n_articles,
        "articles_expected": len(expected),
        "advertorials": sum(1 for r in records if r.get("advertorial")),
        "multi_page": sum(1 for r in records if len(build.split_pages(r)) > 1),
        "listing_pages_padded": listings,
        "per_listing_page": PER_PAGE,
        "files": files,
        "bytes": total,
        "article_kb_median": statistics.median(article_sizes) / 1024,
        "expected_bodies": expected,
        "sample_paths": sample,
    }


def generated_site(n_articles, seed):
    """The replica of n synthetic articles at real page weight, rendered per request
    (tests/replica/generated.py): for crawls too big to write to disk."""
    from replica.generated import GeneratedSite

    return GeneratedSite(build.synthetic_records(n_articles, seed), padding_kb=PAGE_KB, per_page=PER_PAGE)


def pad_listings(root):
    """Give /news/ and /tag/ listing pages the generator's padding (head weight + mega menu)."""
    count = 0
    for folder in ("news", "tag", "magazin"):
        for page in (Path(root) / folder).rglob("index.html"):
            rel = page.parent.relative_to(root).as_posix()
            parts = rel.split("/")
            is_listing = (
                (parts[-1].isdigit() and len(parts) >= 2 and parts[-2] == "page")
                or rel in ("news", "magazin")
                or (parts[0] == "tag" and len(parts) in (2, 4))
            )
            if not is_listing:
                continue
            html = page.read_text(encoding="utf-8")
            target = build._target_bytes(LISTING_KB, rel)
            head, mega = build.padding_parts(target, len(html.encode()))
            if not head:
                continue
            html = html.replace("</head>", head + "</head>", 1)
            marker = '<div class="c-social">'
            html = html.replace(marker, mega + marker, 1) if marker in html else html
            page.write_text(html, encoding="utf-8")
            count += 1
    return count
