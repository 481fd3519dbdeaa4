#!/usr/bin/env python3
"""Generator of tests/site_e: a blind offline replica of t3n.de in two markup generations
OTHER than the 2019-2026 utility-class layout of the real page, full of traps and bad input.

Written from /work/shared/site/t3n-site.md, sample-page-text.txt, the real page's weight and
chrome, and README's item contract, without reading the parser. Stdlib only, deterministic:

    python tests/site_e/make.py          # rewrites everything under tests/site_e/ but this file

Generations (each page's meta.json names its own):

* ``classic-2018`` (2017-2019): ``<article class="c-article">`` with ``header.c-article__header``
  (kicker link, ``h1.c-article__title``, lead ``p.c-article__lead``, byline, naive Berlin
  ``<time>``), the lead image BEFORE ``div.c-entry``, all inside ``div#main-content`` that also
  holds the "Meistgelesen" sidebar before the article; JSON-LD ``NewsArticle`` with offsets
  without colon; ``dataLayer`` with ``t3n*`` keys; ``.tg-crosslinks`` boxes.
* ``redesign-2025`` (2025+): breadcrumb without h1, a "Top-Themen" rail before the article,
  ``div.c-article__headline > h1`` (and body subheadings ALSO in ``div.c-article__headline``),
  lead in varying wrappers (one without any class), ``div#main-content`` around the lead media and
  ``div.c-entry``; Yoast-style JSON-LD ``@graph``; ``dataLayer`` with ``article.*`` keys;
  ``.c-crosslinks``; "Das könnte dich auch interessieren" grid and a "Nächster Artikel" box.

Bad input and where it lives is listed in expected_crawl.json ("not_exported", "dropped",
"robots_disallowed"); every page's meta.json says what it tests.
"""

import datetime as dt
import html
import json
import os
import random
import re
import shutil
import urllib.parse
from html.parser import HTMLParser
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
BERLIN = ZoneInfo("Europe/Berlin")
B = "{{BASE}}"  # the replica server substitutes its own http://127.0.0.1:PORT
IMG = "https://images.t3n.de/news/wp-content/uploads"
OWN_FILES = {"make.py"}


# ---------------------------------------------------------------- text helpers


class _Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, data):
        self.out.append(data)


def text(snippet):
    """Visible text of an HTML snippet, whitespace collapsed: what an item field must hold."""
    p = _Text()
    p.feed(snippet)
    p.close()
    return re.sub(r"\s+", " ", "".join(p.out)).strip()


def esc(s):
    return html.escape(s, quote=True)


def umlaut_entities(s):
    # the real page writes the lead's umlauts as HTML entities
    table = {"ä": "&auml;", "ö": "&ouml;", "ü": "&uuml;", "Ä": "&Auml;", "Ö": "&Ouml;", "Ü": "&Uuml;", "ß": "&szlig;"}
    return "".join(table.get(c, c) for c in s)


def local(t):
    """(y, m, d, H, M) Berlin wall time -> aware datetime."""
    return dt.datetime(*t, tzinfo=BERLIN)


def iso(t):
    return local(t).isoformat()


def iso_nocolon(t):
    return local(t).strftime("%Y-%m-%dT%H:%M:%S%z")


def naive(t):
    return local(t).strftime("%Y-%m-%d %H:%M:%S")


def de_date(t):
    return local(t).strftime("%d.%m.%Y, %H:%M Uhr")


MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]


def de_long(t):
    d = local(t)
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}, {d:%H:%M} Uhr"


# ---------------------------------------------------------------- chrome (weight of a real page)

RNG = random.Random(20261201)


def _path(n):
    pts = " ".join(f"{RNG.uniform(0, 24):.3f},{RNG.uniform(0, 24):.3f}" for _ in range(n))
    return "M" + pts + "z"


# icons drawn once, reused on every page: the real page carries ~200 KB of inline SVG
ICONS = {
    name: _path(RNG.randint(140, 260))
    for name in (
        "logo",
        "search",
        "menu",
        "close",
        "bookmark",
        "clock",
        "mastodon",
        "facebook",
        "twitter",
        "linkedin",
        "xing",
        "whatsapp",
        "mail",
        "pocket",
        "rss",
        "instagram",
        "youtube",
        "podcast",
        "pro",
        "arrow",
        "anchor",
        "comment",
        "user",
        "bell",
        "cart",
        "jobs",
        "events",
        "tiktok",
        "threads",
        "bluesky",
        "print",
        "copy",
        "chevron",
        "star",
        "heart",
        "info",
    )
}


def svg(name, cls="c-icon"):
    return (
        f'<svg class="{cls} -{name}" viewBox="0 0 24 24" aria-hidden="true" '
        f'xmlns="http://www.w3.org/2000/svg"><path d="{ICONS[name]}"/></svg>'
    )


def css():
    rules = []
    r = random.Random(7)
    for block in (
        "o-grid",
        "o-wrapper",
        "c-header",
        "c-menu",
        "c-megamenu",
        "c-teaser",
        "c-article",
        "c-entry",
        "c-ad",
        "c-social",
        "c-newsletter",
        "c-comments",
        "c-footer",
        "c-sidebar",
        "c-consent",
        "c-paywall",
        "c-suggestNews",
        "c-crosslinks",
        "u-text",
        "u-gap",
        "c-breadcrumb",
        "c-pagination",
        "c-modal",
    ):
        for el in (
            "",
            "__item",
            "__link",
            "__title",
            "__wrapper",
            "__label",
            "__image",
            "__meta",
            "__list",
            "__icon",
            "__button",
            "__text",
        ):
            rules.append(
                f".{block}{el}{{margin:{r.randint(0, 40) / 16:.3f}rem {r.randint(0, 40) / 16:.3f}rem;"
                f"padding:{r.randint(0, 20)}px;color:#{r.randint(0, 0xFFFFFF):06x};"
                f"font:normal {r.choice([400, 700])} {r.randint(10, 32) / 16:.3f}rem/1.5 "
                f"-apple-system,system-UI,Segoe UI,Roboto,Arial,sans-serif}}"
            )
    return "".join(rules)


CSS = css()

NAV = [  # (label, path) the mega navigation: sections, topics and furniture
    ("News", "/news/"),
    ("Magazin", "/magazin/"),
    ("Pro", "/pro/"),
    ("Software", "/tag/software/"),
    ("KI", "/tag/ki/"),
    ("Security", "/tag/security/"),
    ("Hardware & Gadgets", "/tag/hardware-gadgets/"),
    ("Startups & Economy", "/tag/startups-economy/"),
    ("Marketing", "/tag/marketing/"),
    ("E-Commerce", "/tag/e-commerce/"),
    ("Arbeitswelt", "/tag/arbeitswelt/"),
    ("Mobilität", "/tag/mobilitaet/"),
    ("Gaming", "/tag/gaming/"),
    ("Future & Science", "/tag/future-science/"),
    ("Finance", "/tag/finance/"),
    ("UX & Design", "/tag/ux-and-design/"),
    ("Software-Entwicklung", "/tag/software-entwicklung/"),
    ("Buzz & Memes", "/tag/buzz-memes/"),
    ("Alle Themen", "/tag/"),
    ("Ratgeber", "/ratgeber/"),
    ("Guides", "/guides/"),
    ("Tests & Tools", "/tests-tools/"),
    ("Podcast", "/podcast/"),
    ("Events", "/events/"),
    ("Jobs", "/jobs/"),
    ("Firmen", "/firmen/"),
    ("Online-Kurse", "/online-kurse/"),
    ("Quiz", "/quiz/"),
    ("Store", "/store/"),
    ("Newsletter", "/newsletter/"),
    ("Suche", "/suche/"),
]
FOOTER = [
    ("Über t3n", "/ueber-t3n/"),
    ("Team", "/team"),
    ("Jobs bei t3n", "/jobs-bei-t3n/"),
    ("Mediadaten", "/mediadaten/de/"),
    ("Presse", "/presse/presseinformationen/"),
    ("Redaktionelles Leitbild", "/redaktion/redaktionelles-leitbild"),
    ("Datenschutz", "/datenschutz/"),
    ("Impressum", "/impressum/"),
    ("AGB", "/agb/"),
    ("Barrierefreiheit", "/barrierefreiheit/"),
    ("Social Media", "/social-media/"),
    ("Push-Benachrichtigungen", "/info/push-notifications/"),
    ("t3n Pur", "/pur"),
    ("Newsletter", "/info/t3n-newsletter/"),
    ("Events-Pakete", "/events/pakete/"),
    ("Hilfe & FAQ", "https://faq.t3n.de/"),
    ("yeebase media", "http://yeebase.com/"),
    ("IVW", "https://www.ivw.de/"),
    ("AGOF", "https://www.agof.de/"),
    ("kununu", "https://www.kununu.com/de/t3n"),
    ("Backstage-Blog", "https://medium.com/@t3nbackstageblog"),
]
SOCIAL = [
    ("facebook", "https://www.facebook.com/t3nMagazin"),
    ("twitter", "https://twitter.com/t3n"),
    ("instagram", "https://www.instagram.com/t3n_magazin"),
    ("linkedin", "https://www.linkedin.com/company/t3n-magazin-yeebase-media-gmbh"),
    ("xing", "https://www.xing.com/news/pages/67"),
    ("youtube", "https://www.youtube.com/user/t3nMagazin"),
    ("mastodon", "https://t3n.social/@t3n"),
    ("tiktok", "https://www.tiktok.com/@t3n.de"),
    ("rss", B + "/rss.xml"),
]


def ad(slot, sizes="300x250"):
    return (
        f'<div class="c-ad-container -{slot}" id="{slot}-wrapper">'
        f'<div class="c-ad-label" id="{slot}-label">Anzeige</div>'
        f'<div class="c-ad -{slot}" id="{slot}" data-sizes="{sizes}">'
        f'<div class="c-ad-placeholder">Anzeige</div></div></div>'
    )


def head(title, extra, charset=True, generation="redesign-2025"):
    cs = '<meta charset="utf-8">\n' if charset is True else (charset or "")
    return f"""<!DOCTYPE html>
<html lang="de">
<head>
{cs}<title>{esc(title)}</title>
<meta name="robots" content="index, follow, noodp, max-image-preview:large">
<meta name="viewport" content="width=1280">
<meta name="theme-color" content="#F9423A">
<meta property="og:site_name" content="t3n Magazin">
<meta property="article:publisher" content="https://www.facebook.com/t3nMagazin">
<meta property="fb:app_id" content="318363754884229">
<meta name="twitter:site" content="@t3n">
{extra}
<link rel="preconnect" href="https://images.t3n.de/">
<link rel="preconnect" href="https://cdn.t3n.de/">
<link rel="dns-prefetch" href="https://www.googletagmanager.com/">
<link rel="stylesheet" href="https://cdn.t3n.de/assets/t3n/{generation}/styles/main.css">
<link rel="icon" type="image/png" href="https://cdn.t3n.de/assets/t3n/icons/t3n-favicon-32x32.png" sizes="32x32">
<link rel="alternate" type="application/rss+xml" title="t3n – digital pioneers | RSS Feed" href="{B}/rss.xml">
<style>{CSS}</style>
<script>window._sp_queue=[];window._sp_={{config:{{accountId:1234,baseEndpoint:'https://cmp.t3n.de',propertyHref:'https://t3n.de',targetingParams:{{consentStatus:'unknown'}}}}}};</script>
<script src="https://cmp.t3n.de/unified/wrapperMessagingWithoutDetection.js" async></script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src='https://www.googletagmanager.com/gtm.js?id='+i;f.parentNode.insertBefore(j,f);}})(window,document,'script','dataLayer','GTM-T3N0000');</script>
<script>var adScripts=window.adScripts||{{}};adScripts.pageProps={{site:'t3n',zone:'{generation}',slots:['T3N_D_Top','T3N_D_Right','T3N_D_Incontent-1','T3N_D_Incontent-2','T3N_D_Incontent-3','T3N_D_Bottom']}};</script>
"""


def sprite():
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" style="display:none"><defs>'
        + "".join(f'<symbol id="i-{n}" viewBox="0 0 24 24"><path d="{p}"/></symbol>' for n, p in ICONS.items())
        + "</defs></svg>"
    )


def site_header(generation):
    links = "".join(
        f'<li class="c-menu__item"><a class="c-menu__link" href="{p}">{esc(l)}</a></li>' for l, p in NAV[:19]
    )
    mega = "".join(
        f'<div class="c-megamenu__column"><span class="c-megamenu__title">{esc(l)}</span>'
        f'<ul class="c-megamenu__list"><li><a href="{p}">{esc(l)} – Übersicht</a></li>'
        f'<li><a href="{p}#newsletter">{svg("bell")} Newsletter {esc(l)}</a></li></ul></div>'
        for l, p in NAV[3:18]
    )
    meta = "".join(
        f'<li class="c-metamenu__item"><a class="c-metamenu__link" href="{p}">{esc(l)}</a></li>' for l, p in NAV[19:]
    )
    social = "".join(
        f'<a class="c-social__link" href="{u}" rel="noopener" target="_blank">{svg(n)}</a>' for n, u in SOCIAL
    )
    return f"""{sprite()}
<div class="c-header__wrapper tg-header-{generation}">
<header class="c-header" role="banner">
<a class="c-header__logo" href="/" title="t3n – digital pioneers">{svg("logo", "c-header__logo-svg")}<span class="u-hidetext">t3n – digital pioneers</span></a>
<div class="c-header__campaign"><a href="{B}/headercampaign/"><img class="c-header__campaign-image" src="https://cdn.t3n.de/t3n-media/t3n-headercampaign.png" alt="t3n Pro: Jetzt 30 Tage testen"></a></div>
<nav class="c-metamenu"><ul class="c-metamenu__list">{meta}<li class="c-metamenu__item"><a class="c-metamenu__link" href="/account/login?redirect=/">{svg("user")} Anmelden</a></li></ul><div class="c-metamenu__social">{social}</div></nav>
<form class="c-search" action="/suche/" method="get"><div class="c-search__form"><input class="c-search__input" type="text" name="q" placeholder="Suche"><button class="c-search__submit" type="submit">{svg("search")}</button></div></form>
<nav class="c-menu" aria-label="Hauptnavigation"><ul class="c-menu__list">{links}</ul>
<div class="c-megamenu" hidden>{mega}</div></nav>
</header></div>
"""


