"""The one pass over the article (newscrawl/pages/walk.py) on small pages: every block type and
every rule of docs/article-structure.md, the images and links, body_markdown, the lead image of
older markup, a body read from JSON-LD only, the body's clue check, a multi-page merge."""

import json

import lxml.html
import pytest

from newscrawl.monitors import clue_problems
from newscrawl.pages.t3n import T3nArticlePage, merge_pages
from newscrawl.processors import markdown

URL = "https://t3n.de/news/beispiel-artikel-1234567/"
LONG = "Ein Absatz mit genug Text, damit er als Artikeltext zählt und nicht als Randnotiz."


def page(body, header="<h1>Titel des Artikels</h1>", head="", url=URL, article_class="c-article", before_body=""):
    html = f"""<html lang="de"><head><title>Titel des Artikels | t3n</title>{head}</head><body>
        <main id="main-content"><article class="{article_class}">
        <header class="c-article__header">{header}</header>{before_body}
        <div class="c-entry">{body}</div></article></main></body></html>"""
    return T3nArticlePage(html.encode("utf-8"), url, crawled_at="2026-01-01T00:00:00+00:00")


def blocks(body, **kw):
    return page(body, **kw).to_item().blocks


# --- text blocks ---------------------------------------------------------------------------------


def test_paragraphs_and_their_sources():
    got = blocks(f"<p>{LONG}</p><pre>code  line</pre><dl><dt>Begriff</dt><dd>Erklärung</dd></dl>")
    assert got == [
        {"type": "paragraph", "text": LONG, "links": []},
        {"type": "paragraph", "text": "code line", "links": []},
        {"type": "paragraph", "text": "Begriff", "links": []},
        {"type": "paragraph", "text": "Erklärung", "links": []},
    ]


def test_text_standing_in_a_div_is_a_paragraph_up_to_the_next_block():
    got = blocks(f"<div>Erster Satz mit <b>fettem</b> Wort<br>und Umbruch.<p>{LONG}</p>Nachsatz.</div>")
    assert [b["text"] for b in got] == ["Erster Satz mit fettem Wort und Umbruch.", LONG, "Nachsatz."]
    assert {b["type"] for b in got} == {"paragraph"}


def test_headings_carry_their_level():
    got = blocks("<h2>Zwei</h2><h3>Drei</h3><h4>Vier</h4><h6>Sechs</h6>")
    assert [(b["text"], b["level"]) for b in got] == [("Zwei", 2), ("Drei", 3), ("Vier", 4), ("Sechs", 6)]
    assert all(b["type"] == "heading" and b["links"] == [] for b in got)


def test_the_2019_subheading_wrapper_gives_a_heading_without_its_anchor_icon():
    got = blocks(
        '<div class="c-article__headline" id="x"><h2><span class="c-article__wrapper">'
        '<a class="c-article__anchor tg-headline-ankerlink" href="#x"><svg><path d="M0"/></svg></a>'
        "Eigener iPhone-Akku</span></h2></div>"
    )
    assert got == [{"type": "heading", "text": "Eigener iPhone-Akku", "level": 2, "links": []}]


def test_list_items_ordered_or_not_and_a_nested_list_right_after_its_item():
    got = blocks("<ul><li>Eins<ol><li>Eins-a</li><li>Eins-b</li></ol></li><li>Zwei</li></ul><ol><li>Erstens</li></ol>")
    assert [(b["text"], b["ordered"]) for b in got] == [
        ("Eins", False),
        ("Eins-a", True),
        ("Eins-b", True),
        ("Zwei", False),
        ("Erstens", True),
    ]
    assert {b["type"] for b in got} == {"list_item"}


def test_a_quote_is_a_block_per_paragraph_of_it():
    got = blocks("<blockquote><p>Erster Satz.</p><p>Zweiter Satz.</p></blockquote><blockquote>Kurz.</blockquote>")
    assert got == [
        {"type": "quote", "text": "Erster Satz.", "links": []},
        {"type": "quote", "text": "Zweiter Satz.", "links": []},
        {"type": "quote", "text": "Kurz.", "links": []},
    ]


def test_text_is_normalised_as_body_always_was():
    got = blocks("<p>  Soft&shy;hyphen,\u200bzero&nbsp;width\n\tand  spaces: „Zitat“ – Ende  </p>")
    assert got[0]["text"] == "Softhyphen,zero width and spaces: „Zitat“ – Ende"


