"""Common words the NER tags a body or a person where they open a sentence or a quote: a
plural noun of a group of people ("Unions said", "Officials declined") and a greeting
("'Congratulations, sir,'"). Capitalised by their place only, they name no one."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.common_words import lower_case_uses
from crossbrief.synthesize.entities.groups import StoryMention
from crossbrief.synthesize.story import Story

# Plural nouns of groups of people that news opens a sentence with; a story that writes
# another plural in lower case too shows it is one (``lower_case_uses``).
_GROUP_NOUNS = frozenset(
    {"unions", "officials", "authorities", "police", "residents", "critics", "experts"}
    | {"sources", "staff", "troops", "rebels", "militants", "fans", "voters", "pupils"}
    | {"students", "parents", "families", "villagers", "witnesses", "analysts", "workers"}
    | {"investors", "economists", "protesters", "lawmakers", "legislators", "activists"}
    | {"campaigners", "doctors", "scientists", "researchers", "employees", "shareholders"}
)
# Greetings and thanks that open a quote or a sentence; never a name there.
_GREETINGS = frozenset(
    {"congratulations", "thanks", "cheers", "greetings", "welcome", "condolences", "hello"}
    | {"goodbye", "bravo", "farewell"}
)
# What may come before a sentence's or a quote's first word: quote marks, brackets, dashes.
_OPENING = re.compile(r"[\s\"'`\u201c\u2018(\u2014-]*")
_QUOTE_BEFORE = re.compile(r"(?:``|[\"\u201c\u2018'])[ \t]*$")
_TAGS = frozenset({"ORG", "PERSON"})
# A verb only a plural takes, right after the word ("Shutters were blown out"), and one only
# a singular takes ("Shutters is the firm's app"): a name in the plural takes the singular.
_PLURAL_VERB = re.compile(r"[ \t]+(?:were|are|have|do|weren't|aren't|haven't|don't)\b")
_SINGULAR_VERB = re.compile(r"[ \t]+(?:was|is|has|does|wasn't|isn't|hasn't|doesn't)\b")
# ... for a word tagged a thing only: a team, a country or a people takes a plural verb in
# British usage ("Velmora were beaten"), so their tags are left alone.
_THINGS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"})


def sentence_opening_word(story: Story, mentions: list[StoryMention]) -> bool:
    """Whether a group, tagged a body or a person, is one common word written only where a
    sentence or a quote opens, never after "the": a plural noun of a group of people (of
    ``_GROUP_NOUNS``, or one the story writes in lower case too) or a
    greeting ("Congratulations"); or, tagged a thing, a plural before a plural verb."""
    words = {m.text.strip() for m in mentions}
    if len(words) != 1 or any(m.kind != "name" for m in mentions):
        return False
    word = next(iter(words))
    if not word.isalpha() or not word.istitle():
        return False
    if any(m.type not in _TAGS for m in mentions):
        return all(m.type in _THINGS for m in mentions) and _plural_opening(story, mentions, word)
    folded = word.lower()
    lower = lower_case_uses(story)
    # Only the plural as written: a singular in lower case proves little ("Times" / "time").
    plural_noun = folded.endswith("s") and (folded in _GROUP_NOUNS or lower[folded] > 0)
    if not plural_noun and folded not in _GREETINGS:
        return False
    return all(_opens(story, m) for m in mentions)


def _opens(story: Story, m: StoryMention) -> bool:
    """Whether a mention is the first word of its sentence or of a quote."""
    analyzed = story.by_id[m.article]
    body = analyzed.article.text
    if _QUOTE_BEFORE.search(body, max(0, m.start - 3), m.start):
        return True
    # a mention outside the parsed sentences (a title's) opens none of them
    if not 0 <= m.sentence < len(analyzed.sentences):
        return False
    first = analyzed.sentences[m.sentence].start
    return _OPENING.fullmatch(body, first, m.start) is not None


def _plural_opening(story: Story, mentions: list[StoryMention], word: str) -> bool:
    """Whether a plural word, whatever its tag, opens every sentence it is in and takes a
    plural verb after one of them and a singular after none ("Shutters were blown out.
    Shutters fell."): a common noun capitalised by its place, as no name of a thing is."""
    if not word.endswith("s") or not all(_opens(story, m) for m in mentions):
        return False
    bodies = [(story.by_id[m.article].article.text, m.end) for m in mentions]
    return any(_PLURAL_VERB.match(b, end) for b, end in bodies) and not any(
        _SINGULAR_VERB.match(b, end) for b, end in bodies
    )
