"""A run's problems in words: what failed, which check found it, an example URL, what to do.

``run.status.RunStatus.problems`` builds the list (a full disk, the finish reason, the feeds, the
failed spidermon monitors handed over by ``monitors.RecordVerdict``); ``last_run.json`` keeps the
one-line texts (``problems``) and the details (``problem_details``), and the run report shows the
details at its top. Also here, from the crawl stats: why a run reached nothing (the site
unreachable, every request failed, robots.txt disallowing everything …) and the items dropped per
reason, each drop counted once.
"""

from __future__ import annotations

import re
from typing import Any

_URL = re.compile(r"https?://[^\s;,)'\"<>]+")

# What to do, per failed check: monitor class (and test method) -> advice.
ADVICE: dict[str, str] = {
    "ArticlesMonitor.test_site_reachable": (
        "Check that the site answers from this machine (curl -I the URL; DNS, proxy, firewall); if it "
        "answers with 403/429 it may block us: look at robots.txt and the User-Agent's contact URL. "
        "Nothing was lost: the next run fetches it all."
    ),
    "ArticlesMonitor.test_articles_seen_became_items": (
        "Look at the 'Article failed' and 'Dropped item (missing_…)' lines in the log: a network fault "
        "heals by itself (failed articles are fetched first next run); missing titles or bodies on "
        "pages that load mean a layout change (newscrawl/pages/t3n/article.py)."
    ),
    "ArticlesMonitor.test_not_mostly_consent_walls": (
        "The site served its consent layer instead of the articles: see README 'Consent' "
        "(NEWSCRAWL_CONSENT_COOKIES). The walled articles are fetched again next run."
    ),
    "SourcesMonitor": (
        "Open the named feed or sitemap on the site: if it moved or is gone, the spider's door has to "
        "follow (newscrawl/spiders/t3n.py); the articles still come through the other doors."
    ),
    "MinItemsFieldCoverageMonitor": (
        "A field is missing on too many articles: open an article of this run, compare its markup with "
        "the layout in newscrawl/pages/t3n/article.py and the 'Clues per field' table below."
    ),
    "CoverageBaselineMonitor": (
        "A field's coverage fell against the last good runs: open an article of this run without it; "
        "a markup change shows in the 'Clues per field' table below."
    ),
    "ClueCheckMonitor": (
        "Open the example page and see which clue is right; a layout change needs its selector fixed "
        "in newscrawl/pages/t3n/article.py (the exported values came from the agreeing clues)."
    ),
    "ItemValidationMonitor": (
        "Exported records break the schema (newscrawl/schemas/article.json): see 'Schema violations' "
        "below and fix the field's parser before handing the feed on."
    ),
    "ErrorCountMonitor": "Read the ERROR lines of the run's log: each is a bug or a failed write.",
    "RetryCountMonitor": (
        "The site was slow or throttled us: many retries. Consider a larger DOWNLOAD_DELAY; articles "
        "given up are fetched first next run."
    ),
    "FinishReasonMonitor": "The run did not end normally: see the other problems and the end of the log.",
}
DISK_FULL_ADVICE = (
    "Free space there (or point the feed, NEWSCRAWL_ARCHIVE_DIR or STATE_DIR elsewhere) and run again: "
    "what this run could not store was not recorded as exported, the next run exports it."
)
FEED_ADVICE = (
    "See the 'Error storing' line in the log; nothing of this run was recorded as exported, the next run "
    "exports these articles again."
)
FINISH_ADVICE = {
    "shutdown": "The run was stopped (Ctrl-C or SIGTERM); the next run goes on where it stopped.",
    "disk_full": DISK_FULL_ADVICE,
}


def problem(
    what: str, source: str, example: str | None = None, todo: str = "", text: str | None = None
) -> dict[str, Any]:
    """One problem: ``what`` in words, ``source`` the check that found it, an example URL, what to
    do; ``text`` the one line for last_run.json (default: ``what``)."""
    return {"text": text or what, "what": what, "source": source, "example": example, "todo": todo}


def monitor_problem(monitor: Any, detail: str) -> dict[str, Any]:
    """A failed spidermon monitor (``monitor``: the test case) as a problem; the text is
    ``"<monitor name>: <detail>"`` as before, the example the first URL in the detail."""
    cls = type(monitor).__name__
    method = getattr(monitor, "_testMethodName", "")  # the Python method (method_name is its title)
    name = getattr(monitor, "name", cls)
    example = _URL.search(detail)
    return problem(
        what=_threshold_in_words(detail),
        source=f"monitor {name}",
        example=example.group(0).rstrip(".") if example else None,
        todo=ADVICE.get(f"{cls}.{method}") or ADVICE.get(cls, "See the log."),
        text=f"{name}: {detail}",
    )


