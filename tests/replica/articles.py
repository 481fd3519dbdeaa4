"""The articles of the offline t3n.de replica, as plain data.

Everything the replica shows about an article and everything its expected item says come from
these records (``replica.build`` renders the HTML, ``replica.build.expected_item`` derives the
expected item), so page and answer cannot drift apart.

Text conventions inside record strings (the renderer turns them into markup, the expected item
strips them):
  ``**word**``          bold (``<strong>``)
  ``[[text|url]]``      an inline link to an off-site source (never a related link)
  ``\u00ad``            a soft hyphen, rendered as ``&shy;`` (removed in expected text)
  ``\u00a0``            a no-break space, rendered as ``&nbsp;`` (a normal space in expected text)

Body blocks, in page order:
  ("p", text) ("h2", text) ("h3", text) ("ul", [items]) ("ol", [items]) ("quote", text)
      -> article text
  ("ad",) / ("ad", "native ad copy")  an ad slot labelled "Anzeige" (optionally with ad copy)
  ("figure", {url, caption, credit, label})   inline image with caption
  ("embed", url)                              embed wrapper, empty without JavaScript
  ("embed-noscript", url)                     the same with a <noscript><p>… note inside
  ("related", id)                             "Ebenfalls interessant: <link>" paragraph
  ("crosslinks", [ids]) / ("c-crosslinks", [ids])  crosslink boxes inside the body
  ("newsletter",)                             the native newsletter box inside the body
  ("table", [[header…], [row…], …])           a table: NOT body text (the contract lists
                                              paragraphs, subheadings, list items, quotes)
  ("empty",)                                  an empty paragraph (<p>&nbsp;</p>): no text
  ("nextpage",)                               page break of a multi-page article
  ("paywall",)                                t3n Pro: everything after it is not public
"""

SHY = "\u00ad"
NBSP = "\u00a0"

# The newsroom (fictional names). slug None = a guest without an author page.
AUTHORS = {
    "jonas-brandt": {"name": "Jonas Brandt", "bio": "Jonas schreibt über Plattformen, Politik und Netzkultur."},
    "lea-hoffmann": {"name": "Lea Hoffmann", "bio": "Lea ist Redakteurin für Software und Entwicklung."},
    "milan-petrovic": {"name": "Milan Petrović", "bio": "Milan berichtet über IT-Sicherheit und Kryptografie."},
    "sophie-wagner": {"name": "Sophie Wagner", "bio": "Sophie leitet das Ressort Künstliche Intelligenz."},
    "daniel-kaya": {"name": "Daniel Kaya", "bio": "Daniel schreibt über Mobilität und Hardware."},
    "katrin-albers": {"name": "Katrin Albers", "bio": "Katrin verantwortet die Magazin-Strecken."},
}

# Topics in the site's main navigation: these /tag/<slug>/ pages are the sections.
NAV_TOPICS = [
    ("software", "Software"),
    ("ki", "KI"),
    ("security", "Security"),
    ("mobilitaet", "Mobilität"),
    ("marketing", "Marketing"),
]


def _a(*slugs):
    """Author list from slugs; a tuple (name, None) is a guest author without a page."""
    out = []
    for s in slugs:
        if isinstance(s, tuple):
            out.append({"name": s[0], "slug": None})
        else:
            out.append({"name": AUTHORS[s]["name"], "slug": s})
    return out


CDN = "https://cdn.t3n.de/news/wp-content/uploads"


