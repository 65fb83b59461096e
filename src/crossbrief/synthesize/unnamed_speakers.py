"""Unnamed sources an article introduces ("A customs official, who asked not to be named,
said ..."): its later "the official" is that person, never a holder of the role another
outlet names.

An indefinite description introduces someone only as the subject phrase it opens:

- its head noun follows "a"/"an" and at most three modifiers in one sentence, none a
  function word ("a second term as mayor" has no mayor for "a"; "a. Official" is two
  sentences);
- the head noun ends the phrase: a verb, a relative pronoun or a comma follows it, maybe
  after a short prepositional phrase ("a senior official at the port said"); a noun after
  it makes it a modifier ("an official visit" introduces no official);
- a comma after it sets off a clause ("a customs official, who asked ..."), unless a
  capitalised word follows: a name in apposition ("a customs official, Ann Lee,") is a
  named person.

A staff role owned by a person ("the mayor's spokesman", "his lawyer") introduces someone in
the same way: one of that person's staff, whom the article leaves unnamed. A person's single
post ("her finance minister", "his coach") does not: it is that post's one holder. A body's post
("the company's chief executive") does not: it is the body's one holder, whom another
outlet may name.
"""

from __future__ import annotations

import re

from crossbrief.analyze.quotes import FORM_TO_BASE
from crossbrief.synthesize.entities.vocabulary import ROLE_NOUNS
from crossbrief.synthesize.text import fold

# Words that are no modifier between "a" and its head noun: prepositions, conjunctions and
# determiners start or join other phrases.
_FUNCTION_WORDS = """as of in at for to with by on from and or but than the a an his her its
    their this that who which"""
_NOT_MODIFIER = "|".join(_FUNCTION_WORDS.split())
# A word as written: letters with inner apostrophes, hyphens or dots ("U.S.", "ex-port").
_WORD = r"[^\W\d_]+(?:[.'\u2019-][^\W\d_]+)*\.?(?<![a-z]{2}\.)"
_PREPOSITIONS = frozenset({"at", "in", "of", "for", "with", "from", "on", "inside", "within"})
_PHRASE_WORDS = 9  # a prepositional phrase after the noun: the preposition and eight words
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?;:](?=\s|$)|\n")
# Auxiliaries and modals that can follow a subject ("an official would not say").
_AUXILIARY_WORDS = "is was has had would will could can may might must should did does do were are"
_AUXILIARIES = frozenset(_AUXILIARY_WORDS.split())
_RELATIVES = frozenset({"who", "whose", "that"})


def _phrase(noun: str) -> re.Pattern[str]:
    return re.compile(
        rf"\b[Aa]n?\s+(?:(?!(?:{_NOT_MODIFIER})\b){_WORD}\s+){{0,3}}?{re.escape(noun)}\b",
        re.IGNORECASE,
    )


# The longest person's role in ROLE_NOUNS, in words ("chief executive officer").
_ROLE_WORDS = max(len(r.split()) for r in ROLE_NOUNS)


def _owned(noun: str) -> re.Pattern[str]:
    """A subject phrase owned by someone: "the <words>'s" or "his"/"her", at most three
    modifiers, then ``noun``; group 1 holds the owner's words (None for a pronoun)."""
    return re.compile(
        rf"\b(?:the\s+((?:{_WORD}\s+){{0,{_ROLE_WORDS - 1}}}?{_WORD})['\u2019]s|his|her)\s+"
        rf"(?:(?!(?:{_NOT_MODIFIER})\b){_WORD}\s+){{0,3}}?{re.escape(noun)}\b",
        re.IGNORECASE,
    )


# Nouns of a person's staff, of whom a person may have many ("her aide", "the mayor's
# lawyer"): an owned one is someone unnamed. A person's single post ("her finance minister",
# "his coach") is that post's one holder, whom the story may name.
_STAFF = frozenset(
    [
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "aide",
        "adviser",
        "advisor",
        "lawyer",
        "attorney",
        "assistant",
        "secretary",
    ]
)


def _a_person_s(owner: str | None) -> bool:
    """Whether an owner's words end with a person's role ("the deputy mayor's" -> "mayor"),
    or the owner is a pronoun (None): a body ("the company's") owns its one post."""
    if owner is None:
        return True
    words = fold(owner).split()
    return any(" ".join(words[-n:]) in ROLE_NOUNS for n in range(1, len(words) + 1))


def introduced_unnamed(before: str, noun: str) -> bool:
    """Whether the text before a definite description ("the official") introduced someone
    by an indefinite subject phrase headed by the same noun and named them nowhere in it
    ("A customs official said ...", not "A customs official, Ann Lee, said"), or by a
    person's role of that noun ("The mayor's spokesman said ...")."""
    # both phrases end with the noun: a text that never writes it (most) needs neither of
    # their scans, which try every word of the text as a phrase's start
    if re.search(re.escape(noun), before, re.IGNORECASE) is None:
        return False
    return any(
        _ends_subject(before[m.end() : m.end() + 80]) for m in _phrase(noun).finditer(before)
    ) or (
        fold(noun).split()[-1] in _STAFF
        and any(
            _a_person_s(m.group(1)) and _ends_subject(before[m.end() : m.end() + 80])
            for m in _owned(noun).finditer(before)
        )
    )


def _ends_subject(after: str) -> bool:
    """Whether the words right after a head noun show it ends a subject phrase: a comma
    setting off a clause, a relative pronoun or a verb, maybe after a short prepositional
    phrase ("at the customs office said", "in the port of Orsk, who"), all in the noun's
    sentence."""
    clause = _SENTENCE_END.split(after, maxsplit=1)[0]
    tokens = re.findall(r",|[\w'\u2019-]+", clause)
    if tokens and tokens[0].lower() in _PREPOSITIONS:
        ahead = tokens[1:_PHRASE_WORDS]
        end = next((i for i, t in enumerate(ahead) if t == "," or _opens_predicate(t)), None)
        return end is not None and _ends_subject(" ".join(ahead[end:]))
    if tokens[:1] == [","]:
        # a clause set off ("who asked not to be named"), not a name in apposition
        return len(tokens) > 1 and not tokens[1][:1].isupper()
    return bool(tokens) and _opens_predicate(tokens[0])


def _opens_predicate(token: str) -> bool:
    """A word that can follow a subject: a relative pronoun, an auxiliary, an inflected
    reporting verb ("said") or another past tense ("confirmed")."""
    if not token.islower():
        return False  # a verb after its subject is lower case; "States" is a name's
    return (
        token in _RELATIVES
        or token in _AUXILIARIES
        or FORM_TO_BASE.get(token, token) != token
        or (token.endswith("ed") and len(token) > 4)
    )
