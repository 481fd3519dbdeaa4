#!/usr/bin/env python3
"""Generator for site_c: a third, independent offline replica of t3n.de.

Written only from the public description of the site (t3n-site.md and a text
rendering of one real page), without looking at the crawler or the other
replicas.  Markup deliberately uses the less obvious variants a redesign or an
older WordPress theme would produce.

Run `python3 tests/site_c/make.py` to regenerate; the output is committed.
Self links are written as `{{BASE}}/...`; expected values as `{base}/...`.
"""

import html
import json
import os
import re
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
B = "{{BASE}}"
PLACEHOLDER_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
PLACEHOLDER_SVG = (
    "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201200%20675'%3E%3C/svg%3E"
)
IMG = "https://images.t3n.de/news/wp-content/uploads"


def esc(s):
    return html.escape(s, quote=True)


def txt(h):
    """What a careful reader sees for one unit of markup."""
    h = re.sub(r"<br\s*/?>", " ", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = html.unescape(h).replace("\xad", "").replace("\xa0", " ")
    return re.sub(r"\s+", " ", h).strip()


# body pieces: ("u", html) is article text, ("x", html) is anything else
def U(h):
    return ("u", h)


def X(h):
    return ("x", h)


def P(h, cls=None):
    c = f' class="{cls}"' if cls else ""
    return U(f"<p{c}>{h}</p>")


def ad_container(copy, slot):
    return X(f'''
<div class="c-ad-container" id="{slot}">
  <span class="c-ad-container__label">Anzeige</span>
  <div class="c-ad c-ad--{slot}"><a href="https://ads.adition.example/click?slot={slot}" rel="sponsored nofollow"><p>{copy}</p></a></div>
  <span class="c-ad-container__label c-ad-container__label--bottom">Anzeige</span>
</div>''')


def aside_ad(copy):
    return X(f"""
<aside class="ad ad--inread" aria-label="Anzeige">
  <div class="ad__label">Anzeige</div>
  <div class="ad__creative"><strong>{copy}</strong></div>
  <div class="ad__label">Anzeige</div>
</aside>""")


def slot_ad(name):
    return X(
        f'<div data-ad-slot="{name}" class="ad-slot" data-label="Anzeige"><span class="ad-slot__label">Anzeige</span></div>'
    )


def adsense(copy=None):
    inner = f'<p class="adsbygoogle__fallback">{copy}</p>' if copy else ""
    return X(f"""<div class="c-ad-container c-ad-container--adsense"><span class="c-ad-container__label">Anzeige</span>
<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-0000000000000000" data-ad-slot="4711" data-ad-format="fluid">{inner}</ins>
<script>(adsbygoogle = window.adsbygoogle || []).push({{}});</script></div>""")


def ebenfalls(path, title, query="?utm_source=crosslink&utm_medium=inline", absolute=True, extra=""):
    href = esc((B if absolute else "") + path + query)
    return X(f'<p><strong>Ebenfalls interessant:</strong> <a href="{href}"{extra}>{esc(title)}</a></p>')


def tg_crosslinks(items, heading="Das könnte dich auch interessieren"):
    lis = "".join(
        f'<li class="tg-crosslinks__item"><a href="{B}{p}?utm_source=t3n&amp;utm_medium=crosslink">{esc(t)}</a></li>'
        for p, t in items
    )
    return X(
        f'<div class="tg-crosslinks"><p class="tg-crosslinks__heading">{heading}</p><ul class="tg-crosslinks__list">{lis}</ul></div>'
    )


def c_crosslinks(items):
    lis = "".join(
        f'<a class="c-crosslinks__link" href="{p}"><span class="c-crosslinks__kicker">Lesetipp</span><span class="c-crosslinks__title">{esc(t)}</span></a>'
        for p, t in items
    )
    return X(f'<div class="c-crosslinks">{lis}</div>')


def fig_inline(src, caption, credit_label, credit):
    return X(f'''<figure class="wp-block-image size-large"><img loading="lazy" src="/img/placeholder.png" data-src="{src}" alt="{esc(caption)}" width="1024" height="576">
<figcaption class="wp-element-caption">{caption} <span class="credit">{credit_label}: {credit}</span></figcaption></figure>''')


NEWSLETTER = """
<div class="c-native-newsletterbox">
  <p class="c-native-newsletterbox__headline">Die wichtigsten Tech-News des Tages – kostenlos per Mail</p>
  <form action="/newsletter/" method="post"><input type="email" name="email" placeholder="Deine E-Mail-Adresse"><button>Jetzt abonnieren</button></form>
  <div class="c-native-newsletterbox__success" hidden>
    <p><strong>Fast fertig!</strong></p>
    <p>Bitte klicke auf den Link in der Bestätigungsmail, um deine Anmeldung abzuschließen.</p>
    <p>Du willst noch weitere Infos zum Newsletter? <a href="/newsletter/">Jetzt mehr erfahren</a></p>
  </div>
</div>"""

COMMUNITY_RULES = """
<details class="c-comments__rules"><summary>Bitte beachte unsere Community-Richtlinien</summary>
<p>Wir freuen uns über kontroverse Diskussionen, die gerne auch mal hitzig geführt werden dürfen. Beleidigende, grob anstößige, rassistische und strafrechtlich relevante Äußerungen und Beiträge tolerieren wir nicht.</p>
<p>Trotz all dieser notwendigen Regeln: Diskutiere kontrovers, sage anderen deine Meinung, trage mit weiterführenden Informationen zum Wissensaustausch bei, aber bleibe dabei fair und respektiere die Meinung anderer.</p>
<p>Dein t3n-Team</p></details>
<p class="c-comments__login">Melde dich mit deinem t3n Account an oder fülle die unteren Felder aus.</p>
<form class="comment-form" action="/wp-comments-post.php" method="post"><textarea name="comment"></textarea><button>Kommentar abschicken</button></form>"""


def comments(items):
    if not items:
        return f'<section id="comments" class="c-comments"><h2 class="c-comments__headline">Schreib den ersten Kommentar!</h2>{COMMUNITY_RULES}</section>'
    lis = "".join(
        f'''
  <li class="comment" id="comment-{cid}"><article class="comment-body">
    <footer class="comment-meta"><b class="fn">{esc(who)}</b> <time datetime="{when}">{when[8:10]}.{when[5:7]}.{when[0:4]}</time></footer>
    <div class="comment-content"><p>{what}</p></div>
    <a class="comment-reply-link" href="#respond">Antworten</a>
  </article></li>'''
        for cid, who, when, what in items
    )
    return f"""<section id="comments" class="c-comments"><h2 class="c-comments__headline">{len(items)} Kommentare</h2>
<ol class="comment-list">{lis}
</ol>{COMMUNITY_RULES}</section>"""


ADBLOCK = """
<div class="c-adblock-notice" hidden>
  <p class="c-adblock-notice__headline">Bitte schalte deinen Adblocker für t3n.de aus!</p>
  <p>Hallo und herzlich willkommen bei t3n!</p>
  <p>Bitte schalte deinen Adblocker für t3n.de aus, um diesen Artikel zu lesen.</p>
  <p>Wir sind ein unabhängiger Publisher mit einem Team von mehr als 75 fantastischen Menschen, aber ohne riesigen Konzern im Rücken. Banner und ähnliche Werbemittel sind für unsere Finanzierung sehr wichtig.</p>
  <p>Schon jetzt und im Namen der gesamten t3n-Crew: vielen Dank für deine Unterstützung! 🙌</p>
  <p>Deine t3n-Crew</p><a href="/adblock-anleitung/">Anleitung zur Deaktivierung</a>
</div>"""

SHARE = """
<div class="c-share">
  <button class="c-share__bookmark">Artikel merken</button>
  <div class="c-share__bookmark-login" hidden><p>Bitte melde dich an, um diesen Artikel in deiner persönlichen Merkliste auf t3n zu speichern.</p><a href="/registrieren/">Jetzt registrieren und merken</a> <p>Du hast schon einen t3n-Account? <a href="/login/">Hier anmelden</a></p></div>
  <a class="c-share__link" href="https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Ft3n.de%2F">Auf LinkedIn teilen</a>
  <button class="c-share__mastodon">Auf Mastodon teilen</button>
  <div class="c-share__mastodon-dialog" hidden><p>Gib die URL deiner Mastodon-Instanz ein, um den Artikel zu teilen.</p><input type="url"></div>
</div>"""

CONSENT = """
<div class="c-consent-overlay" role="dialog" aria-modal="true">
  <p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren.</p>
  <button>Alle akzeptieren</button> <button>Mit Werbung lesen</button> <a href="/pur/">t3n Pur – ohne Werbung</a>
</div>"""

NAV = f'''
<header class="c-header">
  <a class="c-header__logo" href="{B}/" title="t3n – digital pioneers">t3n</a>
  <nav class="c-nav" aria-label="Hauptnavigation"><ul>
    <li><a href="{B}/news/">News</a></li>
    <li><a href="/tag/software/">Software</a></li>
    <li><a href="/tag/ki/">KI</a></li>
    <li><a href="/tag/security/">Security</a></li>
    <li><a href="/pro/">t3n Pro</a></li>
    <li><a href="/jobs/">Jobs</a></li>
    <li><a href="/events/">Events</a></li>
    <li><a href="https://shop.t3n.de/">Shop</a></li>
  </ul></nav>
  <form class="c-search" action="/suche/"><input name="q" placeholder="Suche"></form>
  <a href="/login/">Login</a>
</header>'''

FOOTER = """
<footer class="c-footer">
  <ul><li><a href="/newsletter/">Newsletter</a></li><li><a href="/jobs/">Jobs</a></li><li><a href="/redaktion/">Redaktion</a></li>
  <li><a href="/impressum/">Impressum</a></li><li><a href="/datenschutz/">Datenschutz</a></li>
  <li><a href="https://mastodon.social/@t3n">Mastodon</a></li><li><a href="https://www.linkedin.com/company/t3n/">LinkedIn</a></li></ul>
  <p>© 2005–2025 yeebase media GmbH</p>
</footer>"""


def shell(title, head, body, lang=True, body_class=""):
    la = ' lang="de"' if lang else ""
    return f'''<!DOCTYPE html>
<html{la} class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="t3n News" href="{B}/rss.xml">
</head>
<body class="{body_class}">
{CONSENT}
{NAV}
{body}
{FOOTER}
<noscript><p class="c-noscript">Bitte aktiviere JavaScript, um alle Funktionen von t3n.de nutzen zu können.</p></noscript>
</body>
</html>
'''


# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------
ARTICLES = []


def art(**kw):
    ARTICLES.append(kw)
    return kw


A_TELEGRAM = ("/news/telegram-loescht-hassgruppen-1350777/", "Wegen Aufrufen zur Gewalt: Telegram löscht Hassgruppen")
A_PARLER = (
    "/news/parler-amazon-moderation-1351234/",
    "Parler: Mails zeigen, dass Amazon die Moderation schon vor Monaten kritisiert hat",
)
A_CHATGPT = (
    "/news/chatgpt-schulen-lehrkraefte-1498312/",
    "ChatGPT im Klassenzimmer: Was Lehrkräfte jetzt wissen müssen",
)
A_4TAGE = (
    "/magazin/vier-tage-woche-tech-startups-1420987/",
    "Vier-Tage-Woche: Wie Tech-Startups den Arbeitsalltag neu erfinden",
)
A_RANSOM = (
    "/magazin/ransomware-mittelstand-notfallplan-1587402/",
    "Ransomware im Mittelstand: So sieht ein Notfallplan aus, der wirklich funktioniert",
)
A_WHATSAPP = (
    "/news/whatsapp-status-textbeitraege-987654/",
    "WhatsApp: Neue Status-Funktion erlaubt jetzt auch Textbeiträge",
)
A_ADV = (
    "/news/cloud-hosting-made-in-germany-1602233/",
    "Cloud-Hosting made in Germany: Worauf Entwicklerteams 2025 achten sollten",
)
A_BING = ("/news/microsoft-bing-ki-suche-alle-nutzer-1463390/", "Microsoft öffnet die KI-Suche in Bing für alle Nutzer")
A_BING_OLD = "/news/bing-chat-warteliste-1463390/"
A_BAHN = (
    "/news/deutsche-bahn-sparpreis-kundenkonto-1512876/",
    "Deutsche Bahn: Sparpreise gibt es bald nur noch mit Kundenkonto",
)
A_PORTRAIT = (
    "/magazin/portraet-open-source-entwicklerin-1399001/",
    "Porträt: Die Entwicklerin, die eine der wichtigsten Open-Source-Bibliotheken pflegt",
)
A_PASSKEY = (
    "/news/passkeys-google-konto-standard-1533455/",
    "Passkeys werden Standard: Google verabschiedet sich vom Passwort",
)
A_AIACT = ("/news/eu-ai-act-in-kraft-1560021/", "AI Act tritt in Kraft: Das ändert sich jetzt für Unternehmen")
A_RUST = (
    "/magazin/rust-linux-kernel-streit-1571300/",
    "Rust im Linux-Kernel: Warum die Umstellung so viel Streit auslöst",
)

AUTHORS = {
    "Lea Sommer": "lea-sommer",
    "Felix Auer": "felix-auer",
    "Mareike Brandt": "mareike-brandt",
    "Tobias Kern": "tobias-kern",
    "Clara Vogt": "clara-vogt",
    "Daniel Roth": "daniel-roth",
    "Nina Haller": "nina-haller",
    "Jonas Weber": "jonas-weber",
}


def alink(name, strong=True):
    inner = f"<strong>{name}</strong>" if strong else name
    return f'<a class="c-author" href="/redaktion/{AUTHORS[name]}/" rel="author">{inner}</a>'


def teaser_card(path, title, kicker, author, img):
    return f'''<article class="c-suggestNews__item c-teaser c-teaser--small">
  <a class="c-teaser__image-link" href="{B}{path}?utm_source=t3n&amp;utm_medium=suggest" tabindex="-1"><img src="{PLACEHOLDER_GIF}" data-src="{IMG}/{img}" alt=""></a>
  <span class="c-teaser__kicker">{kicker}</span>
  <h3 class="c-teaser__headline"><a href="{B}{path}?utm_source=t3n&amp;utm_medium=suggest">{esc(title)}</a></h3>
  <span class="c-teaser__author">Von {author}</span>
</article>'''


def mehr_block(tags, cards):
    lis = "".join(f'<li><a href="/tag/{slug}/" rel="tag">{name}</a></li>' for name, slug in tags)
    cs = "".join(teaser_card(*c) for c in cards)
    return f"""
<section class="c-suggestNews-container">
  <h2 class="c-suggestNews__headline"><span>Mehr zu diesem Thema</span></h2>
  <ul class="c-tags">{lis}</ul>
  <div class="c-suggestNews">{cs}</div>
</section>"""


# ---------------------------------------------------------------- 1 Parler
art(
    id="1351234",
    path=A_PARLER[0],
    title=A_PARLER[1],
    section="News",
    lead="Amazons Cloudsparte AWS hat Parler schon im November 2020 dazu aufgefordert, über das rechte Netzwerk verbreitete Gewaltaufrufe zu unterbinden. Das zeigen jetzt veröffentlichte E-Mails zwischen Mitarbeitern der beiden Firmen.",
    lead_html='<div class="c-article__excerpt"><p>Amazons Cloudsparte AWS hat Parler schon im November&nbsp;2020 dazu aufgefordert, über das rechte Netzwerk verbreitete Gewalt&shy;aufrufe zu unterbinden. Das zeigen jetzt veröffentlichte E-Mails zwischen Mitarbeitern der beiden Firmen.</p></div>',
    kicker_html=f'<a class="c-article__category" href="{B}/news/">News</a>',
    authors=["Lea Sommer"],
    byline=lambda: f"Von {alink('Lea Sommer')}",
    published="2021-01-14T10:05:00+01:00",
    modified="2021-01-14T12:30:00+01:00",
    time_attr="2021-01-14T10:05:00+01:00",
    time_text="14.01.2021",
    reading="2 Min.",
    reading_time=2,
    image={
        "url": f"{IMG}/2021/01/parler-aws-shutterstock.jpg",
        "caption": "AWS hat Parler schon im November 2020 aufgrund von auf der Plattform geteilten Gewaltaufrufen kontaktiert.",
        "credit": "Sherl / Shutterstock.com",
    },
    figure_html=f'''<figure class="c-article__image">
  <img src="{IMG}/2021/01/parler-aws-shutterstock.jpg" alt="Parler" width="1200" height="675">
  <figcaption>AWS hat Parler schon im November 2020 aufgrund von auf der Plattform geteilten Gewaltaufrufen kontaktiert. (Foto: Sherl / Shutterstock.com)</figcaption>
</figure>''',
    tags=["Amazon", "Parler", "Social Media"],
    entry_open='<div class="c-entry"><div class="c-entry__inner"><section class="c-entry__section">',
    entry_close="</section></div></div>",
    pages=[
        [
            P(
                "Nach dem Sturm auf das US-Kapitol hat AWS seinen Vertrag mit Parler gekündigt, weswegen das rechte Netzwerk offline gehen musste. Amazons Cloudsparte erklärte den Schritt damit, dass Parler auf der Plattform geteilte Gewaltaufrufe nicht zeitnah gelöscht habe. Parler reichte daraufhin Klage gegen AWS ein und warf dem Cloud&shy;anbieter vor, aus politischen Gründen gehandelt zu haben und um der Firma aktiv zu schaden. Jetzt hat AWS vor Gericht Belege dafür vorgelegt, dass die Amazon-Tochter schon seit November 2020 mehrfach auf Gewaltaufrufe auf der Plattform hingewiesen hat. Aus den von AWS veröffentlichten E-Mails geht hervor, dass Mitarbeiter des Cloudanbieters immer wieder Beispiele für rassistische und zur Gewalt anstiftende Beiträge an Parler gesendet und drauf gedrängt hatten, dass sich der Anbieter damit befasst."
            ),
            ad_container("Managed Kubernetes ab 9 Euro im Monat – jetzt 30 Tage kostenlos testen", "content-1"),
            P(
                "Die AWS-Anwälte argumentieren, dass die Parler-Vorwürfe falsch seien und es bei der Sperrung der Plattform nicht um Unterdrückung der freien Meinungsäußerung oder einer Verschwörung mit anderen Internet-Konzernen gehe, um der Firma zu schaden. „Stattdessen geht es in diesem Fall um die demonstrierte Unwilligkeit und Unfähigkeit von Parler, Inhalte von den Servern von Amazon Web Services (AWS) zu entfernen, die die öffentliche Sicherheit bedrohen, wie zum Beispiel durch die Anstiftung und Planung von Vergewaltigung, Folter und Ermordung von namentlich genannten Amtsträgern und Privatpersonen“, heißt es in einem vor Gericht eingereichten Dokument."
            ),
            P(
                "&bdquo;Es gibt keine Rechtsgrundlage in den Kundenverträgen von AWS oder anderweitig, um AWS zu zwingen, Inhalte dieser Art zu hosten&ldquo;, heißt es weiter in dem Dokument. Die Klage von Parler bezeichnen die AWS-Anwälte als haltlos. „Wenn es eine Vertragsverletzung gibt, dann ist es das erwiesene Versagen und die Unfähigkeit von Parler, solche Inhalte zu identifizieren und zu entfernen“, so die Anwälte."
            ),
            ad_container("Jetzt Weiterbildung zum Cloud-Architekten sichern – Förderung möglich", "content-2"),
            U(
                '<h2 id="parler-das-steckt-hinter-dem-rechten-netzwerk">Parler: Das steckt hinter dem rechten Netzwerk</h2>'
            ),
            P(
                "Das soziale Netzwerk Parler wurde 2018 gegründet und wirbt vor allem damit, Inhalte kaum zu moderieren. Die Plattform war daher vor allem im rechten Spektrum beliebt, da dort auch Beiträge geteilt werden konnten, die andere Plattformen als Verstoß gegen die Nutzungsbedingungen gewertet hätten. Einen großen Nutzeransturm erlebte die Plattform gegen Ende 2020, nachdem Twitter Beiträge von US-Präsident Trump mit einem Faktencheck belegt hatte. Finanziert wurde die Plattform unter anderem von der Milliardärin und Trump-Anhängerin Rebekah Mercer."
            ),
            ad_container("Die besten Notebooks für Entwickler – jetzt im Vergleich", "content-3"),
            X('</section><section class="c-entry__section">'),
            P(
                "Nach dem gewaltsamen Sturm auf das US-Kapitol, bei dem fünf Menschen ums Leben kamen, sperrten Apple und Google die Anwendung aus ihren jeweiligen App-Verzeichnissen aus. Kurz darauf entschied sich auch AWS, den Dienst nicht länger auf den Cloud-Servern des Unternehmens zu beheimaten. Bei einem Hack erbeutete Nutzerdaten zeigten später, dass sich zahlreiche Nutzerinnen und Nutzer von Parler an dem Sturm des Kapitols beteiligt hatten."
            ),
            ebenfalls(A_TELEGRAM[0], A_TELEGRAM[1]),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("Amazon", "amazon"), ("Parler", "parler"), ("Social Media", "social-media")],
            [
                (A_TELEGRAM[0], A_TELEGRAM[1], "News", "Felix Auer", "2021/01/telegram.jpg"),
                (A_WHATSAPP[0], A_WHATSAPP[1], "News", "Felix Auer", "2017/08/whatsapp-status.jpg"),
                (A_PASSKEY[0], A_PASSKEY[1], "Security", "Jonas Weber", "2024/02/passkeys.jpg"),
            ],
        )
        + NEWSLETTER
        + comments([])
    ),
    related=[A_TELEGRAM, A_WHATSAPP, A_PASSKEY],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "WebPage",
                "@id": B + a["path"],
                "url": B + a["path"],
                "name": a["title"] + " | t3n",
                "inLanguage": "de-DE",
            },
            {
                "@type": "ImageObject",
                "@id": B + a["path"] + "#primaryimage",
                "url": a["image"]["url"],
                "width": 1200,
                "height": 675,
                "caption": "AWS hat Parler schon im November 2020 aufgrund von auf der Plattform geteilten Gewaltaufrufen kontaktiert. (Foto: Sherl / Shutterstock.com)",
            },
            {
                "@type": "NewsArticle",
                "@id": B + a["path"] + "#article",
                "isPartOf": {"@id": B + a["path"]},
                "mainEntityOfPage": {"@id": B + a["path"]},
                "headline": a["title"],
                "description": a["lead"],
                "image": {"@id": B + a["path"] + "#primaryimage"},
                "datePublished": a["published"],
                "dateModified": a["modified"],
                "author": {"@id": B + "/redaktion/lea-sommer/#person"},
                "publisher": {"@id": B + "/#organization"},
                "articleSection": "News",
                "keywords": "Amazon, Parler, Social Media",
                "isAccessibleForFree": True,
                "inLanguage": "de-DE",
                "articleBody": 'Nach dem Sturm auf das US-Kapitol hat AWS seinen Vertrag mit Parler gekündigt … [t3n_ad slot="content-1"] Die AWS-Anwälte argumentieren … [t3n_ad slot="content-2"] Parler: Das steckt hinter dem rechten Netzwerk …',
            },
            {
                "@type": "Person",
                "@id": B + "/redaktion/lea-sommer/#person",
                "name": "Lea Sommer",
                "url": B + "/redaktion/lea-sommer/",
            },
            {"@type": "Organization", "@id": B + "/#organization", "name": "t3n", "url": B + "/"},
        ],
    },
    datalayer=True,
    comments_note="empty comment area",
    notes="Modelled on sample-page-text.txt. JSON-LD @graph, author and image as @id references; kicker <a class=c-article__category>; lead in div.c-article__excerpt with &nbsp; and &shy;; body in div.c-entry with nested wrapper div and two <section>s; three c-ad-container slots with 'Anzeige' labels and ad copy in <p>; 'Ebenfalls interessant:' with label in <strong> and utm params; Mehr zu diesem Thema with <h2><span>, tag list and teaser cards (first card duplicates the inline crosslink -> deduped); caption credit in parentheses; empty comment area, newsletter, adblock notice, share buttons.",
)

