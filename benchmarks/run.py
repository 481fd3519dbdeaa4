"""newscrawl benchmarks (issue 5): one command measures it all, side by side, on this machine.

    pip install -r requirements.txt -r benchmarks/requirements.txt
    python benchmarks/run.py                # full run (~15-25 min on 2 cores), writes benchmarks/results.json
    python benchmarks/run.py --small        # smoke run with tiny sizes (seconds; what the test suite runs)

What it measures (each against its baseline, in the same run):

1. extraction: CPU ms per article page for the page parser (the page's UTF-8 bytes ->
   ``newscrawl.pages.tree.article_tree`` -> ``T3nArticlePage(...).to_item()`` with the structured
   fields, and ``next_page_url()``) vs the lxml floor (``lxml.html.fromstring`` of the same
   bytes) vs ``trafilatura.extract``, on generated pages of real weight (150-400 KB, mostly
   navigation, inline scripts, styles and JSON); the ratio is also given as the median of the
   per-page ratios (parser and floor timed back to back), which a busy shared machine moves least;
2. crawl throughput: pages/s of ``scrapy crawl t3n`` of a generated replica served on 127.0.0.1
   vs the floor spider (``benchmarks/floor_spider.py``: same pages, lxml parse only), with
   ``scrapy bench`` printed beside them;
3. memory: peak RSS of crawls of 1,000 and 10,000 articles;
4. no-op cron run: requests and wall time of a second run over the same state with nothing new;
5. accuracy beside speed: body token F1 of the parser and of trafilatura on the same pages.

The replica pages come from the replica generator (``tests/replica/build.py``); the thin adapter in
``benchmarks/corpus.py`` gives them real page weight. Corpora go to a temporary directory and are
deleted afterwards (``--keep`` keeps them).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from replica.articles import NAV_TOPICS  # noqa: E402

from benchmarks import corpus  # noqa: E402
from benchmarks.profile_parser import pyinstrument_profile, step_profile  # noqa: E402

TARGETS = {
    "parser_vs_lxml_max": 1.5,  # parser ms/page <= 1.5x lxml.html.fromstring (issue 11)
    "trafilatura_vs_parser_min": 10.0,  # trafilatura ms/page >= 10x the parser
    "crawl_vs_floor_min": 0.8,  # t3n pages/s >= 0.8x the floor spider (issue 11)
    "rss_large_vs_small_max": 1.1,  # peak RSS of the 20k crawl <= 1.1x the 2k crawl (issue 11)
    "noop_article_fetches_max": 0,  # a run with nothing new fetches no article page
    "noop_1m_wall_max_s": 3.0,  # a no-op run with 1,000,000 known articles, wall seconds
    "resume_refetched_max": 0,  # a resumed backfill fetches no article it already recorded
}

KEEP = False  # --keep: leave the generated sites and crawl outputs in the work directory

FULL = {
    "extract_pages": 2000,
    "profile_pages": 300,
    "crawl_articles": 5000,
    "crawl_rounds": 1,
    "memory_sizes": (2000, 20000),
    "state_rows": 1_000_000,
    "bench_seconds": 10,
    "concurrency": 32,
}
SMALL = {
    "extract_pages": 12,
    "profile_pages": 4,
    "crawl_articles": 40,
    "crawl_rounds": 1,
    "memory_sizes": (20, 60),
    "state_rows": 5000,
    "bench_seconds": 1,
    "concurrency": 8,
}


# --- machine and versions -----------------------------------------------------------------------


def machine_info():
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    mem_gb = None
    try:
        mem_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError, AttributeError):
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "usable_cores": usable,
        "memory_gb": mem_gb,
        "os": platform.platform(),
        "python": platform.python_version(),
    }


def versions():
    from importlib.metadata import PackageNotFoundError, version

    import lxml.etree

    out = {}
    for name in ("scrapy", "parsel", "lxml", "twisted", "itemloaders", "trafilatura", "psutil", "pyinstrument"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    out["libxml2"] = ".".join(map(str, lxml.etree.LIBXML_VERSION))
    try:
        from newscrawl import __version__

        out["newscrawl"] = __version__
    except ImportError:
        out["newscrawl"] = None
    try:
        out["git_commit"] = (
            subprocess.run(
                ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, timeout=10
            ).stdout.strip()
            or None
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "newscrawl"], cwd=ROOT, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        out["newscrawl_tree_dirty"] = bool(dirty)
    except (OSError, subprocess.SubprocessError):
        out["git_commit"] = None
    return out


# --- 1 + 5: extraction speed and accuracy --------------------------------------------------------


def _pctl(values, q):
    if not values:
        return None
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def _summary(ms):
    return {
        "mean_ms": statistics.fmean(ms) if ms else None,
        "median_ms": statistics.median(ms) if ms else None,
        "p95_ms": _pctl(ms, 0.95),
        "total_s": sum(ms) / 1000,
    }


def bench_extraction(n_pages, seed, log):
    """Per page: lxml floor, the parser, trafilatura; body token F1 of parser and trafilatura."""
    import lxml.html

    from newscrawl.pages.t3n import T3nArticlePage
    from newscrawl.pages.tree import article_tree
    from newscrawl.processors import token_f1

    try:
        import trafilatura
    except ImportError:
        trafilatura = None
        log("  trafilatura not installed: its column is skipped (pip install -r benchmarks/requirements.txt)")

    floor_ms, parser_ms, traf_ms, sizes = [], [], [], []
    f1_parser, f1_traf = [], []
    failures = {"parser": 0, "trafilatura": 0}
    warmup = min(20, max(2, n_pages // 50))
    pages = corpus.extraction_pages(n_pages + warmup, seed)
    perf = time.process_time  # CPU time: other work on the machine is not counted
    done = 0
    started = time.monotonic()
    for i, (url, html, expected_body) in enumerate(pages):
        measured = i >= warmup
        raw = html.encode("utf-8")  # what the crawl gets: the response's bytes
        # Rotate the order so that cache warmth and GC pauses do not favour one contestant.
        order = ("floor", "parser", "traf")[i % 3 :] + ("floor", "parser", "traf")[: i % 3]
        got_parser = got_traf = None
        for who in order:
            if who == "floor":
                t0 = perf()
                lxml.html.fromstring(raw)
                dt = perf() - t0
                if measured:
                    floor_ms.append(dt * 1000)
            elif who == "parser":
                t0 = perf()
                try:
                    page = T3nArticlePage(article_tree(raw, url), url, crawled_at="2026-01-01T00:00:00+00:00")
                    item = page.to_item()
                    page.next_page_url()
                    got_parser = item.body
                except Exception:  # a page the parser cannot read counts as F1 0
                    failures["parser"] += 1
                dt = perf() - t0
                if measured:
                    parser_ms.append(dt * 1000)
            elif trafilatura is not None:
                t0 = perf()
                try:
                    got_traf = trafilatura.extract(html, url=url, include_comments=False)
                except Exception:
                    failures["trafilatura"] += 1
                dt = perf() - t0
                if measured:
                    traf_ms.append(dt * 1000)
        if measured:
            sizes.append(len(html.encode("utf-8")))
            f1_parser.append(token_f1(expected_body, got_parser))
            if trafilatura is not None:
                f1_traf.append(token_f1(expected_body, got_traf))
            done += 1
            if done % 250 == 0:
                log(f"  {done}/{n_pages} pages ({time.monotonic() - started:.0f}s)")

    floor, parser = _summary(floor_ms), _summary(parser_ms)
    traf = _summary(traf_ms) if traf_ms else None
    return {
        "pages": len(parser_ms),
        "warmup_pages": warmup,
        "page_kb": {"min": min(sizes) / 1024, "median": statistics.median(sizes) / 1024, "max": max(sizes) / 1024},
        "lxml_floor": floor,
        "parser": parser,
        "trafilatura": traf,
        "parser_vs_lxml": parser["mean_ms"] / floor["mean_ms"],
        "parser_vs_lxml_median_pair": statistics.median(p / f for p, f in zip(parser_ms, floor_ms, strict=True)),
        "trafilatura_vs_parser": (traf["mean_ms"] / parser["mean_ms"]) if traf else None,
        "accuracy": {
            "parser_body_f1_mean": statistics.fmean(f1_parser),
            "parser_body_f1_min": min(f1_parser),
            "parser_pages_f1_ge_0.99": sum(f >= 0.99 for f in f1_parser) / len(f1_parser),
            "trafilatura_body_f1_mean": statistics.fmean(f1_traf) if f1_traf else None,
            "trafilatura_body_f1_min": min(f1_traf) if f1_traf else None,
            "trafilatura_pages_f1_ge_0.99": (sum(f >= 0.99 for f in f1_traf) / len(f1_traf)) if f1_traf else None,
        },
        "failures": failures,
        "trafilatura_call": "trafilatura.extract(html, url=url, include_comments=False)",
    }


def bench_profile(n_pages, seed, out_dir, log):
    pages = [(url, html) for url, html, _ in corpus.extraction_pages(n_pages, seed + 7)]
    steps = step_profile(pages)
    prof = pyinstrument_profile(pages, text_path=out_dir / "profile.txt")
    if prof.get("available"):
        log(f"  pyinstrument call tree: {out_dir / 'profile.txt'}")
    return {"steps": steps, "pyinstrument": prof}


# --- memory and CPU of a child process tree ------------------------------------------------------


class TreeSampler:
    """Polls RSS (sum over the process and its children) and remembers the peak."""

    def __init__(self, pid, interval=0.05):
        self.pid, self.interval = pid, interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join(timeout=5)

    def _run(self):
        while not self._stop.is_set():
            rss = tree_rss(self.pid)
            if rss is None:
                break
            self.peak = max(self.peak, rss)
            self._stop.wait(self.interval)


def tree_rss(pid):
    try:
        import psutil
    except ImportError:
        return _proc_rss(pid)
    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return None
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.Error:
            pass
    return total


def _proc_rss(pid):
    """RSS of pid and its descendants from /proc (Linux, when psutil is not installed)."""
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) * 1024
            for task in Path(f"/proc/{p}/task").iterdir():
                children = (task / "children").read_text().split()
                stack.extend(int(c) for c in children)
        except (OSError, ValueError):
            if p == pid:
                return None
    return total


def process_cpu_s():
    t = os.times()
    return t.user + t.system


# --- crawls -------------------------------------------------------------------------------------


class Server:
    """The replica server (tests/replica/server.py) in a thread of this process: its CPU time is
    this process's CPU time (the sampler's share is negligible), its request log is in memory."""

    def __init__(self, root, port=0):
        from replica.server import ReplicaServer

        self.srv = ReplicaServer(root, port=port).start()
        self.base_url = self.srv.base_url.rstrip("/")

    def stop(self):
        self.srv.stop()


def crawl(
    spider,
    base_url,
    work,
    label,
    concurrency,
    spider_args=(),
    state_dir=None,
    log=print,
    timeout=3600,
    wrapper=(),
    settings=(),
):
    """One `scrapy crawl <spider>` in a child process; returns timing, stats, peak RSS, CPU.
    ``wrapper``: a command the crawl runs under (py-spy record … --), for the crawl profile only;
    ``settings``: more ``NAME=VALUE`` for ``-s`` (benchmarks/archive.py: the archive on or off)."""
    work.mkdir(parents=True, exist_ok=True)
    stats_file = work / f"{label}.stats.json"
    out_file = work / f"{label}.jsonl"
    log_file = work / f"{label}.log"
    cmd = [
        *wrapper,
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        spider,
        "-a",
        f"base_url={base_url}",
        *(x for a in spider_args for x in ("-a", a)),
        "-O",
        str(out_file),
        "-s",
        f"BENCH_STATS_FILE={stats_file}",
        "-s",
        "ROBOTSTXT_OBEY=True",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        f"CONCURRENT_REQUESTS={concurrency}",
        "-s",
        f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",
        "-s",
        "LOG_LEVEL=INFO",
        "-s",
        f"LOG_FILE={log_file}",
        "-s",
        "TELNETCONSOLE_ENABLED=False",
        "-s",
        f"STATE_DIR={state_dir or (work / (label + '.state'))}",
        *(y for x in settings for y in ("-s", x)),
    ]
    env = dict(
        os.environ,
        SCRAPY_SETTINGS_MODULE="benchmarks.bench_settings",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    cpu0 = process_cpu_s()
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid) as sampler:
        try:
            _, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, stderr = proc.communicate()
    wall = time.monotonic() - t0
    server_cpu = process_cpu_s() - cpu0
    if proc.returncode != 0 or not stats_file.exists():
        tail = (log_file.read_text(errors="replace")[-3000:] if log_file.exists() else "") + (stderr or "")[-2000:]
        raise RuntimeError(f"crawl {label} failed (exit {proc.returncode}):\n{tail}")
    data = json.loads(stats_file.read_text())
    stats = data["stats"]
    responses = stats.get("response_received_count", 0)
    elapsed = stats.get("elapsed_time_seconds") or wall
    items = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = {
        k: v
        for k, v in stats.items()
        if k.startswith(("log_count/ERROR", "spider_exceptions", "downloader/exception_count"))
    }
    return {
        "label": label,
        "spider": spider,
        "responses": responses,
        "requests": stats.get("downloader/request_count", 0),
        "status_200": stats.get("downloader/response_status_count/200", 0),
        "items": len(items),
        "elapsed_s": elapsed,
        "wall_s": wall,
        "pages_per_s": responses / elapsed if elapsed else None,
        "peak_rss_mb_polled": sampler.peak / 2**20 if sampler.peak else None,
        "peak_rss_mb_vmhwm": data["vmhwm_kb"] / 1024 if data.get("vmhwm_kb") else None,
        # the crawler's own peak: VmHWM read at spider close, or the 50 ms polling if higher
        "peak_rss_mb": max((data.get("vmhwm_kb") or 0) / 1024, sampler.peak / 2**20),
        "crawler_cpu_s": data["cpu_user_s"] + data["cpu_system_s"],
        "server_cpu_s": server_cpu,
        "server_cpu_share_of_one_core": server_cpu / wall if wall else None,
        "errors": errors,
        "rss_timeline": data.get("rss_timeline") or [],
        "_items": items,
        "_stats": stats,
    }


def server_alone(base_url, paths, seconds, threads=8):
    """How fast the server answers without the crawler: threads of keep-alive clients for a few
    seconds (a lower bound: the clients are Python too, on the same cores)."""
    import http.client
    from urllib.parse import urlsplit

    host, port = urlsplit(base_url).hostname, urlsplit(base_url).port
    count = [0] * threads
    nbytes = [0] * threads
    stop = time.monotonic() + seconds

    def worker(k):
        conn = http.client.HTTPConnection(host, port, timeout=10)
        i = k
        while time.monotonic() < stop:
            conn.request("GET", paths[i % len(paths)])
            body = conn.getresponse().read()
            count[k] += 1
            nbytes[k] += len(body)
            i += threads
        conn.close()

    workers = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    t0 = time.monotonic()
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    dt = time.monotonic() - t0
    return {"pages_per_s": sum(count) / dt, "mb_per_s": sum(nbytes) / dt / 2**20, "threads": threads}


def crawl_accuracy(items, expected):
    from newscrawl.processors import token_f1

    got = {str(it.get("id")): it for it in items}
    f1 = [token_f1(body, (got.get(aid) or {}).get("body")) for aid, body in expected.items()]
    return {
        "expected_articles": len(expected),
        "items": len(items),
        "items_unique": len(got),
        "missing": sum(1 for aid in expected if aid not in got),
        "unexpected": sum(1 for aid in got if aid not in expected),
        "body_f1_mean": statistics.fmean(f1) if f1 else None,
    }


def bench_crawl(n_articles, rounds, concurrency, seed, tmp, log):
    site = tmp / f"site-{n_articles}"
    t0 = time.monotonic()
    info = corpus.build_crawl_site(site, n_articles, seed)
    log(
        f"  built a {n_articles}-article replica in {time.monotonic() - t0:.0f}s: {info['files']} files, "
        f"{info['bytes'] / 2**20:.0f} MB, article pages {info['article_kb_median']:.0f} KB median"
    )
    server = Server(site)
    runs = {"floor": [], "t3n": []}
    try:
        sample = info["sample_paths"]
        alone = server_alone(server.base_url, sample, seconds=1 if n_articles < 500 else 4)
        log(f"  server alone: {alone['pages_per_s']:.0f} pages/s ({alone['mb_per_s']:.0f} MB/s)")
        for r in range(rounds):
            for spider in ("floor", "t3n"):
                args = ("max_pages=100000",) if spider == "t3n" else ()
                res = crawl(
                    spider, server.base_url, tmp / "crawls", f"{spider}-{n_articles}-r{r}", concurrency, args, log=log
                )
                log(
                    f"  round {r + 1} {spider:5}: {res['responses']} responses in {res['elapsed_s']:.1f}s = "
                    f"{res['pages_per_s']:.1f} pages/s, {res['items']} items, peak RSS {res['peak_rss_mb']:.0f} MB, "
                    f"server CPU {100 * res['server_cpu_share_of_one_core']:.0f}% of a core"
                )
                if spider == "t3n":
                    res["accuracy"] = crawl_accuracy(res["_items"], info["expected_bodies"])
                runs[spider].append(res)
    finally:
        server.stop()
        if not KEEP:
            shutil.rmtree(site, ignore_errors=True)
    best = {k: max(v, key=lambda r: r["pages_per_s"]) for k, v in runs.items()}
    clean = {k: [{x: y for x, y in r.items() if not x.startswith("_")} for r in v] for k, v in runs.items()}
    return {
        "articles": n_articles,
        "site": {k: v for k, v in info.items() if k not in ("expected_bodies", "sample_paths")},
        "server_alone": alone,
        "concurrency": concurrency,
        "rounds": clean,
        "floor_pages_per_s": best["floor"]["pages_per_s"],
        "t3n_pages_per_s": best["t3n"]["pages_per_s"],
        "t3n_vs_floor": best["t3n"]["pages_per_s"] / best["floor"]["pages_per_s"],
        "floor_vs_server_alone": best["floor"]["pages_per_s"] / alone["pages_per_s"],
        "same_pages": best["floor"]["responses"] == best["t3n"]["responses"],
        "accuracy": best["t3n"].get("accuracy"),
    }


class GeneratedServer(Server):
    """The replica rendered per request (tests/replica/generated.py): any number of articles at
    real page weight without writing them to disk (20,000 pages would be 5 GB)."""

    def __init__(self, site, port=0):
        from replica.generated import GeneratedReplicaServer

        self.srv = GeneratedReplicaServer(site, port=port).start()
        self.base_url = self.srv.base_url.rstrip("/")


def bench_memory_and_noop(sizes, concurrency, seed, tmp, log, profile_crawl=False, resume=True, state_rows=1_000_000):
    """Peak RSS of a full crawl of each size, RSS over items; then, on the smallest, a second run
    with nothing new."""
    out = {"crawls": [], "noop": None}
    for n in sizes:
        site = corpus.generated_site(n, seed + n)
        log(f"  generated replica of {n} articles (rendered per request)")
        server = GeneratedServer(site)
        state = tmp / f"state-{n}"
        info = {"articles": n}
        try:
            res = crawl(
                "t3n",
                server.base_url,
                tmp / "crawls",
                f"mem-{n}",
                concurrency,
                ("max_pages=100000",),
                state_dir=state,
                log=log,
            )
            log(
                f"  {n} articles: peak RSS {res['peak_rss_mb']:.0f} MB (polled {res['peak_rss_mb_polled'] or 0:.0f} MB), "
                f"{res['responses']} responses, {res['items']} items in {res['wall_s']:.0f}s"
            )
            out["crawls"].append(
                {
                    "articles": n,
                    **{k: v for k, v in res.items() if not k.startswith("_")},
                    "accuracy": crawl_accuracy(res["_items"], site.expected_bodies()),
                }
            )
            del res
            if n == max(sizes) and resume:
                out["resume"] = bench_resume(server, site, concurrency, tmp, log, batch=max(10, min(250, n // 40)))
            if n == min(sizes):
                out["noop"] = bench_noop(server, state, info, concurrency, tmp, log)
                out["noop"]["first_run_requests"] = out["crawls"][-1]["requests"]
                out["noop"]["first_run_wall_s"] = out["crawls"][-1]["wall_s"]
                out["state_scale"] = bench_state_scale(server, state, info, concurrency, tmp, log, rows=state_rows)
                if profile_crawl:
                    log(f"  profiling a crawl of {n} articles with py-spy")
                    out["crawl_profile"] = crawl_profile(server.base_url, tmp / "crawls", concurrency, log)
        finally:
            server.stop()
            if not KEEP:
                shutil.rmtree(state, ignore_errors=True)
    by_n = {c["articles"]: c for c in out["crawls"]}
    lo, hi = min(sizes), max(sizes)
    out["rss_ratio"] = by_n[hi]["peak_rss_mb"] / by_n[lo]["peak_rss_mb"]
    out["sizes"] = list(sizes)
    return out


def bench_state_scale(server, state, info, concurrency, tmp, log, rows=1_000_000):
    """The no-op run and the known-id checks with a million known articles: the state of the
    crawl of the smallest replica, copied, filled up to ``rows`` articles straight into SQLite
    (benchmarks/state_scale.py), against the same state before the fill."""
    from benchmarks import state_scale

    big = tmp / "state-1m"
    shutil.rmtree(big, ignore_errors=True)
    shutil.copytree(state, big)
    before = state_scale.db_bytes(state)
    import sqlite3

    db = sqlite3.connect(state / "crawl.sqlite3")
    have = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    replica_ids = [r[0] for r in db.execute("SELECT id FROM articles LIMIT 5000")]
    db.close()
    t0 = time.monotonic()
    state_scale.fill(big, rows - have)
    fill_s = time.monotonic() - t0
    size = state_scale.db_bytes(big)
    absent = [str(9_000_000 + k) for k in range(5000)]
    deep = [str(state_scale.START_ID + k * 197) for k in range(5000)]
    checks = {
        "small_us": state_scale.known_check_us(state, replica_ids + absent),
        "big_us": state_scale.known_check_us(big, replica_ids[:2500] + deep[:2500] + absent),
    }
    small = bench_noop(server, state, info, concurrency, tmp, log)
    large = bench_noop(server, big, {**info, "articles": f"{info['articles']}-1m"}, concurrency, tmp, log)
    out = {
        "rows": rows,
        "rows_before": have,
        "fill_s": fill_s,
        "db_bytes_before": before,
        "db_bytes": size,
        "bytes_per_article": size / rows,
        "bytes_per_article_before": before / max(have, 1),
        "known_check_us": checks,
        "known_check_ratio": checks["big_us"] / checks["small_us"],
        "noop_small": small,
        "noop_1m": large,
        "noop_ratio": large["wall_s"] / small["wall_s"],
    }
    log(
        f"  state at {rows:,} articles: {size / 2**20:.0f} MB ({out['bytes_per_article']:.0f} B/article), no-op run "
        f"{large['wall_s']:.1f}s ({large['article_pages']} article pages) vs {small['wall_s']:.1f}s at {have:,}; "
        f"known-id check {checks['big_us']:.1f} us vs {checks['small_us']:.1f} us"
    )
    if not KEEP:
        shutil.rmtree(big, ignore_errors=True)
    return out


def bench_resume(server, site, concurrency, tmp, log, kill_share=0.5, batch=250, timeout=3600):
    """A backfill killed with SIGKILL when kill_share of the articles were fetched, then started
    again: article pages the resumed run fetches against those the first run left unrecorded,
    listing pages it walks against the listing pages of the whole walk."""
    import signal
    import sqlite3

    from newscrawl.processors import article_match

    work = tmp / "resume"
    state = work / "state"
    work.mkdir(parents=True, exist_ok=True)
    expected = site.expected_bodies()
    feeds = json.dumps({str(work / "feed-%(time)s-%(batch_id)04d.jsonl"): {"format": "jsonlines"}})
    cmd = [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "t3n",
        "-a",
        f"base_url={server.base_url}",
        "-a",
        "max_pages=100000",
        "-s",
        f"FEEDS={feeds}",
        "-s",
        f"FEED_EXPORT_BATCH_ITEM_COUNT={batch}",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        f"STATE_DIR={state}",
        "-s",
        f"CONCURRENT_REQUESTS={concurrency}",
        "-s",
        f"CONCURRENT_REQUESTS_PER_DOMAIN={concurrency}",
        "-s",
        "LOG_LEVEL=INFO",
        "-s",
        "TELNETCONSOLE_ENABLED=False",
    ]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))

    def article_paths():
        return [r["path"] for r in server.srv.requests if article_match(server.base_url + r["path"].split("?")[0])]

    def listing_paths():
        return [
            r["path"]
            for r in server.srv.requests
            if r["path"].startswith(("/news/", "/tag/", "/magazin/"))
            and not article_match(server.base_url + r["path"].split("?")[0])
        ]

    server.srv.clear_requests()
    proc = subprocess.Popen(
        [*cmd, "-s", f"LOG_FILE={work / 'run1.log'}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + timeout
    while proc.poll() is None and len(article_paths()) < kill_share * len(expected) and time.monotonic() < deadline:
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    run1_articles, run1_listings = len(article_paths()), len(listing_paths())
    db = sqlite3.connect(state / "crawl.sqlite3")
    recorded = {r[0] for r in db.execute("SELECT id FROM articles WHERE status IN ('exported', 'dropped')")}
    units = db.execute("SELECT walk, COUNT(*) FROM walk_units GROUP BY walk").fetchall()
    db.close()
    left = [r["id"] for r in site.records if r["id"] not in recorded]  # advertorials too: fetched, dropped
    log(
        f"  resume: run 1 killed (SIGKILL) after {run1_articles} article pages; {len(recorded)} articles recorded, "
        f"{len(left)} left; listing pages recorded per walk: {dict(units)}"
    )

    server.srv.clear_requests()
    t0 = time.monotonic()
    proc = subprocess.run(
        [*cmd, "-s", f"LOG_FILE={work / 'run2.log'}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=timeout,
    )
    wall = time.monotonic() - t0
    fetched = {m.group("id") for m in (article_match(server.base_url + p.split("?")[0]) for p in article_paths()) if m}
    run2_articles, run2_listings = len(fetched), len(listing_paths())
    walk_pages = sum(site.pages_of(p) for p in ["/news/", *(f"/tag/{slug}/" for slug, _ in NAV_TOPICS)])
    listing_left = walk_pages - sum(n for _, n in units)
    got = set()
    for f in work.glob("feed-*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                got.add(json.loads(line)["id"])
    refetched = len(fetched & recorded)
    log(
        f"  resume: run 2 fetched {run2_articles} articles for {len(left)} left ({refetched} already "
        f"recorded), {run2_listings} listing pages for {listing_left} not recorded (run 1: {run1_listings}); "
        f"{len(set(expected) - got)} articles missing from the feeds of both runs; {wall:.0f}s"
    )
    if not KEEP:
        shutil.rmtree(work, ignore_errors=True)
    return {
        "articles": len(expected),
        "batch_items": batch,
        "killed_after_article_pages": run1_articles,
        "recorded_by_run1": len(recorded),
        "left": len(left),
        "run2_articles": run2_articles,
        "run2_refetched_recorded": refetched,
        "run2_vs_left": run2_articles / len(left) if left else None,
        "run1_listing_pages": run1_listings,
        "run2_listing_pages": run2_listings,
        "listing_pages_walk": walk_pages,
        "listing_pages_left": listing_left,
        "run2_listing_vs_left": run2_listings / listing_left if listing_left else None,
        "walk_units_recorded": dict(units),
        "missing_after_both": len(set(expected) - got),
        "run2_exit": proc.returncode,
        "run2_wall_s": wall,
    }


def bench_noop(server, state, info, concurrency, tmp, log):
    """A cron run right after a full one: the same state, nothing new on the site, default args."""
    from newscrawl.processors import article_match

    state_support = _state_support()
    server.srv.clear_requests()
    res = crawl(
        "t3n", server.base_url, tmp / "crawls", f"noop-{info['articles']}", concurrency, (), state_dir=state, log=log
    )
    paths = [r["path"] for r in server.srv.requests]
    article_fetches = [p for p in paths if article_match(server.base_url + p.split("?")[0])]
    feeds = [p for p in paths if p.endswith((".xml", "/feed/"))]
    listing = [p for p in paths if p.startswith(("/news/", "/tag/")) and p not in article_fetches and p not in feeds]
    other = [p for p in paths if p not in article_fetches and p not in feeds and p not in listing]
    result = {
        "state_support": state_support,
        "requests": len(paths),
        "article_pages": len(article_fetches),
        "listing_pages": len(listing),
        "feeds": len(feeds),
        "other": len(other),
        "other_paths": other[:20],
        "items": res["items"],
        "wall_s": res["wall_s"],
        "elapsed_s": res["elapsed_s"],
        "first_run_requests": None,
        "first_run_wall_s": None,
    }
    log(
        f"  no-op run: {len(paths)} requests ({len(article_fetches)} article pages, {len(listing)} listing pages, "
        f"{len(feeds)} feeds, {len(other)} other), {res['items']} items, {res['wall_s']:.1f}s wall"
        + ("" if state_support else "  [no incremental state in newscrawl yet]")
    )
    return result


# Where a crawl's time goes: each py-spy sample goes to the first bucket (in this order) that has a
# frame on its stack, so the shares add up to 100 % of the samples.
CRAWL_BUCKETS = (
    (
        "listing pages, home, feeds (spider: links + teaser hints)",
        ("T3nSpider.parse_listing", "T3nSpider.parse_home", "T3nSpider.parse_feed", "teaser_hints"),
    ),
    ("HTML parse of article pages (pages/tree.py article_tree)", ("article_tree (", "page_tree (")),
    ("article page parser (newscrawl/pages)", ("newscrawl/pages/",)),
    ("article step, recorder (extract.py, outcomes.py)", ("newscrawl/extract.py", "newscrawl/outcomes.py")),
    ("spider, other (newscrawl/spiders)", ("newscrawl/spiders/",)),
    (
        "item validation (validation.py, spidermon pipeline)",
        ("newscrawl/validation.py", "spidermon/contrib/scrapy/pipelines"),
    ),
    ("item pipelines", ("ItemPipelineManager", "newscrawl/pipelines.py")),
    ("feed export + report", ("FeedExporter", "newscrawl/exporters.py", "newscrawl/report.py", "feedexport")),
    ("web archive (handing pages to the writer)", ("newscrawl/archive/",)),
    (
        "spidermon, state, run status, other extensions",
        ("spidermon/", "newscrawl/run/", "newscrawl/state.py", "newscrawl/monitors.py", "newscrawl/progress.py"),
    ),
    (
        "download + HTTP (Scrapy downloader, Twisted)",
        ("scrapy/core/downloader", "twisted/web", "HTTP11", "scrapy/downloadermiddlewares"),
    ),
    ("start-up: imports, settings", ("_find_and_load", "get_project_settings")),
    ("Scrapy engine, scheduler, signals, rest", ("",)),
)


def crawl_profile(base_url, work, concurrency, log):
    """A t3n crawl under py-spy (not timed): share of samples per part of the crawler."""
    pyspy = shutil.which("py-spy") or (Path(sys.executable).parent / "py-spy")
    if not Path(pyspy).exists():
        return {"available": False, "reason": "py-spy not installed (pip install -r benchmarks/requirements.txt)"}
    raw = work / "crawl-profile.raw"
    wrapper = [str(pyspy), "record", "--format", "raw", "--rate", "200", "--nonblocking", "-o", str(raw), "--"]
    try:
        res = crawl("t3n", base_url, work, "profile", concurrency, ("max_pages=100000",), log=log, wrapper=wrapper)
    except RuntimeError as exc:
        return {"available": False, "reason": str(exc)[-500:]}
    buckets = {name: 0 for name, _ in CRAWL_BUCKETS}
    total = 0
    import collections

    inclusive = collections.Counter()
    for line in raw.read_text(errors="replace").splitlines():
        stack, _, n = line.rpartition(" ")
        if not n.isdigit():
            continue
        n = int(n)
        total += n
        for name, needles in CRAWL_BUCKETS:
            if any(needle in stack for needle in needles):
                buckets[name] += n
                break
        for frame in {re.sub(r":\d+\)$", ")", f) for f in stack.split(";")}:
            if "newscrawl/" in frame or "parsel/selector.py" in frame:
                inclusive[frame] += n
    return {
        "available": True,
        "samples": total,
        "responses": res["responses"],
        "wall_s": res["wall_s"],
        "buckets": [{"part": k, "share": v / total if total else 0.0} for k, v in buckets.items()],
        "newscrawl_frames_inclusive": [{"frame": k, "share": v / total} for k, v in inclusive.most_common(25)],
        "raw": str(raw),
    }


def _state_support():
    """Whether the crawler has incremental state (the cron issue): newscrawl.state, used by the spider."""
    import importlib.util

    spider_src = (ROOT / "newscrawl" / "spiders" / "t3n.py").read_text(encoding="utf-8")
    return importlib.util.find_spec("newscrawl.state") is not None and "state" in spider_src


def scrapy_bench(seconds, tmp, log):
    """`scrapy bench` (Scrapy's own local-server benchmark) outside the project, for context."""
    cwd = tmp / "scrapy-bench"
    cwd.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "scrapy", "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}", "-s", "LOGSTATS_INTERVAL=1"]
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=seconds + 120)
    rates = [int(m) for m in re.findall(r"Crawled \d+ pages \(at (\d+) pages/min\)", proc.stderr)]
    pages = re.search(r"'response_received_count': (\d+)", proc.stderr)
    elapsed = re.search(r"'elapsed_time_seconds': ([\d.]+)", proc.stderr)
    lines = [ln for ln in proc.stderr.splitlines() if "pages/min" in ln]
    res = {
        "exit": proc.returncode,
        "pages_per_min_samples": rates,
        "pages_per_s_max": max(rates) / 60 if rates else None,
        "pages_per_s_overall": (int(pages.group(1)) / float(elapsed.group(1))) if pages and elapsed else None,
        "log_lines": lines[-5:],
        "note": "scrapy bench: tiny link-only pages from Scrapy's own server, default settings; context only",
    }
    log("  " + "\n  ".join(lines[-3:]) if lines else f"  scrapy bench printed no rate (exit {proc.returncode})")
    return res


