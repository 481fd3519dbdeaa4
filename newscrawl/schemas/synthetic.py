"""Deterministic synthetic articles that satisfy the schema, for tests and benchmarks.

Real items come from the replica; these exist so exporters, the dataset command and the report
can be exercised with any number of items (200k for the memory benchmark) without a crawl.
"""

from datetime import UTC, datetime, timedelta, timezone

from newscrawl.items import ARTICLE_FIELDS, SCHEMA_VERSION
from newscrawl.processors import body_text, links_of, markdown

_SECTIONS = ["News", "Software", "KI", "Security", "Porträt", "Trendreport"]
_AUTHORS = ["Andreas Floemer", "Jörn Brien", "Kim Rixecker", "Melanie Petersen", "Luca Caracciolo"]
_TAGS = ["Amazon", "Social Media", "KI", "Apple", "Datenschutz", "Startups", "E-Mobilität"]
_HOSTS = ["www.reuters.com", "www.heise.de", "github.com", "www.bundesnetzagentur.de"]
_BERLIN = timezone(timedelta(hours=1))
_EPOCH = datetime(2024, 1, 1, 6, 0, tzinfo=_BERLIN)


def _blocks(n: int, revision: int, paragraphs: int) -> list[dict]:
    """The body of article n as blocks: a subheading every third paragraph, a link in every
    second, a list in every fifth article, an image in every third, a table in every seventh."""
    blocks: list[dict] = []
    for p in range(paragraphs):
        if p and p % 3 == 0:
            blocks.append({"type": "heading", "text": f"Zwischenüberschrift {p // 3}", "level": 2, "links": []})
        text = (f"Absatz {p} von Artikel {n}, Revision {revision}. " + "Lorem ipsum dolor sit amet. " * 8).strip()
        links = []
        if p % 2 == 0:
            if p % 4 == 0:
                url = f"https://t3n.de/news/verwandter-artikel-{1000000 + n + p + 1}/"
            else:
                url = f"https://{_HOSTS[(n + p) % len(_HOSTS)]}/quelle/{n}-{p}"
            links.append({"url": url, "text": "Lorem ipsum"})
        blocks.append({"type": "paragraph", "text": text, "links": links})
    if n % 5 == 0:
        blocks += [
            {"type": "list_item", "text": f"Punkt {k} zu Artikel {n}", "ordered": n % 10 == 0, "links": []}
            for k in (1, 2, 3)
        ]
    if n % 3 == 0:
        blocks.insert(
            1,
            {
                "type": "image",
                "url": f"https://images.t3n.de/news/{1000000 + n}-grafik.png",
                "caption": "Eine Grafik im Text",
                "credit": "t3n",
            },
        )
    if n % 7 == 0:
        blocks.append({"type": "table", "rows": [["Jahr", "Umsatz"], ["2023", "1,2 Mio."], ["2024", "1,9 Mio."]]})
    if n % 11 == 0:
        blocks.append({"type": "embed", "url": f"https://www.youtube-nocookie.com/embed/v{n}", "provider": "youtube"})
    return blocks


def synthetic_article(n: int, *, revision: int = 1, body_paragraphs: int = 6) -> dict:
    """Article number ``n`` (id ``1000000 + n``); a higher ``revision`` is a later, modified
    version of the same article, crawled later."""
    published = _EPOCH + timedelta(minutes=37 * n)
    modified = None if revision == 1 else published + timedelta(hours=revision)
    crawled = (modified or published) + timedelta(minutes=5)
    article_id = str(1000000 + n)
    url = f"https://t3n.de/news/synthetic-article-{article_id}/"
    image = (
        None
        if n % 5 == 0
        else {
            "url": f"https://images.t3n.de/news/{article_id}.jpg",
            "caption": f"Bild zu Artikel {n}",
            "credit": "Sherl / Shutterstock.com",
        }
    )
    blocks = _blocks(n, revision, body_paragraphs)
    images = [dict(image, width=620, height=350)] if image else []
    images += [
        {"url": b["url"], "caption": b["caption"], "credit": b["credit"], "width": None, "height": None}
        for b in blocks
        if b["type"] == "image"
    ]
    item = {
        "id": article_id,
        "url": url,
        "title": f"Synthetischer Artikel Nr. {n}: „Test“ – Revision {revision}",
        "lead": f"Der Teaser zu Artikel {n}.",
        "body": body_text(blocks),
        "blocks": blocks,
        "images": images,
        "links": links_of(blocks, url),
        "body_markdown": markdown(blocks),
        "related_links": [
            {"url": f"https://t3n.de/news/related-{1000000 + n + k}/", "title": f"Verwandt {k}"} for k in (1, 2)
        ],
        "authors": [_AUTHORS[n % len(_AUTHORS)]] + ([_AUTHORS[(n + 1) % len(_AUTHORS)]] if n % 4 == 0 else []),
        "published": published.isoformat(),
        "modified": modified.isoformat() if modified else None,
        "section": _SECTIONS[n % len(_SECTIONS)],
        "tags": [_TAGS[n % len(_TAGS)], _TAGS[(n + 3) % len(_TAGS)]],
        "image": image,
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
