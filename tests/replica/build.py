"""Generator of the offline t3n.de replica.

    python tests/replica/build.py tests/site            # the committed default replica
    python tests/replica/build.py /tmp/big --synthetic 5000 --padding-kb 150-400
    python tests/replica/build.py /tmp/v2 --v2            # the default site after it moved on

The HTML is written after ``shared/site/t3n-site.md`` (what is known about the real site), with
all the boilerplate a crawler meets there. Absolute links are written as ``{{BASE}}/…``: the
replica server replaces ``{{BASE}}`` with its own ``http://127.0.0.1:PORT``. Expected items
(``expected.json`` beside each article page 1) are derived from the same records with
``expected_item`` and use the placeholder ``{base}`` for the server's base URL.

Public functions: ``render_article_page``, ``render_listing``, ``render_rss``, ``build_site``,
``expected_item``, ``synthetic_records``, ``build_bad_inputs`` (re-exported from
``replica.bad_inputs``).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import hashlib
import html
import json
import random
import re
import shutil
import sys
import textwrap
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

try:
    from .articles import ARTICLES, AUTHORS, NAV_TOPICS
except ImportError:  # run as a script: python tests/replica/build.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from replica.articles import ARTICLES, AUTHORS, NAV_TOPICS

BASE = "{{BASE}}"  # in served pages: replaced by the server's base URL
EXPECTED_BASE = "{base}"  # in expected JSON: the test formats in the server's base URL
DEFAULT_MAX_PAGES = 3  # listing pages a default crawl walks per section
NEWS_PER_PAGE = 5
TAG_PER_PAGE = 4
RSS_ITEMS = 12
UTM_RSS = "utm_source=rss&utm_medium=feed&utm_campaign=t3n-news"

# The default site's robots.txt also disallows these (non-article) paths.
ROBOTS_DISALLOW = ["/suche/", "/pro/", "/login/", "/konto/", "/wp-admin/", "/*?s="]
# robots.txt's group for the crawler's own token ("User-agent: newscrawl") disallows, on top of
# the rest, this navigation topic, which the "*" group allows: its articles come through the sitemaps.
OWN_TOKEN = "newscrawl"
OWN_DISALLOW = ["/tag/marketing/"]
NEWS_SITEMAP_ITEMS = 6  # the Google News sitemap: the newest articles (Google's rule: two days)


# =========================================================================================
# Text helpers: the same record string becomes markup (render) and clean text (expected).
# =========================================================================================

_LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")

# How typographic characters are written in the HTML source, per page style.
_NAMED = {
    "„": "&bdquo;",
    "“": "&ldquo;",
    "”": "&rdquo;",
    "–": "&ndash;",
    "—": "&mdash;",
    "ä": "&auml;",
    "ö": "&ouml;",
    "ü": "&uuml;",
    "ß": "&szlig;",
    "Ä": "&Auml;",
    "Ö": "&Ouml;",
    "Ü": "&Uuml;",
    "…": "&hellip;",
}
_NUMERIC = {ch: f"&#{ord(ch)};" for ch in "„“”–—‚‘’…"}


def plain(text: str) -> str:
    """Clean text as the expected item holds it: markers gone, soft hyphens removed,
    no-break spaces as normal spaces, whitespace collapsed, typography („…“ –) kept."""
    text = _LINK.sub(r"\1", text)
    text = _BOLD.sub(r"\1", text)
    text = text.replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def esc(text: str, entities: str = "utf8") -> str:
    """Text -> HTML text with entities (&amp; &shy; &nbsp; and, per style, „ as &bdquo; …)."""
    out = html.escape(text, quote=False)
    out = out.replace("\u00ad", "&shy;").replace("\u00a0", "&nbsp;")
    table = {"named": _NAMED, "numeric": _NUMERIC}.get(entities)
    if table:
        out = "".join(table.get(ch, ch) for ch in out)
    return out


def inline(text: str, entities: str = "utf8") -> str:
    """Record text with **bold** and [[text|url]] markers -> inline HTML."""
    out = esc(text, entities)
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    return _LINK.sub(lambda m: f'<a href="{m.group(2)}" target="_blank" rel="noopener">{m.group(1)}</a>', out)


def attr(value: str) -> str:
    return html.escape(value, quote=True)


def slugify(name: str) -> str:
    table = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "é": "e", "ć": "c", "+": "plus"}
    name = "".join(table.get(ch, ch) for ch in name.lower().replace("\u00ad", ""))
    return re.sub(r"[^a-z0-9]+", "-", name).strip("-")


def _stable(*parts) -> int:
    """A stable small integer from strings (hash() is salted per process)."""
    return int(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def _wrap(fragment: str) -> str:
    """Break long source lines like an old CMS did (whitespace only; text stays the same)."""
    return "\n".join(textwrap.wrap(fragment, 96, break_long_words=False, break_on_hyphens=False))


_ATTR = re.compile(r'(\s[a-zA-Z_:][-\w:.]*)="([^"<>]*)"')


def requote(fragment: str, style: str) -> str:
    """Rewrite attribute quoting of a fragment: 'single' quotes, or 'bare' (unquoted where
    HTML allows it). Real pages mix all three; parsers must not care."""
    if style == "single":
        return _ATTR.sub(lambda m: f"{m.group(1)}='{m.group(2)}'" if "'" not in m.group(2) else m.group(0), fragment)
    if style == "bare":
        return _ATTR.sub(
            lambda m: f"{m.group(1)}={m.group(2)}" if re.fullmatch(r"[\w./:#-]+", m.group(2)) else m.group(0), fragment
        )
    return fragment


def fmt_date(iso: str, with_time: bool = True) -> str:
    dt = datetime.fromisoformat(iso)
    return dt.strftime("%d.%m.%Y, %H:%M Uhr") if with_time else dt.strftime("%d.%m.%Y")


# =========================================================================================
# URLs
# =========================================================================================


def article_path(rec: dict, page: int = 1, slug: str | None = None) -> str:
    path = f"/{rec['kind']}/{slug or rec['slug']}-{rec['id']}/"
    return path if page == 1 else f"{path}{page}/"


def canonical(rec: dict, page: int = 1) -> str:
    return BASE + article_path(rec, page)


def expected_url(rec: dict) -> str:
    return EXPECTED_BASE + article_path(rec)


def tag_path(tag: str) -> str:
    return f"/tag/{slugify(tag)}/"


def listing_page_path(base_path: str, page: int) -> str:
    # WordPress pagination: /news/page/2/, /tag/ki/page/2/ (page 1 is the bare listing).
    return base_path if page == 1 else f"{base_path}page/{page}/"


def author_path(slug: str) -> str:
    return f"/redaktion/{slug}/"


def link_variant(rec: dict, where: str) -> str:
    """How a listing links an article: relative, absolute, with tracking parameters, the old
    slug, without trailing slash … deterministic per (article, place) so the site is stable."""
    forced = {
        ("1380432", "home"): "abs-utm",
        ("1380432", "news"): "rel",
        ("1380432", "tag:software"): "noslash",
        ("1352418", "mostread"): "abs-utm",
        ("1352418", "news"): "rel-utm",
    }
    if (rec["id"], where) in forced:
        return forced[(rec["id"], where)]
    if rec.get("old_slugs") and where in ("news", "home", "mostread"):
        return "old-slug"
    return ("rel", "abs", "rel-utm", "abs-utm", "rel", "abs")[_stable(rec["id"], where) % 6]


def article_href(rec: dict, style: str = "rel", medium: str = "listing") -> str:
    path = article_path(rec)
    utm = f"?utm_source=t3n&utm_medium={medium}&utm_campaign=t3n-{medium}"
    return {
        "rel": path,
        "abs": BASE + path,
        "rel-utm": path + utm,
        "abs-utm": BASE + path + utm,
        "noslash": path.rstrip("/"),
        "old-slug": article_path(rec, slug=(rec.get("old_slugs") or [rec["slug"]])[0]),
    }[style]


# =========================================================================================
# Page parts shared by all pages: head, navigation, footer, overlays, padding
# =========================================================================================

ORG_JSONLD = {
    "@context": "https://schema.org",
    "@type": "Organization",
    "name": "t3n",
    "url": f"{BASE}/",
    "logo": "https://cdn.t3n.de/assets/img/t3n-logo.svg",
    "sameAs": [
        "https://twitter.com/t3n",
        "https://www.facebook.com/t3nMagazin",
        "https://www.linkedin.com/company/t3n",
    ],
}

CRITICAL_CSS = (
    ":root{--c-primary:#e5004e;--c-text:#222}body{margin:0;font-family:Inter,Arial,sans-serif;"
    "color:var(--c-text)}.c-header{position:sticky;top:0}.c-ad-container{min-height:250px;"
    "text-align:center}.c-ad-label,.c-ad__label{font-size:11px;color:#777}.c-consent-overlay"
    "{position:fixed;inset:0;background:rgba(0,0,0,.6)}"
)


def render_head(
    title: str, *, description: str = "", canonical_url: str = "", extra: str = "", padding: str = ""
) -> str:
    desc = f'<meta name="description" content="{attr(description)}">\n' if description else ""
    canon = f'<link rel="canonical" href="{canonical_url}">\n' if canonical_url else ""
    return (
        '<!DOCTYPE html>\n<html lang="de" class="no-js">\n<head>\n'
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)} | t3n</title>\n{desc}{canon}"
        '<link rel="preconnect" href="https://cdn.t3n.de">\n'
        '<link rel="stylesheet" href="https://cdn.t3n.de/assets/css/main.4f2a9c.css">\n'
        f'<link rel="alternate" type="application/rss+xml" title="t3n News" href="{BASE}/rss.xml">\n'
        '<link rel="icon" href="https://cdn.t3n.de/assets/favicon.ico">\n'
        f"<style>{CRITICAL_CSS}</style>\n{padding}"
        '<script type="application/ld+json">' + json.dumps(ORG_JSONLD) + "</script>\n"
        f"{extra}</head>\n"
    )


SERVICE_LINKS = [
    ("/pro/", "t3n Pro"),
    ("/magazin/", "Magazin"),
    ("/jobs/", "Jobs"),
    ("/events/", "Events"),
    ("/newsletter/", "Newsletter"),
    ("https://shop.t3n.de/", "Shop"),
    ("https://shop.t3n.de/abo/", "Abo"),
]
SOCIAL_LINKS = [
    ("https://twitter.com/t3n", "Twitter"),
    ("https://www.facebook.com/t3nMagazin", "Facebook"),
    ("https://www.linkedin.com/company/t3n", "LinkedIn"),
    ("https://www.instagram.com/t3n_magazin/", "Instagram"),
    ("https://mastodon.social/@t3n", "Mastodon"),
    ("https://www.youtube.com/c/t3nMagazin", "YouTube"),
]


def render_header(current: str = "", mega_menu: str = "") -> str:
    """Site header: logo, service links, main navigation with the topic sections, search,
    login and social links. The topic links are how a crawler discovers the sections."""
    nav = ['<li class="c-nav__item"><a class="c-nav__link" href="/news/">News</a></li>']
    for i, (slug, name) in enumerate(NAV_TOPICS):
        href = f"/tag/{slug}/" if i % 2 == 0 else f"{BASE}/tag/{slug}/"
        active = " c-nav__item--active" if current == f"/tag/{slug}/" else ""
        nav.append(f'<li class="c-nav__item{active}"><a class="c-nav__link" href="{href}">{esc(name)}</a></li>')
    nav.append('<li class="c-nav__item"><a class="c-nav__link" href="/magazin/">Magazin</a></li>')
    nav.append('<li class="c-nav__item c-nav__item--pro"><a class="c-nav__link" href="/pro/">Pro</a></li>')
    service = "".join(f'<a class="c-service__link" href="{h}">{esc(t)}</a>' for h, t in SERVICE_LINKS)
    social = "".join(
        f'<a class="c-social__link" href="{h}" rel="noopener me" '
        f'aria-label="t3n auf {t}" target="_blank"><svg aria-hidden="true" '
        f'class="c-icon"><use href="#icon-{t.lower()}"></use></svg></a>'
        for h, t in SOCIAL_LINKS
    )
    return (
        '<a class="u-skip-link" href="#main-content">Zum Inhalt springen</a>\n'
        '<header class="c-header" role="banner">\n'
        '<div class="c-header__top">'
        '<a class="c-header__logo" href="/" aria-label="t3n – digital pioneers">'
        '<svg class="c-logo" viewBox="0 0 60 24" aria-hidden="true"><path d="M0 0h60v24H0z"/>'
        "</svg></a>\n"
        f'<nav class="c-service" aria-label="Service">{service}</nav>\n'
        '<form class="c-search" action="/suche/" method="get" role="search">'
        '<label for="q" class="u-visually-hidden">Suche</label>'
        '<input id="q" name="q" type="search" placeholder="Suche"><button>Suchen</button></form>\n'
        '<a class="c-header__login" href="/login/?redirect_to=%2F" rel="nofollow">Login</a>\n'
        "</div>\n"
        '<nav class="c-nav" aria-label="Hauptnavigation"><ul class="c-nav__list">\n'
        + "\n".join(nav)
        + "\n</ul></nav>\n"
        + mega_menu
        + f'<div class="c-social">{social}</div>\n</header>\n'
    )


def render_footer() -> str:
    links = [
        ("/impressum/", "Impressum"),
        ("/datenschutz/", "Datenschutz"),
        ("https://shop.t3n.de/agb/", "AGB"),
        ("https://mediadaten.t3n.de/", "Mediadaten"),
        ("/jobs/", "Karriere bei t3n"),
        (f"{BASE}/rss.xml", "RSS-Feed"),
        ("/redaktion/", "Redaktion"),
    ]
    items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in links)
    return (
        '<footer class="c-footer" role="contentinfo">\n'
        f'<ul class="c-footer__links">{items}</ul>\n'
        '<p class="c-footer__copy">© yeebase media GmbH 2005–2021. Alle Rechte vorbehalten.</p>\n'
        "</footer>\n"
    )


def ad_slot(name: str, copy: str | None = None) -> str:
    """An ad slot. Renders 'Anzeige' twice in text (outer label + the slot's own label), as on
    the real page; with ``copy`` the slot also holds native ad text in a <p>."""
    inner = f'<p class="c-ad__copy">{esc(copy)}</p>' if copy else ""
    return (
        f'<div class="c-ad-container c-ad-container--{name}" data-ad-slot="{name}">'
        f'<span class="c-ad-label">Anzeige</span>'
        f'<div class="c-ad" id="ad-{name}"><span class="c-ad__label">Anzeige</span>'
        f"{inner}</div></div>\n"
    )


CONSENT = (
    '<div class="c-consent-overlay" id="consent-overlay" role="dialog" aria-modal="true" '
    'aria-labelledby="consent-title">\n<div class="c-consent">\n'
    '<h2 id="consent-title">Wir brauchen deine Zustimmung</h2>\n'
    "<p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und "
    "Anzeigen zu personalisieren, Funktionen für soziale Medien anbieten zu können und die "
    "Zugriffe auf unsere Website zu analysieren.</p>\n"
    '<button class="c-consent__accept" type="button">Zustimmen</button> '
    '<a class="c-consent__pur" href="https://shop.t3n.de/pur/">Ohne Werbung lesen</a> '
    '<a href="/datenschutz/">Datenschutzerklärung</a>\n</div>\n</div>\n'
)

NOSCRIPT = (
    '<noscript><div class="c-noscript">Bitte aktiviere JavaScript, um alle Funktionen von '
    't3n.de nutzen zu können.</div><img src="https://pixel.t3n.de/count.gif?js=0" alt="" '
    'width="1" height="1"></noscript>\n'
)

COMMUNITY_RULES = [
    "Wir freuen uns über kontroverse Diskussionen, die gerne auch mal hitzig geführt werden "
    "dürfen. Beleidigende, grob anstößige, rassistische und strafrechtlich relevante Äußerungen "
    "und Beiträge tolerieren wir nicht. Bitte achte darauf, dass du keine Texte veröffentlichst, "
    "für die du keine ausdrückliche Erlaubnis des Urhebers hast. Ebenfalls nicht erlaubt ist der "
    "Missbrauch der Webangebote unter t3n.de als Werbeplattform. Die Nennung von Produktnamen, "
    "Herstellern, Dienstleistern und Websites ist nur dann zulässig, wenn damit nicht vorrangig "
    "der Zweck der Werbung verfolgt wird. Wir behalten uns vor, Beiträge, die diese Regeln "
    "verletzen, zu löschen und Accounts zeitweilig oder auf Dauer zu sperren.",
    "Trotz all dieser notwendigen Regeln: Diskutiere kontrovers, sage anderen deine Meinung, "
    "trage mit weiterführenden Informationen zum Wissensaustausch bei, aber bleibe dabei fair "
    "und respektiere die Meinung anderer. Wir wünschen Dir viel Spaß mit den Webangeboten von "
    "t3n und freuen uns auf spannende Beiträge.",
    "Dein t3n-Team",
]

ADBLOCK_NOTICE = (
    '<div class="c-adblock-notice" id="adblock-notice" hidden>\n'
    '<p class="c-adblock-notice__title">Bitte schalte deinen Adblocker für t3n.de aus!</p>\n'
    '<p class="c-adblock-notice__subtitle">Hallo und herzlich willkommen bei t3n!</p>\n'
    "<p>Bitte schalte deinen Adblocker für t3n.de aus, um diesen Artikel zu lesen.</p>\n"
    "<p>Wir sind ein unabhängiger Publisher mit einem Team von mehr als 75 fantastischen "
    "Menschen, aber ohne riesigen Konzern im Rücken. Banner und ähnliche Werbemittel sind für "
    "unsere Finanzierung sehr wichtig.</p>\n"
    "<p>Schon jetzt und im Namen der gesamten t3n-Crew: vielen Dank für deine Unterstützung! "
    "🙌</p>\n<p>Deine t3n-Crew</p>\n"
    '<a class="c-button" href="/adblocker-deaktivieren/">Anleitung zur Deaktivierung</a>\n'
    "</div>\n"
)


def bookmark_modal(path: str) -> str:
    return (
        '<div class="c-modal" id="modal-bookmark" role="dialog" hidden>\n'
        '<p class="c-modal__title">Artikel merken</p>\n'
        "<p>Bitte melde dich an, um diesen Artikel in deiner persönlichen Merkliste auf t3n zu "
        "speichern.</p>\n"
        '<a class="c-button" href="/konto/registrieren/">Jetzt registrieren und merken</a>\n'
        '<p>Du hast schon einen t3n-Account? <a href="/login/?redirect_to='
        f'{attr(path)}" rel="nofollow">Hier anmelden</a></p>\n'
        "<p>oder</p>\n</div>\n"
    )


MASTODON_MODAL = (
    '<div class="c-modal" id="modal-mastodon" role="dialog" hidden>\n'
    '<p class="c-modal__title">Auf Mastodon teilen</p>\n'
    "<p>Gib die URL deiner Mastodon-Instanz ein, um den Artikel zu teilen.</p>\n"
    '<input type="url" name="instance" placeholder="https://mastodon.social">'
    '<button type="button">Teilen</button>\n</div>\n'
)


def newsletter_box() -> str:
    return (
        '<div class="c-native-newsletterbox" data-newsletter="t3n-daily">\n'
        '<form class="c-native-newsletterbox__form" action="/newsletter/anmelden/" method="post">'
        '<label for="nl-mail" class="u-visually-hidden">E-Mail-Adresse</label>'
        '<input id="nl-mail" type="email" name="email" placeholder="Deine E-Mail-Adresse">'
        "<button>Anmelden</button></form>\n"
        '<div class="c-native-newsletterbox__success">\n'
        '<p class="c-native-newsletterbox__title">Fast fertig!</p>\n'
        "<p>Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung "
        "abzuschließen.</p>\n"
        '<p>Du willst noch weitere Infos zum Newsletter? <a href="/newsletter/">Jetzt mehr '
        "erfahren</a></p>\n</div>\n</div>\n"
    )


# ---- padding: the weight of real pages (benchmarks only) ---------------------------------


@functools.lru_cache(maxsize=1)
def _mega_menu() -> str:
    """~400 links like t3n's flyout menus: mostly non-article places, some off-site."""
    rnd = random.Random(7)
    words = [
        "cloud",
        "daten",
        "apps",
        "web",
        "shop",
        "agentur",
        "startup",
        "karriere",
        "design",
        "code",
        "hardware",
        "podcast",
        "ratgeber",
        "remote",
        "growth",
        "seo",
        "devops",
    ]
    groups = []
    for g in range(20):
        links = []
        for i in range(20):
            w1, w2 = rnd.choice(words), rnd.choice(words)
            kind = i % 5
            if kind == 0:
                href = f"/ratgeber/{w1}-{w2}-{g}{i}/"
            elif kind == 1:
                href = f"https://shop.t3n.de/{w1}/{w2}-{g}{i}"
            elif kind == 2:
                href = f"/jobs/{w1}-{w2}-m-w-d-{500000 + g * 100 + i}/"
            elif kind == 3:
                href = f"/podcast/{w1}-{w2}-folge-{g * 20 + i}/"
            else:
                href = f"https://events.t3n.de/{w1}-{w2}/"
            links.append(f'<li><a href="{href}">{w1.title()} &amp; {w2.title()} {g}.{i}</a></li>')
        groups.append(
            f'<div class="c-megamenu__group"><p class="c-megamenu__title">Gruppe {g}</p><ul>{"".join(links)}</ul></div>'
        )
    return f'<div class="c-megamenu" hidden>{"".join(groups)}</div>\n'


@functools.lru_cache(maxsize=1)
def _big_css() -> str:
    rules = [
        f".c-x{i}{{margin:{i % 7}px {i % 5}px;padding:{i % 3}px;color:#{i * 2654435761 % 0xFFFFFF:06x}}}"
        for i in range(4000)
    ]
    return "".join(rules)


@functools.lru_cache(maxsize=512)  # one per padding size: pages rendered per request stay cheap
def _state_blob(n_items: int) -> str:
    """A JSON state blob of n teaser-like objects (the SPA hydration data of real pages)."""
    items = [
        {
            "id": 900000 + i,
            "type": "teaser",
            "title": f"Teaser {i} über Digitalisierung",
            "url": f"/ratgeber/teaser-{i}/",
            "image": f"https://cdn.t3n.de/img/{i}.jpg",
            "tracking": {"slot": i % 12, "ab": "b" if i % 3 else "a"},
        }
        for i in range(n_items)
    ]
    return json.dumps({"state": {"teasers": items, "user": None, "flags": {"pur": False}}}, separators=(",", ":"))


def padding_parts(target_bytes: int, current_bytes: int) -> tuple[str, str]:
    """(head padding, mega menu) adding roughly target-current bytes of realistic weight."""
    if target_bytes <= current_bytes:
        return "", ""
    need = target_bytes - current_bytes
    menu = _mega_menu()
    need -= len(menu)
    css = _big_css()[: max(0, min(len(_big_css()), need // 3))]
    need -= len(css)
    head = f"<style>{css}</style>\n" if css else ""
    if need > 0:
        per_item = len(_state_blob(100)) / 100  # bytes per teaser object in the blob
        head += "<script>window.__T3N_STATE__=" + _state_blob(max(1, int(need / per_item))) + ";</script>\n"
    head += (
        "<script>!function(){var d=document,s=d.createElement('script');s.async=1;"
        "s.src='https://cdn.t3n.de/assets/js/app.8c1e.js';d.head.appendChild(s)}();"
        "</script>\n"
    )
    return head, menu


def _target_bytes(padding_kb, rec_id: str) -> int:
    """padding_kb: 0, an int, or a (low, high) range picked per article (stable)."""
    if not padding_kb:
        return 0
    if isinstance(padding_kb, (tuple, list)):
        low, high = padding_kb
        return (low + _stable(rec_id, "weight") % (high - low + 1)) * 1024
    return int(padding_kb) * 1024


# =========================================================================================
# Article pages
# =========================================================================================


def split_pages(rec: dict) -> list[list]:
    """Body blocks per page (a ("nextpage",) block starts a new page)."""
    pages = [[]]
    for block in rec.get("body", []):
        if block[0] == "nextpage":
            pages.append([])
        else:
            pages[-1].append(block)
    return pages


def public_blocks(blocks: list) -> list:
    """The blocks the page shows: a t3n Pro article stops at the ("paywall",) marker."""
    out = []
    for block in blocks:
        if block[0] == "paywall":
            break
        out.append(block)
    return out


def _catalog(records=None) -> dict:
    records = ARTICLES if records is None else records
    return {r["id"]: r for r in records}


class Style:
    """Small per-article differences of the current layout (realistic drift, not a new
    layout): extra wrapper divs, class order, attribute quoting, entity style."""

    def __init__(self, rec: dict):
        self.v = rec.get("variant", 0)
        self.legacy = rec.get("layout") == "legacy"
        self.entities = "numeric" if self.legacy else ("named" if self.v == 3 else "utf8")
        self.quotes = {2: "single", 3: "bare"}.get(self.v, "double")
        self.wrap = self.legacy or self.v == 1
        self.gutenberg = not self.legacy and self.v in (1, 3)


def render_blocks(blocks: list, rec: dict, catalog: dict, style: Style) -> str:
    """The body blocks of one page -> HTML (inside div.c-entry)."""
    out = []
    ads = 0
    for block in blocks:
        kind = block[0]
        if kind in ("p", "h2", "h3"):
            text = inline(block[1], style.entities)
            if kind == "p" and style.wrap:
                text = "\n" + _wrap(text) + "\n"
            tag = f"<{kind}>{text}</{kind}>"
            if style.gutenberg:  # the block editor's comments around every block
                name = "paragraph" if kind == "p" else "heading"
                tag = f"<!-- wp:{name} -->\n{tag}\n<!-- /wp:{name} -->"
            out.append(tag)
        elif kind == "empty":
            # An empty paragraph as editors leave them: no text, not a body part.
            out.append("<p>&nbsp;</p>" if style.v % 2 else "<p> </p>")
        elif kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{esc(c, style.entities)}</td>" for c in row) + "</tr>\n" for row in block[1][1:]
            )
            head = "".join(f"<th>{esc(c)}</th>" for c in block[1][0])
            out.append(
                f'<figure class="wp-block-table"><table><thead><tr>{head}</tr></thead>'
                f"<tbody>\n{rows}</tbody></table></figure>"
            )
        elif kind in ("ul", "ol"):
            cls = "wp-block-list" if style.v % 2 else "c-list"
            items = "".join(f"<li>{inline(t, style.entities)}</li>\n" for t in block[1])
            out.append(f'<{kind} class="{cls}">\n{items}</{kind}>')
        elif kind == "quote":
            text = inline(block[1], style.entities)
            if style.v % 2:
                out.append(f'<blockquote class="wp-block-quote">{text}</blockquote>')
            else:
                out.append(f'<blockquote class="wp-block-quote"><p>{text}</p></blockquote>')
        elif kind == "ad":
            ads += 1
            out.append(ad_slot(f"content-{ads}", block[1] if len(block) > 1 else None).strip())
        elif kind == "figure":
            out.append(render_figure(block[1], "c-entry__figure wp-block-image", style))
        elif kind == "embed":
            out.append(
                f'<div class="c-embed c-embed--twitter" data-embed-url="{attr(block[1])}">'
                '<div class="c-embed__placeholder"></div></div>\n'
                "<script>window.t3nEmbeds=window.t3nEmbeds||[];"
                f't3nEmbeds.push({{"type":"twitter","url":"{block[1]}"}});</script>'
            )
        elif kind == "embed-noscript":
            out.append(
                f'<div class="c-embed c-embed--youtube" data-embed-src="{attr(block[1])}">'
                "<noscript><p>Hier findest du externe Inhalte von YouTube. Aktiviere "
                "JavaScript, um sie anzuzeigen.</p></noscript></div>"
            )
        elif kind == "related":
            target = catalog[block[1]]
            href = article_href(target, "abs" if style.v % 2 else "rel-utm", "crosslink")
            label = "<strong>Ebenfalls interessant:</strong>" if style.v == 1 else "Ebenfalls interessant:"
            out.append(
                f'<p class="c-entry__related">{label} <a href="{href}">{esc(target["title"], style.entities)}</a></p>'
            )
        elif kind == "crosslinks":
            items = "".join(
                f'<li><a href="{article_href(catalog[i], "rel")}">{esc(catalog[i]["title"], style.entities)}</a></li>'
                for i in block[1]
            )
            out.append(
                '<div class="tg-crosslinks"><p class="tg-crosslinks__headline">Das könnte '
                f"dich auch interessieren</p><ul>{items}</ul></div>"
            )
        elif kind == "c-crosslinks":
            items = "".join(
                f'<div class="c-crosslinks__item"><span class="c-crosslinks__kicker">'
                f'{esc(catalog[i]["section"])}</span> <a class="c-crosslinks__link" '
                f'href="{attr(article_href(catalog[i], "abs-utm", "crosslink"))}">'
                f"{esc(catalog[i]['title'], style.entities)}</a></div>"
                for i in block[1]
            )
            out.append(
                f'<aside class="c-crosslinks"><span class="c-crosslinks__label">Mehr zum Thema</span>{items}</aside>'
            )
        elif kind == "newsletter":
            out.append(newsletter_box().strip())
        elif kind == "paywall":
            break
        else:
            raise ValueError(f"unknown body block {kind!r} in {rec['id']}")
    return "\n".join(out) + "\n"


def render_figure(img: dict, cls: str, style: Style, lazy: bool = False) -> str:
    """A figure whose caption ends in the credit "(Foto: …)"; sometimes the credit is in its
    own span, sometimes plain caption text (both occur on real pages)."""
    credit = f"({img['label']}: {esc(img['credit'], style.entities)})"
    if style.v % 2 == 0:
        credit = f'<span class="c-image-credit">{credit}</span>'
    if lazy:
        image = (
            '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" '
            f'data-src="{attr(img["url"])}" class="lazyload" alt="{attr(plain(img["caption"]))}" '
            f'width="1200" height="675"><noscript><img src="{attr(img["url"])}" alt=""></noscript>'
        )
    else:
        image = (
            f'<img src="{attr(img["url"])}" alt="{attr(plain(img["caption"]))}" '
            'width="1200" height="675" loading="lazy">'
        )
    return (
        f'<figure class="{cls}">{image}<figcaption>{esc(img["caption"], style.entities)} {credit}</figcaption></figure>'
    )


def byline(authors: list) -> str:
    """ "Von <a href=/redaktion/x/><strong>Name</strong></a>, … und …" (guests without link)."""
    parts = []
    for a in authors:
        name = f"<strong>{esc(a['name'])}</strong>"
        if a["slug"]:
            name = f'<a href="{author_path(a["slug"])}" rel="author" class="c-author__link">{name}</a>'
        parts.append(name)
    joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " und " + parts[-1]
    return f"Von {joined}"


def reading_label(rec: dict) -> str:
    minutes = rec.get("reading_time")
    if not minutes:
        return ""
    return f"{minutes} Min. Lesezeit" if rec["kind"] == "magazin" else f"{minutes} Min."


def jsonld_body(rec: dict, catalog: dict) -> str:
    """articleBody as WordPress plugins write it: plain text, shortcodes left in, the
    'Ebenfalls interessant' line included, and on Pro articles the WHOLE text."""
    lines = []
    ads = 0
    for block in rec.get("body", []):
        kind = block[0]
        if kind in ("p", "h2", "h3", "quote"):
            lines.append(plain(block[1]))
        elif kind in ("ul", "ol"):
            lines.extend(plain(t) for t in block[1])
        elif kind == "ad":
            ads += 1
            lines.append(f'[t3n_ad slot="content-{ads}" sticky="false"]')
        elif kind in ("embed", "embed-noscript"):
            lines.append(f"[embed]{block[1]}[/embed]")
        elif kind == "figure":
            img = block[1]
            lines.append(
                f'[caption id="attachment_{_stable(img["url"]) % 900000}" width="1200"]'
                f"{plain(img['caption'])} ({img['label']}: {img['credit']})[/caption]"
            )
        elif kind == "related":
            lines.append("Ebenfalls interessant: " + plain(catalog[block[1]]["title"]))
        elif kind == "table":
            lines.extend(" | ".join(row) for row in block[1])
        elif kind == "nextpage":
            lines.append("<!--nextpage-->")
    return "\n".join(lines)


def article_jsonld(rec: dict, catalog: dict) -> str:
    """The page's article JSON-LD in one of the shapes met on the site (or none)."""
    shape = rec.get("jsonld")
    if not shape:
        return ""
    title, lead = plain(rec["title"]), plain(rec["lead"])
    if len(title) > 110:  # Google's headline limit: SEO plugins cut it
        title = title[:109].rstrip() + "…"
    if rec.get("jsonld_entities"):
        title = title.replace("–", "&#8211;")
        lead = lead.replace("–", "&#8211;")
    people = [
        {"@type": "Person", "name": a["name"], **({"url": BASE + author_path(a["slug"])} if a["slug"] else {})}
        for a in rec["authors"]
    ]
    image = rec.get("image")
    keywords = rec["tags"] if rec.get("variant", 0) % 2 else ", ".join(rec["tags"])
    if shape == "graph":  # Yoast: one @graph, the author is a reference to a Person node
        article = {
            "@type": "Article",
            "@id": canonical(rec) + "#article",
            "isPartOf": {"@id": canonical(rec)},
            "headline": title,
            "datePublished": rec["published"],
            "author": [{"@id": f"{BASE}/#/schema/person/{_stable(a['name'])}"} for a in rec["authors"]],
            "mainEntityOfPage": {"@id": canonical(rec)},
            "keywords": keywords,
            "articleSection": [rec["section"]],
            "inLanguage": "de-DE",
            "articleBody": jsonld_body(rec, catalog),
        }
        if rec.get("modified"):
            article["dateModified"] = rec["modified"]
        if image:
            article["image"] = {"@id": canonical(rec) + "#primaryimage"}
        graph = [
            {"@type": "WebSite", "@id": f"{BASE}/#website", "url": f"{BASE}/", "name": "t3n – digital pioneers"},
            {
                "@type": "WebPage",
                "@id": canonical(rec),
                "url": canonical(rec),
                "name": title + " | t3n",
                "description": lead,
            },
            article,
        ]
        if image:
            graph.append(
                {
                    "@type": "ImageObject",
                    "@id": canonical(rec) + "#primaryimage",
                    "url": image["url"],
                    "caption": plain(image["caption"]),
                }
            )
        for a in rec["authors"]:
            graph.append({"@type": "Person", "@id": f"{BASE}/#/schema/person/{_stable(a['name'])}", "name": a["name"]})
        data = {"@context": "https://schema.org", "@graph": graph}
    else:
        data = {
            "@context": "https://schema.org",
            "@type": "AdvertiserContentArticle" if shape == "advertiser" else "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": canonical(rec)},
            "headline": title,
            "description": lead,
            "datePublished": rec["published"],
            "author": people[0] if len(people) == 1 else people,
            "publisher": {
                "@type": "Organization",
                "name": "t3n",
                "logo": {"@type": "ImageObject", "url": "https://cdn.t3n.de/assets/img/t3n-logo.png"},
            },
            "keywords": keywords,
            "articleSection": rec["section"],
            "inLanguage": "de-DE",
            "isAccessibleForFree": not rec.get("paywalled", False),
            "articleBody": jsonld_body(rec, catalog),
        }
        if rec.get("modified"):
            data["dateModified"] = rec["modified"]
        if image:
            data["image"] = (
                {"@type": "ImageObject", "url": image["url"], "width": 1200, "height": 675}
                if rec.get("variant", 0) % 2 == 0
                else image["url"]
            )
        if rec.get("paywalled"):
            data["hasPart"] = {
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".c-paywall__wrapper",
            }
    text = json.dumps(data, ensure_ascii=False)
    if rec.get("variant", 0) in (1, 3):
        text = text.replace("/", "\\/")  # WordPress' wp_json_encode escapes slashes
    return f'<script type="application/ld+json">{text}</script>\n'


def data_layer(rec: dict) -> str:
    legacy = rec.get("layout") == "legacy"
    published = rec["published"]
    if legacy:  # the old tag manager wrote local time without offset
        published = published[:19].replace("T", " ")
    push = {
        "event": "pageview",
        "page.type": "article",
        "article.id": rec["id"],
        "article.headline": plain(rec["title"]),
        "article.author": ", ".join(a["name"] for a in rec["authors"]),
        "article.publication_date": published,
        "article.section": plain(rec["section"]),
        "article.tags": "|".join(rec["tags"]),
        "article.paywall": bool(rec.get("paywalled")),
        "article.type": "advertorial" if rec.get("advertorial") else rec["kind"],
    }
    if rec.get("modified") and not legacy:
        push["article.modified_date"] = rec["modified"]
    return (
        "<script>window.dataLayer = window.dataLayer || [];\n"
        f"dataLayer.push({json.dumps(push, ensure_ascii=False)});\n</script>\n"
    )


def article_meta_tags(rec: dict, page: int) -> str:
    title, lead = plain(rec["title"]), plain(rec["lead"])
    tags = [
        f'<meta name="author" content="{attr(", ".join(a["name"] for a in rec["authors"]))}">',
        '<meta name="robots" content="index, follow, max-image-preview:large">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{attr(title)}">',
        f'<meta property="og:description" content="{attr(lead)}">',
        f'<meta property="og:url" content="{canonical(rec, page)}">',
        '<meta property="og:site_name" content="t3n Magazin">',
        '<meta property="og:locale" content="de_DE">',
        f'<meta property="article:published_time" content="{rec["published"]}">',
        f'<meta property="article:section" content="{attr(plain(rec["section"]))}">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta name="twitter:site" content="@t3n">',
    ]
    if rec.get("image"):
        tags.insert(6, f'<meta property="og:image" content="{attr(rec["image"]["url"])}">')
    if rec.get("modified"):
        tags.append(f'<meta property="article:modified_time" content="{rec["modified"]}">')
    tags += [f'<meta property="article:tag" content="{attr(t)}">' for t in rec["tags"]]
    return "\n".join(tags) + "\n"


def pagination_links(rec: dict, page: int, total: int) -> str:
    links = []
    if page > 1:
        links.append(f'<link rel="prev" href="{canonical(rec, page - 1)}">')
    if page < total:
        links.append(f'<link rel="next" href="{canonical(rec, page + 1)}">')
    return "\n".join(links) + ("\n" if links else "")


def article_pager(rec: dict, page: int, total: int) -> str:
    """The in-article page nav of a multi-page article ("Seite 1 2 3", Weiter)."""
    if total == 1:
        return ""
    items = []
    for n in range(1, total + 1):
        if n == page:
            items.append(f'<span class="c-article-pager__item is-current" aria-current="page">{n}</span>')
        else:
            items.append(f'<a class="c-article-pager__item" href="{article_path(rec, n)}">{n}</a>')
    nxt = (
        (
            f'<a class="c-article-pager__next" rel="next" href="{article_path(rec, page + 1)}">'
            f"Weiter auf Seite {page + 1}</a>"
        )
        if page < total
        else ""
    )
    prv = (
        (f'<a class="c-article-pager__prev" rel="prev" href="{article_path(rec, page - 1)}">Zurück</a>')
        if page > 1
        else ""
    )
    return (
        f'<nav class="c-article-pager" aria-label="Artikelseiten">{prv}'
        f'<span class="c-article-pager__label">Seite</span> {" ".join(items)} {nxt}</nav>\n'
    )


def suggest_box(rec: dict, catalog: dict) -> str:
    """ "Mehr zu diesem Thema": topic tags (tag pages: NOT related links) and recommended
    articles (related links). On the sample page the recommendations load by JavaScript."""
    tags = "".join(f'<li><a class="c-tag" href="{tag_path(t)}" rel="tag">{esc(t)}</a></li>' for t in rec["tags"])
    items = []
    for i, rid in enumerate(rec.get("related", [])):
        target = catalog[rid]
        href = attr(article_href(target, ("rel", "abs", "rel-utm")[i % 3], "suggest"))
        image = ""
        if target.get("image") and i % 2 == 0:
            # The image link comes first and has no text: the title is in the second link.
            image = (
                f'<a class="c-suggestNews__image" href="{href}" tabindex="-1" aria-hidden="true">'
                f'<img src="{attr(target["image"]["url"])}" alt="" loading="lazy"></a>'
            )
        items.append(
            f'<article class="c-suggestNews__item">{image}'
            f'<span class="c-suggestNews__kicker">{esc(target["section"])}</span>'
            f'<h3 class="c-suggestNews__title"><a href="{href}">{esc(target["title"])}'
            "</a></h3></article>"
        )
    suggestions = "".join(items) or ""
    js = f' data-src="/api/v1/suggest/{rec["id"]}/"' if not items else ""
    return (
        '<div class="c-suggestNews-container">\n'
        '<h2 class="c-suggestNews__headline">Mehr zu diesem Thema</h2>\n'
        f'<ul class="c-tags">{tags}</ul>\n'
        f'<div class="c-suggestNews"{js}>{suggestions}</div>\n</div>\n'
    )


def share_box(rec: dict) -> str:
    url = canonical(rec)
    return (
        '<div class="c-share" aria-label="Artikel teilen">'
        f'<a class="c-share__link" href="https://twitter.com/intent/tweet?url={url}&amp;via=t3n" '
        'target="_blank" rel="noopener">Auf Twitter teilen</a>'
        f'<a class="c-share__link" href="https://www.facebook.com/sharer/sharer.php?u={url}" '
        'target="_blank" rel="noopener">Auf Facebook teilen</a>'
        f'<a class="c-share__link" href="https://www.linkedin.com/sharing/share-offsite/?url={url}" '
        'target="_blank" rel="noopener">Auf LinkedIn teilen</a>'
        '<button class="c-share__link" type="button" data-modal-open="mastodon">Auf Mastodon '
        "teilen</button>"
        f'<a class="c-share__link" href="mailto:?subject={attr(plain(rec["title"]))}&amp;body={url}">'
        "Per E-Mail teilen</a></div>\n"
    )


def comments_box(rec: dict) -> str:
    comments = rec.get("comments", [])
    head = "Schreib den ersten Kommentar!" if not comments else f"{len(comments)} Kommentare"
    items = "".join(
        f'<li class="c-comment" id="comment-{_stable(rec["id"], n) % 99999}">'
        f'<p class="c-comment__author"><strong>{esc(n)}</strong> '
        f'<time datetime="{rec["published"]}">{fmt_date(rec["published"])}</time></p>'
        f'<div class="c-comment__text"><p>{esc(t)}</p></div></li>'
        for n, t in comments
    )
    rules = "".join(f"<p>{esc(p)}</p>" for p in COMMUNITY_RULES)
    return (
        '<section class="c-comments" id="comments">\n'
        f'<h2 class="c-comments__headline">{head}</h2>\n'
        '<details class="c-community-rules"><summary>Bitte beachte unsere '
        f"Community-Richtlinien</summary>{rules}</details>\n"
        + (f'<ol class="c-comments__list">{items}</ol>\n' if items else "")
        + '<form class="c-comment-form" action="/wp-comments-post.php" method="post">'
        "<p>Melde dich mit deinem t3n Account an oder fülle die unteren Felder aus.</p>"
        '<textarea name="comment"></textarea><input name="author"><input name="email" type="email">'
        f'<input type="hidden" name="comment_post_ID" value="{rec["id"]}">'
        "<button>Kommentar abschicken</button></form>\n</section>\n"
    )


def most_read_sidebar(catalog: dict, exclude: str) -> str:
    """Sidebar next to the article (outside #main-content): not related links."""
    picks = [
        r
        for r in sorted(catalog.values(), key=lambda r: r["published"], reverse=True)
        if r["id"] != exclude and _is_normal(r)
    ][:4]
    items = "".join(f'<li><a href="{article_href(r, "rel")}">{esc(r["title"])}</a></li>' for r in picks)
    return (
        f'<aside class="c-sidebar" aria-label="Meistgelesen"><h2>Meistgelesen</h2>'
        f"<ol>{items}</ol>{ad_slot('sidebar')}</aside>\n"
    )


def render_article_page(
    record: dict, page: int = 1, layout: str | None = None, *, catalog: dict | None = None, padding_kb=0
) -> str:
    """One page (1-based) of an article as full HTML, with all the site's boilerplate.

    ``layout`` overrides the record's layout ("current" or "legacy"); ``padding_kb`` (int or a
    (low, high) range) pads the page to real-page weight with navigation, CSS and JSON blobs.
    """
    catalog = catalog or _catalog()
    catalog = {**catalog, record["id"]: record}
    rec = dict(record, layout=layout or record.get("layout", "current"))
    pages = split_pages(rec)
    total = len(pages)
    if not 1 <= page <= total:
        raise ValueError(f"article {rec['id']} has {total} page(s), not {page}")
    blocks = pages[page - 1]
    if rec.get("paywalled"):
        blocks = public_blocks(blocks)
    style = Style(rec)

    head_extra = (
        article_meta_tags(rec, page)
        + pagination_links(rec, page, total)
        + data_layer(rec)
        + article_jsonld(rec, catalog)
    )
    render = _render_legacy if rec["layout"] == "legacy" else _render_current
    main = render(rec, page, total, blocks, catalog, style)

    def assemble(head_pad="", mega=""):
        title = plain(rec["title"]) + (f" – Seite {page}" if page > 1 else "")
        return (
            render_head(
                title,
                description=plain(rec["lead"]),
                canonical_url=canonical(rec, page),
                extra=head_extra,
                padding=head_pad,
            )
            + f'<body class="single single-post postid-{rec["id"]} layout-{rec["layout"]}">\n'
            + render_header(mega_menu=mega)
            + ad_slot("billboard")
            + main
            + most_read_sidebar(catalog, rec["id"])
            + render_footer()
            + ADBLOCK_NOTICE
            + bookmark_modal(article_path(rec))
            + MASTODON_MODAL
            + ad_slot("sticky-footer")
            + CONSENT
            + NOSCRIPT
            + '<script src="https://cdn.t3n.de/assets/js/main.8c1e.js" defer></script>\n'
            + "</body>\n</html>\n"
        )

    page_html = assemble()
    target = _target_bytes(padding_kb, rec["id"])
    if target:
        page_html = assemble(*padding_parts(target, len(page_html.encode())))
    return page_html


def _kicker(rec: dict, style: Style) -> str:
    section = esc(rec["section"])
    if rec.get("advertorial"):
        return (
            f'<span class="c-article__kicker c-article__kicker--sponsored">{section}</span>'
            f'<span class="c-badge c-badge--sponsored">Sponsored</span>'
        )
    topic = dict(NAV_TOPICS)
    slug = slugify(rec["section"])
    if style.v == 3 and slug in topic:
        return f'<a class="c-article__kicker" href="/tag/{slug}/">{section}</a>'
    return f'<span class="c-article__kicker">{section}</span>'


def _render_current(rec, page, total, blocks, catalog, style: Style) -> str:
    """The current layout: .c-article__headline h1, lead, meta line, div.c-entry body."""
    v = style.v
    h1_class = {
        0: "",
        1: ' class="u-text-h1"',
        2: ' itemprop="headline"',
        3: ' class="c-headline c-headline--article"',
    }[v]
    headline_div = {
        0: "c-article__headline",
        1: "c-article__headline u-mb-2",
        2: "u-gap-2 c-article__headline",
        3: "c-article__headline",
    }[v]
    title = esc(rec["title"], style.entities)
    lead = esc(rec["lead"], style.entities)
    lead_html = (
        f'<div class="c-article__lead"><p>{lead}</p></div>'
        if v == 1
        else f'<p class="{"u-text-lead c-article__lead" if v == 2 else "c-article__lead"}">{lead}</p>'
    )
    updated = ""
    if rec.get("modified") and rec["modified"] != rec["published"]:
        updated = (
            f'<span class="c-article__updated">Aktualisiert am <time datetime="'
            f'{rec["modified"]}">{fmt_date(rec["modified"])}</time></span>'
        )
    reading = reading_label(rec)
    reading_html = f'<span class="c-article__reading-time">{reading}</span>' if reading else ""
    sponsor = ""
    if rec.get("advertorial"):
        sponsor = f'<p class="c-article__sponsor">Anzeige – präsentiert von <strong>{esc(rec["sponsor"])}</strong></p>'
    header = (
        '<header class="c-article__header">\n'
        + ('<div class="c-article__header-inner">\n' if v == 1 else "")
        + _kicker(rec, style)
        + "\n"
        + f'<div class="{headline_div}"><h1{h1_class}>{title}</h1></div>\n'
        + lead_html
        + "\n"
        + sponsor
        + '<div class="c-article__meta">'
        + f'<div class="c-article__author">{byline(rec["authors"])}</div>'
        + f'<time class="c-article__date" datetime="{rec["published"]}">'
        f"{fmt_date(rec['published'])}</time>{updated}{reading_html}"
        + '<button class="c-bookmark" type="button" data-modal-open="bookmark">Artikel merken'
        "</button></div>\n" + ("</div>\n" if v == 1 else "") + "</header>\n"
    )
    figure = ""
    if page == 1 and rec.get("image"):
        figure = render_figure(rec["image"], "c-article__figure", style, lazy=rec.get("image_lazy", False)) + "\n"
    body = render_blocks(blocks, rec, catalog, style)
    entry_class = {0: "c-entry", 1: "u-richtext c-entry c-entry--article", 2: "c-entry", 3: "c-entry u-richtext"}[v]
    entry = f'<div class="{entry_class}">\n{body}</div>\n'
    if v in (1, 2):  # extra grid wrappers
        entry = f'<div class="c-article__body"><div class="o-grid__col">\n{entry}</div></div>\n'
    entry = requote(entry, style.quotes)
    paywall = ""
    if rec.get("paywalled"):
        hidden = [b for b in rec["body"][len(public_blocks(rec["body"])) + 1 :] if b[0] == "p"]
        teaser = plain(hidden[0][1])[:60] + " …" if hidden else ""
        paywall = (
            '<div class="c-paywall__wrapper">\n'
            f'<p class="c-paywall__teaser" aria-hidden="true">{esc(teaser)}</p>\n'
            '<div class="c-paywall">\n<p class="c-paywall__headline">Weiterlesen mit t3n Pro</p>\n'
            "<p>Du willst den ganzen Artikel lesen? Teste t3n Pro 30 Tage kostenlos und lies alle "
            "Pro-Artikel, Magazin-Ausgaben und Guides.</p>\n"
            '<a class="c-button" href="/pro/?utm_source=paywall">Jetzt testen</a> '
            f'<a href="/login/?redirect_to={article_path(rec)}" rel="nofollow">Anmelden</a>\n'
            "</div>\n</div>\n"
        )
    footer = (
        '<footer class="c-article__footer">\n'
        + (suggest_box(rec, catalog) if not rec.get("advertorial") else "")
        + share_box(rec)
        + ("" if rec.get("paywalled") else newsletter_box())
        + ad_slot("below-article")
        + comments_box(rec)
        + "</footer>\n"
    )
    article_cls = "c-article c-article--sponsored" if rec.get("advertorial") else "c-article"
    if rec.get("paywalled"):
        article_cls += " c-article--pro"
    return (
        f'<main id="main-content" class="c-main">\n'
        f'<article class="{article_cls}" data-id="{rec["id"]}">\n'
        + header
        + ad_slot("header")
        + figure
        + entry
        + paywall
        + article_pager(rec, page, total)
        + footer
        + "</article>\n</main>\n"
    )


def _render_legacy(rec, page, total, blocks, catalog, style: Style) -> str:
    """The older layout (2017): no .c-article__headline, a plain h1 in the article header,
    tg-* class names, body in .entry-content with itemprop=articleBody."""
    title = esc(rec["title"], style.entities)
    meta = (
        f'<div class="tg-article-meta">{byline(rec["authors"])} | '
        f'<time class="entry-date published" datetime="{rec["published"]}">'
        f"{fmt_date(rec['published'], with_time=False)}</time>"
    )
    if rec.get("modified"):
        meta += (
            f' <time class="updated" datetime="{rec["modified"]}" hidden>'
            f"{fmt_date(rec['modified'], with_time=False)}</time>"
        )
    meta += "</div>\n"
    figure = ""
    if page == 1 and rec.get("image"):
        figure = render_figure(rec["image"], "tg-article-image wp-caption", style) + "\n"
    body = render_blocks(blocks, rec, catalog, style)
    tags = ", ".join(f'<a href="{tag_path(t)}" rel="tag">{esc(t)}</a>' for t in rec["tags"])
    related = "".join(
        f'<li><a href="{article_href(catalog[r], "abs")}">{esc(catalog[r]["title"], style.entities)}</a></li>'
        for r in rec.get("related", [])
    )
    return (
        '<main id="main-content" role="main">\n<div class="tg-article-wrapper">\n'
        f'<article class="tg-article post-{rec["id"]} post type-post status-publish">\n'
        '<header class="tg-article-header entry-header">\n'
        f'<span class="tg-article-kicker">{esc(rec["section"])}</span>\n'
        f'<h1 class="entry-title">{title}</h1>\n'
        f'<p class="tg-article-teaser">{esc(rec["lead"], style.entities)}</p>\n'
        + meta
        + "</header>\n"
        + figure
        + ad_slot("header")
        + f'<div class="entry-content" itemprop="articleBody">\n{body}</div>\n'
        + article_pager(rec, page, total)
        + f'<div class="tg-tags"><span class="tg-tags__label">Mehr zu diesem Thema:</span> {tags}</div>\n'
        + (
            f'<div class="tg-crosslinks tg-crosslinks--related"><p class="tg-crosslinks__headline">'
            f"Das könnte dich auch interessieren</p><ul>{related}</ul></div>\n"
            if related
            else ""
        )
        + share_box(rec)
        + ad_slot("below-article")
        + comments_box(rec)
        + "</article>\n</div>\n</main>\n"
    )


# =========================================================================================
# Expected items (derived from the records, never from a parser)
# =========================================================================================


def _is_normal(rec: dict) -> bool:
    """An article that a crawl must output (when reachable)."""
    return not (rec.get("advertorial") or rec.get("robots_disallowed") or rec.get("offsite_redirect"))


def expected_related(rec: dict, catalog: dict) -> list[dict]:
    """Related links in page order: inline "Ebenfalls interessant" and crosslink boxes in the
    body (all pages, public part), then the "Mehr zu diesem Thema" suggestions; deduped."""
    ids = []
    body = public_blocks(rec.get("body", [])) if rec.get("paywalled") else rec.get("body", [])
    for block in body:
        if block[0] == "related":
            ids.append(block[1])
        elif block[0] in ("crosslinks", "c-crosslinks"):
            ids.extend(block[1])
    if not rec.get("advertorial"):
        ids.extend(rec.get("related", []))
    out, seen = [], set()
    for rid in ids:
        url = expected_url(catalog[rid])
        if url not in seen:
            seen.add(url)
            out.append({"url": url, "title": plain(catalog[rid]["title"])})
    return out


def expected_body(rec: dict) -> str:
    blocks = rec.get("body", [])
    if rec.get("paywalled"):
        blocks = public_blocks(blocks)
    parts = []
    for block in blocks:
        if block[0] in ("p", "h2", "h3", "quote"):
            parts.append(plain(block[1]))
        elif block[0] in ("ul", "ol"):
            parts.extend(plain(t) for t in block[1])
    return "\n\n".join(parts)


def expected_item(record: dict, catalog: dict | None = None) -> dict:
    """The item a correct crawler outputs for this record (URLs with the {base} placeholder).
    Advertorials give a marker {"_expect": "dropped", …} instead of an item."""
    catalog = {**(catalog or _catalog()), record["id"]: record}
    rec = record
    if rec.get("advertorial"):
        return {"_expect": "dropped", "reason": "advertorial", "id": rec["id"], "url": expected_url(rec)}
    image = rec.get("image")
    return {
        "id": rec["id"],
        "url": expected_url(rec),
        "title": plain(rec["title"]),
        "lead": plain(rec["lead"]),
        "body": expected_body(rec),
        "related_links": expected_related(rec, catalog),
        "authors": [a["name"] for a in rec["authors"]],
        "published": rec["published"],
        "modified": rec.get("modified"),
        "section": plain(rec["section"]),
        "tags": [plain(t) for t in rec["tags"]],
        "image": (
            {"url": image["url"], "caption": plain(image["caption"]), "credit": image["credit"]} if image else None
        ),
        "reading_time_min": rec.get("reading_time"),
        "paywalled": bool(rec.get("paywalled")),
        "page_count": len(split_pages(rec)),
        "language": "de",
    }


def _meta(rec: dict) -> dict:
    return {
        "path": article_path(rec),
        "id": rec["id"],
        "kind": rec["kind"],
        "layout": rec.get("layout", "current"),
        "variant": rec.get("variant", 0),
        "jsonld": rec.get("jsonld"),
        "pages": len(split_pages(rec)),
        "in_default_crawl": None,
        "notes": rec.get("notes", ""),
    }


# =========================================================================================
# Listings, feeds, other pages
# =========================================================================================


def teaser(rec: dict, where: str, *, big: bool = False) -> str:
    """The teaser markup shared by home, /news/, /tag/… and author pages."""
    href = attr(article_href(rec, link_variant(rec, where), "listing"))
    classes = ["c-teaser", f"c-teaser--{rec['kind']}"]
    if big:
        classes.append("c-teaser--big")
    if rec.get("advertorial"):
        classes.append("c-teaser--sponsored")
    kicker = esc(rec["section"])
    badge = '<span class="c-badge c-badge--pro">Pro</span>' if rec.get("paywalled") else ""
    image = ""
    if rec.get("image"):
        image = (
            f'<a class="c-teaser__image-link" href="{href}" tabindex="-1">'
            f'<figure class="c-teaser__figure"><img src="{attr(rec["image"]["url"])}" '
            f'alt="{attr(plain(rec["image"]["caption"]))}" loading="lazy"></figure></a>'
        )
    authors = ", ".join(esc(a["name"]) for a in rec["authors"])
    updated = ""
    if rec.get("modified") and rec["modified"] != rec["published"]:
        updated = (
            f' <span class="c-teaser__updated">Aktualisiert: <time datetime='
            f'"{rec["modified"]}">{fmt_date(rec["modified"])}</time></span>'
        )
    comments = len(rec.get("comments", []))
    path_only = href.split("?")[0].split("#")[0]
    if not path_only.endswith("/"):
        path_only += "/"
    return (
        f'<article class="{" ".join(classes)}" data-id="{rec["id"]}">{image}'
        f'<div class="c-teaser__content"><span class="c-teaser__kicker">{kicker}</span>{badge}'
        f'<h3 class="c-teaser__headline"><a class="c-teaser__link" href="{href}">'
        f"{esc(rec['title'])}</a></h3>"
        f'<p class="c-teaser__lead">{esc(rec["lead"])}</p>'
        f'<div class="c-teaser__meta">Von {authors} · <time datetime="{rec["published"]}">'
        f"{fmt_date(rec['published'])}</time>{updated} · "
        f'<a class="c-teaser__comments" href="{path_only}#comments">{comments} Kommentare</a>'
        "</div></div></article>\n"
    )


def pagination_nav(base_path: str, page: int, total: int) -> str:
    """WordPress-style pagination nav; the crawler must follow it, never build these URLs."""
    if total <= 1:
        return ""
    parts = []
    if page > 1:
        parts.append(
            f'<a class="c-pagination__prev" rel="prev" href="{listing_page_path(base_path, page - 1)}">« Zurück</a>'
        )
    for n in range(1, total + 1):
        if n == page:
            parts.append(f'<span class="c-pagination__item c-pagination__item--current" aria-current="page">{n}</span>')
        else:
            parts.append(f'<a class="c-pagination__item" href="{listing_page_path(base_path, n)}">{n}</a>')
    if page < total:
        parts.append(
            f'<a class="c-pagination__next" rel="next" href="{listing_page_path(base_path, page + 1)}">Weiter »</a>'
        )
    return '<nav class="c-pagination" aria-label="Seitennavigation">' + " ".join(parts) + "</nav>\n"


def render_listing(
    base_path: str,
    heading: str,
    records: list,
    page: int = 1,
    total_pages: int = 1,
    *,
    where: str = "news",
    rss_path: str | None = None,
    intro: str = "",
    padding_kb=0,
) -> str:
    """One page of a listing (/news/, /tag/<topic>/, /magazin/): teasers newest first, ad
    slots and promo boxes between them, <link rel=next/prev> and a pagination nav."""
    url = listing_page_path(base_path, page)
    links = []
    if page > 1:
        links.append(f'<link rel="prev" href="{BASE}{listing_page_path(base_path, page - 1)}">')
    if page < total_pages:
        links.append(f'<link rel="next" href="{BASE}{listing_page_path(base_path, page + 1)}">')
    if rss_path:
        links.append(
            f'<link rel="alternate" type="application/rss+xml" title="{attr(heading)}" href="{BASE}{rss_path}">'
        )
    teasers = []
    for i, rec in enumerate(records):
        teasers.append(teaser(rec, where, big=(i == 0 and page == 1)))
        if i == 1:
            teasers.append(ad_slot("listing-1"))
        if i == 3:
            teasers.append(
                '<aside class="c-promo c-promo--jobs"><h2>Jobs bei t3n</h2><ul>'
                '<li><a href="/jobs/senior-php-entwickler-m-w-d-458812/">Senior PHP-Entwickler '
                '(m/w/d)</a></li><li><a href="/jobs/ux-designerin-m-w-d-458901/">UX-Designerin '
                "(m/w/d)</a></li></ul></aside>\n"
            )
    title = heading + (f" – Seite {page}" if page > 1 else "")
    head_pad = mega = ""
    if padding_kb:
        estimate = 12000 + 1500 * len(records)  # the unpadded page, roughly
        head_pad, mega = padding_parts(_target_bytes(padding_kb, url), estimate)
    return (
        render_head(
            title,
            description=intro or heading,
            canonical_url=BASE + url,
            extra="\n".join(links) + "\n",
            padding=head_pad,
        )
        + '<body class="archive">\n'
        + render_header(current=base_path, mega_menu=mega)
        + ad_slot("billboard")
        + '<main id="main-content" class="c-main c-main--listing">\n'
        + f'<h1 class="c-listing__headline">{esc(heading)}</h1>\n'
        + (f'<p class="c-listing__intro">{esc(intro)}</p>\n' if intro else "")
        + '<div class="c-listing">\n'
        + "".join(teasers)
        + "</div>\n"
        + pagination_nav(base_path, page, total_pages)
        + "</main>\n"
        + render_footer()
        + CONSENT
        + NOSCRIPT
        + "</body>\n</html>\n"
    )


def render_rss(
    records: list,
    *,
    title: str = "t3n News",
    link_path: str = "/",
    feed_path: str = "/rss.xml",
    description: str = "t3n – digital pioneers",
) -> str:
    """RSS 2.0 with the newest items; links carry utm tracking parameters."""
    items = []
    for rec in records:
        pub = format_datetime(datetime.fromisoformat(rec["published"]))
        cats = "".join(f"<category><![CDATA[{t}]]></category>" for t in rec["tags"])
        link = f"{BASE}{article_path(rec)}?{UTM_RSS}".replace("&", "&amp;")
        items.append(
            "<item>\n"
            f"<title>{esc(plain(rec['title']))}</title>\n"
            f"<link>{link}</link>\n"
            f"<comments>{BASE}{article_path(rec)}#comments</comments>\n"
            f"<dc:creator><![CDATA[{', '.join(a['name'] for a in rec['authors'])}]]></dc:creator>\n"
            f"<pubDate>{pub}</pubDate>\n{cats}\n"
            f'<guid isPermaLink="false">{BASE}/?p={rec["id"]}</guid>\n'
            f"<description><![CDATA[{plain(rec['lead'])}]]></description>\n"
            "</item>"
        )
    newest = max((r["published"] for r in records), default="2021-01-01T00:00:00+01:00")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
        f"<title>{esc(title)}</title>\n"
        f'<atom:link href="{BASE}{feed_path}" rel="self" type="application/rss+xml"/>\n'
        f"<link>{BASE}{link_path}</link>\n<description>{esc(description)}</description>\n"
        f"<lastBuildDate>{format_datetime(datetime.fromisoformat(newest))}</lastBuildDate>\n"
        "<language>de-DE</language>\n<generator>https://wordpress.org/?v=5.7</generator>\n"
        + "\n".join(items)
        + "\n</channel>\n</rss>\n"
    )


def render_robots(
    disallowed_articles: list[str], crawl_delay: float | None = None, *, own_group: bool = True, sitemaps: bool = True
) -> str:
    """robots.txt: groups for other bots (with their own Crawl-delay and a full Disallow that
    must NOT apply to us), the group for our own token (``own_group``: the same rules plus
    OWN_DISALLOW), then the group for everyone; the Sitemap: lines (``sitemaps``)."""
    lines = [
        "# robots.txt for t3n.de",
        "",
        "User-agent: GPTBot",
        "Disallow: /",
        "",
        "User-agent: AhrefsBot",
        "Crawl-delay: 10",
        "Disallow: /news/",
        "",
    ]
    groups = ([OWN_TOKEN], ["*"]) if own_group else (["*"],)
    for agents in groups:
        lines += [f"User-agent: {a}" for a in agents]
        if crawl_delay:
            lines.append(f"Crawl-delay: {crawl_delay:g}")
        extra = OWN_DISALLOW if agents == [OWN_TOKEN] else []
        lines += [f"Disallow: {p}" for p in ROBOTS_DISALLOW + disallowed_articles + extra]
        lines += ["Allow: /wp-admin/admin-ajax.php", ""]
    if sitemaps:
        lines += [f"Sitemap: {BASE}/sitemap.xml", f"Sitemap: {BASE}/sitemap-news.xml", ""]
    return "\n".join(lines)


def _lastmod(rec: dict) -> str:
    return rec.get("modified") or rec["published"]


def _newest_iso(values) -> str:
    return max(values, key=datetime.fromisoformat)


def sitemap_month_path(month: str, gz: bool = False) -> str:
    return f"/sitemaps/post-{month}.xml" + (".gz" if gz else "")


def sitemap_months(records: list) -> dict:
    """{"YYYY-MM": [records published that month]}, newest month first: the monthly sitemaps."""
    months: dict[str, list] = {}
    for rec in sorted(records, key=lambda r: (r["published"], r["id"]), reverse=True):
        if not rec.get("offsite_redirect"):
            months.setdefault(rec["published"][:7], []).append(rec)
    return months


def render_urlset(records: list) -> str:
    urls = "".join(f"<url><loc>{BASE}{article_path(r)}</loc><lastmod>{_lastmod(r)}</lastmod></url>\n" for r in records)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n"
    )


