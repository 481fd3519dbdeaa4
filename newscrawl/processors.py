"""Pure text and URL helpers: no Scrapy, no I/O, used by the loader, the page module and pipelines."""

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

from w3lib.html import replace_entities

BERLIN = ZoneInfo("Europe/Berlin")

# Zero-width and soft-hyphen characters vanish; every kind of space becomes a plain space.
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")


def clean_text(value):
    """Normalise entities, soft hyphens and spaces; keep German typography („…“, –) as it is."""
    if value is None:
        return None
    text = str(value)
    if "&" in text:
        text = replace_entities(text)
    for char in _INVISIBLE_CHARS:  # str.replace is much faster than str.translate with a dict
        if char in text:
            text = text.replace(char, "")
    # str.split() splits at exactly the characters the regex \s matches (every Unicode space,
    # no-break spaces included), in C: 30 times faster than _SPACES.sub on a 10 KB text.
    text = " ".join(text.split())
    return text or None


# --- URLs -------------------------------------------------------------------------------------

# An article: /news/<slug>-<id>/ or /magazin/<slug>-<id>/, optionally /<page>/ for later pages.
ARTICLE_PATH = re.compile(r"^/(?:news|magazin)/(?P<slug>[^/?#]+?)-(?P<id>\d{5,9})/(?:(?P<page>\d{1,3})/)?$")
TRACKING_PARAMS = re.compile(r"^(utm_\w+|wt_\w+|fbclid|gclid|mc_\w+|ref|referrer|at_\w+|cmpid|itm_\w+)$", re.I)


def article_match(url):
    """The ARTICLE_PATH match for an absolute URL (slash added where the site leaves it out), or None."""
    path = urlsplit(url).path
    if not path.endswith("/"):
        path += "/"
    return ARTICLE_PATH.match(path)


def article_id(url):
    m = article_match(url)
    return m["id"] if m else None


def strip_tracking(url):
    """Drop utm_* and similar parameters and the fragment, keep the rest of the query."""
    parts = urlsplit(url)
    if parts.query:
        keep = [p for p in parts.query.split("&") if p and not TRACKING_PARAMS.match(p.split("=", 1)[0])]
        parts = parts._replace(query="&".join(keep))
    return urlunsplit(parts._replace(fragment=""))


def article_url(url, page=False):
    """Canonical form of an article URL: no query, no fragment, trailing slash.

    With ``page=False`` a later page (…/2/) is mapped to its first page.
    """
    parts = urlsplit(url)
    m = article_match(url)
    if not m:
        return None
    path = m.group(0)
    if m["page"] and not page:
        path = path[: -len(m["page"]) - 1]
    return urlunsplit((parts.scheme, parts.netloc.lower(), path, "", ""))


def same_site(url, base):
    """True when url is on the base URL's host (and port)."""
    a, b = urlsplit(url), urlsplit(base)
    return a.scheme in ("http", "https") and a.netloc.lower() == b.netloc.lower()


# --- bytes ------------------------------------------------------------------------------------


def utf8_damage(body):
    """None for valid UTF-8; "invalid_bytes" for UTF-8 with some bad bytes (most non-ASCII text
    decodes: keep UTF-8, replace the bad bytes); "cp1252" when almost nothing decodes as UTF-8 (a
    page written in Windows-1252 that declares UTF-8)."""
    try:
        body.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", "replace")
    bad = text.count("\ufffd") - body.count(b"\xef\xbf\xbd")
    good = len(text.encode("utf-8", "surrogatepass")) - len(text) - 2 * bad  # extra bytes of multibyte chars
    return "invalid_bytes" if good > bad else "cp1252"


# --- dates ------------------------------------------------------------------------------------

_GERMAN_DATE = re.compile(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})(?:\D+(\d{1,2}):(\d{2}))?")


def to_iso8601(value):
    """ISO 8601 with a UTC offset. Naive times are Berlin time, as t3n.de shows them."""
    if value is None:
        return None
    if isinstance(value, datetime):
        dt = value
    else:
        text = str(value).strip()
        if not text:
            return None
        dt = None
        try:
            dt = datetime.fromisoformat(text.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            pass
        if dt is None:
            try:
                dt = parsedate_to_datetime(text)  # RSS pubDate (RFC 822)
            except (TypeError, ValueError, IndexError):
                dt = None
        if dt is None:
            m = _GERMAN_DATE.search(text)
            if not m:
                return None
            day, month, year, hh, mm = m.groups()
            try:
                dt = datetime(int(year), int(month), int(day), int(hh or 0), int(mm or 0))
            except ValueError:
                return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=BERLIN)
    return dt.isoformat()


def parse_iso(value):
    """datetime for an ISO string made by to_iso8601 (for comparisons), or None."""
    if not value:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return None
    return dt if dt.tzinfo else dt.replace(tzinfo=UTC)


