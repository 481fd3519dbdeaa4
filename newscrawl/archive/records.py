"""The WARC records of the archive: their index entries, and the process that writes a run's WARC file (started by ``archive.writer.ArchiveWriter``).

Why a process of its own: building a record (warcio), its digests and its gzip member cost ~3 ms
of CPU for a 300 KB page. In the crawl's thread that is a third of what the crawl spends per
page; in a thread beside it, every hash and zlib call that releases the GIL waits up to the
switch interval to get it back from the busy reactor, and the crawl measured at half speed. In a
process the crawl only copies each response into a pipe, and the records are built on the other
core. Imports only the standard library, warcio and ``newscrawl.processors`` (starts in ~50 ms).

Protocol on stdin, one frame per exchange: ``>I`` length + JSON metadata, ``>Q`` length + response
body, ``>Q`` length + request body. At EOF the file is fsynced and one JSON line goes to stdout:
``{"records", "size", "sha256", "error", "disk_full"}``. A frame cut short (the crawl was killed
while sending it) is dropped: only whole records reach the file.

A full disk (ENOSPC / EDQUOT) is said at once, not at EOF: the file and its index are cut back to
their last whole record and one line ``{"event": "disk_full", "path", "free_bytes", "error"}``
goes to stdout, which the crawl reads as it goes (``archive.writer``) and stops on.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import struct
import sys
from dataclasses import asdict, dataclass
from datetime import UTC
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import iso_date_to_datetime
from warcio.warcwriter import WARCWriter

from newscrawl.diskspace import free_bytes, is_disk_full
from newscrawl.feedstorage import fsync_dir
from newscrawl.processors import article_match

try:  # ISA-L's deflate: standard gzip members, ~5x faster than zlib for the same size at level 2
    from isal import isal_zlib as deflate
except ImportError:  # pragma: no cover - isal is in requirements.txt; zlib writes the same format
    import zlib as deflate  # type: ignore[no-redef]

KIND_HEADER = "Newscrawl-Kind"  # a WARC extension header: "article" or "other"
INDEX_SUFFIX = ".idx"  # <run>.warc.gz.idx: JSON Lines, but not *.jsonl (`scrapy dataset` reads those)


def warc_date(dt):
    """WARC 1.1 date with microseconds, always (warcio drops ``.000000``), so dates sort as text."""
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_warc_date(value):
    return iso_date_to_datetime(value).replace(tzinfo=UTC)


@dataclass
class IndexEntry:
    """One response record: where it is, what it is. ``id``/``page`` from the URL (t3n article
    URLs carry the id; page is null for page 1), ``date`` the WARC-Date (when it was fetched)."""

    url: str
    date: str
    status: int
    id: str | None
    page: int | None
    location: str | None
    file: str
    offset: int
    length: int
    # "article": fetched by the spider as an article page (WARC header Newscrawl-Kind), "other": a
    # listing, feed, robots.txt; None for archives written elsewhere (the URL then decides)
    kind: str | None = None

    def line(self):
        return (json.dumps(asdict(self), ensure_ascii=False) + "\n").encode("utf-8")


def entry_for(url, date, status, location, file, offset, length, kind=None):
    m = article_match(url)
    date = warc_date(parse_warc_date(date))  # one form (microseconds, Z): dates compare as text
    return IndexEntry(
        url=url,
        date=date,
        status=status,
        id=m["id"] if m else None,
        page=int(m["page"]) if m and m["page"] else None,
        location=location,
        file=file,
        offset=offset,
        length=length,
        kind=kind,
    )


class WarcFile:
    """One run's WARC file and its index; every byte written is hashed as it goes."""

    def __init__(self, path, level, info, mode=0o644):
        self.path = Path(path)
        self.index_path = self.path.with_name(self.path.name + INDEX_SUFFIX)
        self.level = level
        self.fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, mode)
        try:
            self.index = open(self.index_path, "xb", buffering=0)  # noqa: SIM115 (open for the writer's life)
            self.sha256 = hashlib.sha256()
            self.size = 0
            self.records = 0
            self.index_size = 0
            self.writer = WARCWriter(None, gzip=False, warc_version="1.1")
            self._write([self._member(self.writer.create_warcinfo_record(self.path.name, info))])
        except OSError:  # no room even for its first record (a full disk): leave no empty archive behind
            os.close(self.fd)
            index = getattr(self, "index", None)
            if index is not None:
                index.close()
                self.index_path.unlink(missing_ok=True)
            self.path.unlink(missing_ok=True)
            raise

    def _member(self, record):
        """One record as its own gzip member (record-at-a-time compression, as WARC readers
        expect). warcio would compress with zlib at level 9 (~10 ms per 300 KB page, zlib level 3
        still 2 ms); the record is built uncompressed by warcio and compressed here with ISA-L at
        NEWSCRAWL_ARCHIVE_GZIP_LEVEL (0-3; 2: 0.4 ms, 10 % larger than zlib level 3)."""
        buf = io.BytesIO()
        self.writer.out = buf
        self.writer.write_record(record)
        packer = deflate.compressobj(self.level, deflate.DEFLATED, 16 + 15)  # 16 +: a gzip member
        return packer.compress(buf.getvalue()) + packer.flush()

    def _write(self, members):
        """The members with one ``write`` (a kill cuts at most the last record)."""
        data = b"".join(members)
        view = memoryview(data)
        while view:
            written = os.write(self.fd, view)
            view = view[written:]
        self.sha256.update(data)
        offset = self.size
        self.size += len(data)
        self.records += len(members)
        return offset

    def add(self, meta, body, req_body):
        url, date, status = meta["url"], meta["date"], meta["status"]
        headers = [tuple(h) for h in meta["headers"]]
        http = StatusAndHeaders(f"{status} {meta['reason']}", headers, protocol=meta.get("protocol") or "HTTP/1.1")
        response = self.writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": date, KIND_HEADER: meta.get("kind") or "other"},
        )
        request = self.writer.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(req_body),
            length=len(req_body),
            http_headers=StatusAndHeaders(
                f"{meta['method']} {meta['target']} HTTP/1.1",
                [tuple(h) for h in meta["request_headers"]],
                is_http_request=True,
            ),
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        first = self._member(response)
        second = self._member(request)
        location = next((v for k, v in headers if k.lower() == "location"), None)
        before = (self.size, self.records, self.index_size, self.sha256.copy())
        try:
            offset = self._write([first, second])
            line = entry_for(
                url, date, status, location, self.path.name, offset, len(first), meta.get("kind") or "other"
            ).line()
            view = memoryview(line)
            while view:
                view = view[self.index.write(view) :]
            self.index_size += len(line)
        except OSError:
            self.cut(*before)
            raise

    def cut(self, size, records, index_size, sha256):
        """Back to the last whole record (a write failed half way: a full disk)."""
        try:
            os.ftruncate(self.fd, size)
            os.ftruncate(self.index.fileno(), index_size)
        except OSError:
            pass
        self.size, self.records, self.index_size, self.sha256 = size, records, index_size, sha256

    def close(self):
        os.fsync(self.fd)
        os.close(self.fd)
        self.index.flush()
        os.fsync(self.index.fileno())
        self.index.close()
        fsync_dir(self.path.parent)


