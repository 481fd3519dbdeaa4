"""A per-run HTML report beside the feed: what the run brought in, at a glance.

``RunReport`` is a Scrapy extension: it counts every scraped item (sections, publication hours,
field coverage, authors, tags, schema violations: small counters, never the items), and when a
local feed file is closed writes ``<feed name>.report.html`` next to it (``data/t3n/<time>.jsonl``
-> ``data/t3n/<time>.report.html``). The page is one self-contained file: inline CSS, bars drawn
with CSS, no scripts, no external assets, so it opens from a mail attachment or an artifact store.

Why not spidermon's report action: that needs a monitor suite, jinja2 templates and an action
per run; the numbers here come straight from the items, and the same code renders a report for
any existing feed:  ``python -m newscrawl.report data/t3n/<time>.jsonl``.
"""

import argparse
import gzip
import html
import json
import logging
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from w3lib.url import file_uri_to_path

from newscrawl.items import ARTICLE_FIELDS
from newscrawl.schemas import article_errors

logger = logging.getLogger(__name__)

FEED_SUFFIXES = (".gz", ".jsonl", ".jl", ".json", ".csv", ".parquet", ".xml")
TOP = 15
MAX_HOUR_BARS = 72  # a longer span (a backfill) is shown per day instead


def report_path(feed_path) -> Path:
    """``data/t3n/2024-01-01T06-00-00+00-00.jsonl.gz`` -> ``…+00-00.report.html``."""
    path = Path(feed_path)
    name = path.name
    while name.endswith(FEED_SUFFIXES):
        name = name.rsplit(".", 1)[0]
    return path.with_name(name + ".report.html")


def _filled(value) -> bool:
    return value not in (None, "", [], {})


