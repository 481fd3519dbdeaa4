#!/usr/bin/env python3
"""Writes the replica ``tests/site_f``: t3n.de in the markup it really serves (2019 – 2026),
with article bodies full of STRUCTURE: the acceptance test of the structured fields
``blocks``, ``images`` and ``links`` (docs/article-structure.md).

Written blind (the parser was not read). Every article page is the one real served page
(``tests/real/t3n-2023-11-06-apple-eigener-iphone-akku-1587177.html``, bytes unchanged) with only the
article's own parts swapped, the way ``tests/site_d/make.py`` does it: title (breadcrumb h1,
h2.u-text-extralarge, <title>, og, twitter, JSON-LD), kicker, lead, byline, time, reading time, lead
figure, body, JSON-LD, dataLayer, meta tags, canonical, identifiers and ressort. Head, header,
takeover frame, navigation, ad slots, sidebar, suggestNews, share buttons, newsletter box, Outbrain,
comments, scripts and footer stay as the real page has them.

What the bodies carry (each article's meta.json says which): subheadings at level 2 (t3n's
``div.c-article__headline > h2 > span.c-article__wrapper > a.c-article__anchor`` wrapper) and level 3
(a plain ``<h3>``); ``<ul>``/``<ol>`` lists (nested ones, links inside items); block quotes (several
paragraphs, direct text); inline links (other t3n articles relative and absolute, with tracking
parameters or ``#comments``; external sources with and without tracking parameters; a same-page
anchor; ``mailto:``; a link around ``<strong>``); inline images (``figure.wp-caption`` with a credit
"(Foto: …)", "(Bild: …)", "(Screenshot: …)"; lazy ``?class=blur`` + ``data-src`` + ``srcset`` /
``data-srcset``; one without caption, one with a caption but no credit), on ``cdn.t3n.de``; embeds (a
tweet, a YouTube iframe, an empty embed wrapper); tables; a ``<pre>`` code block. Furniture that is
never a block sits among them: in-content ad slots (2024 – 2026 slot ids), "Ebenfalls interessant:" /
"Lesetipp:" paragraphs, a ``.tg-crosslinks`` box, a newsletter box inside the body, the paywall box,
author avatars in the byline, the VG Wort pixel, teaser images in a sidebar "Meistgelesen" box.

One source of truth per article (ARTICLES below): the same block list renders the pages, the
JSON-LD ``articleBody`` and the expected item (``expected.json``: README "The fields" plus
``blocks``, ``images``, ``links`` per docs/article-structure.md; never from the parser).

Stdlib only and deterministic: ``python tests/site_f/make.py`` rewrites the whole site; review the
diff.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import shutil
import urllib.parse
from datetime import date, datetime, timedelta
from html.entities import codepoint2name
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The real page, kept once in tests/real/ (bytes unchanged, sha256 pinned by tests/test_real_pages.py).
TEMPLATE = (HERE.parent / "real" / "t3n-2023-11-06-apple-eigener-iphone-akku-1587177.html").read_text(encoding="utf-8")

# What the real page says about itself, to be swapped (each string is checked to occur as
# often as expected, so a changed template fails loudly instead of leaking the Apple article).
REAL_ID = "1587177"
REAL_PATH = "/news/apple-eigener-iphone-akku-1587177/"
REAL_URL = "https://t3n.de" + REAL_PATH
REAL_TITLE = "Apple arbeitet angeblich an eigenen iPhone-Akkus für mehr Laufzeit"
REAL_DESC = (
    "Apple arbeitet einem Bericht aus Südkorea zufolge an eigenen Akkus, die zunächst in iPhones verbaut werden sollen."
)
REAL_IMG = "https://images.t3n.de/news/wp-content/uploads/2022/09/iphone-14-ifixit-teardown_hero.jpg"
REAL_OG_IMG = "https://t3n.de/news/wp-content/uploads/2022/09/iphone-14-ifixit-teardown_hero.jpg"

BASE = "{{BASE}}"  # the replica server puts its own http://127.0.0.1:PORT here
EXP_BASE = "{base}"  # the same in expected.json
CDN = "https://cdn.t3n.de/news/wp-content/uploads/"  # images.t3n.de was retired in March 2026


# ---------------------------------------------------------------------------------------------
# small helpers (as in tests/site_d/make.py)


def berlin_offset(local: str) -> str:
    """UTC offset of a Berlin wall-clock time "YYYY-MM-DD HH:MM:SS" as "+0100"/"+0200"."""
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")

    def last_sunday(month: int) -> date:
        d = date(dt.year, month, 31)
        return d - timedelta(days=(d.weekday() + 1) % 7)

    start = datetime.combine(last_sunday(3), datetime.min.time()) + timedelta(hours=2)
    end = datetime.combine(last_sunday(10), datetime.min.time()) + timedelta(hours=3)
    return "+0200" if start <= dt < end else "+0100"


def jsonld_time(local: str) -> str:
    """JSON-LD style: 2023-11-06T15:20:33+0100 (offset without colon, as the site writes it)."""
    return local.replace(" ", "T") + berlin_offset(local)


def iso_time(local: str) -> str:
    """Item style: 2023-11-06T15:20:33+01:00."""
    off = berlin_offset(local)
    return local.replace(" ", "T") + off[:3] + ":" + off[3:]


def german_time(local: str) -> str:
    return datetime.strptime(local, "%Y-%m-%d %H:%M:%S").strftime("%d.%m.%Y, %H:%M Uhr")


def entities(text: str) -> str:
    """The lead as the site writes it: non-ASCII characters as named HTML entities."""
    out = []
    for ch in text:
        name = codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def first_sentence(text: str) -> str:
    m = re.match(r"(.+?[.!?])(\s|$)", text)
    return m.group(1) if m else text


def js_str(text: str) -> str:
    return text.replace("\\", "\\\\").replace("'", "\\'")


def attr(text: str) -> str:
    return html.escape(text, quote=True)


class Template:
    """The real page, edited by exact, counted substitutions."""

    def __init__(self, text: str):
        self.text = text

    def sub(self, old: str, new: str, count: int = 1) -> Template:
        found = self.text.count(old)
        if found != count:
            raise AssertionError(f"{old[:80]!r}: expected {count}x in the template, found {found}x")
        self.text = self.text.replace(old, new)
        return self

    def cut(self, start: str, end: str, new: str) -> Template:
        """Replace from ``start`` (inclusive) to ``end`` (exclusive), both unique."""
        i = self.text.index(start)
        j = self.text.index(end, i)
        assert self.text.count(start) == 1, start
        self.text = self.text[:i] + new + self.text[j:]
        return self

    def slice(self, start: str, end: str) -> str:
        i = self.text.index(start)
        return self.text[i : self.text.index(end, i)]


def site_urls(text: str) -> str:
    """The site's own absolute URLs point at the replica; images and WordPress assets stay on
    t3n.de like the real page has them (they are not pages to crawl)."""
    keep = "\x00KEEP\x00"
    text = text.replace("https://t3n.de/news/wp-content/", keep)
    text = text.replace("https://t3n.de/", BASE + "/").replace("https://t3n.de#", BASE + "#")
    return text.replace(keep, "https://t3n.de/news/wp-content/")


def element_at(text: str, start: int) -> str:
    """The <div> element that opens at ``start``, up to its matching </div>."""
    depth, pos = 0, start
    for m in re.finditer(r"<div\b|</div>", text[start:]):
        depth += 1 if m.group(0) == "<div" else -1
        if depth == 0:
            pos = start + m.end()
            return text[start:pos]
    raise AssertionError("unclosed div")


# ---------------------------------------------------------------------------------------------
# what the expected item says about text and links (docs/article-structure.md), computed from
# the same HTML fragments the pages are rendered from

INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
TRACKING_PREFIXES = ("utm_", "wt_", "mc_", "at_", "itm_")
TRACKING_NAMES = {"fbclid", "gclid", "ref", "referrer", "cmpid"}


def norm(text: str) -> str:
    """Entities decoded (by the caller), soft hyphens and zero-width characters removed, every
    run of white space one space, trimmed."""
    return re.sub(r"\s+", " ", text.translate(INVISIBLE)).strip()


def clean_url(url: str) -> str:
    """Absolute URL without its fragment and without tracking parameters (the contract's list);
    every other parameter stays as written, in its order."""
    url = url.split("#", 1)[0]
    if "?" not in url:
        return url
    head, query = url.split("?", 1)
    kept = []
    for pair in query.split("&"):
        key = pair.split("=", 1)[0].lower()
        if key.startswith(TRACKING_PREFIXES) or key in TRACKING_NAMES:
            continue
        kept.append(pair)
    return head + ("?" + "&".join(kept) if kept else "")


def link_url(href: str | None) -> str | None:
    """A body link's URL as the item gives it, or None when it is no link (same-page anchor,
    mailto:). The site's own URLs are the replica's ({base}); the pages name them absolute
    (https://t3n.de/…, made {{BASE}}/… by site_urls) or root-relative."""
    if not href or href.startswith("#"):
        return None
    if href.startswith("/"):
        return clean_url(EXP_BASE + href)
    if href.startswith("https://t3n.de/"):
        return clean_url(EXP_BASE + href[len("https://t3n.de") :])
    if href.startswith(("https://", "http://")):
        return clean_url(href)
    if href.startswith("mailto:"):
        return None
    raise ValueError(href)


ARTICLE_LINK = re.compile(r"^\{base\}/(?:news|magazin)/[a-z0-9-]+-(\d{5,8})/$")


def article_id_of(url: str) -> str | None:
    m = ARTICLE_LINK.match(url)
    return m.group(1) if m else None


class _Inline(HTMLParser):
    """Text and links of an inline HTML fragment (a paragraph's, item's or quote's content)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[dict] = []
        self._a: list | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._a = [dict(attrs).get("href"), []]

    def handle_endtag(self, tag):
        if tag == "a" and self._a is not None:
            href, parts = self._a
            self._a = None
            text, url = norm("".join(parts)), link_url(href)
            if text and url:
                self.links.append({"url": url, "text": text})

    def handle_data(self, data):
        self.parts.append(data)
        if self._a is not None:
            self._a[1].append(data)


def inline(fragment: str) -> tuple[str, list[dict]]:
    p = _Inline()
    p.feed(fragment)
    p.close()
    return norm("".join(p.parts)), p.links


def text_of(fragment: str) -> str:
    return inline(fragment)[0]


def original(url: str) -> str:
    """An image URL without its ?class= rendition."""
    return re.sub(r"\?class=[a-z-]+$", "", url)


def credit_split(full: str | None) -> tuple[str | None, str | None]:
    """'Caption. (Foto: Credit (CC BY))' -> ('Caption.', 'Credit (CC BY)')."""
    if not full:
        return None, None
    m = re.match(r"^(.*?)\s*\((?:Foto|Bild|Screenshot|Grafik|Abbildung): (.+)\)$", full)
    return (m.group(1), m.group(2)) if m else (full, None)


# ---------------------------------------------------------------------------------------------
# pieces of the real page reused as patterns

_T = Template(TEMPLATE)
ENTRY_TPL = _T.slice('<div class="c-entry">', '<div class="c-suggestNews-container">')
FIGURE_TPL = ENTRY_TPL[ENTRY_TPL.index("<figure>") : ENTRY_TPL.index("</figure>") + len("</figure>")]
ENTRY_PRE = ENTRY_TPL[: ENTRY_TPL.index("<figure>")]
ENTRY_MID = ENTRY_TPL[ENTRY_TPL.index("</figure>") + len("</figure>") : ENTRY_TPL.index("\n<p>Apple will sich")]
ENTRY_TAIL = ENTRY_TPL[ENTRY_TPL.rindex("</p>") + len("</p>") :]
HEADLINE_TPL = _T.slice(' <div class="c-article__headline" id="Eigener_iPhoneAkku', "\n<p>Wie Brancheninsider")
HEADLINE_ID = "Eigener_iPhoneAkku_Apple_entwickelt_mit_Partnern_auf_Materialebene"
HEADLINE_TEXT = "Eigener iPhone-Akku: Apple entwickelt mit Partnern auf Materialebene"
AD_INBODY_TPL = (
    '<div class="c-ad-container -T3N_D_Incontent-2"><div id="T3N_D_Incontent-2-label" '
    'class="c-ad-label">Anzeige</div><div id="T3N_D_Incontent-2" class="c-ad '
    '-T3N_D_Incontent-2"><div class="c-ad-placeholder">Anzeige</div></div></div>'
)
assert AD_INBODY_TPL in TEMPLATE
DSPX = '<div id="dspx_scroller"></div>'
assert (
    AD_INBODY_TPL.replace("Incontent-2", "Incontent-3").replace("</div></div></div>", "</div></div>" + DSPX + "</div>")
    in TEMPLATE
)
NEWSLETTER_TPL = element_at(TEMPLATE, TEMPLATE.index('<div class="c-native-newsletterbox u-background-lighter'))
assert NEWSLETTER_TPL.count("Verpasse keine News zu Hardware & Gadgets ") == 1
VGWORT_ID = "d6130d835bec4bd1b9f69ebbdc10401f"
assert ENTRY_TAIL.count(VGWORT_ID) == 1
CLCONFIG_LINE = re.search(r"    window\.t3nCLConfig\.news = \{.*\}\n", TEMPLATE).group(0)
NEWSPI_LINE = re.search(r'                    variables: \{ payload: "\{\\"identifier.*\n', TEMPLATE).group(0)
JOBS_BOX = '<div class="c-card u-gap-bottom tg-jobs-kategorie-box">'
assert TEMPLATE.count(JOBS_BOX) == 1
PUBLISHER = {
    "@type": "Organization",
    "name": "t3n Magazin",
    "logo": {
        "@type": "ImageObject",
        "url": "https://t3n.de/news/wp-content/uploads/2020/11/t3n-logo-google-news-rot-400px.png",
        "width": 401,
        "height": 130,
    },
}
DEFAULT_OG_IMAGE = "https://assets.t3n.de/t3n-de/assets/t3n/2018/images/t3n-social-default.png"


def anchor_id(text: str) -> str:
    """Subheading anchor as the site makes it: 'Eigener iPhone-Akku: Apple …' ->
    'Eigener_iPhoneAkku_Apple_…' (hyphens, colons, ?, ! and brackets dropped, spaces to _)."""
    return re.sub(r"\s+", "_", re.sub(r"[-:?!()']", "", text)).strip("_")


def headline_html(text: str) -> str:
    hid = anchor_id(text)
    href = "#" + urllib.parse.quote(hid, safe=",_.")
    out = HEADLINE_TPL.replace(f'id="{HEADLINE_ID}"', f'id="{hid}"')
    out = out.replace(f'href="#{HEADLINE_ID}"', f'href="{href}"')
    assert out.count(HEADLINE_TEXT) == 1
    return out.replace(HEADLINE_TEXT, text)


def ad_slot(n: int) -> str:
    out = AD_INBODY_TPL.replace("Incontent-2", f"Incontent-{n}")
    if n == 3:  # the real page's scroller sits in the third slot
        out = out[: -len("</div>")] + DSPX + "</div>"
    return out


# ---------------------------------------------------------------------------------------------
# body blocks: the source data and its three renderings (page HTML, JSON-LD text, expected)
#
#   ("p", html)                       paragraph
#   ("h2", text)                      subheading in t3n's c-article__headline wrapper
#   ("h3", html)                      plain <h3>
#   ("ul" | "ol", [item, …])          item: html, or (html, ("ul" | "ol", [item, …])) with a nested list
#   ("quote", [html, …])              <blockquote> with one <p> per entry
#   ("quote_text", html)              <blockquote> with the text directly inside
#   ("pre", code)                     <pre><code>
#   ("img", dict)                     inline figure (see figure_inline)
#   ("table", rows, wrapped)          first row is the header (<th>); wrapped: in figure.wp-block-table
#   ("tweet", dict)                   blockquote.twitter-tweet in t3n's embed wrapper
#   ("youtube", video_id)             youtube-nocookie iframe in t3n's embed wrapper
#   ("mastodon", status_url)          a Mastodon post's embed iframe (status URL + /embed) in the wrapper
#   ("embed_empty", service, code)    t3n's embed wrapper, empty (filled by JavaScript)
#   ("also", path, title, label)      "Ebenfalls interessant:" / "Lesetipp:" paragraph (related link)
#   ("crosslinks", [(path, title)])   .tg-crosslinks box (related links)
#   ("newsletter",)                   a newsletter box between paragraphs


def consent_overlay(service: str) -> str:
    return (
        '    <div class="c-consent-overlay">\n'
        '        <div class="consent-initial">\n'
        f'            <p class="u-text-small">An dieser Stelle findest du einen externen Inhalt von {service}, '
        "der den Artikel ergänzt. Du kannst ihn dir mit einem Klick anzeigen lassen und wieder ausblenden. "
        f"Ich bin damit einverstanden, dass mir externe Inhalte von {service} angezeigt werden. Dabei können "
        "personenbezogene Daten an Drittplattformen übermittelt werden.</p>\n"
        f'            <button class="c-button" onclick="window.consentTo(\'{service}\', 1)">Externen Inhalt laden</button>\n'
        "        </div>\n"
        '        <div class="consent-error" style="display:none">\n'
        '            <p class="u-text-small">Leider konnten wir deine Zustimmung nicht laden. Bitte lade die Seite neu.</p>\n'
        "        </div>\n"
        "    </div>\n"
    )


def embed_wrapper(embed_id: str, service: str, inner: str) -> str:
    return (
        f'<div class="c-embed u-gap-bottom" id="{embed_id}" data-consent-service-id="{service}">\n'
        + consent_overlay(service)
        + f'    <div class="embed-content-wrapper">{inner}</div>\n'
        "</div>"
    )


def tweet_status_url(t: dict) -> str:
    return f"https://twitter.com/{t['handle']}/status/{t['status']}?ref_src=twsrc%5Etfw"


def tweet_html(t: dict) -> str:
    return (
        f'<blockquote class="twitter-tweet" data-lang="de"><p lang="{t["lang"]}" dir="ltr">{t["html"]}</p>'
        f"&mdash; {t['name']} (@{t['handle']}) "
        f'<a href="{tweet_status_url(t).replace("&", "&amp;")}">{t["date"]}</a></blockquote> '
        '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>'
    )


def youtube_src(video: str) -> str:
    return f"https://www.youtube-nocookie.com/embed/{video}"


def youtube_html(video: str) -> str:
    return (
        f'<iframe width="620" height="349" src="{youtube_src(video)}" title="YouTube video player" '
        'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; '
        'picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>'
    )


def mastodon_html(status_url: str) -> str:
    host = status_url.split("/")[2]
    return (
        f'<iframe src="{status_url}/embed" class="mastodon-embed" style="max-width: 100%; border: 0" '
        f'width="400" allowfullscreen="allowfullscreen"></iframe><script src="https://{host}/embed.js" '
        'async="async"></script>'
    )


def renditions(url: str) -> str:
    widths = (("small", 240), ("medium", 620), ("large", 1024), ("extralarge", 1620))
    return ", ".join(f"{url}?class=responsive-{name} {w}w" for name, w in widths)


def img_full_caption(im: dict) -> str | None:
    if not im.get("caption"):
        return None
    return f"{im['caption']} ({im['label']}: {im['credit']})" if im.get("credit") else im["caption"]


def figure_inline(im: dict) -> str:
    """An image inside the body. ``mode``: "srcset" (lazy: blur src, data-src, srcset),
    "data-srcset" (lazy: blur src, data-src, data-srcset), "plain" (src only)."""
    url = CDN + im["file"]
    wp = im["wp"]
    size = f'width="{im["w"]}" height="{im["h"]}"'
    if im["mode"] == "srcset":
        img = (
            f'<img class="lazy size-full wp-image-{wp}" src="{url}?class=blur" data-src="{url}?class=content" '
            f'srcset="{renditions(url)}" sizes="(max-width: 620px) 100vw, 620px" alt="{attr(im["alt"])}" {size}>'
        )
    elif im["mode"] == "data-srcset":
        img = (
            f'<img class="lazy size-full wp-image-{wp}" src="{url}?class=blur" data-src="{url}?class=content" '
            f'data-srcset="{renditions(url)}" data-sizes="auto" alt="{attr(im["alt"])}" {size}>'
        )
    else:
        img = f'<img class="size-full wp-image-{wp}" src="{url}?class=content" alt="{attr(im["alt"])}" {size}>'
    full = img_full_caption(im)
    if full is None:
        return f'<figure class="wp-block-image size-full">{img}</figure>'
    return (
        f'<figure id="attachment_{wp}" aria-describedby="caption-attachment-{wp}" style="width: 620px" '
        f'class="wp-caption aligncenter">{img}'
        f'<figcaption id="caption-attachment-{wp}" class="wp-caption-text">{full}</figcaption></figure>'
    )


def table_html(rows: list, wrapped: bool) -> str:
    head = "<tr>" + "".join(f"<th>{c}</th>" for c in rows[0]) + "</tr>"
    body = "\n".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows[1:])
    table = f"<table>\n<thead>\n{head}\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>"
    if wrapped:
        table = table.replace("<table>", '<table class="has-fixed-layout">')
        return f'<figure class="wp-block-table">{table}</figure>'
    return table


def list_html(kind: str, items: list) -> str:
    lines = []
    for item in items:
        if isinstance(item, tuple):
            text, (sub_kind, sub_items) = item
            lines.append(f"<li>{text}\n{list_html(sub_kind, sub_items)}\n</li>")
        else:
            lines.append(f"<li>{item}</li>")
    return f"<{kind}>\n" + "\n".join(lines) + f"\n</{kind}>"


def also_html(path: str, title: str, label: str, query: str = "") -> str:
    return f'<p><strong>{label}:</strong> <a href="https://t3n.de{path}{query}">{title}</a></p>'


def crosslinks_html(links: list) -> str:
    items = "\n".join(
        f'        <li class="tg-crosslinks__item"><a class="u-link-simple" href="{p if i % 2 else "https://t3n.de" + p}">'
        f"{title}</a></li>"
        for i, (p, title) in enumerate(links)
    )
    return (
        '<div class="tg-crosslinks u-gap-bottom">\n'
        '    <div class="tg-crosslinks__headline h3">Passend zum Thema</div>\n'
        f'    <ul class="tg-crosslinks__list o-list">\n{items}\n    </ul>\n'
        "</div>"
    )


def newsletter_inline(a: dict) -> str:
    box = NEWSLETTER_TPL.replace("id=hardwaregadgets>", f"id=inline-{a['ressort_slug'].replace('-', '')}>")
    return box.replace("Verpasse keine News zu Hardware & Gadgets ", f"Verpasse keine News zu {a['ressort']} ")


def body_html(a: dict, blocks: list, page_no: int) -> str:
    out, paragraphs, ad_no = [], 0, 2
    last_p = max(i for i, b in enumerate(blocks) if b[0] == "p")
    for i, b in enumerate(blocks):
        kind = b[0]
        if kind == "p":
            line = f"<p>{b[1]}</p>"
            paragraphs += 1
            # a slot after every other paragraph but the last, as on the real page
            if paragraphs % 2 == 1 and i != last_p and ad_no <= 10:
                line += ad_slot(ad_no)
                ad_no += 1
            out.append(line)
        elif kind == "h2":
            out.append(headline_html(b[1]))
        elif kind == "h3":
            out.append(f"<h3>{b[1]}</h3>")
        elif kind in ("ul", "ol"):
            out.append(list_html(kind, b[1]))
        elif kind == "quote":
            out.append("<blockquote>" + "".join(f"<p>{q}</p>" for q in b[1]) + "</blockquote>")
        elif kind == "quote_text":
            out.append(f"<blockquote>{b[1]}</blockquote>")
        elif kind == "pre":
            out.append(f'<pre class="wp-block-code"><code>{html.escape(b[1], quote=False)}</code></pre>')
        elif kind == "img":
            out.append(figure_inline(b[1]))
        elif kind == "table":
            out.append(table_html(b[1], b[2]))
        elif kind == "tweet":
            out.append(embed_wrapper(f"embed-{a['id']}-{page_no}{i}", "Twitter", tweet_html(b[1])))
        elif kind == "youtube":
            out.append(embed_wrapper(f"embed-{a['id']}-{page_no}{i}", "YouTube", youtube_html(b[1])))
        elif kind == "mastodon":
            out.append(embed_wrapper(f"embed-{a['id']}-{page_no}{i}", "Mastodon", mastodon_html(b[1])))
        elif kind == "embed_empty":
            out.append(embed_wrapper(f"embed-{a['id']}-{page_no}{i}", b[1], ""))
        elif kind == "also":
            out.append(also_html(*b[1:]))
        elif kind == "crosslinks":
            out.append(crosslinks_html(b[1]))
        elif kind == "newsletter":
            out.append(newsletter_inline(a))
        else:
            raise ValueError(kind)
    return "\n".join(out)


def list_blocks(kind: str, items: list) -> list[dict]:
    out = []
    for item in items:
        nested = None
        if isinstance(item, tuple):
            item, nested = item
        text, links = inline(item)
        out.append({"type": "list_item", "text": text, "ordered": kind == "ol", "links": links})
        if nested:
            out.extend(list_blocks(*nested))
    return out


def expected_blocks(blocks: list) -> tuple[list[dict], list[dict]]:
    """(blocks, related links) of one page's block list, as docs/article-structure.md has them."""
    out, related = [], []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "pre"):
            text, links = inline(html.escape(b[1], quote=False) if kind == "pre" else b[1])
            out.append({"type": "paragraph", "text": text, "links": links})
        elif kind == "h2":
            out.append({"type": "heading", "text": text_of(b[1]), "level": 2, "links": []})
        elif kind == "h3":
            text, links = inline(b[1])
            out.append({"type": "heading", "text": text, "level": 3, "links": links})
        elif kind in ("ul", "ol"):
            out.extend(list_blocks(kind, b[1]))
        elif kind == "quote":
            for q in b[1]:
                text, links = inline(q)
                out.append({"type": "quote", "text": text, "links": links})
        elif kind == "quote_text":
            text, links = inline(b[1])
            out.append({"type": "quote", "text": text, "links": links})
        elif kind == "img":
            caption, credit = credit_split(img_full_caption(b[1]))
            out.append({"type": "image", "url": CDN + b[1]["file"], "caption": caption, "credit": credit})
        elif kind == "table":
            out.append({"type": "table", "rows": [[text_of(c) for c in row] for row in b[1]]})
        elif kind == "tweet":
            out.append({"type": "embed", "url": clean_url(tweet_status_url(b[1])), "provider": "twitter"})
        elif kind == "youtube":
            out.append({"type": "embed", "url": youtube_src(b[1]), "provider": "youtube"})
        elif kind == "mastodon":
            out.append({"type": "embed", "url": b[1] + "/embed", "provider": "mastodon"})
        elif kind == "also":
            related.append({"url": EXP_BASE + b[1], "title": b[2]})
        elif kind == "crosslinks":
            related.extend({"url": EXP_BASE + p, "title": t} for p, t in b[1])
        elif kind in ("embed_empty", "newsletter"):
            pass  # no URL in the served HTML / furniture: no block
        else:
            raise ValueError(kind)
    return out, related