def render_sitemap_index(members: list[tuple[str, str]]) -> str:
    """A sitemap index: [(path, lastmod)]."""
    items = "".join(
        f"<sitemap><loc>{BASE}{path}</loc><lastmod>{lastmod}</lastmod></sitemap>\n" for path, lastmod in members
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + items + "</sitemapindex>\n"
    )


def render_news_sitemap(records: list) -> str:
    """A Google News sitemap: publication date and title, no lastmod (as Yoast writes it)."""
    items = "".join(
        f"<url><loc>{BASE}{article_path(r)}</loc><news:news><news:publication>"
        "<news:name>t3n Magazin</news:name><news:language>de</news:language></news:publication>"
        f"<news:publication_date>{r['published']}</news:publication_date>"
        f"<news:title>{esc(plain(r['title']))}</news:title></news:news></url>\n"
        for r in records
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + items + "</urlset>\n"
    )


def render_pages_sitemap(paths: list[str], lastmod: str) -> str:
    """A sitemap of pages that are not articles (topics, authors): never article requests."""
    urls = "".join(f"<url><loc>{BASE}{p}</loc><lastmod>{lastmod}</lastmod></url>\n" for p in paths)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n"
    )


_URL_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])(?!\d)")


def newest_member(members: list[tuple[str, str]]) -> str:
    """The index member a first run reads (the spider's rule, newscrawl/pages/sitemaps.py
    ``newest_member``): the newest <lastmod>, then the newest month in its path, then the later
    place in the index."""

    def key(item):
        place, (path, lastmod) = item
        month = _URL_MONTH.search(path)
        return (datetime.fromisoformat(lastmod), month.groups() if month else ("", ""), place)

    return max(enumerate(members), key=key)[1][0]


