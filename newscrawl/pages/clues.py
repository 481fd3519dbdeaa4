"""Site-independent readers of a page's metadata clues: meta tags, JSON-LD, the dataLayer.

Each returns plain data; the page module decides in which order it trusts them.
"""

import datetime as _dt
import json
import re
from typing import Any

from newscrawl.processors import BERLIN, CROSSLINK_PARAGRAPH, clean_text, parse_iso, split_authors, to_iso8601

ARTICLE_TYPES = {
    "NewsArticle",
    "Article",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "TechArticle",
    "AdvertiserContentArticle",
}


_DATALAYER = re.compile(r"dataLayer\.push\(\s*(\{.*?\})\s*\)\s*;?", re.S)
_DL_PAIR = re.compile(
    r"""(["'])(?P<key>[\w.\-]+)\1\s*:\s*(?:(["'])(?P<val>(?:\\.|(?!\3).)*)\3|(?P<lit>true|false|-?\d+))"""
)


def flatten(obj, prefix=""):
    out = {}
    if isinstance(obj, dict):
        for k, v in obj.items():
            out.update(flatten(v, f"{prefix}{k}."))
    elif isinstance(obj, list) and obj and all(isinstance(x, str) for x in obj):
        out[prefix[:-1]] = ", ".join(obj)
    else:
        out[prefix[:-1]] = obj
    return out


def js_unescape(value):
    if "\\" not in value and '"' not in value:  # nothing escaped: the value as it stands
        return value
    try:
        return json.loads(f'"{value}"')
    except ValueError:
        return value


def first_str(value):
    if isinstance(value, list):
        value = value[0] if value else None
    return clean_text(value) if isinstance(value, str) else None


def names(author):
    """Names from JSON-LD author: an object, a list of objects, or strings."""
    if not author:
        return None
    authors = author if isinstance(author, list) else [author]
    found = []
    for a in authors:
        name = a.get("name") if isinstance(a, dict) else a
        if isinstance(name, str) and name.strip():
            found += split_authors(name)
    return found or None


def keywords(value):
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list):
        return None
    return [k for k in (clean_text(v) for v in value if isinstance(v, str)) if k] or None


def image_url(value):
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl")
    return value if isinstance(value, str) else None


def read_metas(head):
    """{name: [content, …]} of the <meta property|name=… content=…> tags in <head>."""
    metas = {}
    for element in head:
        for meta in element.root.iter("meta"):
            name = meta.get("property") or meta.get("name")
            if name and meta.get("content") is not None:
                metas.setdefault(name, []).append(meta.get("content"))
    return metas


def read_jsonld(scripts):
    """(the NewsArticle object, {@id: node}) of the page's JSON-LD; ({}, {}) when there is none.

    Invalid JSON-LD is skipped. Yoast writes a @graph whose authors and image are {"@id": …}
    references: the node index lets ``resolve`` follow them.
    """
    for script in scripts:
        if script.get("type") != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        nodes = []
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, dict):
                nodes.append(obj)
                stack.extend(obj.get("@graph") or [])
        index = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
        for obj in nodes:
            types = obj.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & ARTICLE_TYPES:
                return obj, index
    return {}, {}


def resolve(value, index):
    """A JSON-LD value with {"@id": …} references replaced by the nodes they name."""
    if isinstance(value, list):
        return [resolve(v, index) for v in value]
    if isinstance(value, dict) and set(value) == {"@id"}:
        return index.get(value["@id"], value)
    return value


def read_datalayer(scripts):
    """Flat "article.headline"-style keys of the page's dataLayer.push({...}) calls."""
    values = {}
    for script in scripts:
        text = script.text or ""
        if "dataLayer" not in text:
            continue
        for blob in _DATALAYER.findall(text):
            try:
                values.update(flatten(json.loads(blob)))
                continue
            except ValueError:
                pass
            for m in _DL_PAIR.finditer(blob):  # a JS object literal, not JSON
                val = m["val"] if m["val"] is not None else m["lit"]
                values[m["key"]] = js_unescape(val)
    return values


# --- clues checked against each other ------------------------------------------------------------
#
# After a field's value is chosen (the first clue in FIELD_SOURCES order that answered), it is
# compared with every other clue that answered, with one rule per field, all here:
#   agree      another clue says the same (titles: equal letters and digits; leads: one is a prefix
#              of the other, since descriptions are the lead cut short; names: the same set; dates:
#              the same instant, a date-only clue the same Berlin day; tags: one in common;
#              images: the same file whatever the rendition query; body: nine in ten words of
#              each side on the other, JSON-LD articleBody without the lead it begins with)
#   alone      no other clue answered
#   overruled  the value came from the page's markup, no other clue confirms it, and two other
#              clues agree with each other: they win (a subheading or a rail teaser taken for the
#              title or lead is out-voted by JSON-LD and og:title)
#   differ     other clues answered, none agrees, and they do not agree among themselves either
# The verdicts are counted per field (newscrawl/clue_check/<field>/<verdict>); the run monitor
# makes a run sick when differ + overruled pass a share.

MARKUP_SOURCES = ("markup", "heuristic")
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_NOT_ALNUM = re.compile(r"[\W_]+", re.U)
_ELLIPSIS = re.compile(r"\s*(?:…|\.\.\.|\[…\])\s*$")


def _letters(value):
    return _NOT_ALNUM.sub("", str(value).casefold())


def _same_text(a, b):
    return _letters(a) == _letters(b)


def _prefix_text(a, b):
    """One text is the other cut short (a description cut mid-word, the lead's first sentence)."""
    a, b = _letters(_ELLIPSIS.sub("", str(a))), _letters(_ELLIPSIS.sub("", str(b)))
    short, long_ = sorted((a, b), key=len)
    return bool(short) and long_.startswith(short) and (len(short) >= 20 or short == long_)