def utc_now_iso():
    return datetime.now(UTC).replace(microsecond=0).isoformat()


# --- small field parsers ----------------------------------------------------------------------

_MINUTES = re.compile(r"(\d{1,3})\s*(?:Min\b|Min\.|Minuten)", re.I)
_ISO_MINUTES = re.compile(r"^PT(?:(\d+)H)?(?:(\d+)M)?", re.I)


def reading_minutes(value):
    """2 from "2 Min.", "13 Min. Lesezeit", "PT2M"; None otherwise."""
    if value is None:
        return None
    if isinstance(value, int):
        return value
    text = str(value)
    m = _MINUTES.search(text)
    if m:
        return int(m.group(1))
    m = _ISO_MINUTES.match(text.strip())
    if m and (m.group(1) or m.group(2)):
        return int(m.group(1) or 0) * 60 + int(m.group(2) or 0)
    return None


_BY = re.compile(r"^(?:von|by)\s+", re.I)


def split_authors(value):
    """ "Von Name A, Name B und Name C" -> ["Name A", "Name B", "Name C"]."""
    text = clean_text(value)
    if not text:
        return []
    text = _BY.sub("", text)
    names = re.split(r"\s*(?:,|;|\bund\b|&)\s*", text)
    return [n for n in (clean_text(n) for n in names) if n]


# "(Foto: Sherl / Shutterstock.com)" at the end of a caption; the credit is what follows the label.
_CREDIT_LABEL = r"(?:Foto|Fotos|Bild|Bilder|Abbildung|Grafik|Screenshot|Illustration|Quelle|Video|Image|Photo)"
_LABELLED = re.compile(rf"^\s*{_CREDIT_LABEL}\s*:\s*(?P<credit>.+?)\s*$", re.I | re.S)
# Without parentheses: "… Foto: Sherl / Shutterstock.com" at the end.
CREDIT = re.compile(rf"(?:^|\s){_CREDIT_LABEL}\s*:\s*(?P<credit>[^()]+?)\s*$", re.I)


def split_caption(text):
    """(caption, credit) from a figure caption that ends in "(Foto: …)".

    The credit's parentheses are matched, not searched for: "(Foto: Gage Skidmore / Flickr (CC
    BY-SA 2.0))" is one credit, "Gage Skidmore / Flickr (CC BY-SA 2.0)".
    """
    text = clean_text(text)
    if not text:
        return None, None
    start = _opening_paren(text) if text.endswith(")") else None
    if start is not None:
        m = _LABELLED.match(text[start + 1 : -1])
        if m:
            return clean_text(text[:start]), clean_text(m["credit"])
    m = CREDIT.search(text)
    if not m:
        return text, None
    return clean_text(text[: m.start()]), clean_text(m["credit"])


def _opening_paren(text):
    """Index of the "(" that the final ")" of text closes, or None when they do not balance."""
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return None


# WordPress shortcodes as JSON-LD's articleBody carries them: [embed]URL[/embed], [t3n_ad …].
_SHORTCODE = re.compile(r"\[/?[a-z_][\w-]*(?:\s[^\]]*)?\]", re.I)
_SHORTCODE_CLOSER = re.compile(r"\[/(\w+)\]")
_SHORTCODE_PAIRS: dict[frozenset, re.Pattern] = {}


def _pairs(names):
    """``[name …]…[/name]`` for the names that are closed somewhere in the text (an opener
    without a closer would otherwise be searched to the end of the text, once per opener)."""
    pattern = _SHORTCODE_PAIRS.get(names)
    if pattern is None:
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))
        pattern = re.compile(rf"\[({alternatives})[^\]]*\].*?\[/\1\]", re.S)
        if len(_SHORTCODE_PAIRS) > 1000:
            _SHORTCODE_PAIRS.clear()
        _SHORTCODE_PAIRS[names] = pattern
    return pattern


def strip_shortcodes(text):
    if not text or "[" not in text:
        return text
    names = frozenset(_SHORTCODE_CLOSER.findall(text))
    if names:
        text = _pairs(names).sub("", text)
    return _SHORTCODE.sub("", text)


def token_f1(expected, got):
    """Bag-of-tokens F1, the measure the acceptance check uses for bodies."""
    from collections import Counter

    a, b = Counter((expected or "").split()), Counter((got or "").split())
    common = sum((a & b).values())
    if not a and not b:
        return 1.0
    if not common:
        return 0.0
    p, r = common / sum(b.values()), common / sum(a.values())
    return 2 * p * r / (p + r)


# --- boilerplate that must never be article text ------------------------------------------------