def expected_images(blocks: list[dict], width: dict) -> list[dict]:
    return [
        {"url": b["url"], "caption": b["caption"], "credit": b["credit"], **width[b["url"]]}
        for b in blocks
        if b["type"] == "image"
    ]


def article_body_text(a: dict) -> str:
    """JSON-LD articleBody the way WordPress fills it: lead, then the whole post (all pages, and
    for Plus articles the part behind the paywall too) as plain text with shortcodes; template
    parts (ads, newsletter and crosslink boxes) are not in it."""
    blocks = [b for page in a["pages"] for b in page] + a.get("hidden", [])
    chunks = []

    def items_text(items):
        for item in items:
            if isinstance(item, tuple):
                yield text_of(item[0])
                yield from items_text(item[1][1])
            else:
                yield text_of(item)

    for b in blocks:
        kind = b[0]
        if kind == "p":
            chunks.append(("p", text_of(b[1])))
        elif kind == "pre":
            chunks.append(("p", b[1].replace("\n", "\r\n")))
        elif kind in ("h2", "h3"):
            chunks.append(("h", text_of(b[1])))
        elif kind in ("ul", "ol"):
            chunks.append(("p", "\r\n".join(items_text(b[1]))))
        elif kind == "quote":
            chunks.extend(("p", text_of(q)) for q in b[1])
        elif kind == "quote_text":
            chunks.append(("p", text_of(b[1])))
        elif kind == "img":
            full = img_full_caption(b[1])
            if full:
                chunks.append(
                    ("p", f'[caption id="attachment_{b[1]["wp"]}" align="aligncenter" width="620"] {full}[/caption]')
                )
        elif kind == "table":
            chunks.append(("p", "\r\n".join(text_of(c) for row in b[1] for c in row)))
        elif kind == "tweet":
            chunks.append(("p", f"https://twitter.com/{b[1]['handle']}/status/{b[1]['status']}"))
        elif kind == "youtube":
            chunks.append(("p", f"[embed]https://www.youtube.com/watch?v={b[1]}[/embed]"))
        elif kind == "mastodon":
            chunks.append(("p", f"[embed]{b[1]}[/embed]"))
        elif kind == "embed_empty":
            chunks.append(("p", f'[t3n_embed id="{b[2]}"]'))
        elif kind == "also":
            chunks.append(("p", f"{b[3]}: {b[2]}"))
    text, prev = "", None
    for kind, chunk in chunks:
        if prev is not None:
            text += "\r\n" if "h" in (kind, prev) else "\r\n\r\n"
        text += chunk
        prev = kind
    return a["lead"] + "\r\n\r\n\r\n\r\n" + text


def author_names(a: dict) -> str:
    return ", ".join(name for name, _slug, _job in a["authors"])


def article_path(a: dict) -> str:
    return f"/{a['portal']}/{a['slug']}-{a['id']}/"


def page_path(a: dict, n: int) -> str:
    return article_path(a) + (f"{n}/" if n > 1 else "")


def json_ld(a: dict) -> str:
    persons = [
        {"@type": "Person", "@id": f"https://t3n.de/redaktion/{slug}#person", "name": name, "jobTitle": job}
        for name, slug, job in a["authors"]
    ]
    body = article_body_text(a)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": "https://t3n.de" + article_path(a)},
        "headline": a["title"],
        "datePublished": jsonld_time(a["published"]),
        "dateModified": jsonld_time(a["modified"]),
        "author": persons[0] if len(persons) == 1 else persons,
        "description": a["lead"][:110],
    }
    if a.get("image"):
        url = CDN + a["image"][0]
        ld["image"] = [
            {"@type": "ImageObject", "url": f"{url}?class=structuredData-{size}", "width": 1200}
            for size in ("large", "medium", "small")
        ]
    ld["publisher"] = PUBLISHER
    ld["articleBody"] = body
    ld["isAccessibleForFree"] = not a.get("plus")
    if a.get("plus"):
        ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".c-paywall__wrapper"}
    ld["wordCount"] = len(re.findall(r"\w+", body))
    ld["copyrightYear"] = a["published"][:4]
    ld["copyrightHolder"] = {"@type": "Organization", "@id": "https://t3n.de#organization"}
    ld["timeRequired"] = f"PT{a['reading']}M"
    ld["articleSection"] = a["ressort"]
    return '<script type="application/ld+json">\n' + json.dumps(ld, ensure_ascii=False, indent=4)


def article_type(a: dict) -> str:
    return "Magazin" if a["portal"] == "magazin" else "News"


