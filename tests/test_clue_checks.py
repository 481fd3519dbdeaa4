"""The rules that check a field's clues against each other (newscrawl/pages/clues.py)."""

from newscrawl.pages.clues import DateOnly, check_clues

TITLE = "Apple arbeitet angeblich an eigenen iPhone-Akkus für mehr Laufzeit"


def test_a_title_confirmed_by_one_clue_agrees():
    assert check_clues("title", "markup", {"markup": TITLE, "jsonld": TITLE.upper() + "!"}) == ("agree", None)


def test_an_unconfirmed_markup_title_is_overruled_by_two_agreeing_clues():
    clues = {"markup": "Eigener iPhone-Akku: Apple entwickelt mit Partnern", "jsonld": TITLE, "og": TITLE}
    assert check_clues("title", "markup", clues) == ("overruled", "jsonld")


def test_a_jsonld_title_is_never_overruled_only_counted():
    assert check_clues("title", "jsonld", {"jsonld": "A", "og": "B title", "html_title": "B title"})[0] == "differ"


def test_clues_that_disagree_among_themselves_differ():
    assert check_clues("title", "markup", {"markup": "A", "jsonld": "B", "og": "C"}) == ("differ", None)


def test_a_lone_clue_is_alone():
    assert check_clues("title", "markup", {"markup": TITLE}) == ("alone", None)


def test_a_description_cut_mid_word_or_the_first_sentence_confirms_the_lead():
    lead = (
        "Apple arbeitet einem Bericht aus Südkorea zufolge an eigenen Akkus, die zunächst in iPhones "
        "verbaut werden sollen. Dank einer neuen Zellchemie soll der Energiespeicher länger halten."
    )
    cut = lead[:110].rstrip()
    assert cut.endswith("sol")
    assert check_clues("lead", "markup", {"markup": lead, "jsonld": cut})[0] == "agree"
    assert check_clues("lead", "markup", {"markup": lead, "og": lead.split(". ")[0] + "."})[0] == "agree"
    assert check_clues("lead", "markup", {"markup": lead, "og": "Ganz anderer Text über etwas anderes."})[0] == "differ"


def test_a_local_time_and_an_iso_offset_naming_the_same_instant_agree():
    clues = {"jsonld": "2023-11-06T15:20:33+0100", "markup": "2023-11-06 15:20:33"}
    assert check_clues("published", "jsonld", clues)[0] == "agree"
    clues = {"jsonld": "2023-11-06T15:20:33+0100", "markup": "2023-11-06 16:20:33"}
    assert check_clues("published", "jsonld", clues)[0] == "differ"


def test_a_date_only_clue_agrees_on_the_berlin_day():
    late = "2023-11-06T23:30:00+00:00"  # 00:30 on the 7th in Berlin
    assert check_clues("published", "jsonld", {"jsonld": late, "day": DateOnly.parse("07112023")})[0] == "agree"
    assert check_clues("published", "jsonld", {"jsonld": late, "day": DateOnly.parse("06.11.2023")})[0] == "differ"
    assert DateOnly.parse("31022023") is None and DateOnly.parse("gestern") is None


def test_authors_agree_as_a_set_and_images_by_file_whatever_the_rendition():
    assert check_clues("authors", "markup", {"markup": ["A B", "C D"], "meta": "C D, A B"})[0] == "agree"
    assert check_clues("authors", "markup", {"markup": ["A B"], "jsonld": ["A B", "C D"]})[0] == "differ"
    img = "https://images.t3n.de/news/wp-content/uploads/2022/09/iphone-14-ifixit-teardown_hero.jpg"
    clues = {"markup": {"url": img + "?class=hero"}, "og": img + "?class=structuredData-large"}
    assert check_clues("image", "markup", clues)[0] == "agree"


def test_tags_agree_when_they_share_one():
    assert check_clues("tags", "markup", {"markup": ["KI", "Apple"], "meta": ["apple"]})[0] == "agree"
