"""A sentence closing on a verb whose complement was left out, to be read from the sentence
before it: "Other ferry lines have pledged to follow.", "The board agreed to.", "Two more
ports did so.", "Rival banks followed suit." Each says that someone did, or means to do, what
another sentence tells, and alone it does not say what.

A plain test on the sentence's last words, so the summary's rules (``summary_rules``) can
ask it of every candidate cheaply.
"""

from __future__ import annotations

import re

# Verbs and adjectives that take an infinitive and may leave it out after a bare "to"
# ("agreed to.", "is likely to."); a "to" closing a sentence after other words is a
# preposition left at a clause's end ("the port the ferry sailed to."), which reads alone.
_TAKES_TO_WORDS = """
agree agreed agrees refuse refused refuses want wanted wants plan planned plans promise
promised promises pledge pledged pledges vow vowed vows threaten threatened threatens hope
hoped hopes try tried tries intend intended intends decline declined declines fail failed
fails choose chose chooses decide decided decides offer offered offers expect expected
expects need needed needs wish wished wishes seek sought seeks aim aimed aims prepare
prepared prepares attempt attempted attempts going able unable willing unwilling likely
unlikely set due ready eager reluctant have has had ought used allowed forced asked
"""
_TAKES_TO = "|".join(sorted(_TAKES_TO_WORDS.split(), key=len, reverse=True))
# a time or "too" after the elided words ("followed suit on Tuesday."), then the closing
# punctuation and any closing mark after it
_END = (
    r"(?:\s+(?:too|as\s+well|(?:on|last|this|next|earlier|later)(?:\s+[A-Za-z]+)?))?"
    r"\s*[.!?][\"'\u201d\u2019)\]]*\s*$"
)
_ELIDED = re.compile(
    r"(?:"
    # "... agreed to." (and "... did not want to.")
    # and "... pledged to follow." (not "fun to follow": its subject is what is followed)
    r"\b(?:" + _TAKES_TO + r")\s+(?:not\s+)?to(?:\s+follow)?"
    # "... followed suit.": following someone told before
    r"|\bfollow(?:s|ed|ing)?\s+suit"
    # "... did so.", "... will do the same.", "... did likewise."
    r"|\b(?:do|does|did|done|doing)\s+(?:so|likewise|the\s+same)"
    r")" + _END,
    re.I,
)


# Before the elided words, a clause of the sentence's own that may tell what was left out:
# "He would rubber-stamp the plan if he had to.", "She has not spoken and does not mean to
# do so.", "..., even if it were wise to do so." (a comma or semicolon, a conjunction).
# longer than any match: the longest verb, "not to follow", "earlier <word>" and closing marks
_TAIL = 120

_CLAUSE_BEFORE = re.compile(
    r"[,;:\u2014\u2013]|\s-\s|\b(?:if|when|whenever|unless|because|than|as|and|but|or|while|though|"
    r"although|before|after|until|since|once)\b",
    re.I,
)


# The word each construction closes on ("to", "to follow", "followed suit", "did so", "did
# likewise", "do the same"); ``_END`` lets at most two words follow it ("too", "as well", "on
# Tuesday", "earlier this"): a sentence none of whose last three words is one of these is
# never a match, which a look at those words tells cheaper than the pattern's search.
_CLOSING_WORDS = frozenset(["to", "follow", "suit", "so", "likewise", "same"])
_LETTERS = re.compile(r"[a-z]+")


def elided_complement(text: str) -> bool:
    """True when ``text`` closes on a verb whose complement was left out: a bare "to" after
    a verb or adjective taking an infinitive ("The union refused to."), "to follow" or
    "followed suit" ("Two more unions have pledged to follow."), or "did so", "do the same"
    or "did likewise": what was done is told in another sentence. Not when a clause joined
    on before those words may tell it ("He will sign it if he has to.")."""
    # the construction closes the sentence and is short: search its tail only (the pattern
    # tried at every position of a long sentence cost more than the rest of the rule)
    tail = text[-_TAIL:]
    # ASCII only: ignoring case, the pattern also takes other letters ("\u017f" for "s")
    if tail.isascii() and _CLOSING_WORDS.isdisjoint(_LETTERS.findall(tail.lower())[-3:]):
        return False
    m = _ELIDED.search(text, max(0, len(text) - _TAIL))
    return m is not None and not _CLAUSE_BEFORE.search(text, 0, m.start())
