"""Reading the web archive: the records of a WARC file (its index when complete), every archived
response by URL (``ArchiveIndex``), one record as a Scrapy response, the page an exported record
came from (``find_page``). A file torn by a kill reads up to its last whole record."""

from __future__ import annotations

import io
import json
import logging
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newscrawl.archive.files import archive_files
from newscrawl.archive.records import (
    INDEX_SUFFIX,
    KIND_HEADER,
    IndexEntry,
    entry_for,
    warc_date,
)

logger = logging.getLogger(__name__)


@dataclass
class ScanResult:
    entries: list
    torn: bool = False  # the file ends in a partial record (a run killed while writing it)
    error: str | None = None


def _from_index(path):
    """The index beside ``path``, if it accounts for every byte of the file (a killed run may
    have written a record but not its index line): else None, and the file is scanned."""
    index = path.with_name(path.name + INDEX_SUFFIX)
    try:
        lines = index.read_bytes().splitlines()
    except OSError:
        return None
    entries = []
    for line in lines:
        try:
            entries.append(IndexEntry(**json.loads(line)))
        except (ValueError, TypeError):
            return None
    if not entries:
        return None
    # The last response record is followed by its request record: the file must end after that.
    last = entries[-1]
    size = path.stat().st_size
    if size < last.offset + last.length:
        return None
    with open(path, "rb") as f:
        f.seek(last.offset + last.length)
        tail = f.read()
    if not _whole_members(tail):
        return None
    try:
        records = list(ArchiveIterator(io.BytesIO(tail)))
    except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError):
        return None
    if len(records) != 1 or records[0].rec_type != "request":
        return None
    for e in entries:
        e.file = str(path)
    return entries


def _whole_members(data):
    """True when ``data`` is whole gzip members only. warcio reads a member cut short by a kill
    without complaint (zlib returns what it has), so the end of a file is checked here."""
    while data:
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            member.decompress(data)
        except zlib.error:
            return False
        if not member.eof:
            return False
        data = member.unused_data
    return True


def scan(path, use_index=True):
    """The response records of one WARC file, in file order (its index when that is complete)."""
    path = Path(path)
    if use_index:
        entries = _from_index(path)
        if entries is not None:
            return ScanResult(entries)
    entries = []
    last = None  # (offset, length, was a response) of the last record read
    with open(path, "rb") as f:
        it = ArchiveIterator(f, arc2warc=False)
        try:
            for record in it:
                response = record.rec_type == "response" and record.http_headers is not None
                if response:
                    url = record.rec_headers.get_header("WARC-Target-URI")
                    date = record.rec_headers.get_header("WARC-Date")
                    status = int(record.http_headers.get_statuscode() or 0)
                    location = record.http_headers.get_header("Location")
                    kind = record.rec_headers.get_header(KIND_HEADER)
                offset, length = it.get_record_offset(), it.get_record_length()
                last = (offset, length, response)
                if response:
                    entries.append(entry_for(url, date, status, location, str(path), offset, length, kind))
        except (ArchiveLoadFailed, EOFError, OSError, zlib.error, ValueError) as exc:
            return ScanResult(entries, torn=True, error=f"{type(exc).__name__}: {exc}")
        if last is not None and path.name.endswith(".gz"):
            f.seek(last[0])
            if not _whole_members(f.read()):  # a record cut off by a kill: not a page
                if last[2]:
                    entries.pop()
                return ScanResult(entries, torn=True, error=f"partial record at offset {last[0]}")
    return ScanResult(entries)


@dataclass
class ArchivedResponse:
    entry: IndexEntry
    headers: list  # [(name, value)] as served (Content-Encoding and all)
    body: bytes  # the payload as served (still content-encoded)
    decoded: bytes  # the payload with its Content-Encoding undone (for the parser)


