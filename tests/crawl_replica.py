"""Crawl the offline replica of t3n.de: serve tests/site on 127.0.0.1 and run `scrapy crawl t3n`.

A newcomer's first look without network:  .venv/bin/python tests/crawl_replica.py -O replica.jsonl
Extra arguments go to `scrapy crawl` (e.g. `-a sections=news,ki`, `-s LOG_LEVEL=DEBUG`).
"""

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from replica.server import ReplicaServer  # noqa: E402


def crawl_command(base_url, state_dir, *extra):
    return [sys.executable, "-m", "scrapy", "crawl", "t3n", "-a", f"base_url={base_url}",
            "-s", f"STATE_DIR={state_dir}", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False",
            "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8", *extra]


def main(argv):
    extra = argv or ["-O", "replica.jsonl"]
    with ReplicaServer(HERE / "site") as server, tempfile.TemporaryDirectory() as state:
        print(f"serving the replica at {server.url('/')}", file=sys.stderr)
        return subprocess.call(crawl_command(server.url("").rstrip("/"), state, *extra), cwd=HERE.parent)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
