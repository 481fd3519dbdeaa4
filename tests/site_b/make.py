#!/usr/bin/env python3
"""Generator for the second, independent offline replica of t3n.de (site B).

Written only from /work/shared/site/t3n-site.md and sample-page-text.txt, without
looking at the project's parser or the first replica.  Run it from anywhere:

    python3 tests/site_b/make.py

It (re)writes every page below tests/site_b/ (``<path>/index.html``) and, beside
each article's page 1, ``expected.json`` and ``meta.json``.  Links to the site
itself are written as ``{{BASE}}/...`` (replaced by the test server) or as
relative links; in expected.json the site's base is written ``{base}``.

Each article's body is written as a list of blocks.  Blocks of kind p/h2/h3/
quote/ul/ol are article text ("units"); blocks of kind raw (ads, figures,
crosslinks, tables, embeds, paywall ...) are page furniture.  The expected
``body`` is the text of the units, in order, joined by a blank line.  Every
other expected field is written out by hand.
"""

import html
import json
import os
import re
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
B = "{{BASE}}"  # in pages
EB = "{base}"  # in expected.json
SUFFIX = " | t3n – digital pioneers"

# --------------------------------------------------------------------------
# helpers


def A(s):
    """Escape for an attribute value."""
    return html.escape(s, quote=True)


def text_of(fragment):
    """What a careful reader sees of an inline HTML fragment."""
    s = re.sub(r"<[^>]+>", "", fragment)
    s = html.unescape(s)
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def units(blocks):
    out = []
    for kind, val in blocks:
        if kind in ("p", "h2", "h3", "quote"):
            out.append(text_of(val))
        elif kind in ("ul", "ol"):
            out.extend(text_of(li) for li in val)
    return out


def render_blocks(blocks, indent="        ", quote_cls="wp-block-quote"):
    out = []
    for kind, val in blocks:
        if kind == "p":
            out.append(f"{indent}<p>{val}</p>")
        elif kind in ("h2", "h3"):
            out.append(f"{indent}<{kind}>{val}</{kind}>")
        elif kind == "quote":
            out.append(f'{indent}<blockquote class="{quote_cls}">\n{indent}  <p>{val}</p>\n{indent}</blockquote>')
        elif kind in ("ul", "ol"):
            lis = "\n".join(f"{indent}  <li>{li}</li>" for li in val)
            out.append(f"{indent}<{kind}>\n{lis}\n{indent}</{kind}>")
        elif kind == "raw":
            out.append(val)
        else:
            raise ValueError(kind)
    return "\n".join(out)


def body_text(blocks_list):
    u = []
    for blocks in blocks_list:
        u.extend(units(blocks))
    return "\n\n".join(u)


# ---- structured fields (docs/article-structure.md) ---------------------------
# blocks, images, links from the same block lists the pages are rendered from: units give text
# blocks; a "raw" block gives the blocks RAW_BLOCKS names for it (written by reading that raw
# HTML: inline figures, tables, embeds), every other raw block (ads, crosslinks, "Ebenfalls
# interessant", paywall) gives none.

TRACKING = re.compile(r"^(utm_.*|wt_.*|fbclid|gclid|mc_.*|ref|referrer|at_.*|cmpid|itm_.*)$")
TEXT_BLOCKS = ("paragraph", "heading", "list_item", "quote")
RAW_BLOCKS = {}  # raw HTML string -> [block, ...]; an image block carries its <img> width/height


def lead_figure(src, caption, credit):
    """images[0] of a lead image written by figure(): its <img srcset> offers ?w=640 and ?w=1280,
    the largest is ?w=1280 (not a ?class= rendition, so it stays); width/height 1280x720."""
    return {"url": f"{src}?w=1280", "caption": caption, "credit": credit, "width": 1280, "height": 720}


def link_url(href):
    href = html.unescape(href).strip().replace(B, EB)
    if href.startswith("#"):
        return None
    if href.startswith("/"):
        href = EB + href
    if href.startswith(EB):
        parts = urllib.parse.urlsplit("http://replica" + href[len(EB) :])
        prefix = EB
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
        url, label = link_url(m.group(1)), text_of(m.group(2))
        if url and label:
            out.append({"url": url, "text": label})
    return out


def text_block(kind, fragment, **extra):
    return {"type": kind, "text": text_of(fragment), **extra, "links": fragment_links(fragment)}


def t3n_article_id(url):
    m = re.fullmatch(r"(?:\{base\}|https://t3n\.de)/(?:news|magazin)/[a-z0-9-]+-(\d{5,8})/", url)
    return m.group(1) if m else None


def structure(pages, lead=None):
    blocks, images = [], []
    if lead:
        images.append(dict(lead))
    for page in pages:
        for kind, val in page:
            if kind == "p":
                blocks.append(text_block("paragraph", val))
            elif kind in ("h2", "h3"):
                blocks.append(text_block("heading", val, level=int(kind[1])))
            elif kind in ("ul", "ol"):
                blocks += [text_block("list_item", li, ordered=kind == "ol") for li in val]
            elif kind == "quote":
                blocks.append(text_block("quote", val))
            elif kind == "raw":
                for b in RAW_BLOCKS.get(val, ()):
                    b = dict(b)
                    if b["type"] == "image":
                        w, h = b.pop("width"), b.pop("height")
                        images.append(
                            {"url": b["url"], "caption": b["caption"], "credit": b["credit"], "width": w, "height": h}
                        )
                    blocks.append(b)
    links = [{**link, "article_id": t3n_article_id(link["url"])} for b in blocks for link in b.get("links", ())]
    assert "\n\n".join(b["text"] for b in blocks if b["type"] in TEXT_BLOCKS) == body_text(pages)
    return {"blocks": blocks, "images": images, "links": links}


# ---- ads -----------------------------------------------------------------
_ad_n = [0]


def ad_c(copy=None):
    """Classic t3n ad container: label twice (desktop + mobile)."""
    _ad_n[0] += 1
    extra = ""
    if copy:
        extra = f'\n            <p class="c-ad__copy">{copy}</p>'
    return f"""        <div class="c-ad-container c-ad-container--content" id="t3n-ad-content-{_ad_n[0]}">
          <span class="c-ad-container__label">Anzeige</span>
          <div class="c-ad" data-slot="t3n_content_{_ad_n[0]}">
            <span class="c-ad__label c-ad__label--mobile">Anzeige</span>{extra}
          </div>
        </div>"""


def ad_slot(copy=None):
    _ad_n[0] += 1
    extra = f'\n          <div class="ad-slot__creative"><p>{copy}</p></div>' if copy else ""
    return f"""        <div data-ad-unit="/2265/t3n/article_{_ad_n[0]}" class="ad-slot ad-slot--inline">
          <div class="ad-slot__label" aria-hidden="true">Anzeige</div>
          <div class="ad-slot__label ad-slot__label--sm">Anzeige</div>{extra}
        </div>"""


def ad_gads():
    _ad_n[0] += 1
    return f'''        <div class="adsbygoogle-wrap">
          <small class="adsbygoogle-wrap__hint">Anzeige</small>
          <ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="{7700 + _ad_n[0]}"><span>Anzeige</span></ins>
        </div>'''


def ad_top():
    return """  <div class="c-ad-container c-ad-container--top" id="t3n-ad-top">
    <span class="c-ad-container__label">Anzeige</span>
    <div class="c-ad" data-slot="t3n_superbanner"><span class="c-ad__label c-ad__label--mobile">Anzeige</span></div>
  </div>"""


def ad_bottom():
    return """  <div class="c-ad-container c-ad-container--bottom" id="t3n-ad-bottom">
    <span class="c-ad-container__label">Anzeige</span>
    <div class="c-ad" data-slot="t3n_bottom"><span class="c-ad__label c-ad__label--mobile">Anzeige</span></div>
  </div>"""


# ---- page furniture ---------------------------------------------------------


def head(m, jsonld=None, datalayer=None, extra_links="", swap_attrs=False):
    """<head>.  m: dict with title(meta), description, authors_meta, canonical,
    og_title, og_image, published, modified, section."""

    def meta_p(prop, content):
        if swap_attrs:
            return f'  <meta content="{A(content)}" property="{prop}">'
        return f'  <meta property="{prop}" content="{A(content)}">'

    lines = [
        "<!DOCTYPE html>",
        '<html lang="de-DE" class="no-js">',
        "<head>",
        '  <meta charset="UTF-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{html.escape(m['doc_title'])}</title>",
        f'  <meta name="description" content="{A(m["description"])}">',
    ]
    if m.get("authors_meta"):
        lines.append(f'  <meta name="author" content="{A(m["authors_meta"])}">')
    lines.append('  <meta name="robots" content="index, follow, max-image-preview:large">')
    lines.append(f'  <link rel="canonical" href="{m["canonical"]}">')
    if extra_links:
        lines.append(extra_links)
    lines += [
        meta_p("og:locale", "de_DE"),
        meta_p("og:type", "article"),
        meta_p("og:site_name", "t3n Magazin"),
        meta_p("og:title", m["og_title"]),
        meta_p("og:description", m.get("og_description", m["description"])),
        meta_p("og:url", m["canonical"]),
    ]
    if m.get("og_image"):
        lines.append(meta_p("og:image", m["og_image"]))
        lines.append(meta_p("og:image:width", "1200"))
        lines.append(meta_p("og:image:height", "675"))
    if m.get("published"):
        lines.append(meta_p("article:published_time", m["published"]))
    if m.get("modified"):
        lines.append(meta_p("article:modified_time", m["modified"]))
    if m.get("section"):
        lines.append(meta_p("article:section", m["section"]))
    lines += [
        '  <meta name="twitter:card" content="summary_large_image">',
        '  <meta name="twitter:site" content="@t3n">',
        '  <link rel="stylesheet" href="https://cdn.t3n.de/assets/css/main.4f2a9c.css">',
        '  <link rel="alternate" type="application/rss+xml" title="t3n News" href="' + B + '/rss.xml">',
        '  <link rel="icon" href="https://cdn.t3n.de/assets/favicon.ico">',
    ]
    if jsonld is not None:
        lines.append(
            '  <script type="application/ld+json">'
            + json.dumps(jsonld, ensure_ascii=False, indent=1).replace("</", "<\\/")
            + "</script>"
        )
    if datalayer is not None:
        lines.append(
            "  <script>\n    window.dataLayer = window.dataLayer || [];\n    dataLayer.push("
            + json.dumps(datalayer, ensure_ascii=False)
            + ");\n  </script>"
        )
    lines.append('  <script async src="https://cdn.t3n.de/assets/js/main.4f2a9c.js"></script>')
    lines.append("</head>")
    return "\n".join(lines)


def site_header(variant=0):
    if variant == 1:
        return f'''  <header class="site-header" role="banner">
    <div class="site-header__bar">
      <a class="site-header__logo" href="{B}/" aria-label="t3n Startseite"><svg width="60" height="24" aria-hidden="true"></svg></a>
      <nav class="site-nav" aria-label="Hauptnavigation">
        <a href="/news/">News</a>
        <a href="/tag/software/">Software</a>
        <a href="/tag/ki/">KI</a>
        <a href="/tag/security/">Security</a>
        <a href="/tag/e-mobilitaet/">E-Mobilität</a>
        <a href="/magazin/">Magazin</a>
        <a href="/pro/">t3n Pro</a>
        <a href="/jobs/">Jobs</a>
        <a href="/events/">Events</a>
      </nav>
      <a class="site-header__search" href="/suche/">Suche</a>
      <a class="site-header__login" href="/login/">Anmelden</a>
    </div>
  </header>'''
    return f'''  <header class="c-header" id="header">
    <div class="c-header__inner">
      <a class="c-header__logo" href="{B}/"><img src="https://cdn.t3n.de/assets/img/t3n-logo.svg" alt="t3n – digital pioneers"></a>
      <nav class="c-navigation" aria-label="Hauptmenü">
        <ul class="c-navigation__list">
          <li class="c-navigation__item"><a href="{B}/news/">News</a></li>
          <li class="c-navigation__item"><a href="{B}/tag/software/">Software</a></li>
          <li class="c-navigation__item"><a href="{B}/tag/ki/">KI</a></li>
          <li class="c-navigation__item"><a href="{B}/tag/security/">Security</a></li>
          <li class="c-navigation__item"><a href="{B}/tag/marketing/">Marketing</a></li>
          <li class="c-navigation__item"><a href="{B}/magazin/">Magazin</a></li>
          <li class="c-navigation__item c-navigation__item--pro"><a href="{B}/pro/">t3n Pro</a></li>
          <li class="c-navigation__item"><a href="{B}/jobs/">Jobs</a></li>
          <li class="c-navigation__item"><a href="{B}/newsletter/">Newsletter</a></li>
          <li class="c-navigation__item"><a href="https://shop.t3n.de/?utm_source=t3n&amp;utm_medium=navigation">Shop</a></li>
        </ul>
      </nav>
      <a class="c-header__search" href="{B}/suche/" aria-label="Suche">Suche</a>
      <a class="c-header__account" href="{B}/login/">Anmelden</a>
    </div>
  </header>'''


def noscript_note():
    return """  <noscript>
    <p class="c-noscript">Bitte aktiviere JavaScript in deinem Browser, um alle Funktionen von t3n.de nutzen zu können.</p>
  </noscript>"""


def merken_button(cls="c-bookmark"):
    return f'<button class="{cls}" type="button" data-action="bookmark"><svg aria-hidden="true" width="16" height="16"></svg> Artikel merken</button>'


def share_block(url, title, variant=0):
    from urllib.parse import quote

    q = quote(url, safe="")
    t = quote(title, safe="")
    if variant == 1:
        return f"""      <ul class="share-bar" aria-label="Teilen">
        <li><a href="https://www.linkedin.com/sharing/share-offsite/?url={q}" rel="noopener" target="_blank">Auf LinkedIn teilen</a></li>
        <li><a href="https://www.facebook.com/sharer/sharer.php?u={q}" rel="noopener" target="_blank">Auf Facebook teilen</a></li>
        <li><button type="button" class="share-bar__mastodon">Auf Mastodon teilen</button></li>
        <li><a href="mailto:?subject={t}&amp;body={q}">Per E-Mail teilen</a></li>
      </ul>"""
    return f"""      <div class="c-share">
        <span class="c-share__label">Teilen</span>
        <a class="c-share__link c-share__link--linkedin" href="https://www.linkedin.com/sharing/share-offsite/?url={q}" target="_blank" rel="noopener">Auf LinkedIn teilen</a>
        <a class="c-share__link c-share__link--x" href="https://twitter.com/intent/tweet?url={q}&amp;text={t}" target="_blank" rel="noopener">Auf X teilen</a>
        <button class="c-share__link c-share__link--mastodon" type="button" data-modal="mastodon">Auf Mastodon teilen</button>
        <a class="c-share__link c-share__link--mail" href="mailto:?subject={t}&amp;body={q}">Per Mail teilen</a>
      </div>"""


def newsletter_box(variant=0):
    if variant == 1:
        return """    <section class="newsletter-signup" data-newsletter="daily">
      <h2 class="newsletter-signup__title">Der t3n Daily Newsletter</h2>
      <p>Jeden Morgen um 6 Uhr: die wichtigsten Digital-News des Tages – kostenlos in dein Postfach.</p>
      <form action="/newsletter/subscribe/" method="post"><input type="email" name="email" placeholder="Deine E-Mail-Adresse"><button type="submit">Jetzt abonnieren</button></form>
      <div class="newsletter-signup__success" hidden>
        <p><strong>Fast fertig!</strong></p>
        <p>Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.</p>
      </div>
      <p class="newsletter-signup__more">Du willst noch weitere Infos zum Newsletter? <a href="/newsletter/">Jetzt mehr erfahren</a></p>
    </section>"""
    return f'''    <div class="c-native-newsletterbox">
      <div class="c-native-newsletterbox__form">
        <p class="c-native-newsletterbox__headline">Bleib auf dem Laufenden mit dem t3n Newsletter</p>
        <p>Die wichtigsten News, Trends und Analysen aus der digitalen Wirtschaft – jeden Werktag kostenlos per E-Mail.</p>
        <form method="post" action="{B}/newsletter/anmelden/">
          <label for="nl-mail">E-Mail-Adresse</label>
          <input id="nl-mail" type="email" name="email">
          <button type="submit">Anmelden</button>
        </form>
        <p class="c-native-newsletterbox__legal">Mit der Anmeldung akzeptierst du unsere Datenschutzerklärung.</p>
      </div>
      <div class="c-native-newsletterbox__success">
        <p class="c-native-newsletterbox__headline">Fast fertig!</p>
        <p>Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.</p>
        <p>Du willst noch weitere Infos zum Newsletter? <a href="{B}/newsletter/">Jetzt mehr erfahren</a></p>
      </div>
    </div>'''


COMMUNITY_RULES = """        <div class="c-comments__rules">
          <h3>Bitte beachte unsere Community-Richtlinien</h3>
          <p>Wir freuen uns über kontroverse Diskussionen, die gerne auch mal hitzig geführt werden dürfen. Beleidigende, grob anstößige, rassistische und strafrechtlich relevante Äußerungen und Beiträge tolerieren wir nicht. Bitte achte darauf, dass du keine Texte veröffentlichst, für die du keine ausdrückliche Erlaubnis des Urhebers hast. Ebenfalls nicht erlaubt ist der Missbrauch der Webangebote unter t3n.de als Werbeplattform. Die Nennung von Produktnamen, Herstellern, Dienstleistern und Websites ist nur dann zulässig, wenn damit nicht vorrangig der Zweck der Werbung verfolgt wird. Wir behalten uns vor, Beiträge, die diese Regeln verletzen, zu löschen und Accounts zeitweilig oder auf Dauer zu sperren.</p>
          <p>Trotz all dieser notwendigen Regeln: Diskutiere kontrovers, sage anderen deine Meinung, trage mit weiterführenden Informationen zum Wissensaustausch bei, aber bleibe dabei fair und respektiere die Meinung anderer. Wir wünschen Dir viel Spaß mit den Webangeboten von t3n und freuen uns auf spannende Beiträge.</p>
          <p>Dein t3n-Team</p>
        </div>"""


def comments(existing=None):
    if existing:
        items = []
        for who, when, iso, paras in existing:
            ps = "\n".join(f"            <p>{p}</p>" for p in paras)
            items.append(f'''        <li class="c-comment">
          <div class="c-comment__meta"><strong class="c-comment__author">{who}</strong> <time datetime="{iso}">{when}</time></div>
          <div class="c-comment__text">
{ps}
          </div>
          <button class="c-comment__reply" type="button">Antworten</button>
        </li>''')
        head_ = f'<h2 class="c-comments__title">{len(existing)} Kommentare</h2>'
        lst = '      <ol class="c-comments__list">\n' + "\n".join(items) + "\n      </ol>"
    else:
        head_ = '<h2 class="c-comments__title">Schreib den ersten Kommentar!</h2>'
        lst = ""
    return f'''    <section class="c-comments" id="comments">
      {head_}
{lst}
{COMMUNITY_RULES}
      <div class="c-comments__form">
        <p>Melde dich mit deinem t3n Account an oder fülle die unteren Felder aus.</p>
        <form method="post" action="{B}/comments/post/">
          <textarea name="comment" placeholder="Dein Kommentar"></textarea>
          <input type="text" name="author" placeholder="Name">
          <input type="email" name="email" placeholder="E-Mail">
          <button type="submit">Kommentar abschicken</button>
        </form>
      </div>
    </section>'''


