"""The page tree the page module reads (newscrawl/pages/tree.py): the same tree as a plain parse
of the bytes, but for the bodies of large inline SVGs; no field reads those."""

from pathlib import Path

import lxml.etree
import pytest
from parsel import Selector

from newscrawl.pages.tree import article_tree, cut_unread

TESTS = Path(__file__).parent
REAL = TESTS / "real" / "t3n-2023-11-06-apple-eigener-iphone-akku-1587177.html"
SPRITE = "<svg style='display:none'>" + "".join(
    f"<symbol id='s{i}'><path d='M{i} 0L{i} 9'/></symbol>" for i in range(200)
)


def _outside_svg(root):
    """Every element outside an <svg>, with its attributes, text and tail, in document order."""
    return [
        (el.tag, sorted(el.attrib.items()), el.text, el.tail)
        for el in root.iter()
        if isinstance(el.tag, str) and el.tag != "svg" and not any(a.tag == "svg" for a in el.iterancestors())
    ]


def _plain(data: bytes):
    return lxml.etree.fromstring(data, lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True))


@pytest.mark.parametrize(
    "path", [REAL, *sorted(TESTS.glob("site_*/news/*/index.html"))[:40]], ids=lambda p: str(p.relative_to(TESTS))
)
def test_the_same_tree_as_a_plain_parse_outside_large_svgs(path):
    data = path.read_bytes()
    tree = article_tree(data, "https://t3n.de/")
    assert isinstance(tree, Selector)
    assert _outside_svg(tree.root) == _outside_svg(_plain(data))


def test_the_real_pages_icon_sprite_is_cut_and_the_svg_elements_stay():
    data = REAL.read_bytes()
    cut = cut_unread(data)
    assert len(cut) < 0.45 * len(data)  # 200 of its 320 KB are the sprite
    assert [el.get("class") for el in article_tree(data).root.iter("svg")] == [
        el.get("class") for el in _plain(data).iter("svg")
    ]


@pytest.mark.parametrize(
    "html",
    [
        f"<script>var icons = '{SPRITE}';</script><p>Text</p>",  # unclosed inside a script: text
        f"<style>.a{{background:url('data:image/svg+xml,{SPRITE}')}}</style><p>Text</p>",
        f"<!-- {SPRITE} --><p>Text</p>",
        f"<textarea>{SPRITE}</textarea><p>Text</p>",
        f"<title>{SPRITE}</title><p>Text</p>",
    ],
)
def test_an_svg_that_is_text_is_left_alone(html):
    data = f"<html><head></head><body>{html}<svg><path d='M0'/></svg></body></html>".encode()
    assert cut_unread(data) == data


def test_nested_and_closed_svgs_are_cut_whole():
    inner = "<svg><g>" + "<path d='M0 0L9 9'/>" * 200 + "</g></svg>"
    data = f"<html><body><svg class='a'>{inner}<text>x</text></svg><p>nach</p></body></html>".encode()
    cut = cut_unread(data)
    assert cut == b"<html><body><svg class='a'></svg><p>nach</p></body></html>"


def test_text_and_non_utf8_input_give_the_same_tree():
    html = "<html><body><p>Grüße – „Zitat“</p></body></html>"
    for tree in (
        article_tree(html),
        article_tree(html.encode("cp1252"), encoding="cp1252"),
        article_tree(html.encode()),
    ):
        assert tree.css("p::text").get() == "Grüße – „Zitat“"
    assert article_tree(b"").root is not None


def test_a_large_svg_after_an_svg_in_a_script_is_still_cut():
    big = "<svg class='b'>" + "<path d='M0 0L9 9'/>" * 200 + "</svg>"
    data = f"<html><body><script>var s = '<svg class=x>';</script>{big}<p>t</p></body></html>".encode()
    assert (
        cut_unread(data)
        == b"<html><body><script>var s = '<svg class=x>';</script><svg class='b'></svg><p>t</p></body></html>"
    )
