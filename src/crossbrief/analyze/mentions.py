"""Named-entity mentions of one article, from the spaCy entities of its paragraphs."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.analyze.doc_cache import doc_ents
from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.model import Mention

# Labels that name something a reader would look up; numbers and dates go to figures/times.
NAME_LABELS = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "WORK_OF_ART"}
)

# Labels of names that never hold a colon: "Hale: Win" is a section head's label and its
# first word glued into one entity, while a title may have one ("Star Wars: A New Hope").
_NO_COLON_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# A dash: hyphens set off by spaces, a spaced en dash, an em dash or a horizontal bar with
# or without spaces, or two hyphens. No name of those labels holds one ("Ann Lee - the
# port's lawyer - said": an aside after the name); a hyphen inside "Mary-Ann" is none.
NAME_DASH = re.compile(r"\s+-{1,2}\s+|\s+\u2013\s+|\s*[\u2014\u2015]\s*|\s*--\s*")
# An em dash with no space either side, before capitalised words to the end of the text:
# it may join two names in one body's name ("the Orsk\u2014Velmora Railway", a line between
# two places), where an aside opens with a lower-case word ("Velmora Port\u2014the city's
# biggest employer").
_NAME_WORD = r"[A-Z][\w'.&-]*"
_JOINING_DASH = re.compile(
    rf"(?<=\w)[\u2014\u2015](?={_NAME_WORD}(?:\s+(?:(?:of|and|the|for|on)\s+)*{_NAME_WORD})*$)"
)


def before_dash(text: str, person: bool = True) -> str:
    """``text`` up to its first dash (``NAME_DASH``), or all of it when it has none or
    opens with one (a byline's "\u2014 Ann Lee" is hers). A person's name holds no dash;
    another name (``person`` False) keeps an unspaced em dash between capitalised words
    (``_JOINING_DASH``)."""
    if (
        not person
        and _JOINING_DASH.search(text)
        and not NAME_DASH.search(_JOINING_DASH.sub(" ", text))
    ):
        return text
    head = NAME_DASH.split(text, maxsplit=1)[0].rstrip()
    return head if any(c.isalpha() for c in head) else text


def extract_mentions(paragraphs: Sequence[Paragraph]) -> list[Mention]:
    """Every named mention, with offsets into the article text; a person, body or place
    whose text runs across a colon and a space is two phrases glued, and left out; a name
    cut inside a bracket it opened ends before the bracket, and one run on past a dash
    before the dash."""
    out = []
    for p in paragraphs:
        for ent in doc_ents(p.doc):
            if ent.label_ not in NAME_LABELS or (
                ent.label_ in _NO_COLON_LABELS and ": " in ent.text
            ):
                continue
            text = _closed(ent.text)
            if ent.label_ in _NO_COLON_LABELS:
                text = before_dash(text, person=ent.label_ == "PERSON")
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