ARTICLES = [
    # ---------------------------------------------------------------- 2017, older layout
    {
        "id": "984211",
        "kind": "news",
        "slug": "slack-threads-antworten",
        "section": "Software",
        "title": "Slack bekommt Threads: So funktionieren die neuen Antwort-Stränge",
        "lead": "Slack führt nach langem Warten Threads ein. Antworten auf eine Nachricht landen "
        "künftig in einem eigenen Strang – der Hauptkanal bleibt übersichtlich.",
        "body": [
            (
                "p",
                "Lange haben Nutzerinnen und Nutzer darauf gewartet, jetzt ist es so weit: "
                "Slack unterstützt Threads. Wer auf eine Nachricht antworten will, ohne den "
                "ganzen Kanal zu stören, öffnet über das Sprechblasen-Symbol einen eigenen "
                "Antwort-Strang.",
            ),
            ("ad",),
            (
                "p",
                "Neue Antworten in einem Thread erscheinen nicht im Kanal selbst, sondern in "
                "einer eigenen Ansicht „Alle Threads“. Wichtige Antworten lassen sich "
                "trotzdem zusätzlich in den Kanal schicken – dafür gibt es eine Checkbox "
                "unter dem Eingabefeld.",
            ),
            ("h2", "Was Teams jetzt wissen müssen"),
            (
                "ul",
                [
                    "Threads funktionieren in öffentlichen und privaten Kanälen.",
                    "Die Funktion wird schrittweise für alle Teams freigeschaltet.",
                    "Auf iOS und Android kommt sie mit den nächsten App-Updates.",
                ],
            ),
            ("empty",),
            (
                "p",
                "Slack hatte die Funktion mehr als ein Jahr lang mit ausgewählten Teams "
                "getestet. Laut dem Unternehmen nutzen inzwischen mehr als fünf Millionen "
                "Menschen täglich den Dienst.",
            ),
        ],
        "authors": _a("lea-hoffmann", ("Tim Berger", None)),
        "published": "2017-01-19T09:30:00+01:00",
        "modified": "2017-01-19T11:02:00+01:00",
        "tags": ["Slack", "Software", "Kollaboration"],
        "image": {
            "url": f"{CDN}/2017/01/slack-threads.png",
            "caption": "Threads in Slack: Antworten landen in einem eigenen Strang.",
            "credit": "Slack",
            "label": "Screenshot",
        },
        "reading_time": None,
        "layout": "legacy",
        "variant": 0,
        "jsonld": "graph",
        "related": ["1350874"],
        "notes": "older layout: no .c-article__headline, plain h1 in the article header, other "
        "class names, numeric entities, JSON-LD as a Yoast @graph with type Article; "
        "6-digit id; two authors, one a guest without author page; no reading time",
    },
    # ---------------------------------------------------------------- January 2021
    {
        "id": "1350874",
        "kind": "news",
        "slug": "signal-whatsapp-rekord-neuanmeldungen",
        "section": "News",
        "title": "Signal statt Whats\u00adApp: Messenger verzeichnet Rekord bei Neu\u00adanmeldungen",
        "lead": "Nach der Ankündigung neuer Nutzungsbedingungen bei WhatsApp wechseln viele "
        "Menschen zu Signal. Der Messenger kam mit der Verifizierung zeitweise nicht "
        "hinterher.",
        "body": [
            (
                "p",
                "Die Stiftung hinter Signal meldet seit Tagen Rekordzahlen. Allein in den "
                "ersten Januartagen haben sich laut Marktforschern mehr als 7,5\u00a0Millionen "
                "Menschen weltweit die App heruntergeladen – ein Vielfaches der üblichen Zahl.",
            ),
            ("ad",),
            (
                "p",
                "Auslöser ist eine Nachricht, die WhatsApp-Nutzer beim Öffnen der App "
                "sehen: Wer die neuen Bedingungen bis Februar nicht akzeptiert, soll den "
                "Dienst nicht weiter nutzen können. Viele verstehen das als Ankündigung, "
                "dass mehr Daten an Facebook fließen.",
            ),
            (
                "quote",
                "Wir arbeiten daran, neue Server so schnell wie möglich in Betrieb zu "
                "nehmen, damit die Verifizierung wieder reibungslos klappt.",
            ),
            (
                "p",
                "Auch der Messenger Telegram profitiert. Dessen Gründer Pawel Durow sprach "
                "von 25\u00a0Millionen neuen Konten innerhalb von 72 Stunden.",
            ),
            ("related", "1353377"),
        ],
        "authors": _a("jonas-brandt"),
        "published": "2021-01-11T08:15:00+01:00",
        "modified": "2021-01-11T17:02:00+01:00",
        "tags": ["Signal", "WhatsApp", "Messenger", "Software", "Security"],
        "image": {
            "url": f"{CDN}/2021/01/signal-app-smartphone.jpg",
            "caption": "Signal ist der Gewinner der WhatsApp-Debatte.",
            "credit": "Tada Images / Shutterstock.com",
            "label": "Foto",
        },
        "reading_time": 2,
        "layout": "current",
        "variant": 1,
        "jsonld": None,
        "related": ["1351990"],
        "notes": "no JSON-LD at all: title/authors/dates only from markup, meta tags and the "
        "dataLayer; soft hyphens in the title; a quote; nbsp in numbers",
    },
    {
        "id": "1351990",
        "kind": "news",
        "slug": "telegram-loescht-hassgruppen",
        "section": "News",
        "title": "Wegen Aufrufen zur Gewalt: Telegram löscht Hassgruppen",
        "lead": "Telegram hat dutzende öffentliche Kanäle gesperrt, in denen zu Gewalt "
        "aufgerufen wurde. Der Messenger reagiert damit auf den Druck nach dem Sturm "
        "auf das US-Kapitol.",
        "body": [
            (
                "p",
                "Der Messenger Telegram hat nach eigenen Angaben dutzende öffentliche Kanäle "
                "gelöscht, in denen Nutzer zu Gewalt aufgerufen hatten. Betroffen seien vor "
                "allem Gruppen aus dem rechtsextremen Spektrum in den USA.",
            ),
            ("ad",),
            (
                "p",
                "Viele Nutzerinnen und Nutzer von Parler waren nach der Abschaltung des "
                "Netzwerks zu Telegram gewechselt. Das Unternehmen betonte, es dulde keine "
                "Aufrufe zur Gewalt – auch nicht in großen öffentlichen Kanälen.",
            ),
            (
                "p",
                "Kritiker bemängeln seit Jahren, dass Telegram zu wenig gegen Hetze "
                "unternimmt. Moderiert werden nur öffentliche Kanäle, private Chats bleiben "
                "unangetastet.",
            ),
        ],
        "authors": _a("jonas-brandt"),
        "published": "2021-01-13T15:40:00+01:00",
        "modified": None,
        "tags": ["Telegram", "Social Media", "Messenger"],
        "image": {
            "url": f"{CDN}/2021/01/telegram-app-icon.jpg",
            "caption": "Telegram geht gegen Gewaltaufrufe vor.",
            "credit": "Ascannio / Shutterstock.com",
            "label": "Foto",
        },
        "reading_time": 1,
        "layout": "current",
        "variant": 0,
        "jsonld": "news",
        "related": ["1352418", "1350874"],
        "notes": "target of the sample page's 'Ebenfalls interessant' link; no modification "
        "date (modified null); only reachable from the home page's 'Meistgelesen' box "
        "and /news/ page 4",
    },
    {
        "id": "1352418",
        "kind": "news",
        "slug": "parler-mails-amazon-moderation-kritik",
        "section": "News",
        "title": "Parler: Mails zeigen, dass Amazon die Moderation schon vor Monaten kritisiert hat",
        "lead": "Amazons Cloudsparte AWS hat Parler schon im November 2020 dazu aufgefordert, "
        "über das rechte Netzwerk verbreitete Gewaltaufrufe zu unterbinden. Das zeigen "
        "jetzt veröffentlichte E-Mails zwischen Mitarbeitern der beiden Firmen.",
        # Verbatim from shared/site/sample-page-text.txt; ad slots where the text shows them.
        "body": [
            (
                "p",
                "Nach dem Sturm auf das US-Kapitol hat AWS seinen Vertrag mit Parler "
                "gekündigt, weswegen das rechte Netzwerk offline gehen musste. Amazons "
                "Cloudsparte erklärte den Schritt damit, dass Parler auf der Plattform "
                "geteilte Gewaltaufrufe nicht zeitnah gelöscht habe. Parler reichte daraufhin "
                "Klage gegen AWS ein und warf dem Cloudanbieter vor, aus politischen Gründen "
                "gehandelt zu haben und um der Firma aktiv zu schaden. Jetzt hat AWS vor "
                "Gericht Belege dafür vorgelegt, dass die Amazon-Tochter schon seit November "
                "2020 mehrfach auf Gewaltaufrufe auf der Plattform hingewiesen hat. Aus den "
                "von AWS veröffentlichten E-Mails geht hervor, dass Mitarbeiter des "
                "Cloudanbieters immer wieder Beispiele für rassistische und zur Gewalt "
                "anstiftende Beiträge an Parler gesendet und drauf gedrängt hatten, dass sich "
                "der Anbieter damit befasst.",
            ),
            ("ad",),
            (
                "p",
                "Die AWS-Anwälte argumentieren, dass die Parler-Vorwürfe falsch seien und es "
                "bei der Sperrung der Plattform nicht um Unterdrückung der freien "
                "Meinungsäußerung oder einer Verschwörung mit anderen Internet-Konzernen "
                "gehe, um der Firma zu schaden. „Stattdessen geht es in diesem Fall um die "
                "demonstrierte Unwilligkeit und Unfähigkeit von Parler, Inhalte von den "
                "Servern von Amazon Web Services (AWS) zu entfernen, die die öffentliche "
                "Sicherheit bedrohen, wie zum Beispiel durch die Anstiftung und Planung von "
                "Vergewaltigung, Folter und Ermordung von namentlich genannten Amtsträgern und "
                "Privatpersonen“, heißt es in einem vor Gericht eingereichten Dokument.",
            ),
            (
                "p",
                "„Es gibt keine Rechtsgrundlage in den Kundenverträgen von AWS oder "
                "anderweitig, um AWS zu zwingen, Inhalte dieser Art zu hosten“, heißt es "
                "weiter in dem Dokument. Die Klage von Parler bezeichnen die AWS-Anwälte als "
                "haltlos. „Wenn es eine Vertragsverletzung gibt, dann ist es das erwiesene "
                "Versagen und die Unfähigkeit von Parler, solche Inhalte zu identifizieren und "
                "zu entfernen“, so die Anwälte.",
            ),
            ("ad",),
            ("h2", "Parler: Das steckt hinter dem rechten Netzwerk"),
            (
                "p",
                "Das soziale Netzwerk Parler wurde 2018 gegründet und wirbt vor allem damit, "
                "Inhalte kaum zu moderieren. Die Plattform war daher vor allem im rechten "
                "Spektrum beliebt, da dort auch Beiträge geteilt werden konnten, die andere "
                "Plattformen als Verstoß gegen die Nutzungsbedingungen gewertet hätten. Einen "
                "großen Nutzeransturm erlebte die Plattform gegen Ende 2020, nachdem Twitter "
                "Beiträge von US-Präsident Trump mit einem Faktencheck belegt hatte. "
                "Finanziert wurde die Plattform unter anderem von der Milliardärin und "
                "Trump-Anhängerin Rebekah Mercer.",
            ),
            ("ad",),
            (
                "p",
                "Nach dem gewaltsamen Sturm auf das US-Kapitol, bei dem fünf Menschen ums "
                "Leben kamen, sperrten Apple und Google die Anwendung aus ihren jeweiligen "
                "App-Verzeichnissen aus. Kurz darauf entschied sich auch AWS, den Dienst nicht "
                "länger auf den Cloud-Servern des Unternehmens zu beheimaten. Bei einem Hack "
                "erbeutete Nutzerdaten zeigten später, dass sich zahlreiche Nutzerinnen und "
                "Nutzer von Parler an dem Sturm des Kapitols beteiligt hatten.",
            ),
            ("related", "1351990"),
        ],
        "authors": _a("jonas-brandt"),
        "published": "2021-01-14T10:05:00+01:00",
        "modified": "2021-01-14T13:47:00+01:00",
        "tags": ["Amazon", "AWS", "Parler", "Social Media"],
        "image": {
            "url": f"{CDN}/2021/01/parler-aws-shutterstock.jpg",
            "caption": "AWS hat Parler schon im November 2020 aufgrund von auf der "
            "Plattform geteilten Gewaltaufrufen kontaktiert.",
            "credit": "Sherl / Shutterstock.com",
            "label": "Foto",
        },
        "reading_time": 2,
        "layout": "current",
        "variant": 0,
        "jsonld": "news",
        "related": [],  # the suggestion box is filled by JavaScript on this page
        "sample": True,
        "notes": "THE SAMPLE PAGE (shared/site/sample-page-text.txt) with all its boilerplate; "
        "linked from /news/, the home page's 'Meistgelesen' box (absolute, utm) and "
        "/tag/social-media/",
    },
    {
        "id": "1353377",
        "kind": "news",
        "slug": "whatsapp-nutzungsbedingungen-verschoben",
        "old_slugs": ["whatsapp-nutzungsbedingungen-frist"],
        "section": "News",
        "title": "WhatsApp verschiebt neue Nutzungsbedingungen um drei Monate",
        "lead": "Nach massiver Kritik gibt WhatsApp den Nutzerinnen und Nutzern mehr Zeit: Die "
        "neuen Bedingungen sollen erst im Mai gelten.",
        "body": [
            (
                "p",
                "WhatsApp rudert zurück. Die umstrittenen neuen Nutzungsbedingungen treten "
                "nicht wie geplant am 8.\u00a0Februar in Kraft, sondern erst am "
                "15.\u00a0Mai. Kein Konto werde vorher gesperrt oder gelöscht, schreibt das "
                "Unternehmen in einem Blogpost.",
            ),
            ("ad", "Jetzt WLAN-Router vergleichen und bis zu 40\u00a0Prozent sparen. Mehr erfahren"),
            (
                "p",
                "Man habe „viel Verwirrung“ und Falschinformationen bemerkt, heißt es. An der "
                "Weitergabe von Daten an Facebook ändere sich für Nutzer in Europa nichts.",
            ),
            (
                "p",
                "Verbraucherschützer raten dennoch dazu, die neuen Bedingungen genau zu lesen. "
                "Die Hamburger Datenschutzbehörde prüft ein Eilverfahren gegen den Konzern.",
            ),
            (
                "p",
                "**Update vom 16. Januar 2021, 10:30 Uhr:** Wir haben den Artikel um die "
                "Stellungnahme der Datenschutzbehörde ergänzt.",
            ),
        ],
        "authors": _a("lea-hoffmann"),
        "published": "2021-01-16T09:00:00+01:00",
        "modified": "2021-01-16T10:30:00+01:00",
        "tags": ["WhatsApp", "Datenschutz", "Messenger", "Software"],
        "image": {
            "url": f"{CDN}/2021/01/whatsapp-bedingungen.jpg",
            "caption": "WhatsApp gibt mehr Zeit für die neuen Bedingungen.",
            "credit": "Primakov / Shutterstock.com",
            "label": "Foto",
        },
        "reading_time": 2,
        "layout": "current",
        "variant": 2,
        "jsonld": "news",
        "related": ["1350874"],
        "notes": "the slug changed: listings still link the OLD slug, which 301-redirects to "
        "the new one (same id, one item, url = new canonical); ad copy text inside an "
        "inline ad slot",
    },
    # ---------------------------------------------------------------- March/April 2021
    {
        "id": "1361904",
        "kind": "news",
        "slug": "exchange-sicherheitsluecke-bsi-warnt",
        "section": "Security",
        "title": "Exchange-Lücke: BSI ruft die IT-Bedrohungslage „Rot“ aus",
        "lead": "Zehntausende Exchange-Server in Deutschland sind verwundbar. Das BSI fordert "
        "Admins auf, die Patches von Microsoft sofort einzuspielen.",
        "body": [
            (
                "p",
                "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) hat wegen "
                "kritischer Schwachstellen in Microsoft Exchange die IT-Bedrohungslage "
                "„Rot“ ausgerufen. Nach Schätzungen des Amts sind mindestens "
                "25.000\u00a0Server in Deutschland angreifbar.",
            ),
            ("ad",),
            (
                "p",
                "Die Lücken erlauben es Angreifern, ohne Anmeldung Code auf dem Server "
                "auszuführen. Microsoft hat Updates veröffentlicht, die Angriffe laufen aber "
                "bereits seit Wochen.",
            ),
            ("h2", "Was Admins jetzt tun sollten"),
            (
                "ol",
                [
                    "Die Sicherheitsupdates von Microsoft sofort einspielen.",
                    "Server auf Webshells und verdächtige Konten prüfen.",
                    "Bei Hinweisen auf eine Kompromittierung das System neu aufsetzen.",
                ],
            ),
            ("newsletter",),
            (
                "p",
                "Wer bereits angegriffen wurde, dem hilft das Update allein nicht: Hintertüren "
                "bleiben bestehen, warnt das BSI ausdrücklich.",
            ),
        ],
        "authors": _a("milan-petrovic"),
        "published": "2021-03-06T12:45:00+01:00",
        "modified": "2021-03-08T08:10:00+01:00",
        "tags": ["Security", "Microsoft", "Exchange"],
        "image": {
            "url": f"{CDN}/2021/03/exchange-server-rack.jpg",
            "caption": "Zehntausende Exchange-Server sind angreifbar.",
            "credit": "Gorodenkoff / Shutterstock.com",
            "label": "Foto",
        },
        "reading_time": 3,
        "layout": "current",
        "variant": 3,
        "jsonld": "news",
        "related": ["1373630"],
        "notes": "ordered list; the native newsletter box sits INSIDE the body; „…“ in the title",
    },
    {
        "id": "1364410",
        "kind": "news",
        "slug": "chip-krise-autohersteller-produktion",
        "section": "Mobilität",
        "title": "Chip-Krise: Autohersteller drosseln die Produktion",
        "lead": "Weil Halbleiter fehlen, stehen bei mehreren Autobauern die Bänder still. Die "
        "Lage dürfte sich erst 2022 entspannen.",
        "body": [
            (
                "p",
                "Volkswagen, Ford und Daimler haben die Produktion in mehreren Werken "
                "heruntergefahren. Grund ist der weltweite Mangel an Halbleitern, der die "
                "Branche seit Jahresbeginn trifft.",
            ),
            (
                "p",
                "Die Chiphersteller hatten ihre Kapazitäten während der Pandemie vor allem an "
                "Hersteller von Laptops & Konsolen vergeben. Als die Nachfrage nach Autos "
                "wieder anzog, fehlten die Bauteile.",
            ),
            ("ad",),
            (
                "figure",
                {
                    "url": f"{CDN}/2021/03/chip-wafer.jpg",
                    "caption": "Ein Wafer mit hunderten Chips.",
                    "credit": "Infineon",
                    "label": "Foto",
                },
            ),
            (
                "p",
                "Branchenbeobachter rechnen damit, dass sich die Lage frühestens im kommenden "
                "Jahr entspannt. Neue Fabriken brauchen mehrere Jahre bis zur Fertigstellung.",
            ),
        ],
        "authors": _a("daniel-kaya"),
        "published": "2021-03-18T07:30:00+01:00",
        "modified": None,
        "tags": ["Mobilität", "Halbleiter", "Automobilindustrie"],
        "image": {
            "url": f"{CDN}/2021/03/autowerk-band.jpg",
            "caption": "In vielen Werken stehen die Bänder still.",
            "credit": "Grafikvorlage: t3n",
            "label": "Grafik",
        },
        "reading_time": 2,
        "layout": "current",
        "variant": 1,
        "jsonld": "news",
        "related": ["1375218"],
        "notes": "inline image with caption inside the body; '&' in the body; credit label "
        "'Grafik'; no modification date",
    },
    {
        "id": "1370155",
        "kind": "news",
        "slug": "eu-ai-act-regeln-ki-entwickler",
        "section": "KI",
        "title": "EU-Kommission legt Regeln für KI-Systeme vor: Was der AI Act für Entwickler, "
        "Start-ups und Konzerne in Europa jetzt ganz konkret bedeutet",
        "lead": "Die EU will künstliche Intelligenz nach Risiko regulieren. Manche Anwendungen "
        "werden ganz verboten, für andere gelten strenge Auflagen.",
        "body": [
            (
                "p",
                "Die EU-Kommission hat am Mittwoch ihren Entwurf für eine Verordnung über "
                "künstliche Intelligenz vorgestellt. Der sogenannte AI Act teilt KI-Systeme in "
                "vier Risikoklassen ein.",
            ),
            ("ad",),
            ("h2", "Vier Risikoklassen"),
            (
                "ul",
                [
                    "Unannehmbares Risiko: etwa Social Scoring durch Behörden – verboten.",
                    "Hohes Risiko: etwa KI in der Personalauswahl – strenge Auflagen.",
                    "Begrenztes Risiko: etwa Chatbots – Transparenzpflichten.",
                    "Minimales Risiko: etwa Spamfilter – keine neuen Pflichten.",
                ],
            ),
            ("h3", "Hohe Strafen bei Verstößen"),
            (
                "p",
                "Verstöße sollen mit bis zu 6\u00a0Prozent des weltweiten Jahresumsatzes "
                "geahndet werden. Das Parlament und die Mitgliedstaaten müssen dem Entwurf "
                "noch zustimmen.",
            ),
            ("c-crosslinks", ["1376101", "1381602"]),
            (
                "p",
                "Start-ups fürchten hohe Kosten für die Prüfung ihrer Systeme. Die Kommission "
                "verspricht sogenannte Reallabore, in denen neue Anwendungen unter Aufsicht "
                "getestet werden können.",
            ),
        ],
        "authors": _a("sophie-wagner", "milan-petrovic", "katrin-albers"),
        "published": "2021-04-21T13:20:00+02:00",
        "modified": "2021-04-22T09:05:00+02:00",
        "tags": ["KI", "EU", "Regulierung"],
        "image": {
            "url": f"{CDN}/2021/04/eu-kommission-gebaeude.jpg",
            "caption": "Die EU-Kommission will KI nach Risiko regulieren.",
            "credit": "Alexandros Michailidis / Shutterstock.com",
            "label": "Foto",
        },
        "reading_time": 4,
        "layout": "current",
        "variant": 2,
        "jsonld": "news",
        "related": ["1381602"],
        "notes": "three authors (meta author 'A, B, C', JSON-LD author list); title longer than "
        "110 characters: the JSON-LD headline is cut with '…' (use the page's h1); "
        "h2 and h3; a .c-crosslinks box inside the body",
    },
    {
        "id": "1370377",
        "kind": "magazin",
        "slug": "quantencomputer-verschluesselung-q-day",
        "section": "Trendreport",
        "title": "Quantencomputer gegen Verschlüsselung: Wie sich die IT-Sicherheit auf den Q-Day vorbereitet",
        "lead": "Irgendwann werden Quantencomputer heutige Verschlüsselung brechen können. "
        "Forschung, Behörden und Unternehmen bereiten sich schon jetzt darauf vor.",
        "body": [
            (
                "p",
                "Wenn Kryptograf\u00adinnen vom „Q-Day“ sprechen, meinen sie den Tag, an dem "
                "ein Quantencomputer die heute verbreiteten Public-Key-Verfahren wie RSA "
                "bricht. Wann dieser Tag kommt, weiß niemand – dass er kommt, gilt als "
                "wahrscheinlich.",
            ),
            ("ad",),
            (
                "p",
                "Das Problem: Angreifer können verschlüsselte Daten schon heute speichern und "
                "später entschlüsseln. Fachleute sprechen von „Harvest now, decrypt later“.",
            ),
            ("h2", "Was ist der Q-Day?"),
            (
                "p",
                "Der Algorithmus von Peter Shor zeigt seit 1994, dass ein ausreichend großer "
                "Quantencomputer Zahlen effizient in Primfaktoren zerlegen kann. Genau darauf "
                "beruht die Sicherheit von RSA.",
            ),
            ("related", "1361904"),
            ("nextpage",),
            ("h2", "Post-Quanten-Kryptografie: Die neuen Standards"),
            (
                "p",
                "Seit 2016 sucht das US-Standardisierungsinstitut NIST in einem offenen "
                "Wettbewerb nach Verfahren, die auch Quantencomputern standhalten. In der "
                "Finalrunde stehen gitterbasierte, codebasierte und hashbasierte Verfahren.",
            ),
            ("ad",),
            (
                "ul",
                [
                    "Gitterbasierte Verfahren wie Kyber gelten als Favoriten.",
                    "Codebasierte Verfahren wie Classic McEliece sind gut erforscht, aber haben sehr große Schlüssel.",
                    "Hashbasierte Signaturen wie Sphincs+ sind konservativ, aber langsam.",
                ],
            ),
            (
                "p",
                "Erste Browser und Messenger testen bereits hybride Verfahren, die klassische "
                "und Post-Quanten-Kryptografie kombinieren.",
            ),
            ("nextpage",),
            ("h2", "Was Unternehmen jetzt tun sollten"),
            (
                "p",
                "Fachleute raten dazu, zuerst eine Bestandsaufnahme zu machen: Wo im "
                "Unternehmen wird welche Kryptografie eingesetzt, und wie lange müssen die "
                "Daten geschützt bleiben?",
            ),
            (
                "quote",
                "Krypto-Agilität ist die wichtigste Eigenschaft, die IT-Systeme in den "
                "nächsten zehn Jahren haben müssen.",
            ),
            (
                "ol",
                [
                    "Kryptografie-Inventar erstellen.",
                    "Langlebige Daten priorisieren.",
                    "Systeme so bauen, dass Verfahren austauschbar sind.",
                ],
            ),
            ("p", "Eile ist geboten, Panik nicht: Bis Quantencomputer RSA-2048 brechen, dürften noch Jahre vergehen."),
        ],
        "authors": _a("milan-petrovic", "katrin-albers"),
        "published": "2021-04-22T06:00:00+02:00",
        "modified": "2021-04-23T09:12:00+02:00",
        "tags": ["Security", "Quantencomputing", "Kryptografie"],
        "image": {
            "url": f"{CDN}/2021/04/quantencomputer-kryostat.jpg",
            "caption": "Der Kryostat eines Quantencomputers.",
            "credit": "IBM",
            "label": "Foto",
        },
        "reading_time": 13,
        "layout": "current",
        "variant": 0,
        "jsonld": "news",
        "related": ["1370155", "1373630"],
        "notes": "multi-page magazine article (3 pages linked by rel=next/prev and an article "
        "pagination nav): one item, body of all pages in order, page_count 3, url = "
        "page 1",
    },
    {
        "id": "1371902",
        "kind": "news",
        "slug": "digital-pioneers-summit-tickets",
        "section": "Events",
        "title": "t3n Digital Pioneers Summit: Jetzt Tickets sichern",
        "lead": "Der Summit findet wieder statt – die Tickets gibt es auf der Event-Seite.",
        "body": [],
        "authors": _a("katrin-albers"),
        "published": "2021-04-30T10:00:00+02:00",
        "modified": None,
        "tags": [],
        "image": None,
        "reading_time": None,
        "layout": "current",
        "variant": 0,
        "jsonld": "news",
        "related": [],
        "offsite_redirect": "https://events.t3n.de/digital-pioneers-summit/?utm_source=t3n",
        "notes": "an article URL that 301-redirects to another host: never fetched off-site, never an item",
    },
    {
        "id": "1372644",
        "kind": "magazin",
        "slug": "weiterbildung-skills-job",
        "section": "Anzeige",
        "title": "Weiterbildung 2021: Mit diesen fünf Skills punktest du im Job",
        "lead": "Digitale Kompetenzen sind gefragt wie nie. Unser Partner zeigt, welche Fähigkeiten sich jetzt lohnen.",
        "body": [
            (
                "p",
                "Der Arbeitsmarkt verändert sich rasant. Wer sich weiterbildet, hat bessere "
                "Chancen – und mit den Kursen von Lernwerk geht das bequem von zu Hause aus.",
            ),
            ("ul", ["Datenanalyse", "Projektmanagement", "Cloud-Grundlagen", "UX-Design", "Künstliche Intelligenz"]),
            ("p", "Jetzt anmelden und mit dem Code T3N21 zehn Prozent sparen."),
        ],
        "authors": _a(("Lernwerk Akademie", None)),
        "published": "2021-05-05T08:00:00+02:00",
        "modified": None,
        "tags": ["Karriere", "Weiterbildung"],
        "image": {
            "url": f"{CDN}/2021/05/lernwerk-weiterbildung.jpg",
            "caption": "Weiterbildung von zu Hause.",
            "credit": "Lernwerk",
            "label": "Foto",
        },
        "reading_time": 3,
        "layout": "current",
        "variant": 1,
        "jsonld": "advertiser",
        "related": [],
        "advertorial": True,
        "sponsor": "Lernwerk Akademie",
        "notes": "advertorial (magazine path): kicker 'Anzeige', sponsor line, JSON-LD "
        "@type AdvertiserContentArticle; must be dropped",
    },
    {
        "id": "1373630",
        "kind": "news",
        "slug": "colonial-pipeline-ransomware-angriff",
        "section": "Security",
        "title": "Colonial Pipeline: Ransomware-Angriff legt größte Benzin-Pipeline der USA lahm",
        "lead": "Ein Erpressungstrojaner hat den Betreiber der wichtigsten Treibstoffleitung an "
        "der US-Ostküste getroffen. Die Regierung ruft den Notstand aus.",
        "body": [
            (
                "p",
                "Die Colonial Pipeline transportiert fast die Hälfte des Treibstoffs, der an "
                "der Ostküste der USA verbraucht wird. Seit Freitag steht sie still – nach "
                "einem Angriff mit Ransomware.",
            ),
            ("ad",),
            (
                "p",
                "Hinter dem Angriff soll die Gruppe **Darkside** stecken. Sie bietet ihre "
                "Schadsoftware als Dienstleistung an und kassiert einen Anteil der "
                "Lösegelder, wie [[das FBI bestätigt|https://www.fbi.gov/news/pressrel]].",
            ),
            ("embed", "https://twitter.com/FBI/status/1392206218497581057"),
            (
                "p",
                "Das US-Verkehrsministerium hat Ausnahmeregeln für Tanklaster erlassen, damit "
                "die Versorgung auf der Straße gesichert werden kann.",
            ),
            ("crosslinks", ["1361904", "1370377"]),
        ],
        "authors": _a("milan-petrovic"),
        "published": "2021-05-10T09:30:00+02:00",
        "modified": "2021-05-10T15:20:00+02:00",
        "tags": ["Security", "Ransomware", "USA"],
        "image": {
            "url": f"{CDN}/2021/05/pipeline-tanklager.jpg",
            "caption": "Ein Tanklager an der US-Ostküste.",
            "credit": "Sherl / Shutterstock.com",
            "label": "Foto",
        },
        "reading_time": 3,
        "layout": "current",
        "variant": 3,
        "jsonld": "news",
        "related": ["1361904"],
        "notes": "embedded tweet (empty embed wrapper, [embed] shortcode in JSON-LD); inline "
        "off-site link and bold text inside a paragraph; .tg-crosslinks box",
    },
    {
        "id": "1375218",
        "kind": "news",
        "slug": "tesla-model-3-update-2021-12-funktionen",
        "section": "Mobilität",
        "title": "Tesla Model 3: Update 2021.12 bringt neue Funktionen für den Autopiloten",
        "lead": "Mit dem Softwareupdate 2021.12 verbessert Tesla die Spurhaltung und bringt eine "
        "neue Ansicht für den Ladezustand.",
        "body": [
            (
                "p",
                "Tesla verteilt ein neues Softwareupdate an Fahrzeuge des Model\u00a03 und "
                "Model\u00a0Y. Version 2021.12 bringt vor allem Verbesserungen für den "
                "Autopiloten.",
            ),
            (
                "p",
                "Neu ist auch eine Anzeige für die Ladeleistung während des Ladevorgangs. Sie "
                "zeigt in Echtzeit, wie viele Kilowatt gerade fließen.",
            ),
            ("ad",),
            ("empty",),
            (
                "p",
                "Das Update wird wie üblich schrittweise verteilt. Bis alle Fahrzeuge es "
                "erhalten, können einige Wochen vergehen.",
            ),
        ],
        "authors": _a("daniel-kaya"),
        "published": "2021-05-20T14:15:00+02:00",
        "modified": "2021-05-21T08:00:00+02:00",
        "tags": ["Tesla", "Mobilität", "Elektroautos"],
        "image": {
            "url": f"{CDN}/2021/05/tesla-model-3-cockpit.jpg",
            "caption": "Das Cockpit des Tesla Model 3.",
            "credit": "Tesla",
            "label": "Foto",
        },
        "reading_time": 2,
        "layout": "current",
        "variant": 2,
        "jsonld": "news",
        "related": ["1364410"],
        "notes": "digits inside the slug (…-2021-12-…-1375218): the id is the LAST number; the "
        "word 'Anzeige' inside a sentence is article text",
    },
    {
        "id": "1376101",
        "kind": "news",
        "slug": "gpt-3-microsoft-power-apps-code",
        "section": "KI",
        "title": "GPT-3 schreibt jetzt Code: Microsoft integriert das Sprachmodell in Power Apps",
        "lead": "Wer in Power Apps eine Formel braucht, soll sie künftig einfach in natürlicher "
        "Sprache beschreiben können. Das Sprachmodell GPT-3 übersetzt sie.",
        "body": [
            (
                "p",
                "Microsoft baut das Sprachmodell GPT-3 von Open\u00adAI in seine "
                "Low-Code-Plattform Power Apps ein. Nutzer beschreiben, was sie wollen, und "
                "bekommen passende Formeln in der Sprache Power Fx vorgeschlagen.",
            ),
            ("ad",),
            ("h2", "So funktioniert es"),
            (
                "ul",
                [
                    "Die Anfrage wird in natürlicher Sprache eingegeben.",
                    "GPT-3 schlägt mehrere passende Formeln vor.",
                    "Nutzer wählen eine aus und können sie anpassen.",
                ],
            ),
            ("quote", "Wir wollen, dass jeder Apps bauen kann – auch ohne Programmier\u00adkenntnisse."),
            ("embed-noscript", "https://www.youtube.com/embed/power-apps-gpt3"),
            ("p", "Zunächst funktioniert die Funktion nur auf Englisch. Weitere Sprachen sollen folgen."),
        ],
        "authors": _a("sophie-wagner"),
        "published": "2021-05-25T19:05:00+02:00",
        "modified": "2021-05-26T07:45:00+02:00",
        "tags": ["KI", "Software", "Microsoft", "Low-Code"],
        "image": {
            "url": f"{CDN}/2021/05/power-apps-gpt3.png",
            "caption": "GPT-3 in Power Apps.",
            "credit": "Microsoft",
            "label": "Screenshot",
        },
        "reading_time": 2,
        "layout": "current",
        "variant": 0,
        "jsonld": "news",
        "related": ["1370155", "1379560"],
        "notes": "video embed with a <noscript><p>… note INSIDE the body (not text); list, "
        "quote; credit label 'Screenshot'",
    },
    {
        "id": "1376588",
        "kind": "magazin",
        "slug": "logistik-startup-portraet-unicorn",
        "section": "Porträt",
        "title": "Vom Hinterhof zum Unicorn: Wie ein Berliner Start-up die Logistik neu erfindet",
        "lead": "Vor fünf Jahren fuhren die Gründer Pakete noch selbst aus. Heute ist ihr "
        "Unternehmen mehr als eine Milliarde Euro wert.",
        "body": [
            (
                "p",
                "Es begann mit einem gebrauchten Transporter und einer Excel-Tabelle. Die "
                "Gründerinnen Mara Lenz und Aylin Demir wollten beweisen, dass sich Pakete in "
                "Innenstädten emissionsfrei und trotzdem günstig zustellen lassen.",
            ),
            (
                "p",
                "Heute beschäftigt das Unternehmen 900 Menschen in zwölf Städten. Die letzte "
                "Finanzierungsrunde brachte 180\u00a0Millionen Euro.",
            ),
            ("paywall",),
            ("p", "Der Durchbruch kam mit einer eigenen Routing-Software, die Lieferungen im Minutentakt neu plant."),
            ("h2", "Die Software als Produkt"),
            (
                "p",
                "Inzwischen verkauft das Start-up die Software auch an andere "
                "Logistikunternehmen. Dieser Bereich wächst schneller als die Zustellung.",
            ),
            ("p", "Ob der Börsengang noch in diesem Jahr kommt, lassen die Gründerinnen offen."),
        ],
        "authors": _a("katrin-albers"),
        "published": "2021-05-27T06:00:00+02:00",
        "modified": "2021-05-27T06:00:00+02:00",
        "tags": ["Startups", "Logistik", "t3n Pro"],
        "image": {
            "url": f"{CDN}/2021/05/logistik-startup-gruenderinnen.jpg",
            "caption": "Die Gründerinnen in ihrem ersten Lager.",
            "credit": "t3n",
            "label": "Foto",
        },
        "reading_time": 9,
        "layout": "current",
        "variant": 1,
        "jsonld": "news",
        "paywalled": True,
        "related": ["1379560"],
        "notes": "t3n Pro: only two paragraphs are public, then div.c-paywall__wrapper with a "
        "teaser line; JSON-LD isAccessibleForFree false and an articleBody with the "
        "FULL text (expected body = public part only)",
    },
    {
        "id": "1377240",
        "kind": "news",
        "slug": "cloud-migration-ohne-stillstand",
        "section": "Anzeige",
        "title": "Cloud-Migration ohne Stillstand: So gelingt der Umzug in 30 Tagen",
        "lead": "Viele Mittelständler scheuen den Schritt in die Cloud. Dabei geht es schneller "
        "als gedacht – mit dem richtigen Partner.",
        "body": [
            (
                "p",
                "Der Umzug in die Cloud muss kein Mammutprojekt sein. Die Expertinnen und "
                "Experten von Nimbus Cloud Solutions begleiten Unternehmen von der Analyse bis "
                "zum Go-live.",
            ),
            ("h2", "In drei Schritten zur Cloud"),
            ("ol", ["Bestandsaufnahme", "Migration im laufenden Betrieb", "Optimierung"]),
            ("p", "Jetzt kostenloses Erstgespräch vereinbaren!"),
        ],
        "authors": _a(("Nimbus Cloud Solutions", None)),
        "published": "2021-05-31T10:00:00+02:00",
        "modified": None,
        "tags": ["Cloud", "Marketing"],
        "image": {
            "url": f"{CDN}/2021/05/nimbus-cloud.jpg",
            "caption": "Der Weg in die Cloud.",
            "credit": "Nimbus Cloud Solutions",
            "label": "Foto",
        },
        "reading_time": 2,
        "layout": "current",
        "variant": 0,
        "jsonld": "news",
        "related": [],
        "advertorial": True,
        "sponsor": "Nimbus Cloud Solutions",
        "notes": "advertorial on a /news/ URL: kicker 'Anzeige', 'Sponsored' badge, dataLayer "
        "article.type 'advertorial'; listed in /news/ and the RSS feed; must be dropped",
    },
    {
        "id": "1377903",
        "kind": "news",
        "slug": "google-anzeigen-werbepreise-haendler",
        "section": "Marketing",
        "title": "Werbepreise: Google-Anzeigen werden für Händler deutlich teurer",
        "lead": "Die Klickpreise für Shopping-Anzeigen sind im Vergleich zum Vorjahr um fast ein "
        "Drittel gestiegen. Kleine Händler trifft das besonders.",
        "body": [
            (
                "p",
                "Wer bei Google wirbt, muss tiefer in die Tasche greifen. Eine einzelne "
                "Anzeige in der Shopping-Suche kostet im Schnitt 31\u00a0Prozent mehr als vor "
                "einem Jahr, wie eine Auswertung der Agentur Adscale zeigt.",
            ),
            ("ad",),
            (
                "p",
                "Grund ist die gestiegene Konkurrenz: Seit der Pandemie verkaufen deutlich "
                "mehr Händler online. Gleichzeitig bieten große Marken aggressiver auf "
                "beliebte Suchbegriffe.",
            ),
            ("h2", "Was Händler tun können"),
            (
                "p",
                "Fachleute raten, Kampagnen stärker nach Marge zu steuern und Anzeigen für "
                "wenig profitable Produkte abzuschalten.",
            ),
        ],
        "authors": _a("lea-hoffmann"),
        "published": "2021-06-02T12:00:00+02:00",
        "modified": "2021-06-02T12:00:00+02:00",
        "tags": ["Marketing", "Google", "E-Commerce"],
        "image": {
            "url": f"{CDN}/2021/06/google-shopping-anzeigen.png",
            "caption": "Shopping-Anzeigen in der Google-Suche.",
            "credit": "t3n",
            "label": "Screenshot",
        },
        "reading_time": 2,
        "layout": "current",
        "variant": 3,
        "jsonld": "news",
        "related": ["1380432"],
        "notes": "NOT an advertorial although 'Anzeigen' is in the title and 'Anzeige' in the "
        "body text; modified equals published",
    },
    {
        "id": "1379560",
        "kind": "magazin",
        "slug": "low-code-plattformen-vergleich-7-tools",
        "section": "Software",
        "title": "Low-Code-Plattformen im Vergleich: 7 Tools für schnelle Business-Apps",
        "lead": "Apps bauen, ohne viel zu programmieren: Low-Code verspricht genau das. Wir "
        "haben sieben Plattformen angeschaut.",
        "body": [
            (
                "p",
                "Low-Code-Plattformen sollen die Entwicklung von Geschäftsanwendungen "
                "beschleunigen. Statt Code zu schreiben, klicken Fachabteilungen Oberflächen "
                "und Abläufe zusammen.",
            ),
            ("ad",),
            ("h2", "Die Plattformen im Überblick"),
            ("h3", "1. Microsoft Power Apps"),
            ("p", "Stark im Microsoft-Umfeld, mit direkter Anbindung an Excel, Sharepoint und Teams."),
            ("h3", "2. Mendix"),
            ("p", "Richtet sich an große Unternehmen und bringt eine eigene Cloud mit."),
            ("h3", "3. Outsystems"),
            ("p", "Erzeugt echten Code, der sich auch außerhalb der Plattform betreiben lässt."),
            (
                "figure",
                {
                    "url": f"{CDN}/2021/06/low-code-vergleich-grafik.png",
                    "caption": "Marktanteile der Low-Code-Anbieter.",
                    "credit": "Gartner, t3n",
                    "label": "Grafik",
                },
            ),
            ("h3", "4. bis 7. Appian, Budibase, Retool und Bubble"),
            (
                "ul",
                [
                    "Appian: stark bei Prozessautomatisierung",
                    "Budibase: Open Source und selbst hostbar",
                    "Retool: für interne Werkzeuge von Entwicklerteams",
                    "Bubble: für Web-Apps ohne eine Zeile Code",
                ],
            ),
            (
                "table",
                [
                    ["Plattform", "Zielgruppe", "Preis ab"],
                    ["Power Apps", "Microsoft-Kunden", "5 Euro"],
                    ["Mendix", "Konzerne", "50 Euro"],
                    ["Budibase", "Entwicklerteams", "kostenlos"],
                ],
            ),
            ("crosslinks", ["1376101"]),
            (
                "p",
                "Fazit: Die richtige Plattform hängt vom vorhandenen Ökosystem ab. Wer tief im "
                "Microsoft-Kosmos steckt, fährt mit Power Apps am besten.",
            ),
        ],
        "authors": _a("lea-hoffmann"),
        "published": "2021-06-10T06:00:00+02:00",
        "modified": "2021-06-11T10:40:00+02:00",
        "tags": ["Software", "Low-Code", "Entwicklung"],
        "image": {
            "url": f"{CDN}/2021/06/low-code-plattformen.jpg",
            "caption": "Apps per Drag-and-drop.",
            "credit": "Panchenko Vladimir / Shutterstock.com",
            "label": "Abbildung",
        },
        "reading_time": 8,
        "layout": "current",
        "variant": 1,
        "jsonld": "news",
        "related": ["1376101", "1380432"],
        "notes": "many h3 subheadings; inline 'Grafik' figure; a comparison table (not body "
        "text); crosslink box; credit label 'Abbildung'",
    },
    {
        "id": "1379811",
        "kind": "news",
        "slug": "datenleck-fintech-kundendaten",
        "section": "Security",
        "title": "Datenleck bei Fintech: Was über den Vorfall bekannt ist",
        "lead": "Unbekannte haben Kundendaten eines Berliner Fintechs abgegriffen. Das "
        "Unternehmen hat die Behörden informiert.",
        "body": [
            (
                "p",
                "Ein Berliner Fintech hat ein Datenleck eingeräumt. Betroffen sind nach "
                "Angaben des Unternehmens Namen und E-Mail-Adressen von Kundinnen und Kunden.",
            ),
            ("p", "Kontodaten seien nicht abgeflossen. Die Datenschutzbehörde ist informiert."),
        ],
        "authors": _a("milan-petrovic"),
        "published": "2021-06-11T16:00:00+02:00",
        "modified": None,
        "tags": ["Security", "Fintech", "Datenschutz"],
        "image": None,
        "reading_time": 1,
        "layout": "current",
        "variant": 2,
        "jsonld": "news",
        "related": [],
        "robots_disallowed": True,
        "notes": "disallowed in robots.txt (a takedown): linked from /news/ page 1 and "
        "/tag/security/, must never be requested; the page itself is a valid article",
    },
    {
        "id": "1380432",
        "kind": "news",
        "slug": "windows-11-microsoft-vorstellung",
        "section": "Software",
        "title": "Windows 11: Microsoft bestätigt die Vorstellung am 24.\u00a0Juni",
        "lead": "Microsoft lädt zu einem Event, auf dem die nächste Windows-Generation gezeigt "
        "werden soll. Erste Screenshots sind bereits durchgesickert.",
        "body": [
            (
                "p",
                "Microsoft macht es offiziell: Am 24.\u00a0Juni will der Konzern zeigen, "
                "„was als Nächstes für Windows kommt“. Die Einladung enthält ein Fenster, "
                "dessen Schatten eine 11 bildet.",
            ),
            ("ad",),
            (
                "p",
                "Vorab aufgetauchte Screenshots zeigen ein zentriertes Startmenü, abgerundete "
                "Ecken und neue Widgets. Microsoft hat die Bilder nicht kommentiert.",
            ),
            ("p", "Ob das Update für Windows-10-Nutzer kostenlos sein wird, ist noch offen."),
        ],
        "authors": _a("lea-hoffmann", "daniel-kaya"),
        "published": "2021-06-14T08:00:00+02:00",
        "modified": None,
        "tags": ["Windows", "Microsoft", "Software"],
        "image": {
            "url": f"{CDN}/2021/06/windows-11-einladung.jpg",
            "caption": "Die Einladung zum Windows-Event.",
            "credit": "Microsoft",
            "label": "Screenshot",
        },
        "image_lazy": True,
        "reading_time": 2,
        "layout": "current",
        "variant": 3,
        "jsonld": "news",
        "related": ["1379560", "1376101"],
        "notes": "linked from home (absolute + utm), /news/ (relative + #comments), "
        "/tag/software/ (no trailing slash -> 301) and RSS (utm): must be ONE item; "
        "lazy lead image (placeholder src, real URL in data-src); two authors; no "
        "modification date",
    },
    {
        "id": "1380977",
        "kind": "news",
        "slug": "deepmind-alphafold-proteinstrukturen",
        "section": "KI",
        "title": "Deep\u00adMind: KI sagt Strukturen von 350.000 Proteinen voraus",
        "lead": "Die Google-Schwester DeepMind veröffentlicht eine Datenbank mit vorhergesagten "
        "Proteinstrukturen – frei zugänglich für die Forschung.",
        "body": [
            (
                "p",
                "Mit Alpha\u00adFold hat DeepMind die Struktur nahezu aller Proteine des "
                "menschlichen Körpers vorhergesagt. Die Daten stehen in einer öffentlichen "
                "Datenbank bereit, die das Unternehmen gemeinsam mit dem EMBL betreibt.",
            ),
            ("c-crosslinks", ["1381602"]),
            (
                "p",
                "Forscherinnen und Forscher hoffen, dass sich damit die Entwicklung von "
                "Medikamenten beschleunigen lässt. Bisher dauerte es oft Jahre, die Struktur "
                "eines einzelnen Proteins experimentell zu bestimmen.",
            ),
            ("ad",),
            ("p", "Die Datenbank soll in den kommenden Monaten auf mehr als 100\u00a0Millionen Strukturen wachsen."),
        ],
        "authors": _a("sophie-wagner"),
        "published": "2021-06-16T09:10:00+02:00",
        "modified": "2021-06-16T11:00:00+02:00",
        "tags": ["KI", "Forschung", "DeepMind"],
        "image": None,
        "reading_time": 2,
        "layout": "current",
        "variant": 0,
        "jsonld": "news",
        "related": ["1370155"],
        "notes": "no lead image (image null); .c-crosslinks box in the body",
    },
    {
        "id": "1381250",
        "kind": "news",
        "slug": "homeoffice-pflicht-endet-arbeitnehmer",
        "section": "Karriere",
        "title": "Homeoffice-Pflicht endet: Was Arbeitnehmer jetzt wissen müssen",
        "lead": "Ab Juli müssen Arbeitgeber kein Homeoffice mehr anbieten. Was das für "
        "Beschäftigte bedeutet – die wichtigsten Fragen und Antworten.",
        "body": [
            (
                "p",
                "Die Bundes-Notbremse läuft Ende Juni aus – und mit ihr die Pflicht für "
                "Arbeitgeber, Homeoffice anzubieten, wo es möglich ist.",
            ),
            ("h2", "Muss ich zurück ins Büro?"),
            (
                "p",
                "Wenn der Arbeitgeber es verlangt: grundsätzlich ja. Ein Recht auf Homeoffice "
                "gibt es in Deutschland nicht, es sei denn, der Arbeitsvertrag oder eine "
                "Betriebsvereinbarung sieht es vor.",
            ),
            ("ad",),
            ("h2", "Was gilt für Tests im Büro?"),
            (
                "p",
                "Arbeitgeber müssen weiterhin zwei Tests pro Woche anbieten. Diese Regel gilt "
                "zunächst bis Mitte September.",
            ),
        ],
        "authors": _a("katrin-albers"),
        "published": "2021-06-17T11:20:00+02:00",
        "modified": "2021-06-18T08:30:00+02:00",
        "tags": ["Karriere", "Homeoffice", "Arbeitsrecht"],
        "image": {
            "url": f"{CDN}/2021/06/homeoffice-laptop.jpg",
            "caption": "Das Homeoffice bleibt für viele ein Thema.",
            "credit": "Girts Ragelis / Shutterstock.com",
            "label": "Foto",
        },
        "reading_time": 3,
        "layout": "current",
        "variant": 2,
        "jsonld": "news",
        "related": ["1377903"],
        "comments": [
            ("Kathrin M.", "Bei uns wollen fast alle zu Hause bleiben. Mal sehen, was der Chef sagt."),
            (
                "devops_dan",
                "Endlich wieder richtiger Kaffee im Büro. Aber zwei Tage Homeoffice sollten es schon bleiben.",
            ),
        ],
        "notes": "comments with text under the article (not body); two h2 subheadings",
    },
    {
        "id": "1381602",
        "kind": "magazin",
        "slug": "kolumne-ki-ethik-debatte",
        "section": "Kolumne",
        "title": "KI-Ethik – warum wir anders darüber reden müssen",
        "lead": "Die Debatte über künstliche Intelligenz kreist um Science-Fiction. Dabei "
        "richten ganz reale Systeme schon heute Schaden an, meint unsere Kolumnistin.",
        "body": [
            (
                "p",
                "Wann immer über KI-Ethik gesprochen wird, geht es schnell um Superintelligenz "
                "und Maschinen, die die Weltherrschaft übernehmen. Das ist unterhaltsam – und "
                "lenkt ab.",
            ),
            (
                "quote",
                "Die Frage ist nicht, ob Maschinen denken können, sondern wer "
                "Verantwortung übernimmt, wenn sie falsch entscheiden.",
            ),
            (
                "p",
                "Bewerbungs\u00adsoftware, die Frauen benachteiligt; Gesichtserkennung, die "
                "dunkelhäutige Menschen häufiger falsch zuordnet; Kredit\u00adscoring, das "
                "niemand erklären kann – das sind die Probleme von heute.",
            ),
            ("ad",),
            ("h3", "Transparenz statt Angst"),
            (
                "p",
                "Was wir brauchen, sind nachvollziehbare Entscheidungen, unabhängige Prüfungen "
                "und ein Recht auf Widerspruch. Der AI Act der EU ist ein Anfang – mehr "
                "nicht.",
            ),
            ("related", "1370155"),
        ],
        "authors": _a(("Dr. Helena Roth", None)),
        "published": "2021-06-18T06:30:00+02:00",
        "modified": "2021-06-18T06:30:00+02:00",
        "tags": ["KI", "Ethik", "Kolumne"],
        "image": {
            "url": f"{CDN}/2021/06/ki-ethik-roboterhand.jpg",
            "caption": "Wer trägt die Verantwortung für KI?",
            "credit": "Phonlamai Photo / Shutterstock.com",
            "label": "Foto",
        },
        "reading_time": 4,
        "layout": "current",
        "variant": 2,
        "jsonld": "news",
        "jsonld_entities": True,
        "related": ["1380977", "1370155"],
        "notes": "guest author without author page; JSON-LD headline/description carry HTML "
        "entities (&#8211;) as Yoast writes them; soft hyphens; quote; a related link "
        "that is both inline and in the suggestion box (deduped)",
    },
    {
        "id": "1374412",
        "kind": "magazin",
        "slug": "open-source-foerderung-sovereign-tech-fund",
        "section": "Software",
        "title": "Sovereign Tech Fund: Wie der Bund Open-Source-Infrastruktur fördern will",
        "lead": "Kritische Open-Source-Projekte tragen das Netz, doch ihre Pflege hängt oft an "
        "wenigen Freiwilligen. Ein neuer Fonds soll das ändern.",
        "body": [
            (
                "p",
                "Ob Verschlüsselung, Paketverwaltung oder Zeitsynchronisation: Viele Bausteine, "
                "auf denen Behörden und Unternehmen aufbauen, werden von kleinen Teams in ihrer "
                "Freizeit gepflegt.",
            ),
            ("h2", "Geld für Wartung statt für neue Funktionen"),
            (
                "p",
                "Der Fonds soll gezielt die unspektakuläre Arbeit bezahlen: Sicherheitsupdates, "
                "Dokumentation und Tests. Neue Funktionen stehen ausdrücklich nicht im Vordergrund.",
            ),
            ("ad",),
            (
                "p",
                "Bewerben können sich Projekte, deren Ausfall weite Teile der digitalen Infrastruktur treffen würde.",
            ),
        ],
        "authors": _a("sophie-wagner"),
        "published": "2021-05-20T10:30:00+02:00",
        "modified": None,
        "tags": ["Open Source"],
        "image": None,
        "reading_time": 3,
        "layout": "current",
        "variant": 1,
        "jsonld": "news",
        "related": [],
        "sitemap_only": True,
        "notes": "reachable only through a sitemap (a magazine piece no listing, feed, topic or author page links)",
    },
]