# ---------------------------------------------------------------- 2 Telegram
art(
    id="1350777",
    path=A_TELEGRAM[0],
    title=A_TELEGRAM[1],
    section="News",
    lead="Telegram hat nach eigenen Angaben Dutzende öffentliche Kanäle gesperrt, in denen zu Gewalt aufgerufen wurde. Kritiker halten das für zu wenig und zu spät.",
    lead_html='<p class="c-article__lead">Telegram hat nach eigenen Angaben Dutzende öffentliche Kanäle gesperrt, in denen zu Gewalt aufgerufen wurde. Kritiker halten das für zu wenig und zu spät.</p>',
    kicker_html='<span class="c-article__overline">News</span>',
    authors=["Felix Auer"],
    byline=lambda: f"Von {alink('Felix Auer')}",
    published="2021-01-13T15:20:00+00:00",
    modified="2021-01-13T18:02:00+00:00",
    jsonld_published="2021-01-13T15:20:00Z",
    jsonld_modified="2021-01-13T18:02:00Z",
    time_attr="2021-01-13T15:20:00Z",
    time_text="13.01.2021, 16:20 Uhr",
    reading="2 Min.",
    reading_time=2,
    image={
        "url": f"{IMG}/2021/01/telegram.jpg",
        "caption": "Telegram sperrt nach dem Sturm auf das Kapitol mehrere Kanäle.",
        "credit": "Telegram / t3n",
    },
    figure_html=f'''<figure class="c-article__image c-article__image--lazy">
  <img class="lazyload" src="{PLACEHOLDER_GIF}" data-src="{IMG}/2021/01/telegram.jpg" data-srcset="{IMG}/2021/01/telegram.jpg 1200w" alt="Telegram-Logo auf einem Smartphone">
  <noscript><img src="{IMG}/2021/01/telegram.jpg" alt="Telegram-Logo auf einem Smartphone"></noscript>
  <figcaption><span class="caption">Telegram sperrt nach dem Sturm auf das Kapitol mehrere Kanäle.</span> <span class="credit">Screenshot: Telegram / t3n</span></figcaption>
</figure>''',
    tags=["Telegram", "Social Media"],
    entry_open='<div class="c-entry"><div class="c-entry__content entry-content">',
    entry_close="</div></div>",
    pages=[
        [
            P(
                "Der Messenger-Dienst Telegram hat nach dem Sturm auf das US-Kapitol mehrere öffentliche Kanäle gelöscht, in denen Nutzerinnen und Nutzer offen zu Gewalt aufgerufen hatten. Das bestätigte ein Sprecher des Unternehmens gegenüber mehreren US-Medien.",
                cls="has-text-align-left",
            ),
            aside_ad("Sicher kommunizieren im Team: Business-Messenger jetzt gratis testen"),
            P(
                "Nach Angaben von Telegram wurden allein in den vergangenen Tagen „Dutzende“ Kanäle mit Tausenden Abonnenten gesperrt. Zuvor hatten Nutzerinnen und Nutzer nach dem Aus für Parler massenhaft zu alternativen Diensten gewechselt."
            ),
            X(
                '<figure class="wp-block-embed is-type-rich is-provider-twitter"><div class="wp-block-embed__wrapper">\n<blockquote class="twitter-tweet" data-lang="de"><p lang="en" dir="ltr">We have blocked dozens of public channels that called for violence. Calls to violence are explicitly forbidden by our Terms of Service.</p>&mdash; Telegram Messenger (@telegram) <a href="https://twitter.com/telegram/status/1349000000000000000?ref_src=twsrc%5Etfw">January 12, 2021</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>\n</div></figure>'
            ),
            U('<h3 class="wp-block-heading">Kritik an der Moderation</h3>'),
            P(
                "Organisationen wie die Amadeu Antonio Stiftung kritisieren, dass Telegram seit Jahren kaum gegen Hetze vorgehe. Besonders drei Punkte stehen in der Kritik:"
            ),
            X('<ul class="wp-block-list">'),
            U("<li>Meldungen von Nutzerinnen und Nutzern würden oft gar nicht bearbeitet.</li>"),
            U("<li>Gesperrte Gruppen tauchten binnen Stunden unter neuem Namen wieder auf.</li>"),
            U("<li>Für Behörden gebe es keinen festen Ansprechpartner.</li>"),
            X("</ul>"),
            tg_crosslinks([A_PARLER, A_WHATSAPP]),
            U(
                '<blockquote class="wp-block-quote"><p>Wer Gewaltaufrufe erst nach einem Angriff löscht, hat das Problem nicht verstanden.</p></blockquote>'
            ),
            P(
                "Das sagte eine Sprecherin der Stiftung. Telegram selbst verweist darauf, dass private Chats grundsätzlich nicht moderiert würden."
            ),
            X("<p>&nbsp;</p>"),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("Telegram", "telegram"), ("Social Media", "social-media")],
            [(A_AIACT[0], A_AIACT[1], "News", "Nina Haller", "2024/05/ai-act.jpg")],
        )
        + NEWSLETTER
        + comments(
            [
                ("1201", "Martin K.", "2021-01-13T17:05:00+01:00", "Besser spät als nie. Aber warum erst jetzt?"),
                (
                    "1202",
                    "digitalnomadin",
                    "2021-01-13T18:40:00+01:00",
                    "Die privaten Gruppen bleiben ja trotzdem. Das ist reine Symbolpolitik &ndash; leider.",
                ),
                (
                    "1203",
                    "Jens",
                    "2021-01-14T08:12:00+01:00",
                    "Ebenfalls interessant wäre, wie viele Kanäle wirklich gelöscht wurden.",
                ),
            ]
        )
    ),
    related=[A_PARLER, A_WHATSAPP, A_AIACT],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": B + a["path"],
        "headline": a["title"],
        "description": a["lead"],
        "image": [a["image"]["url"]],
        "datePublished": a["jsonld_published"],
        "dateModified": a["jsonld_modified"],
        "author": "Felix Auer",
        "publisher": {
            "@type": "Organization",
            "name": "t3n",
            "logo": {"@type": "ImageObject", "url": B + "/img/logo.png"},
        },
        "articleSection": ["News", "Social Media"],
        "keywords": ["Telegram", "Social Media"],
        "isAccessibleForFree": True,
    },
    notes="JSON-LD flat NewsArticle; author a plain string; articleSection and keywords as lists; dates with 'Z' (expected +00:00). Kicker <span class=c-article__overline>, lead <p class=c-article__lead>. Lazy lead image (gif data URI src, data-src/data-srcset, noscript copy), caption and <span class=credit>Screenshot: …</span> separate. Gutenberg body: wp-block-heading h3, wp-block-list items, wp-block-quote; <aside class=ad> with ad copy; embedded tweet (twitter-tweet blockquote) in body is not body; .tg-crosslinks list in body; trailing <p>&nbsp;</p>; comment section with three real comments (one starts with 'Ebenfalls interessant' – not a related link).",
)

