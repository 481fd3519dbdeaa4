"""Pure helpers: text cleaning, URLs, dates, captions, authors."""

import pytest

from newscrawl.processors import (
    article_id,
    article_url,
    clean_text,
    is_boilerplate_paragraph,
    reading_minutes,
    split_authors,
    split_caption,
    strip_shortcodes,
    strip_tracking,
    to_iso8601,
    token_f1,
)


def test_clean_text_normalises_entities_soft_hyphens_and_spaces_but_keeps_typography():
    assert clean_text("Novem\u00adber&nbsp;2020 &amp; „Zitat“ – gut ") == "November 2020 & „Zitat“ – gut"
    assert clean_text("  \n\t ") is None


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://t3n.de/news/parler-amazon-1352829/", "https://t3n.de/news/parler-amazon-1352829/"),
        (
            "https://t3n.de/news/parler-amazon-1352829/?utm_source=rss#comments",
            "https://t3n.de/news/parler-amazon-1352829/",
        ),
        ("https://T3N.de/magazin/lange-geschichte-1234567/3/", "https://t3n.de/magazin/lange-geschichte-1234567/"),
        ("https://t3n.de/news/ohne-slash-1234567", "https://t3n.de/news/ohne-slash-1234567/"),
        ("https://t3n.de/tag/software/", None),
        ("https://t3n.de/redaktion/andreas-floemer/", None),
        ("https://t3n.de/news/", None),
    ],
)
def test_article_url_is_canonical_page_one_or_none(url, expected):
    assert article_url(url) == expected


def test_article_url_keeps_the_page_when_asked():
    assert (
        article_url("http://127.0.0.1:8/magazin/x-1234567/2/?a=b", page=True)
        == "http://127.0.0.1:8/magazin/x-1234567/2/"
    )
    assert article_id("https://t3n.de/magazin/x-y-2021-1234567/2/") == "1234567"


def test_strip_tracking_keeps_meaningful_query():
    assert strip_tracking("https://t3n.de/news/?page=2&utm_source=x&fbclid=1#top") == "https://t3n.de/news/?page=2"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2021-01-14T10:05:00+01:00", "2021-01-14T10:05:00+01:00"),
        ("2021-01-14T09:05:00Z", "2021-01-14T09:05:00+00:00"),
        ("2021-01-14 10:05:00", "2021-01-14T10:05:00+01:00"),
        ("2021-07-14T10:05:00", "2021-07-14T10:05:00+02:00"),
        ("Thu, 14 Jan 2021 09:05:00 GMT", "2021-01-14T09:05:00+00:00"),
        ("14.01.2021, 10:05 Uhr", "2021-01-14T10:05:00+01:00"),
        ("gestern", None),
        ("", None),
    ],
)
def test_dates_become_iso8601_with_offset(value, expected):
    assert to_iso8601(value) == expected


def test_split_caption_separates_the_credit():
    assert split_caption("AWS hat Parler kontaktiert. (Foto: Sherl / Shutterstock.com)") == (
        "AWS hat Parler kontaktiert.",
        "Sherl / Shutterstock.com",
    )
    assert split_caption("Ein Diagramm (Grafik: t3n)") == ("Ein Diagramm", "t3n")
    assert split_caption("Nur eine Bildunterschrift") == ("Nur eine Bildunterschrift", None)


def test_authors_and_reading_time():
    assert split_authors("Von Name A, Name B und Name C") == ["Name A", "Name B", "Name C"]
    assert reading_minutes("13 Min. Lesezeit") == 13
    assert reading_minutes("PT2M") == 2
    assert reading_minutes("Artikel merken") is None


def test_shortcodes_and_boilerplate():
    assert strip_shortcodes("Text [embed]https://x.y/z[/embed] mehr [t3n_ad id=3] Ende") == "Text  mehr  Ende"
    for text in ("Anzeige", "2 Min.", "Artikel merken", "Auf Mastodon teilen", "Fast fertig!"):
        assert is_boilerplate_paragraph(text), text
    assert not is_boilerplate_paragraph("Anzeigen sind wichtig für die Finanzierung, sagt der Verlag.")


def test_token_f1():
    assert token_f1("a b c", "a b c") == 1.0
    assert token_f1("a b c d", "a b") == pytest.approx(2 / 3)
    assert token_f1("a", "") == 0.0