# --- report --------------------------------------------------------------------------------------


def verdicts(results):
    ex, cr, mem, noop = (results.get(k) for k in ("extraction", "crawl", "memory", "noop"))
    out = {}
    if ex:
        out["parser_vs_lxml"] = {
            "value": ex["parser_vs_lxml"],
            "target": f"<= {TARGETS['parser_vs_lxml_max']}",
            "met": ex["parser_vs_lxml"] <= TARGETS["parser_vs_lxml_max"],
        }
        if ex["trafilatura_vs_parser"] is not None:
            out["trafilatura_vs_parser"] = {
                "value": ex["trafilatura_vs_parser"],
                "target": f">= {TARGETS['trafilatura_vs_parser_min']}",
                "met": ex["trafilatura_vs_parser"] >= TARGETS["trafilatura_vs_parser_min"],
            }
    if cr:
        out["crawl_vs_floor"] = {
            "value": cr["t3n_vs_floor"],
            "target": f">= {TARGETS['crawl_vs_floor_min']}",
            "met": cr["t3n_vs_floor"] >= TARGETS["crawl_vs_floor_min"],
        }
    if mem:
        out["rss_large_vs_small"] = {
            "value": mem["rss_ratio"],
            "target": f"<= {TARGETS['rss_large_vs_small_max']}",
            "met": mem["rss_ratio"] <= TARGETS["rss_large_vs_small_max"],
        }
    st, rs = results.get("state_scale"), results.get("resume")
    if st:
        out["noop_1m_wall_s"] = {
            "value": st["noop_1m"]["wall_s"],
            "target": f"< {TARGETS['noop_1m_wall_max_s']}",
            "met": st["noop_1m"]["wall_s"] < TARGETS["noop_1m_wall_max_s"] and st["noop_1m"]["article_pages"] == 0,
        }
    if rs:
        out["resume_refetched"] = {
            "value": rs["run2_refetched_recorded"],
            "target": "== 0",
            "met": rs["run2_refetched_recorded"] <= TARGETS["resume_refetched_max"] and rs["missing_after_both"] == 0,
        }
    if noop:
        out["noop_article_fetches"] = {
            "value": noop["article_pages"],
            "target": "== 0",
            "met": noop["article_pages"] <= TARGETS["noop_article_fetches_max"],
        }
    return out