def site_footer():
    links = "".join(
        f'<li class="c-footer__item"><a class="c-footer__link" href="{p}">{esc(l)}</a></li>' for l, p in FOOTER
    )
    topics = "".join(
        f'<li class="c-footer__item"><a class="c-footer__link" href="{p}">{esc(l)}</a></li>' for l, p in NAV[3:18]
    )
    social = "".join(f'<a class="c-social__link" href="{u}">{svg(n)}</a>' for n, u in SOCIAL)
    return f"""<footer class="c-footer" role="contentinfo">
<div class="c-footer__columns"><ul class="c-footer__list">{topics}</ul><ul class="c-footer__list">{links}</ul></div>
<div class="c-footer__social">{social}</div>
<p class="c-footer__text">t3n – digital pioneers · © yeebase media GmbH. Alle Rechte vorbehalten.</p>
</footer>
<div class="c-adblock -hidden" id="adblock-notice"><div class="c-adblock__container"><div class="c-adblock__body"><div class="c-adblock__message">
<div class="c-adblock__title">Bitte schalte deinen Adblocker für t3n.de aus!</div>
<p>Hallo und herzlich willkommen bei t3n!</p>
<p>Bitte schalte deinen Adblocker für t3n.de aus, um diesen Artikel zu lesen.</p>
<p>Wir sind ein unabhängiger Publisher mit einem Team von mehr als 75 fantastischen Menschen, aber ohne riesigen Konzern im Rücken. Banner und ähnliche Werbemittel sind für unsere Finanzierung sehr wichtig.</p>
<p>Schon jetzt und im Namen der gesamten t3n-Crew: vielen Dank für deine Unterstützung! 🙌</p>
<p>Deine t3n-Crew</p><a href="/adblocker-anleitung/">Anleitung zur Deaktivierung</a></div></div>
<button class="c-adblock__button-close">{svg("close")}</button></div></div>
<noscript><img src="https://t3n.met.vgwort.de/na/0000000000000000" width="1" height="1" alt=""></noscript>
<script>window.__t3nBoot={{lazy:true,consent:'sourcepoint',ads:true}};</script>
<script src="https://cdn.t3n.de/assets/t3n/scripts/main.js" defer></script>
</body>
</html>
"""


def share_block(url, title):
    q = url + "?utm_source=SRC&amp;utm_medium=social&amp;utm_campaign=social-buttons"
    return f"""<div class="c-social-compact__wrapper">
<a class="c-social__button -facebook" href="http://www.facebook.com/sharer.php?u={q.replace("SRC", "facebook.com")}">{svg("facebook")} Teilen</a>
<a class="c-social__button -twitter" href="http://twitter.com/intent/tweet?url={q.replace("SRC", "twitter.com")}&amp;text={esc(title)}">{svg("twitter")} Posten</a>
<a class="c-social__button -linkedin" href="https://linkedin.com/shareArticle?mini=true&amp;url={q.replace("SRC", "linkedin.com")}">{svg("linkedin")} Teilen</a>
<a class="c-social__button -whatsapp" href="whatsapp://send?text={q.replace("SRC", "whatsapp")}">{svg("whatsapp")} WhatsApp</a>
<a class="c-social__button -mail" href="mailto:?subject={esc(title)}&amp;body={q.replace("SRC", "email")}">{svg("mail")} E-Mail</a>
<button class="c-social__button -mastodon" data-modal="mastodon">{svg("mastodon")} Auf Mastodon teilen</button>
<button class="c-social__button -bookmark" data-modal="bookmark">{svg("bookmark")} Artikel merken</button>
</div>
<div class="c-modal-wrapper -hidden" id="modal-mastodon"><div class="c-modal__container"><div class="c-modal__body"><div class="c-modal__message">
<div class="c-modal__title">Auf Mastodon teilen</div><p>Gib die URL deiner Mastodon-Instanz ein, um den Artikel zu teilen.</p>
<input type="text" placeholder="https://mastodon.social"><button class="c-button">Teilen</button></div></div></div></div>
<div class="c-modal-wrapper -hidden" id="modal-bookmark"><div class="c-modal__container"><div class="c-modal__body"><div class="c-modal__message">
<div class="c-modal__title">Artikel merken</div><p>Bitte melde dich an, um diesen Artikel in deiner persönlichen Merkliste auf t3n zu speichern.</p>
<a class="c-button" href="/account/register">Jetzt registrieren und merken</a><p>Du hast schon einen t3n-Account? <a href="/account/login">Hier anmelden</a></p></div></div></div></div>
"""


def newsletter_box(topic):
    return f"""<div class="c-native-newsletterbox u-background-lighter u-gap-inner">
<div class="c-native-newsletterbox__signup"><div class="c-headline h3">Verpasse keine News zu {esc(topic)} <span class="c-native-newsletterbox__emoji">💌</span></div>
<form class="tg-native-nl-section" novalidate><input type="email" name="email" placeholder="E-Mail-Adresse">
<p class="c-native-newsletterbox__error -hidden">Bitte gib eine gültige E-Mail-Adresse ein.</p>
<button type="submit" class="c-button -wide">Jetzt anmelden</button>
<p class="c-native-newsletterbox__privacy u-text-small">Mit der Anmeldung akzeptierst du unsere <a href="/datenschutz/">Datenschutzerklärung</a>.</p></form></div>
<div class="c-native-newsletterbox__success -hidden"><p class="h3">Fast fertig!</p>
<p>Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.</p>
<p class="c-native-newsletterbox__more">Du willst noch weitere Infos zum Newsletter? <a href="/info/t3n-newsletter/">Jetzt mehr erfahren</a></p></div>
</div>
"""


def comments(path):
    return f"""<div class="c-stage tg-article-comments" id="comments">
<div class="c-comments__headline h3">Schreib den ersten Kommentar!</div>
<details class="c-comments__rules"><summary>Bitte beachte unsere Community-Richtlinien</summary>
<p>Wir freuen uns über kontroverse Diskussionen, die gerne auch mal hitzig geführt werden dürfen. Beleidigende, grob anstößige, rassistische und strafrechtlich relevante Äußerungen und Beiträge tolerieren wir nicht. Bitte achte darauf, dass du keine Texte veröffentlichst, für die du keine ausdrückliche Erlaubnis des Urhebers hast.</p>
<p>Trotz all dieser notwendigen Regeln: Diskutiere kontrovers, sage anderen deine Meinung, trage mit weiterführenden Informationen zum Wissensaustausch bei, aber bleibe dabei fair und respektiere die Meinung anderer. Wir wünschen Dir viel Spaß mit den Webangeboten von t3n und freuen uns auf spannende Beiträge.</p>
<p>Dein t3n-Team</p></details>
<p>Melde dich mit deinem t3n Account an oder fülle die unteren Felder aus.</p>
<form class="c-comments__form" action="/news/wp-comments-post.php" method="post">
<textarea name="comment" placeholder="Dein Kommentar"></textarea><input type="text" name="author" placeholder="Name"><input type="text" name="email" placeholder="E-Mail">
<input type="hidden" name="redirect_to" value="{path}#comments"><button class="c-button" type="submit">Kommentar abschicken</button></form>
<a href="{B}/account/login?redirect={path}%23respond">Anmelden und kommentieren</a>
</div>
"""


def outbrain():
    return (
        '<div class="OUTBRAIN" data-src="DROP_PERMALINK_HERE" data-widget-id="AR_1"></div>'
        '<script async src="https://widgets.outbrain.com/outbrain.js"></script>'
    )


# ---------------------------------------------------------------- authors and articles

AUTHORS = {
    "Jonas Wendt": "jonas-wendt",
    "Mareike Holst": "mareike-holst",
    "Stefan Krug": "stefan-krug",
    "Nadia Öztürk": "nadia-oeztuerk",
    "Tobias Lindner": "tobias-lindner",
    "Hanna Zeidler": "hanna-zeidler",
    "Kerstin Albrecht": "kerstin-albrecht",
    "Paul Brenner": "paul-brenner",
}

ARTICLES = []  # filled below, in the order of the listings (newest first is computed)


def art(**kw):
    kw.setdefault("kind", "news")
    kw.setdefault("jsonld", True)
    kw.setdefault("articlebody", True)
    kw.setdefault("paywalled", False)
    kw.setdefault("export", True)
    kw.setdefault("suggest", [])
    kw.setdefault("notes", [])
    kw.setdefault("lead_style", "default")
    kw.setdefault("ld_title", None)
    kw.setdefault("not_exported", None)
    kw.setdefault("dropped", False)
    kw.setdefault("robots", False)
    kw.setdefault("headers", None)
    kw.setdefault("encoding", "utf-8")
    kw.setdefault("charset", True)
    kw["path"] = f"/{kw['kind']}/{kw['slug']}-{kw['id']}/"
    ARTICLES.append(kw)
    return kw


def P(s):
    return ("p", s)


def H(s):
    return ("h2", s)


def UL(*items):
    return ("ul", list(items))


def Q(s):
    return ("quote", s)


AD = ("ad",)


def EBF(aid):
    return ("ebenfalls", aid)


def XL(*aids):
    return ("crosslinks", list(aids))


# --- classic-2018 ---------------------------------------------------------------------------

art(
    id="1067211",
    slug="dsgvo-was-unternehmen-beachten-muessen",
    gen="classic-2018",
    kicker="News",
    ressort="Digitale Gesellschaft",
    tags=["DSGVO", "Datenschutz", "Recht"],
    title="DSGVO: Was Unternehmen ab Freitag wirklich beachten müssen",
    lead="Ab dem 25. Mai gilt die Datenschutz-Grundverordnung. Wir zeigen, welche Pflichten auf Website-Betreiber und Startups zukommen und wo die größten Missverständnisse liegen.",
    authors=["Jonas Wendt", "Mareike Holst"],
    byline="Von {0} und {1}",
    published=(2018, 5, 24, 10, 12),
    modified=(2018, 5, 24, 16, 40),
    reading="4 Min.",
    reading_min=4,
    image=dict(
        shape="figure",
        url=IMG + "/2018/05/dsgvo-schloss-tastatur.jpg",
        caption="Die DSGVO betrifft fast jede Website, die personenbezogene Daten verarbeitet.",
        label="Foto",
        credit="dpa",
    ),
    pages=[
        [
            P(
                "Nach zwei Jahren Übergangsfrist wird es ernst: Die Datenschutz-Grundverordnung, kurz DSGVO, ist ab Freitag in allen Mitgliedsstaaten der EU unmittelbar anwendbar. Viele Unternehmen haben die Umstellung lange vor sich hergeschoben und suchen jetzt nach schnellen Lösungen."
            ),
            P(
                "Dabei ist die Verordnung weniger neu, als viele glauben. Zahlreiche Grundsätze galten schon nach dem alten Bundesdatenschutzgesetz, neu sind vor allem die Dokumentationspflichten und die deutlich höheren Bußgelder von bis zu 20 Millionen Euro oder vier Prozent des weltweiten Jahresumsatzes."
            ),
            AD,
            H("Diese Pflichten kommen auf Website-Betreiber zu"),
            P(
                "Wer eine Website betreibt, muss vor allem seine Datenschutzerklärung überarbeiten. Sie muss in klarer und einfacher Sprache erklären, welche Daten zu welchem Zweck verarbeitet werden und wie lange sie gespeichert bleiben."
            ),
            UL(
                "ein Verzeichnis der Verarbeitungstätigkeiten anlegen",
                "Verträge zur Auftragsverarbeitung mit Dienstleistern abschließen",
                "Datenpannen binnen 72 Stunden an die Aufsichtsbehörde melden",
            ),
            EBF("1059842"),
            P(
                "Für kleine Unternehmen gibt es kaum Ausnahmen. Selbst ein Kontaktformular oder ein Newsletter-Tool fällt unter die neuen Regeln, sobald darüber Namen oder E-Mail-Adressen erhoben werden."
            ),
            AD,
            XL("1143377", "1004512"),
            H("Abmahnwelle oder Panikmache?"),
            P(
                "Juristen rechnen nicht mit einer flächendeckenden Abmahnwelle. Die Aufsichtsbehörden haben angekündigt, zunächst beraten statt strafen zu wollen. Wer jedoch gar nichts unternimmt, geht ein unnötiges Risiko ein."
            ),
        ]
    ],
    suggest=["1059842", "1172090", "1143377"],
    notes=[
        "two authors in the byline 'Von A und B' (meta author 'A, B', JSON-LD author list)",
        "'Meistgelesen' rail with c-teaser__lead paragraphs INSIDE #main-content BEFORE the article",
        "'Ebenfalls interessant:' paragraph (label in <strong>, utm params) and a .tg-crosslinks box inside c-entry",
        "list items in the body; two ad slots inside c-entry",
        "Mehr zu diesem Thema: 3 cards, the first duplicates the Ebenfalls link (deduped)",
    ],
)

art(
    id="1059842",
    slug="zuckerberg-anhoerung-us-senat-datenskandal",
    gen="classic-2018",
    kicker="News",
    ressort="Social Media",
    tags=["Facebook", "Mark Zuckerberg", "Datenschutz"],
    title="Zuckerberg vor dem US-Senat: Die wichtigsten Antworten zum Datenskandal",
    lead="Fünf Stunden lang musste sich Mark Zuckerberg den Fragen der US-Senatoren stellen. Viel Neues erfuhren sie nicht, ein Satz des Facebook-Chefs dürfte aber hängen bleiben.",
    authors=["Stefan Krug"],
    byline="Von {0}",
    published=(2018, 4, 11, 8, 5),
    modified=(2018, 4, 11, 9, 30),
    reading="3 Min.",
    reading_min=3,
    image=dict(
        shape="div-span",
        url=IMG + "/2018/04/mark-zuckerberg-senat.jpg",
        caption="Mark Zuckerberg bei einem Auftritt im Jahr 2018.",
        label="Foto",
        credit="Gage Skidmore / Flickr (CC BY-SA 2.0)",
    ),
    pages=[
        [
            P(
                "Es war der erste Auftritt von Mark Zuckerberg vor dem US-Kongress, und er war lang erwartet worden. Im Zentrum stand der Skandal um Cambridge Analytica, bei dem Daten von bis zu 87 Millionen Facebook-Nutzern missbraucht worden waren."
            ),
            P(
                'Zuckerberg entschuldigte sich gleich zu Beginn. <em>„Es war mein Fehler, und es tut mir leid“</em>, sagte er. Wie wir <a href="/news/dsgvo-was-unternehmen-beachten-muessen-1067211/">zur DSGVO berichtet haben</a>, steht Facebook auch in Europa unter Druck.'
            ),
            AD,
            Q("<p>Senator, wir verkaufen Anzeigen.</p>"),
            P(
                "Mit diesem Satz beantwortete Zuckerberg die Frage, wie Facebook Geld verdiene, wenn der Dienst kostenlos sei. Der Moment verbreitete sich innerhalb weniger Minuten in den sozialen Netzwerken."
            ),
            H("Regulierung ja, aber welche?"),
            P(
                "Mehrere Senatoren deuteten an, dass sie eine gesetzliche Regulierung für unausweichlich halten. Zuckerberg zeigte sich offen, blieb bei konkreten Vorschlägen aber vage."
            ),
            AD,
            P(
                "An der Börse kam der Auftritt gut an: Die Facebook-Aktie legte im Laufe des Tages um mehr als vier Prozent zu."
            ),
        ]
    ],
    suggest=["1067211"],
    old_slug="zuckerberg-senat-1059842",
    notes=[
        "lead image as <div class='c-article__image'> with <img> and <span class='c-article__image-caption'>: nested credit '(Foto: Gage Skidmore / Flickr (CC BY-SA 2.0))'",
        "inline link inside a paragraph is part of the sentence, not a related link",
        "blockquote > p in the body",
        "reachable through an old slug that 301-redirects here (_redirects.json)",
    ],
)

