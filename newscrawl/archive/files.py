"""The archive's files: their names, where they are, and retention."""

from __future__ import annotations

import logging
import time
from pathlib import Path

from newscrawl.archive.records import (
    INDEX_SUFFIX,
)

logger = logging.getLogger(__name__)

WARC_SUFFIX = ".warc.gz"


def archive_name(started):
    """The file name of a run's archive: its start time as Scrapy's feed ``%(time)s`` writes it."""
    return started.replace(microsecond=0).isoformat().replace(":", "-") + WARC_SUFFIX


def archive_folder(template, crawler):
    """NEWSCRAWL_ARCHIVE_DIR with ``%(feed_dir)s`` replaced by the folder of the run's first local
    feed file (``data/t3n`` for the dated default feed, the folder of ``-O out.jsonl``), so the
    archive lands beside the feeds and their manifests; ``data/<spider>`` without a local feed."""
    if "%(feed_dir)s" not in template:
        return template
    from newscrawl.run.outputs import local_feed_paths

    name = getattr(crawler.spidercls, "name", None) or "t3n"
    paths = local_feed_paths(crawler.settings)
    feed_dir = str(paths[0].parent).replace("%(name)s", name) if paths else f"data/{name}"
    return template.replace("%(feed_dir)s", feed_dir)


def prune(folder, days, now=None):
    """Delete archive files (and their indexes) last written more than ``days`` days ago."""
    cutoff = (now or time.time()) - days * 86400
    removed = []
    for path in sorted(Path(folder).glob(f"*{WARC_SUFFIX}")):
        try:
            if path.stat().st_mtime < cutoff:
                path.unlink()
                path.with_name(path.name + INDEX_SUFFIX).unlink(missing_ok=True)
                removed.append(path)
        except OSError as exc:
            logger.warning("Cannot prune %s: %s", path, exc)
    return removed


def archive_files(paths):
    """Every ``*.warc.gz`` / ``*.warc`` under ``paths`` (files or folders), sorted by name (run start)."""
    found = set()
    for item in map(Path, paths):
        if item.is_dir():
            found.update(p for p in item.rglob("*") if p.is_file() and p.name.endswith((WARC_SUFFIX, ".warc")))
        elif item.is_file():
            found.add(item)
        else:
            raise FileNotFoundError(f"no such archive file or folder: {item}")
    return sorted(found)
