"""ArticleLoader: input processors that clean what the page module selects.

Output processors (one value or a list, how the body is joined) are declared on the item's fields
in items.py, so each field's shape is stated once, next to the field.
"""

from itemloaders.processors import Identity, MapCompose
from scrapy.loader import ItemLoader

from newscrawl.items import Article
from newscrawl.processors import clean_text, reading_minutes, split_authors, to_iso8601


def _drop_empty_links(link):
    return link if link and link.get("url") else None


class ArticleLoader(ItemLoader):
    default_item_class = Article
    default_input_processor = MapCompose(clean_text)

    body_in = MapCompose(clean_text)
    authors_in = MapCompose(split_authors)
    tags_in = MapCompose(clean_text)
    published_in = MapCompose(to_iso8601)
    modified_in = MapCompose(to_iso8601)
    reading_time_min_in = MapCompose(reading_minutes)
    related_links_in = MapCompose(_drop_empty_links)
    image_in = Identity()
    paywalled_in = Identity()
    page_count_in = Identity()
    schema_version_in = Identity()