# --- links -----------------------------------------------------------------------------------------


def test_links_of_a_block_absolute_without_tracking_fragment_or_same_page_targets():
    got = blocks(
        '<p>Siehe <a href="/news/anderer-artikel-7654321/?utm_source=x&amp;id=3#kommentare">den Artikel</a>, '
        '<a href="https://www.reuters.com/a?wt_mc=1&amp;fbclid=z">Reuters</a>, '
        '<a href="#abschnitt">weiter unten</a>, <a href="mailto:a@b.de">Mail</a>, '
        '<a href="https://example.org/leer"><img src="x.png"></a> und '
        '<a href="https://example.org/ref?ref=t3n&amp;q=1">Quelle</a>.</p>'
    )
    assert got[0]["links"] == [
        {"url": "https://t3n.de/news/anderer-artikel-7654321/?id=3", "text": "den Artikel"},
        {"url": "https://www.reuters.com/a", "text": "Reuters"},
        {"url": "https://example.org/ref?q=1", "text": "Quelle"},
    ]


def test_links_field_is_every_block_link_with_the_t3n_article_id():
    item = page(
        '<p><a href="https://t3n.de/news/tschuess-qualcomm-1344660/">eins</a></p>'
        '<ul><li><a href="https://t3n.de/magazin/langer-text-1500001/">zwei</a></li></ul>'
        '<h2><a href="https://t3n.de/tag/apple/">Apple</a></h2>'
        '<p><a href="https://www.etnews.com/20231106000233">drei</a></p>'
    ).to_item()
    assert item.links == [
        {"url": "https://t3n.de/news/tschuess-qualcomm-1344660/", "text": "eins", "article_id": "1344660"},
        {"url": "https://t3n.de/magazin/langer-text-1500001/", "text": "zwei", "article_id": "1500001"},
        {"url": "https://t3n.de/tag/apple/", "text": "Apple", "article_id": None},
        {"url": "https://www.etnews.com/20231106000233", "text": "drei", "article_id": None},
    ]


# --- what is no block --------------------------------------------------------------------------------


def test_furniture_is_no_block():
    item = page(
        f"<p>{LONG}</p>"
        '<div class="c-ad-container"><div class="c-ad-label">Anzeige</div><div class="c-ad">Anzeige</div></div>'
        "<p>Anzeige</p>"
        '<p>Ebenfalls interessant: <a href="/news/ein-anderer-artikel-7654321/">Ein anderer Artikel</a></p>'
        '<div class="tg-crosslinks"><a href="/news/noch-einer-7654322/">Noch einer</a></div>'
        '<div class="c-native-newsletterbox"><p>Fast fertig! Bitte klicke auf den Link.</p></div>'
        '<div class="c-social-compact__wrapper"><a href="https://x.com/share">Teilen</a></div>'
        '<div class="c-consent-overlay"><p>Wir brauchen deine Zustimmung.</p></div>'
        "<p> </p><p>&nbsp;</p><div></div>"
        '<div class="c-paywall__wrapper"><p>Jetzt t3n Plus testen!</p></div>'
    ).to_item()
    assert item.blocks == [{"type": "paragraph", "text": LONG, "links": []}]
    assert item.body == LONG
    assert [link["url"] for link in item.related_links] == [
        "https://t3n.de/news/ein-anderer-artikel-7654321/",
        "https://t3n.de/news/noch-einer-7654322/",
    ]


def test_a_lead_repeated_as_the_first_paragraph_is_no_block():
    lead = "Das ist der Vorspann, der auf der Seite zweimal steht, einmal als Lead und einmal im Text."
    item = page(f"<p>{lead}</p><p>{LONG}</p>", header=f'<h1>Titel</h1><p class="c-article__lead">{lead}</p>').to_item()
    assert item.lead == lead
    assert [b["text"] for b in item.blocks] == [LONG]


def test_body_is_exactly_the_text_blocks_joined():
    item = page(
        f'<h2>Zwischentitel</h2><p>{LONG}</p><figure><img src="https://images.t3n.de/a.jpg"><figcaption>Bild'
        "</figcaption></figure><ul><li>Punkt</li></ul><blockquote><p>Zitat.</p></blockquote>"
        "<table><tr><td>a</td></tr></table>"
    ).to_item()
    assert item.body == f"Zwischentitel\n\n{LONG}\n\nPunkt\n\nZitat."
    assert [b["type"] for b in item.blocks] == ["heading", "paragraph", "image", "list_item", "quote", "table"]


