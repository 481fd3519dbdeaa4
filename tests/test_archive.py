"""The web archive (issue 10): every exported article's pages are archived as WARC records, kill
safe; `scrapy reextract` rebuilds the feed from them without network; a record leads to its page;
a crawl can replay an archive (the real t3n.de page: archive in, item out)."""

import gzip
import hashlib
import json
import random
import sqlite3
import subprocess
import sys
import time
import urllib.request

import pytest
from crawlrun import ARTICLE_PATH, ROOT, crawl, env, kill, read_items, start, wait_for
from replica.articles import ARTICLES
from replica.build import build_site
from replica.server import Faults, ReplicaServer
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawl.archive.files import prune
from newscrawl.archive.reader import ArchiveIndex, find_page, read_record, scan
from newscrawl.items import SCHEMA_VERSION
from newscrawl.pages.t3n import T3nArticlePage
from newscrawl.schemas import article_errors

REAL = ROOT / "tests" / "real"
REAL_NAME = "t3n-2023-11-06-apple-eigener-iphone-akku-1587177"
REAL_URL = "https://t3n.de/news/apple-eigener-iphone-akku-1587177/"
TEXT_FIELDS = ("title", "lead", "body")


def scrapy_cmd(*args):
    return [sys.executable, "-m", "scrapy", *args]


def reextract(cwd, *args, timeout=120):
    return subprocess.run(
        scrapy_cmd("reextract", *map(str, args)), cwd=cwd, env=env(), capture_output=True, text=True, timeout=timeout
    )


def warc_records(path):
    """(type, url, status) of every whole record, as plain warcio reads them (a torn tail ends it)."""
    out = []
    with open(path, "rb") as f:
        try:
            for record in ArchiveIterator(f, check_digests=True):
                status = record.http_headers.get_statuscode() if record.http_headers else None
                out.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI"), status))
        except Exception:  # warcio stops at a partial record; what came before is what counts
            pass
    return out


@pytest.fixture(scope="module")
def archived_crawl(tmp_path_factory):
    """One crawl of the default replica, served gzip-compressed, with the archive on."""
    tmp = tmp_path_factory.mktemp("archived")
    with ReplicaServer(ROOT / "tests" / "site", compress=True) as server:
        # no buffer for the writer: every page waits until the pipe took it (the default buffers 64 MB)
        proc = crawl(
            server, tmp / "state", tmp, "-O", str(tmp / "out" / "feed.jsonl"), "-s", "NEWSCRAWL_ARCHIVE_BUFFER_MB=0"
        )
        redirects = [
            server.url(r["path"]) for r in server.requests if ARTICLE_PATH.match(r["path"]) and 300 <= r["status"] < 400
        ]
        served = {}
        for item in read_items(tmp / "out" / "feed.jsonl")[:3]:  # the bytes the site serves
            with urllib.request.urlopen(item["url"]) as r:
                served[item["id"]] = r.read()
    assert proc.returncode == 0, proc.stderr[-3000:]
    log = proc.stderr
    # the archive is fsynced before the feed is stored (and so before the state is committed)
    assert -1 < log.find("Archive closed (fsynced)") < log.find("Stored jsonl feed")
    return {
        "tmp": tmp,
        "archive": tmp / "out" / "archive",
        "feed": read_items(tmp / "out" / "feed.jsonl"),
        "served": served,
        "state": tmp / "state",
        "base": server.base_url.rstrip("/"),
        "redirects": redirects,
    }


def test_every_exported_article_has_its_pages_and_redirects_archived(archived_crawl):
    archive = archived_crawl["archive"]
    files = sorted(archive.glob("*.warc.gz"))
    assert len(files) == 1 and files[0].name.endswith("+00-00.warc.gz")  # one file per run, dated
    records = warc_records(files[0])
    responses = {(url, status) for kind, url, status in records if kind == "response"}
    requests = {url for kind, url, _ in records if kind == "request"}
    assert records[0][0] == "warcinfo"
    for item in archived_crawl["feed"]:
        assert (item["url"], "200") in responses, item["url"]
        for page in range(2, item["page_count"] + 1):
            assert (f"{item['url']}{page}/", "200") in responses
        assert item["url"] in requests  # each response with its request
    # the hops are archived too, not only where they led (an off-site one among them)
    assert archived_crawl["redirects"]
    for url in archived_crawl["redirects"]:
        assert (url, "301") in responses, url
    # every record as served: gzip on the wire, so the stored payload is still gzip
    with open(files[0], "rb") as f:
        pages = [
            r.http_headers.get_header("Content-Encoding")
            for r in ArchiveIterator(f)
            if r.rec_type == "response" and r.http_headers.get_statuscode() == "200"
        ]
    assert pages and set(pages) == {"gzip"}


