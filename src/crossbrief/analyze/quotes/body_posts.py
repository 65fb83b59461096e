"""A body's post as a speaker phrase ("the company's chief executive", "the board's
chairman"): a body has one holder of each such post, so the phrase stands for the one
person the article titled with it ("Orsk Shipping's chief executive, Ann Lee", "Ann Lee,
the chief executive of Orsk Shipping").

A person's staff ("the mayor's spokesman") is no body's post: the owner is a person, who may
have many aides, and that phrase is left to the proxy rules. A post the article titles two
people with is left unresolved, as is one it titles no one with: the phrase then shows as
written, an unnamed speaker, never someone guessed.
"""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.descriptions import a_body, described_as, one_person
from crossbrief.analyze.quotes.inside import singular, title_words
from crossbrief.analyze.quotes.lexicon import ORG_NOUNS
from crossbrief.analyze.quotes.org_speakers import has_the
from crossbrief.analyze.quotes.people import People
from crossbrief.analyze.quotes.referents import surname


def body_post(head: Any) -> set[str] | None:
    """The words of the post ``head`` names when it is a person's post owned by a body
    with "the" ("the company's chief executive" gives {"chief", "executive"}); None for any
    other phrase ("the mayor's spokesman", "Orsk Shipping's chief executive", "its boss")."""
    if head.pos_ != "NOUN" or not one_person(singular(head)):
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "NOUN" or not has_the(owner):
        return None  # a name or a pronoun owns it, or "a company's" (any company)
    low = singular(owner)
    if not (a_body(low) or low in ORG_NOUNS) or one_person(low):
        return None  # "the mayor's": a person's staff, not a body's post
    return title_words(head)


def one_holder(people: People, before: int, words: set[str]) -> str | None:
    """The one person the article titles with all of ``words`` and with no rank the words
    lack, when that person is named before ``before`` and no other person in the article
    holds the post; None otherwise."""
    holders: dict[str, str] = {}
    named_before: set[str] = set()
    for start, name, roles in zip(people.starts, people.names, people.roles, strict=True):
        if name is None or not described_as(roles, words):
            continue
        key = surname(name)
        holders.setdefault(key, name)
        if start < before:
            named_before.add(key)
    if len(holders) != 1:
        return None  # no holder, or two people titled with one body's post
    ((key, name),) = holders.items()
    return name if key in named_before else None