# ---------------------------------------------------------------- 3 ChatGPT
art(
    id="1498312",
    path=A_CHATGPT[0],
    title=A_CHATGPT[1],
    section="Software",
    lead="Schülerinnen und Schüler nutzen ChatGPT längst für Hausaufgaben. Statt Verboten setzen immer mehr Schulen auf klare Regeln – wir zeigen, welche Ansätze funktionieren.",
    lead_html='<div class="c-article__excerpt c-article__excerpt--large"><p>Schülerinnen und Schüler nutzen <em>ChatGPT</em> längst für Hausaufgaben. Statt Verboten setzen immer mehr Schulen auf klare Regeln &ndash; wir zeigen, welche Ansätze funktionieren.</p></div>',
    kicker_html='<a class="c-article__category" href="/tag/software/">Software</a>',
    authors=["Mareike Brandt", "Tobias Kern"],
    byline=lambda: f"Von {alink('Mareike Brandt', False)}, {alink('Tobias Kern', False)}",
    published="2022-12-05T09:15:00+01:00",
    modified="2022-12-06T07:40:00+01:00",
    jsonld_published="2022-12-05T09:15+01:00",
    jsonld_modified="2022-12-06T07:40+01:00",
    time_attr="2022-12-05T09:15+01:00",
    time_text="05.12.2022",
    reading="4 Min.",
    reading_time=4,
    image={
        "url": f"{IMG}/2022/12/chatgpt-schule.jpg",
        "caption": "Immer mehr Schulen erlauben KI-Werkzeuge im Unterricht – mit Regeln.",
        "credit": "Monkey Business Images / Shutterstock.com",
    },
    figure_html=f'''<figure class="c-article__image">
  <img src="/img/placeholder.png" data-src="{IMG}/2022/12/chatgpt-schule.jpg" alt="Schüler mit Laptop" class="js-lazy">
  <figcaption>Immer mehr Schulen erlauben KI-Werkzeuge im Unterricht – mit Regeln. (Foto: Monkey Business Images / Shutterstock.com)</figcaption>
</figure>''',
    tags=["ChatGPT", "KI", "Bildung"],
    entry_open='<div class="c-entry">',
    entry_close="</div>",
    pages=[
        [
            P(
                "Seit OpenAI Ende November ChatGPT öffentlich zugänglich gemacht hat, ist der Chatbot auch in deutschen Klassenzimmern angekommen. Lehrkräfte berichten von Aufsätzen, die auffällig glatt formuliert sind, und von Hausaufgaben, die in Minuten erledigt werden."
            ),
            slot_ad("t3n_content_1"),
            P(
                "Einige Bundesländer prüfen bereits Verbote. Bildungsforscherinnen halten das für den falschen Weg: Wer den Umgang mit KI nicht lernt, sei später im Nachteil."
            ),
            U("<h2>Regeln statt Verbote</h2>"),
            P(
                "An einer Gesamtschule in Köln gilt seit Kurzem eine einfache Vereinbarung: KI darf genutzt werden,<br>wenn die Nutzung offengelegt wird.<br/>Wer das verschweigt, bekommt die Aufgabe nicht gewertet."
            ),
            X(
                '<div class="c-embed c-embed--youtube" data-consent="youtube"><div class="c-embed__placeholder"><p>Mit Klick auf den Button stimmst du zu, dass Inhalte von YouTube geladen werden.</p><button>Video laden</button></div><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="YouTube video player" frameborder="0" allowfullscreen></iframe></div>'
            ),
            U("<h4>Was Lehrkräfte jetzt tun können</h4>"),
            P(
                "Die Forscherinnen empfehlen, Aufgaben so zu stellen, dass sie eigenes Denken sichtbar machen – etwa durch mündliche Nachfragen oder Lerntagebücher."
            ),
            slot_ad("t3n_content_2"),
            ebenfalls(A_AIACT[0], A_AIACT[1], query="?utm_source=t3n&utm_campaign=inline#kommentare", absolute=False),
            P("Ob sich die Regeln bewähren, wollen die Schulen bis zum Sommer auswerten."),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("ChatGPT", "chatgpt"), ("KI", "ki"), ("Bildung", "bildung")],
            [
                (A_BING[0], A_BING[1], "KI", "Nina Haller", "2023/05/bing.jpg"),
                (A_RUST[0], A_RUST[1], "Software", "Tobias Kern", "2025/01/rust.jpg"),
            ],
        )
        + NEWSLETTER
        + comments([])
    ),
    related=[A_AIACT, A_BING, A_RUST],
    jsonld=lambda a: {
        "@context": "http://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": B + a["path"]},
        "headline": a["title"],
        "description": a["lead"],
        "image": {"@type": "ImageObject", "url": a["image"]["url"]},
        "datePublished": a["jsonld_published"],
        "dateModified": a["jsonld_modified"],
        "author": [
            {"@type": "Person", "name": "Mareike Brandt", "url": B + "/redaktion/mareike-brandt/"},
            {"@type": "Person", "name": "Tobias Kern", "url": B + "/redaktion/tobias-kern/"},
        ],
        "articleSection": "Software",
        "keywords": ["ChatGPT", "KI", "Bildung"],
        "isAccessibleForFree": "True",
    },
    meta_author="Mareike Brandt, Tobias Kern",
    notes="Two authors: byline 'Von <a>Name</a>, <a>Name</a>' (no <strong>), JSON-LD author list, meta author comma-separated. JSON-LD dates without seconds (expected normalised with :00). Lazy lead image with src=/img/placeholder.png and data-src. Lead with <em> and &ndash;. Body: h2 and h4 headings, <br>-separated lines inside one <p> (br = space), <div data-ad-slot> ads, YouTube iframe with consent placeholder (not body), relative 'Ebenfalls interessant' link with utm params and #fragment (stripped).",
)