def plot_rss(mem, path, log=print):
    """RSS over items crawled, one line per crawl of the memory benchmark (matplotlib, PNG)."""
    try:
        import matplotlib

        matplotlib.use("Agg")  # no display: write the file only
        import matplotlib.pyplot as plt
    except ImportError:
        log("  matplotlib not installed: no RSS picture (pip install -r benchmarks/requirements.txt)")
        return None
    fig, ax = plt.subplots(figsize=(8, 4.2), dpi=110)
    for c in mem["crawls"]:
        line = [(items, kb / 1024) for _, items, _, kb in c.get("rss_timeline") or [] if kb]
        if not line:
            continue
        ax.plot(
            [x for x, _ in line],
            [y for _, y in line],
            label=f"crawl of {c['articles']:,} articles (peak {c['peak_rss_mb']:.0f} MB)",
        )
    ax.set_xlabel("items crawled")
    ax.set_ylabel("RSS of the crawler process (MB)")
    ax.set_ylim(bottom=0)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    ax.set_title("scrapy crawl t3n: memory over a crawl (sampled each second)")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return str(path)


def rss_slope(timeline):
    """KB of RSS per item between the 2,000th item and the last one (medians of the samples
    around each), from the crawl's RSS timeline: growth with the work, not the peaks of the moment."""
    samples = [(items, kb) for _, items, _, kb in timeline if kb]
    if not samples or samples[-1][0] < 4000:
        return None
    last = samples[-1][0]
    early = [kb for items, kb in samples if 1000 <= items <= 3000]
    late = [kb for items, kb in samples if last - 2000 <= items < last]
    if not early or not late:
        return None
    return (statistics.median(late) - statistics.median(early)) / (last - 1000 - 2000)


