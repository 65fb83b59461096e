"""Verbless lines of names: a team sheet, its substitutes, scorers or a referee's credit.

A match report often ends in lines that are nothing but names: "Smith, Jones (Brown 67),
Lee; Hart.", "Unused: Hart, Cole.", "Lee 12, Hart 80 pen.", "K Osterby (Velmora).".
Such a line has no verb and no role word, so it states no role that one name could fill
and another fill wrongly: two such lines that differ by a name are two selections (two
matches, two squads), not one person named two ways. Whatever the NER made of the names
(line-ups are where it tags names least consistently), a sentence of this shape gives no
name conflict; ``names.LIST`` covers lists of four or more tagged person names inside
sentences that have a verb. A sentence naming a replacement in a team or a cast ("Hart
comes in for Cole in the side", "named in the cast": ``replaces``) names one of a team's or
cast's changes, which differ from match to match and role to role, and gives none either.
"""

from __future__ import annotations

import re
from functools import lru_cache

# a name: capitalised words, initials ("G Duffy", "A.J. Smith"), particles ("van", "de")
_WORD = r"(?:[A-Z][\w'\u2019.-]*|van|von|de|da|der|den|del|la|le|di|dos|bin|al|ibn)"
_NAME = rf"{_WORD}(?:\s+{_WORD})*"
# what may follow a name in a line: minutes or a count ("67", "45+2", "79 og", "80 pen"),
# and a bracketed aside ("(Brown 67)", "(Velmora)")
_AFTER = r"(?:\s+\d{1,3}(?:\+\d)?(?:\s*(?:og|pen|mins?))?)*(?:\s*\([^()]{0,40}\))?"
_ITEM = rf"{_NAME}{_AFTER}"
# an optional heading ("Unused:", "Referee:") then items that only commas,
# semicolons or "and" separate
_LINE = re.compile(
    rf"^\s*(?:[A-Z][\w\s'-]{{0,30}}:\s*)?{_ITEM}(?:\s*(?:[,;]|\band\b)\s*(?:and\s+)?{_ITEM})*"
    r"\s*[.]?\s*$"
)

_LISTED = re.compile(r"[,;:(\d]|\band\b")


@lru_cache(maxsize=4096)
def name_line(sentence: str) -> bool:
    """Whether ``sentence`` is a verbless line of names (a line-up, a list of scorers or
    substitutes, a credit: "Unused: Hart, Cole."), which fills no role."""
    if len(sentence) > 600 or not any(c.isupper() for c in sentence):
        return False
    # a list or a credit: items a comma, semicolon or "and" separates, a heading colon, or a
    # minute or bracket after a name; capitalised words alone are a title-case headline
    # ("Lee Wins Vote In Velmora"), a sentence with its verb capitalised
    return bool(_LINE.match(sentence)) and bool(_LISTED.search(sentence))


# a replacement in a team or a cast: one of its changes, which differ from match to match and
# role to role ("comes in for", "replaces" beside a team word; "in the squad"); a
# replacement with no team or cast word ("replaces Lee as chief executive", "brought Lee in
# for questioning") fills one role
_REPLACE = re.compile(
    r"\b(?:replac(?:es|ed|ing|ements?)|in for|in place of|stands? in|stood in|"
    r"deputi[sz](?:e|es|ed|ing)|called up|call-ups?|(?:comes?|came) in|"
    r"(?:takes?|took) over from|substitutes? for|stand-in|understudy)\b",
    re.I,
)
# team and cast words; "side" only as a team's ("in the side", "starting side": not "the side
# of the road"), and no word that any sentence may use ("part", "role", "show")
_TEAM = re.compile(
    r"\b(?:squad|team|line-?ups?|starting|bench|match|game|fixture|cast|production|film|"
    r"(?:in|into) the (?:\w+ )?side|(?:starting|first-team|unchanged) side|side's)\b",
    re.I,
)
REACH = 8  # words between a replacement and its team word: one clause
_WORDS = re.compile(r"\w+")
# ("cast as the king" names one role, which two names cannot both fill)
_CAST = re.compile(r"\b(?:cast list|in the (?:squad|cast|line-?up|starting))\b", re.I)


# What every match of ``_CAST`` or ``_REPLACE`` holds, in lower case: a sentence in ASCII
# holding none of them is read no further (most sentences: the two case-blind patterns try
# a match at every character). ASCII only: a case-blind pattern also takes a few other
# letters for its own ("\u017f" for "s").
_NEEDED = (
    "cast list", "in the squad", "in the cast", "in the line", "in the starting", "replac",
    "in for", "in place of", "stand", "stood in", "deputi", "called up", "call-up", "come in",
    "comes in", "came in", "over from", "substitut", "understudy",
)  # fmt: skip


def replaces(sentence: str) -> bool:
    """Whether ``sentence`` names a replacement in a team or a cast ("Hart comes in for Cole
    in the side", "named in the squad"): a name there is one of several
    changes of a team or cast, each outlet free to mention another, so it fills no one role.
    The team word must be in the replacement's clause (within ``REACH`` words, no semicolon
    between)."""
    if sentence.isascii():
        lowered = sentence.lower()
        if not any(word in lowered for word in _NEEDED):
            return False
    if _CAST.search(sentence):
        return True
    for r in _REPLACE.finditer(sentence):
        for t in _TEAM.finditer(sentence):
            between = (
                sentence[r.end() : t.start()]
                if t.start() >= r.end()
                else sentence[t.end() : r.start()]
            )
            if ";" not in between and len(_WORDS.findall(between)) <= REACH:
                return True
    return False
