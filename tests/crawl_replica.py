"""The offline demo: serve the replica of t3n.de (tests/site) on 127.0.0.1 and crawl it.

    .venv/bin/python tests/crawl_replica.py                    # feed, report, manifest, archive in demo/
    .venv/bin/python tests/crawl_replica.py --replay demo/archive   # again, from the archive: no server

Everything the crawl writes goes to one folder the repository ignores (``demo/``, or ``--dir
DIR``): the feed ``replica.jsonl``, its report ``replica.jsonl.report.html``, ``manifests/<run id>.json``, the web
archive ``archive/`` and the crawl state ``.state/``. Each demo replaces the last one's state and
archive, so it is always a first run. A replay writes into ``DIR/replay/``. Further arguments go to `scrapy crawl` (e.g. ``-a
sections=news,ki``, ``-s LOG_LEVEL=DEBUG``); paths in them (``-O articles.csv``, which then
replaces ``replica.jsonl``) are relative to the demo folder.

Ctrl-C stops the crawl as it stops `scrapy crawl`: the interrupt is passed on to the crawl, which
finishes the pages in flight and writes the feed, report and manifest of what it crawled (the
verdict is "sick", finish reason "shutdown", exit status 3). A second Ctrl-C forces it.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DEMO_DIR = ROOT / "demo"
sys.path.insert(0, str(HERE))

from replica.server import ReplicaServer  # noqa: E402

USAGE = "usage: crawl_replica.py [--dir DIR] [--replay ARCHIVE_DIR] [scrapy crawl arguments …]"


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


def crawl_env():
    """The project's settings for a crawl whose working folder is not the repository."""
    env = dict(os.environ)
    env["SCRAPY_SETTINGS_MODULE"] = "newscrawl.settings"
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def run_crawl(command, cwd):
    """Run the crawl and wait for it; SIGINT / SIGTERM are passed on to it, not acted on here.

    The crawl gets a process group of its own, so a Ctrl-C in the terminal reaches only this
    script, which passes it on once: the crawl sees one SIGINT per Ctrl-C, as `scrapy crawl` in
    the foreground would (the first stops it gracefully, the second forces it).
    """
    proc = subprocess.Popen(command, cwd=cwd, env=crawl_env(), process_group=0)
    interrupts = 0

    def forward(signum, frame):
        nonlocal interrupts
        interrupts += 1
        if interrupts == 1:
            print(
                "\ndemo: stopping the crawl; it writes what it has crawled (Ctrl-C again to force)",
                file=sys.stderr,
                flush=True,
            )
        try:
            proc.send_signal(signum if interrupts < 3 else signal.SIGKILL)
        except ProcessLookupError:
            pass

    old = {s: signal.signal(s, forward) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        return proc.wait(), interrupts
    finally:
        for s, handler in old.items():
            signal.signal(s, handler)


def count_lines(path):
    try:
        with open(path, "rb") as fh:
            return sum(1 for line in fh if line.strip())
    except OSError:
        return None


def names_a_feed(args):
    return any(
        a in ("-o", "-O", "--output", "--overwrite-output")
        or a.startswith(("-o", "-O", "--output=", "--overwrite-output="))
        for a in args
    )


def tell(lines):
    print("\n".join(lines), file=sys.stderr, flush=True)


def relative(path):
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def crawl(folder, extra):
    folder.mkdir(parents=True, exist_ok=True)
    state = folder / ".state"
    # every demo is a first run of its own: no state, and an archive of this run's host:port only
    for old in (state, folder / "archive", folder / "replay", folder / "manifests"):
        shutil.rmtree(old, ignore_errors=True)
    for old in folder.glob("replica.jsonl*"):  # the feed, its report(s)
        old.unlink(missing_ok=True)
    # the pages of the listings too, so that a replay of this archive is a whole crawl
    extra = ["-s", "NEWSCRAWL_ARCHIVE_LISTINGS=True", *extra]
    if not names_a_feed(extra):
        extra += ["-O", "replica.jsonl"]
    with ReplicaServer(HERE / "site") as server:
        base = server.url("").rstrip("/")
        tell([f"demo: serving the replica of t3n.de at {base}, crawling it into {relative(folder)}/"])
        code, interrupts = run_crawl(crawl_command(base, state, *extra), folder)
    feed = folder / "replica.jsonl"
    lines = []
    if interrupts > 1:
        tell(
            [
                "demo: the crawl was forced to stop: this run stored no feed and recorded nothing "
                f"(the next run removes its temporary files); the folder is {relative(folder)}/"
            ]
        )
        return 130 if code == 0 else code
    if interrupts:
        lines.append(f"demo: the crawl was interrupted (exit status {code}); what it crawled is written:")
    else:
        lines.append(f"demo: the crawl ended with exit status {code} (0 ok, 3 sick: see the report)")
    if feed.exists():
        lines.append(f"  feed      {relative(feed)}  ({count_lines(feed)} articles)")
        lines.append(f"  report    {relative(folder / 'replica.jsonl.report.html')}")
    else:
        lines.append(f"  feed      as your -o/-O said, relative to {relative(folder)}/")
    for path, what in (
        (next((folder / "manifests").glob("*.json"), None), "manifest"),
        (folder / "archive", "archive"),
        (folder / ".state" / "last_run.json", "status"),
    ):
        if path is not None and path.exists():
            lines.append(f"  {what:<9} {relative(path)}")
    if (folder / "archive").is_dir():
        dir_option = "" if folder == DEMO_DIR else f" --dir {relative(folder)}"
        lines += [
            "Replay it without a server (the archive holds the pages of " + base + "):",
            f"  .venv/bin/python tests/crawl_replica.py{dir_option} --replay {relative(folder / 'archive')}",
            "or with scrapy itself, the archived site as base_url:",
            f"  .venv/bin/scrapy crawl t3n -a base_url={base} -s NEWSCRAWL_REPLAY={relative(folder / 'archive')}"
            f" -s STATE_DIR={relative(folder / 'replay' / '.state')} -s DOWNLOAD_DELAY=0"
            f" -s AUTOTHROTTLE_ENABLED=False -O {relative(folder / 'replay' / 'replay.jsonl')}",
        ]
    tell(lines)
    return code


def replay(folder, archive, extra):
    """Crawl the archive in ``archive`` instead of a server (``-s NEWSCRAWL_REPLAY``)."""
    from urllib.parse import urlsplit

    sys.path.insert(0, str(ROOT))
    from newscrawl.archive.reader import ArchiveIndex

    archive = Path(archive).resolve()
    index = ArchiveIndex([archive])
    urls = [e.url for e in index.entries if e.id]
    if not urls:
        print(f"demo: no archived article page in {archive}", file=sys.stderr)
        return 1
    parts = urlsplit(urls[0])
    base = f"{parts.scheme}://{parts.netloc}"
    out = folder / "replay"
    out.mkdir(parents=True, exist_ok=True)
    tell([f"demo: replaying {len(index.entries)} archived responses of {base} into {relative(out)}/"])
    if not names_a_feed(extra):
        extra = [*extra, "-O", "replay.jsonl"]  # (a replay writes no archive of its own)
    with tempfile.TemporaryDirectory() as state:
        code, _ = run_crawl(crawl_command(base, state, "-s", f"NEWSCRAWL_REPLAY={archive}", *extra), out)
    feed = out / "replay.jsonl"
    lines = [f"demo: the replay ended with exit status {code}"]
    if feed.exists():
        lines.append(f"  feed      {relative(feed)}  ({count_lines(feed)} articles)")
        lines.append(f"  report    {relative(out / 'replay.jsonl.report.html')}")
    tell(lines)
    return code


def main(argv):
    folder = DEMO_DIR
    if argv[:1] == ["--dir"]:
        if len(argv) < 2:
            print(USAGE, file=sys.stderr)
            return 2
        folder, argv = Path(argv[1]).resolve(), argv[2:]
    if argv[:1] == ["--replay"]:
        if len(argv) < 2:
            print(USAGE, file=sys.stderr)
            return 2
        return replay(folder, argv[1], argv[2:])
    return crawl(folder, argv)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:  # before the crawl started, or while the server was shutting down
        sys.exit(130)
