"""Named-entity mentions of one article, with the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.mentions import NAME_LABELS, extract_mentions
from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans

TEXT = (
    "Prime Minister Anna Lindberg flew to Berlin on Monday.\n\n"
    "Lindberg met officials of the World Health Organization for 40 minutes."
)


def test_mentions_carry_article_offsets_and_name_labels(nlp: Any) -> None:
    paragraphs = [Paragraph(s, nlp(TEXT[s:e])) for s, e in paragraph_spans(TEXT)]
    mentions = extract_mentions(paragraphs)
    assert mentions, "the model found no name at all"
    for m in mentions:
        assert TEXT[m.start : m.end] == m.text
        assert m.type in NAME_LABELS
    texts = {m.text for m in mentions}
    assert "Berlin" in texts
    # Numbers and dates belong to figures and times, not to entities.
    assert not any(m.text in {"Monday", "40 minutes"} for m in mentions)
    second = TEXT.index("Lindberg met")
    assert any(m.start == second for m in mentions), "offsets of later paragraphs are wrong"
