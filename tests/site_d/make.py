#!/usr/bin/env python3
"""Writes the replica ``tests/site_d``: t3n.de in the markup it really served from ~2019 to 2026.

Every article page is the one real served page (``tests/real/t3n-2023-11-06-apple-eigener-iphone-akku-1587177.html``, bytes unchanged, of
``/work/shared/site/real/t3n-2023-11-06-apple-eigener-iphone-akku-1587177.html``, from the
trafilatura test set) with only the article's own parts swapped: title (breadcrumb h1,
h2.u-text-extralarge, <title>, og, twitter, JSON-LD), kicker, lead, byline, time, reading time,
lead figure, body, JSON-LD, dataLayer, meta tags, canonical, identifiers and ressort. Head,
header, navigation, ad slots, sidebar, newsletter box, Outbrain, comments, scripts and footer
stay as the real page has them, so a parser meets all of the real boilerplate on every page.

Beside each article page 1 the expected item (``expected.json``) and ``meta.json`` are written
from the same article data, following README "The fields" (never from the parser).

Stdlib only and deterministic: ``python tests/site_d/make.py`` rewrites the whole site; review
the diff.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
import urllib.parse
from datetime import date, datetime, timedelta
from html.entities import codepoint2name
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


# ---------------------------------------------------------------------------------------------
# small helpers


def berlin_offset(local: str) -> str:
    """UTC offset of a Berlin wall-clock time "YYYY-MM-DD HH:MM:SS" as "+0100"/"+0200" (EU rule:
    summer time from the last Sunday of March to the last Sunday of October)."""
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
    dt = datetime.strptime(local, "%Y-%m-%d %H:%M:%S")
    return dt.strftime("%d.%m.%Y, %H:%M Uhr")


def entities(text: str) -> str:
    """The lead as the site writes it: non-ASCII characters as named HTML entities (PHP's
    htmlentities), e.g. S&uuml;dkorea."""
    out = []
    for ch in text:
        name = codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def text_of(fragment: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", fragment))).strip()


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
VGWORT_ID = "d6130d835bec4bd1b9f69ebbdc10401f"
assert ENTRY_TAIL.count(VGWORT_ID) == 1
CLCONFIG_LINE = re.search(r"    window\.t3nCLConfig\.news = \{.*\}\n", TEMPLATE).group(0)
NEWSPI_LINE = re.search(r'                    variables: \{ payload: "\{\\"identifier.*\n', TEMPLATE).group(0)
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


def image_base(file: str) -> str:
    return f"https://images.t3n.de/news/wp-content/uploads/{file}"


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


def credit_caption(caption: str, label: str | None, credit: str | None) -> str:
    return f"{caption} ({label}: {credit})" if credit else caption


def embed_html(art_id: str, n: int, service: str, url: str) -> str:
    embed_id = f"embed-{art_id}-{n}"
    iframe = (
        f'<iframe width="620" height="349" src="{url}" frameborder="0" '
        'allow="autoplay; encrypted-media" allowfullscreen></iframe>'
    )
    blob = base64.b64encode(iframe.encode("utf-8")).decode("ascii")
    return (
        f'<div class="c-embed u-gap-bottom" id="{embed_id}" data-consent-service-id="{service}">\n'
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
        '    <div class="embed-content-wrapper"></div>\n'
        "</div>\n"
        f'<script>window.embeds = window.embeds || []; window.embeds.push({{"embedId":"{embed_id}",'
        f'"embed":"{blob}","script":null,"isScriptUrl":false}});</script>'
    )


def inline_figure_html(wp_id: int, file: str, caption: str, label: str | None, credit: str | None) -> str:
    full = credit_caption(caption, label, credit)
    return (
        f'<figure id="attachment_{wp_id}" aria-describedby="caption-attachment-{wp_id}" '
        f'style="width: 620px" class="wp-caption aligncenter"><img class="lazy size-full wp-image-{wp_id}" '
        f'data-src="{image_base(file)}?class=content" alt="" width="620" height="349">'
        f'<figcaption id="caption-attachment-{wp_id}" class="wp-caption-text">{full}</figcaption></figure>'
    )


def also_html(path: str, title: str, strong: bool) -> str:
    label = "<strong>Ebenfalls interessant:</strong>" if strong else "Ebenfalls interessant:"
    return f'<p>{label} <a href="{BASE}{path}">{title}</a></p>'


# ---------------------------------------------------------------------------------------------
# one article -> pages, JSON-LD, expected item


def article_path(a: dict) -> str:
    return f"/{a['portal']}/{a['slug']}-{a['id']}/"


def page_path(a: dict, n: int) -> str:
    return article_path(a) + (f"{n}/" if n > 1 else "")


def body_html(a: dict, blocks: list, page_no: int) -> str:
    out, paragraphs, ad_no = [], 0, 2
    for i, b in enumerate(blocks):
        kind = b[0]
        if kind == "p":
            line = f"<p>{b[1]}</p>"
            paragraphs += 1
            if paragraphs in (1, 4) and not a.get("advertorial"):
                line += AD_INBODY_TPL.replace("Incontent-2", f"Incontent-{ad_no}")
                ad_no += 1
            out.append(line)
        elif kind == "h":
            out.append(headline_html(b[1]))
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>\n" + "\n".join(f"<li>{li}</li>" for li in b[1]) + f"\n</{kind}>")
        elif kind == "quote":
            out.append(f"<blockquote><p>{b[1]}</p></blockquote>")
        elif kind == "also":
            out.append(also_html(b[1], b[2], b[3]))
        elif kind == "img":
            out.append(inline_figure_html(*b[1:]))
        elif kind == "embed":
            out.append(embed_html(a["id"], page_no * 10 + i, b[1], b[2]))
        elif kind == "shortcode":
            pass  # only in JSON-LD articleBody: the site turns it into an ad slot or nothing
        else:
            raise ValueError(kind)
    return "\n".join(out)


def body_parts(blocks: list) -> tuple[list[str], list[dict]]:
    """What the item holds: body parts in page order, and the related links."""
    parts, related = [], []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "h", "quote"):
            parts.append(text_of(b[1]))
        elif kind in ("ul", "ol"):
            parts.extend(text_of(li) for li in b[1])
        elif kind == "also":
            link = {"url": "{base}" + b[1], "title": b[2]}
            if link not in related:
                related.append(link)
    return parts, related


def article_body_text(a: dict) -> str:
    """JSON-LD articleBody the way WordPress fills it: lead, then the whole post (all pages, and
    for Pro articles the part behind the paywall too) as plain text with shortcodes."""
    blocks = [b for page in a["pages"] for b in page] + a.get("hidden", [])
    chunks = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "quote"):
            chunks.append(("p", text_of(b[1])))
        elif kind == "h":
            chunks.append(("h", b[1]))
        elif kind in ("ul", "ol"):
            chunks.append(("p", "\r\n".join(text_of(li) for li in b[1])))
        elif kind == "also":
            chunks.append(("p", f"Ebenfalls interessant: {b[2]}"))
        elif kind == "img":
            wp_id, _file, caption, label, credit = b[1:]
            chunks.append(
                (
                    "p",
                    f'[caption id="attachment_{wp_id}" align="aligncenter" width="620"] '
                    f"{credit_caption(caption, label, credit)}[/caption]",
                )
            )
        elif kind == "embed":
            chunks.append(("p", f"[embed]{b[2]}[/embed]"))
        elif kind == "shortcode":
            chunks.append(("p", b[1]))
    text, prev = "", None
    for kind, chunk in chunks:
        if prev is not None:
            text += "\r\n" if "h" in (kind, prev) else "\r\n\r\n"
        text += chunk
        prev = kind
    return a["lead"] + "\r\n\r\n\r\n\r\n" + text


def author_names(a: dict) -> str:
    return ", ".join(name for name, _slug, _job in a["authors"])


def json_ld(a: dict) -> str:
    persons = []
    for name, slug, job in a["authors"]:
        if a.get("advertorial"):
            persons.append({"@type": "Organization", "name": name})
        else:
            persons.append(
                {"@type": "Person", "@id": f"https://t3n.de/redaktion/{slug}#person", "name": name, "jobTitle": job}
            )
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
        url = image_base(a["image"][0])
        ld["image"] = [
            {"@type": "ImageObject", "url": f"{url}?class=structuredData-{size}", "width": 1200}
            for size in ("large", "medium", "small")
        ]
    ld["publisher"] = PUBLISHER
    ld["articleBody"] = body
    ld["isAccessibleForFree"] = not a.get("pro")
    if a.get("pro"):
        ld["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".c-paywall__wrapper"}
    ld["wordCount"] = len(re.findall(r"\w+", body))
    ld["copyrightYear"] = a["published"][:4]
    ld["copyrightHolder"] = {"@type": "Organization", "@id": "https://t3n.de#organization"}
    ld["timeRequired"] = f"PT{a['reading']}M"
    ld["articleSection"] = a["ressort"]
    return '<script type="application/ld+json">\n' + json.dumps(ld, ensure_ascii=False, indent=4)


def article_type(a: dict) -> str:
    if a.get("advertorial"):
        return "Sponsored Post"
    return "Magazin" if a["portal"] == "magazin" else "News"


def data_layer(a: dict) -> str:
    ident = f"{a['portal']}-article-{a['id']}"
    pub = datetime.strptime(a["published"], "%Y-%m-%d %H:%M:%S")
    if a["published"] >= "2025":
        # the keys a public parser of 2025 reads (article.headline, article.author,
        # article.publication_date in ISO 8601): flat dotted keys, like GA4 data layers
        rows = [
            ("layout.type", "'desktop'"),
            ("user.logged_in", "false"),
            ("user.pro_member", "false"),
            ("article.id", f"'{ident}'"),
            ("article.headline", f"'{js_str(a['title'])}'"),
            ("article.ressort", f"'{js_str(a['ressort'])}'"),
            ("article.type", f"'{article_type(a)}'"),
            ("article.author", f"'{js_str(author_names(a))}'"),
            ("article.publication_date", f"'{iso_time(a['published'])}'"),
            ("article.modification_date", f"'{iso_time(a['modified'])}'"),
            ("article.content_tier", "'locked'" if a.get("pro") else "'free'"),
            ("article.reading_time", str(a["reading"])),
            ("article.page", str(1)),
        ]
        inner = "".join(f"                '{k}': {v},\n" for k, v in rows)
        return "            dataLayer.push({\n" + inner + "            });\n\n"
    rows = [
        ("t3nLayoutType", "desktop"),
        ("t3nLoggedIn", "0"),
        ("t3nOnlyProMember", "1" if a.get("pro") else ""),
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
    links = []
    for name, slug, _job in a["authors"]:
        href = f"/brandhub/{slug}/" if a.get("advertorial") else f"/redaktion/{slug}"
        links.append(f'<a class="u-link-simple" href="{href}" title="{name}"><strong>{name}</strong></a>')
    return "Von " + " und ".join(links)


def figure_html(a: dict) -> str:
    file, caption, label, credit = a["image"]
    url = image_base(file)
    full = credit_caption(caption, label, credit)
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
    return out


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


PAYWALL = """
<div class="c-paywall__wrapper tg-paywall">
    <div class="c-paywall u-background-lighter u-gap-inner">
        <div class="c-paywall__headline h3">Du willst weiterlesen?</div>
        <p class="c-paywall__teaser">Dieser Artikel ist exklusiv für Mitglieder von t3n Pro. Teste t3n Pro jetzt einen Monat lang kostenlos und lies alle Pro-Artikel, Guides und Analysen.</p>
        <ul class="c-paywall__benefits">
            <li>Alle Pro-Artikel auf t3n.de</li>
            <li>Das t3n Magazin als E-Paper</li>
            <li>Exklusive Guides und Onlinekurse</li>
        </ul>
        <a class="c-button tg-paywall-button" href="/pro/?utm_source=t3n&amp;utm_medium=paywall">Jetzt t3n Pro testen</a>
        <p class="u-text-small">Du bist schon Pro-Mitglied? <a class="u-link -underline" href="/account/login?redirect=__URL__">Hier anmelden</a></p>
    </div>
