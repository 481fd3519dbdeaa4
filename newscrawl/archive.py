"""A web archive of what the crawl fetched: WARC files (warcio), and reading them back.

Writing (``ArchiveWriter``, an extension): every article page the spider fetches (each page of a
multi-page article, each redirect hop) becomes a WARC ``response`` record with its ``request``
record, headers and bytes as the server sent them, gzip per record, in one file per run:
``NEWSCRAWL_ARCHIVE_DIR/<run start>.warc.gz`` (the run's dated feed has the same name), with an
index beside it (``….warc.gz.idx``, JSON Lines: one line per response record, see ``IndexEntry``).
``NEWSCRAWL_ARCHIVE_LISTINGS`` adds home, listing, feed and robots.txt responses.

Why an extension on ``response_downloaded`` and not ``response_received`` or a downloader
middleware: ``response_downloaded`` is sent for exactly what the download handler returned,
before any downloader middleware, so redirects (3xx, turned into new requests by
RedirectMiddleware and never seen by ``response_received``) and the undecoded body with its
``Content-Encoding`` are archived as served. An extension also owns the file's lifecycle: it is
ordered before Scrapy's FeedExporter, so its ``spider_closed`` (drain, fsync) runs before the
feeds are stored and before ``extensions.RunStatus`` commits the crawl state.

Kill safety: each response is handed to the writer process (``newscrawl/archive_writer.py``) as
it arrives, long before its item can reach a feed file that is in place (feeds are renamed into
place at the end of the run, after the writer has written and fsynced the last record); the
writer writes each record pair with one ``write`` as whole gzip members. A SIGKILL leaves a file
that reads up to its last whole record; ``scan`` stops there and says so.

Reading: ``scan`` (records of one file, its index when that is complete), ``ArchiveIndex`` (every
response by URL, oldest first), ``read_record`` and ``to_response`` (a record as a Scrapy
response). ``newscrawl/replay.py`` answers a crawl from an archive (``-s NEWSCRAWL_REPLAY=DIR``),
and ``commands/reextract.py`` rebuilds items from it; ``ArchiveAddon`` turns either on.

scrapy-webarchive (0.5) was not used: its exporter records on ``response_received`` (no
redirect hops, bodies already decoded) and packs a WACZ file when the spider closes (a zip is
whole only once its central directory is written, so a killed run leaves no readable package);
warcio is the library it builds on too.
"""

from __future__ import annotations

import collections
import fcntl
import hashlib
import io
import json
import logging
import os
import resource
import subprocess
import sys
import time
import zlib
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newscrawl import __version__
from newscrawl.archive_writer import INDEX_SUFFIX, KIND_HEADER, IndexEntry, entry_for, frame, parse_warc_date, warc_date  # noqa: F401 (parse_warc_date: for readers)
from newscrawl.feedstorage import public_mode

logger = logging.getLogger(__name__)

WARC_SUFFIX = ".warc.gz"
# Responses the archive keeps: the page as the site served it. 5xx and 429 are the server's
# trouble of the moment, retried and not a version of any page.
_TRANSIENT = range(500, 600)
# Hop-by-hop framing Twisted has already undone: the stored body is not chunked any more.
_DROP_HEADERS = {b"transfer-encoding"}


def archive_name(started):
    """The file name of a run's archive: its start time as Scrapy's feed ``%(time)s`` writes it."""
    return started.replace(microsecond=0).isoformat().replace(":", "-") + WARC_SUFFIX


# --- writing ------------------------------------------------------------------------------------


