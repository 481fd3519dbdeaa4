"""Site-independent DOM helpers: the text of a page's elements without its furniture.

"Furniture" is everything on a news page that is not article text: ads, crosslink boxes,
newsletter and comment areas, share buttons, consent overlays, embeds. It is recognised by tag
and by the words of class/id attributes (never by generated class names).
"""

import re

from newscrawl.processors import clean_text

# Words in class/id attributes that mark page furniture inside and around the article: ads,
# crosslinks, newsletter, paywall, comments, share buttons, consent, embeds. Matched per word of
# a class token ("c-native-newsletterbox" -> c, native, newsletterbox), never on generated names.
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
SKIP_TAGS = frozenset(
    """script style noscript template figure figcaption aside nav form button
iframe svg select input textarea video audio picture img object embed footer header dialog""".split()
)
# Elements whose text is one unit of the body: paragraphs, subheadings, list items, quotes.
BLOCK_TAGS = frozenset(["p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "dd", "dt", "pre"])

_WORD_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")
_FURNITURE_ATTRS = ("hidden", "data-ad", "data-ad-slot", "data-embed")


def words(el):
    """The words of an element's class and id: "c-suggestNews-container" -> c, suggest, news, container."""
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    if attrs == " ":
        return set()
    return {w.lower() for w in _WORD_SPLIT.split(attrs) if w}


def is_furniture(el):
    """True for elements that are never article text (by tag, class/id words or ad attributes)."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if not tag or tag in SKIP_TAGS:
        return True
    if not el.attrib:  # most inline elements: nothing more to look at
        return False
    if el.get("aria-hidden") == "true" or any(el.get(name) is not None for name in _FURNITURE_ATTRS):
        return True
    if (el.get("id") or "").startswith("sp_message"):  # Sourcepoint's consent container
        return True
    return bool(words(el) & FURNITURE_WORDS)


def element_text(el):
    """Text of an element without its furniture and without nested blocks (they are units of their own)."""
    parts = []
    _collect_text(el, parts, nested_blocks=False)
    return clean_text("".join(parts))


def full_text(el):
    """All text of an element, nested blocks included (a lead or headline wrapped in <p>/<span>)."""
    parts = []
    _collect_text(el, parts, nested_blocks=True)
    return clean_text("".join(parts))


_CONTAINERS = frozenset(("ul", "ol", "dl", "table"))


def _collect_text(el, parts, nested_blocks):
    """Raw text below el into parts (cleaned once by the caller, not at every level)."""
    parts.append(el.text or "")
    for child in el:
        tag = child.tag.lower() if isinstance(child.tag, str) else None
        if tag == "br":
            parts.append(" ")
        elif tag and not is_furniture(child):
            block = tag in BLOCK_TAGS or tag in _CONTAINERS or tag == "div"
            if nested_blocks or not (tag in BLOCK_TAGS or tag in _CONTAINERS):
                parts.append(" " if block else "")
                _collect_text(child, parts, nested_blocks)
                parts.append(" " if block else "")
        parts.append(child.tail or "")


def body_blocks(container):
    """(element, text) for each body unit below container, in page order, furniture skipped."""
    for child in container:
        if not isinstance(child.tag, str) or is_furniture(child):
            continue
        tag = child.tag.lower()
        if tag in BLOCK_TAGS:
            text = element_text(child)
            if text:
                yield child, text
        elif tag in ("table",):
            continue  # tables are not part of the body contract
        elif (
            tag in ("div", "section", "article", "main", "span", "ul", "ol", "dl", "center")
            and child.text
            and child.text.strip()
        ):
            # Older pages put text straight into a div: that text is a paragraph of its own.
            text = clean_text(child.text)
            if text:
                yield child, text
        yield from body_blocks(child)


def unique_elements(elements):
    seen, out = set(), []
    for el in elements:
        if id(el) not in seen:
            seen.add(id(el))
            out.append(el)
    return out


def unique_nodes(selectors):
    seen, out = set(), []
    for s in selectors:
        if id(s.root) not in seen and not any(a in seen for a in map(id, s.root.iterancestors())):
            seen.add(id(s.root))
            out.append(s)
    return out


def precedes(a, b):
    """True when element a comes before element b in document order (compares child-index paths,
    so it costs the depth of the tree, not its size)."""
    return position(a) < position(b)


def position(el):
    path = []
    parent = el.getparent()
    while parent is not None:
        path.append(parent.index(el))
        el, parent = parent, parent.getparent()
    return path[::-1]


def text_without(root, skip):
    yield root.text or ""
    for child in root:
        if child is not skip and isinstance(child.tag, str):
            yield from text_without(child, skip)
        yield child.tail or ""


def img_src(images):
    """The real URL of the first image: lazy-loading attributes before a placeholder src."""
    for img in images:
        for attr in ("data-src", "data-lazy-src", "data-original", "src", "srcset", "data-srcset"):
            value = (img.attrib.get(attr) or "").strip()
            if attr.endswith("srcset"):
                value = value.split(",")[0].strip().split(" ")[0]
            if value and not value.startswith("data:"):
                return value
    return None
