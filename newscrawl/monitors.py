"""spidermon monitors: every run is checked like a unit test, and a cron job learns the verdict.

``RunMonitorSuite`` (SPIDERMON_SPIDER_CLOSE_MONITORS) runs at spider close:

* articles: the articles the listings / RSS / home page led to must end up as items (or be
  dropped with a counted reason); failures and bad input beyond a share make the run sick; a run
  that reached no listing page at all (the site is down) is sick;
* field coverage per field (spidermon's FieldCoverageMonitor, SPIDERMON_FIELD_COVERAGE_RULES),
  skipped for runs with fewer than NEWSCRAWL_COVERAGE_MIN_ITEMS items (an incremental run of two
  articles says little about coverage);
* a rolling baseline: each field's coverage against the pooled coverage of the last
  NEWSCRAWL_BASELINE_RUNS good runs kept in STATE_DIR; sick when the drop is both larger than
  NEWSCRAWL_COVERAGE_TOLERANCE and unlikely to be noise (binomial tail below
  NEWSCRAWL_BASELINE_ALPHA), so a slow drift and a sudden break are caught, small runs are not
  flagged for one article without an image;
* sources: a door (listings, RSS, sitemaps, the news sitemap) that listed articles in the last
  good run and lists none now makes the run sick, by name;
* errors, retries, finish reason and item validation against the JSON schema (spidermon's own
  monitors, thresholds in settings).

The suite's action hands the failures to ``run.status.RunStatus``, which writes the verdict to
STATE_DIR/last_run.json and sets the exit status.
https://spidermon.readthedocs.io/en/latest/getting-started.html
"""

from __future__ import annotations

import math

from spidermon import MonitorSuite, monitors
from spidermon.contrib.scrapy.monitors import (
    ErrorCountMonitor,
    FieldCoverageMonitor,
    FinishReasonMonitor,
    ItemValidationMonitor,
    RetryCountMonitor,
)
from spidermon.contrib.scrapy.monitors.base import BaseScrapyMonitor
from spidermon.core.actions import Action

from newscrawl import state as crawl_state
from newscrawl.run.problems import monitor_problem, unreachable_reason

ITEM_TYPE = "Article"
BASELINE_FIELDS = (
    "title",
    "lead",
    "body",
    "authors",
    "published",
    "modified",
    "section",
    "tags",
    "image",
    "reading_time_min",
    "related_links",
)


def _total(stats, prefix):
    return sum(v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, (int, float)))


@monitors.name("Articles")
class ArticlesMonitor(BaseScrapyMonitor):
    """Articles seen on listings / RSS become items; the site was reachable."""

    @monitors.name("The site answered: at least one listing page or feed was read")
    def test_site_reachable(self):
        stats = self.data.stats
        read = _total(stats, "newscrawl/listing_pages/") + stats.get("newscrawl/topics_discovered", 0)
        responses = _total(stats, "downloader/response_status_count/2")
        if read > 0 or responses > 1:
            return
        site = getattr(self.crawler.spider, "base_url", None) if self.crawler else None
        self.fail(
            f"{unreachable_reason(stats, site)}: the site is down or blocks us, no listing page and no feed could be read"
        )

    @monitors.name("Articles seen became items (or were dropped with a reason)")
    def test_articles_seen_became_items(self):
        stats = self.data.stats
        seen = _total(stats, "newscrawl/articles_seen/")
        if not seen:
            return
        # Failed after the retries (the network, the site down) or read without title/body (our
        # selectors). Pages the site serves broken (404, PDF, oversized, off-site: counted under
        # newscrawl/bad_input/ and in last_run.json) were handled as they should be: not sick.
        failed = _total(stats, "newscrawl/article_failed/") + _total(stats, "item_dropped_reasons_count/missing_")
        share = self.crawler.settings.getfloat("NEWSCRAWL_MAX_FAILED_SHARE", 0.2)
        self.assertLessEqual(
            failed,
            max(1, math.floor(share * seen)),
            f"{failed} of {seen} articles seen failed or had no title/body (more than {share:.0%})",
        )

    @monitors.name("Article pages were articles, not consent walls")
    def test_not_mostly_consent_walls(self):
        stats = self.data.stats
        walls, pages = stats.get("newscrawl/bad_input/consent_wall", 0), stats.get("newscrawl/article_pages", 0)
        self.assertLessEqual(
            walls,
            pages / 2,
            f"consent_wall: {walls} of {pages} article pages were the site's "
            "consent layer, not the article (set NEWSCRAWL_CONSENT_COOKIES: docs/operators.md#consent-cookies)",
        )