def test_manifest_lists_the_archive_with_size_and_hash(archived_crawl):
    (path,) = (archived_crawl["tmp"] / "out" / "manifests").glob("*.json")  # the run's own: <run_id>.json
    manifest = json.loads(path.read_text())
    entries = {e["kind"]: e for e in manifest["archive"]}
    warc = archived_crawl["tmp"] / "out" / entries["warc"]["path"]
    data = warc.read_bytes()
    assert entries["warc"]["bytes"] == len(data)
    assert entries["warc"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert entries["warc"]["complete"] is True
    index = archived_crawl["tmp"] / "out" / entries["index"]["path"]
    assert entries["index"]["sha256"] == hashlib.sha256(index.read_bytes()).hexdigest()


def test_reextract_gives_the_feed_again_without_network(archived_crawl, tmp_path):
    out = tmp_path / "re.jsonl"
    proc = reextract(tmp_path, archived_crawl["archive"], "-O", out)  # the replica server is gone
    assert proc.returncode == 0, proc.stderr[-3000:]
    feed = {i["id"]: i for i in archived_crawl["feed"]}
    again = {i["id"]: i for i in read_items(out)}
    assert again.keys() == feed.keys()
    for aid, item in feed.items():
        for field in TEXT_FIELDS + ("page_count", "related_links", "url"):
            assert again[aid][field] == item[field], (aid, field)
        assert again[aid]["change"] is None and again[aid]["content_hash"] is None  # no state given
        # crawled_at is when page 1 was fetched: its WARC-Date, to the second, in both
        assert again[aid]["crawled_at"] == item["crawled_at"]
        assert article_errors(again[aid]) == []


def test_reextract_against_the_state_writes_only_corrections(archived_crawl, tmp_path):
    state = tmp_path / "state"
    subprocess.run(["cp", "-r", str(archived_crawl["state"]), str(state)], check=True)
    nothing = reextract(tmp_path, archived_crawl["archive"], "-O", tmp_path / "none.jsonl", "-s", f"STATE_DIR={state}")
    assert nothing.returncode == 0, nothing.stderr[-3000:]
    assert read_items(tmp_path / "none.jsonl") == []  # the same parser: nothing changed
    # As if an older parser had read this article differently when it was crawled.
    victim = archived_crawl["feed"][0]
    db = sqlite3.connect(state / "crawl.sqlite3")
    with db:
        db.execute("UPDATE articles SET content_hash = 'an-older-parsers-hash' WHERE id = ?", (victim["id"],))
    db.close()
    proc = reextract(tmp_path, archived_crawl["archive"], "-O", tmp_path / "fix.jsonl", "-s", f"STATE_DIR={state}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    (fixed,) = read_items(tmp_path / "fix.jsonl")
    assert fixed["id"] == victim["id"] and fixed["change"] == "corrected" and fixed["revision"] == 2
    assert fixed["schema_version"] == SCHEMA_VERSION and article_errors(fixed) == []
    # recorded: a second reextract has nothing left to correct
    again = reextract(tmp_path, archived_crawl["archive"], "-O", tmp_path / "again.jsonl", "-s", f"STATE_DIR={state}")
    assert again.returncode == 0 and read_items(tmp_path / "again.jsonl") == []


def test_a_record_leads_to_its_archived_page(archived_crawl):
    for item in archived_crawl["feed"][:3]:
        entry = find_page([archived_crawl["archive"]], item["id"], at=item["crawled_at"])
        assert entry.url == item["url"] and entry.status == 200
        assert read_record(entry).decoded == archived_crawl["served"][item["id"]]
    # the same from the command line, one step
    item = archived_crawl["feed"][0]
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "newscrawl.archive",
            "page",
            item["id"],
            "--at",
            item["crawled_at"],
            "--folder",
            str(archived_crawl["archive"]),
        ],
        cwd=ROOT,
        env=env(),
        capture_output=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == archived_crawl["served"][item["id"]]


def test_prune_deletes_old_archives_only(tmp_path):
    old, new = tmp_path / "2020-01-01T00-00-00+00-00.warc.gz", tmp_path / "2020-02-01T00-00-00+00-00.warc.gz"
    for path in (old, new):
        path.write_bytes(b"")
        path.with_name(path.name + ".idx").write_bytes(b"")
    now = time.time()
    import os

    os.utime(old, (now - 10 * 86400, now - 10 * 86400))
    assert prune(tmp_path, 7, now=now) == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == [new.name, new.name + ".idx"]


# --- kills -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def slow_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("archkill") / "site"
    build_site(root, ARTICLES)
    server = ReplicaServer(root, faults=Faults(rate_slow=1.0, slow_seconds=0.25, seed=11)).start()
    yield server
    server.stop()


def test_killed_runs_leave_readable_archives_and_no_exported_article_without_its_page(slow_site, tmp_path):
    """SIGKILL at points of a run (while pages are archived, while items are written, right after
    the feed is stored), each a seeded random moment later, then a run to the end; all append
    (-o) to one feed and archive into one folder."""
    state, work, out = tmp_path / "state", tmp_path / "work", tmp_path / "out" / "union.jsonl"
    out.parent.mkdir()
    archive = out.parent / "archive"
    rng = random.Random(20261201)

    def archived_bytes():
        return sum(p.stat().st_size for p in archive.glob("*.warc.gz")) if archive.exists() else 0

    def writing(pid):  # this run's temporary feed file has items (an older run's may be left)
        return any(
            p.name.endswith(".part") and f".{pid}." in p.name and p.stat().st_size > 0 for p in out.parent.iterdir()
        )

    cycles = [
        ("first pages archived", lambda base, pid: archived_bytes() > base),
        ("pages archived", lambda base, pid: archived_bytes() > base + 60_000),
        ("items written", lambda base, pid: writing(pid)),
        ("feed stored", lambda base, pid: out.exists() and out.stat().st_mtime > started),
    ]
    reached = []
    for name, when in cycles:
        base, started = archived_bytes(), time.time()
        proc = start(slow_site, state, work, "-o", str(out), log=tmp_path / f"{name}.log")
        # the lambda is called within this iteration, so its loop variables are the current ones
        hit = wait_for(lambda: when(base, proc.pid) or proc.poll() is not None, timeout=60, step=0.005)  # noqa: B023
        time.sleep(rng.uniform(0, 0.3))
        reached.append((name, hit and proc.poll() is None))
        kill(proc)
        for path in archive.glob("*.warc.gz"):
            assert warc_records(path)[0][0] == "warcinfo"  # plain warcio reads it from the start
            scan(path, use_index=False)  # ours too, up to a partial last record at most
        archived = {e.id for e in ArchiveIndex([archive]).entries if e.status == 200} if archive.exists() else set()
        assert {i["id"] for i in read_items(out)} <= archived, f"{name}: exported without its page"
    final = crawl(slow_site, state, work, "-o", str(out))
    assert final.returncode == 0, final.stderr[-3000:]
    pages = {(e.url, e.status) for e in ArchiveIndex([archive]).entries}
    items = read_items(out)
    assert items
    for item in items:
        assert (item["url"], 200) in pages
        for page in range(2, item["page_count"] + 1):
            assert (f"{item['url']}{page}/", 200) in pages
    # one file per run (those killed once pages were archived had theirs: the files are not shared)
    assert len(list(archive.glob("*.warc.gz"))) >= 2
    assert [name for name, ok in reached if not ok] == [], reached


# --- replay: the real page -------------------------------------------------------------------


def _real_page_warc(folder, html, name="t3n-real.warc.gz", date=None):
    """A WARC holding the real page as t3n.de serves it (gzip on the wire), made with warcio alone."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    with open(path, "wb") as f:
        writer = WARCWriter(f, gzip=True)
        body = gzip.compress(html, mtime=0)
        headers = StatusAndHeaders(
            "200 OK",
            [
                ("Content-Type", "text/html; charset=UTF-8"),
                ("Content-Encoding", "gzip"),
                ("Content-Length", str(len(body))),
            ],
            protocol="HTTP/1.1",
        )
        import io

        writer.write_record(
            writer.create_warc_record(
                REAL_URL,
                "response",
                payload=io.BytesIO(body),
                length=len(body),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": date} if date else None,
            )
        )
    return path


@pytest.fixture(scope="module")
def real_html():
    path = REAL / f"{REAL_NAME}.html"
    if not path.exists():
        pytest.skip("tests/real/ not on this branch yet")
    return path.read_bytes()


def test_replay_crawl_of_an_archive_gives_the_real_pages_item(real_html, tmp_path):
    _real_page_warc(tmp_path / "archive", real_html)
    out = tmp_path / "replay.jsonl"
    proc = subprocess.run(
        scrapy_cmd(
            "crawl",
            "t3n",
            "-a",
            "base_url=https://t3n.de",
            "-s",
            f"STATE_DIR={tmp_path / 'state'}",
            "-s",
            f"NEWSCRAWL_REPLAY={tmp_path / 'archive'}",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-O",
            str(out),
        ),
        cwd=tmp_path,
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    # An archive of one article page has no listing: the run says so (verdict sick, exit 3).
    assert proc.returncode in (0, 3), proc.stderr[-3000:]
    status = json.loads((tmp_path / "state" / "last_run.json").read_text())
    assert all("The site answered" in p for p in status["problems"]), status["problems"]
    (item,) = read_items(out)
    parsed = T3nArticlePage(real_html.decode("utf-8"), REAL_URL).to_item()
    for field in (
        "id",
        "url",
        "title",
        "lead",
        "body",
        "authors",
        "section",
        "image",
        "tags",
        "published",
        "modified",
        "related_links",
        "page_count",
        "paywalled",
        "reading_time_min",
    ):
        assert item[field] == getattr(parsed, field), field
    # and reextract gives the same from the same archive
    re_out = tmp_path / "re.jsonl"
    proc = reextract(tmp_path, tmp_path / "archive", "-O", re_out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (again,) = read_items(re_out)
    assert {f: again[f] for f in TEXT_FIELDS} == {f: item[f] for f in TEXT_FIELDS}


def test_replayed_real_page_matches_its_expected_item(real_html, tmp_path):
    expected_path = REAL / f"{REAL_NAME}.expected.json"
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    _real_page_warc(tmp_path / "archive", real_html)
    out = tmp_path / "replay.jsonl"
    subprocess.run(
        scrapy_cmd(
            "crawl",
            "t3n",
            "-a",
            "base_url=https://t3n.de",
            "-s",
            f"STATE_DIR={tmp_path / 'state'}",
            "-s",
            f"NEWSCRAWL_REPLAY={tmp_path / 'archive'}",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-O",
            str(out),
        ),
        cwd=tmp_path,
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    (item,) = read_items(out)
    for field in ("title", "lead", "body", "authors", "section", "image"):
        assert item[field] == expected[field], field


def test_an_archive_cut_mid_record_reads_up_to_its_last_whole_record(archived_crawl, tmp_path):
    (warc,) = archived_crawl["archive"].glob("*.warc.gz")
    entries = scan(warc).entries
    cut = entries[5].offset + entries[5].length // 2  # inside the 6th response record
    torn = tmp_path / warc.name
    torn.write_bytes(warc.read_bytes()[:cut])
    (tmp_path / (warc.name + ".idx")).write_bytes((warc.parent / (warc.name + ".idx")).read_bytes())
    result = scan(torn)  # the index names records the file no longer holds: the file is scanned
    assert result.torn and [e.url for e in result.entries] == [e.url for e in entries[:5]]
    out = tmp_path / "re.jsonl"
    proc = reextract(tmp_path, torn, "-O", out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "ends in a partial record" in proc.stderr
    assert {i["id"] for i in read_items(out)} <= {e.id for e in entries[:5]}


def test_archive_benchmark_runs(tmp_path):
    """benchmarks/archive.py --small end to end (the numbers themselves are the benchmark's)."""
    out = tmp_path / "archive_results.json"
    proc = subprocess.run(
        [sys.executable, "benchmarks/archive.py", "--small", "--out", str(out), "--tmp", str(tmp_path)],
        cwd=ROOT,
        env=env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    results = json.loads(out.read_text())
    for encoding in ("identity", "gzip"):
        measured = results["encodings"][encoding]
        assert measured["on_vs_off"] > 0 and measured["size"]["bytes_per_article_page"] > 0
    assert results["reextract"]["pages_per_s"] > 0 and results["reextract_check"]["same_ids"]
    assert results["reextract_check"]["text_differs"] == 0


def test_reextract_takes_the_newest_archived_version(real_html, tmp_path):
    old_title, new_title = "Apple arbeitet angeblich an eigenen iPhone-Akkus", "Apple arbeitet an eigenen iPhone-Akkus"
    assert real_html.count(old_title.encode()) >= 1
    _real_page_warc(tmp_path / "archive", real_html, "b-older.warc.gz", "2023-11-06T15:00:00Z")
    _real_page_warc(
        tmp_path / "archive",
        real_html.replace(old_title.encode(), new_title.encode()),
        "a-newer.warc.gz",
        "2023-11-07T09:00:00Z",
    )  # sorts first by name: the date decides
    proc = reextract(tmp_path, tmp_path / "archive", "-O", tmp_path / "re.jsonl")
    assert proc.returncode == 0, proc.stderr[-3000:]
    (item,) = read_items(tmp_path / "re.jsonl")
    assert item["title"].startswith(new_title) and item["crawled_at"] == "2023-11-07T09:00:00+00:00"
    # the older version is there for whoever asks: pass only its file
    proc = reextract(tmp_path, tmp_path / "archive" / "b-older.warc.gz", "-O", tmp_path / "old.jsonl")
    (old,) = read_items(tmp_path / "old.jsonl")
    assert old["title"].startswith(old_title)


def test_an_archive_with_listings_replays_the_whole_crawl(replica_server, tmp_path):
    base = replica_server.base_url.rstrip("/")
    crawled = crawl(
        replica_server,
        tmp_path / "state",
        tmp_path,
        "-O",
        str(tmp_path / "live" / "feed.jsonl"),
        "-s",
        "NEWSCRAWL_ARCHIVE_LISTINGS=True",
    )
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    index = ArchiveIndex([tmp_path / "live" / "archive"])
    assert {base + "/", base + "/news/", base + "/rss.xml", base + "/robots.txt"} <= set(index.by_url)
    replica_server.clear_requests()
    proc = subprocess.run(
        scrapy_cmd(
            "crawl",
            "t3n",
            "-a",
            f"base_url={base}",
            "-s",
            f"STATE_DIR={tmp_path / 'rstate'}",
            "-s",
            f"NEWSCRAWL_REPLAY={tmp_path / 'live' / 'archive'}",
            "-s",
            "DOWNLOAD_DELAY=0",
            "-s",
            "AUTOTHROTTLE_ENABLED=False",
            "-O",
            str(tmp_path / "replay.jsonl"),
        ),
        cwd=tmp_path,
        env=env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]  # listings answered from the archive: a healthy run
    assert replica_server.requests == []  # the server is up, and was not asked
    live = {i["id"]: i for i in read_items(tmp_path / "live" / "feed.jsonl")}
    again = {i["id"]: i for i in read_items(tmp_path / "replay.jsonl")}
    # Every article of the live feed again, exactly. The live crawl fetches each article under the
    # first URL it meets: 1353377 under its sitemap's new slug or a listing's old one (a 301). A
    # replay that meets the other URL first is answered with a 301 to the archived one.
    assert live.keys() == again.keys()
    assert all(again[k][f] == live[k][f] for k in live for f in TEXT_FIELDS + ("related_links", "page_count"))


def test_replay_answers_another_url_of_an_archived_article_with_a_redirect_to_it(real_html, tmp_path):
    """The live crawl fetched the article under one URL (a sitemap's); the replay meets another of
    the same article (a listing's old slug) first: it is answered as the site would, with a 301."""
    import asyncio

    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from newscrawl.archive.replay import ReplayDownloadHandler

    _real_page_warc(tmp_path / "archive", real_html)
    crawler = get_crawler(settings_dict={"NEWSCRAWL_REPLAY": str(tmp_path / "archive")})
    handler = ReplayDownloadHandler(crawler)
    old_slug = "https://t3n.de/news/apple-akku-alter-slug-1587177/"
    moved = asyncio.run(handler.download_request(Request(old_slug)))
    assert (moved.status, moved.headers.get("Location").decode()) == (301, REAL_URL)
    assert asyncio.run(handler.download_request(Request(REAL_URL))).status == 200
    assert asyncio.run(handler.download_request(Request("https://t3n.de/news/anderer-artikel-1234567/"))).status == 404
    assert asyncio.run(handler.download_request(Request(REAL_URL + "2/"))).status == 404  # a later page is no alias
