"""A set of article ids that stays small however long the crawl.

t3n's article ids are numbers (``…-1587177/``), so each is one bit of a bytearray: the ids up to
2,000,000 take 250 KB, while a ``set`` of id strings takes ~100 bytes an id (10 MB per 100,000
articles, kept by the spider and the dedupe pipeline until the run ends). An id that is not such
a number goes to a plain set. Written here because the standard library has no bitset, and a
dependency for these few lines is not worth it.
"""

from __future__ import annotations

from collections.abc import Iterable

MAX_NUMBER = 1 << 27  # a bitmap of 16 MB at most; larger numbers go to the set


class IdSet:
    """``add``, ``in`` and ``len`` of a set of id strings."""

    def __init__(self, ids: Iterable[str] = ()) -> None:
        self._bits = bytearray()
        self._others: set[str] = set()
        self._numbers = 0
        for article_id in ids:
            self.add(article_id)

    @staticmethod
    def _number(article_id: object) -> int | None:
        if isinstance(article_id, str) and article_id.isascii() and article_id.isdigit() and article_id[0] != "0":
            number = int(article_id)
            if number < MAX_NUMBER:
                return number
        return None

    def __contains__(self, article_id: object) -> bool:
        number = self._number(article_id)
        if number is None:
            return article_id in self._others
        byte = number >> 3
        return byte < len(self._bits) and bool(self._bits[byte] & (1 << (number & 7)))

    def add(self, article_id: str) -> None:
        number = self._number(article_id)
        if number is None:
            self._others.add(article_id)
            return
        byte = number >> 3
        if byte >= len(self._bits):
            self._bits.extend(bytes(max(byte + 1 - len(self._bits), len(self._bits))))
        mask = 1 << (number & 7)
        if not self._bits[byte] & mask:
            self._bits[byte] |= mask
            self._numbers += 1

    def __len__(self) -> int:
        return self._numbers + len(self._others)
