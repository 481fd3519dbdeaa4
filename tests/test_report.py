"""The per-run HTML report: written beside the feed by a real run, and looked at in a real
headless Chromium (screenshot + the DOM Chromium rendered)."""

import json
import os
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


def test_report_path_beside_feed():
    assert report_path("data/t3n/2024-01-01T06-00-00+00-00.jsonl").name == "2024-01-01T06-00-00+00-00.report.html"
    assert report_path("/x/articles.jsonl.gz").as_posix() == "/x/articles.report.html"
    assert report_path("out.csv").name == "out.report.html"


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


def test_report_from_an_existing_feed(tmp_path):
    feed = tmp_path / "run.jsonl"
    feed.write_text("".join(json.dumps(synthetic_article(n)) + "\n" for n in range(5)) + '{"cut')
    assert main([str(feed)]) == 0
    assert "5 articles" in (tmp_path / "run.report.html").read_text()


def test_run_report_opens_in_headless_chromium(tmp_path):
    browser = chromium()
    out = scrapy_items(tmp_path, "-O", "articles.jsonl", count=150)
    report = tmp_path / "articles.report.html"
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
