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
    return _THAT_PLURAL.sub("", _JOINING.sub("", written))
