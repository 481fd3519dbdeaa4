"""The run's end: the crawl state committed once the feeds are stored, the verdict, the run
report, one manifest per run beside its feeds, ``STATE_DIR/last_run.json`` (verdict and key
numbers), the run recorded for the rolling coverage baseline, and the exit status of a sick run.

Order at the end of a run (Scrapy's signals): ``spider_closed`` runs the archive's drain and
spidermon's monitors (their failures arrive through ``monitors.RecordVerdict``) while Scrapy's
FeedExporter stores the feed files (``feed_slot_closed`` per file); ``feed_exporter_closed`` comes
once every feed is stored or failed. Only then is everything known that the verdict needs, so at
``feed_exporter_closed`` this extension commits the state, judges the run, has the run report
written (``report.RunReport``, verdict at its top) and writes the manifest listing the feeds,
the reports and the archive; ``engine_stopped`` writes ``last_run.json`` and the exit status.

The manifest: ``<feed folder>/manifests/<run_id>.json``, one per run in every folder that holds
a local feed of the run, written once and never rewritten (run ids are unique:
``20240501T060000Z-1a2b3c4d``, the run's start in UTC and a random part). It holds the run id,
start and end, finish reason, verdict and problems, counts, the feed files (``files``: path,
items, format, stored, bytes, sha256), the run reports (``reports``) and the web archive and its
index (``archive``), versions and the schema version; every path is relative to the feed folder
(the folder above ``manifests/``). ``-O out.jsonl`` run twice overwrites the feed, but each run
keeps its own manifest (the older one's sha256 then tells that the file changed since).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import platform
import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import scrapy
from scrapy import signals

from newscrawl import __version__
from newscrawl import state as crawl_state
from newscrawl.diskspace import describe, is_disk_full
from newscrawl.feedstorage import AtomicFileFeedStorage, write_atomic
from newscrawl.items import SCHEMA_VERSION
from newscrawl.run.disk import disk_full
from newscrawl.run.lock import _now
from newscrawl.run.problems import DISK_FULL_ADVICE, FEED_ADVICE, FINISH_ADVICE, drop_reasons, problem

logger = logging.getLogger(__name__)

STATUS_NAME = "last_run.json"
MANIFEST_DIR = "manifests"
STATE_NOT_UPDATED = (
    "the crawl state was not updated (rolled back): the next run exports this run's articles again "
    "(the feed files in place hold them too: duplicates, nothing lost)"
)


def manifest_path(folder: str | os.PathLike[str], run_id: str) -> Path:
    """``<feed folder>/manifests/<run_id>.json``: the manifest of one run, never another's."""
    return Path(folder) / MANIFEST_DIR / f"{run_id}.json"


