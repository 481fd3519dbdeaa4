"""Listing pages and feeds on small hand-made pages: links, teaser dates, topics, pagination."""

from scrapy.http import HtmlResponse, XmlResponse

from newscrawl.pages.t3n import T3nListingPage, read_feed

BASE = "https://t3n.de"


def listing(body, url=f"{BASE}/news/", head=""):
    html = f"<html><head>{head}</head><body>{body}</body></html>"
    return T3nListingPage(HtmlResponse(url, body=html.encode(), encoding="utf-8"))


def test_articles_once_per_id_with_their_own_teaser_dates():
    page = listing("""
      <header><nav><a href="/tag/software/">Software</a><a href="/tag/ki/?utm_source=nav">KI</a></nav></header>
      <main>
        <article><a href="/news/alpha-1234567/"><img></a><h3><a href="/news/alpha-1234567/?utm_source=x#c">Alpha</a></h3>
          <time datetime="2024-05-02T10:00:00+02:00">2. Mai</time></article>
        <article><a href="https://t3n.de/magazin/beta-2345678/">Beta</a></article>
        <div><a href="/news/gamma-3456789/">G</a><a href="/news/delta-4567890/">D</a><time datetime="2024-01-01">x</time></div>
        <a href="/redaktion/lea/">Lea</a><a href="/tag/software/">Software</a><a href="https://twitter.com/t3n">X</a>
      </main>""")
    articles = page.articles()
    assert list(articles) == ["1234567", "2345678", "3456789", "4567890"]
    assert articles["1234567"] == ("https://t3n.de/news/alpha-1234567/", ["2024-05-02T10:00:00+02:00"] * 2)
    assert articles["2345678"] == ("https://t3n.de/magazin/beta-2345678/", [])
    assert articles["3456789"][1] == []  # a date shared by two teasers says nothing about one
    assert page.topic_urls() == {"software": f"{BASE}/tag/software/", "ki": f"{BASE}/tag/ki/"}


def test_next_page_from_rel_next_or_the_pagination_nav():
    assert listing("", head='<link rel="next" href="/news/page/2/">').next_page_url(1) == f"{BASE}/news/page/2/"
    nav = '<nav class="c-pagination"><a href="/news/page/2/">2</a><a href="/news/page/3/">3</a></nav>'
    assert listing(nav).next_page_url(1) == f"{BASE}/news/page/2/"
    assert listing(nav, url=f"{BASE}/news/page/2/").next_page_url(2) == f"{BASE}/news/page/3/"
    assert (
        listing('<nav class="pagination"><a href="/news/page/9/">Weiter »</a></nav>').next_page_url(1)
        == f"{BASE}/news/page/9/"
    )
    assert listing("<p>no more pages</p>").next_page_url(3) is None


def test_feed_items_with_their_dates():
    rss = b"""<?xml version="1.0"?><rss version="2.0"><channel>
      <item><title>A</title><link>https://t3n.de/news/alpha-1234567/?utm_source=rss</link>
        <pubDate>Thu, 02 May 2024 08:00:00 GMT</pubDate></item>
      <item><title>J</title><link>https://t3n.de/jobs/</link></item>
    </channel></rss>"""
    found = read_feed(XmlResponse(f"{BASE}/rss.xml", body=rss))
    assert found == {"1234567": ("https://t3n.de/news/alpha-1234567/", ["Thu, 02 May 2024 08:00:00 GMT"])}