# --- tables ----------------------------------------------------------------------------------------


def test_a_table_is_its_rows_of_cell_texts_header_included():
    got = blocks(
        '<figure class="wp-block-table"><table><thead><tr><th>Version</th><th>Ende</th></tr></thead>'
        "<tbody><tr><td>Python <b>3.12</b></td><td><p>Oktober</p> 2028</td></tr></tbody></table>"
        "<figcaption>Support (Tabelle: t3n)</figcaption></figure>"
    )
    assert got == [{"type": "table", "rows": [["Version", "Ende"], ["Python 3.12", "Oktober 2028"]]}]


# --- images ------------------------------------------------------------------------------------------


def test_body_images_with_caption_credit_size_and_their_largest_rendition():
    item = page(
        f"<p>{LONG}</p>"
        '<figure class="wp-block-image"><img src="https://images.t3n.de/a.jpg?class=blur" '
        'data-src="https://images.t3n.de/a.jpg?class=hero" width="620" height="350">'
        "<figcaption>Ein Bild. (Foto: iFixit)</figcaption></figure>"
        '<figure><img src="https://cdn.t3n.de/b.png?w=320" srcset="https://cdn.t3n.de/b.png?w=640 640w, '
        'https://cdn.t3n.de/b.png?w=1280 1280w"><figcaption>Zweites <span class="credit">Grafik: t3n</span>'
        "</figcaption></figure>"
        '<div class="wp-caption"><a href="/big.jpg"><img src="/uploads/c.jpg" width="300"></a>'
        '<p class="wp-caption-text">Drittes Bild (Screenshot: Google)</p></div>'
    ).to_item()
    assert item.images == [
        {"url": "https://images.t3n.de/a.jpg", "caption": "Ein Bild.", "credit": "iFixit", "width": 620, "height": 350},
        {
            "url": "https://cdn.t3n.de/b.png?w=1280",
            "caption": "Zweites",
            "credit": "t3n",
            "width": None,
            "height": None,
        },
        {
            "url": "https://t3n.de/uploads/c.jpg",
            "caption": "Drittes Bild",
            "credit": "Google",
            "width": 300,
            "height": None,
        },
    ]
    assert [b for b in item.blocks if b["type"] == "image"] == [
        {"type": "image", "url": i["url"], "caption": i["caption"], "credit": i["credit"]} for i in item.images
    ]


def test_no_ad_avatar_logo_pixel_or_teaser_image_of_another_article():
    item = page(
        f"<p>{LONG}</p>"
        '<div class="c-ad-container"><img src="https://ads.example/banner.gif"></div>'
        '<img class="c-author__avatar" src="https://t3n.de/avatar.jpg">'
        '<img src="https://t3n.de/logo.svg" class="logo">'
        '<img src="https://vg07.met.vgwort.de/na/abc" width="1" height="1">'
        '<div class="c-crosslinks"><a href="/news/x-7654321/"><img src="https://images.t3n.de/teaser.jpg">'
        "Anderer Artikel</a></div>"
        '<div class="c-suggestNews-container"><figure><img src="https://images.t3n.de/teaser2.jpg"></figure></div>'
    ).to_item()
    assert item.images == [] and [b["type"] for b in item.blocks] == ["paragraph"]