def data_layer(a: dict, n: int) -> str:
    ident = f"{a['portal']}-article-{a['id']}"
    pub = datetime.strptime(a["published"], "%Y-%m-%d %H:%M:%S")
    if a["published"] >= "2025":
        # the keys a public parser of 2025 reads (article.headline, article.author,
        # article.publication_date in ISO 8601)
        rows = [
            ("layout.type", "'desktop'"),
            ("user.logged_in", "false"),
            ("user.plus_member", "false"),
            ("article.id", f"'{ident}'"),
            ("article.headline", f"'{js_str(a['title'])}'"),
            ("article.ressort", f"'{js_str(a['ressort'])}'"),
            ("article.type", f"'{article_type(a)}'"),
            ("article.author", f"'{js_str(author_names(a))}'"),
            ("article.publication_date", f"'{iso_time(a['published'])}'"),
            ("article.modification_date", f"'{iso_time(a['modified'])}'"),
            ("article.content_tier", "'locked'" if a.get("plus") else "'free'"),
            ("article.reading_time", str(a["reading"])),
            ("article.page", str(n)),
        ]
        inner = "".join(f"                '{k}': {v},\n" for k, v in rows)
        return "            dataLayer.push({\n" + inner + "            });\n\n"
    rows = [
        ("t3nLayoutType", "desktop"),
        ("t3nLoggedIn", "0"),
        ("t3nOnlyProMember", "1" if a.get("plus") else ""),
        ("t3nIsProMember", ""),
        ("t3nArticleID", ident),
        ("t3nRessort", a["ressort"]),
        ("t3nArticleType", article_type(a)),
        ("t3nAuthor", author_names(a)),
        ("t3nPublished", pub.strftime("%d%m%Y")),
        ("t3nInitialPublished", pub.strftime("%d.%m.%Y")),
    ]
    inner = "".join(
        ("                                                " if i == 0 else "                                ")
        + f"'{k}': '{js_str(v)}',\n"
        for i, (k, v) in enumerate(rows)
    )
    return "            dataLayer.push({\n" + inner + "                                            });\n\n"


def byline(a: dict) -> str:
    links = [
        f'<a class="u-link-simple" href="/redaktion/{slug}" title="{name}"><strong>{name}</strong></a>'
        for name, slug, _job in a["authors"]
    ]
    avatars = ""
    if a.get("avatars"):
        avatars = "".join(
            f'<img class="c-author__avatar u-gap-right-extrasmall" src="https://cdn.t3n.de/t3n-media/redaktion/'
            f'{slug}.jpg?class=avatar-small" width="32" height="32" alt="{name}">'
            for name, slug, _job in a["authors"]
        )
        avatars += "\n        "
    return avatars + "Von " + " und ".join(links)


def figure_lead(a: dict) -> str:
    file, caption, label, credit = a["image"]
    url = CDN + file
    full = f"{caption} ({label}: {credit})" if credit else caption
    out = FIGURE_TPL
    for old, new in (
        (f"{REAL_IMG}?class=blur", f"{url}?class=blur"),
        (f"{REAL_IMG}?class=hero", f"{url}?class=hero"),
        (f'alt="{REAL_TITLE}"', f'alt="{a["title"]}"'),
        ('title="Ab 2025 könnte Apple seine eigenen iPhone-Akkus verbauen. (Foto: iFixit)"', f'title="{attr(full)}"'),
        ("<p>Ab 2025 könnte Apple seine eigenen iPhone-Akkus verbauen. (Foto: iFixit)</p>", f"<p>{full}</p>"),
    ):
        assert out.count(old) == 1, old
        out = out.replace(old, new)
    assert 'width="620" height="350"' in out
    return out


LEAD_SIZE = {"width": 620, "height": 350}  # the real lead figure's <img> attributes


def pagination_html(a: dict, n: int) -> str:
    total = len(a["pages"])
    if total == 1:
        return ""
    links = []
    if n > 1:
        links.append(
            f'    <a class="c-article-pagination__link -prev" rel="prev" href="{page_path(a, n - 1)}">Vorherige Seite</a>'
        )
    links.append('    <span class="c-article-pagination__label">Seite</span>')
    for k in range(1, total + 1):
        cls = "c-article-pagination__link -current" if k == n else "c-article-pagination__link"
        links.append(f'    <a class="{cls}" href="{page_path(a, k)}">{k}</a>')
    if n < total:
        links.append(
            f'    <a class="c-article-pagination__link -next" rel="next" href="{page_path(a, n + 1)}">Nächste Seite</a>'
        )
    return '\n<nav class="c-article-pagination tg-article-pagination u-gap-top">\n' + "\n".join(links) + "\n</nav>"


def paywall_html(a: dict, n: int) -> str:
    """t3n Plus (since September 2024): the blurred start of the hidden text (div.paywall-blur > p)
    and the offer, all inside div.c-paywall__wrapper."""
    hidden_p = next(text_of(b[1]) for b in a["hidden"] if b[0] == "p")
    blur = " ".join(hidden_p.split()[:18]) + " …"
    return f"""
<div class="c-paywall__wrapper tg-paywall">
    <div class="paywall-blur" aria-hidden="true">
        <p>{blur}</p>
    </div>
    <div class="c-paywall u-background-lighter u-gap-inner">
        <div class="c-paywall__headline h3">Weiterlesen mit t3n Plus</div>
        <p class="c-paywall__teaser">Dieser Artikel ist exklusiv für Mitglieder von t3n Plus. Lies alle Plus-Artikel, Guides und Analysen – den ersten Monat kostenlos.</p>
        <ul class="c-paywall__benefits">
            <li>Alle Plus-Artikel auf t3n.de</li>
            <li>Das t3n Magazin als E-Paper</li>
            <li>Exklusive Guides und Webinare</li>
        </ul>
        <a class="c-button tg-paywall-button" href="/plus/?utm_source=t3n&amp;utm_medium=paywall&amp;utm_campaign={a["slug"]}">Jetzt t3n Plus testen</a>
        <p class="u-text-small">Du bist schon Plus-Mitglied? <a class="u-link -underline" href="/account/login?redirect=https://t3n.de{page_path(a, n)}">Hier anmelden</a></p>
    </div>
</div>"""


def entry_html(a: dict, n: int) -> str:
    blocks = a["pages"][n - 1]
    fig = figure_lead(a) if a.get("image") and n == 1 else ""
    body = body_html(a, blocks, n)
    if a.get("plus"):
        body += paywall_html(a, n)
    body += pagination_html(a, n)
    tail = ENTRY_TAIL.replace(VGWORT_ID, hashlib.md5(f"vgwort-{a['id']}".encode()).hexdigest())
    return ENTRY_PRE + fig + ENTRY_MID + "\n" + body + tail


def sidebar_box(a: dict) -> str:
    """A "Meistgelesen" card with teaser images of other articles (a rail: no field of this one)."""
    others = [o for o in by_date(ARTICLES) if o["id"] != a["id"] and o.get("image")][:3]
    items = []
    for o in others:
        url = CDN + o["image"][0]
        items.append(
            '        <li class="o-list__item u-gap-bottom-small">\n'
            f'            <a class="c-pin -small u-link-simple tg-meistgelesen-link" href="https://t3n.de{article_path(o)}">\n'
            f'                <img class="lazy c-pin__image" src="{url}?class=blur" data-src="{url}?class=teaser-small" '
            f'width="100" height="56" alt="{attr(o["title"])}">\n'
            f'                <span class="c-pin__headline u-text-small">{o["title"]}</span>\n'
            "            </a>\n"
            "        </li>"
        )
    return (
        '<div class="c-card u-gap-bottom tg-meistgelesen">\n'
        '    <div class="c-card__header h3 u-gap-inner-small">Meistgelesen</div>\n'
        '    <ul class="o-list c-card__content">\n' + "\n".join(items) + "\n    </ul>\n</div>\n"
        "                                                "
    )


def render_article(a: dict, n: int) -> str:
    total = len(a["pages"])
    path = page_path(a, n)
    url = "https://t3n.de" + path  # made {{BASE}} by site_urls()
    ident = f"{a['portal']}-article-{a['id']}"
    title, lead, ressort, rslug = a["title"], a["lead"], a["ressort"], a["ressort_slug"]
    assert not set('"<>&') & set(title + lead), a["id"]
    desc = first_sentence(lead)
    pub = datetime.strptime(a["published"], "%Y-%m-%d %H:%M:%S")
    plus = a.get("plus")
    t = Template(TEMPLATE)
    # the regions written whole go in last, as placeholders, so no substitution can touch them
    t.cut(
        '<script type="application/ld+json">\n{\n    "@context": "https://schema.org",\n    "@type": "NewsArticle"',
        "\n</script>\n<!-- Markup (JSON-LD) structured in schema.org END -->",
        "\x00JSONLD\x00",
    )
    t.cut("            dataLayer.push({\n", "            (function(w,d,s,l,i)", "\x00DATALAYER\x00")
    t.cut('<div class="c-entry">', '<div class="c-suggestNews-container">', "\x00ENTRY\x00")
    t.sub(JOBS_BOX, "\x00SIDEBAR\x00" + JOBS_BOX)

    # <head>
    t.sub(f"<title>{REAL_TITLE}</title>", f"<title>{title}{' | t3n' if pub.year >= 2026 else ''}</title>")
    t.sub(f'content="{REAL_DESC}"', f'content="{desc}"', 3)
    rel = ""
    if n < total:
        rel += f'\n<link rel="next" href="https://t3n.de{page_path(a, n + 1)}" />'
    if n > 1:
        rel += f'\n<link rel="prev" href="https://t3n.de{page_path(a, n - 1)}" />'
    t.sub(f'<link rel="canonical" href="{REAL_URL}" />', f'<link rel="canonical" href="{url}" />' + rel)
    og_img = f"https://t3n.de/news/wp-content/uploads/{a['image'][0]}" if a.get("image") else DEFAULT_OG_IMAGE
    t.sub(f'content="{REAL_OG_IMG}"', f'content="{og_img}"', 2)
    t.sub('<meta name="date" content="2023-11-06 15:20:33"/>', f'<meta name="date" content="{a["published"]}"/>')
    t.sub(
        '<meta name="last-modified" content="2023-11-06 15:16:29"/>',
        f'<meta name="last-modified" content="{a["modified"]}"/>',
    )
    t.sub(
        '<meta property="article:content_tier" content="free"/>',
        f'<meta property="article:content_tier" content="{"locked" if plus else "free"}"/>',
    )
    t.sub(
        '<meta property="article:tag" content="Hardware & Gadgets"/>',
        f'<meta property="article:tag" content="{ressort}"/>',
    )
    preload = f'<link rel="preload" as="image" href="{REAL_IMG}?class=hero">'
    t.sub(preload, f'<link rel="preload" as="image" href="{CDN}{a["image"][0]}?class=hero">' if a.get("image") else "")
    t.sub(
        "adScripts.pageProps = {\n                pay: false,\n            };",
        f"adScripts.pageProps = {{\n                pay: {'true' if plus else 'false'},\n            }};",
    )
    t.sub("adScripts.pageProps.ressort = 'hardware-gadgets';", f"adScripts.pageProps.ressort = '{rslug}';")
    t.sub("adScripts.pageProps.proArticle = false;", f"adScripts.pageProps.proArticle = {'true' if plus else 'false'};")
    cl = {
        "articleID": ident,
        "articleType": article_type(a),
        "headline": title,
        "ressort": ressort,
        "slug": a["slug"],
        "poc": False,
        "evergreen": False,
        "tags": "",
        "loggedIn": False,
        "publishDate": pub.strftime("%d.%m.%Y"),
        "initialPublishDate": pub.strftime("%d.%m.%Y"),
        "republished": None,
        "author": author_names(a),
        "authorId": a["authors"][0][1],
        "readingTime": a["reading"],
        "page": n,
        "numPages": total,
    }
    t.sub(CLCONFIG_LINE, "    window.t3nCLConfig.news = " + json.dumps(cl, separators=(",", ":")) + "\n")
    t.sub('"withProPaywall":false', f'"withProPaywall":{"true" if plus else "false"}')

    # <article>
    atype = "magazine" if a["portal"] == "magazin" else "news"
    t.sub(
        f'<article class="tg-articletype-news" data-article-identifier="news-article-{REAL_ID}">',
        f'<article class="tg-articletype-{atype}" data-article-identifier="{ident}">',
    )
    t.sub('<div class="c-ressort-single -hardware-gadgets"></div>', f'<div class="c-ressort-single -{rslug}"></div>')
    if a["portal"] == "magazin":
        t.sub(
            '"@id": "/news/",\n                    "name": "News"',
            '"@id": "/magazin/",\n                    "name": "Magazin"',
        )
        t.sub(
            '<a class="u-text-extrasmall u-color-mute u-link-simple" href="/news/" title="t3n – digital pioneers | News">News</a>',
            '<a class="u-text-extrasmall u-color-mute u-link-simple" href="/magazin/" title="t3n – digital pioneers | Magazin">Magazin</a>',
        )
    t.sub(
        '"@id": "/tag/hardware-gadgets/",\n                        "name": "Hardware & Gadgets"',
        f'"@id": "/tag/{rslug}/",\n                        "name": "{ressort}"',
    )
    t.sub(
        '<a class="u-text-extrasmall u-color-mute u-link-simple" href="/tag/hardware-gadgets/" '
        'title="t3n – digital pioneers | Hardware & Gadgets">Hardware & Gadgets</a>',
        f'<a class="u-text-extrasmall u-color-mute u-link-simple" href="/tag/{rslug}/" '
        f'title="t3n – digital pioneers | {ressort}">{ressort}</a>',
    )
    kicker = f'                    <div class="h3">\n                                                    {a["kicker"]}\n                    </div>\n'
    if plus:  # the t3n Plus marker is only an SVG, no text
        kicker += (
            '                    <span class="c-badge -plus" title="t3n Plus"><svg width="44" height="20" '
            'class="c-badge__icon"><use xlink:href="#s-t3n-plus"></use></svg></span>\n'
        )
    t.sub(
        '                    <div class="h3">\n                                                    News\n                    </div>\n',
        kicker,
    )
    t.sub(
        entities(
            REAL_DESC + " Dank einer neuen Zellchemie soll der Energiespeicher länger halten und schneller laden."
        ),
        entities(lead),
    )
    t.sub(
        'Von <a class="u-link-simple" href="/redaktion/andreas-floemer" title="Andreas Floemer"><strong>Andreas Floemer</strong></a>',
        byline(a),
    )
    t.sub(
        '<time datetime="2023-11-06 15:20:33">06.11.2023, 15:20 Uhr</time>',
        f'<time datetime="{a["published"]}">{german_time(a["published"])}</time>',
    )
    t.sub("2 Min. Lesezeit", f"{a['reading']} Min. Lesezeit")
    t.sub(REAL_TITLE, title, 6)  # og, twitter, breadcrumb JSON-LD, h1, h2, Mastodon share text
    t.sub(REAL_URL, url, 7)  # og:url, login redirects, breadcrumb JSON-LD, Outbrain, bookmark, Mastodon

    # after the body: share links, newsletter box, comments, tracking scripts
    enc_path = urllib.parse.quote(path, safe="")
    t.sub("t3n.de" + urllib.parse.quote(REAL_PATH, safe=""), "t3n.de" + enc_path, 7)
    t.sub(urllib.parse.quote(REAL_TITLE), urllib.parse.quote(title), 3)
    t.sub(f"{REAL_PATH}#respond", f"{path}#respond")
    nl_id = rslug.replace("-", "")
    t.sub("id=hardwaregadgets>", f"id={nl_id}>")
    t.sub("Verpasse keine News zu Hardware & Gadgets ", f"Verpasse keine News zu {ressort} ")
    t.sub("var Ads_BA_ADIDsection = 'hardwaregadgets';", f"var Ads_BA_ADIDsection = '{nl_id}';")
    t.sub("var Ads_BA_keyword = 'hardwaregadgets,ba_artikel';", f"var Ads_BA_keyword = '{nl_id},ba_artikel';")
    pi = {
        "identifier": a["id"],
        "slug": a["slug"],
        "ressort": ressort,
        "portal": a["portal"],
        "type": article_type(a),
        "poc": "false",
        "evergreen": "false",
        "tags": [],
        "author": author_names(a),
        "loggedIn": "false",
        "publishDate": pub.strftime("%d.%m.%Y"),
        "initialPublishDate": pub.strftime("%d.%m.%Y"),
    }
    pi_js = json.dumps(json.dumps(pi, separators=(",", ":"), ensure_ascii=False), ensure_ascii=False)
    t.sub(NEWSPI_LINE, f"                    variables: {{ payload: {pi_js} }},\n")
    t.sub('"gaEventAction":"Hardware & Gadgets"', f'"gaEventAction":"{ressort}"')
    t.sub("2005 - 2023", f"2005 - {max(pub.year, 2023)}")
    t.sub(f"news-article-{REAL_ID}", ident)  # SuggestNews identifier
    t.sub(REAL_ID, a["id"], 4)  # shortlink, comment form, comment subscription (srp), newsIdentifier
    leftovers = [s for s in ("Apple arbeitet", "apple-eigener", "Floemer", "iphone-14-ifixit", REAL_ID) if s in t.text]
    assert not leftovers, (a["id"], leftovers)

    out = t.text.replace("\x00JSONLD\x00", json_ld(a)).replace("\x00DATALAYER\x00", data_layer(a, n))
    out = out.replace("\x00ENTRY\x00", entry_html(a, n)).replace("\x00SIDEBAR\x00", sidebar_box(a))
    return site_urls(out)


