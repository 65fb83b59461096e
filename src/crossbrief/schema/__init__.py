"""The JSON Schema of the brief, shipped with the package."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any


@lru_cache(maxsize=1)
def brief_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) every brief validates against."""
    text = files("crossbrief.schema").joinpath("brief.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def validate_brief(data: dict[str, Any]) -> None:
    """Raise jsonschema.ValidationError when ``data`` is not a valid brief."""
    import jsonschema

    jsonschema.validate(data, brief_schema())
