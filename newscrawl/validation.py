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


def compile_schema(schema: dict[str, Any], checker: FormatChecker = spidermon_formats) -> Callable[[Any], Any]:
    """The schema as a function that raises ``fastjsonschema.JsonSchemaException`` on a bad item.

    A list whose items are ``oneOf`` object schemas told apart by a ``const`` property (the typed
    ``blocks``: each block schema pins its ``type``) is checked by that property: at most one of
    them can match an item, so "the one for its type matches" is exactly ``oneOf``, without
    trying (and failing, at the cost of an exception) the six others for every block.
    """
    formats = {name: _conforms(checker, name) for name in checker.checkers}
    defs = schema.get("$defs", {})
    tagged: dict[str, tuple[str, dict[Any, Callable[[Any], Any]]]] = {}
    properties = dict(schema.get("properties", {}))
    for name, prop in schema.get("properties", {}).items():
        found = _tagged_union(prop, defs)
        if found is None:
            continue
        tag, variants = found
        # each variant compiled as a schema of its own that keeps the document's $id and $defs
        base = {"$id": schema["$id"]} if "$id" in schema else {}
        compiled = {value: _compile({**base, **sub, "$defs": defs}, formats) for value, sub in variants.items()}
        tagged[name] = (tag, compiled)
        properties[name] = {k: v for k, v in prop.items() if k != "items"}  # the list itself: type, length
    whole = _compile({**schema, "properties": properties}, formats)
    if not tagged:
        return whole

    def validate(data: Any) -> Any:
        whole(data)
        for name, (tag, compiled) in tagged.items():
            for item in data.get(name) or ():
                check = compiled.get(item.get(tag)) if isinstance(item, dict) else None
                if check is None:
                    raise fastjsonschema.JsonSchemaException(f"data.{name} must be one of the {tag}s")
                check(item)
        return data

    return validate


def _compile(schema: dict[str, Any], formats: dict[str, Callable[[Any], bool]]) -> Callable[[Any], Any]:
    return fastjsonschema.compile({**schema, "$schema": "http://json-schema.org/draft-07/schema#"}, formats=formats)


def _tagged_union(prop: dict[str, Any], defs: dict[str, Any]) -> tuple[str, dict[Any, dict]] | None:
    """(the tag property, {tag value: its object schema}) when ``prop`` is a list of ``oneOf``
    ``$ref``s to object schemas that each pin the same property with a distinct ``const``."""
    variants = (prop.get("items") or {}).get("oneOf") if prop.get("type") == "array" else None
    if not variants or set(prop["items"]) != {"oneOf"}:
        return None
    schemas = []
    for variant in variants:
        ref = variant.get("$ref", "") if set(variant) == {"$ref"} else ""
        if not ref.startswith("#/$defs/") or ref[len("#/$defs/") :] not in defs:
            return None
        schemas.append(defs[ref[len("#/$defs/") :]])
    tags = {
        key
        for key, sub in schemas[0].get("properties", {}).items()
        if isinstance(sub, dict) and "const" in sub and key in schemas[0].get("required", [])
    }
    for tag in sorted(tags):
        values = [s.get("properties", {}).get(tag, {}).get("const") for s in schemas]
        if (
            all(tag in s.get("required", []) for s in schemas)
            and None not in values
            and len(set(values)) == len(values)
        ):
            return tag, dict(zip(values, schemas))
    return None


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