def write_sitemaps(root: Path, records: list, listed: list, author_slugs: list) -> tuple[dict, str]:
    """The sitemap index (monthly sitemaps, the second newest gzipped; a sitemap of topic and
    author pages), the Google News sitemap. Returns ({path: [article ids]} of each sitemap, the
    path of the index member a first run reads)."""
    months = sitemap_months(records)
    members, linked = [], {}
    for n, (month, recs) in enumerate(months.items()):
        path = sitemap_month_path(month, gz=(n == 1))
        text = render_urlset(recs)
        target = root / path.lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        if path.endswith(".gz"):
            target.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
        else:
            target.write_text(text, encoding="utf-8")
        members.append((path, _newest_iso(_lastmod(r) for r in recs)))
        linked[path] = [r["id"] for r in recs]
    newest = _newest_iso(r["published"] for r in records)
    pages = sorted({tag_path(t) for r in listed for t in r["tags"]}) + [author_path(s) for s in author_slugs]
    _write(root, "/sitemaps/pages.xml", render_pages_sitemap(pages, newest))
    members.append(("/sitemaps/pages.xml", newest))
    _write(root, "/sitemap.xml", render_sitemap_index(members))
    news = sorted(listed, key=lambda r: (r["published"], r["id"]), reverse=True)[:NEWS_SITEMAP_ITEMS]
    news = [r for r in news if not r.get("offsite_redirect")]
    _write(root, "/sitemap-news.xml", render_news_sitemap(news))
    linked["/sitemap-news.xml"] = [r["id"] for r in news]
    return linked, newest_member(members)


