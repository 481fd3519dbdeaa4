"""One indexed pass over an article element: its typed blocks, images and links, and the elements
that the layout's selectors name, each element visited once.

``walk(root, table, probes)`` visits every node below ``root`` in document order and numbers it.
Per element it looks up the tag and the class attribute in precomputed tables (``selectors.Table``
for the layouts' selectors; ``_info`` for what the element is to the text: a text block, a
container, an inline element, furniture, a figure, an embed, a table), computed once per distinct
(tag, class) pair, so nothing is matched twice and no regular expression runs per element.
Outside the body the pass is a flat loop over lxml's own iteration; inside a body candidate it
recurses, because text has to be put together. It records:

- ``hits``: for each first compound of the layouts' selectors, the elements that match it, and
  their place in document order (``order``): containment and precedence are integer comparisons
  afterwards (``Walked.end`` gives where a subtree ends);
- ``blocks``: inside every element that may be the article body (the table's ``body``
  compounds), the typed blocks in page order (``Raw``), with each candidate's range in ``ranges``;
- ``texts``: the text nodes that contain one of the ``probes`` (a byline's "Von ", a reading
  time's "Min", a topic box heading).

What is furniture (ads, crosslink and topic boxes, newsletter, comments, share buttons, consent
overlays, the paywall box) is told by tag and by the words of class and id attributes, as in
``newscrawl.pages.html``; its text is never a block, its images never images. Boxes whose content
no field reads (the table's ``unread`` class words) are numbered without being looked into.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from newscrawl.pages.selectors import CACHE_ENTRIES, El, Table, class_words
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
_EMBED_ATTRS = ("data-embed-url", "data-embed-src", "data-embed", "data-instgrm-permalink")

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
    hits: bool = False  # plain or checked: the element may be a hit by tag and class
    body: bool = False  # a plain hit of a body compound
    unread: bool = False  # a box whose content no field reads (and itself no hit)


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
    cache = _cache_for(table)
    key = (tag, cls)
    info = cache.get(key)
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
            hits=bool(plain or checked),
            body=any(cid in table.body for cid in plain),
            unread=not (plain or checked) and bool(words & table.unread),
        )
        if len(cache) > CACHE_ENTRIES:  # one class attribute per article page would grow it: start over
            cache.clear()
        cache[key] = info
    return info


def id_words(value: str) -> frozenset[str]:
    words = _ID_WORDS.get(value)
    if words is None:
        words = class_words(value)
        if len(_ID_WORDS) > CACHE_ENTRIES:
            _ID_WORDS.clear()
        _ID_WORDS[value] = words
    return words


# --- what the pass gives ------------------------------------------------------------------------


@dataclass(slots=True)
class Raw:
    """A block as the pass found it (text still to clean, links still to resolve)."""

    type: str
    el: El
    at: int  # the element's place in document order
    buf: list[str] = field(default_factory=list)
    text: str | None = None
    level: int | None = None
    ordered: bool | None = None
    links: list[tuple[str, str]] = field(default_factory=list)
    anchors: list | None = None  # every <a> in a text block's text (a crosslink paragraph's links)
    rows: list[list[str]] | None = None
    box: El = None  # image: its figure (or the <img> itself)
    img: El = None
    embed: El = None  # embed: the wrapper element


@dataclass(slots=True)
class Walked:
    order: dict  # element -> place in document order (the hits, the body candidates, the root)
    hits: list[list]  # compound id -> elements in document order
    blocks: list[Raw]
    ranges: dict  # body candidate -> (first block, block after the last)
    texts: list[tuple[El, bool, str]]  # (element, is its tail, text) of the probed text nodes
    root: El
    size: int  # nodes visited

    def end(self, el: El) -> int | None:
        """The place of the last node of el's subtree (the pass numbers every node once)."""
        start = self.order.get(el)
        if start is None:
            return None
        return start + sum(1 for _ in el.iterdescendants())


