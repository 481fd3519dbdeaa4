"""Bad-input pages for the robustness tests: article URLs (and feeds) that must not stop a run.

Kept out of the default site; a test adds them with ``build_bad_inputs(root)`` after
``build_site(root)``. They are linked from the /news/ listing page 1 and the home page (so a
default crawl meets them), and two topic feeds are replaced by a broken feed and an XML bomb.
A hidden ``_bad_inputs.json`` in the root lists them: [{"path", "id", "kind", "expect"}].

``expect`` says what a robust crawler does with each:
  "item"          still a valid article (e.g. only the charset is missing) -> one item
  "item-damaged"  an article with a few invalid bytes -> one item, only those bytes replaced
  "no-item-retry" a consent wall instead of the article -> no item, fetched again next run
  "no-item"       nothing to extract / not HTML / gone off-site -> no item, a counted reason
  "item-or-drop"  truncated or oversized: a partial item or a counted drop are both fine,
                  depending on DOWNLOAD_MAXSIZE / how the parser treats the truncated page
"""

from __future__ import annotations

import json
from pathlib import Path

from .build import (
    BASE,
    _dump,
    article_path,
    build_site,
    expected_item,
    render_article_page,
    render_rss,
    teaser,
)

TEMPLATE = {
    "kind": "news",
    "section": "News",
    "lead": "Ein Artikel, der den Crawler auf die Probe stellt. Größe, Zeichensatz und Aufbau "
    "sind nicht so, wie sie sein sollten.",
    "body": [
        (
            "p",
            "Über die Straße läuft ein Bär. Die Bürgerinnen und Bürger grüßen ihn "
            "freundlich – schließlich ist er Stammgast.",
        ),
        ("ad",),
        ("p", "Später öffnet er die Tür zur Bäckerei und kauft zwölf Brötchen."),
    ],
    "authors": [{"name": "Lea Hoffmann", "slug": "lea-hoffmann"}],
    "published": "2021-06-18T09:00:00+02:00",
    "modified": None,
    "tags": ["Test"],
    "image": None,
    "reading_time": 1,
    "layout": "current",
    "variant": 0,
    "jsonld": "news",
    "related": [],
}