class ArchiveWriter:
    """Extension: the run's WARC file (see the module docstring). Off with NEWSCRAWL_ARCHIVE_DIR=''.

    The records are built, hashed, compressed and written by a process of its own
    (``newscrawl/archive_writer.py``, says why); this side copies each wanted response into its
    pipe (a full pipe slows the crawl instead of filling memory) and, at the end, waits for it to
    fsync and report.
    """

    def __init__(self, crawler, folder):
        self.crawler = crawler
        self.stats = crawler.stats
        settings = crawler.settings
        self.folder = Path(folder)
        self.level = min(max(settings.getint("NEWSCRAWL_ARCHIVE_GZIP_LEVEL", 2), 0), 3)  # ISA-L has 0-3
        self.listings = settings.getbool("NEWSCRAWL_ARCHIVE_LISTINGS", False)
        self.keep_days = settings.getfloat("NEWSCRAWL_ARCHIVE_KEEP_DAYS", 0)
        from newscrawl.extensions import check_output_folder, local_feed_paths  # (they do not import us)

        for path in local_feed_paths(settings):  # a bad feed folder is named as such (RunLock checks later)
            check_output_folder(path)
        check_output_folder(self.folder / "x")  # before any request, like the feed folders
        self.started = None  # set at spider_opened, the moment the feed exporter takes %(time)s
        self.path = None
        self.proc = None
        self.result = None
        self.failed = None
        self.sent = 0
        self.fd = None
        self.pending = collections.deque()  # frames the writer has not taken yet
        self.pending_bytes = 0
        self.max_pending = settings.getint("NEWSCRAWL_ARCHIVE_BUFFER_MB", 64) * 2**20
        crawler.newscrawl_archive = self  # extensions.RunStatus lists the files in manifest.json

    @classmethod
    def from_crawler(cls, crawler):
        folder = crawler.settings.get("NEWSCRAWL_ARCHIVE_DIR")
        if not folder:
            raise NotConfigured
        if crawler.settings.get("NEWSCRAWL_REPLAY"):
            logger.info("Replaying an archive: no new archive is written")
            raise NotConfigured
        ext = cls(crawler, archive_folder(folder, crawler))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.started = datetime.now(UTC)
        if self.keep_days > 0:
            pruned = prune(self.folder, self.keep_days)
            if pruned:
                logger.info(
                    "Pruned %d archive file(s) older than %s days in %s", len(pruned), self.keep_days, self.folder
                )

    def wanted(self, request, response):
        if response.status in _TRANSIENT or response.status == 429:
            return False
        return _is_article(request) or self.listings

    def response_downloaded(self, response, request, spider):
        if self.failed or not self.wanted(request, response):
            return
        if self.proc is None:
            self._start()
            if self.failed:
                return
        parts = urlsplit(request.url)
        req_headers = [
            (k.decode("latin-1"), v.decode("latin-1")) for k, values in request.headers.items() for v in values
        ]
        if not any(k.lower() == "host" for k, _ in req_headers):
            req_headers.insert(0, ("Host", parts.netloc))
        try:
            reason = HTTPStatus(response.status).phrase
        except ValueError:
            reason = "Unknown"
        fetched = datetime.now(UTC)
        # the item's crawled_at: the WARC-Date of its page, to the second (reextract gives it again)
        request.meta["newscrawl_fetched_at"] = fetched.replace(microsecond=0).isoformat()
        meta = {
            "url": response.url,
            "date": warc_date(fetched),
            "status": response.status,
            "reason": reason,
            "protocol": getattr(response, "protocol", None),
            "headers": [
                (k.decode("latin-1"), v.decode("latin-1"))
                for k, values in response.headers.items()
                if k.lower() not in _DROP_HEADERS
                for v in values
            ],
            "method": request.method,
            "target": (parts.path or "/") + (f"?{parts.query}" if parts.query else ""),
            "request_headers": req_headers,
            "kind": "article" if _is_article(request) else "other",
        }
        for piece in frame(meta, response.body, request.body):
            self.pending.append(memoryview(piece))
            self.pending_bytes += len(piece)
        try:
            # what the pipe takes now; past the cap, wait for the writer (memory stays bounded)
            self._flush(wait_until=self.max_pending // 2 if self.pending_bytes > self.max_pending else None)
        except OSError as exc:  # the writer died: say so, and crawl on without the archive
            self._fail(exc)
            return
        self.sent += 1
        self.stats.inc_value("newscrawl/archive/responses")

    def _start(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        name = archive_name(self.started or datetime.now(UTC))
        path = self.folder / name
        n = 1
        while path.exists() or path.with_name(path.name + INDEX_SUFFIX).exists():
            path = self.folder / name.replace(WARC_SUFFIX, f"-{n}{WARC_SUFFIX}")  # a second run in the same second
            n += 1
        from scrapy import __version__ as scrapy_version

        settings = self.crawler.settings
        info = {
            "software": f"newscrawl/{__version__} (Scrapy {scrapy_version}, warcio)",
            "format": "WARC File Format 1.1",
            "http-header-user-agent": settings.get("USER_AGENT"),
            "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
            "isPartOf": getattr(self.crawler, "newscrawl_run_id", None),
        }
        # the child imports newscrawl from where this process did (a scrapyd egg, a checkout)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.children_cpu = usage.ru_utime + usage.ru_stime
        try:
            self.proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "newscrawl.archive_writer",
                    str(path),
                    str(self.level),
                    oct(public_mode()),
                    json.dumps(info),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=env,
                bufsize=0,
            )
        except OSError as exc:
            self._fail(exc)
            return
        self.fd = self.proc.stdin.fileno()
        try:  # room for a few pages in the pipe itself
            fcntl.fcntl(self.fd, _F_SETPIPE_SZ, 1 << 20)
        except OSError:
            pass
        # Never wait for the writer while it catches up (another process may hold the CPU for a
        # while): frames it has not taken yet wait here, up to NEWSCRAWL_ARCHIVE_BUFFER_MB.
        os.set_blocking(self.fd, False)
        self.path = path
        logger.info("Archiving article pages to %s", path)

    def _flush(self, wait_until=None):
        """Write pending frames to the writer's pipe: what it takes now; with ``wait_until``
        (bytes), first wait for the writer until no more than that is pending."""
        if wait_until is not None and self.pending_bytes > wait_until:
            os.set_blocking(self.fd, True)
            try:
                while self.pending and self.pending_bytes > wait_until:
                    self._write_some()
            finally:
                os.set_blocking(self.fd, False)
        try:
            while self.pending:
                self._write_some()
        except BlockingIOError:
            pass

    def _write_some(self):
        written = os.write(self.fd, self.pending[0])
        self.pending_bytes -= written
        if written == len(self.pending[0]):
            self.pending.popleft()
        else:
            self.pending[0] = self.pending[0][written:]

    def _fail(self, exc):
        if not self.failed:
            self.failed = exc
            logger.error(
                "Archive %s cannot be written (%s): the pages fetched from now on are not archived",
                self.path or self.folder,
                exc,
            )
        self.stats.inc_value("newscrawl/archive/write_failed")

    def spider_closed(self, spider, reason):
        """Wait for the writer to write and fsync the last record, before the feeds are stored
        and the state is committed."""
        if self.proc is None:
            return
        try:
            if not self.failed:
                self._flush(wait_until=0)
            self.proc.stdin.close()
        except OSError as exc:
            self._fail(exc)
        out = self.proc.stdout.read()
        self.proc.wait()
        # the writer's CPU time (a child of this process, so in RUSAGE_CHILDREN once waited for)
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        self.stats.set_value(
            "newscrawl/archive/writer_cpu_s", round(usage.ru_utime + usage.ru_stime - self.children_cpu, 3)
        )
        try:
            self.result = json.loads(out.decode().strip().splitlines()[-1])
        except (ValueError, IndexError):
            self.result = {
                "records": None,
                "size": None,
                "sha256": None,
                "error": f"the writer ended with exit status {self.proc.returncode}",
            }
        if self.result.get("error"):
            self._fail(self.result["error"])
        self.stats.set_value("newscrawl/archive/records", self.result.get("records"))
        self.stats.set_value("newscrawl/archive/bytes", self.result.get("size"))
        logger.info(
            "Archive closed (fsynced): %s records, %s bytes in %s",
            self.result.get("records"),
            self.result.get("size"),
            self.path,
        )

    def manifest_entries(self, relative_to):
        """For manifest.json: the archive and its index, with sizes and hashes."""
        if self.path is None or self.result is None:
            return []
        out = [
            {
                "path": os.path.relpath(self.path, relative_to),
                "kind": "warc",
                "records": self.result.get("records"),
                "bytes": self.result.get("size"),
                "sha256": self.result.get("sha256"),
                "complete": not self.failed,
            }
        ]
        index = self.path.with_name(self.path.name + INDEX_SUFFIX)
        try:
            data = index.read_bytes()
            out.append(
                {
                    "path": os.path.relpath(index, relative_to),
                    "kind": "index",
                    "bytes": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(),
                }
            )
        except OSError:
            pass
        return out


def _is_article(request):
    """A request the spider made for an article page (page 1 or later, and their redirects)."""
    return bool((request.cb_kwargs or {}).get("article_id"))


_F_SETPIPE_SZ = 1031  # Linux fcntl: the pipe's buffer size (fcntl.F_SETPIPE_SZ from Python 3.10 on Linux)


def archive_folder(template, crawler):
    """NEWSCRAWL_ARCHIVE_DIR with ``%(feed_dir)s`` replaced by the folder of the run's first local
    feed file (``data/t3n`` for the dated default feed, the folder of ``-O out.jsonl``), so the
    archive lands beside the feeds and their manifest.json; ``data/<spider>`` without a local feed."""
    if "%(feed_dir)s" not in template:
        return template
    from newscrawl.extensions import local_feed_paths

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


# --- reading ------------------------------------------------------------------------------------


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


class ArchiveAddon:
    """Scrapy add-on: turns the archive on or the replay on, from the settings of this run
    (add-ons see the command line's ``-s``, settings.py cannot).
    https://docs.scrapy.org/en/latest/topics/addons.html"""

    def update_settings(self, settings):
        if settings.get("NEWSCRAWL_REPLAY"):
            handlers = dict(settings.getdict("DOWNLOAD_HANDLERS"))
            handlers.update(
                {"http": "newscrawl.replay.ReplayDownloadHandler", "https": "newscrawl.replay.ReplayDownloadHandler"}
            )
            # DOWNLOAD_HANDLERS is a plain dict setting: replace it at the priority it has
            settings.set("DOWNLOAD_HANDLERS", handlers, priority=settings.getpriority("DOWNLOAD_HANDLERS") or "addon")
            from newscrawl.replay import ReplayStart

            settings.set_in_component_priority_dict("SPIDER_MIDDLEWARES", ReplayStart, 10)
        elif settings.get("NEWSCRAWL_ARCHIVE_DIR"):
            # before Scrapy's FeedExporter (order 0), so that its spider_closed runs first
            settings.set_in_component_priority_dict("EXTENSIONS", ArchiveWriter, -100)


# --- command line: the page of a record, pruning -----------------------------------------------


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


def main(argv=None):
    import argparse
    import sys

    p = argparse.ArgumentParser(prog="python -m newscrawl.archive", description="newscrawl's WARC archive")
    sub = p.add_subparsers(dest="cmd", required=True)
    page = sub.add_parser("page", help="print the archived page an exported record came from")
    page.add_argument("id", help="the record's id")
    page.add_argument("--at", help="the record's crawled_at (default: the newest archived version)")
    page.add_argument("--folder", default="data/t3n/archive", help="archive files or folder")
    page.add_argument("--where", action="store_true", help="print file, offset and date instead of the page")
    prune_p = sub.add_parser("prune", help="delete archive files older than N days")
    prune_p.add_argument("--days", type=float, required=True)
    prune_p.add_argument("--folder", default="data/t3n/archive")
    args = p.parse_args(argv)
    if args.cmd == "prune":
        for path in prune(args.folder, args.days):
            print(f"removed {path}", file=sys.stderr)
        return 0
    entry = find_page([args.folder], args.id, args.at)
    if entry is None:
        print(f"article {args.id} is not in {args.folder}", file=sys.stderr)
        return 1
    if args.where:
        print(json.dumps(asdict(entry), ensure_ascii=False))
        return 0
    print(f"{entry.url} fetched {entry.date}: {entry.file} offset {entry.offset}", file=sys.stderr)
    sys.stdout.buffer.write(read_record(entry).decoded)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