art(
    id="1143377",
    kind="magazin",
    slug="remote-work-teams-ueber-zeitzonen-fuehren",
    gen="classic-2018",
    kicker="Ratgeber",
    ressort="Arbeitswelt",
    tags=["Remote Work", "Führung", "New Work"],
    title="Remote arbeiten: So führst du ein Team über fünf Zeitzonen hinweg",
    lead="Wenn die Kollegin in Lissabon Feierabend macht, fängt der Entwickler in Vancouver gerade erst an. Wie verteilte Teams trotzdem gut zusammenarbeiten, zeigen drei Unternehmen, die es seit Jahren vormachen.",
    authors=["Kerstin Albrecht"],
    byline="Von {0}",
    published=(2019, 2, 16, 11, 0),
    modified=(2019, 2, 18, 9, 15),
    reading="12 Min. Lesezeit",
    reading_min=12,
    image=dict(
        shape="lazy-figure",
        url=IMG + "/2019/02/remote-team-zeitzonen-grafik.png",
        caption="Fünf Zeitzonen, ein Team: Überschneidungen gibt es oft nur für wenige Stunden am Tag.",
        label="Grafik",
        credit="t3n",
    ),
    pages=[
        [
            P(
                "Remote-Arbeit ist längst kein Nischenthema mehr. Immer mehr Startups stellen Menschen dort ein, wo sie leben, statt sie in eine teure Großstadt zu holen. Das verändert nicht nur die Büros, sondern vor allem die Art, wie Teams miteinander sprechen."
            ),
            P(
                "Die größte Hürde ist dabei nicht die Technik. Videocalls, Chat und gemeinsame Dokumente sind schnell eingerichtet. Schwieriger ist es, eine Kultur zu schaffen, in der niemand darauf wartet, dass die anderen gerade online sind."
            ),
            AD,
            H("Asynchron als Standard"),
            P(
                "Das Berliner Softwareunternehmen, das wir besucht haben, hat deshalb eine einfache Regel eingeführt: Jede Entscheidung wird schriftlich vorbereitet. Wer einen Vorschlag macht, schreibt ihn so auf, dass alle ihn in ihrer eigenen Arbeitszeit lesen und kommentieren können."
            ),
            P(
                "Meetings gibt es trotzdem, aber sie sind die Ausnahme. Ein wöchentlicher Termin liegt so, dass er für alle Zeitzonen gerade noch erträglich ist, und er wird aufgezeichnet."
            ),
        ],
        [
            P(
                "Ein zweites Unternehmen, ein Hersteller von Buchhaltungssoftware mit 40 Beschäftigten in elf Ländern, setzt auf feste Überschneidungszeiten. Zwischen 15 und 17 Uhr deutscher Zeit sollen alle erreichbar sein."
            ),
            EBF("1067211"),
            H("Vertrauen statt Kontrolle"),
            P(
                "Alle drei Unternehmen verzichten auf Software, die Aktivität oder Bildschirmzeit misst. Gemessen wird, was am Ende einer Woche fertig ist, nicht, wie lange jemand am Rechner saß."
            ),
            AD,
            UL(
                "Ziele für jede Woche schriftlich festhalten",
                "Übergaben zwischen Zeitzonen dokumentieren",
                "einmal im Jahr gemeinsam an einem Ort arbeiten",
            ),
        ],
        [
            P(
                "Das dritte Beispiel ist ein Designstudio, das komplett ohne Büro auskommt. Einmal im Quartal trifft sich das Team für eine Woche in einer anderen Stadt, den Rest des Jahres arbeitet jede und jeder von zu Hause oder aus einem Coworking-Space."
            ),
            P(
                "Die Gründerin sagt, das größte Risiko sei Einsamkeit. Deshalb gibt es feste virtuelle Kaffeepausen, in denen über alles gesprochen wird, nur nicht über die Arbeit."
            ),
            XL("1004512"),
            H("Fazit"),
            P(
                "Remote-Teams funktionieren, wenn sie bewusst gestaltet werden. Wer einfach das Büro ins Internet verlegt, wird scheitern. Wer dagegen Prozesse, Kommunikation und Vertrauen neu denkt, kann die besten Leute einstellen, egal wo sie wohnen."
            ),
        ],
    ],
    suggest=["1067211", "1172090"],
    notes=[
        "magazine piece over three pages (/2/, /3/) linked by rel=next/prev and a pagination nav: body, related links over all pages, page_count 3",
        "lead image as a lazy <img> with a data: placeholder src and the real URL in data-src; '(Grafik: t3n)'",
        "'Ebenfalls interessant' on page 2, a .tg-crosslinks box on page 3, Mehr zu diesem Thema on page 3 only",
        "later pages repeat kicker and headline but have no lead or image",
    ],
)

art(
    id="1004512",
    slug="progressive-web-apps-bessere-app",
    gen="classic-2018",
    kicker="Software",
    ressort="Software & Entwicklung",
    tags=["Progressive Web Apps", "Webentwicklung", "JavaScript"],
    title="Warum Progressive Web Apps für viele Firmen die bessere App sind",
    lead="Eine eigene App für iOS und Android ist teuer und aufwendig. Progressive Web Apps versprechen fast denselben Komfort direkt im Browser. Ein Gastbeitrag über Chancen und Grenzen.",
    authors=["Jana Reuter"],
    byline="Von {0}",
    guest=True,
    published=(2017, 11, 7, 14, 30),
    modified=(2017, 11, 7, 14, 30),
    reading="5 Min.",
    reading_min=5,
    image=dict(
        shape="picture",
        url=IMG + "/2017/11/pwa-twitter-lite-screenshot.jpg",
        caption="Twitter Lite gilt als eine der bekanntesten Progressive Web Apps.",
        label="Screenshot",
        credit="t3n",
    ),
    pages=[
        [
            P(
                "Wer heute eine App entwickeln lässt, bezahlt meist doppelt: einmal für iOS und einmal für Android. Dazu kommen Wartung, Updates und die Gebühren der App-Stores. Für viele mittelständische Unternehmen lohnt sich das kaum."
            ),
            P(
                "Progressive Web Apps, kurz PWA, sind Websites, die sich wie Apps verhalten. Sie lassen sich auf dem Startbildschirm ablegen, funktionieren dank Service Worker auch ohne Netz und können Push-Nachrichten verschicken."
            ),
            AD,
            H("Was eine PWA ausmacht"),
            UL(
                "ein Web App Manifest mit Name, Icons und Startadresse",
                "ein Service Worker, der Inhalte zwischenspeichert",
                "Auslieferung ausschließlich über HTTPS",
            ),
            P(
                "Die Technik ist nicht neu, aber erst seit diesem Jahr wirklich brauchbar. Chrome unterstützt alle wichtigen Funktionen, Apple hat Service Worker für Safari immerhin angekündigt."
            ),
            H("Wo die Grenzen liegen"),
            P(
                "Nicht jede App lässt sich als PWA umsetzen. Wer tief auf Hardware wie Bluetooth oder NFC zugreifen muss, stößt schnell an die Grenzen des Browsers. Für Shops, Nachrichtenseiten und interne Tools ist die PWA aber oft die wirtschaftlichere Wahl."
            ),
            AD,
            P(
                "Mein Rat: Erst prüfen, welche Funktionen wirklich gebraucht werden. Dann fällt die Entscheidung zwischen nativer App und PWA meist von selbst."
            ),
        ]
    ],
    suggest=["1143377"],
    notes=[
        "guest author without an author page: byline name in <strong> with no /redaktion/ link, guest box after the article",
        "lead image as <figure><picture><source type=image/webp srcset=…><img src=…jpg></picture><figcaption><p>…(Screenshot: t3n)</p></figcaption>: url = the <img> src",
        "kicker 'Software' is the section; JSON-LD articleSection is the ressort",
    ],
)

art(
    id="1172090",
    slug="deutsche-bahn-sprachassistent-fahrkartenautomat",
    gen="classic-2018",
    kicker="News",
    ressort="Mobilität",
    tags=["Deutsche Bahn", "Sprachassistent", "Mobilität"],
    title="Deutsche Bahn testet Sprachassistenten am Fahrkartenautomaten",
    lead="In Frankfurt können Reisende ab sofort mit dem Fahrkartenautomaten sprechen. Die Bahn will herausfinden, ob Sprachsteuerung den Ticketkauf schneller macht.",
    authors=["Tobias Lindner"],
    byline="Von {0}",
    jsonld=False,
    published=(2019, 6, 3, 7, 45),
    modified=(2019, 6, 3, 12, 10),
    reading="2 Min.",
    reading_min=2,
    image=None,
    pages=[
        [
            P(
                "Am Frankfurter Hauptbahnhof steht seit Montag ein Fahrkartenautomat, der zuhört. Wer „Ein Ticket nach Mainz, bitte“ sagt, bekommt die passenden Verbindungen angezeigt und kann direkt bezahlen."
            ),
            P(
                "Der Test läuft zunächst drei Monate. Die Bahn will wissen, ob die Sprachsteuerung vor allem älteren Menschen und Reisenden mit Gepäck den Kauf erleichtert."
            ),
            (
                "figure",
                IMG + "/2019/06/bahn-automat-display.jpg",
                "So sieht der Automat im Sprachmodus aus.",
                "Screenshot",
                "Deutsche Bahn",
            ),
            P(
                "Die Spracherkennung läuft nach Angaben der Bahn nicht in der Cloud, sondern direkt auf dem Gerät. Aufnahmen würden nicht gespeichert. Datenschützer wollen sich das trotzdem genauer ansehen."
            ),
            AD,
            P(
                "Erste Reaktionen fallen gemischt aus. Einige Reisende loben die Idee, andere beklagen, dass der Automat im Lärm der Bahnhofshalle oft nachfragt."
            ),
        ]
    ],
    suggest=["1067211"],
    notes=[
        "no JSON-LD at all: title/lead/dates/authors from markup and metas (meta name=date / last-modified are naive Berlin times)",
        "no lead image: og:image is the generic t3n logo and an INLINE figure sits after two paragraphs -> image null, its caption is not body",
        "quotes „…“ inside a paragraph",
    ],
)

art(
    id="987112",
    slug="iphone-x-preis-deutschland",
    gen="classic-2018",
    kicker="News",
    ressort="Hardware & Gadgets",
    tags=["Apple", "iPhone X", "Smartphones"],
    title="Apple-Event: iPhone X kostet in Deutschland ab 1.149 Euro",
    lead="Apple hat das iPhone X vorgestellt – mit randlosem OLED-Display, Face ID und einem Preis, der die 1.000-Euro-Marke deutlich überspringt. Vorbestellungen starten Ende Oktober.",
    authors=["Hanna Zeidler"],
    byline="Von {0}",
    encoding="cp1252",
    published=(2017, 9, 12, 21, 14),
    modified=(2017, 9, 13, 8, 2),
    reading="3 Min.",
    reading_min=3,
    image=dict(
        shape="figure",
        url=IMG + "/2017/09/iphone-x-apple-event.jpg",
        caption="Das iPhone X kommt ohne Home-Button.",
        label="Foto",
        credit="Apple",
    ),
    pages=[
        [
            P(
                "Zum zehnten Geburtstag des iPhone hat Apple im neuen Steve Jobs Theater gleich drei Modelle gezeigt: das iPhone 8, das iPhone 8 Plus und das iPhone X. Letzteres soll nach Tim Cooks Worten „die Zukunft des Smartphones“ sein."
            ),
            P(
                "Das 5,8 Zoll große OLED-Display reicht fast bis an den Rand. Einen Home-Button gibt es nicht mehr, entsperrt wird per Gesichtserkennung. Face ID soll nach Apples Angaben nur in einem von einer Million Fällen irren."
            ),
            AD,
            H("Preise und Verfügbarkeit"),
            P(
                "In Deutschland kostet das iPhone X mit 64 Gigabyte Speicher 1.149 Euro, die Variante mit 256 Gigabyte 1.319 Euro. Vorbestellungen sind ab dem 27. Oktober möglich, ausgeliefert wird ab dem 3. November."
            ),
            P(
                "Das iPhone 8 startet bereits am 22. September – zu Preisen ab 799 Euro. Für Kundinnen und Kunden, die nicht so viel ausgeben wollen, bleibt das ältere iPhone 7 im Sortiment."
            ),
        ]
    ],
    suggest=["1004512"],
    notes=[
        "served as windows-1252: <meta http-equiv=Content-Type content='text/html; charset=windows-1252'>, HTTP Content-Type 'text/html' without charset (_headers.json); bytes are cp1252 („ “ – € as 0x84 0x93 0x96 0x80), so a latin-1 or utf-8 decoder gets them wrong"
    ],
    headers={"Content-Type": "text/html"},
)

art(
    id="1029933",
    slug="bitcoin-kurs-rekord-20000-dollar",
    gen="classic-2018",
    robots=True,
    kicker="News",
    ressort="Finance",
    tags=["Bitcoin", "Kryptowährung"],
    title="Bitcoin knackt erstmals die Marke von 20.000 Dollar",
    lead="Der Kurs der Kryptowährung hat sich seit Jahresbeginn verzwanzigfacht. Analysten warnen vor einer Blase.",
    authors=["Paul Brenner"],
    byline="Von {0}",
    published=(2017, 12, 17, 9, 0),
    modified=(2017, 12, 17, 9, 0),
    reading="2 Min.",
    reading_min=2,
    image=None,
    pages=[
        [
            P(
                "Am Sonntagmorgen kostete ein Bitcoin an mehreren Börsen kurzzeitig mehr als 20.000 US-Dollar. Zu Jahresbeginn waren es noch rund 1.000 Dollar."
            ),
            P(
                "Der Handel an der Terminbörse CME startet am Montag. Viele Beobachter rechnen mit starken Schwankungen."
            ),
        ]
    ],
    notes=["a complete, valid article disallowed by robots.txt: must never be fetched, so never exported"],
)

# --- redesign-2025 --------------------------------------------------------------------------

art(
    id="1710455",
    slug="openai-chatgpt-agent-firmenkonten-europa",
    gen="redesign-2025",
    kicker="News",
    ressort="Künstliche Intelligenz",
    tags=["OpenAI", "ChatGPT", "KI-Agenten"],
    title="OpenAI startet ChatGPT-Agenten für Firmenkonten in Europa",
    lead="Der Agent von ChatGPT kann Websites bedienen, Tabellen ausfüllen und Termine buchen. Jetzt bekommen ihn auch Unternehmen in der EU, mit Einschränkungen beim Datenschutz.",
    lead_style="bare",
    authors=["Nadia Öztürk"],
    byline="Von {0}",
    published=(2025, 9, 3, 10, 15),
    modified=(2025, 9, 3, 13, 2),
    reading="4 Min. Lesezeit",
    reading_min=4,
    image=dict(
        shape="picture-div",
        url=IMG + "/2025/09/chatgpt-agent-firmen.jpg",
        caption="Der ChatGPT-Agent arbeitet in einem eigenen, virtuellen Browser.",
        label="Bild",
        credit="OpenAI",
    ),
    pages=[
        [
            P(
                "OpenAI weitet den Agenten-Modus von ChatGPT auf Business- und Enterprise-Konten in der Europäischen Union aus. Bisher war die Funktion nur in den USA und einigen anderen Märkten verfügbar."
            ),
            P(
                "Der Agent öffnet auf Anweisung einen eigenen Browser, klickt sich durch Websites und erledigt mehrstufige Aufgaben. Vor heiklen Schritten wie Käufen oder dem Versand von E-Mails fragt er nach."
            ),
            AD,
            H("Was Unternehmen beachten müssen"),
            P(
                "Administratoren können festlegen, auf welche Websites der Agent zugreifen darf. Protokolle aller Aktionen werden 30 Tage lang gespeichert und lassen sich exportieren."
            ),
            P(
                "Daten aus Business-Konten fließen nach Angaben von OpenAI nicht in das Training der Modelle ein. Für Verarbeitung innerhalb der EU gibt es eine eigene Option, die allerdings mehr kostet."
            ),
            ("crosslinks", ["1724001"]),
            H("Konkurrenz von Google und Microsoft"),
            P(
                "Auch Google und Microsoft arbeiten an vergleichbaren Agenten. Microsofts Copilot soll ähnliche Funktionen noch in diesem Jahr bekommen, Google testet seinen Agenten bisher nur mit ausgewählten Firmenkunden."
            ),
        ]
    ],
    suggest=["1724001", "1726800"],
    notes=[
        "the article's own lead is a <p> WITHOUT any class directly after div.c-article__headline",
        "'Top-Themen' rail BEFORE the article (h2 headlines, p.u-text-teaser leads, kicker spans)",
        "'Das könnte dich auch interessieren' grid (p.teaser-text) and a 'Nächster Artikel' box after the article: rails, not related links",
        "lead image as div.c-article__media with <picture> and span.c-article__media-caption '(Bild: OpenAI)'",
        "subheadings in div.c-article__headline > h2 like the title's wrapper: body text",
        "a .c-crosslinks box inside c-entry",
    ],
)

