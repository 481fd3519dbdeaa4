"""The web archive's cost (issue 10), each number against its baseline in the same run.

    python benchmarks/archive.py            # ~1,500 articles, 3 rounds (a few minutes on 2 cores)
    python benchmarks/archive.py --small    # smoke run in seconds

1. crawl throughput with the archive on vs off: ``scrapy crawl t3n`` of the same generated replica
   (real page weight, served on 127.0.0.1 by the replica server in this process), alternating
   off/on each round so that drift of the machine hits both alike; pages/s per run, medians;
2. archive bytes per article page (gzip per record, request records and index included) beside
   the HTML bytes per page as served;
3. ``scrapy reextract`` of that archive: pages/s (pages parsed / the run's elapsed time, and with
   the process start), and whether it gives the crawl's ids, titles, leads and bodies again.

Writes benchmarks/archive_results.json (``--out``); the corpus goes to a temporary directory.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks import corpus  # noqa: E402
from benchmarks.run import Server, crawl, machine_info, versions  # noqa: E402

TARGET_ON_VS_OFF = 0.9
FULL = {"articles": 1500, "rounds": 3, "concurrency": 32}
SMALL = {"articles": 40, "rounds": 1, "concurrency": 8}


def article_pages(stats):
    return stats.get("downloader/response_status_count/200", 0)


def reextract(archive, work, log):
    work.mkdir(parents=True, exist_ok=True)
    out, stats_file = work / "reextract.jsonl", work / "reextract.stats.json"
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="benchmarks.bench_settings",
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    t0 = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "scrapy", "reextract", str(archive), "-O", str(out),
                           "-s", f"BENCH_STATS_FILE={stats_file}", "-s", "LOG_LEVEL=INFO",
                           "-s", f"LOG_FILE={work / 'reextract.log'}"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    wall = time.monotonic() - t0
    if proc.returncode != 0 or not stats_file.exists():
        raise RuntimeError(f"reextract failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    stats = json.loads(stats_file.read_text())["stats"]
    pages = stats.get("newscrawl/reextract/pages", 0)
    elapsed = stats.get("elapsed_time_seconds") or wall
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    log(f"  reextract: {pages} pages in {elapsed:.1f}s = {pages / elapsed:.1f} pages/s "
        f"({pages / wall:.1f} with the process start), {len(items)} items")
    return {"pages": pages, "items": len(items), "elapsed_s": elapsed, "wall_s": wall,
            "pages_per_s": pages / elapsed if elapsed else None, "pages_per_s_wall": pages / wall,
            "_items": items}


def same_text(crawled, again):
    a = {i["id"]: i for i in crawled}
    b = {i["id"]: i for i in again}
    differ = [k for k in a if k not in b or any(a[k][f] != b[k][f] for f in ("title", "lead", "body"))]
    return {"crawl_items": len(a), "reextract_items": len(b), "same_ids": a.keys() == b.keys(),
            "text_differs": len(differ)}


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--small", action="store_true")
    p.add_argument("--articles", type=int)
    p.add_argument("--rounds", type=int)
    p.add_argument("--concurrency", type=int)
    p.add_argument("--seed", type=int, default=10)
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "archive_results.json")
    p.add_argument("--tmp", type=Path)
    args = p.parse_args(argv)
    cfg = dict(SMALL if args.small else FULL)
    for key in ("articles", "rounds", "concurrency"):
        if getattr(args, key):
            cfg[key] = getattr(args, key)
    log = print
    tmp = Path(tempfile.mkdtemp(prefix="newscrawl-archive-bench-", dir=args.tmp))
    started = time.time()
    try:
        site = tmp / "site"
        info = corpus.build_crawl_site(site, cfg["articles"], args.seed)
        log(f"built a {cfg['articles']}-article replica: article pages {info['article_kb_median']:.0f} KB median")
        server = Server(site)
        runs = {"off": [], "on": []}
        try:
            for r in range(cfg["rounds"]):
                order = ("off", "on") if r % 2 == 0 else ("on", "off")
                for mode in order:
                    work = tmp / f"{mode}-r{r}"
                    settings = ("NEWSCRAWL_ARCHIVE_DIR=",) if mode == "off" else (f"NEWSCRAWL_ARCHIVE_DIR={work / 'archive'}",)
                    res = crawl("t3n", server.base_url, work, f"t3n-{mode}-r{r}", cfg["concurrency"],
                                ("max_pages=100000",), log=log, settings=settings)
                    res["archive"] = work / "archive"
                    log(f"  round {r + 1} archive {mode:3}: {res['responses']} responses in {res['elapsed_s']:.1f}s "
                        f"= {res['pages_per_s']:.1f} pages/s, {res['items']} items")
                    runs[mode].append(res)
        finally:
            server.stop()
        median = {m: statistics.median(r["pages_per_s"] for r in v) for m, v in runs.items()}
        ratio = median["on"] / median["off"]
        # The two runs of a round are back to back: their ratio is less exposed to the machine's
        # other load than the medians. CPU time per page (crawler process, all its threads) is the
        # cost itself, whatever else runs on the machine.
        paired = [on["pages_per_s"] / off["pages_per_s"] for on, off in zip(runs["on"], runs["off"])]
        cpu_ms = {m: statistics.median(1000 * r["crawler_cpu_s"] / r["responses"] for r in v) for m, v in runs.items()}
        # bytes per article page, from the last "on" run
        last_on = runs["on"][-1]
        archive = last_on["archive"]
        warcs = sorted(archive.glob("*.warc.gz"))
        from newscrawl.archive import ArchiveIndex

        index = ArchiveIndex([archive])
        article_responses = [e for e in index.entries if e.id]
        warc_bytes = sum(p.stat().st_size for p in warcs)
        idx_bytes = sum(p.with_name(p.name + ".idx").stat().st_size for p in warcs)
        html_bytes = last_on["_stats"].get("downloader/response_bytes", 0)
        pages = len(article_responses)
        size = {"article_responses": pages, "warc_bytes": warc_bytes, "index_bytes": idx_bytes,
                "bytes_per_article_page": warc_bytes / pages if pages else None,
                "index_bytes_per_page": idx_bytes / pages if pages else None,
                "served_html_kb_median": info["article_kb_median"],
                "all_response_bytes": html_bytes}
        log(f"  archive: {pages} article responses, {warc_bytes / 2**20:.1f} MB = "
            f"{size['bytes_per_article_page'] / 1024:.1f} KB per page (+{size['index_bytes_per_page']:.0f} B index) "
            f"for {info['article_kb_median']:.0f} KB pages")
        rex = reextract(archive, tmp / "reextract", log)
        check = same_text(last_on["_items"], rex.pop("_items"))
        results = {
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
            "machine": machine_info(), "versions": versions(), "config": cfg,
            "crawl": {m: [{k: v for k, v in r.items() if not k.startswith("_") and k != "archive"} for r in rs]
                      for m, rs in runs.items()},
            "pages_per_s_median": median, "on_vs_off": ratio, "target_on_vs_off": TARGET_ON_VS_OFF,
            "on_vs_off_by_round": paired, "on_vs_off_paired_median": statistics.median(paired),
            "crawler_cpu_ms_per_page_median": cpu_ms,
            "size": size, "reextract": rex, "reextract_check": check,
            "seconds": time.time() - started,
        }
        args.out.write_text(json.dumps(results, indent=1, default=str) + "\n")
        log("")
        log(f"| measure | result | vs baseline | target |")
        log(f"|---|---|---|---|")
        log(f"| crawl, archive off | {median['off']:.1f} pages/s | 1.00x | baseline |")
        log(f"| crawl, archive on | {median['on']:.1f} pages/s | {ratio:.2f}x off (rounds: "
            f"{', '.join(f'{x:.2f}' for x in paired)}) | >= {TARGET_ON_VS_OFF}x |")
        log(f"| crawler CPU per page, off / on | {cpu_ms['off']:.1f} / {cpu_ms['on']:.1f} ms | "
            f"{cpu_ms['on'] / cpu_ms['off']:.2f}x | - |")
        log(f"| archive bytes per article page | {size['bytes_per_article_page'] / 1024:.1f} KB | "
            f"{size['bytes_per_article_page'] / 1024 / info['article_kb_median']:.2f}x the page "
            f"({info['article_kb_median']:.0f} KB) | - |")
        log(f"| reextract | {rex['pages_per_s']:.1f} pages/s | {rex['pages_per_s'] / median['off']:.2f}x the crawl | - |")
        log(f"| reextract = crawl | ids {'same' if check['same_ids'] else 'DIFFER'}, "
            f"{check['text_differs']} of {check['crawl_items']} title/lead/body differ | - | 0 |")
        log(f"results in {args.out} ({results['seconds']:.0f}s)")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