_THRESHOLD = re.compile(
    r"Expecting '(?P<stat>[^']+)' to be '(?P<op>[^']+)' to '(?P<limit>[^']+)'\. Current value: '(?P<value>[^']+)'"
)
_STAT_WORDS = {
    "log_count/ERROR": "ERROR lines in the log",
    "retry/count": "retries",
    "log_count/WARNING": "WARNING lines in the log",
    "item_scraped_count": "items",
}


def _threshold_in_words(detail: str) -> str:
    """spidermon's "Expecting 'log_count/ERROR' to be '<=' to '0.0'. Current value: '3.0'" ->
    "3 ERROR lines in the log (at most 0 allowed)"; any other detail as it is."""
    found = _THRESHOLD.search(detail)
    if not found:
        return detail
    value, limit = (_number(found[k]) for k in ("value", "limit"))
    words = _STAT_WORDS.get(found["stat"], f"'{found['stat']}'")
    bound = {"<=": "at most", "<": "fewer than", ">=": "at least", ">": "more than"}.get(found["op"], found["op"])
    return f"{value} {words} ({bound} {limit} allowed)"


def _number(text: str) -> str:
    try:
        return f"{float(text):,g}"
    except ValueError:
        return text


# --- why a run reached nothing ------------------------------------------------------------------

_EXCEPTIONS = (  # (class name contains, in words)
    ("DNSLookup", "DNS lookup failed (the host name does not resolve)"),
    ("CannotResolveHost", "DNS lookup failed (the host name does not resolve)"),
    ("ConnectionRefused", "connection refused"),
    ("NoRoute", "no route to host"),
    ("TimedOut", "timed out"),
    ("Timeout", "timed out"),
    ("SSL", "TLS handshake failed"),
    ("ConnectionLost", "connection lost"),
    ("ResponseNeverReceived", "no response"),
    ("ConnectionDone", "connection closed"),
)


def _in_words(exception: str) -> str:
    name = exception.rsplit(".", 1)[-1]
    return next((words for key, words in _EXCEPTIONS if key in name), name)


def unreachable_reason(stats: dict[str, Any], site: str | None = None) -> str:
    """Why no listing page and no feed could be read, from the crawl stats (``site``: the base URL)."""
    to = f" to {site}" if site else ""
    requests = stats.get("downloader/request_count", 0)
    forbidden = stats.get("robotstxt/forbidden", 0)
    statuses = _by(stats, "downloader/response_status_count/")
    answered = sum(statuses.values())
    ok = sum(n for code, n in statuses.items() if code.startswith("2"))
    if not requests:
        if forbidden:
            return f"robots.txt disallowed every request ({forbidden} refused before they were sent)"
        return "no request was made (see the log for the start error)"
    if not answered:
        errors: dict[str, int] = {}
        for exc, n in _by(stats, "downloader/exception_type_count/").items():
            errors[_in_words(exc)] = errors.get(_in_words(exc), 0) + n
        said = ", ".join(f"{words} ×{n}" for words, n in sorted(errors.items(), key=lambda kv: -kv[1]))
        return f"site unreachable: all {requests} requests{to} failed" + (f" ({said})" if said else "")
    if forbidden and ok <= 1:
        return f"robots.txt disallowed every page we asked for ({forbidden} requests refused)"
    if not ok:
        said = ", ".join(f"HTTP {code} ×{n}" for code, n in sorted(statuses.items()))
        return f"the site{' ' + site if site else ''} answered only with errors ({said})"
    return f"{ok} pages answered, but none was a listing page or feed this spider could read"


# --- drops --------------------------------------------------------------------------------------

_CLASS_NAME = re.compile(r"^[A-Z][A-Za-z0-9_]*$")


def drop_reasons(stats: dict[str, Any]) -> dict[str, int]:
    """Items dropped, per reason, each drop once. The pipelines count their own reason
    (``item_dropped_reasons_count/advertorial``) and Scrapy counts the same drop again under the
    exception's class (``…/DropItem``); drops no project reason accounts for are
    ``"other (DropItem)"``."""
    found = _by(stats, "item_dropped_reasons_count/")
    reasons = {k: v for k, v in found.items() if not _CLASS_NAME.match(k) and isinstance(v, int)}
    classes = {k: v for k, v in found.items() if _CLASS_NAME.match(k) and isinstance(v, int)}
    total = stats.get("item_dropped_count", sum(classes.values())) or 0
    rest = total - sum(reasons.values())
    if rest > 0:
        reasons[f"other ({', '.join(sorted(classes)) or 'no reason'})"] = rest
    return dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))


def _by(stats: dict[str, Any], prefix: str) -> dict[str, Any]:
    return {k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix)}