# --- embeds ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "markup, url, provider",
    [
        (
            '<div class="c-embed"><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0&amp;utm_source=x">'
            "</iframe></div>",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0",
            "youtube",
        ),
        (
            '<figure class="wp-block-embed is-provider-twitter"><div class="wp-block-embed__wrapper">'
            '<blockquote class="twitter-tweet"><p>Text <a href="https://twitter.com/hashtag/x">#x</a></p>'
            '&mdash; T (@t) <a href="https://twitter.com/t/status/123?ref_src=twsrc">12. Januar</a></blockquote>'
            "</div></figure>",
            "https://twitter.com/t/status/123?ref_src=twsrc",
            "twitter",
        ),
        (
            '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/?utm_source=ig">'
            "<a href='https://www.instagram.com/p/abc/'>Post</a></blockquote>",
            "https://www.instagram.com/p/abc/",
            "instagram",
        ),
        (
            '<div class="c-embed c-embed--mastodon" data-embed-url="https://fosstodon.org/@ThePSF/111163402113254112">'
            "<p>Externer Inhalt</p></div>",
            "https://fosstodon.org/@ThePSF/111163402113254112",
            "mastodon",
        ),
        (
            '<div class="embed-content-wrapper" data-embed="https://bsky.app/profile/bsky.app/post/3lh7"></div>',
            "https://bsky.app/profile/bsky.app/post/3lh7",
            "bsky.app",
        ),
        (
            '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@t3n/video/7">x</blockquote>',
            "https://www.tiktok.com/@t3n/video/7",
            "tiktok",
        ),
    ],
)
def test_embeds_are_the_url_the_markup_names(markup, url, provider):
    got = blocks(f"<p>{LONG}</p>{markup}<p>{LONG}</p>")
    assert [b["type"] for b in got] == ["paragraph", "embed", "paragraph"]
    assert got[1] == {"type": "embed", "url": url, "provider": provider}


def test_an_embed_wrapper_the_site_fills_with_javascript_gives_no_block():
    assert [b["type"] for b in blocks(f'<p>{LONG}</p><div class="embed-content-wrapper"></div>')] == ["paragraph"]


# --- the lead image of every markup generation ------------------------------------------------------


def test_the_2019_lead_figure_at_the_top_of_c_entry_is_image_and_images_0():
    item = page(
        '<figure><div><img class="webfeedsFeaturedVisual" src="https://images.t3n.de/lead.jpg?class=hero" '
        'width="620" height="350"></div><figcaption><p>Ab 2025 neu. (Foto: iFixit)</p></figcaption></figure>'
        f'<p class="u-text-small"></p><div class=""><p>{LONG}</p></div>',
    ).to_item()
    assert item.image == {
        "url": "https://images.t3n.de/lead.jpg?class=hero",
        "caption": "Ab 2025 neu.",
        "credit": "iFixit",
    }
    assert item.images == [
        {
            "url": "https://images.t3n.de/lead.jpg",
            "caption": "Ab 2025 neu.",
            "credit": "iFixit",
            "width": 620,
            "height": 350,
        }
    ]
    assert [b["type"] for b in item.blocks] == ["paragraph"]


@pytest.mark.parametrize(
    "lead_markup",
    [
        # WordPress's [caption] shortcode
        '<div id="attachment_5" class="wp-caption aligncenter"><img src="https://t3n.de/uploads/lead.jpg" '
        'width="620" height="349"><p class="wp-caption-text">Die Unterschrift. (Foto: dpa)</p></div>',
        # the same with a link around the image
        '<div class="wp-caption alignnone"><a href="https://t3n.de/uploads/lead.jpg"><img '
        'src="https://t3n.de/uploads/lead.jpg" width="620" height="349"></a>'
        '<p class="wp-caption-text">Die Unterschrift. (Foto: dpa)</p></div>',
        # the block editor's image block
        '<figure class="wp-block-image size-large"><img src="https://t3n.de/uploads/lead.jpg" width="620" '
        'height="349"><figcaption>Die Unterschrift. (Foto: dpa)</figcaption></figure>',
        # HTML5 captions of the theme, lazy: a blurred placeholder src, the real URL in data-src
        '<figure class="wp-caption"><img src="https://t3n.de/uploads/lead.jpg?class=blur" '
        'data-src="https://t3n.de/uploads/lead.jpg" width="620" height="349">'
        '<figcaption class="wp-caption-text">Die Unterschrift. (Foto: dpa)</figcaption></figure>',
    ],
)
def test_wordpress_caption_markup_before_the_text_is_the_lead_image_of_older_pages(lead_markup):
    for where in ("body", "before"):
        kw = (
            {"before_body": lead_markup, "body": f"<p>{LONG}</p>"}
            if where == "before"
            else {"body": lead_markup + f"<p>{LONG}</p>"}
        )
        p = page(header="<h1>Ein älterer Artikel</h1>", **kw)
        item = p.to_item()
        assert p.layout.name == "classic"
        assert item.image is not None, where
        assert item.image["url"] == "https://t3n.de/uploads/lead.jpg" or item.image["url"].startswith(
            "https://t3n.de/uploads/lead.jpg"
        )
        assert (item.image["caption"], item.image["credit"]) == ("Die Unterschrift.", "dpa")
        assert item.images[0] == {
            "url": "https://t3n.de/uploads/lead.jpg",
            "caption": "Die Unterschrift.",
            "credit": "dpa",
            "width": 620,
            "height": 349,
        }
        assert len(item.images) == 1 and [b["type"] for b in item.blocks] == ["paragraph"], where


