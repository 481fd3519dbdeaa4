"""A small HTTP server for the offline t3n.de replica.

Serves a site root (as written by ``replica.build``) on 127.0.0.1 the way a WordPress site
answers a crawler:

* ``/news/foo-123/`` -> ``<root>/news/foo-123/index.html``; a directory asked for without its
  trailing slash gets a 301 to the slash form, as WordPress does.
* the literal ``{{BASE}}`` in every served text body (HTML, XML, robots.txt, redirect targets)
  becomes this server's own ``http://127.0.0.1:PORT``, so pages can carry absolute links and
  canonical URLs that point back at the replica, whatever port it runs on.
* the query string is ignored for file lookup (``?utm_source=…`` serves the same page).
* test-only files are never served: ``expected.json``, ``meta.json``, ``expected_crawl.json`` and
  anything whose name starts with ``_`` or ``.`` answer 404.
* ``<root>/_redirects.json`` maps paths to redirects: ``{"/old/": {"status": 301,
  "location": "{{BASE}}/new/"}}`` (old slug -> new slug, or off-site).
* ``<root>/_headers.json`` maps paths to extra/overriding response headers (used by the
  bad-input pages: a PDF on an article URL, a page without charset …).
* ``*.xml.gz`` (gzipped sitemaps) get the same substitution inside the gzip stream.
* optional gzip of text bodies (``compress=True`` / ``--gzip``) for clients that accept it.
* every request is logged (method, path, status, fault) in memory and optionally as JSON Lines.
* FAULT mode (seeded): random 500/502/503, 429 with Retry-After, slow answers, connection
  resets and truncated bodies, each with its own rate, optionally only for the first K requests
  of each path so that a retrying crawler eventually gets through. Injected faults are counted.

Stdlib only and importable without the rest of the package, so it also runs as a script:

    python tests/replica/server.py --root tests/site --port 8000
    cd tests && python -m replica.server --root site --port 0 --fault-5xx 0.2 --fault-first-k 2
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import mimetypes
import random
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

BASE_MARKER = b"{{BASE}}"

# Files that hold the answers for the tests: a crawler must never be able to read them.
HIDDEN_NAMES = {"expected.json", "meta.json", "expected_crawl.json"}

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".pdf": "application/pdf",
    ".jpg": "image/jpeg",
    ".png": "image/png",
    ".gz": "application/gzip",
}

# Bodies of these types get the {{BASE}} substitution; images and PDFs stay byte-exact.
TEXT_TYPES = (
    "text/",
    "application/xml",
    "application/rss+xml",
    "application/json",
    "application/xhtml+xml",
    "application/atom+xml",
)


@dataclass
class Faults:
    """What the fault mode injects. Rates are probabilities per eligible request (0..1).

    ``first_k``: only the first K requests of each path (query ignored) may fail, so a crawler
    that retries a URL K times always gets through in the end. ``None`` = every request may fail.
    ``exclude``: paths never faulted (robots.txt by default: a crawler that cannot read robots.txt
    may legitimately assume "allow all", which would spoil the robots checks of a fault test).
    """

    rate_5xx: float = 0.0  # 500, 502 or 503 (503 with Retry-After)
    rate_429: float = 0.0  # 429 Too Many Requests with Retry-After
    rate_slow: float = 0.0  # answer only after slow_seconds (client timeouts)
    rate_reset: float = 0.0  # close the socket with a TCP RST, no response at all
    rate_truncate: float = 0.0  # Content-Length says more than is sent, then close
    slow_seconds: float = 5.0
    retry_after: int = 1
    first_k: int | None = None
    seed: int = 0
    exclude: tuple = ("/robots.txt",)

    def any(self) -> bool:
        return any((self.rate_5xx, self.rate_429, self.rate_slow, self.rate_reset, self.rate_truncate))


@dataclass
class RequestRecord:
    method: str
    path: str  # the request target as sent, query included
    status: int  # 0 for a reset connection (no status was sent)
    fault: str | None = None
    time: float = field(default_factory=time.time)
    user_agent: str = ""
    cookie: str | None = None  # the Cookie header, if any (consent cookies are the operator's choice)

    def as_dict(self) -> dict:
        return {
            "method": self.method,
            "path": self.path,
            "status": self.status,
            "fault": self.fault,
            "time": self.time,
            "user_agent": self.user_agent,
            "cookie": self.cookie,
        }


class ReplicaHandler(BaseHTTPRequestHandler):
    # HTTP/1.1 with keep-alive, like a real site; every answer carries a Content-Length.
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""

    @property
    def replica(self) -> ReplicaServer:
        return self.server.replica  # type: ignore[attr-defined]

    def log_message(self, format, *args):
        pass  # the request log replaces the stderr chatter

    def do_GET(self):
        self._answer(send_body=True)

    def do_HEAD(self):
        self._answer(send_body=False)

    # --- the request path --------------------------------------------------------------

    def _answer(self, send_body: bool) -> None:
        replica = self.replica
        path = urlsplit(self.path).path or "/"
        fault = replica.pick_fault(path)
        # Log before answering: a client that has its answer must find it in the log.
        if fault == "reset":
            replica.log(self, 0, fault)
            self._reset_connection()
            return
        if fault in ("500", "502", "503", "429"):
            replica.log(self, int(fault), fault)
            self._send_fault_status(int(fault), send_body)
            return
        if fault == "slow":
            time.sleep(replica.faults.slow_seconds)

        status, headers, body = replica.resolve(self.path)
        if (
            replica.compress
            and status == 200
            and "gzip" in self.headers.get("Accept-Encoding", "")
            and headers.get("Content-Type", "").startswith(TEXT_TYPES)
        ):
            body = gzip.compress(body, compresslevel=5, mtime=0)
            headers = {**headers, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"}
        truncate = fault == "truncate" and status == 200 and len(body) > 1
        if fault == "truncate" and not truncate:
            replica.uncount(fault)  # nothing to cut short (redirect, 404, empty body)
        replica.log(self, status, fault if truncate or fault == "slow" else None)
        self._send(status, headers, body, send_body, truncate=truncate)

    def _send(self, status, headers, body, send_body, truncate=False):
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        if truncate:
            self.send_header("Connection", "close")
        self.end_headers()
        if not send_body:
            return
        try:
            if truncate:
                # Promise the full length, deliver half, hang up: a "data loss" for the client.
                self.wfile.write(body[: len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _send_fault_status(self, status: int, send_body: bool) -> None:
        body = f"<html><body><h1>{status}</h1></body></html>".encode()
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if status in (429, 503):
            headers["Retry-After"] = str(self.replica.faults.retry_after)
        self._send(status, headers, body, send_body)

    def _reset_connection(self) -> None:
        # SO_LINGER with a zero timeout makes close() send a RST instead of a clean FIN.
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass
        self.close_connection = True


class ReplicaServer:
    """The replica server, runnable in a background thread (tests) or in the foreground (CLI).

    >>> srv = ReplicaServer("tests/site").start()
    >>> srv.base_url, srv.requests, srv.clear_requests(), srv.faults_injected
    >>> srv.stop()
    """

    def __init__(
        self,
        root,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: Faults | dict | None = None,
        log_file=None,
        base_url: str | None = None,
        compress: bool = False,
    ):
        self.root = Path(root).resolve()
        # gzip text bodies for clients that accept it, as real sites do (off by default so
        # that byte counts in tests stay simple).
        self.compress = compress
        if isinstance(faults, dict):
            faults = Faults(**faults)
        self.faults = faults or Faults()
        self._rng = random.Random(self.faults.seed)
        self._lock = threading.Lock()
        self._per_path = collections.Counter()
        self.faults_injected: collections.Counter = collections.Counter()
        self.requests: list[dict] = []
        self.log_file = Path(log_file) if log_file else None
        self.httpd = ThreadingHTTPServer((host, port), ReplicaHandler)
        self.httpd.daemon_threads = True
        self.httpd.replica = self  # type: ignore[attr-defined]
        self.host, self.port = self.httpd.server_address[:2]
        self.base_url = base_url or f"http://{self.host}:{self.port}"
        self._base_bytes = self.base_url.encode()
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> ReplicaServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="replica-server", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self.httpd.serve_forever()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        if self._thread:
            self._thread.join(timeout=5)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # --- helpers for tests -------------------------------------------------------------

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def clear_requests(self) -> None:
        with self._lock:
            self.requests.clear()
            self._per_path.clear()

    clear = clear_requests

    def paths_requested(self) -> list[str]:
        with self._lock:
            return [r["path"] for r in self.requests]

    def log(self, handler: BaseHTTPRequestHandler, status: int, fault: str | None) -> None:
        record = RequestRecord(
            handler.command,
            handler.path,
            status,
            fault,
            user_agent=handler.headers.get("User-Agent", ""),
            cookie=handler.headers.get("Cookie"),
        )
        with self._lock:
            self.requests.append(record.as_dict())
            if self.log_file:
                with self.log_file.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps(record.as_dict()) + "\n")

    # --- faults ------------------------------------------------------------------------

    def pick_fault(self, path: str) -> str | None:
        """Decide (seeded, thread-safe) whether this request fails and how."""
        faults = self.faults
        if not faults.any() or path in faults.exclude:
            return None
        with self._lock:
            self._per_path[path] += 1
            if faults.first_k is not None and self._per_path[path] > faults.first_k:
                return None
            roll = self._rng.random()
            choice = None
            for kind, rate in (
                ("5xx", faults.rate_5xx),
                ("429", faults.rate_429),
                ("slow", faults.rate_slow),
                ("reset", faults.rate_reset),
                ("truncate", faults.rate_truncate),
            ):
                if roll < rate:
                    choice = kind
                    break
                roll -= rate
            if choice == "5xx":
                choice = self._rng.choice(("500", "502", "503"))
            if choice:
                self.faults_injected[choice] += 1
            return choice

    def uncount(self, fault: str) -> None:
        with self._lock:
            self.faults_injected[fault] -= 1
            if not self.faults_injected[fault]:
                del self.faults_injected[fault]

    # --- the site ----------------------------------------------------------------------

    def _read_json(self, name: str) -> dict:
        # Read on every request so that tests may change the site while the server runs.
        path = self.root / name
        if not path.is_file():
            return {}
        return json.loads(path.read_text(encoding="utf-8"))

    def resolve(self, target: str) -> tuple[int, dict, bytes]:
        """Map a request target to (status, headers, body)."""
        split = urlsplit(target)
        path = unquote(split.path) or "/"

        redirect = self._read_json("_redirects.json").get(path)
        if redirect:
            location = redirect["location"].replace("{{BASE}}", self.base_url)
            if split.query and "?" not in location:
                location += "?" + split.query  # WordPress keeps the query on a redirect
            return redirect.get("status", 301), {"Location": location, "Content-Type": "text/html; charset=utf-8"}, b""

        file = self._find_file(path)
        if file == "add-slash":
            location = split.path + "/" + ("?" + split.query if split.query else "")
            return 301, {"Location": location, "Content-Type": "text/html; charset=utf-8"}, b""
        if file is None:
            return self._not_found()

        body = file.read_bytes()
        headers = {"Content-Type": self._content_type(file)}
        headers.update(self._read_json("_headers.json").get(path, {}))
        if headers["Content-Type"].startswith(TEXT_TYPES):
            body = body.replace(BASE_MARKER, self._base_bytes)
        elif file.name.endswith(".xml.gz") and body[:2] == b"\x1f\x8b":  # a gzipped sitemap
            text = gzip.decompress(body)
            if BASE_MARKER in text:
                body = gzip.compress(text.replace(BASE_MARKER, self._base_bytes), mtime=0)
        return 200, headers, body

    def _find_file(self, path: str):
        parts = [p for p in path.split("/") if p]
        if any(p.startswith((".", "_")) or p == ".." for p in parts):
            return None
        if parts and parts[-1] in HIDDEN_NAMES:
            return None
        candidate = self.root.joinpath(*parts) if parts else self.root
        try:
            candidate = candidate.resolve()
            candidate.relative_to(self.root)
        except (OSError, ValueError):
            return None
        if candidate.is_dir():
            if not path.endswith("/"):
                return "add-slash" if (candidate / "index.html").is_file() else None
            candidate = candidate / "index.html"
        return candidate if candidate.is_file() else None

    @staticmethod
    def _content_type(file: Path) -> str:
        if file.suffix == ".xml" and ("rss" in file.name or "feed" in file.name):
            return "application/rss+xml; charset=utf-8"
        return CONTENT_TYPES.get(file.suffix) or mimetypes.guess_type(file.name)[0] or "application/octet-stream"

    def _not_found(self):
        page = self.root / "404.html"
        body = page.read_bytes() if page.is_file() else b"<html><body><h1>404</h1></body></html>"
        body = body.replace(BASE_MARKER, self._base_bytes)
        return 404, {"Content-Type": "text/html; charset=utf-8"}, body


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Serve the offline t3n.de replica.")
    p.add_argument(
        "--root", default=str(Path(__file__).resolve().parent.parent / "site"), help="site root (default: tests/site)"
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000, help="0 picks a free port")
    p.add_argument("--log", help="append every request as a JSON line to this file")
    p.add_argument("--fault-5xx", type=float, default=0.0)
    p.add_argument("--fault-429", type=float, default=0.0)
    p.add_argument("--fault-slow", type=float, default=0.0)
    p.add_argument("--slow-seconds", type=float, default=5.0)
    p.add_argument("--fault-reset", type=float, default=0.0)
    p.add_argument("--fault-truncate", type=float, default=0.0)
    p.add_argument("--fault-first-k", type=int, default=None, help="only the first K requests of each path may fail")
    p.add_argument("--retry-after", type=int, default=1)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--gzip", action="store_true", help="gzip text bodies when accepted")
    return p.parse_args(argv)


def main(argv=None) -> None:
    args = parse_args(argv)
    faults = Faults(
        rate_5xx=args.fault_5xx,
        rate_429=args.fault_429,
        rate_slow=args.fault_slow,
        rate_reset=args.fault_reset,
        rate_truncate=args.fault_truncate,
        slow_seconds=args.slow_seconds,
        retry_after=args.retry_after,
        first_k=args.fault_first_k,
        seed=args.seed,
    )
    server = ReplicaServer(
        args.root, host=args.host, port=args.port, faults=faults, log_file=args.log, compress=args.gzip
    )
    print(server.base_url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.httpd.server_close()
        if faults.any():
            print("faults injected:", dict(server.faults_injected), file=sys.stderr)


if __name__ == "__main__":
    main()