class ReportData:
    """Counters for one run; ``add`` is O(1) in memory per distinct section/author/tag/hour."""

    def __init__(self, validate: bool = True):
        # False when spidermon's ItemValidationPipeline already validates every item against the
        # same schema: the report then takes its counts (set_validation_from_stats) instead of
        # paying for a second validation per item.
        self.validate = validate
        self.items = 0
        self.sections: Counter[str] = Counter()
        self.hours: Counter[str] = Counter()
        self.coverage: Counter[str] = Counter()
        self.authors: Counter[str] = Counter()
        self.tags: Counter[str] = Counter()
        self.flags: Counter[str] = Counter()
        self.invalid = 0
        self.errors: Counter[str] = Counter()
        # Per field: which clue answered and what the others said, this run and the last runs
        # ({"field_sources": {"title/markup": n}, "clue_checks": {"title/agree": n}} each).
        self.clues_now: dict | None = None
        self.clues_history: list[dict] = []

    def add(self, item) -> None:
        adapter = ItemAdapter(item)
        data = {name: adapter.get(name) for name in ARTICLE_FIELDS}
        self.items += 1
        self.sections[data["section"] or "(none)"] += 1
        published = data["published"]
        if isinstance(published, str) and len(published) >= 13:
            self.hours[published[:13]] += 1  # site-local wall clock, e.g. "2024-01-12T14"
        for name, value in data.items():
            if _filled(value):
                self.coverage[name] += 1
        self.authors.update(a for a in data["authors"] or [] if isinstance(a, str))
        self.tags.update(t for t in data["tags"] or [] if isinstance(t, str))
        self.flags["paywalled"] += data["paywalled"] is True
        self.flags["multi-page"] += (data["page_count"] or 1) > 1
        if data["change"]:
            self.flags[f"change: {data['change']}"] += 1
        errors = article_errors(data) if self.validate else None
        if errors:
            self.invalid += 1
            self.errors.update(e[:120] for e in errors)  # "field: message", counted per message

    def set_validation_from_stats(self, stats: dict) -> None:
        prefix = "spidermon/validation/fields/errors/"
        self.invalid = stats.get("spidermon/validation/items/errors", 0)
        self.errors = Counter()
        for key, count in stats.items():
            if key.startswith(prefix) and key.count("/") == 5:  # .../errors/<message>/<field>
                message, field_name = key[len(prefix) :].split("/")
                self.errors[f"{field_name}: {message.replace('_', ' ')}"] += count

    # -- rendering ---------------------------------------------------------------------------

    def _timeline(self):
        if len(self.hours) <= MAX_HOUR_BARS:
            return "Published per hour", sorted((f"{h[:10]} {h[11:13]}:00", n) for h, n in self.hours.items())
        days = Counter()
        for hour, n in self.hours.items():
            days[hour[:10]] += n
        return "Published per day", sorted(days.items())

    def render(self, meta: dict) -> str:
        esc = html.escape
        timeline_title, timeline = self._timeline()
        coverage = [(name, self.coverage[name] / self.items if self.items else 0.0) for name in ARTICLE_FIELDS]
        facts = [(k, v) for k, v in meta.items() if v not in (None, "")]
        facts += [("articles", f"{self.items:,}"), ("schema-invalid articles", f"{self.invalid:,}")]
        facts += [(k, f"{v:,}") for k, v in sorted(self.flags.items())]
        return _PAGE.format(
            title=esc(f"newscrawl report: {meta.get('spider', '')} {meta.get('started', '')}"),
            heading=esc(f"{meta.get('spider', 'crawl')}: {self.items:,} articles"),
            facts="".join(f"<tr><th>{esc(str(k))}</th><td>{esc(str(v))}</td></tr>" for k, v in facts),
            sections=_bars(self.sections.most_common(), "sections"),
            timeline_title=esc(timeline_title),
            timeline=_bars(timeline, "timeline", keep_order=True),
            coverage="".join(
                f'<tr class="{_coverage_class(share)}"><th>{esc(name)}</th>'
                f'<td class="bar"><span style="width:{share * 100:.1f}%"></span></td>'
                f"<td>{share:.0%}</td></tr>"
                for name, share in coverage
            ),
            authors=_bars(self.authors.most_common(TOP), "authors"),
            tags=_bars(self.tags.most_common(TOP), "tags"),
            errors=(
                "".join(f"<li>{esc(e)} ({n:,}×)</li>" for e, n in self.errors.most_common(10))
                or "<li>none: every article matches the schema</li>"
            ),
            clues=self._clues(),
            generated=esc(datetime.now(UTC).isoformat(timespec="seconds")),
        )

    def set_clues_from_stats(self, stats: dict, history=()) -> None:
        """This run's clue counts from the crawl stats; ``history``: earlier runs' summaries from
        the crawl state, oldest first."""

        def by(prefix):
            return {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int)}

        self.clues_now = {"field_sources": by("newscrawl/field_source/"), "clue_checks": by("newscrawl/clue_check/")}
        self.clues_history = [h for h in history if h.get("field_sources") or h.get("clue_checks")]

    def _clues(self) -> str:
        """Per field: which clue answered (share of pages), how often the clues disagreed, and the
        same for the last runs as a strip of bars (blue: read by the layout's markup; red: clues
        disagreed), so a layout change is a visible step."""
        if not self.clues_now or not self.clues_now["field_sources"]:
            return '<p class="empty" id="clues">no clue counts (a report made from a feed file)</p>'
        esc = html.escape
        runs = [*self.clues_history[-(CLUE_RUNS - 1) :], self.clues_now]
        rows = []
        for field in CLUE_FIELDS:
            sources = _field_counts(self.clues_now["field_sources"], field)
            checks = _field_counts(self.clues_now["clue_checks"], field)
            pages = sum(sources.values())
            if not pages:
                continue
            answered = " · ".join(
                f"{esc(k)} {v / pages:.0%}" for k, v in sorted(sources.items(), key=lambda kv: -kv[1])
            )
            checked = " · ".join(
                f"{esc(v)} {checks[v]:,}" for v in ("agree", "alone", "differ", "overruled") if checks.get(v)
            )
            bad = checks.get("differ", 0) + checks.get("overruled", 0)
            strip = "".join(_run_bar(run, field) for run in runs)
            rows.append(
                f'<tr class="{"bad" if bad > 0.2 * max(1, sum(checks.values())) else "ok"}"><th>{esc(field)}</th>'
                f'<td>{answered}</td><td>{checked or "-"}</td><td class="strip">{strip}</td></tr>'
            )
        head = (
            "<tr><th>field</th><th>answered by (this run)</th><th>clue check (this run)</th>"
            f"<th>last {len(runs)} runs: markup share, disagreements</th></tr>"
        )
        return f'<table class="clues" id="clues">{head}{"".join(rows)}</table>'