art(
    id="1718230",
    kind="magazin",
    slug="it-sicherheit-mittelstand-kleines-budget",
    gen="redesign-2025",
    kicker="Pro",
    ressort="Security",
    tags=["IT-Sicherheit", "Mittelstand", "Ransomware"],
    title="IT-Sicherheit mit kleinem Budget: Was Mittelständler zuerst tun sollten",
    lead="Ein Angriff kann ein mittelständisches Unternehmen Wochen lahmlegen. Dabei lassen sich die größten Risiken mit überschaubarem Aufwand senken, wenn man die Reihenfolge kennt.",
    lead_style="u-text-teaser",
    authors=["Mareike Holst", "Paul Brenner"],
    byline="Von {0} und {1}",
    paywalled=True,
    published=(2025, 11, 18, 6, 30),
    modified=(2025, 11, 19, 10, 0),
    reading="9 Min. Lesezeit",
    reading_min=9,
    image=dict(
        shape="lazy-figure-entry",
        url=IMG + "/2025/11/mittelstand-serverraum.jpg",
        caption="In vielen Mittelständlern kümmert sich nur eine Person um die gesamte IT.",
        label="Foto",
        credit="Shutterstock / Gorodenkoff",
    ),
    pages=[
        [
            P(
                "Wenn morgens keine Rechnung mehr gedruckt werden kann und die Bildschirme eine Lösegeldforderung zeigen, ist es zu spät. Für viele Mittelständler ist genau das in den vergangenen Jahren Realität geworden."
            ),
            P(
                "Die gute Nachricht: Die meisten erfolgreichen Angriffe nutzen keine raffinierten Lücken, sondern schwache Passwörter, fehlende Updates und Backups, die im Ernstfall nicht funktionieren."
            ),
            (
                "paywall",
                [
                    "Der erste Schritt kostet fast nichts: Multi-Faktor-Authentifizierung für alle Konten, die von außen erreichbar sind.",
                    "Danach folgen ein Backup-Konzept nach der 3-2-1-Regel und ein Notfallplan, der ausgedruckt im Schrank liegt.",
                ],
            ),
        ]
    ],
    suggest=[],
    notes=[
        "t3n Pro article: two public paragraphs in c-entry, then div.c-paywall__wrapper INSIDE c-entry with a blurred teaser <p> of the hidden text and the Pro offer: neither is body",
        "JSON-LD isAccessibleForFree false and an articleBody holding MORE than the page shows (must not be used)",
        "two authors 'Von A und B'; kicker 'Pro'",
        "lead as p.u-text-teaser (the same class the Top-Themen rail uses before the article)",
        "lead image: figure at the top of c-entry with a lazy data-src and a placeholder src, figcaption > p",
    ],
)

art(
    id="1724001",
    slug="eu-kommission-strafe-x-blaue-haken",
    gen="redesign-2025",
    kicker="News",
    ressort="Digitale Gesellschaft",
    tags=["X", "Digital Services Act", "EU-Kommission"],
    title="EU-Kommission verhängt Millionenstrafe gegen X wegen blauer Haken",
    ld_title="EU-Kommission verhängt Millionenstrafe gegen X wegen der blauen Haken",
    lead="Zum ersten Mal bestraft Brüssel eine Plattform nach dem Digital Services Act. Die Verifizierung per Abo täusche Nutzerinnen und Nutzer, urteilt die Kommission.",
    lead_style="div-p",
    authors=["Stefan Krug"],
    byline="Von {0}",
    published=(2026, 1, 20, 17, 48),
    modified=(2026, 1, 21, 8, 5),
    reading="3 Min. Lesezeit",
    reading_min=3,
    image=dict(
        shape="figure",
        url=IMG + "/2026/01/x-logo-smartphone-eu.jpg",
        caption="Für X wird der blaue Haken teuer.",
        label="Foto",
        credit="Shutterstock / Koshiro K",
    ),
    pages=[
        [
            P(
                "Die EU-Kommission hat gegen den Kurznachrichtendienst X eine Geldbuße in dreistelliger Millionenhöhe verhängt. Es ist die erste Strafe, die auf Grundlage des Digital Services Act ausgesprochen wird."
            ),
            P(
                "Im Kern geht es um die blauen Haken. Früher standen sie für geprüfte Konten, heute kann sie jeder gegen eine monatliche Gebühr bekommen. Das führe Nutzerinnen und Nutzer in die Irre, so die Kommission."
            ),
            AD,
            H("X will sich wehren"),
            P(
                "Das Unternehmen kündigte an, gegen die Entscheidung vor dem Europäischen Gerichtshof zu klagen. Die Strafe sei politisch motiviert und ein Angriff auf die Meinungsfreiheit."
            ),
            EBF("1710455"),
            P(
                "Zwei weitere Verfahren gegen X laufen noch. Sie betreffen den Umgang mit illegalen Inhalten und den Zugang von Forschenden zu Plattformdaten."
            ),
        ]
    ],
    suggest=["1710455", "1726800"],
    notes=[
        "JSON-LD headline differs slightly from the markup ('wegen der blauen Haken'): the visible headline (h1, og:title, dataLayer article.headline, <title> minus ' | t3n') wins",
        "lead inside div.c-article__teaser > p (no class on the p)",
        "'Ebenfalls interessant:' as p.c-entry__crosslink with the label as plain text",
    ],
)

art(
    id="1726800",
    slug="bluesky-40-millionen-nutzer-wachstum",
    gen="redesign-2025",
    kicker="News",
    ressort="Social Media",
    tags=["Bluesky", "Social Media", "Fediverse"],
    title="Bluesky knackt 40 Millionen Nutzer: Das steckt hinter dem Wachstum",
    lead="Das dezentrale Netzwerk wächst schneller als erwartet. Vor allem Medienhäuser und Behörden ziehen um, doch die Finanzierung bleibt offen.",
    lead_style="c-article__lead",
    authors=["Nadia Öztürk"],
    byline="Von {0}",
    published=(2026, 2, 9, 12, 0),
    modified=(2026, 2, 9, 15, 20),
    reading="3 Min. Lesezeit",
    reading_min=3,
    image=dict(
        shape="figure-credit-span",
        url=IMG + "/2026/02/bluesky-app-logo.jpg",
        caption="Bluesky setzt auf das offene AT Protocol.",
        label="Foto",
        credit="picture alliance / NurPhoto | Jakub Porzycki",
    ),
    pages=[
        [
            P(
                "Bluesky hat die Marke von 40 Millionen registrierten Konten überschritten. Allein im Januar kamen nach Angaben des Unternehmens mehr als drei Millionen neue Nutzerinnen und Nutzer hinzu."
            ),
            ("embed", True),
            P(
                "Treiber des Wachstums sind vor allem Institutionen. Mehrere Bundesministerien, öffentlich-rechtliche Sender und große Zeitungen posten inzwischen parallel oder ausschließlich auf Bluesky."
            ),
            AD,
            H("Offenes Protokoll als Argument"),
            P(
                "Anders als bei X oder Threads können Konten samt Followern zu einem anderen Anbieter umziehen. Das AT Protocol, auf dem Bluesky aufbaut, ist offen dokumentiert."
            ),
            ("noscript", "Bitte aktiviere JavaScript, um eingebettete Beiträge zu sehen."),
            P(
                "Offen bleibt, wie sich Bluesky langfristig finanziert. Ein Abo-Modell mit Zusatzfunktionen ist angekündigt, Werbung will das Unternehmen nach eigener Aussage vermeiden."
            ),
        ]
    ],
    suggest=[],
    notes=[
        "a .c-consent-overlay ('Wir brauchen deine Zustimmung', Akzeptieren/Einstellungen) INSIDE #main-content over an empty div.embed-content-wrapper: never body, the article IS exported",
        "<noscript> note inside c-entry; lead p.c-article__lead",
        "image credit in its own <span class='c-article__credit'> inside the figcaption, still in parentheses",
        "Mehr zu diesem Thema with tags only and an EMPTY suggestion wrapper (filled by JS): related_links empty",
    ],
)

art(
    id="1729310",
    slug="linux-6-14-scheduler-gaming-handhelds",
    gen="redesign-2025",
    kicker="Software",
    ressort="Software & Entwicklung",
    tags=["Linux", "Open Source", "Gaming"],
    title="Linux 6.14 bringt neuen Scheduler für Gaming-Handhelds",
    lead="Die neue Kernel-Version verteilt Rechenzeit klüger zwischen Spiel und Hintergrunddiensten. Davon profitieren vor allem Geräte wie das Steam Deck.",
    lead_style="div-p",
    authors=["Tobias Lindner"],
    byline="Von {0}",
    articlebody=False,
    published=(2026, 3, 24, 9, 30),
    modified=(2026, 3, 24, 9, 30),
    reading="2 Min. Lesezeit",
    reading_min=2,
    image=dict(
        shape="figure",
        url=IMG + "/2026/03/steam-deck-linux.jpg",
        caption="Das Steam Deck läuft mit einem angepassten Arch Linux.",
        label="Foto",
        credit="Valve",
    ),
    pages=[
        [
            P(
                "Linus Torvalds hat Linux 6.14 freigegeben. Die auffälligste Neuerung betrifft den Scheduler, also den Teil des Kernels, der entscheidet, welcher Prozess wann rechnen darf."
            ),
            (
                "badbytes",
                "Seit M{e4}rz 2024 arbeiteten Entwickler von Valve und Igalia an dem neuen Verfahren {96} getestet wurde es vor allem auf dem Steam Deck.",
            ),
            AD,
            P(
                "Spiele sollen damit gleichmäßigere Bildraten erreichen, weil Hintergrunddienste seltener dazwischenfunken. In ersten Benchmarks sanken die Ausreißer bei der Frametime um bis zu ein Drittel."
            ),
            P("Distributionen wie Fedora und Arch Linux dürften den neuen Kernel in den kommenden Wochen ausliefern."),
        ]
    ],
    suggest=["1710455"],
    notes=[
        "declared UTF-8 (meta and HTTP) but ONE paragraph holds two invalid bytes: a lone 0xE4 ('M\\xe4rz') and a lone 0x96 (a cp1252 dash): exported, title/lead/other paragraphs exact, the bad bytes become U+FFFD in that paragraph only (dropping them would also be acceptable)"
    ],
)

art(
    id="1720777",
    slug="deutschlandticket-preis-2026-63-euro",
    gen="redesign-2025",
    kicker="News",
    ressort="Mobilität",
    tags=["Deutschlandticket", "ÖPNV", "Mobilität"],
    title="Deutschlandticket: Preis steigt 2026 auf 63 Euro",
    lead="Bund und Länder haben sich geeinigt: Das Deutschlandticket wird zum Jahreswechsel erneut teurer. Für Jobticket-Nutzer ändert sich wenig.",
    lead_style="c-article__lead",
    charset=False,
    authors=["Kerstin Albrecht"],
    byline="Von {0}",
    published=(2025, 12, 2, 16, 5),
    modified=(2025, 12, 2, 18, 45),
    reading="2 Min. Lesezeit",
    reading_min=2,
    image=dict(
        shape="lazy-figure-entry",
        url=IMG + "/2025/12/deutschlandticket-smartphone.jpg",
        caption="Das Deutschlandticket gibt es nur digital.",
        label="Foto",
        credit="dpa",
    ),
    pages=[
        [
            P(
                "Das Deutschlandticket kostet ab Januar 63 Euro im Monat statt bisher 58 Euro. Darauf haben sich die Verkehrsministerinnen und -minister der Länder mit dem Bund verständigt."
            ),
            P(
                "Begründet wird die Erhöhung mit gestiegenen Personal- und Energiekosten der Verkehrsunternehmen. Die Finanzierung über das Jahr 2026 hinaus ist weiterhin nicht gesichert."
            ),
            AD,
            P(
                "Für Beschäftigte mit Jobticket übernehmen viele Arbeitgeber einen Teil der Mehrkosten. Studierende zahlen mit dem Semesterticket weiterhin einen reduzierten Preis."
            ),
        ]
    ],
    suggest=["1724001"],
    notes=[
        "NO charset anywhere: no <meta charset>, HTTP Content-Type 'text/html' (_headers.json); the bytes are UTF-8 (ö, ü, ß, –): must decode as UTF-8, not cp1252"
    ],
    headers={"Content-Type": "text/html"},
)

art(
    id="1731505",
    slug="nvidia-rekordumsatz-ki-chips-quartal",
    gen="redesign-2025",
    kicker="News",
    ressort="Hardware & Gadgets",
    tags=["Nvidia", "KI-Chips", "Quartalszahlen"],
    title="Nvidia meldet Rekordumsatz mit KI-Chips",
    lead="Der Chiphersteller übertrifft erneut die Erwartungen. Rechenzentren machen inzwischen fast 90 Prozent des Geschäfts aus.",
    lead_style="c-article__lead",
    truncate=True,
    authors=["Paul Brenner"],
    byline="Von {0}",
    published=(2026, 2, 26, 23, 10),
    modified=(2026, 2, 27, 7, 30),
    reading="3 Min. Lesezeit",
    reading_min=3,
    image=dict(
        shape="figure",
        url=IMG + "/2026/02/nvidia-blackwell-chip.jpg",
        caption="Nvidias Blackwell-Chips sind auf Monate ausverkauft.",
        label="Foto",
        credit="Nvidia",
    ),
    pages=[
        [
            P(
                "Nvidia hat im vergangenen Quartal einen Umsatz von 68 Milliarden US-Dollar erzielt, ein Plus von mehr als 60 Prozent gegenüber dem Vorjahr. Analysten hatten mit etwas weniger gerechnet."
            ),
            P(
                "Der Großteil stammt aus dem Geschäft mit Rechenzentren. Cloud-Anbieter und KI-Firmen kaufen die Beschleuniger der Blackwell-Generation schneller, als Nvidia sie liefern kann."
            ),
            EBF("1710455"),
            (
                "cut",
                "Für das laufende Quartal stellt Konzernchef Jensen Huang einen weiteren Anstieg in Aussicht. Engpässe gebe es vor allem bei Speicherchips, die Nvidia von Zulieferern wie SK Hynix und Samsung bez",
                "ieht. Die Aktie legte nachbörslich um drei Prozent zu.",
            ),
            P("Gaming spielt für Nvidia nur noch eine Nebenrolle, wächst aber ebenfalls."),
        ]
    ],
    suggest=["1710455"],
    notes=[
        "the HTML is CUT OFF mid-paragraph (mid-word) inside c-entry: no closing tags, no suggest block, no footer; HTTP response itself is complete (Content-Length matches)",
        "decision: exported with what is there (head metadata, headline, lead, image, two paragraphs, the 'Ebenfalls' link and the cut paragraph up to 'bez'); tags from JSON-LD keywords / article:tag, since the Mehr-zu-diesem-Thema block is missing",
    ],
)

