"""Named-entity mentions of one article, from the spaCy entities of its paragraphs."""

from __future__ import annotations

from collections.abc import Sequence

from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.model import Mention

# Labels that name something a reader would look up; numbers and dates go to figures/times.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)

# Labels of names that never hold a colon: "Hale: Win" is a section head's label and its
# first word glued into one entity, while a title may have one ("Star Wars: A New Hope").
_NO_COLON_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def extract_mentions(paragraphs: Sequence[Paragraph]) -> list[Mention]:
    """Every named mention, with offsets into the article text; a person, body or place
    whose text runs across a colon and a space is two phrases glued, and left out; a name
    cut inside a bracket it opened ends before the bracket."""
    out = []
    for p in paragraphs:
        for ent in p.doc.ents:
            if ent.label_ not in NAME_LABELS or (
                ent.label_ in _NO_COLON_LABELS and ": " in ent.text
            ):
                continue
            text = _closed(ent.text)
            if text:
                out.append(
                    Mention(
                        text=text,
                        start=p.offset + ent.start_char,
                        end=p.offset + ent.start_char + len(text),
                        type=ent.label_,
                    )
                )
    return out


def _closed(text: str) -> str:
    """``text`` up to the bracket it leaves open: the model may end a body's name inside the
    initials news style brackets after it ('the Velmora Tourism Council (VTC'), and the full
    name before them is the name; text that opens no bracket it does not close is kept."""
    depth, cut = 0, None
    for i, ch in enumerate(text):
        if ch == "(":
            depth, cut = depth + 1, (i if depth == 0 else cut)
        elif ch == ")" and depth:
            depth -= 1
    return text[:cut].rstrip() if depth and cut is not None else text