</div>"""


def entry_html(a: dict, n: int) -> str:
    blocks = a["pages"][n - 1]
    fig = figure_html(a) if a.get("image") and n == 1 else ""
    mid = ENTRY_MID
    if a.get("advertorial"):
        old = '<p class="u-text-small">\n                                                            </p>'
        assert mid.count(old) == 1
        mid = mid.replace(
            old,
            '<p class="u-text-small">\n                                                            '
            f"Sponsored Post: Dieser Beitrag ist eine Anzeige von {a['advertorial']}. Für den Inhalt ist "
            "der Auftraggeber verantwortlich.\n                                                            </p>",
        )
    body = body_html(a, blocks, n)
    if a.get("pro"):
        body += PAYWALL.replace("__URL__", "https://t3n.de" + page_path(a, n))
    body += pagination_html(a, n)
    # the VG Wort counting pixel is per article on the real site
    tail = ENTRY_TAIL.replace(VGWORT_ID, hashlib.md5(f"vgwort-{a['id']}".encode()).hexdigest())
    return ENTRY_PRE + fig + mid + "\n" + body + tail


def render_article(a: dict, n: int) -> str:
    total = len(a["pages"])
    p1, path = article_path(a), page_path(a, n)
    url = "https://t3n.de" + path  # made {{BASE}} by site_urls()
    ident = f"{a['portal']}-article-{a['id']}"
    title, lead, ressort, rslug = a["title"], a["lead"], a["ressort"], a["ressort_slug"]
    assert not set('"<>&') & set(title + lead), a["id"]
    desc = first_sentence(lead)
    pub = datetime.strptime(a["published"], "%Y-%m-%d %H:%M:%S")
    serve_year = max(pub.year, 2023)
    adv, pro = a.get("advertorial"), a.get("pro")
    t = Template(TEMPLATE)
    # the regions written whole go in last, as placeholders, so no substitution can touch them
    t.cut(
        '<script type="application/ld+json">\n{\n    "@context": "https://schema.org",\n    "@type": "NewsArticle"',
        "\n</script>\n<!-- Markup (JSON-LD) structured in schema.org END -->",
        "\x00JSONLD\x00",
    )
    t.cut("            dataLayer.push({\n", "            (function(w,d,s,l,i)", "\x00DATALAYER\x00")
    t.cut('<div class="c-entry">', '<div class="c-suggestNews-container">', "\x00ENTRY\x00")

    # <head>
    t.sub(f"<title>{REAL_TITLE}</title>", f"<title>{title}{' | t3n' if a.get('title_suffix') else ''}</title>")
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
        '<meta property="article:opinion" content="false"/>',
        f'<meta property="article:opinion" content="{"true" if a.get("opinion") else "false"}"/>',
    )
    t.sub(
        '<meta property="article:content_tier" content="free"/>',
        f'<meta property="article:content_tier" content="{"locked" if pro else "free"}"/>',
    )
    t.sub(
        '<meta property="article:tag" content="Hardware & Gadgets"/>',
        f'<meta property="article:tag" content="{ressort}"/>',
    )
    preload = f'<link rel="preload" as="image" href="{REAL_IMG}?class=hero">'
    t.sub(
        preload,
        f'<link rel="preload" as="image" href="{image_base(a["image"][0])}?class=hero">' if a.get("image") else "",
    )
    t.sub(
        "adScripts.pageProps = {\n                pay: false,\n            };",
        f"adScripts.pageProps = {{\n                pay: {'true' if pro else 'false'},\n            }};",
    )
    t.sub("adScripts.pageProps.ressort = 'hardware-gadgets';", f"adScripts.pageProps.ressort = '{rslug}';")
    t.sub("adScripts.pageProps.proArticle = false;", f"adScripts.pageProps.proArticle = {'true' if pro else 'false'};")
    cl = {
        "articleID": ident,
        "articleType": article_type(a),
        "headline": title,
        "ressort": ressort,
        "slug": a["slug"],
        "poc": bool(adv),
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
    t.sub('"withProPaywall":false', f'"withProPaywall":{"true" if pro else "false"}')

    # <article>
    atype = "sponsored" if adv else ("magazine" if a["portal"] == "magazin" else "news")
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
    if pro:
        kicker += '                    <span class="c-badge -pro u-text-extrasmall">Pro</span>\n'
    t.sub(
        '                    <div class="h3">\n                                                    News\n                    </div>\n',
        kicker,
    )
    if a.get("layout_2019"):
        t.sub(
            '<h2 class="u-gap-top-medium u-gap-bottom-medium u-text-extralarge">',
            '<h2 class="u-gap-medium u-text-extralarge">',
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
    t.sub(
        "var Ads_BA_keyword = 'hardwaregadgets,ba_artikel';",
        f"var Ads_BA_keyword = '{nl_id},{'ba_sponsored' if adv else 'ba_artikel'}';",
    )
    pi = {
        "identifier": a["id"],
        "slug": a["slug"],
        "ressort": ressort,
        "portal": a["portal"],
        "type": article_type(a),
        "poc": "true" if adv else "false",
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
    t.sub("2005 - 2023", f"2005 - {serve_year}")
    t.sub(f"news-article-{REAL_ID}", ident)  # SuggestNews identifier
    t.sub(REAL_ID, a["id"], 4)  # shortlink, comment form, comment subscription (srp), newsIdentifier
    leftovers = [s for s in ("Apple arbeitet", "apple-eigener", "Floemer", "iphone-14-ifixit", REAL_ID) if s in t.text]
    assert not leftovers, (a["id"], leftovers)

    out = t.text.replace("\x00JSONLD\x00", json_ld(a)).replace("\x00DATALAYER\x00", data_layer(a))
    out = out.replace("\x00ENTRY\x00", entry_html(a, n))
    return site_urls(out)


# ---------------------------------------------------------------------------------------------
# the structured fields (docs/article-structure.md): blocks, images, links, from the article data

TRACKING = re.compile(r"^(utm_.*|wt_.*|fbclid|gclid|mc_.*|ref|referrer|at_.*|cmpid|itm_.*)$")
LEAD_IMG_SIZE = (620, 350)  # the real page's lead <img width height>, kept by figure_html()
INLINE_IMG_SIZE = (620, 349)  # inline_figure_html()


def clean_text(text: str) -> str:
    """Text as the contract normalises it: entities decoded, soft hyphens and zero-width
    characters removed, white space collapsed, trimmed."""
    text = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", html.unescape(text))
    return re.sub(r"\s+", " ", text).strip()


def link_url(href: str) -> str | None:
    """An href of the article data as the item names it: the site's own URLs on the replica
    ("{base}", as site_urls() serves them), tracking parameters and fragment removed; None for a
    link that is no link (same-page anchor, not http/https)."""
    href = html.unescape(href).strip()
    if href.startswith("#"):
        return None
    if href.startswith("/"):
        href = "https://t3n.de" + href
    parts = urllib.parse.urlsplit(href)
    if parts.scheme not in ("http", "https"):
        return None
    query = urllib.parse.urlencode(
        [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    )
    url = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
    if url.startswith("https://t3n.de/") and not url.startswith("https://t3n.de/news/wp-content/"):
        url = "{base}/" + url[len("https://t3n.de/") :]
    return url


def fragment_links(fragment: str) -> list[dict]:
    """Every <a href> of a text fragment that has text, in order: {"url", "text"}."""
    out = []
    for m in re.finditer(r"<a\s[^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>", fragment, re.S):
        url, text = link_url(m.group(1)), clean_text(re.sub(r"<[^>]+>", "", m.group(2)))
        if url and text:
            out.append({"url": url, "text": text})
    return out


def t3n_article_id(url: str) -> str | None:
    m = re.fullmatch(r"\{base\}/(?:news|magazin)/[a-z0-9-]+-(\d{5,8})/", url)
    return m.group(1) if m else None


def text_block(kind: str, fragment: str, **extra) -> dict:
    return {
        "type": kind,
        "text": clean_text(re.sub(r"<[^>]+>", "", fragment)),
        **extra,
        "links": fragment_links(fragment),
    }


def structured_fields(a: dict) -> dict:
    """blocks, images and links of the item, from the same article data the pages are made of."""
    blocks, images = [], []
    if a.get("image"):
        file, caption, _label, credit = a["image"]
        w, h = LEAD_IMG_SIZE
        images.append({"url": image_base(file), "caption": caption, "credit": credit, "width": w, "height": h})
    for page in a["pages"]:
        for b in page:
            kind = b[0]
            if kind == "p":
                blocks.append(text_block("paragraph", b[1]))
            elif kind == "h":
                blocks.append(text_block("heading", b[1], level=2))
            elif kind in ("ul", "ol"):
                blocks += [text_block("list_item", li, ordered=kind == "ol") for li in b[1]]
            elif kind == "quote":
                blocks.append(text_block("quote", b[1]))
            elif kind == "img":
                _wp_id, file, caption, _label, credit = b[1:]
                blocks.append({"type": "image", "url": image_base(file), "caption": caption, "credit": credit})
                w, h = INLINE_IMG_SIZE
                images.append({"url": image_base(file), "caption": caption, "credit": credit, "width": w, "height": h})
            # "also" (Ebenfalls interessant: related_links), "shortcode" (JSON-LD only) and "embed"
            # (its URL only inside a base64 script payload, the wrapper served empty) give no block
    links = [
        {"url": link["url"], "text": link["text"], "article_id": t3n_article_id(link["url"])}
        for b in blocks
        for link in b.get("links", ())
    ]
    return {"blocks": blocks, "images": images, "links": links}


def expected_item(a: dict) -> dict:
    parts, related = [], []
    for page in a["pages"]:
        p, r = body_parts(page)
        parts += p
        related += [link for link in r if link not in related]
    image = None
    if a.get("image"):
        file, caption, _label, credit = a["image"]
        image = {"url": f"{image_base(file)}?class=hero", "caption": caption, "credit": credit}
    item = {
        "id": a["id"],
        "url": "{base}" + article_path(a),
        "title": a["title"],
        "lead": a["lead"],
        "body": "\n\n".join(parts),
        "related_links": related,
        "authors": [name for name, _slug, _job in a["authors"]],
        "published": iso_time(a["published"]),
        "modified": iso_time(a["modified"]),
        "section": a["kicker"],
        "tags": [a["ressort"]],
        "image": image,
        "reading_time_min": a["reading"],
        "paywalled": bool(a.get("pro")),
        "page_count": len(a["pages"]),
        "language": "de",
    }
    item.update(structured_fields(a))
    texts = [b["text"] for b in item["blocks"] if b["type"] in ("paragraph", "heading", "list_item", "quote")]
    assert "\n\n".join(texts) == item["body"], a["id"]
    return item


# ---------------------------------------------------------------------------------------------
# the articles (invented content; names of people are invented, companies real or .example)

JB = ("Jonas Brandt", "jonas-brandt", "Redakteur Software & Entwicklung")
LH = ("Lea Hartmann", "lea-hartmann", "Redakteurin Digitale Wirtschaft")
MS = ("Mira Schönfeld", "mira-schoenfeld", "Redakteurin Arbeitswelt")
TK = ("Tobias Kern", "tobias-kern", "Redakteur Gadgets & Mobilität")
NO = ("Nele Okafor", "nele-okafor", "Freie Autorin")
SW = ("Stefan Wirth", "stefan-wirth", "Chef vom Dienst")
DA = ("Deniz Aydın", "deniz-aydin", "Volontär")

ARTICLES = [
    dict(
        id="1678901",
        portal="news",
        slug="eu-akku-pflicht-smartphones-2026",
        title_suffix=True,
        title="Akkutausch per Gesetz: Was die EU-Pflicht für dein nächstes Smartphone bedeutet",
        kicker="News",
        ressort="Hardware & Gadgets",
        ressort_slug="hardware-gadgets",
        authors=[TK],
        published="2026-02-18 08:45:10",
        modified="2026-02-18 08:41:37",
        reading=3,
        lead="Ab Februar 2027 müssen Akkus in Smartphones von Nutzerinnen und Nutzern selbst gewechselt "
        "werden können. Hersteller stellen ihre Geräte bereits um – mit sichtbaren Folgen fürs Design.",
        image=(
            "2026/02/smartphone-akku-tausch.jpg",
            "Ab 2027 müssen Smartphone-Akkus ohne Spezialwerkzeug tauschbar sein.",
            "Foto",
            "Sherl / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Die EU-Batterieverordnung ist schon seit 2023 in Kraft, doch erst jetzt wird sie für "
                    "Smartphone-Käufer konkret. Ab dem 18. Februar 2027 müssen Gerätebatterien "
                    '<a href="https://eur-lex.europa.eu/eli/reg/2023/1542/oj">laut Verordnung</a> „leicht '
                    "entfernbar und austauschbar“ sein.",
                ),
                (
                    "p",
                    "Mehrere Hersteller haben bereits angekündigt, ihre Modelle für 2027 entsprechend "
                    "anzupassen. Erste Prototypen zeigen Rückseiten mit Schrauben statt Klebstoff.",
                ),
                (
                    "also",
                    "/news/e-auto-foerderung-2025-neue-praemie-1667890/",
                    "Neue E-Auto-Prämie: Bis zu 4.000 Euro für Käufer mit kleinem Einkommen",
                    True,
                ),
                ("h", "Was „austauschbar“ genau heißt"),
                (
                    "p",
                    "Ein Austausch gilt als möglich, wenn er mit handelsüblichem Werkzeug gelingt. "
                    "Spezialwerkzeug ist nur erlaubt, wenn der Hersteller es kostenlos mitliefert.",
                ),
                (
                    "p",
                    "Ausnahmen gibt es für Geräte, die besonders wasserdicht sind und mindestens 500 "
                    "Ladezyklen mit 83 Prozent Restkapazität überstehen.",
                ),
                (
                    "also",
                    "/news/github-copilot-workspace-ausprobiert-1656789/",
                    "GitHub Copilot Workspace ausprobiert: Vom Issue zum Pull-Request in zehn Minuten",
                    False,
                ),
            ]
        ],
        notes="2026 page: <title> carries the site suffix ' | t3n' (og:title, twitter:title, JSON-LD "
        "headline, h1 and h2 do not). 2025 dataLayer keys (article.headline, article.author, "
        "article.publication_date ISO 8601). dateModified (08:41:37) earlier than datePublished "
        "(08:45:10), exported as stated. Two 'Ebenfalls interessant' paragraphs (one with "
        "<strong>label</strong>, one plain) are related links, not body; the inline link inside the "
        "first paragraph is body text. Subheading contains „quotes“. Two in-body ad slots.",
    ),
    dict(
        id="1667890",
        portal="news",
        slug="e-auto-foerderung-2025-neue-praemie",
        title="Neue E-Auto-Prämie: Bis zu 4.000 Euro für Käufer mit kleinem Einkommen",
        kicker="News",
        ressort="Mobilität",
        ressort_slug="mobilitaet",
        authors=[TK],
        published="2025-06-03 14:05:47",
        modified="2025-06-04 08:15:00",
        reading=3,
        lead="Die Bundesregierung hat sich auf eine neue Förderung für Elektroautos geeinigt. Anders als "
        "der alte Umweltbonus richtet sie sich vor allem an Haushalte mit niedrigem und mittlerem "
        "Einkommen.",
        image=(
            "2025/06/e-auto-ladesaeule.jpg",
            "Die neue Prämie soll den Absatz von E-Autos wieder ankurbeln.",
            None,
            None,
        ),
        pages=[
            [
                (
                    "p",
                    "Eineinhalb Jahre nach dem abrupten Aus für den Umweltbonus gibt es wieder Geld vom Staat "
                    "für den Kauf eines E-Autos. Das Bundeskabinett hat am Dienstag die Eckpunkte einer neuen "
                    "Förderung beschlossen.",
                ),
                (
                    "p",
                    "Je nach Einkommen sollen Käuferinnen und Käufer zwischen 1.500 und 4.000 Euro erhalten. "
                    "Die Prämie gilt für Neuwagen mit einem Listenpreis von höchstens 45.000 Euro.",
                ),
                ("shortcode", '[t3n_ad position="incontent-3"]'),
                ("h", "Wer von der neuen Prämie profitiert"),
                (
                    "ul",
                    [
                        "Haushalte mit einem zu versteuernden Einkommen bis 40.000 Euro erhalten den Höchstbetrag.",
                        "Bis 60.000 Euro sinkt die Förderung auf 2.500 Euro.",
                        "Darüber gibt es nur noch den Sockelbetrag von 1.500 Euro.",
                    ],
                ),
                (
                    "p",
                    "Anträge sollen ab dem 1. September beim Bundesamt für Wirtschaft und Ausfuhrkontrolle "
                    "gestellt werden können. Die Mittel sind zunächst auf drei Milliarden Euro begrenzt.",
                ),
                ("h", "Kritik von Verbänden"),
                (
                    "p",
                    "Der Verband der Automobilindustrie begrüßt die Förderung grundsätzlich, hält die "
                    "Preisgrenze aber für zu niedrig. Umweltverbände fordern dagegen, auch gebrauchte E-Autos "
                    "einzubeziehen.",
                ),
                (
                    "p",
                    "Ob die Prämie den Markt spürbar belebt, bleibt abzuwarten. Nach dem Ende des Umweltbonus "
                    'waren die Neuzulassungen von E-Autos <a href="https://www.kba.de/">laut '
                    "Kraftfahrt-Bundesamt</a> deutlich eingebrochen.",
                ),
            ]
        ],
        notes="2025 dataLayer keys. Lead image whose caption has no credit part: caption is the whole "
        "figcaption text, credit null. Unordered list (3 items, each a body part) between two "
        "subheadings. JSON-LD articleBody carries a [t3n_ad …] shortcode that the page does not show. "
        "Ressort with an umlaut (Mobilität, /tag/mobilitaet/).",
    ),
    dict(
        id="1656789",
        portal="news",
        slug="github-copilot-workspace-ausprobiert",
        title="GitHub Copilot Workspace ausprobiert: Vom Issue zum Pull-Request in zehn Minuten",
        kicker="News",
        ressort="Software & Entwicklung",
        ressort_slug="software-entwicklung",
        authors=[JB],
        published="2025-02-11 11:30:00",
        modified="2025-02-11 11:28:02",
        reading=5,
        lead="GitHub öffnet Copilot Workspace für alle zahlenden Nutzer. Wir haben getestet, wie gut die "
        "KI-Umgebung Issues in fertigen Code verwandelt – und wo sie noch scheitert.",
        image=(
            "2025/02/github-copilot-workspace.jpg",
            "Copilot Workspace plant Änderungen über mehrere Dateien hinweg.",
            "Screenshot",
            "GitHub",
        ),
        pages=[
            [
                (
                    "p",
                    "Mit Copilot Workspace will GitHub den gesamten Entwicklungsprozess mit KI unterstützen. "
                    "Statt einzelne Zeilen vorzuschlagen, erstellt das Werkzeug aus einer Issue-Beschreibung "
                    "einen Plan, schreibt den Code und öffnet auf Wunsch direkt einen Pull-Request.",
                ),
                (
                    "p",
                    "Seit dieser Woche steht die Umgebung allen Nutzerinnen und Nutzern von Copilot Pro, "
                    "Business und Enterprise zur Verfügung. Bisher war sie nur über eine Warteliste zugänglich.",
                ),
                ("embed", "YouTube", "https://www.youtube-nocookie.com/embed/Ae5x3yWkT8A"),
                ("h", "So schlägt sich Copilot Workspace im Test"),
                (
                    "p",
                    "Für unseren Test haben wir ein kleines Open-Source-Projekt genommen und drei Issues "
                    "unterschiedlicher Schwierigkeit an die KI übergeben.",
                ),
                (
                    "img",
                    1656795,
                    "2025/02/copilot-workspace-plan.png",
                    "Der Plan, den Copilot Workspace aus einem Issue erstellt.",
                    "Screenshot",
                    "t3n",
                ),
                (
                    "ul",
                    [
                        "Ein Tippfehler in der Dokumentation war in unter einer Minute behoben.",
                        "Eine neue Kommandozeilen-Option setzte die KI korrekt um, vergaß aber die Tests.",
                        "Bei einem Refactoring über zwölf Dateien brach der Build.",
                    ],
                ),
                ("h", "Fazit: Hilfreich, aber kein Ersatz"),
                (
                    "p",
                    "Copilot Workspace nimmt viel Routinearbeit ab. Wer komplexe Änderungen plant, sollte die "
                    "Vorschläge aber genau prüfen – ähnlich wie bei "
                    '<a href="https://t3n.de/news/kubernetes-kosten-senken-ratgeber-1623456/">anderen '
                    "Automatisierungen im Entwicklungsalltag</a>.",
                ),
                (
                    "also",
                    "/news/kolumne-ki-assistenten-meetings-1645678/",
                    "Lasst die KI ruhig mitschreiben – aber nicht mitentscheiden",
                    False,
                ),
            ]
        ],
        notes="Embed: div.c-embed[data-consent-service-id] holding a c-consent-overlay (consent text and "
        "button: not body) and an EMPTY div.embed-content-wrapper, plus a window.embeds script; "
        "articleBody has [embed]URL[/embed]. Inline image in the body (figure.wp-caption with "
        "figcaption.wp-caption-text): neither its caption nor its credit is body text (the contract's "
        "body is paragraphs, subheadings, list items and quotes; a caption is none of them), and it "
        "is not the lead image. 2025 dataLayer keys; dateModified earlier than datePublished. "
        "An inline link to another t3n article inside a sentence is body text; the 'Ebenfalls "
        "interessant' paragraph is a related link.",
    ),
    dict(
        id="1634567",
        portal="news",
        slug="cloud-sicherheit-mittelstand-cloudnova",
        title="Cloud-Sicherheit im Mittelstand: Warum souveräne Rechenzentren jetzt zählen",
        kicker="Anzeige",
        ressort="Software & Entwicklung",
        ressort_slug="software-entwicklung",
        authors=[("CloudNova", "cloudnova", "")],
        advertorial="CloudNova GmbH",
        published="2024-11-20 10:00:00",
        modified="2024-11-19 16:45:00",
        reading=4,
        lead="Viele mittelständische Unternehmen zögern beim Schritt in die Cloud. Ein deutscher Anbieter "
        "zeigt, wie Datensouveränität und Skalierbarkeit zusammengehen.",
        image=(
            "2024/11/cloudnova-rechenzentrum.jpg",
            "Das Rechenzentrum von CloudNova in Frankfurt.",
            "Foto",
            "CloudNova",
        ),
        pages=[
            [
                (
                    "p",
                    "Datenschutz, Ausfallsicherheit und Kostenkontrolle: Für mittelständische Unternehmen sind "
                    "das die wichtigsten Kriterien bei der Wahl eines Cloud-Anbieters. CloudNova betreibt dafür "
                    "zwei zertifizierte Rechenzentren in Frankfurt am Main.",
                ),
                (
                    "p",
                    "Kunden profitieren von einem persönlichen Ansprechpartner und transparenten Preisen. "
                    '<a class="tg-sp-link" href="https://www.cloudnova.example/mittelstand?utm_source=t3n&amp;'
                    'utm_medium=sponsored">Jetzt mehr über die Mittelstands-Cloud erfahren</a>.',
                ),
                ("h", "Souveränität made in Germany"),
                (
                    "p",
                    "Alle Daten bleiben in Deutschland und unterliegen ausschließlich europäischem Recht. Das "
                    "erleichtert die Einhaltung der DSGVO erheblich.",
                ),
                (
                    "p",
                    '<a class="c-button tg-sp-button" href="https://www.cloudnova.example/testen?utm_source=t3n'
                    '&amp;utm_medium=sponsored">30 Tage kostenlos testen</a>',
                ),
            ]
        ],
        notes="ADVERTORIAL (sponsored post): must NOT be exported (expected_crawl.json 'dropped'). Signals: "
        "kicker 'Anzeige', article.tg-articletype-sponsored, p.u-text-small 'Sponsored Post: Dieser "
        "Beitrag ist eine Anzeige von …', byline names the partner (link to /brandhub/…), JSON-LD "
        "author an Organization, dataLayer t3nArticleType 'Sponsored Post', t3nCLConfig poc true, "
        "Ads_BA_keyword ba_sponsored, links with tg-sp-link / tg-sp-button (the classes the real "
        "page's onSponsoredClick script tracks). No in-body ad slots. expected.json is the item as "
        "the page would parse, for reference only.",
    ),
    dict(
        id="1645678",
        portal="news",
        slug="kolumne-ki-assistenten-meetings",
        title="Lasst die KI ruhig mitschreiben – aber nicht mitentscheiden",
        kicker="Kolumne",
        ressort="Arbeitswelt",
        ressort_slug="arbeitswelt",
        authors=[MS],
        opinion=True,
        published="2024-08-27 07:00:00",
        modified="2024-08-28 13:20:45",
        reading=4,
        lead="KI-Assistenten protokollieren Meetings, fassen zusammen und verteilen Aufgaben. Das ist "
        "praktisch, findet unsere Kolumnistin. Gefährlich wird es, wenn wir ihnen auch das Denken "
        "überlassen.",
        image=(
            "2024/08/kolumne-meeting-ki.jpg",
            "KI-Assistenten schreiben inzwischen in vielen Meetings mit.",
            "Grafik",
            "t3n / Midjourney",
        ),
        pages=[
            [
                (
                    "p",
                    "Neulich saß ich in einem Meeting, in dem mehr KI-Assistenten als Menschen anwesend waren. "
                    "Drei Bots schrieben mit, zwei davon fassten am Ende sogar unterschiedlich zusammen, was "
                    "beschlossen wurde.",
                ),
                (
                    "p",
                    "Ich gebe zu: Ich liebe automatische Protokolle. Niemand muss mehr mitschreiben, niemand "
                    "vergisst eine Aufgabe. Aber ich beobachte auch, dass wir uns weniger selbst merken.",
                ),
                (
                    "quote",
                    "Wer nur noch Zusammenfassungen liest, verliert den Blick für das, was zwischen den "
                    "Zeilen gesagt wurde.",
                ),
                ("h", "Protokoll ist nicht gleich Entscheidung"),
                (
                    "p",
                    "Das Problem beginnt, wenn die Zusammenfassung zur Wahrheit wird. Eine Erhebung des "
                    '<a href="https://www.microsoft.com/en-us/worklab">Microsoft Worklab</a> zeigt, dass viele '
                    "Beschäftigte KI-Notizen kaum noch prüfen.",
                ),
                (
                    "p",
                    "Mein Vorschlag: Lasst die KI mitschreiben, aber lest das Protokoll am Ende gemeinsam. Fünf "
                    "Minuten, die sich lohnen.",
                ),
                (
                    "also",
                    "/news/kubernetes-kosten-senken-ratgeber-1623456/",
                    "Kubernetes-Kosten senken: 7 Stellschrauben, die wirklich etwas bringen",
                    True,
                ),
            ]
        ],
        notes="Opinion piece: kicker 'Kolumne' (section), article:opinion true, ressort Arbeitswelt (tag). "
        "Author name with an umlaut (Mira Schönfeld). A blockquote (one body part). 'Ebenfalls "
        "interessant' with <strong> label pointing to the Pro article (related link).",
    ),
    dict(
        id="1623456",
        portal="news",
        slug="kubernetes-kosten-senken-ratgeber",
        pro=True,
        title="Kubernetes-Kosten senken: 7 Stellschrauben, die wirklich etwas bringen",
        kicker="Ratgeber",
        ressort="Software & Entwicklung",
        ressort_slug="software-entwicklung",
        authors=[JB],
        published="2024-05-22 06:30:00",
        modified="2024-05-23 10:02:11",
        reading=9,
        lead="Die Cloud-Rechnung steigt und keiner weiß genau, warum? Mit diesen Maßnahmen bekommst du die "
        "Kosten deines Kubernetes-Clusters in den Griff, ohne die Verfügbarkeit zu gefährden.",
        image=(
            "2024/05/kubernetes-cluster-kosten.jpg",
            "Kubernetes-Cluster wachsen schnell – und mit ihnen die Cloud-Rechnung.",
            "Grafik",
            "t3n",
        ),
        pages=[
            [
                (
                    "p",
                    "Kubernetes hat sich als Standard für den Betrieb containerisierter Anwendungen durchgesetzt. "
                    "Doch mit jedem neuen Service wächst der Cluster – und die monatliche Rechnung des "
                    "Cloud-Anbieters gleich mit.",
                ),
                (
                    "p",
                    'Laut einer Umfrage der <a href="https://www.cncf.io/">Cloud Native Computing Foundation</a> '
                    "geben fast die Hälfte der befragten Unternehmen an, dass ihre Kubernetes-Kosten im "
                    "vergangenen Jahr gestiegen sind. Die gute Nachricht: Viele Ursachen lassen sich mit "
                    "überschaubarem Aufwand beheben.",
                ),
                (
                    "p",
                    "In diesem Ratgeber zeigen wir dir sieben Stellschrauben, mit denen Teams in der Praxis "
                    "zwischen 20 und 40 Prozent ihrer Ausgaben eingespart haben.",
                ),
            ]
        ],
        hidden=[
            ("h", "1. Requests und Limits realistisch setzen"),
            (
                "p",
                "Die meisten Cluster sind überprovisioniert. Entwicklerinnen und Entwickler setzen "
                "Ressourcen-Requests lieber zu hoch als zu niedrig, damit ihre Pods nicht unter Last ausfallen.",
            ),
            ("h", "2. Autoscaling richtig konfigurieren"),
            (
                "p",
                "Der Horizontal Pod Autoscaler und der Cluster Autoscaler sollten aufeinander abgestimmt "
                "sein. Sonst entstehen Knoten, die kaum ausgelastet sind.",
            ),
            (
                "p",
                "Mit Spot-Instanzen lassen sich für zustandslose Workloads zusätzlich bis zu 70 Prozent der "
                "Rechenkosten sparen.",
            ),
        ],
        notes="t3n Pro article: three public paragraphs, then div.c-paywall__wrapper (headline, pitch, "
        "benefit list, button, login link: none of it body). JSON-LD isAccessibleForFree false with "
        "hasPart cssSelector .c-paywall__wrapper, articleBody holds the whole article (two more "
        "subheadings and paragraphs the page does not show: not in the expected body). "
        "article:content_tier 'locked', adScripts pay/proArticle true, withProPaywall true, a 'Pro' "
        "badge span next to the kicker (section stays 'Ratgeber'). Reading time as stated (9, for "
        "the whole article). Lead's first sentence ends with '?': meta/og description is that "
        "question only.",
    ),
    dict(
        id="1612345",
        portal="news",
        slug="x-bezahlfunktion-musk-2024",
        title="X plant Bezahlfunktion: Musk will Zahlungen noch 2024 starten",
        kicker="News",
        ressort="Digitale Wirtschaft",
        ressort_slug="digitale-wirtschaft",
        authors=[LH, DA],
        published="2024-01-15 17:42:08",
        modified="2024-01-15 17:39:51",
        reading=3,
        lead="Die Plattform X soll noch in diesem Jahr zum Zahlungsdienst werden. Elon Musk kündigte an, "
        "Überweisungen zwischen Nutzern in den USA freizuschalten – erste Lizenzen liegen bereits vor.",
        image=(
            "2024/01/elon-musk-gage-skidmore.jpg",
            "Elon Musk will X zur „Everything App“ ausbauen.",
            "Foto",
            "Gage Skidmore / Flickr (CC BY-SA 2.0)",
        ),
        pages=[
            [
                (
                    "p",
                    "Elon Musk treibt den Umbau von X zur sogenannten Everything App voran. Bei einer internen "
                    "Veranstaltung sagte der Tech-Milliardär, dass Nutzerinnen und Nutzer noch 2024 Geld über "
                    "die Plattform verschicken können sollen. Das berichtet unter anderem "
                    '<a href="https://www.theverge.com/">The Verge</a>.',
                ),
                (
                    "p",
                    "Nach Unternehmensangaben hat X inzwischen in mehr als 20 US-Bundesstaaten eine Lizenz als "
                    "Geldtransferdienstleister erhalten. Für den Start in weiteren Staaten laufen die Anträge noch.",
                ),
                (
                    "also",
                    "/news/t3n-bei-mastodon-1527344/",
                    "t3n ist jetzt auch auf Mastodon: So findet ihr uns im Fediverse",
                    False,
                ),
                ("h", "Werbekunden bleiben zurückhaltend"),
                (
                    "p",
                    "Viele große Marken haben ihre Kampagnen auf der Plattform pausiert, zugleich wandern Teile "
                    'der Community <a href="https://t3n.de/news/t3n-bei-mastodon-1527344/">zu Alternativen wie '
                    "Mastodon</a> ab.",
                ),
                (
                    "p",
                    "Zahlungsfunktionen sollen X unabhängiger vom Anzeigengeschäft machen. Ob Nutzerinnen und "
                    "Nutzer der Plattform ihr Geld anvertrauen, ist allerdings offen.",
                ),
            ]
        ],
        notes="Two authors: byline 'Von <a><strong>Lea Hartmann</strong></a> und <a><strong>Deniz "
        "Aydın</strong></a>', JSON-LD author a list of two Persons, dataLayer t3nAuthor 'Lea "
        "Hartmann, Deniz Aydın' (dotless ı, no HTML entity). Lead-image credit with nested "
        "parentheses '(Foto: Gage Skidmore / Flickr (CC BY-SA 2.0))'. dateModified before "
        "datePublished. Ressort 'Digitale Wirtschaft' (not in the 2023 navigation). The same "
        "article is linked once inline (body text) and once as 'Ebenfalls interessant' (related).",
    ),
    dict(
        id="1599001",
        portal="news",
        slug="db-navigator-stoerung-bundesweit",
        title="DB Navigator gestört: Bahn-App fällt bundesweit aus",
        kicker="News",
        ressort="Mobilität",
        ressort_slug="mobilitaet",
        authors=[TK],
        published="2023-12-05 07:45:00",
        modified="2023-12-05 09:10:00",
        reading=2,
        lead="Die App DB Navigator war am Dienstagmorgen für mehrere Stunden nicht erreichbar. Pendler "
        "konnten weder Tickets kaufen noch Verbindungen abrufen.",
        image=(
            "2023/12/db-navigator-app.jpg",
            "Der DB Navigator zeigte am Morgen nur eine Fehlermeldung.",
            "Screenshot",
            "t3n",
        ),
        pages=[
            [
                (
                    "p",
                    "Wer am Dienstagmorgen mit der Bahn zur Arbeit fahren wollte, hatte es schwer: Die App DB "
                    "Navigator meldete zwischen sechs und neun Uhr bei vielen Nutzern einen Serverfehler.",
                ),
                (
                    "p",
                    "Die Deutsche Bahn bestätigte die Störung und verwies auf die Website bahn.de, die "
                    "allerdings zeitweise ebenfalls nur langsam reagierte.",
                ),
            ]
        ],
        robots=True,
        notes="Disallowed in robots.txt (linked from /news/page/2/ and rss.xml): a crawler must never "
        "request it. expected.json is what the page would give, for reference only.",
    ),
    dict(
        id="1598765",
        portal="magazin",
        slug="quantencomputing-startup-gruenderin-portraet",
        title="Die Quantenpionierin: Wie Sara Lindqvist ein Deep-Tech-Startup aus dem Labor holt",
        kicker="Porträt",
        ressort="Startups & Economy",
        ressort_slug="startups-economy",
        authors=[NO],
        published="2023-09-16 09:00:00",
        modified="2023-09-18 12:30:05",
        reading=13,
        lead="Sara Lindqvist hat Quantenphysik studiert, eine Professur ausgeschlagen und in München ein "
        "Startup gegründet. Ein Besuch bei einer Gründerin, die Investoren Geduld abverlangt.",
        image=(
            "2023/09/quantencomputing-labor-muenchen.jpg",
            "Im Münchner Labor von Qubitra entstehen die ersten Prototypen.",
            "Foto",
            "Qubitra",
        ),
        pages=[
            [
                (
                    "p",
                    "Der Raum im Münchner Osten ist kühl, es summt leise. In der Mitte steht ein goldglänzender "
                    "Zylinder, so groß wie ein Kühlschrank. „Das ist unser Baby“, sagt Sara Lindqvist und lacht. "
                    "Der Kryostat kühlt die Chips ihres Startups Qubitra auf wenige Millikelvin herunter.",
                ),
                (
                    "p",
                    "Lindqvist, 36, ist in Göteborg aufgewachsen und kam für ihre Promotion nach München. Dass "
                    "sie einmal ein Unternehmen führen würde, hätte sie damals nicht gedacht.",
                ),
                ("h", "Vom Hörsaal in die Gründung"),
                (
                    "p",
                    "Nach der Promotion lag ein Angebot für eine Juniorprofessur auf dem Tisch. Lindqvist lehnte "
                    "ab. Sie wollte sehen, ob ihre Forschung zu supraleitenden Qubits auch außerhalb des Labors "
                    "funktioniert.",
                ),
                (
                    "quote",
                    "„In der Wissenschaft veröffentlichst du ein Paper und ziehst weiter. Ich wollte erleben, "
                    "wie aus einer Idee ein Produkt wird.“",
                ),
                (
                    "p",
                    "Gemeinsam mit zwei Kollegen gründete sie 2021 Qubitra. Das erste Geld kam aus einem "
                    "EXIST-Forschungstransfer, später folgte eine Seed-Runde über 4,5 Millionen Euro.",
                ),
                (
                    "img",
                    1598770,
                    "2023/09/sara-lindqvist-qubitra.jpg",
                    "Sara Lindqvist im Reinraum der TU München.",
                    "Foto",
                    "Qubitra / Jan Berger",
                ),
                ("h", "Was Investoren wissen wollen"),
                (
                    "p",
                    "Deep-Tech-Startups brauchen einen langen Atem. Bis ein Quantencomputer kommerziell nutzbar "
                    "ist, können Jahre vergehen. Lindqvist hat gelernt, in Gesprächen mit Geldgebern drei "
                    "Fragen zu beantworten:",
                ),
                (
                    "ul",
                    [
                        "Welches konkrete Problem löst die Technologie zuerst?",
                        "Wann gibt es erste zahlende Kunden?",
                        "Warum kann das Team das besser als die großen Konzerne?",
                    ],
                ),
            ],
            [
                ("h", "Der Alltag einer Gründerin"),
                (
                    "p",
                    "Ihr Tag beginnt meist um sieben Uhr mit einem Blick auf die Messdaten der Nacht. Danach "
                    "folgen Calls mit Partnern aus der Chemie- und Logistikbranche, die Qubitra-Prototypen "
                    "testen wollen.",
                ),
                (
                    "p",
                    "Die Doppelrolle als Forscherin und Geschäftsführerin sei anstrengend, sagt Lindqvist. "
                    "Inzwischen hat sie einen erfahrenen Finanzchef eingestellt, um sich wieder stärker auf die "
                    "Technik konzentrieren zu können.",
                ),
                ("h", "Warum München?"),
                (
                    "p",
                    "Für den Standort sprechen aus ihrer Sicht die Nähe zu Universitäten und Forschungsinstituten "
                    "sowie ein wachsendes Netzwerk an Deep-Tech-Investoren. Auch der "
                    '<a href="https://www.stmwi.bayern.de/">Freistaat Bayern</a> fördert Quantentechnologie mit '
                    "mehreren hundert Millionen Euro.",
                ),
                (
                    "ol",
                    [
                        "Zugang zu Fachkräften aus Physik und Ingenieurwesen",
                        "Förderprogramme von Bund und Land",
                        "Kurze Wege zu Industriepartnern",
                    ],
                ),
                (
                    "p",
                    "Bis 2026 will Qubitra einen Rechner mit 100 Qubits an erste Kunden ausliefern. Ob das "
                    "gelingt, weiß auch Lindqvist nicht. „Aber wir werden es versuchen“, sagt sie.",
                ),
            ],
        ],
        notes="Magazine piece over two pages (/2/): article.tg-articletype-magazine, identifier "
        "magazin-article-…, breadcrumb Home › Magazin › ressort; page 1 has <link rel=next>, page 2 "
        "<link rel=prev>; both pages also carry an in-article pagination nav "
        "('Seite 1 2 Nächste Seite': not body). Canonical of page 2 is page 2 itself. Page 2 repeats "
        "kicker, headline, lead, byline and time (template header) but has no lead figure; the item "
        "lead is the lead once, the body runs over both pages in order, page_count 2. JSON-LD "
        "articleBody on both pages holds the whole text. Blockquote, unordered and ordered lists, "
        "several subheadings (one ends with '?'), an inline captioned image (not body, not lead "
        "image). Summer time (+02:00).",
    ),
    dict(
        id="1556677",
        portal="news",
        slug="steam-rekord-33-millionen-nutzer",
        title="Steam-Rekord: Über 33 Millionen Menschen gleichzeitig online",
        kicker="News",
        ressort="Gaming",
        ressort_slug="gaming",
        authors=[DA],
        published="2023-03-14 16:20:00",
        modified="2023-03-14 16:18:12",
        reading=2,
        lead="Valves Spieleplattform Steam hat einen neuen Nutzerrekord aufgestellt. Am Wochenende waren mehr "
        "als 33 Millionen Accounts gleichzeitig angemeldet.",
        image=("2023/03/steam-deck-valve.jpg", "Das Steam Deck hat eine treue Fangemeinde gefunden.", "Foto", "Valve"),
        pages=[
            [
                (
                    "p",
                    "Steam wächst weiter: Laut den öffentlich einsehbaren Statistiken von Valve waren am "
                    "Sonntagabend 33,2 Millionen Nutzerinnen und Nutzer gleichzeitig online. Der bisherige "
                    "Rekord aus dem Januar lag bei 32,4 Millionen.",
                ),
                (
                    "p",
                    "Rund zehn Millionen davon spielten zum Zeitpunkt des Rekords aktiv ein Spiel. Die übrigen "
                    "Accounts waren zwar angemeldet, aber im Leerlauf.",
                ),
                ("h", "Counter-Strike bleibt das beliebteste Spiel"),
                (
                    "p",
                    "An der Spitze der meistgespielten Titel steht weiterhin Counter-Strike: Global Offensive mit "
                    "mehr als 1,5 Millionen gleichzeitigen Spielern. Dahinter folgen Dota 2 und PUBG.",
                ),
                (
                    "p",
                    "Mit der wachsenden Nutzerzahl steigt auch die Verantwortung für die Kundendaten, wie "
                    '<a href="https://t3n.de/news/british-airways-datenleck-strafe-1187654/">der Fall British '
                    "Airways</a> zeigt.",
                ),
            ]
        ],
        notes="Plain 2023 news page, closest to the real one (t3n* dataLayer keys, dateModified two minutes "
        "before datePublished). The inline link in the last paragraph uses the OLD slug of article "
        "1187654 (_redirects.json answers 301 to the new slug); it is body text, not a related link.",
    ),
    dict(
        id="1527344",
        portal="news",
        slug="t3n-bei-mastodon",
        title="t3n ist jetzt auch auf Mastodon: So findet ihr uns im Fediverse",
        kicker="In eigener Sache",
        ressort="Marketing",
        ressort_slug="marketing",
        authors=[SW],
        published="2022-11-08 10:30:12",
        modified="2023-01-10 09:12:40",
        reading=2,
        lead="Immer mehr Nutzerinnen und Nutzer suchen nach Alternativen zu Twitter. Auch t3n ist ab sofort "
        "mit einem eigenen Account auf Mastodon vertreten – hier erfährst du, wie du uns folgen kannst.",
        image=None,
        pages=[
            [
                (
                    "p",
                    "Seit der Übernahme von Twitter durch Elon Musk verzeichnet das dezentrale Netzwerk Mastodon "
                    "einen regelrechten Ansturm. Allein in den vergangenen zwei Wochen haben sich nach Angaben "
                    "der Entwickler mehr als eine Million neue Accounts registriert.",
                ),
                (
                    "p",
                    "Wir haben uns deshalb entschieden, ebenfalls einen Account im Fediverse zu eröffnen. Du "
                    'findest uns unter <a href="https://mastodon.social/@t3n">@t3n@mastodon.social</a>.',
                ),
                ("h", "So folgst du t3n auf Mastodon"),
                (
                    "ol",
                    [
                        "Melde dich bei einer Mastodon-Instanz deiner Wahl an.",
                        "Suche nach @t3n@mastodon.social.",
                        "Klicke auf „Folgen“ – fertig.",
                    ],
                ),
                (
                    "p",
                    "Wie auf unseren anderen Kanälen teilen wir dort die wichtigsten News, Ratgeber und "
                    "Hintergründe aus der digitalen Wirtschaft. Über Feedback freuen wir uns natürlich auch dort.",
                ),
            ]
        ],
        notes="No lead image: c-entry starts with the empty p.u-text-small and the text; og:image and "
        "twitter:image still name a default site image (not a lead image: image null). This is the "
        "article the real page's header submenu links on every page ('Mastodon', "
        "/news/t3n-bei-mastodon-1527344/), so it is reachable from the home page's chrome too. "
        "Kicker 'In eigener Sache', ressort Marketing, ordered list.",
    ),
    dict(
        id="1187654",
        portal="news",
        slug="british-airways-dsgvo-strafe",
        old_slug="british-airways-datenleck-strafe",
        title="Rekordstrafe nach Datenleck: British Airways soll 204 Millionen Euro zahlen",
        kicker="News",
        ressort="E-Commerce",
        ressort_slug="e-commerce",
        authors=[LH],
        layout_2019=True,
        published="2019-07-08 15:33:21",
        modified="2019-07-09 09:05:00",
        reading=2,
        lead="Die britische Datenschutzbehörde will gegen British Airways das bislang höchste Bußgeld nach "
        "der DSGVO verhängen. Hintergrund ist ein Hackerangriff auf die Website der Airline im Jahr 2018.",
        image=(
            "2019/07/british-airways-flugzeug.jpg",
            "Ein Flugzeug von British Airways am Flughafen Heathrow.",
            "Foto",
            "Markus Mainka / Shutterstock.com",
        ),
        pages=[
            [
                (
                    "p",
                    "Die britische Datenschutzaufsicht ICO hat angekündigt, British Airways mit einer Strafe von "
                    "183 Millionen Pfund zu belegen, umgerechnet rund 204 Millionen Euro. Das entspricht etwa "
                    "1,5 Prozent des weltweiten Jahresumsatzes der Fluggesellschaft.",
                ),
                (
                    "p",
                    "Bei dem Angriff im Sommer 2018 hatten Kriminelle Besucher der Website auf eine gefälschte "
                    "Seite umgeleitet und dort Zahlungsdaten von rund 500.000 Kunden abgegriffen.",
                ),
                ("h", "Erste große Bewährungsprobe für die DSGVO"),
                (
                    "p",
                    "Die Datenschutz-Grundverordnung erlaubt Bußgelder von bis zu vier Prozent des weltweiten "
                    "Jahresumsatzes. Bisher hatten die Behörden diesen Rahmen kaum ausgeschöpft.",
                ),
                (
                    "p",
                    "British Airways kann gegen die Entscheidung noch Einspruch einlegen. Die Airline zeigte "
                    "sich in einer ersten Stellungnahme „überrascht und enttäuscht“.",
                ),
            ]
        ],
        notes="2019 variant of the layout: headline h2 with 'u-gap-medium' instead of 'u-gap-top-medium "
        "u-gap-bottom-medium'. Old slug /news/british-airways-datenleck-strafe-1187654/ answers 301 "
        "to this page (_redirects.json) and is linked from article 1556677; the item url is the "
        "canonical new slug. Ressort E-Commerce, summer time.",
    ),
    dict(
        id="994321",
        portal="news",
        slug="figma-sketch-adobe-xd-design-tools-vergleich",
        title="Figma, Sketch oder Adobe XD? 5 Design-Tools im Vergleich",
        kicker="Tools",
        ressort="UX & Design",
        ressort_slug="ux-and-design",
        authors=[MS],
        layout_2019=True,
        published="2019-01-14 12:00:00",
        modified="2019-03-02 10:11:12",
        reading=6,
        lead="Welches Design-Tool passt zu deinem Team? Wir stellen fünf Werkzeuge für UI- und UX-Designer vor "
        "und zeigen, wo ihre Stärken und Schwächen liegen.",
        image=(
            "2019/01/design-tools-vergleich.jpg",
            "Design-Tools gibt es inzwischen für jeden Geschmack.",
            "Abbildung",
            "Sketch / Figma / Adobe",
        ),
        pages=[
            [
                (
                    "p",
                    "Die Zeiten, in denen Webdesign ausschließlich in Photoshop entstand, sind lange vorbei. "
                    "Heute konkurrieren spezialisierte Werkzeuge um die Gunst von Designerinnen und Designern.",
                ),
                ("h", "Figma"),
                (
                    "p",
                    "Figma läuft komplett im Browser und setzt auf Zusammenarbeit in Echtzeit. Mehrere Personen "
                    "können gleichzeitig an einer Datei arbeiten.",
                ),
                ("h", "Sketch"),
                ("p", "Sketch ist nur für macOS verfügbar, hat aber eine riesige Community und unzählige Plugins."),
                ("h", "Adobe XD"),
                (
                    "p",
                    "Adobe XD punktet mit der Anbindung an die Creative Cloud. Für Einzelpersonen ist der "
                    "Einstieg kostenlos.",
                ),
                ("h", "Weitere Alternativen"),
                ("ul", ["InVision Studio für animierte Prototypen", "Framer X für Designer mit React-Kenntnissen"]),
                (
                    "p",
                    "Welches Tool du wählst, hängt vor allem von deinem Team ab. Einen Überblick über "
                    '<a href="https://t3n.de/tag/ux-and-design/">weitere Artikel zu UX und Design</a> findest '
                    "du in unserem Themenbereich.",
                ),
            ]
        ],
        notes="Six-digit id (994321). 2019 headline classes (u-gap-medium). Four short subheadings in a row "
        "with single paragraphs, a list, credit label 'Abbildung'. Lead's first sentence is a "
        "question. Kicker 'Tools', ressort 'UX & Design' (/tag/ux-and-design/).",
    ),
]


# ---------------------------------------------------------------------------------------------
# listings (home, /news/ pages, /magazin/, /tag/<topic>/), RSS, robots.txt, redirects
#
# No real listing page is at hand: the chrome (head assets, header, navigation, footer) is the
# real page's, the teaser markup is a guess in the site's own BEM style (c-pin, as in the
# article's c-pin__meta), with rel=next/prev in <head> and a pagination nav.

PER_PAGE = 5
NAV_TAGS = {  # the ressorts the real header links (tg-navigation-ressorts), plus the submenu topics
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
}
TOPIC_EXTRA = {"kuenstliche-intelligenz": {"1656789", "1645678"}}


def by_date(articles: list) -> list:
    return sorted(articles, key=lambda a: a["published"], reverse=True)


def teaser_html(a: dict, i: int) -> str:
    path = article_path(a)
    # the real site mixes absolute and relative links, some with tracking parameters
    href = [f"https://t3n.de{path}", path, f"https://t3n.de{path}?utm_source=t3n&amp;utm_medium=teaser"][i % 3]
    img = ""
    if a.get("image"):
        img = (
            f'    <a class="c-pin__image-link" href="{href}" tabindex="-1"><img class="lazy c-pin__image" '
            f'data-src="{image_base(a["image"][0])}?class=teaser-medium" width="300" height="169" '
            f'alt="{a["title"]}"></a>\n'
        )
    label = f'<span class="c-pin__sponsored">Sponsored</span> {a["kicker"]}' if a.get("advertorial") else a["kicker"]
    pub = datetime.strptime(a["published"], "%Y-%m-%d %H:%M:%S")
    return (
        f'<div class="c-pin tg-teaser{" -sponsored" if a.get("advertorial") else ""}" '
        f'data-article-identifier="{a["portal"]}-article-{a["id"]}">\n' + img + '    <div class="c-pin__content">\n'
        f'        <div class="c-pin__type u-text-extrasmall u-color-mute">{label}</div>\n'
        f'        <h3 class="c-pin__headline u-text-medium u-gap-vertical-reset"><a class="u-link-simple tg-teaser-link" href="{href}">{a["title"]}</a></h3>\n'
        f'        <p class="c-pin__teaser u-text-small">{first_sentence(a["lead"])}</p>\n'
        f'        <div class="c-pin__meta u-text-extrasmall u-color-mute">{author_names(a)} · '
        f'<time datetime="{a["published"]}">{pub:%d.%m.%Y}</time> · {a["reading"]} Min.</div>\n'
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


ROBOTS = """# robots.txt for t3n.de (offline replica tests/site_d)
User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /suche
Disallow: /account/
Disallow: /news/wp-admin/
Disallow: /news/db-navigator-stoerung-bundesweit-1599001/
Allow: /news/wp-admin/admin-ajax.php
"""


# ---------------------------------------------------------------------------------------------


def write(rel: str, text: str) -> None:
    path = HERE / rel.lstrip("/")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_json(rel: str, obj) -> None:
    write(rel, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    for child in HERE.iterdir():  # everything but the generator and the real page is output
        if child.name in ("make.py", "_template.html", "__pycache__"):
            continue
        shutil.rmtree(child) if child.is_dir() else child.unlink()

    arts = by_date(ARTICLES)
    for a in arts:
        for n in range(1, len(a["pages"]) + 1):
            write(page_path(a, n) + "index.html", render_article(a, n))
        write_json(article_path(a) + "expected.json", expected_item(a))
        write_json(
            article_path(a) + "meta.json",
            {
                "path": article_path(a),
                "layout": "t3n 2019-2026 (real page of 2023-11-06, tests/real/)"
                + (", 2019 headline classes" if a.get("layout_2019") else ""),
                "notes": a["notes"],
            },
        )

    # /news/: every article, newest first, PER_PAGE a page, older pages reached by rel=next
    chunks = [arts[i : i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)]
    paths = ["/news/"] + [f"/news/page/{k}/" for k in range(2, len(chunks) + 1)]
    for n, (chunk, p) in enumerate(zip(chunks, paths), 1):
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
        tagged = [a for a in arts if a["ressort_slug"] == slug or a["id"] in TOPIC_EXTRA.get(slug, ())]
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
    write("robots.txt", ROBOTS)
    redirects = {}
    for a in arts:
        if a.get("old_slug"):
            redirects[f"/{a['portal']}/{a['old_slug']}-{a['id']}/"] = {
                "status": 301,
                "location": BASE + article_path(a),
            }
    write_json("_redirects.json", redirects)
    write_json(
        "expected_crawl.json",
        {
            "base_placeholder": "{base}",
            "max_pages": len(paths),
            "articles": [
                {"id": a["id"], "url": "{base}" + article_path(a)}
                for a in arts
                if not a.get("advertorial") and not a.get("robots")
            ],
            "dropped": [a["id"] for a in arts if a.get("advertorial")],
            "robots_disallowed": [article_path(a) for a in arts if a.get("robots")] + ["/suche", "/account/"],
        },
    )


if __name__ == "__main__":
    main()
