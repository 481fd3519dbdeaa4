"""Bad input never stops a run: each bad page or feed gets a counted reason and a log line with
its URL, every good article is still exported, and a no-op run does not fetch the bad pages again.

Two real crawls of the replica with its bad-input pages (tests/replica/bad_inputs.py): one with
/rss.xml replaced by an XML bomb, one with /rss.xml cut mid-item. DOWNLOAD_MAXSIZE is lowered to
1 MB so that the 3 MB page is over it.
"""

import pytest
from crawlrun import article_requests, crawl, last_run, read_items
from replica.bad_inputs import build_bad_inputs
from replica.build import build_site
from replica.server import ReplicaServer

MAXSIZE = ("-s", "DOWNLOAD_MAXSIZE=1000000")

# bad input kind (replica) -> the stats reason(s) the crawl must count for it
REASONS = {
    "pdf": "newscrawl/bad_input/not_html",
    "json": "newscrawl/bad_input/not_html",
    "oversized": "newscrawl/bad_input/oversized",
    "offsite-redirect": "newscrawl/bad_input/offsite_redirect",
    "404": "newscrawl/bad_input/http_404",
    "wrong-charset": "newscrawl/bad_input/wrong_charset",
    "empty-article": "item_dropped_reasons_count/missing_body",
    "invalid-bytes": "newscrawl/bad_input/invalid_bytes",
    "huge-paragraph": "item_dropped_reasons_count/implausible_body",
    "near-size-limit": "newscrawl/bad_input/near_size_limit",
    "consent-interstitial": "newscrawl/bad_input/consent_wall",
    "consent-overlay": "newscrawl/bad_input/consent_wall",
}


def _stats(stderr):
    """The stats dump at the end of the log, as {key: value} (ints only)."""
    out = {}
    for line in stderr.splitlines():
        line = line.strip().rstrip(",")
        if line.startswith(("'", "{'")) and "': " in line:
            key, _, value = line.lstrip("{").partition("': ")
            try:
                out[key.strip("'")] = int(value.rstrip("}"))
            except ValueError:
                pass
    return out


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    results = {}
    for feed in ("bomb", "broken"):
        tmp = tmp_path_factory.mktemp(f"bad-{feed}")
        summary = build_site(tmp / "site")
        bad = build_bad_inputs(tmp / "site", main_feed=feed)
        with ReplicaServer(tmp / "site") as server:
            first = crawl(server, tmp / "state", tmp / "work", "-O", str(tmp / "out.jsonl"), *MAXSIZE)
            status = last_run(tmp / "state")
            server.clear_requests()
            second = crawl(server, tmp / "state", tmp / "work", "-O", str(tmp / "out2.jsonl"), *MAXSIZE)
            second_articles = article_requests(server)
        results[feed] = {
            "summary": summary,
            "bad": bad,
            "proc": first,
            "status": status,
            "stats": _stats(first.stderr),
            "items": read_items(tmp / "out.jsonl"),
            "second": second,
            "second_articles": second_articles,
        }
    return results


@pytest.mark.parametrize("feed", ["bomb", "broken"])
def test_the_run_completes_and_exports_every_good_article(crawls, feed):
    run = crawls[feed]
    assert run["status"]["finish_reason"] == "finished", run["proc"].stderr[-3000:]
    assert run["proc"].returncode == 0
    assert "Spider error processing" not in run["proc"].stderr  # no exception in a callback
    assert "callback_error" not in run["proc"].stderr
    got = {i["id"] for i in run["items"]}
    good = {a["id"] for a in run["summary"]["articles"]}
    good_bad = {b["id"] for b in run["bad"] if b["expect"] in ("item", "item-damaged")}
    assert good | good_bad <= got
    no_item = {b["id"] for b in run["bad"] if b["expect"] in ("no-item", "no-item-retry") and b["id"]}
    assert not no_item & got


