"""The page module on small hand-made pages: markup variations neither replica happens to have."""

from newscrawl.pages.t3n import T3nArticlePage

URL = "https://t3n.de/news/beispiel-artikel-1234567/"


def page(head_extra="", header="", body="<p>Ein Absatz mit genug Text für einen Artikel.</p>", after=""):
    return T3nArticlePage(
        f"""<html lang="de"><head><title>T | t3n</title>{head_extra}</head><body>
        <main id="main-content"><article class="c-article">
        <header class="c-article__header">{header}</header>
        <div class="c-entry">{body}</div>{after}</article></main></body></html>""",
        URL,
    )


def test_a_lead_that_begins_with_von_is_no_byline():
    p = page(
        head_extra='<meta name="author" content="Lea Hoffmann">',
        header='<div class="c-article__headline"><h1>Titel</h1></div>'
        '<p class="c-article__lead">Von der Idee zum Produkt dauert es bei Start-ups oft länger, '
        "als die Gründer glauben.</p>",
    )
    item = p.to_item()
    assert item.authors == ["Lea Hoffmann"] and p.sources["authors"] == "meta"
    assert item.lead.startswith("Von der Idee")


def test_a_byline_with_a_guest_and_a_date():
    item = page(
        header='<h1>Titel</h1><p class="meta">Von <a href="/redaktion/a/"><strong>Anna-Lena Alt</strong>'
        '</a> und Jan Gast · <time datetime="2024-05-02T10:00:00+02:00">02.05.2024</time></p>'
    ).to_item()
    assert item.authors == ["Anna-Lena Alt", "Jan Gast"]
    assert item.published == "2024-05-02T10:00:00+02:00"


def test_a_suggestion_teaser_title_is_its_heading_not_its_kicker():
    item = page(
        after='<div class="c-suggestNews-container"><h2>Mehr zu diesem Thema</h2>'
        '<a href="/tag/ki/">KI</a>'
        '<a href="/news/andere-geschichte-7654321/?utm_source=x"><span class="c-teaser__kicker">KI</span>'
        "<h3>Die andere Geschichte</h3><span>Von X</span></a></div>"
    ).to_item()
    assert item.related_links == [
        {"url": "https://t3n.de/news/andere-geschichte-7654321/", "title": "Die andere Geschichte"}
    ]
    assert item.tags == ["KI"]


def test_paywall_body_is_only_the_public_part():
    item = page(
        head_extra='<script type="application/ld+json">{"@type": "NewsArticle", '
        '"isAccessibleForFree": false, "articleBody": "Öffentlich. Geheim."}</script>',
        header="<h1>Pro-Titel</h1>",
        body='<p>Öffentlicher Absatz.</p><div class="c-paywall__wrapper"><p>Jetzt Pro testen!</p>'
        "<p>Geheimer Absatz.</p></div>",
    ).to_item()
    assert item.paywalled is True
    assert item.body == "Öffentlicher Absatz."


def test_a_title_labelled_anzeige_marks_an_advertorial():
    assert page(header="<h1>Anzeige: So gelingt die Cloud-Migration</h1>").to_item().sponsor_labels == ["title"]
    assert page(header="<h1>Google-Anzeigen werden teurer</h1>").to_item().sponsor_labels == []
