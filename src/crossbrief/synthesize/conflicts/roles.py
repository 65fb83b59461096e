"""What a count stands for besides the noun it counts: a part of a larger toll, the whole a
part is taken from, the size of something else, an increment, a threshold, a stake.

Two counts of one noun in two related sentences can still be two quantities: "14 died on the
island alone" is a part of the toll, "of the 34 seats in play, 18 ..." names the whole a part
is taken from, "a 115-yacht fleet" is the fleet's size, "one more spacewalk" an increment over
some earlier count, "a 60-seat majority" or "six votes needed" a threshold, "62 delegates
at stake" or "62 delegates offered by the contest" what a contest hands out, not anyone's
tally ("offered", "available" or "in play" only of a contest's delegates, seats, votes or
prizes: "12 ventilators available" is a plain count). Figures of different roles are never
compared.
"""

from __future__ import annotations

import re

from crossbrief.synthesize.text import case_blind, holds_any

PART = "part"
WHOLE = "whole"
SIZE = "size"
MORE = "more"
THRESHOLD = "threshold"
STAKE = "stake"

# the clause around a figure: from the last clause break before it to the next one after it
_BREAK = re.compile(r"[,;:()]|\s[-_]\s|\.\s")
_ALONE = re.compile(r"\balone\b", re.I)
# "of the 34 seats" opening a clause, "eight of Velmora's nine provinces", "half of its
# 115 boats": a part taken from the whole (not "the needs of Velmora's 3 million people")
_OF_BEFORE = re.compile(
    r"(?:(?:^|[.;:,(\n\"'`]\s*)(?:out\s+)?of|\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|half|most|some|all|none|each|many|several|majority|rest|third|quarter)"
    r"\s+(?:out\s+)?of)\s+(?:the|its|their|his|her|these|those|[A-Z][\w.]*(?:\s[A-Z]\w*)?'s)"
    r"\s+$",
    re.I,
)
# "115-yacht fleet", "60-seat majority": the figure sizes the noun after its hyphenated word
_COMPOUND_AFTER = re.compile(r"^-[a-z]+\s+(?!of\b|and\b|or\b|to\b|in\b)[a-z]+", re.I)
# "over 170,000 of them in Aceh": a count of a whole counted before it is a part of that
# whole ("three of the nation's dissidents" is left alone: it may count the whole group)
_OF_THEM_AFTER = re.compile(r"^(?:\s+[a-z]+)?\s+of\s+(?:them|those|these|whom|which)\b", re.I)
_MORE_AFTER = re.compile(r"^\s+(?:more|additional|further|extra)\b", re.I)
_MORE_BEFORE = re.compile(r"\b(?:another|an additional|a further)\s+$", re.I)
_THRESHOLD_AFTER = re.compile(
    r"^(?:[\s-]+[a-z]+){0,2}?[\s-]+(?:majority|needed|required|necessary|short)\b", re.I
)

# "155 delegates at stake", "up for grabs": what a contest awards, whatever is counted
_STAKE_AFTER = re.compile(
    r"^(?:[\s-]+[a-z]+){0,2}?\s+(?:(?:are|were|is|was|still)\s+)?(?:at\s+stake|up\s+for\s+grabs)\b",
    re.I,
)
# "155 delegates offered by", "40 seats available": offered, available or in play is a stake
# only for what a contest hands out (not "12 ventilators available", "500 jobs on offer")
_CONTEST_STAKE_AFTER = re.compile(
    r"^(?:[\s-]+[a-z]+)?[\s-]+(?:delegates?|superdelegates?|seats?|votes?|electors?|points?|"
    r"prizes?|medals?|titles?|trophies|trophy)"
    r"\s+(?:(?:are|were|is|was|still)\s+){0,2}(?:on\s+offer|on\s+the\s+line|in\s+play|offered|"
    r"available)\b",
    re.I,
)


def count_role(text: str, start: int, end: int) -> str:
    """The role of the count written at ``text[start:end]`` ("" for a plain count)."""
    before, after = text[max(0, start - 60) : start], text[end : end + 60]
    # the searches before the figure only where their words are written (``case_blind``)
    lowered = case_blind(before)
    more = holds_any(lowered, ("another", "additional", "further"))
    if _MORE_AFTER.match(after) or (more and _MORE_BEFORE.search(before)):
        return MORE
    if _THRESHOLD_AFTER.match(after):
        return THRESHOLD
    if _COMPOUND_AFTER.match(after):
        return SIZE
    if "of" in lowered and _OF_BEFORE.search(before):
        return WHOLE
    if _STAKE_AFTER.match(after) or _CONTEST_STAKE_AFTER.match(after):
        return STAKE
    # (the clause lies within 120 characters of the figure)
    alone = "alone" in case_blind(text[max(0, start - 120) : end + 120])
    if _OF_THEM_AFTER.match(after) or (alone and _ALONE.search(_clause(text, start, end))):
        return PART
    return ""


def _clause(text: str, start: int, end: int) -> str:
    """The words of the clause holding ``start``-``end`` (up to 120 characters each side)."""
    left = text[max(0, start - 120) : start]
    breaks = list(_BREAK.finditer(left))
    head = left[breaks[-1].end() :] if breaks else left
    right = text[end : end + 120]
    stop = _BREAK.search(right)
    tail = right[: stop.start()] if stop else right
    return head + text[start:end] + tail


def adds_up(parts: list[tuple[float, float]], low: float, high: float) -> bool:
    """Whether two of a sentence's exact counts sum to a value in ``low``-``high`` ("259
    aboard and 11 on the ground" against a toll of 270)."""
    return any(
        a[0] + b[0] <= high and low <= a[1] + b[1]
        for n, a in enumerate(parts)
        for b in parts[n + 1 :]
    )