def adblock_notice():
    return """  <div class="c-adblock-notice" role="dialog" aria-labelledby="adblock-title">
    <h2 id="adblock-title">Bitte schalte deinen Adblocker für t3n.de aus!</h2>
    <p><strong>Hallo und herzlich willkommen bei t3n!</strong></p>
    <p>Bitte schalte deinen Adblocker für t3n.de aus, um diesen Artikel zu lesen.</p>
    <p>Wir sind ein unabhängiger Publisher mit einem Team von mehr als 75 fantastischen Menschen, aber ohne riesigen Konzern im Rücken. Banner und ähnliche Werbemittel sind für unsere Finanzierung sehr wichtig.</p>
    <p>Schon jetzt und im Namen der gesamten t3n-Crew: vielen Dank für deine Unterstützung! 🙌</p>
    <p>Deine t3n-Crew</p>
    <a href="/adblock-anleitung/">Anleitung zur Deaktivierung</a>
  </div>"""


def modals():
    return f'''  <div class="c-modal c-modal--bookmark" id="modal-bookmark" aria-hidden="true">
    <h2>Artikel merken</h2>
    <p>Bitte melde dich an, um diesen Artikel in deiner persönlichen Merkliste auf t3n zu speichern.</p>
    <a class="c-button" href="{B}/registrieren/">Jetzt registrieren und merken</a>
    <p>Du hast schon einen t3n-Account? <a href="{B}/login/">Hier anmelden</a></p>
    <p>oder</p>
  </div>
  <div class="c-modal c-modal--mastodon" id="modal-mastodon" aria-hidden="true">
    <h2>Auf Mastodon teilen</h2>
    <p>Gib die URL deiner Mastodon-Instanz ein, um den Artikel zu teilen.</p>
    <input type="url" placeholder="https://mastodon.social">
    <button type="button">Teilen</button>
  </div>'''


def consent_overlay():
    return """  <div class="c-consent-overlay" id="consent" role="dialog" aria-modal="true">
    <div class="c-consent-overlay__box">
      <h2>Wir brauchen deine Zustimmung</h2>
      <p>Wir und unsere 142 Partner speichern und/oder greifen auf Informationen auf deinem Gerät zu, etwa auf eindeutige Kennungen in Cookies, um personenbezogene Daten zu verarbeiten. Du kannst deine Auswahl jederzeit in den Privatsphäre-Einstellungen am Seitenende ändern.</p>
      <p>Alternativ kannst du t3n.de mit t3n Pro werbe- und trackingreduziert lesen.</p>
      <button type="button" class="c-consent-overlay__accept">Alle akzeptieren</button>
      <button type="button" class="c-consent-overlay__settings">Einstellungen</button>
    </div>
  </div>"""


def site_footer():
    return f'''  <footer class="c-footer">
    <nav class="c-footer__nav" aria-label="Footer">
      <a href="{B}/impressum/">Impressum</a>
      <a href="{B}/datenschutz/">Datenschutz</a>
      <a href="{B}/agb/">AGB</a>
      <a href="{B}/mediadaten/">Mediadaten</a>
      <a href="{B}/jobs/">Jobs bei t3n</a>
      <a href="{B}/rss.xml">RSS</a>
      <a href="javascript:void(0)" class="c-footer__privacy">Privatsphäre-Einstellungen</a>
    </nav>
    <p class="c-footer__social"><a href="https://www.linkedin.com/company/t3n">LinkedIn</a> · <a href="https://mastodon.social/@t3n">Mastodon</a> · <a href="https://www.instagram.com/t3n_magazin/">Instagram</a></p>
    <p class="c-footer__copy">© 2005–2024 yeebase media GmbH</p>
  </footer>'''


def page_tail():
    return "\n".join(
        [ad_bottom(), adblock_notice(), modals(), consent_overlay(), site_footer(), "</body>", "</html>", ""]
    )


def teaser(url, title, kicker=None, text=None, img=None, variant=0):
    """A suggested-article teaser.  title is the visible headline."""
    parts = []
    if img:
        parts.append(
            f'        <a class="c-teaser__image" href="{url}" tabindex="-1"><img src="{img}" alt="" loading="lazy"></a>'
        )
    if kicker:
        parts.append(f'        <span class="c-teaser__kicker">{kicker}</span>')
    if variant == 1:
        parts.append(f'        <a class="c-teaser__link" href="{url}"><h3 class="c-teaser__headline">{title}</h3></a>')
    else:
        parts.append(f'        <h3 class="c-teaser__headline"><a href="{url}">{title}</a></h3>')
    if text:
        parts.append(f'        <p class="c-teaser__text">{text}</p>')
    return '      <article class="c-teaser c-teaser--small">\n' + "\n".join(parts) + "\n      </article>"


def suggest_block(tags, teasers, cls="c-suggestNews-container", heading="Mehr zu diesem Thema"):
    tag_html = ""
    if tags:
        tag_html = (
            '      <ul class="c-tags">\n'
            + "\n".join(
                f'        <li class="c-tags__item"><a class="c-tag" href="{href}">{name}</a></li>'
                for name, href in tags
            )
            + "\n      </ul>"
        )
    tz = "\n".join(teasers)
    tz_html = (
        f'      <div class="c-suggestNews">\n{tz}\n      </div>'
        if teasers
        else '      <div class="c-suggestNews" data-load="recommendations"></div>'
    )
    return f'''    <section class="{cls}">
      <h2 class="c-suggestNews__headline">{heading}</h2>
{tag_html}
{tz_html}
    </section>'''


def figure(src, caption, credit_word, credit, cls="c-article__image", alt="", variant=0):
    if variant == 1:  # credit as plain text inside the figcaption
        cap = f"{caption} ({credit_word}: {credit})"
    else:
        cap = f'{caption} <span class="c-figure__credit">({credit_word}: {credit})</span>'
    return f'''      <figure class="{cls}">
        <img src="{src}" srcset="{src}?w=640 640w, {src}?w=1280 1280w" sizes="(min-width: 1024px) 780px, 100vw" width="1280" height="720" alt="{A(alt)}">
        <figcaption>{cap}</figcaption>
      </figure>'''


def byline_links(names):
    parts = []
    for n in names:
        slug = re.sub(r"[^a-z]+", "-", n.lower().replace("ö", "oe").replace("ä", "ae").replace("ü", "ue")).strip("-")
        parts.append(f'<a href="{B}/redaktion/{slug}/" rel="author"><strong>{n}</strong></a>')
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " und " + parts[-1]


def write(path, content):
    full = os.path.join(HERE, path.strip("/"), "index.html")
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(content)


def write_json(path, name, data):
    full = os.path.join(HERE, path.strip("/"), name)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


ALL = []


def article(path, notes, expected):
    ALL.append((path, notes, expected))


def expected_item(**kw):
    base = {
        "id": None,
        "url": None,
        "title": None,
        "lead": None,
        "body": None,
        "related_links": [],
        "authors": [],
        "published": None,
        "modified": None,
        "section": None,
        "tags": [],
        "image": None,
        "reading_time_min": None,
        "paywalled": False,
        "page_count": 1,
        "language": "de",
    }
    base.update(kw)
    return base


def jsonld_article(
    url, headline, description, published, modified, authors, image, keywords, section, body, free=True, extra=None
):
    d = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": headline,
        "description": description,
        "datePublished": published,
    }
    if modified:
        d["dateModified"] = modified
    if authors is not None:
        d["author"] = authors
    if image:
        d["image"] = {"@type": "ImageObject", "url": image, "width": 1280, "height": 720}
    if keywords is not None:
        d["keywords"] = keywords
    d["articleSection"] = section
    d["inLanguage"] = "de-DE"
    d["isAccessibleForFree"] = free
    d["publisher"] = {
        "@type": "Organization",
        "name": "t3n",
        "logo": {"@type": "ImageObject", "url": "https://cdn.t3n.de/assets/img/t3n-logo-600.png"},
    }
    d["articleBody"] = body
    if extra:
        d.update(extra)
    return d


def person(name):
    slug = re.sub(r"[^a-z]+", "-", name.lower().replace("ö", "oe").replace("ä", "ae").replace("ü", "ue")).strip("-")
    return {"@type": "Person", "name": name, "url": f"{B}/redaktion/{slug}/"}


def ld_body(blocks, ad_every=None):
    """articleBody as WordPress plain text with shortcodes."""
    out = []
    i = 0
    for kind, val in blocks:
        if kind in ("p", "h2", "h3", "quote"):
            out.append(text_of(val))
        elif kind in ("ul", "ol"):
            out.extend(text_of(li) for li in val)
        elif kind == "raw" and "ad" in val[:200] and ("Anzeige" in val):
            i += 1
            out.append(f'[t3n_ad id="content_{i}"]')
    return "\n\n".join(out)


# ==========================================================================
# 1. The sample page (Parler / AWS) -- text verbatim from sample-page-text.txt


def page_parler():
    path = "/news/parler-aws-amazon-moderation-mails-1349214/"
    url = B + path
    title = "Parler: Mails zeigen, dass Amazon die Moderation schon vor Monaten kritisiert hat"
    lead = (
        "Amazons Cloudsparte AWS hat Parler schon im November 2020 dazu aufgefordert, über das rechte "
        "Netzwerk verbreitete Gewaltaufrufe zu unterbinden. Das zeigen jetzt veröffentlichte E-Mails "
        "zwischen Mitarbeitern der beiden Firmen."
    )
    lead_html = (
        "Amazons Cloudsparte AWS hat Parler schon im November&nbsp;2020 dazu aufgefordert, über das rechte\n"
        "          Netzwerk verbreitete Gewaltaufrufe zu unterbinden. Das zeigen jetzt veröffentlichte E-Mails\n"
        "          zwischen Mitarbeitern der beiden Firmen."
    )
    img = "https://cdn.t3n.de/news/wp-content/uploads/2021/01/parler-app-smartphone.jpg"
    cap = "AWS hat Parler schon im November 2020 aufgrund von auf der Plattform geteilten Gewaltaufrufen kontaktiert."
    credit = "Sherl / Shutterstock.com"
    pub, mod = "2021-01-14T10:05:00+01:00", "2021-01-14T12:41:00+01:00"
    author = "Jonas Kettler"
    rel_url = "/news/telegram-hassgruppen-gewaltaufrufe-1348795/"
    rel_title = "Wegen Aufrufen zur Gewalt: Telegram löscht Hassgruppen"
    keywords = "Amazon, AWS, Parler, Social Media"

    blocks = [
        (
            "p",
            "Nach dem Sturm auf das US-Kapitol hat AWS seinen Vertrag mit Parler gekündigt, weswegen das rechte "
            "Netzwerk offline gehen musste. Amazons Cloudsparte erklärte den Schritt damit, dass Parler auf der "
            "Plattform geteilte Gewaltaufrufe nicht zeitnah gelöscht habe. Parler reichte daraufhin Klage gegen "
            "AWS ein und warf dem Cloudanbieter vor, aus politischen Gründen gehandelt zu haben und um der Firma "
            "aktiv zu schaden. Jetzt hat AWS vor Gericht Belege dafür vorgelegt, dass die Amazon-Tochter schon seit "
            "November 2020 mehrfach auf Gewaltaufrufe auf der Plattform hingewiesen hat. Aus den von AWS "
            "veröffentlichten E-Mails geht hervor, dass Mitarbeiter des Cloudanbieters immer wieder Beispiele für "
            "rassistische und zur Gewalt anstiftende Beiträge an Parler gesendet und drauf gedrängt hatten, dass "
            "sich der Anbieter damit befasst.",
        ),
        ("raw", ad_c()),
        (
            "p",
            "Die AWS-Anwälte argumentieren, dass die Parler-Vorwürfe falsch seien und es bei der Sperrung der "
            "Plattform nicht um Unterdrückung der freien Meinungsäußerung oder einer Verschwörung mit anderen "
            "Internet-Konzernen gehe, um der Firma zu schaden. &bdquo;Stattdessen geht es in diesem Fall um die "
            "demonstrierte Unwilligkeit und Unfähigkeit von Parler, Inhalte von den Servern von Amazon Web Services "
            "(AWS) zu entfernen, die die öffentliche Sicherheit bedrohen, wie zum Beispiel durch die Anstiftung und "
            "Planung von Vergewaltigung, Folter und Ermordung von namentlich genannten Amtsträgern und "
            "Privatpersonen&ldquo;, heißt es in einem vor Gericht eingereichten Dokument.",
        ),
        (
            "p",
            "„Es gibt keine Rechtsgrundlage in den Kundenverträgen von AWS oder anderweitig, um AWS zu zwingen, "
            "Inhalte dieser Art zu hosten“, heißt es weiter in dem Dokument. Die Klage von Parler bezeichnen die "
            "AWS-Anwälte als haltlos. „Wenn es eine Vertragsverletzung gibt, dann ist es das erwiesene Versagen und "
            "die Unfähigkeit von Parler, solche Inhalte zu identifizieren und zu entfernen“, so die Anwälte.",
        ),
        ("raw", ad_c()),
        ("h2", "Parler: Das steckt hinter dem rechten Netzwerk"),
        (
            "p",
            "Das soziale Netzwerk Parler wurde 2018 gegründet und wirbt vor allem damit, Inhalte kaum zu moderieren. "
            "Die Plattform war daher vor allem im rechten Spektrum beliebt, da dort auch Beiträge geteilt werden "
            "konnten, die andere Plattformen als Verstoß gegen die Nutzungsbedingungen gewertet hätten. Einen großen "
            "Nutzeransturm erlebte die Plattform gegen Ende 2020, nachdem Twitter Beiträge von US-Präsident Trump mit "
            "einem Faktencheck belegt hatte. Finanziert wurde die Plattform unter anderem von der Milliardärin und "
            "Trump-Anhängerin Rebekah Mercer.",
        ),
        ("raw", ad_c()),
        (
            "p",
            "Nach dem gewaltsamen Sturm auf das US-Kapitol, bei dem fünf Menschen ums Leben kamen, sperrten Apple "
            "und Google die Anwendung aus ihren jeweiligen App-Verzeichnissen aus. Kurz darauf entschied sich auch "
            "AWS, den Dienst nicht länger auf den Cloud-Servern des Unternehmens zu beheimaten. Bei einem Hack "
            "erbeutete Nutzerdaten zeigten später, dass sich zahlreiche Nutzerinnen und Nutzer von Parler an dem "
            "Sturm des Kapitols beteiligt hatten.",
        ),
        ("raw", f'        <p><strong>Ebenfalls interessant:</strong> <a href="{B}{rel_url}">{rel_title}</a></p>'),
    ]
    body = body_text([blocks])
    ld = jsonld_article(url, title, lead, pub, mod, [person(author)], img, keywords, "News", ld_body(blocks))
    dl = {
        "event": "article_view",
        "article.id": "1349214",
        "article.headline": title,
        "article.author": author,
        "article.publication_date": "2021-01-14 10:05:00",
        "article.section": "News",
        "article.type": "news",
        "article.paywall": False,
        "page.type": "article",
    }
    m = dict(
        doc_title=title + SUFFIX,
        description=lead,
        authors_meta=author,
        canonical=url,
        og_title=title,
        og_image=img,
        published=pub,
        modified=mod,
        section="News",
    )
    page = f"""{head(m, ld, dl)}
<body class="single single-post postid-1349214 t3n-news">
{noscript_note()}
{site_header()}
{ad_top()}
  <main id="main-content" class="c-main">
    <article class="c-article" id="post-1349214">
      <header class="c-article__header">
        <span class="c-article__kicker">News</span>
        <div class="c-article__headline">
          <h1>{title}</h1>
        </div>
        <p class="c-article__lead">
          {lead_html}
        </p>
        <div class="c-article__meta">
          <span class="c-article__reading-time">2 Min.</span>
          {merken_button()}
        </div>
      </header>
{ad_c()}
{figure(img, cap, "Foto", credit, alt="Parler-App auf einem Smartphone")}
      <div class="c-entry">
{render_blocks(blocks)}
      </div>
{suggest_block([], [])}
{share_block(url, title)}
    </article>
{newsletter_box()}
{ad_c()}
{comments()}
  </main>
{page_tail()}"""
    write(path, page)
    exp = expected_item(
        id="1349214",
        url=EB + path,
        title=title,
        lead=lead,
        body=body,
        related_links=[{"url": EB + rel_url, "title": rel_title}],
        authors=[author],
        published=pub,
        modified=mod,
        section="News",
        tags=["Amazon", "AWS", "Parler", "Social Media"],
        image={"url": img, "caption": cap, "credit": credit},
        reading_time_min=2,
        paywalled=False,
        page_count=1,
    )
    exp.update(structure([blocks], lead_figure(img, cap, credit)))
    article(
        path,
        "The sample page: visible text is sample-page-text.txt verbatim (one &nbsp; in the lead, "
        "„“ as entities in one paragraph). No visible byline or date, as in the sample: authors come "
        "from meta author / JSON-LD, dates from JSON-LD and article:*_time. The 'Mehr zu diesem Thema' "
        "block is empty (filled by JS), so tags come from JSON-LD keywords. Four ad slots (label twice), "
        "'2 Min.', 'Artikel merken', credit line, newsletter, comment rules, adblock notice and "
        "Mastodon modal are not body. Related link = the 'Ebenfalls interessant' paragraph only.",
        exp,
    )


# ==========================================================================
# 2. Paywalled t3n Pro article


