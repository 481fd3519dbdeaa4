"""Spider arguments (`-a name=value`): documented, validated and converted in one place.

Each argument is a field of ``SpiderArgs`` with its help text beside it (``arg(...)``); the
command line (``scrapy crawl t3n -a help=1``), the README table and the error messages all come
from there. A bad argument is a clear one-line error before any request is made: ``scrapy crawl``
checks the arguments with ``SpiderArgs.parse`` before it starts the crawler
(newscrawl/commands/crawl.py); the spider parses them again when it is built by other means.
"""

from __future__ import annotations

import difflib
import ipaddress
import textwrap
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from newscrawl.processors import BERLIN

DEFAULT_BASE_URL = "https://t3n.de"
DEFAULT_MAX_PAGES = 5  # listing pages per section; incremental runs stop earlier on known pages
BACKFILL_MAX_PAGES = 10_000  # with `since`, the date decides how deep to go
HELP_ARGUMENT = "help"  # `-a help=1`: list the arguments and exit


class ArgumentError(ValueError):
    """A spider argument that cannot be used; the message says which, why, and how to fix it."""


def arg(default: Any, help: str, *, shown: str | None = None, example: str = "") -> Any:
    """A spider argument: a dataclass field with its help text, the default as a user reads it
    (``shown``) and an example value."""
    return field(
        default=default,
        metadata={"help": help, "shown": str(default) if shown is None else shown, "example": example},
    )


@dataclass(frozen=True)
class SpiderArgs:
    base_url: str = arg(
        DEFAULT_BASE_URL,
        "site root, http(s)://host[:port]; every start URL and the allowed host derive from it",
        example="http://127.0.0.1:8000",
    )
    sections: frozenset | None = arg(
        None,
        "only the news listing and these topic pages (/tag/<topic>/), comma-separated",
        shown="all in the site's navigation",
        example="news,software,ki",
    )
    max_pages: int = arg(
        DEFAULT_MAX_PAGES,
        "listing pages followed per section; an incremental run stops earlier on a page of known articles, "
        "an explicit value goes as deep as asked",
        shown=f"{DEFAULT_MAX_PAGES}; {BACKFILL_MAX_PAGES:,} with since",
        example="10",
    )
    since: datetime | None = arg(
        None,
        "backfill back to this day (YYYY-MM-DD, Berlin time): the sitemap index's members back to it "
        "(without an index, the listings until their teasers are older); feed in batches",
        shown="none: a run reads what is current",
        example="2024-01-01",
    )
    full: bool = arg(
        False,
        "ignore the crawl state: read every sitemap of the index and fetch every article found again "
        "(a complete snapshot, unchanged articles as change=unchanged); feed in batches",
        shown="0",
        example="1",
    )
    max_pages_given: bool = False  # max_pages set explicitly: a backfill goes as deep as asked (not an argument)

    @classmethod
    def names(cls) -> list[str]:
        """The argument names, in the order they are documented."""
        return [f.name for f in fields(cls) if "help" in f.metadata]

    # kept for spiders that pop their arguments before Spider.__init__ (benchmarks/floor_spider.py)
    spider_kwargs_consumed = ("base_url", "sections", "max_pages", "since", "full")

    @property
    def host(self) -> str | None:
        return urlsplit(self.base_url).hostname

    @property
    def backfill(self) -> bool:
        """since= or an explicit max_pages: pagination goes as deep as asked, even over known pages."""
        return self.since is not None or self.max_pages_given

    @property
    def backfill_asked(self) -> bool:
        """since= or full=1: the user asked for the archive (the whole sitemap index, feed batches).
        A run without them reads what is current."""
        return self.since is not None or self.full

    def wants(self, section: str) -> bool:
        return self.sections is None or section.lower() in self.sections

    def missing_sections(self, found_topics: set[str]) -> list[str]:
        if self.sections is None:
            return []
        return sorted(s for s in self.sections if s != "news" and s not in found_topics)

    @classmethod
    def parse(cls, kwargs: dict[str, Any], *, now: datetime | None = None) -> SpiderArgs:
        """The arguments from the spider's keyword arguments; ArgumentError on the first bad one.

        Names starting with ``_`` are left alone (scrapyd passes ``_job``)."""
        unknown = [k for k in kwargs if not str(k).startswith("_") and k not in cls.names()]
        if HELP_ARGUMENT in unknown:
            raise ArgumentError(f"help lists the arguments ({', '.join(cls.names())}) and exits: run it from a shell")
        if unknown:
            raise ArgumentError(unknown_message(unknown[0], cls.names()))
        base_url = _base_url(kwargs.get("base_url") or DEFAULT_BASE_URL)
        sections = kwargs.get("sections")
        if sections is not None:
            sections = frozenset(s.strip().lower() for s in str(sections).split(",") if s.strip())
            if not sections or not all(s.replace("-", "").replace("_", "").isalnum() for s in sections):
                raise ArgumentError(
                    f"sections must be a comma-separated list of names, got {kwargs['sections']!r} "
                    "(e.g. sections=news,software,ki)"
                )
        since = _date(kwargs.get("since"), now or datetime.now(UTC))
        max_pages = kwargs.get("max_pages")
        if max_pages is None:
            max_pages = BACKFILL_MAX_PAGES if since else DEFAULT_MAX_PAGES
        else:
            max_pages = _positive_int("max_pages", max_pages)
        return cls(
            base_url,
            sections,
            max_pages,
            since,
            _flag("full", kwargs.get("full")),
            max_pages_given=kwargs.get("max_pages") is not None,
        )

    @classmethod
    def describe(cls, command: str = "scrapy crawl t3n") -> str:
        """Every argument with its default and help: what `-a help=1` prints."""
        lines = [f"Arguments of `{command}`, each given as -a NAME=VALUE:"]
        for f in fields(cls):
            if "help" not in f.metadata:
                continue
            meta = f.metadata
            lines += ["", f"  {f.name}=  (default: {meta['shown']})  e.g. -a {f.name}={meta['example']}"]
            lines += textwrap.wrap(meta["help"], 96, initial_indent="      ", subsequent_indent="      ")
        lines += [
            "",
            "A run without since or full reads what is current (the feed, the news sitemap, the newest sitemap of",
            f"the index, the first listing pages). Backfill older articles: {command} -a since=YYYY-MM-DD",
        ]
        return "\n".join(lines)


