"""A layout change must show as numbers and a sick verdict, never as wrong fields with a green run.

The site here is the real page of t3n.de (tests/real/) served under several article ids, crawled
with the real engine. Then its headline element is taken away, as a redesign would: the titles
still come out right (JSON-LD, og:title, breadcrumb and <title> stand in, never a subheading), and
the run's verdict is sick, naming the field.
"""

import re

import pytest
from crawlrun import crawl, last_run, read_items
from replica.server import ReplicaServer
from test_real_pages import REAL

REAL_PAGE = REAL / "t3n-2023-11-06-apple-eigener-iphone-akku-1587177.html"
TITLE = "Apple arbeitet angeblich an eigenen iPhone-Akkus für mehr Laufzeit"
SUBHEADINGS = (
    "Eigener iPhone-Akku: Apple entwickelt mit Partnern auf Materialebene",
    "Apple arbeitet seit Jahren an eigener Akkutechnik",
)
IDS = ("1587177", "1587201", "1587202", "1587203", "1587204")
HEADLINE = re.compile(r'<h2 class="u-gap-top-medium u-gap-bottom-medium u-text-extralarge">.*?</h2>', re.S)


def build(root, transform=lambda html: html):
    """The real page under each id in IDS (its own links rewritten to the replica), a home page
    linking them, an empty RSS feed and robots.txt."""
    html = REAL_PAGE.read_text(encoding="utf-8").replace(
        "https://t3n.de/news/apple-eigener", "{{BASE}}/news/apple-eigener"
    )
    links = []
    for article_id in IDS:
        path = f"news/apple-eigener-iphone-akku-{article_id}"
        (root / path).mkdir(parents=True, exist_ok=True)
        (root / path / "index.html").write_text(transform(html.replace("1587177", article_id)), encoding="utf-8")
        links.append(f'<a href="/{path}/">Artikel {article_id}</a>')
    (root / "index.html").write_text(f"<html><body><main>{''.join(links)}</main></body></html>", encoding="utf-8")
    (root / "news").mkdir(exist_ok=True)
    (root / "news" / "index.html").write_text("<html><body><main></main></body></html>", encoding="utf-8")
    (root / "rss.xml").write_text('<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', encoding="utf-8")
    (root / "robots.txt").write_text("User-agent: *\nAllow: /\n", encoding="utf-8")


def run(tmp_path, transform=lambda html: html):
    root = tmp_path / "site"
    build(root, transform)
    with ReplicaServer(root) as server:
        proc = crawl(server, tmp_path / "state", tmp_path, "-O", str(tmp_path / "out.jsonl"))
    return proc, read_items(tmp_path / "out.jsonl"), last_run(tmp_path / "state")


def test_the_real_markup_crawls_green_with_every_clue_agreeing(tmp_path):
    proc, items, status = run(tmp_path)
    assert proc.returncode == 0, status["problems"]
    assert status["verdict"] == "ok"
    assert sorted(i["id"] for i in items) == sorted(IDS)
    assert {i["title"] for i in items} == {TITLE}
    assert status["clue_checks"].get("title/agree") == len(IDS)
    assert status["layouts"] == {"utility_2019": len(IDS)}


def test_a_lost_headline_element_names_the_title_in_a_sick_verdict(tmp_path):
    def without_headline(html):
        html, n = HEADLINE.subn("", html)
        assert n == 1
        return html

    proc, items, status = run(tmp_path, without_headline)
    assert {i["title"] for i in items} == {TITLE}, "a subheading (or nothing) was exported as the title"
    assert not {i["title"] for i in items} & set(SUBHEADINGS)
    assert proc.returncode == 3
    assert status["verdict"] == "sick"
    title_problems = [p for p in status["problems"] if "title: the layout's markup answered 0 of 5 pages" in p]
    assert title_problems and "/news/apple-eigener-iphone-akku-" in title_problems[0], status["problems"]
    assert status["field_sources"].get("title/jsonld") == len(IDS)


def test_a_subheading_taken_for_the_headline_is_overruled_and_makes_the_run_sick(tmp_path):
    """A redesign that puts the first subheading where the headline was: the agreeing clues
    overrule it on every page, and the share of overruled titles makes the run sick."""

    def subheading_as_headline(html):
        return HEADLINE.sub(
            f'<h2 class="u-gap-top-medium u-gap-bottom-medium u-text-extralarge">{SUBHEADINGS[0]}</h2>', html
        )

    proc, items, status = run(tmp_path, subheading_as_headline)
    assert {i["title"] for i in items} == {TITLE}
    assert proc.returncode == 3 and status["verdict"] == "sick"
    assert status["clue_checks"].get("title/overruled") == len(IDS)
    problem = next(p for p in status["problems"] if "title: clues disagree on 5 of 5 pages" in p)
    assert "jsonld" in problem and "/news/apple-eigener-iphone-akku-" in problem


@pytest.mark.parametrize("html_title", ["Apple arbeitet angeblich an eigenen iPhone-Akkus für mehr Laufzeit | t3n"])
def test_title_suffix_still_agrees(html_title):
    from newscrawl.pages.t3n import T3nArticlePage

    html = REAL_PAGE.read_text(encoding="utf-8")
    assert html.count(f"<title>{TITLE}</title>") == 1
    html = html.replace(f"<title>{TITLE}</title>", f"<title>{html_title}</title>")
    page = T3nArticlePage(html, "https://t3n.de/news/apple-eigener-iphone-akku-1587177/")
    assert page.title() == TITLE and page.checks["title"] == "agree"


def test_the_run_report_shows_the_step_per_field_over_the_last_runs(tmp_path):
    """Same state, two runs: the real markup, then without its headline. The second run's report
    shows the title's markup share fall from the first run to the second (a step, per field)."""
    root, state = tmp_path / "site", tmp_path / "state"
    build(root)
    with ReplicaServer(root) as server:
        crawl(server, state, tmp_path, "-O", str(tmp_path / "one.jsonl"))
        build(root, lambda html: HEADLINE.sub("", html))
        crawl(
            server,
            state,
            tmp_path,
            "-s",
            "NEWSCRAWL_RECHECK_DROPPED_HOURS=0",
            "-a",
            "full=1",
            "-O",
            str(tmp_path / "two.jsonl"),
        )
    report = (tmp_path / "two.jsonl.report.html").read_text(encoding="utf-8")
    report = report[report.index('id="clues"') :]
    row = re.search(r'<tr class="(\w+)"><th>title</th>(.*?)</tr>', report).groups()
    assert "jsonld 100%" in row[1]
    bars = re.findall(r'title="markup (\d+)%, disagree (\d+)%"', row[1])
    assert bars == [("100", "0"), ("0", "0")]
    lead = re.search(r'<tr class="\w+"><th>lead</th>(.*?)</tr>', report).group(1)
    assert re.findall(r'title="markup (\d+)%', lead) == ["100", "100"]