def render_simple_page(path: str, heading: str, paragraphs: list[str], extra: str = "") -> str:
    body = "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs)
    return (
        render_head(heading, description=heading, canonical_url=BASE + path)
        + '<body class="page">\n'
        + render_header(current=path)
        + ad_slot("billboard")
        + f'<main id="main-content" class="c-main"><h1>{esc(heading)}</h1>\n{body}{extra}</main>\n'
        + render_footer()
        + CONSENT
        + "</body>\n</html>\n"
    )


MOST_READ = ("1352418", "1351990", "1353377")  # the home page's "Meistgelesen" box


def home_sections(records: list, catalog: dict) -> dict:
    """Which articles the home page links, per box (also used for the expected crawl)."""
    newest = sorted(records, key=lambda r: (r["published"], r["id"]), reverse=True)
    return {
        "top": newest[:9],
        "most_read": [catalog[i] for i in MOST_READ if i in catalog],
        "pro": [r for r in newest if r.get("paywalled")][:2],
        "magazin": [r for r in newest if r["kind"] == "magazin"][:6],
    }


def render_home(records: list, catalog: dict) -> str:
    """Home page: top teasers (all kinds), 'Meistgelesen', a Pro box, magazine links, jobs."""
    boxes = home_sections(records, catalog)
    top = "".join(teaser(r, "home", big=i == 0) for i, r in enumerate(boxes["top"]))
    most_read = "".join(
        f'<li><a href="{attr(article_href(r, link_variant(r, "mostread"), "mostread"))}">{esc(r["title"])}</a></li>'
        for r in boxes["most_read"]
    )
    pro_box = "".join(teaser(r, "home-pro") for r in boxes["pro"])
    mag_links = "".join(f'<li><a href="{article_href(r, "abs")}">{esc(r["title"])}</a></li>' for r in boxes["magazin"])
    return (
        render_head(
            "t3n – digital pioneers | Das Magazin für digitales Business",
            description="t3n ist das Magazin für digitales Business: News, Ratgeber und "
            "Hintergründe zu Software, KI, Security und Mobilität.",
            canonical_url=f"{BASE}/",
        )
        + '<body class="home">\n'
        + render_header(current="/")
        + ad_slot("billboard")
        + '<main id="main-content" class="c-main c-main--home">\n'
        + '<h1 class="u-visually-hidden">t3n – digital pioneers</h1>\n'
        + f'<section class="c-home__top"><h2>Top-Themen</h2>\n{top}</section>\n'
        + ad_slot("home-1")
        + f'<section class="c-home__mostread"><h2>Meistgelesen</h2><ol>{most_read}</ol></section>\n'
        + '<section class="c-home__pro"><h2>t3n Pro</h2>\n'
        + pro_box
        + '<a class="c-button" href="/pro/">Alle Pro-Artikel</a></section>\n'
        + f'<section class="c-home__magazin"><h2>Aus dem Magazin</h2><ul>{mag_links}</ul></section>\n'
        + '<section class="c-home__jobs"><h2>Jobs</h2><ul>'
        '<li><a href="/jobs/senior-php-entwickler-m-w-d-458812/">Senior PHP-Entwickler (m/w/d)</a></li>'
        '<li><a href="https://jobs.t3n.de/jobs/frontend-entwickler">Frontend-Entwickler</a></li>'
        "</ul></section>\n"
        + newsletter_box()
        + '<p class="c-home__shop"><a href="https://shop.t3n.de/magazin/">Das neue t3n Magazin im '
        'Shop</a> · <a href="https://t3n.de/news/">t3n.de</a></p>\n'
        + "</main>\n"
        + render_footer()
        + ADBLOCK_NOTICE
        + CONSENT
        + NOSCRIPT
        + "</body>\n</html>\n"
    )


