"""Command-line errors as one line: what is wrong and how to fix it, exit status 2, no traceback.

Scrapy turns a ``UsageError`` raised in a command's ``process_options`` or ``run`` into
``parser.error(message)`` (``scrapy.cmdline._run_print_help``); argparse's ``error`` prints the
usage block and then the message, and argparse calls the same method for its own errors (a
missing ``-o``). Our commands give their parser an ``error`` that prints the message alone, on
one line of stderr, and exits 2 (a usage error, as argparse and Scrapy do).

The checks themselves belong in ``process_options``: it runs before ``scrapy.cmdline`` builds the
CrawlerProcess, whose logging set-up prints a dozen lines of versions and settings.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn

USAGE_EXIT = 2  # argparse's and Scrapy's exit status for a usage error
FORCED_EXIT = 130  # a run stopped by a second Ctrl-C (128 + SIGINT, as a shell reports it)


def one_line_errors(parser: argparse.ArgumentParser, prog: str) -> None:
    """Make ``parser.error`` print ``<prog>: error: <message>`` alone and exit 2."""

    def error(message: str) -> NoReturn:
        fail(prog, message)

    parser.error = error  # type: ignore[method-assign]


def run_exit_status(prog: str, crawler: Any) -> int:
    """The exit status of a crawl that has run: its verdict's (``run.status.RunStatus``: 0 ok, 3
    sick), or 130 and one line when it was forced to stop before it could judge itself (a second
    Ctrl-C: nothing was stored or recorded). Scrapy's own commands exit 0 whatever happened."""
    status = getattr(crawler, "newscrawl_exit_status", None)
    if status is not None:
        return int(status)
    if getattr(crawler, "newscrawl_run_id", None) is None:
        return 0  # not a newscrawl run (RunStatus is off): nothing to say
    sys.stderr.write(
        f"{prog}: the run was forced to stop before it stored its feed and verdict: nothing was recorded, "
        "the next run fetches these articles again\n"
    )
    return FORCED_EXIT


def fail(prog: str, message: str, status: int = USAGE_EXIT) -> NoReturn:
    """One line on stderr, exit status 2 (or ``status``)."""
    message = " ".join(str(message).split())  # one line, whatever the message held
    sys.stderr.write(f"{prog}: error: {message}\n")
    sys.stderr.flush()
    raise SystemExit(status)
