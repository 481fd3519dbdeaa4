"""Atomic local feed storage: a reader sees a run's file complete or not at all.

Scrapy's ``FileFeedStorage`` writes straight into the target, so a killed run leaves a torn last
line there. This storage writes into a hidden temporary file in the same folder, and on store
flushes it, fsyncs it, gives it its final mode and renames it into place (``os.replace`` is atomic
within one file system), then fsyncs the folder so the rename itself survives a crash.

Registered for the ``""`` and ``file`` schemes (settings.FEED_STORAGES), so the dated default
feed, ``-O out.jsonl`` and ``-o out.jsonl`` are all atomic. ``-o`` (append) copies the existing
file into the temporary one first, so the appended result also appears in one step.

Feed files get the usual mode for the user's umask but are never world-writable. Temporary files
left behind by a killed run (``.<name>.<pid>.<random>.part``) are removed by the next run.

A full disk (``ENOSPC`` / ``EDQUOT``): Scrapy's feed exporter writes each item into the open file
as it comes, and an ``OSError`` there would be logged with a traceback for every item after it.
The temporary file here catches the first one, hands it to ``newscrawl.run.disk.disk_full`` (one
log line naming the path and the free space, the verdict, the spider closed with ``disk_full``)
and drops every write after it; ``store`` then removes the temporary file and fails, so no final
file appears and nothing is recorded as exported (``run.status.RunStatus``).
https://docs.scrapy.org/en/latest/topics/feed-exports.html#storages
"""

from __future__ import annotations

import io
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from w3lib.url import file_uri_to_path

from newscrawl.diskspace import DiskFullError, is_disk_full
from newscrawl.run.disk import disk_full, quiet_feed_tracebacks

logger = logging.getLogger(__name__)

_PART = re.compile(r"^\..+\.(?P<pid>\d+)\.[^.]+\.part$")
NOT_STORED = "the feed file was not stored; none of its articles is recorded as exported, the next run with free space exports them"


def _umask():
    mask = os.umask(0)
    os.umask(mask)
    return mask


def public_mode():
    """Mode for files readers may read: what the umask allows, but never world-writable."""
    return 0o666 & ~_umask() & ~0o002


def fsync_dir(folder):
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _pid_alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_parts(folder):
    """Delete temporary files of runs that no longer exist (killed before their store)."""
    removed = 0
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    for name in names:
        m = _PART.match(name)
        if m and int(m["pid"]) != os.getpid() and not _pid_alive(int(m["pid"])):
            try:
                os.unlink(os.path.join(folder, name))
                removed += 1
            except OSError:
                pass
    return removed


def open_temp(target):
    """A new hidden temporary file beside ``target`` (same folder, so the rename is atomic)."""
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=".part", dir=target.parent)
    return os.fdopen(fd, "w+b"), tmp


def commit_temp(file, tmp, target, mode=None):
    """Flush, fsync, chmod and rename ``tmp`` onto ``target``; fsync the folder."""
    file.flush()
    os.fsync(file.fileno())
    file.close()
    os.chmod(tmp, public_mode() if mode is None else mode)
    os.replace(tmp, target)
    fsync_dir(Path(target).parent)