# Whole paragraphs that are page furniture, not article text (the sample page shows each of them).
BOILERPLATE_PARAGRAPH = re.compile(
    r"^(?:Anzeige|Anzeige Anzeige|Sponsored|Werbung|Artikel merken|\d{1,3}\s*Min\.?(?:\s*Lesezeit)?"
    r"|Mehr zu diesem Thema|Schreib den ersten Kommentar!?|Bitte beachte unsere Community-Richtlinien"
    r"|Fast fertig!?|Jetzt mehr erfahren|Auf \w+ teilen|Anleitung zur Deaktivierung"
    r"|Bitte schalte deinen Adblocker.*|Jetzt registrieren und merken|Hier anmelden|Teilen|oder)$",
    re.I,
)
# Inline recommendation paragraphs: their link is a related link, their text is not body.
CROSSLINK_PARAGRAPH = re.compile(
    r"^(?:Ebenfalls interessant|Auch interessant|Lesetipp|Passend dazu|Mehr dazu)\s*:", re.I
)


def is_boilerplate_paragraph(text):
    return bool(text) and bool(BOILERPLATE_PARAGRAPH.match(text))


# --- the article's blocks (docs/article-structure.md) --------------------------------------------

# The blocks whose text is ``body``.
TEXT_TYPES = frozenset(("paragraph", "heading", "list_item", "quote"))


def body_text(blocks: list[dict]) -> str:
    return "\n\n".join(b["text"] for b in blocks if b["type"] in TEXT_TYPES)


def links_of(blocks: list[dict], base: str) -> list[dict]:
    """Every link of the text blocks in order, with the t3n article it points to (an article
    path on t3n.de, or on the host the page was served from)."""
    site = urlsplit(base).netloc.lower()
    out = []
    for block in blocks:
        for link in block.get("links") or ():
            url = link["url"]
            host = urlsplit(url).netloc.lower()
            own = host in ("t3n.de", "www.t3n.de") or host == site
            out.append({"url": url, "text": link["text"], "article_id": article_id(url) if own else None})
    return out


# --- Markdown ------------------------------------------------------------------------------------


def _md_inline(block: dict) -> str:
    """A text block's text with its links as [text](url), each at its place in the text."""
    text = block["text"]
    links = block.get("links") or ()
    if not links:
        return text
    out, pos = [], 0
    for link in links:
        at = text.find(link["text"], pos)
        if at < 0:
            continue
        target = _md_url(link["url"])
        label = link["text"].replace("[", r"\[").replace("]", r"\]")
        out.append(text[pos:at])
        out.append(f"[{label}]({target})")
        pos = at + len(link["text"])
    out.append(text[pos:])
    return "".join(out)


# What Markdown would read as a list item, a heading or a quote when a paragraph begins with it.
_MD_BLOCK_START = re.compile(r"^(?:(\d{1,9})([.)])(?=\s|$)|[-+*](?=\s)|#|>)")


def _md_text(text: str) -> str:
    """A paragraph's text that Markdown reads as text: "3. Oktober …" is no list item."""
    m = _MD_BLOCK_START.match(text)
    if not m:
        return text
    if m.group(1):
        return f"{m.group(1)}\\{m.group(2)}{text[m.end() :]}"
    return "\\" + text


def _md_url(url: str) -> str:
    return f"<{url}>" if any(c in url for c in " ()<>") else url


def _md_cell(text: str) -> str:
    return text.replace("|", r"\|")


def markdown(blocks: list[dict]) -> str:
    """The blocks as Markdown, separated by a blank line (the items of one list on consecutive
    lines, numbered in their order)."""
    parts: list[str] = []
    number = 0
    for i, block in enumerate(blocks):
        kind = block["type"]
        if kind == "list_item":
            previous = blocks[i - 1] if i else None
            same_list = (
                previous is not None
                and previous["type"] == "list_item"
                and previous.get("ordered") == block.get("ordered")
            )
            number = number + 1 if same_list else 1
            line = f"{number}. " if block.get("ordered") else "- "
            line += _md_inline(block)
            if same_list:
                parts[-1] += "\n" + line
            else:
                parts.append(line)
            continue
        if kind == "paragraph":
            parts.append(_md_text(_md_inline(block)))
        elif kind == "heading":
            parts.append("#" * int(block.get("level") or 2) + " " + _md_inline(block))
        elif kind == "quote":
            parts.append("> " + _md_inline(block))
        elif kind == "image":
            caption = (block.get("caption") or "").replace("[", r"\[").replace("]", r"\]")
            parts.append(f"![{caption}]({_md_url(block['url'])})")
        elif kind == "embed":
            parts.append(f"<{block['url']}>")
        elif kind == "table":
            rows = block.get("rows") or []
            if not rows:
                continue
            width = max(len(r) for r in rows)
            lines = []
            for n, row in enumerate(rows):
                cells = [_md_cell(c) for c in row] + [""] * (width - len(row))
                lines.append("| " + " | ".join(cells) + " |")
                if n == 0:
                    lines.append("| " + " | ".join(["---"] * width) + " |")
            parts.append("\n".join(lines))
    return "\n\n".join(parts)
