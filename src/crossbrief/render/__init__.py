"""Renderers: the brief as JSON, Markdown or one self-contained HTML page."""

from __future__ import annotations

from collections.abc import Callable

from crossbrief.model import Brief
from crossbrief.render.html import render_html
from crossbrief.render.json import render_json
from crossbrief.render.markdown import render_markdown

RENDERERS: dict[str, Callable[[Brief], str]] = {
    "md": render_markdown,
    "json": render_json,
    "html": render_html,
}

__all__ = ["RENDERERS", "render_html", "render_json", "render_markdown"]