def expected_item(a: dict) -> dict:
    blocks, related = [], []
    for page in a["pages"]:
        b, r = expected_blocks(page)
        blocks += b
        related += [link for link in r if link not in related]
    sizes = {
        CDN + b[1]["file"]: {"width": b[1]["w"], "height": b[1]["h"]}
        for page in a["pages"]
        for b in page
        if b[0] == "img"
    }
    image, images = None, []
    if a.get("image"):
        file, caption, _label, credit = a["image"]
        image = {"url": f"{CDN}{file}?class=hero", "caption": caption, "credit": credit}
        images.append({"url": CDN + file, "caption": caption, "credit": credit, **LEAD_SIZE})
    images += expected_images(blocks, sizes)
    links = [
        {**link, "article_id": article_id_of(link["url"])}
        for b in blocks
        if b["type"] in ("paragraph", "heading", "list_item", "quote")
        for link in b["links"]
    ]
    body = "\n\n".join(b["text"] for b in blocks if b["type"] in ("paragraph", "heading", "list_item", "quote"))
    return {
        "id": a["id"],
        "url": EXP_BASE + article_path(a),
        "title": a["title"],
        "lead": a["lead"],
        "body": body,
        "related_links": related,
        "authors": [name for name, _slug, _job in a["authors"]],
        "published": iso_time(a["published"]),
        "modified": iso_time(a["modified"]),
        "section": a["kicker"],
        "tags": [a["ressort"]],
        "image": image,
        "reading_time_min": a["reading"],
        "paywalled": bool(a.get("plus")),
        "page_count": len(a["pages"]),
        "language": "de",
        "blocks": blocks,
        "images": images,
        "links": links,
    }


def by_date(articles: list) -> list:
    return sorted(articles, key=lambda a: a["published"], reverse=True)


# ---------------------------------------------------------------------------------------------
# the articles (invented content and people; companies and institutions real or invented)

KV = ("Katrin Vogel", "katrin-vogel", "Redakteurin Künstliche Intelligenz")
MB = ("Malte Brinkmann", "malte-brinkmann", "Redakteur Software & Entwicklung")
AD = ("Aylin Demir", "aylin-demir", "Redakteurin Digitale Wirtschaft")
PR = ("Paul Reinholz", "paul-reinholz", "Redakteur Hardware & Gadgets")
SL = ("Svenja Lütke", "svenja-luetke", "Redakteurin Arbeitswelt")
JW = ("Jakob Wendt", "jakob-wendt", "Freier Autor")
HZ = ("Hannah Zielinski", "hannah-zielinski", "Redakteurin Mobilität")
TO = ("Tim Oberländer", "tim-oberlaender", "Redakteur Security")
NA = ("Nora Albrecht", "nora-albrecht", "Social-Media-Redakteurin")

# the articles other articles link to: path and title, written once
P_AGENTS = "/news/ki-agenten-browser-test-1691204/"
P_AIACT = "/news/eu-ai-act-pflichten-unternehmen-2026-1688417/"
T_AIACT = "AI Act: Diese Pflichten kommen ab August 2026 auf Unternehmen zu"
P_YOUTUBE = "/news/youtube-shorts-ki-videos-veo-1673312/"
P_DTICKET = "/news/deutschlandticket-preis-2026-1670098/"
P_MAGAZIN = "/magazin/waermepumpen-startup-heizungskeller-1662015/"
T_MAGAZIN = "Vom Heizungskeller in die Cloud: Wie ein Berliner Startup Wärmepumpen digitalisiert"
P_PASSKEYS = "/news/passkeys-umstieg-ratgeber-1659402/"
T_PASSKEYS = "Passkeys statt Passwörter: So stellst du Google, Microsoft und Apple um"
P_BITCOIN = "/news/bitcoin-etf-rekord-zufluesse-1655188/"
T_BITCOIN = "Bitcoin-ETFs verzeichnen Rekordzuflüsse nach der US-Wahl"
P_BLUESKY = "/news/bluesky-mastodon-nutzerzahlen-1651970/"
T_BLUESKY = "Bluesky knackt zehn Millionen Nutzer – Mastodon wächst langsamer"
P_SCHULE = "/news/chatgpt-schule-umfrage-lehrkraefte-1648756/"
T_SCHULE = "Umfrage: Jede zweite Lehrkraft nutzt ChatGPT für den Unterricht"
P_FRAMEWORK = "/news/framework-laptop-13-ryzen-test-1645310/"
T_FRAMEWORK = "Framework Laptop 13 mit Ryzen im Test: Der Laptop, den du selbst reparierst"


def img(file, wp, w, h, mode, alt, caption=None, label=None, credit=None):
    return (
        "img",
        {
            "file": file,
            "wp": wp,
            "w": w,
            "h": h,
            "mode": mode,
            "alt": alt,
            "caption": caption,
            "label": label,
            "credit": credit,
        },
    )