def read_record(entry):
    """The response record at ``entry`` (one seek, one gzip member)."""
    with open(entry.file, "rb") as f:
        f.seek(entry.offset)
        record = next(iter(ArchiveIterator(f)))
        headers = list(record.http_headers.headers)
        raw = record.raw_stream.read()
    decoded = raw
    encoding = next((v.strip().lower() for k, v in headers if k.lower() == "content-encoding"), "")
    if encoding and encoding != "identity":
        decoded = _decode(raw, encoding)
    return ArchivedResponse(entry, headers, raw, decoded)


def _decode(data, encoding):
    """Undo a Content-Encoding with warcio's own readers (gzip, deflate, br), as a WARC replay
    tool would; an encoding it does not know is left as it is (the parser then sees bytes it
    cannot read, and counts the page as bad input)."""
    from warcio.bufferedreaders import BufferedReader

    if encoding not in BufferedReader.get_supported_decompressors():
        return data
    return BufferedReader(io.BytesIO(data), decomp_type=encoding).read()


def to_response(archived, decoded=True, request=None, flags=("archived",)):
    """A Scrapy response for an archived record: decoded for the parser, or as served (replay,
    where HttpCompressionMiddleware decodes it like any download)."""
    headers = Headers()
    for k, v in archived.headers:
        if decoded and k.lower() in ("content-encoding", "content-length"):
            continue
        headers.appendlist(k, v)
    body = archived.decoded if decoded else archived.body
    cls = responsetypes.from_args(headers=headers, url=archived.entry.url, body=body)
    return cls(
        url=archived.entry.url,
        status=archived.entry.status,
        headers=headers,
        body=body,
        request=request,
        flags=list(flags),
    )


class ArchiveIndex:
    """Every response record of a set of WARC files, by URL; torn files read up to their tear."""

    def __init__(self, paths, use_index=True):
        self.files = archive_files(paths)
        self.by_url = {}
        self.entries = []
        self.torn = []
        for path in self.files:
            result = scan(path, use_index=use_index)
            if result.torn:
                self.torn.append((path, result.error))
                logger.warning(
                    "Archive %s ends in a partial record (a killed run): read up to it (%s)", path, result.error
                )
            self.entries.extend(result.entries)
        for e in self.entries:
            self.by_url.setdefault(e.url, []).append(e)
        for versions in self.by_url.values():
            versions.sort(key=lambda e: e.date)

    def newest(self, url, before=None):
        """The newest record of ``url`` (fetched at or before ``before``, if given)."""
        versions = self.by_url.get(url) or []
        if before is not None:
            versions = [e for e in versions if e.date <= before]
        return versions[-1] if versions else None

    def near(self, url, entry):
        """The record of ``url`` that belongs with ``entry``: the first one fetched after it in the
        same file (the later page of that very fetch), else the newest."""
        versions = self.by_url.get(url) or []
        same = [e for e in versions if e.file == entry.file and e.date >= entry.date]
        return same[0] if same else (versions[-1] if versions else None)

    def resolve(self, url, entry=None, hops=5):
        """Follow archived redirects from ``url`` to a record that is not one (or None)."""
        for _ in range(hops + 1):
            found = self.near(url, entry) if entry is not None else self.newest(url)
            if found is None or not (300 <= found.status < 400 and found.location):
                return found
            from urllib.parse import urljoin

            url = urljoin(url, found.location)
        return None

    def first_pages(self):
        """Page 1 records (HTTP 200) of every article, grouped by id, oldest first."""
        out = {}
        for e in self.entries:
            if e.id and e.page is None and e.status == 200 and e.kind != "other":
                out.setdefault(e.id, []).append(e)
        for versions in out.values():
            versions.sort(key=lambda e: e.date)
        return out


def find_page(paths, article_id, at=None):
    """The archived page 1 an exported record came from: the newest fetch of article
    ``article_id`` at or before ``at`` (the record's ``crawled_at``), else the newest."""
    index = ArchiveIndex(paths)
    versions = index.first_pages().get(str(article_id), [])
    if at:
        limit = warc_date(datetime.fromisoformat(at) + timedelta(seconds=1))
        earlier = [e for e in versions if e.date <= limit]
        versions = earlier or versions
    return versions[-1] if versions else None