def page_pro():
    path = "/news/ki-agenten-mittelstand-erfahrungen-1623458/"
    url = B + path
    title = "KI-Agenten im Mittelstand: Wo sie heute schon Arbeit abnehmen – und wo nicht"
    title_html = "KI-Agenten im Mittelstand: Wo sie heute schon Arbeit abnehmen &ndash; und wo nicht"
    lead = (
        "Autonome KI-Agenten sollen Rechnungen prüfen, Termine koordinieren und Kundenanfragen beantworten. "
        "Wir haben mit fünf mittelständischen Unternehmen gesprochen, die das bereits ausprobieren – mit "
        "gemischten Ergebnissen."
    )
    img = "https://cdn.t3n.de/news/wp-content/uploads/2024/03/ki-agenten-buero-mittelstand.jpg"
    cap = "Noch übernehmen KI-Agenten vor allem Routineaufgaben in der Verwaltung."
    credit = "Gorodenkoff / Shutterstock.com"
    pub, mod = "2024-03-12T06:00:00+01:00", "2024-03-12T09:24:00+01:00"
    author = "Miriam Ostermann"
    public = [
        (
            "p",
            "Als die Geschäftsführerin eines Maschinenbauers aus Schwäbisch Hall im vergangenen Herbst beschloss, "
            "die Eingangsrechnungen von einem KI-Agenten vorsortieren zu lassen, rechnete sie mit einem Projekt "
            "von wenigen Wochen. Am Ende dauerte es fast ein halbes Jahr.",
        ),
        ("raw", ad_c()),
        (
            "p",
            "„Die Technik war nicht das Problem“, sagt sie heute. „Das Problem waren unsere eigenen Prozesse, die "
            "nirgends sauber dokumentiert waren.“ Der Agent habe erst dann zuverlässig gearbeitet, als das Team "
            "jede Ausnahme&shy;regel aufgeschrieben hatte.",
        ),
        (
            "p",
            "Ähnliche Erfahrungen schildern auch die anderen Unternehmen, mit denen t3n gesprochen hat. Wir zeigen, "
            "in welchen Bereichen KI-Agenten schon heute messbar Zeit sparen, wo sie an Grenzen stoßen und was "
            "Verantwortliche vor dem Start klären sollten.",
        ),
    ]
    hidden = [
        ("h2", "Buchhaltung: Der unterschätzte Anwendungsfall"),
        (
            "p",
            "Am weitesten verbreitet sind KI-Agenten derzeit in der Buchhaltung. Drei der fünf Unternehmen lassen "
            "Eingangsrechnungen automatisch erfassen, mit Bestellungen abgleichen und zur Freigabe vorlegen.",
        ),
        (
            "p",
            "Ein Logistikdienstleister aus Bremen spricht von rund 30 Stunden, die sein Team pro Monat einspart. "
            "Die finale Freigabe bleibt aber bei Menschen – aus rechtlichen Gründen und aus Vorsicht.",
        ),
        ("h2", "Kundenservice: Gute Entwürfe, schlechte Entscheidungen"),
        (
            "p",
            "Deutlich gemischter fällt die Bilanz im Kundenservice aus. Die Agenten formulieren zwar brauchbare "
            "Antworten, treffen aber bei Kulanzfragen regelmäßig Entscheidungen, die niemand autorisiert hat.",
        ),
        (
            "p",
            "Alle Befragten raten deshalb dazu, klein anzufangen, klare Grenzen für die Agenten zu definieren und "
            "jede automatisierte Entscheidung protokollieren zu lassen.",
        ),
    ]
    body = body_text([public])
    full_body = ld_body(public) + "\n\n" + ld_body(hidden)
    keywords = ["KI", "Mittelstand", "Automatisierung"]
    ld = jsonld_article(
        url,
        title,
        lead,
        pub,
        mod,
        [person(author)],
        img,
        keywords,
        "KI",
        full_body,
        free=False,
        extra={
            "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": False, "cssSelector": ".c-paywall__wrapper"}
        },
    )
    dl = {
        "article.id": "1623458",
        "article.headline": title,
        "article.author": author,
        "article.publication_date": "2024-03-12T06:00:00+01:00",
        "article.section": "KI",
        "article.paywall": "pro",
        "article.type": "news",
    }
    m = dict(
        doc_title=title + SUFFIX,
        description=lead,
        authors_meta=author,
        canonical=url,
        og_title=title,
        og_image=img,
        published=pub,
        modified=mod,
        section="KI",
    )
    sug = [
        teaser(
            f"{B}/news/ki-agenten-open-source-frameworks-vergleich-1619044/",
            "Agenten-Frameworks im Vergleich: LangGraph, CrewAI und Autogen",
            kicker="Software",
        ),
        teaser(
            "/news/eu-ai-act-pflichten-unternehmen-1617230/?utm_source=t3n&utm_medium=suggest",
            "AI Act: Diese Pflichten kommen jetzt auf Unternehmen zu",
            kicker="Pro",
        ),
    ]
    paywall = f'''        <div class="c-paywall__wrapper" id="paywall">
          <div class="c-paywall">
            <span class="c-paywall__badge">t3n Pro</span>
            <h3 class="c-paywall__headline">Du willst weiterlesen?</h3>
            <p>Dieser Artikel ist exklusiv für t3n-Pro-Mitglieder. Mit t3n Pro erhältst du Zugang zu allen Pro-Artikeln, Deep Dives und Guides.</p>
            <ul class="c-paywall__benefits">
              <li>Alle Pro-Artikel und das t3n Magazin digital lesen</li>
              <li>Werbereduziert surfen</li>
              <li>Monatlich kündbar</li>
            </ul>
            <a class="c-button c-button--primary" href="{B}/pro/?utm_source=paywall&amp;utm_campaign=1623458">Jetzt 1 Monat gratis testen</a>
            <p class="c-paywall__login">Bereits Pro-Mitglied? <a href="{B}/login/?redirect=%2Fnews%2Fki-agenten-mittelstand-erfahrungen-1623458%2F">Hier anmelden</a></p>
          </div>
        </div>'''
    page = f'''{head(m, ld, dl)}
<body class="single single-post postid-1623458 is-pro-article">
{noscript_note()}
{site_header()}
{ad_top()}
  <main id="main-content" class="c-main">
    <article class="c-article c-article--pro">
      <header class="c-article__header">
        <div class="c-article__kicker">KI</div>
        <div class="c-article__headline">
          <h1 class="c-article__title">{title_html}</h1>
        </div>
        <p class="c-article__lead">{lead}</p>
        <div class="c-article__meta">
          <span class="c-article__pro-label" title="Dieser Artikel ist Teil von t3n Pro">t3n Pro</span>
          <span class="c-article__author">Von {byline_links([author])}</span>
          <time class="c-article__date" datetime="{pub}">12.03.2024</time>
          <span class="c-article__reading-time">9 Min.</span>
          {merken_button()}
        </div>
      </header>
{figure(img, cap, "Foto", credit, alt="Menschen an Computern in einem Büro")}
      <div class="c-entry">
{render_blocks(public)}
{paywall}
      </div>
{suggest_block([("KI", "/tag/ki/"), ("Mittelstand", "/tag/mittelstand/"), ("Automatisierung", "/tag/automatisierung/")], sug)}
{share_block(url, title)}
    </article>
{newsletter_box()}
{comments()}
  </main>
{page_tail()}'''
    write(path, page)
    exp = expected_item(
        id="1623458",
        url=EB + path,
        title=title,
        lead=lead,
        body=body,
        related_links=[
            {
                "url": EB + "/news/ki-agenten-open-source-frameworks-vergleich-1619044/",
                "title": "Agenten-Frameworks im Vergleich: LangGraph, CrewAI und Autogen",
            },
            {
                "url": EB + "/news/eu-ai-act-pflichten-unternehmen-1617230/",
                "title": "AI Act: Diese Pflichten kommen jetzt auf Unternehmen zu",
            },
        ],
        authors=[author],
        published=pub,
        modified=mod,
        section="KI",
        tags=keywords,
        image={"url": img, "caption": cap, "credit": credit},
        reading_time_min=9,
        paywalled=True,
        page_count=1,
    )
    exp.update(structure([public], lead_figure(img, cap, credit)))
    article(
        path,
        "t3n Pro article: only three public paragraphs, then div.c-paywall__wrapper (its heading, "
        "benefit list and buttons are not body). JSON-LD isAccessibleForFree=false and its articleBody "
        "holds six more units the page does not show: expected body = the public part only. The "
        "'t3n Pro' label sits in the meta line, not in the kicker (section is 'KI'). Title uses &ndash;. "
        "Second suggestion is relative with utm params (stripped). '9 Min.' refers to the full text.",
        exp,
    )


# ==========================================================================
# 3. Older layout: plain h1, no .c-article__headline; JSON-LD headline differs


def page_old():
    path = "/news/whatsapp-business-app-deutschland-887412/"
    url = B + path
    title = "WhatsApp Business: Die kostenlose App für Unternehmen ist jetzt in Deutschland verfügbar"
    seo_title = "WhatsApp Business: App für Firmen startet"
    lead = (
        "Mit WhatsApp Business sollen kleine Unternehmen einfacher mit ihren Kunden kommunizieren können. "
        "Die separate App ist ab sofort für Android in Deutschland erhältlich – eine iOS-Version soll folgen."
    )
    img = "https://cdn.t3n.de/news/wp-content/uploads/2018/01/whatsapp-business-app.jpg"
    cap = "WhatsApp Business bietet Firmenprofile, Schnellantworten und Statistiken."
    credit = "WhatsApp"
    pub, mod = "2018-01-19T16:42:00+01:00", "2018-01-22T09:10:00+01:00"
    author = "Felix Brandhorst"
    cl = [
        (
            "/news/whatsapp-verschluesselung-erklaert-822951/",
            "So funktioniert die Ende-zu-Ende-Verschlüsselung von WhatsApp",
        ),
        (
            f"{B}/news/facebook-messenger-bots-unternehmen-790311/",
            "Chatbots im Facebook Messenger: Was Unternehmen wissen müssen",
        ),
    ]
    blocks = [
        (
            "p",
            "Nachdem Facebook die App bereits im vergangenen Jahr in ausgewählten Ländern getestet hatte, ist "
            "<em>WhatsApp Business</em> seit Donnerstag auch in Deutschland, Großbritannien, Italien, Indonesien, "
            "Mexiko und den USA verfügbar. Die App richtet sich an kleine und mittlere Unternehmen, die über den "
            "Messenger mit ihren Kunden in Kontakt treten wollen.",
        ),
        (
            "p",
            "Unternehmen können in der App ein Profil mit Beschreibung, Adresse, E-Mail-Adresse und Website "
            "anlegen. Dazu kommen Funktionen wie automatische Begrüßungs- und Abwesenheits&shy;nachrichten sowie "
            "Schnellantworten auf häufig gestellte Fragen.",
        ),
        ("raw", ad_c()),
        (
            "p",
            "Über einfache Statistiken sehen Firmen zudem, wie viele ihrer Nachrichten zugestellt und gelesen "
            "wurden. Eine Festnetznummer lässt sich ebenfalls nutzen, die Verifizierung erfolgt dann per Anruf.",
        ),
        (
            "raw",
            f'''        <div class="tg-crosslinks">
          <span class="tg-crosslinks__title">Passend dazu:</span>
          <ul>
            <li><a href="{cl[0][0]}">{cl[0][1]}</a></li>
            <li><a href="{cl[1][0]}">{cl[1][1]}</a></li>
          </ul>
        </div>''',
        ),
        (
            "p",
            "Für Nutzer ändert sich zunächst wenig: Sie können mit Business-Konten wie mit allen anderen Kontakten "
            "chatten. Einem Unternehmen, das als bestätigtes Geschäftskonto markiert ist, hat WhatsApp die "
            "Telefonnummer zuvor bestätigt. Wer keine Nachrichten eines Unternehmens mehr erhalten möchte, kann "
            "es jederzeit blockieren.",
        ),
        (
            "p",
            "Geld verdient WhatsApp mit der Business-App vorerst nicht, sie ist kostenlos. Mittelfristig will "
            "Facebook größeren Unternehmen aber kostenpflichtige Funktionen anbieten, etwa für den Versand von "
            "Flugbestätigungen oder Lieferbenachrichtigungen.",
        ),
    ]
    body = body_text([blocks])
    ld = jsonld_article(
        url, seo_title, lead, pub, mod, person(author), img, "WhatsApp, Messenger, Facebook", "Mobile", ld_body(blocks)
    )
    dl = {
        "article.headline": seo_title,
        "article.author": author,
        "article.publication_date": "2018-01-19",
        "article.section": "Mobile",
    }
    m = dict(
        doc_title=seo_title + SUFFIX,
        description=lead,
        authors_meta=author,
        canonical=url,
        og_title=seo_title,
        og_image=img,
        published=pub,
        modified=mod,
        section="Mobile",
    )
    page = f'''{head(m, ld, dl)}
<body class="single postid-887412 layout-2017">
{site_header()}
{ad_top()}
  <div id="main-content" class="tg-content">
    <div class="tg-article" itemscope itemtype="http://schema.org/Article">
      <div class="tg-article__header">
        <span class="tg-kicker">Mobile</span>
        <h1 itemprop="headline">
          WhatsApp Business: Die kostenlose App für Unternehmen
          ist jetzt in Deutschland verfügbar
        </h1>
        <p class="tg-teaser" itemprop="description">{lead}</p>
        <div class="tg-meta">
          Von {byline_links([author])} · <time datetime="{pub}" itemprop="datePublished">19.01.2018, 16:42 Uhr</time>
          · {merken_button("tg-bookmark")}
        </div>
      </div>
      <div class="tg-image">
        <img src="{img}" alt="WhatsApp Business" width="1024" height="576" itemprop="image">
        <p class="tg-image__caption wp-caption-text">{cap} (Grafik: {credit})</p>
      </div>
      <div class="c-entry entry-content" itemprop="articleBody">
{render_blocks(blocks)}
      </div>
{suggest_block([("WhatsApp", "/tag/whatsapp/"), ("Messenger", "/tag/messenger/"), ("Facebook", "/tag/facebook/")], [], cls="tg-tags c-suggestNews-container")}
{share_block(url, title)}
    </div>
{newsletter_box()}
{comments()}
  </div>
{page_tail()}'''
    write(path, page)
    exp = expected_item(
        # Issue 8's rule: a markup title no other clue confirms, out-voted by agreeing clues.
        id="887412",
        url=EB + path,
        title=seo_title,
        lead=lead,
        body=body,
        related_links=[
            {"url": EB + cl[0][0], "title": cl[0][1]},
            {"url": EB + cl[1][0].replace(B, ""), "title": cl[1][1]},
        ],
        authors=[author],
        published=pub,
        modified=mod,
        section="Mobile",
        tags=["WhatsApp", "Messenger", "Facebook"],
        image={"url": img, "caption": cap, "credit": credit},
        reading_time_min=None,
        paywalled=False,
        page_count=1,
    )
    exp.update(structure([blocks], {"url": img, "caption": cap, "credit": credit, "width": 1024, "height": 576}))
    article(
        path,
        "Older (2017/18) layout: no .c-article__headline, a plain <h1> (text wrapped over two lines) in "
        "the article header div; kicker/lead under tg-* classes; lead image as div+img+p caption "
        "('(Grafik: WhatsApp)'), not a <figure>. Disagreement on purpose: JSON-LD headline, og:title, "
        "<title> and dataLayer carry the short SEO title 'WhatsApp Business: App für Firmen startet'; "
        "since issue 8 the agreeing clues overrule the unconfirmed h1 (clue_check/title/overruled). JSON-LD author is a single object. No reading time shown -> "
        "null. A .tg-crosslinks 'Passend dazu' block with two links (one relative) gives related_links; "
        "an empty 'Mehr zu diesem Thema' with three tags.",
        exp,
    )


# ==========================================================================
# 4. No JSON-LD at all; no modified date anywhere; existing comments


def page_nojsonld():
    path = "/news/db-navigator-komfort-check-in-ausbau-1459876/"
    url = B + path
    title = "DB Navigator: Bahn weitet Komfort-Check-in auf alle Fernzüge aus"
    lead = (
        "Wer mit einer Reservierung im ICE oder IC unterwegs ist, kann sich künftig per App selbst "
        "einchecken und wird dann nicht mehr vom Zugpersonal kontrolliert. Die Bahn weitet die Funktion "
        "jetzt auf alle Fernverkehrszüge aus."
    )
    img = "https://cdn.t3n.de/news/wp-content/uploads/2022/03/db-navigator-ice-bahnsteig.jpg"
    cap = "Der Komfort-Check-in funktioniert jetzt in allen ICE- und IC-Zügen."
    credit = "Deutsche Bahn AG / Dominic Dupont"
    pub = "2022-03-08T14:30:00+01:00"
    author = "Felix Brandhorst"
    blocks = [
        (
            "p",
            "Die Deutsche Bahn baut den sogenannten Komfort-Check-in weiter aus. Nach einer Testphase auf "
            "ausgewählten Strecken steht die Funktion ab sofort in allen ICE- und Intercity-Zügen zur "
            "Verfügung, wie das Unternehmen am Dienstag mitteilte.",
        ),
        (
            "p",
            "Reisende mit Sitzplatz&shy;reservierung und digitalem Ticket können sich im DB Navigator nach "
            "Abfahrt des Zuges selbst einchecken. Das Zugpersonal sieht den Check-in auf seinem Gerät und "
            "überspringt den Platz bei der Fahrkartenkontrolle.",
        ),
        ("raw", ad_c("Jetzt Bahncard 25 sichern und bis zu 25&nbsp;Prozent sparen – nur für kurze Zeit.")),
        (
            "p",
            "Laut Bahn nutzen bereits rund 500.000 Fahrgäste pro Monat den Komfort-Check-in. Ziel sei es, "
            "Reisenden mehr Ruhe zu ermöglichen und das Personal zu entlasten, sagte ein Sprecher.",
        ),
        (
            "p",
            "Voraussetzung ist die aktuelle Version der App für Android oder iOS. Der Check-in ist "
            "frühestens ab dem Einstieg und höchstens bis zum reservierten Zielbahnhof möglich. Wer den "
            "Platz wechselt, muss sich erneut einchecken.",
        ),
    ]
    body = body_text([blocks])
    dl = {
        "event": "pageview",
        "article": {
            "id": 1459876,
            "headline": title,
            "author": author,
            "publication_date": "2022-03-08 14:30",
            "section": "Mobilität",
        },
    }
    m = dict(
        doc_title=title + SUFFIX,
        description=lead,
        authors_meta=author,
        canonical=url,
        og_title=title,
        og_image=img,
        published=pub,
        modified=None,
        section=None,
    )
    sug = [
        teaser(
            f"{B}/news/deutschlandticket-app-vergleich-1550871/?utm_source=t3n&amp;utm_medium=related",
            "Deutschlandticket: Diese Apps verkaufen das 49-Euro-Ticket",
            kicker="Mobilität",
            text="Nicht nur die Bahn bietet das Ticket digital an.",
        ),
        teaser(
            "/news/bahn-wlan-ice-ausbau-1421337/",
            "Schnelleres WLAN im ICE: Bahn rüstet bis Ende des Jahres nach",
            kicker="News",
        ),
    ]
    existing = [
        (
            "Bahnfahrer_73",
            "08.03.2022, 15:02 Uhr",
            "2022-03-08T15:02:00+01:00",
            [
                "Endlich! Habe das auf der Strecke Hamburg–Berlin schon ausprobiert und wurde tatsächlich nicht mehr geweckt."
            ],
        ),
        (
            "kim.s",
            "08.03.2022, 16:20 Uhr",
            "2022-03-08T16:20:00+01:00",
            [
                "Funktioniert leider nur mit Reservierung. Für Pendler ohne festen Platz bringt das nichts.",
                "Trotzdem ein Schritt in die richtige Richtung.",
            ],
        ),
    ]
    page = f'''{head(m, None, dl, swap_attrs=True)}
<body class="single single-post postid-1459876">
{noscript_note()}
{site_header()}
{ad_top()}
  <main class="c-main" id="main-content">
    <article class="c-article">
      <header class="c-article__header">
        <a class="c-article__kicker" href="{B}/tag/mobilitaet/">Mobilität</a>
        <div class="c-article__headline"><h1>{title}</h1></div>
        <p class="c-article__lead">{lead}</p>
        <div class="c-article__meta">
          <span class="c-article__author">Von {byline_links([author])}</span>
          <span class="c-article__date"><time datetime="{pub}">08.03.2022</time></span>
          <span class="c-article__reading-time">3 Min.</span>
          {merken_button()}
        </div>
      </header>
{figure(img, cap, "Foto", credit, alt="ICE am Bahnsteig", variant=1)}
      <div class="c-entry">
{render_blocks(blocks)}
      </div>
{suggest_block([("Deutsche Bahn", f"{B}/tag/deutsche-bahn/"), ("Apps", f"{B}/tag/apps/"), ("Mobilität", f"{B}/tag/mobilitaet/")], sug)}
{share_block(url, title)}
    </article>
{newsletter_box()}
{ad_c()}
{comments(existing)}
  </main>
{page_tail()}'''
    write(path, page)
    exp = expected_item(
        id="1459876",
        url=EB + path,
        title=title,
        lead=lead,
        body=body,
        related_links=[
            {
                "url": EB + "/news/deutschlandticket-app-vergleich-1550871/",
                "title": "Deutschlandticket: Diese Apps verkaufen das 49-Euro-Ticket",
            },
            {
                "url": EB + "/news/bahn-wlan-ice-ausbau-1421337/",
                "title": "Schnelleres WLAN im ICE: Bahn rüstet bis Ende des Jahres nach",
            },
        ],
        authors=[author],
        published=pub,
        modified=None,
        section="Mobilität",
        tags=["Deutsche Bahn", "Apps", "Mobilität"],
        image={"url": img, "caption": cap, "credit": credit},
        reading_time_min=3,
        paywalled=False,
        page_count=1,
    )
    exp.update(structure([blocks], lead_figure(img, cap, credit)))
    article(
        path,
        "No JSON-LD script at all and no modified date anywhere (modified must be null, not a copy of "
        "published). Published from <time datetime> / article:published_time; dataLayer is nested "
        "({article:{...}}) with a date without offset. meta tags have content before property. Kicker "
        "is a link to a tag page (not a related link). An in-body ad carries its own ad copy in a <p> "
        "(not body). Caption credit is plain text inside the figcaption. Tags only from the 'Mehr zu "
        "diesem Thema' tag links. Two reader comments (their paragraphs are not body).",
        exp,
    )