ARTICLES = [
    dict(
        id="1691204",
        portal="news",
        slug="ki-agenten-browser-test",
        title="KI-Agenten im Browser getestet: Wer bucht die Bahnfahrt am zuverlässigsten?",
        kicker="Test",
        ressort="Künstliche Intelligenz",
        ressort_slug="kuenstliche-intelligenz",
        authors=[KV],
        avatars=True,
        published="2026-03-10 09:12:40",
        modified="2026-03-10 09:08:02",
        reading=6,
        lead="OpenAI, Google und Perplexity versprechen KI-Agenten, die im Browser selbstständig Aufgaben "
        "erledigen. Wir haben drei von ihnen dieselben fünf Alltagsaufgaben lösen lassen.",
        image=(
            "2026/03/ki-agenten-browser-test.jpg",
            "KI-Agenten sollen Formulare ausfüllen, Preise vergleichen und Reisen buchen.",
            "Foto",
            "Tada Images / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Seit dem Jahreswechsel haben alle großen KI-Anbieter sogenannte Browser-Agenten im Angebot. "
                    "Die Idee: Statt dich selbst durch Webseiten zu klicken, beschreibst du dem Agenten dein Ziel, "
                    "und er erledigt den Rest. Ob das schon im Alltag trägt, zeigt unser Test mit fünf typischen "
                    'Aufgaben; die Ergebnisse findest du <a href="#Vergleich_der_Agenten">in der Tabelle weiter '
                    "unten</a>.",
                ),
                (
                    "p",
                    'Getestet haben wir <a href="https://openai.com/index/introducing-operator/?utm_source=t3n&amp;'
                    'utm_medium=referral">OpenAIs Operator</a>, Googles Project Mariner und den Comet-Browser von '
                    "Perplexity. Alle drei arbeiten mit einem eigenen, in der Cloud laufenden Browser, dem du beim "
                    "Arbeiten zusehen kannst.",
                ),
                ("h2", "So haben wir getestet"),
                (
                    "p",
                    "Jeder Agent bekam dieselben Aufgaben in derselben Reihenfolge. Eingreifen durften wir nur, "
                    "wenn der Agent ausdrücklich nach einer Bestätigung fragte, etwa vor einer Zahlung.",
                ),
                (
                    "ol",
                    [
                        "Eine Bahnverbindung von Hamburg nach München für einen bestimmten Tag heraussuchen und "
                        "bis zur Zahlung buchen.",
                        "Drei Angebote für einen Staubsaugerroboter unter 400 Euro vergleichen.",
                        "Einen Tisch für vier Personen in einem Berliner Restaurant reservieren.",
                        "Ein Formular für einen Nachsendeauftrag der Post ausfüllen.",
                        "Die Kündigungsfrist eines Fitnessstudio-Vertrags herausfinden.",
                    ],
                ),
                img(
                    "2026/03/operator-bahnbuchung.png",
                    1691230,
                    1620,
                    1013,
                    "srcset",
                    "Operator bei der Bahnbuchung",
                    "Operator scheitert bei der Bahnbuchung an der Sitzplatzreservierung.",
                    "Screenshot",
                    "t3n",
                ),
                ("h3", "Bahnbuchung: Nur einer kommt bis zur Kasse"),
                (
                    "p",
                    "Die Bahnbuchung war die schwierigste Aufgabe. Operator und Mariner fanden zwar die richtige "
                    "Verbindung, verhedderten sich aber bei der Sitzplatzreservierung. Nur Comet schaffte es bis "
                    "zur Zahlungsseite, wo wir wie vorgesehen übernahmen. Wer lieber selbst bucht, findet "
                    f'<a href="{P_DTICKET}">in unserem Überblick zum Deutschlandticket</a> die wichtigsten '
                    "Änderungen für 2026.",
                ),
                ("h3", "Preisvergleich und Formulare"),
                (
                    "p",
                    "Beim Preisvergleich lagen alle drei Agenten nah beieinander. Auffällig: Mariner bevorzugte "
                    "Angebote aus dem Google-Shopping-Index, während Comet auch kleinere Händler berücksichtigte. "
                    "Das Postformular füllten alle korrekt aus – allerdings erst, nachdem wir die Adresse ein "
                    "zweites Mal diktiert hatten.",
                ),
                ("h2", "Vergleich der Agenten"),
                (
                    "table",
                    [
                        ["Aufgabe", "Operator", "Mariner", "Comet"],
                        ["Bahnbuchung", "abgebrochen", "abgebrochen", "erledigt"],
                        ["Preisvergleich", "erledigt", "erledigt", "erledigt"],
                        ["Restaurant", "erledigt", "abgebrochen", "erledigt"],
                        ["Nachsendeauftrag", "erledigt", "erledigt", "erledigt"],
                        ["Kündigungsfrist", "erledigt", "erledigt", "teilweise"],
                    ],
                    False,
                ),
                ("h2", "Fazit: Praktisch, aber noch nicht selbstständig"),
                (
                    "p",
                    "Browser-Agenten sparen schon heute Zeit bei Recherchen und Formularen. Für Buchungen mit "
                    "vielen Zwischenschritten brauchen sie aber noch Aufsicht. Wie die EU solche Systeme künftig "
                    f'reguliert, erklärt unser <a href="https://t3n.de{P_AIACT}?utm_source=t3n&amp;utm_medium=artikel'
                    '&amp;utm_campaign=ki-agenten"><strong>Ratgeber zum AI Act</strong></a>.',
                ),
                ("also", P_SCHULE, T_SCHULE, "Ebenfalls interessant", "?utm_source=t3n&amp;utm_medium=crosslink"),
            ]
        ],
        notes="2026 page (<title> with ' | t3n', 2025 dataLayer keys, avatar in the byline). Level-2 "
        "subheadings in the c-article__headline wrapper and level-3 plain <h3>s; an ordered list; a plain "
        "table with a <th> header row; a lazy inline image (blur src, data-src, srcset with w descriptors) "
        "with '(Screenshot: t3n)'; a same-page anchor link '#Vergleich_der_Agenten' (text stays, no link); "
        "links: external with utm_* only (query dropped entirely), relative t3n article, absolute t3n "
        "article with utm_* around <strong>. 'Ebenfalls interessant' with utm in its href (related link "
        "without them). dateModified before datePublished.",
    ),
    dict(
        id="1688417",
        portal="news",
        slug="eu-ai-act-pflichten-unternehmen-2026",
        plus=True,
        title=T_AIACT,
        kicker="Ratgeber",
        ressort="Künstliche Intelligenz",
        ressort_slug="kuenstliche-intelligenz",
        authors=[AD],
        avatars=True,
        published="2026-02-16 06:30:00",
        modified="2026-02-17 11:04:19",
        reading=11,
        lead="Im August 2026 greifen die meisten Regeln des europäischen AI Act. Was Unternehmen jetzt "
        "vorbereiten müssen, die KI-Systeme entwickeln oder einsetzen – und wo Bußgelder drohen.",
        image=(
            "2026/02/ai-act-eu-parlament.jpg",
            "Der AI Act gilt schrittweise seit August 2024.",
            "Foto",
            "Alexandros Michailidis / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Der AI Act ist seit dem 1. August 2024 in Kraft, doch seine Pflichten gelten schrittweise. "
                    "Verbote bestimmter Praktiken greifen bereits seit Februar 2025, Regeln für KI-Modelle mit "
                    "allgemeinem Verwendungszweck seit August 2025. Am 2. August 2026 folgt der größte Teil der "
                    "Vorschriften.",
                ),
                (
                    "p",
                    "Betroffen sind nicht nur Konzerne, die eigene Modelle trainieren. Auch wer ein KI-System im "
                    "Unternehmen einsetzt, etwa für Bewerbungsverfahren oder die Kreditprüfung, hat als sogenannter "
                    "Betreiber Pflichten. Den vollständigen Verordnungstext findest du im "
                    '<a href="https://eur-lex.europa.eu/legal-content/DE/TXT/?uri=CELEX:32024R1689">Amtsblatt '
                    "der EU</a>.",
                ),
                ("h2", "Wer was tun muss"),
                (
                    "ul",
                    [
                        "Anbieter von Hochrisiko-Systemen brauchen ein Risikomanagement, eine technische "
                        "Dokumentation und eine Konformitätsbewertung.",
                        "Betreiber müssen die menschliche Aufsicht sicherstellen und Protokolle aufbewahren. "
                        'Details nennt die <a href="https://digital-strategy.ec.europa.eu/de/policies/'
                        'regulatory-framework-ai?utm_medium=email&amp;utm_source=newsletter">EU-Kommission</a>.',
                        f'Für Chatbots und KI-generierte Inhalte gelten <a href="{P_YOUTUBE}">Transparenzpflichten'
                        "</a>, unabhängig vom Risiko.",
                    ],
                ),
                (
                    "p",
                    "Die Bußgelder sind empfindlich: Bei Verstößen gegen die Verbote drohen bis zu 35 Millionen "
                    "Euro oder sieben Prozent des weltweiten Jahresumsatzes.",
                ),
            ]
        ],
        hidden=[
            ("h2", "Schritt 1: Eine KI-Inventur im Unternehmen"),
            (
                "p",
                "Bevor du Pflichten erfüllen kannst, musst du wissen, welche KI-Systeme in deinem Unternehmen "
                "überhaupt im Einsatz sind. Dazu gehören auch Funktionen, die in gekaufter Software stecken.",
            ),
            (
                "ol",
                [
                    "Alle Abteilungen nach eingesetzten Werkzeugen befragen.",
                    "Jedes System einer Risikoklasse zuordnen.",
                    "Verantwortliche für jedes System benennen.",
                ],
            ),
            ("h3", "Was für kleine und mittlere Unternehmen gilt"),
            (
                "p",
                "Für KMU sieht der AI Act Erleichterungen vor, etwa geringere Gebühren für Konformitätsbewertungen "
                "und bevorzugten Zugang zu sogenannten Reallaboren.",
            ),
        ],
        notes="t3n Plus article (paywalled): the public part (two paragraphs, a level-2 subheading, an "
        "unordered list whose items carry links, a paragraph) ends at div.c-paywall__wrapper; the wrapper "
        "holds a blurred start of the hidden text (div.paywall-blur > p) and the offer (headline, pitch, "
        "benefit list, button, login link): none of it is a block. JSON-LD isAccessibleForFree false, "
        "hasPart .c-paywall__wrapper, articleBody with the whole article. Plus badge next to the kicker is "
        "an SVG without text. Links: eur-lex URL whose non-tracking query (?uri=…) stays; an EU link whose "
        "utm_* are the whole query; a relative t3n article link inside a list item.",
    ),
    dict(
        id="1685530",
        portal="news",
        slug="digitalministerium-bilanz-verbaende",
        title="Acht Monate Digitalministerium: Verbände vermissen den großen Wurf",
        kicker="News",
        ressort="Digitale Wirtschaft",
        ressort_slug="digitale-wirtschaft",
        authors=[AD, JW],
        avatars=True,
        published="2026-01-20 14:45:10",
        modified="2026-01-20 17:02:44",
        reading=4,
        lead="Das Bundesministerium für Digitales und Staatsmodernisierung zieht eine positive "
        "Zwischenbilanz. Wirtschaftsverbände und Verwaltungsexperten sehen das anders: Bei der "
        "Digitalisierung der Behörden gehe es zu langsam voran.",
        image=(
            "2026/01/bundestag-reichstag-kuppel.jpg",
            "Im Bundestag wird über den Haushalt des Digitalministeriums gestritten.",
            "Foto",
            "Heiko Kueverling / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Acht Monate nach seiner Gründung hat das Digitalministerium am Montag in Berlin eine erste "
                    "Bilanz vorgelegt. Mehr als 40 Verwaltungsleistungen seien inzwischen vollständig online "
                    "verfügbar, hieß es. Die Übersicht hat das Ministerium "
                    '<a href="https://bmds.bund.de/aktuelles?wt_zmc=nl.int.zonaudev.bilanz&amp;wt_t=1768900000">'
                    "auf seiner Website</a> veröffentlicht.",
                ),
                (
                    "p",
                    "Die Reaktionen fallen verhalten aus. Vor allem bei der Registermodernisierung und der "
                    "digitalen Identität sehen Kritikerinnen und Kritiker Nachholbedarf.",
                ),
                (
                    "quote",
                    [
                        "„Wir sehen viele Ankündigungen, aber zu wenige Projekte, die bei Bürgerinnen und Bürgern "
                        "wirklich ankommen.“",
                        "„Ohne verbindliche Standards für alle Ebenen bleibt jede Behörde eine digitale Insel.“",
                    ],
                ),
                (
                    "p",
                    "Das sagte Miriam Kessler vom Bundesverband Digitale Verwaltung. Wie kontrovers das Thema ist, "
                    f'zeigen auch <a href="https://t3n.de{P_AIACT}#comments">die Kommentare unter unserem '
                    "AI-Act-Ratgeber</a>.",
                ),
                ("h2", "EUDI-Wallet soll noch 2026 kommen"),
                (
                    "p",
                    "Im Mittelpunkt der Pläne für dieses Jahr steht die europäische digitale Identität. Bis Ende "
                    "2026 muss jeder EU-Mitgliedsstaat seinen Bürgerinnen und Bürgern eine "
                    '<a href="https://ec.europa.eu/digital-building-blocks/sites/display/EUDIGITALIDENTITYWALLET/">'
                    "EUDI-Wallet</a> anbieten. Das Ministerium kündigte dazu auf X einen Zeitplan an:",
                ),
                (
                    "tweet",
                    {
                        "handle": "DigitalBund",
                        "name": "Digitalministerium",
                        "status": "2013456789012345678",
                        "lang": "de",
                        "date": "19. Januar 2026",
                        "html": "Die EUDI-Wallet kommt: Ab Herbst können erste Nutzerinnen und Nutzer ihren "
                        "Ausweis aufs Smartphone holen. Alle Infos: "
                        '<a href="https://t.co/x7Kq2LmN0p">https://t.co/x7Kq2LmN0p</a> '
                        '<a href="https://twitter.com/hashtag/EUDIWallet?src=hash&amp;ref_src=twsrc%5Etfw">'
                        "#EUDIWallet</a>",
                    },
                ),
                ("quote_text", "Die Wallet ist der Lackmustest für dieses Ministerium."),
                (
                    "p",
                    "So formulierte es ein Verwaltungsjurist bei einer Anhörung im Digitalausschuss. Die "
                    "Opposition fordert zudem, das Budget des Ministeriums aufzustocken.",
                ),
                ("h3", "Wie geht es weiter?"),
                (
                    "p",
                    "Im März will das Ministerium eine Strategie für Open-Source-Software in der Verwaltung "
                    "vorlegen. Außerdem soll ein Gesetz die Länder zu gemeinsamen Schnittstellen verpflichten.",
                ),
                ("also", P_AIACT, T_AIACT, "Ebenfalls interessant", "?utm_source=t3n&amp;utm_medium=crosslink"),
            ]
        ],
        notes="Two authors (byline 'Von A und B', two avatars, JSON-LD author list). A blockquote with two "
        "<p>s (two quote blocks) and a blockquote with direct text (one quote block). A tweet "
        "(blockquote.twitter-tweet with hashtag, t.co and status links) inside t3n's embed wrapper with "
        "its consent overlay: one embed block whose URL is the status link, the LAST provider link in "
        "the embed ('ref_src' is not in the contract's tracking list: kept); the tweet's text is no "
        "block and not body. Links: external with wt_* only (dropped), a t3n article with #comments "
        "(fragment dropped).",
    ),
    dict(
        id="1681107",
        portal="news",
        slug="whatsapp-nutzernamen-start",
        title="WhatsApp führt Nutzernamen ein: So sicherst du dir deinen Wunschnamen",
        kicker="News",
        ressort="Social Media",
        ressort_slug="social-media",
        authors=[MB],
        avatars=True,
        published="2025-11-12 16:05:00",
        modified="2025-11-12 16:05:00",
        reading=3,
        lead="Wer bei WhatsApp schreiben will, braucht bald nicht mehr die Telefonnummer des Gegenübers. "
        "Meta schaltet Nutzernamen schrittweise frei – und lässt dich deinen Namen vorab reservieren.",
        image=None,
        pages=[
            [
                (
                    "p",
                    "Nach monatelangen Tests in der Beta schaltet Meta die Funktion jetzt auch in Deutschland frei. "
                    'Wie <a href="https://about.fb.com/de/news/2025/11/whatsapp-nutzernamen/?fbclid=IwAR3xYzT3n">'
                    "Meta in einem Blogbeitrag</a> mitteilt, können Nutzerinnen und Nutzer ab sofort einen "
                    "eindeutigen Namen wählen, über den andere sie finden.",
                ),
                img(
                    "2025/11/whatsapp-nutzernamen-einstellungen.png",
                    1681112,
                    1080,
                    1350,
                    "data-srcset",
                    "WhatsApp-Einstellungen mit dem Menüpunkt Nutzername",
                    "In den Einstellungen lässt sich der Nutzername reservieren.",
                    "Screenshot",
                    "WhatsApp / t3n",
                ),
                ("h2", "So reservierst du deinen Nutzernamen"),
                (
                    "ol",
                    [
                        "Öffne WhatsApp und tippe auf Einstellungen.",
                        "Wähle Profil und dann Nutzername.",
                        "Gib deinen Wunschnamen ein und bestätige ihn mit deinem Passkey.",
                    ],
                ),
                (
                    "p",
                    "Ein Nutzername muss mindestens drei Zeichen lang sein und darf Buchstaben, Ziffern, Punkte und "
                    "Unterstriche enthalten. Er darf nicht mit „www“ beginnen und nicht auf eine Domain-Endung "
                    "wie „.com“ enden.",
                ),
                ("h3", "Was bleibt privat?"),
                (
                    "p",
                    "Wer dich über den Nutzernamen anschreibt, sieht deine Telefonnummer nicht. Zusätzlich gibt es "
                    "einen optionalen Schlüssel, den Fremde kennen müssen, bevor sie dir eine erste Nachricht "
                    "schicken können.",
                ),
                (
                    "ul",
                    [
                        'Signal hat <a href="https://signal.org/blog/phone-number-privacy-usernames/">Nutzernamen '
                        "schon 2024</a> eingeführt.",
                        "Threema setzt seit jeher auf eine zufällige ID statt auf die Telefonnummer.",
                        "Telegram erlaubt Nutzernamen seit Jahren, zeigt die Nummer aber standardmäßig Kontakten an.",
                    ],
                ),
                (
                    "p",
                    "Ob die Funktion Spam fördert, wird sich zeigen. Bei "
                    f'<a href="https://t3n.de{P_BLUESKY}">anderen Plattformen</a> hatten frei wählbare Namen '
                    "zunächst zu einer Welle von Fake-Accounts geführt.",
                ),
            ]
        ],
        notes="NO lead image: c-entry starts with the empty p.u-text-small; the first image is INSIDE the "
        "body (an image block and images[0], but not the item's image, which is null; og:image is the "
        "site default). That image is lazy with data-srcset (no srcset) and a portrait size. Ordered "
        "list, an unordered list with a link in an item, level-2 and level-3 subheadings. Links: "
        "external with fbclid (dropped), absolute t3n article.",
    ),
    dict(
        id="1676540",
        portal="news",
        slug="linux-kernel-rust-treiber",
        title="Linux 6.17 ist da: Mehr Rust im Kernel und ein neuer Scheduler-Modus",
        kicker="News",
        ressort="Software & Entwicklung",
        ressort_slug="software-entwicklung",
        authors=[MB],
        avatars=True,
        published="2025-09-29 11:20:00",
        modified="2025-09-29 13:47:31",
        reading=4,
        lead="Linus Torvalds hat Linux 6.17 freigegeben. Die neue Version bringt weitere Treiber in der "
        "Programmiersprache Rust, Verbesserungen für AMD-Prozessoren und einen neuen Modus für den "
        "Scheduler.",
        image=(
            "2025/09/linux-tux-pinguin.jpg",
            "Linux 6.17 ist die letzte Version vor dem nächsten Langzeit-Kernel.",
            "Foto",
            "Ralf Liebhold / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Am Sonntagabend hat Linus Torvalds "
                    '<a href="https://lore.kernel.org/lkml/20250928-linux-6-17-release/">auf der '
                    "Kernel-Mailingliste</a> die finale Version von Linux&#8203; 6.17 angekündigt. Der "
                    "Entwicklungszyklus verlief nach seinen Worten „erfreulich ruhig“.",
                ),
                (
                    "p",
                    "Die wichtigste Neuerung betrifft die Unterstützung für Rust. Neben weiteren Abstraktionen für "
                    "Netzwerk- und Blockgerätetreiber ist erstmals ein Treiber für eine verbreitete "
                    "Hardware&shy;komponente vollständig in Rust geschrieben.",
                ),
                ("h2", "Was in Linux 6.17 neu ist"),
                (
                    "ul",
                    [
                        (
                            "Mehr Rust im Kernel:",
                            (
                                "ul",
                                [
                                    "neue Abstraktionen für PCI- und Plattformgeräte",
                                    'ein Rust-Treiber für <a href="https://rust-for-linux.com/nova-gpu-driver">'
                                    "Nvidias GPU-System-Prozessor</a>",
                                ],
                            ),
                        ),
                        "Bessere Energieverwaltung für AMD-Prozessoren der Zen-5-Generation",
                        "Ein neuer Modus für den Scheduler, der Echtzeit-Anwendungen bevorzugt",
                    ],
                ),
                ("h3", "So testest du den neuen Kernel"),
                (
                    "p",
                    "Wer nicht auf seine Distribution warten will, kann den Kernel selbst bauen. Die Konfiguration "
                    "des laufenden Systems übernimmst du mit diesen Befehlen:",
                ),
                ("pre", "make olddefconfig\nmake -j$(nproc)\nsudo make modules_install install"),
                (
                    "p",
                    "Fragen und Fehlerberichte nimmt die Community auf der Mailingliste entgegen; Hinweise für uns "
                    'schickst du an <a href="mailto:tipps@t3n.de">tipps@t3n.de</a>. Einen Überblick über die '
                    'Rust-Pläne gab es <a href="https://www.heise.de/news/Rust-im-Linux-Kernel-10000000.html?'
                    'wt_mc=rss.red.ho.ho.atom.beitrag.beitrag&amp;seite=2">bei heise online</a>.',
                ),
                ("h2", "Ausblick auf Linux 6.18"),
                (
                    "p",
                    "Das Merge-Fenster für Linux 6.18 ist bereits geöffnet. Die nächste Version dürfte Ende "
                    "November erscheinen und wird voraussichtlich der nächste Kernel mit Langzeitpflege.",
                ),
                ("also", P_PASSKEYS, T_PASSKEYS, "Lesetipp", ""),
            ]
        ],
        notes="A nested unordered list (the parent item's text is its own; the nested items follow it, "
        "one with a link); a <pre><code> block (a paragraph block, white space collapsed); a soft hyphen "
        "(&shy;) and a zero-width space (&#8203;) in paragraphs (removed from the text); a mailto: link "
        "(no link, its text stays); heise link whose wt_mc is dropped and seite=2 kept; a 'Lesetipp:' "
        "paragraph (a related link, not a block).",
    ),
    dict(
        id="1673312",
        portal="news",
        slug="youtube-shorts-ki-videos-veo",
        title="YouTube Shorts: Creator können jetzt KI-Videos mit Veo erzeugen",
        kicker="News",
        ressort="Marketing",
        ressort_slug="marketing",
        authors=[KV],
        avatars=True,
        published="2025-08-21 13:30:00",
        modified="2025-08-21 13:26:45",
        reading=3,
        lead="YouTube integriert Googles Videomodell Veo direkt in die Shorts-Kamera. Creator können damit "
        "kurze Clips aus einer Textbeschreibung erzeugen – gekennzeichnet sind sie trotzdem.",
        image=(
            "2025/08/youtube-shorts-app.jpg",
            "Die KI-Funktion steckt direkt in der Shorts-Kamera.",
            "Foto",
            "Koshiro K / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "YouTube baut die KI-Werkzeuge für Shorts weiter aus. Ab sofort können Creator in Deutschland "
                    "Hintergründe und kurze Clips von bis zu acht Sekunden mit dem Videomodell Veo erzeugen, wie "
                    'das Unternehmen <a href="https://blog.youtube/news-and-events/veo-shorts/?utm_campaign=launch'
                    '&amp;gclid=Cj0KCQjw">im offiziellen Blog</a> ankündigte.',
                ),
                ("p", "In einem Video zeigt YouTube, wie die Funktion in der App aussieht:"),
                ("youtube", "Vx3kP9sQe2M"),
                ("h2", "Kennzeichnung per Wasserzeichen"),
                (
                    "p",
                    "Alle mit Veo erzeugten Clips tragen das unsichtbare Wasserzeichen SynthID und ein sichtbares "
                    "Label. Damit reagiert YouTube auf Kritik, die auch bei "
                    f'<a href="{P_BLUESKY}"><strong>anderen Plattformen</strong></a> laut wurde.',
                ),
                ("newsletter",),
                (
                    "p",
                    "Creator sehen die Funktion gespalten. Manche erhoffen sich eine schnellere Produktion, andere "
                    "fürchten eine Flut austauschbarer Inhalte. Auf Instagram hat eine bekannte Creatorin ihre "
                    "Sicht geteilt:",
                ),
                ("embed_empty", "Instagram", "48213"),
                ("h2", "Wann die Funktion kommt"),
                (
                    "p",
                    "Die Funktion wird schrittweise verteilt und soll bis Ende September allen Creatorinnen und "
                    "Creatorn in Deutschland zur Verfügung stehen. Voraussetzung ist die aktuelle Version der "
                    "YouTube-App.",
                ),
            ]
        ],
        notes="A YouTube <iframe src=https://www.youtube-nocookie.com/embed/…> inside t3n's embed wrapper "
        "(embed block, provider youtube); an EMPTY embed wrapper (Instagram, filled by JavaScript: no URL "
        "in the served HTML, no block; JSON-LD articleBody has only a [t3n_embed id] shortcode); a "
        "newsletter box (c-native-newsletterbox, the real page's markup) BETWEEN two paragraphs: no "
        "block. Links: external with utm_campaign and gclid (query dropped), relative t3n article link "
        "around <strong>.",
    ),
    dict(
        id="1670098",
        portal="news",
        slug="deutschlandticket-preis-2026",
        title="Deutschlandticket wird teurer: Das ändert sich 2026",
        kicker="News",
        ressort="Mobilität",
        ressort_slug="mobilitaet",
        authors=[HZ],
        avatars=True,
        published="2025-07-08 08:00:00",
        modified="2025-07-08 10:31:09",
        reading=4,
        lead="Bund und Länder haben sich auf den Preis des Deutschlandtickets für 2026 geeinigt. Für "
        "Abonnentinnen und Abonnenten wird es erneut teurer, Jobtickets bleiben aber attraktiv.",
        image=(
            "2025/07/deutschlandticket-regionalzug.jpg",
            "Das Deutschlandticket gilt in allen Nahverkehrszügen.",
            "Foto",
            "Deutsche Bahn AG / Volker Emersleben",
        ),
        pages=[
            [
                (
                    "p",
                    "Die Verkehrsministerinnen und Verkehrsminister der Länder haben sich am Montag auf die "
                    "Finanzierung des Deutschlandtickets geeinigt. Ab Januar 2026 kostet das Abo 63 Euro im Monat "
                    "statt bisher 58 Euro.",
                ),
                (
                    "p",
                    "Der Preis soll danach nach einem festen Index steigen, der sich an Personal- und "
                    "Energiekosten orientiert. Ein Sprecher des "
                    '<a href="https://www.vdv.de/presse.aspx?id=4821&amp;mc_cid=9f2a1b&amp;mc_eid=77aa0">Verbands '
                    "Deutscher Verkehrsunternehmen</a> begrüßte die Planungssicherheit.",
                ),
                ("h2", "Die Preise im Überblick"),
                (
                    "table",
                    [
                        ["Ticket", "bis Dezember 2025", "ab Januar 2026"],
                        ["Deutschlandticket", "58 Euro", "63 Euro"],
                        ["Deutschlandticket Job (mindestens 25 Prozent Zuschuss)", "40,60 Euro", "44,10 Euro"],
                        ["Deutschland-Semesterticket", "34,80 Euro", "37,80 Euro"],
                    ],
                    True,
                ),
                ("also", P_MAGAZIN, T_MAGAZIN, "Ebenfalls interessant", ""),
                ("h2", "Was Pendler jetzt tun sollten"),
                (
                    "ol",
                    [
                        "Prüfe, ob dein Arbeitgeber ein Jobticket anbietet.",
                        "Vergleiche den neuen Preis mit regionalen Monatskarten.",
                        "Kündige rechtzeitig, falls sich das Ticket für dich nicht mehr lohnt: Die Frist endet "
                        "jeweils am 10. des Vormonats.",
                    ],
                ),
                ("h3", "Kündigung bleibt monatlich möglich"),
                (
                    "p",
                    "An der monatlichen Kündbarkeit ändert sich nichts. Wer das Ticket über die App eines "
                    "Verkehrsverbunds gekauft hat, kann es dort auch beenden; bei der Bahn geht das im "
                    '<a href="https://www.bahn.de/angebot/regio/deutschland-ticket?utm_source=t3n">Kundenkonto</a>.',
                ),
                (
                    "p",
                    "Mehr zum Thema Mobilität findest du "
                    '<a href="https://t3n.de/tag/mobilitaet/">in unserem Themenbereich</a>.',
                ),
            ]
        ],
        notes="A table inside figure.wp-block-table (table block; the figure is no image); an ordered list; "
        "'Ebenfalls interessant:' (label in <strong>) pointing to the magazine piece; links: vdv.de with "
        "mc_cid/mc_eid dropped and id kept, bahn.de with utm_source only, a t3n topic page (/tag/…: "
        "article_id null).",
    ),
    dict(
        id="1666854",
        portal="news",
        slug="homeoffice-studie-produktivitaet",
        title="Studie: Im Homeoffice arbeiten Teams produktiver – wenn sie sich regelmäßig treffen",
        kicker="News",
        ressort="Arbeitswelt",
        ressort_slug="arbeitswelt",
        authors=[SL],
        avatars=True,
        published="2025-05-14 07:15:00",
        modified="2025-05-14 07:15:00",
        reading=3,
        lead="Eine neue Langzeitstudie zeigt: Hybride Teams sind mindestens so produktiv wie Teams im Büro. "
        "Entscheidend ist, wie oft und wofür sie sich persönlich treffen.",
        image=(
            "2025/05/homeoffice-laptop-kueche.jpg",
            "Viele Beschäftigte arbeiten inzwischen zwei bis drei Tage pro Woche zu Hause.",
            "Foto",
            "Dragana Gordic / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    'Forschende des <a href="https://www.ifo.de/publikationen/2025/homeoffice-produktivitaet?'
                    'ref=t3n">Ifo-Instituts</a> haben über drei Jahre hinweg die Arbeitsergebnisse von mehr als '
                    "4.000 Beschäftigten in 120 Unternehmen ausgewertet. Das Ergebnis widerspricht der "
                    "verbreiteten Annahme, dass Heimarbeit die Leistung mindert.",
                ),
                (
                    "quote",
                    [
                        "„Nicht der Ort entscheidet über die Produktivität, sondern die Organisation der "
                        "Zusammenarbeit“, sagt Studienleiterin Anna Reuter. Die Ergebnisse hat das Team "
                        '<a href="https://www.ifo.de/publikationen/2025/homeoffice-produktivitaet">online '
                        "veröffentlicht</a>.",
                    ],
                ),
                ("h2", "Was produktive Teams anders machen"),
                (
                    "ol",
                    [
                        (
                            "Sie legen feste Präsenztage fest, an denen alle im Büro sind:",
                            ("ul", ["für Planung und Workshops", "für das Onboarding neuer Kolleginnen und Kollegen"]),
                        ),
                        "Sie dokumentieren Entscheidungen schriftlich.",
                        "Sie messen Ergebnisse statt Anwesenheit.",
                    ],
                ),
                img(
                    "2025/05/ifo-studie-grafik-produktivitaet.png",
                    1666860,
                    1200,
                    800,
                    "srcset",
                    "Grafik: Produktivität nach Arbeitsmodell",
                    "Produktivität nach Arbeitsmodell, indexiert auf Büroarbeit = 100.",
                    "Bild",
                    "Ifo-Institut",
                ),
                (
                    "p",
                    "Besonders deutlich war der Effekt bei Tätigkeiten, die konzentriertes Arbeiten erfordern. Bei "
                    "kreativen Aufgaben im Team lagen Präsenzteams dagegen leicht vorn.",
                ),
                ("h3", "Unternehmen rudern zurück"),
                (
                    "p",
                    "Trotz solcher Befunde holen einige Konzerne ihre Beschäftigten zurück ins Büro. Dass "
                    "Arbeitsorte auch ganz anders gedacht werden können, zeigt unser "
                    f'<a href="https://t3n.de{P_MAGAZIN}">Porträt eines Berliner Startups</a>, das fast '
                    "komplett remote arbeitet.",
                ),
            ]
        ],
        notes="An ordered list with a nested unordered list in its first item; a blockquote whose paragraph "
        "holds a link; an image with '(Bild: Ifo-Institut)'. Links: ifo.de with ?ref=t3n (ref is a "
        "tracking parameter: dropped) and the same URL again in the quote (links are not deduplicated); "
        "a link to a /magazin/ article (article_id of the magazine piece).",
    ),
    dict(
        id="1662015",
        portal="magazin",
        slug="waermepumpen-startup-heizungskeller",
        title=T_MAGAZIN,
        kicker="Porträt",
        ressort="Startups & Economy",
        ressort_slug="startups-economy",
        authors=[JW],
        avatars=True,
        published="2025-03-22 10:00:00",
        modified="2025-03-24 09:41:12",
        reading=12,
        lead="Drei Gründerinnen wollen den Einbau von Wärmepumpen so einfach machen wie die Bestellung eines "
        "Handyvertrags. Ein Besuch bei einem Startup, das Handwerk und Software zusammenbringt.",
        image=(
            "2025/03/waermepumpe-einbau-keller.jpg",
            "Ein Installateur schließt eine Wärmepumpe in einem Einfamilienhaus an.",
            "Foto",
            "Thermaflow",
        ),
        pages=[
            [
                (
                    "p",
                    "Der Keller eines Reihenhauses in Berlin-Lichtenrade, kurz nach acht Uhr morgens. Zwei "
                    "Installateure tragen ein weißes Gehäuse die Treppe hinunter, daneben steht Lena Hoffmeister "
                    "mit einem Tablet. „Hier sieht man, wo unsere Software anfängt“, sagt sie.",
                ),
                (
                    "p",
                    "Hoffmeister ist eine der drei Gründerinnen von Thermaflow. Das Startup plant den Einbau von "
                    "Wärmepumpen per Software, vermittelt Handwerksbetriebe und kümmert sich um die Förderanträge. "
                    "Seit der Gründung 2022 hat es nach eigenen Angaben mehr als 3.000 Anlagen geplant.",
                ),
                ("h2", "Ein Angebot in 48 Stunden"),
                (
                    "p",
                    "Am Anfang steht ein Fragebogen: Baujahr, Wohnfläche, Heizkörper, Verbrauch der letzten Jahre. "
                    "Aus diesen Daten und Fotos des Heizungskellers berechnet die Software die nötige Leistung der "
                    "Wärmepumpe.",
                ),
                (
                    "quote",
                    [
                        "„Früher hat ein Energieberater dafür zwei Termine vor Ort gebraucht. Wir schaffen ein "
                        "verbindliches Angebot in 48 Stunden.“"
                    ],
                ),
                img(
                    "2025/03/thermaflow-gruenderinnen-buero.jpg",
                    1662020,
                    1620,
                    1080,
                    "srcset",
                    "Die Gründerinnen von Thermaflow",
                    "Die Gründerinnen Lena Hoffmeister, Defne Arslan und Marie Cordes (von links).",
                    "Foto",
                    "Thermaflow / Paula Winkler",
                ),
                (
                    "p",
                    "Das Team arbeitet fast vollständig remote. Nur einmal im Monat trifft es sich in einem "
                    "Coworking-Space in Kreuzberg – die Installateure sind ohnehin bundesweit unterwegs.",
                ),
                ("h3", "Das Geschäftsmodell"),
                (
                    "p",
                    "Thermaflow verdient an einer Provision pro vermittelter Anlage. Die Handwerksbetriebe erhalten "
                    "dafür fertig geplante Aufträge und sparen sich die aufwendige Akquise. Rund 180 Betriebe sind "
                    "inzwischen Partner.",
                ),
            ],
            [
                ("h2", "Fachkräftemangel als größte Hürde"),
                (
                    "p",
                    "Das größte Problem ist nicht die Technik, sondern das Personal. In vielen Regionen warten "
                    "Kundinnen und Kunden monatelang auf einen Installationstermin. Thermaflow bildet deshalb "
                    "selbst aus.",
                ),
                (
                    "ol",
                    [
                        "Quereinsteiger absolvieren einen dreimonatigen Kurs in der eigenen Akademie.",
                        "Danach arbeiten sie ein Jahr im Tandem mit erfahrenen Installateuren.",
                        "Am Ende steht eine Prüfung vor der Handwerkskammer.",
                    ],
                ),
                img(
                    "2025/03/thermaflow-akademie-werkstatt.jpg",
                    1662024,
                    1024,
                    683,
                    "srcset",
                    "Werkstatt der Thermaflow-Akademie",
                ),
                ("h3", "Investoren setzen auf die Wärmewende"),
                (
                    "p",
                    "Im vergangenen Herbst sammelte Thermaflow in einer "
                    '<a href="https://www.crunchbase.com/organization/thermaflow?utm_source=t3n&amp;'
                    'utm_medium=referral">Series-A-Runde</a> 18 Millionen Euro ein. Das Geld soll in den Ausbau '
                    "der Akademie und in neue Standorte in Süddeutschland fließen. Mehr Geschichten über "
                    'Gründerinnen und Gründer findest du <a href="/tag/startups-economy/">in unserem '
                    "Startup-Ressort</a>.",
                ),
                ("crosslinks", [(P_BITCOIN, T_BITCOIN), (P_FRAMEWORK, T_FRAMEWORK)]),
                (
                    "p",
                    "Für Lena Hoffmeister ist der Weg noch lang. „Wenn wir in fünf Jahren jede zehnte Wärmepumpe in "
                    "Deutschland planen, haben wir unser Ziel erreicht“, sagt sie und steigt die Kellertreppe "
                    "wieder hinauf.",
                ),
            ],
        ],
        notes="Magazine piece over TWO pages (/magazin/…-1662015/ and /2/, rel=next on page 1, rel=prev on "
        "page 2, an in-article pagination nav that is no block). Blocks, images and links of both pages "
        "merged in page order; page 2 has no lead figure. Page 1: a one-paragraph blockquote, an inline "
        "image with credit. Page 2: an ordered list, an inline image WITHOUT caption (caption and credit "
        "null), links (crunchbase with utm_* only, a relative /tag/ link: article_id null), and a "
        ".tg-crosslinks box (its <ul><li>s are related links, not list items). Kicker 'Porträt', "
        "breadcrumb Magazin.",
    ),
    dict(
        id="1659402",
        portal="news",
        slug="passkeys-umstieg-ratgeber",
        title=T_PASSKEYS,
        kicker="Ratgeber",
        ressort="Software & Entwicklung",
        ressort_slug="software-entwicklung",
        authors=[TO],
        avatars=True,
        published="2025-01-28 12:00:00",
        modified="2025-01-29 08:55:30",
        reading=5,
        lead="Passkeys sind sicherer und bequemer als Passwörter. Die großen Plattformen unterstützen sie "
        "längst – wir zeigen Schritt für Schritt, wie du umsteigst.",
        image=(
            "2025/01/passkey-smartphone-login.jpg",
            "Mit einem Passkey meldest du dich per Fingerabdruck oder Gesichtserkennung an.",
            "Foto",
            "Primakov / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Passwörter werden gestohlen, erraten oder in Phishing-Mails abgefischt. Passkeys lösen dieses "
                    "Problem, weil sie auf kryptografischen Schlüsselpaaren beruhen: Der private Schlüssel verlässt "
                    'nie dein Gerät. Die technischen Grundlagen beschreibt die <a href="https://fidoalliance.org/'
                    'passkeys/">FIDO-Allianz</a>.',
                ),
                ("h2", "Google-Konto umstellen"),
                (
                    "ol",
                    [
                        "Öffne die Sicherheitseinstellungen deines Google-Kontos.",
                        (
                            "Wähle „Passkeys und Sicherheitsschlüssel“ und dann „Passkey erstellen“.",
                            (
                                "ul",
                                [
                                    "Auf Android-Geräten wird der Passkey im Google-Passwortmanager gespeichert.",
                                    "Auf dem iPhone landet er im iCloud-Schlüsselbund.",
                                ],
                            ),
                        ),
                        "Bestätige mit Fingerabdruck, Gesichtserkennung oder PIN.",
                    ],
                ),
                ("h2", "Microsoft-Konto umstellen"),
                (
                    "p",
                    "Bei Microsoft findest du die Option unter "
                    '<a href="https://account.microsoft.com/security?utm_source=t3n">account.microsoft.com</a> im '
                    "Bereich „Erweiterte Sicherheitsoptionen“. Microsoft will neue Konten künftig standardmäßig "
                    "ohne Passwort anlegen.",
                ),
                img(
                    "2025/01/microsoft-konto-passkey-einrichten.png",
                    1659410,
                    620,
                    388,
                    "plain",
                    "Passkey im Microsoft-Konto einrichten",
                    "In den erweiterten Sicherheitsoptionen richtest du den Passkey ein.",
                    "Screenshot",
                    "t3n",
                ),
                ("h2", "Apple-Account umstellen"),
                (
                    "p",
                    "Bei Apple ist der Umstieg am einfachsten: iPhones, iPads und Macs erzeugen Passkeys "
                    "automatisch, wenn eine Website sie anbietet, und synchronisieren sie über den "
                    "iCloud-Schlüsselbund.",
                ),
                ("h3", "Was passiert, wenn ich mein Handy verliere?"),
                (
                    "p",
                    "Weil Passkeys in der Cloud des jeweiligen Anbieters synchronisiert werden, sind sie auf einem "
                    "neuen Gerät nach der Anmeldung wieder da. Wichtig ist, dass du für dein Hauptkonto eine "
                    "zweite Wiederherstellungsmethode einrichtest.",
                ),
                ("crosslinks", [(P_BLUESKY, T_BLUESKY), (P_SCHULE, T_SCHULE)]),
                (
                    "p",
                    "Noch unterstützen nicht alle Dienste Passkeys. Eine aktuelle Übersicht pflegt die Community "
                    'unter <a href="https://passkeys.directory/">passkeys.directory</a>.',
                ),
            ]
        ],
        notes="Ratgeber with three level-2 subheadings and a level-3 question; an ordered list whose second "
        "item holds a nested unordered list (items quote „…“); a NON-lazy inline image (src ?class=content, "
        "no srcset) with '(Screenshot: t3n)'; a .tg-crosslinks box between paragraphs (first link "
        "absolute, second relative); links: microsoft.com with utm_source only (dropped).",
    ),
    dict(
        id="1655188",
        portal="news",
        slug="bitcoin-etf-rekord-zufluesse",
        title=T_BITCOIN,
        kicker="News",
        ressort="New Finance",
        ressort_slug="finance",
        authors=[AD],
        published="2024-11-19 15:10:00",
        modified="2024-11-19 15:07:12",
        reading=3,
        lead="Nach der US-Präsidentschaftswahl fließt so viel Geld in Bitcoin-ETFs wie nie zuvor. Der Kurs der "
        "Kryptowährung nähert sich der Marke von 100.000 Dollar.",
        image=(
            "2024/11/bitcoin-muenze-kurs.jpg",
            "Der Bitcoin-Kurs hat seit der Wahl um mehr als 30 Prozent zugelegt.",
            "Foto",
            "Ewan White / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "In der vergangenen Woche sind nach Daten des Analysehauses "
                    '<a href="https://farside.co.uk/btc/">Farside Investors</a> mehr als vier Milliarden US-Dollar '
                    "in die börsengehandelten Bitcoin-Fonds in den USA geflossen. Das ist der höchste Wert seit "
                    "ihrer Zulassung im Januar.",
                ),
                (
                    "p",
                    "Allein der größte Fonds verzeichnete an einem einzigen Tag Zuflüsse von über einer Milliarde "
                    "Dollar. Marktbeobachter führen den Ansturm auf die Erwartung einer kryptofreundlicheren "
                    "Regulierung zurück.",
                ),
                ("h2", "Die größten Bitcoin-ETFs nach Zuflüssen"),
                (
                    "table",
                    [
                        ["Fonds", "Anbieter", "Zuflüsse seit Januar"],
                        ["IBIT", "Blackrock", "31,2 Mrd. Dollar"],
                        ["FBTC", "Fidelity", "11,8 Mrd. Dollar"],
                        ["ARKB", "Ark Invest &amp; 21Shares", "2,6 Mrd. Dollar"],
                    ],
                    False,
                ),
                (
                    "quote",
                    [
                        "„Wir sehen eine neue Welle institutioneller Anleger, die bisher gezögert haben“, schreibt "
                        "ein Analyst eines Londoner Vermögensverwalters in einer Notiz an Kunden."
                    ],
                ),
                ("h3", "Risiken bleiben"),
                (
                    "p",
                    "Verbraucherschützer warnen dennoch vor den Schwankungen. Die Finanzaufsicht Bafin weist "
                    '<a href="https://www.bafin.de/DE/Verbraucher/GeldanlageWertpapiere/Kryptowerte/'
                    'kryptowerte_node.html">auf ihrer Website</a> darauf hin, dass ein Totalverlust möglich ist. '
                    "Mehr zu Kryptowerten liest du in unserem Ressort "
                    '<a href="https://t3n.de/tag/finance/?utm_source=t3n&amp;utm_medium=inline">New Finance</a>.',
                ),
                ("also", P_BLUESKY, T_BLUESKY, "Ebenfalls interessant", ""),
            ]
        ],
        notes="2024 page (t3n* dataLayer keys, no avatar). A plain table whose cell holds an entity "
        "(&amp; decoded in the row text); a one-paragraph blockquote; a level-3 subheading; a t3n topic "
        "link with utm_* (article_id null). Ressort 'New Finance' (/tag/finance/).",
    ),
    dict(
        id="1651970",
        portal="news",
        slug="bluesky-mastodon-nutzerzahlen",
        title=T_BLUESKY,
        kicker="News",
        ressort="Social Media",
        ressort_slug="social-media",
        authors=[KV],
        published="2024-09-24 18:20:00",
        modified="2024-09-25 09:02:58",
        reading=3,
        lead="Die dezentrale Plattform Bluesky hat die Marke von zehn Millionen registrierten Accounts "
        "überschritten. Ein großer Teil des Wachstums kam aus Brasilien.",
        image=(
            "2024/09/bluesky-app-smartphone.jpg",
            "Bluesky ist seit Februar ohne Einladung nutzbar.",
            "Foto",
            "Tada Images / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Bluesky wächst schneller als erwartet. Wie das Unternehmen am Dienstag mitteilte, haben sich "
                    "inzwischen mehr als zehn Millionen Menschen registriert. Allein in den vergangenen zwei "
                    "Wochen kamen drei Millionen Accounts hinzu.",
                ),
                ("p", "Den Meilenstein verkündete Bluesky selbst – ausgerechnet auch auf X:"),
                (
                    "tweet",
                    {
                        "handle": "bluesky",
                        "name": "bluesky",
                        "status": "1838512345678901234",
                        "lang": "en",
                        "date": "17. September 2024",
                        "html": "10 million users! 🦋 Welcome to everyone who joined this month. "
                        '<a href="https://t.co/Q2bLz9Xk1v">pic.twitter.com/Q2bLz9Xk1v</a>',
                    },
                ),
                ("h2", "Brasilien als Wachstumstreiber"),
                (
                    "p",
                    "Nachdem ein Gericht X in Brasilien gesperrt hatte, wechselten Millionen Nutzerinnen und Nutzer "
                    "zu Bluesky. Die App stand dort tagelang an der Spitze der Download-Charts.",
                ),
                ("h2", "Und Mastodon?"),
                (
                    "p",
                    "Mastodon wächst deutlich langsamer. Nach Zahlen der "
                    '<a href="https://joinmastodon.org/de">gemeinnützigen Organisation hinter Mastodon</a> gibt es '
                    "rund 900.000 monatlich aktive Accounts auf allen Servern zusammen.",
                ),
                (
                    "quote",
                    ["„Wir messen unseren Erfolg nicht an Nutzerzahlen, sondern daran, ob die Leute bleiben.“"],
                ),
                (
                    "p",
                    "Das sagte eine Sprecherin der Organisation. Weitere Entwicklungen rund um soziale Netzwerke "
                    'verfolgen wir in unserem Themenbereich <a href="/tag/social-media/">Social Media</a>.',
                ),
            ]
        ],
        notes="A tweet embed (status link on twitter.com with ref_src, the tweet's own text an emoji and a "
        "pic.twitter.com link: no block, not body); two level-2 subheadings (one a question); a quote. "
        "The body mentions Mastodon (article text, not the share button).",
    ),
    dict(
        id="1648756",
        portal="news",
        slug="chatgpt-schule-umfrage-lehrkraefte",
        title=T_SCHULE,
        kicker="News",
        ressort="Künstliche Intelligenz",
        ressort_slug="kuenstliche-intelligenz",
        authors=[SL],
        published="2024-06-11 10:45:00",
        modified="2024-06-11 10:45:00",
        reading=3,
        lead="Künstliche Intelligenz ist im Lehrerzimmer angekommen. Laut einer Umfrage nutzt mehr als die "
        "Hälfte der Lehrkräfte KI-Werkzeuge zur Vorbereitung – offizielle Regeln fehlen aber oft.",
        image=(
            "2024/06/klassenzimmer-tablet-ki.jpg",
            "Viele Schulen haben noch keine Regeln für den Einsatz von KI.",
            "Foto",
            "Robert Kneschke / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Für die repräsentative Umfrage hat ein Meinungsforschungsinstitut im Auftrag des "
                    '<a href="https://www.vbe.de/presse/ki-umfrage-2024?utm_source=twitter&amp;utm_medium=social">'
                    "Verbands Bildung und Erziehung</a> gut 1.300 Lehrkräfte befragt. 54 Prozent gaben an, "
                    "KI-Werkzeuge wie ChatGPT mindestens gelegentlich zu nutzen.",
                ),
                ("h2", "Wofür Lehrkräfte KI einsetzen"),
                (
                    "ul",
                    [
                        "Arbeitsblätter und Übungsaufgaben erstellen (71 Prozent)",
                        "Texte vereinfachen oder übersetzen (48 Prozent)",
                        "Feedback zu Schülerarbeiten formulieren (22 Prozent)",
                    ],
                ),
                (
                    "p",
                    "Nur ein Viertel der Befragten gab an, dass ihre Schule verbindliche Regeln für den Einsatz von "
                    "KI hat. Viele wünschen sich Fortbildungen und datenschutzkonforme Werkzeuge.",
                ),
                ("h3", "Datenschutz als Hürde"),
                (
                    "p",
                    "Vor allem der Datenschutz bereitet Sorgen. Schülerdaten dürfen nicht ohne Weiteres in Dienste "
                    "von US-Anbietern eingegeben werden. Einige Bundesländer bieten deshalb Landeslizenzen für "
                    "datenschutzfreundliche KI-Assistenten an.",
                ),
            ]
        ],
        notes="A short, plain 2024 news page: an unordered list, a level-2 and a level-3 subheading, one "
        "external link with utm_* only. The other articles link it (crosslink box, 'Ebenfalls "
        "interessant').",
    ),
    dict(
        id="1645310",
        portal="news",
        slug="framework-laptop-13-ryzen-test",
        title=T_FRAMEWORK,
        kicker="Test",
        ressort="Hardware & Gadgets",
        ressort_slug="hardware-gadgets",
        authors=[PR],
        published="2024-03-05 09:30:00",
        modified="2024-03-05 09:27:41",
        reading=7,
        lead="Framework verspricht einen Laptop, den du jahrelang aufrüsten und reparieren kannst. Wir haben "
        "das Modell mit AMD-Prozessor zwei Wochen lang im Alltag getestet.",
        image=(
            "2024/03/framework-laptop-13-geoeffnet.jpg",
            "Alle Teile des Framework Laptop 13 lassen sich mit einem einzigen Schraubendreher tauschen.",
            "Foto",
            "t3n",
        ),
        pages=[
            [
                (
                    "p",
                    "Reparierbarkeit ist bei Laptops die Ausnahme. Akkus sind verklebt, Arbeitsspeicher ist "
                    "verlötet. Das Startup Framework aus San Francisco geht einen anderen Weg – und liefert sogar "
                    "den Schraubendreher mit.",
                ),
                img(
                    "2024/03/framework-laptop-13-schraubendreher.jpg",
                    1645315,
                    1620,
                    1080,
                    "data-srcset",
                    "Schraubendreher des Framework Laptop",
                    "Der Schraubendreher liegt bei: Mehr Werkzeug braucht es für Reparaturen nicht.",
                    "Foto",
                    "t3n",
                ),
                ("h2", "Technische Daten"),
                (
                    "table",
                    [
                        ["Komponente", "Ausstattung im Test"],
                        ["Prozessor", "AMD Ryzen 7 7840U"],
                        ["Arbeitsspeicher", "32 GB DDR5 (2 × 16 GB)"],
                        ["Speicher", "1 TB NVMe-SSD"],
                        ["Display", "13,5 Zoll, 2.256 × 1.504 Pixel"],
                        ["Akku", "61 Wh"],
                    ],
                    False,
                ),
                ("h2", "Aufrüsten in zehn Minuten"),
                (
                    "p",
                    "Der Wechsel des Arbeitsspeichers dauerte in unserem Test keine zehn Minuten. Die Anschlüsse "
                    "steckst du als Module in vier Schächte: USB-C, USB-A, HDMI oder ein Kartenleser. Eine "
                    'Anleitung für jedes Teil gibt es <a href="https://guides.frame.work/c/Framework_Laptop_13?'
                    'utm_source=newsletter&amp;ref=t3n">auf der Support-Seite</a>.',
                ),
                img(
                    "2024/03/framework-expansion-cards.jpg",
                    1645318,
                    620,
                    413,
                    "plain",
                    "Erweiterungskarten in verschiedenen Farben",
                    "Die Erweiterungskarten gibt es in verschiedenen Farben.",
                ),
                ("h3", "Akkulaufzeit"),
                (
                    "p",
                    "Mit rund acht Stunden im Büroalltag liegt die Laufzeit im Mittelfeld. Das Netzteil mit "
                    "60 Watt lädt den Akku in etwa einer Stunde zu 80 Prozent.",
                ),
                ("h2", "Fazit"),
                (
                    "p",
                    "Der Framework Laptop 13 ist kein Schnäppchen, aber er zeigt, wie nachhaltige Hardware aussehen "
                    "kann. Wer bereit ist, etwas mehr zu zahlen, bekommt ein Gerät, das viele Jahre mitwachsen "
                    "kann.",
                ),
            ]
        ],
        notes="Test with a spec table (cells with × and commas), an inline image right after the first "
        "paragraph (lazy, data-srcset, credit 'Foto: t3n'), an image with a caption but NO credit (caption "
        "the whole figcaption, credit null; not lazy); links: frame.work with utm_source and ref (both "
        "dropped). Oldest article (2024-03).",
    ),
    dict(
        id="1527344",
        portal="news",
        slug="t3n-bei-mastodon",
        title="t3n ist jetzt auch auf Mastodon: So findet ihr uns im Fediverse",
        kicker="In eigener Sache",
        ressort="Social Media",
        ressort_slug="social-media",
        authors=[NA],
        published="2022-11-08 10:30:12",
        modified="2023-01-10 09:12:40",
        reading=2,
        lead="Immer mehr Menschen suchen nach Alternativen zu Twitter. Auch t3n ist ab sofort mit einem "
        "eigenen Account auf Mastodon vertreten – hier erfährst du, wie du uns folgst.",
        image=(
            "2022/11/mastodon-logo-smartphone.jpg",
            "Mastodon verzeichnet seit der Twitter-Übernahme einen Ansturm neuer Accounts.",
            "Foto",
            "Koshiro K / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Seit der Übernahme von Twitter durch Elon Musk verzeichnet das dezentrale Netzwerk Mastodon "
                    "einen regelrechten Ansturm. Allein in den vergangenen zwei Wochen haben sich nach Angaben der "
                    "Entwickler mehr als eine Million neue Accounts registriert.",
                ),
                (
                    "p",
                    "Wir haben uns deshalb entschieden, ebenfalls einen Account im Fediverse zu eröffnen. Unseren "
                    "ersten Beitrag kannst du hier sehen:",
                ),
                ("mastodon", "https://mastodon.social/@t3n/109301234567890123"),
                ("h2", "So folgst du t3n auf Mastodon"),
                (
                    "ol",
                    [
                        "Melde dich bei einer Mastodon-Instanz deiner Wahl an, zum Beispiel bei "
                        '<a href="https://mastodon.social/auth/sign_up">mastodon.social</a>.',
                        'Suche nach <a href="https://mastodon.social/@t3n">@t3n@mastodon.social</a>.',
                        "Klicke auf „Folgen“ – fertig.",
                    ],
                ),
                ("h3", "Was ist eigentlich das Fediverse?"),
                (
                    "p",
                    "Das Fediverse ist ein Verbund unabhängiger Server, die über das Protokoll "
                    '<a href="https://www.w3.org/TR/activitypub/">ActivityPub</a> miteinander sprechen. Wer auf '
                    "einem Server angemeldet ist, kann Accounts auf allen anderen Servern folgen.",
                ),
                (
                    "p",
                    "Wie auf unseren anderen Kanälen teilen wir dort die wichtigsten News, Ratgeber und "
                    "Hintergründe aus der digitalen Wirtschaft. Über Feedback freuen wir uns – gern auch per Mail "
                    'an <a href="mailto:social@t3n.de">social@t3n.de</a>.',
                ),
            ]
        ],
        notes="The article the real page's header submenu links on every page ('Mastodon', "
        "/news/t3n-bei-mastodon-1527344/), so the crawl meets it from the chrome too. 2022 page (t3n* "
        "dataLayer keys). A Mastodon post embedded as an iframe (src = the server's /@user/<id>/embed "
        "status URL: embed block, provider mastodon); an ordered list whose items carry links (one with "
        "an @ in its path); a mailto: link (no link); kicker 'In eigener Sache'.",
    ),
]


