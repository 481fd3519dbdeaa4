"""``scrapy crawl``: Scrapy's own command, with the spider's arguments checked before it starts.

A spider that declares its arguments (``arguments = SpiderArgs``, newscrawl/args.py) gets them
checked here, before the crawler, its logging, the crawl state or any request exist:

* a bad value or an unknown name is one line on stderr and exit status 2
  (``scrapy crawl t3n: error: unknown argument 'maxpages' (did you mean max_pages?); …``);
* ``-a help=1`` prints every argument with its default and help, and exits 0 without crawling.

This module replaces Scrapy's ``crawl`` command through ``COMMANDS_MODULE`` (a project command of
the same name wins over the built-in one); everything else is Scrapy's command unchanged. scrapyd
runs ``scrapy crawl`` through the same ``scrapy.cmdline``, so its jobs get the same checks.
"""

from __future__ import annotations

import argparse
from typing import Any, Protocol

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError
from scrapy.spiderloader import get_spider_loader

from newscrawl import state as crawl_state
from newscrawl.args import HELP_ARGUMENT, ArgumentError
from newscrawl.commands._usage import fail, one_line_errors, run_exit_status
from newscrawl.run.lock import LOCK_NAME, lock_holder
from newscrawl.run.outputs import OutputError, check_output_folder, local_feed_paths


class SpiderArguments(Protocol):
    @classmethod
    def parse(cls, kwargs: dict[str, Any]) -> Any: ...

    @classmethod
    def describe(cls, command: str = ...) -> str: ...


class Command(ScrapyCrawlCommand):
    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        one_line_errors(parser, "scrapy crawl")

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        super().process_options(args, opts)  # -a into opts.spargs, -o/-O into FEEDS, -s
        if len(args) != 1:
            return  # Scrapy's run() says what is wrong
        arguments = self.spider_arguments(args[0])
        if arguments is None:
            return
        command = f"scrapy crawl {args[0]}"
        if HELP_ARGUMENT in opts.spargs:
            print(arguments.describe(command))
            raise SystemExit(0)
        try:
            arguments.parse(opts.spargs)
        except ArgumentError as exc:
            raise UsageError(f"{exc}; `{command} -a help=1` explains each argument", print_help=False) from None
        self.check_run_can_start(command)

    def check_run_can_start(self, command: str) -> None:
        """STATE_DIR and the feed folders can be written, and no other run holds the lock: else
        one line (exit 2 for a folder the user named, 1 for a run that is under way)."""
        assert self.settings is not None
        try:
            state_dir = crawl_state.ensure_private_dir(self.settings.get("STATE_DIR") or ".state")
            for path in local_feed_paths(self.settings):
                check_output_folder(path)
        except (crawl_state.StateError, OutputError) as exc:
            raise UsageError(f"{exc}: give a folder this user can write (-s STATE_DIR=DIR, -O FILE)") from None
        holder = lock_holder(state_dir)
        if holder is not None:
            fail(
                command,
                f"Another newscrawl run holds {state_dir / LOCK_NAME} (pid {holder.get('pid', '?')}, started "
                f"{holder.get('started', '?')}); wait for it to end, or give this run its own -s STATE_DIR=DIR",
                status=1,
            )

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's crawl, exiting with the run's own status (0 ok, 3 sick, 130 forced to stop)."""
        if len(args) != 1:
            super().run(args, opts)  # Scrapy's usage errors
            return
        assert self.crawler_process is not None
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        else:
            self.exitcode = max(self.exitcode, run_exit_status(f"scrapy crawl {args[0]}", crawler))

    def spider_arguments(self, name: str) -> SpiderArguments | None:
        """The spider's declared arguments (its ``arguments`` attribute), or None."""
        assert self.settings is not None
        loader = get_spider_loader(self.settings)
        try:
            spidercls = loader.load(name)
        except KeyError:
            known = ", ".join(sorted(loader.list())) or "none"
            raise UsageError(f"no spider named {name!r} in this project (spiders: {known})", print_help=False) from None
        return getattr(spidercls, "arguments", None)
