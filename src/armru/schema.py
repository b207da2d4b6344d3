"""The JSON Schema of a parse result, for tools that consume armru's output."""

from __future__ import annotations

import json
from typing import Any

from .models import DocumentResult

__all__ = ["result_json_schema", "result_json_schema_text"]


def result_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of :class:`armru.DocumentResult` as armru emits it."""
    schema = DocumentResult.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def result_json_schema_text() -> str:
    """The schema as stable, pretty-printed JSON text (the committed snapshot's form)."""
    return json.dumps(result_json_schema(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"
