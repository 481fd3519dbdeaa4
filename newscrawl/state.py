"""The crawl state: which articles were exported (and with which content), and how past runs went.

One SQLite file (stdlib ``sqlite3``, WAL) in ``STATE_DIR``; every state file lives there and
nowhere else: ``crawl.sqlite3`` (+ its ``-wal`` / ``-shm``), the run lock, ``last_run.json``.
The folder is created 0700 and the database 0600: it holds nothing public.

The rule that makes a SIGKILL harmless: a run *stages* what it exports and commits it to the
database only after the feed file holding those items is durably in place (see
``newscrawl.run.status.RunStatus``). A run killed at any moment leaves the database as it was, so
the next run fetches again every article it did not record. With feed batches
(``FEED_EXPORT_BATCH_ITEM_COUNT``) each stored batch commits the articles in it, so a killed
backfill loses at most one batch.

Staged rows and the listing / RSS hints go to TEMP tables of the same connection (a temporary
file SQLite deletes on close, never fsynced), not to Python dicts: memory stays flat however long
the run is (they were ~1.7 KB per article, 34 MB over a 20,000-article backfill).

Walks: a backfill's listing walk is made of units (its pages, table ``walk_units``), the sitemap
walk of index members (table ``sitemaps``); either is recorded once every article it linked is
a row of the state, checked inside the commit, so a killed backfill resumes after what it
finished instead of walking from the start.

Imports nothing from Scrapy: the spider, the pipelines and the extensions share one instance per
crawler through :func:`for_crawler`.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newscrawl.diskspace import DiskFullError, is_disk_full
from newscrawl.processors import parse_iso, to_iso8601

DB_NAME = "crawl.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id            TEXT PRIMARY KEY,   -- the numeric article id from the URL
    url           TEXT,
    status        TEXT NOT NULL,      -- 'exported' | 'dropped' (advertorial, unusable page …) |
                                      -- 'failed' (gave up after retries: fetched first next run)
    reason        TEXT,               -- why it was dropped
    revision      INTEGER NOT NULL DEFAULT 0,   -- exported versions so far (0: never exported)
    content_hash  TEXT,
    modified      TEXT,               -- as the page said (ISO 8601), or null
    published     TEXT,
    newest_ts     REAL,               -- max(modified, published, listing/RSS hint) as epoch seconds
    first_seen    TEXT,
    last_exported TEXT,
    last_run      TEXT,
    checked_ts    REAL                -- when it was last fetched (epoch), for rechecking drops
);
-- The few rows that are not 'exported' (failed, dropped), found without reading the other million
-- (failed_articles, known_count): a partial index stays as small as those rows.
CREATE INDEX IF NOT EXISTS articles_not_exported ON articles(status) WHERE status <> 'exported';
CREATE TABLE IF NOT EXISTS listings (
    section       TEXT PRIMARY KEY,   -- a listing page of it failed: the next run walks it deep
    failed_run    TEXT
);
CREATE TABLE IF NOT EXISTS sitemaps (
    url           TEXT PRIMARY KEY,   -- a member of a sitemap index (e.g. a monthly sitemap)
    lastmod       TEXT,               -- its <lastmod> in the index when it was read / noted
    status        TEXT NOT NULL,      -- 'read': read to the end, every article in it settled |
                                      -- 'noted': left unread by a backfill that did not reach it
    run_id        TEXT
);
CREATE TABLE IF NOT EXISTS walk_units (
    walk          TEXT NOT NULL,      -- 'listing:<section>' (a backfill's listing walk), 'sitemap' …
    unit          TEXT NOT NULL,      -- a listing page number, a sitemap URL: done when recorded
    next_url      TEXT,               -- where the walk goes on after this unit (null: walk's end)
    run_id        TEXT,
    finished      TEXT,
    PRIMARY KEY (walk, unit)
);
CREATE TABLE IF NOT EXISTS runs (
    run_id        TEXT PRIMARY KEY,
    started       TEXT,
    finished      TEXT,
    finish_reason TEXT,
    verdict       TEXT,
    summary       TEXT                -- JSON: counts and field coverage (the rolling baseline)
);
"""


