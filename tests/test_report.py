"""The per-run HTML report: written beside the feed by a real run, and looked at in a real
headless Chromium (screenshot + the DOM Chromium rendered)."""

import json
import os
import re
import shutil
import struct
import subprocess

import pytest
from test_exporters import scrapy_items

from newscrawl.report import ReportData, main, report_path
from newscrawl.schemas.synthetic import synthetic_article

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium():
    binary = next(filter(None, map(shutil.which, ["chromium", "chromium-browser", "google-chrome"])), None)
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is required in CI: apt-get install -y chromium")
        pytest.skip("no chromium installed (apt-get install -y chromium)")
    return binary


def test_report_path_per_feed_file():
    assert report_path("data/t3n/2024-01-01T06-00-00+00-00.jsonl").name == "2024-01-01T06-00-00+00-00.jsonl.report.html"
    assert report_path("/x/articles.jsonl.gz").as_posix() == "/x/articles.jsonl.gz.report.html"
    # two feeds of one run in one folder never share a report
    assert report_path("a.csv") != report_path("a.parquet")


def test_report_counts():
    data = ReportData()
    for n in range(12):
        data.add(synthetic_article(n))
    data.add(dict(synthetic_article(99), language="en"))  # one schema violation
    page = data.render({"spider": "t3n"})
    assert data.items == 13 and data.invalid == 1
    assert data.sections["News"] == 2 and data.sections["Security"] == 3  # n % 6: 0, 6 / 3, 9, 99
    assert "language: &#x27;de&#x27; was expected" in page
    # Self-contained: no scripts, no stylesheets or images to fetch.
    assert "<script" not in page and "<link" not in page and "src=" not in page and "url(" not in page


def test_the_structure_of_the_articles_and_the_sites_they_cite():
    data = ReportData()
    article = {
        "blocks": [
            {"type": "heading", "text": "A", "level": 2, "links": []},
            {"type": "paragraph", "text": "b", "links": [{"url": "https://www.heise.de/x", "text": "b"}]},
            {"type": "table", "rows": [["1"]]},
        ],
        "images": [{"url": "https://cdn.t3n.de/a.jpg"}],
        "links": [
            {"url": "https://www.heise.de/x", "text": "b", "article_id": None},
            {"url": "https://t3n.de/news/y-1234567/", "text": "c", "article_id": "1234567"},
        ],
    }
    data.add(dict(synthetic_article(1), **article))
    data.add(dict(synthetic_article(2), blocks=[{"type": "paragraph", "text": "x", "links": []}], images=[], links=[]))
    assert data.structure["heading"] == 1 and data.structure["table"] == 1 and data.structure["quote"] == 0
    assert data.parts["blocks"] == 4 and data.parts["links"] == 2 and data.parts["links to t3n articles"] == 1
    assert data.cited == {"heise.de": 1}  # a t3n article is no citation of another site
    page = data.render({"spider": "t3n"})
    assert 'id="structure"' in page and "subheadings" in page and "50%" in page
    assert 'id="cited"' in page and "heise.de" in page


def test_report_from_an_existing_feed(tmp_path):
    feed = tmp_path / "run.jsonl"
    feed.write_text("".join(json.dumps(synthetic_article(n)) + "\n" for n in range(5)) + '{"cut')
    assert main([str(feed)]) == 0
    page = (tmp_path / "run.jsonl.report.html").read_text()
    assert "5 articles" in page and "No verdict" in page


def test_run_report_opens_in_headless_chromium(tmp_path):
    browser = chromium()
    out = scrapy_items(tmp_path, "-O", "articles.jsonl", count=150)
    report = tmp_path / "articles.jsonl.report.html"
    assert report.exists(), out
    # The default dated feed (settings FEEDS) gets its own report beside it too.
    assert len(list((tmp_path / "data" / "items").glob("*.report.html"))) <= 1

    profile = tmp_path / "chromium-profile"
    shot = tmp_path / "report.png"
    url = report.as_uri()
    subprocess.run(
        [
            browser,
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--screenshot={shot}",
            "--window-size=1200,1600",
            url,
        ],
        capture_output=True,
        timeout=60,
        check=True,
    )
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])  # IHDR
    assert (width, height) == (1200, 1600)
    assert len(png) > 20_000  # bars, text and colour: far more than a blank page compresses to

    dom = subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "items: 150 articles" in dom
    for heading in ["Articles per section", "Published per", "Field coverage", "Top authors", "Top tags"]:
        assert heading in dom
    assert "Porträt" in dom and "Andreas Floemer" in dom and "E-Mobilität" in dom
    assert "every article matches the schema" in dom
    # Every other synthetic article is an update with a modified date: partial coverage.
    assert '<tr class="part"><th>modified</th>' in dom and '<tr class="full"><th>body</th>' in dom