# ---------------------------------------------------------------- 4 Vier-Tage-Woche (3 pages)
P4_1 = [
    P(
        "Montag bis Donnerstag arbeiten, Freitag frei – und das bei vollem Gehalt. Was vor wenigen Jahren noch nach Utopie klang, ist bei einer wachsenden Zahl deutscher Tech-Startups Alltag. Wir haben mit Gründerinnen, Beschäftigten und Forschenden darüber gesprochen, was die Vier-Tage-Woche wirklich bringt."
    ),
    ad_container("Recruiting leicht gemacht: Stellenanzeigen auf t3n Jobs schalten", "magazin-1"),
    P(
        "Das Berliner Software-Startup Taskwerk hat das Modell vor zwei Jahren eingeführt. „Am Anfang hatten wir Angst, dass Kunden uns am Freitag nicht erreichen“, erzählt Mitgründerin Jana Pohl. Die Sorge habe sich nicht bestätigt."
    ),
    U('<h2 class="wp-block-heading">Weniger Stunden, gleiche Leistung?</h2>'),
    P(
        "Die Erfahrungen der Unternehmen decken sich mit ersten Studien. In einem britischen Pilotprojekt blieben die Umsätze der teilnehmenden Firmen stabil, während Krankheitstage deutlich zurückgingen."
    ),
    X("""<figure class="wp-block-table"><table><thead><tr><th>Kennzahl</th><th>Vorher</th><th>Nachher</th></tr></thead>
<tbody><tr><td>Krankheitstage pro Jahr</td><td>11</td><td>7</td></tr><tr><td>Kündigungen</td><td>9</td><td>4</td></tr></tbody></table>
<figcaption>Daten von Taskwerk, 2021 bis 2022 (Grafik: t3n)</figcaption></figure>"""),
    P(
        "Allerdings: Nicht jede Tätigkeit lässt sich verdichten. Wer im Support arbeitet, kann Anfragen nicht einfach schneller beantworten."
    ),
]
P4_2 = [
    U('<h3 class="wp-block-heading">Was Teams verändern müssen</h3>'),
    P(
        "Damit der freie Tag nicht zur Illusion wird, haben die meisten Firmen ihre Abläufe umgebaut. Häufig genannt werden:"
    ),
    X('<ol class="wp-block-list">'),
    U("<li>feste meetingfreie Zeitfenster am Vormittag,</li>"),
    U("<li>asynchrone Abstimmung über Dokumente statt Calls,</li>"),
    U("<li>klare Vertretungsregeln für Kundenanfragen.</li>"),
    X("</ol>"),
    aside_ad("Projektmanagement-Software im Test: Die 10 besten Tools"),
    c_crosslinks([A_PORTRAIT, A_RUST]),
    P(
        "Bei Taskwerk gilt zudem: Wer am Freitag doch arbeitet, muss das begründen. „Sonst schleicht sich die Fünf-Tage-Woche durch die Hintertür wieder ein“, sagt Pohl."
    ),
    U("<h3>Die Sicht der Beschäftigten</h3>"),
    P(
        "Die meisten Mitarbeitenden, mit denen wir gesprochen haben, wollen nicht mehr zurück. Einige berichten aber auch von mehr Druck an den verbleibenden vier Tagen."
    ),
]
P4_3 = [
    P("Arbeitsforscher Malte Gruber von der Universität Hamburg rät deshalb zu einem Testlauf mit klaren Kriterien."),
    U(
        '<blockquote class="wp-block-quote is-style-large"><p>Die Vier-Tage-Woche ist kein Wellness-Programm, sondern ein Organisationsprojekt.</p></blockquote>'
    ),
    slot_ad("t3n_magazin_3"),
    U('<h2 class="wp-block-heading">Fazit</h2>'),
    P(
        "Für Startups kann die Vier-Tage-Woche ein starkes Argument im Wettbewerb um Fachkräfte sein. Ob sie funktioniert, entscheidet sich aber nicht am Freitag, sondern an den anderen vier Tagen."
    ),
    ebenfalls(A_CHATGPT[0], A_CHATGPT[1]),
]
art(
    id="1420987",
    path=A_4TAGE[0],
    title=A_4TAGE[1],
    section="Trendreport",
    lead="Immer mehr Startups testen die Vier-Tage-Woche. Was passiert, wenn Teams plötzlich nur noch 32 Stunden arbeiten – und warum der freie Freitag allein nicht reicht.",
    lead_html='<div class="c-article__excerpt"><p>Immer mehr Startups testen die Vier-Tage-Woche. Was passiert, wenn Teams plötzlich nur noch 32&nbsp;Stunden arbeiten – und warum der freie Freitag allein nicht reicht.</p></div>',
    kicker_html='<a class="c-article__category" href="/magazin/">Trendreport</a>',
    authors=["Clara Vogt"],
    byline=lambda: f"Von {alink('Clara Vogt')}",
    published="2023-03-18T08:00:00+01:00",
    modified="2023-03-20T11:45:00+01:00",
    time_attr="2023-03-18T08:00:00+01:00",
    time_text="18.03.2023",
    reading="13 Min. Lesezeit",
    reading_time=13,
    image={
        "url": f"{IMG}/2023/03/vier-tage-woche.jpg",
        "caption": "Bei Taskwerk ist freitags das Büro leer.",
        "credit": "t3n",
    },
    figure_html=f'''<figure class="c-article__image">
  <img src="{PLACEHOLDER_SVG}" srcset="{IMG}/2023/03/vier-tage-woche.jpg 1200w" sizes="100vw" alt="Leeres Büro">
  <figcaption>Bei Taskwerk ist freitags das Büro leer. (Foto: t3n)</figcaption>
</figure>''',
    tags=["Arbeitswelt", "Startups", "New Work"],
    entry_open='<div class="c-entry c-entry--magazin"><div class="c-entry__wrapper">',
    entry_close="</div></div>",
    pages=[P4_1, P4_2, P4_3],
    after_pages={
        2: lambda: (
            mehr_block(
                [("Arbeitswelt", "arbeitswelt"), ("Startups", "startups"), ("New Work", "new-work")],
                [
                    (A_PORTRAIT[0], A_PORTRAIT[1], "Porträt", "Lea Sommer", "2021/09/portraet.jpg"),
                    (A_AIACT[0], A_AIACT[1], "News", "Nina Haller", "2024/05/ai-act.jpg"),
                ],
            )
            + NEWSLETTER
            + comments([])
        )
    },
    related=[A_PORTRAIT, A_RUST, A_CHATGPT, A_AIACT],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": B + a["path"],
        "headline": a["title"],
        "description": a["lead"],
        "image": {"@type": "ImageObject", "url": a["image"]["url"], "width": 1200, "height": 675},
        "datePublished": a["published"],
        "dateModified": a["modified"],
        "author": {"@type": "Person", "name": "Clara Vogt"},
        "articleSection": "Trendreport",
        "keywords": "Arbeitswelt, Startups, New Work",
        "isAccessibleForFree": True,
    },
    notes="Magazine article split over 3 pages (/2/, /3/). <link rel=next/prev> in head and <a rel=next>/<a rel=prev> pagination inside the article; canonical of pages 2 and 3 points to themselves; headline repeated on every page, lead and lead image only on page 1; body runs across all pages in order. Lead image with a data-URI SVG src and the real URL only in srcset. Table (wp-block-table) is not body. .c-crosslinks block on page 2, 'Ebenfalls interessant' on page 3 and Mehr zu diesem Thema on page 3 whose first card duplicates a page-2 crosslink (deduped). Ordered wp-block-list, h2/h3, wp-block-quote.",
)

# ---------------------------------------------------------------- 5 Ransomware (Pro, paywalled)
art(
    id="1587402",
    path=A_RANSOM[0],
    title=A_RANSOM[1],
    section="Security",
    lead="Wenn die Erpresser zuschlagen, zählt jede Stunde. Warum viele Notfallpläne in der Schublade verstauben – und wie mittelständische Unternehmen es besser machen.",
    lead_html='<div class="c-article__excerpt"><p>Wenn die Erpresser zuschlagen, zählt jede Stunde. Warum viele Notfallpläne in der Schublade verstauben – und wie mittelständische Unternehmen es besser machen.</p></div>',
    kicker_html='<span class="c-badge c-badge--pro" title="t3n Pro">Pro</span> <a class="c-article__category" href="/tag/security/">Security</a>',
    authors=["Daniel Roth"],
    byline=lambda: f"Von {alink('Daniel Roth')}",
    published="2024-09-10T06:30:00+02:00",
    modified="2024-09-11T09:00:00+02:00",
    time_attr="2024-09-10T06:30:00+02:00",
    time_text="10.09.2024",
    reading="9 Min. Lesezeit",
    reading_time=9,
    image={
        "url": f"{IMG}/2024/09/ransomware.jpg",
        "caption": "Ransomware-Angriffe treffen zunehmend kleinere Unternehmen.",
        "credit": "Tero Vesalainen / Shutterstock.com",
    },
    figure_html=f'''<figure class="c-article__image">
  <img src="{IMG}/2024/09/ransomware.jpg" alt="">
  <figcaption>Ransomware-Angriffe treffen zunehmend kleinere Unternehmen. <span class="credit">Foto: Tero Vesalainen / Shutterstock.com</span></figcaption>
</figure>''',
    tags=["Security", "Ransomware", "Mittelstand"],
    paywalled=True,
    entry_open='<div class="c-entry c-entry--pro">',
    entry_close="</div>",
    pages=[
        [
            P(
                "Es ist ein Montagmorgen, als bei einem Maschinenbauer aus Baden-Württemberg nichts mehr geht. Die Bildschirme zeigen nur noch eine Lösegeldforderung, die Produktion steht still. Einen Notfallplan gab es – aber niemand wusste, wo er lag."
            ),
            P(
                "Solche Fälle sind keine Ausnahme. Laut Branchenverband Bitkom war im vergangenen Jahr fast jedes dritte Unternehmen von einem Ransomware-Angriff betroffen."
            ),
            X("""<div class="c-paywall__wrapper">
  <div class="c-paywall__fade"></div>
  <div class="c-paywall">
    <p class="c-paywall__headline">Weiterlesen mit t3n Pro</p>
    <p>Dieser Artikel ist exklusiv für Mitglieder von t3n Pro. Jetzt 4 Wochen für 1 Euro testen und alle Pro-Artikel lesen.</p>
    <a class="c-button" href="/pro/?utm_source=paywall">Jetzt testen</a> <a href="/login/">Du bist schon Pro-Mitglied? Hier anmelden</a>
  </div>
</div>"""),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("Security", "security"), ("Ransomware", "ransomware"), ("Mittelstand", "mittelstand")],
            [
                (A_PASSKEY[0], A_PASSKEY[1], "Security", "Jonas Weber", "2024/02/passkeys.jpg"),
                (A_RUST[0], A_RUST[1], "Software", "Tobias Kern", "2025/01/rust.jpg"),
            ],
        )
        + NEWSLETTER
    ),
    related=[A_PASSKEY, A_RUST],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": B + a["path"],
        "headline": a["title"],
        "description": a["lead"],
        "image": a["image"]["url"],
        "datePublished": a["published"],
        "dateModified": a["modified"],
        "author": [{"@type": "Person", "name": "Daniel Roth"}],
        "articleSection": "Security",
        "keywords": "Security, Ransomware, Mittelstand",
        "isAccessibleForFree": "False",
        "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".c-paywall__wrapper"},
        "articleBody": (
            "Es ist ein Montagmorgen, als bei einem Maschinenbauer aus Baden-Württemberg nichts mehr geht. "
            "Die Bildschirme zeigen nur noch eine Lösegeldforderung, die Produktion steht still. Einen Notfallplan gab es – aber niemand wusste, wo er lag. "
            "Solche Fälle sind keine Ausnahme. Laut Branchenverband Bitkom war im vergangenen Jahr fast jedes dritte Unternehmen von einem Ransomware-Angriff betroffen. "
            '[t3n_ad slot="pro-1"] Der erste Schritt: Zuständigkeiten klären. Wer entscheidet in der Nacht, ob Systeme vom Netz gehen? '
            "Der zweite Schritt: Offline-Backups, die regelmäßig getestet werden. Der dritte Schritt: Üben, üben, üben."
        ),
    },
    notes='t3n Pro article: Pro badge next to the kicker, two public paragraphs followed by div.c-paywall__wrapper with teaser text (not body). JSON-LD isAccessibleForFree "False" (string) with hasPart cssSelector, and an articleBody that holds more text than the page shows (only visible text is expected). Credit in <span class=credit>Foto: …</span>. No comment section.',
)

# ---------------------------------------------------------------- 6 WhatsApp (old theme, no JSON-LD, no lang)
art(
    id="987654",
    path=A_WHATSAPP[0],
    title=A_WHATSAPP[1],
    section="News",
    lead="WhatsApp baut seine Status-Funktion aus: Neben Fotos und Videos lassen sich künftig auch farbige Textbeiträge teilen. Die Neuerung erinnert stark an Facebook.",
    lead_html=None,  # lead is the first bold paragraph of the entry
    kicker_html='<span class="article-header__overline">News</span>',
    authors=["Felix Auer"],
    byline=lambda: '<span class="article-header__author">Von <a href="/redaktion/felix-auer/">Felix Auer</a></span>',
    published="2017-08-21T14:02:11+02:00",
    modified=None,
    time_attr="2017-08-21T14:02:11+02:00",
    time_text="21.08.2017, 14:02 Uhr",
    reading=None,
    reading_time=None,
    image={
        "url": f"{B}/wp-content/uploads/2017/08/whatsapp-status.jpg",
        "caption": "So sehen die neuen Text-Status in WhatsApp aus.",
        "credit": "WhatsApp",
    },
    image_expected_url="{base}/wp-content/uploads/2017/08/whatsapp-status.jpg",
    figure_html="""<div class="article-image wp-caption">
  <img src="/wp-content/uploads/2017/08/whatsapp-status.jpg" alt="WhatsApp Status" width="620" height="349">
  <p class="wp-caption-text">So sehen die neuen Text-Status in WhatsApp aus. (Screenshot: WhatsApp)</p>
</div>""",
    tags=["WhatsApp", "Messenger"],
    theme="old",
    lang=False,
    entry_open='<div class="article-content entry-content">',
    entry_close="</div>",
    pages=[
        [
            X(
                "<p><strong>WhatsApp baut seine Status-Funktion aus: Neben Fotos und Videos lassen sich künftig auch farbige Textbeiträge teilen. Die Neuerung erinnert stark an Facebook.</strong></p>"
            ),
            P(
                "Wer bei WhatsApp einen Status veröffentlichen will, war bislang auf Bilder, GIFs und Videos beschränkt. Mit der neuesten Beta-Version für Android ändert sich das: Nutzer können nun auch reine Textbeiträge mit farbigem Hintergrund und verschiedenen Schrift&shy;arten posten."
            ),
            X(
                '<div class="ad ad--medium-rectangle"><span class="ad__label">Anzeige</span><iframe src="https://ads.example.net/serve?size=300x250" width="300" height="250"></iframe></div>'
            ),
            P(
                "Die Funktion erinnert stark an Facebook, das Textbeiträge mit bunten Hintergründen bereits seit dem vergangenen Jahr anbietet. WhatsApp gehört seit 2014 zum Facebook-Konzern."
            ),
            U("<h3>So funktioniert&rsquo;s</h3>"),
            P(
                "Im Status-Tab erscheint künftig ein neues Stift-Symbol. Nach einem Tipp darauf lässt sich:<br>\n– die Hintergrundfarbe wechseln,<br>\n– die Schriftart anpassen,<br>\n– ein Link einfügen."
            ),
            X("<p>&nbsp;</p>"),
            P(
                "Wann die Funktion für alle Nutzer und auch für iOS verfügbar wird, hat WhatsApp noch nicht mitgeteilt. Die Beta lässt sich über den Google Play Store &amp; die Website des Unternehmens testen."
            ),
        ]
    ],
    after=lambda: (
        """
<div class="article-tags"><h2><span>Mehr zu diesem Thema</span></h2>
<ul><li><a href="/tag/whatsapp/">WhatsApp</a></li><li><a href="/tag/messenger/">Messenger</a></li></ul></div>"""
        + comments([])
    ),
    related=[],
    jsonld=None,
    notes="Older theme (2017): <html> without lang (og:locale de_DE only), no JSON-LD (dates from <time datetime> / article:published_time; no modified anywhere -> null), plain <h1> in header.article-header, kicker <span class=article-header__overline>, byline without <strong>. Lead is the first <p><strong>…</strong></p> of the entry (not body). Body container is div.article-content.entry-content (no div.c-entry!). Relative lead image src (expected absolute), wp-caption with '(Screenshot: …)'. Body has &rsquo;, &shy;, &amp;, a <br>-separated paragraph and a <p>&nbsp;</p>. No reading time (null), no related links, tags from the Mehr zu diesem Thema list.",
)