class RunStatus:
    """Commits the state after the feeds are stored; manifest, status file, exit status."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.settings = crawler.settings
        self.run_id = f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{uuid.uuid4().hex[:8]}"
        crawler.newscrawl_run_id = self.run_id
        self.started = _now()
        self.slots = []
        self.committed = None  # None: nothing to commit (no feed); True/False after the feeds
        self.finish_reason = None
        self.manifests = []
        self.reports = []
        # Feed batches (FEED_EXPORT_BATCH_ITEM_COUNT / a feed's batch_item_count): each stored
        # batch commits the articles in it, so a killed backfill loses at most one batch.
        feeds = self.settings.getdict("FEEDS")
        self.batched = bool(self.settings.getint("FEED_EXPORT_BATCH_ITEM_COUNT")) or any(
            (opts or {}).get("batch_item_count") for opts in feeds.values()
        )
        self.stored_items = {str(uri): 0 for uri in feeds}  # items in stored batches, per feed
        self.batch_failed = False
        self.recorded_exported = 0

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.feed_slot_closed, signal=signals.feed_slot_closed)
        crawler.signals.connect(ext.feed_exporter_closed, signal=signals.feed_exporter_closed)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    @property
    def state(self):
        return crawl_state.for_crawler(self.crawler)

    def spider_opened(self, spider):
        self.stats.set_value("newscrawl/run_id", self.run_id)
        self.stats.set_value("newscrawl/known_articles_at_start", self.state.known_count())

    def feed_slot_closed(self, slot):
        storage = slot.storage
        stored = getattr(storage, "stored", None)
        path = str(storage.path) if isinstance(storage, AtomicFileFeedStorage) else slot.uri
        self.slots.append(
            {
                "uri": slot.uri,
                "template": str(getattr(slot, "uri_template", slot.uri)),
                "path": path,
                "items": slot.itemcount,
                "format": slot.format,
                "stored": stored,
                "local": isinstance(storage, AtomicFileFeedStorage),
            }
        )
        if self.batched and not self.batch_failed:
            self.commit_batch(slot, stored)

    def commit_batch(self, slot, stored):
        """A feed batch is in place: the articles every feed has stored so far count as exported."""
        template = str(getattr(slot, "uri_template", slot.uri))
        failed = any(k.startswith("feedexport/failed_count/") for k in self.stats.get_stats())
        if stored is False or failed or template not in self.stored_items:
            self.batch_failed = True  # nothing more is committed before the end of the run
            return
        self.stored_items[template] += slot.itemcount
        durable = min(self.stored_items.values())
        if durable > self.state.exported_committed:
            try:
                exported, _, _ = self.state.commit_staged(self.run_id, exported_upto=durable, final=False)
            except OSError as exc:
                if not is_disk_full(exc):
                    raise
                disk_full(self.crawler, self.state.path, exc, what="crawl state", consequence=STATE_NOT_UPDATED)
                self.batch_failed = True
                return
            self.recorded_exported += exported
            self.stats.set_value("newscrawl/state/recorded_exported", self.recorded_exported)
            self.stats.inc_value("newscrawl/state/batch_commits")

    def feed_exporter_closed(self):
        """Every feed file of the run is in place (or failed): only now do the exported articles
        count as exported."""
        failed = sum(v for k, v in self.stats.get_stats().items() if k.startswith("feedexport/failed_count/"))
        stored = [s for s in self.slots if s["stored"] is not False]
        ok = bool(self.slots) and not failed and len(stored) == len(self.slots)
        if ok:
            try:
                exported, touched, dropped = self.state.commit_staged(self.run_id)
            except OSError as exc:  # rolled back: nothing recorded, the next run exports it again
                if not is_disk_full(exc):
                    raise
                disk_full(self.crawler, self.state.path, exc, what="crawl state", consequence=STATE_NOT_UPDATED)
                ok = False
            else:
                self.recorded_exported += exported
                self.stats.set_value("newscrawl/state/recorded_exported", self.recorded_exported)
                self.stats.set_value("newscrawl/state/recorded_unchanged", touched)
                self.stats.set_value("newscrawl/state/recorded_dropped", dropped)
        elif getattr(self.crawler, "newscrawl_disk_full", None):
            logger.info("Nothing of this run recorded as exported (disk full); the next run exports it again")
        else:
            logger.error(
                "Feed storage failed (%s); nothing recorded as exported, the next run fetches these articles again",
                ", ".join(s["path"] for s in self.slots if s["stored"] is False) or self.slots,
            )
        self.committed = ok
        # Everything the verdict needs is known now (the monitors ran at spider_closed): the
        # report tells it at its top, and the manifest lists the report.
        self.reports = self.write_reports()
        self.write_manifests(verdict=self.verdict()[0])

    def write_reports(self) -> list[str]:
        """Have ``report.RunReport`` write the run report(s) with the verdict; their paths."""
        report = getattr(self.crawler, "newscrawl_report", None)
        if report is None:
            return []
        verdict, _ = self.verdict()
        return report.write_reports(
            verdict=verdict,
            problems=self.problems(),
            run={
                "run id": self.run_id,
                "exit status": self.exit_status(verdict),
                "recorded in the crawl state": {True: "yes", False: "no", None: "-"}[self.committed],
            },
        )

    def spider_closed(self, spider, reason):
        self.finish_reason = reason

    # --- verdict ---------------------------------------------------------------------------

    def verdict(self) -> tuple[str, list[str]]:
        """("ok" | "sick", [problems, one line each]): a full disk, the finish reason, the feeds,
        spidermon's monitors (details: ``problems``)."""
        problems = [p["text"] for p in self.problems()]
        return ("sick" if problems else "ok"), problems

    def problems(self) -> list[dict[str, Any]]:
        """Every problem of the run, most telling first, in words (``run.problems.problem``)."""
        out = []
        full = getattr(self.crawler, "newscrawl_disk_full", None)
        if full:
            words = describe(full["path"], full["free_bytes"])
            out.append(
                problem(
                    what=f"{words} (writing the {full['what']}: {full['error']}); {full.get('consequence') or 'see the log'}",
                    source="newscrawl.run.disk (the first write that failed)",
                    todo=DISK_FULL_ADVICE,
                    text=words,
                )
            )
        reason = self.finish_reason or self.stats.get_value("finish_reason")
        if reason and reason != "finished":
            out.append(
                problem(
                    what=f"the crawl ended early: finish reason {reason!r}",
                    source="Scrapy's finish reason",
                    todo=FINISH_ADVICE.get(reason, "See the end of the log."),
                    text=f"finish reason {reason!r}",
                )
            )
        if self.committed is False and not full:
            failed = [s["path"] for s in self.slots if s["stored"] is False]
            out.append(
                problem(
                    what=f"feed storage failed ({', '.join(failed) or 'no feed'}); nothing recorded as exported",
                    source="newscrawl.run.status (the feeds)",
                    todo=FEED_ADVICE,
                    text="feed storage failed; nothing recorded",
                )
            )
        details = getattr(self.crawler, "newscrawl_monitor_problems", None)
        result = getattr(self.crawler, "newscrawl_monitor_failures", None)
        if result is None and self.settings.getbool("SPIDERMON_ENABLED"):
            out.append(
                problem(
                    what="the run monitors did not run",
                    source="spidermon",
                    todo="See the log: spidermon failed or was not loaded.",
                    text="monitors did not run",
                )
            )
        if details is not None and len(details) == len(result or []):
            out.extend(details)
        else:  # failures handed over without details (another action)
            out.extend(problem(what=text, source="monitor", text=text) for text in result or [])
        return out

    def exit_status(self, verdict: str) -> int:
        return self.settings.getint("NEWSCRAWL_SICK_EXIT_CODE", 3) if verdict == "sick" else 0

    def summary(self):
        stats = self.stats.get_stats()

        def total(prefix):
            return sum(v for k, v in stats.items() if k.startswith(prefix) and isinstance(v, int))

        def by(prefix):
            return {k[len(prefix) :]: v for k, v in sorted(stats.items()) if k.startswith(prefix)}

        def numeric(values):
            return {k: v for k, v in values.items() if isinstance(v, int)}

        return {
            "items": stats.get("item_scraped_count", 0),
            "new": stats.get("newscrawl/exported/new", 0),
            "updated": stats.get("newscrawl/exported/updated", 0),
            # Left out of a change feed, or exported again by a full snapshot (`full=1`).
            "unchanged": (
                stats.get("item_dropped_reasons_count/unchanged", 0) + stats.get("newscrawl/exported/unchanged", 0)
            ),
            # per reason, each drop once (not again under Scrapy's ".../DropItem")
            "dropped": drop_reasons(stats),
            "failed": by("newscrawl/article_failed/"),
            "failed_total": total("newscrawl/article_failed/"),
            "bad_input": by("newscrawl/bad_input/"),
            "articles_seen": total("newscrawl/articles_seen/"),
            "articles_skipped_known": stats.get("newscrawl/articles_skipped_known", 0),
            "requests": stats.get("downloader/request_count", 0),
            "responses_by_status": by("downloader/response_status_count/"),
            "retries": stats.get("retry/count", 0),
            "retries_given_up": stats.get("retry/max_reached", 0),
            "errors": stats.get("log_count/ERROR", 0),
            "fields": by("spidermon_item_scraped_count/Article/"),
            # What read the pages: the report charts these over the last runs (a layout change
            # is a step there, not a silent drift).
            "layouts": numeric(by("newscrawl/layout/")),
            "field_sources": numeric(by("newscrawl/field_source/")),
            "clue_checks": {k: v for k, v in numeric(by("newscrawl/clue_check/")).items() if "/clues/" not in k},
            # article links (and index members) each door listed: a door that stops is named
            "sources": by("newscrawl/source_links/"),
        }

    # --- files -----------------------------------------------------------------------------

    def write_manifests(self, verdict: str) -> None:
        """``manifests/<run_id>.json`` in every folder that holds a local feed of this run."""
        summary = self.summary()
        by_folder: dict[Path, list[dict]] = {}
        for slot in self.slots:
            if slot["local"]:
                by_folder.setdefault(Path(slot["path"]).parent, []).append(slot)
        archive = getattr(self.crawler, "newscrawl_archive", None)
        for folder, slots in by_folder.items():
            manifest = {
                "run_id": self.run_id,
                "spider": self.crawler.spider.name if self.crawler.spider else None,
                "started": self.started,
                "finished": _now(),
                "finish_reason": self.finish_reason,
                "verdict": verdict,
                "problems": self.verdict()[1],
                "counts": {
                    k: summary[k] for k in ("items", "new", "updated", "unchanged", "failed_total", "articles_seen")
                }
                | {"dropped": sum(summary["dropped"].values())},
                # paths relative to the feed folder (the folder above manifests/)
                "files": [_file_entry(s, folder) for s in slots],
                "reports": [_report_entry(Path(r), folder) for r in self.reports],
                # the run's WARC archive and its index (newscrawl/archive/), paths relative to the feed folder
                "archive": archive.manifest_entries(folder) if archive is not None else [],
                "schema_version": SCHEMA_VERSION,
                "versions": {
                    "newscrawl": __version__,
                    "scrapy": scrapy.__version__,
                    "python": platform.python_version(),
                    **_optional_versions(),
                },
                "state_recorded": self.committed,
            }
            target = manifest_path(folder, self.run_id)
            try:
                write_atomic(target, _json(manifest))
                self.manifests.append(str(target))
            except OSError as exc:
                try:
                    target.parent.rmdir()  # made for it just now, and empty: gone again
                except OSError:
                    pass
                if is_disk_full(exc):
                    disk_full(
                        self.crawler, target, exc, what="manifest", consequence="the run's manifest was not written"
                    )
                else:
                    logger.error("Cannot write %s: %s", target, exc)

    def engine_stopped(self):
        verdict, problems = self.verdict()
        summary = self.summary()
        exit_code = self.exit_status(verdict)
        status = {
            "run_id": self.run_id,
            "verdict": verdict,
            "problems": problems,
            "problem_details": self.problems(),
            "exit_status": exit_code,
            "started": self.started,
            "finished": _now(),
            "finish_reason": self.finish_reason,
            "state_recorded": self.committed,
            "disk_full": getattr(self.crawler, "newscrawl_disk_full", None),
            "feeds": [{k: s[k] for k in ("path", "items", "stored")} for s in self.slots],
            "reports": self.reports,
            "manifests": self.manifests,
            **summary,
        }
        try:
            state = self.state
            write_atomic(state.dir / STATUS_NAME, _json(status), mode=0o600)
            state.record_run(
                self.run_id,
                self.started,
                status["finished"],
                self.finish_reason,
                verdict,
                {k: summary[k] for k in ("items", "fields", "layouts", "field_sources", "clue_checks", "sources")},
            )
        except (OSError, sqlite3.Error) as exc:
            if is_disk_full(exc):
                disk_full(
                    self.crawler,
                    self.state.dir / STATUS_NAME,
                    exc,
                    what="run status",
                    consequence="last_run.json and the run history were not updated",
                )
            else:
                logger.error("Cannot write the run status: %s", exc)
        log = logger.info if verdict == "ok" else logger.error
        log(
            "Run %s verdict: %s%s (new %d, updated %d, unchanged %d, failed %d); status in %s",
            self.run_id,
            verdict.upper(),
            f" - {'; '.join(problems)}" if problems else "",
            summary["new"],
            summary["updated"],
            summary["unchanged"],
            summary["failed_total"],
            self.state.dir / STATUS_NAME,
        )
        # newscrawl's `scrapy crawl` and `scrapy reextract` exit with it (commands/_usage.py)
        self.crawler.newscrawl_exit_status = exit_code


def _file_entry(slot: dict, folder: Path) -> dict[str, Any]:
    path = Path(slot["path"])
    entry = {"path": os.path.relpath(path, folder), "items": slot["items"], "format": slot["format"]}
    entry["stored"] = bool(slot["stored"])
    if slot["stored"]:
        entry |= _size_and_hash(path)
    return entry


def _report_entry(path: Path, folder: Path) -> dict[str, Any]:
    return {"path": os.path.relpath(path, folder), "kind": "report"} | _size_and_hash(path)


def _size_and_hash(path: Path) -> dict[str, Any]:
    try:
        # Hashed in chunks: read whole, a 20,000-article feed (150 MB) was the run's peak RSS.
        with path.open("rb") as fh:
            digest = hashlib.file_digest(fh, "sha256")
        return {"bytes": path.stat().st_size, "sha256": digest.hexdigest()}
    except OSError:
        return {}


def _optional_versions():
    out = {}
    for name in ("spidermon",):
        try:
            out[name] = __import__(name).__version__
        except (ImportError, AttributeError):
            pass
    return out


def _json(data):
    return (json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n").encode("utf-8")