def test_report_takes_schema_violations_from_spidermon_stats():
    # With spidermon's ItemValidationPipeline on (the project default) items are validated once,
    # there; the report shows its counts.
    data = ReportData(validate=False)
    data.add(dict(synthetic_article(1), language="en"))
    data.set_validation_from_stats(
        {
            "spidermon/validation/items/errors": 1,
            "spidermon/validation/fields/errors": 1,
            "spidermon/validation/fields/errors/not_allowed_value": 1,
            "spidermon/validation/fields/errors/not_allowed_value/language": 1,
        }
    )
    page = data.render({})
    assert data.invalid == 1 and "language: not allowed value (1×)" in page


# --- the story at the top: verdict, problems, drops, time bins, history labels --------------


def test_drops_are_counted_once_per_reason():
    from newscrawl.run.problems import drop_reasons

    stats = {
        "item_dropped_count": 5,
        "item_dropped_reasons_count/advertorial": 2,
        "item_dropped_reasons_count/missing_body": 1,
        "item_dropped_reasons_count/DropItem": 5,  # Scrapy's own count of the same drops (+2 without a reason)
    }
    assert drop_reasons(stats) == {"advertorial": 2, "missing_body": 1, "other (DropItem)": 2}
    stats |= {"item_dropped_count": 3, "item_dropped_reasons_count/DropItem": 3}
    assert drop_reasons(stats) == {"advertorial": 2, "missing_body": 1}


@pytest.mark.parametrize(
    ("hours", "unit", "bins"),
    [
        ({"2024-01-12T14": 3, "2024-01-13T20": 1}, "hour", 31),  # 30 hours: per hour, the empty ones too
        ({f"2024-01-{d:02d}T10": 1 for d in range(1, 31)}, "day", 30),
        ({f"2024-{m:02d}-01T10": 5 for m in range(1, 13)}, "week", 48),
        ({f"{y}-05-01T10": 5 for y in range(2005, 2025)}, "month", 229),  # a backfill of 20 years
    ],
)
def test_time_chart_bins_fit_the_span(hours, unit, bins):
    from collections import Counter

    from newscrawl.report import time_bins

    got_unit, got = time_bins(Counter(hours))
    assert (got_unit, len(got)) == (unit, bins)
    assert sum(n for _, n in got) == sum(hours.values())


def test_an_old_article_does_not_stretch_a_run_of_hours():
    from collections import Counter

    from newscrawl.report import time_bins

    hours = Counter({f"2024-01-12T{h:02d}": 2 for h in range(6, 18)})
    hours["2019-03-03T03"] = 1  # an article of 2019, updated today
    unit, bins = time_bins(hours)
    assert unit == "hour" and bins[0] == ("before 2024-01-12 06:00", 1) and len(bins) == 13


def test_the_verdict_and_every_problem_come_first_in_words():
    data = ReportData()
    problems = [
        {
            "what": "disk full: /srv/news/out.jsonl, 4,096 bytes free: the feed could not be written",
            "source": "newscrawl.run.disk",
            "example": None,
            "todo": "Free space there and run again.",
        },
        {
            "what": "title: clues disagree on 5 of 5 pages <b>",
            "source": "monitor Clue checks/The clues of each field agree",
            "example": "https://t3n.de/news/x-1/",
            "todo": "Open the example page.",
        },
    ]
    page = data.render({"spider": "t3n", "run id": "R1"}, {"verdict": "sick", "problems": problems, "facts": {}})
    verdict = page[page.index('id="verdict"') : page.index("</section>", page.index('id="verdict"'))]
    assert page.index('id="verdict"') < page.index('id="facts"')  # the top of the page
    assert "Verdict: SICK" in verdict and "2 problems" in verdict
    assert verdict.index("disk full: /srv/news/out.jsonl") < verdict.index("title: clues disagree")
    assert "&lt;b&gt;" in verdict and '<a href="https://t3n.de/news/x-1/">' in verdict
    assert "found by" in verdict and "what to do" in verdict and "Free space there" in verdict
    # no articles: said so, not bars at 0 %
    assert "no articles in this run" in page and '<table class="bars" id="coverage">' not in page
    assert '<meta name="newscrawl-run" content="R1">' in page


def test_the_clue_history_is_labelled_with_each_runs_start():
    data = ReportData()
    data.add(synthetic_article(1))
    run = {"field_sources": {"title/markup": 3}, "clue_checks": {"title/agree": 3}}
    data.set_clues_from_stats(
        {"newscrawl/field_source/title/jsonld": 3, "newscrawl/clue_check/title/agree": 3},
        [
            {"started": "2023-05-01T06:00:00+00:00", "summary": run},
            {"started": "2023-05-02T18:30:00+00:00", "summary": run},
        ],
    )
    page = data.render({"spider": "t3n"}, {"verdict": "ok", "problems": []})
    head = page[page.index('id="clues"') :]
    assert head.index("2023-05-01<br>06:00") < head.index("2023-05-02<br>18:30") < head.index("this<br>run")
    assert re.findall(r'title="markup (\d+)%', head) == ["100", "100", "0"]