# ---------------------------------------------------------------------------------------------
# listings (home, /news/ pages, /magazin/, /tag/<topic>/), RSS, news sitemap, robots.txt
#
# No real listing page is at hand: the chrome is the real page's, the teaser markup the one
# tests/site_d uses (the site's BEM style), with rel=next/prev and a pagination nav.

PER_PAGE = 5
NAV_TAGS = {  # the ressorts the real header links, the topics it links, and the ones the articles use
    "software-entwicklung": "Software & Entwicklung",
    "ux-and-design": "UX & Design",
    "marketing": "Marketing",
    "hardware-gadgets": "Hardware & Gadgets",
    "startups-economy": "Startups & Economy",
    "arbeitswelt": "Arbeitswelt",
    "e-commerce": "E-Commerce",
    "finance": "New Finance",
    "gaming": "Gaming",
    "mobilitaet": "Mobilität",
    "future-science": "Future & Science",
    "buzz-memes": "Buzz & Memes",
    "apple": "Apple",
    "kuenstliche-intelligenz": "Künstliche Intelligenz",
    "digitale-wirtschaft": "Digitale Wirtschaft",
    "social-media": "Social Media",
}


def teaser_html(a: dict, i: int) -> str:
    path = article_path(a)
    # the real site mixes absolute and relative links, some with tracking parameters
    href = [f"https://t3n.de{path}", path, f"https://t3n.de{path}?utm_source=t3n&amp;utm_medium=teaser"][i % 3]
    img = ""
    if a.get("image"):
        img = (
            f'    <a class="c-pin__image-link" href="{href}" tabindex="-1"><img class="lazy c-pin__image" '
            f'src="{CDN}{a["image"][0]}?class=blur" data-src="{CDN}{a["image"][0]}?class=teaser-medium" '
            f'width="300" height="169" alt="{a["title"]}"></a>\n'
        )
    pub = datetime.strptime(a["published"], "%Y-%m-%d %H:%M:%S")
    return (
        f'<div class="c-pin tg-teaser" data-article-identifier="{a["portal"]}-article-{a["id"]}">\n'
        + img
        + '    <div class="c-pin__content">\n'
        f'        <div class="c-pin__type u-text-extrasmall u-color-mute">{a["kicker"]}</div>\n'
        f'        <h2 class="c-pin__headline u-text-medium u-gap-vertical-reset"><a class="u-link-simple tg-teaser-link" href="{href}">{a["title"]}</a></h2>\n'
        f'        <p class="c-pin__teaser u-text-small">{first_sentence(a["lead"])}</p>\n'
        f'        <div class="c-pin__meta u-text-extrasmall u-color-mute">{pub:%d.%m.%Y, %H:%M} Uhr • {a["reading"]} Min.</div>\n'
        "    </div>\n"
        "</div>"
    )