def render_author_page(slug: str, records: list) -> str:
    info = AUTHORS.get(slug, {"name": slug.replace("-", " ").title(), "bio": ""})
    mine = [r for r in records if any(a["slug"] == slug for a in r["authors"])]
    mine.sort(key=lambda r: r["published"], reverse=True)
    teasers = "".join(teaser(r, f"author:{slug}") for r in mine)
    return (
        render_head(f"{info['name']} – Redaktion", description=info["bio"], canonical_url=f"{BASE}{author_path(slug)}")
        + '<body class="author">\n'
        + render_header()
        + ad_slot("billboard")
        + '<main id="main-content" class="c-main c-main--author">\n'
        + f'<div class="c-author-profile"><h1>{esc(info["name"])}</h1>'
        f'<p class="c-author-profile__bio">{esc(info["bio"])}</p>'
        f'<a href="https://twitter.com/t3n">Twitter</a></div>\n'
        + f'<div class="c-listing">{teasers}</div>\n</main>\n'
        + render_footer()
        + CONSENT
        + "</body>\n</html>\n"
    )


# =========================================================================================
# The whole site
# =========================================================================================


def _write(root: Path, path: str, text: str) -> None:
    """Write a page for URL path ``path`` (directories get index.html)."""
    target = root / path.lstrip("/")
    if path.endswith("/"):
        target = target / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def _chunks(items: list, size: int) -> list[list]:
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def build_site(
    root,
    records: list | None = None,
    *,
    padding_kb=0,
    news_per_page: int = NEWS_PER_PAGE,
    tag_per_page: int = TAG_PER_PAGE,
    rss_items: int = RSS_ITEMS,
    crawl_delay: float | None = None,
    max_pages: int = DEFAULT_MAX_PAGES,
    clean: bool = True,
    write_expected: bool = True,
    sitemaps: bool = True,
    own_group: bool = True,
) -> dict:
    """Write the whole replica into ``root`` and return the expected-crawl summary.

    ``records`` defaults to ARTICLES; pass a changed list for incremental tests (new
    articles, a bumped ``modified``) or ``synthetic_records(n)`` for benchmarks.
    ``padding_kb`` (int or (low, high)) gives article pages real-page weight.
    ``crawl_delay`` adds a Crawl-delay line to robots.txt's ``User-agent: *`` group (and ours).
    ``sitemaps`` writes the sitemap index, monthly and news sitemaps (named in robots.txt);
    ``own_group`` gives robots.txt a group for the crawler's own token (OWN_DISALLOW).
    Records with ``sitemap_only`` are linked by no page, only by the sitemaps.
    """
    root = Path(root)
    records = list(ARTICLES if records is None else records)
    catalog = _catalog(records)
    if clean and root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)
    listed = [r for r in records if not r.get("sitemap_only")]  # what pages and feeds link
    newest = sorted(listed, key=lambda r: (r["published"], r["id"]), reverse=True)

    # Which listing pages link which articles (for the expected crawl).
    linked: dict[str, list[str]] = {}

    def listing(base_path, heading, recs, per_page, where, rss_path=None, intro=""):
        chunks = _chunks(recs, per_page)
        for n, chunk in enumerate(chunks, start=1):
            _write(
                root,
                listing_page_path(base_path, n),
                render_listing(
                    base_path,
                    heading,
                    chunk,
                    n,
                    len(chunks),
                    where=where,
                    rss_path=rss_path,
                    intro=intro,
                    padding_kb=padding_kb,
                ),
            )
            linked[listing_page_path(base_path, n)] = [r["id"] for r in chunk]
        return len(chunks)

    # Articles: every page, plus expected/meta beside page 1.
    for rec in records:
        if rec.get("offsite_redirect"):
            continue
        for n in range(1, len(split_pages(rec)) + 1):
            _write(root, article_path(rec, n), render_article_page(rec, n, catalog=catalog, padding_kb=padding_kb))

    # Listings.
    news = [r for r in newest if r["kind"] == "news"]
    listing_pages = {
        "/news/": listing(
            "/news/", "News", news, news_per_page, "news", "/rss.xml", "Die neuesten News aus der digitalen Welt"
        )
    }
    all_tags = {}
    for rec in newest:
        for t in rec["tags"]:
            all_tags.setdefault(slugify(t), (t, []))[1].append(rec)
    nav = dict(NAV_TOPICS)
    for slug, name in NAV_TOPICS:
        all_tags.setdefault(slug, (name, []))
    for slug, (name, recs) in sorted(all_tags.items()):
        base_path = f"/tag/{slug}/"
        pages = listing(
            base_path,
            nav.get(slug, name),
            recs,
            tag_per_page,
            f"tag:{slug}",
            f"{base_path}rss.xml",
            f"Alle Artikel zum Thema {nav.get(slug, name)}",
        )
        if slug in nav:
            listing_pages[base_path] = pages
        _write(
            root,
            f"{base_path}rss.xml",
            render_rss(
                recs[:rss_items],
                title=f"t3n – {nav.get(slug, name)}",
                link_path=base_path,
                feed_path=f"{base_path}rss.xml",
            ),
        )
    listing("/magazin/", "Magazin", [r for r in newest if r["kind"] == "magazin"], news_per_page * 2, "magazin")

    # Home, feed, robots, sitemaps, authors, other non-article pages.
    _write(root, "/", render_home(listed, catalog))
    linked["/"] = [r["id"] for box in home_sections(listed, catalog).values() for r in box]
    rss = newest[:rss_items]
    _write(root, "/rss.xml", render_rss(rss))
    linked["/rss.xml"] = [r["id"] for r in rss]
    disallowed = [article_path(r) for r in records if r.get("robots_disallowed")]
    _write(root, "/robots.txt", render_robots(disallowed, crawl_delay, own_group=own_group, sitemaps=sitemaps))
    author_slugs = sorted({a["slug"] for r in listed for a in r["authors"] if a["slug"]})
    in_sitemaps, first_member = write_sitemaps(root, records, listed, author_slugs) if sitemaps else ({}, None)
    for slug in author_slugs:
        _write(root, author_path(slug), render_author_page(slug, listed))
    _write(
        root,
        "/redaktion/",
        render_simple_page(
            "/redaktion/",
            "Redaktion",
            ["Das Team hinter t3n."],
            "<ul>"
            + "".join(
                f'<li><a href="{author_path(s)}">{esc(AUTHORS.get(s, {"name": s})["name"])}</a></li>'
                for s in author_slugs
            )
            + "</ul>",
        ),
    )
    _write_static_pages(root, newest)

    # Redirects: old slugs -> new slug (same id), off-site article redirects.
    redirects = {}
    for rec in records:
        for old in rec.get("old_slugs", []):
            redirects[article_path(rec, slug=old)] = {"status": 301, "location": canonical(rec)}
        if rec.get("offsite_redirect"):
            redirects[article_path(rec)] = {"status": 301, "location": rec["offsite_redirect"]}
    (root / "_redirects.json").write_text(_dump(redirects), encoding="utf-8")

    own_disallowed = OWN_DISALLOW if own_group else []
    summary = expected_crawl(
        records,
        linked,
        {p: n for p, n in listing_pages.items() if p not in own_disallowed},
        max_pages,
        disallowed,
        in_sitemaps,
        own_disallowed,
        first_member,
    )
    if write_expected:
        in_crawl = {a["id"] for a in summary["articles"]}
        for rec in records:
            if rec.get("offsite_redirect"):
                continue
            folder = root / article_path(rec).lstrip("/")
            (folder / "expected.json").write_text(_dump(expected_item(rec, catalog)), encoding="utf-8")
            meta = _meta(rec)
            meta["in_default_crawl"] = rec["id"] in in_crawl
            (folder / "meta.json").write_text(_dump(meta), encoding="utf-8")
        (root / "expected_crawl.json").write_text(_dump(summary), encoding="utf-8")
    return summary


