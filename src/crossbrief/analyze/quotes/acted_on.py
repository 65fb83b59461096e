"""Whether a clause's subject acts on another noun of the sentence.

"its" after a sentence naming two bodies favours its subject only when the subject's verb
does not act on the other: in "The harbour board fined the ferry company. Its lawyer
said ..." the lawyer may as well be the company's, whom the fine concerns, and a wrong
principal is worse than none.
"""

from __future__ import annotations

from typing import Any

__all__ = ["acted_on"]

# The links from a noun up to the verb that acts on it: its object ("fined the company"),
# a preposition's object ("a fine on the company", "a suit against it"), a noun joined to
# or set beside one of these, and the phrase a preposition heads.
_ON = frozenset({"dobj", "dative", "pobj", "prep", "agent", "conj", "appos", "nmod"})


def acted_on(other: Any, subj: Any) -> bool:
    """Whether token ``other`` is what the verb of subject token ``subj`` acts on (its
    object, or after a preposition of it or of its object) or is joined to the subject
    itself ("The guild and the council met"); False when it hangs on another clause ("...
    after the council raised fees")."""
    tok = other
    while tok.dep_ in _ON and tok.head.i != tok.i:
        tok = tok.head
        if tok.i == subj.i:
            return True
    return bool(tok.i == subj.head.i)
