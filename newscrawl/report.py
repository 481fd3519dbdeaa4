"""A per-run HTML report beside each feed file: how the run went, and what it brought in.

``RunReport`` is a Scrapy extension: it counts every scraped item (sections, publication hours,
field coverage, authors, tags, schema violations: small counters, never the items). At the end of
the run, once the verdict is known, ``run.status.RunStatus`` has it write the report (see there
for the order of Scrapy's signals: the monitors run at ``spider_closed``, the feeds are stored
after them, the verdict is complete at ``feed_exporter_closed``). The report tells the run's
story from the top: the verdict and every problem in words (what failed, which check found it,
an example URL, what to do; a run that reached nothing says why), then the run's numbers (pages,
drops once per reason), articles over time (bins that fit the span: hours up to two days, days
up to two months, weeks up to two years, months beyond), sections, field coverage, schema
violations, authors, tags, and per field which clue answered, this run and the last runs, each
run labelled with its start.

Names: ``<feed file>.report.html`` beside each local feed file (``data/t3n/<time>.jsonl`` ->
``data/t3n/<time>.jsonl.report.html``; ``-O a.csv -O a.parquet`` -> ``a.csv.report.html`` and
``a.parquet.report.html``); a batched feed gets one report, named after its first file. A run
never overwrites another run's report: a report an earlier run left under that name (``-O a.csv``
run again) is kept first as ``<feed file>.<its run id>.report.html``. Written whole or not at all
(a temporary file renamed into place): a full disk leaves no empty or torn report.

The page is one self-contained file: inline CSS, bars drawn with CSS, no scripts, no external
assets, so it opens from a mail attachment or an artifact store. The same code renders a report
for any existing feed (no verdict then): ``python -m newscrawl.report data/t3n/<time>.jsonl``.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import logging
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from w3lib.url import file_uri_to_path

from newscrawl.diskspace import is_disk_full
from newscrawl.feedstorage import write_atomic
from newscrawl.items import ARTICLE_FIELDS
from newscrawl.run.disk import disk_full
from newscrawl.run.problems import drop_reasons
from newscrawl.schemas import article_errors

logger = logging.getLogger(__name__)

REPORT_SUFFIX = ".report.html"
TOP = 15
CLUE_FIELDS = ("title", "lead", "body", "authors", "published", "modified", "section", "tags", "image")
CLUE_RUNS = 12
_RUN_META = re.compile(rb'<meta name="newscrawl-run" content="([^"]+)">')


def report_path(feed_path: str | os.PathLike[str]) -> Path:
    """``data/t3n/2024-01-01T06-00-00+00-00.jsonl`` -> ``…+00-00.jsonl.report.html``: one report
    per feed file (``a.csv`` and ``a.parquet`` of one run never share one)."""
    path = Path(feed_path)
    return path.with_name(path.name + REPORT_SUFFIX)


def _filled(value: Any) -> bool:
    return value not in (None, "", [], {})


# --- time bins ----------------------------------------------------------------------------------

HOUR_SPAN = timedelta(hours=48)  # up to ~2 days: per hour
DAY_SPAN = timedelta(days=62)  # up to ~2 months: per day
WEEK_SPAN = timedelta(days=731)  # up to ~2 years: per week (Mondays); beyond: per month
OUTLIER_SHARE = 0.02  # the oldest and newest 2 % may fall into "before" / "after" columns (time_bins)


def time_bins(hours: Counter[str]) -> tuple[str, list[tuple[str, int]]]:
    """Articles over time in bins that fit the span: ``(unit, [(label, count), …])``, every bin
    of the span (empty ones too, a gap is information). ``hours``: {"2024-01-12T14": n} (site
    time). A few articles far from the rest (an old article updated) do not stretch the span:
    the oldest and the newest 2 % (at least one each, from ten articles on) that lie further from
    the others than the others span go to one "before …" / "after …" column."""
    parsed = sorted((datetime.strptime(h, "%Y-%m-%dT%H"), n) for h, n in hours.items() if _hour_key(h))
    if not parsed:
        return "hour", []
    total = sum(n for _, n in parsed)
    cut = max(1, int(total * OUTLIER_SHARE)) if total >= 10 else 0
    low, high = _quantile_hour(parsed, cut), _quantile_hour(list(reversed(parsed)), cut)
    bulk = high - low
    if low - parsed[0][0] <= bulk:  # no long tail before the bulk: the oldest articles in the bins
        low = parsed[0][0]
    if parsed[-1][0] - high <= bulk:  # nor after it
        high = parsed[-1][0]
    span = high - low
    unit = "hour" if span <= HOUR_SPAN else "day" if span <= DAY_SPAN else "week" if span <= WEEK_SPAN else "month"
    floor, step, label = _UNITS[unit]
    counts: Counter[datetime] = Counter()
    before = after = 0
    for t, n in parsed:
        if t < low:
            before += n
        elif t > high:
            after += n
        else:
            counts[floor(t)] += n
    bins = []
    t = floor(low)
    while t <= high:
        bins.append((label(t), counts.get(t, 0)))
        t = step(t)
    if before:
        bins.insert(0, (f"before {label(floor(low))}", before))
    if after:
        bins.append((f"after {label(floor(high))}", after))
    return unit, bins


def _hour_key(value: str) -> bool:
    try:
        datetime.strptime(value, "%Y-%m-%dT%H")
    except ValueError:
        return False
    return True


def _quantile_hour(parsed: list[tuple[datetime, int]], cut: int) -> datetime:
    """The first hour after the first ``cut`` articles of ``parsed``."""
    seen = 0
    for t, n in parsed:
        seen += n
        if seen > cut:
            return t
    return parsed[-1][0]


def _next_month(t: datetime) -> datetime:
    return t.replace(year=t.year + t.month // 12, month=t.month % 12 + 1)


_UNIT_NOTE = {"hour": " (site time)", "week": " (weeks from Monday)"}
# unit -> (the bin a time falls in, the next bin, the bin's label)
_UNITS = {
    "hour": (lambda t: t.replace(minute=0), lambda t: t + timedelta(hours=1), lambda t: f"{t:%Y-%m-%d %H}:00"),
    "day": (lambda t: t.replace(hour=0), lambda t: t + timedelta(days=1), lambda t: f"{t:%Y-%m-%d}"),
    "week": (
        lambda t: (t - timedelta(days=t.weekday())).replace(hour=0),
        lambda t: t + timedelta(days=7),
        lambda t: f"{t:%Y-%m-%d}",  # the week's Monday
    ),
    "month": (lambda t: t.replace(day=1, hour=0), _next_month, lambda t: f"{t:%Y-%m}"),
}


# --- the counters -------------------------------------------------------------------------------


# The kinds of block whose share of articles the report shows (docs/article-structure.md).
STRUCTURE_KINDS = {
    "heading": "subheadings",
    "list_item": "lists",
    "quote": "quotes",
    "table": "tables",
    "embed": "embeds (posts, videos)",
    "image": "images in the body",
}


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
        # The article's structure: articles with each kind of block, and blocks, images and
        # links in all; the hosts the articles cite (links to other sites).
        self.structure: Counter[str] = Counter()
        self.parts: Counter[str] = Counter()
        self.cited: Counter[str] = Counter()
        self.invalid = 0
        self.errors: Counter[str] = Counter()
        # Per field: which clue answered and what the others said, this run and the last runs
        # ({"field_sources": {"title/markup": n}, "clue_checks": {"title/agree": n}} each).
        self.clues_now: dict | None = None
        self.clues_history: list[dict] = []  # {"started": ISO time, "summary": {…}}, oldest first

    def add(self, item: Any) -> None:
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
        self._add_structure(data)
        errors = article_errors(data) if self.validate else None
        if errors:
            self.invalid += 1
            self.errors.update(e[:120] for e in errors)  # "field: message", counted per message

    def _add_structure(self, data: dict) -> None:
        blocks = [b for b in data.get("blocks") or [] if isinstance(b, dict)]
        self.structure.update({str(b.get("type")) for b in blocks} & STRUCTURE_KINDS.keys())
        self.parts["blocks"] += len(blocks)
        self.parts["images"] += len(data.get("images") or [])
        links = [link for link in data.get("links") or [] if isinstance(link, dict)]
        self.parts["links"] += len(links)
        self.parts["links to t3n articles"] += sum(1 for link in links if link.get("article_id"))
        for link in links:
            host = urlparse(str(link.get("url") or "")).hostname
            if host and not link.get("article_id"):
                self.cited[host.removeprefix("www.")] += 1

    def _structure(self) -> str:
        """Articles with headings, lists, quotes, tables, embeds and images in the body (share of
        the run's articles), and blocks, images and links per article."""
        esc = html.escape
        rows = []
        for kind, label in STRUCTURE_KINDS.items():
            share = self.structure[kind] / self.items
            rows.append(
                f"<tr><th>{esc(label)}</th>"
                f'<td class="bar"><span style="width:{share * 100:.1f}%"></span></td><td>{share:.0%}</td></tr>'
            )
        per = " · ".join(f"{esc(k)} {v / self.items:.1f}" for k, v in self.parts.items())
        return f'<table class="bars" id="structure">{"".join(rows)}</table><p class="per">per article: {per}</p>'

    def set_validation_from_stats(self, stats: dict) -> None:
        prefix = "spidermon/validation/fields/errors/"
        self.invalid = stats.get("spidermon/validation/items/errors", 0)
        self.errors = Counter()
        for key, count in stats.items():
            if key.startswith(prefix) and key.count("/") == 5:  # .../errors/<message>/<field>
                message, field_name = key[len(prefix) :].split("/")
                self.errors[f"{field_name}: {message.replace('_', ' ')}"] += count

    def set_clues_from_stats(self, stats: dict, history: Iterable[dict] = ()) -> None:
        """This run's clue counts from the crawl stats; ``history``: earlier runs from the crawl
        state, oldest first, each ``{"started": ISO time, "summary": {...}}`` (a bare summary is
        taken too, without a label)."""

        def by(prefix: str) -> dict:
            return {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int)}

        self.clues_now = {"field_sources": by("newscrawl/field_source/"), "clue_checks": by("newscrawl/clue_check/")}
        runs: list[dict] = [h if "summary" in h else {"started": None, "summary": h} for h in history]
        self.clues_history = [r for r in runs if r["summary"].get("field_sources") or r["summary"].get("clue_checks")]

    # -- rendering ---------------------------------------------------------------------------

    def render(self, meta: dict, verdict: dict | None = None) -> str:
        """The page. ``meta``: the run's facts, in order; ``verdict``: {"verdict", "problems"
        (details, see run.problems), "exit status"} of a crawl, None for a report of a feed file."""
        esc = html.escape
        facts = [(k, v) for k, v in meta.items() if v not in (None, "") and not k.startswith("_")]
        facts += [("articles", f"{self.items:,}"), ("schema-invalid articles", f"{self.invalid:,}")]
        facts += [(k, f"{v:,}") for k, v in sorted(self.flags.items()) if v]
        nothing = '<p class="empty" id="{}">no articles in this run</p>'
        unit, bins = time_bins(self.hours)
        state = (verdict or {}).get("verdict")
        badge = f' <span class="badge {esc(state)}">{esc(state.upper())}</span>' if state else ""
        return _PAGE.format(
            title=esc(f"newscrawl report: {meta.get('spider', '')} {meta.get('started', '')}"),
            run_meta=esc(str(meta.get("_run_id") or meta.get("run id") or "")),
            heading=esc(f"{meta.get('spider', 'crawl')}: {self.items:,} articles") + badge,
            verdict=_verdict(verdict),
            facts="".join(f"<tr><th>{esc(str(k))}</th><td>{esc(str(v))}</td></tr>" for k, v in facts),
            sections=_bars(self.sections.most_common(), "sections") if self.items else nothing.format("sections"),
            timeline_title=esc(f"Published per {unit}" + _UNIT_NOTE.get(unit, "")),
            timeline=_columns(bins, unit) if bins else nothing.format("timeline"),
            coverage=self._coverage() if self.items else nothing.format("coverage"),
            authors=_bars(self.authors.most_common(TOP), "authors") if self.items else nothing.format("authors"),
            tags=_bars(self.tags.most_common(TOP), "tags") if self.items else nothing.format("tags"),
            structure=self._structure() if self.items else nothing.format("structure"),
            cited=_bars(self.cited.most_common(TOP), "cited") if self.cited else nothing.format("cited"),
            errors=(
                "".join(f"<li>{esc(e)} ({n:,}×)</li>" for e, n in self.errors.most_common(10))
                or (
                    "<li>none: every article matches the schema</li>"
                    if self.items
                    else "<li>none (no articles in this run)</li>"
                )
            ),
            clues=self._clues(),
            generated=esc(datetime.now(UTC).isoformat(timespec="seconds")),
        )

    def _coverage(self) -> str:
        rows = []
        for name in ARTICLE_FIELDS:
            share = self.coverage[name] / self.items
            rows.append(
                f'<tr class="{_coverage_class(share)}"><th>{html.escape(name)}</th>'
                f'<td class="bar"><span style="width:{share * 100:.1f}%"></span></td>'
                f"<td>{share:.0%}</td></tr>"
            )
        return f'<table class="bars" id="coverage">{"".join(rows)}</table>'

    def _clues(self) -> str:
        """Per field: which clue answered (share of pages), how often the clues disagreed, and the
        same for the last runs, one column per run labelled with its start (blue: read by the
        layout's markup; red: clues disagreed), so a layout change is a visible step."""
        if self.clues_now is None:
            return '<p class="empty" id="clues">no clue counts (a report made from a feed file)</p>'
        if not self.clues_now["field_sources"]:
            return '<p class="empty" id="clues">no article page was read in this run</p>'
        esc = html.escape
        runs = [*self.clues_history[-(CLUE_RUNS - 1) :], {"started": "this run", "summary": self.clues_now}]
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
            strip = "".join(f'<td class="run">{_run_bar(run["summary"], field)}</td>' for run in runs)
            rows.append(
                f'<tr class="{"bad" if bad > 0.2 * max(1, sum(checks.values())) else "ok"}"><th>{esc(field)}</th>'
                f"<td>{answered}</td><td>{checked or '-'}</td>{strip}</tr>"
            )
        labels = "".join(f'<th class="run">{_run_label(run["started"])}</th>' for run in runs)
        head = f"<tr><th>field</th><th>answered by (this run)</th><th>clue check (this run)</th>{labels}</tr>"
        caption = (
            f"<caption>the last {len(runs)} runs, by start (UTC): "
            '<i class="m"></i> markup share, <i class="d"></i> clues disagree</caption>'
        )
        return f'<table class="clues" id="clues">{caption}{head}{"".join(rows)}</table>'


