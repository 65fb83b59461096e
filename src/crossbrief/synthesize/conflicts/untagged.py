"""Holders written as names that the NER left untagged.

- a name right before a bracket that holds the figure alone ("Ann Lee (41 points) and Tom
  Vey (30 points) led the attack"): the box-score style gives each figure to the name
  it follows;
- a capitalised name heading the figure's clause, before its verb ("Tom Vey added 30
  points", "The Harriers ran up 400 yards"): the clause's subject. A lone capitalised word
  at a clause start may be any word ("Rescuers found 40"), so one word counts only when
  its article writes it capitalised inside a sentence too.

"Lee added 30 points" gives the figure to Lee: "added" whose object is the figure and
what it counts is no speech verb ("Lee added 30 people had died" is).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.synthesize.text import CAPITAL

_NAME = rf"{CAPITAL}[\w.-]*(?:\s+{CAPITAL}[\w.-]*)*"
# the name, then the opening bracket the figure's clause begins after
_BEFORE_BRACKET = re.compile(rf"({_NAME})\s*\(\s*$")
# the bracket closes after the figure and at most its unit word ("190 yards)", "41 points)")
_CLOSES = re.compile(r"(?:\s*[a-z]+)?\s*\)")
# a clause's opening name and the lowercase word (its verb) after it
_SUBJECT = re.compile(rf"[\s\"'`]*(?:[Tt]he\s+)?({_NAME})\s+[a-z]")
_ADDED = re.compile(r"\s+added\s+(?:another\s+|a\s+further\s+)?$", re.I)
# the counted word after a bare figure, not a verb's subject ("30 people had died")
_COUNTED_AFTER = re.compile(r"\s+([a-z]+)\b(?!\s+(?:were|was|had|have|has|are|is|died|been)\b)")


def bracket_name(text: str, low: int, head: int, end: int) -> tuple[int, int] | None:
    """The span of the name right before the bracket that opens the figure's clause at
    ``head`` (its sentence starts at ``low``) and holds only the figure ending at ``end``."""
    if not (head > low and text[head - 1] == "(" and _CLOSES.match(text, end)):
        return None
    found = _BEFORE_BRACKET.search(text, low, head)
    if found is None or found.group(1).lower() in STOP_WORDS:
        return None
    return found.start(1), found.end(1)


def subject_name(text: str, head: int, start: int) -> tuple[int, int] | None:
    """The span of a capitalised name heading the clause that begins at ``head`` and holds
    the figure at ``start``: two or more capitalised words, or one its article also writes
    capitalised after a lowercase word ("the Harriers")."""
    found = _SUBJECT.match(text, head, start)
    if found is None:
        return None
    name = found.group(1)
    words = name.split()
    if any(w.lower() in STOP_WORDS for w in words):
        return None
    if len(words) == 1 and not re.search(rf"[a-z,]\s+{re.escape(name)}\b", text):
        return None
    return found.start(1), found.end(1)


def adds(text: str, verb: int, start: int, end: int) -> bool:
    """Whether the words from ``verb`` to the figure at ``start``-``end`` are "added" taking
    the figure and what it counts as its object ("added 30 points", "added another 40
    yards"): not a bare figure ("added 12 for the club", whose noun is elided) nor a
    reported clause's subject ("added 30 people had died")."""
    if not _ADDED.match(text, verb, start):
        return False
    if text[start:end][-1:].isalpha():  # the unit is in the figure's span ("30 points")
        return not re.match(r"\s+(?:were|was|had|have|has|are|is|died)\b", text[end:])
    after = _COUNTED_AFTER.match(text, end)
    return after is not None and after.group(1) not in STOP_WORDS