# ---------------------------------------------------------------- 7 Advertorial
art(
    id="1602233",
    path=A_ADV[0],
    title=A_ADV[1],
    section="Anzeige",
    lead="Datenschutz, Latenz, Kosten: Bei der Wahl des Cloud-Anbieters entscheiden heute andere Kriterien als noch vor fünf Jahren. Ein Überblick für Entwicklerteams.",
    lead_html='<div class="c-article__excerpt"><p>Datenschutz, Latenz, Kosten: Bei der Wahl des Cloud-Anbieters entscheiden heute andere Kriterien als noch vor fünf Jahren. Ein Überblick für Entwicklerteams.</p></div>',
    kicker_html='<span class="c-article__overline c-badge c-badge--sponsored">Anzeige</span>',
    authors=["t3n Brand Studio"],
    byline=lambda: 'Von <a class="c-author" href="/brandstudio/"><strong>t3n Brand Studio</strong></a>',
    published="2025-02-04T10:00:00+01:00",
    modified="2025-02-04T10:00:00+01:00",
    time_attr="2025-02-04T10:00:00+01:00",
    time_text="04.02.2025",
    reading="3 Min.",
    reading_time=3,
    image={
        "url": f"{IMG}/2025/02/cloud-hosting.jpg",
        "caption": "Rechenzentrum in Frankfurt am Main.",
        "credit": "Hostwerk",
    },
    figure_html=f'''<figure class="c-article__image"><img src="{IMG}/2025/02/cloud-hosting.jpg" alt="">
  <figcaption>Rechenzentrum in Frankfurt am Main. (Foto: Hostwerk)</figcaption></figure>''',
    tags=["Cloud", "Hosting"],
    entry_open='<div class="c-entry">',
    entry_close="</div>",
    pages=[
        [
            P(
                "Lange galt bei der Wahl des Cloud-Anbieters vor allem eine Frage: Wer ist am günstigsten? Heute achten Entwicklerteams stärker auf Datenschutz, Standort und Support."
            ),
            P(
                "Anbieter mit Rechenzentren in Deutschland punkten vor allem bei Projekten mit personenbezogenen Daten. Hinzu kommen kurze Latenzen für Nutzerinnen und Nutzer in Europa."
            ),
            U("<h2>Worauf es ankommt</h2>"),
            P(
                "Wichtig sind transparente Preise, ein deutschsprachiger Support und offene Schnittstellen, damit ein späterer Wechsel möglich bleibt."
            ),
        ]
    ],
    after=lambda: NEWSLETTER,
    related=[],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": B + a["path"],
        "headline": a["title"],
        "description": a["lead"],
        "image": a["image"]["url"],
        "datePublished": a["published"],
        "dateModified": a["modified"],
        "author": {"@type": "Organization", "name": "t3n Brand Studio"},
        "sponsor": {"@type": "Organization", "name": "Hostwerk GmbH", "url": "https://hostwerk.example/"},
        "articleSection": "Anzeige",
        "keywords": ["Cloud", "Hosting"],
        "isAccessibleForFree": True,
    },
    advertorial=True,
    notes="Advertorial: ordinary /news/<slug>-<id>/ URL and ordinary article markup; marked only by the 'Anzeige' badge in the kicker position and JSON-LD (NewsArticle with \"sponsor\" and articleSection \"Anzeige\"). Must be dropped by the crawl (listed in expected_crawl.json 'dropped').",
)

# ---------------------------------------------------------------- 8 Bing (redirect, headline disagreement)
art(
    id="1463390",
    path=A_BING[0],
    title=A_BING[1],
    section="KI",
    lead="Keine Warteliste mehr: Microsoft macht den KI-Chat in Bing für alle mit einem Microsoft-Konto zugänglich und kündigt Bilder, Verlauf und Plugins an.",
    lead_html='<div class="c-article__excerpt"><p>Keine Warteliste mehr: Microsoft macht den KI-Chat in Bing für alle mit einem Microsoft-Konto zugänglich und kündigt Bilder, Verlauf und Plugins an.</p></div>',
    kicker_html='<a class="c-article__category" href="/tag/ki/">KI</a>',
    authors=["Nina Haller"],
    byline=lambda: f"Von {alink('Nina Haller')}",
    published="2023-05-04T17:40:00+02:00",
    modified="2023-05-05T08:10:00+02:00",
    time_attr="2023-05-04T17:40:00+02:00",
    time_text="04.05.2023",
    reading="3 Min.",
    reading_time=3,
    image={
        "url": f"{IMG}/2023/05/bing.jpg",
        "caption": "Bing Chat ist jetzt ohne Warteliste nutzbar.",
        "credit": "Microsoft",
    },
    figure_html=f'''<figure class="c-article__image"><img src="{PLACEHOLDER_GIF}" data-src="{IMG}/2023/05/bing.jpg" alt="Bing Chat">
  <figcaption>Bing Chat ist jetzt ohne Warteliste nutzbar. (Screenshot: Microsoft)</figcaption></figure>''',
    tags=["Microsoft", "Bing", "KI"],
    entry_open='<div class="c-entry"><div class="c-entry__body">',
    entry_close="</div></div>",
    pages=[
        [
            P(
                "Microsoft hat die Warteliste für den KI-Chat in seiner Suchmaschine Bing abgeschafft. Wer ein Microsoft-Konto hat, kann den Chat ab sofort im Browser Edge nutzen."
            ),
            ad_container("Jetzt KI-Weiterbildung starten – 100 % online", "content-1"),
            P(
                "Zugleich kündigte der Konzern neue Funktionen an: Antworten sollen künftig auch Bilder und Diagramme enthalten, frühere Unterhaltungen werden gespeichert."
            ),
            ebenfalls(A_CHATGPT[0], A_CHATGPT[1], query="?utm_source=t3n&utm_medium=ebenfalls"),
            U('<h2 class="wp-block-heading">Plugins wie bei ChatGPT</h2>'),
            P(
                "Außerdem sollen Drittanbieter Plugins für den Chat entwickeln können – ähnlich wie bei ChatGPT. Einen genauen Zeitplan nannte Microsoft nicht."
            ),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("Microsoft", "microsoft"), ("Bing", "bing"), ("KI", "ki")],
            [
                (A_CHATGPT[0], A_CHATGPT[1], "Software", "Mareike Brandt, Tobias Kern", "2022/12/chatgpt-schule.jpg"),
                (A_AIACT[0], A_AIACT[1], "News", "Nina Haller", "2024/05/ai-act.jpg"),
            ],
        )
        + NEWSLETTER
        + comments([])
    ),
    related=[A_CHATGPT, A_AIACT],
    og_title="Microsoft öffnet die KI-Suche in Bing für alle Nutzer | t3n – digital pioneers",
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": B + a["path"],
        "headline": "Bing Chat: Microsoft schafft die Warteliste ab",
        "description": "Microsoft macht den KI-Chat in Bing für alle zugänglich.",
        "image": a["image"]["url"],
        "datePublished": a["published"],
        "dateModified": a["modified"],
        "author": {"@type": "Person", "name": "Nina Haller"},
        "articleSection": "KI",
        "keywords": "Microsoft, Bing, KI",
        "isAccessibleForFree": True,
    },
    dl_headline="Bing Chat: Microsoft schafft die Warteliste ab",
    datalayer=True,
    notes="Slug changed: the RSS feed links the old URL /news/bing-chat-warteliste-1463390/ which 301-redirects (_redirects.json) to this page; /tag/ki/ links the new URL. The JSON-LD headline/description and dataLayer headline are the OLD headline and og:title has a site suffix; the visible <h1> wins. Lazy image with gif data URI.",
)

# ---------------------------------------------------------------- 9 Bahn (robots disallowed)
art(
    id="1512876",
    path=A_BAHN[0],
    title=A_BAHN[1],
    section="News",
    lead="Die Deutsche Bahn will Sparpreise künftig nur noch an Kundinnen und Kunden mit Konto verkaufen. Verbraucherschützer kritisieren die Pläne.",
    lead_html='<div class="c-article__excerpt"><p>Die Deutsche Bahn will Sparpreise künftig nur noch an Kundinnen und Kunden mit Konto verkaufen. Verbraucherschützer kritisieren die Pläne.</p></div>',
    kicker_html='<a class="c-article__category" href="/news/">News</a>',
    authors=["Jonas Weber"],
    byline=lambda: f"Von {alink('Jonas Weber')}",
    published="2023-11-02T13:05:00+01:00",
    modified="2023-11-02T15:20:00+01:00",
    time_attr="2023-11-02T13:05:00+01:00",
    time_text="02.11.2023",
    reading="2 Min.",
    reading_time=2,
    image={
        "url": f"{IMG}/2023/11/db-app.jpg",
        "caption": "Der DB Navigator wird für Sparpreise Pflicht.",
        "credit": "Deutsche Bahn AG",
    },
    figure_html=f'''<figure class="c-article__image"><img src="{IMG}/2023/11/db-app.jpg" alt="">
  <figcaption>Der DB Navigator wird für Sparpreise Pflicht. <span class="credit">Foto: Deutsche Bahn AG</span></figcaption></figure>''',
    tags=["Deutsche Bahn", "Apps"],
    entry_open='<div class="c-entry">',
    entry_close="</div>",
    pages=[
        [
            P(
                "Wer bei der Deutschen Bahn einen Spar- oder Super-Sparpreis buchen will, muss ab Dezember eine E-Mail-Adresse oder Handynummer angeben. Das bestätigte ein Bahnsprecher."
            ),
            P(
                "Begründet wird der Schritt mit dem digitalen Ticket: Fahrgäste könnten so bei Verspätungen schneller informiert werden."
            ),
            ad_container("Bahncard 25 jetzt mit 10 Prozent Rabatt", "content-1"),
            P(
                "Der Verbraucherzentrale Bundesverband hält die Pflicht für problematisch, weil ältere Menschen ohne Smartphone benachteiligt würden."
            ),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("Deutsche Bahn", "deutsche-bahn"), ("Apps", "apps")],
            [(A_PASSKEY[0], A_PASSKEY[1], "Security", "Jonas Weber", "2024/02/passkeys.jpg")],
        )
        + NEWSLETTER
        + comments([])
    ),
    related=[A_PASSKEY],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": B + a["path"],
        "headline": a["title"],
        "description": a["lead"],
        "image": a["image"]["url"],
        "datePublished": a["published"],
        "dateModified": a["modified"],
        "author": {"@type": "Person", "name": "Jonas Weber"},
        "articleSection": "News",
        "keywords": "Deutsche Bahn, Apps",
        "isAccessibleForFree": True,
    },
    robots_disallowed=True,
    notes="Disallowed in robots.txt (User-agent: * group) although linked from /news/page/2/ and as 'Ebenfalls interessant' from the Passkeys article: must never be fetched by the crawler and is NOT in expected_crawl.json articles. Otherwise an ordinary news page (parser test only).",
)