def pagination(paths: list, n: int) -> str:
    if len(paths) == 1:
        return ""
    out = ['<nav class="c-pagination tg-pagination u-gap-top" aria-label="Seitennavigation">']
    if n > 1:
        out.append(f'    <a class="c-pagination__link -prev" rel="prev" href="{paths[n - 2]}">‹ Zurück</a>')
    for k, p in enumerate(paths, 1):
        out.append(
            f'    <span class="c-pagination__link -current">{k}</span>'
            if k == n
            else f'    <a class="c-pagination__link" href="{p}">{k}</a>'
        )
    if n < len(paths):
        out.append(f'    <a class="c-pagination__link -next" rel="next" href="{paths[n]}">Weiter ›</a>')
    out.append("</nav>")
    return "\n".join(out)


def render_listing(path: str, title: str, heading: str, content: str, rel: dict | None = None) -> str:
    t = TEMPLATE
    url = "https://t3n.de" + path
    rel_links = "".join(f'<link rel="{k}" href="https://t3n.de{v}" />\n' for k, v in (rel or {}).items())
    head_meta = (
        f"<title>{title}</title>\n"
        '<meta name="description" content="t3n ist das Magazin für digitales Business: News, Ratgeber und '
        'Hintergründe zu Software, KI, Startups und Arbeitswelt." />\n'
        '<meta name="robots" content="index, follow, noodp, max-image-preview:large" />\n'
        f'<link rel="canonical" href="{url}" />\n' + rel_links + '<meta property="og:type" content="website">\n'
        f'<meta property="og:url" content="{url}">\n'
        f'<meta property="og:title" content="{title}">\n'
        f'<meta property="og:image" content="{DEFAULT_OG_IMAGE}">\n\n'
    )
    rss = '<link rel="alternate" type="application/rss+xml" title="t3n – digital pioneers | RSS Feed" href="https://t3n.de/rss.xml"/>'
    head = (
        t[: t.index("<title>")]
        + head_meta
        + t[t.index('<meta property="og:site_name"') : t.index(rss) + len(rss)]
        + "\n\n</head>"
    )
    head = head.replace(f'            <link rel="preload" as="image" href="{REAL_IMG}?class=hero">\n', "")
    assert REAL_IMG not in head
    top_start = t.index("</head>") + len("</head>")
    top_end = t.index('<div class="o-wrapper__content">') + len('<div class="o-wrapper__content">\n')
    top = t[top_start:top_end]
    assert top.count(REAL_URL) == 2  # the login links' redirect
    top = top.replace(REAL_URL, url)
    sidebar = t[
        t.index('<div class="c-ad-container -T3N_D_Sidebar-1">') : t.index(
            '<div class="c-ad-container -T3N_D_Sidebar-2">'
        )
    ]
    main = (
        '                    <div class="u-background u-gap-inner">\n'
        '            <div class="o-grid -distribute">\n'
        '                <div class="o-grid__main" id="main-content">\n'
        f'                    <h1 class="u-text-large u-gap-bottom">{heading}</h1>\n'
        + content
        + "\n                </div>\n"
        '                <aside class="o-grid__sidebar tg-sidebar">\n'
        f"                    {sidebar.strip()}\n"
        "                </aside>\n"
        "            </div>\n"
        "    </div>\n\n"
    )
    consent = t[
        t.index(
            '            <script type="text/javascript">\n    !function () { var e = function () { var e, t = "__tcfapiLocator"'
        ) : t.index("            <script type='text/javascript'>\n            IOMm('configure'")
    ]
    adblock = t[
        t.index('                <div class="c-adblock -hidden" id="js-adbnotice">') : t.index(
            '        <div class="c-modal-wrapper -hidden" id="js-bookmarkmodal">'
        )
    ]
    footer = t[t.index('                <footer class="c-footer o-grid tg-footer">') :]
    # the 175 KB SVG icon sprite stays on the article pages only, to keep the replica small
    sprite = re.search(r'<svg width="0" height="0" style="position:absolute">.*?</svg>', footer, re.S).group(0)
    footer = footer.replace(sprite, "")
    return site_urls(head + top + main + consent + adblock + footer)