def _same_names(a, b):
    def key(v):
        return {_letters(n) for n in (v if isinstance(v, list) else split_authors(v))}

    return key(a) == key(b)


def _tags_overlap(a, b):
    def key(v):
        return {_letters(t) for t in (v if isinstance(v, list) else [v])}

    return bool(key(a) & key(b))


def _same_image(a, b):
    def key(v):
        path = str(v.get("url") if isinstance(v, dict) else v).split("?", 1)[0].split("#", 1)[0]
        return path.rsplit("/", 1)[-1].casefold()

    return key(a) == key(b)


def _same_time(a, b):
    def instant(v):
        if isinstance(v, DateOnly):
            return v
        return parse_iso(to_iso8601(v))

    a, b = instant(a), instant(b)
    if a is None or b is None:
        return False
    if isinstance(a, DateOnly) or isinstance(b, DateOnly):
        day = lambda x: x.day if isinstance(x, DateOnly) else x.astimezone(BERLIN).date()  # noqa: E731
        return day(a) == day(b)
    return a == b


class DateOnly:
    """A clue that names only the day ("06112023", "06.11.2023" in t3n's 2023 dataLayer)."""

    _FORMATS = (re.compile(r"^(\d{2})(\d{2})(\d{4})$"), re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$"))

    def __init__(self, day):
        self.day = day

    @classmethod
    def parse(cls, value):
        for pattern in cls._FORMATS:
            m = pattern.match(str(value or "").strip())
            if m:
                try:
                    return cls(_dt.date(int(m[3]), int(m[2]), int(m[1])))
                except ValueError:
                    return None
        return None


def _words(text):
    """The words of a text as white space separates them (both clues come from the same source
    text, so a word mostly carries the same case and punctuation on either side)."""
    if not text:
        return []
    if isinstance(text, list):
        return text
    text = str(text)
    for char in _INVISIBLE:
        if char in text:
            text = text.replace(char, "")
    return text.split()


# What may stick to a word on one side and not on the other ("gekündigt," / "gekündigt …").
_WORD_EDGES = ".,;:!?…\"'()[]{}„“”‚‘’«»–—-/|*#<>"


_TRAILING = (",", ".", ":", ";", "!", "?", "“", "”", '"', ")", "…", "’")
_LEADING = ("„", "“", '"', "(", "‚")


def _unmatched(words: set, other: set) -> set:
    """The words not on the other side, punctuation at their edges aside (asked of the few words
    that differ, not of every word: the other side's punctuated forms are tried first, its
    stripped words only computed when that fails)."""
    missing = set()
    stripped = None
    for w in words - other:
        k = w.strip(_WORD_EDGES)
        if not k or k in other or any(k + t in other for t in _TRAILING) or any(p + k in other for p in _LEADING):
            continue
        if stripped is None:
            stripped = {x.strip(_WORD_EDGES) for x in other}
        if k not in stripped:
            missing.add(w)
    return missing


def _cover(ours: set, theirs: set) -> float:
    return 1 - len(_unmatched(ours, theirs)) / len(ours) if ours else 0.0


def word_cover(a: Any, b: Any) -> float:
    """The share of a's distinct words that are in b."""
    return _cover(set(_words(a)), set(_words(b)))


def _same_words(a, b):
    """Body text: nine in ten of each side's distinct words are on the other side."""
    ours, theirs = set(_words(a)), set(_words(b))
    return ours == theirs or (_cover(ours, theirs) >= 0.9 and _cover(theirs, ours) >= 0.9)


def article_body_clue(article_body, lead=None, shown=None, first_page=False):
    """JSON-LD articleBody as a clue for the body text (its words): without the lead it begins
    with (t3n's does), without crosslink paragraphs ("Ebenfalls interessant: …": related links,
    not body), cut at WordPress's page break when the page is page 1 of several
    (``first_page``), and cut to about the words a paywalled page shows (``shown``)."""
    text = str(article_body)
    if first_page and "<!--nextpage-->" in text:
        text = text.split("<!--nextpage-->", 1)[0]
    text = text.replace("<!--nextpage-->", " ")
    if any(word in text for word in _CROSSLINK_WORDS):  # a substring test: no regex over the text
        text = "\n".join(line for line in text.splitlines() if not CROSSLINK_PARAGRAPH.match(line.strip()))
    words = _words(text)
    lead_words = _words(lead) if lead else []
    if lead_words and words[: len(lead_words)] == lead_words:
        words = words[len(lead_words) :]
    if shown is not None:
        words = words[:shown]
    return words


# Parts of the words CROSSLINK_PARAGRAPH begins with: a text holding none of them has no crosslink.
_CROSSLINK_WORDS = ("nteressant", "NTERESSANT", "esetipp", "ESETIPP", "dazu", "DAZU")


AGREES = {
    "title": _same_text,
    "lead": _prefix_text,
    "authors": _same_names,
    "published": _same_time,
    "modified": _same_time,
    "section": _same_text,
    "tags": _tags_overlap,
    "image": _same_image,
    "body": _same_words,
}


def check_clues(field, chosen, clues):
    """(verdict, source that overrules the choice or None) for one field.

    ``chosen``: the source whose value was taken; ``clues``: {source: value} of every clue that
    answered, in the field's stated order (the chosen one included).
    """
    agrees = AGREES[field]
    value = clues[chosen]
    others = [(s, v) for s, v in clues.items() if s != chosen]
    if not others:
        return "alone", None
    if any(agrees(value, v) for _, v in others):
        return "agree", None
    for i, (source, v) in enumerate(others):
        if any(agrees(v, w) for _, w in others[i + 1 :]):
            if chosen in MARKUP_SOURCES:
                return "overruled", source
            break
    return "differ", None
