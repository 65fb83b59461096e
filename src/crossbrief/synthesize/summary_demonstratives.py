"""A noun phrase with "this" or "these" past a sentence's first word, pointing back at what
the sentence before told ("Only three ferries have matched this record."; "The mayor rejected
these claims."): the sentence reads only after the one it points at. An opening "This" or
"These" is ``summary_rules``'s (a pronoun or a determiner there alike).

A time counted from the report's own day points at no sentence ("this year", "earlier this
week", "this past weekend"), nor does the writer's own country or time ("this country", "at
this point"), and a quotation's "this" is its speaker's. A "this" right before a verb is a
pronoun ("said this was the worst"), no noun phrase; and an article's first body sentence
points at nothing (``summary_rules``).
"""

from __future__ import annotations

import re

from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_quotes import QUOTED
from crossbrief.synthesize.summary_words import may_hold

# Words after "this"/"these" that make no pointer: times counted from the report's day, the
# words that make one ("this past week", "this coming Monday"), and the writer's here and now.
_DEICTIC = frozenset(
    [
        "year",
        "years",
        "week",
        "weeks",
        "month",
        "months",
        "morning",
        "afternoon",
        "evening",
        "night",
        "weekend",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "season",
        "seasons",
        "decade",
        "century",
        "time",
        "times",
        # a report's own periods: "this quarter", "these days", "this fiscal year"
        "quarter",
        "day",
        "days",
        "fiscal",
        "term",
        "session",
        "holiday",
        "holidays",
        "past",
        "coming",
        "country",
        "point",
        "stage",
    ]
)
# A verb right after "this": a pronoun standing for a whole ("this was the worst"), which
# this rule leaves to the opening-word rules.
_VERB_AFTER = frozenset(
    [
        "is",
        "was",
        "are",
        "were",
        "will",
        "would",
        "could",
        "should",
        "can",
        "may",
        "might",
        "must",
        "has",
        "had",
        "have",
        "does",
        "did",
        "means",
        "meant",
        "comes",
        "came",
        "shows",
        "showed",
        "seems",
        "seemed",
        "makes",
        "made",
    ]
)
# "this" or "these" as a determiner: a lower-case word follows (a capital is a name, "this
# Friday" or "this Sunday's vote" is a day)
_DEMONSTRATIVE = re.compile(r"(?<!^)\b(?:this|these)\s+(?P<word>[a-z][a-z'-]*)\b", re.I)
# the words one of which every match holds (a first test: ``summary_words.may_hold``)
_DEMONSTRATIVE_WORDS = frozenset(["this", "these"])


def demonstrative_back(text: str) -> bool:
    """True when ``text`` has a "this"/"these" noun phrase past its first word, outside its
    quotations, that points back ("... have matched this record"): not a time from the
    report's day ("this week", "this past year") nor the writer's here ("this country")."""
    if not may_hold(text, _DEMONSTRATIVE_WORDS):
        return False
    plain = QUOTED.sub(" ", text).lstrip("\"'\u201c\u2018`( ")
    for m in _DEMONSTRATIVE.finditer(plain):
        word = m.group("word")
        if word.islower() and word not in _DEICTIC and word not in _VERB_AFTER:
            return True
    return False


def previous_body(story: Story, i: int) -> int | None:
    """The body sentence of sentence ``i``'s article right before it (headings skipped);
    None when ``i`` opens its article's body."""
    s = story.sentences[i]
    j = i - 1
    while j >= 0 and story.sentences[j].article == s.article:
        if not story.sentences[j].heading:
            return j
        j -= 1
    return None


def first_in_body(story: Story, i: int) -> bool:
    """Whether sentence ``i`` opens its article's body: its first sentence, or the first
    after the headline and other heading lines, which has nothing before it to point at."""
    return previous_body(story, i) is None
