"""A full disk, told apart from other write errors, and named: which path, how much is free.

Standard library only: the crawl state, the feed storage, the archive's writer process and the
run's verdict (``run/disk.py``, which also stops the crawl) all use it.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})


class DiskFullError(OSError):
    """A write failed for want of space; ``str()`` names the path and the free space."""

    def __init__(self, path: str | os.PathLike[str], free: int | None = None, cause: str | None = None):
        self.path = str(path)
        self.free = free_bytes(path) if free is None else free
        super().__init__(errno.ENOSPC, describe(self.path, self.free), self.path)
        self.cause = cause

    def __str__(self) -> str:
        return describe(self.path, self.free)


def is_disk_full(exc: BaseException | None) -> bool:
    """True for ENOSPC / EDQUOT (an ``OSError`` or SQLite's "database or disk is full"),
    also when it is the cause or context of ``exc``."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS:
            return True
        if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
            return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def free_bytes(path: str | os.PathLike[str]) -> int | None:
    """Free bytes on the file system of ``path`` (or of its nearest existing parent)."""
    probe = Path(path).absolute()
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        return shutil.disk_usage(probe).free
    except OSError:
        return None


def describe(path: str | os.PathLike[str], free: int | None) -> str:
    """``disk full: /srv/news/t3n/x.jsonl, 4,096 bytes free`` (the verdict's words)."""
    return f"disk full: {path}, {'unknown' if free is None else f'{free:,}'} bytes free"