# --- not exported ---------------------------------------------------------------------------

art(
    id="1722444",
    slug="souveraene-cloud-rechenzentren-partner",
    gen="redesign-2025",
    export=False,
    dropped=True,
    kicker="Anzeige",
    ressort="Anzeige",
    tags=["Cloud", "Partner"],
    title="Souveräne Cloud: Warum Rechenzentren in Deutschland gefragt sind wie nie",
    lead="Datenschutz, kurze Wege, planbare Kosten: Immer mehr Unternehmen holen ihre Daten zurück nach Deutschland. Ein Überblick unseres Partners Nordwolke.",
    lead_style="c-article__lead",
    authors=["Nordwolke GmbH"],
    byline="Präsentiert von {0}",
    published=(2025, 10, 7, 9, 0),
    modified=(2025, 10, 7, 9, 0),
    reading="3 Min. Lesezeit",
    reading_min=3,
    image=dict(
        shape="figure",
        url=IMG + "/2025/10/nordwolke-rechenzentrum.jpg",
        caption="Ein Rechenzentrum in Frankfurt am Main.",
        label="Foto",
        credit="Nordwolke",
    ),
    pages=[
        [
            P(
                "Wer heute Cloud-Dienste einkauft, fragt immer öfter zuerst nach dem Standort der Server. Nordwolke betreibt drei Rechenzentren in Frankfurt, Nürnberg und Berlin."
            ),
            P(
                "Jetzt 30 Tage kostenlos testen: Mit dem Code T3N30 erhalten Leserinnen und Leser einen Monat Gratis-Hosting."
            ),
        ]
    ],
    notes=[
        "advertorial: kicker 'Anzeige', article class tg-articletype-advertorial, 'Präsentiert von' partner byline, article:content_tier 'sponsored', sponsored notice box, JSON-LD articleSection 'Anzeige': dropped as advertorial"
    ],
)

art(
    id="1727777",
    slug="open-source-lizenzen-grosser-vergleich",
    gen="redesign-2025",
    export=False,
    not_exported="oversized",
    kicker="Software",
    ressort="Software & Entwicklung",
    tags=["Open Source", "Lizenzen"],
    title="Open-Source-Lizenzen im großen Vergleich",
    lead="GPL, MIT, Apache oder AGPL: Welche Lizenz passt zu welchem Projekt?",
    lead_style="c-article__lead",
    articlebody=False,
    authors=["Tobias Lindner"],
    byline="Von {0}",
    published=(2026, 3, 2, 8, 0),
    modified=(2026, 3, 2, 8, 0),
    reading="2 Min. Lesezeit",
    reading_min=2,
    image=None,
    pages=[
        [
            P("Die Wahl der Lizenz entscheidet darüber, was andere mit deinem Code tun dürfen."),
            ("huge", 5_000_000),
            P("Im zweiten Teil geht es um Lizenzen für Daten und Dokumentation."),
        ]
    ],
    notes=["one paragraph of ~5 MB (5,000,000 characters of text): reason 'oversized'"],
)

art(
    id="1730001",
    slug="apple-iphone-fold-vorstellung-termin",
    gen="consent-interstitial",
    export=False,
    not_exported="consent_wall",
    kicker="News",
    ressort="Hardware & Gadgets",
    tags=[],
    title="Apple stellt das iPhone Fold offenbar im September vor",
    lead="Einem Bericht zufolge zeigt Apple sein erstes faltbares iPhone gemeinsam mit dem iPhone 18.",
    authors=[],
    byline="",
    published=(2026, 3, 10, 8, 0),
    modified=None,
    reading="",
    reading_min=None,
    image=None,
    pages=[[]],
    notes=[
        "Sourcepoint-style interstitial at an article URL: no article markup at all, only the consent dialog "
        "('Wir brauchen deine Zustimmung', Akzeptieren, Einstellungen) in #sp_message_container_1203 with an sp_message_iframe: reason 'consent_wall'"
    ],
)

art(
    id="1730420",
    slug="whatsapp-usernames-einfuehrung",
    gen="redesign-2025",
    export=False,
    not_exported="consent_wall",
    consent_only=True,
    kicker="News",
    ressort="Social Media",
    tags=["WhatsApp", "Meta"],
    title="WhatsApp führt Nutzernamen ein: Telefonnummer bleibt privat",
    lead="Statt der Handynummer reicht künftig ein Nutzername, um jemanden bei WhatsApp zu finden.",
    lead_style="c-article__lead",
    authors=["Hanna Zeidler"],
    byline="Von {0}",
    published=(2026, 3, 12, 11, 0),
    modified=(2026, 3, 12, 11, 0),
    reading="2 Min. Lesezeit",
    reading_min=2,
    image=None,
    pages=[
        [
            P(
                "WhatsApp hat mit der Einführung von Nutzernamen begonnen. Zunächst können Nutzerinnen und Nutzer in Deutschland und Brasilien einen Namen reservieren."
            ),
            P("Die Telefonnummer bleibt dann für Kontakte unsichtbar, die nur den Nutzernamen kennen."),
        ]
    ],
    notes=[
        "article page (head metas, JSON-LD with articleBody, headline and lead in the header) whose #main-content holds ONLY the consent dialog (.c-consent-overlay, sp_message container), no c-entry: reason 'consent_wall' (the body exists only in JSON-LD, which a consent wall page must not be turned into an item from)"
    ],
)

for a in ARTICLES:
    a.setdefault("truncate", False)
    a.setdefault("consent_only", False)
    a.setdefault("guest", False)
    a.setdefault("old_slug", None)

BY_ID = {a["id"]: a for a in ARTICLES}

# URL-only bad inputs (no article markup of their own)
HTTP_500 = dict(
    id="1725050",
    path="/news/google-pixel-10a-test-1725050/",
    title="Google Pixel 10a im Test: Das beste Mittelklasse-Handy?",
    kicker="Test",
)
PDF = dict(
    id="1719999",
    path="/news/t3n-studie-ki-im-arbeitsalltag-1719999/",
    title="t3n-Studie: So nutzen Beschäftigte KI im Arbeitsalltag",
    kicker="Studie",
)
OFFSITE = dict(
    id="1716000",
    path="/news/heise-kooperation-c-t-sonderheft-1716000/",
    title="Gemeinsames Sonderheft mit c’t erscheint im Oktober",
    kicker="In eigener Sache",
    location="https://www.heise.de/news/Sonderheft-KI-Praxis-1716000.html",
)


# ---------------------------------------------------------------- expected items


def credit_text(img):
    return f"({img['label']}: {img['credit']})"


def blocks_of(a):
    for page in a["pages"]:
        yield from page


def body_parts(a):
    parts = []
    for b in blocks_of(a):
        kind = b[0]
        if kind == "p" or kind == "h2":
            parts.append(text(b[1]))
        elif kind == "ul":
            parts.extend(text(li) for li in b[1])
        elif kind == "quote":
            parts.append(text(b[1]))
        elif kind == "badbytes":
            parts.append(b[1].replace("{e4}", "\ufffd").replace("{96}", "\ufffd"))
        elif kind == "cut":
            parts.append(b[1])
            break
    return parts


def related(a):
    out, seen = [], set()

    def add(aid):
        url = "{base}" + BY_ID[aid]["path"]
        if url not in seen:
            seen.add(url)
            out.append({"url": url, "title": BY_ID[aid]["title"]})

    for i, page in enumerate(a["pages"]):
        for b in page:
            if b[0] == "cut":
                return out
            if b[0] == "ebenfalls":
                add(b[1])
            elif b[0] == "crosslinks":
                for aid in b[1]:
                    add(aid)
        if i == len(a["pages"]) - 1:
            for aid in a["suggest"]:
                add(aid)
    return out


# ---------------------------------------------------------------- structured fields
# blocks, images, links (docs/article-structure.md), from the same article data the pages are
# made of. Readings of the contract this replica's markup forces (not in DECISIONS, which is
# written to expected_crawl.json):
# - <picture> (1004512, 1710455): "srcset" is read as the <img>'s own srcset/data-srcset; the
#   <source> elements offer other formats (-800/-1600 WebP) of the same picture, not a rendition
#   of the <img>: the URL is the <img> src (the original .jpg), as for `image`;
# - lazy-figure-entry: src "/assets/img/placeholder-16x9.svg" is a placeholder like a data: URI,
#   so the URL is data-src; the <noscript><img> of lazy-figure is the same image, not a second one;
# - the Bluesky embed (1726800) names its URL in the wrapper's data-embed attribute: an embed
#   block, provider the host name "bsky.app" (no short name in the contract's list);
# - the cut page (1731505) ends its blocks with the cut paragraph, like its body.

TRACKING = re.compile(r"^(utm_.*|wt_.*|fbclid|gclid|mc_.*|ref|referrer|at_.*|cmpid|itm_.*)$")
TEXT_BLOCKS = ("paragraph", "heading", "list_item", "quote")
# the <img width height> each lead-image shape of image_html() writes (None: no attributes)
IMG_SIZE = {"figure": (1200, 675)}
# the <embed-content-wrapper data-embed> of the ("embed", True) block in block_html()
EMBED_URL = "https://bsky.app/profile/bsky.app/post/3lh7"


