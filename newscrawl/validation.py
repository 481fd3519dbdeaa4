"""Every item checked against the article JSON Schema, with the schema compiled once.

spidermon's ``ItemValidationPipeline`` is kept (its stats feed its monitors and the report), but
its JSON-Schema validator builds a new ``jsonschema`` validator for every item and walks the schema
in Python: ~0.4 ms an item of schema 2, more with the blocks, images and links of schema 3, paid
for items that are valid in all but a handful of cases. Here the schema is compiled once into
Python code (fastjsonschema); an item that passes it is valid, and only an item it rejects is
validated again by spidermon's own validator, so the stats, messages and monitors are exactly
what spidermon gives.

fastjsonschema reads draft-07; the article schema is written for 2020-12 but uses only keywords
both drafts read alike (``tests/test_schema.py`` holds it to that, and checks that both validators
reject the same broken items). The formats ("date-time", "uri") are checked by the same
functions jsonschema uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import fastjsonschema
from jsonschema import FormatChecker
from spidermon.contrib.scrapy.pipelines import ItemValidationPipeline as SpidermonItemValidationPipeline
from spidermon.contrib.validation.jsonschema.formats import format_checker as spidermon_formats
from spidermon.contrib.validation.jsonschema.validator import JSONSchemaValidator

# Keywords the article schema may use: read the same by draft-07 (fastjsonschema) and 2020-12.
SHARED_KEYWORDS = frozenset(
    """$schema $id $ref $defs $comment title description type properties required enum const pattern
    format items additionalProperties minItems maxItems minLength maxLength minimum maximum anyOf
    oneOf allOf not examples default""".split()
)


def _conforms(checker: FormatChecker, name: str) -> Callable[[Any], bool]:
    return lambda value: checker.conforms(value, name)


def compile_schema(schema: dict[str, Any], checker: FormatChecker = spidermon_formats) -> Any:
    """The schema as a function that raises ``fastjsonschema.JsonSchemaException`` on a bad item."""
    draft07 = {**schema, "$schema": "http://json-schema.org/draft-07/schema#"}
    formats = {name: _conforms(checker, name) for name in checker.checkers}
    return fastjsonschema.compile(draft07, formats=formats)


class CompiledSchemaValidator(JSONSchemaValidator):
    """spidermon's JSON-Schema validator with a compiled fast path for valid items."""

    def __init__(self, schema: dict[str, Any], *args: Any, **kwargs: Any):
        super().__init__(schema, *args, **kwargs)
        self._compiled = compile_schema(schema)

    def _validate(self, data: Any, strict: bool = False) -> None:
        try:
            self._compiled(data)
        except fastjsonschema.JsonSchemaException:
            super()._validate(data, strict)  # spidermon's own messages for the stats


class ItemValidationPipeline(SpidermonItemValidationPipeline):
    """spidermon's pipeline (SPIDERMON_VALIDATION_SCHEMAS, its stats), with the compiled validator."""

    @classmethod
    def _load_jsonschema_validator(cls, schema: Any) -> JSONSchemaValidator:
        validator = super()._load_jsonschema_validator(schema)
        return CompiledSchemaValidator(validator._schema)