def table(results):
    m, v = results["machine"], results["versions"]
    rows = []
    ex, cr, mem, noop, sb = (results.get(k) for k in ("extraction", "crawl", "memory", "noop", "scrapy_bench"))
    if ex:
        f = ex["lxml_floor"]["mean_ms"]
        rows.append(("extraction: lxml floor (lxml.html.fromstring)", f"{f:.2f} ms/page", "1.00x floor", "baseline"))
        rows.append(
            (
                "extraction: newscrawl parser",
                f"{ex['parser']['mean_ms']:.2f} ms/page",
                f"{ex['parser_vs_lxml']:.2f}x floor",
                f"<= {TARGETS['parser_vs_lxml_max']}x floor",
            )
        )
        if ex["trafilatura"]:
            rows.append(
                (
                    "extraction: trafilatura.extract",
                    f"{ex['trafilatura']['mean_ms']:.2f} ms/page",
                    f"{ex['trafilatura_vs_parser']:.1f}x parser",
                    ">= 10x parser",
                )
            )
        acc = ex["accuracy"]
        rows.append(
            (
                "body token F1: newscrawl parser",
                f"{acc['parser_body_f1_mean']:.4f} mean",
                f"min {acc['parser_body_f1_min']:.3f}",
                "vs generator's expected body",
            )
        )
        if acc["trafilatura_body_f1_mean"] is not None:
            rows.append(
                (
                    "body token F1: trafilatura",
                    f"{acc['trafilatura_body_f1_mean']:.4f} mean",
                    f"min {acc['trafilatura_body_f1_min']:.3f}",
                    "same pages",
                )
            )
    if cr:
        rows.append(
            (
                f"crawl {cr['articles']} articles: floor spider (lxml only)",
                f"{cr['floor_pages_per_s']:.1f} pages/s",
                "1.00x floor",
                "baseline",
            )
        )
        rows.append(
            (
                f"crawl {cr['articles']} articles: scrapy crawl t3n",
                f"{cr['t3n_pages_per_s']:.1f} pages/s",
                f"{cr['t3n_vs_floor']:.2f}x floor",
                f">= {TARGETS['crawl_vs_floor_min']}x floor",
            )
        )
        rows.append(
            (
                "replica server alone (8 Python clients)",
                f"{cr['server_alone']['pages_per_s']:.0f} pages/s",
                f"floor = {cr['floor_vs_server_alone']:.2f}x of it",
                "server not the bottleneck",
            )
        )
        if cr.get("accuracy"):
            a = cr["accuracy"]
            rows.append(
                (
                    "crawl items / expected articles",
                    f"{a['items_unique']} / {a['expected_articles']}",
                    f"body F1 {a['body_f1_mean']:.4f}",
                    "every article once",
                )
            )
    if sb and sb.get("pages_per_s_max"):
        rows.append(
            (
                "scrapy bench (context: tiny pages)",
                f"{sb['pages_per_s_max']:.0f} pages/s max",
                f"{(sb.get('pages_per_s_overall') or 0):.0f} overall",
                "context only",
            )
        )
    if mem:
        by_n = {c["articles"]: c for c in mem["crawls"]}
        lo, hi = min(by_n), max(by_n)
        rows.append((f"peak RSS, crawl of {lo} articles", f"{by_n[lo]['peak_rss_mb']:.0f} MB", "1.00x", "baseline"))
        slope = rss_slope(by_n[hi].get("rss_timeline") or [])
        if slope is not None:
            rows.append(
                (
                    f"RSS growth per article while crawling {hi}",
                    f"{slope:.2f} KB/article",
                    f"= {slope * 100000 / 1024:.0f} MB per 100k",
                    "flat",
                )
            )
        rows.append(
            (
                f"peak RSS, crawl of {hi} articles",
                f"{by_n[hi]['peak_rss_mb']:.0f} MB",
                f"{mem['rss_ratio']:.2f}x",
                f"<= {TARGETS['rss_large_vs_small_max']}x",
            )
        )
        for n in (lo, hi):
            c = by_n[n]
            rows.append(
                (
                    f"crawl of {n} articles: requests per article, wall time",
                    f"{c['requests'] / max(c['items'], 1):.3f}, {c['wall_s'] / 60:.1f} min",
                    f"{c['requests']:,} requests, {c['items']:,} items, {c['pages_per_s'] or 0:.0f} pages/s",
                    "-",
                )
            )
    if noop:
        rows.append(
            (
                f"no-op run after a full crawl of {mem['sizes'][0] if mem else '?'}",
                f"{noop['requests']} requests, {noop['wall_s']:.1f}s"
                + (
                    f" (full: {noop['first_run_requests']}, {noop['first_run_wall_s']:.0f}s)"
                    if noop.get("first_run_requests")
                    else ""
                ),
                f"{noop['article_pages']} article pages",
                "0 article pages",
            )
        )
    st, rs = results.get("state_scale"), results.get("resume")
    if st:
        n1 = st["noop_1m"]
        rows.append(
            (
                f"no-op run, {st['rows']:,} known articles",
                f"{n1['requests']} requests, {n1['wall_s']:.1f}s",
                f"{st['noop_ratio']:.2f}x the {st['rows_before']:,}-article state",
                f"< {TARGETS['noop_1m_wall_max_s']:g}s, 0 article pages",
            )
        )
        rows.append(
            (
                f"state file at {st['rows']:,} articles",
                f"{st['db_bytes'] / 2**20:.0f} MB",
                f"{st['bytes_per_article']:.0f} B/article",
                "flat per article",
            )
        )
        rows.append(
            (
                "known-id check (is_known), 1M vs small state",
                f"{st['known_check_us']['big_us']:.1f} us",
                f"{st['known_check_ratio']:.2f}x",
                "flat",
            )
        )
    if rs:
        rows.append(
            (
                f"resumed backfill of {rs['articles']:,} (SIGKILL at {rs['killed_after_article_pages']:,})",
                f"{rs['run2_articles']:,} articles for {rs['left']:,} left",
                f"{rs['run2_refetched_recorded']} recorded refetched",
                "0 refetched, none missing",
            )
        )
        rows.append(
            (
                "resumed backfill: listing pages",
                f"{rs['run2_listing_pages']} for {rs['listing_pages_left']} left",
                f"{rs['run2_listing_vs_left']:.2f}x" if rs["run2_listing_vs_left"] else "-",
                "finished pages not re-walked",
            )
        )
    w = [max(len(r[i]) for r in rows) for i in range(4)] if rows else [0] * 4
    head = ("measure", "result", "vs baseline", "target")
    w = [max(w[i], len(head[i])) for i in range(4)]
    lines = [
        f"machine: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['memory_gb']} GB, "
        f"Python {m['python']}",
        f"versions: newscrawl {v.get('newscrawl')} ({v.get('git_commit')}), Scrapy {v['scrapy']}, parsel {v['parsel']}, "
        f"lxml {v['lxml']} (libxml2 {v['libxml2']}), trafilatura {v['trafilatura']}",
        "",
        "| " + " | ".join(h.ljust(w[i]) for i, h in enumerate(head)) + " |",
        "|" + "|".join("-" * (w[i] + 2) for i in range(4)) + "|",
    ]
    for r in rows:
        lines.append("| " + " | ".join(c.ljust(w[i]) for i, c in enumerate(r)) + " |")
    verdict = results.get("targets") or {}
    if verdict:
        lines.append("")
        lines.append(
            "targets: "
            + ", ".join(
                f"{k} {'MET' if x['met'] else 'NOT MET'} ({x['value']:.3g} {x['target']})" for k, x in verdict.items()
            )
        )
    return "\n".join(lines)


