"""Two kinds of sum about one company: what it is worth and what someone offers or pays.

A takeover story gives a bid ("offered $5bn for Ostrel") and a valuation ("Ostrel, valued
at $6bn", "Ostrel is worth $6bn"); both are money about one firm, in related sentences, yet
two quantities: an offer is rarely the market's value. The words right around a sum say
which kind it is; a sum whose words say both ("an offer valuing Ostrel at $5bn", "the deal,
valued at $5bn") or neither is of no known kind and meets either.
"""

from __future__ import annotations

import re

_BEFORE = 40  # characters before a sum read for its kind
_AFTER = 25  # and after it ("$6bn in value")
_ENDS = re.compile(r"[.!?][\"'\u201d\u2019]?\s+(?=[A-Z\"'\u201c\u2018])")
# a worth: a valuation, or "worth" after a copula ("the firm is worth $6bn"; "a deal worth
# $5bn" is a price)
_VALUE = re.compile(
    r"\b(?:valu(?:es?|ed|ing|ations?)|market\s+capitali[sz]ation|capitali[sz]ed|"
    r"(?:is|are|was|were|be|been|now)\s+worth)\b",
    re.I,
)
# an offer or a payment; a deal's words make a valuation its price ("the deal, valued at")
_OFFER = re.compile(
    r"\b(?:offer(?:s|ed|ing)?|bid(?:s|ding)?|pa(?:y|ys|id|ying)|tender(?:ed)?|"
    r"takeover|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|acquisition|deal|merger|"
    r"transaction|agreement)\b",
    re.I,
)


def kind(text: str, start: int, end: int) -> str:
    """ "value" or "offer" for a sum at ``start``-``end`` of ``text`` whose nearby words name
    only that kind; "" when they name both or neither."""
    # the sum's own sentence only: the sentence before may name the other kind
    before = _ENDS.split(text[max(0, start - _BEFORE) : start])[-1]
    after = _ENDS.split(text[end : end + _AFTER])[0]
    window = before + " " + after
    value, offer = bool(_VALUE.search(window)), bool(_OFFER.search(window))
    if value == offer:
        return ""
    return "value" if value else "offer"


def two_kinds(a_text: str, a_start: int, a_end: int, b_text: str, b_start: int, b_end: int) -> bool:
    """Whether two sums are of two known kinds, a worth against an offer or payment."""
    x, y = kind(a_text, a_start, a_end), kind(b_text, b_start, b_end)
    return bool(x and y) and x != y