@monitors.name("Field coverage")
class MinItemsFieldCoverageMonitor(FieldCoverageMonitor):
    """Field coverage rules (spidermon's monitor), for runs with enough items to judge."""

    @monitors.name("Field coverage rules are met")
    def test_check_if_field_coverage_rules_are_met(self):
        items = int(self.data.stats.get("item_scraped_count", 0))
        minimum = self.crawler.settings.getint("NEWSCRAWL_COVERAGE_MIN_ITEMS", 10)
        if items < minimum:
            self.skipTest(f"{items} items: too few to judge coverage (< {minimum})")
        super().test_check_if_field_coverage_rules_are_met()


def binomial_cdf(k, n, p):
    """P(X <= k) for X ~ Binomial(n, p)."""
    p = min(max(p, 0.0), 1.0)
    return sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k + 1))


def coverage_drops(current, baseline_runs, fields, tolerance, alpha):
    """Fields whose coverage this run fell below the pooled baseline, beyond noise.

    ``current``: {"items": n, "fields": {field: count}}; ``baseline_runs``: the same for past
    runs. Returns a list of messages.
    """
    n = current.get("items", 0)
    base_n = sum(r.get("items", 0) for r in baseline_runs)
    if not n or not base_n:
        return []
    problems = []
    for field in fields:
        k = current.get("fields", {}).get(field, 0)
        base_k = sum(r.get("fields", {}).get(field, 0) for r in baseline_runs)
        p = (base_k + 1) / (base_n + 2)  # Laplace: a baseline of 100 % still allows rare misses
        share = k / n
        if share < p - tolerance and binomial_cdf(k, n, p) < alpha:
            problems.append(
                f"{field} coverage {share:.0%} ({k}/{n}) against {base_k / base_n:.0%} "
                f"over the last {len(baseline_runs)} runs"
            )
    return problems


@monitors.name("Coverage baseline")
class CoverageBaselineMonitor(BaseScrapyMonitor):
    """Field coverage against the last good runs kept in STATE_DIR (a rolling baseline)."""

    @monitors.name("Field coverage did not fall below the rolling baseline")
    def test_coverage_against_baseline(self):
        settings = self.crawler.settings
        stats = self.data.stats
        prefix = f"spidermon_item_scraped_count/{ITEM_TYPE}/"
        current = {
            "items": int(stats.get("item_scraped_count", 0)),
            "fields": {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix)},
        }
        if not current["items"]:
            self.skipTest("no items")
        runs = crawl_state.for_crawler(self.crawler).recent_runs(settings.getint("NEWSCRAWL_BASELINE_RUNS", 5) * 4)
        runs = [r["summary"] for r in runs if r["summary"].get("items")]
        runs = runs[: settings.getint("NEWSCRAWL_BASELINE_RUNS", 5)]
        if not runs:
            self.skipTest("no earlier good run in STATE_DIR yet")
        problems = coverage_drops(
            current,
            runs,
            settings.getlist("NEWSCRAWL_BASELINE_FIELDS", BASELINE_FIELDS),
            settings.getfloat("NEWSCRAWL_COVERAGE_TOLERANCE", 0.1),
            settings.getfloat("NEWSCRAWL_BASELINE_ALPHA", 0.01),
        )
        self.assertFalse(problems, "coverage fell: " + "; ".join(problems))


CHECKED_FIELDS = ("title", "lead", "authors", "published", "modified", "section", "tags", "image", "body")
VERDICTS = ("agree", "alone", "differ", "overruled")


def clue_problems(stats, max_share, min_pages):
    """Fields whose clues disagreed on more than max_share of the pages (differ + overruled),
    each named with the clues involved and one example URL."""
    problems = []
    for field in CHECKED_FIELDS:
        counts = {v: stats.get(f"newscrawl/clue_check/{field}/{v}", 0) for v in VERDICTS}
        checked, bad = sum(counts.values()), counts["differ"] + counts["overruled"]
        if checked < min_pages or bad <= max_share * checked:
            continue
        prefix = f"newscrawl/clue_check/{field}/clues/"
        clues = sorted(((k[len(prefix) :], v) for k, v in stats.items() if k.startswith(prefix)), key=lambda kv: -kv[1])
        example = stats.get(f"newscrawl/clue_check/{field}/example/overruled") or stats.get(
            f"newscrawl/clue_check/{field}/example/differ"
        )
        problems.append(
            f"{field}: clues disagree on {bad} of {checked} pages ({bad / checked:.0%}; overruled {counts['overruled']},"
            f" differ {counts['differ']}); chosen clue against {', '.join(f'{c} ({n})' for c, n in clues) or '-'};"
            f" e.g. {example}"
        )
    return problems