def test_an_inline_figure_after_the_text_is_no_lead_image_but_a_body_image():
    item = page(
        f'<p>{LONG}</p><p>{LONG}</p><figure class="wp-caption"><img src="https://t3n.de/inline.jpg">'
        '<figcaption class="wp-caption-text">Im Text (Screenshot: Bahn)</figcaption></figure>',
        header="<h1>Ein älterer Artikel</h1>",
    ).to_item()
    assert item.image is None
    assert item.images == [
        {"url": "https://t3n.de/inline.jpg", "caption": "Im Text", "credit": "Bahn", "width": None, "height": None}
    ]


# --- JSON-LD only ----------------------------------------------------------------------------------


def test_a_body_read_from_jsonld_only_is_paragraph_blocks_counted_as_jsonld():
    article_body = "Erster Absatz [embed]https://x.com/a/status/1[/embed].\\r\\n\\r\\nZweiter Absatz [t3n_ad id=2]."
    p = page(
        '<div class="embed-content-wrapper"></div>',
        head=f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Titel des Artikels",'
        f' "articleBody": "{article_body}"}}</script>',
    )
    item = p.to_item()
    assert item.blocks == [
        {"type": "paragraph", "text": "Erster Absatz .", "links": []},
        {"type": "paragraph", "text": "Zweiter Absatz .", "links": []},
    ]
    assert item.body == "Erster Absatz .\n\nZweiter Absatz ." and item.links == [] and item.images == []
    assert p.sources["body"] == p.sources["blocks"] == "jsonld"
    assert "body" not in p.checks  # the markup gave no text to check


def test_the_crawl_counts_the_blocks_source():
    from scrapy.utils.test import get_crawler

    from newscrawl.extract import PageCounts
    from newscrawl.outcomes import OutcomeRecorder

    crawler = get_crawler()
    crawler.stats.open_spider()
    p = page("", head='<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": "Text."}</script>')
    p.to_item()
    recorder = OutcomeRecorder(crawler)
    recorder.count_page(PageCounts.of(p))
    recorder.flush()  # as at spider_closed: page counts reach the stats in batches
    assert crawler.stats.get_value("newscrawl/field_source/blocks/jsonld") == 1


# --- the body's clue check -------------------------------------------------------------------------


def _jsonld(article_body, paywalled=False):
    data = {"@type": "NewsArticle", "headline": "Titel des Artikels", "articleBody": article_body}
    if paywalled:
        data["isAccessibleForFree"] = False
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def test_the_markup_body_agrees_with_an_articlebody_of_the_same_words():
    lead = "Der Vorspann des Artikels, wie ihn t3n vor den Text setzt und in articleBody wiederholt."
    text = ["Erster Absatz mit ein paar Worten.", "Eine Zwischenüberschrift", "Zweiter Absatz, der endet."]
    article_body = lead + "\r\n\r\n" + "\r\n\r\n".join(text) + " [t3n_ad id=1]"
    p = page(
        "".join(f"<p>{t}</p>" for t in text),
        header=f'<h1>Titel des Artikels</h1><p class="c-article__lead">{lead}</p>',
        head=_jsonld(article_body),
    )
    p.to_item()
    assert p.checks["body"] == "agree"


def test_a_body_other_than_articlebody_differs_and_makes_a_sick_verdict():
    p = page(f"<p>{LONG}</p><p>Noch ein Absatz über etwas ganz anderes.</p>", head=_jsonld("Völlig anderer Text hier."))
    p.to_item()
    assert p.checks["body"] == "differ" and p.disagreeing["body"] == ["jsonld"]
    stats = {"newscrawl/clue_check/body/differ": 9, "newscrawl/clue_check/body/agree": 1}
    stats["newscrawl/clue_check/body/example/differ"] = URL
    problems = clue_problems(stats, max_share=0.2, min_pages=5)
    assert problems and problems[0].startswith("body: clues disagree on 9 of 10 pages")


