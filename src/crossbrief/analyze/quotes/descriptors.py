"""A person's role or origin written before their full name with a capital at a sentence's
start ("Historian Ann Lee says", "Welshman Dai Pryce won"): the NER may take the noun into
the name, but a common noun for a person is no part of anyone's name. Titles of office and
address are read elsewhere (``titles``); a word that is also a given name ("Grant",
"Christian") is left, since "Grant Ann Lee" is no shape news writes but a name may be."""

from __future__ import annotations

import re
from dataclasses import replace

from crossbrief.analyze.gender import given_name_gender
from crossbrief.analyze.quotes.animate import person_word
from crossbrief.analyze.quotes.descriptions import a_body
from crossbrief.analyze.titles import TITLES
from crossbrief.model import Mention, Quote

# A capitalised word in lower case after its capital, then a full name of two capitalised
# words or more: the only shape in which the first word may be a descriptor.
_LEADING = re.compile(r"^([A-Z][a-z]+)\s+(?=[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)+$)")


def descriptor_length(name: str) -> int:
    """How many characters of a person's ``name`` (an NER span) a leading descriptor noun
    and the space after it take ("Olympian Ann Lee" -> 9); 0 when the first word is no
    such noun: a title ("President"), a given name ("Rose"), a word for no person, or the
    span holds fewer than three words."""
    m = _LEADING.match(name)
    if m is None:
        return 0
    word = m.group(1)
    low = word.lower()
    if low in TITLES or given_name_gender(word) is not None or a_body(low):
        return 0  # "State Harbour Board": a body's first word is its own
    if not person_word(low):
        return 0
    return m.end()


def person_speakers(quotes: list[Quote], mentions: list[Mention]) -> list[Quote]:
    """The quotes, each speaker name cut after a leading descriptor noun when what is left
    is a person the article names (one of ``mentions``): a body's name may open with such
    a word ("Velmorian Pacific Railway"), and a speaker's name carries no type of its own."""
    people = {m.text for m in mentions if m.type == "PERSON"}
    out = []
    for q in quotes:
        name = q.speaker_name
        cut = descriptor_length(name) if name else 0
        out.append(
            replace(q, speaker_name=name[cut:]) if name and cut and name[cut:] in people else q
        )
    return out


def strip_descriptors(mentions: list[Mention]) -> list[Mention]:
    """The mentions, each person's without a leading descriptor noun (its start moved past
    it)."""
    out = []
    for m in mentions:
        cut = descriptor_length(m.text) if m.type == "PERSON" else 0
        out.append(replace(m, text=m.text[cut:], start=m.start + cut) if cut else m)
    return out
