"""Whose a speaker is: someone speaking for another ("Ann Lee's spokeswoman", "a lawyer for
Tom Hale", "her office") or someone who only stands in a relation to another ("Dan Cole's
mother, Judy", "Eve Park's neighbor").

A proxy speaks for the one whose proxy they are, and the ledger files their words under that
principal, marked as a proxy's. Anyone else speaks for themselves: their words are never the
possessor's, and the speaker's name is the one given in apposition ("Judy"), if any.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Who speaks for someone without being them. The render (render/labels.py) reads this list,
# so that such a line is shown as "speaking for" its principal.
_PROXY_WORDS = """spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople
    spokespersons aide aides adviser advisers advisor advisors office lawyer lawyers attorney
    attorneys representative representatives staff staffer staffers campaign team camp
    administration government"""
PROXY_NOUNS = frozenset(_PROXY_WORDS.split())
# Words that make any title before them a proxy's ("campaign manager", "press secretary").
PROXY_COMPOUNDS = frozenset({"campaign", "press", "communications"})
# What someone wrote or put out speaks their words ("Lee's statement", "her plan"); shown as
# the outlet wrote it, not as a proxy.
_DOCUMENT_WORDS = """statement statements letter letters tweet tweets post posts memo memos
    email emails speech speeches remarks proposal proposals plan plans platform brief ad ads
    website book op-ed column essay"""
DOCUMENTS = frozenset(_DOCUMENT_WORDS.split())
# Prepositions that tie a noun to whose it is ("a lawyer for Tom Hale", "the mother of Dan").
_WHOSE = frozenset({"of", "for"})
_OWNER_TYPES = frozenset({"PERSON", "ORG"})
_POSSESSIVE_ENDS = ("'s", "\u2019s", "'", "\u2019")


def is_proxy(noun: Any) -> bool:
    """A noun for someone who speaks for another ("spokeswoman", "lawyer", "office"), also
    as a title of a campaign or a press office ("campaign manager", "press secretary")."""
    return str(noun.lower_) in PROXY_NOUNS or any(
        c.dep_ == "compound" and c.lower_ in PROXY_COMPOUNDS for c in noun.children
    )


def speaks_for_another(noun: Any) -> bool:
    """A proxy noun that says whose proxy it is: a possessive ("his lawyer", "Lee's aide")
    or "for"/"of" someone ("a lawyer for Hale"); "a lawyer" alone is only a trade, and an
    office by its name ("the Office of Fair Trading") is no one's."""
    lower = noun.text[:1].islower()
    return is_proxy(noun) and any(
        c.dep_ == "poss" or (lower and c.dep_ == "prep" and c.lower_ in _WHOSE)
        for c in noun.children
    )


def unpossessed(name: str) -> str:
    """A name without the possessive the entity tagger may leave on it ("Ann Lee's")."""
    for end in _POSSESSIVE_ENDS:
        if name.endswith(end) and len(name) > len(end):
            return name[: -len(end)].rstrip()
    return name


@dataclass(frozen=True)
class Whose:
    """The speaker a possessed description stands for: a name, or None for someone the
    text describes but does not name."""

    name: str | None


def owned_speaker(head: Any, names: dict[int, tuple[str, str]]) -> Whose | None:
    """The speaker a common noun with an owner names ("Ann Lee's office", "a lawyer for Tom
    Hale", "Dan Cole's mother, Judy"): the person named in apposition to it after the
    owner ("Lee's campaign chairman, Ann Hale"), else for a proxy its owner, for a document
    its author ("Lee's statement"), for anyone else no name;
    a person's name heading a phrase with another name in it ("Clinton's aide Jake
    Sullivan") is that person; None otherwise, so other rules decide. ``names`` maps the
    index of each token of a name inside the speaker phrase to that name's text and type."""
    own = names.get(head.i)
    if own is not None:
        # "Lee's aide Tom Hale", "the Gazette's Ivo Brenn": a name heading the
        # phrase is the speaker, never the possessor before it.
        owned = any(names.get(t.i, own)[0] != own[0] for t in head.subtree)
        return Whose(unpossessed(own[0])) if own[1] == "PERSON" and owned else None
    if head.pos_ != "NOUN":
        return None
    owner = next(
        (t for t in head.subtree if names.get(t.i, ("", ""))[1] in _OWNER_TYPES and _owns(t, head)),
        None,
    )
    if owner is None:
        return None
    # "The leader of the League, Jon Green": the parser may hang the name on the owner;
    # one hung on a person ("the mother of Dan Cole, Judy Cole") may be either's.
    appos = next(
        (
            c
            for c in head.subtree
            if c.dep_ == "appos"
            and names.get(c.i, ("", ""))[1] == "PERSON"
            and (c.head.i == head.i or names.get(c.head.i, ("", ""))[1] != "PERSON")
        ),
        None,
    )
    if appos is not None and appos.i > owner.i:
        # "Lee's campaign chairman, Ann Hale, said": the one named speaks, not the owner
        return Whose(unpossessed(names[appos.i][0]))
    if is_proxy(head) or (head.lower_ in DOCUMENTS and names[owner.i][1] == "PERSON"):
        return Whose(unpossessed(names[owner.i][0]))
    return Whose(None if appos is None else unpossessed(names[appos.i][0]))


def _owns(tok: Any, head: Any) -> bool:
    """``tok`` (a name) is whose ``head`` is: its possessor, or the object of its "of" or
    "for", also through another noun ("a spokesman for Ann Lee's campaign")."""
    if tok.dep_ not in {"poss", "pobj"}:
        return False
    up = tok
    while up.head.i != head.i:
        if up.dep_ not in {"poss", "pobj"} and not (up.dep_ == "prep" and up.lower_ in _WHOSE):
            return False
        if up.head.i == up.i:
            return False
        up = up.head
    return up.dep_ == "poss" or (up.dep_ == "prep" and up.lower_ in _WHOSE)


def one_of_named(head: Any, names: dict[int, tuple[str, str]]) -> str | None:
    """The name in apposition to the group of "one of his lawyers, Ann Lee": that one of
    the group is who speaks. The tagger may type such a name an organisation, but an
    apposition names the noun it follows, and "one" of a group of people is a person.
    ``names`` maps the index of each token of a name inside the speaker phrase to that
    name's text and type."""
    if head.lower_ != "one":
        return None
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if group is None or group.pos_ != "NOUN":
        return None
    appos = next((c for c in group.children if c.dep_ == "appos" and c.i in names), None)
    if appos is None or names[appos.i][1] not in _OWNER_TYPES:
        return None
    return unpossessed(names[appos.i][0])
