"""ArticleLoader: input processors that clean what the page module selects.

Output processors (one value or a list, how the body is joined) are declared on the item's fields
in items.py, so each field's shape is stated once, next to the field.
"""

from dataclasses import fields

from itemloaders import ItemLoader
from itemloaders.processors import Identity, MapCompose

from newscrawl.items import Article
from newscrawl.processors import clean_text, reading_minutes, split_authors, to_iso8601


def _drop_empty_links(link):
    return link if link and link.get("url") else None


class ArticleLoader(ItemLoader):
    default_item_class = Article
    default_input_processor = MapCompose(clean_text)

    # Body parts arrive cleaned (clean_text) from the page's text walk, which needs clean text to
    # tell furniture from article text; cleaning them twice cost a tenth of the extraction time.
    body_in = Identity()
    authors_in = MapCompose(split_authors)
    tags_in = MapCompose(clean_text)
    published_in = MapCompose(to_iso8601)
    modified_in = MapCompose(to_iso8601)
    reading_time_min_in = MapCompose(reading_minutes)
    related_links_in = MapCompose(_drop_empty_links)
    # The structured body arrives built and cleaned by the page's one pass over the article
    # (newscrawl/pages/walk.py): nothing is cleaned a second time.
    blocks_in = Identity()
    images_in = Identity()
    links_in = Identity()
    body_markdown_in = Identity()
    image_in = Identity()
    paywalled_in = Identity()
    page_count_in = Identity()
    schema_version_in = Identity()


# itemloaders asks the loader for `<field>_in` / `<field>_out` first and otherwise builds an
# ItemAdapter per lookup to read the item's field metadata: ~30 adapters per page, a third of the
# extraction time on a real page. Binding the item's declared processors here once keeps
# items.py the single place that states each field's shape, without that cost.
for _field in fields(Article):
    setattr(ArticleLoader, f"{_field.name}_out", _field.metadata["output_processor"])
    if not hasattr(ArticleLoader, f"{_field.name}_in"):
        setattr(ArticleLoader, f"{_field.name}_in", ArticleLoader.default_input_processor)