def markup_problems(stats, fields, min_share, min_pages):
    """Fields that the layouts' own markup answered on fewer than min_share of the pages: a
    selector that stopped matching (the other clues stand in, but the layout is no longer read)."""
    problems = []
    for field in fields:
        prefix = f"newscrawl/field_source/{field}/"
        sources = {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int)}
        pages = sum(sources.values())
        markup = sources.get("markup", 0)
        if pages < min_pages or markup >= min_share * pages:
            continue
        others = ", ".join(f"{s} {n}" for s, n in sorted(sources.items(), key=lambda kv: -kv[1]) if s != "markup")
        layouts = ", ".join(
            f"{k.rsplit('/', 1)[1]} {v}" for k, v in sorted(stats.items()) if k.startswith("newscrawl/layout/")
        )
        problems.append(
            f"{field}: the layout's markup answered {markup} of {pages} pages ({others}; layouts: "
            f"{layouts}); e.g. {stats.get(f'newscrawl/field_fallback_example/{field}')}"
        )
    return problems


@monitors.name("Clue checks")
class ClueCheckMonitor(BaseScrapyMonitor):
    """Several clues per field, checked against each other (pages/clues.py): a layout change shows
    as disagreeing clues or as markup that no longer answers, and the run is sick, naming the field."""

    @monitors.name("The clues of each field agree")
    def test_clues_agree(self):
        settings = self.crawler.settings
        problems = clue_problems(
            self.data.stats,
            settings.getfloat("NEWSCRAWL_CLUE_DISAGREE_MAX_SHARE", 0.2),
            settings.getint("NEWSCRAWL_CLUE_MIN_PAGES", 3),
        )
        self.assertFalse(problems, "; ".join(problems))

    @monitors.name("The layouts' markup answers title, lead and body")
    def test_markup_answers(self):
        settings = self.crawler.settings
        problems = markup_problems(
            self.data.stats,
            settings.getlist("NEWSCRAWL_MARKUP_FIELDS", ["title", "lead", "body"]),
            settings.getfloat("NEWSCRAWL_MARKUP_MIN_SHARE", 0.5),
            settings.getint("NEWSCRAWL_CLUE_MIN_PAGES", 3),
        )
        self.assertFalse(problems, "; ".join(problems))


@monitors.name("Sources")
class SourcesMonitor(BaseScrapyMonitor):
    """Every door that found articles in the last good run (listings, the RSS feed, the sitemap
    index and its sitemaps, the Google News sitemap) still lists some: a feed or sitemap that
    suddenly yields nothing is named, before the articles only it announced go missing."""

    @monitors.name("No source that yielded articles last time yields nothing now")
    def test_no_source_went_silent(self):
        prefix = "newscrawl/source_links/"
        current = {k[len(prefix) :]: v for k, v in self.data.stats.items() if k.startswith(prefix)}
        runs = [r["summary"] for r in crawl_state.for_crawler(self.crawler).recent_runs(5) if "sources" in r["summary"]]
        if not runs or not current:
            self.skipTest("no earlier good run with source counts in STATE_DIR yet")
        before = runs[0]["sources"]
        silent = [
            f"{door} (listed {before[door]} last time)"
            for door, n in sorted(current.items())
            if not n and before.get(door)
        ]
        self.assertFalse(silent, "sources yielded nothing: " + ", ".join(silent))


class RecordVerdict(Action):
    """Hands the failed monitors to run.status.RunStatus (verdict, status file, exit status)."""

    def __init__(self, crawler=None):
        super().__init__()
        self.crawler = crawler

    @classmethod
    def from_crawler_kwargs(cls, crawler):
        return {"crawler": crawler}

    def run_action(self):
        failures, problems = [], []
        for result in self.result.monitors_failed_results:
            if result.reason:  # an assertion: its message, its lines joined ("rules:" + its list)
                lines = [line.strip() for line in str(result.reason).splitlines() if line.strip()]
                detail = "".join(
                    line if not n else (" " if lines[n - 1].endswith(":") else "; ") + line
                    for n, line in enumerate(lines)
                )
            else:  # the monitor itself broke: the last line of its traceback
                detail = (str(result.error or "").strip().splitlines() or ["error"])[-1]
            failures.append(f"{result.monitor.name}: {detail}"[:500])
            # in words for last_run.json and the report: which monitor, an example URL, what to do
            problems.append(monitor_problem(result.monitor, detail[:1000]) | {"text": failures[-1]})
        if self.crawler is not None:
            previous = getattr(self.crawler, "newscrawl_monitor_failures", None) or []
            self.crawler.newscrawl_monitor_failures = previous + failures
            before = getattr(self.crawler, "newscrawl_monitor_problems", None) or []
            self.crawler.newscrawl_monitor_problems = before + problems


class RunMonitorSuite(MonitorSuite):
    monitors = [
        ArticlesMonitor,
        SourcesMonitor,
        MinItemsFieldCoverageMonitor,
        CoverageBaselineMonitor,
        ClueCheckMonitor,
        ItemValidationMonitor,
        ErrorCountMonitor,
        RetryCountMonitor,
        FinishReasonMonitor,
    ]
    monitors_finished_actions = [RecordVerdict]
