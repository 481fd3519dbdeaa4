"""The throughput floor: a spider that crawls the same pages as `t3n` and extracts nothing.

It starts where `t3n` starts (home page, /news/, /rss.xml), follows the same kinds of links (topic
pages from the navigation, listing pagination, article URLs, later pages of an article) and parses
every page with lxml alone. No item, no selectors beyond finding the links to follow, so its
pages per second are what Scrapy + lxml can do on this machine against this server: the floor the
real spider is compared with. Same settings, same server, same run.
"""

import re
from urllib.parse import urljoin, urlsplit

import lxml.etree
import lxml.html
import scrapy

from newscrawl.args import SpiderArgs
from newscrawl.processors import article_url, strip_tracking

TOPIC_PATH = re.compile(r"^/tag/[\w-]+/$")


class FloorSpider(scrapy.Spider):
    name = "floor"

    def __init__(self, *args, **kwargs):
        self.args = SpiderArgs.parse(kwargs)
        for key in self.args.spider_kwargs_consumed:
            kwargs.pop(key, None)
        super().__init__(*args, **kwargs)
        self.base = self.args.base_url
        self.netloc = urlsplit(self.base).netloc
        self.allowed_domains = [self.args.host]

    async def start(self):
        for path in ("/", "/news/", "/rss.xml"):
            yield scrapy.Request(self.base + path, callback=self.parse)

    def parse(self, response):
        body = response.body
        if not body:
            return
        path = urlsplit(response.url).path
        if b"<rss" in body[:2048]:
            root = lxml.etree.fromstring(body, parser=lxml.etree.XMLParser(resolve_entities=False))
            articles, others = root.xpath("//item/link/text()"), []
        else:
            root = lxml.html.fromstring(body)
            nexts = root.xpath("//link[@rel='next']/@href | //a[@rel='next']/@href")
            if article_url(response.url, page=True):
                articles, others = nexts, []  # an article: only its own next page
            elif path == "/":
                articles = root.xpath("//a/@href")
                others = [
                    h
                    for h in root.xpath("//header//a/@href | //nav//a/@href")
                    if TOPIC_PATH.match(urlsplit(urljoin(response.url, h)).path)
                ]
            else:  # a listing: its articles and its next page
                articles, others = root.xpath("//a/@href"), nexts
        for href in articles:
            url = article_url(strip_tracking(urljoin(response.url, href.strip())), page=True)
            if url and urlsplit(url).netloc == self.netloc:
                yield scrapy.Request(url, callback=self.parse)
        for href in others:
            url = strip_tracking(urljoin(response.url, href.strip()))
            if urlsplit(url).netloc == self.netloc and not article_url(url):
                yield scrapy.Request(url, callback=self.parse)