def _record(rid: str, slug: str, title: str, **over) -> dict:
    rec = dict(TEMPLATE, id=rid, slug=slug, title=title)
    rec.update(over)
    return rec


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title>
<link>{{BASE}}/</link><description>&lol9;</description>
<item><title>&lol9;</title><link>{{BASE}}/news/bombe-1390099/</link></item>
</channel></rss>
"""

CONSENT_TEXT = (
    "<p>Wir brauchen deine Zustimmung. Wir und unsere Partner verwenden Cookies und ähnliche "
    "Technologien, um Inhalte zu personalisieren und Werbung anzuzeigen.</p>"
    "<button>Alle akzeptieren</button><button>Einstellungen</button>"
)
CONSENT_INTERSTITIAL = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>t3n.de</title></head>'
    '<body><div id="sp_message_container_812345" class="sp_veil">'
    '<iframe src="https://consent.t3n.de/index.html?message_id=812345&amp;consentUUID=x" '
    'title="SP Consent Message"></iframe>' + CONSENT_TEXT + "</div></body></html>"
)
CONSENT_OVERLAY = '<div class="c-consent-overlay"><h2>Datenschutz-Einstellungen</h2>' + CONSENT_TEXT + "</div>"

PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R >>\n%%EOF\n"
)


def _write_page(root: Path, rec: dict, data: bytes) -> Path:
    folder = root / article_path(rec).lstrip("/")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_bytes(data)
    return folder


def build_bad_inputs(
    root, *, oversize_mb: float = 3.0, near_limit_bytes: int = 950_000, main_feed: str | None = None
) -> list[dict]:
    """Add the bad-input pages to the site in ``root`` (built by build_site before).

    ``main_feed``: None keeps /rss.xml intact; "broken" or "bomb" replaces it too (the
    original stays at /rss-original.xml). Returns the list also written to _bad_inputs.json.
    """
    root = Path(root)
    if not (root / "index.html").is_file():
        build_site(root)
    headers = _read(root, "_headers.json")
    redirects = _read(root, "_redirects.json")
    out = []

    def add(rec, kind, expect, data=None, content_type=None, note=""):
        if data is not None:
            folder = _write_page(root, rec, data)
            if expect == "item":
                (folder / "expected.json").write_text(_dump(expected_item(rec)), "utf-8")
        if content_type:
            headers[article_path(rec)] = {"Content-Type": content_type}
        out.append(
            {
                "path": article_path(rec),
                "id": rec["id"],
                "kind": kind,
                "expect": expect,
                "title": rec["title"],
                "notes": note,
            }
        )
        return rec

    # 1. Truncated, malformed HTML: cut mid-body, inside a tag, no closing tags at all.
    rec = _record("1390001", "abgeschnittenes-html", "Abgeschnittenes HTML: Der Server bricht ab")
    page = render_article_page(rec)
    cut = page.index("Später öffnet")
    add(
        rec,
        "truncated-html",
        "item-or-drop",
        (page[:cut] + '<p>Unclosed <b>bold <div class="x"><p>Und dann <a href="/news/').encode(),
        note="HTML ends mid-tag; unclosed elements",
    )

    # 2. Latin-1 bytes and no charset anywhere (header without charset, no <meta charset>).
    rec = _record("1390002", "latin1-ohne-zeichensatz", "Zeichensatz fehlt: Größe über Bären")
    page = render_article_page(rec).replace('<meta charset="utf-8">\n', "")
    add(
        rec,
        "latin1-no-charset",
        "item",
        page.encode("cp1252", errors="replace"),
        "text/html",
        note="cp1252 bytes, Content-Type without charset, no meta charset",
    )

    # 3. Wrong charset: header and meta say utf-8, the bytes are latin-1.
    rec = _record("1390003", "falscher-zeichensatz", "Falscher Zeichensatz: Ärger mit Ümläuten")
    page = render_article_page(rec)
    add(
        rec,
        "wrong-charset",
        "item-or-drop",
        page.encode("cp1252", errors="replace"),
        note="declared utf-8, sent cp1252: invalid utf-8 bytes in the text",
    )

    # 4. An empty article: the whole page, but no body text and no lead.
    rec = _record("1390004", "leerer-artikel", "Leerer Artikel ohne Inhalt", body=[("ad",)], lead="")
    add(
        rec,
        "empty-article",
        "no-item",
        render_article_page(rec).encode(),
        note="validation must drop it (no body) with a reason",
    )

    # 5. Not HTML on an article URL: a PDF and a JSON document.
    rec = _record("1390005", "pdf-statt-html", "PDF statt HTML")
    add(rec, "pdf", "no-item", PDF_BYTES, "application/pdf")
    rec = _record("1390006", "json-statt-html", "JSON statt HTML")
    add(rec, "json", "no-item", json.dumps({"error": "not found", "id": 1390006}).encode(), "application/json")

    # 6. An oversized page: a valid article with megabytes of inline JSON.
    rec = _record("1390007", "riesige-seite", "Riesige Seite: Mehrere Megabyte HTML")
    page = render_article_page(rec)
    blob = '<script>window.__HUGE__="' + "x" * int(oversize_mb * 1024 * 1024) + '";</script>\n'
    add(
        rec,
        "oversized",
        "item-or-drop",
        page.replace("</head>", blob + "</head>").encode(),
        note=f"{oversize_mb} MB: over a sane DOWNLOAD_MAXSIZE / DOWNLOAD_WARNSIZE",
    )

    # 7. A redirect to another host.
    rec = _record("1390008", "weiterleitung-fremder-host", "Weiterleitung auf einen fremden Host")
    redirects[article_path(rec)] = {"status": 302, "location": "https://example.org/artikel/1390008/"}
    add(rec, "offsite-redirect", "no-item", note="302 to example.org: must not be followed")

    # 8. A 404 on an article URL that listings still link.
    rec = _record("1390009", "geloeschter-artikel", "Gelöschter Artikel")
    add(rec, "404", "no-item", note="linked, but gone")

    # 9. A UTF-8 page with a few invalid bytes in one paragraph: read as UTF-8, the bad bytes
    # replaced; never the whole page decoded as Windows-1252 (mojibake in title and lead).
    rec = _record("1390010", "kaputte-bytes", "Kaputte Bytes: Ärger in einem Absatz")
    page = render_article_page(rec).encode("utf-8")
    damaged = "Später öffnet er die Tür".encode()
    at = page.rindex(damaged)  # the paragraph in the body (JSON-LD's articleBody stays intact)
    page = page[:at] + b"Sp\xe4ter \x96ffnet er die T\xfcr" + page[at + len(damaged) :]
    add(
        rec,
        "invalid-bytes",
        "item-damaged",
        page,
        note="declared and written UTF-8, three invalid bytes in the second paragraph",
    )

    # 10. One paragraph of 350,000 characters: under DOWNLOAD_MAXSIZE (page and JSON-LD ~750 KB), beyond any article.
    rec = _record(
        "1390011", "riesiger-absatz", "Riesiger Absatz: Ein Text ohne Ende", body=[("p", "Bla bla. " * 38_900)]
    )
    add(
        rec,
        "huge-paragraph",
        "no-item",
        render_article_page(rec).encode(),
        note="the body is far beyond any real article: dropped as implausible_body",
    )

    # 11. A page just under DOWNLOAD_MAXSIZE (0.95 of it): refused before it is parsed.
    rec = _record("1390012", "fast-zu-gross", "Fast zu groß: Knapp unter dem Limit")
    page = render_article_page(rec)
    blob = '<script>window.__BIG__="' + "y" * near_limit_bytes + '";</script>\n'
    add(
        rec,
        "near-size-limit",
        "no-item",
        page.replace("</head>", blob + "</head>").encode(),
        note="0.95 of a 1 MB DOWNLOAD_MAXSIZE",
    )

    # 12. Consent walls at article URLs: a Sourcepoint interstitial with no article markup, and an
    # article page whose #main-content holds only the consent dialog. Never items; fetched again
    # next run (the article behind the wall is not the article's fault).
    rec = _record("1390013", "zustimmung-interstitial", "Zustimmung: Interstitial statt Artikel")
    add(
        rec,
        "consent-interstitial",
        "no-item-retry",
        CONSENT_INTERSTITIAL.encode(),
        note="Sourcepoint message container and privacy-manager iframe, no article markup",
    )
    rec = _record("1390014", "zustimmung-im-artikel", "Zustimmung: Nur der Dialog im Artikel")
    page = render_article_page(rec)
    start, end = page.index('<div class="c-entry">'), page.index("</main>")
    page = page[:start] + CONSENT_OVERLAY + page[end:]
    add(
        rec,
        "consent-overlay",
        "no-item-retry",
        page.encode(),
        note="the article's body replaced by the c-consent-overlay dialog",
    )

    # Link every bad article from /news/ page 1 and the home page.
    bad_records = [_record(o["id"], article_path_slug(o["path"]), o["title"]) for o in out]
    block = (
        '<section class="c-listing c-listing--more"><h2>Weitere News</h2>\n'
        + "".join(teaser(r, "bad") for r in bad_records)
        + "</section>\n"
    )
    for page_path in ("news/index.html", "index.html"):
        target = root / page_path
        target.write_text(target.read_text("utf-8").replace("</main>", block + "</main>", 1), "utf-8")

    # Feeds: a broken RSS (cut mid-item) and an XML bomb, in place of two topic feeds.
    good = render_rss(bad_records[:3])
    broken = good[: good.index("</item>") + 20] + "<item><title>Kaputt</ti"
    feeds = {"tag/mobilitaet/rss.xml": broken, "tag/marketing/rss.xml": BILLION_LAUGHS}
    if main_feed:
        original = root / "rss.xml"
        (root / "rss-original.xml").write_bytes(original.read_bytes())
        feeds["rss.xml"] = broken if main_feed == "broken" else BILLION_LAUGHS
    for path, text in feeds.items():
        (root / path).write_text(text, "utf-8")
        out.append(
            {
                "path": "/" + path,
                "id": None,
                "kind": "xml-bomb" if text is BILLION_LAUGHS else "broken-rss",
                "expect": "no-item",
                "title": "",
                "notes": "feed",
            }
        )
    # A broken sitemap too, named in robots.txt beside the site's own.
    (root / "sitemap-broken.xml").write_text('<?xml version="1.0"?><urlset><url><loc>' + BASE + "/news/", "utf-8")
    robots = root / "robots.txt"
    robots.write_text(robots.read_text("utf-8") + f"Sitemap: {BASE}/sitemap-broken.xml\n", "utf-8")
    out.append(
        {
            "path": "/sitemap-broken.xml",
            "id": None,
            "kind": "broken-sitemap",
            "expect": "no-item",
            "title": "",
            "notes": "truncated XML",
        }
    )

    (root / "_headers.json").write_text(_dump(headers), "utf-8")
    (root / "_redirects.json").write_text(_dump(redirects), "utf-8")
    (root / "_bad_inputs.json").write_text(_dump(out), "utf-8")
    return out


def article_path_slug(path: str) -> str:
    """'/news/foo-bar-123/' -> 'foo-bar' (the slug without the id)."""
    return path.strip("/").split("/")[-1].rsplit("-", 1)[0]


def _read(root: Path, name: str) -> dict:
    path = root / name
    return json.loads(path.read_text("utf-8")) if path.is_file() else {}
