"""The article's structure (docs/article-structure.md) from what the pass found: typed blocks,
images, links, Markdown; and the flat ``body`` as a view of the blocks. Site-independent.

``build(raws, base_url)`` turns the pass's raw blocks (``walk.Raw``) into the record's ``blocks``,
``images`` and ``links``; ``markdown(blocks)`` writes ``body_markdown``; ``body_text(blocks)``
the ``body`` string every schema version had.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

from newscrawl.pages.html import element_text, full_text, img_src, words
from newscrawl.pages.selectors import El
from newscrawl.pages.walk import Raw, Walked, resolve_link, width_or_height
from newscrawl.processors import (
    CROSSLINK_PARAGRAPH,
    TEXT_TYPES,
    body_text,
    clean_text,
    is_boilerplate_paragraph,
    links_of,
    markdown,
    split_caption,
)

__all__ = [
    "TEXT_TYPES",
    "Body",
    "body_text",
    "build",
    "caption_of",
    "element_text",
    "from_paragraphs",
    "full_text",
    "holds_image",
    "image_entry",
    "links_of",
    "markdown",
    "served_src",
]


@dataclass
class Body:
    """A page's body: its blocks (record form), the images in it, the links of its text blocks,
    and the anchors of its crosslink paragraphs ("Ebenfalls interessant: …": related links)."""

    blocks: list[dict] = field(default_factory=list)
    images: list[dict] = field(default_factory=list)
    crosslink_anchors: list = field(default_factory=list)

    @property
    def text_blocks(self) -> list[dict]:
        return [b for b in self.blocks if b["type"] in TEXT_TYPES]

    @property
    def text(self) -> list[str]:
        """The body parts: one string per text block (``body`` joins them with a blank line)."""
        return [b["text"] for b in self.blocks if b["type"] in TEXT_TYPES]

    def links(self, base: str) -> list[dict]:
        return links_of(self.blocks, base)

    def without_lead(self, lead: str) -> Body:
        """Without a first text block that repeats the lead (some layouts print it twice)."""
        for i, block in enumerate(self.blocks):
            if block["type"] in TEXT_TYPES:
                if clean_text(block["text"]) == lead:
                    return Body(self.blocks[:i] + self.blocks[i + 1 :], self.images, self.crosslink_anchors)
                break
        return self


def finish(raws: list[Raw]) -> None:
    """The text of each raw text block, cleaned once."""
    for raw in raws:
        if raw.buf:
            raw.text = clean_text("".join(raw.buf))
            raw.buf = []


def build(raws: list[Raw], base: str, lead_figure: El | None = None) -> Body:
    """Record blocks from the pass's raw blocks: crosslink and boilerplate paragraphs out, links
    resolved, images read (the lead figure's left out: it is ``image``), embeds named."""
    body = Body()
    blocks = body.blocks
    for raw in raws:
        kind = raw.type
        if kind in TEXT_TYPES:
            text = raw.text
            if not text:
                continue
            if CROSSLINK_PARAGRAPH.match(text):
                body.crosslink_anchors += raw.el.iter("a") if raw.anchors is None else raw.anchors
                continue
            if is_boilerplate_paragraph(text):
                continue
            links = []
            for href, link_text in raw.links:
                url = resolve_link(href, base)
                if url:
                    links.append({"url": url, "text": link_text})
            if kind == "heading":
                blocks.append({"type": kind, "text": text, "level": raw.level, "links": links})
            elif kind == "list_item":
                blocks.append({"type": kind, "text": text, "ordered": bool(raw.ordered), "links": links})
            else:
                blocks.append({"type": kind, "text": text, "links": links})
        elif kind == "image":
            if lead_figure is not None and (raw.box is lead_figure or _inside(raw.img, lead_figure)):
                continue
            image = image_of(raw.img, raw.box, base)
            if image is not None:
                blocks.append(
                    {"type": "image", "url": image["url"], "caption": image["caption"], "credit": image["credit"]}
                )
                body.images.append(image)
        elif kind == "embed":
            url, provider = read_embed(raw.embed, base)
            if url:
                blocks.append({"type": "embed", "url": url, "provider": provider})
        elif kind == "table" and raw.rows:
            blocks.append({"type": "table", "rows": raw.rows})
    return body


def from_paragraphs(paragraphs: Iterable[str]) -> Body:
    """A body read from JSON-LD articleBody: paragraph blocks only."""
    return Body([{"type": "paragraph", "text": p, "links": []} for p in paragraphs if p])


def _inside(el: El, ancestor: El) -> bool:
    return el is ancestor or any(a is ancestor for a in el.iterancestors())


# --- images --------------------------------------------------------------------------------------

_RENDITION = re.compile(r"([?&])class=[^&#]*&?")
_NOT_A_PICTURE = frozenset("avatar gravatar logo icon emoji pixel tracking spacer".split())
_LAZY = ("data-src", "data-lazy-src", "data-original")


def served_src(fig: El) -> str | None:
    """The lead image's URL as the page serves it: a lazy image's real URL before a placeholder
    ``src``; an <img> before a <picture>'s sources."""
    return img_src(list(fig.iter("img"))) or img_src(list(fig.iter("source")))


def largest_src(img: El) -> str | None:
    """The largest rendition an <img> offers: the largest ``srcset`` candidate, else a lazy
    image's real URL, else ``src``."""
    best, best_size = None, -1.0
    for attr in ("srcset", "data-srcset"):
        for candidate in (img.get(attr) or "").split(","):
            parts = candidate.split()
            if not parts or parts[0].startswith("data:"):
                continue
            size = 0.0
            if len(parts) > 1:
                unit = parts[1][-1:].lower()
                try:
                    size = float(parts[1][:-1]) * (1 if unit == "w" else 1000 if unit == "x" else 0)
                except ValueError:
                    size = 0.0
            if size > best_size:
                best, best_size = parts[0], size
        if best:
            return best
    for attr in _LAZY:
        value = (img.get(attr) or "").strip()
        if value and not value.startswith("data:"):
            return value
    value = (img.get("src") or "").strip()
    return value if value and not value.startswith("data:") else None


def original_file(url: str) -> str:
    """The URL without its ``?class=…`` rendition parameter (the original file on cdn.t3n.de)."""
    if "class=" not in url:
        return url
    parts = urlsplit(url)
    query = _RENDITION.sub(r"\1", "&" + parts.query).strip("&")
    return urlunsplit(parts._replace(query=query))


def holds_image(el: El) -> bool:
    """An image box: an <img> or <picture> right in it (or in a link right in it)."""
    for child in el:
        tag = child.tag
        if tag == "img" or tag == "picture":
            return True
        if tag == "a" and (child.find("img") is not None or child.find("picture") is not None):
            return True
    return False


def caption_of(fig: El) -> tuple[str | None, str | None]:
    """(caption, credit) of a figure or image box: its <figcaption> (or caption element), the
    credit in an element of its own or at the caption's end ("(Foto: iFixit)")."""
    cap = next(fig.iter("figcaption"), None)
    if cap is None:
        cap = next(
            (c for c in fig.iter() if c is not fig and "caption" in (c.get("class") or "").lower()),
            None,
        )
    if cap is None:
        return None, None
    credit_el = [c for c in cap.iter() if c is not cap and words(c) & {"credit", "copyright", "source", "quelle"}]
    if credit_el:  # the credit in an element of its own, with or without "Foto:"
        label_caption, label_credit = split_caption(element_text(credit_el[0]))
        return split_caption("".join(_text_without(cap, credit_el[0])))[0], label_credit or label_caption
    return split_caption(" ".join(cap.itertext()))


def _text_without(root, skip):
    yield root.text or ""
    for child in root:
        if child is not skip and isinstance(child.tag, str):
            yield from _text_without(child, skip)
        yield child.tail or ""


def image_of(img: El, box: El, base: str) -> dict | None:
    """An ``images`` entry for an <img> in the body (None for an avatar, a logo, a pixel, or an
    image without a URL)."""
    if words(img) & _NOT_A_PICTURE:
        return None
    width, height = width_or_height(img.get("width")), width_or_height(img.get("height"))
    if (width is not None and width <= 2) or (height is not None and height <= 2):
        return None  # a counting pixel
    src = largest_src(img)
    if not src:
        return None
    caption, credit = caption_of(box) if box is not None and box is not img else (None, None)
    return {
        "url": original_file(urljoin(base, src)),
        "caption": caption,
        "credit": credit,
        "width": width,
        "height": height,
    }


def image_entry(fig: El, base: str, image: dict) -> dict | None:
    """``images[0]``: the lead image (``image``) with its largest rendition and its size."""
    img = next(fig.iter("img"), None)
    src = largest_src(img) if img is not None else None
    url = original_file(urljoin(base, src)) if src else original_file(image["url"])
    return {
        "url": url,
        "caption": image["caption"],
        "credit": image["credit"],
        "width": width_or_height(img.get("width")) if img is not None else None,
        "height": width_or_height(img.get("height")) if img is not None else None,
    }


# --- embeds --------------------------------------------------------------------------------------

_PROVIDERS = (
    (("twitter.com", "x.com"), "twitter"),
    (("youtube.com", "youtube-nocookie.com", "youtu.be"), "youtube"),
    (("instagram.com",), "instagram"),
    (("vimeo.com",), "vimeo"),
    (("tiktok.com",), "tiktok"),
    (("facebook.com", "fb.com", "fb.watch"), "facebook"),
    (("linkedin.com",), "linkedin"),
    (("spotify.com",), "spotify"),
    (("soundcloud.com",), "soundcloud"),
    (("podigee.com", "podigee.io"), "podigee"),
)
_MASTODON_STATUS = re.compile(r"^/@[\w.-]+/\d+")
_PROVIDER_NAMES = frozenset(name for _, name in _PROVIDERS) | {"mastodon"}


def provider(url: str) -> str:
    """A short lower-case name for the host of an embedded post or video."""
    parts = urlsplit(url)
    host = parts.netloc.lower().split(":")[0]
    for hosts, name in _PROVIDERS:
        if any(host == h or host.endswith("." + h) for h in hosts):
            return name
    if _MASTODON_STATUS.match(parts.path):
        return "mastodon"
    return host.removeprefix("www.")


def read_embed(el: El, base: str) -> tuple[str | None, str | None]:
    """(URL, provider) of an embed: what its markup names (an iframe's src, a post's cite or
    permalink, the wrapper's data-embed-url), else the last link to the provider inside it."""
    nodes = list(el.iter())
    for node in nodes:
        if node.tag == "iframe":
            url = resolve_link(node.get("src") or node.get("data-src"), base)
            if url:
                return url, provider(url)
    for attr in ("cite", "data-instgrm-permalink", "data-embed-url", "data-embed-src", "data-embed", "data-url"):
        for node in nodes:
            url = resolve_link(node.get(attr), base)
            if url:
                return url, provider(url)
    hint = _provider_hint(el)
    last = None
    for node in nodes:
        if node.tag == "a":
            url = resolve_link(node.get("href"), base)
            if url and (provider(url) == hint if hint else provider(url) in _PROVIDER_NAMES):
                last = url
    return (last, provider(last)) if last else (None, None)


def _provider_hint(el: El) -> str | None:
    named = (el.get("data-embed-provider") or el.get("data-vendor") or "").lower()
    if named in _PROVIDER_NAMES:
        return named
    found = words(el) & _PROVIDER_NAMES
    if "tweet" in words(el):
        return "twitter"
    return next(iter(sorted(found)), None)


def body_of(walked: Walked, body: El) -> list[Raw]:
    """The raw blocks of a body the pass walked on its own (the densest container)."""
    rng = walked.ranges.get(body)
    return walked.blocks[rng[0] : rng[1]] if rng else walked.blocks