def test_a_paywalled_page_agrees_with_the_start_of_a_longer_articlebody():
    shown = ["Öffentlicher erster Absatz mit mehreren Worten.", "Öffentlicher zweiter Absatz, kurz."]
    article_body = "\n\n".join([*shown, "Geheimer Absatz eins mit vielen Worten.", "Geheimer zweiter Absatz."])
    p = page(
        "".join(f"<p>{t}</p>" for t in shown) + '<div class="c-paywall__wrapper"><p>Jetzt testen</p></div>',
        head=_jsonld(article_body, paywalled=True),
    )
    item = p.to_item()
    assert item.paywalled and p.checks["body"] == "agree"


# --- several pages -----------------------------------------------------------------------------------


def test_merge_pages_appends_the_later_pages_blocks_images_and_links():
    first = page(
        '<figure><img src="https://images.t3n.de/lead.jpg"><figcaption>Lead (Foto: t3n)</figcaption></figure>'
        f'<p>{LONG} <a href="https://t3n.de/news/quelle-1111111/">Quelle</a></p>'
        '<p>Lesetipp: <a href="/news/tipp-2222222/">Tipp</a></p>',
        header='<div class="c-article__headline"><h1>Titel des Artikels</h1></div>',
        head='<link rel="next" href="https://t3n.de/news/beispiel-artikel-1234567/2/">',
    )
    item = first.to_item()
    assert first.next_page_url() == "https://t3n.de/news/beispiel-artikel-1234567/2/"
    second = page(
        '<h2>Teil zwei</h2><ul><li><a href="https://example.org/x">Beispiel</a></li></ul>'
        '<figure><img src="https://images.t3n.de/zwei.jpg" width="10" height="10"><figcaption>Zwei</figcaption>'
        "</figure>",
        header='<div class="c-article__headline"><h1>Titel des Artikels</h1></div>',
        url="https://t3n.de/news/beispiel-artikel-1234567/2/",
    )
    part = second.later_page()
    json.dumps(part)  # plain data: it travels in the request between the pages
    merge_pages(item, [part])
    assert [b["type"] for b in item.blocks] == ["paragraph", "heading", "list_item", "image"]
    assert item.body == f"{LONG} Quelle\n\nTeil zwei\n\nBeispiel"
    assert [i["url"] for i in item.images] == ["https://images.t3n.de/lead.jpg", "https://images.t3n.de/zwei.jpg"]
    assert [(link["url"], link["article_id"]) for link in item.links] == [
        ("https://t3n.de/news/quelle-1111111/", "1111111"),
        ("https://example.org/x", None),
    ]
    assert item.body_markdown == markdown(item.blocks) and "## Teil zwei" in item.body_markdown
    assert [link["url"] for link in item.related_links] == ["https://t3n.de/news/tipp-2222222/"]
    assert item.page_count == 2


# --- Markdown --------------------------------------------------------------------------------------


def test_markdown_of_every_block_type():
    item = page(
        '<h2>Überschrift</h2><p>Text mit <a href="https://example.org/a(b)">Link</a> und '
        '<a href="https://example.org/c">[zweitem]</a>.</p>'
        "<h3>Kleiner</h3><ul><li>eins</li><li>zwei<ol><li>innen</li><li>auch innen</li></ol></li></ul>"
        "<p>Dazwischen.</p><ol><li>erstens</li><li>zweitens</li></ol>"
        "<blockquote><p>Ein Zitat.</p></blockquote>"
        '<figure><img src="https://images.t3n.de/x.jpg?class=hero"><figcaption>Bild [1] (Foto: t3n)</figcaption></figure>'
        '<div class="c-embed"><iframe src="https://player.vimeo.com/video/42"></iframe></div>'
        "<table><tr><th>A</th><th>B|C</th></tr><tr><td>1</td></tr></table>"
        "<p>3. Oktober ist Feiertag.</p>",
        header='<div class="c-article__headline"><h1>Titel</h1></div>',
    ).to_item()
    assert item.body_markdown == "\n\n".join(
        [
            "## Überschrift",
            "Text mit [Link](<https://example.org/a(b)>) und [\\[zweitem\\]](https://example.org/c).",
            "### Kleiner",
            "- eins\n- zwei",
            "1. innen\n2. auch innen",
            "Dazwischen.",
            "1. erstens\n2. zweitens",
            "> Ein Zitat.",
            "![Bild \\[1\\]](https://images.t3n.de/x.jpg)",
            "<https://player.vimeo.com/video/42>",
            "| A | B\\|C |\n| --- | --- |\n| 1 |  |",
            "3\\. Oktober ist Feiertag.",
        ]
    )