# ---------------------------------------------------------------- 10 Porträt
art(
    id="1399001",
    path=A_PORTRAIT[0],
    title=A_PORTRAIT[1],
    section="Porträt",
    lead="Millionen Websites hängen an ihrem Code, bezahlt wird sie dafür kaum. Ein Besuch bei einer Entwicklerin, die seit zehn Jahren ehrenamtlich eine Open-Source-Bibliothek pflegt.",
    lead_html='<div class="c-article__excerpt"><p>Millionen Websites hängen an ihrem Code, bezahlt wird sie dafür kaum. Ein Besuch bei einer Entwicklerin, die seit zehn Jahren ehrenamtlich eine Open-Source-Bibliothek pflegt.</p></div>',
    kicker_html='<span class="c-article__overline">Porträt</span>',
    authors=["Lea Sommer"],
    byline=lambda: f"Von {alink('Lea Sommer')}",
    published="2021-09-27T07:00:00+02:00",
    modified="2021-09-28T10:15:00+02:00",
    time_attr="2021-09-27T07:00:00+02:00",
    time_text="27.09.2021",
    reading="8 Min. Lesezeit",
    reading_time=8,
    image={
        "url": f"{IMG}/2021/09/portraet.jpg",
        "caption": "Sarah Lindqvist in ihrem Arbeitszimmer in Leipzig.",
        "credit": "Anne Berger für t3n",
    },
    figure_html=f'''<figure class="c-article__image"><img src="{IMG}/2021/09/portraet.jpg" alt="Sarah Lindqvist">
  <figcaption>Sarah Lindqvist in ihrem Arbeitszimmer in Leipzig. (Foto: Anne Berger für t3n)</figcaption></figure>''',
    tags=["Open Source", "Entwicklung"],
    entry_open='<div class="c-entry"><div class="c-entry__inner"><div class="c-entry__text">',
    entry_close="</div></div></div>",
    pages=[
        [
            P(
                "Wenn Sarah Lindqvist morgens ihren Rechner aufklappt, warten meist schon Dutzende Nachrichten auf sie. Fehlerberichte, Feature-Wünsche, manchmal auch Beschimpfungen. Lindqvist pflegt seit 2011 eine Bibliothek zur Datumsberechnung, die in Millionen Projekten steckt."
            ),
            fig_inline(
                f"{IMG}/2021/09/portraet-github.jpg",
                "Über 4.000 offene Issues zählt das Projekt auf Github.",
                "Screenshot",
                "Github",
            ),
            P(
                "Angefangen hat alles mit einem Nebenprojekt während des Studiums. „Ich wollte nur ein Problem lösen, das mich selbst genervt hat“, sagt sie."
            ),
            U('<h2 class="wp-block-heading">Arbeit, die niemand sieht</h2>'),
            P(
                "Heute verbringt sie rund 15 Stunden pro Woche mit der Bibliothek – unbezahlt. Spenden über Github Sponsors decken gerade einmal die Serverkosten."
            ),
            c_crosslinks([A_WHATSAPP]),
            U('<h3 class="wp-block-heading">Die Angst vor dem nächsten Log4Shell</h3>'),
            P(
                "Sicherheitslücken in kleinen, ehrenamtlich gepflegten Projekten können weltweit Folgen haben. Lindqvist wünscht sich deshalb, dass Unternehmen, die ihren Code nutzen, etwas zurückgeben."
            ),
            fig_inline(
                f"{IMG}/2021/09/portraet-konferenz.jpg",
                "Lindqvist spricht regelmäßig auf Konferenzen über die Finanzierung von Open Source.",
                "Foto",
                "Anne Berger für t3n",
            ),
            P(
                "Aufhören will sie trotzdem nicht. „Dafür hängt zu viel daran“, sagt sie – und klappt den Rechner wieder auf."
            ),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("Open Source", "open-source"), ("Entwicklung", "entwicklung")],
            [
                (A_TELEGRAM[0], A_TELEGRAM[1], "News", "Felix Auer", "2021/01/telegram.jpg"),
                (A_PARLER[0], A_PARLER[1], "News", "Lea Sommer", "2021/01/parler-aws-shutterstock.jpg"),
            ],
        )
        + NEWSLETTER
        + comments([])
    ),
    related=[A_WHATSAPP, A_TELEGRAM, A_PARLER],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@type": ["NewsArticle", "Article"],
        "mainEntityOfPage": B + a["path"],
        "headline": a["title"],
        "description": a["lead"],
        "image": {"@type": "ImageObject", "url": a["image"]["url"]},
        "datePublished": a["published"],
        "dateModified": a["modified"],
        "author": {"@type": "Person", "name": "Lea Sommer", "url": B + "/redaktion/lea-sommer/"},
        "articleSection": "Porträt",
        "keywords": "Open Source, Entwicklung",
        "isAccessibleForFree": True,
    },
    notes="Single-page magazine article (kicker 'Porträt', '8 Min. Lesezeit'); body in three nested wrapper divs inside div.c-entry; two inline wp-block-image figures with lazy images and captions/credits (not body); .c-crosslinks block with relative link (kicker 'Lesetipp' not part of the title); JSON-LD @type as a list.",
)

# ---------------------------------------------------------------- 11 Passkeys
art(
    id="1533455",
    path=A_PASSKEY[0],
    title=A_PASSKEY[1],
    section="Security",
    lead="Google macht Passkeys zur Standard-Anmeldemethode für private Konten. Passwörter sollen damit nach und nach überflüssig werden.",
    lead_html='<p class="c-article__summary">Google macht Passkeys zur Standard-Anmeldemethode für private Konten. Passwörter sollen damit nach und nach überflüssig werden.</p>',
    kicker_html='<span class="c-article__overline">Security</span>',
    authors=["Jonas Weber"],
    byline=lambda: f"Von {alink('Jonas Weber')}",
    published="2024-02-13T11:20:00+01:00",
    modified=None,
    time_attr="2024-02-13T11:20:00+01:00",
    time_text="13.02.2024",
    reading="3 Min.",
    reading_time=3,
    image={
        "url": f"{IMG}/2024/02/passkeys.jpg",
        "caption": "Passkeys ersetzen das Passwort durch Fingerabdruck oder PIN.",
        "credit": "Google",
    },
    figure_html=f'''<figure class="c-article__image"><picture><source type="image/webp" srcset="{IMG}/2024/02/passkeys.webp"><img src="{IMG}/2024/02/passkeys.jpg" alt=""></picture>
  <figcaption>Passkeys ersetzen das Passwort durch Fingerabdruck oder PIN. (Grafik: Google)</figcaption></figure>''',
    tags=["Passkeys", "Google", "Security"],
    entry_open='<div class="c-entry">',
    entry_close="</div>",
    pages=[
        [
            P(
                "Google-Nutzerinnen und -Nutzer werden bei der Anmeldung künftig standardmäßig aufgefordert, einen Passkey anzulegen. Das Passwort bleibt vorerst als Alternative erhalten."
            ),
            adsense("Passwort-Manager für Teams – jetzt kostenlos starten"),
            P(
                "Passkeys basieren auf dem FIDO2-Standard. Statt eines Passworts wird ein kryptografisches Schlüsselpaar erzeugt; der private Schlüssel verlässt das Gerät nie."
            ),
            U("<h3>Was Nutzer wissen müssen</h3>"),
            X('<ul class="wp-block-list">'),
            U("<li>Passkeys werden über den Google-Passwortmanager synchronisiert.</li>"),
            U("<li>Auf fremden Geräten hilft ein QR-Code beim Anmelden.</li>"),
            X("</ul>"),
            ebenfalls(A_BAHN[0], A_BAHN[1], query=""),
            adsense(),
            P(
                "Auch Apple und Microsoft unterstützen Passkeys bereits. Sicherheitsforscher sehen darin den größten Fortschritt bei der Anmeldung seit Jahren."
            ),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("Passkeys", "passkeys"), ("Google", "google"), ("Security", "security")],
            [
                (A_RANSOM[0], A_RANSOM[1], "Security", "Daniel Roth", "2024/09/ransomware.jpg"),
                (A_PARLER[0], A_PARLER[1], "News", "Lea Sommer", "2021/01/parler-aws-shutterstock.jpg"),
            ],
        )
        + NEWSLETTER
        + comments([])
    ),
    related=[A_BAHN, A_RANSOM, A_PARLER],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": B + a["path"],
        "headline": a["title"],
        "description": a["lead"],
        "image": a["image"]["url"],
        "datePublished": a["published"],
        "author": {"@type": "Person", "name": "Jonas Weber"},
        "articleSection": "Security",
        "keywords": "Passkeys, Google, Security",
        "isAccessibleForFree": True,
        "articleBody": 'Google-Nutzerinnen und -Nutzer werden bei der Anmeldung künftig standardmäßig aufgefordert, einen Passkey anzulegen. [t3n_ad id="adsense-1"] Passkeys basieren auf dem FIDO2-Standard. [embed]https://www.youtube.com/watch?v=abc123[/embed]',
    },
    no_modified_meta=True,
    notes="JSON-LD without dateModified and no modified meta anywhere -> modified null. Lead <p class=c-article__summary>. Ads as <ins class=adsbygoogle> (one with fallback copy). 'Ebenfalls interessant' links to the robots-disallowed Bahn article (a related link, but must not be fetched). <picture> lead image, '(Grafik: …)' credit. articleBody contains [t3n_ad]/[embed] shortcodes.",
)

# ---------------------------------------------------------------- 12 AI Act
art(
    id="1560021",
    path=A_AIACT[0],
    title=A_AIACT[1],
    section="News",
    lead="Die EU hat den AI Act endgültig verabschiedet. Was Unternehmen jetzt beachten müssen und welche Fristen gelten.",
    lead_html='<div class="c-article__excerpt"><p>Die EU hat den <abbr title="Artificial Intelligence">AI</abbr> Act endgültig verabschiedet. Was Unternehmen jetzt beachten müssen und welche Fristen gelten.</p></div>',
    kicker_html='<a class="c-article__category" href="/news/">News</a>',
    authors=["Nina Haller"],
    byline=lambda: f"Von {alink('Nina Haller')}",
    published="2024-05-21T15:00:00+02:00",
    modified="2024-05-22T09:30:00+02:00",
    time_attr="2024-05-21T15:00:00+02:00",
    time_text="21.05.2024",
    reading="4 Min.",
    reading_time=4,
    image=None,
    figure_html="",
    tags=["AI Act", "EU", "Regulierung"],
    entry_open='<div class="c-entry">',
    entry_close="</div>",
    pages=[
        [
            P(
                "Der Rat der EU-Mitgliedstaaten hat dem AI Act am Dienstag zugestimmt. Damit ist das weltweit erste umfassende KI-Gesetz beschlossen."
            ),
            ebenfalls(A_CHATGPT[0], A_CHATGPT[1], query="#kommentare", absolute=False),
            P(
                "Das Gesetz teilt KI-Anwendungen in Risikoklassen ein. Je höher das Risiko, desto strenger die Auflagen."
            ),
            ad_container("Compliance-Software für den AI Act: Jetzt Demo anfragen", "content-1"),
            U("<h2>Die wichtigsten Fristen</h2>"),
            P(
                "Verbotene Praktiken wie Social Scoring müssen nach sechs Monaten eingestellt werden.<br>Für Anbieter von Basismodellen gelten die Pflichten nach zwölf Monaten.<br>Die meisten übrigen Regeln greifen nach zwei Jahren."
            ),
            X(
                '<p><strong>Ebenfalls interessant: </strong><a href="https://t3n.de/news/microsoft-bing-ki-suche-alle-nutzer-1463390/?utm_source=t3n&amp;utm_medium=inline">Microsoft öffnet die KI-Suche in Bing für alle Nutzer</a></p>'
            ),
            U("<h3>Was Unternehmen jetzt tun sollten</h3>"),
            P(
                "Fachleute raten, zunächst eine Bestandsaufnahme zu machen: Welche KI-Systeme sind im Einsatz, und in welche Risikoklasse fallen sie?"
            ),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("AI Act", "ai-act"), ("EU", "eu"), ("Regulierung", "regulierung")],
            [
                (A_RUST[0], A_RUST[1], "Software", "Tobias Kern", "2025/01/rust.jpg"),
                (A_CHATGPT[0], A_CHATGPT[1], "Software", "Mareike Brandt, Tobias Kern", "2022/12/chatgpt-schule.jpg"),
            ],
        )
        + NEWSLETTER
        + comments(
            [
                (
                    "3301",
                    "Katrin Weiß",
                    "2024-05-21T16:02:00+02:00",
                    "Endlich Klarheit. Jetzt fehlt nur noch die Umsetzung in den Behörden.",
                ),
                (
                    "3302",
                    "dev_ops_dennis",
                    "2024-05-21T19:45:00+02:00",
                    "Die Fristen sind für kleine Firmen ziemlich sportlich.<br>Wer prüft das eigentlich?",
                ),
            ]
        )
    ),
    related=[A_CHATGPT, ("https://t3n.de/news/microsoft-bing-ki-suche-alle-nutzer-1463390/", A_BING[1]), A_RUST],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": B + a["path"],
        "headline": a["title"],
        "description": a["lead"],
        "datePublished": a["published"],
        "dateModified": a["modified"],
        "author": [{"@type": "Person", "name": "Nina Haller"}],
        "articleSection": "News",
        "keywords": "AI Act, EU, Regulierung",
        "isAccessibleForFree": True,
    },
    notes="No lead image (image null, no og:image). Lead contains <abbr>. Two 'Ebenfalls interessant' paragraphs: one relative with only a #fragment, one absolute to https://t3n.de/… (off-replica host, kept as is minus utm). Paragraph with <br> lines. Comment section with two real comments. Mehr zu diesem Thema second card duplicates the first inline crosslink (deduped).",
)

