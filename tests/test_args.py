"""Bad arguments get a clear error before any request; good ones are converted in one place."""

import pytest
from crawlrun import crawl
from replica.server import ReplicaServer

from newscrawl.args import DEFAULT_MAX_PAGES, ArgumentError, SpiderArgs


@pytest.mark.parametrize(
    "value, message",
    [
        ("file:///etc/passwd", "http(s) URL with a host"),
        ("ftp://t3n.de", "http(s) URL with a host"),
        ("https://", "http(s) URL with a host"),
        ("t3n.de", "http(s) URL with a host"),
        ("https://t3n.de/news/", "no path"),
        ("https://t3n.de/../etc/", "no path"),
        ("https://t3n.de/?a=1", "no path"),
        ("https://user:pw@t3n.de", "no path, query or credentials"),
        ("https://t3n.de:99999", "bad port"),
        ("https://bad..host", "bad host name"),
    ],
)
def test_bad_base_url(value, message):
    with pytest.raises(ArgumentError, match="base_url") as err:
        SpiderArgs.parse({"base_url": value})
    assert message in str(err.value)


@pytest.mark.parametrize(
    "name, value",
    [
        ("max_pages", "0"),
        ("max_pages", "-3"),
        ("max_pages", "abc"),
        ("max_pages", "1.5"),
        ("since", "2021-13-01"),
        ("since", "yesterday"),
        ("since", "01.06.2021"),
        ("full", "maybe"),
        ("sections", ",,"),
        ("sections", "news;rm -rf"),
    ],
)
def test_bad_values(name, value):
    with pytest.raises(ArgumentError, match=name):
        SpiderArgs.parse({name: value})


def test_good_arguments_and_backfill():
    args = SpiderArgs.parse({"base_url": "http://127.0.0.1:8000/", "sections": "News, KI"})
    assert args.base_url == "http://127.0.0.1:8000" and args.sections == {"news", "ki"}
    assert args.max_pages == DEFAULT_MAX_PAGES and not args.backfill and not args.full
    assert SpiderArgs.parse({"max_pages": "7"}).backfill  # explicit depth: no early stop
    since = SpiderArgs.parse({"since": "2021-06-01"})
    assert since.backfill and since.max_pages > 1000
    assert SpiderArgs.parse({"full": "1"}).full


def test_a_bad_argument_stops_the_crawl_before_any_request(tmp_path, replica_site):
    with ReplicaServer(replica_site) as server:
        proc = crawl(
            server, tmp_path / "state", tmp_path / "work", "-O", str(tmp_path / "o.jsonl"), "-a", "max_pages=0"
        )
        # `scrapy crawl` checks the arguments before it sets up the crawler: one line, exit status 2
        assert proc.returncode == 2
        assert proc.stderr.startswith("scrapy crawl: error: max_pages must be a positive integer, got '0'")
        assert len(proc.stderr.splitlines()) == 1
        assert server.requests == []
    assert not (tmp_path / "o.jsonl").exists()
    assert not (tmp_path / "state").exists()  # no state touched either


def test_unknown_and_future_arguments_are_refused():
    from datetime import UTC, datetime

    with pytest.raises(ArgumentError, match=r"unknown argument 'maxpages' \(did you mean max_pages\?\)"):
        SpiderArgs.parse({"maxpages": "2"})
    with pytest.raises(ArgumentError, match="unknown argument 'colour'; the arguments are base_url, sections"):
        SpiderArgs.parse({"colour": "blue"})
    assert SpiderArgs.parse({"_job": "abc"}).since is None  # scrapyd's own arguments pass
    now = datetime(2024, 5, 1, 12, tzinfo=UTC)
    with pytest.raises(ArgumentError, match=r"in the future.*since=2024-02-01"):
        SpiderArgs.parse({"since": "2024-05-02"}, now=now)
    assert SpiderArgs.parse({"since": "2024-05-01"}, now=now).since < now  # today is fine


def test_every_argument_is_documented_where_it_is_parsed():
    text = SpiderArgs.describe()
    assert SpiderArgs.names() == ["base_url", "sections", "max_pages", "since", "full"]
    assert all(f"  {name}=  (default: " in text for name in SpiderArgs.names())
