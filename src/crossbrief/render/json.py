"""The brief as JSON: the versioned contract, byte-identical for the same input."""

from __future__ import annotations

import json

from crossbrief.model import Brief


def render_json(brief: Brief) -> str:
    """Deterministic JSON (keys in model order, UTF-8 kept, two-space indent)."""
    return json.dumps(brief.to_dict(), ensure_ascii=False, indent=2) + "\n"