# ==========================================================================
# 5. Multi-author page, redesign markup (variant 1)


def page_multi():
    path = "/news/mobilfunk-monitoring-bundesnetzagentur-funkloecher-1561234/"
    url = B + path
    title = "Mobilfunk-Monitoring: Bundesnetzagentur zählt weniger weiße Flecken"
    lead = (
        "Die aktualisierte Funkloch-Karte der Bundesnetzagentur zeigt Fortschritte beim Netzausbau. "
        "Auf rund 2,6 Prozent der Fläche Deutschlands gibt es aber weiterhin gar keinen Mobilfunk."
    )
    img = "https://cdn.t3n.de/news/wp-content/uploads/2023/06/funkmast-feld-netzausbau.jpg"
    cap = "Ein Funkmast auf einem Feld in Niedersachsen: Vor allem auf dem Land fehlt noch Netz."
    credit = "picture alliance / dpa | Julian Stratenschulte"
    pub, mod = "2023-06-20T08:15:00+02:00", "2023-06-20T11:02:00+02:00"
    authors = ["Lea Sommerfeld", "Timo Rahner"]
    x_url, x_title = (
        "/news/5g-standalone-telekom-vodafone-o2-vergleich-1548802/",
        "5G Standalone: Wo Telekom, Vodafone und O2 wirklich stehen",
    )
    blocks = [
        (
            "p",
            "Die Bundesnetzagentur hat am Dienstag die neuen Daten ihres Mobilfunk-Monitorings veröffentlicht. "
            "Demnach ist der Anteil der sogenannten weißen Flecken, also von Gebieten ganz ohne Mobilfunk, "
            "binnen eines Jahres von 3,4 auf 2,6&nbsp;Prozent der Fläche gesunken.",
        ),
        ("raw", ad_slot()),
        (
            "p",
            "Deutlich größer ist weiterhin der Anteil der grauen Flecken, in denen nur ein einziger Anbieter "
            "ein Netz bereitstellt. Sie machen laut Behörde rund 19&nbsp;Prozent der Fläche aus. Besonders "
            "betroffen sind Brandenburg, Mecklenburg-Vorpommern und Rheinland-Pfalz.",
        ),
        ("h2", "Netzbetreiber verweisen auf Genehmigungen"),
        (
            "p",
            "„Wir sehen, dass sich die Investitionen auszahlen, aber das Tempo reicht noch nicht“, sagte "
            "Behördenpräsident Klaus Müller bei der Vorstellung der Zahlen. Die Netzbetreiber verweisen "
            "ihrerseits auf lange Genehmigungs&shy;verfahren für neue Standorte.",
        ),
        (
            "raw",
            f'''        <aside class="crosslink" aria-label="Weiterlesen">
          <span class="crosslink__label">Ebenfalls interessant:</span>
          <a class="crosslink__link" href="{B}{x_url}">{x_title}</a>
        </aside>''',
        ),
        (
            "p",
            "Die Karte basiert auf Messdaten der Netzbetreiber und auf Messungen, die Nutzerinnen und Nutzer "
            "über die Breitbandmessung-App der Bundesnetzagentur beisteuern. Sie ist im Browser abrufbar und "
            "lässt sich bis auf einzelne Straßenzüge vergrößern.",
        ),
        ("raw", ad_slot("Glasfaser für dein Zuhause: Jetzt Verfügbarkeit prüfen!")),
        (
            "p",
            "Bis Ende 2024 sollen alle Haushalte und Hauptverkehrswege mit mindestens 100&nbsp;Megabit pro "
            "Sekunde versorgt sein. So sehen es die Auflagen der letzten Frequenzauktion vor.",
        ),
    ]
    body = body_text([blocks])
    ld = jsonld_article(
        url,
        title,
        lead,
        pub,
        mod,
        [person(a) for a in authors],
        img,
        ["Mobilfunk", "Bundesnetzagentur", "Netzausbau"],
        "Mobilfunk",
        ld_body(blocks),
    )
    dl = {
        "article.headline": title,
        "article.author": ", ".join(authors),
        "article.publication_date": pub,
        "article.section": "Mobilfunk",
    }
    m = dict(
        doc_title=title + SUFFIX,
        description=lead,
        authors_meta=", ".join(authors),
        canonical=url,
        og_title=title,
        og_image=img,
        published=pub,
        modified=mod,
        section="Mobilfunk",
    )
    page = f'''{head(m, ld, dl)}
<body class="post-template-default single single-post postid-1561234 redesign-2023">
{site_header(1)}
  <div class="ad-slot ad-slot--leaderboard" data-ad-unit="/2265/t3n/top">
    <div class="ad-slot__label">Anzeige</div><div class="ad-slot__label ad-slot__label--sm">Anzeige</div>
  </div>
  <main id="main-content">
    <article class="article article--news" data-id="1561234">
      <div class="article__head">
        <a class="article__kicker" href="/tag/mobilfunk/">Mobilfunk</a>
        <h1 class="article__title">{title}</h1>
        <div class="article__lead">
          <p>{lead}</p>
        </div>
        <p class="article__byline">Von {byline_links(authors)}
          <span class="article__sep">|</span> <time datetime="{pub}">20. Juni 2023</time>
          <span class="article__sep">|</span> <span class="article__readtime">4 Min.</span></p>
        <div class="article__tools">{merken_button("article__bookmark")}</div>
      </div>
{figure(img, cap, "Foto", credit, cls="article__hero")}
      <div class="article__content">
        <div class="c-entry">
          <div class="c-entry__inner">
{render_blocks(blocks, indent="            ")}
          </div>
        </div>
      </div>
      <footer class="article__foot">
        <section class="topics">
          <h2>Mehr zu diesem Thema</h2>
          <a class="topics__tag" href="/tag/mobilfunk/">Mobilfunk</a>
          <a class="topics__tag" href="/tag/bundesnetzagentur/">Bundesnetzagentur</a>
          <a class="topics__tag" href="/tag/netzausbau/">Netzausbau</a>
        </section>
{share_block(url, title, variant=1)}
      </footer>
    </article>
{newsletter_box(1)}
{comments()}
  </main>
{page_tail()}'''
    write(path, page)
    exp = expected_item(
        id="1561234",
        url=EB + path,
        title=title,
        lead=lead,
        body=body,
        related_links=[{"url": EB + x_url, "title": x_title}],
        authors=authors,
        published=pub,
        modified=mod,
        section="Mobilfunk",
        tags=["Mobilfunk", "Bundesnetzagentur", "Netzausbau"],
        image={"url": img, "caption": cap, "credit": credit},
        reading_time_min=4,
        paywalled=False,
        page_count=1,
    )
    exp.update(structure([blocks], lead_figure(img, cap, credit)))
    article(
        path,
        "Two authors: byline 'Von Lea Sommerfeld und Timo Rahner', meta author comma-separated, JSON-LD "
        "author list, dataLayer 'A, B'. Redesign markup: no .c-article__headline (h1.article__title), "
        "kicker is a link to a tag page, lead is a <div> wrapping a <p>, byline in a <p> together with "
        "date and reading time, body in .c-entry > .c-entry__inner inside .article__content, ads as "
        "div.ad-slot (one with ad copy), 'Ebenfalls interessant' crosslink as an <aside> (a related "
        "link). Image credit contains '|'. Tags from the topics block.",
        exp,
    )


# ==========================================================================
# 6. Lists, blockquote, subheadings, table, embed placeholder, inline image


def page_lists():
    path = "/news/python-3-12-neuerungen-ueberblick-1590213/"
    url = B + path
    title = "Python 3.12: Die wichtigsten Neuerungen im Überblick"
    lead = (
        "Bessere Fehlermeldungen, eine flexiblere Syntax für f-Strings und ein Schritt weg vom Global "
        "Interpreter Lock: Das neue Python-Release bringt viele Verbesserungen. Wir stellen die "
        "wichtigsten vor."
    )
    img = "https://cdn.t3n.de/news/wp-content/uploads/2023/10/python-code-laptop.jpg"
    cap = "Python 3.12 ist seit Anfang Oktober verfügbar."
    credit = "Ground Picture / Shutterstock.com"
    pub, mod = "2023-10-02T17:45:00+02:00", "2023-10-04T09:00:00+02:00"
    author = "Daniel Hoppe"
    x_url, x_title = (
        "/news/python-gil-entfernen-pep-703-1569930/",
        "PEP 703: Python soll ohne Global Interpreter Lock auskommen",
    )
    table = """        <figure class="wp-block-table">
          <table>
            <thead><tr><th>Version</th><th>Veröffentlichung</th><th>Support-Ende</th></tr></thead>
            <tbody>
              <tr><td>Python 3.10</td><td>Oktober 2021</td><td>Oktober 2026</td></tr>
              <tr><td>Python 3.11</td><td>Oktober 2022</td><td>Oktober 2027</td></tr>
              <tr><td>Python 3.12</td><td>Oktober 2023</td><td>Oktober 2028</td></tr>
            </tbody>
          </table>
          <figcaption>Unterstützungszeiträume der aktuellen Python-Versionen. (Tabelle: t3n)</figcaption>
        </figure>"""
    embed = """        <div class="c-embed c-embed--mastodon" data-embed-provider="mastodon" data-embed-url="https://fosstodon.org/@ThePSF/111163402113254112">
          <div class="c-embed__consent">
            <p>Hier findest du einen externen Inhalt von Mastodon, der den Artikel ergänzt. Du kannst ihn dir mit einem Klick anzeigen lassen.</p>
            <button type="button" class="c-embed__load">Externen Inhalt anzeigen</button>
            <p class="c-embed__legal">Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.</p>
          </div>
        </div>"""
    inline_fig = """        <figure class="wp-block-image size-large">
          <img src="https://cdn.t3n.de/news/wp-content/uploads/2023/10/python-312-fehlermeldung.png" alt="Fehlermeldung in Python 3.12" width="1024" height="410" loading="lazy">
          <figcaption>Python 3.12 schlägt bei Tippfehlern den passenden Namen vor. <span class="c-figure__credit">(Screenshot: t3n)</span></figcaption>
        </figure>"""
    RAW_BLOCKS[inline_fig] = [
        {
            "type": "image",
            "url": "https://cdn.t3n.de/news/wp-content/uploads/2023/10/python-312-fehlermeldung.png",
            "caption": "Python 3.12 schlägt bei Tippfehlern den passenden Namen vor.",
            "credit": "t3n",
            "width": 1024,
            "height": 410,
        }
    ]
    RAW_BLOCKS[table] = [
        {
            "type": "table",
            "rows": [
                ["Version", "Veröffentlichung", "Support-Ende"],
                ["Python 3.10", "Oktober 2021", "Oktober 2026"],
                ["Python 3.11", "Oktober 2022", "Oktober 2027"],
                ["Python 3.12", "Oktober 2023", "Oktober 2028"],
            ],
        }
    ]
    # the URL is the wrapper's data-embed-url; a Mastodon server's /@user/<id> status: "mastodon"
    RAW_BLOCKS[embed] = [
        {"type": "embed", "url": "https://fosstodon.org/@ThePSF/111163402113254112", "provider": "mastodon"}
    ]
    blocks = [
        (
            "p",
            "Die Python Software Foundation hat am Montag Python 3.12 veröffentlicht. Wie jedes Jahr im Oktober "
            "erscheint damit eine neue Hauptversion der Programmiersprache, die vor allem Entwicklerinnen und "
            "Entwicklern den Alltag erleichtern soll.",
        ),
        ("h2", "Bessere Fehler&shy;meldungen"),
        (
            "p",
            "Schon Python 3.10 und 3.11 haben die Fehlermeldungen deutlich verbessert. Version 3.12 geht einen "
            "Schritt weiter und macht unter anderem diese Vorschläge:",
        ),
        (
            "ul",
            [
                "Bei einem vergessenen Import schlägt der Interpreter das passende Modul vor, etwa "
                "<code>import sys</code>.",
                "Tippfehler in Attributnamen werden erkannt, auch bei <code>self</code>-Attributen in Methoden.",
                "Fehlerhafte <code>from … import</code>-Anweisungen mit vertauschter Reihenfolge werden als solche "
                "benannt.",
            ],
        ),
        ("raw", inline_fig),
        ("raw", ad_c("Cloud-Hosting für Python-Apps – jetzt 30 Tage kostenlos testen")),
        ("h2", "f-Strings werden flexibler"),
        (
            "p",
            "Mit PEP 701 werden f-Strings formal in die Grammatik der Sprache aufgenommen. In der Praxis heißt "
            "das: Innerhalb eines f-Strings dürfen jetzt dieselben Anführungszeichen verwendet werden wie außen, "
            "und Ausdrücke dürfen sich über mehrere Zeilen erstrecken.",
        ),
        (
            "quote",
            "„Die Änderung klingt klein, beseitigt aber eine der häufigsten Stolperfallen für Einsteiger“, "
            "schreibt Core-Entwickler Pablo Galindo Salgado im offiziellen Blog.",
        ),
        ("h3", "Ein eigener GIL pro Interpreter"),
        (
            "p",
            "Unter der Haube führt PEP 684 einen eigenen Global Interpreter Lock für jeden Sub-Interpreter ein. "
            "Noch ist die Funktion nur über die C-API erreichbar, sie legt aber den Grundstein für echte "
            "Parallelität in künftigen Versionen.",
        ),
        (
            "raw",
            f'        <p class="tg-crosslink"><strong>Ebenfalls interessant:</strong> <a href="{B}{x_url}?utm_source=t3n&amp;utm_medium=crosslink">{x_title}</a></p>',
        ),
        ("h2", "So steigst du um"),
        ("p", "Wer ein bestehendes Projekt auf Python 3.12 umstellen will, sollte in dieser Reihenfolge vorgehen:"),
        (
            "ol",
            [
                "Abhängigkeiten prüfen: Nicht jedes Paket bietet schon Wheels für 3.12 an.",
                "Die Testsuite mit <code>python3.12 -W error</code> ausführen, um Deprecation-Warnungen zu finden.",
                "Das entfernte Modul <code>distutils</code> durch <code>setuptools</code> ersetzen.",
            ],
        ),
        (
            "p",
            "Die folgende Tabelle zeigt, wie lange die aktuellen Versionen noch mit Sicherheitsupdates versorgt "
            "werden:",
        ),
        ("raw", table),
        ("raw", embed),
        (
            "p",
            'Python 3.12 steht ab sofort auf <a href="https://www.python.org/downloads/" rel="noopener">python.org</a> '
            "zum Download bereit. Die nächste Version, Python 3.13, ist für Oktober 2024 geplant.",
        ),
    ]
    body = body_text([blocks])
    ld = jsonld_article(
        url,
        title,
        lead,
        pub,
        mod,
        [person(author)],
        img,
        "Python, Programmierung, Software",
        "Software",
        ld_body(blocks).replace(
            "Python 3.12 steht ab sofort",
            "[embed]https://fosstodon.org/@ThePSF/111163402113254112[/embed]\n\nPython 3.12 steht ab sofort",
        ),
    )
    dl = {
        "article.headline": title,
        "article.author": author,
        "article.publication_date": pub,
        "article.section": "Software",
        "article.wordcount": 512,
    }
    m = dict(
        doc_title=title + SUFFIX,
        description=lead,
        authors_meta=author,
        canonical=url,
        og_title=title,
        og_image=img,
        published=pub,
        modified=mod,
        section="Software",
    )
    sug = [
        teaser(
            f"{B}/news/rust-python-entwickler-umfrage-1581120/",
            "Rust oder Python? Was Entwickler:innen 2023 lernen wollen",
            kicker="Software",
            text="Die Stack-Overflow-Umfrage zeigt klare Trends.",
            variant=1,
        )
    ]
    page = f'''{head(m, ld, dl)}
<body class="single single-post postid-1590213">
{noscript_note()}
{site_header()}
{ad_top()}
  <main id="main-content" class="c-main">
    <article class="c-article">
      <header class="c-article__header">
        <span class="c-article__kicker">Software</span>
        <div class="c-article__headline">
          <h1>{title}</h1>
        </div>
        <p class="c-article__lead">{lead}</p>
        <div class="c-article__meta">
          <span class="c-article__author">Von {byline_links([author])}</span>
          <time datetime="{pub}">02.10.2023</time>
          <span class="c-article__reading-time">6 Min.</span>
          {merken_button()}
        </div>
      </header>
{figure(img, cap, "Foto", credit, alt="Python-Code auf einem Laptop")}
      <div class="c-entry">
{render_blocks(blocks)}
      </div>
{suggest_block([("Python", "/tag/python/"), ("Programmierung", "/tag/programmierung/"), ("Software", "/tag/software/")], sug)}
{share_block(url, title)}
    </article>
{newsletter_box()}
{comments()}
  </main>
{page_tail()}'''
    write(path, page)
    exp = expected_item(
        id="1590213",
        url=EB + path,
        title=title,
        lead=lead,
        body=body,
        related_links=[
            {"url": EB + x_url, "title": x_title},
            {
                "url": EB + "/news/rust-python-entwickler-umfrage-1581120/",
                "title": "Rust oder Python? Was Entwickler:innen 2023 lernen wollen",
            },
        ],
        authors=[author],
        published=pub,
        modified=mod,
        section="Software",
        tags=["Python", "Programmierung", "Software"],
        image={"url": img, "caption": cap, "credit": credit},
        reading_time_min=6,
        paywalled=False,
        page_count=1,
    )
    exp.update(structure([blocks], lead_figure(img, cap, credit)))
    article(
        path,
        "Rich body: h2/h3 subheadings (one with &shy;), a <ul> and an <ol> (each <li> is a body unit, "
        "inline <code> kept as text), a <blockquote><p>, an inline image with '(Screenshot: t3n)' "
        "caption (not body), a table with its caption (not body), an in-body ad with ad copy, a "
        "Mastodon embed consent placeholder (not body; JSON-LD has [embed]…[/embed]), an inline "
        "external link to python.org (kept as text, not a related link). 'Ebenfalls interessant' link "
        "carries utm params (stripped). Suggested teaser: the link wraps the <h3>.",
        exp,
    )


# ==========================================================================
# 7. Related links: Ebenfalls interessant + .c-crosslinks + Mehr zu diesem Thema (tags + suggestions)


