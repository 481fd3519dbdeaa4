"""Writing the web archive: the extension that hands every article response to the writer process.

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
feeds are stored and before ``run.status.RunStatus`` commits the crawl state.

A full disk: the writer process says so at once (``archive/records.py``), the crawl reads it with
the next response and stops (``newscrawl.run.disk``: one log line, verdict "disk full").

Kill safety: each response is handed to the writer process (``newscrawl/archive/records.py``) as
it arrives, long before its item can reach a feed file that is in place (feeds are renamed into
place at the end of the run, after the writer has written and fsynced the last record); the
writer writes each record pair with one ``write`` as whole gzip members. A SIGKILL leaves a file
that reads up to its last whole record; ``scan`` stops there and says so.

Reading it back: ``archive/reader.py``; replay: ``archive/replay.py``; ``scrapy reextract``:
``commands/reextract.py``.

scrapy-webarchive (0.5) was not used: its exporter records on ``response_received`` (no
redirect hops, bodies already decoded) and packs a WACZ file when the spider closes (a zip is
whole only once its central directory is written, so a killed run leaves no readable package);
warcio is the library it builds on too.
"""

from __future__ import annotations

import collections
import fcntl
import hashlib
import json
import logging
import os
import resource
import subprocess
import sys
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import NotConfigured

from newscrawl import __version__
from newscrawl.archive.files import WARC_SUFFIX, archive_folder, archive_name, prune
from newscrawl.archive.records import (
    INDEX_SUFFIX,
    frame,
    warc_date,
)
from newscrawl.diskspace import DiskFullError
from newscrawl.feedstorage import public_mode
from newscrawl.run.disk import disk_full
from newscrawl.run.outputs import check_output_folder, local_feed_paths

logger = logging.getLogger(__name__)

# Responses the archive keeps: the page as the site served it. 5xx and 429 are the server's
# trouble of the moment, retried and not a version of any page.
_TRANSIENT = range(500, 600)
# Hop-by-hop framing Twisted has already undone: the stored body is not chunked any more.
_DROP_HEADERS = {b"transfer-encoding"}


class ArchiveWriter:
    """Extension: the run's WARC file (see the module docstring). Off with NEWSCRAWL_ARCHIVE_DIR=''.

    The records are built, hashed, compressed and written by a process of its own
    (``newscrawl/archive/records.py``, says why); this side copies each wanted response into its
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
        self.out = bytearray()  # what the writer said so far (a full disk at once, the result at the end)
        self.max_pending = settings.getint("NEWSCRAWL_ARCHIVE_BUFFER_MB", 64) * 2**20
        crawler.newscrawl_archive = self  # run.status.RunStatus lists the files in the run's manifest

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
        if self.proc is not None and not self.failed:
            self._poll()
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
                    "newscrawl.archive.records",
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
        os.set_blocking(self.proc.stdout.fileno(), False)  # read as the crawl goes (_poll)
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

    def _poll(self):
        """Read what the writer said so far without waiting: a full disk stops the crawl at once."""
        fd = self.proc.stdout.fileno()
        try:
            while chunk := os.read(fd, 65536):
                self.out += chunk
        except (BlockingIOError, InterruptedError):
            pass
        except OSError:
            return
        for line in bytes(self.out).splitlines():
            try:
                said = json.loads(line)
            except ValueError:
                continue
            if said.get("event") == "disk_full":
                self._disk_full(said)
                return

    def _disk_full(self, said, consequence=None):
        path = said.get("path") or self.path or self.folder
        self._fail(DiskFullError(path, said.get("free_bytes"), cause=said.get("error")), quiet=True)
        disk_full(self.crawler, path, self.failed, what="archive", consequence=consequence)

    def _fail(self, exc, quiet=False):
        if not self.failed:
            self.failed = exc
            if not quiet:
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
        os.set_blocking(self.proc.stdout.fileno(), True)
        out = bytes(self.out) + self.proc.stdout.read()
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
        if self.result.get("disk_full") and not self.failed:
            self._disk_full(self.result["disk_full"], "the archive ends at its last whole record")
        elif self.result.get("error"):
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
        """For the run's manifest: the archive and its index, with sizes and hashes (paths relative
        to ``relative_to``, the feed folder)."""
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
