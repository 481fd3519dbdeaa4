"""Peak memory and time of `scrapy dataset` on many synthetic per-run feeds.

    python benchmarks/dataset_memory.py --items 200000 --files 200 [--format parquet]

Writes the feeds to a temp folder (each file a "run": new articles plus re-crawls and updates
of earlier ones, like cron runs), then runs the real command in a child process and reports its
wall time and peak RSS (ru_maxrss of the child). The generation is not measured.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawl.schemas.synthetic import synthetic_article  # noqa: E402


def write_feeds(folder: Path, items: int, files: int) -> int:
    """``items`` lines over ``files`` files; about a quarter are re-crawls (same id, half of
    them a newer revision), so the merge has real work to do. Returns the distinct id count."""
    per_file = items // files
    distinct = 0
    for f in range(files):
        lines = []
        for k in range(per_file):
            if k % 4 == 3 and distinct:  # a re-crawl of an article seen earlier
                n, revision = (distinct * 7919 + k) % distinct, 1 + k % 2
            else:
                n, revision = distinct, 1
                distinct += 1
            lines.append(json.dumps(synthetic_article(n, revision=revision), ensure_ascii=False))
        (folder / f"2024-01-01T00-00-00+00-00-{f:05d}.jsonl").write_text("\n".join(lines) + "\n")
    return distinct


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=200_000)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "parquet"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dataset-bench-") as tmp:
        feeds = Path(tmp) / "feeds"
        feeds.mkdir()
        distinct = write_feeds(feeds, args.items, args.files)
        size = sum(p.stat().st_size for p in feeds.iterdir())
        out = Path(tmp) / f"dataset.{args.format}"
        env = dict(
            os.environ,
            SCRAPY_SETTINGS_MODULE="newscrawl.settings",
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        )
        started = time.monotonic()
        subprocess.run(
            [sys.executable, "-m", "scrapy", "dataset", str(feeds), "-o", str(out), "--tmp-dir", tmp],
            check=True,
            env=env,
            cwd=tmp,
        )
        elapsed = time.monotonic() - started
        peak_mib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
        print(
            json.dumps(
                {
                    "items": args.items,
                    "files": args.files,
                    "input_mib": round(size / 2**20, 1),
                    "distinct_ids": distinct,
                    "format": args.format,
                    "output_mib": round(out.stat().st_size / 2**20, 1),
                    "seconds": round(elapsed, 1),
                    "peak_rss_mib": round(peak_mib, 1),
                }
            )
        )


if __name__ == "__main__":
    main()