def expected_crawl(
    records, linked, listing_pages, max_pages, disallowed, in_sitemaps=None, own_disallowed=(), first_member=None
) -> dict:
    """What a default crawl (a first run, no since/full) must output: every article linked from the
    home page, the first ``max_pages`` pages of /news/ and of each navigation topic our robots
    group allows, the RSS feed, the news sitemap and the one member of the sitemap index a first
    run reads (``first_member``, the newest: the others are noted for a backfill, not read); minus
    advertorials (dropped), robots-disallowed and off-site-redirected ones. ``all_articles``:
    what every door leads to (a ``full=1`` run reads every member)."""
    catalog = _catalog(records)
    in_sitemaps = in_sitemaps or {}
    start = ["/", "/rss.xml"]
    for base_path, pages in listing_pages.items():
        start += [listing_page_path(base_path, n) for n in range(1, min(pages, max_pages) + 1)]
    first_run_sitemaps = [p for p in in_sitemaps if p == first_member or not p.startswith("/sitemaps/")]
    reachable = []
    for ids in [linked.get(page, []) for page in start] + [in_sitemaps[p] for p in first_run_sitemaps]:
        for rid in ids:
            if rid not in reachable:
                reachable.append(rid)
    deep = [rid for ids in list(linked.values()) + list(in_sitemaps.values()) for rid in ids]
    articles, dropped, not_crawled = [], [], []
    for rid in reachable:
        rec = catalog[rid]
        entry = {"id": rid, "url": expected_url(rec)}
        if rec.get("advertorial"):
            dropped.append({**entry, "reason": "advertorial"})
        elif rec.get("robots_disallowed"):
            not_crawled.append({"path": article_path(rec), "reason": "robots.txt"})
        elif rec.get("offsite_redirect"):
            not_crawled.append(
                {"path": article_path(rec), "reason": "redirect to another host", "location": rec["offsite_redirect"]}
            )
        else:
            articles.append(entry)
    everything = sorted({rid for rid in deep if _is_normal(catalog[rid])})
    return {
        "base_placeholder": EXPECTED_BASE,
        "max_pages": max_pages,
        "start_paths": ["/", "/news/", "/rss.xml"],
        "section_listings": {p: [listing_page_path(p, n) for n in range(1, c + 1)] for p, c in listing_pages.items()},
        "articles": sorted(articles, key=lambda a: a["id"]),
        "dropped": dropped,
        "not_crawled": not_crawled,
        "robots_disallowed": ROBOTS_DISALLOW + disallowed + list(own_disallowed),
        "sitemaps": in_sitemaps,
        "first_run_sitemaps": first_run_sitemaps,
        "all_articles": [{"id": rid, "url": expected_url(catalog[rid])} for rid in everything],
        "redirects": {article_path(r, slug=o): article_path(r) for r in records for o in r.get("old_slugs", [])},
    }