def profile_table(profile, top=12):
    lines = [
        f"parser profile over {profile['steps']['pages']} pages "
        f"({profile['steps']['ms_per_page_total']:.2f} ms/page, article_tree + to_item + next_page_url):",
        "  step                                  ms/page  share   (inclusive; nested steps marked)",
    ]
    for r in profile["steps"]["steps"][:top]:
        inside = f"  [inside {r['inside']}]" if r["inside"] else ""
        lines.append(f"  {r['step'][:36]:36}  {r['ms_per_page']:7.2f}  {100 * r['share']:5.1f}%{inside}")
    lines.append("  slowest selectors                                           calls/page  ms/page  share")
    n = max(profile["steps"]["pages"], 1)
    for r in profile["steps"]["selectors"][:top]:
        q = f"{r['kind']}: {r['query']}"
        lines.append(f"  {q[:58]:58}  {r['calls'] / n:9.1f}  {r['ms_per_page']:7.2f}  {100 * r['share']:5.1f}%")
    py = profile.get("pyinstrument") or {}
    if py.get("available"):
        lines.append("  hottest frames by self time (pyinstrument):")
        for r in py["hottest_self"][:top]:
            lines.append(f"  {r['frame'][:70]:70}  {100 * r['share']:5.1f}%")
    return "\n".join(lines)


