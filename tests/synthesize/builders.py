"""Builders of hand-made analyzed articles for synthesis tests: one sentence per line, each
figure found by searching the text, so a test states what analysis would have found."""

from __future__ import annotations

from collections.abc import Sequence

from crossbrief.analyze.figures import parse_number
from crossbrief.model import Figure, Span


def line_spans(text: str) -> tuple[Span, ...]:
    """One sentence per line of ``text``."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(spans)


def figures_at(text: str, figures: Sequence[tuple[str, str]]) -> tuple[Figure, ...]:
    """Each (figure text, unit) at its first occurrence in ``text``, with its parsed value."""
    found = []
    for fig, unit in figures:
        start = text.index(fig)
        value = parse_number(fig)
        assert value is not None, fig
        found.append(Figure(fig, start, start + len(fig), value, unit))
    return tuple(found)