def _write_static_pages(root: Path, newest: list) -> None:
    """Non-article pages: never items. Some carry numeric ids in their URLs on purpose."""
    pro = [r for r in newest if r.get("paywalled")]
    pro_links = "<ul>" + "".join(f'<li><a href="{article_path(r)}">{esc(r["title"])}</a></li>' for r in pro) + "</ul>"
    pages = {
        "/pro/": (
            "t3n Pro",
            ["Lies alle Pro-Artikel, Guides und Magazin-Ausgaben.", "Jetzt 30 Tage kostenlos testen."],
            pro_links,
        ),
        "/jobs/": (
            "Jobs",
            ["Die besten Jobs für digitale Köpfe."],
            '<ul><li><a href="/jobs/senior-php-entwickler-m-w-d-458812/">Senior '
            'PHP-Entwickler (m/w/d)</a></li><li><a href="/jobs/ux-designerin-m-w-d-458901/">'
            "UX-Designerin (m/w/d)</a></li></ul>",
        ),
        "/jobs/senior-php-entwickler-m-w-d-458812/": (
            "Senior PHP-Entwickler (m/w/d)",
            ["Wir suchen Verstärkung für unser Team in Hannover.", "Bewirb dich jetzt!"],
            "",
        ),
        "/jobs/ux-designerin-m-w-d-458901/": (
            "UX-Designerin (m/w/d)",
            ["Gestalte die Zukunft digitaler Produkte mit uns."],
            "",
        ),
        "/newsletter/": (
            "Newsletter",
            ["Jeden Morgen die wichtigsten News aus der digitalen Wirtschaft – kostenlos in dein Postfach."],
            newsletter_box(),
        ),
        "/events/": (
            "Events",
            ["Konferenzen, Meetups und Webinare von t3n."],
            '<a href="https://events.t3n.de/">Alle Events</a>',
        ),
        "/suche/": ("Suche", ["Suchergebnisse"], ""),
        "/login/": ("Login", ["Melde dich mit deinem t3n Account an."], ""),
        "/impressum/": ("Impressum", ["yeebase media GmbH, Kriegerstraße 40, 30161 Hannover."], ""),
        "/datenschutz/": ("Datenschutz", ["Informationen zum Datenschutz bei t3n."], ""),
    }
    for path, (heading, paragraphs, extra) in pages.items():
        _write(root, path, render_simple_page(path, heading, paragraphs, extra))
    _write(
        root,
        "/404.html",
        render_simple_page("/404/", "Seite nicht gefunden", ["Diese Seite gibt es leider nicht (mehr)."]),
    )