# ---------------------------------------------------------------- 13 Rust
art(
    id="1571300",
    path=A_RUST[0],
    title=A_RUST[1],
    section="Software",
    lead="Seit 2022 darf im Linux-Kernel auch Rust-Code stehen. Doch zwischen alten und neuen Maintainern knirscht es gewaltig. Eine Bestandsaufnahme.",
    lead_html='<div class="c-article__excerpt"><p>Seit 2022 darf im Linux-Kernel auch Rust-Code stehen. Doch zwischen alten und neuen Maintainern knirscht es gewaltig. Eine Bestandsaufnahme.</p></div>',
    kicker_html='<a class="c-article__category" href="/tag/software/">Software</a>',
    authors=["Tobias Kern"],
    byline=lambda: f"Von {alink('Tobias Kern')}",
    published="2025-01-08T07:30:00+01:00",
    modified="2025-01-08T12:00:00+01:00",
    time_attr="2025-01-08T07:30:00+01:00",
    time_text="08.01.2025",
    reading="7 Min. Lesezeit",
    reading_time=7,
    image={
        "url": f"{IMG}/2025/01/rust.jpg",
        "caption": "Tux trifft Ferris: Das Rust-Maskottchen ist im Kernel angekommen.",
        "credit": "t3n / Midjourney",
    },
    figure_html=f'''<figure class="c-article__image"><img loading="lazy" src="/img/placeholder.png" data-src="{IMG}/2025/01/rust.jpg" alt="">
  <figcaption><span class="c-article__caption">Tux trifft Ferris: Das Rust-Maskottchen ist im Kernel angekommen.</span> <span class="credit">Abbildung: t3n / Midjourney</span></figcaption></figure>''',
    tags=["Linux", "Rust", "Open Source"],
    entry_open='<div class="c-entry"><article class="c-entry__article"><div class="c-entry__content">',
    entry_close="</div></article></div>",
    pages=[
        [
            X('<section class="c-entry__intro">'),
            P(
                "Als Linus Torvalds im Herbst 2022 die ersten Rust-Patches in den Kernel aufnahm, war von einer neuen Ära die Rede. Gut zwei Jahre später ist die Stimmung gereizt."
            ),
            P(
                "Mehrere Rust-Entwickler haben sich aus dem Projekt zurückgezogen. Sie werfen einzelnen Maintainern vor, die Arbeit aus Prinzip zu blockieren."
            ),
            X("</section>"),
            ad_container("Linux-Administrator werden: Zertifikatslehrgang in 12 Wochen", "magazin-1"),
            X('<section class="c-entry__chapter">'),
            U('<h2 class="wp-block-heading" id="warum-rust">Warum überhaupt Rust?</h2>'),
            P(
                "Rust verspricht Speichersicherheit ohne Garbage Collector. Ein großer Teil der Sicherheitslücken im Kernel geht auf Speicherfehler zurück, die Rust schon beim Kompilieren verhindern würde."
            ),
            U('<h3 class="wp-block-heading">Die Argumente der Skeptiker</h3>'),
            P(
                "Kritiker halten dagegen, dass zwei Sprachen im Kernel den Wartungsaufwand erhöhen. Wer eine C-Schnittstelle ändert, müsse künftig auch Rust-Code anpassen."
            ),
            U('<h4 class="wp-block-heading">Drei Streitpunkte</h4>'),
            X('<ol class="wp-block-list">'),
            U("<li>Wer pflegt die Rust-Bindings für bestehende C-Subsysteme?</li>"),
            U("<li>Dürfen Maintainer Rust-Code in ihrem Bereich ablehnen?</li>"),
            U("<li>Wie stabil müssen interne Schnittstellen sein?</li>"),
            X("</ol>"),
            X("</section>"),
            tg_crosslinks([A_PORTRAIT], heading="Passend dazu"),
            X('<section class="c-entry__chapter">'),
            U('<h2 class="wp-block-heading">Wie es weitergeht</h2>'),
            U(
                '<blockquote class="wp-block-quote"><p>Rust ist gekommen, um zu bleiben – die Frage ist nur, wie.</p></blockquote>'
            ),
            P(
                "So fasste es Kernel-Entwicklerin Miriam Koch auf der Linux Plumbers Conference zusammen. Eine Entscheidung wird für die nächsten Monate erwartet."
            ),
            X("</section>"),
        ]
    ],
    after=lambda: (
        mehr_block(
            [("Linux", "linux"), ("Rust", "rust"), ("Open Source", "open-source")],
            [
                (A_4TAGE[0], A_4TAGE[1], "Trendreport", "Clara Vogt", "2023/03/vier-tage-woche.jpg"),
                (A_AIACT[0], A_AIACT[1], "News", "Nina Haller", "2024/05/ai-act.jpg"),
            ],
        )
        + NEWSLETTER
        + comments([])
    ),
    related=[A_PORTRAIT, A_4TAGE, A_AIACT],
    jsonld=lambda a: {
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "NewsArticle",
                "@id": B + a["path"] + "#article",
                "mainEntityOfPage": B + a["path"],
                "headline": a["title"],
                "description": a["lead"],
                "image": [a["image"]["url"]],
                "datePublished": a["published"],
                "dateModified": a["modified"],
                "author": [{"@id": B + "/redaktion/tobias-kern/#person"}],
                "articleSection": ["Software", "Magazin"],
                "keywords": ["Linux", "Rust", "Open Source"],
                "isAccessibleForFree": True,
            },
            {"@type": "Person", "@id": B + "/redaktion/tobias-kern/#person", "name": "Tobias Kern"},
        ],
    },
    notes="Magazine long read in one page; JSON-LD @graph with author as a list of @id references, articleSection and keywords as lists. Body inside div.c-entry > article > div with <section> chapters; h2/h3/h4 (wp-block-heading), ordered wp-block-list, wp-block-quote; .tg-crosslinks block with custom heading; lazy lead image with /img/placeholder.png and credit in <span class=credit>Abbildung: …</span>.",
)


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------
def page_url(a, n):
    return B + a["path"] + ("" if n == 1 else f"{n}/")


def render_article(a, n):
    pc = len(a["pages"])
    url = page_url(a, n)
    head = [
        f'<link rel="canonical" href="{url}">',
        f'<meta name="description" content="{esc(a["lead"])}">',
        '<meta property="og:type" content="article">',
        '<meta property="og:locale" content="de_DE">',
        '<meta property="og:site_name" content="t3n Magazin">',
        f'<meta property="og:title" content="{esc(a.get("og_title", a["title"]))}">',
        f'<meta property="og:description" content="{esc(a["lead"])}">',
        f'<meta property="og:url" content="{url}">',
        f'<meta name="author" content="{esc(a.get("meta_author", ", ".join(a["authors"])))}">',
        f'<meta property="article:published_time" content="{a["time_attr"]}">',
    ]
    if a["modified"] and not a.get("no_modified_meta"):
        head.append(f'<meta property="article:modified_time" content="{a.get("jsonld_modified", a["modified"])}">')
    if a["image"]:
        head.append(f'<meta property="og:image" content="{a["image"]["url"]}">')
    if n > 1:
        head.append(f'<link rel="prev" href="{page_url(a, n - 1)}">')
    if n < pc:
        head.append(f'<link rel="next" href="{page_url(a, n + 1)}">')
    if a.get("jsonld"):
        head.append(
            '<script type="application/ld+json">'
            + json.dumps(a["jsonld"](a), ensure_ascii=False, indent=1)
            + "</script>"
        )
    if a.get("datalayer"):
        dl = {
            "event": "article_view",
            "article": {
                "id": a["id"],
                "headline": a.get("dl_headline", a["title"]),
                "author": ", ".join(a["authors"]),
                "publication_date": a["published"],
                "section": a["section"],
            },
        }
        head.append(
            "<script>window.dataLayer = window.dataLayer || []; dataLayer.push("
            + json.dumps(dl, ensure_ascii=False)
            + ");</script>"
        )

    reading = f'<span class="c-article__reading-time">{a["reading"]}</span>' if a["reading"] else ""
    if a.get("theme") == "old":
        header = f'''<header class="article-header">
  {a["kicker_html"]}
  <h1 class="entry-title">{esc(a["title"])}</h1>
  <div class="article-header__meta">{a["byline"]()} | <time class="entry-date published" datetime="{a["time_attr"]}">{a["time_text"]}</time></div>
</header>'''
    else:
        lead = a["lead_html"] if n == 1 else ""
        header = f'''<header class="c-article__header">
  <div class="c-article__topline">{a["kicker_html"]}</div>
  <div class="c-article__headline"><h1>{esc(a["title"])}</h1></div>
  {lead}
  <div class="c-article__meta">
    <div class="c-article__byline">{a["byline"]()}</div>
    <div class="c-article__info"><time datetime="{a["time_attr"]}">{a["time_text"]}</time> {reading}</div>
    <button class="c-article__bookmark">Artikel merken</button>
  </div>
</header>'''
    figure = a["figure_html"] if n == 1 else ""
    body = "\n".join(h for _, h in a["pages"][n - 1])
    pag = ""
    if pc > 1:
        parts = []
        if n > 1:
            parts.append(f'<a class="c-pagination__prev" rel="prev" href="{page_url(a, n - 1)}">Zurück</a>')
        for i in range(1, pc + 1):
            if i == n:
                parts.append(f'<span class="c-pagination__page c-pagination__page--current">{i}</span>')
            else:
                parts.append(f'<a class="c-pagination__page" href="{page_url(a, i)}">{i}</a>')
        if n < pc:
            parts.append(f'<a class="c-pagination__next" rel="next" href="{page_url(a, n + 1)}">Weiter</a>')
        pag = f'<nav class="c-article-pagination" aria-label="Seiten">{" ".join(parts)}</nav>'
    after = ""
    if "after" in a and n == pc:
        after = a["after"]()
    if "after_pages" in a and (n - 1) in a["after_pages"]:
        after = a["after_pages"][n - 1]()
    top_ad = '<div class="c-ad-container c-ad-container--billboard"><span class="c-ad-container__label">Anzeige</span><div id="billboard"></div><span class="c-ad-container__label">Anzeige</span></div>'
    content = f"""{top_ad}
<main id="main-content" class="c-main">
<article class="c-article" id="post-{a["id"]}">
{header}
{figure}
{SHARE if a.get("theme") != "old" else ""}
{a["entry_open"]}
{body}
{a["entry_close"]}
{pag}
{after}
</article>
<aside class="c-sidebar"><div class="c-ad-container"><span class="c-ad-container__label">Anzeige</span><div id="sky"></div></div>
<h2>Meistgelesen</h2><ol><li><a href="/news/">Alle News</a></li><li><a href="/jobs/">Jobs bei t3n</a></li></ol></aside>
</main>
{ADBLOCK}"""
    title = a["title"] + (f" – Seite {n}" if n > 1 else "") + " | t3n"
    return shell(title, "\n".join(head), content, lang=a.get("lang", True), body_class="single single-post")


# ---------------------------------------------------------------------------
# structured fields (docs/article-structure.md): blocks, images, links
# ---------------------------------------------------------------------------
# Text blocks come from the ("u", html) units (their tag says the type; a <li> is ordered inside
# an ("x", "<ol ...>") piece). Of the ("x", html) pieces only those RAW_BLOCKS names give blocks:
# each entry below was written by reading that piece's HTML. No text unit of this replica holds a
# link, so every links list is empty.
TEXT_BLOCKS = ("paragraph", "heading", "list_item", "quote")

# article id -> [(a string only that piece holds, [blocks it gives])]; an image block carries its
# <img> width/height for `images`
RAW_BLOCKS = {
    # the embedded tweet: its status link (the last link inside the embed that points to twitter);
    # ref_src is not one of the contract's tracking parameters, so it stays
    "1350777": [
        (
            "is-provider-twitter",
            [
                {
                    "type": "embed",
                    "url": "https://twitter.com/telegram/status/1349000000000000000?ref_src=twsrc%5Etfw",
                    "provider": "twitter",
                }
            ],
        )
    ],
    # the YouTube player: the <iframe> src (the consent placeholder beside it is no block)
    "1498312": [
        (
            "c-embed--youtube",
            [{"type": "embed", "url": "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", "provider": "youtube"}],
        )
    ],
    # the table: header cells included; its figcaption is no block (a table block has only rows)
    "1420987": [
        (
            "wp-block-table",
            [
                {
                    "type": "table",
                    "rows": [
                        ["Kennzahl", "Vorher", "Nachher"],
                        ["Krankheitstage pro Jahr", "11", "7"],
                        ["Kündigungen", "9", "4"],
                    ],
                }
            ],
        )
    ],
    # two lazy inline images: src /img/placeholder.png, the real URL in data-src
    "1399001": [
        (
            "portraet-github.jpg",
            [
                {
                    "type": "image",
                    "url": f"{IMG}/2021/09/portraet-github.jpg",
                    "caption": "Über 4.000 offene Issues zählt das Projekt auf Github.",
                    "credit": "Github",
                    "width": 1024,
                    "height": 576,
                }
            ],
        ),
        (
            "portraet-konferenz.jpg",
            [
                {
                    "type": "image",
                    "url": f"{IMG}/2021/09/portraet-konferenz.jpg",
                    "caption": "Lindqvist spricht regelmäßig auf Konferenzen über die Finanzierung von Open Source.",
                    "credit": "Anne Berger für t3n",
                    "width": 1024,
                    "height": 576,
                }
            ],
        ),
    ],
}

