"""Words and patterns both ledger filters read (``ledger_filter``, ``ledger_acts``): one home
each, so the two never drift apart."""

from __future__ import annotations

import re

from crossbrief.analyze.quotes.lexicon import with_plurals
from crossbrief.analyze.quotes.speakable import POSITION_NOUN_WORDS
from crossbrief.model import Quote

MARKS = "\"'\u201c\u201d\u2018\u2019`"
# Words a title leaves in lower case ("Tales of the Harbour", "Lord of the Flies").
_TITLE_SMALL_WORDS = "a an the of on in at to for and or but with by from"
TITLE_SMALL = frozenset(_TITLE_SMALL_WORDS.split())
# A form of "be" and at most one adverb right before a participle: a passive ("is alleged",
# "was often named"); after "'s" only an -ly adverb ("Lee's widely known"), since a word
# there is mostly the noun a possessive owns ("Lee's campaign vowed").
PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)\s+(?:\w+\s+)?|['\u2019]s\s+(?:\w+ly\s+)?)$",
    re.IGNORECASE,
)
# Nouns of a word said, whose that-clause is a claim ("issued a warning that ...", "signed a
# pledge that ...", "a statement saying that ...").
_SAYING_NOUN_WORDS = "statement ruling remark word notice report letter pledge"
# A word said or a position held, in the first few words of the content, opening a
# that-clause of at least two words.
STATES_THAT = re.compile(
    r"\S+\s+(?:\S+\s+){0,3}?(?:"
    + "|".join(sorted(with_plurals(POSITION_NOUN_WORDS) | with_plurals(_SAYING_NOUN_WORDS)))
    + r")\s+(?:saying\s+|stating\s+)?that\s+\S+\s+\S+",
    re.IGNORECASE,
)
# Verbs that give a name ("a screen it calls 'matte'", "called a 'mess'").
NAMING = frozenset({"call", "dub", "name", "label", "brand", "term"})


def cue_verb(q: Quote) -> str:
    """The cue's own word (its last: "has never publicly blamed" gives "blamed")."""
    parts = (q.cue or "").split()
    return parts[-1] if parts else ""