def _run_label(started: str | None) -> str:
    """``2024-05-01T06:00:00+00:00`` -> two lines, date and time (UTC)."""
    if not started:
        return "?"
    if started == "this run":
        return "this<br>run"
    try:
        t = datetime.fromisoformat(started).astimezone(UTC)
    except ValueError:
        return html.escape(started[:16])
    return f"{t:%m-%d}<br>{t:%H:%M}" if t.year == datetime.now(UTC).year else f"{t:%Y-%m-%d}<br>{t:%H:%M}"


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


def _bars(rows: Iterable[tuple[Any, int]], css_id: str) -> str:
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


def _columns(bins: list[tuple[str, int]], unit: str) -> str:
    """A column chart: one column per bin (its label and count on hover), ~6 labels under it."""
    esc = html.escape
    top = max(n for _, n in bins) or 1
    cols = "".join(
        f'<span class="col{" out" if label.startswith(("before ", "after ")) else ""}" title="{esc(label)}: {n:,}">'
        f'<i style="height:{n / top * 100:.1f}%"></i></span>'
        for label, n in bins
    )
    every = max(1, -(-len(bins) // 6))
    ticks = "".join(
        f'<span style="left:{(i + 0.5) / len(bins) * 100:.2f}%"{" class=first" if i == 0 else ""}>{esc(label)}</span>'
        for i, (label, _) in enumerate(bins)
        if i % every == 0
    )
    total = sum(n for _, n in bins)
    return (
        f'<div class="chart" id="timeline"><div class="scale">{top:,} per {esc(unit)} at most · '
        f"{len(bins):,} {esc(unit)}s · {total:,} articles</div>"
        f'<div class="cols">{cols}</div><div class="axis">{ticks}</div></div>'
    )


def _verdict(verdict: dict | None) -> str:
    """The top of the page: the verdict, and every problem in words."""
    esc = html.escape
    if verdict is None:
        return (
            '<section class="wide verdict none" id="verdict"><h2>No verdict</h2>'
            "<p>A report made from a feed file: the run's checks are in its STATE_DIR/last_run.json.</p></section>"
        )
    state = verdict.get("verdict") or "unknown"
    problems = verdict.get("problems") or []
    facts = " · ".join(f"{esc(k)}: {esc(str(v))}" for k, v in (verdict.get("facts") or {}).items())
    if state == "ok" and not problems:
        text = "<p>The run finished normally and every check passed.</p>"
    elif state == "unknown":
        text = "<p>No verdict: run.status.RunStatus is not enabled, the run's checks were not collected.</p>"
    else:
        items = []
        for p in problems:
            parts = [f'<p class="what">{esc(p.get("what") or p.get("text") or "")}</p><dl>']
            if p.get("source"):
                parts.append(f"<dt>found by</dt><dd>{esc(p['source'])}</dd>")
            if p.get("example"):
                url = esc(p["example"])
                parts.append(f'<dt>example</dt><dd><a href="{url}">{url}</a></dd>')
            if p.get("todo"):
                parts.append(f"<dt>what to do</dt><dd>{esc(p['todo'])}</dd>")
            items.append("<li>" + "".join(parts) + "</dl></li>")
        count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        text = f'<p>{count}, the first says most:</p><ol id="problems">{"".join(items)}</ol>'
    return (
        f'<section class="wide verdict {esc(state)}" id="verdict"><h2>Verdict: {esc(state.upper())}</h2>'
        f"{text}" + (f'<p class="facts">{facts}</p>' if facts else "") + "</section>"
    )


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="newscrawl-run" content="{run_meta}">
<title>{title}</title>
<style>
 body {{ font: 15px/1.4 system-ui, sans-serif; margin: 24px auto; max-width: 1100px; color: #1d2430; padding: 0 16px; }}
 h1 {{ font-size: 24px; margin: 0 0 16px; }} h2 {{ font-size: 17px; margin: 0 0 8px; }}
 .badge {{ font-size: 15px; padding: 2px 10px; border-radius: 12px; vertical-align: middle; color: #fff; }}
 .badge.ok {{ background: #2e8b57; }} .badge.sick {{ background: #c0392b; }}
 .grid {{ display: grid; grid-template-columns: 1fr 1fr; gap: 16px; }}
 section {{ background: #f5f7fa; border: 1px solid #dde3ea; border-radius: 8px; padding: 12px 16px; min-width: 0; }}
 section.wide {{ grid-column: 1 / -1; }}
 section.verdict.ok {{ background: #eef8f1; border-color: #9fd3b0; }}
 section.verdict.sick {{ background: #fdf0ee; border-color: #e6a59c; }}
 section.verdict p {{ margin: 4px 0; }} section.verdict ol {{ margin: 6px 0; padding-left: 22px; }}
 section.verdict li {{ margin-bottom: 8px; }} section.verdict p.what {{ font-weight: 600; }}
 section.verdict dl {{ display: grid; grid-template-columns: max-content 1fr; gap: 0 10px; margin: 2px 0; font-size: 14px; }}
 section.verdict dt {{ color: #5a6472; }} section.verdict dd {{ margin: 0; overflow-wrap: anywhere; }}
 section.verdict p.facts {{ color: #5a6472; font-size: 13px; }}
 table {{ border-collapse: collapse; width: 100%; }}
 th {{ text-align: left; font-weight: 500; padding: 2px 8px 2px 0; white-space: nowrap; max-width: 260px;
      overflow: hidden; text-overflow: ellipsis; }}
 td {{ padding: 2px 0 2px 8px; text-align: right; white-space: nowrap; }}
 td.bar {{ width: 60%; text-align: left; }}
 td.bar span {{ display: block; height: 14px; background: #3b7dd8; border-radius: 3px; min-width: 2px; }}
 tr.part td.bar span {{ background: #e0a030; }} tr.none td.bar span {{ background: #d04040; }}
 .facts th {{ color: #5a6472; }} .facts td {{ text-align: left; white-space: normal; overflow-wrap: anywhere; }}
 .empty {{ color: #7a8492; }} p.per {{ color: #5a6472; font-size: 13px; margin: 6px 0 0; }}
 .chart .scale {{ color: #5a6472; font-size: 12px; }}
 .chart .cols {{ display: flex; align-items: flex-end; height: 120px; gap: 1px; border-bottom: 1px solid #9aa4b2; }}
 .chart .col {{ flex: 1 1 0; height: 100%; display: flex; align-items: flex-end; min-width: 1px; }}
 .chart .col i {{ display: block; width: 100%; background: #3b7dd8; min-height: 1px; }}
 .chart .axis {{ position: relative; height: 18px; font-size: 11px; color: #5a6472; }}
 .chart .axis span {{ position: absolute; transform: translateX(-50%); white-space: nowrap; }}
 .chart .axis span.first {{ left: 0 !important; transform: none; }} .chart .col.out i {{ background: #9aa4b2; }}
 footer {{ color: #7a8492; font-size: 12px; margin-top: 16px; }}
 table.clues td {{ text-align: left; font-size: 13px; }} table.clues tr.bad th {{ color: #d04040; font-weight: 700; }}
 table.clues caption {{ text-align: left; font-size: 12px; color: #5a6472; padding-bottom: 4px; }}
 table.clues th.run {{ font-size: 10px; line-height: 1.1; color: #5a6472; text-align: center; padding: 0 2px; }}
 table.clues td.run {{ padding: 0 2px; text-align: center; }}
 span.run {{ display: inline-flex; align-items: flex-end; height: 22px; gap: 1px; }}
 span.run i, caption i {{ display: inline-block; width: 5px; min-height: 1px; }} caption i {{ height: 9px; }}
 i.m {{ background: #3b7dd8; }} i.d {{ background: #d04040; }}
</style></head>
<body>
<h1>{heading}</h1>
<div class="grid">
{verdict}
<section><h2>Run</h2><table class="facts" id="facts">{facts}</table></section>
<section><h2>Articles per section</h2>{sections}</section>
<section class="wide"><h2>{timeline_title}</h2>{timeline}</section>
<section><h2>Field coverage</h2>{coverage}</section>
<section><h2>Schema violations</h2><ul id="errors">{errors}</ul></section>
<section><h2>Top authors</h2>{authors}</section>
<section><h2>Top tags</h2>{tags}</section>
<section><h2>Structure of the articles</h2>{structure}</section>
<section><h2>Most-cited sites (links in the text)</h2>{cited}</section>
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


def keep_earlier_report(target: Path, run_id: str) -> Path | None:
    """A report another run left at ``target`` is kept as ``<feed file>.<its run id>.report.html``
    (a hard link, so ``target`` can then be replaced in one step); returns where it went."""
    try:
        with target.open("rb") as fh:
            head = fh.read(2048)
        stamp = datetime.fromtimestamp(target.stat().st_mtime, UTC).strftime("%Y%m%dT%H%M%SZ")
    except OSError:
        return None
    found = _RUN_META.search(head)
    earlier = found.group(1).decode("ascii", "replace") if found and found.group(1) else stamp
    if earlier == run_id:
        return None
    base = target.name[: -len(REPORT_SUFFIX)]
    for n in range(100):
        kept = target.with_name(f"{base}.{earlier}{f'-{n}' if n else ''}{REPORT_SUFFIX}")
        try:
            os.link(target, kept)  # never replaces a file (FileExistsError)
            return kept
        except FileExistsError:
            continue
        except OSError:  # no hard links here: a rename that checks first
            if not kept.exists():
                os.rename(target, kept)
                return kept
    return None


class RunReport:
    """Scrapy extension (EXTENSIONS); ``NEWSCRAWL_REPORT_ENABLED = False`` turns it off.

    Counts the items as they are scraped and notes the feed files as they are stored; writes the
    reports when ``run.status.RunStatus`` hands it the verdict (``write_reports``), or, without
    RunStatus, when the engine stops."""

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.data = ReportData()
        self.reason: str | None = None
        self.feeds: dict[str, dict] = {}  # feed template -> its first local file, items in all its files
        self.written: list[str] = []
        self.done = False

    @classmethod
    def from_crawler(cls, crawler: Any) -> RunReport:
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
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        crawler.newscrawl_report = ext  # run.status.RunStatus calls write_reports with the verdict
        return ext

    def item_scraped(self, item: Any, spider: Any) -> None:
        self.data.add(item)

    def spider_closed(self, spider: Any, reason: str) -> None:
        self.reason = reason

    def feed_slot_closed(self, slot: Any) -> None:
        feed = _local_path(slot.uri)
        if feed is None:
            return
        template = str(getattr(slot, "uri_template", slot.uri))
        entry = self.feeds.setdefault(template, {"path": feed, "items": 0, "files": 0, "stored": True})
        entry["items"] += slot.itemcount
        entry["files"] += 1
        if getattr(slot.storage, "stored", None) is False:
            entry["stored"] = False

    def engine_stopped(self) -> None:
        if not self.done:  # no RunStatus in this crawl: a report without a verdict
            self.write_reports(verdict=None, problems=[], run={})

    def write_reports(self, verdict: str | None, problems: list[dict], run: dict) -> list[str]:
        """One report per local feed (``<feed file>.report.html``), the verdict at its top;
        returns the paths written. A full disk is named (run.disk) and leaves no report file."""
        self.done = True
        stats = self.crawler.stats.get_stats()
        if not self.data.validate:
            self.data.set_validation_from_stats(stats)
        self.data.set_clues_from_stats(stats, self._history())
        run_id = str(run.get("run id") or stats.get("newscrawl/run_id") or "")
        for feed in self.feeds.values():
            target = report_path(feed["path"])
            page = self.data.render(
                self._meta(stats, feed, run),
                {"verdict": verdict or "unknown", "problems": problems, "facts": self._verdict_facts(run)},
            )
            try:
                if run_id:
                    keep_earlier_report(target, run_id)
                write_atomic(target, page.encode("utf-8"))
            except OSError as exc:  # a report must never fail the run
                if is_disk_full(exc):
                    disk_full(
                        self.crawler,
                        target,
                        exc,
                        what="run report",
                        consequence="the run report was not written (the feeds and the crawl state are not affected)",
                    )
                else:
                    logger.warning("could not write the run report %s: %s", target, exc)
                continue
            self.written.append(str(target))
            logger.info("run report: %s", target)
        return list(self.written)

    @staticmethod
    def _verdict_facts(run: dict) -> dict:
        return {k: v for k, v in run.items() if k in ("exit status", "recorded in the crawl state")}

    def _meta(self, stats: dict, feed: dict, run: dict) -> dict:
        started = stats.get("start_time")
        dropped = drop_reasons(stats)
        failed = sum(
            n
            for k, n in stats.items()
            if k.startswith("downloader/exception_type_count/") and not k.endswith("IgnoreRequest")
        )
        meta = {
            "_run_id": run.get("run id") or stats.get("newscrawl/run_id"),
            "spider": self.crawler.spider.name if self.crawler.spider else "",
            "run id": run.get("run id") or stats.get("newscrawl/run_id"),
            "started": started.isoformat(timespec="seconds") if started else "",
            "finish reason": self.reason or stats.get("finish_reason"),
            "feed": str(feed["path"]) + (f" (first of {feed['files']} files)" if feed["files"] > 1 else ""),
            "items written to feed": f"{feed['items']:,}" + ("" if feed["stored"] else " (not stored)"),
            "requests": f"{stats.get('downloader/request_count', 0):,}",
            "pages fetched": f"{stats.get('response_received_count', 0):,}",
            "requests failed": f"{failed:,}",
            "refused by robots.txt": f"{stats.get('robotstxt/forbidden', 0):,}",
            "items dropped": f"{sum(dropped.values()):,}",
        }
        meta.update({f"dropped: {reason}": f"{n:,}" for reason, n in dropped.items()})
        meta["errors logged"] = f"{stats.get('log_count/ERROR', 0):,}"
        for key, value in list(meta.items()):
            if key in ("requests failed", "refused by robots.txt") and value == "0":
                del meta[key]
        return meta

    def _history(self) -> list[dict]:
        """Earlier runs' clue counts from the crawl state (oldest first); none without a state."""
        try:
            from newscrawl import state as crawl_state

            runs = crawl_state.for_crawler(self.crawler).recent_runs(CLUE_RUNS - 1, verdicts=("ok", "sick"))
        except Exception as exc:  # a report must never fail the run
            logger.debug("no run history for the report: %s", exc)
            return []
        return [{"started": r.get("started"), "summary": r["summary"]} for r in reversed(runs)]


def _read_feed(path: Path) -> Iterator[dict]:
    opener: Any = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            try:
                yield json.loads(line)
            except ValueError:
                continue  # the cut-off last line of a killed run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render the HTML report of a JSON Lines feed.")
    parser.add_argument("feed", type=Path)
    parser.add_argument("-o", "--output", type=Path, help="default: <feed file>.report.html beside it")
    args = parser.parse_args(argv)
    data = ReportData()
    for record in _read_feed(args.feed):
        data.add(record)
    target = args.output or report_path(args.feed)
    write_atomic(target, data.render({"spider": "feed", "feed": str(args.feed)}).encode("utf-8"))
    print(target, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
