"""ArticleLoader: the input processors that do what the page module did not.

The page module's one pass over the article (``newscrawl/pages/walk.py``) and its clue readers
hand over text that is already clean (entities decoded, invisible characters gone, white space
collapsed: ``processors.clean_text``) and the structured body already built; those fields pass
through (``Identity``), so nothing is cleaned twice. What is left for the loader: dates to ISO 8601
with an offset, a reading time to minutes, author lines split into names, empty related links out.

Output processors (one value or a list, how the body is joined) are declared on the item's fields
in items.py, so each field's shape is stated once, next to the field.
"""

from dataclasses import fields

from itemloaders import ItemLoader
from itemloaders.processors import Identity, MapCompose
from itemloaders.utils import arg_to_iter

from newscrawl.items import Article
from newscrawl.processors import clean_text, reading_minutes, split_authors, to_iso8601


def _drop_empty_links(link):
    return link if link and link.get("url") else None


class ArticleLoader(ItemLoader):
    default_item_class = Article
    # Fields the page does not fill (the crawl state's): cleaned as any text.
    default_input_processor = MapCompose(clean_text)

    # Cleaned by the page module (clean_text in its readers and in the pass): passed through.
    id_in = Identity()
    url_in = Identity()
    title_in = Identity()
    lead_in = Identity()
    section_in = Identity()
    tags_in = Identity()
    language_in = Identity()
    crawled_at_in = Identity()
    body_in = Identity()
    blocks_in = Identity()
    images_in = Identity()
    links_in = Identity()
    body_markdown_in = Identity()
    image_in = Identity()
    paywalled_in = Identity()
    page_count_in = Identity()
    schema_version_in = Identity()
    sponsor_labels_in = Identity()
    # What the page hands over raw: the loader's work.
    authors_in = MapCompose(split_authors)
    published_in = MapCompose(to_iso8601)
    modified_in = MapCompose(to_iso8601)
    reading_time_min_in = MapCompose(reading_minutes)
    related_links_in = MapCompose(_drop_empty_links)

    def add_value(self, field_name, value, *processors, re=None, **kw):
        """itemloaders' ``add_value``: the value through the field's input processor into the
        collected values. Without extra processors (the page module's only use) the field's
        processor is called directly: itemloaders' generic path (a processor lookup, a context
        wrapper and an error wrapper per call) cost more than the processing itself."""
        if processors or re is not None or kw or not field_name:
            return super().add_value(field_name, value, *processors, re=re, **kw)
        if value is None:
            return self
        value = arg_to_iter(value)
        proc = _INPUT.get(field_name, _GENERIC)
        if proc is not None:
            try:
                value = proc(value)
            except Exception as e:
                raise ValueError(
                    f"Error with input processor {proc.__class__.__name__}: field={field_name!r}"
                    f" value={value!r} error='{type(e).__name__}: {e!s}'"
                ) from e
        if value:
            self._values.setdefault(field_name, []).extend(arg_to_iter(value))
        return self

    def load_item(self):
        """The item from the collected values through each field's output processor (declared
        in items.py), set on the dataclass directly."""
        item = self.item
        for field_name, values in self._values.items():
            value = _OUTPUT[field_name](values)
            if value is not None:
                setattr(item, field_name, value)
        return item


# itemloaders asks the loader for `<field>_in` / `<field>_out` first and otherwise builds an
# ItemAdapter per lookup to read the item's field metadata: ~30 adapters per page, a third of the
# extraction time on a real page. Binding the item's declared processors here once keeps
# items.py the single place that states each field's shape, without that cost.
for _field in fields(Article):
    setattr(ArticleLoader, f"{_field.name}_out", _field.metadata["output_processor"])
    if not hasattr(ArticleLoader, f"{_field.name}_in"):
        setattr(ArticleLoader, f"{_field.name}_in", ArticleLoader.default_input_processor)
# The same processors by field, for ArticleLoader's direct path (None: passed through).
_INPUT = {
    f.name: None
    if isinstance(getattr(ArticleLoader, f"{f.name}_in"), Identity)
    else getattr(ArticleLoader, f"{f.name}_in")
    for f in fields(Article)
}
_OUTPUT = {f.name: f.metadata["output_processor"] for f in fields(Article)}
_GENERIC = ArticleLoader.default_input_processor