def unknown_message(name: str, known: list[str]) -> str:
    """An unknown argument: its near miss, if any, and the known ones."""
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f" (did you mean {close[0]}?)" if close else ""
    return f"unknown argument {name!r}{hint}; the arguments are {', '.join(known)}"


def _base_url(value: Any) -> str:
    example = f"(e.g. base_url={DEFAULT_BASE_URL})"
    parts = urlsplit(str(value).strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ArgumentError(f"base_url must be an http(s) URL with a host, got {value!r} {example}")
    if parts.username or parts.password or parts.query or parts.fragment or parts.path not in ("", "/"):
        raise ArgumentError(
            f"base_url must be just scheme://host[:port] (no path, query or credentials), got {value!r} {example}"
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise ArgumentError(f"base_url has a bad port: {value!r} {example}") from exc
    host = parts.hostname
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not all(label and len(label) < 64 for label in host.split(".")):
            raise ArgumentError(f"base_url has a bad host name: {value!r} {example}") from None
    netloc = host if port is None else f"{host}:{port}"
    return f"{parts.scheme}://{netloc}"


def _positive_int(name: str, value: Any) -> int:
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ArgumentError(f"{name} must be a positive integer, got {value!r} (e.g. {name}=10)") from None
    if number < 1:
        raise ArgumentError(f"{name} must be a positive integer, got {value!r} (e.g. {name}=10)")
    return number


def example_since(now: datetime | None = None, days: int = 90) -> str:
    """A day ``days`` back (Berlin), for examples: ``2024-02-01``."""
    return ((now or datetime.now(UTC)).astimezone(BERLIN) - timedelta(days=days)).strftime("%Y-%m-%d")


def _date(value: Any, now: datetime) -> datetime | None:
    if value in (None, ""):
        return None
    example = f"(e.g. since={example_since(now)} for the last 90 days)"
    try:
        day = datetime.strptime(str(value).strip(), "%Y-%m-%d")
    except ValueError:
        raise ArgumentError(f"since must be a date YYYY-MM-DD, got {value!r} {example}") from None
    since = day.replace(tzinfo=BERLIN)
    if since > now.astimezone(BERLIN):
        raise ArgumentError(f"since {value!r} is in the future: give a day in the past {example}")
    return since.astimezone(UTC)


def _flag(name: str, value: Any) -> bool:
    if value in (None, "", "0", "false", "False", "no"):
        return False
    if value in ("1", "true", "True", "yes", True):
        return True
    raise ArgumentError(f"{name} must be 1 or 0, got {value!r} (e.g. {name}=1)")
