"""Layout selectors as tables: a small subset of CSS compiled into what one pass over the tree
looks up per element.

A layout names its markup in CSS (``"h2.u-text-extralarge"``, ``".c-article__headline h1"``,
``"#main-content > div.c-entry"``, ``"[class*=byline]"``). ``compile_selector`` splits each into
compound selectors joined by descendant (`` ``) or child (``>``) combinators. The pass
(``newscrawl.pages.walk``) needs only the *first* compound of every selector: it records the
elements that match one (a "hit"), looking them up in a table keyed by the element's tag and class
attribute (computed once per distinct pair, then a dict lookup). The rest of a selector is
matched when a field asks for it, below those few hits, with lxml's own iteration.

Supported: ``tag``, ``*``, ``.class``, ``#id``, ``[attr]``, ``[attr=v]``, ``[attr*=v]``,
``[attr^=v]``, ``[attr~=v]``, descendant and child combinators, and ``,`` between selectors.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# An lxml element (of a plain lxml tree or of parsel's; lxml has no type stubs installed here).
El = Any

_PART = re.compile(r"""([.#]?)([\w-]+)|\[([\w:-]+)(?:([*^~]?=)['"]?([^'"\]]*)['"]?)?\]|(\*)""")
_WORD_SPLIT = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")

# Entries a lookup cache keeps before it starts over: the site's distinct (tag, class attribute)
# pairs are a few hundred (326 on the real page); article pages add one or two each (WordPress's
# `post-<id>`), which must not grow a long crawl's memory. At 10,000 the caches held ~10 MB of
# such one-off entries by the 10,000th article; at 2,000 they start over every ~1,500 articles and
# warm up again within a page or two.
CACHE_ENTRIES = 2_000


@dataclass(frozen=True)
class Compound:
    """One compound selector: ``div.c-entry``, ``[itemprop=articleBody]``, ``h1``."""

    tag: str | None = None
    classes: frozenset[str] = frozenset()
    # (attribute, operator, value): operator "" (present), "=", "*=", "^=", "~="
    attrs: tuple[tuple[str, str, str], ...] = ()

    @property
    def class_attrs(self) -> tuple[tuple[str, str, str], ...]:
        return tuple(a for a in self.attrs if a[0] == "class")

    @property
    def other_attrs(self) -> tuple[tuple[str, str, str], ...]:
        return tuple(a for a in self.attrs if a[0] != "class")

    def matches_class(self, tag: str, cls: str | None) -> bool:
        """Whether tag and class attribute allow a match (the other attributes still to check)."""
        if self.tag is not None and self.tag != tag:
            return False
        if self.classes or self.class_attrs:
            value = cls or ""
            if self.classes and not self.classes <= frozenset(value.split()):
                return False
            for _, op, want in self.class_attrs:
                if not _attr_ok(value if cls is not None else None, op, want):
                    return False
        return True

    def matches_attrs(self, el: El) -> bool:
        return all(_attr_ok(el.get(name), op, want) for name, op, want in self.other_attrs)

    def matches(self, el: El) -> bool:
        tag = el.tag if isinstance(el.tag, str) else ""
        return self.matches_class(tag, el.get("class")) and self.matches_attrs(el)


def _attr_ok(value: str | None, op: str, want: str) -> bool:
    if value is None:
        return False
    if op == "":
        return True
    if op == "=":
        return value == want
    if op == "*=":
        return want in value
    if op == "^=":
        return value.startswith(want)
    return want in value.split()  # "~="


@dataclass(frozen=True)
class Selector:
    """``compounds[0]`` is found by the pass; each later one is joined to the one before it by
    ``combinators[i - 1]`` (" " descendant, ">" child)."""

    text: str
    compounds: tuple[Compound, ...]
    combinators: tuple[str, ...]


def _compound(text: str) -> Compound:
    tag, classes, attrs = None, [], []
    pos = 0
    for m in _PART.finditer(text):
        if m.start() != pos:
            raise ValueError(f"unsupported selector: {text!r}")
        pos = m.end()
        prefix, name, attr, op, value, star = m.groups()
        if star:
            continue
        if attr:
            attrs.append((attr, op or "", value or ""))
        elif prefix == ".":
            classes.append(name)
        elif prefix == "#":
            attrs.append(("id", "=", name))
        else:
            tag = name.lower()
    if pos != len(text):
        raise ValueError(f"unsupported selector: {text!r}")
    return Compound(tag, frozenset(classes), tuple(attrs))


def compile_selector(text: str) -> tuple[Selector, ...]:
    """``"a b, c > d"`` -> the selectors of the group, each split into compounds."""
    out = []
    for one in text.split(","):
        tokens = re.sub(r"\s*>\s*", " > ", one.strip()).split()
        compounds, combinators = [_compound(tokens[0])], []
        i = 1
        while i < len(tokens):
            if tokens[i] == ">":
                combinators.append(">")
                i += 1
            else:
                combinators.append(" ")
            compounds.append(_compound(tokens[i]))
            i += 1
        out.append(Selector(one.strip(), tuple(compounds), tuple(combinators)))
    return tuple(out)


def class_words(value: str | None) -> frozenset[str]:
    """The words of a class or id attribute: "c-suggestNews-container" -> c, suggest, news, container."""
    if not value:
        return frozenset()
    return frozenset(w.lower() for w in _WORD_SPLIT.split(value) if w)


class Table:
    """The first compounds of a set of selectors, keyed for the pass.

    A compound with a tag or a class condition is found through its element's (tag, class
    attribute) pair: which compounds such a pair may match is computed once, then a dict lookup
    (``lookup``), and those that also name another attribute are checked on the element. A
    compound that names neither is found through its attribute: by the id's value (``by_id``,
    ``"#main-content"``), or by the presence of the attribute (``by_attr``, ``"[itemprop=…]"``),
    so no element is tested against every compound.
    """

    def __init__(self) -> None:
        self.compounds: list[Compound] = []
        self._ids: dict[Compound, int] = {}
        self._cache: dict[tuple[str, str | None], tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self.by_id: dict[str, tuple[int, ...]] = {}
        self.by_attr: dict[str, tuple[int, ...]] = {}
        # What the pass derives from a (tag, class attribute) pair under this table (walk.Info).
        self.info_cache: dict = {}
        # The compounds inside which the pass emits the article's blocks (the body's).
        self.body: frozenset[int] = frozenset()
        # Class words of boxes whose content no field reads (share buttons, newsletter, comments):
        # the pass numbers their elements without looking at them.
        self.unread: frozenset[str] = frozenset()

    def add(self, compound: Compound) -> int:
        cid = self._ids.get(compound)
        if cid is None:
            cid = self._ids[compound] = len(self.compounds)
            self.compounds.append(compound)
            self._cache.clear()
            self.info_cache.clear()
            if compound.tag is None and not compound.classes and not compound.class_attrs:
                ids = [v for name, op, v in compound.attrs if name == "id" and op == "="]
                if ids:
                    self.by_id[ids[0]] = (*self.by_id.get(ids[0], ()), cid)
                else:
                    name = compound.attrs[0][0] if compound.attrs else "*"
                    self.by_attr[name] = (*self.by_attr.get(name, ()), cid)
        return cid

    def set_body(self, cids: Iterable[int]) -> None:
        self.body = frozenset(cids)
        self.info_cache.clear()

    def set_unread(self, words: Iterable[str]) -> None:
        self.unread = frozenset(words)
        self.info_cache.clear()

    def keyed_by_attribute(self, compound: Compound) -> bool:
        return compound.tag is None and not compound.classes and not compound.class_attrs

    def lookup(self, tag: str, cls: str | None) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(compounds matched by tag and class alone, compounds that also need other attributes),
        among those found through tag and class."""
        key = (tag, cls)
        found = self._cache.get(key)
        if found is None:
            plain: list[int] = []
            checked: list[int] = []
            for cid, c in enumerate(self.compounds):
                if self.keyed_by_attribute(c):
                    continue
                if c.matches_class(tag, cls):
                    (checked if c.other_attrs else plain).append(cid)
            found = (tuple(plain), tuple(checked))
            if len(self._cache) > CACHE_ENTRIES:  # a class attribute per article would grow it: start over
                self._cache.clear()
            self._cache[key] = found
        return found


def unique_in_order(elements: Iterable) -> list:
    seen: set[int] = set()
    out = []
    for el in elements:
        if id(el) not in seen:
            seen.add(id(el))
            out.append(el)
    return out
