"""Command-line mistakes answer in one line: what is wrong and how to fix it, exit status 2, no
traceback, before any request (the real commands, run as subprocesses; `scrapy crawl` against
the replica served on 127.0.0.1, whose request log must stay empty)."""

import subprocess
import sys

import pytest
from crawlrun import crawl, env
from replica.server import ReplicaServer

from newscrawl.args import SpiderArgs


@pytest.fixture(scope="module")
def server(replica_site):
    with ReplicaServer(replica_site) as srv:
        yield srv


def _one_line(proc, prog):
    """The whole stderr is one line, from ``prog``, exit status 2."""
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2, proc.stderr[-3000:]
    assert len(lines) == 1, proc.stderr[-3000:]
    assert "Traceback" not in proc.stderr
    assert lines[0].startswith(f"{prog}: error: "), lines[0]
    return lines[0]


@pytest.mark.parametrize(
    "argument, says",
    [
        ("since=yesterday", "since must be a date YYYY-MM-DD, got 'yesterday' (e.g. since="),
        ("since=2099-01-01", "since '2099-01-01' is in the future: give a day in the past"),
        ("since=2021-02-30", "since must be a date YYYY-MM-DD"),
        (
            "base_url=notaurl",
            "base_url must be an http(s) URL with a host, got 'notaurl' (e.g. base_url=https://t3n.de)",
        ),
        ("maxpages=2", "unknown argument 'maxpages' (did you mean max_pages?); the arguments are base_url, sections,"),
        ("max_pages=0", "max_pages must be a positive integer, got '0'"),
        ("full=maybe", "full must be 1 or 0, got 'maybe'"),
        ("full", "Invalid -a value, use -a NAME=VALUE"),
    ],
)
def test_a_bad_spider_argument_is_one_line_before_any_request(server, tmp_path, argument, says):
    server.clear_requests()
    proc = crawl(server, tmp_path / "state", tmp_path / "work", "-O", str(tmp_path / "o.jsonl"), "-a", argument)
    line = _one_line(proc, "scrapy crawl")
    assert says in line
    if "=" in argument:  # a mistake in an argument's value or name points to the list
        assert line.endswith("`scrapy crawl t3n -a help=1` explains each argument")
    assert server.requests == []
    assert not (tmp_path / "o.jsonl").exists() and not (tmp_path / "state").exists()
    assert not (tmp_path / "work" / "data").exists()


def test_an_unknown_spider_is_one_line(tmp_path):
    proc = _scrapy(tmp_path, "crawl", "t3m")
    assert "no spider named 't3m' in this project (spiders: t3n)" in _one_line(proc, "scrapy crawl")


def test_help_lists_every_argument_and_crawls_nothing(server, tmp_path):
    server.clear_requests()
    proc = crawl(server, tmp_path / "state", tmp_path / "work", "-a", "help=1")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stderr == ""  # no crawler was set up: not even Scrapy's start-up lines
    out = proc.stdout
    for name in SpiderArgs.names():
        assert f"\n  {name}=  (default: " in out, name
    assert "(default: 5; 10,000 with since)" in out and "e.g. -a since=2024-01-01" in out
    assert "ignore the crawl state" in out  # the help text of full=, wrapped
    assert "scrapy crawl t3n -a since=YYYY-MM-DD" in out
    assert server.requests == [] and not (tmp_path / "state").exists()


def _scrapy(cwd, *args):
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *map(str, args)],
        cwd=cwd,
        env=env(),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    "args, says",
    [
        ((), "give at least one archive file or folder (e.g. scrapy reextract data/t3n/archive -O out.jsonl)"),
        (("missing",), "no such archive file or folder: missing (give the archive/ folder beside a run's feed"),
        ((".",), "no WARC files (*.warc.gz) in .: is it a run's archive/ folder?"),
        ((".", "-a", "since=2021-01-01"), "unknown argument 'since': scrapy reextract takes no -a arguments"),
    ],
)
def test_reextract_mistakes_are_one_line(tmp_path, args, says):
    proc = _scrapy(tmp_path, "reextract", *args, "-O", tmp_path / "out.jsonl")
    assert says in _one_line(proc, "scrapy reextract")
    assert not (tmp_path / "out.jsonl").exists()


@pytest.mark.parametrize(
    "args, says",
    [
        (("missing", "-o", "all.jsonl"), "no such file or folder: missing (give the feed folder of the runs"),
        ((".",), "the following arguments are required: -o/--output"),
        ((".", "-o", "nowhere/all.jsonl"), "the folder of -o nowhere/all.jsonl does not exist: create"),
        ((".", "-o", "all.txt"), "cannot tell the format of all.txt; use .jsonl, .csv or .parquet"),
    ],
)
def test_dataset_mistakes_are_one_line(tmp_path, args, says):
    proc = _scrapy(tmp_path, "dataset", *args)
    assert says in _one_line(proc, "scrapy dataset")


@pytest.mark.parametrize(
    "args, says",
    [
        (("page", "1380432"), "no archive at data/t3n/archive: give --folder DIR"),
        (("page", "1380432", "--folder", "."), "no archive files (*.warc.gz) in .: give --folder DIR"),
        (("page", "1380432", "--at", "yesterday"), "--at: must be the record's crawled_at (ISO 8601"),
        (("prune", "--days", "-3"), "--days: must be more than 0, got '-3'"),
        (("prune", "--days", "30"), "no archive folder data/t3n/archive: give --folder DIR"),
    ],
)
def test_archive_command_mistakes_are_one_line(tmp_path, args, says):
    proc = subprocess.run(
        [sys.executable, "-m", "newscrawl.archive", *args], cwd=tmp_path, env=env(), capture_output=True, text=True
    )
    assert says in _one_line(proc, "python -m newscrawl.archive")