# What a run stages until its feed is stored (TEMP: deleted with the connection, never fsynced).
_TEMP_SCHEMA = """
CREATE TEMP TABLE IF NOT EXISTS staged_exported (
    seq INTEGER PRIMARY KEY,  -- export order: the first N rows are the first N feed records
    id, url, status, reason, revision, content_hash, modified, published, newest_ts,
    first_seen, last_exported, last_run, checked_ts
);
CREATE TEMP TABLE IF NOT EXISTS hints (id TEXT PRIMARY KEY, ts REAL NOT NULL);
"""
_ROW_COLUMNS = (
    "id, url, status, reason, revision, content_hash, modified, published, newest_ts,"
    " first_seen, last_exported, last_run, checked_ts"
)
CACHE_ROWS = 4096  # rows read by id kept for the run's next look at them (bounded: flat memory)


class StateError(OSError):
    """STATE_DIR cannot be used (not creatable, not writable); the message names the folder."""


def content_hash(title: str | None, lead: str | None, body: str | None) -> str:
    """sha256 of the normalised title, lead and body: whitespace runs collapse to one space, so a
    re-rendered page with the same words hashes the same."""
    parts = [" ".join(str(v or "").split()) for v in (title, lead, body)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def timestamp(value: str | None) -> float | None:
    """Epoch seconds of an ISO 8601 / RFC 822 / German date, or None."""
    if value is None:
        return None
    dt = parse_iso(to_iso8601(value))
    return dt.timestamp() if dt else None


def ensure_private_dir(path: str | os.PathLike[str]) -> Path:
    """Create ``path`` (0700) if needed and check that this process can write there."""
    path = Path(path)
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise StateError(f"STATE_DIR {str(path)!r} cannot be created: {exc.strerror or exc}") from None
    if not path.is_dir():
        raise StateError(f"STATE_DIR {str(path)!r} is not a folder")
    if not os.access(path, os.W_OK | os.X_OK):
        raise StateError(f"STATE_DIR {str(path)!r} is not writable by this user")
    return path


@dataclass
class Staged:
    """What this run will commit once its feed is in place (exported rows: TEMP table)."""

    touched: dict = field(default_factory=dict)  # id -> newest_ts (fetched, content unchanged)
    dropped: dict = field(default_factory=dict)  # id -> (url, reason)
    failed: dict = field(default_factory=dict)  # id -> url (gave up after the retries)
    sections_failed: set = field(default_factory=set)  # listing pages failed in these sections
    sections_walked: set = field(default_factory=set)  # sections whose listings were all read
    sitemaps_noted: dict = field(default_factory=dict)  # url -> lastmod (left unread by a backfill)
    units: list = field(default_factory=list)  # (walk, unit, next_url, ids): recorded when all ids are


class CrawlState:
    """The SQLite crawl state of one STATE_DIR."""

    def __init__(self, state_dir: str | os.PathLike[str], recheck_dropped_s: float = 24 * 3600):
        self.recheck_dropped_s = recheck_dropped_s
        self.dir = ensure_private_dir(state_dir)
        self.path = self.dir / DB_NAME
        if not self.path.exists():
            # Create the file 0600 ourselves: sqlite3 would honour the umask (often 0644), and
            # SQLite gives the -wal / -shm files the mode of the database file.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        if stat.S_IMODE(self.path.stat().st_mode) & 0o077:
            os.chmod(self.path, 0o600)
        try:
            self.db = sqlite3.connect(self.path, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=FULL")  # a commit survives a power cut too
            self.db.execute("PRAGMA busy_timeout=5000")
            self.db.executescript(_SCHEMA)
            self.db.execute("PRAGMA temp_store=FILE")  # staged rows on disk, not in RAM
            self.db.executescript(_TEMP_SCHEMA)
        except sqlite3.Error as exc:
            raise StateError(f"state database {str(self.path)!r} cannot be used: {exc}") from None
        self.staged = Staged()
        self.exported_staged = 0  # rows staged in temp.staged_exported so far (seq 1 …)
        self.exported_committed = 0  # … of which committed (their feed batch is stored)
        self._cache: dict[str, dict[str, Any] | None] = {}
        # Sitemaps read this run: recorded as read only once every article they led to is in
        # the state (exported, unchanged, dropped or failed) after a commit, so a run cut short
        # (or a feed batch not stored yet) reads them again. url -> (lastmod, [article ids])
        self.sitemaps_pending: dict[str, tuple[str | None, list[str]]] = {}

    # --- reading --------------------------------------------------------------------------

    def get(self, article_id: str) -> dict[str, Any] | None:
        if article_id not in self._cache:
            if len(self._cache) >= CACHE_ROWS:
                self._cache.clear()
            row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
            self._cache[article_id] = dict(row) if row else None
        return self._cache[article_id]

    def hint(self, article_id: str) -> float | None:
        """The newest modification time (epoch) a listing / RSS item showed this run, or None."""
        row = self.db.execute("SELECT ts FROM temp.hints WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def is_known(self, article_id: str, hint_ts: float | None = None) -> bool:
        """True when the article was exported (or dropped for good) and nothing hints at a newer
        version: no modification time newer than what we recorded."""
        row = self.get(article_id)
        if row is None or row["status"] == "failed":
            return False
        if row["status"] == "dropped" and time.time() - (row["checked_ts"] or 0) > self.recheck_dropped_s:
            return False  # a page that was unusable may have been fixed: look again now and then
        # a hint newer than what we hold: the article changed since
        return hint_ts is None or (row["newest_ts"] is not None and hint_ts <= row["newest_ts"])

    def note_hint(self, article_id: str, hint_ts: float | None) -> None:
        if hint_ts is not None:
            self.db.execute(
                "INSERT INTO temp.hints VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET ts = max(ts, excluded.ts)",
                (article_id, hint_ts),
            )

    def failed_articles(self) -> list[tuple[str, str]]:
        """(id, url) of articles given up after the retries in an earlier run: fetched first."""
        return [
            tuple(r)
            for r in self.db.execute(
                "SELECT id, url FROM articles WHERE status = 'failed' AND status <> 'exported' ORDER BY id"
            )
        ]

    def deep_sections(self) -> set[str]:
        """Sections with a listing page that failed last time: walked to max_pages this time."""
        if not hasattr(self, "_deep"):
            self._deep = {r[0] for r in self.db.execute("SELECT section FROM listings")}
        return self._deep

    def sitemaps(self) -> dict[str, tuple[str | None, str]]:
        """{url: (lastmod, status)} of the sitemap index members read or noted before."""
        if not hasattr(self, "_sitemaps"):
            self._sitemaps = {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT url, lastmod, status FROM sitemaps")}
        return self._sitemaps

    def known_count(self) -> int:
        # COUNT(*) reads the small primary-key index, the rest the partial index: a few ms at 1M
        # rows, where "WHERE status = 'exported'" reads the whole table.
        return self.db.execute(
            "SELECT (SELECT COUNT(*) FROM articles) - (SELECT COUNT(*) FROM articles WHERE status <> 'exported')"
        ).fetchone()[0]

    # --- staging (in memory until the feed is stored) -----------------------------------------

    def _newest(self, article_id: str, *values: str | None) -> float | None:
        found = [timestamp(v) for v in values] + [self.hint(article_id)]
        stamps = [s for s in found if s is not None]
        return max(stamps) if stamps else None

    def classify(self, item: Any, now: str) -> str:
        """Fill change / revision / content_hash / first_seen of an item about to be exported.

        Returns "new", "updated" or "unchanged" (same content as the last exported revision).
        """
        row = self.get(item.id)
        item.content_hash = content_hash(item.title, item.lead, item.body)
        if row is None or row["revision"] < 1:
            item.change, item.revision, item.first_seen = "new", 1, now
            return "new"
        if row["content_hash"] == item.content_hash:
            # Same content as the last exported revision (filled in for a full snapshot, `full=1`).
            item.change, item.revision = "unchanged", row["revision"]
            item.first_seen = row["first_seen"] or now
            return "unchanged"
        item.change, item.revision = "updated", row["revision"] + 1
        item.first_seen = row["first_seen"] or now
        return "updated"

    def stage_export(self, item: Any, run_id: str | None, now: str) -> None:
        """An item handed to the feeds (in feed order): committed once its feed batch is stored."""
        self.exported_staged += 1
        self.db.execute(
            f"INSERT INTO temp.staged_exported (seq, {_ROW_COLUMNS})"
            " VALUES (?, ?, ?, 'exported', NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.exported_staged,
                item.id,
                item.url,
                item.revision,
                item.content_hash,
                item.modified,
                item.published,
                self._newest(item.id, item.modified, item.published),
                item.first_seen,
                now,
                run_id,
                time.time(),
            ),
        )

    def stage_unchanged(self, item: Any) -> None:
        self.staged.touched[item.id] = self._newest(item.id, item.modified, item.published)

    def stage_dropped(self, article_id: str | None, url: str | None, reason: str) -> None:
        """An article fetched but not exported (advertorial, page without a body …): remembered so
        that a no-op run does not fetch it again, unless a newer modification time shows up."""
        if not article_id:
            return
        row = self.get(article_id)
        if row is not None and row["status"] == "exported":
            self.staged.touched[article_id] = self.hint(article_id)  # keep the old version
        else:
            self.staged.dropped[article_id] = (url, reason)

    def stage_failed(self, article_id: str | None, url: str) -> None:
        """Gave up after the retries: fetched again first thing next run, whatever the listings."""
        if not article_id:
            return
        row = self.get(article_id)
        if row is None or row["status"] == "failed":
            self.staged.failed[article_id] = url

    def stage_listing(self, section: str, ok: bool) -> None:
        (self.staged.sections_walked if ok else self.staged.sections_failed).add(section)

    # --- walks (resumable backfills) ----------------------------------------------------------

    def stage_sitemap(self, url: str, lastmod: str | None, article_ids: Iterable[str]) -> None:
        """A sitemap index member read to its end: recorded with its index lastmod by the first
        commit after which the articles it led to (``article_ids``, requested this run) are all
        in the state (exported, unchanged, dropped or failed), like a unit of a walk."""
        self.sitemaps_pending[url] = (lastmod, list(article_ids))

    def note_sitemap(self, url: str, lastmod: str | None) -> None:
        """A member a backfill did not reach back to: its lastmod is kept, it is not read."""
        self.staged.sitemaps_noted[url] = lastmod

    def _all_present(self, ids: Iterable[str]) -> bool:
        """Every id is a row of the state (inside the commit: what this commit holds counts)."""
        ids = list(set(ids))
        present = 0
        for lo in range(0, len(ids), 500):
            chunk = ids[lo : lo + 500]
            present += self.db.execute(
                f"SELECT COUNT(*) FROM articles WHERE id IN ({','.join('?' * len(chunk))})", chunk
            ).fetchone()[0]
        return present == len(ids)

    def _sitemaps_finished(self) -> dict[str, str | None]:
        done = {url: lastmod for url, (lastmod, ids) in self.sitemaps_pending.items() if self._all_present(ids)}
        for url in done:
            del self.sitemaps_pending[url]
        return done

    def stage_unit(self, walk: str, unit: str | int, next_url: str | None, article_ids: Iterable[str]) -> None:
        """A unit of a walk (a listing page, a sitemap) whose articles were all requested or
        known: recorded by the first commit after which every one of them is in the state."""
        self.staged.units.append((walk, str(unit), next_url, list(article_ids)))

    def finished_units(self, walk: str) -> dict[str, str | None]:
        """{unit: next_url} of the units of ``walk`` recorded so far."""
        return dict(self.db.execute("SELECT unit, next_url FROM walk_units WHERE walk = ?", (walk,)).fetchall())

    def walks(self, prefix: str) -> list[str]:
        """Names of the walks starting with ``prefix`` that have recorded units."""
        return [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT walk FROM walk_units WHERE walk >= ? AND walk < ?", (prefix, prefix + "\uffff")
            )
        ]

    def clear_walk(self, walk: str) -> None:
        """Forget a walk's units (a finished walk: the next backfill starts from the beginning)."""
        with self.db:
            self.db.execute("DELETE FROM walk_units WHERE walk = ?", (walk,))

    def _record_units(self, run_id: str) -> None:
        """Record the staged units whose articles are all in the state now; keep the others."""
        waiting = []
        for walk, unit, next_url, ids in self.staged.units:
            if not self._all_present(ids):
                waiting.append((walk, unit, next_url, ids))
                continue
            self.db.execute(
                "INSERT OR REPLACE INTO walk_units VALUES (?, ?, ?, ?, ?)",
                (walk, unit, next_url, run_id, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
            )
        self.staged.units = waiting

    def commit_staged(self, run_id: str, exported_upto: int | None = None, final: bool = True) -> tuple[int, int, int]:
        """Record what this run exported; called once its feed files are durably in place.

        ``exported_upto``: only the first N exported rows are in stored feed files (a feed batch
        was stored, the run goes on); ``final=False`` keeps the listing bookkeeping for the end.
        """
        upto = self.exported_staged if exported_upto is None else min(exported_upto, self.exported_staged)
        if final:
            staged, self.staged = self.staged, Staged()
            self.staged.units = staged.units
        else:  # articles only; the sections' walk bookkeeping waits for the end of the run
            staged = self.staged
            self.staged = Staged(
                sections_failed=staged.sections_failed,
                sections_walked=staged.sections_walked,
                units=staged.units,
                sitemaps_noted=staged.sitemaps_noted,
            )
        for aid in staged.touched:
            stamps = [t for t in (staged.touched[aid], self.hint(aid)) if t is not None]
            staged.touched[aid] = max(stamps) if stamps else None
        exported = max(0, upto - self.exported_committed)
        try:
            self._commit(staged, run_id, upto, final)
        except sqlite3.Error as exc:  # rolled back: the state is as it was before this commit
            if is_disk_full(exc):  # SQLITE_FULL: named like any full disk (run.disk)
                raise DiskFullError(self.path, cause=str(exc)) from exc
            raise
        self.exported_committed = max(self.exported_committed, upto)
        self._cache.clear()
        self.__dict__.pop("_sitemaps", None)
        if final:
            self.__dict__.pop("_deep", None)
        return exported, len(staged.touched), len(staged.dropped)

    def _commit(self, staged: Staged, run_id: str, upto: int, final: bool) -> None:
        """One transaction: the staged rows up to ``upto``, the walks, the sitemaps."""
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            # newest_ts: also a hint seen after the item was scraped
            self.db.execute(
                f"INSERT OR REPLACE INTO articles ({_ROW_COLUMNS})"
                " SELECT s.id, url, status, reason, revision, content_hash, modified, published,"
                " coalesce(max(s.newest_ts, h.ts), s.newest_ts, h.ts), first_seen, last_exported,"
                " last_run, checked_ts FROM temp.staged_exported s LEFT JOIN temp.hints h ON h.id = s.id"
                " WHERE s.seq > ? AND s.seq <= ? ORDER BY s.seq",
                (self.exported_committed, upto),
            )
            self.db.execute("DELETE FROM temp.staged_exported WHERE seq <= ?", (upto,))
            for aid, newest in staged.touched.items():
                self.db.execute(
                    "UPDATE articles SET newest_ts = max(coalesce(newest_ts, 0), ?),"
                    " last_run = ?, checked_ts = ? WHERE id = ?",
                    (newest or 0, run_id, time.time(), aid),
                )
            for aid, url in staged.failed.items():
                if aid not in staged.dropped:  # (an export of it overwrites this row when committed)
                    self.db.execute(
                        "INSERT INTO articles (id, url, status, revision, last_run)"
                        " VALUES (?, ?, 'failed', 0, ?) ON CONFLICT(id) DO UPDATE SET"
                        " last_run = excluded.last_run WHERE status = 'failed'",
                        (aid, url, run_id),
                    )
            if final:
                self.db.executemany(
                    "DELETE FROM listings WHERE section = ?",
                    [(s,) for s in staged.sections_walked - staged.sections_failed],
                )
                self.db.executemany(
                    "INSERT OR REPLACE INTO listings VALUES (?, ?)", [(s, run_id) for s in staged.sections_failed]
                )
            for aid, (url, reason) in staged.dropped.items():
                self.db.execute(
                    "INSERT INTO articles (id, url, status, reason, revision, newest_ts,"
                    " last_run, checked_ts) VALUES (?, ?, 'dropped', ?, 0, ?, ?, ?)"
                    " ON CONFLICT(id) DO UPDATE SET status = 'dropped', reason = excluded.reason,"
                    " last_run = excluded.last_run, checked_ts = excluded.checked_ts,"
                    " newest_ts = max(coalesce(newest_ts, 0), coalesce(excluded.newest_ts, 0))"
                    " WHERE status IN ('dropped', 'failed')",
                    (aid, url, reason, self.hint(aid), run_id, time.time()),
                )
            if final:
                self.db.executemany(
                    "INSERT OR REPLACE INTO sitemaps VALUES (?, ?, 'noted', ?)",
                    [(u, m, run_id) for u, m in staged.sitemaps_noted.items()],
                )
            self.db.executemany(
                "INSERT OR REPLACE INTO sitemaps VALUES (?, ?, 'read', ?)",
                [(u, m, run_id) for u, m in self._sitemaps_finished().items()],
            )
            self._record_units(run_id)
            self.db.execute("COMMIT")

    # --- runs (the rolling baseline) ---------------------------------------------------------

    def record_run(
        self, run_id: str, started: str, finished: str, finish_reason: str | None, verdict: str, summary: dict
    ) -> None:
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?)",
                (run_id, started, finished, finish_reason, verdict, json.dumps(summary, sort_keys=True)),
            )
            # Keep the history short: the baseline needs only the last few runs.
            self.db.execute(
                "DELETE FROM runs WHERE run_id NOT IN (SELECT run_id FROM runs ORDER BY started DESC LIMIT 200)"
            )

    def recent_runs(self, limit: int = 5, verdicts: tuple[str, ...] = ("ok",)) -> list[dict[str, Any]]:
        """Summaries of the last ``limit`` finished runs with one of ``verdicts``, newest first."""
        marks = ",".join("?" * len(verdicts))
        rows = self.db.execute(
            f"SELECT * FROM runs WHERE verdict IN ({marks}) ORDER BY started DESC LIMIT ?", (*verdicts, limit)
        ).fetchall()
        return [{**dict(r), "summary": json.loads(r["summary"] or "{}")} for r in rows]

    def close(self) -> None:
        self.db.close()


def for_crawler(crawler: Any) -> CrawlState:
    """The one CrawlState of this crawler (opened on first use, in the crawler's STATE_DIR)."""
    state = getattr(crawler, "_newscrawl_state", None)
    if state is None:
        state = CrawlState(
            crawler.settings.get("STATE_DIR") or ".state",
            crawler.settings.getfloat("NEWSCRAWL_RECHECK_DROPPED_HOURS", 24) * 3600,
        )
        crawler._newscrawl_state = state
    return state
