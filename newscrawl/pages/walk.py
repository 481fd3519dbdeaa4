"""One indexed pass over an article element: its typed blocks, images and links, and the elements
that the layout's selectors name, each element visited once.

``walk(root, table, probes)`` visits every element below ``root`` in document order. Per element it
looks up the tag and the class attribute in precomputed tables (``selectors.Table`` for the
layout's selectors; ``_info`` for what the element is to the text: a text block, a container, an
inline element, furniture, a figure, an embed, a table), so nothing is matched twice and no
regular expression runs per element. It records:

- ``hits``: for each first compound of the layout's selectors, the elements that match it, with
  their place in document order (``order``) and, for those, where their subtree ends (``ends``):
  containment and precedence are integer comparisons afterwards;
- ``blocks``: inside every element that may be the article body (the ``body`` compounds), the
  typed blocks in page order (``Raw``), with each candidate's range in ``ranges``;
- ``texts``: the text nodes that contain one of the ``probes`` (a byline's "Von ", a reading
  time's "Min", a topic box heading).

What is furniture (ads, crosslink and topic boxes, newsletter, comments, share buttons, consent
overlays, the paywall box) is told by tag and by the words of class and id attributes, as in
``newscrawl.pages.html``; its text is never a block, its images never images.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from newscrawl.pages.selectors import Table, class_words
from newscrawl.processors import clean_text, strip_tracking

# --- what an element is to the text ---------------------------------------------------------------

TEXT_BLOCKS = {
    "p": "paragraph",
    "pre": "paragraph",
    "dt": "paragraph",
    "dd": "paragraph",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "list_item",
    "blockquote": "quote",
}
# Elements that end a run of inline text (a paragraph of text standing directly in a <div>).
BLOCK_LEVEL = frozenset(
    """div section article main center dl ul ol menu table figure hr address details summary
fieldset hgroup header footer nav aside form h1 noscript""".split()
) | frozenset(TEXT_BLOCKS)
# Never text: their content is skipped (their tail is not).
SKIP_TAGS = frozenset(
    """script style noscript template figcaption aside nav form button iframe svg select input
textarea video audio picture img object embed footer header dialog h1 option""".split()
)
# No element of a field stands inside these: the pass does not descend.
OPAQUE = frozenset("script style svg noscript template select option".split())

# Words of class/id attributes (split at -, _ and camelCase) that mark furniture.
FURNITURE_WORDS = frozenset(
    """
ad ads adslot adunit advert advertisement adsbygoogle dfp anzeige adblock adblocker sponsor sponsored werbung
crosslink crosslinks suggestnews suggest related recommendations newsletter newsletterbox
paywall consent cmp sourcepoint usercentrics onetrust didomi cookiebanner comment comments community
share sharing shariff social socials bookmark
merkliste embed oembed tweet twitter instagram youtube video player modal overlay popup promo
outbrain taboola banner notice noscript breadcrumb breadcrumbs toolbar pagination meta tags
taglist lead teaser kicker byline author authors caption credit
""".split()
)
AD_WORDS = frozenset(["ad", "ads", "adslot", "adunit", "advert", "advertisement"])
# Class words of an embedded post or video (a wrapper whose URL the served markup names).
EMBED_WORDS = frozenset(
    """embed oembed tweet twitter instagram youtube video player vimeo tiktok mastodon bluesky bsky
podigee spotify soundcloud facebook linkedin""".split()
)
# Furniture that is furniture even when it also names a provider ("c-social__button -twitter").
_HARD_FURNITURE = FURNITURE_WORDS - EMBED_WORDS
# What keeps a figure from being the article's: ads, teasers and boxes of other articles.
_NOT_OURS = AD_WORDS | frozenset(
    """adslot anzeige sponsor sponsored werbung crosslink crosslinks related recommendations suggest
