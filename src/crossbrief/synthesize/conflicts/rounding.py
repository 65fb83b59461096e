"""One value written at two precisions: "5.6%" beside "5.63%", "about 30 trillion" beside
"31.8 trillion", "3,000" beside "2,960".

A writer who rounds keeps fewer digits than the source: the rounded value is the other one
rounded at its own last significant digit (and not from half-way: "750,000" is no "800,000"
written finer). Two such values are one value, not a disagreement, when the rounded one is
visibly written round (a decimal fraction cut short, a hedge such as "about", a scale word,
or a whole number ending in three or more zeros: "40" against "42", or "100" against "99",
are counts, not a rounding) and the two lie within ``NEAR`` of each other. A hedge or a
scale word lets the round figure stand for anything that rounds to it at its last nonzero
digit ("about 40,000" / "42,700"); a plain whole number in thousands is a figure a writer
gave one digit finer than it shows ("3,000" for "2,960", never "30,000" for "33,000", which
two counters may each have reported). Bounds ("more than 22,000") are left to the interval
test.
"""

from __future__ import annotations

import math
import re

from crossbrief.synthesize.conflicts.values import ROUGH, SCALE_SUFFIX, SCALES, WORD, Measure
from crossbrief.synthesize.text import fold

NEAR = 0.1  # a rounding moves a value by less than a tenth of it
HALF = 0.4  # of the rounded place: a value half-way between two round ones is neither's
ROUND_ZEROS = 3  # a plain whole number written round ends in thousands ("100" may be exact)
PLAIN_HALF = 0.5  # a plain round number: the other rounds to it one digit past its last nonzero
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _written(text: str, m: Measure) -> tuple[float, float, float] | None:
    """A figure's central value and the place of its last written digit, both in its base
    unit, and how far (in that place) a value it rounds may lie: 0 when it is not written
    round; None for a bound or a figure with no digits."""
    if not (m.low > 0 and m.high < math.inf):
        return None
    low = fold(text)
    found = _NUMBER.search(low)
    if found is None:
        return None
    digits = found.group(0).replace(",", "")
    number = float(digits)
    if number <= 0:
        return None
    central = (m.low + m.high) / 2
    if "." in digits:
        place = 10.0 ** -len(digits.split(".")[1])
        zeros = 0
    else:
        zeros = len(digits) - len(digits.rstrip("0"))
        place = 10.0**zeros
    words = set(WORD.findall(low))
    padded = f" {low} "
    hedged = any(f" {q} " in padded for q in ROUGH)
    scaled = bool(words & SCALES or SCALE_SUFFIX.search(low))
    if "." in digits or hedged or scaled:
        return central, place * central / number, HALF
    if zeros >= ROUND_ZEROS:
        # unhedged, the zeros are partly written digits: it rounds only a value one digit finer
        return central, place / 10 * central / number, PLAIN_HALF
    return central, place * central / number, 0.0


def rounded(a_text: str, a: Measure, b_text: str, b: Measure) -> bool:
    """Whether one of two figures of one dimension is the other rounded at its own last
    written digit ("5.6%" / "5.63%", "about 30 trillion" / "31.8 trillion", "3,000" /
    "2,960"), written round and within ``NEAR`` of it: one value at two precisions."""
    if a.dimension != b.dimension or a.sign * b.sign < 0:
        return False  # (a rise is no fall rounded: "3.2%" / "-3.17%")
    x, y = _written(a_text, a), _written(b_text, b)
    if x is None or y is None:
        return False
    for (rough, place, half), (exact, finer, _) in ((x, y), (y, x)):
        if not half or finer >= place * 0.999:
            continue
        if abs(rough - exact) > NEAR * max(rough, exact):
            continue
        # rounds to it, clear of the half-way mark: "750,000" is a figure of its own, not
        # "800,000" written finer
        if abs(rough - exact) < half * place:
            return True
    return False
