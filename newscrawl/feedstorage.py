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
https://docs.scrapy.org/en/latest/topics/feed-exports.html#storages
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

from w3lib.url import file_uri_to_path

logger = logging.getLogger(__name__)

_PART = re.compile(r"^\..+\.(?P<pid>\d+)\.[^.]+\.part$")


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


class AtomicFileFeedStorage:
    """Drop-in replacement for Scrapy's FileFeedStorage (same URIs, same ``overwrite`` option)."""

    def __init__(self, uri: str, *, feed_options: dict | None = None):
        self.path = Path(file_uri_to_path(uri) if uri.startswith("file:") else uri).absolute()
        feed_options = feed_options or {}
        self.overwrite = bool(feed_options.get("overwrite", False))
        self.format = feed_options.get("format")
        self.tmp = None
        self.stored = False  # True once the file is durably in place (read by RunStatus)

    def open(self, spider):
        folder = self.path.parent
        folder.mkdir(parents=True, exist_ok=True)
        stale = remove_stale_parts(folder)
        if stale:
            logger.info("Removed %d unfinished feed file(s) of killed runs in %s", stale, folder)
        file, self.tmp = open_temp(self.path)
        if not self.overwrite and self.path.exists():
            self._copy_existing(file)
        return file

    def _copy_existing(self, file):
        """Appending (-o): start from the current file; a torn last line (left by a writer that
        was not atomic) is cut off rather than glued to our first record."""
        with self.path.open("rb") as old:
            shutil.copyfileobj(old, file)
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
        try:
            commit_temp(file, self.tmp, self.path)
        except BaseException:
            Path(self.tmp).unlink(missing_ok=True)
            raise
        self.stored = True
        return None