suggestnews newsletter newsletterbox promo banner outbrain taboola teaser teasers share social consent
paywall comment comments avatar logo""".split()
)
# An image that is not the article's: an avatar, a logo, an icon, a counting pixel.
_NOT_A_PICTURE = frozenset("avatar gravatar logo icon emoji pixel tracking spacer author authors".split())
# Class words of an image box (a <div> that holds the <img> and its caption).
_BOX_HINTS = ("image", "media", "picture", "visual", "hero")
_FURNITURE_ATTRS = ("hidden", "data-ad", "data-ad-slot")
_EMBED_ATTRS = ("data-embed-url", "data-embed", "data-instgrm-permalink")

# Kinds of element (``_info``): ints compared in the hot loop.
K_SKIP, K_TEXT, K_LIST, K_BLOCK, K_INLINE, K_BR, K_A, K_IMG, K_FIGURE, K_TABLE, K_IFRAME, K_OPAQUE = range(12)
K_PICTURE = 12


@dataclass(slots=True)
class Info:
    """What a tag and class attribute say about an element (cached per distinct pair)."""

    kind: int
    words: frozenset[str]
    furniture: bool  # by tag or class words: never text
    hard: bool  # furniture even if it names a provider
    embed: bool  # an embed wrapper by class
    box: bool  # an image box by class (if it holds an image)
    not_ours: bool  # ads, teasers: no image of the article inside
    ad: bool
    plain: tuple[int, ...] = ()
    checked: tuple[int, ...] = ()


_INFO: dict[tuple[int, str, str | None], Info] = {}
_ID_WORDS: dict[str, frozenset[str]] = {}


def _kind(tag: str) -> int:
    if tag in TEXT_BLOCKS:
        return K_TEXT
    if tag in ("ul", "ol"):
        return K_LIST
    if tag == "a":
        return K_A
    if tag == "br":
        return K_BR
    if tag == "img":
        return K_IMG
    if tag == "figure":
        return K_FIGURE
    if tag == "picture":
        return K_PICTURE
    if tag == "table":
        return K_TABLE
    if tag == "iframe":
        return K_IFRAME
    if tag in OPAQUE:
        return K_OPAQUE
    if tag in BLOCK_LEVEL:
        return K_BLOCK
    if tag in SKIP_TAGS:
        return K_SKIP
    return K_INLINE


def _info(table: Table, tag: str, cls: str | None) -> Info:
    key = (id(table), tag, cls)
    info = _INFO.get(key)
    if info is None:
        words = class_words(cls)
        plain, checked = table.lookup(tag, cls)
        info = Info(
            kind=_kind(tag),
            words=words,
            furniture=tag in SKIP_TAGS or bool(words & FURNITURE_WORDS),
            hard=bool(words & _HARD_FURNITURE),
            embed=bool(words & EMBED_WORDS) or "embed" in (cls or ""),
            box=tag == "figure"
            or "wp-caption" in (cls or "").split()
            or any(h in (cls or "").lower() for h in _BOX_HINTS),
            not_ours=bool(words & _NOT_OURS),
            ad=bool(words & AD_WORDS),
            plain=plain,
            checked=checked,
        )
        if len(_INFO) > 100_000:
            _INFO.clear()
        _INFO[key] = info
    return info


def id_words(value: str) -> frozenset[str]:
    words = _ID_WORDS.get(value)
    if words is None:
        words = class_words(value)
        if len(_ID_WORDS) > 100_000:
            _ID_WORDS.clear()
        _ID_WORDS[value] = words
    return words


# --- what the pass gives ------------------------------------------------------------------------


@dataclass(slots=True)
class Raw:
    """A block as the pass found it (text still to clean, links still to resolve)."""

    type: str
    el: object
    at: int  # the element's place in document order
    buf: list[str] | None = None
    text: str | None = None
    level: int | None = None
    ordered: bool | None = None
    links: list[tuple[str, str]] = field(default_factory=list)
    anchors: list | None = None  # every <a> in a text block's text (a crosslink paragraph's links)
    rows: list[list[str]] | None = None
    box: object = None  # image: its figure (or the <img> itself)
    img: object = None
    embed: object = None  # embed: the wrapper element


@dataclass(slots=True)
class Walked:
    order: dict  # element -> place in document order
    ends: dict  # element (hits and body candidates) -> place of the last element of its subtree
    hits: dict[int, list]  # compound id -> elements in document order
    blocks: list[Raw]
    ranges: dict  # body candidate -> (first block, block after the last)
    texts: list[tuple[object, bool, str, bool]]  # (element, is its tail, text, under an h1/h2)
    root: object


class _Walk:
    def __init__(self, table: Table, body: frozenset[int], probes: tuple[str, ...]):
        self.table = table
        self.compounds = table.compounds
        self.body = body
        self.probes = probes
        self.n = 0
        self.order: dict = {}
        self.ends: dict = {}
        self.hits: dict[int, list] = {}
        self.blocks: list[Raw] = []
        self.ranges: dict = {}
        self.texts: list = []
        self.lists: list[bool] = []
        self.quote = 0
        self.heading = 0  # inside an h1/h2 (reading times there are no reading times)

    # -- per element ---------------------------------------------------------------------------

    def enter(self, el) -> tuple[Info, str | None, bool]:
        """Place the element, record its hits; (info, its id, a body candidate?)."""
        self.n += 1
        self.order[el] = self.n
        tag = el.tag
        cls = el.get("class")
        info = _info(self.table, tag, cls)
        eid = el.get("id")
        hit = False
        for cid in info.plain:
            self.hits.setdefault(cid, []).append(el)
            hit = True
        for cid in info.checked:
            if self.compounds[cid].matches_attrs(el):
                self.hits.setdefault(cid, []).append(el)
                hit = True
        candidate = hit and any(cid in self.body for cid in info.plain + info.checked)
        if hit:
            self.ends[el] = None  # filled in on the way out
        return info, eid, candidate

    def leave(self, el) -> None:
        if el in self.ends:
            self.ends[el] = self.n

    def probe(self, el, text: str | None, tail: bool) -> None:
        if text:
            for p in self.probes:
                if p in text:
                    self.texts.append((el, tail, text, self.heading > 0))
                    return

    def furniture_by_attrs(self, el, info: Info, eid: str | None) -> bool:
        if el.get("aria-hidden") == "true":
            return True
        for name in _FURNITURE_ATTRS:
            if el.get(name) is not None:
                return True
        if eid:
            if eid.startswith("sp_message"):
                return True
            if id_words(eid) & _HARD_FURNITURE:
                return True
        return False

    # -- outside the body (and inside furniture): only hits -----------------------------------

    def scan(self, el, quiet: bool) -> None:
        info, eid, candidate = self.enter(el)
        if candidate and not quiet:
            self.body_candidate(el, info)
            return
        self.probe(el, el.text, False)
        heading = el.tag in ("h1", "h2")
        self.heading += heading
        if info.kind != K_OPAQUE:
            for child in el:
                if isinstance(child.tag, str):
                    self.scan(child, quiet)
                    self.probe(el, child.tail, True)
        self.heading -= heading
        self.leave(el)

    def body_candidate(self, el, info: Info) -> None:
        start = len(self.blocks)
        self.container_content(el)
        self.ranges[el] = (start, len(self.blocks))
        self.leave(el)

    # -- inside the body ------------------------------------------------------------------------

    def container_content(self, el) -> None:
        """The content of a block-level element: its blocks, and runs of inline text as paragraphs."""
        run = None
        text = el.text
        self.probe(el, text, False)
        if text and not text.isspace():
            run = self.open_run(el)
            run.buf.append(text)
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if self.is_block_level(child):
                run = None
                self.body_element(child, None)
            else:
                if run is None:
                    run = self.open_run(child)
                self.body_element(child, run)
            tail = child.tail
            self.probe(el, tail, True)
            if tail:
                if run is None:
                    if tail.isspace():
                        continue
                    run = self.open_run(el)
                run.buf.append(tail)

    def is_block_level(self, el) -> bool:
        tag = el.tag
        return tag in BLOCK_LEVEL or tag in TEXT_BLOCKS

    def open_run(self, el) -> Raw:
        raw = Raw("paragraph", el, self.order.get(el, self.n), buf=[])
        self.blocks.append(raw)
        return raw

    def flow_content(self, el, sink: Raw, flat: bool) -> None:
        text = el.text
        self.probe(el, text, False)
        if text:
            sink.buf.append(text)
        for child in el:
            if not isinstance(child.tag, str):
                continue
            self.body_element(child, sink, flat)
            tail = child.tail
            if tail:
                self.probe(el, tail, True)
                sink.buf.append(tail)

    def body_element(self, el, sink: Raw | None, flat: bool = False) -> None:
        """One element inside the body; ``sink`` is the block its inline text belongs to (None at
        block level); ``flat``: nested blocks are text of the sink (a table cell)."""
        info, eid, candidate = self.enter(el)
        start = len(self.blocks) if candidate else -1
        kind = info.kind
        tag = el.tag
        if (info.embed and not info.hard) or kind == K_IFRAME or self.embed_attr(el):
            if not self.furniture_by_attrs(el, info, None):
                self.embed(el)
            else:
                self.quiet(el, info)
        elif info.box and (kind == K_FIGURE or self.holds_image(el)) and not info.not_ours:
            if self.furniture_by_attrs(el, info, eid):
                self.quiet(el, info)
            else:
                self.box(el, info)
        elif kind == K_IMG or kind == K_PICTURE:
            if not info.not_ours and not self.furniture_by_attrs(el, info, eid):
                self.image(el, el)
            else:
                self.quiet(el, info)
        elif info.furniture or self.furniture_by_attrs(el, info, eid):
            if kind == K_BR and sink is not None:
                sink.buf.append(" ")
            else:
                self.quiet(el, info)
        elif kind == K_TEXT and not flat:
            self.text_block(el, tag)
        elif kind == K_TABLE and not flat:
            self.table_block(el)
        elif kind == K_BR:
            if sink is not None:
                sink.buf.append(" ")
        elif sink is None:
            # block level: a list, a <div>, a <section>
            if kind == K_LIST:
                self.lists.append(tag == "ol")
                self.container_content(el)
                self.lists.pop()
            else:
                self.container_content(el)
        elif kind in (K_BLOCK, K_LIST, K_TEXT, K_TABLE):
            if flat or (kind == K_BLOCK):
                # a <div> inside a paragraph (or anything inside a table cell): its text joins
                sink.buf.append(" ")
                self.flow_content(el, sink, flat)
                sink.buf.append(" ")
            else:  # a list inside a list item: its items are blocks of their own, after it
                self.lists.append(tag == "ol")
                self.container_content(el)
                self.lists.pop()
        elif kind == K_A and not flat:
            if sink.anchors is None:
                sink.anchors = [el]
            else:
                sink.anchors.append(el)
            mark = len(sink.buf)
            self.flow_content(el, sink, flat)
            href = el.get("href")
            if href:
                text = clean_text("".join(sink.buf[mark:]))
                if text:
                    sink.links.append((href, text))
        else:
            self.flow_content(el, sink, flat)
        if candidate:
            self.ranges[el] = (start, len(self.blocks))
        self.leave(el)

    def quiet(self, el, info: Info) -> None:
        """Furniture inside the body: no text, no image, no embed; only its hits."""
        self.probe(el, el.text, False)
        if info.kind != K_OPAQUE:
            for child in el:
                if isinstance(child.tag, str):
                    self.scan(child, True)
                    self.probe(el, child.tail, True)

    def text_block(self, el, tag: str) -> None:
        kind = TEXT_BLOCKS[tag]
        raw = Raw(kind, el, self.n, buf=[])
        if kind == "heading":
            raw.level = int(tag[1])
        elif kind == "list_item":
            raw.ordered = self.lists[-1] if self.lists else False
        elif kind == "paragraph" and self.quote:
            raw.type = "quote"
        self.blocks.append(raw)
        if kind == "quote":
            self.quote += 1
            self.flow_content(el, raw, False)
            self.quote -= 1
        elif kind == "list_item":
            # a list nested in the item: its items follow the item, the item's text is its own
            self.flow_content(el, raw, False)
        else:
            self.flow_content(el, raw, False)

    def table_block(self, el) -> None:
        raw = Raw("table", el, self.n, rows=[])
        self.blocks.append(raw)
        self.table_rows(el, raw)

    def table_rows(self, el, raw: Raw) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            tag = child.tag
            if tag in ("thead", "tbody", "tfoot"):
                self.enter(child)
                self.table_rows(child, raw)
                self.leave(child)
            elif tag == "tr":
                self.enter(child)
                row = []
                for cell in child:
                    if isinstance(cell.tag, str) and cell.tag in ("td", "th"):
                        self.enter(cell)
                        sink = Raw("cell", cell, self.n, buf=[])
                        self.flow_content(cell, sink, True)
                        row.append(clean_text("".join(sink.buf)) or "")
                        self.leave(cell)
                if any(row):
                    raw.rows.append(row)  # type: ignore[union-attr]
                self.leave(child)
            elif tag == "caption":
                self.enter(child)
                self.quiet(child, _info(self.table, tag, child.get("class")))
                self.leave(child)

    def embed_attr(self, el) -> bool:
        return any(el.get(name) is not None for name in _EMBED_ATTRS)

    def embed(self, el) -> None:
        self.blocks.append(Raw("embed", el, self.n, embed=el))
        info = _info(self.table, el.tag, el.get("class"))
        self.quiet(el, info)

    def holds_image(self, el) -> bool:
        for child in el:
            tag = child.tag
            if tag == "img" or tag == "picture":
                return True
            if tag == "a" and (child.find("img") is not None or child.find("picture") is not None):
                return True
        return False

    def box(self, el, info: Info) -> None:
        """A figure or image box: an image block per picture in it (its caption read afterwards);
        a figure that holds a table or an embed instead gives that."""
        for img in el.iter("img"):
            if img.get("src") or img.get("data-src") or img.get("srcset") or img.get("data-srcset"):
                break
        else:
            img = None
        if img is None:
            # <figure class="wp-block-table">: the table is the block; the caption is no text
            self.container_content_figure(el)
            return
        self.probe(el, el.text, False)
        for child in el:
            if isinstance(child.tag, str):
                self.box_element(child, el)
                self.probe(el, child.tail, True)

    def container_content_figure(self, el) -> None:
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if child.tag == "figcaption":
                self.scan(child, True)
            else:
                self.body_element(child, None)

    def box_element(self, el, box) -> None:
        info, eid, _ = self.enter(el)
        kind = info.kind
        if kind == K_IMG:
            if not info.not_ours and not self.furniture_by_attrs(el, info, eid):
                self.image(el, box)
        elif kind == K_TABLE:
            self.table_block(el)
        elif (info.embed and not info.hard) or kind == K_IFRAME:
            self.embed(el)
        elif info.not_ours:
            self.quiet(el, info)
        elif kind != K_OPAQUE:
            self.probe(el, el.text, False)
            for child in el:
                if isinstance(child.tag, str):
                    self.box_element(child, box)
                    self.probe(el, child.tail, True)
        self.leave(el)

    def image(self, img, box) -> None:
        if img.tag == "picture":
            found = img.find("img")
            if found is None:
                return
            img = found
        self.blocks.append(Raw("image", img, self.n, box=box, img=img))


def walk(root, table: Table, body: frozenset[int], probes: tuple[str, ...] = (), is_body: bool = False) -> Walked:
    """The pass over ``root`` (the article, or the part of the page that holds it; ``is_body``:
    root is the body itself)."""
    w = _Walk(table, body, probes)
    if is_body:
        info, _, _ = w.enter(root)
        w.body_candidate(root, info)
    else:
        w.scan(root, False)
    return Walked(w.order, w.ends, w.hits, w.blocks, w.ranges, w.texts, root)


# --- what a block's text, links, image and embed are --------------------------------------------


def resolve_link(href: str | None, base: str) -> str | None:
    """An absolute http(s) URL without fragment and tracking parameters; None for a link to a
    place on the same page, a mailto: or javascript: link, an empty href."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    url = urljoin(base, href)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return strip_tracking(url)


def width_or_height(value: str | None) -> int | None:
    if not value:
        return None
    value = value.strip().removesuffix("px")
    return int(value) if value.isdigit() else None