def clean_text(s):
    s = re.sub("[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text(s))
    return re.sub(r"\s+", " ", s).strip()


def link_url(href):
    """An href as the item names it: absolute ("{base}" for the replica's own pages), tracking
    parameters and fragment removed; None for a same-page anchor or a non-http(s) link."""
    href = html.unescape(href).strip().replace(B, "{base}")
    if href.startswith("#"):
        return None
    if href.startswith("/"):
        href = "{base}" + href
    if href.startswith("{base}"):
        parts = urllib.parse.urlsplit("http://replica" + href[len("{base}") :])
        prefix = "{base}"
    else:
        parts = urllib.parse.urlsplit(href)
        if parts.scheme not in ("http", "https"):
            return None
        prefix = f"{parts.scheme}://{parts.netloc}"
    query = urllib.parse.urlencode(
        [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    )
    return prefix + parts.path + (f"?{query}" if query else "")


def fragment_links(fragment):
    out = []
    for m in re.finditer(r"<a\s[^>]*?href=\"([^\"]*)\"[^>]*>(.*?)</a>", fragment, re.S):
        url, label = link_url(m.group(1)), clean_text(m.group(2))
        if url and label:
            out.append({"url": url, "text": label})
    return out


def t3n_article_id(url):
    m = re.fullmatch(r"(?:\{base\}|https://t3n\.de)/(?:news|magazin)/[a-z0-9-]+-(\d{5,8})/", url)
    return m.group(1) if m else None


def text_block(kind, fragment, **extra):
    return {"type": kind, "text": clean_text(fragment), **extra, "links": fragment_links(fragment)}


def largest_rendition(img):
    """images[].url of a lead image: the largest rendition its markup offers (image_html()).
    No <img> of these shapes has a srcset: figure, div-span, figure-credit-span and the <img> of
    picture/picture-div give their src; lazy-figure, lazy-figure-entry their data-src (src is a
    placeholder). None of these URLs has a ?class= rendition."""
    return img["url"]


def structured_fields(a):
    blocks, images = [], []
    img = a["image"]
    if img:
        w, h = IMG_SIZE.get(img["shape"], (None, None))
        images.append(
            {"url": largest_rendition(img), "caption": img["caption"], "credit": img["credit"], "width": w, "height": h}
        )
    for b in blocks_of(a):
        kind = b[0]
        if kind == "p":
            blocks.append(text_block("paragraph", b[1]))
        elif kind == "h2":
            blocks.append(text_block("heading", esc(b[1]), level=2))
        elif kind == "ul":
            blocks += [text_block("list_item", li, ordered=False) for li in b[1]]
        elif kind == "quote":
            blocks += [text_block("quote", p) for p in re.findall(r"<p>(.*?)</p>", b[1], re.S)]
        elif kind == "figure":
            _, url, cap, _label, credit = b
            blocks.append({"type": "image", "url": url, "caption": cap, "credit": credit})
            images.append({"url": url, "caption": cap, "credit": credit, "width": None, "height": None})
        elif kind == "embed":
            blocks.append({"type": "embed", "url": EMBED_URL, "provider": "bsky.app"})
        elif kind == "badbytes":
            par = b[1].replace("{e4}", "\ufffd").replace("{96}", "\ufffd")
            blocks.append({"type": "paragraph", "text": par, "links": []})
        elif kind == "cut":
            blocks.append({"type": "paragraph", "text": b[1], "links": []})
            break  # the served HTML ends here
        # ad, ebenfalls, crosslinks (related_links), noscript, paywall: no block
    links = [
        {"url": link["url"], "text": link["text"], "article_id": t3n_article_id(link["url"])}
        for b in blocks
        for link in b.get("links", ())
    ]
    return {"blocks": blocks, "images": images, "links": links}


def expected_item(a):
    img = a["image"]
    item = {
        "id": a["id"],
        "url": "{base}" + a["path"],
        "title": a["title"],
        "lead": a["lead"],
        "body": "\n\n".join(body_parts(a)),
        "related_links": related(a),
        "authors": a["authors"],
        "published": iso(a["published"]),
        "modified": iso(a["modified"]) if a["modified"] else None,
        "section": a["kicker"],
        "tags": a["tags"],
        "image": None if img is None else {"url": img["url"], "caption": img["caption"], "credit": img["credit"]},
        "reading_time_min": a["reading_min"],
        "paywalled": a["paywalled"],
        "page_count": len(a["pages"]),
        "language": "de",
    }
    item.update(structured_fields(a))
    assert "\n\n".join(b["text"] for b in item["blocks"] if b["type"] in TEXT_BLOCKS) == item["body"], a["id"]
    return item


# ---------------------------------------------------------------- rails (other articles' teasers)


def rail_pool(a):
    """Other exported articles, in a fixed order that differs per page."""
    others = [x for x in ARTICLES if x["id"] != a["id"] and x["export"] and not x["robots"]]
    r = random.Random(int(a["id"]))
    r.shuffle(others)
    return others


def kicker_of(x):
    return x["kicker"]


KICKER_HREF = {"News": "/news/", "Ratgeber": "/ratgeber/", "Software": "/tag/software/", "Pro": "/pro/"}


def kicker_href(a):
    return KICKER_HREF.get(a["kicker"], "/news/")


def meistgelesen(a):
    items = "".join(
        f'<li class="c-teaser c-teaser--ranked"><span class="c-teaser__rank">{i}</span>'
        f'<a class="c-teaser__link" href="{x["path"]}"><span class="c-teaser__kicker">{esc(kicker_of(x))}</span>'
        f'<h3 class="c-teaser__headline">{esc(x["title"])}</h3></a>'
        f'<p class="c-teaser__lead">{esc(x["lead"])}</p></li>'
        for i, x in enumerate(rail_pool(a)[:5], 1)
    )
    return (
        f'<aside class="o-grid__sidebar c-sidebar c-sidebar--mostread">'
        f'<div class="c-sidebar__headline h3">Meistgelesen</div><ol class="c-sidebar__list">{items}</ol>'
        f"{ad('T3N_D_Right', '300x600')}"
        f'<div class="c-jobs-box"><div class="h3">Jobs bei t3n</div><ul>'
        f'<li><a href="/jobs/frontend-entwickler-berlin/">Frontend-Entwickler:in (m/w/d), Berlin</a></li>'
        f'<li><a href="/jobs/data-engineer-remote/">Data Engineer (m/w/d), remote</a></li>'
        f'<li><a href="/jobs/">Alle Jobs</a></li></ul></div></aside>'
    )


def topthemen(a):
    items = "".join(
        f'<div class="c-topstories__item"><span class="c-topstories__kicker">{esc(kicker_of(x))}</span>'
        f'<a href="{B}{x["path"]}?utm_source=t3n&amp;utm_medium=topthemen"><h2 class="c-topstories__headline">{esc(x["title"])}</h2></a>'
        f'<p class="u-text-teaser">{esc(x["lead"])}</p></div>'
        for x in rail_pool(a)[:3]
    )
    return f'<section class="c-topstories" aria-label="Top-Themen"><div class="c-topstories__label h3">Top-Themen</div>{items}</section>'


def teaser_grid(a, headline="Das könnte dich auch interessieren"):
    items = "".join(
        f'<div class="c-teaser-card"><a class="c-teaser-card__link" href="{x["path"]}">'
        f'<img src="{IMG}/teaser/{x["id"]}.jpg" alt=""><span class="c-teaser-card__kicker">{esc(kicker_of(x))}</span>'
        f'<h3 class="c-teaser-card__headline">{esc(x["title"])}</h3></a>'
        f'<p class="teaser-text">{esc(x["lead"])}</p>'
        f'<span class="c-teaser-card__meta">Von {esc(x["authors"][0])}</span></div>'
        for x in rail_pool(a)[3:7]
    )
    return f'<section class="c-teaser-grid"><div class="c-teaser-grid__headline h3">{headline}</div>{items}</section>'


def next_article(a):
    x = rail_pool(a)[7 % len(rail_pool(a))]
    return (
        f'<aside class="c-next-article"><span class="c-next-article__label">Nächster Artikel</span>'
        f'<a href="{x["path"]}"><span class="c-next-article__kicker">{esc(kicker_of(x))}</span>'
        f'<h2 class="c-next-article__headline">{esc(x["title"])}</h2></a>'
        f'<div class="c-next-article__lead-text">{esc(x["lead"])}</div></aside>'
    )


# ---------------------------------------------------------------- article parts


def image_html(img, gen):
    cap = esc(img["caption"])
    cred = esc(credit_text(img))
    url = img["url"]
    shape = img["shape"]
    ph = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    if shape == "figure":
        cls = "c-article__figure" if gen == "classic-2018" else "c-article__media-figure"
        return (
            f'<figure class="{cls}"><div class="c-figure__blur" style="background-image:url({url})"></div>'
            f'<img src="{url}" alt="{cap}" title="{cap} {cred}" width="1200" height="675">'
            f"<figcaption>{cap} {cred}</figcaption></figure>"
        )
    if shape == "div-span":
        return (
            f'<div class="c-article__image"><img class="c-article__img" src="{url}" alt="{cap}">'
            f'<span class="c-article__image-caption">{cap} {cred}</span></div>'
        )
    if shape == "lazy-figure":
        return (
            f'<figure class="c-article__figure"><img class="lazyload" src="{ph}" data-src="{url}" alt="{cap}">'
            f'<noscript><img src="{url}" alt="{cap}"></noscript>'
            f'<figcaption class="c-article__figcaption">{cap} {cred}</figcaption></figure>'
        )
    if shape == "picture":
        webp = url.rsplit(".", 1)[0]
        return (
            f'<figure class="c-article__figure"><picture>'
            f'<source type="image/webp" srcset="{webp}-800.webp 800w, {webp}-1600.webp 1600w">'
            f'<img src="{url}" alt="{cap}" loading="eager"></picture>'
            f"<figcaption><p>{cap} {cred}</p></figcaption></figure>"
        )
    if shape == "picture-div":
        webp = url.rsplit(".", 1)[0]
        return (
            f'<div class="c-article__media c-article__media--lead"><picture>'
            f'<source media="(min-width: 768px)" type="image/webp" srcset="{webp}-1600.webp">'
            f'<source type="image/webp" srcset="{webp}-800.webp">'
            f'<img src="{url}" alt="{cap}" title="{cap}"></picture>'
            f'<span class="c-article__media-caption">{cap} {cred}</span></div>'
        )
    if shape == "lazy-figure-entry":
        return (
            f'<figure class="c-entry__figure"><img class="lazy" src="/assets/img/placeholder-16x9.svg" '
            f'data-src="{url}" alt="{cap}"><figcaption><p>{cap} {cred}</p></figcaption></figure>'
        )
    if shape == "figure-credit-span":
        return (
            f'<figure class="c-article__media-figure"><img src="{url}" alt="{cap}">'
            f'<figcaption>{cap} <span class="c-article__credit">{cred}</span></figcaption></figure>'
        )
    raise ValueError(shape)


def byline_html(a, gen):
    names = []
    for n in a["authors"]:
        slug = AUTHORS.get(n)
        if slug and not a["guest"] and not a["dropped"]:
            cls = "u-link-simple c-article__author" if gen == "classic-2018" else "c-article__author-link"
            names.append(f'<a class="{cls}" href="/redaktion/{slug}/"><strong>{esc(n)}</strong></a>')
        else:
            names.append(f"<strong>{esc(n)}</strong>")
    return a["byline"].format(*names)


def link_for(aid, style):
    x = BY_ID[aid]
    if style == "rel-utm":
        return f"{x['path']}?utm_source=t3n&amp;utm_medium=crosslink&amp;utm_campaign=ebenfalls"
    return B + x["path"]


def block_html(b, a, gen, state):
    kind = b[0]
    if kind == "p":
        return f"<p>{b[1]}</p>"
    if kind == "h2":
        if gen == "classic-2018":
            return f"<h2>{esc(b[1])}</h2>"
        anchor = re.sub(r"[^a-z0-9]+", "-", b[1].lower()).strip("-")
        return (
            f'<div class="c-article__headline" id="{anchor}"><h2><span class="c-article__wrapper">'
            f'<a class="c-article__anchor tg-headline-ankerlink" href="#{anchor}">{svg("anchor")}</a>'
            f"{esc(b[1])}</span></h2></div>"
        )
    if kind == "ul":
        return "<ul>" + "".join(f"<li>{li}</li>" for li in b[1]) + "</ul>"
    if kind == "quote":
        return f"<blockquote>{b[1]}</blockquote>"
    if kind == "ad":
        state["ad"] += 1
        return ad(f"T3N_D_Incontent-{state['ad']}")
    if kind == "ebenfalls":
        x = BY_ID[b[1]]
        if gen == "classic-2018":
            return (
                f"<p><strong>Ebenfalls interessant:</strong> "
                f'<a href="{link_for(b[1], "rel-utm")}">{esc(x["title"])}</a></p>'
            )
        return (
            f'<p class="c-entry__crosslink">Ebenfalls interessant: '
            f'<a href="{link_for(b[1], "rel-utm")}">{esc(x["title"])}</a></p>'
        )
    if kind == "crosslinks":
        if gen == "classic-2018":
            lis = "".join(
                f'<li class="tg-crosslinks__item"><a href="{link_for(aid, "abs")}">{esc(BY_ID[aid]["title"])}</a></li>'
                for aid in b[1]
            )
            return (
                f'<div class="tg-crosslinks"><div class="tg-crosslinks__headline">Passend zum Thema</div>'
                f'<ul class="tg-crosslinks__list">{lis}</ul></div>'
            )
        links = "".join(
            f'<a class="c-crosslinks__link" href="{link_for(aid, "abs")}">'
            f'<span class="c-crosslinks__title">{esc(BY_ID[aid]["title"])}</span></a>'
            for aid in b[1]
        )
        return f'<aside class="c-crosslinks"><span class="c-crosslinks__label">Auch interessant</span>{links}</aside>'
    if kind == "figure":
        _, url, cap, label, credit = b
        return (
            f'<figure class="c-entry__inline-figure wp-caption"><img src="{url}" alt="{esc(cap)}">'
            f'<figcaption class="wp-caption-text">{esc(cap)} ({label}: {esc(credit)})</figcaption></figure>'
        )
    if kind == "embed":
        return (
            '<div class="c-consent-overlay" data-vendor="bluesky" id="consent-embed-1">'
            '<div class="c-consent-overlay__inner"><p class="c-consent-overlay__title">Wir brauchen deine Zustimmung</p>'
            "<p>An dieser Stelle findest du einen externen Inhalt von Bluesky, der den Artikel ergänzt. "
            "Du kannst ihn dir mit einem Klick anzeigen lassen.</p>"
            '<button class="c-button bplr-cogwheel-accept">Akzeptieren</button>'
            '<button class="c-button -secondary bplr-cogwheel-settings">Einstellungen</button>'
            '<p class="u-text-small">Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. '
            "Damit können personenbezogene Daten an Drittplattformen übermittelt werden.</p></div></div>"
            '<div class="embed-content-wrapper" data-embed="https://bsky.app/profile/bsky.app/post/3lh7"></div>'
        )
    if kind == "noscript":
        return f"<noscript><p>{esc(b[1])}</p></noscript>"
    if kind == "badbytes":
        return "<p>" + b[1].replace("{e4}", "\x00E4\x00").replace("{96}", "\x00096\x00") + "</p>"
    if kind == "huge":
        return "<p>" + huge_text(b[1]) + "</p>"
    if kind == "paywall":
        hidden = "".join(f"<p>{esc(s)}</p>" for s in b[1][:1])
        return (
            f'<div class="c-paywall__wrapper"><div class="c-paywall__teaser u-blur">{hidden}</div>'
            f'<div class="c-paywall__box"><div class="c-paywall__headline h3">Weiterlesen mit t3n Pro</div>'
            f"<p>Du willst den ganzen Artikel lesen? Mit t3n Pro bekommst du Zugriff auf alle Pro-Artikel, "
            f'Guides und Online-Kurse.</p><ul class="c-paywall__benefits"><li>Alle Pro-Artikel</li>'
            f"<li>Exklusive Guides</li><li>Werbearm lesen</li></ul>"
            f'<a class="c-button" href="/pro/?utm_source=paywall">Jetzt 30 Tage kostenlos testen</a>'
            f'<p class="u-text-small">Schon Pro-Mitglied? <a href="/account/login">Jetzt anmelden</a></p></div></div>'
        )
    if kind == "cut":
        return "<p>" + b[1] + "\x00CUT\x00" + b[2] + "</p>"
    raise ValueError(kind)


def huge_text(n):
    sentences = [
        "Die GNU General Public License verlangt, dass abgeleitete Werke unter derselben Lizenz stehen.",
        "Die MIT-Lizenz erlaubt fast alles, solange der Lizenztext erhalten bleibt.",
        "Die Apache-Lizenz 2.0 regelt zusätzlich den Umgang mit Patenten.",
        "Die AGPL schließt die Lücke, die Software als Dienst im Netz offen lässt.",
        "Wer mehrere Lizenzen kombiniert, muss auf ihre Verträglichkeit achten.",
    ]
    out, size, i = [], 0, 0
    while size < n:
        s = sentences[i % len(sentences)] + " "
        out.append(s)
        size += len(s)
        i += 1
    return "".join(out).strip()


def suggest_html(a, gen):
    tags = "".join(f'<li class="c-suggestNews-tag"><a href="/tag/{slugify(t)}/">{esc(t)}</a></li>' for t in a["tags"])
    cards = ""
    for aid in a["suggest"]:
        x = BY_ID[aid]
        cards += (
            f'<div class="c-suggestNews-item"><span class="c-suggestNews-kicker">{esc(x["kicker"])}</span>'
            f'<a class="c-suggestNews-link" href="{B}{x["path"]}"><h4 class="c-suggestNews-title">{esc(x["title"])}</h4></a>'
            f'<p class="c-suggestNews-lead">{esc(x["lead"])}</p></div>'
        )
    return (
        f'<div id="vgWortPixel"></div><div class="c-suggestNews-container">'
        f'<div class="c-suggestNews-headline h3">Mehr zu diesem Thema</div>'
        f'<ul class="o-list c-suggestNews-tags">{tags}</ul>'
        f'<div class="c-suggestNews-wrapper tg-leseempfehlung">{cards}</div></div>'
    )


def slugify(s):
    s = s.lower()
    for k, v in {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "&": "and"}.items():
        s = s.replace(k, v)
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def pagination_nav(a, n):
    pages = len(a["pages"])
    if pages == 1:
        return ""
    links = []
    for i in range(1, pages + 1):
        href = a["path"] if i == 1 else f"{a['path']}{i}/"
        links.append(
            f'<span class="c-pagination__current">{i}</span>'
            if i == n
            else f'<a class="c-pagination__link" href="{href}">Seite {i}</a>'
        )
    if n < pages:
        links.append(f'<a class="c-pagination__next" rel="next" href="{a["path"]}{n + 1}/">Nächste Seite</a>')
    return f'<nav class="c-pagination c-article__pagination" aria-label="Seiten">{"".join(links)}</nav>'


def jsonld(a, n, url):
    if not a["jsonld"] or n > 1:
        return ""
    img = a["image"]
    authors = [
        {
            "@type": "Person",
            "name": x,
            **({"url": f"https://t3n.de/redaktion/{AUTHORS[x]}/"} if x in AUTHORS and not a["guest"] else {}),
        }
        for x in a["authors"]
    ]
    ab_parts = [text(a["lead"])]
    for b in blocks_of(a):
        if b[0] in ("p", "h2", "quote"):
            ab_parts.append(text(b[1]))
        elif b[0] == "ul":
            ab_parts.extend(text(li) for li in b[1])
        elif b[0] == "ad":
            ab_parts.append('[t3n_ad id="incontent"]')
        elif b[0] == "embed":
            ab_parts.append("[embed]https://bsky.app/profile/bsky.app/post/3lh7[/embed]")
        elif b[0] == "paywall":
            ab_parts.extend(b[1])
        elif b[0] == "cut":
            ab_parts.append(b[1] + b[2])
    desc = a["lead"][:110]
    if a["gen"] == "classic-2018":
        d = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": a["ld_title"] or a["title"],
            "description": desc,
            "datePublished": iso_nocolon(a["published"]),
            "dateModified": iso_nocolon(a["modified"]),
            "author": authors if len(authors) > 1 else authors[0],
            "publisher": {
                "@type": "Organization",
                "name": "t3n",
                "logo": {"@type": "ImageObject", "url": "https://cdn.t3n.de/t3n-logo.png"},
            },
            "keywords": ", ".join(a["tags"]),
            "articleSection": a["ressort"],
            "isAccessibleForFree": not a["paywalled"],
            "timeRequired": f"PT{a['reading_min']}M",
        }
        if img:
            d["image"] = [
                {"@type": "ImageObject", "url": img["url"] + f"?class=structuredData-{s}"}
                for s in ("large", "medium", "small")
            ]
        if a["articlebody"]:
            d["articleBody"] = "\r\n\r\n".join(ab_parts)
    else:
        art_node = {
            "@type": "NewsArticle",
            "@id": url + "#article",
            "isPartOf": {"@id": url},
            "headline": a["ld_title"] or a["title"],
            "description": desc,
            "datePublished": iso(a["published"]),
            "dateModified": iso(a["modified"]),
            "author": [{"@id": f"https://t3n.de/#/schema/person/{slugify(x)}"} for x in a["authors"]],
            "keywords": a["tags"],
            "articleSection": [a["ressort"]],
            "inLanguage": "de-DE",
            "isAccessibleForFree": not a["paywalled"],
            "wordCount": sum(len(p.split()) for p in ab_parts),
        }
        if a["paywalled"]:
            art_node["hasPart"] = {
                "@type": "WebPageElement",
                "isAccessibleForFree": False,
                "cssSelector": ".c-paywall__wrapper",
            }
        if img:
            art_node["image"] = {"@id": url + "#primaryimage"}
        if a["articlebody"]:
            art_node["articleBody"] = "\r\n\r\n".join(ab_parts)
        graph = [
            art_node,
            {"@type": "WebPage", "@id": url, "url": url, "name": a["title"] + " | t3n", "inLanguage": "de-DE"},
        ]
        if img:
            graph.append(
                {"@type": "ImageObject", "@id": url + "#primaryimage", "url": img["url"], "caption": img["caption"]}
            )
        for x in a["authors"]:
            graph.append({"@type": "Person", "@id": f"https://t3n.de/#/schema/person/{slugify(x)}", "name": x})
        graph.append(
            {
                "@type": "BreadcrumbList",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://t3n.de/"},
                    {"@type": "ListItem", "position": 2, "name": "News", "item": "https://t3n.de/news/"},
                    {"@type": "ListItem", "position": 3, "name": a["ressort"]},
                ],
            }
        )
        d = {"@context": "https://schema.org", "@graph": graph}
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False).replace("</", "<\\/") + "</script>"