def listing_content(articles: list, paths: list | None = None, n: int = 1, empty: str = "") -> str:
    teasers = "\n".join(teaser_html(a, i) for i, a in enumerate(articles))
    body = teasers or f'<p class="u-color-mute">{empty}</p>'
    out = '                    <div class="c-pin-list tg-newslist">\n' + body + "\n                    </div>"
    if paths:
        out += "\n" + pagination(paths, n)
    return out


def rss_xml(articles: list) -> str:
    items = []
    for a in articles:
        pub = datetime.strptime(a["published"], "%Y-%m-%d %H:%M:%S")
        rfc = pub.strftime("%a, %d %b %Y %H:%M:%S ") + berlin_offset(a["published"])
        items.append(
            "    <item>\n"
            f"      <title>{a['title']}</title>\n"
            f"      <link>{BASE}{article_path(a)}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=t3n-news</link>\n"
            f'      <guid isPermaLink="false">{a["portal"]}-article-{a["id"]}</guid>\n'
            f"      <pubDate>{rfc}</pubDate>\n"
            f"      <dc:creator>{author_names(a)}</dc:creator>\n"
            f"      <category>{html.escape(a['ressort'])}</category>\n"
            f"      <description><![CDATA[{a['lead']}]]></description>\n"
            "    </item>"
        )
    newest = datetime.strptime(articles[0]["published"], "%Y-%m-%d %H:%M:%S")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
        "  <channel>\n"
        "    <title>t3n.de – News</title>\n"
        f"    <link>{BASE}/</link>\n"
        "    <description>t3n – digital pioneers: News aus der digitalen Wirtschaft</description>\n"
        "    <language>de-DE</language>\n"
        f'    <atom:link href="{BASE}/rss.xml" rel="self" type="application/rss+xml"/>\n'
        f"    <lastBuildDate>{newest:%a, %d %b %Y %H:%M:%S} {berlin_offset(articles[0]['published'])}</lastBuildDate>\n"
        + "\n".join(items)
        + "\n  </channel>\n</rss>\n"
    )


def news_sitemap(articles: list) -> str:
    """/sitemap_news.xml (footer link "Die neuesten Artikel" since December 2024): a Google News
    sitemap of the newest articles."""
    items = "".join(
        f"<url><loc>{BASE}{article_path(a)}</loc><news:news><news:publication>"
        "<news:name>t3n Magazin</news:name><news:language>de</news:language></news:publication>"
        f"<news:publication_date>{iso_time(a['published'])}</news:publication_date>"
        f"<news:title>{html.escape(a['title'], quote=False)}</news:title></news:news></url>\n"
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + items + "</urlset>\n"
    )


ROBOTS = """# robots.txt for t3n.de (offline replica tests/site_f)
User-agent: GPTBot
Disallow: /

User-agent: CCBot
Disallow: /

User-agent: *
Disallow: /suche
Disallow: /account/
Disallow: /plus/
Disallow: /news/wp-admin/
Allow: /news/wp-admin/admin-ajax.php

Sitemap: {{BASE}}/sitemap_news.xml
"""


# ---------------------------------------------------------------------------------------------


def write(rel: str, text: str) -> None:
    path = HERE / rel.lstrip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_json(rel: str, obj) -> None:
    write(rel, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def check_links(arts: list) -> None:
    """Every link to the site in a body names a page the replica has (no dangling crawl)."""
    paths = {article_path(a) for a in arts} | {f"/tag/{slug}/" for slug in NAV_TAGS}
    for a in arts:
        blobs = json.dumps(a["pages"], ensure_ascii=False)
        for href in re.findall(r'href=\\"([^"\\]+)\\"', blobs):
            href = html.unescape(href)
            if href.startswith("https://t3n.de/"):
                href = href[len("https://t3n.de") :]
            if href.startswith("/"):
                assert href.split("?")[0].split("#")[0] in paths, (a["id"], href)
        for b in (b for page in a["pages"] for b in page):
            if b[0] == "also":
                assert b[1] in paths, b
            if b[0] == "crosslinks":
                assert all(p in paths for p, _ in b[1]), b


def main() -> None:
    for child in HERE.iterdir():  # everything but the generator and its data is output
        if child.name in ("make.py", "articles.py", "__pycache__"):
            continue
        shutil.rmtree(child) if child.is_dir() else child.unlink()

    arts = by_date(ARTICLES)
    assert len({a["id"] for a in arts}) == len(arts)
    check_links(arts)
    for a in arts:
        for n in range(1, len(a["pages"]) + 1):
            write(page_path(a, n) + "index.html", render_article(a, n))
        item = expected_item(a)
        write_json(article_path(a) + "expected.json", item)
        write_json(
            article_path(a) + "meta.json",
            {
                "path": article_path(a),
                "layout": "t3n 2019-2026 (real page of 2023-11-06, tests/real/), structured bodies",
                "notes": a["notes"],
            },
        )

    # /news/: every article, newest first, PER_PAGE a page, older pages reached by rel=next
    chunks = [arts[i : i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)]
    paths = ["/news/"] + [f"/news/page/{k}/" for k in range(2, len(chunks) + 1)]
    for n, (chunk, p) in enumerate(zip(chunks, paths, strict=True), 1):
        rel = {}
        if n > 1:
            rel["prev"] = paths[n - 2]
        if n < len(paths):
            rel["next"] = paths[n]
        title = "News | t3n – digital pioneers" + (f" | Seite {n}" if n > 1 else "")
        write(p + "index.html", render_listing(p, title, "News", listing_content(chunk, paths, n), rel))

    magazine = [a for a in arts if a["portal"] == "magazin"]
    newest = [a for a in arts if a["portal"] == "news"][:6]
    home = (
        '                    <div class="c-stage tg-topthema u-gap-bottom">\n'
        '                    <div class="c-stage__headline h3">Magazin</div>\n'
        + listing_content(magazine)
        + "\n                    </div>\n"
        '                    <div class="c-stage__headline h3">Neueste Artikel</div>\n'
        + listing_content(newest)
        + '\n                    <p><a class="c-button" href="/news/">Alle News</a></p>'
    )
    write(
        "index.html",
        render_listing(
            "/", "t3n – digital pioneers | Das Magazin für digitales Business", "t3n – digital pioneers", home
        ),
    )
    write(
        "magazin/index.html",
        render_listing("/magazin/", "Magazin | t3n – digital pioneers", "Magazin", listing_content(magazine)),
    )
    for slug, name in NAV_TAGS.items():
        tagged = [a for a in arts if a["ressort_slug"] == slug]
        write(
            f"tag/{slug}/index.html",
            render_listing(
                f"/tag/{slug}/",
                f"{name} | t3n – digital pioneers",
                name,
                listing_content(tagged, empty="Zu diesem Thema gibt es noch keine Artikel."),
            ),
        )

    write("rss.xml", rss_xml(arts[:8]))
    write("sitemap_news.xml", news_sitemap(arts[:6]))
    write("robots.txt", ROBOTS)
    write_json("_redirects.json", {})
    write_json(
        "expected_crawl.json",
        {
            "base_placeholder": "{base}",
            "max_pages": len(paths),
            "articles": [{"id": a["id"], "url": "{base}" + article_path(a)} for a in arts],
            "dropped": [],
            "robots_disallowed": ["/suche", "/account/", "/plus/"],
        },
    )


if __name__ == "__main__":
    main()