# article id -> (url, width, height) of the lead image as images[0], read from figure_html:
# src; else the largest srcset/data-srcset candidate; else data-src when src is a placeholder
# (a data: URI or /img/placeholder.png); a <picture>'s <source> is another format, not a
# rendition of the <img>. No URL here has a ?class= rendition.
LEAD_IMAGES = {
    "1351234": (f"{IMG}/2021/01/parler-aws-shutterstock.jpg", 1200, 675),
    "1350777": (f"{IMG}/2021/01/telegram.jpg", None, None),  # data-srcset "… 1200w"
    "1498312": (f"{IMG}/2022/12/chatgpt-schule.jpg", None, None),  # data-src
    "1420987": (f"{IMG}/2023/03/vier-tage-woche.jpg", None, None),  # srcset "… 1200w", src data:svg
    "1587402": (f"{IMG}/2024/09/ransomware.jpg", None, None),
    "987654": ("{base}/wp-content/uploads/2017/08/whatsapp-status.jpg", 620, 349),  # relative src
    "1602233": (f"{IMG}/2025/02/cloud-hosting.jpg", None, None),
    "1463390": (f"{IMG}/2023/05/bing.jpg", None, None),  # data-src
    "1512876": (f"{IMG}/2023/11/db-app.jpg", None, None),
    "1399001": (f"{IMG}/2021/09/portraet.jpg", None, None),
    "1533455": (f"{IMG}/2024/02/passkeys.jpg", None, None),  # <img> src inside <picture>
    "1571300": (f"{IMG}/2025/01/rust.jpg", None, None),  # data-src
}


def structure(a):
    blocks, images, ordered = [], [], None
    if a["image"]:
        url, w, h = LEAD_IMAGES[a["id"]]
        images.append(
            {"url": url, "caption": a["image"]["caption"], "credit": a["image"]["credit"], "width": w, "height": h}
        )
    for pg in a["pages"]:
        for k, h in pg:
            if k == "x":
                opening = re.match(r"\s*<(/?)(ul|ol)\b", h)
                if opening:
                    ordered = None if opening.group(1) else opening.group(2) == "ol"
                for marker, raw in RAW_BLOCKS.get(a["id"], ()):
                    if marker in h:
                        for b in raw:
                            b = dict(b)
                            if b["type"] == "image":
                                w, hh = b.pop("width"), b.pop("height")
                                images.append(
                                    {
                                        "url": b["url"],
                                        "caption": b["caption"],
                                        "credit": b["credit"],
                                        "width": w,
                                        "height": hh,
                                    }
                                )
                            blocks.append(b)
                continue
            text = txt(h)
            if not text:
                continue
            tag = re.match(r"\s*<(\w+)", h).group(1)
            if tag == "p":
                blocks.append({"type": "paragraph", "text": text, "links": []})
            elif re.fullmatch(r"h[1-6]", tag):
                blocks.append({"type": "heading", "text": text, "level": int(tag[1]), "links": []})
            elif tag == "li":
                assert ordered is not None, (a["id"], h)
                blocks.append({"type": "list_item", "text": text, "ordered": ordered, "links": []})
            elif tag == "blockquote":
                paras = re.findall(r"<p>(.*?)</p>", h, re.S)
                assert paras and " ".join(txt(q) for q in paras) == text, (a["id"], h)
                blocks += [{"type": "quote", "text": txt(q), "links": []} for q in paras]
            else:
                raise ValueError((a["id"], tag))
            assert "<a " not in h, "a text unit with a link: give it its links"
    return {"blocks": blocks, "images": images, "links": []}


def expected(a):
    units = []
    for pg in a["pages"]:
        units += [txt(h) for k, h in pg if k == "u"]
    units = [u for u in units if u]
    rel, seen = [], set()
    for p, t in a["related"]:
        u = p if p.startswith("http") else "{base}" + p
        if u not in seen:
            seen.add(u)
            rel.append({"url": u, "title": t})
    img = None
    if a["image"]:
        img = dict(a["image"])
        img["url"] = a.get("image_expected_url", img["url"])
    item = {
        "id": a["id"],
        "url": "{base}" + a["path"],
        "title": a["title"],
        "lead": a["lead"],
        "body": "\n\n".join(units),
        "related_links": rel,
        "authors": a["authors"],
        "published": a["published"],
        "modified": a["modified"],
        "section": a["section"],
        "tags": a["tags"],
        "image": img,
        "reading_time_min": a["reading_time"],
        "paywalled": bool(a.get("paywalled")),
        "page_count": len(a["pages"]),
        "language": "de",
    }
    item.update(structure(a))
    assert "\n\n".join(b["text"] for b in item["blocks"] if b["type"] in TEXT_BLOCKS) == item["body"], a["id"]
    return item


# ---------------------------------------------------------------------------
# listings
# ---------------------------------------------------------------------------
BY_ID = {a["id"]: a for a in ARTICLES}


def teaser(aid, href_style="abs", heading="h2", badge=None, href=None):
    a = BY_ID[aid]
    path = href or a["path"]
    if href_style == "abs":
        h = B + path
    elif href_style == "rel":
        h = path
    else:
        h = B + path + "?utm_source=t3n&amp;utm_medium=" + href_style
    img = a["image"]["url"] if a["image"] else "/img/teaser-fallback.png"
    if img.startswith("{base}"):
        img = img.replace("{base}", B)
    auth = ", ".join(f'<a href="/redaktion/{AUTHORS.get(n, "brandstudio")}/">{n}</a>' for n in a["authors"])
    badge_html = f'<span class="c-teaser__badge">{badge}</span>' if badge else ""
    pro = '<span class="c-teaser__badge c-teaser__badge--pro">Pro</span>' if a.get("paywalled") else ""
    return f'''<article class="c-teaser">
  <a class="c-teaser__image-link" href="{h}" tabindex="-1"><img src="{PLACEHOLDER_GIF}" data-src="{img}" alt=""></a>
  <div class="c-teaser__content">
    {badge_html}{pro}<span class="c-teaser__kicker">{a["section"]}</span>
    <{heading} class="c-teaser__headline"><a href="{h}">{esc(a["title"])}</a></{heading}>
    <p class="c-teaser__excerpt">{esc(a["lead"])}</p>
    <div class="c-teaser__meta"><span class="c-teaser__author">Von {auth}</span> <time datetime="{a["time_attr"]}">{a["time_text"]}</time></div>
  </div>
</article>'''


def listing(title, path, teasers, prev=None, nxt=None, pages=None, cur=None, intro=""):
    head = [f'<link rel="canonical" href="{B}{path}">', f'<meta name="description" content="{esc(title)}">']
    if prev:
        head.append(f'<link rel="prev" href="{B}{prev}">')
    if nxt:
        head.append(f'<link rel="next" href="{B}{nxt}">')
    pag = ""
    if pages:
        parts = []
        if prev:
            parts.append(f'<a class="prev page-numbers" href="{B}{prev}">&laquo; Zurück</a>')
        for i, p in enumerate(pages, 1):
            if i == cur:
                parts.append(f'<span aria-current="page" class="page-numbers current">{i}</span>')
            else:
                parts.append(f'<a class="page-numbers" href="{B}{p}">{i}</a>')
        if nxt:
            parts.append(f'<a class="next page-numbers" href="{B}{nxt}">Weiter &raquo;</a>')
        pag = f'<nav class="navigation pagination" aria-label="Beiträge"><h2 class="screen-reader-text">Beitragsnavigation</h2><div class="nav-links">{"".join(parts)}</div></nav>'
    body = f"""<main id="main-content" class="c-main c-main--listing">
<h1 class="c-listing__title">{esc(title)}</h1>
{intro}
<div class="c-ad-container"><span class="c-ad-container__label">Anzeige</span><div id="listing-ad"></div></div>
<div class="c-listing">
{chr(10).join(teasers)}
</div>
{pag}
</main>"""
    return shell(title + " | t3n", "\n".join(head), body, body_class="archive")


NEWS_PAGES = ["/news/", "/news/page/2/", "/news/page/3/"]


def build_listings():
    out = {}
    # home
    home_teasers = [
        teaser("1602233", "home", badge="Sponsored"),
        teaser("1571300", "home"),
        teaser("1587402", "abs"),
        teaser("1420987", "rel"),
        teaser("1498312", "home"),
        teaser("1351234", "abs"),
        teaser("1350777", "rel"),
    ]
    home_intro = """<section class="c-hero"><p>Das Magazin für digitale Pioniere.</p>
<ul class="c-hero__links"><li><a href="/pro/">t3n Pro: 1 Monat gratis</a></li><li><a href="/suche/?q=ki">Beliebte Suche: KI</a></li>
<li><a href="/events/">Events</a></li><li><a href="https://www.youtube.com/@t3nMagazin">t3n auf YouTube</a></li></ul></section>"""
    out["/"] = listing(
        "t3n – digital pioneers | Das Magazin für digitales Business", "/", home_teasers, intro=home_intro
    )
    # news
    news = [
        ["1602233", "1571300", "1587402", "1560021", "1533455"],
        ["1512876", "1463390", "1420987", "1498312"],
        ["1399001", "1351234", "1350777", "987654"],
    ]
    styles = ["abs", "rel", "news"]
    for i, ids in enumerate(news):
        ts = [
            teaser(
                aid,
                styles[(i + j) % 3],
                badge="Sponsored" if aid == "1602233" else None,
                href=A_BING_OLD if aid == "1463390" else None,
            )
            for j, aid in enumerate(ids)
        ]
        prev = NEWS_PAGES[i - 1] if i > 0 else None
        nxt = NEWS_PAGES[i + 1] if i < 2 else None
        out[NEWS_PAGES[i]] = listing(
            "News" + (f" – Seite {i + 1}" if i else ""), NEWS_PAGES[i], ts, prev, nxt, NEWS_PAGES, i + 1
        )
    # topics
    out["/tag/software/"] = listing(
        "Software",
        "/tag/software/",
        [teaser(x, "rel") for x in ["1571300", "1420987", "1399001", "987654"]],
        intro='<p class="c-listing__intro">Alles zu Software, Apps und Entwicklung. <a href="/tag/software/rss.xml">RSS</a></p>',
    )
    out["/tag/ki/"] = listing(
        "KI",
        "/tag/ki/",
        [teaser("1560021", "abs"), teaser("1463390", "abs"), teaser("1498312", "topic")],
        intro='<p class="c-listing__intro">News und Hintergründe zu künstlicher Intelligenz.</p>',
    )
    return out


def rss():
    items = []
    order = [
        ("1602233", None),
        ("1571300", None),
        ("1587402", None),
        ("1560021", None),
        ("1533455", None),
        ("1463390", A_BING_OLD),
        ("1351234", None),
    ]
    for aid, alt in order:
        a = BY_ID[aid]
        path = alt or a["path"]
        from datetime import datetime
        from email.utils import format_datetime

        dt = datetime.fromisoformat(a["published"])
        items.append(f"""  <item>
    <title>{esc(a["title"])}</title>
    <link>{B}{path}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=t3n-news</link>
    <guid isPermaLink="false">t3n-{a["id"]}</guid>
    <pubDate>{format_datetime(dt)}</pubDate>
    <dc:creator><![CDATA[{", ".join(a["authors"])}]]></dc:creator>
    <category><![CDATA[{a["section"]}]]></category>
    <description><![CDATA[<p>{a["lead"]}</p>]]></description>
  </item>""")
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>t3n News</title>
  <link>{B}/</link>
  <atom:link href="{B}/rss.xml" rel="self" type="application/rss+xml"/>
  <description>t3n – digital pioneers</description>
  <language>de-DE</language>
{chr(10).join(items)}
</channel>
</rss>
'''


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p):
            shutil.rmtree(p)
        elif name not in ("make.py",):
            os.remove(p)

    def write(rel, text):
        p = os.path.join(HERE, rel.lstrip("/"))
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)

    for a in ARTICLES:
        for n in range(1, len(a["pages"]) + 1):
            sub = a["path"] + ("" if n == 1 else f"{n}/")
            write(sub + "index.html", render_article(a, n))
        write(a["path"] + "expected.json", json.dumps(expected(a), ensure_ascii=False, indent=2) + "\n")
        write(
            a["path"] + "meta.json",
            json.dumps({"path": a["path"], "notes": a["notes"]}, ensure_ascii=False, indent=2) + "\n",
        )
    for path, text in build_listings().items():
        write(path + "index.html", text)
    write("/rss.xml", rss())
    write(
        "/robots.txt",
        f"""# robots.txt for t3n.de (replica)
User-agent: GPTBot
Disallow: /

User-agent: *
Disallow: /suche/
Disallow: /pro/
Disallow: {A_BAHN[0]}
Allow: /

Sitemap: {B}/sitemap.xml
""",
    )
    write("/_redirects.json", json.dumps({A_BING_OLD: {"status": 301, "location": B + A_BING[0]}}, indent=2) + "\n")
    crawl = {
        "base_placeholder": "{base}",
        "max_pages": 3,
        "articles": [
            {"id": a["id"], "url": "{base}" + a["path"]}
            for a in ARTICLES
            if not a.get("advertorial") and not a.get("robots_disallowed")
        ],
        "dropped": [a["id"] for a in ARTICLES if a.get("advertorial")],
        "robots_disallowed": [A_BAHN[0], "/suche/", "/pro/"],
    }
    write("/expected_crawl.json", json.dumps(crawl, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