class _Walk:
    def __init__(self, table: Table, probes: tuple[str, ...]):
        self.table = table
        self.cache = _cache_for(table)
        self.compounds = table.compounds
        self.by_id = table.by_id
        self.by_attr = tuple(table.by_attr.items())
        self.body = table.body
        self.probes = probes
        self.attr_names = tuple(name for name in table.by_attr if name != "*")
        # the one attribute (besides id) a compound is keyed by ("itemprop"), None if none or several
        self.attr_name = self.attr_names[0] if len(self.attr_names) == 1 else None
        if len(self.attr_names) > 1:
            raise ValueError("the pass keys compounds by one attribute besides id")
        self.keyed_cids = tuple(cid for cids in (*table.by_id.values(), *table.by_attr.values()) for cid in cids)
        self.n = 0
        self.order: dict = {}
        self.hits: list[list] = [[] for _ in table.compounds]
        self.blocks: list[Raw] = []
        self.ranges: dict = {}
        self.texts: list = []
        self.lists: list[bool] = []
        self.quote = 0

    # -- per element ---------------------------------------------------------------------------

    def info(self, tag: str, cls: str | None) -> Info:
        info = self.cache.get((tag, cls))
        if info is None:
            info = _info(self.table, tag, cls)
        return info

    def record(self, el: El, info: Info, keyed: bool) -> bool:
        """Record the element's hits; True when it is a body candidate."""
        hits = self.hits
        self.order[el] = self.n
        for cid in info.plain:
            hits[cid].append(el)
        candidate = info.body
        if info.checked or keyed:
            compounds, body = self.compounds, self.body
            for cid in info.checked:
                if compounds[cid].matches_attrs(el):
                    hits[cid].append(el)
                    candidate = candidate or cid in body
            if keyed:
                for cid in self.keyed_cids:
                    if compounds[cid].matches(el):
                        hits[cid].append(el)
                        candidate = candidate or cid in body
        return candidate

    def enter(self, el: El) -> tuple[Info, bool]:
        """Number the element, record its hits: (info, a body candidate?)."""
        self.n += 1
        info = self.info(el.tag, el.get("class"))
        eid = el.get("id")
        keyed = (eid is not None and eid in self.by_id) or (
            self.attr_name is not None and el.get(self.attr_name) is not None
        )
        if info.hits or keyed:
            return info, self.record(el, info, keyed)
        return info, False

    def probe(self, el: El, text: str, tail: bool) -> None:
        for p in self.probes:
            if p in text:
                self.texts.append((el, tail, text))
                return

    def furniture_by_attrs(self, el: El) -> bool:
        if el.get("aria-hidden") == "true":
            return True
        for name in _FURNITURE_ATTRS:
            if el.get(name) is not None:
                return True
        eid = el.get("id")
        if eid:
            if eid.startswith("sp_message"):
                return True
            if id_words(eid) & _HARD_FURNITURE:
                return True
        return False

    def skip_subtree(self, el: El) -> None:
        """An element the body does not look into: its nodes are still numbered."""
        self.n += sum(1 for _ in el.iterdescendants())

    # -- outside the body (and inside furniture): hits only, lxml's own iteration ---------------

    def scan(self, root: El, quiet: bool, include_root: bool = True) -> None:
        """Every node below root in document order (root too, unless it is already numbered),
        lxml's own iteration; a body candidate (unless ``quiet``: inside furniture of the body) is
        read as a body. The hot loop of the pass: locals only, one dict lookup per element."""
        skip = 0
        n = self.n
        cache = self.cache
        by_id = self.by_id
        attr_name = self.attr_name
        probes = self.probes
        texts = self.texts
        record = self.record
        table = self.table
        for el in root.iter() if include_root else root.iterdescendants():
            if skip:
                skip -= 1
                continue
            n += 1
            tag = el.tag
            if tag.__class__ is not str:
                continue
            cls = el.get("class")
            info = cache.get((tag, cls))
            if info is None:
                info = _info(table, tag, cls)
            eid = el.get("id")
            keyed = (eid is not None and eid in by_id) or (attr_name is not None and el.get(attr_name) is not None)
            if info.hits or keyed:
                self.n = n
                if record(el, info, keyed) and not quiet:
                    self.body_candidate(el)
                    skip = self.n - n
                    n = self.n
                    text = None
                else:
                    text = el.text
            elif info.unread:  # numbered, not looked at
                skip = sum(1 for _ in el.iterdescendants())
                n += skip
                text = None
            else:
                text = el.text
            if probes:
                if text and not text.isspace():
                    for p in probes:
                        if p in text:
                            texts.append((el, False, text))
                            break
                text = el.tail
                if text and not text.isspace():
                    for p in probes:
                        if p in text:
                            texts.append((el, True, text))
                            break
        self.n = n

    def body_candidate(self, el: El) -> None:
        """The content of a body candidate: its blocks, in a range of their own."""
        start = len(self.blocks)
        self.container_content(el)
        self.ranges[el] = (start, len(self.blocks))

    # -- inside the body ------------------------------------------------------------------------

    def container_content(self, el: El) -> None:
        """The content of a block-level element: its blocks, and runs of inline text as paragraphs."""
        run = None
        text = el.text
        if text:
            if self.probes:
                self.probe(el, text, False)
            if not text.isspace():
                run = self.open_run(el)
                run.buf.append(text)
        for child in el:
            tag = child.tag
            if tag.__class__ is not str:
                self.n += 1
            elif tag in BLOCK_LEVEL:
                run = None
                self.body_element(child, None)
            else:
                if run is None:
                    run = self.open_run(child)
                self.body_element(child, run)
            tail = child.tail
            if tail:
                if self.probes:
                    self.probe(child, tail, True)
                if run is None:
                    if tail.isspace():
                        continue
                    run = self.open_run(el)
                run.buf.append(tail)

    def open_run(self, el: El) -> Raw:
        raw = Raw("paragraph", el, self.n, buf=[])
        self.blocks.append(raw)
        return raw

    def flow_content(self, el: El, sink: Raw, flat: bool) -> None:
        text = el.text
        if text:
            if self.probes:
                self.probe(el, text, False)
            sink.buf.append(text)
        for child in el:
            if child.tag.__class__ is not str:
                self.n += 1
            else:
                self.body_element(child, sink, flat)
            tail = child.tail
            if tail:
                if self.probes:
                    self.probe(child, tail, True)
                sink.buf.append(tail)

    def body_element(self, el: El, sink: Raw | None, flat: bool = False) -> None:
        """One element inside the body; ``sink`` is the block its inline text belongs to (None at
        block level); ``flat``: nested blocks are text of the sink (a table cell)."""
        self.n += 1
        tag = el.tag
        names = el.keys()  # the attribute names, once: most elements have none or a class only
        if names:
            cls = el.get("class") if "class" in names else None
            info = self.cache.get((tag, cls)) or _info(self.table, tag, cls)
            eid = el.get("id") if "id" in names else None
            keyed = (eid is not None and eid in self.by_id) or (self.attr_name in names)
            attrs = len(names) > (cls is not None)  # more than a class to look at
        else:
            info = self.cache.get((tag, None)) or _info(self.table, tag, None)
            keyed = attrs = False
        candidate = (info.hits or keyed) and self.record(el, info, keyed)
        start = len(self.blocks) if candidate else -1
        kind = info.kind
        if (info.embed and not info.hard) or kind == K_IFRAME or (attrs and self.embed_attr(el)):
            if attrs and self.furniture_by_attrs(el):
                self.quiet(el)
            else:
                self.embed(el)
        elif info.box and (kind == K_FIGURE or self.holds_image(el)) and not info.not_ours:
            if attrs and self.furniture_by_attrs(el):
                self.quiet(el)
            else:
                self.box(el)
        elif kind in (K_IMG, K_PICTURE):
            if not info.not_ours and not (attrs and self.furniture_by_attrs(el)):
                self.image(el, el)
            self.skip_subtree(el)
        elif info.furniture or (attrs and self.furniture_by_attrs(el)):
            self.quiet(el)
        elif kind == K_TEXT and not flat and (sink is None or sink.type != "list_item"):
            self.text_block(el, tag)
        elif kind == K_TABLE and not flat:
            self.table_block(el)
        elif kind == K_BR:
            if sink is not None:
                sink.buf.append(" ")
            self.skip_subtree(el)
        elif kind == K_OPAQUE:
            self.skip_subtree(el)
        elif sink is None:
            # block level: a list, a <div>, a <section>
            if kind == K_LIST:
                self.lists.append(tag == "ol")
                self.container_content(el)
                self.lists.pop()
            else:
                self.container_content(el)
        elif kind in (K_BLOCK, K_TEXT) or (flat and kind != K_A):
            # a <div> inside a paragraph, a <p> inside a list item, anything inside a table cell:
            # its text joins
            sink.buf.append(" ")
            self.flow_content(el, sink, flat)
            sink.buf.append(" ")
        elif kind == K_LIST:  # a list inside a list item: its items are blocks of their own, after it
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

    def quiet(self, el: El) -> None:
        """Furniture inside the body: no text, no image, no embed; only its hits."""
        self.scan(el, True, include_root=False)

    def text_block(self, el: El, tag: str) -> None:
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
        else:  # a list nested in a list item: its items follow the item, the item's text is its own
            self.flow_content(el, raw, False)

    def table_block(self, el: El) -> None:
        raw = Raw("table", el, self.n, rows=[])
        self.blocks.append(raw)
        self.table_rows(el, raw)

    def table_rows(self, el: El, raw: Raw) -> None:
        for child in el:
            tag = child.tag
            if tag.__class__ is not str:
                self.n += 1
            elif tag in ("thead", "tbody", "tfoot"):
                self.enter(child)
                self.table_rows(child, raw)
            elif tag == "tr":
                self.enter(child)
                row = []
                for cell in child:
                    if cell.tag.__class__ is str and cell.tag in ("td", "th"):
                        self.enter(cell)
                        sink = Raw("cell", cell, self.n, buf=[])
                        self.flow_content(cell, sink, True)
                        row.append(clean_text("".join(sink.buf)) or "")
                    else:
                        self.n += 1
                        self.skip_subtree(cell)
                if any(row):
                    raw.rows.append(row)  # type: ignore[union-attr]
            else:  # <caption>, <colgroup>
                self.enter(child)
                self.quiet(child)

    def embed_attr(self, el: El) -> bool:
        return any(el.get(name) is not None for name in _EMBED_ATTRS)

    def embed(self, el: El) -> None:
        self.blocks.append(Raw("embed", el, self.n, embed=el))
        self.quiet(el)

    def holds_image(self, el: El) -> bool:
        for child in el:
            tag = child.tag
            if tag == "img" or tag == "picture":
                return True
            if tag == "a" and (child.find("img") is not None or child.find("picture") is not None):
                return True
        return False

    def box(self, el: El) -> None:
        """A figure or image box: an image block per picture in it (its caption read afterwards);
        a figure that holds a table or an embed instead gives that."""
        for img in el.iter("img"):
            if img.get("src") or img.get("data-src") or img.get("srcset") or img.get("data-srcset"):
                break
        else:
            img = None
        if img is None:
            # <figure class="wp-block-table">: the table is the block; the caption is no text
            for child in el:
                if child.tag.__class__ is not str:
                    self.n += 1
                elif child.tag == "figcaption":
                    self.enter(child)
                    self.quiet(child)
                else:
                    self.body_element(child, None)
            return
        for child in el:
            if child.tag.__class__ is not str:
                self.n += 1
            else:
                self.box_element(child, el)

    def box_element(self, el: El, box: El) -> None:
        info, _ = self.enter(el)
        kind = info.kind
        if kind == K_IMG:
            if not info.not_ours and not self.furniture_by_attrs(el):
                self.image(el, box)
            self.skip_subtree(el)
        elif kind == K_TABLE:
            self.table_block(el)
        elif (info.embed and not info.hard) or kind == K_IFRAME:
            self.embed(el)
        elif info.not_ours or kind == K_OPAQUE:
            self.quiet(el)
        else:
            for child in el:
                if child.tag.__class__ is not str:
                    self.n += 1
                else:
                    self.box_element(child, box)

    def image(self, img: El, box: El) -> None:
        if img.tag == "picture":
            found = img.find("img")
            if found is None:
                return
            img = found
        self.blocks.append(Raw("image", img, self.n, box=box, img=img))


def _cache_for(table: Table) -> dict:
    """What the pass knows about each (tag, class attribute) pair under this table (emptied
    whenever the table gains a compound)."""
    return table.info_cache


def walk(root: El, table: Table, probes: tuple[str, ...] = (), is_body: bool = False) -> Walked:
    """The pass over ``root`` (the article, or the part of the page that holds it; ``is_body``:
    root is the body itself). Blocks are emitted inside the table's body compounds."""
    w = _Walk(table, probes)
    if is_body:
        w.enter(root)
        w.order[root] = w.n
        w.body_candidate(root)
    else:
        w.scan(root, False)
    w.order[root] = 1
    return Walked(w.order, w.hits, w.blocks, w.ranges, w.texts, root, w.n)


# --- what a block's text, links, image and embed are --------------------------------------------


def resolve_link(href: str | None, base: str) -> str | None:
    """An absolute http(s) URL without fragment and tracking parameters; None for a link to a
    place on the same page, a mailto: or javascript: link, an empty href."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return None
    if href.startswith(("https://", "http://")) and not any(c in href for c in "?#\\") and "/." not in href:
        return href  # absolute, nothing to resolve or remove (the common case, without urllib)
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
