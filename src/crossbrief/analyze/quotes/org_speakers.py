"""Organisations as speakers: one the phrase names itself ("the Bayside Tribune newspaper"),
one the article just named as a subject ("the company said", "It said"), an unnamed one it
brought in ("a Salem newspaper ... the newspaper"), and a body a person leads, tied to them
by their surname ("the Lee campaign"). speakers.resolve asks these in turn.
"""

from __future__ import annotations

import bisect
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import IT_REACH, NAME_WORDS, ORG_NOUNS
from crossbrief.analyze.quotes.people import People
from crossbrief.analyze.quotes.proxies import is_proxy
from crossbrief.analyze.quotes.referents import full_name
from crossbrief.model import Mention

__all__ = [
    "FIRMS",
    "PLACE",
    "apposed",
    "has_the",
    "introduced",
    "member",
    "organisation",
    "own_name",
    "proxy_of_surname",
]


def organisation(people: People, before: int) -> str | None:
    """The latest organisation named as a subject before offset ``before``, in reach."""
    k = bisect.bisect_left(people.org_starts, before)
    if k == 0 or before - people.org_starts[k - 1] > IT_REACH:
        return None
    return people.org_names[k - 1]


def has_the(noun: Any) -> bool:
    """The noun has "the" as its determiner ("the company", "the Democrat")."""
    return any(c.lower_ == "the" for c in noun.children)


def member(head: Any) -> bool:
    """A singular group word with "the" ("the Oregon Republican", "the Democrat") is one
    of its members, a person, never the party or people it belongs to."""
    return head.tag_ in {"NNP", "NN"} and has_the(head)


def apposed(para: Para, m: Mention, head: Any) -> bool:
    """The organisation name ``m`` is in apposition to the head ("her party, Harbour
    Forward"), not a modifier of it ("Harbour Greens", "a Bayside Radio vice president")."""
    span = para.tokens(m.start, m.end)
    return span is not None and span.root.dep_ == "appos" and span.root.head.i == head.i


_INDEFINITES = frozenset({"a", "an", "another"})
FIRMS = frozenset({"company", "firm"})  # words for a business, which makes products
_BACK = 60  # tokens an unnamed organisation stays in reach


def introduced(para: Para, head: Any) -> bool:
    """The paragraph brought in an unnamed organisation of this kind ("a Salem newspaper")
    after the last organisation it named, in reach: "the newspaper" is that one."""
    for t in reversed(para.doc[max(0, head.i - _BACK) : head.i]):
        if t.ent_type_ == "ORG":
            return False
        if t.lower_ == head.lower_ and any(
            c.dep_ == "det" and c.lower_ in _INDEFINITES for c in t.children
        ):
            return True
    return False


PLACE = "\0place "  # marks a place's name before the noun, which is no name of its own


def own_name(para: Para, span: tuple[int, int], head: Any, inside: list[Mention]) -> str | None:
    """The name an organisation noun carries before it in its own phrase ("the Bayside
    Tribune newspaper", "the Nordpress news agency"): a medium or a body so named, never
    the organisation named last in the article; none for a possessor's ("Russia's
    state news agency"); a place's name ("the Salem newspaper") marked with ``PLACE``."""
    if head.pos_ != "NOUN" or head.lower_ not in ORG_NOUNS or head.lower_ in NAME_WORDS:
        return None  # "the Harbour campaign": a name word, for an organisation so named
    if not has_the(head):
        return None  # "a Bayside newspaper": one not named
    names = [
        t
        for t in para.doc[span[0] : head.i]
        if t.pos_ == "PROPN" and t.dep_ != "poss" and t.head.dep_ != "poss"
    ]
    if not names:
        return None
    at = para.offset + names[0].idx
    for m in inside:
        if m.start <= at < m.end:
            # "the Bayside newspaper": where the paper is, not its name
            return PLACE + m.text if m.type in _PLACES else m.text
    return str(para.doc[names[0].i : names[-1].i + 1].text)


# Bodies a person leads, which "the" and their surname name ("the Lee campaign"); a single
# speaker or an office with a name before it ("the Ford spokesman") as often is a firm's.
_LED_BODIES = frozenset({"campaign", "campaigns", "camp", "team", "administration", "government"})
# Entity types of places, whose names a surname may share ("the Washington office").
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def proxy_of_surname(head: Any, people: People, before: int) -> str | None:
    """The person a proxy speaks for when the word tying it to them is the surname of
    someone named before offset ``before`` ("Ann Lee ... The Lee campaign said", "Lee's office
    said") that the
    entity tagger took for an organisation or missed: that person's full name. A surname
    before the noun ties it only to a body a person leads ("the Lee campaign") or to
    someone of their campaign ("a Lee campaign aide"), never as a place's name, and never
    to one speaker or office ("a Ford spokesman", "the Jordan office"), which a firm or a
    place of that name has as often as a person."""
    if head.pos_ != "NOUN" or not is_proxy(head):
        return None
    body = (has_the(head) and head.lower_ in _LED_BODIES) or any(
        c.dep_ == "compound" and c.lower_ == "campaign" for c in head.children
    )
    for child in head.children:
        if not child.text[:1].isupper():
            continue
        if child.ent_type_ in _PLACES:
            continue
        if child.dep_ == "poss" or (child.dep_ == "compound" and body):
            full = full_name(people, child.lower_, before)
            if full is not None:
                return full
    return None
