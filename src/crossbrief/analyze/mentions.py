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
    whose text runs across a colon and a space is two phrases glued, and left out."""
    out = []
    for p in paragraphs:
        for ent in p.doc.ents:
            if ent.label_ in NAME_LABELS and not (
                ent.label_ in _NO_COLON_LABELS and ": " in ent.text
            ):
                out.append(
                    Mention(
                        text=ent.text,
                        start=p.offset + ent.start_char,
                        end=p.offset + ent.end_char,
                        type=ent.label_,
                    )
                )
    return out
