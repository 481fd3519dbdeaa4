"""Site-independent readers of a page's metadata clues: meta tags, JSON-LD, the dataLayer.

Each returns plain data; the page module decides in which order it trusts them.
"""

import json
import re

from newscrawl.processors import clean_text, split_authors

ARTICLE_TYPES = {"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                 "OpinionNewsArticle", "TechArticle", "AdvertiserContentArticle"}


_DATALAYER = re.compile(r"dataLayer\.push\(\s*(\{.*?\})\s*\)\s*;?", re.S)
_DL_PAIR = re.compile(r"""(["'])(?P<key>[\w.\-]+)\1\s*:\s*(?:(["'])(?P<val>(?:\\.|(?!\3).)*)\3|(?P<lit>true|false|-?\d+))""")

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
