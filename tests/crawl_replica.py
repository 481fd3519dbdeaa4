"""Crawl the offline replica of t3n.de: serve tests/site on 127.0.0.1 and run `scrapy crawl t3n`.

A newcomer's first look without network:  .venv/bin/python tests/crawl_replica.py -O replica.jsonl
Extra arguments go to `scrapy crawl` (e.g. `-a sections=news,ki`, `-s LOG_LEVEL=DEBUG`).

From real bytes instead: `--replay DIR` crawls a WARC archive (a run's `archive/` folder, see
newscrawl/archive.py) with no server at all; the site root comes from the archive's URLs.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from replica.server import ReplicaServer  # noqa: E402


def crawl_command(base_url, state_dir, *extra):
    return [
        sys.executable,
        "-m",
        "scrapy",
        "crawl",
        "t3n",
        "-a",
        f"base_url={base_url}",
        "-s",
        f"STATE_DIR={state_dir}",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=False",
        "-s",
        "CONCURRENT_REQUESTS_PER_DOMAIN=8",
        *extra,
    ]


def replay(folder, extra):
    """Crawl the archive in ``folder`` instead of a server (``-s NEWSCRAWL_REPLAY``)."""
    from urllib.parse import urlsplit

    sys.path.insert(0, str(HERE.parent))
    from newscrawl.archive.reader import ArchiveIndex

    index = ArchiveIndex([folder])
    urls = [e.url for e in index.entries if e.id]
    if not urls:
        print(f"no archived article page in {folder}", file=sys.stderr)
        return 1
    parts = urlsplit(urls[0])
    print(f"replaying {len(index.entries)} archived responses of {parts.scheme}://{parts.netloc}", file=sys.stderr)
    with tempfile.TemporaryDirectory() as state:
        command = crawl_command(
            f"{parts.scheme}://{parts.netloc}", state, "-s", f"NEWSCRAWL_REPLAY={Path(folder).resolve()}", *extra
        )
        return subprocess.call(command, cwd=HERE.parent)


def main(argv):
    if argv[:1] == ["--replay"] and len(argv) > 1:
        return replay(argv[1], argv[2:] or ["-O", "replay.jsonl"])
    extra = argv or ["-O", "replica.jsonl"]
    with ReplicaServer(HERE / "site") as server, tempfile.TemporaryDirectory() as state:
        print(f"serving the replica at {server.url('/')}", file=sys.stderr)
        return subprocess.call(crawl_command(server.url("").rstrip("/"), state, *extra), cwd=HERE.parent)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
