"""Deterministic synthetic articles that satisfy the schema, for tests and benchmarks.

Real items come from the replica; these exist so exporters, the dataset command and the report
can be exercised with any number of items (200k for the memory benchmark) without a crawl.
"""

from datetime import UTC, datetime, timedelta, timezone

from newscrawl.items import ARTICLE_FIELDS, SCHEMA_VERSION

_SECTIONS = ["News", "Software", "KI", "Security", "Porträt", "Trendreport"]
_AUTHORS = ["Andreas Floemer", "Jörn Brien", "Kim Rixecker", "Melanie Petersen", "Luca Caracciolo"]
_TAGS = ["Amazon", "Social Media", "KI", "Apple", "Datenschutz", "Startups", "E-Mobilität"]
_BERLIN = timezone(timedelta(hours=1))
_EPOCH = datetime(2024, 1, 1, 6, 0, tzinfo=_BERLIN)


def synthetic_article(n: int, *, revision: int = 1, body_paragraphs: int = 6) -> dict:
    """Article number ``n`` (id ``1000000 + n``); a higher ``revision`` is a later, modified
    version of the same article, crawled later."""
    published = _EPOCH + timedelta(minutes=37 * n)
    modified = None if revision == 1 else published + timedelta(hours=revision)
    crawled = (modified or published) + timedelta(minutes=5)
    article_id = str(1000000 + n)
    item = {
        "id": article_id,
        "url": f"https://t3n.de/news/synthetic-article-{article_id}/",
        "title": f"Synthetischer Artikel Nr. {n}: „Test“ – Revision {revision}",
        "lead": f"Der Teaser zu Artikel {n}.",
        "body": "\n\n".join(
            (f"Absatz {p} von Artikel {n}, Revision {revision}. " + "Lorem ipsum dolor sit amet. " * 8).strip()
            for p in range(body_paragraphs)
        ),
        "related_links": [
            {"url": f"https://t3n.de/news/related-{1000000 + n + k}/", "title": f"Verwandt {k}"} for k in (1, 2)
        ],
        "authors": [_AUTHORS[n % len(_AUTHORS)]] + ([_AUTHORS[(n + 1) % len(_AUTHORS)]] if n % 4 == 0 else []),
        "published": published.isoformat(),
        "modified": modified.isoformat() if modified else None,
        "section": _SECTIONS[n % len(_SECTIONS)],
        "tags": [_TAGS[n % len(_TAGS)], _TAGS[(n + 3) % len(_TAGS)]],
        "image": None
        if n % 5 == 0
        else {
            "url": f"https://images.t3n.de/news/{article_id}.jpg",
            "caption": f"Bild zu Artikel {n}",
            "credit": "Sherl / Shutterstock.com",
        },
        "reading_time_min": None if n % 7 == 0 else 2 + n % 10,
        "paywalled": n % 9 == 0,
        "page_count": 1 + (n % 13 == 0),
        "language": "de",
        "crawled_at": crawled.astimezone(UTC).isoformat(),
        "change": "new" if revision == 1 else "updated",
        "revision": revision,
        "content_hash": f"{n:08x}{revision:08x}",
        "first_seen": (published + timedelta(minutes=5)).astimezone(UTC).isoformat(),
        "schema_version": SCHEMA_VERSION,
    }
    return {name: item[name] for name in ARTICLE_FIELDS}
