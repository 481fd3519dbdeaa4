"""The run monitors (newscrawl/monitors.py) and the verdict a cron job reads.

A field's selector is broken on purpose by running the crawl with the page module's ``lead``
patched to find nothing: the run must fail loudly, i.e. exit with status 3 and write verdict
"sick" with the reason to STATE_DIR/last_run.json. Also: a slow drift caught by the rolling
baseline in a run too small for the fixed rules, and a site that is down.
"""

import copy
import subprocess
import sys

import pytest
from crawlrun import ROOT, command, crawl, env, last_run, read_items
from replica.articles import ARTICLES
from replica.build import build_site
from replica.server import ReplicaServer

from newscrawl.monitors import binomial_cdf, coverage_drops

FIELDS = ("title", "lead", "body")
BREAK_LEAD = (
    "import sys, newscrawl.pages.t3n as page; page.T3nArticlePage.lead = lambda self: None; "
    "from scrapy.cmdline import execute; execute(['scrapy', *sys.argv[1:]])"
)


def broken_lead_crawl(server, state, cwd, *extra):
    """`scrapy crawl t3n …` with the lead selector broken on purpose."""
    cmd = command(server, state, *extra)
    cmd = [sys.executable, "-c", BREAK_LEAD, *cmd[cmd.index("crawl") :]]
    cwd.mkdir(parents=True, exist_ok=True)
    return subprocess.run(cmd, cwd=cwd, env=env(), capture_output=True, text=True, timeout=120)


# --- the baseline arithmetic ---------------------------------------------------------------


def _run(n, **counts):
    return {"items": n, "fields": {f: counts.get(f, n) for f in FIELDS}}


def test_a_sudden_drop_from_100_to_40_percent_is_flagged():
    problems = coverage_drops(_run(10, lead=4), [_run(20)] * 5, FIELDS, 0.1, 0.01)
    assert len(problems) == 1 and problems[0].startswith("lead coverage 40% (4/10)")


def test_noise_in_a_tiny_run_is_not_flagged():
    # one article without a lead in a run of one, after a history of 90 % leads
    history = [_run(10, lead=9)] * 5
    assert coverage_drops(_run(1, lead=0), history, FIELDS, 0.1, 0.01) == []
    assert coverage_drops(_run(3, lead=2), history, FIELDS, 0.1, 0.01) == []


def test_a_drift_below_the_band_is_flagged_and_one_within_it_is_not():
    history = [_run(30, lead=29)] * 5
    assert coverage_drops(_run(30, lead=27), history, FIELDS, 0.1, 0.01) == []
    assert coverage_drops(_run(30, lead=20), history, FIELDS, 0.1, 0.01)


def test_binomial_cdf():
    assert binomial_cdf(10, 10, 0.3) == pytest.approx(1.0)
    assert binomial_cdf(0, 2, 0.5) == pytest.approx(0.25)


# --- real crawls ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("monsite") / "site"
    build_site(root, ARTICLES)
    with ReplicaServer(root) as server:
        yield root, server


def test_a_broken_lead_selector_makes_the_run_fail_loudly(site, tmp_path):
    _, server = site
    proc = broken_lead_crawl(server, tmp_path / "state", tmp_path / "work", "-O", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 3, proc.stderr[-3000:]
    status = last_run(tmp_path / "state")
    assert status["verdict"] == "sick" and status["exit_status"] == 3
    assert any("Article/lead (expected 0.8, got 0" in p for p in status["problems"]), status["problems"]
    assert "verdict: SICK" in proc.stderr
    # the items were still written (they are not wrong, only incomplete) and recorded
    assert len(read_items(tmp_path / "out.jsonl")) == status["items"] > 0


def test_a_good_run_says_ok_and_exits_0(site, tmp_path):
    _, server = site
    proc = crawl(server, tmp_path / "state", tmp_path / "work", "-O", str(tmp_path / "out.jsonl"))
    assert proc.returncode == 0, proc.stderr[-3000:]
    status = last_run(tmp_path / "state")
    assert status["verdict"] == "ok" and status["problems"] == [] and status["exit_status"] == 0
    for key in (
        "run_id",
        "started",
        "finished",
        "finish_reason",
        "new",
        "updated",
        "unchanged",
        "failed_total",
        "requests",
        "retries",
        "feeds",
    ):
        assert key in status


def test_the_rolling_baseline_catches_a_drop_the_fixed_rules_cannot_see(tmp_path):
    """Run 1: a normal crawl (the baseline). Run 2: five new articles, none with a lead. Five
    items are too few for the fixed coverage rules (NEWSCRAWL_COVERAGE_MIN_ITEMS = 10); the
    baseline of run 1 (100 % leads) flags it."""
    root, state = tmp_path / "site", tmp_path / "state"
    build_site(root, ARTICLES)
    with ReplicaServer(root) as server:
        first = crawl(server, state, tmp_path / "work", "-O", str(tmp_path / "1.jsonl"))
        assert first.returncode == 0, first.stderr[-3000:]
        records = copy.deepcopy(ARTICLES)
        template = next(r for r in records if r["id"] == "1380432")
        for n in range(5):
            rec = copy.deepcopy(template)
            rec.update(
                id=f"138300{n}",
                slug=f"drift-{n}",
                title=f"Drift Nummer {n}",
                published=f"2021-06-20T0{n}:00:00+02:00",
                modified=None,
            )
            records.append(rec)
        build_site(root, records)
        second = broken_lead_crawl(server, state, tmp_path / "work", "-O", str(tmp_path / "2.jsonl"))
    assert second.returncode == 3, second.stderr[-3000:]
    status = last_run(state)
    assert status["items"] == 5
    assert any("lead coverage 0% (0/5)" in p for p in status["problems"]), status["problems"]
    assert not any("expected 0.8" in p for p in status["problems"])  # fixed rules were skipped


def test_a_site_that_is_down_is_a_sick_run(tmp_path):
    class Down:  # nothing listens on this port
        base_url = "http://127.0.0.1:9"

    proc = crawl(
        Down,
        tmp_path / "state",
        tmp_path / "work",
        "-O",
        str(tmp_path / "out.jsonl"),
        "-s",
        "NEWSCRAWL_RETRY_BACKOFF_BASE=0.01",
        "-s",
        "RETRY_TIMES=1",
    )
    assert proc.returncode == 3, proc.stderr[-3000:]
    status = last_run(tmp_path / "state")
    assert status["verdict"] == "sick"
    assert any("site is down" in p for p in status["problems"])
    assert read_items(tmp_path / "out.jsonl") == []
    assert ROOT.exists()
