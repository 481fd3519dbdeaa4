"""The web archive's cost (issue 10), each number against its baseline in the same run.

    python benchmarks/archive.py            # 1,000 articles, 3 rounds each served plain and gzip (~6 min)
    python benchmarks/archive.py --small    # smoke run in seconds

1. crawl throughput with the archive on vs off: ``scrapy crawl t3n`` of the same generated replica
   (real page weight, served on 127.0.0.1 by the replica server in this process, plain and gzip
   as t3n.de serves it), alternating off/on each round so that drift of the machine hits both
   alike; pages/s per run, medians, and CPU per page of the crawler and of the archive's writer;
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
from benchmarks.run import crawl, machine_info, versions  # noqa: E402

TARGET_ON_VS_OFF = 0.9
FULL = {"articles": 1000, "rounds": 3, "concurrency": 32}
SMALL = {"articles": 40, "rounds": 1, "concurrency": 8}


def article_pages(stats):
    return stats.get("downloader/response_status_count/200", 0)


def reextract(archive, work, log):
    work.mkdir(parents=True, exist_ok=True)
    out, stats_file = work / "reextract.jsonl", work / "reextract.stats.json"
    env = dict(
        os.environ,
        SCRAPY_SETTINGS_MODULE="benchmarks.bench_settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    t0 = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "reextract",
            str(archive),
            "-O",
            str(out),
            "-s",
            f"BENCH_STATS_FILE={stats_file}",
            "-s",
            "LOG_LEVEL=INFO",
            "-s",
            f"LOG_FILE={work / 'reextract.log'}",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    wall = time.monotonic() - t0
    if proc.returncode != 0 or not stats_file.exists():
        raise RuntimeError(f"reextract failed (exit {proc.returncode}): {proc.stderr[-2000:]}")
    stats = json.loads(stats_file.read_text())["stats"]
    pages = stats.get("newscrawl/reextract/pages", 0)
    elapsed = stats.get("elapsed_time_seconds") or wall
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    log(
        f"  reextract: {pages} pages in {elapsed:.1f}s = {pages / elapsed:.1f} pages/s "
        f"({pages / wall:.1f} with the process start), {len(items)} items"
    )
    return {
        "pages": pages,
        "items": len(items),
        "elapsed_s": elapsed,
        "wall_s": wall,
        "pages_per_s": pages / elapsed if elapsed else None,
        "pages_per_s_wall": pages / wall,
        "_items": items,
    }


def same_text(crawled, again):
    a = {i["id"]: i for i in crawled}
    b = {i["id"]: i for i in again}
    differ = [k for k in a if k not in b or any(a[k][f] != b[k][f] for f in ("title", "lead", "body"))]
    return {
        "crawl_items": len(a),
        "reextract_items": len(b),
        "same_ids": a.keys() == b.keys(),
        "text_differs": len(differ),
    }


def crawl_pair_rounds(site, cfg, tmp, encoding, log):
    """Rounds of (archive off, archive on) crawls of one site served with one Content-Encoding."""
    from replica.server import ReplicaServer

    server = ReplicaServer(site, compress=encoding == "gzip").start()
    base = server.base_url.rstrip("/")
    runs = {"off": [], "on": []}
    try:
        for r in range(cfg["rounds"]):
            order = ("off", "on") if r % 2 == 0 else ("on", "off")
            for mode in order:
                work = tmp / f"{encoding}-{mode}-r{r}"
                settings = (
                    ("NEWSCRAWL_ARCHIVE_DIR=",) if mode == "off" else (f"NEWSCRAWL_ARCHIVE_DIR={work / 'archive'}",)
                )
                res = crawl(
                    "t3n",
                    base,
                    work,
                    f"t3n-{mode}-r{r}",
                    cfg["concurrency"],
                    ("max_pages=100000",),
                    log=log,
                    settings=settings,
                )
                res["archive"] = work / "archive"
                res["writer_cpu_s"] = res["_stats"].get("newscrawl/archive/writer_cpu_s", 0) or 0
                log(
                    f"  {encoding} round {r + 1} archive {mode:3}: {res['responses']} responses in "
                    f"{res['elapsed_s']:.1f}s = {res['pages_per_s']:.1f} pages/s, {res['items']} items"
                )
                runs[mode].append(res)
    finally:
        server.stop()
    median = {m: statistics.median(r["pages_per_s"] for r in v) for m, v in runs.items()}
    # The two runs of a round are back to back: their ratio is less exposed to the machine's other
    # load than the medians. CPU per page is the cost itself, whatever else runs on the machine:
    # the crawler process, and the archive's writer process beside it.
    paired = [on["pages_per_s"] / off["pages_per_s"] for on, off in zip(runs["on"], runs["off"])]
    cpu_ms = {m: statistics.median(1000 * r["crawler_cpu_s"] / r["responses"] for r in v) for m, v in runs.items()}
    writer_ms = statistics.median(1000 * r["writer_cpu_s"] / r["responses"] for r in runs["on"])
    last_on = runs["on"][-1]
    archive = last_on["archive"]
    warcs = sorted(archive.glob("*.warc.gz"))
    from newscrawl.archive.reader import ArchiveIndex

    pages = len([e for e in ArchiveIndex([archive]).entries if e.id])
    warc_bytes = sum(p.stat().st_size for p in warcs)
    idx_bytes = sum(p.with_name(p.name + ".idx").stat().st_size for p in warcs)
    wire = last_on["_stats"].get("downloader/response_bytes", 0) / max(last_on["responses"], 1)
    size = {
        "article_responses": pages,
        "warc_bytes": warc_bytes,
        "index_bytes": idx_bytes,
        "bytes_per_article_page": warc_bytes / pages if pages else None,
        "index_bytes_per_page": idx_bytes / pages if pages else None,
        "wire_bytes_per_response": wire,
    }
    log(
        f"  {encoding}: archive {pages} article responses, {warc_bytes / 2**20:.1f} MB = "
        f"{size['bytes_per_article_page'] / 1024:.1f} KB per page (+{size['index_bytes_per_page']:.0f} B index); "
        f"on/off {median['on'] / median['off']:.2f}x (rounds {', '.join(f'{x:.2f}' for x in paired)})"
    )
    return {
        "runs": runs,
        "pages_per_s_median": median,
        "on_vs_off": median["on"] / median["off"],
        "on_vs_off_by_round": paired,
        "on_vs_off_paired_median": statistics.median(paired),
        "crawler_cpu_ms_per_page_median": cpu_ms,
        "writer_cpu_ms_per_page_median": writer_ms,
        "size": size,
        "archive": archive,
        "items": last_on["_items"],
    }


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--small", action="store_true")
    p.add_argument("--articles", type=int)
    p.add_argument("--rounds", type=int)
    p.add_argument("--concurrency", type=int)
    p.add_argument("--encodings", default="identity,gzip", help="how the replica serves pages: identity, gzip or both")
    p.add_argument("--seed", type=int, default=10)
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "archive_results.json")
    p.add_argument("--tmp", type=Path)
    args = p.parse_args(argv)
    cfg = dict(SMALL if args.small else FULL)
    for key in ("articles", "rounds", "concurrency"):
        if getattr(args, key):
            cfg[key] = getattr(args, key)
    encodings = [e for e in args.encodings.split(",") if e]
    log = print
    tmp = Path(tempfile.mkdtemp(prefix="newscrawl-archive-bench-", dir=args.tmp))
    started = time.time()
    try:
        site = tmp / "site"
        info = corpus.build_crawl_site(site, cfg["articles"], args.seed)
        log(f"built a {cfg['articles']}-article replica: article pages {info['article_kb_median']:.0f} KB median")
        by_encoding = {e: crawl_pair_rounds(site, cfg, tmp, e, log) for e in encodings}
        first = by_encoding[encodings[0]]
        rex = reextract(first["archive"], tmp / "reextract", log)
        check = same_text(first["items"], rex.pop("_items"))
        crawl_median = first["pages_per_s_median"]["off"]
        results = {
            "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
            "machine": machine_info(),
            "versions": versions(),
            "config": cfg,
            "article_kb_median": info["article_kb_median"],
            "target_on_vs_off": TARGET_ON_VS_OFF,
            "encodings": {
                e: {k: v for k, v in r.items() if k not in ("archive", "items", "runs")}
                | {
                    "runs": {
                        m: [{k: v for k, v in x.items() if not k.startswith("_") and k != "archive"} for x in rs]
                        for m, rs in r["runs"].items()
                    }
                }
                for e, r in by_encoding.items()
            },
            "reextract": rex,
            "reextract_check": check,
            "seconds": time.time() - started,
        }
        args.out.write_text(json.dumps(results, indent=1, default=str) + "\n")
        log("")
        log("| measure | result | vs baseline | target |")
        log("|---|---|---|---|")
        for e, r in by_encoding.items():
            med, cpu, paired = r["pages_per_s_median"], r["crawler_cpu_ms_per_page_median"], r["on_vs_off_by_round"]
            log(f"| crawl ({e}), archive off | {med['off']:.1f} pages/s | 1.00x | baseline |")
            log(
                f"| crawl ({e}), archive on | {med['on']:.1f} pages/s | {r['on_vs_off_paired_median']:.2f}x off, "
                f"median of rounds {', '.join(f'{x:.2f}' for x in paired)} (medians: {r['on_vs_off']:.2f}x) "
                f"| >= {TARGET_ON_VS_OFF}x |"
            )
            log(
                f"| CPU per page ({e}): crawler off / on + writer | {cpu['off']:.1f} / {cpu['on']:.1f} + "
                f"{r['writer_cpu_ms_per_page_median']:.1f} ms | {(cpu['on'] + r['writer_cpu_ms_per_page_median']) / cpu['off']:.2f}x | - |"
            )
            log(
                f"| archive bytes per article page ({e}) | {r['size']['bytes_per_article_page'] / 1024:.1f} KB | "
                f"page {info['article_kb_median']:.0f} KB, on the wire {r['size']['wire_bytes_per_response'] / 1024:.0f} KB | - |"
            )
        log(
            f"| reextract ({encodings[0]} archive) | {rex['pages_per_s']:.1f} pages/s | "
            f"{rex['pages_per_s'] / crawl_median:.2f}x the crawl | - |"
        )
        log(
            f"| reextract = crawl | ids {'same' if check['same_ids'] else 'DIFFER'}, "
            f"{check['text_differs']} of {check['crawl_items']} title/lead/body differ | - | 0 |"
        )
        log(f"results in {args.out} ({results['seconds']:.0f}s)")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