def page_related():
    path = "/news/schnellladenetz-autobahn-ausbau-verzoegerung-1601122/"
    url = B + path
    title = "Schnellladen an der Autobahn: Deutschlandnetz wächst langsamer als geplant"
    lead = (
        "Bis Ende 2023 sollten die ersten Schnellladeparks des staatlich geförderten Deutschlandnetzes an "
        "Autobahnen in Betrieb sein. Tatsächlich ist es eine Handvoll – die Betreiber nennen Netzanschlüsse "
        "als größtes Problem."
    )
    img = "https://cdn.t3n.de/news/wp-content/uploads/2024/01/schnelllader-autobahn-raststaette.jpg"
    cap = "An vielen Raststätten fehlt noch der Netzanschluss für Schnelllader."
    credit = "Nora Albrecht / t3n"
    pub, mod = "2024-01-09T12:10:00+01:00", "2024-01-09T16:48:00+01:00"
    author = "Nora Albrecht"
    r1 = (
        "/news/ladesaeulen-preise-vergleich-2024-1598430/",
        "Laden wird teurer: So viel kostet eine Kilowattstunde an der Säule",
    )
    r2 = (
        "/news/elektroauto-reichweite-winter-test-1596011/",
        "Reichweite im Winter: Diese E-Autos schneiden im Test am besten ab",
    )
    r3 = ("/news/tesla-supercharger-oeffnung-fremdmarken-1588764/", "Tesla öffnet weitere Supercharger für Fremdmarken")
    r4 = (
        "/news/bidirektionales-laden-vw-id-1600544/",
        "Bidirektionales Laden: VW schaltet Funktion für ID-Modelle frei",
    )
    r5 = (
        "/news/e-auto-foerderung-ende-folgen-1599870/",
        "Nach dem Aus des Umweltbonus: Was das für den E-Auto-Markt bedeutet",
    )
    crosslinks = f'''        <div class="c-crosslinks">
          <p class="c-crosslinks__title">Mehr zum Thema Laden</p>
          <ul class="c-crosslinks__list">
            <li><a href="{B}{r2[0]}">{r2[1]}</a></li>
            <li><a href="{r3[0]}?utm_source=t3n&amp;utm_medium=crosslink&amp;utm_campaign=emobility">{r3[1]}</a></li>
          </ul>
        </div>'''
    blocks = [
        (
            "p",
            "Das sogenannte Deutschlandnetz sollte den Durchbruch für das Schnellladen an deutschen Autobahnen "
            "bringen. Der Bund hat dafür rund 200 unbewirtschaftete Rastplätze ausgeschrieben, an denen "
            "jeweils mehrere Ladepunkte mit mindestens 150&nbsp;Kilowatt entstehen sollen.",
        ),
        (
            "p",
            "Nach Recherchen von t3n sind davon bislang allerdings nur sieben Standorte in Betrieb. Das "
            "Bundesverkehrs&shy;ministerium bestätigte die Zahl auf Anfrage und sprach von „Anlaufschwierigkeiten“.",
        ),
        ("raw", ad_c("Wallbox inklusive Installation ab 899 Euro – jetzt Angebot anfordern")),
        (
            "p",
            "Die Betreiber nennen vor allem fehlende Netzanschlüsse als Grund für die Verzögerung. Für einen "
            "Schnellladepark mit zwölf Ladepunkten wird ein Mittelspannungs&shy;anschluss benötigt, auf den die "
            "Betreiber teils mehr als ein Jahr warten.",
        ),
        ("raw", f'        <p>Ebenfalls interessant: <a href="{B}{r1[0]}">{r1[1]}</a></p>'),
        ("h2", "Verband fordert schnellere Genehmigungen"),
        (
            "p",
            "Der Bundesverband der Energie- und Wasserwirtschaft fordert daher, die Genehmigungsverfahren für "
            "Netzanschlüsse zu vereinfachen. „Ohne Tempo beim Netz gibt es kein Tempo beim Laden“, sagte eine "
            "Sprecherin.",
        ),
        ("raw", crosslinks),
        (
            "p",
            "Das Ministerium hält trotz der Verzögerungen an seinem Ziel fest: Bis Ende 2026 sollen alle "
            "Standorte des Deutschlandnetzes in Betrieb sein.",
        ),
    ]
    body = body_text([blocks])
    ld = jsonld_article(
        url,
        title,
        lead,
        pub,
        mod,
        [person(author)],
        img,
        ["E-Mobilität", "Ladeinfrastruktur", "Elektroauto"],
        "E-Mobilität",
        ld_body(blocks),
    )
    dl = {
        "article.headline": title,
        "article.author": author,
        "article.publication_date": pub,
        "article.section": "E-Mobilität",
    }
    m = dict(
        doc_title=title + SUFFIX,
        description=lead,
        authors_meta=author,
        canonical=url,
        og_title=title,
        og_image=img,
        published=pub,
        modified=mod,
        section="E-Mobilität",
    )
    sug = [
        teaser(
            f"{B}{r4[0]}",
            r4[1],
            kicker="E-Mobilität",
            img="https://cdn.t3n.de/news/wp-content/uploads/2024/01/vw-id-laden.jpg",
        ),
        teaser(
            f"{B}{r1[0]}?utm_source=t3n&amp;utm_medium=suggest",
            r1[1],
            kicker="E-Mobilität",
            img="https://cdn.t3n.de/news/wp-content/uploads/2024/01/ladesaeule-preise.jpg",
        ),
        teaser(
            f"{r5[0]}",
            r5[1],
            kicker="News",
            text="Seit dem 18. Dezember gibt es keine Förderung mehr.",
            img="https://cdn.t3n.de/news/wp-content/uploads/2023/12/umweltbonus-ende.jpg",
        ),
    ]
    popular = f'''    <aside class="c-sidebar" aria-label="Meistgelesen">
      <h2 class="c-sidebar__title">Meistgelesen</h2>
      <ol class="c-mostread">
        <li><a href="{B}/news/chatgpt-neue-funktionen-januar-1600990/">ChatGPT bekommt neue Funktionen: Das steckt dahinter</a></li>
        <li><a href="{B}/news/windows-12-geruechte-2024-1599112/">Windows 12: Was wir bisher wissen</a></li>
        <li><a href="{B}/news/linkedin-algorithmus-aenderung-1600201/">LinkedIn ändert den Algorithmus – das bedeutet es für dich</a></li>
      </ol>
    </aside>'''
    page = f'''{head(m, ld, dl)}
<body class="single single-post postid-1601122">
{noscript_note()}
{site_header()}
{ad_top()}
  <div class="c-layout">
  <main id="main-content" class="c-main">
    <article class="c-article">
      <header class="c-article__header">
        <span class="c-article__kicker">E-Mobilität</span>
        <div class="c-article__headline"><h1>{title}</h1></div>
        <p class="c-article__lead">{lead}</p>
        <div class="c-article__meta">
          <span class="c-article__author">Von {byline_links([author])}</span>
          <time datetime="{pub}">09.01.2024</time>
          <span class="c-article__reading-time">3 Min.</span>
          {merken_button()}
        </div>
      </header>
{figure(img, cap, "Foto", credit, alt="Schnellladesäulen an einer Raststätte")}
      <div class="c-entry">
{render_blocks(blocks)}
      </div>
{suggest_block([("E-Mobilität", "/tag/e-mobilitaet/"), ("Ladeinfrastruktur", "/tag/ladeinfrastruktur/"), ("Elektroauto", "/tag/elektroauto/")], sug)}
{share_block(url, title)}
    </article>
{newsletter_box()}
{comments()}
  </main>
{popular}
  </div>
{page_tail()}'''
    write(path, page)
    exp = expected_item(
        id="1601122",
        url=EB + path,
        title=title,
        lead=lead,
        body=body,
        related_links=[
            {"url": EB + r1[0], "title": r1[1]},
            {"url": EB + r2[0], "title": r2[1]},
            {"url": EB + r3[0], "title": r3[1]},
            {"url": EB + r4[0], "title": r4[1]},
            {"url": EB + r5[0], "title": r5[1]},
        ],
        authors=[author],
        published=pub,
        modified=mod,
        section="E-Mobilität",
        tags=["E-Mobilität", "Ladeinfrastruktur", "Elektroauto"],
        image={"url": img, "caption": cap, "credit": credit},
        reading_time_min=3,
        paywalled=False,
        page_count=1,
    )
    exp.update(structure([blocks], lead_figure(img, cap, credit)))
    article(
        path,
        "Related links from three sources in page order: the 'Ebenfalls interessant:' paragraph (no "
        "<strong>), a .c-crosslinks block (its 'Mehr zum Thema Laden' title is not body; one link "
        "relative with utm params), and 'Mehr zu diesem Thema' suggestions. Suggestion teasers start "
        "with an image link to the same URL (empty text) before the headline link: title = headline. "
        "The second suggestion repeats the 'Ebenfalls interessant' article with utm params -> deduped. "
        "Tag links (/tag/...) are tags, not related links. The 'Meistgelesen' sidebar is site-wide, "
        "not related to the article, and not a related link. Ad with ad copy inside the body.",
        exp,
    )


# ==========================================================================
# 8. Magazine article over two pages


def page_magazine():
    path = "/magazin/open-source-maintainer-am-limit-1587342/"
    path2 = path + "2/"
    url = B + path
    title = "Open-Source-Maintainer am Limit: Wer hält das Internet eigentlich zusammen?"
    lead = (
        "Ohne sie würde kaum eine App, kaum ein Server funktionieren. Trotzdem arbeiten viele "
        "Maintainer:innen wichtiger Open-Source-Projekte unbezahlt in ihrer Freizeit. Drei von ihnen "
        "erzählen, was das mit ihnen macht."
    )
    img = "https://cdn.t3n.de/magazin/wp-content/uploads/2023/09/open-source-maintainer-schreibtisch.jpg"
    cap = "Viele Maintainer:innen arbeiten abends und am Wochenende an ihren Projekten."
    credit = "Christin Hume / Unsplash"
    pub, mod = "2023-09-23T10:00:00+02:00", "2023-09-25T08:30:00+02:00"
    author = "Katrin Weidemann"
    x1 = (
        "/news/xz-utils-backdoor-open-source-lehren-1580003/",
        "Nach dem Fast-Desaster: Was die Open-Source-Welt aus Sicherheitslücken lernen muss",
    )
    s1 = (
        "/magazin/sovereign-tech-fund-open-source-foerderung-1575519/",
        "Sovereign Tech Fund: Wie der Staat Open Source fördern will",
    )
    s2 = ("/news/github-sponsors-bilanz-1571402/", "GitHub Sponsors: Wer verdient wirklich Geld mit Open Source?")
    p1 = [
        (
            "p",
            "Es ist kurz nach 23 Uhr, als Jana Kowalski ihren Laptop aufklappt. Ihre Kinder schlafen, der "
            "Arbeitstag als Backend-Entwicklerin bei einer Versicherung ist vorbei. Jetzt beginnt ihre zweite "
            "Schicht: Seit sechs Jahren betreut sie eine Bibliothek zur Datumsverarbeitung, die jede Woche "
            "mehrere Millionen Mal heruntergeladen wird.",
        ),
        (
            "p",
            "„Am Anfang war das ein Hobby“, sagt sie. „Heute fühlt es sich manchmal an wie ein unbezahlter "
            "Zweitjob, bei dem man nie Feierabend hat.“",
        ),
        ("raw", ad_c()),
        ("h2", "Millionen Nutzer, eine Handvoll Freiwillige"),
        (
            "p",
            "Kowalski ist kein Einzelfall. Laut einer Umfrage der Linux Foundation erhält mehr als die Hälfte "
            "der Maintainer:innen für ihre Arbeit kein Geld. Gleichzeitig stecken Open-Source-Komponenten in "
            "rund 96&nbsp;Prozent aller kommerziellen Codebasen.",
        ),
        ("raw", f'        <p><strong>Ebenfalls interessant:</strong> <a href="{B}{x1[0]}">{x1[1]}</a></p>'),
        (
            "p",
            "Die Erwartungen an die Projekte sind dabei hoch. Unternehmen öffnen Issues mit Fristen, fordern "
            "Sicherheitsupdates innerhalb von Stunden und drohen gelegentlich sogar mit Konsequenzen, wenn ein "
            "Fehler nicht schnell genug behoben wird.",
        ),
    ]
    p2 = [
        (
            "p",
            "Markus Brenner hat daraus Konsequenzen gezogen. Der Kieler betreute zwölf Jahre lang ein Tool zur "
            "Bildkonvertierung, bis er im vergangenen Frühjahr eine Nachricht in die Readme schrieb: Das Projekt "
            "werde nicht mehr gepflegt.",
        ),
        (
            "quote",
            "„Ich habe gemerkt, dass ich bei jeder Benachrichtigung Herzklopfen bekomme. Da wusste ich, "
            "dass es so nicht weitergeht.“",
        ),
        ("raw", ad_c()),
        ("h2", "Was helfen würde"),
        ("p", "Alle drei Maintainer:innen, mit denen t3n gesprochen hat, nennen ähnliche Wünsche:"),
        (
            "ul",
            [
                "verlässliche Finanzierung statt einmaliger Spenden",
                "mehr Mitwirkende, die auch Reviews und Dokumentation übernehmen",
                "Unternehmen, die Arbeitszeit für Open Source freigeben",
            ],
        ),
        (
            "p",
            "Projekte wie der Sovereign Tech Fund der Bundesregierung oder GitHub Sponsors setzen genau hier an. "
            "Ob das reicht, bezweifeln die drei allerdings. Jana Kowalski will trotzdem weitermachen – vorerst. "
            "„Solange mir die Arbeit mehr gibt, als sie mir nimmt.“",
        ),
    ]
    body = body_text([p1, p2])
    keywords = ["Open Source", "Softwareentwicklung", "Arbeit"]
    ld = jsonld_article(
        url,
        title,
        lead,
        pub,
        mod,
        [person(author)],
        img,
        keywords,
        "Porträt",
        ld_body(p1) + "\n\n<!--nextpage-->\n\n" + ld_body(p2),
    )
    dl = {
        "article.headline": title,
        "article.author": author,
        "article.publication_date": pub,
        "article.section": "Porträt",
        "article.type": "magazin",
        "page.number": 1,
        "page.count": 2,
    }
    sug = [teaser(f"{B}{s1[0]}", s1[1], kicker="Magazin"), teaser(s2[0], s2[1], kicker="News")]

    def mag_page(n, blocks, canonical, links, fig, pager):
        m = dict(
            doc_title=title + (f" – Seite {n}" if n > 1 else "") + SUFFIX,
            description=lead,
            authors_meta=author,
            canonical=canonical,
            og_title=title,
            og_image=img,
            published=pub,
            modified=mod,
            section="Porträt",
        )
        d = dict(dl, **{"page.number": n})
        ld_ = ld if n == 1 else None
        tail_blocks = (
            suggest_block(
                [
                    ("Open Source", "/tag/open-source/"),
                    ("Softwareentwicklung", "/tag/softwareentwicklung/"),
                    ("Arbeit", "/tag/arbeit/"),
                ],
                sug,
            )
            if n == 2
            else ""
        )
        return f'''{head(m, ld_, d, extra_links=links)}
<body class="single single-magazin postid-1587342 paged-{n}">
{noscript_note()}
{site_header()}
{ad_top()}
  <main id="main-content" class="c-main c-main--magazin">
    <article class="c-article c-article--longread">
      <header class="c-article__header">
        <span class="c-article__kicker">Porträt</span>
        <div class="c-article__headline">
          <h1>{title}</h1>
        </div>
        <p class="c-article__lead">{lead}</p>
        <div class="c-article__meta">
          <span class="c-article__author">Von {byline_links([author])}</span>
          <time datetime="{pub}">23.09.2023</time>
          <span class="c-article__reading-time">13 Min. Lesezeit</span>
          {merken_button()}
        </div>
      </header>
{fig}
      <div class="c-entry">
{render_blocks(blocks)}
      </div>
{pager}
{tail_blocks}
{share_block(url, title)}
    </article>
{newsletter_box()}
{comments() if n == 2 else ""}
  </main>
{page_tail()}'''

    pager1 = f'''      <nav class="c-pagination c-pagination--article" aria-label="Seiten">
        <span class="c-pagination__current">Seite 1</span>
        <a class="c-pagination__page" href="{B}{path2}">2</a>
        <a class="c-pagination__next" href="{B}{path2}">Weiter</a>
      </nav>'''
    pager2 = f'''      <nav class="c-pagination c-pagination--article" aria-label="Seiten">
        <a class="c-pagination__prev" href="{B}{path}">Zurück</a>
        <a class="c-pagination__page" href="{B}{path}">1</a>
        <span class="c-pagination__current">Seite 2</span>
      </nav>'''
    write(
        path,
        mag_page(
            1,
            p1,
            url,
            f'  <link rel="next" href="{B}{path2}">',
            figure(img, cap, "Foto", credit, alt="Person am Laptop bei Nacht"),
            pager1,
        ),
    )
    write(path2, mag_page(2, p2, B + path2, f'  <link rel="prev" href="{B}{path}">', "", pager2))
    exp = expected_item(
        id="1587342",
        url=EB + path,
        title=title,
        lead=lead,
        body=body,
        related_links=[
            {"url": EB + x1[0], "title": x1[1]},
            {"url": EB + s1[0], "title": s1[1]},
            {"url": EB + s2[0], "title": s2[1]},
        ],
        authors=[author],
        published=pub,
        modified=mod,
        section="Porträt",
        tags=keywords,
        image={"url": img, "caption": cap, "credit": credit},
        reading_time_min=13,
        paywalled=False,
        page_count=2,
    )
    exp.update(structure([p1, p2], lead_figure(img, cap, credit)))
    article(
        path,
        'Magazine long read split over two pages: page 1 has <link rel="next"> to …/2/, page 2 has '
        'rel="prev", its own canonical (…/2/), the same header (title, lead, byline) but no lead '
        "image and no JSON-LD. Expected body = page 1 units then page 2 units (lead not repeated); "
        "url = page 1; page_count 2. Related links in order: 'Ebenfalls interessant' on page 1, then "
        "the 'Mehr zu diesem Thema' suggestions that only page 2 shows. Reading time '13 Min. "
        "Lesezeit'. Page 2 has a blockquote and a list.",
        exp,
    )


# ==========================================================================
# 9. No lead image; redesign markup (variant 2); 'Anzeige' as a word in body text


def page_noimage():
    path = "/news/signal-benutzernamen-telefonnummer-privat-1613579/"
    url = B + path
    title = "Signal führt Benutzernamen ein: Die Telefonnummer bleibt künftig privat"
    lead = (
        "Nach jahrelangem Warten können Signal-Nutzer:innen jetzt Benutzernamen anlegen. Wer chatten will, "
        "muss seine Telefonnummer dann nicht mehr herausgeben."
    )
    pub, mod = "2024-02-21T09:40:00+01:00", "2024-02-21T10:15:00+01:00"
    author = "Jonas Kettler"
    logo = "https://cdn.t3n.de/assets/img/t3n-og-default.png"
    blocks = [
        (
            "p",
            "Der Messenger Signal hat am Dienstag eine lang angekündigte Funktion freigeschaltet: "
            "Nutzer:innen können sich einen Benutzernamen geben und über diesen kontaktiert werden. Die "
            "Telefonnummer ist außerdem standardmäßig für niemanden mehr sichtbar, der sie nicht ohnehin im "
            "Adressbuch gespeichert hat.",
        ),
        ("raw", ad_gads()),
        (
            "p",
            "Ein Benutzername besteht aus einem frei wählbaren Teil und mindestens zwei Ziffern, etwa "
            "<em>kettler.42</em>. Er lässt sich jederzeit ändern oder löschen. Für die Registrierung bei Signal "
            "bleibt eine Telefonnummer aber weiterhin nötig.",
        ),
        (
            "p",
            "Die Funktion soll vor allem Menschen schützen, die in Gruppen mit Fremden unterwegs sind oder "
            "belästigt werden. Wer dennoch unerwünschte Nachrichten erhält, kann Kontakte blockieren, melden "
            "und bei Drohungen Anzeige bei der Polizei erstatten.",
        ),
        ("raw", ad_gads()),
        ("p", "Die neuen Versionen für Android, iOS und Desktop werden in den kommenden Wochen schrittweise verteilt."),
    ]
    body = body_text([blocks])
    ld = jsonld_article(
        url,
        title,
        lead,
        pub,
        mod,
        [person(author)],
        None,
        ["Signal", "Messenger", "Datenschutz"],
        "Security",
        ld_body(blocks),
    )
    dl = {
        "article.headline": title,
        "article.author": author,
        "article.publication_date": pub,
        "article.section": "Security",
    }
    m = dict(
        doc_title=title + SUFFIX,
        description=lead,
        authors_meta=author,
        canonical=url,
        og_title=title,
        og_image=logo,
        published=pub,
        modified=mod,
        section="Security",
    )
    page = f'''{head(m, ld, dl)}
<body class="single single-post postid-1613579 layout-2024">
{site_header(1)}
  <div class="adsbygoogle-wrap adsbygoogle-wrap--top"><small class="adsbygoogle-wrap__hint">Anzeige</small><ins class="adsbygoogle" data-ad-slot="7700"><span>Anzeige</span></ins></div>
  <main id="main-content" class="page-main">
    <article class="post post--news">
      <div class="post-head">
        <p class="post-head__kicker"><a href="{B}/tag/security/" rel="tag">Security</a></p>
        <h1 class="post-head__title">{title}</h1>
        <div class="post-head__intro">
          <p>{lead}</p>
        </div>
        <p class="post-head__byline">Von {byline_links([author])} &middot; <time datetime="{pub}">21.02.2024, 09:40 Uhr</time> &middot; 2&nbsp;Min.</p>
        {merken_button("post-head__bookmark")}
      </div>
      <div class="post-body">
        <div class="post-body__text" itemprop="articleBody">
{render_blocks(blocks, indent="          ")}
        </div>
      </div>
      <section class="post-topics">
        <h2>Mehr zu diesem Thema</h2>
        <ul>
          <li><a href="{B}/tag/signal/">Signal</a></li>
          <li><a href="{B}/tag/messenger/">Messenger</a></li>
          <li><a href="{B}/tag/datenschutz/">Datenschutz</a></li>
        </ul>
      </section>
{share_block(url, title, variant=1)}
    </article>
{newsletter_box(1)}
{comments()}
  </main>
{page_tail()}'''
    write(path, page)
    exp = expected_item(
        id="1613579",
        url=EB + path,
        title=title,
        lead=lead,
        body=body,
        related_links=[],
        authors=[author],
        published=pub,
        modified=mod,
        section="Security",
        tags=["Signal", "Messenger", "Datenschutz"],
        image=None,
        reading_time_min=2,
        paywalled=False,
        page_count=1,
    )
    exp.update(structure([blocks]))
    article(
        path,
        "No lead image: no <figure>, no JSON-LD image; og:image is only the site's generic default "
        "logo (t3n-og-default.png), which is not a lead image -> image null. Redesign markup: no "
        ".c-entry and no .c-article__headline (h1.post-head__title; body in .post-body__text), "
        "kicker is a link inside a <p>, lead is a <div> wrapping a <p>, byline/date/reading time "
        "('2&nbsp;Min.') in one <p>, ads are Google <ins class=\"adsbygoogle\"> with 'Anzeige' "
        "labels. A body paragraph legitimately contains the word 'Anzeige' ('Anzeige bei der "
        "Polizei erstatten') and must stay. No related links.",
        exp,
    )