def test_markdown_numbers_the_items_of_one_list_and_separates_blocks_by_a_blank_line():
    got = markdown(
        [
            {"type": "paragraph", "text": "Vorher.", "links": []},
            {"type": "list_item", "text": "a", "ordered": True, "links": []},
            {"type": "list_item", "text": "b", "ordered": True, "links": []},
            {"type": "list_item", "text": "c", "ordered": True, "links": []},
            {"type": "heading", "text": "H", "level": 4, "links": []},
            {"type": "list_item", "text": "x", "ordered": False, "links": []},
        ]
    )
    assert got == "Vorher.\n\n1. a\n2. b\n3. c\n\n#### H\n\n- x"


def test_a_paragraph_inside_a_list_item_is_the_items_text():
    got = blocks("<ol><li><p>Erster Schritt:</p><p>weiter.</p><ul><li>Detail</li></ul></li></ol>")
    assert [(b["type"], b["text"]) for b in got] == [("list_item", "Erster Schritt: weiter."), ("list_item", "Detail")]


def test_an_articlebody_with_crosslinks_and_page_breaks_agrees_with_page_one():
    text = ["Erster Absatz auf Seite eins.", "Zweiter Absatz auf Seite eins."]
    article_body = (
        "\n".join([*text, "Ebenfalls interessant: Ein ganz anderer Artikel über etwas anderes"])
        + "<!--nextpage-->Seite zwei hat ganz andere Wörter und Sätze."
    )
    p = page(
        "".join(f"<p>{t}</p>" for t in text) + '<p>Ebenfalls interessant: <a href="/news/x-7654321/">X</a></p>',
        head=_jsonld(article_body) + '<link rel="next" href="https://t3n.de/news/beispiel-artikel-1234567/2/">',
    )
    p.to_item()
    assert p.checks["body"] == "agree"


def test_an_articlebody_that_is_an_excerpt_checks_nothing():
    text = [f"Absatz {n} mit einigen Worten, die im Auszug nicht alle stehen können." for n in range(6)]
    p = page("".join(f"<p>{t}</p>" for t in text), head=_jsonld("Absatz 0 mit einigen Worten …"))
    p.to_item()
    assert "body" not in p.checks


def test_a_cut_off_page_differs_from_its_articlebody():
    text = ["Der erste Absatz ist ganz da.", "Der zweite Absatz bricht mitten im Wo"]
    full = "Der erste Absatz ist ganz da.\r\n\r\nDer zweite Absatz bricht mitten im Wort ab, sagt JSON-LD.\r\n\r\nEin dritter Absatz fehlt der Seite ganz und gar."
    p = page("".join(f"<p>{t}</p>" for t in text), head=_jsonld(full))
    p.to_item()
    assert p.checks["body"] == "differ"


def test_lookup_caches_stay_bounded_when_every_article_has_a_class_of_its_own():
    # WordPress marks each article `post-<id>`: a 100,000-article backfill must not keep an entry
    # per article in the pass's caches (that grew the crawl's memory with its length).
    from newscrawl.pages import html
    from newscrawl.pages.selectors import CACHE_ENTRIES, Table, compile_selector
    from newscrawl.pages.walk import _info, id_words

    table = Table()
    table.add(compile_selector("article.c-article")[0].compounds[0])
    element = html_element("<article></article>")
    for n in range(3 * CACHE_ENTRIES):
        cls = f"post-{n} type-post c-article"
        assert _info(table, "article", cls).hits
        id_words(f"post-{n}")
        element.set("class", cls)
        assert "c" in html.words(element)
    assert 0 < len(table.info_cache) <= CACHE_ENTRIES + 1
    assert 0 < len(table._cache) <= CACHE_ENTRIES + 1
    assert 0 < len(html._WORDS) <= CACHE_ENTRIES + 1


def html_element(markup):
    return lxml.html.fragment_fromstring(markup)
