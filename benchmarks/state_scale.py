"""The crawl state at a million known articles (issue 11): rows written straight into SQLite.

A million crawled articles would take days; the state only needs the rows. ``fill`` adds synthetic
exported articles (ids below the replica's, so no page of the replica is among them, and values
of the width real rows have) to an existing STATE_DIR, in one transaction. Then the benchmark
measures, against the same state before the fill: the file size per article, a no-op cron run's
wall time, and the cost of one known-id check (``CrawlState.is_known``), for ids in the state and
not in it.

    python benchmarks/state_scale.py STATE_DIR 1000000      # fill, then time the checks
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from newscrawl.state import DB_NAME, CrawlState  # noqa: E402

START_ID = 100_000  # synthetic ids 100000 … ; the replica's start at 1,400,000


def fill(state_dir, n_rows, start_id=START_ID, chunk=50_000):
    """Add n_rows exported articles to the state in STATE_DIR (created if needed)."""
    CrawlState(state_dir).close()  # the schema, the file modes, the indexes
    db = sqlite3.connect(Path(state_dir) / DB_NAME, isolation_level=None)
    db.execute("PRAGMA synchronous=OFF")  # a benchmark fill: durability does not matter here
    t0 = time.time() - 3 * 365 * 86400
    db.execute("BEGIN")
    for lo in range(0, n_rows, chunk):
        rows = []
        for k in range(lo, min(n_rows, lo + chunk)):
            aid = str(start_id + k)
            ts = t0 + k * 90.0
            iso = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(ts))
            rows.append(
                (
                    aid,
                    f"https://t3n.de/news/ein-synthetischer-artikel-mit-einem-slug-{aid}/",
                    f"{random.getrandbits(256):064x}",
                    iso,
                    iso,
                    ts,
                    iso,
                    iso,
                    "20240101T000000Z-00000000",
                    ts,
                )
            )
        db.executemany(
            "INSERT OR IGNORE INTO articles (id, url, status, revision, content_hash, modified, published,"
            " newest_ts, first_seen, last_exported, last_run, checked_ts)"
            " VALUES (?, ?, 'exported', 1, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def db_bytes(state_dir):
    return sum(p.stat().st_size for p in Path(state_dir).glob(DB_NAME + "*"))


def known_check_us(state_dir, ids, rounds=1):
    """Microseconds per ``is_known`` of each id (a fresh CrawlState: no cached rows)."""
    state = CrawlState(state_dir)
    try:
        t0 = time.perf_counter()
        for _ in range(rounds):
            for aid in ids:
                state.is_known(aid)
            state._cache.clear()
        return (time.perf_counter() - t0) / (len(ids) * rounds) * 1e6
    finally:
        state.close()


def main(argv=None):
    state_dir, n = (argv or sys.argv[1:])[:2]
    t = time.time()
    fill(state_dir, int(n))
    print(f"filled {n} rows in {time.time() - t:.1f}s: {db_bytes(state_dir) / int(n):.0f} bytes per article")
    ids = [str(START_ID + random.randrange(int(n))) for _ in range(5000)] + [str(9_000_000 + k) for k in range(5000)]
    print(f"is_known: {known_check_us(state_dir, ids):.1f} us per id")


if __name__ == "__main__":
    main()