def test_two_feeds_of_one_run_get_two_reports_and_a_second_run_keeps_the_first_ones(tmp_path):
    for _ in range(2):
        out = scrapy_items(tmp_path, "-O", "a.csv", "-O", "a.parquet", count=12)
        assert "Traceback" not in out, out
    reports = sorted(p.name for p in tmp_path.glob("a.*.report.html"))
    # this run's two reports under the feed's name, the first run's two kept under its run id
    assert "a.csv.report.html" in reports and "a.parquet.report.html" in reports and len(reports) == 4, reports
    kept = [name for name in reports if name.count(".") > 3]
    assert {name.split(".")[0:2][1] for name in kept} == {"csv", "parquet"}
    runs = {re.search(r'name="newscrawl-run" content="([^"]+)"', (tmp_path / n).read_text())[1] for n in reports}
    assert len(runs) == 2
    manifests = sorted((tmp_path / "manifests").glob("*.json"))
    assert len(manifests) == 2  # one per run
    latest = json.loads(max(manifests, key=lambda p: json.loads(p.read_text())["finished"] + p.name).read_text())
    assert {r["path"] for r in latest["reports"]} == {"a.csv.report.html", "a.parquet.report.html"}


# --- the verdict section as Chromium renders it: a healthy run, a sick one, one that reached nothing


def _verdict_text(dom):
    import lxml.html

    section = lxml.html.fromstring(dom).get_element_by_id("verdict")
    blocks = section.xpath("./h2 | ./p | ./ol/li/p | ./ol/li/dl/dt | ./ol/li/dl/dd")
    return [" ".join(" ".join(b.itertext()).split()) for b in blocks]


def _rendered(browser, report, profile):
    return subprocess.run(
        [browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--dump-dom", report.as_uri()],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout


def test_the_verdict_section_of_a_healthy_a_sick_and_an_unreachable_run(replica_server, tmp_path):
    from crawlrun import crawl
    from test_monitors import broken_lead_crawl

    browser = chromium()

    class Down:  # nothing listens on this port
        base_url = "http://127.0.0.1:9"

    fast = ("-s", "NEWSCRAWL_RETRY_BACKOFF_BASE=0.01", "-s", "RETRY_TIMES=1")
    runs = {
        "healthy": crawl(replica_server, tmp_path / "s1", tmp_path, "-O", str(tmp_path / "healthy.jsonl")),
        "sick": broken_lead_crawl(replica_server, tmp_path / "s2", tmp_path, "-O", str(tmp_path / "sick.jsonl")),
        "nothing": crawl(Down, tmp_path / "s3", tmp_path, "-O", str(tmp_path / "nothing.jsonl"), *fast),
    }
    text = {}
    for name, proc in runs.items():
        report = tmp_path / f"{name}.jsonl.report.html"
        assert report.exists(), proc.stderr[-3000:]
        text[name] = _verdict_text(_rendered(browser, report, tmp_path / "profile"))

    assert text["healthy"] == [
        "Verdict: OK",
        "The run finished normally and every check passed.",
        "exit status: 0 · recorded in the crawl state: yes",
    ]

    sick = text["sick"]
    assert sick[:-1] == [
        "Verdict: SICK",
        "1 problem, the first says most:",
        "The following items did not meet field coverage rules: Article/lead (expected 0.8, got 0, tolerance: 0.0)",
        "found by",
        "monitor Field coverage/Field coverage rules are met",
        "what to do",
        "A field is missing on too many articles: open an article of this run, compare its markup with the layout "
        "in newscrawl/pages/t3n/article.py and the 'Clues per field' table below.",
    ], sick
    assert sick[-1] == "exit status: 3 · recorded in the crawl state: yes"

    nothing = text["nothing"]
    assert nothing[:2] == ["Verdict: SICK", "2 problems, the first says most:"], nothing
    assert re.fullmatch(
        r"site unreachable: all \d+ requests to http://127\.0\.0\.1:9 failed \(connection refused ×\d+\): "
        r"the site is down or blocks us, no listing page and no feed could be read",
        nothing[2],
    ), nothing
    assert nothing[3:7] == [
        "found by",
        "monitor Articles/The site answered: at least one listing page or feed was read",
        "example",
        "http://127.0.0.1:9",
    ], nothing
    assert nothing[7] == "what to do" and nothing[8].startswith("Check that the site answers from this machine")
    assert re.fullmatch(r"\d+ ERROR lines in the log \(at most 0 allowed\)", nothing[9]), nothing