# ==========================================================================
# 10. Screenshot credit; redesign markup (variant 3)


def page_screenshot():
    path = "/news/google-maps-immersive-routenansicht-deutschland-1620488/"
    url = B + path
    title = "Google Maps: Immersive Routenansicht startet in Deutschland"
    lead = (
        "Google Maps zeigt Routen jetzt auch in Deutschland als 3D-Vorschau mit Wetter und "
        "Verkehrsprognose. Zum Start ist die Funktion aber nur in wenigen Städten verfügbar."
    )
    img = "https://cdn.t3n.de/news/wp-content/uploads/2024/05/google-maps-immersive-view-routen.png"
    cap = "So sieht die immersive Routenansicht in Google Maps aus."
    credit = "Google / t3n"
    pub, mod = "2024-05-15T19:05:00+02:00", "2024-05-16T07:30:00+02:00"
    author = "Paul Wendland"
    x = (
        "/news/google-maps-gemini-ki-funktionen-1618207/",
        "Google Maps bekommt KI-Funktionen: So hilft Gemini bei der Suche",
    )
    inline = """          <figure class="article-figure article-figure--inline">
            <img src="https://cdn.t3n.de/news/wp-content/uploads/2024/05/google-maps-immersive-staedte.png" alt="Karte mit den unterstützten Städten" loading="lazy">
            <figcaption class="article-figure__caption">In diesen Städten ist die Ansicht zum Start verfügbar. <span class="article-figure__credit">(Abbildung: Google)</span></figcaption>
          </figure>"""
    RAW_BLOCKS[inline] = [
        {
            "type": "image",
            "url": "https://cdn.t3n.de/news/wp-content/uploads/2024/05/google-maps-immersive-staedte.png",
            "caption": "In diesen Städten ist die Ansicht zum Start verfügbar.",
            "credit": "Google",
            "width": None,
            "height": None,
        }
    ]
    blocks = [
        (
            "p",
            "Google hat die sogenannte immersive Ansicht für Routen in Deutschland freigeschaltet. Wer in Google "
            "Maps eine Route plant, kann sich den Weg vorab als dreidimensionalen Überflug anzeigen lassen – "
            "inklusive Radwegen, Ampeln und Parkmöglichkeiten am Ziel.",
        ),
        (
            "raw",
            """          <div class="adsbygoogle" data-ad-format="fluid">
            <span class="adsbygoogle__label">Anzeige</span>
            <span class="adsbygoogle__label adsbygoogle__label--mobile">Anzeige</span>
          </div>""",
        ),
        (
            "p",
            "Ein Zeitregler zeigt zudem, wie sich Verkehr und Wetter entlang der Strecke im Tagesverlauf "
            "voraussichtlich entwickeln. Google berechnet dafür historische Verkehrsdaten und aktuelle "
            "Wetterprognosen.",
        ),
        ("raw", inline),
        (
            "p",
            "Zum Start funktioniert die Ansicht in Berlin, Hamburg, München, Frankfurt am Main und Köln. "
            "Weitere Städte sollen im Laufe des Jahres folgen. Voraussetzung ist die aktuelle Version der App "
            "für Android oder iOS.",
        ),
        (
            "raw",
            f'''          <aside class="article-crosslink">
            <p><span>Ebenfalls interessant:</span> <a href="{B}{x[0]}#comments">{x[1]}</a></p>
          </aside>''',
        ),
        ("h3", "Rechenintensive Technik"),
        (
            "p",
            "Für die Ansicht kombiniert Google Milliarden von Street-View- und Luftbildern mithilfe von "
            "Neural Radiance Fields, einer KI-Technik, die aus zweidimensionalen Fotos dreidimensionale "
            "Szenen erzeugt.",
        ),
    ]
    body = body_text([blocks])
    ld = jsonld_article(
        url, title, lead, pub, mod, [person(author)], img, "Google Maps, Google, Apps", "Apps", ld_body(blocks)
    )
    dl = {
        "article.headline": title,
        "article.author": author,
        "article.publication_date": pub,
        "article.section": "Apps",
    }
    m = dict(
        doc_title=title + SUFFIX,
        description=lead,
        authors_meta=author,
        canonical=url,
        og_title=title,
        og_image=img,
        published=pub,
        modified=mod,
        section="Apps",
    )
    page = f'''{head(m, ld, dl)}
<body class="single single-post postid-1620488">
{noscript_note()}
{site_header()}
{ad_top()}
  <main id="main-content" class="c-main">
    <article class="c-article c-article--v3">
      <div class="c-article__header">
        <div class="c-article__kicker"><span>Apps</span></div>
        <div class="c-article__headline"><h1>{title}</h1></div>
        <div class="c-article__lead"><p>{lead}</p></div>
        <p class="c-article__meta">
          Von {byline_links([author])}
          <time datetime="{pub}">15. Mai 2024</time>
          <span>3 Min. Lesezeit</span>
        </p>
        {merken_button()}
      </div>
      <figure class="article-figure article-figure--hero">
        <picture>
          <source type="image/webp" srcset="{img}?format=webp 1x">
          <img src="{img}" alt="Immersive Routenansicht in Google Maps" width="1280" height="720">
        </picture>
        <figcaption class="article-figure__caption">{cap} <span class="article-figure__credit">(Screenshot: {credit})</span></figcaption>
      </figure>
      <section class="c-article-body">
        <div class="c-article-body__content">
{render_blocks(blocks, indent="          ")}
        </div>
      </section>
{suggest_block([("Google Maps", "/tag/google-maps/"), ("Google", "/tag/google/"), ("Apps", "/tag/apps/")], [])}
{share_block(url, title)}
    </article>
{newsletter_box()}
{comments()}
  </main>
{page_tail()}'''
    write(path, page)
    exp = expected_item(
        id="1620488",
        url=EB + path,
        title=title,
        lead=lead,
        body=body,
        related_links=[{"url": EB + x[0], "title": x[1]}],
        authors=[author],
        published=pub,
        modified=mod,
        section="Apps",
        tags=["Google Maps", "Google", "Apps"],
        image={"url": img, "caption": cap, "credit": credit},
        reading_time_min=3,
        paywalled=False,
        page_count=1,
    )
    exp.update(structure([blocks], {"url": img, "caption": cap, "credit": credit, "width": 1280, "height": 720}))
    article(
        path,
        "Lead image inside <picture> with caption credit '(Screenshot: Google / t3n)'; an inline image "
        "credited '(Abbildung: Google)' (not body, not the lead image). Redesign markup: body is "
        "section.c-article-body > div.c-article-body__content (no .c-entry), lead is a <div> wrapping "
        "a <p>, byline in a <p> with '3 Min. Lesezeit', ad container is div.adsbygoogle, the "
        "'Ebenfalls interessant' crosslink is an <aside> whose link has a #comments fragment "
        "(expected URL without fragment).",
        exp,
    )


# ==========================================================================
# 11. Advertorial (sponsored post) -> dropped


def page_advertorial():
    path = "/news/cloud-migration-mittelstand-ohne-stillstand-1625001/"
    url = B + path
    title = "Cloud-Migration ohne Stillstand: So planen Mittelständler den Umzug"
    lead = (
        "Der Wechsel in die Cloud scheitert selten an der Technik, sondern an der Planung. Worauf "
        "Unternehmen achten sollten, damit der Betrieb während der Migration weiterläuft."
    )
    img = "https://cdn.t3n.de/news/wp-content/uploads/2024/04/nimbra-cloud-rechenzentrum.jpg"
    pub = "2024-04-03T11:00:00+02:00"
    partner = "Nimbra Cloud GmbH"
    blocks = [
        (
            "p",
            "Viele mittelständische Unternehmen betreiben ihre Server noch im eigenen Keller. Steigende "
            "Energiekosten und der Fachkräftemangel machen den Umzug in die Cloud attraktiver denn je.",
        ),
        ("h2", "Schritt für Schritt statt Big Bang"),
        (
            "p",
            "Die Expert:innen von Nimbra Cloud empfehlen, zuerst unkritische Systeme zu migrieren und dabei "
            "Erfahrung zu sammeln. Mit dem Nimbra Migration Assistant lassen sich Workloads im laufenden "
            "Betrieb verschieben.",
        ),
        (
            "p",
            "Jetzt kostenlos beraten lassen: Unter nimbra.example sichern sich Neukund:innen 300 Euro Startguthaben.",
        ),
    ]
    ld = jsonld_article(
        url,
        title,
        lead,
        pub,
        pub,
        [{"@type": "Organization", "name": partner}],
        img,
        "Anzeige, Cloud, Sponsored",
        "Anzeige",
        ld_body(blocks),
    )
    dl = {
        "article.headline": title,
        "article.author": partner,
        "article.publication_date": pub,
        "article.section": "Anzeige",
        "article.type": "advertorial",
        "article.sponsored": True,
    }
    m = dict(
        doc_title=title + " (Anzeige)" + SUFFIX,
        description=lead,
        authors_meta=partner,
        canonical=url,
        og_title=title,
        og_image=img,
        published=pub,
        modified=None,
        section="Anzeige",
    )
    page = f'''{head(m, ld, dl)}
<body class="single single-post postid-1625001 is-advertorial sponsored-post">
{noscript_note()}
{site_header()}
  <main id="main-content" class="c-main">
    <article class="c-article c-article--advertorial" data-sponsored="true">
      <div class="c-advertorial-notice">
        <span class="c-advertorial-notice__label">Anzeige</span>
        <span>Sponsored Post – Dieser Beitrag wurde von unserem Partner {partner} erstellt. Für den Inhalt ist der Partner verantwortlich.</span>
      </div>
      <header class="c-article__header">
        <span class="c-article__kicker c-article__kicker--ad">Anzeige</span>
        <div class="c-article__headline"><h1>{title}</h1></div>
        <p class="c-article__lead">{lead}</p>
        <div class="c-article__meta">
          <span class="c-article__author">Präsentiert von <strong>{partner}</strong></span>
          <time datetime="{pub}">03.04.2024</time>
          <span class="c-article__reading-time">2 Min.</span>
        </div>
      </header>
{figure(img, "Ein modernes Rechenzentrum von Nimbra Cloud.", "Foto", partner)}
      <div class="c-entry">
{render_blocks(blocks)}
      </div>
      <p class="c-advertorial-notice__footer">Dieser Beitrag ist eine bezahlte Anzeige unseres Partners {partner}.</p>
    </article>
{newsletter_box()}
  </main>
{page_tail()}'''
    write(path, page)
    article(
        path,
        "Advertorial (sponsored post): kicker 'Anzeige', 'Sponsored Post' notice, 'Präsentiert von "
        "Nimbra Cloud GmbH', JSON-LD articleSection 'Anzeige' with an Organization as author, dataLayer "
        "article.type 'advertorial', body class is-advertorial. Otherwise looks like a normal article "
        "at a normal /news/<slug>-<id>/ URL. Must not become an item.",
        {"_expect": "dropped", "reason": "advertorial"},
    )


# ==========================================================================


# ==========================================================================
# NAVIGATION: five more articles, home page, listings, topic pages, RSS,
# robots.txt, author pages, non-article pages, _redirects.json and
# expected_crawl.json.
#
# Link shapes on purpose: relative and absolute ({{BASE}}) links, ?utm_*
# parameters, #comments fragments; the same article linked from several
# places (home, /news/, /tag/..., RSS); an old slug that 301-redirects;
# an article disallowed in robots.txt (still served); a deleted article
# (404) in a listing; nav links to pages that do not exist (404).

import email.utils
from datetime import datetime

ROBOTS_ARTICLE = "/news/bewertungsportale-urteil-haendler-1616204/"
REDIRECT_OLD = "/news/eu-ai-act-einigung-trilog-1606617/"
REDIRECT_NEW = "/news/eu-ai-act-einigung-unternehmen-pflichten-1606617/"
DELETED_ARTICLE = "/news/alexa-skills-entwickler-programm-eingestellt-862274/"  # 404 on purpose


def slug_of(name):
    return re.sub(r"[^a-z]+", "-", name.lower().replace("ö", "oe").replace("ä", "ae").replace("ü", "ue")).strip("-")


def simple_article(
    path,
    aid,
    title,
    lead,
    pub,
    mod,
    authors,
    section,
    img,
    cap,
    credit_word,
    credit,
    blocks,
    tags,
    reading,
    notes,
    related=None,
):
    """A plain, current-layout news article (c-article / c-entry) with a visible byline."""
    url = B + path
    related = related or []
    ld = jsonld_article(
        url, title, lead, pub, mod, [person(a) for a in authors], img, ", ".join(tags), section, ld_body(blocks)
    )
    dl = {
        "event": "article_view",
        "article.id": aid,
        "article.headline": title,
        "article.author": ", ".join(authors),
        "article.publication_date": pub.replace("T", " ")[:19],
        "article.section": section,
        "article.type": "news",
        "article.paywall": False,
        "page.type": "article",
    }
    m = dict(
        doc_title=title + SUFFIX,
        description=lead,
        authors_meta=", ".join(authors),
        canonical=url,
        og_title=title,
        og_image=img,
        published=pub,
        modified=mod,
        section=section,
    )
    dt = datetime.fromisoformat(pub)
    rel_html = "".join(
        f'\n        <p><strong>Ebenfalls interessant:</strong> <a href="{B}{u}">{t}</a></p>' for u, t in related
    )
    fig = figure(img, cap, credit_word, credit) if img else ""
    tag_links = [(t, f"{B}/tag/{slug_of(t)}/") for t in tags]
    page = f'''{head(m, ld, dl)}
<body class="single single-post postid-{aid} t3n-news">
{noscript_note()}
{site_header()}
{ad_top()}
  <main id="main-content" class="c-main">
    <article class="c-article" id="post-{aid}">
      <header class="c-article__header">
        <span class="c-article__kicker">{section}</span>
        <div class="c-article__headline">
          <h1>{title}</h1>
        </div>
        <p class="c-article__lead">{lead}</p>
        <div class="c-article__meta">
          <span class="c-article__author">Von {byline_links(authors)}</span>
          <time class="c-article__date" datetime="{pub}">{dt.strftime("%d.%m.%Y, %H:%M")} Uhr</time>
          <span class="c-article__reading-time">{reading} Min.</span>
          {merken_button()}
        </div>
      </header>
{ad_c()}
{fig}
      <div class="c-entry">
{render_blocks(blocks)}{rel_html}
      </div>
{suggest_block(tag_links, [])}
{share_block(url, title)}
    </article>
{newsletter_box()}
{comments()}
  </main>
{page_tail()}'''
    write(path, page)
    exp = expected_item(
        id=aid,
        url=EB + path,
        title=title,
        lead=lead,
        body=body_text([blocks]),
        related_links=[{"url": EB + u, "title": t} for u, t in related],
        authors=list(authors),
        published=pub,
        modified=mod,
        section=section,
        tags=list(tags),
        image={"url": img, "caption": cap, "credit": credit} if img else None,
        reading_time_min=reading,
        paywalled=False,
        page_count=1,
    )
    exp.update(structure([blocks], lead_figure(img, cap, credit) if img else None))
    article(path, notes, exp)


def page_homeoffice():
    simple_article(
        "/news/homeoffice-pflicht-ende-unternehmen-umfrage-1395530/",
        "1395530",
        "Ende der Homeoffice-Pflicht: Die meisten Unternehmen bleiben flexibel",
        "Seit dem 1. Juli müssen Arbeitgeber kein Homeoffice mehr anbieten. Eine Umfrage zeigt: Die große "
        "Rückkehr ins Büro bleibt trotzdem aus.",
        "2021-07-06T11:20:00+02:00",
        "2021-07-06T14:02:00+02:00",
        ["Sabine Roth"],
        "Karriere",
        "https://cdn.t3n.de/news/wp-content/uploads/2021/07/homeoffice-laptop-kueche.jpg",
        "Viele Beschäftigte arbeiten weiterhin zumindest teilweise von zu Hause.",
        "Foto",
        "fizkes / Shutterstock.com",
        [
            (
                "p",
                "Die Homeoffice-Pflicht ist am 30. Juni ausgelaufen. Trotzdem wollen laut einer Umfrage des "
                "Digitalverbands unter 600 Unternehmen mehr als zwei Drittel ihren Beschäftigten weiterhin "
                "anbieten, mehrere Tage pro Woche von zu Hause aus zu arbeiten.",
            ),
            ("raw", ad_c()),
            (
                "p",
                "Nur etwa jedes zehnte Unternehmen plant, alle Mitarbeitenden vollständig ins Büro "
                "zurückzuholen. Als Gründe nennen die Firmen vor allem die Zusammenarbeit im Team und die "
                "Einarbeitung neuer Kolleg:innen.",
            ),
            ("h2", "Hybride Modelle setzen sich durch"),
            (
                "p",
                "Die meisten Befragten setzen auf hybride Modelle mit festen Bürotagen. Dafür werden Büros "
                "umgebaut: weniger feste Arbeitsplätze, mehr Räume für Besprechungen und Projektarbeit.",
            ),
        ],
        ["Homeoffice", "Arbeit", "Umfrage"],
        3,
        "Simple article, reachable ONLY from page 3 of /news/ (/news/page/3/, absolute link). Current "
        "layout with a visible byline (author has no /redaktion/ page: the link 404s) and <time>. Tags from "
        "the 'Mehr zu diesem Thema' tag links and JSON-LD keywords. No related links.",
    )


