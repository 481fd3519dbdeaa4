"""``scrapy reextract`` at the speed of the machine: pages/s in one process and in one per core,
on the same archive, in the same run.

    python benchmarks/reextract.py                  # 5,000 articles, 2 rounds (~5 min on 2 cores)
    python benchmarks/reextract.py --small          # smoke run in seconds

1. an archive: a crawl (archive on) of the generated replica at real page weight, rendered per
   request (``tests/replica/generated.py``);
2. ``scrapy reextract ARCHIVE -j 1`` (every article read in the command's own process: the
   baseline) and ``-j 0`` (one worker process per core), alternating over the rounds; pages/s from
   the run's own elapsed time, and with the process start; the scaling ratio all-cores / one;
3. peak RSS of the whole process tree (the command and its workers) at each size of archive
   (``--sizes``): memory must not grow with the archive (the records are streamed, only the
   index is held);
4. the same items either way (ids, title, lead, body, blocks).

Writes benchmarks/reextract_results.json (``--out``); the corpus goes to a temporary directory.
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
from benchmarks.run import GeneratedServer, TreeSampler, crawl, machine_info, versions  # noqa: E402

FULL = {"sizes": (1000, 5000), "rounds": 2, "concurrency": 32}
SMALL = {"sizes": (20, 40), "rounds": 1, "concurrency": 8}
COMPARED = ("id", "title", "lead", "body", "blocks")


def reextract(archive: Path, work: Path, jobs: int, label: str) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    out, stats_file = work / f"{label}.jsonl", work / f"{label}.stats.json"
    env = dict(
        os.environ,
        SCRAPY_SETTINGS_MODULE="benchmarks.bench_settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    cmd = [sys.executable, "-m", "scrapy", "reextract", str(archive), "-j", str(jobs), "-O", str(out)]
    cmd += ["-s", f"BENCH_STATS_FILE={stats_file}", "-s", "LOG_LEVEL=INFO", "-s", f"LOG_FILE={work / label}.log"]
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid) as sampler:
        _, stderr = proc.communicate(timeout=7200)
    wall = time.monotonic() - t0
    if proc.returncode not in (0, 3) or not stats_file.exists():
        raise RuntimeError(f"reextract {label} failed (exit {proc.returncode}): {stderr[-2000:]}")
    stats = json.loads(stats_file.read_text())["stats"]
    pages = stats.get("newscrawl/reextract/pages", 0)
    elapsed = stats.get("elapsed_time_seconds") or wall
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {
        "jobs": stats.get("newscrawl/reextract/processes", jobs),
        "pages": pages,
        "items": len(items),
        "elapsed_s": elapsed,
        "wall_s": wall,
        "pages_per_s": pages / elapsed if elapsed else None,
        "pages_per_s_wall": pages / wall,
        "peak_rss_mb": sampler.peak / 2**20,
        "_items": {i["id"]: {k: i.get(k) for k in COMPARED} for i in items},
    }


def bench_size(n: int, cfg: dict, seed: int, tmp: Path, log) -> dict:
    site = corpus.generated_site(n, seed + n)
    server = GeneratedServer(site)
    work = tmp / f"n{n}"
    try:
        res = crawl(
            "t3n",
            server.base_url,
            work,
            f"crawl-{n}",
            cfg["concurrency"],
            ("max_pages=100000",),
            log=log,
            settings=(f"NEWSCRAWL_ARCHIVE_DIR={work / 'archive'}",),
        )
    finally:
        server.stop()
    log(f"  {n} articles: archive written by a crawl of {res['responses']} responses, {res['items']} items")
    runs: dict[str, list] = {"one": [], "all": []}
    for r in range(cfg["rounds"]):
        for mode in ("one", "all") if r % 2 == 0 else ("all", "one"):
            out = reextract(work / "archive", work / "re", 1 if mode == "one" else 0, f"{mode}-r{r}")
            log(
                f"  round {r + 1} -j {'1' if mode == 'one' else '0'} ({out['jobs']} process(es)): {out['pages']} pages "
                f"in {out['elapsed_s']:.1f}s = {out['pages_per_s']:.1f} pages/s ({out['pages_per_s_wall']:.1f} with "
                f"the start), {out['items']} items, peak RSS {out['peak_rss_mb']:.0f} MB"
            )
            runs[mode].append(out)
    same = runs["one"][0]["_items"] == runs["all"][0]["_items"]
    best = {m: max(v, key=lambda x: x["pages_per_s"]) for m, v in runs.items()}
    paired = [a["pages_per_s"] / o["pages_per_s"] for a, o in zip(runs["all"], runs["one"])]
    return {
        "articles": n,
        "crawl_items": res["items"],
        "runs": {m: [{k: v for k, v in x.items() if not k.startswith("_")} for x in v] for m, v in runs.items()},
        "one_pages_per_s": best["one"]["pages_per_s"],
        "all_pages_per_s": best["all"]["pages_per_s"],
        "processes": best["all"]["jobs"],
        "scaling": best["all"]["pages_per_s"] / best["one"]["pages_per_s"],
        "scaling_paired_median": statistics.median(paired),
        "peak_rss_mb": {m: max(x["peak_rss_mb"] for x in v) for m, v in runs.items()},
        "same_items": same,
    }


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--small", action="store_true")
    p.add_argument("--sizes", help="comma-separated archive sizes in articles, e.g. 1000,5000")
    p.add_argument("--rounds", type=int)
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "reextract_results.json")
    p.add_argument("--tmp", type=Path)
    args = p.parse_args(argv)
    cfg = dict(SMALL if args.small else FULL)
    if args.sizes:
        cfg["sizes"] = tuple(int(x) for x in args.sizes.split(","))
    if args.rounds:
        cfg["rounds"] = args.rounds
    tmp = args.tmp or Path(tempfile.mkdtemp(prefix="newscrawl-reextract-bench-"))
    results = {"machine": machine_info(), "versions": versions(), "config": cfg, "sizes": []}
    try:
        for n in cfg["sizes"]:
            results["sizes"].append(bench_size(n, cfg, args.seed, tmp, print))
    finally:
        if not args.tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    largest, smallest = results["sizes"][-1], results["sizes"][0]
    results["rss_largest_vs_smallest"] = {
        m: largest["peak_rss_mb"][m] / smallest["peak_rss_mb"][m] for m in ("one", "all")
    }
    print("\n| measure | result | baseline |\n| --- | --- | --- |")
    for s in results["sizes"]:
        print(
            f"| reextract {s['articles']} articles, -j 0 ({s['processes']} processes) vs -j 1 | "
            f"{s['all_pages_per_s']:.0f} vs {s['one_pages_per_s']:.0f} pages/s = **{s['scaling']:.2f}x** "
            f"(paired {s['scaling_paired_median']:.2f}x) | one process |"
        )
    print(
        f"| peak RSS, {largest['articles']} vs {smallest['articles']} articles | "
        f"-j 1 {largest['peak_rss_mb']['one']:.0f} vs {smallest['peak_rss_mb']['one']:.0f} MB = "
        f"{results['rss_largest_vs_smallest']['one']:.2f}x; -j 0 {largest['peak_rss_mb']['all']:.0f} vs "
        f"{smallest['peak_rss_mb']['all']:.0f} MB = {results['rss_largest_vs_smallest']['all']:.2f}x | "
        f"the smaller archive |"
    )
    print(f"| same items -j 1 and -j 0 | {all(s['same_items'] for s in results['sizes'])} | - |")
    args.out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"results in {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
