"""Backfill both ways (issue 9): `-a since=` through the sitemap index vs through the listings.

    .venv/bin/python benchmarks/backfill.py                      # 3,000 articles, 30 days back (~2 min)
    .venv/bin/python benchmarks/backfill.py --articles 300 --days 5   # a quick look

Two replicas of the same synthetic articles (``replica.build.synthetic_records``) are generated
into a temporary directory (deleted afterwards): one with sitemaps (an index of monthly sitemaps,
one gzipped, a Google News sitemap, named in robots.txt), one without any. Each is backfilled
with the same ``since`` day into a fresh state by the real ``scrapy crawl t3n``; the replica
server's own request log counts what was fetched. Printed both ways: requests per exported
article, and the requests that were not article pages (robots.txt, sitemaps, feeds, listings);
then a no-op run after the sitemap backfill. Page weight does not change request counts, so
pages are unpadded to keep the run short.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from crawlrun import ARTICLE_PATH, env  # noqa: E402
from replica.build import build_site, synthetic_records  # noqa: E402
from replica.server import ReplicaServer  # noqa: E402

PER_PAGE = 20  # teasers per listing page, as on t3n.de's /news/


def kinds(paths):
    out = {}
    for path in paths:
        path = path.split("?")[0]
        if path == "/robots.txt":
            kind = "robots.txt"
        elif "sitemap" in path:
            kind = "sitemaps"
        elif path.endswith(".xml"):
            kind = "feeds"
        elif ARTICLE_PATH.match(path):
            kind = "articles"
        else:
            kind = "listings"  # home, /news/, /tag/…, their later pages
        out[kind] = out.get(kind, 0) + 1
    return out


def crawl(server, state, work, label, *args, timeout=1800):
    out = work / f"{label}.jsonl"
    server.clear_requests()
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "t3n",
        "-a",
        f"base_url={server.base_url.rstrip('/')}",
        "-s",
        f"STATE_DIR={state}",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "CONCURRENT_REQUESTS=16",
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=16",
        "-s",
        "LOG_LEVEL=WARNING",
        "-s",
        "NEWSCRAWL_REPORT_ENABLED=False",
        "-O",
        str(out),
        *args,
    ]
    t0 = time.monotonic()
    proc = subprocess.run(cmd, cwd=work, env=env(), capture_output=True, text=True, timeout=timeout)
    wall = time.monotonic() - t0
    if proc.returncode not in (0, 3):
        raise RuntimeError(f"crawl {label} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    paths = [r["path"] for r in server.requests]
    by_kind = kinds(paths)
    requests = len(paths)
    exported = len(items)
    return {
        "label": label,
        "requests": requests,
        "exported": exported,
        "by_kind": by_kind,
        "non_article_requests": requests - by_kind.get("articles", 0),
        "requests_per_exported": round(requests / exported, 4) if exported else None,
        "non_article_per_exported": round((requests - by_kind.get("articles", 0)) / exported, 4) if exported else None,
        "wall_s": round(wall, 1),
        "verdict": json.loads((state / "last_run.json").read_text())["verdict"],
        "_ids": {i["id"] for i in items},
    }


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--articles", type=int, default=3000)
    p.add_argument("--days", type=int, default=30, help="backfill this many days back from the newest article")
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--out", type=Path, help="write the numbers as JSON here too")
    args = p.parse_args(argv)

    records = synthetic_records(args.articles, args.seed)
    newest = max(datetime.fromisoformat(r["published"]) for r in records)
    since = (newest - timedelta(days=args.days)).date().isoformat()
    wanted = {r["id"] for r in records if r["published"][:10] >= since and not r.get("advertorial")}
    in_range = sum(1 for r in records if r["published"][:10] >= since)
    tmp = Path(tempfile.mkdtemp(prefix="newscrawl-backfill-"))
    results = {
        "articles": args.articles,
        "since": since,
        "articles_since": in_range,
        "span_days": (newest - min(datetime.fromisoformat(r["published"]) for r in records)).days,
    }
    try:
        for way, with_sitemaps in (("sitemaps", True), ("listings", False)):
            site, work = tmp / f"site-{way}", tmp / f"work-{way}"
            work.mkdir()
            build_site(
                site,
                records,
                news_per_page=PER_PAGE,
                tag_per_page=PER_PAGE,
                write_expected=False,
                sitemaps=with_sitemaps,
                own_group=False,
            )
            with ReplicaServer(site) as server:
                results[way] = crawl(server, work / "state", work, "backfill", "-a", f"since={since}")
                if with_sitemaps:
                    results["noop_after_sitemap_backfill"] = crawl(server, work / "state", work, "noop")
        a, b = results["sitemaps"].pop("_ids"), results["listings"].pop("_ids")
        results["noop_after_sitemap_backfill"].pop("_ids")
        results["same_articles"] = {"both": len(a & b), "only_sitemaps": len(a - b), "only_listings": len(b - a)}
        # every article published since the day (advertorials aside) must be there, both ways
        results["coverage_since"] = {"wanted": len(wanted), "sitemaps": len(wanted & a), "listings": len(wanted & b)}
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    print(
        f"{args.articles} synthetic articles over {results['span_days']} days; backfill since={since} "
        f"({in_range} published since then)"
    )
    print("| way | requests | exported | requests / exported | not article pages | of which | wall |")
    print("|---|---|---|---|---|---|---|")
    for way in ("sitemaps", "listings", "noop_after_sitemap_backfill"):
        r = results[way]
        detail = ", ".join(f"{k} {v}" for k, v in sorted(r["by_kind"].items()) if k != "articles")
        print(
            f"| {way} | {r['requests']} | {r['exported']} | {r['requests_per_exported'] or '-'} | "
            f"{r['non_article_requests']} | {detail} | {r['wall_s']} s |"
        )
    print("same articles:", results["same_articles"], "| published since the day, found:", results["coverage_since"])
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