def write_atomic(target, data: bytes, mode=None):
    """Write a small file (a manifest, a status file) so that it appears complete or not at all."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    file, tmp = open_temp(target)
    try:
        file.write(data)
        commit_temp(file, tmp, target, mode)
    except BaseException:
        file.close()
        Path(tmp).unlink(missing_ok=True)
        raise


class GuardedFile(io.BufferedRandom):
    """A feed's temporary file that survives a full disk quietly.

    The first write (or flush) that fails with ENOSPC / EDQUOT calls ``on_full(exc)`` once; that
    write and every one after it are dropped (the file will not be stored), so the exporter goes
    on without an exception per item. ``tell`` keeps counting (pyarrow asks it for offsets).
    Any other ``OSError`` is raised as before.
    """

    def __init__(self, raw: io.RawIOBase, on_full: Callable[[OSError], Any]):
        super().__init__(raw)
        self.on_full = on_full
        self.full: OSError | None = None
        self._position = 0  # the logical position once full

    def _failed(self, exc: OSError, lost: int = 0) -> None:
        if self.full is None:
            try:
                self._position = super().tell()
            except OSError:
                self._position = 0
            self.full = exc
            self.on_full(exc)
        self._position += lost

    def write(self, data: Any) -> int:
        size = memoryview(data).nbytes
        if self.full is not None:
            self._position += size
            return size
        try:
            return super().write(data)
        except OSError as exc:
            if not is_disk_full(exc):
                raise
            self._failed(exc, size)
            return size

    def flush(self) -> None:
        if self.full is not None:
            return
        try:
            super().flush()
        except OSError as exc:
            if not is_disk_full(exc):
                raise
            self._failed(exc)

    def tell(self) -> int:
        return self._position if self.full is not None else super().tell()

    def close(self) -> None:
        try:
            super().close()
        except OSError as exc:
            if self.full is None or not is_disk_full(exc):
                raise


class AtomicFileFeedStorage:
    """Drop-in replacement for Scrapy's FileFeedStorage (same URIs, same ``overwrite`` option)."""

    def __init__(self, uri: str, *, feed_options: dict | None = None, crawler: Any = None):
        self.path = Path(file_uri_to_path(uri) if uri.startswith("file:") else uri).absolute()
        feed_options = feed_options or {}
        self.overwrite = bool(feed_options.get("overwrite", False))
        self.format = feed_options.get("format")
        self.crawler = crawler
        self.tmp: str | None = None
        self.file: GuardedFile | None = None
        self.stored = False  # True once the file is durably in place (read by RunStatus)
        self.storing = False

    @classmethod
    def from_crawler(cls, crawler: Any, uri: str, *, feed_options: dict | None = None) -> AtomicFileFeedStorage:
        quiet_feed_tracebacks()  # "Error storing …" of a full disk: its message, not a traceback
        return cls(uri, feed_options=feed_options, crawler=crawler)

    def open(self, spider):
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        stale = remove_stale_parts(folder)
        if stale:
            logger.info("Removed %d unfinished feed file(s) of killed runs in %s", stale, folder)
        try:
            fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.{os.getpid()}.", suffix=".part", dir=folder)
        except OSError as exc:  # not even an empty file: the items go nowhere, store() fails
            if not is_disk_full(exc):
                raise
            self._disk_full(exc)
            fd = os.open(os.devnull, os.O_RDWR)
        file = GuardedFile(io.FileIO(fd, "r+"), self._disk_full)
        if self.tmp is None:
            file.full = DiskFullError(self.path)
        self.file = file
        if not self.overwrite and self.path.exists():
            self._copy_existing(file)
        return file

    def _disk_full(self, exc: OSError, consequence: str | None = None) -> None:
        if consequence is None and self.storing:  # the crawl is over: the file is not stored
            consequence = NOT_STORED
        if self.crawler is not None:
            disk_full(self.crawler, self.path, exc, what="feed", consequence=consequence)
        else:
            logger.error("%s (%s)", DiskFullError(self.path), exc)

    def _copy_existing(self, file):
        """Appending (-o): start from the current file; a torn last line (left by a writer that
        was not atomic) is cut off rather than glued to our first record."""
        with self.path.open("rb") as old:
            shutil.copyfileobj(old, file)
        if file.full is not None:
            return
        size = file.tell()
        if size and self.format in ("jsonlines", "jl", "csv"):
            file.seek(max(0, size - 1))
            if file.read(1) != b"\n":
                file.seek(0)
                data = file.read()
                keep = data.rfind(b"\n") + 1
                logger.warning("Feed %s ended with a torn line (%d bytes); it was cut off", self.path, size - keep)
                file.seek(keep)
                file.truncate()
        file.seek(0, os.SEEK_END)

    def store(self, file):
        """Rename the finished temporary file into place; on a full disk (met while the items were
        written, or now) remove it and fail: no final file, nothing recorded as exported."""
        guarded = self.file if self.file is not None else file
        self.storing = True
        try:
            file.flush()  # the last buffered items: a full disk shows here at the latest
            if getattr(guarded, "full", None) is not None or self.tmp is None:
                raise DiskFullError(self.path, cause=getattr(guarded.full, "strerror", None))
            commit_temp(file, self.tmp, self.path)
        except BaseException as exc:
            try:
                file.close()
            except OSError:
                pass
            if self.tmp is not None:
                Path(self.tmp).unlink(missing_ok=True)
            if isinstance(exc, OSError) and is_disk_full(exc) and not isinstance(exc, DiskFullError):
                if getattr(guarded, "full", None) is None:
                    self._disk_full(exc, NOT_STORED)
                raise DiskFullError(self.path, cause=exc.strerror) from exc
            raise
        self.stored = True
        return None