def print_crawl_profile(results):
    cp = results.get("crawl_profile") or {}
    if cp.get("available"):
        print(f"\ncrawl profile (py-spy, {cp['samples']} samples, crawl of {cp['responses']} pages):")
        for b in cp["buckets"]:
            print(f"  {b['part'][:60]:60}  {100 * b['share']:5.1f}%")


def main(argv=None):
    p = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--small", action="store_true", help="tiny sizes for a smoke run (seconds)")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results.json")
    p.add_argument("--extract-pages", type=int)
    p.add_argument("--profile-pages", type=int)
    p.add_argument("--crawl-articles", type=int)
    p.add_argument("--crawl-rounds", type=int)
    p.add_argument("--memory-sizes", help="comma-separated article counts, e.g. 1000,10000")
    p.add_argument("--skip-resume", action="store_true", help="memory part: no killed-and-resumed backfill")
    p.add_argument("--concurrency", type=int)
    p.add_argument("--bench-seconds", type=int)
    p.add_argument("--seed", type=int, default=5)
    p.add_argument("--only", help="comma-separated parts: extraction,profile,crawl,memory,bench")
    p.add_argument("--tmp", type=Path, help="work directory for the corpora (default: a new temp dir)")
    p.add_argument("--keep", action="store_true", help="keep the work directory")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument(
        "--report-only",
        type=Path,
        metavar="RESULTS_JSON",
        help="measure nothing: print the table of an earlier results.json",
    )
    args = p.parse_args(argv)
    if args.report_only:
        results = json.loads(args.report_only.read_text(encoding="utf-8"))
        results["targets"] = verdicts(results)
        print(table(results))
        if results.get("profile"):
            print()
            print(profile_table(results["profile"]))
        print_crawl_profile(results)
        return 0

    global KEEP
    KEEP = args.keep
    cfg = dict(SMALL if args.small else FULL)
    for key in ("extract_pages", "profile_pages", "crawl_articles", "crawl_rounds", "concurrency", "bench_seconds"):
        if getattr(args, key) is not None:
            cfg[key] = getattr(args, key)
    if args.memory_sizes:
        cfg["memory_sizes"] = tuple(int(x) for x in args.memory_sizes.split(","))
    parts = set((args.only or "extraction,profile,crawl,memory,bench").split(","))

    def log(msg):
        if not args.quiet:
            print(msg, file=sys.stderr, flush=True)

    results = {
        "started": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "small": args.small,
        "config": {k: list(v) if isinstance(v, tuple) else v for k, v in cfg.items()},
        "machine": machine_info(),
        "versions": versions(),
        "targets_wanted": TARGETS,
    }
    m = results["machine"]
    log(f"machine: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB; Python {m['python']}")
    tmp = args.tmp or Path(tempfile.mkdtemp(prefix="newscrawl-bench-"))
    tmp.mkdir(parents=True, exist_ok=True)
    out_dir = args.out.parent
    out_dir.mkdir(parents=True, exist_ok=True)
    t_start = time.monotonic()
    try:
        if "extraction" in parts:
            log(f"[1/5] extraction: {cfg['extract_pages']} pages, lxml floor vs parser vs trafilatura")
            results["extraction"] = bench_extraction(cfg["extract_pages"], args.seed, log)
        if "profile" in parts:
            log(f"[1b] profiling the parser on {cfg['profile_pages']} pages")
            results["profile"] = bench_profile(cfg["profile_pages"], args.seed, out_dir, log)
        if "crawl" in parts:
            log(
                f"[2/5] crawl throughput: {cfg['crawl_articles']} articles, floor vs t3n, "
                f"{cfg['crawl_rounds']} round(s)"
            )
            results["crawl"] = bench_crawl(
                cfg["crawl_articles"], cfg["crawl_rounds"], cfg["concurrency"], args.seed, tmp, log
            )
        if "bench" in parts:
            log(f"[2b] scrapy bench ({cfg['bench_seconds']}s), for context")
            results["scrapy_bench"] = scrapy_bench(cfg["bench_seconds"], tmp, log)
        if "memory" in parts:
            log(f"[3/5 + 4/5] memory: crawls of {', '.join(map(str, cfg['memory_sizes']))} articles; no-op run")
            mem = bench_memory_and_noop(
                cfg["memory_sizes"],
                cfg["concurrency"],
                args.seed,
                tmp,
                log,
                profile_crawl=not args.small and "profile" in parts,
                resume=not args.skip_resume,
                state_rows=cfg["state_rows"],
            )
            results["noop"] = mem.pop("noop")
            for key in ("state_scale", "resume"):
                if key in mem:
                    results[key] = mem.pop(key)
            if "crawl_profile" in mem:
                results["crawl_profile"] = mem.pop("crawl_profile")
            results["memory"] = mem
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    if results.get("memory"):
        results["memory"]["picture"] = plot_rss(results["memory"], out_dir / "rss_over_items.png", log)
    results["duration_s"] = time.monotonic() - t_start
    results["targets"] = verdicts(results)
    args.out.write_text(json.dumps(results, indent=1, default=str, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(results))
    if results.get("profile"):
        print()
        print(profile_table(results["profile"]))
    print_crawl_profile(results)
    print(f"\nresults: {args.out}  ({results['duration_s']:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
