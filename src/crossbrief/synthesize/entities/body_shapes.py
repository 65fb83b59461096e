"""A one-word body the NER tags a person ("Norvex said ...", an exchange; "the TARVEL
meeting", a committee's capitals): no mention has a person's shape (a given name, a title or
a form of address, a "who" or a "he" after it, a kinship noun, an age), and the words around
its mentions are a body's: "which" after it, "-based" or a body's noun before it ("exchange
operator Norvex"), a body's officer after it ("Norvex chief"), or capitals of an acronym
("the TARVEL meeting"). Such a group is an organisation."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import StoryMention, vote
from crossbrief.synthesize.entities.vocabulary import FIRM_NOUNS, HONORIFICS, PERSON_TITLES
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

# "which" right after a name: a thing's relative pronoun; a person takes "who".
_WHICH_AFTER = re.compile(r"[ \t]*,?[ \t]*which\b")
# A body's officer right after its name ("Norvex chief", "Norvex spokeswoman"): no person's
# name is followed by one. Not "officials" or "aides", who serve a person too.
_OFFICER_AFTER = re.compile(
    r"[ \t]+(?:chief|boss|spokesman|spokeswoman|spokesperson|shareholders)\b"
)
# "-based" or a body's noun right before a name ("Paris-based Norvex", "exchange operator
# Norvex", "the bourse Norvex"); "rival" or "suitor" alone are said of people too.
_BODY_BEFORE = re.compile(
    rf"(?:-based|\b(?:bourse|exchange|operator|{FIRM_NOUNS}|committee|agency|union"
    r"|organisation|organization|watchdog|regulator))[ \t]+$",
    re.IGNORECASE,
)
# An acronym's capitals: a person's name is written so only in a headline or a dateline.
_ACRONYM = re.compile(r"^[A-Z]{3,}$")
_LOOK_BACK = 40


def retype_shapeless_people(story: Story, groups: dict[str, list[StoryMention]]) -> None:
    """Type ORG the mentions of each group voted a person whose names are all one word,
    none with a person's shape, and whose mentions with a body's words around them outnumber
    those with a "he" or "she" after them (a weak cue: the pronoun may be another's); a
    place (GPE) where a mention is placed as a point."""
    for mentions in groups.values():
        names = [m for m in mentions if m.kind in {"name", "acronym"}]
        if not names or any(" " in m.clean.strip() for m in names):
            continue
        if vote(mentions) != "PERSON" or any(_person_shaped(m) for m in mentions):
            continue
        bodies = sum(1 for m in names if _body_shaped(story, m))
        if bodies and bodies > sum(1 for m in names if m.pronoun):
            # "to Kalvo, which fell": a place placed as a point is no body
            kind = "GPE" if any(m.place_use for m in mentions) else "ORG"
            for m in mentions:
                if m.type == "PERSON":
                    m.type = kind


def _person_shaped(m: StoryMention) -> bool:
    """Whether a mention has a person's shape: a title or a form of address in it, a gender
    or a kinship from the words before it, an age, or a "who" or "he" right after it."""
    first = fold(m.text.split()[0]).strip(".") if m.text.split() else ""
    titled = " " in m.text.strip() and (first in HONORIFICS or first in PERSON_TITLES)
    return titled or bool(m.gender or m.relation or m.personal or m.aged)


def _body_shaped(story: Story, m: StoryMention) -> bool:
    """Whether the words around a mention are a body's ("Norvex, which", "Paris-based
    Norvex", "Norvex chief", capitals outside a headline: "the TARVEL meeting")."""
    # "the" alone is no cue: "the Velko administration", "the Queen" are people's.
    if _ACRONYM.match(m.clean) and not (m.headline or m.dateline):
        return True
    body = story.by_id[m.article].article.text
    return bool(
        _WHICH_AFTER.match(body, m.end)
        or _OFFICER_AFTER.match(body, m.end)
        or _BODY_BEFORE.search(body, max(0, m.start - _LOOK_BACK), m.start)
    )