def page_raspi():
    simple_article(
        "/news/raspberry-pi-400-test-tastatur-computer-1359902/",
        "1359902",
        "Raspberry Pi 400 im Test: Ein ganzer Computer in der Tastatur",
        "Der Raspberry Pi 400 steckt komplett in einer kompakten Tastatur. Wir haben ausprobiert, ob er als "
        "Alltagsrechner taugt.",
        "2021-02-23T15:00:00+01:00",
        "2021-02-24T09:12:00+01:00",
        ["Henrik Vogt"],
        "Hardware",
        "https://cdn.t3n.de/news/wp-content/uploads/2021/02/raspberry-pi-400-tastatur.jpg",
        "Der Raspberry Pi 400 mit Maus und Netzteil.",
        "Foto",
        "t3n",
        [
            (
                "p",
                "Für rund 70 Euro bekommt man beim Raspberry Pi 400 einen vollständigen Rechner mit vier "
                "Gigabyte Arbeitsspeicher, der in einem Tastaturgehäuse untergebracht ist. Monitor, Maus und "
                "Speicherkarte muss man nur noch anschließen.",
            ),
            ("raw", ad_c()),
            (
                "p",
                "Im Test reichte die Leistung für Browser, Textverarbeitung und einfache Programmieraufgaben. "
                "Bei Videokonferenzen und vielen offenen Tabs kam das Gerät allerdings spürbar an seine "
                "Grenzen.",
            ),
            ("h2", "Fazit"),
            (
                "p",
                "Als günstiger Einstieg ins Programmieren oder als Zweitrechner überzeugt der Raspberry Pi 400. "
                "Wer einen vollwertigen Desktop-Ersatz sucht, sollte zu einem stärkeren Gerät greifen.",
            ),
        ],
        ["Raspberry Pi", "Hardware", "Test"],
        4,
        "Simple article, reachable ONLY from page 3 of /news/ (relative link with a utm_campaign parameter). "
        "One 'Ebenfalls interessant' related link (to an article that does not exist in the replica).",
        related=[
            (
                "/news/raspberry-pi-pico-mikrocontroller-1346620/",
                "Raspberry Pi Pico: Der erste Mikrocontroller der Foundation kostet 4 Euro",
            )
        ],
    )


def page_chatbots():
    simple_article(
        "/news/chatbots-kundenservice-umfrage-871305/",
        "871305",
        "Chatbots im Kundenservice: Mehrheit der Deutschen bleibt skeptisch",
        "Immer mehr Unternehmen setzen im Kundenservice auf Chatbots. Die Kundschaft ist davon bislang "
        "wenig begeistert.",
        "2017-11-08T09:30:00+01:00",
        "2017-11-08T09:30:00+01:00",
        ["Henrik Vogt"],
        "KI",
        "https://cdn.t3n.de/news/wp-content/uploads/2017/11/chatbot-kundenservice.jpg",
        "Chatbots sollen Standardanfragen rund um die Uhr beantworten.",
        "Grafik",
        "Shutterstock",
        [
            (
                "p",
                "Nur 28 Prozent der Deutschen würden sich im Kundenservice lieber an einen Chatbot als an einen "
                "Menschen wenden. Das geht aus einer repräsentativen Umfrage hervor, die ein Marktforschungsinstitut "
                "im Oktober durchgeführt hat.",
            ),
            (
                "p",
                "Als größten Vorteil sehen die Befragten, dass Chatbots auch nachts und am Wochenende antworten. "
                "Bei komplexen Anliegen wie Reklamationen wünschen sich die meisten aber weiterhin einen "
                "persönlichen Ansprechpartner.",
            ),
            ("raw", ad_c()),
            (
                "p",
                "Unternehmen sollten deshalb klar kennzeichnen, wann ein Bot antwortet, und eine einfache "
                "Übergabe an menschliche Mitarbeiter ermöglichen.",
            ),
        ],
        ["Chatbots", "KI", "Kundenservice"],
        2,
        "Simple article, reachable ONLY from page 2 of the topic listing /tag/ki/ (/tag/ki/page/2/, "
        "relative link), not from /news/ or the feeds.",
    )


def page_ai_act():
    """Article whose old slug 301-redirects here (see _redirects.json)."""
    simple_article(
        REDIRECT_NEW,
        "1606617",
        "EU AI Act: Was Unternehmen nach der Einigung jetzt wissen müssen",
        "Parlament und Mitgliedstaaten haben sich auf die KI-Verordnung geeinigt. Welche Pflichten auf "
        "Unternehmen zukommen und wann sie gelten.",
        "2024-01-22T13:45:00+01:00",
        "2024-01-23T08:05:00+01:00",
        ["Miriam Ostermann"],
        "KI",
        "https://cdn.t3n.de/news/wp-content/uploads/2024/01/eu-parlament-ki-verordnung.jpg",
        "Das EU-Parlament in Straßburg.",
        "Foto",
        "Frederic Legrand – COMEO / Shutterstock.com",
        [
            (
                "p",
                "Nach langen Verhandlungen steht der AI Act. Die Verordnung teilt KI-Systeme nach ihrem Risiko "
                "in Klassen ein und knüpft daran unterschiedlich strenge Pflichten.",
            ),
            ("raw", ad_c()),
            ("h2", "Die wichtigsten Punkte"),
            (
                "ul",
                [
                    "Verboten werden etwa Social Scoring und bestimmte Formen der Emotionserkennung am Arbeitsplatz.",
                    "Hochrisiko-Systeme brauchen ein Risikomanagement und eine menschliche Aufsicht.",
                    "Für Chatbots gilt eine Transparenzpflicht: Nutzer:innen müssen wissen, dass sie mit einer KI sprechen.",
                ],
            ),
            (
                "p",
                "Die meisten Regeln greifen erst zwei Jahre nach Inkrafttreten. Unternehmen sollten die Zeit "
                "nutzen, um ihre KI-Anwendungen zu inventarisieren.",
            ),
        ],
        ["EU", "AI Act", "Regulierung", "KI"],
        4,
        "Redirect target: the old slug " + REDIRECT_OLD + " answers 301 -> this URL (tests/site_b/_redirects.json; "
        "same id 1606617). The OLD path is linked from the home page and /news/page/2/, the NEW path from "
        "/tag/ki/, /rss.xml, /tag/ki/rss.xml and the author page: exactly ONE item, url = the new path "
        "(canonical).",
    )


def page_robots():
    simple_article(
        ROBOTS_ARTICLE,
        "1616204",
        "Bewertungsportale: Was ein neues Urteil für Händler bedeutet",
        "Ein Gericht hat entschieden, wann Händler negative Bewertungen löschen lassen dürfen. Was das für "
        "Onlineshops bedeutet.",
        "2024-03-01T10:00:00+01:00",
        "2024-03-01T10:00:00+01:00",
        ["Lea Sommerfeld"],
        "E-Commerce",
        "https://cdn.t3n.de/news/wp-content/uploads/2024/03/bewertung-sterne-smartphone.jpg",
        "Bewertungen sind für viele Onlineshops geschäftskritisch.",
        "Foto",
        "Tero Vesalainen / Shutterstock.com",
        [
            (
                "p",
                "Händler können sich gegen erfundene Bewertungen wehren, müssen dafür aber konkret darlegen, "
                "dass kein Kundenkontakt stattgefunden hat. Das hat ein Oberlandesgericht entschieden.",
            ),
            ("raw", ad_c()),
            (
                "p",
                "Bewertungsportale müssen nach einer solchen Beanstandung prüfen, ob die Bewertung auf einem "
                "echten Kauf beruht, und sie andernfalls entfernen.",
            ),
        ],
        ["E-Commerce", "Recht", "Bewertungen"],
        2,
        "DISALLOWED in robots.txt (Disallow: " + ROBOTS_ARTICLE + "). Linked from /news/ page 1 (relative) and "
        "/rss.xml (with utm params): a crawler that obeys robots.txt never fetches it, so it is NOT in "
        "expected_crawl.json. The page exists and is a normal article; expected.json is what a parser should "
        "make of it if fetched directly.",
    )


# ---- registry of teaser data ------------------------------------------------


def teaser_info():
    """id -> dict(path,title,lead,authors,pub,kicker,img) for every article page."""
    info = {}
    for path, notes, exp in ALL:
        if exp.get("_expect"):
            continue
        info[exp["id"]] = dict(
            path=path,
            title=exp["title"],
            lead=exp["lead"],
            authors=exp["authors"],
            pub=exp["published"],
            kicker=exp["section"],
            img=(exp["image"] or {}).get("url"),
        )
    info["1625001"] = dict(
        path="/news/cloud-migration-mittelstand-ohne-stillstand-1625001/",
        title="Cloud-Migration ohne Stillstand: So planen Mittelständler den Umzug",
        lead="Der Wechsel in die Cloud scheitert selten an der Technik, sondern an der Planung. Worauf "
        "Unternehmen achten sollten, damit der Betrieb während der Migration weiterläuft.",
        authors=[],
        partner="Nimbra Cloud GmbH",
        pub="2024-04-03T11:00:00+02:00",
        kicker="Anzeige",
        img="https://cdn.t3n.de/news/wp-content/uploads/2024/04/nimbra-cloud-rechenzentrum.jpg",
        sponsored=True,
    )
    return info


def href(path, style):
    """style: rel | abs | utm / utmcamp (relative + utm) | absutm | comments (absolute + #comments) | relcomments"""
    if style == "rel":
        return path
    if style == "abs":
        return B + path
    if style == "utm":
        return path + "?utm_source=t3n&amp;utm_medium=listing"
    if style == "utmcamp":
        return path + "?utm_campaign=archiv&amp;utm_source=t3n"
    if style == "absutm":
        return B + path + "?utm_source=t3n&amp;utm_medium=teaser&amp;utm_campaign=startseite"
    if style == "comments":
        return B + path + "#comments"
    if style == "relcomments":
        return path + "#comments"
    raise ValueError(style)


def de_date(iso):
    return datetime.fromisoformat(iso).strftime("%d.%m.%Y")


def list_teaser(t, style, indent="      ", cls="c-teaser c-teaser--list", comments_n=None, hx="h2"):
    h = href(t["path"], style)
    sponsored = t.get("sponsored")
    aid = re.search(r"-(\d+)/$", t["path"]).group(1)
    lines = [f'<article class="{cls}{" c-teaser--sponsored" if sponsored else ""}" data-post-id="{aid}">']
    if t.get("img"):
        lines.append(
            f'  <a class="c-teaser__image" href="{h}" tabindex="-1" aria-hidden="true">'
            f'<img src="{t["img"]}?w=400" alt="" loading="lazy" width="400" height="225"></a>'
        )
    lines.append('  <div class="c-teaser__content">')
    lines.append(f'    <span class="c-teaser__kicker">{t["kicker"]}</span>')
    lines.append(
        f'    <{hx} class="c-teaser__headline"><a class="c-teaser__link" href="{h}">{html.escape(t["title"], quote=False)}</a></{hx}>'
    )
    lines.append(f'    <p class="c-teaser__text">{html.escape(t["lead"], quote=False)}</p>')
    if sponsored:
        by = f'<span class="c-teaser__partner">Präsentiert von {t["partner"]}</span>'
    else:
        by = "Von " + " und ".join(
            f'<a class="c-teaser__author" href="/redaktion/{slug_of(a)}/">{a}</a>' for a in t["authors"]
        )
    meta = f'{by} · <time datetime="{t["pub"]}">{de_date(t["pub"])}</time>'
    if comments_n is not None:
        meta += f' · <a class="c-teaser__comments" href="{href(t["path"], "relcomments")}">{comments_n} {"Kommentar" if comments_n == 1 else "Kommentare"}</a>'
    lines.append(f'    <div class="c-teaser__meta">{meta}</div>')
    lines.append("  </div>")
    lines.append("</article>")
    return "\n".join(indent + ln for ln in lines)


NAV_TOPICS = [
    ("Software", "software"),
    ("KI", "ki"),
    ("Security", "security"),
    ("Marketing", "marketing"),
    ("E-Mobilität", "e-mobilitaet"),
]


def nav_header():
    """Site header of home/listing pages: main navigation, services, shop, login, social."""
    topics = "\n".join(
        f'          <li class="c-navigation__item"><a href="{B if i % 2 == 0 else ""}/tag/{s}/">{n}</a></li>'
        for i, (n, s) in enumerate(NAV_TOPICS)
    )
    return f'''  <header class="c-header" id="header">
    <div class="c-header__topbar">
      <ul class="c-header__social">
        <li><a href="https://www.linkedin.com/company/t3n" rel="noopener" target="_blank">LinkedIn</a></li>
        <li><a href="https://mastodon.social/@t3n" rel="me noopener" target="_blank">Mastodon</a></li>
        <li><a href="https://www.instagram.com/t3n_magazin/" rel="noopener" target="_blank">Instagram</a></li>
        <li><a href="https://www.youtube.com/@t3nMagazin" rel="noopener" target="_blank">YouTube</a></li>
      </ul>
      <a class="c-header__pro-teaser" href="{B}/pro/?utm_source=t3n&amp;utm_medium=topbar">Jetzt t3n Pro testen</a>
    </div>
    <div class="c-header__inner">
      <a class="c-header__logo" href="{B}/"><img src="https://cdn.t3n.de/assets/img/t3n-logo.svg" alt="t3n – digital pioneers"></a>
      <nav class="c-navigation" aria-label="Hauptmenü">
        <ul class="c-navigation__list">
          <li class="c-navigation__item"><a href="/news/">News</a></li>
{topics}
          <li class="c-navigation__item"><a href="{B}/magazin/">Magazin</a></li>
          <li class="c-navigation__item c-navigation__item--pro"><a href="/pro/">t3n Pro</a></li>
          <li class="c-navigation__item"><a href="{B}/jobs/">Jobs</a></li>
          <li class="c-navigation__item"><a href="/events/">Events</a></li>
          <li class="c-navigation__item"><a href="{B}/newsletter/?utm_source=t3n&amp;utm_medium=navigation">Newsletter</a></li>
          <li class="c-navigation__item"><a href="https://shop.t3n.de/?utm_source=t3n&amp;utm_medium=navigation">Shop</a></li>
        </ul>
      </nav>
      <form class="c-header__search" action="{B}/suche/" method="get" role="search">
        <input type="search" name="q" placeholder="Suche"><button type="submit">Suchen</button>
      </form>
      <a class="c-header__searchlink" href="/suche/">Suche</a>
      <a class="c-header__account" href="{B}/login/?redirect_to=%2F">Anmelden</a>
      <a class="c-header__register" href="/registrieren/">Registrieren</a>
    </div>
  </header>'''


def mostread_box(info):
    items = [("1590213", "absutm"), ("1561234", "rel"), ("1349214", "comments")]
    lis = "\n".join(
        f'        <li class="c-mostread__item"><a href="{href(info[i]["path"], s)}">{html.escape(info[i]["title"], quote=False)}</a></li>'
        for i, s in items
    )
    return f"""    <aside class="c-sidebar c-sidebar--mostread" aria-label="Meistgelesen">
      <h2 class="c-sidebar__title">Meistgelesen</h2>
      <ol class="c-mostread">
{lis}
      </ol>
    </aside>"""


def nav_head(
    title,
    canonical,
    description,
    prev=None,
    nxt=None,
    feed=None,
    robots="index, follow",
    ldtype="CollectionPage",
    og_type="website",
    extra="",
):
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": ldtype,
                "@id": canonical,
                "url": canonical,
                "name": title,
                "inLanguage": "de-DE",
                "isPartOf": {"@id": B + "/#website"},
            },
            {
                "@type": "WebSite",
                "@id": B + "/#website",
                "url": B + "/",
                "name": "t3n – digital pioneers",
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": B + "/suche/?q={search_term_string}",
                    "query-input": "required name=search_term_string",
                },
            },
            {
                "@type": "Organization",
                "@id": B + "/#organization",
                "name": "t3n",
                "url": B + "/",
                "sameAs": ["https://www.linkedin.com/company/t3n", "https://mastodon.social/@t3n"],
            },
        ],
    }
    lines = [
        "<!DOCTYPE html>",
        '<html lang="de-DE" class="no-js">',
        "<head>",
        '  <meta charset="UTF-8">',
        '  <meta name="viewport" content="width=device-width, initial-scale=1">',
        f"  <title>{html.escape(title)}</title>",
        f'  <meta name="description" content="{A(description)}">',
        f'  <meta name="robots" content="{robots}">',
        f'  <link rel="canonical" href="{canonical}">',
    ]
    if prev:
        lines.append(f'  <link rel="prev" href="{prev}">')
    if nxt:
        lines.append(f'  <link rel="next" href="{nxt}">')
    lines += [
        '  <meta property="og:locale" content="de_DE">',
        f'  <meta property="og:type" content="{og_type}">',
        '  <meta property="og:site_name" content="t3n Magazin">',
        f'  <meta property="og:title" content="{A(title)}">',
        f'  <meta property="og:description" content="{A(description)}">',
        f'  <meta property="og:url" content="{canonical}">',
        '  <meta property="og:image" content="https://cdn.t3n.de/assets/img/t3n-og-default.png">',
        '  <link rel="stylesheet" href="https://cdn.t3n.de/assets/css/main.4f2a9c.css">',
        '  <link rel="alternate" type="application/rss+xml" title="t3n News" href="' + B + '/rss.xml">',
    ]
    if feed:
        lines.append(f'  <link rel="alternate" type="application/rss+xml" title="{A(feed[0])}" href="{feed[1]}">')
    if extra:
        lines.append(extra)
    lines += [
        '  <link rel="icon" href="https://cdn.t3n.de/assets/favicon.ico">',
        '  <script type="application/ld+json">' + json.dumps(graph, ensure_ascii=False) + "</script>",
        "  <script>\n    window.dataLayer = window.dataLayer || [];\n    dataLayer.push("
        + json.dumps({"page.type": ldtype.lower()})
        + ");\n  </script>",
        '  <script async src="https://cdn.t3n.de/assets/js/main.4f2a9c.js"></script>',
        "</head>",
    ]
    return "\n".join(lines)


