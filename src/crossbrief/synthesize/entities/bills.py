"""Bills and acts the NER tagged a person or a body: "the Bill" (8 times in one politics
story, a person's row "Bill"), "the Finance Bill" (keyed on its last word as a surname), "the
Prevention of Terrorism Bill" (an organisation). A law's name ends in its head word and comes
after "the"; a given name "Bill" never does ("Bill Orla said"), and a show called "The Bill"
is written with its capital "The", which this leaves alone."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import StoryMention
from crossbrief.synthesize.entities.vocabulary import HONORIFICS
from crossbrief.synthesize.text import fold

# Labels the NER gives a law's name by slip; a work ("Kill Bill", a film) keeps its own.
_SLIPS = frozenset({"PERSON", "ORG", "NORP"})
_HEADS = frozenset({"Bill", "Bills", "Act", "Acts"})
# "the" right before the span, lower case: the bare head after it is a law ("the Bill").
_LOWER_THE_BEFORE = re.compile(r"(?<![\w'\u2019])the[ \t]+$")
# "the"/"The" before a longer name, in the span or right before it ("the Finance Bill").
_THE_BEFORE = re.compile(r"(?<![\w'\u2019])[Tt]he[ \t]+$")
_LEADING_THE = re.compile(r"^[Tt]he[ \t]+")
_WORKS = (
    r"(?:film|films|movie|show|series|drama|sitcom|soap|programme|album|song|single|book"
    r"|novel|play|musical|game|character|episode)"
)
# A determiner, a lower-case word or two and capitalised words right before a bare head:
# the rest of the law's name ("the planned Orla Water Bill", "a new Finance Bill"); not a
# work's noun, after which the words are a title ("the film Kill Bill").
_NAMED_BEFORE = re.compile(
    r"(?<![\w'\u2019])(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)[ \t]+"
    rf"(?:(?!{_WORKS}\b)[a-z][\w-]*[ \t]+){{0,2}}((?:[A-Z][\w-]*[ \t]+){{1,4}})$"
)


def law_kind(raw: str, body: str, start: int, label: str) -> str | None:
    """LAW for a name the NER tagged a person, a body or a people that is a bill's or an
    act's ("the Bill", "the Finance Bill", "The Orla Water Act"): its last word a law's head
    and "the" before it; None for any other ("Bill Orla", "Kill Bill", "The Bill")."""
    if label not in _SLIPS:
        return None
    text = raw.strip()
    words = text.split()
    if not words or words[-1] not in _HEADS:
        return None
    before = body[max(0, start - 5) : start]
    lead = _LEADING_THE.match(text)
    # The bare head: only after a lower-case "the" (a show is "The Bill"), or after the
    # capitalised words of a name the NER left out, "the" before them ("the Orla Water Bill").
    if len(words) == 1:
        lead_in = body[max(0, start - 60) : start]
        named = _LOWER_THE_BEFORE.search(before) or _NAMED_BEFORE.search(lead_in)
        return "LAW" if named else None
    if lead and len(words) == 2:
        return "LAW" if text.startswith("the") else None
    if lead or _THE_BEFORE.search(before):
        first = words[1] if lead else words[0]
        return "LAW" if first[:1].isupper() else None
    return None


def law_name_start(body: str, start: int) -> int:
    """Where a law's name starts whose head alone the NER tagged ("Bill" of "the planned
    Orla Water Bill" -> "Orla"): the capitalised words right before it, or ``start``."""
    found = _NAMED_BEFORE.search(body, max(0, start - 60), start)
    return found.start(1) if found else start


def laws_throughout(groups: dict[str, list[StoryMention]]) -> None:
    """A group most of whose mentions are a law's (``law_kind``) is that law throughout: its
    mentions the NER tagged a person at a sentence's start ("The Bill was ...", where the
    capital "The" keeps ``law_kind`` silent) are retyped too, unless one of the group's
    mentions addresses or relates a person ("Mr Bill", "his son Bill")."""
    for mentions in groups.values():
        laws = sum(1 for m in mentions if m.type == "LAW")
        people = [m for m in mentions if m.type == "PERSON"]
        if not laws or not people or laws < len(people):
            continue
        if any(m.gender or m.relation or _addressed(m) for m in mentions):
            continue
        for m in people:
            m.type = "LAW"


def _addressed(m: StoryMention) -> bool:
    """Whether a mention opens with a form of address ("Mr", "Ms.")."""
    words = m.text.split()
    return bool(words) and fold(words[0]).strip(".") in HONORIFICS
