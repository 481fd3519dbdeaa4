"""One road for every article page: a crawl and a re-extraction of the same archived bytes give the
same items and the same outcome counts.

The crawl and ``scrapy reextract`` both hand each article's page(s) to ``extract.ArticleReading``
and its outcome to ``outcomes.OutcomeRecorder``; neither checks a page on its own. Here the bad-input
replicas are crawled with the archive on, the archive is re-extracted (in two worker processes), and
every page-derived outcome must agree: the items field by field, the bad-input reasons read off
the pages (not HTML, near the size limit, a repaired charset, consent walls) and the pipelines'
drops (no body, implausible sizes, advertorials). Failures of the download itself (a 500, a 404,
an off-site redirect) leave no page in the archive and are not compared.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from crawlrun import crawl, env, last_run, read_items
from replica.bad_inputs import build_bad_inputs
from replica.build import build_site
from replica.server import ReplicaServer

MAXSIZE = ("-s", "DOWNLOAD_MAXSIZE=1000000")
# Outcomes that come from the page's bytes: a re-extraction must count them exactly as the crawl did.
PAGE_REASONS = ("not_html", "near_size_limit", "wrong_charset", "invalid_bytes", "consent_wall", "parse_error")
# Filled by the run, not read off the page: first_seen is when a state first saw the article.
RUN_FIELDS = ("first_seen",)


def reextract(archive: Path, out: Path, state: Path, cwd: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "scrapy", "reextract", str(archive), "-O", str(out), "-s", f"STATE_DIR={state}"]
    Path(cwd).mkdir(parents=True, exist_ok=True)
    return subprocess.run([*cmd, *extra], cwd=cwd, env=env(), capture_output=True, text=True, timeout=300)


def _crawl_and_reextract(site: Path, tmp: Path) -> dict:
    with ReplicaServer(site) as server:
        proc = crawl(server, tmp / "state", tmp / "work", "-O", str(tmp / "crawl" / "out.jsonl"), *MAXSIZE)
    assert proc.returncode in (0, 3), proc.stderr[-3000:]
    archives = list((tmp / "crawl" / "archive").glob("*.warc.gz"))
    assert archives, "the crawl archived nothing"
    # A fresh state: every archived article is "new" to it, as every crawled one was to the crawl's.
    re_proc = reextract(
        tmp / "crawl" / "archive", tmp / "re.jsonl", tmp / "re-state", tmp / "work", "-j", "2", *MAXSIZE
    )
    assert re_proc.returncode in (0, 3), re_proc.stderr[-3000:]
    return {
        "crawl": {"items": read_items(tmp / "crawl" / "out.jsonl"), "status": last_run(tmp / "state")},
        "reextract": {"items": read_items(tmp / "re.jsonl"), "status": last_run(tmp / "re-state")},
        "log": re_proc.stderr,
        "archive": tmp / "crawl" / "archive",
    }


def _generated_bad_input_site(tmp: Path) -> Path:
    build_site(tmp / "site")
    build_bad_inputs(tmp / "site")
    return tmp / "site"


SITES = {
    "replica-bad-inputs": _generated_bad_input_site,
    "site_e": lambda tmp: Path(__file__).parent / "site_e",
}


@pytest.fixture(scope="module", params=sorted(SITES))
def runs(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp(f"one-road-{request.param}")
    return _crawl_and_reextract(SITES[request.param](tmp), tmp)


def test_the_same_items_field_by_field(runs):
    crawled = {i["id"]: i for i in runs["crawl"]["items"]}
    rebuilt = {i["id"]: i for i in runs["reextract"]["items"]}
    assert crawled, "the crawl exported nothing"
    assert sorted(rebuilt) == sorted(crawled)
    for aid, item in crawled.items():
        for field, value in item.items():
            if field not in RUN_FIELDS:
                assert rebuilt[aid][field] == value, (aid, field)


def test_the_same_page_outcomes_are_counted(runs):
    crawl_status, re_status = runs["crawl"]["status"], runs["reextract"]["status"]
    for reason in PAGE_REASONS:
        assert re_status["bad_input"].get(reason, 0) == crawl_status["bad_input"].get(reason, 0), reason
    crawl_drops = {k: v for k, v in crawl_status["dropped"].items() if k not in ("DropItem", "duplicate", "unchanged")}
    re_drops = {k: v for k, v in re_status["dropped"].items() if k not in ("DropItem", "duplicate", "unchanged")}
    assert re_drops == crawl_drops
    # the bad-input kits hold pages of each kind: the comparison is not of zeros
    assert sum(crawl_status["bad_input"].get(r, 0) for r in PAGE_REASONS) + sum(crawl_drops.values()) >= 3


def test_reextract_used_worker_processes(runs):
    assert "with 2 process(es)" in runs["log"]


def test_one_process_and_two_give_the_same_feed_byte_for_byte(runs, tmp_path):
    """``-j 1`` reads every article in the command's own process, ``-j 2`` in two workers: the same
    records, byte for byte (sorted by id; without a state, nothing depends on the run)."""
    feeds = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"j{jobs}.jsonl"
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "reextract", str(runs["archive"]), "-O", str(out), "-j", jobs, *MAXSIZE],
            cwd=tmp_path,
            env=env(),
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert proc.returncode in (0, 3), proc.stderr[-3000:]
        feeds[jobs] = sorted(out.read_bytes().splitlines(), key=lambda line: json.loads(line)["id"])
    assert feeds["1"], "nothing re-extracted"
    assert feeds["1"] == feeds["2"]