CLUE_FIELDS = ("title", "lead", "body", "authors", "published", "modified", "section", "tags", "image")
CLUE_RUNS = 12


def _field_counts(counts: dict, field: str) -> dict:
    """{"agree": 3, …} of one field from {"title/agree": 3, "title/clues/og": 1, …} (direct keys only)."""
    out = {}
    for key, n in counts.items():
        name, _, rest = key.partition("/")
        if name == field and rest and "/" not in rest:
            out[rest] = n
    return out


def _run_bar(run: dict, field: str) -> str:
    sources = _field_counts(run.get("field_sources", {}), field)
    checks = _field_counts(run.get("clue_checks", {}), field)
    pages, checked = sum(sources.values()), sum(checks.values())
    markup = sources.get("markup", 0) / pages if pages else 0
    bad = (checks.get("differ", 0) + checks.get("overruled", 0)) / checked if checked else 0
    return (
        f'<span class="run" title="markup {markup:.0%}, disagree {bad:.0%}">'
        f'<i class="m" style="height:{markup * 20:.0f}px"></i><i class="d" style="height:{bad * 20:.0f}px"></i></span>'
    )


def _coverage_class(share: float) -> str:
    return "full" if share >= 0.999 else "none" if share == 0 else "part"


def _bars(rows, css_id: str, keep_order: bool = False) -> str:
    rows = list(rows)
    if not rows:
        return f'<p class="empty" id="{css_id}">no data</p>'
    top = max(n for _, n in rows) or 1
    body = "".join(
        f'<tr><th>{html.escape(str(label))}</th><td class="bar"><span style="width:{n / top * 100:.1f}%">'
        f"</span></td><td>{n:,}</td></tr>"
        for label, n in rows
    )
    return f'<table class="bars" id="{css_id}">{body}</table>'


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
 body {{ font: 15px/1.4 system-ui, sans-serif; margin: 24px auto; max-width: 1100px; color: #1d2430; padding: 0 16px; }}
 h1 {{ font-size: 24px; margin: 0 0 16px; }} h2 {{ font-size: 17px; margin: 0 0 8px; }}
 .grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }}
 section {{ background: #f5f7fa; border: 1px solid #dde3ea; border-radius: 8px; padding: 12px 16px; }}
 section.wide {{ grid-column: 1 / -1; }}
 table {{ border-collapse: collapse; width: 100%; }}
 th {{ text-align: left; font-weight: 500; padding: 2px 8px 2px 0; white-space: nowrap; max-width: 260px;
      overflow: hidden; text-overflow: ellipsis; }}
 td {{ padding: 2px 0 2px 8px; text-align: right; white-space: nowrap; }}
 td.bar {{ width: 60%; text-align: left; }}
 td.bar span {{ display: block; height: 14px; background: #3b7dd8; border-radius: 3px; min-width: 2px; }}
 tr.part td.bar span {{ background: #e0a030; }} tr.none td.bar span {{ background: #d04040; }}
 .facts th {{ color: #5a6472; }} .facts td {{ text-align: left; }}
 footer {{ color: #7a8492; font-size: 12px; margin-top: 16px; }}
 table.clues td {{ text-align: left; font-size: 13px; }} table.clues tr.bad th {{ color: #d04040; font-weight: 700; }}
 td.strip {{ white-space: nowrap; }}
 span.run {{ display: inline-flex; align-items: flex-end; height: 22px; margin-right: 3px; gap: 1px; }}
 span.run i {{ display: inline-block; width: 5px; min-height: 1px; }} i.m {{ background: #3b7dd8; }} i.d {{ background: #d04040; }}
</style></head>
<body>
<h1>{heading}</h1>
<div class="grid">
<section><h2>Run</h2><table class="facts" id="facts">{facts}</table></section>
<section><h2>Articles per section</h2>{sections}</section>
<section class="wide"><h2>{timeline_title}</h2>{timeline}</section>
<section><h2>Field coverage</h2><table class="bars" id="coverage">{coverage}</table></section>
<section><h2>Schema violations</h2><ul id="errors">{errors}</ul></section>
<section><h2>Top authors</h2>{authors}</section>
<section><h2>Top tags</h2>{tags}</section>
<section class="wide"><h2>Clues per field</h2>{clues}</section>
</div>
<footer>newscrawl · generated {generated} · the field schema is newscrawl/schemas/article.json</footer>
</body></html>
"""


def _local_path(uri: str) -> Path | None:
    """The file a feed URI writes to, or None for stdout / S3 / FTP feeds."""
    if uri.startswith("file://"):
        return Path(file_uri_to_path(uri))
    if uri in ("-",) or uri.startswith("stdout:"):
        return None
    scheme = urlparse(uri).scheme
    return Path(uri) if scheme == "" or len(scheme) == 1 else None  # "" or a Windows drive


# spidermon's validation pipeline, or ours with the schema compiled (newscrawl/validation.py)
VALIDATION_PIPELINES = (
    "spidermon.contrib.scrapy.pipelines.ItemValidationPipeline",
    "newscrawl.validation.ItemValidationPipeline",
)


class RunReport:
    """Scrapy extension (EXTENSIONS); ``NEWSCRAWL_REPORT_ENABLED = False`` turns it off."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.data = ReportData()
        self.reason = None
        self.written = set()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("NEWSCRAWL_REPORT_ENABLED", True):
            raise NotConfigured
        ext = cls(crawler)
        pipelines = crawler.settings.getwithbase("ITEM_PIPELINES")
        ext.data.validate = not (
            crawler.settings.getbool("SPIDERMON_ENABLED")
            and crawler.settings.get("SPIDERMON_VALIDATION_SCHEMAS")
            and any(pipelines.get(path) is not None for path in VALIDATION_PIPELINES)
        )
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def item_scraped(self, item, spider):
        self.data.add(item)

    def spider_closed(self, spider, reason):
        self.reason = reason

    def feed_slot_closed(self, slot):
        feed = _local_path(slot.uri)
        if feed is None:
            return
        target = report_path(feed)
        if target in self.written:  # articles.csv and articles.parquet of one run: one report
            return
        stats = self.crawler.stats.get_stats()
        if not self.data.validate:
            self.data.set_validation_from_stats(stats)
        self.data.set_clues_from_stats(stats, self._history())
        started = stats.get("start_time")
        meta = {
            "spider": self.crawler.spider.name if self.crawler.spider else "",
            "started": started.isoformat(timespec="seconds") if started else "",
            "finish reason": self.reason or stats.get("finish_reason"),
            "feed": str(feed),
            "items written to feed": f"{slot.itemcount:,}",
            "pages fetched": f"{stats.get('response_received_count', 0):,}",
            "items dropped": f"{stats.get('item_dropped_count', 0):,}",
            "errors logged": f"{stats.get('log_count/ERROR', 0):,}",
        }
        meta.update(
            {
                k.replace("item_dropped_reasons_count/", "dropped: "): v
                for k, v in stats.items()
                if k.startswith("item_dropped_reasons_count/")
            }
        )
        try:
            target.write_text(self.data.render(meta), encoding="utf-8")
        except OSError as exc:  # a report must never fail the run
            logger.warning("could not write the run report %s: %s", target, exc)
            return
        self.written.add(target)
        logger.info("run report: %s", target)

    def _history(self):
        """Earlier runs' clue counts from the crawl state (oldest first); none without a state."""
        try:
            from newscrawl import state as crawl_state

            runs = crawl_state.for_crawler(self.crawler).recent_runs(CLUE_RUNS - 1, verdicts=("ok", "sick"))
        except Exception as exc:  # a report must never fail the run
            logger.debug("no run history for the report: %s", exc)
            return []
        return [r["summary"] for r in reversed(runs)]


def _read_feed(path: Path):
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                yield json.loads(line)
            except ValueError:
                continue  # the cut-off last line of a killed run


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Render the HTML report of a JSON Lines feed.")
    parser.add_argument("feed", type=Path)
    parser.add_argument("-o", "--output", type=Path, help="default: <feed>.report.html beside it")
    args = parser.parse_args(argv)
    data = ReportData()
    for record in _read_feed(args.feed):
        data.add(record)
    target = args.output or report_path(args.feed)
    target.write_text(data.render({"spider": "feed", "feed": str(args.feed)}), encoding="utf-8")
    print(target, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
