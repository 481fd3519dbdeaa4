"""Spider arguments (`-a name=value`): documented, validated and converted in one place.

A bad argument is a clear error before any request is made.
"""

import ipaddress
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from newscrawl.processors import BERLIN

DEFAULT_BASE_URL = "https://t3n.de"
DEFAULT_MAX_PAGES = 5  # listing pages per section; incremental runs stop earlier on known pages
BACKFILL_MAX_PAGES = 10_000  # with `since`, the date decides how deep to go


class ArgumentError(ValueError):
    """A spider argument that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class SpiderArgs:
    base_url: str = DEFAULT_BASE_URL  # site root; every start URL and the allowed host derive from it
    sections: frozenset | None = None  # e.g. {"news", "software", "ki"}; None: all from the navigation
    max_pages: int = DEFAULT_MAX_PAGES  # listing pages followed per section
    since: datetime | None = None  # backfill: follow listings until their teasers are older than this
    full: bool = False  # ignore the crawl state: fetch every article found (still recorded)
    max_pages_given: bool = False  # max_pages set explicitly: a backfill goes as deep as asked

    spider_kwargs_consumed = ("base_url", "sections", "max_pages", "since", "full")

    @property
    def host(self):
        return urlsplit(self.base_url).hostname

    @property
    def backfill(self):
        """since= or an explicit max_pages: pagination goes as deep as asked, even over known pages."""
        return self.since is not None or self.max_pages_given

    def wants(self, section):
        return self.sections is None or section.lower() in self.sections

    def missing_sections(self, found_topics):
        if self.sections is None:
            return []
        return sorted(s for s in self.sections if s != "news" and s not in found_topics)

    @classmethod
    def parse(cls, kwargs):
        base_url = _base_url(kwargs.get("base_url") or DEFAULT_BASE_URL)
        sections = kwargs.get("sections")
        if sections is not None:
            sections = frozenset(s.strip().lower() for s in str(sections).split(",") if s.strip())
            if not sections or not all(s.replace("-", "").replace("_", "").isalnum() for s in sections):
                raise ArgumentError(f"sections must be a comma-separated list of names, got {kwargs['sections']!r}")
        since = _date(kwargs.get("since"))
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


def _base_url(value):
    parts = urlsplit(str(value).strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ArgumentError(f"base_url must be an http(s) URL with a host, got {value!r}")
    if parts.username or parts.password or parts.query or parts.fragment or parts.path not in ("", "/"):
        raise ArgumentError(
            f"base_url must be just scheme://host[:port] (no path, query or credentials), got {value!r}"
        )
    try:
        port = parts.port
    except ValueError as exc:
        raise ArgumentError(f"base_url has a bad port: {value!r}") from exc
    host = parts.hostname
    try:
        ipaddress.ip_address(host)
    except ValueError:
        if not all(label and len(label) < 64 for label in host.split(".")):
            raise ArgumentError(f"base_url has a bad host name: {value!r}") from None
    netloc = host if port is None else f"{host}:{port}"
    return f"{parts.scheme}://{netloc}"


def _positive_int(name, value):
    try:
        number = int(str(value).strip())
    except ValueError:
        raise ArgumentError(f"{name} must be a positive integer, got {value!r}") from None
    if number < 1:
        raise ArgumentError(f"{name} must be a positive integer, got {value!r}")
    return number


def _date(value):
    if value in (None, ""):
        return None
    try:
        day = datetime.strptime(str(value).strip(), "%Y-%m-%d")
    except ValueError:
        raise ArgumentError(f"since must be a date YYYY-MM-DD, got {value!r}") from None
    return day.replace(tzinfo=BERLIN).astimezone(UTC)


def _flag(name, value):
    if value in (None, "", "0", "false", "False", "no"):
        return False
    if value in ("1", "true", "True", "yes", True):
        return True
    raise ArgumentError(f"{name} must be 1 or 0, got {value!r}")
