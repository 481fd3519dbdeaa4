"""The crawl state: which articles were exported (and with which content), and how past runs went.

One SQLite file (stdlib ``sqlite3``, WAL) in ``STATE_DIR``; every state file lives there and
nowhere else: ``crawl.sqlite3`` (+ its ``-wal`` / ``-shm``), the run lock, ``last_run.json``.
The folder is created 0700 and the database 0600: it holds nothing public.

The rule that makes a SIGKILL harmless: a run *stages* what it exports in memory and commits it
to the database only after the feed file holding those items is durably in place (see
``newscrawl.extensions.RunState``). A run killed at any moment leaves the database as it was, so
the next run fetches again every article it did not record.

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
from dataclasses import dataclass, field
from pathlib import Path

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
CREATE TABLE IF NOT EXISTS runs (
    run_id        TEXT PRIMARY KEY,
    started       TEXT,
    finished      TEXT,
    finish_reason TEXT,
    verdict       TEXT,
    summary       TEXT                -- JSON: counts and field coverage (the rolling baseline)
);
"""


class StateError(OSError):
    """STATE_DIR cannot be used (not creatable, not writable); the message names the folder."""


def content_hash(title, lead, body):
    """sha256 of the normalised title, lead and body: whitespace runs collapse to one space, so a
    re-rendered page with the same words hashes the same."""
    parts = [" ".join(str(v or "").split()) for v in (title, lead, body)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def timestamp(value):
    """Epoch seconds of an ISO 8601 / RFC 822 / German date, or None."""
    if value is None:
        return None
    dt = parse_iso(to_iso8601(value))
    return dt.timestamp() if dt else None


def ensure_private_dir(path):
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
    """What this run will commit once its feed is in place."""

    exported: dict = field(default_factory=dict)   # id -> row dict
    touched: dict = field(default_factory=dict)    # id -> newest_ts (fetched, content unchanged)
    dropped: dict = field(default_factory=dict)    # id -> (url, reason)
    failed: dict = field(default_factory=dict)     # id -> url (gave up after the retries)
    sections_failed: set = field(default_factory=set)  # listing pages failed in these sections
    sections_walked: set = field(default_factory=set)  # sections whose listings were all read
    sitemaps_noted: dict = field(default_factory=dict)  # url -> lastmod (left unread by a backfill)


class CrawlState:
    """The SQLite crawl state of one STATE_DIR."""

    def __init__(self, state_dir, recheck_dropped_s=24 * 3600):
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
        except sqlite3.Error as exc:
            raise StateError(f"state database {str(self.path)!r} cannot be used: {exc}") from None
        self.staged = Staged()
        self.hints = {}  # id -> newest modification time (epoch) the listing / RSS showed this run
        self._cache = {}
        # Sitemaps read this run: recorded as read only once every article they led to is
        # settled (staged as exported, unchanged, dropped or failed) in this or an earlier commit,
        # so a run cut short reads them again. url -> (lastmod, {article ids})
        self.sitemaps_pending = {}
        self.settled = set()

    # --- reading --------------------------------------------------------------------------

    def get(self, article_id):
        if article_id not in self._cache:
            row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
            self._cache[article_id] = dict(row) if row else None
        return self._cache[article_id]

    def is_known(self, article_id, hint_ts=None):
        """True when the article was exported (or dropped for good) and nothing hints at a newer
        version: no modification time newer than what we recorded."""
        row = self.get(article_id)
        if row is None or row["status"] == "failed":
            return False
        if row["status"] == "dropped" and time.time() - (row["checked_ts"] or 0) > self.recheck_dropped_s:
            return False  # a page that was unusable may have been fixed: look again now and then
        if hint_ts is not None and (row["newest_ts"] is None or hint_ts > row["newest_ts"]):
            return False
        return True

    def note_hint(self, article_id, hint_ts):
        if hint_ts is not None:
            self.hints[article_id] = max(hint_ts, self.hints.get(article_id, hint_ts))

    def failed_articles(self):
        """(id, url) of articles given up after the retries in an earlier run: fetched first."""
        return [tuple(r) for r in self.db.execute(
            "SELECT id, url FROM articles WHERE status = 'failed' ORDER BY id")]

    def deep_sections(self):
        """Sections with a listing page that failed last time: walked to max_pages this time."""
        if not hasattr(self, "_deep"):
            self._deep = {r[0] for r in self.db.execute("SELECT section FROM listings")}
        return self._deep

    def sitemaps(self):
        """{url: (lastmod, status)} of the sitemap index members read or noted before."""
        if not hasattr(self, "_sitemaps"):
            self._sitemaps = {r[0]: (r[1], r[2]) for r in self.db.execute(
                "SELECT url, lastmod, status FROM sitemaps")}
        return self._sitemaps

    def known_count(self):
        return self.db.execute("SELECT COUNT(*) FROM articles WHERE status = 'exported'").fetchone()[0]

    # --- staging (in memory until the feed is stored) -----------------------------------------

    def _newest(self, article_id, *values):
        stamps = [timestamp(v) for v in values] + [self.hints.get(article_id)]
        stamps = [s for s in stamps if s is not None]
        return max(stamps) if stamps else None

    def classify(self, item, now):
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

    def stage_export(self, item, run_id, now):
        self.settled.add(item.id)
        self.staged.exported[item.id] = {
            "id": item.id, "url": item.url, "status": "exported", "reason": None,
            "revision": item.revision, "content_hash": item.content_hash,
            "modified": item.modified, "published": item.published,
            "newest_ts": self._newest(item.id, item.modified, item.published),
            "first_seen": item.first_seen, "last_exported": now, "last_run": run_id,
            "checked_ts": time.time(),
        }

    def stage_unchanged(self, item):
        self.settled.add(item.id)
        self.staged.touched[item.id] = self._newest(item.id, item.modified, item.published)

    def stage_dropped(self, article_id, url, reason):
        """An article fetched but not exported (advertorial, page without a body …): remembered so
        that a no-op run does not fetch it again, unless a newer modification time shows up."""
        if not article_id:
            return
        self.settled.add(article_id)
        row = self.get(article_id)
        if row is not None and row["status"] == "exported":
            self.staged.touched[article_id] = self.hints.get(article_id)  # keep the old version
        else:
            self.staged.dropped[article_id] = (url, reason)

    def stage_failed(self, article_id, url):
        """Gave up after the retries: fetched again first thing next run, whatever the listings."""
        self.settled.add(article_id)
        row = self.get(article_id)
        if article_id and (row is None or row["status"] == "failed"):
            self.staged.failed[article_id] = url

    def stage_listing(self, section, ok):
        (self.staged.sections_walked if ok else self.staged.sections_failed).add(section)

    def stage_sitemap(self, url, lastmod, article_ids):
        """A sitemap index member read to its end: recorded with its index lastmod once the
        articles it led to (``article_ids``, requested this run) are all settled."""
        self.sitemaps_pending[url] = (lastmod, set(article_ids))

    def note_sitemap(self, url, lastmod):
        """A member a backfill did not reach back to: its lastmod is kept, it is not read."""
        self.staged.sitemaps_noted[url] = lastmod

    def _sitemaps_finished(self):
        done = {url: lastmod for url, (lastmod, ids) in self.sitemaps_pending.items() if ids <= self.settled}
        for url in done:
            del self.sitemaps_pending[url]
        return done

    def commit_staged(self, run_id):
        """Record what this run exported; called once its feed files are durably in place."""
        staged, self.staged = self.staged, Staged()
        sitemaps_read = self._sitemaps_finished()
        for aid, row in staged.exported.items():  # a hint seen after the item was scraped
            stamps = [t for t in (row["newest_ts"], self.hints.get(aid)) if t is not None]
            row["newest_ts"] = max(stamps) if stamps else None
        for aid in staged.touched:
            stamps = [t for t in (staged.touched[aid], self.hints.get(aid)) if t is not None]
            staged.touched[aid] = max(stamps) if stamps else None
        with self.db:
            self.db.execute("BEGIN IMMEDIATE")
            self.db.executemany(
                "INSERT OR REPLACE INTO articles (id, url, status, reason, revision, content_hash,"
                " modified, published, newest_ts, first_seen, last_exported, last_run, checked_ts) VALUES"
                " (:id, :url, :status, :reason, :revision, :content_hash, :modified, :published,"
                " :newest_ts, :first_seen, :last_exported, :last_run, :checked_ts)",
                list(staged.exported.values()))
            for aid, newest in staged.touched.items():
                self.db.execute("UPDATE articles SET newest_ts = max(coalesce(newest_ts, 0), ?),"
                                " last_run = ?, checked_ts = ? WHERE id = ?",
                                (newest or 0, run_id, time.time(), aid))
            for aid, url in staged.failed.items():
                if aid not in staged.exported and aid not in staged.dropped:
                    self.db.execute("INSERT INTO articles (id, url, status, revision, last_run)"
                                    " VALUES (?, ?, 'failed', 0, ?) ON CONFLICT(id) DO UPDATE SET"
                                    " last_run = excluded.last_run WHERE status = 'failed'",
                                    (aid, url, run_id))
            self.db.executemany("DELETE FROM listings WHERE section = ?",
                                [(s,) for s in staged.sections_walked - staged.sections_failed])
            self.db.executemany("INSERT OR REPLACE INTO listings VALUES (?, ?)",
                                [(s, run_id) for s in staged.sections_failed])
            for aid, (url, reason) in staged.dropped.items():
                self.db.execute("INSERT INTO articles (id, url, status, reason, revision, newest_ts,"
                                " last_run, checked_ts) VALUES (?, ?, 'dropped', ?, 0, ?, ?, ?)"
                                " ON CONFLICT(id) DO UPDATE SET status = 'dropped', reason = excluded.reason,"
                                " last_run = excluded.last_run, checked_ts = excluded.checked_ts,"
                                " newest_ts = max(coalesce(newest_ts, 0), coalesce(excluded.newest_ts, 0))"
                                " WHERE status IN ('dropped', 'failed')",
                                (aid, url, reason, self.hints.get(aid), run_id, time.time()))
            self.db.executemany("INSERT OR REPLACE INTO sitemaps VALUES (?, ?, 'noted', ?)",
                                [(u, m, run_id) for u, m in staged.sitemaps_noted.items()])
            self.db.executemany("INSERT OR REPLACE INTO sitemaps VALUES (?, ?, 'read', ?)",
                                [(u, m, run_id) for u, m in sitemaps_read.items()])
            self.db.execute("COMMIT")
        self._cache.clear()
        self.__dict__.pop("_deep", None)
        self.__dict__.pop("_sitemaps", None)
        return len(staged.exported), len(staged.touched), len(staged.dropped)

    # --- runs (the rolling baseline) ---------------------------------------------------------

    def record_run(self, run_id, started, finished, finish_reason, verdict, summary):
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, ?, ?, ?)",
                            (run_id, started, finished, finish_reason, verdict,
                             json.dumps(summary, sort_keys=True)))
            # Keep the history short: the baseline needs only the last few runs.
            self.db.execute("DELETE FROM runs WHERE run_id NOT IN"
                            " (SELECT run_id FROM runs ORDER BY started DESC LIMIT 200)")

    def recent_runs(self, limit=5, verdicts=("ok",)):
        """Summaries of the last ``limit`` finished runs with one of ``verdicts``, newest first."""
        marks = ",".join("?" * len(verdicts))
        rows = self.db.execute(f"SELECT * FROM runs WHERE verdict IN ({marks})"
                               " ORDER BY started DESC LIMIT ?", (*verdicts, limit)).fetchall()
        return [{**dict(r), "summary": json.loads(r["summary"] or "{}")} for r in rows]

    def close(self):
        self.db.close()


def for_crawler(crawler):
    """The one CrawlState of this crawler (opened on first use, in the crawler's STATE_DIR)."""
    state = getattr(crawler, "_newscrawl_state", None)
    if state is None:
        state = CrawlState(crawler.settings.get("STATE_DIR") or ".state",
                           crawler.settings.getfloat("NEWSCRAWL_RECHECK_DROPPED_HOURS", 24) * 3600)
        crawler._newscrawl_state = state
    return state