def test_each_bad_input_has_a_counted_reason_and_a_log_line_with_its_url(crawls):
    run = crawls["bomb"]
    stats, log = run["stats"], run["proc"].stderr
    for bad in run["bad"]:
        reason = REASONS.get(bad["kind"])
        if reason:
            assert stats.get(reason, 0) >= 1, (bad["kind"], reason)
            assert bad["path"] in log, f"no log line names {bad['path']}"
    assert stats["newscrawl/bad_input/not_html"] == 2
    assert stats["newscrawl/bad_input/xml_entities"] == 1  # /rss.xml as a billion-laughs bomb
    assert crawls["broken"]["stats"]["newscrawl/bad_input/broken_feed"] == 1
    # a truncated page is either read in part or dropped with a reason, never an exception
    truncated = next(b for b in run["bad"] if b["kind"] == "truncated-html")
    assert (
        truncated["id"] in {i["id"] for i in run["items"]}
        or stats.get("item_dropped_reasons_count/missing_body", 0) >= 2
    )


def test_the_wrongly_declared_charset_is_repaired(crawls):
    item = next(i for i in crawls["bomb"]["items"] if i["id"] == "1390003")
    assert item["title"] == "Falscher Zeichensatz: Ärger mit Ümläuten"
    assert "\ufffd" not in item["body"]
    latin = next(i for i in crawls["bomb"]["items"] if i["id"] == "1390002")
    assert latin["title"] == "Zeichensatz fehlt: Größe über Bären"


def test_invalid_bytes_are_replaced_where_they_stand_and_nothing_else_is_garbled(crawls):
    item = next(i for i in crawls["bomb"]["items"] if i["id"] == "1390010")
    assert item["title"] == "Kaputte Bytes: Ärger in einem Absatz"
    assert item["lead"].startswith("Ein Artikel, der den Crawler auf die Probe stellt. Größe, Zeichensatz")
    first, second = item["body"].split("\n\n")
    assert first.startswith("Über die Straße läuft ein Bär.") and "\ufffd" not in first
    assert second == "Sp\ufffdter \ufffdffnet er die T\ufffdr zur Bäckerei und kauft zwölf Brötchen."
    assert "Ã" not in item["body"] + item["title"] + item["lead"]  # no cp1252 mojibake anywhere


def test_implausible_sizes_are_refused_with_a_named_reason(crawls):
    ids = {i["id"] for i in crawls["bomb"]["items"]}
    assert not {"1390011", "1390012"} & ids
    stats = crawls["bomb"]["stats"]
    assert stats["item_dropped_reasons_count/implausible_body"] == 1
    assert stats["newscrawl/bad_input/near_size_limit"] == 1


def test_broken_pages_of_the_site_do_not_make_the_run_sick_but_are_counted(crawls):
    status = crawls["bomb"]["status"]
    # 10 of the 35 article links lead to pages that cannot be used; the run handled each of them
    # (counted, logged, remembered), so it is healthy and says what it met.
    assert status["verdict"] == "ok", status["problems"]
    assert crawls["bomb"]["proc"].returncode == 0
    assert sum(status["bad_input"].values()) >= 9


@pytest.mark.parametrize("feed", ["bomb", "broken"])
def test_a_noop_run_fetches_only_the_consent_walls_again(crawls, feed):
    run = crawls[feed]
    assert run["second"].returncode in (0, 3)
    walls = sorted(b["path"] for b in run["bad"] if b["expect"] == "no-item-retry")
    assert len(walls) == 2 and sorted(run["second_articles"]) == walls


def test_consent_walls_are_counted_and_their_text_reaches_no_item(crawls):
    run = crawls["bomb"]
    assert run["stats"]["newscrawl/bad_input/consent_wall"] == 2
    assert "Zustimmung" not in " ".join(i["body"] + (i["lead"] or "") for i in run["items"])
    assert run["status"]["verdict"] == "ok"  # two walls among 35 article pages: counted, not sick