def pagination(base_path, page, last, abs_links=True):
    """WordPress paginate_links() markup; page 1 is base_path itself, later pages base_path/page/N/."""

    def u(n):
        p = base_path if n == 1 else f"{base_path}page/{n}/"
        return (B + p) if abs_links else p

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{u(page - 1)}">« Zurück</a>')
    for n in range(1, last + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{u(n)}">{n}</a>')
    if page < last:
        parts.append(f'<a class="next page-numbers" href="{u(page + 1)}">Weiter »</a>')
    inner = "\n        ".join(parts)
    return f"""    <nav class="navigation pagination" aria-label="Beiträge">
      <h2 class="screen-reader-text">Beitragsnavigation</h2>
      <div class="nav-links">
        {inner}
      </div>
    </nav>"""


def listing_page(path, page, last, heading, description, teasers, body_cls, info, feed=None, abs_links=True, intro=""):
    base = path
    cur = base if page == 1 else f"{base}page/{page}/"
    canonical = B + cur
    prev = None if page == 1 else B + (base if page == 2 else f"{base}page/{page - 1}/")
    nxt = None if page == last else B + f"{base}page/{page + 1}/"
    title = heading + (f" – Seite {page} von {last}" if page > 1 else "") + SUFFIX
    rows = "\n".join(list_teaser(info[i], s, comments_n=c) for i, s, c in teasers)
    pag = pagination(base, page, last, abs_links) if last > 1 else ""
    paged = f" paged paged-{page}" if page > 1 else ""
    return f"""{nav_head(title, canonical, description, prev, nxt, feed)}
<body class="archive {body_cls}{paged}">
{noscript_note()}
{nav_header()}
{ad_top()}
  <div class="c-layout c-layout--archive">
  <main id="main-content" class="c-main c-archive">
    <header class="c-archive__header">
      <h1 class="c-archive__title">{heading}</h1>
{intro}
    </header>
    <div class="c-archive__list">
{rows}
    </div>
{pag}
  </main>
{mostread_box(info)}
  </div>
{page_tail()}"""


def write_file(relpath, content):
    full = os.path.join(HERE, relpath)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(content)


# ---- the pages ---------------------------------------------------------------

NEWS_PAGES = [
    # (id, link style, comment count or None)
    [
        ("1620488", "rel", 4),
        ("1625001", "abs", None),
        ("1623458", "utm", 12),
        ("1616204", "rel", None),
        ("1613579", "rel", 2),
    ],
    [
        ("1606617-old", "abs", 7),
        ("1601122", "rel", None),
        ("1590213", "utm", 3),
        ("1561234", "abs", None),
        ("1459876", "rel", 1),
    ],
    [("1395530", "abs", None), ("1359902", "utmcamp", 5), ("1349214", "rel", 9), ("887412", "abs", None)],
]
TAG_PAGES = {
    "software": (
        "Software",
        "Alles rund um Software, Entwicklung und Open Source.",
        [[("1590213", "abs", 3), ("1587342", "rel", None), ("1459876", "abs", 1), ("887412", "relcomments", None)]],
    ),
    "ki": (
        "KI",
        "News und Hintergründe zu künstlicher Intelligenz.",
        [
            [("1620488", "abs", None), ("1623458", "rel", 12), ("1606617", "abs", 7)],
            [("871305", "rel", None), ("deleted", "abs", None)],
        ],
    ),
    "security": (
        "Security",
        "IT-Sicherheit, Datenschutz und Privatsphäre.",
        [[("1613579", "rel", 2), ("1349214", "absutm", 9)]],
    ),
}
RSS_ALL = ["1620488", "1625001", "1623458", "1616204", "1613579", "1606617", "1601122", "1590213"]
RSS_KI = ["1620488", "1623458", "1606617"]
AUTHOR_PAGES = {
    "Jonas Kettler": ("Redakteur für Security und Social Media.", ["1613579", "1349214"]),
    "Felix Brandhorst": ("Schreibt seit 2016 über Apps und Mobilität.", ["1459876", "887412"]),
    "Miriam Ostermann": ("Redakteurin für KI und Arbeitswelt, t3n Pro.", ["1623458", "1606617"]),
}


def fix_info(info):
    info["1606617-old"] = dict(info["1606617"], path=REDIRECT_OLD)
    info["deleted"] = dict(
        path=DELETED_ARTICLE,
        title="Amazon stellt Förderprogramm für Alexa-Skills ein",
        lead="Entwickler bekommen für erfolgreiche Skills künftig keine Prämien mehr.",
        authors=["Henrik Vogt"],
        pub="2017-10-24T12:00:00+02:00",
        kicker="KI",
        img=None,
    )
    return info


def page_home(info):
    hero = info["1620488"]
    h = href(hero["path"], "abs")
    hero_html = f'''      <article class="c-teaser c-teaser--hero" data-post-id="1620488">
        <a class="c-teaser__image" href="{h}"><img src="{hero["img"]}?w=1200" alt="" width="1200" height="675"></a>
        <span class="c-teaser__kicker">{hero["kicker"]}</span>
        <h2 class="c-teaser__headline"><a href="{h}">{html.escape(hero["title"], quote=False)}</a></h2>
        <p class="c-teaser__text">{html.escape(hero["lead"], quote=False)}</p>
        <div class="c-teaser__meta">Von <a href="{B}/redaktion/paul-wendland/">Paul Wendland</a> · <time datetime="{hero["pub"]}">{de_date(hero["pub"])}</time></div>
      </article>'''
    latest = [
        ("1625001", "rel", None),
        ("1623458", "absutm", 12),
        ("1613579", "abs", 2),
        ("1606617-old", "rel", 7),
        ("1601122", "comments", None),
    ]
    rows = "\n".join(
        list_teaser(info[i], s, indent="      ", cls="c-teaser c-teaser--small", comments_n=c, hx="h3")
        for i, s, c in latest
    )
    mag = list_teaser(info["1587342"], "abs", indent="      ", cls="c-teaser c-teaser--magazine", hx="h3")
    topics = "\n".join(
        f'        <li><a class="c-tag" href="{"" if i % 2 else B}/tag/{s}/">{n}</a></li>'
        for i, (n, s) in enumerate(NAV_TOPICS)
    )
    page = f'''{
        nav_head(
            "t3n – digital pioneers | Das Magazin für digitales Business",
            B + "/",
            "t3n ist das Magazin für digitale Pioniere: News, Analysen und Ratgeber zu Software, KI, Security, E-Mobilität und digitalem Business.",
            ldtype="WebPage",
        )
    }
<body class="home page-template page-template-frontpage">
{noscript_note()}
{nav_header()}
{ad_top()}
  <div class="c-layout c-layout--home">
  <main id="main-content" class="c-main c-home">
    <h1 class="screen-reader-text">t3n – digital pioneers</h1>
    <section class="c-home__top" aria-label="Aufmacher">
{hero_html}
    </section>
{ad_c()}
    <section class="c-home__latest">
      <h2 class="c-section-title">Neueste Artikel</h2>
{rows}
      <p class="c-home__more"><a class="c-button" href="{B}/news/">Alle News</a></p>
    </section>
    <section class="c-home__magazine">
      <h2 class="c-section-title"><a href="/magazin/">Aus dem Magazin</a></h2>
{mag}
    </section>
    <section class="c-home__topics">
      <h2 class="c-section-title">Themen</h2>
      <ul class="c-tags">
{topics}
      </ul>
    </section>
    <section class="c-home__services">
      <a href="/jobs/?utm_source=t3n&amp;utm_medium=home">t3n Jobs: Finde deinen nächsten Job in der Digitalbranche</a>
      <a href="{B}/events/">Events &amp; Konferenzen</a>
      <a href="{B}/pro/">t3n Pro: Alle Artikel ohne Paywall</a>
    </section>
{newsletter_box()}
  </main>
{mostread_box(info)}
  </div>
{page_tail()}'''
    write("/", page)


def page_listings(info):
    for n, rows in enumerate(NEWS_PAGES, start=1):
        path = "/news/" if n == 1 else f"/news/page/{n}/"
        page = listing_page(
            "/news/",
            n,
            len(NEWS_PAGES),
            "News",
            "Aktuelle News aus der digitalen Wirtschaft – jeden Tag neu auf t3n.",
            rows,
            "category category-news",
            info,
            abs_links=(n != 2),
        )
        write(path, page)
    for slug, (name, desc, pages) in TAG_PAGES.items():
        for n, rows in enumerate(pages, start=1):
            path = f"/tag/{slug}/" if n == 1 else f"/tag/{slug}/page/{n}/"
            feed = (f"t3n » {name} Feed", f"{B}/tag/{slug}/rss.xml") if slug == "ki" else None
            intro = f'      <p class="c-archive__description">{desc}</p>'
            page = listing_page(
                f"/tag/{slug}/",
                n,
                len(pages),
                name,
                desc,
                rows,
                f"tag tag-{slug}",
                info,
                feed=feed,
                abs_links=(n == 1),
                intro=intro,
            )
            write(path, page)


def rss(info, ids, title, self_path, link_path, desc):
    items = []
    for i in ids:
        t = info[i]
        link = f"{B}{t['path']}?utm_source=rss&amp;utm_medium=feed"
        who = ", ".join(t["authors"]) if t["authors"] else t.get("partner", "")
        pub = email.utils.format_datetime(datetime.fromisoformat(t["pub"]))
        cats = "\n".join(f"      <category><![CDATA[{c}]]></category>" for c in [t["kicker"]])
        items.append(f'''    <item>
      <title>{html.escape(t["title"], quote=False)}</title>
      <link>{link}</link>
      <comments>{B}{t["path"]}#comments</comments>
      <dc:creator><![CDATA[{who}]]></dc:creator>
      <pubDate>{pub}</pubDate>
{cats}
      <guid isPermaLink="false">{B}/?p={i}</guid>
      <description><![CDATA[<p>{html.escape(t["lead"], quote=False)}</p><p><a href="{link}">Weiterlesen auf t3n.de</a></p>]]></description>
    </item>''')
    last = email.utils.format_datetime(datetime.fromisoformat(info[ids[0]]["pub"]))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:atom="http://www.w3.org/2005/Atom"
  xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">
  <channel>
    <title>{title}</title>
    <atom:link href="{B}{self_path}" rel="self" type="application/rss+xml"/>
    <link>{B}{link_path}</link>
    <description>{desc}</description>
    <lastBuildDate>{last}</lastBuildDate>
    <language>de-DE</language>
    <sy:updatePeriod>hourly</sy:updatePeriod>
    <sy:updateFrequency>1</sy:updateFrequency>
    <image>
      <url>https://cdn.t3n.de/assets/img/t3n-logo-rss.png</url>
      <title>{title}</title>
      <link>{B}{link_path}</link>
    </image>
{chr(10).join(items)}
  </channel>
</rss>
'''


def page_feeds(info):
    write_file(
        "rss.xml",
        rss(info, RSS_ALL, "t3n News", "/rss.xml", "/", "t3n – digital pioneers: News, Analysen und Ratgeber"),
    )
    write_file(
        "tag/ki/rss.xml",
        rss(
            info, RSS_KI, "t3n » KI", "/tag/ki/rss.xml", "/tag/ki/", "News und Hintergründe zu künstlicher Intelligenz"
        ),
    )


ROBOTS_DISALLOW = ["/suche/", "/pro/", "/login/", "/registrieren/", "/wp-admin/", "/comments/", ROBOTS_ARTICLE]


def page_robots_txt():
    lines = [
        "# robots.txt for t3n.de (offline replica B)",
        "",
        "User-agent: GPTBot",
        "Disallow: /",
        "",
        "User-agent: *",
    ]
    lines += [f"Disallow: {p}" for p in ROBOTS_DISALLOW]
    lines += ["Allow: /wp-admin/admin-ajax.php", ""]
    write_file("robots.txt", "\n".join(lines))


def page_authors(info):
    for name, (bio, ids) in AUTHOR_PAGES.items():
        slug = slug_of(name)
        path = f"/redaktion/{slug}/"
        rows = "\n".join(
            list_teaser(info[i], st, cls="c-teaser c-teaser--author") for i, st in zip(ids, ["rel", "abs"])
        )
        page = f'''{nav_head(name + " – Autor:in" + SUFFIX, B + path, f"Alle Artikel von {name} auf t3n.", ldtype="ProfilePage", og_type="profile")}
<body class="archive author author-{slug}">
{noscript_note()}
{nav_header()}
  <main id="main-content" class="c-main c-author">
    <header class="c-author__header">
      <img class="c-author__avatar" src="https://cdn.t3n.de/redaktion/{slug}.jpg" alt="{name}" width="120" height="120">
      <h1 class="c-author__name">{name}</h1>
      <p class="c-author__bio">{bio}</p>
      <p class="c-author__social"><a href="https://mastodon.social/@{slug.replace("-", "")}" rel="me">Mastodon</a> · <a href="https://www.linkedin.com/in/{slug}/">LinkedIn</a></p>
    </header>
    <section class="c-author__articles">
      <h2>Neueste Artikel von {name}</h2>
{rows}
    </section>
  </main>
{page_tail()}'''
        write(path, page)


def static_page(path, title, body_html, body_cls, ldtype="WebPage"):
    page = f"""{nav_head(title + SUFFIX, B + path, title, ldtype=ldtype)}
<body class="page page-{body_cls}">
{noscript_note()}
{nav_header()}
  <main id="main-content" class="c-main c-page">
    <article class="c-page__content">
      <h1>{title}</h1>
{body_html}
    </article>
  </main>
{page_tail()}"""
    write(path, page)


def page_static():
    static_page(
        "/jobs/",
        "t3n Jobs: Jobs in der Digitalbranche",
        """      <p>Finde deinen nächsten Job bei Startups, Agenturen und Tech-Unternehmen. Über 4.000 Stellenangebote aus Entwicklung, Design, Marketing und Produktmanagement.</p>
      <ul class="c-joblist">
        <li class="c-job"><a href="https://jobs.t3n.de/job/senior-python-developer-berlin-41233?utm_source=t3n">Senior Python Developer (m/w/d)</a> – Nimbra Cloud GmbH, Berlin · <time datetime="2024-05-14">14.05.2024</time></li>
        <li class="c-job"><a href="https://jobs.t3n.de/job/ux-designerin-hamburg-41190?utm_source=t3n">UX-Designer:in</a> – Pixelwerk, Hamburg · <time datetime="2024-05-13">13.05.2024</time></li>
        <li class="c-job"><a href="https://jobs.t3n.de/job/werkstudent-content-hannover-41101?utm_source=t3n">Werkstudent:in Content</a> – yeebase media, Hannover · <time datetime="2024-05-10">10.05.2024</time></li>
      </ul>
      <p><a class="c-button" href="https://jobs.t3n.de/?utm_source=t3n&amp;utm_medium=jobs">Alle Jobs ansehen</a></p>""",
        "jobs",
    )
    static_page(
        "/newsletter/",
        "Die t3n Newsletter",
        f"""      <p class="c-page__lead">Hol dir die wichtigsten News und Analysen aus der digitalen Wirtschaft in dein Postfach – kostenlos und jederzeit kündbar.</p>
      <h2>t3n Daily</h2>
      <p>Jeden Werktag um 6 Uhr: die wichtigsten Digital-News des Tages, kuratiert von der t3n-Redaktion.</p>
      <h2>t3n Weekly</h2>
      <p>Jeden Freitag: die besten Artikel, Ratgeber und Hintergründe der Woche.</p>
      <h2>t3n Pro Insights</h2>
      <p>Für Pro-Mitglieder: exklusive Analysen und Guides aus dem Pro-Bereich.</p>
{newsletter_box()}""",
        "newsletter",
    )
    static_page(
        "/events/",
        "Events &amp; Konferenzen",
        """      <p class="c-page__lead">Konferenzen, Barcamps und Webinare rund um digitale Themen – mit t3n als Veranstalter oder Medienpartner.</p>
      <article class="c-event">
        <h2 class="c-event__title"><a href="https://events.t3n.de/digital-pioneers-summit-2024/">t3n Digital Pioneers Summit 2024</a></h2>
        <p class="c-event__meta"><time datetime="2024-09-12T09:00:00+02:00">12.09.2024</time> · Hamburg</p>
        <p>Zwei Tage Vorträge und Workshops zu KI, Web-Entwicklung und New Work.</p>
      </article>
      <article class="c-event">
        <h2 class="c-event__title"><a href="https://events.t3n.de/webinar-ki-agenten/">Webinar: KI-Agenten in der Praxis</a></h2>
        <p class="c-event__meta"><time datetime="2024-06-04T11:00:00+02:00">04.06.2024</time> · Online</p>
        <p>Wie Unternehmen KI-Agenten sinnvoll einsetzen – mit Beispielen aus dem Mittelstand.</p>
      </article>""",
        "events",
        ldtype="CollectionPage",
    )
    static_page(
        "/pro/",
        "t3n Pro: Dein Vorsprung in der digitalen Wirtschaft",
        """      <p class="c-page__lead">Mit t3n Pro liest du alle Artikel ohne Paywall, werbereduziert und mit exklusiven Guides.</p>
      <ul>
        <li>Alle Pro-Artikel und Guides</li>
        <li>Werbereduziertes Lesen</li>
        <li>Das t3n Magazin als E-Paper</li>
      </ul>
      <p><a class="c-button" href="/pro/abo/?utm_source=t3n&amp;utm_medium=pro">Jetzt 30 Tage kostenlos testen</a></p>""",
        "pro",
    )


def write_redirects():
    data = {REDIRECT_OLD: {"status": 301, "location": B + REDIRECT_NEW}}
    with open(os.path.join(HERE, "_redirects.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def reachable_ids():
    """Article ids linked from home, /news/ pages 1-3, topic pages, the feeds (by construction)."""
    ids = set()
    for rows in NEWS_PAGES:
        ids.update(i for i, _, _ in rows)
    for _, _, pages in TAG_PAGES.values():
        for rows in pages:
            ids.update(i for i, _, _ in rows)
    ids.update(RSS_ALL + RSS_KI)
    ids.update(
        [
            "1620488",
            "1625001",
            "1623458",
            "1613579",
            "1606617-old",
            "1601122",
            "1587342",
            "1590213",
            "1561234",
            "1349214",
        ]
    )  # home page incl. Meistgelesen
    ids = {i.replace("-old", "") for i in ids} - {"deleted"}
    return ids


def write_expected_crawl(info):
    ids = reachable_ids()
    dropped = sorted(
        exp_id for p, n, e in ALL if e.get("_expect") == "dropped" for exp_id in [re.search(r"-(\d+)/$", p).group(1)]
    )
    robots_ids = {re.search(r"-(\d+)/$", ROBOTS_ARTICLE).group(1)}
    all_pages = {re.search(r"-(\d+)/$", p).group(1) for p, n, e in ALL}
    assert ids == all_pages, ids ^ all_pages
    arts = []
    for p, n, e in ALL:
        aid = re.search(r"-(\d+)/$", p).group(1)
        if aid in dropped or aid in robots_ids:
            continue
        arts.append({"id": aid, "url": EB + p})
    arts.sort(key=lambda a: a["url"])
    data = {
        "base_placeholder": EB,
        "max_pages": 3,
        "articles": arts,
        "dropped": dropped,
        "robots_disallowed": [ROBOTS_ARTICLE] + [p for p in ROBOTS_DISALLOW if p != ROBOTS_ARTICLE],
        "redirects": {REDIRECT_OLD: REDIRECT_NEW},
        "not_items": [
            "/",
            "/news/",
            "/news/page/2/",
            "/news/page/3/",
            "/tag/software/",
            "/tag/ki/",
            "/tag/ki/page/2/",
            "/tag/security/",
            "/rss.xml",
            "/tag/ki/rss.xml",
            "/redaktion/jonas-kettler/",
            "/redaktion/felix-brandhorst/",
            "/redaktion/miriam-ostermann/",
            "/jobs/",
            "/newsletter/",
            "/events/",
            "/pro/",
        ],
        "notes": "Start at {base}/. Articles are reached through the home page, /news/ (3 pages, "
        "WordPress /news/page/N/, rel=next + pagination nav), /tag/software/, /tag/ki/ (2 pages), "
        "/tag/security/ and the feeds. 1395530 and 1359902 are only on /news/page/3/, 871305 only on "
        "/tag/ki/page/2/. 1606617 is linked under an old slug that 301-redirects to its new slug "
        "(also linked directly): one item with the new url. 1616204 is linked but disallowed by "
        "robots.txt. 1625001 is an advertorial (dropped). Links carry utm params / #comments and "
        "mix relative and absolute forms: every article exactly once. A deleted article (404) is "
        "linked from /tag/ki/page/2/; nav links /magazin/, /tag/marketing/, /tag/e-mobilitaet/ 404.",
    }
    with open(os.path.join(HERE, "expected_crawl.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return data


def navigation():
    info = fix_info(teaser_info())
    page_home(info)
    page_listings(info)
    page_feeds(info)
    page_robots_txt()
    page_authors(info)
    page_static()
    write_redirects()
    return write_expected_crawl(info)


def main():
    page_parler()
    page_pro()
    page_old()
    page_nojsonld()
    page_multi()
    page_lists()
    page_related()
    page_magazine()
    page_noimage()
    page_screenshot()
    page_advertorial()
    page_homeoffice()
    page_raspi()
    page_chatbots()
    page_ai_act()
    page_robots()
    for path, notes, exp in ALL:
        write_json(path, "expected.json", exp)
        write_json(path, "meta.json", {"path": path, "notes": notes})
    crawl = navigation()
    print(f"wrote {len(ALL)} articles; expected crawl: {len(crawl['articles'])} items")


if __name__ == "__main__":
    main()