# =========================================================================================
# Synthetic records for tests and benchmarks
# =========================================================================================


def _sentence_pool() -> list[str]:
    pool = []
    for rec in ARTICLES:
        for block in rec.get("body", []):
            if block[0] == "p":
                pool += [s.strip() + "." for s in plain(block[1]).split(". ") if len(s) > 30]
    return [s.replace("..", ".") for s in pool]


def synthetic_records(
    n: int, seed: int = 0, *, start_id: int = 1400000, start: str = "2023-06-30T18:00:00+02:00"
) -> list[dict]:
    """``n`` varied article records with realistic text (sentences reused from the real
    records), newest first, ids counting down from ``start_id + n``. Mix: ~78% news, 20%
    magazine, some paywalled, multi-page, legacy layout, without JSON-LD, advertorials."""
    from datetime import timedelta

    rnd = random.Random(seed)
    pool = _sentence_pool()
    authors = list(AUTHORS)
    topics = [name for _, name in NAV_TOPICS]
    extra_tags = [
        "Apple",
        "Google",
        "Microsoft",
        "Startups",
        "E-Commerce",
        "Cloud",
        "Datenschutz",
        "Social Media",
        "Karriere",
        "Hardware",
    ]
    t0 = datetime.fromisoformat(start)
    out = []
    for k in range(n):
        rid = str(start_id + n - k)
        published = (t0 - timedelta(minutes=37 * k + rnd.randint(0, 20))).isoformat()
        kind = "magazin" if rnd.random() < 0.2 else "news"
        tags = [rnd.choice(topics)] + rnd.sample(extra_tags, rnd.randint(1, 3))
        paragraphs = rnd.randint(3, 28)
        body = []
        for i in range(paragraphs):
            body.append(("p", " ".join(rnd.choice(pool) for _ in range(rnd.randint(2, 6)))))
            if i in (0, 3, 8, 14):
                body.append(("ad",))
            if i and i % 6 == 0:
                body.append(("h2", rnd.choice(pool)[:60].rstrip(" .,")))
            if i == 4 and rnd.random() < 0.3:
                body.append(("ul", [rnd.choice(pool) for _ in range(rnd.randint(2, 5))]))
            if i == 5 and rnd.random() < 0.2:
                body.append(("quote", rnd.choice(pool)))
        older = [r["id"] for r in out[-40:]]
        if older and rnd.random() < 0.5:
            body.insert(min(len(body), 5), ("related", rnd.choice(older)))
        multipage = kind == "magazin" and paragraphs > 12 and rnd.random() < 0.3
        if multipage:
            body.insert(len(body) // 2, ("nextpage",))
        paywalled = not multipage and rnd.random() < 0.05
        if paywalled:
            body.insert(3, ("paywall",))
        legacy = rnd.random() < 0.05  # the old layout shows no reading time
        slug = slugify(" ".join(rnd.choice(pool).split()[:6]))[:60].strip("-")
        title_words = rnd.choice(pool).rstrip(".").split()[: rnd.randint(5, 11)]
        out.append(
            {
                "id": rid,
                "kind": kind,
                "slug": slug or f"artikel-{rid}",
                "section": rnd.choice(["News"] * 4 + topics + ["Porträt", "Trendreport"]),
                "title": " ".join(title_words),
                "lead": " ".join(rnd.choice(pool) for _ in range(2)),
                "body": body,
                "authors": [
                    {"name": AUTHORS[a]["name"], "slug": a}
                    for a in rnd.sample(authors, 1 if rnd.random() < 0.85 else 2)
                ],
                "published": published,
                "modified": published if rnd.random() < 0.3 else None,
                "tags": tags,
                "image": (
                    {
                        "url": f"{CDN_SYN}/{rid}.jpg",
                        "caption": rnd.choice(pool),
                        "credit": rnd.choice(["dpa", "Shutterstock.com", "t3n"]),
                        "label": rnd.choice(["Foto", "Abbildung", "Grafik", "Screenshot"]),
                    }
                    if rnd.random() < 0.9
                    else None
                ),
                "reading_time": None if legacy else max(1, paragraphs // 3),
                "layout": "legacy" if legacy else "current",
                "variant": rnd.randint(0, 3),
                "jsonld": None if rnd.random() < 0.1 else "news",
                "paywalled": paywalled,
                "advertorial": rnd.random() < 0.02,
                "sponsor": "Partner GmbH",
                "related": rnd.sample(older, min(len(older), rnd.randint(0, 3))),
                "notes": "synthetic",
            }
        )
    return out


CDN_SYN = "https://cdn.t3n.de/news/wp-content/uploads/synthetic"

V2_NEW_IDS = ("1382101", "1382102")
V2_UPDATED_ID = "984211"  # the oldest article, alone in its monthly sitemap; linked by no first page


def v2_records(records: list | None = None) -> list[dict]:
    """The site moved on: two new articles, and one old article changed, with a newer
    ``modified`` (so its <lastmod> and that of its monthly sitemap in the index move)."""
    import copy

    records = copy.deepcopy(list(ARTICLES if records is None else records))
    by_id = {r["id"]: r for r in records}
    template = by_id["1380432"]
    for n, rid in enumerate(V2_NEW_IDS):
        rec = copy.deepcopy(template)
        rec.update(
            id=rid,
            slug=f"neu-im-juni-{n + 1}",
            title=f"Neu im Juni, Teil {n + 1}",
            published=f"2021-06-19T1{n}:00:00+02:00",
            modified=None,
            sitemap_only=False,
            body=[("p", f"Ein neuer Artikel, Teil {n + 1}, erst heute erschienen.")] + template["body"],
        )
        records.append(rec)
    old = by_id[V2_UPDATED_ID]
    old["modified"] = "2021-06-19T09:30:00+02:00"
    old["lead"] = old["lead"] + " Aktualisiert: Die Funktion gibt es inzwischen für alle."
    return records


def build_bad_inputs(root) -> list[dict]:
    """Add the bad-input pages (see replica.bad_inputs) to a built site."""
    try:
        from .bad_inputs import build_bad_inputs as _build
    except ImportError:
        from replica.bad_inputs import build_bad_inputs as _build
    return _build(root)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description="Generate the offline t3n.de replica.")
    p.add_argument("root", nargs="?", default=str(Path(__file__).resolve().parent.parent / "site"))
    p.add_argument("--synthetic", type=int, default=0, help="use N synthetic articles instead")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--padding-kb", default="0", help="page weight: N or LOW-HIGH (KB)")
    p.add_argument("--news-per-page", type=int, default=NEWS_PER_PAGE)
    p.add_argument("--tag-per-page", type=int, default=TAG_PER_PAGE)
    p.add_argument("--crawl-delay", type=float, default=None)
    p.add_argument("--bad-inputs", action="store_true")
    p.add_argument("--v2", action="store_true", help="the site moved on: two new articles, an old one changed")
    p.add_argument("--no-sitemaps", action="store_true", help="no sitemaps, no Sitemap: lines in robots.txt")
    p.add_argument("--no-own-group", action="store_true", help="no robots.txt group for the crawler's token")
    args = p.parse_args(argv)
    padding = args.padding_kb
    padding = tuple(int(x) for x in padding.split("-")) if "-" in padding else int(padding)
    records = synthetic_records(args.synthetic, args.seed) if args.synthetic else None
    if args.v2:
        records = v2_records(records)
    summary = build_site(
        args.root,
        records,
        padding_kb=padding,
        news_per_page=args.news_per_page,
        tag_per_page=args.tag_per_page,
        crawl_delay=args.crawl_delay,
        sitemaps=not args.no_sitemaps,
        own_group=not args.no_own_group,
    )
    if args.bad_inputs:
        build_bad_inputs(args.root)
    print(
        f"wrote {args.root}: {len(summary['articles'])} articles in the default crawl, "
        f"{len(summary['all_articles'])} in all"
    )


if __name__ == "__main__":
    main()
