"""Site-independent DOM helpers: the text of a page's elements without its furniture (for the
few elements the fields read one by one: a headline, a lead, a caption; the article's body is
read by the one pass of ``newscrawl.pages.walk``).

"Furniture" is everything on a news page that is not article text: ads, crosslink boxes,
newsletter and comment areas, share buttons, consent overlays, embeds. It is recognised by tag
and by the words of class/id attributes (never by generated class names).
"""

import re

from newscrawl.pages.selectors import CACHE_ENTRIES
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


_WORDS: dict[str, frozenset[str]] = {}


def words(el):
    """The words of an element's class and id: "c-suggestNews-container" -> c, suggest, news, container."""
    attrs = f"{el.get('class') or ''} {el.get('id') or ''}"
    if attrs == " ":
        return frozenset()
    found = _WORDS.get(attrs)
    if found is None:
        if len(_WORDS) > CACHE_ENTRIES:  # bounded: a class attribute per article must not grow a long crawl
            _WORDS.clear()
        found = _WORDS[attrs] = frozenset(w.lower() for w in _WORD_SPLIT.split(attrs) if w)
    return found


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