def frame(meta, body, req_body):
    """One exchange as the writer process reads it, in pieces: the body is not copied (a 300 KB
    copy per page costs the crawl a fresh allocation and its page faults)."""
    head = json.dumps(meta, ensure_ascii=False).encode("utf-8")
    return [
        struct.pack(">I", len(head)) + head + struct.pack(">Q", len(body)),
        body,
        struct.pack(">Q", len(req_body)) + req_body,
    ]


def _read(stream, n):
    data = stream.read(n)
    if len(data) != n:
        raise EOFError
    return data


def main(argv):
    # Ctrl-C or a SIGTERM to the crawl's process group must not end the writer before the crawl
    # has sent its last page: it ends at EOF, when the crawl closes the pipe.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    path, level, mode, info = argv[0], int(argv[1]), int(argv[2], 8), json.loads(argv[3])
    stdin = sys.stdin.buffer
    error = None
    disk = None

    def disk_full(exc):
        """Said at once (one line on stdout), so the crawl stops fetching."""
        found = {"path": path, "free_bytes": free_bytes(path), "error": exc.strerror or str(exc)}
        sys.stdout.write(json.dumps({"event": "disk_full", **found}) + "\n")
        sys.stdout.flush()
        return found

    try:
        warc = WarcFile(path, level, info, mode)
    except OSError as exc:
        warc, error = None, f"{type(exc).__name__}: {exc}"
        if is_disk_full(exc):
            disk = disk_full(exc)
    while True:
        try:
            (n,) = struct.unpack(">I", _read(stdin, 4))
            meta = json.loads(_read(stdin, n))
            (n,) = struct.unpack(">Q", _read(stdin, 8))
            body = _read(stdin, n)
            (n,) = struct.unpack(">Q", _read(stdin, 8))
            req_body = _read(stdin, n)
        except EOFError:
            break
        if warc is None or error:
            continue  # keep reading: the crawl must never block on a full pipe
        try:
            warc.add(meta, body, req_body)
        except Exception as exc:  # a folder gone: said at the end, the crawl goes on; a full disk: now
            error = f"{type(exc).__name__}: {exc}"
            if is_disk_full(exc):
                disk = disk_full(exc)
    result = {"records": 0, "size": 0, "sha256": None, "error": error, "disk_full": disk}
    if warc is not None:
        try:
            warc.close()
        except OSError as exc:
            result["error"] = error or f"{type(exc).__name__}: {exc}"
            if is_disk_full(exc) and not disk:
                result["disk_full"] = {"path": path, "free_bytes": free_bytes(path), "error": exc.strerror}
        result |= {"records": warc.records, "size": warc.size, "sha256": warc.sha256.hexdigest()}
    try:
        sys.stdout.write(json.dumps(result) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # the crawl was forced to stop (a second Ctrl-C): nobody reads the result
        sys.stdout = None  # and no second error when Python flushes it at exit
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