def datalayer(a):
    if a["gen"] == "classic-2018":
        d = local(a["published"])
        return (
            f"<script>window.dataLayer=window.dataLayer||[];dataLayer.push({{t3nArticleID:'{a['kind']}-article-{a['id']}',"
            f"t3nRessort:'{a['ressort']}',t3nArticleType:'{'Magazin' if a['kind'] == 'magazin' else 'News'}',"
            f"t3nAuthor:'{', '.join(a['authors'])}',t3nPublished:'{d:%d%m%Y}',t3nInitialPublished:'{d:%d.%m.%Y}',"
            f"t3nLoggedIn:'false',t3nIsProMember:'false'}});</script>"
        )
    d = {
        "event": "articleView",
        "article.id": a["id"],
        "article.headline": a["title"],
        "article.author": ", ".join(a["authors"]),
        "article.publication_date": iso(a["published"]),
        "article.section": a["ressort"],
        "article.type": a["kind"],
        "article.paywall": "pro" if a["paywalled"] else "free",
        "user.loggedIn": False,
    }
    return (
        "<script>window.dataLayer=window.dataLayer||[];dataLayer.push("
        + json.dumps(d, ensure_ascii=False)
        + ");</script>"
    )


def head_meta(a, n):
    url = B + a["path"] + ("" if n == 1 else f"{n}/")
    # meta/og description = the lead's first sentence (as on the real page); "25. Mai" is no sentence end
    desc = re.split(r"(?<=[a-zäöüß])\. ", a["lead"])[0].rstrip(".") + "."
    img = a["image"]
    og_img = img["url"] if img else "https://cdn.t3n.de/assets/t3n/images/t3n-logo-og.png"
    m = [
        f'<meta name="description" content="{esc(desc)}">',
        f'<link rel="canonical" href="{url}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:url" content="{url}">',
        f'<meta property="og:title" content="{esc(a["title"])}">',
        f'<meta property="og:description" content="{esc(desc)}">',
        f'<meta property="og:image" content="{og_img}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:title" content="{esc(a["title"])}">',
        f'<meta name="author" content="{esc(", ".join(a["authors"]))}">',
    ]
    if a["gen"] == "classic-2018":
        m += [
            f'<meta name="date" content="{naive(a["published"])}">',
            f'<meta name="last-modified" content="{naive(a["modified"])}">',
        ]
        if not a["jsonld"]:
            m += [
                f'<meta property="article:published_time" content="{iso(a["published"])}">',
                f'<meta property="article:modified_time" content="{iso(a["modified"])}">',
            ]
    else:
        m += [
            f'<meta property="article:published_time" content="{iso(a["published"])}">',
            f'<meta property="article:modified_time" content="{iso(a["modified"])}">',
            f'<meta property="article:section" content="{esc(a["ressort"])}">',
        ]
    tier = "locked" if a["paywalled"] else ("sponsored" if a["dropped"] else "free")
    m.append(f'<meta property="article:content_tier" content="{tier}">')
    m.append('<meta property="article:opinion" content="false">')
    m += [f'<meta property="article:tag" content="{esc(t)}">' for t in a["tags"]]
    pages = len(a["pages"])
    if n > 1:
        prev = a["path"] if n == 2 else f"{a['path']}{n - 1}/"
        m.append(f'<link rel="prev" href="{B}{prev}">')
    if n < pages:
        m.append(f'<link rel="next" href="{B}{a["path"]}{n + 1}/">')
    m.append(jsonld(a, n, B + a["path"]))
    m.append(datalayer(a))
    return "\n".join(x for x in m if x)


def lead_html(a):
    lead = a["lead"]
    style = a["lead_style"]
    if a["gen"] == "classic-2018":
        return f'<p class="c-article__lead">\n\n{umlaut_entities(esc(lead))}\n\n</p>'
    if style == "bare":
        return f"<p>{esc(lead)}</p>"
    if style == "u-text-teaser":
        return f'<p class="u-text-teaser c-article__teaser-text">\n{umlaut_entities(esc(lead))}\n</p>'
    if style == "div-p":
        return f'<div class="c-article__teaser"><p>{esc(lead)}</p></div>'
    return f'<p class="{style}">{esc(lead)}</p>'


def classic_page(a, n):
    pages = len(a["pages"])
    state = {"ad": 0}
    body = "\n".join(block_html(b, a, a["gen"], state) for b in a["pages"][n - 1])
    header_parts = [
        f'<a class="c-article__kicker" href="{kicker_href(a)}">{esc(a["kicker"])}</a>',
        f'<h1 class="c-article__title">{esc(a["title"])}</h1>',
    ]
    if n == 1:
        header_parts.append(lead_html(a))
    else:
        header_parts.append(f'<p class="c-article__pageinfo u-text-small">Seite {n} von {pages}</p>')
    header_parts.append(
        f'<div class="c-article__meta">{byline_html(a, a["gen"])} · '
        f'<time datetime="{naive(a["published"])}">{de_date(a["published"])}</time> · '
        f'<span class="c-article__readtime">{esc(a["reading"])}</span> '
        f'<button class="c-article__bookmark">{svg("bookmark")}<span class="c-tooltipp">Artikel merken</span></button></div>'
    )
    img = image_html(a["image"], a["gen"]) if (a["image"] and n == 1) else ""
    last = n == pages
    guest = ""
    if a["guest"]:
        guest = (
            f'<div class="c-guest-author"><div class="h3">Über die Autorin</div><p>{esc(a["authors"][0])} ist '
            f"Webentwicklerin und berät Unternehmen bei der Wahl der passenden App-Strategie.</p></div>"
        )
    art_type = "magazin" if a["kind"] == "magazin" else "news"
    article = f"""<article class="c-article tg-articletype-{art_type}" data-article-identifier="{a["kind"]}-article-{a["id"]}">
<header class="c-article__header">
{chr(10).join(header_parts)}
</header>
{img}
{ad("T3N_D_Top", "728x90")}
<div class="c-entry">
{body}
{pagination_nav(a, n)}
</div>
{suggest_html(a, a["gen"]) if last else ""}
{guest}
{share_block(B + a["path"], a["title"])}
{newsletter_box(a["ressort"])}
</article>"""
    main = f"""<div id="main-content" class="o-wrapper o-grid">
{meistgelesen(a)}
<div class="o-grid__main">
{article}
</div>
</div>"""
    return (
        head(a["title"], head_meta(a, n), charset=charset_tag(a), generation=a["gen"])
        + f'</head>\n<body class="t3n-2018 single single-post postid-{a["id"]}">\n'
        + site_header(a["gen"])
        + ad("T3N_D_Billboard", "970x250")
        + main
        + teaser_grid(a, "Das könnte dich auch interessieren")
        + outbrain()
        + comments(a["path"])
        + ad("T3N_D_Bottom", "970x250")
        + site_footer()
    )


def charset_tag(a):
    if a["encoding"] == "cp1252":
        return '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">\n'
    return True if a["charset"] else False


def redesign_page(a, n):
    state = {"ad": 0}
    page_blocks = a["pages"][n - 1]
    img_html = image_html(a["image"], a["gen"]) if a["image"] else ""
    entry_top = img_html if a["image"] and a["image"]["shape"].endswith("-entry") else ""
    media = "" if entry_top else img_html
    body = "\n".join(block_html(b, a, a["gen"], state) for b in page_blocks)
    if a["dropped"]:
        kicker = f'<div class="c-article__kicker c-article__kicker--sponsored"><span>{esc(a["kicker"])}</span></div>'
    else:
        kicker = f'<div class="c-article__kicker"><a href="{kicker_href(a)}">{esc(a["kicker"])}</a></div>'
    pro = '<span class="c-pro-badge">' + svg("pro") + " t3n Pro</span>" if a["paywalled"] else ""
    sponsored = ""
    if a["dropped"]:
        sponsored = (
            '<div class="c-sponsored-notice">Dieser Beitrag ist eine Anzeige unseres Partners Nordwolke GmbH. '
            "Für den Inhalt ist der Partner verantwortlich.</div>"
        )
    breadcrumb = (
        f'<nav class="c-breadcrumb-wrapper" aria-label="Brotkrumen"><ul class="o-list c-breadcrumb">'
        f'<li class="c-breadcrumb__item"><a href="/">Home</a></li>'
        f'<li class="c-breadcrumb__item"><a href="/news/">News</a></li>'
        f'<li class="c-breadcrumb__item"><a href="/tag/{slugify(a["ressort"])}/">{esc(a["ressort"])}</a></li>'
        f"</ul></nav>"
    )
    if a["consent_only"]:
        main_content = consent_dialog("1204")
    else:
        main_content = f"""{media}
<div class="c-entry">
{entry_top}
<p class="u-text-small"></p>
<div class="">
{body}
</div>
</div>"""
    art_type = "advertorial" if a["dropped"] else ("pro" if a["paywalled"] else a["kind"])
    article = f"""<article class="c-article c-article--{a["kind"]} tg-articletype-{art_type}" data-article-identifier="{a["kind"]}-article-{a["id"]}">
<div class="c-article__header">
{kicker}{pro}
<button class="c-article__bookmark">{svg("bookmark")}<span class="c-tooltipp">Artikel merken</span></button>
<div class="c-article__headline"><h1 class="c-article__title">{esc(a["title"])}</h1></div>
{lead_html(a)}
{sponsored}
<div class="c-article__byline">{byline_html(a, a["gen"])}</div>
<div class="c-article__info"><time datetime="{iso(a["published"])}">{de_long(a["published"])}</time>
<span class="c-article__readtime">{svg("clock")} {esc(a["reading"])}</span></div>
</div>
{ad("T3N_D_Incontent-0", "300x250")}
<div id="main-content" class="c-article__content">
{main_content}
</div>
{suggest_html(a, a["gen"]) if not a["consent_only"] else ""}
{share_block(B + a["path"], a["title"])}
{newsletter_box(a["ressort"])}
</article>"""
    page = (
        head(a["title"] + " | t3n", head_meta(a, n), charset=charset_tag(a), generation=a["gen"])
        + '</head>\n<body class="t3n-2025 page-article">\n'
        + site_header(a["gen"])
        + ad("T3N_D_Billboard", "970x250")
        + breadcrumb
        + topthemen(a)
        + f'<main class="c-page o-wrapper"><div class="o-grid"><div class="o-grid__main">{article}</div>'
        + f'<aside class="o-grid__sidebar">{ad("T3N_D_Right", "300x600")}</aside></div>'
        + next_article(a)
        + teaser_grid(a)
        + "</main>"
        + outbrain()
        + comments(a["path"])
        + ad("T3N_D_Bottom", "970x250")
        + site_footer()
    )
    return page


def consent_dialog(msg_id):
    return f"""<div class="c-consent-overlay c-consent-overlay--fullpage" id="sp_message_container_{msg_id}">
<div class="message-container sp_message_container"><div class="message-content">
<p class="message-title">Wir brauchen deine Zustimmung</p>
<p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um dir Inhalte und Werbung anzuzeigen, sie zu messen und unser Angebot zu verbessern. Mit einem Klick auf „Akzeptieren“ stimmst du der Verarbeitung zu. Unter „Einstellungen“ kannst du deine Auswahl anpassen und jederzeit widerrufen.</p>
<p>Alternativ kannst du t3n Pur abonnieren und ohne Werbetracking lesen.</p>
<button class="message-component message-button sp_choice_type_11" title="Akzeptieren">Akzeptieren</button>
<button class="message-component message-button sp_choice_type_12" title="Einstellungen">Einstellungen</button>
<a class="message-component" href="/pur">Jetzt t3n Pur abonnieren</a>
</div></div>
<iframe id="sp_message_iframe_{msg_id}" class="sp_message_iframe" src="https://cmp.t3n.de/index.html?message_id={msg_id}&amp;consentUUID=null" title="SP Consent Message"></iframe>
</div>"""


def interstitial_page(a):
    return """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>t3n.de</title>
<meta name="robots" content="noindex, nofollow">
<script>window._sp_queue=[];window._sp_={config:{accountId:1234,baseEndpoint:'https://cmp.t3n.de',propertyHref:'https://t3n.de',isSPA:false}};</script>
<script src="https://cmp.t3n.de/unified/wrapperMessagingWithoutDetection.js"></script>
<style>html,body{margin:0;height:100%;background:#fff}.sp-message-open{overflow:hidden}#sp_message_container_1203{position:fixed;inset:0;z-index:2147483647}</style>
</head>
<body class="sp-message-open">
<div id="sp_message_container_1203" class="sp-message-container">
<iframe id="sp_message_iframe_1203" class="sp_message_iframe" src="https://cmp.t3n.de/index.html?message_id=1203&amp;consentUUID=null&amp;consent_origin=https%3A%2F%2Fcmp.t3n.de%2Fconsent%2Ftcfv2" title="SP Consent Message" style="width:100%;height:100%;border:0"></iframe>
</div>
<noscript>
<div class="sp-noscript">
<p><strong>Wir brauchen deine Zustimmung</strong></p>
<p>Um t3n.de nutzen zu können, aktiviere bitte JavaScript und stimme der Verarbeitung deiner Daten zu. Wir und unsere 147 Partner speichern und/oder greifen auf Informationen auf deinem Gerät zu.</p>
<button>Akzeptieren</button> <button>Einstellungen</button>
<p><a href="https://t3n.de/datenschutz/">Datenschutzerklärung</a> · <a href="https://t3n.de/impressum/">Impressum</a></p>
</div>
</noscript>
</body>
</html>
"""


# ---------------------------------------------------------------- listings


