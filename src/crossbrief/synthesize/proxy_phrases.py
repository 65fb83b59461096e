"""Speaker phrases that name someone speaking for another ("a spokesman for Mr Lee", "his
office"), read on the phrase as the outlet wrote it. The ledger files such a line under the
principal, marked as a proxy's (render/labels.py), and counts the proxy's principal as a
speaker the outlets named when they disagree on who said the words only when the phrase
names the principal ("a spokesman for Mr Lee", not "his office": synthesize/quotes.py).
"""

from __future__ import annotations

import re

# Who speaks for someone without being them: the analysis's own list.
from crossbrief.analyze.quotes.proxies import PROXY_COMPOUNDS, PROXY_NOUNS

# Where a speaker phrase's own noun ends: "a spokesman | for Mr Lee", "Ann Lee | , a ...".
_PHRASE_END = re.compile(r",|\s(?:for|to|of|at|in|from|with)\s")


_POSSESSIVE = re.compile(r"(?:'s|\u2019s|s'|\u2019)\s|\b(?:his|her|their|its)\s", re.IGNORECASE)
_FOR_SOMEONE = re.compile(r"\s(?:for|to|of)\s")


def is_proxy(phrase: str) -> bool:
    """Whether a speaker phrase names someone speaking for another, not that one in person:
    its own noun (before any "for ..."/"of ..." or apposition) is a spokesman, an aide, an
    office, a lawyer, a campaign's or a press office's title ("campaign manager"), and
    whose it is is said ("Ann Lee's official spokesman", "a spokesman for Mr Lee", "his
    office"). A name with a role ("spokesman Ann Lee") is that
    person, and an office by its name ("the Cabinet Office") is that office, but one that
    is someone's ("Theresa May's Official Spokesman", "Her Office") is a proxy whatever its
    capitals."""
    own = _PHRASE_END.split(phrase, maxsplit=1)[0]
    head = own.split()
    if not head or not (
        head[-1].lower().strip(",.;:") in PROXY_NOUNS
        or (len(head) > 1 and head[-2].lower() in PROXY_COMPOUNDS)
    ):
        return False
    if _POSSESSIVE.search(own + " "):
        return True
    return not _named_office(phrase, head) and bool(_FOR_SOMEONE.search(phrase))


_NAMED_AFTER = re.compile(r"\s(?:for|of)\s+(?:the\s+)?[A-Z]")


def _named_office(phrase: str, head: list[str]) -> bool:
    """An office known by its name: its noun capitalised inside the phrase ("The Office for
    National Statistics", "the Cabinet Office"), or at its start with a capitalised name
    after "for"/"of" ("Office of Budget Responsibility"); "Spokesman for Mr Lee" is no
    office."""
    noun = head[-1]
    if not noun[:1].isupper():
        return False
    return len(head) > 1 or (noun.lower() == "office" and bool(_NAMED_AFTER.search(phrase)))


# A principal written as a pronoun ("his office", "a spokesman for her").
_PRONOUN_PRINCIPAL = re.compile(r"\b(?:his|her|hers|their|its|him|them|it)\b", re.IGNORECASE)


def names_principal(phrase: str) -> bool:
    """Whether a proxy's phrase names whom it speaks for, by name or description ("a
    spokesman for Ann Lee", "the mayor's office"), not by a pronoun ("her spokesman"), whose
    link to a person is the analysis's guess."""
    return is_proxy(phrase) and _PRONOUN_PRINCIPAL.search(phrase) is None


# A proxy of a group by its possessive: "their spokesman", "its lawyer", "the union's aide".
_GROUP_OWNED = re.compile(
    r"(?:their|its|the\s+[a-z]+(?:'s|\u2019s))\s+(?P<role>[^,]+)", re.IGNORECASE
)


def for_group(phrase: str, group: str) -> str | None:
    """A group's proxy written with a possessive ("their spokesman", "the union's lawyer")
    shown with the group the analysis found it speaks for ("spokesman for the harbour
    board"), when that group is no entity the ledger could file it under; None for any
    other phrase."""
    m = _GROUP_OWNED.fullmatch(" ".join(phrase.split()))
    if m is None or not is_proxy(phrase):
        return None
    lead, _, rest = group.partition(" ")
    principal = f"the {rest}" if lead == "The" and rest else group
    return f"{m['role']} for {principal}"
