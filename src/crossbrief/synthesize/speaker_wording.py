"""A speaker phrase as the ledger shows it: a relative pronoun ("who said ...") stands for
the noun it hangs on, so the line shows the name found for it or none; a word that joins
the speaker to others ("Both Lee and Varga said") is no part of the speaker's name."""

from __future__ import annotations

import re

# Pronouns that open a relative clause: wording of no one, only a link to the noun before.
RELATIVES = frozenset({"who", "whom", "which", "that"})
# Words that pair or count speakers named together ("Both Lee and Varga", "Neither Lee nor
# Varga"): the parser may leave them on the first name's phrase.
_JOINING = re.compile(r"^(?:Both|Either|Neither)\s+(?=[A-Z])")


# "that" before a plural ("that aid groups"): a determiner "that" takes no plural, so it is
# the clause's subordinator ("Now that aid groups say ...") the parser left on the phrase.
_THAT_PLURAL = re.compile(r"^that\s+(?=.*[^\Ws]s$)", re.IGNORECASE)


def shown_wording(written: str | None, name: str | None) -> str | None:
    """``written`` as the ledger shows it: the ``name`` found for a relative pronoun (None
    with none found), without an opening "Both", "Either" or "Neither" before a name, nor
    an opening "that" before a plural."""
    if written is None:
        return None
    if written.strip().lower() in RELATIVES:
        return name
    return _uncut(_THAT_PLURAL.sub("", _JOINING.sub("", written)))


# Words no noun phrase ends on: a preposition waiting for its object, an article for its
# noun, a conjunction for what it joins ("Ann Lee, an analyst at").
_OPEN_END = frozenset(
    [
        "at",
        "of",
        "for",
        "with",
        "in",
        "on",
        "from",
        "by",
        "to",
        "about",
        "into",
        "under",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "as",
    ]
)


def _uncut(written: str) -> str:
    """A phrase cut inside its appositive ("Ann Lee, an analyst at") ends at the name: the
    appositive's half would tell the reader nothing whole; a phrase ending on a word that
    can end it ("Ann Lee, an analyst at the bank") is left as written."""
    words = written.split()
    if len(words) < 2 or words[-1] not in _OPEN_END:
        return written  # as written: "An" or "A" in capitals may be part of a name
    head = written.rsplit(",", 1)[0] if "," in written else None
    if head is not None and head.strip():
        return _uncut(head.strip())
    while len(words) > 1 and words[-1] in _OPEN_END:
        words.pop()
    return " ".join(words)