def teaser(x, href=None, variant="list"):
    href = href or x["path"]
    d = local(x["published"])
    return (
        f'<article class="c-teaser c-teaser--{variant}">'
        f'<a class="c-teaser__link" href="{href}"><div class="c-teaser__kicker">{esc(x["kicker"])}</div>'
        f'<h3 class="c-teaser__headline">{esc(x["title"])}</h3></a>'
        f'<p class="c-teaser__lead">{esc(x["lead"])}</p>'
        f'<div class="c-teaser__meta"><a href="/redaktion/{slugify(x["authors"][0]) if x["authors"] else "t3n"}/">'
        f"{esc(x['authors'][0]) if x['authors'] else 't3n'}</a> · "
        f'<time datetime="{d.isoformat()}">{d:%d.%m.%Y}</time> · '
        f'<a href="{x["path"]}#comments">{svg("comment")} Kommentare</a></div></article>'
    )


def pseudo(entry):
    """A teaser for an URL-only bad input (500, PDF, off-site redirect)."""
    return {
        "path": entry["path"],
        "kicker": entry["kicker"],
        "title": entry["title"],
        "lead": "Mehr dazu im Artikel.",
        "authors": ["t3n Redaktion"],
        "published": (2026, 1, 5, 10, 0),
    }


def listing_page(title, canonical, teasers_html, rel_next=None, rel_prev=None, pagination="", intro=""):
    extra = [
        f'<link rel="canonical" href="{B}{canonical}">',
        f'<meta property="og:title" content="{esc(title)}">',
        '<meta name="description" content="t3n – digital pioneers: News, Magazin und Ratgeber rund um Digitalisierung, Software, KI und Arbeitswelt.">',
    ]
    if rel_prev:
        extra.append(f'<link rel="prev" href="{B}{rel_prev}">')
    if rel_next:
        extra.append(f'<link rel="next" href="{B}{rel_next}">')
    extra.append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'page.type':'listing'});</script>")
    return (
        head(title, "\n".join(extra))
        + '</head>\n<body class="t3n-2025 page-listing">\n'
        + site_header("redesign-2025")
        + ad("T3N_D_Billboard", "970x250")
        + f'<main id="main-content" class="c-page o-wrapper"><h1 class="c-listing__title">{esc(title)}</h1>{intro}'
        + f'<div class="c-listing">{teasers_html}</div>{pagination}</main>'
        + f'<aside class="o-grid__sidebar">{ad("T3N_D_Right", "300x600")}'
        + '<div class="c-jobs-box"><a href="/jobs/">Jobs</a> <a href="https://cdn.t3n.de/downloads/mediadaten-2026.pdf">Mediadaten (PDF)</a></div></aside>'
        + site_footer()
    )


def news_pagination(n, total):
    links = []
    for i in range(1, total + 1):
        href = "/news/" if i == 1 else f"/news/page/{i}/"
        links.append(
            f'<span class="c-pagination__current">{i}</span>'
            if i == n
            else f'<a class="c-pagination__link" href="{href}">{i}</a>'
        )
    if n > 1:
        links.insert(
            0, f'<a class="c-pagination__prev" href="{"/news/" if n == 2 else f"/news/page/{n - 1}/"}">Zurück</a>'
        )
    if n < total:
        links.append(f'<a class="c-pagination__next" href="/news/page/{n + 1}/">Nächste Seite</a>')
    return f'<nav class="c-pagination" aria-label="Seitennavigation">{"".join(links)}</nav>'


# ---------------------------------------------------------------- writing


def write(path, data):
    full = os.path.join(HERE, path.lstrip("/"))
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def write_json(path, obj):
    write(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def encode_page(a, page):
    if a["encoding"] == "cp1252":
        data = page.encode("cp1252", errors="xmlcharrefreplace")
    else:
        data = page.encode("utf-8")
    data = data.replace(b"\x00E4\x00", b"\xe4").replace(b"\x00096\x00", b"\x96")
    if b"\x00CUT\x00" in data:
        data = data[: data.index(b"\x00CUT\x00")]
    assert b"\x00" not in data
    return data


def build():
    for name in os.listdir(HERE):
        if name not in OWN_FILES:
            p = os.path.join(HERE, name)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)

    headers, redirects = {}, {}
    for a in ARTICLES:
        if a["gen"] == "consent-interstitial":
            write(a["path"] + "index.html", interstitial_page(a))
        else:
            for n in range(1, len(a["pages"]) + 1):
                page = classic_page(a, n) if a["gen"] == "classic-2018" else redesign_page(a, n)
                sub = a["path"] if n == 1 else f"{a['path']}{n}/"
                write(sub + "index.html", encode_page(a, page))
        if a["headers"]:
            headers[a["path"]] = a["headers"]
        if a["old_slug"]:
            redirects[f"/{a['kind']}/{a['old_slug']}/"] = {"status": 301, "location": B + a["path"]}
        meta = {
            "path": a["path"],
            "generation": a["gen"],
            "exported": a["export"],
            "pages": len(a["pages"]),
            "notes": " ".join(f"{n}." if not n.endswith(".") else n for n in a["notes"]),
        }
        if a["encoding"] != "utf-8":
            meta["encoding"] = a["encoding"]
        write_json(a["path"] + "meta.json", meta)
        if a["export"] and not a["robots"]:
            write_json(a["path"] + "expected.json", expected_item(a))

    # URL-only bad inputs
    # the server needs a "location" key; an empty one on a 500 is ignored by clients
    redirects[HTTP_500["path"]] = {"status": 500, "location": ""}
    write_json(
        HTTP_500["path"] + "meta.json",
        {
            "path": HTTP_500["path"],
            "generation": None,
            "exported": False,
            "notes": "answers HTTP 500 on every request (_redirects.json entry with status 500: the replica server "
            "cannot set a status through _headers.json); reason 'http_error'",
        },
    )
    write(PDF["path"] + "index.html", pdf_bytes(PDF["title"]))
    headers[PDF["path"]] = {
        "Content-Type": "application/pdf",
        "Content-Disposition": 'inline; filename="t3n-studie-ki-2026.pdf"',
    }
    write_json(
        PDF["path"] + "meta.json",
        {
            "path": PDF["path"],
            "generation": None,
            "exported": False,
            "notes": "a PDF (valid, one page) served with Content-Type application/pdf at an article URL; reason 'not_html'",
        },
    )
    redirects[OFFSITE["path"]] = {"status": 301, "location": OFFSITE["location"]}

    write_listings()
    write_json("_headers.json", headers)
    write_json("_redirects.json", redirects)
    write("robots.txt", ROBOTS)
    write_json("expected_crawl.json", expected_crawl())


def pdf_bytes(title):
    # a minimal, valid one-page PDF (byte offsets computed, so xref is right)
    content = f"BT /F1 18 Tf 72 760 Td ({title.encode('ascii', 'replace').decode()}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


ROBOTS = f"""# robots.txt for t3n.de (replica site_e)
User-agent: GPTBot
Disallow: /

User-agent: CCBot
Disallow: /

User-agent: *
Disallow: /suche/
Disallow: /pro/
Disallow: /account/
Disallow: /news/wp-admin/
Disallow: {BY_ID["1029933"]["path"]}
Allow: /news/wp-admin/admin-ajax.php
"""


def listed():
    """Everything a listing links to, newest first."""
    items = [a for a in ARTICLES]
    items += [dict(pseudo(e), id=e["id"], export=False) for e in (HTTP_500, PDF, OFFSITE)]
    return sorted(items, key=lambda x: x["published"], reverse=True)


def write_listings():
    allx = listed()
    news = [x for x in allx]
    per = (len(news) + 2) // 3
    chunks = [news[i * per : (i + 1) * per] for i in range(3)]
    for n, chunk in enumerate(chunks, 1):
        parts = []
        for j, x in enumerate(chunk):
            href = x["path"]
            # listing traps: absolute, utm, #comments, old slug
            if x.get("id") == "1059842" and n == 3:
                href = "/news/zuckerberg-senat-1059842/"
            elif j % 3 == 0:
                href = B + x["path"]
            elif j % 3 == 1:
                href = x["path"] + "?utm_source=t3n&utm_medium=news-listing"
            parts.append(teaser(x, href=esc(href)))
            if j == 2:
                parts.append(f'<div class="c-listing__ad">{ad("T3N_D_Incontent-1")}</div>')
        rel_next = f"/news/page/{n + 1}/" if n < 3 else None
        rel_prev = None if n == 1 else ("/news/" if n == 2 else f"/news/page/{n - 1}/")
        canonical = "/news/" if n == 1 else f"/news/page/{n}/"
        title = "News" if n == 1 else f"News – Seite {n}"
        write(
            ("/news/" if n == 1 else f"/news/page/{n}/") + "index.html",
            listing_page(title, canonical, "".join(parts), rel_next, rel_prev, news_pagination(n, 3)),
        )

    # home: the newest, the same article three times (hero, list with #comments, sidebar with utm)
    hero = BY_ID["1729310"]
    home_parts = [f'<section class="c-hero">{teaser(hero, href=B + hero["path"], variant="hero")}</section>']
    for x in allx[:10]:
        home_parts.append(teaser(x))
    home_parts.append(
        '<section class="c-home__box"><div class="h3">Außerdem</div><ul>'
        f'<li><a href="{hero["path"]}#comments">Diskussion: {esc(hero["title"])}</a></li>'
        f'<li><a href="{hero["path"]}?utm_source=homepage&amp;utm_campaign=box">{esc(hero["title"])}</a></li>'
        '<li><a href="/redaktion/nadia-oeztuerk/">Nadia Öztürk</a></li>'
        '<li><a href="/redaktion/">Die Redaktion</a></li>'
        '<li><a href="/jobs/">Jobs bei Digitalunternehmen</a></li>'
        '<li><a href="/tag/ki/">Alles zu KI</a></li>'
        '<li><a href="https://cdn.t3n.de/t3n-magazin-ausgabe-82.pdf">Magazin-Ausgabe 82 (PDF)</a></li>'
        '<li><a href="https://www.linkedin.com/company/t3n-magazin-yeebase-media-gmbh">t3n auf LinkedIn</a></li>'
        '<li><a href="https://t3n.social/@t3n">t3n auf Mastodon</a></li>'
        '<li><a href="https://www.instagram.com/t3n_magazin">Instagram</a></li>'
        '<li><a href="/news/zuckerberg-senat-1059842/">Archiv: Zuckerberg vor dem US-Senat</a></li>'
        f'<li><a href="{B}{OFFSITE["path"]}">{esc(OFFSITE["title"])}</a></li>'
        "</ul></section>"
    )
    write(
        "/index.html",
        listing_page(
            "t3n – digital pioneers | Das Magazin für digitales Business",
            "/",
            "".join(home_parts),
            intro='<nav class="c-home__topics"><a href="/tag/software/">Software</a> '
            '<a href="/tag/ki/">KI</a> <a href="/news/">Alle News</a></nav>',
        ),
    )

    # topic pages: every /tag/<topic>/ of the navigation exists (a crawler that follows the
    # navigation meets no 404 there); software and ki are the ones the home page names
    topics = {
        "software": ("Software", ["1729310", "1727777", "1004512", "1143377", "1720777"]),
        "ki": ("KI", ["1710455", "1724001", "1731505", "1730001"]),
    }
    for label, path in NAV:
        slug = path[len("/tag/") : -1]
        if not path.startswith("/tag/") or not slug or slug in topics:
            continue
        ids = [x["id"] for x in ARTICLES if slugify(x["ressort"]) == slug or slug in {slugify(t) for t in x["tags"]}]
        topics[slug] = (label, ids or ["1726800", "1059842"])
    mag = [x for x in allx if x["path"].startswith("/magazin/")]
    write("/magazin/index.html", listing_page("Magazin", "/magazin/", "".join(teaser(x) for x in mag)))
    for slug, (label, ids) in topics.items():
        parts = [
            teaser(BY_ID[i], href=(B + BY_ID[i]["path"]) if k % 2 else BY_ID[i]["path"]) for k, i in enumerate(ids)
        ]
        write(
            f"/tag/{slug}/index.html", listing_page(f"{label} – News und Hintergründe", f"/tag/{slug}/", "".join(parts))
        )

    # RSS 2.0: newest items
    items = []
    for x in allx[:12]:
        d = local(x["published"])
        items.append(f"""<item><title>{esc(x["title"])}</title><link>{B}{x["path"]}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=rss</link>
<guid isPermaLink="false">t3n-{x["id"]}</guid><pubDate>{d.strftime("%a, %d %b %Y %H:%M:%S %z")}</pubDate>
<description>{esc(x["lead"])}</description></item>""")
    rss = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>t3n.de - News</title><link>{B}/</link><description>t3n – digital pioneers</description><language>de</language>
<atom:link href="{B}/rss.xml" rel="self" type="application/rss+xml"/>
{chr(10).join(items)}
</channel></rss>
"""
    write("/rss.xml", rss)


def expected_crawl():
    exported = [a for a in ARTICLES if a["export"] and not a["robots"]]
    not_exported = [
        {"id": a["id"], "url": "{base}" + a["path"], "reason": a["not_exported"]} for a in ARTICLES if a["not_exported"]
    ]
    not_exported += [
        {"id": HTTP_500["id"], "url": "{base}" + HTTP_500["path"], "reason": "http_error"},
        {"id": PDF["id"], "url": "{base}" + PDF["path"], "reason": "not_html"},
        {"id": OFFSITE["id"], "url": "{base}" + OFFSITE["path"], "reason": "offsite_redirect"},
    ]
    return {
        "base_placeholder": "{base}",
        "max_pages": 3,
        "articles": [{"id": a["id"], "url": "{base}" + a["path"]} for a in exported],
        "dropped": [a["id"] for a in ARTICLES if a["dropped"]],
        "not_exported": not_exported,
        "robots_disallowed": [BY_ID["1029933"]["path"], "/suche/", "/pro/"],
        "redirects": {"/news/zuckerberg-senat-1059842/": "{base}" + BY_ID["1059842"]["path"]},
        "decisions": DECISIONS,
    }


# what the reference does not settle, and how this replica's expected items decide it
DECISIONS = [
    "section is the kicker above the headline; JSON-LD articleSection / article:section hold the ressort and lose (as on the real page)",
    "title is the visible headline (h1); a JSON-LD headline that differs (1724001) loses, like the '| t3n' suffix of <title>",
    "related_links are only 'Ebenfalls interessant', .tg-crosslinks/.c-crosslinks and 'Mehr zu diesem Thema' cards, absolute, tracking parameters (utm_*) stripped, deduped, page order over all pages; 'Meistgelesen', 'Top-Themen', 'Das könnte dich auch interessieren' and 'Nächster Artikel' are rails: nothing from them",
    "tags are the 'Mehr zu diesem Thema' tag links (= JSON-LD keywords = article:tag here); the cut-off page 1731505 keeps them from its intact <head>",
    "image url of a lazy image is data-src, of a <picture> the <img> src; an inline figure after the text is no lead image (1172090: image null)",
    "the cut-off page 1731505 IS exported with what is there, the cut paragraph up to its last byte ('bez'): the HTTP answer is complete, so nothing says it is a transport error, and dropping it would lose a readable article",
    "invalid bytes in a declared-UTF-8 page (1729310) become U+FFFD in that paragraph only; every other text stays exact (a whole-page re-decode as cp1252 is wrong: it garbles every umlaut)",
    "a page whose #main-content holds only the consent dialog (1730420) is a consent wall even though its head and JSON-LD articleBody are complete",
    "the HTTP 500 comes from a _redirects.json entry with status 500 and an empty location (the server sends no status through _headers.json)",
]


if __name__ == "__main__":
    build()
