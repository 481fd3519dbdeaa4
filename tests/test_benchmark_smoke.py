"""The benchmark keeps working: `benchmarks/run.py --small` end to end, in seconds.

No timing is asserted (CI machines vary); only that every part runs and the JSON has the keys the
table in docs/performance.md is made from. trafilatura, psutil and pyinstrument are the benchmark's own extras
(benchmarks/requirements.txt): without them the run still completes and says what it skipped.
"""

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_small_benchmark_runs_and_writes_results(tmp_path):
    out = tmp_path / "results.json"
    proc = subprocess.run(
        [sys.executable, "benchmarks/run.py", "--small", "--out", str(out), "--tmp", str(tmp_path / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-4000:]
    results = json.loads(out.read_text(encoding="utf-8"))

    assert {
        "machine",
        "versions",
        "config",
        "extraction",
        "profile",
        "crawl",
        "scrapy_bench",
        "memory",
        "noop",
        "state_scale",
        "resume",
        "targets",
    } <= results.keys()
    assert results["machine"]["cores"] >= 1 and results["versions"]["scrapy"]

    ex = results["extraction"]
    assert ex["pages"] == results["config"]["extract_pages"]
    for who in ("lxml_floor", "parser"):
        assert ex[who]["mean_ms"] > 0
    assert ex["parser_vs_lxml"] > 0
    assert 0 <= ex["accuracy"]["parser_body_f1_mean"] <= 1
    assert ex["page_kb"]["min"] >= 100  # pages of real weight, even in the smoke run

    assert results["profile"]["steps"]["steps"] and results["profile"]["steps"]["selectors"]

    crawl = results["crawl"]
    assert crawl["floor_pages_per_s"] > 0 and crawl["t3n_pages_per_s"] > 0 and crawl["t3n_vs_floor"] > 0
    assert crawl["accuracy"]["items"] > 0

    mem = results["memory"]
    assert [c["articles"] for c in mem["crawls"]] == results["config"]["memory_sizes"]
    assert all(c["peak_rss_mb"] > 0 for c in mem["crawls"]) and mem["rss_ratio"] > 0

    noop = results["noop"]
    assert {"requests", "article_pages", "listing_pages", "feeds", "wall_s", "state_support"} <= noop.keys()
    assert noop["requests"] >= 1

    state = results["state_scale"]
    assert state["rows"] == results["config"]["state_rows"] and state["bytes_per_article"] > 0
    assert state["noop_1m"]["article_pages"] == 0 and state["known_check_us"]["big_us"] > 0
    resume = results["resume"]
    assert resume["run2_refetched_recorded"] == 0 and resume["missing_after_both"] == 0
    if importlib.util.find_spec("matplotlib"):  # a benchmark requirement, not installed by CI
        assert Path(results["memory"]["picture"]).suffix == ".png" and Path(results["memory"]["picture"]).is_file()
    else:
        assert results["memory"]["picture"] is None and "matplotlib not installed" in proc.stdout + proc.stderr

    assert {
        "parser_vs_lxml",
        "crawl_vs_floor",
        "rss_large_vs_small",
        "noop_article_fetches",
        "noop_1m_wall_s",
        "resume_refetched",
    } <= results["targets"].keys()
    assert "| measure" in proc.stdout  # the terminal table
