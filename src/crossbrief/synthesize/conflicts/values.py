"""What a written figure allows: its dimension (count, money, length, ...) and the interval of
true values it is compatible with, in base units ("about 250,000" spans +-5%, "at least 19"
has no upper bound, "30-foot" is 9.144 m)."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from crossbrief.synthesize.text import fold

APPROX = 0.05  # "about 250,000" spans +-5%; converted units may differ by as much
PHYSICAL = frozenset({"length", "mass", "speed"})  # measured, so written rounded
RATIO = 3.5  # values further apart than this are different quantities, not a disagreement

# Unit words to (dimension, factor to the base unit: metre, kilogram, km/h).
UNITS: dict[str, tuple[str, float]] = {
    "meter": ("length", 1.0), "metre": ("length", 1.0), "m": ("length", 1.0),
    "kilometer": ("length", 1e3), "kilometre": ("length", 1e3), "km": ("length", 1e3),
    "foot": ("length", 0.3048), "feet": ("length", 0.3048), "ft": ("length", 0.3048),
    "mile": ("length", 1609.34), "yard": ("length", 0.9144), "inch": ("length", 0.0254),
    "nautical mile": ("length", 1852.0),
    "kilogram": ("mass", 1.0), "kg": ("mass", 1.0), "pound": ("mass", 0.4536),
    "ton": ("mass", 907.2), "tonne": ("mass", 1000.0), "lb": ("mass", 0.4536),
    "knot": ("speed", 1.852), "mph": ("speed", 1.609), "kph": ("speed", 1.0),
    "km/h": ("speed", 1.0),
    "percent": ("percent", 1.0), "%": ("percent", 1.0), "per cent": ("percent", 1.0),
    "percentage point": ("points", 1.0), "point": ("points", 1.0),
}  # fmt: skip
CURRENCY = {
    "$": "USD", "usd": "USD", "dlrs": "USD", "dollar": "USD", "£": "GBP", "pound sterling": "GBP",
    "€": "EUR", "euro": "EUR", "¥": "JPY", "yen": "JPY", "kronor": "SEK", "krona": "SEK",
    "ruble": "RUB", "rouble": "RUB", "hryvnia": "UAH",
}  # fmt: skip
MONEY_UNITS = frozenset(
    {"usd", "gbp", "eur", "jpy", "money", "dollars", "dollar", "pounds", "euros", "rubles"}
)
LOWER = ("at least", "more than", "over", "upwards of", "in excess of", "no fewer than")
UPPER = ("as much as", "as many as", "up to", "less than", "fewer than", "under", "at most")
ROUGH = ("about", "some", "roughly", "around", "approximately", "nearly", "almost", "estimated")
VAGUE = frozenset(
    {"dozens", "hundreds", "thousands", "millions", "scores", "several", "few", "many"}
)

SCALES = frozenset({"hundred", "thousand", "million", "billion", "trillion"})
# "11bn", "£1.3m", "$5mn": a scale written as a suffix right after a digit
SCALE_SUFFIX = re.compile(r"\d(m|mn|bn|tn)\b")
SUFFIX_SCALE = {"m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12}
# a currency sign before a figure ("$", "£", "US$", "HK$")
SIGN = r"(?:US|A|C|HK|NZ)?[$£€¥]\s?"
ROUNDED = 0.99  # of half the last written digit: what a rounded scaled figure allows
WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)?")
# Unit names longest first, so "nautical mile" wins over "mile"; compiled once. A name that is
# not one word ("km/h", "per cent") also matches as a plain substring.
_UNIT_PATTERNS = [
    (name, re.compile(rf"\b{re.escape(name)}s?\b"), not name.isalpha() and len(name) > 1)
    for name in sorted(UNITS, key=len, reverse=True)
]
_CURRENCY_PATTERNS = [
    (name, re.compile(rf"\b{re.escape(name)}s?\b") if name.isalpha() else None, code)
    for name, code in CURRENCY.items()
]
UNIT_AFTER = re.compile(
    r"[\s-]+(?:"
    + "|".join(
        re.escape(u).replace("\\ ", "[\\s-]+")
        for u in sorted(UNITS, key=len, reverse=True)
        if len(u) > 2
    )
    + r")s?\b",
    re.I,
)


@dataclass(frozen=True)
class Measure:
    """What one written figure allows: a dimension and an interval of sizes in its base unit,
    with the figure's sign: -1 written with a minus ("-3.2%") or a change told by words of a
    fall ("fell 3.2%": ``falls``), 1 written with a plus ("+3.2%"; ``measure`` gives 1 to any
    unsigned figure: a level above zero), 0 a size that either sign may give (an unsigned change
    in per cent or points, or a level that the words tell falls: ``readings``)."""

    dimension: str  # "count", "length", "money:USD", ...
    low: float
    high: float
    sign: int = 1


# two numbers joined by "and" in one written figure, outside "between ... and ..."
# compiled once: every figure of a story is read with them, and pairs compared by the last
_NUMBER_HYPHEN = re.compile(r"(?<=\d)-(?=[^\W\d_])")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DECIMAL = re.compile(r"\d\.\d")
_NOT_DIGIT = re.compile(r"\D")
_JOINED = re.compile(r"\d\S*\s*-?\s*\band\s+\D{0,3}\d")
# "won 41% and 12% went to Kim": a verb on each side of the span; the second number is the
# subject of a clause of its own, so the span glues two figures and the first is the object
# of the verb before it (without such verbs, "41% and 12% of voters", it says not which is
# which, and the span is no one value)
_VERB_BEFORE = re.compile(r"\b(?:won|got|took|gained|polled|received|secured|[a-z]{3,}ed)\s+$")
_VERB_AFTER = re.compile(r"\s+(?:went|go|goes|was|were|is|are|has|had|came|[a-z]{3,}ed)\b")


def glued(text: str, start: int, end: int) -> int:
    """The end of the first figure of a span that glues two clauses' figures ("Lee won 41% and
    12% went to Kim": 41%), or ``end`` when the span at ``start``-``end`` is one figure."""
    joined = _JOINED.search(text, start, end)
    if (
        joined
        and _VERB_BEFORE.search(text, max(0, start - 20), start)
        and _VERB_AFTER.match(text, end)
    ):
        return start + len(text[start:end].split(" and", 1)[0].rstrip(" -"))
    return end


def joined_scale(text: str) -> str:
    """A figure's text with a hyphen between its number and a word written as a space
    ("7.6-million", "30-foot"), so the word is read; a hyphen that signs the number ("-3.2")
    or joins a range ("3-4%") stays."""
    return _NUMBER_HYPHEN.sub(" ", text)


def measure(text: str, value: float, unit: str, tail: str = "") -> Measure | None:
    """The dimension and interval of a figure, or None when it is too vague to compare
    ("dozens", "300 or 400"). ``tail`` is a unit written right after the figure's span
    ("630-nautical-mile": spaCy's figure may stop at "630"). A negative ``value`` (a sign the
    text writes) gives the interval of its size and the sign -1."""
    dimension, factor = unit_of(text + tail, unit)
    interval = _interval(text, abs(value), factor, dimension in PHYSICAL)
    if interval is None:
        return None
    return Measure(dimension, *interval, sign=-1 if value < 0 else 1)


# cached: the unit patterns are tried in turn, and a story writes its units alike ("$",
# "million", "people") figure after figure
@lru_cache(maxsize=1 << 12)
def unit_of(text: str, unit: str) -> tuple[str, float]:
    """Dimension and factor of a figure from its text, then from analysis' unit word."""
    low = fold(text).replace("-", " ")
    if unit.lower() in MONEY_UNITS:  # analysis tagged it money: "pounds" is sterling here
        return _money(low, unit)
    for name, pattern, symbol in _UNIT_PATTERNS:
        if pattern.search(low) or (symbol and name in low):
            return UNITS[name]
    code = _currency(low)
    if code:
        return ("money:" + code, 1.0)
    u = unit.lower()
    if u.rstrip("s") in UNITS:
        return UNITS[u.rstrip("s")]
    return ("count", 1.0)


def _currency(low: str) -> str | None:
    for name, pattern, code in _CURRENCY_PATTERNS:
        if pattern.search(low) if pattern else name in low:
            return code
    return None


def _money(low: str, unit: str) -> tuple[str, float]:
    code = _currency(low)
    if code:
        return ("money:" + code, 1.0)
    u = unit.lower()
    code = u.upper() if len(u) == 3 and u != "money" else CURRENCY.get(u.rstrip("s"), "?")
    return ("money:" + code, 1.0)


def _interval(
    text: str, value: float, factor: float, physical: bool = False
) -> tuple[float, float] | None:
    """The values a figure allows, in base units; None when it is too vague to compare."""
    low = fold(text)
    words = set(WORD.findall(low))
    ends = _NUMBER.findall(low)
    if "between" in words and " and " in low:  # "between 30 and 40"
        if len(ends) != 2 or words & SCALES:
            return None  # "between 3.5 and 4 million": the scale is not read here
        a, b = sorted(float(e.replace(",", "")) * factor for e in ends)
        return (a, b) if a > 0 else None
    if words & VAGUE or "/" in low or " or " in low or " to " in low:
        return None
    # "41% and 12%", "10- and 12-inch": two things' values (two groups, two models), which
    # no single value of one thing can be compared with
    if _JOINED.search(low):
        return None
    v = value * factor
    # a converted figure is rounded, and so is a measurement it may be compared with
    tol = APPROX if factor != 1.0 or physical else 0.0
    padded = f" {low}"
    if any(f" {q} " in padded for q in LOWER):
        return (v * (1 - tol), math.inf)
    if any(f" {q} " in padded for q in UPPER):
        return (0.0, v * (1 + tol))
    if any(f" {q} " in padded for q in (*ROUGH, "an estimated")):
        # "about 974,000" is precise to the thousand, "about 20" only to some 5%
        tol = max(tol, min(APPROX, _precision(low)))
    elif words & SCALES or SCALE_SUFFIX.search(low):
        # "$13 billion", "£1.3bn": a scaled figure is rounded to its last written digit (just
        # under half of it, so that "43 million" and "44 million" still do not meet)
        tol = max(tol, min(APPROX, ROUNDED * _precision(low)))
    return (v * (1 - tol), v * (1 + tol))


def _precision(text: str) -> float:
    """Half the place of the last significant digit of the written number, relative to it:
    "974,000" is precise to 0.05%, "20" to 25%; 1.0 when there is no written number."""
    m = _NUMBER.search(text)
    if not m:
        return 1.0
    digits = m.group(0).replace(",", "")
    number = float(digits)
    if number <= 0:
        return 1.0
    if "." in digits:
        place = 10.0 ** -len(digits.split(".")[1])
    else:
        place = 10.0 ** (len(digits) - len(digits.rstrip("0")))
    return 0.5 * place / number


# a verb that reads a level right before the figure: "stood at", "closed at", "bought",
# "had risen to" (a toll read at a time is one moment of it, as a price is)
_LEVEL_VERB = re.compile(
    r"\b(?:(?:stood|stands|closed|closes|opened|opens|traded|trading|trades|was|were|is|are|"
    r"hovered|hovering)\s+at|(?:rose|risen|rises|rising|fell|fallen|falls|falling|climbed|"
    r"dropped|slipped|jumped)\s+to|bought|buys|buying|fetched|fetches)"
    rf"\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?(?:{SIGN})?$",
    re.I,
)


def reading(text: str, m: Measure, unit: str = "", before: str = "") -> bool:
    """Whether a figure reads a level that moves from moment to moment (a rate, price, index
    or exchange rate): a percentage, points, a value written with a decimal fraction
    ("104.76 yen"), a price in a currency, or a figure right after a level verb (``before``
    is its sentence up to it: "the index stood at 27,512"), none of them scaled. A whole count
    or a scaled sum is a tally of an event, which a clock time dates rather than reads
    ("killed 41 people at 2.30am")."""
    if m.dimension in {"percent", "points"}:
        return True
    low = fold(text)
    if set(WORD.findall(low)) & SCALES or SCALE_SUFFIX.search(low):
        return False
    currency = m.dimension.startswith("money:") or unit.lower().rstrip("s") in CURRENCY
    return bool(_DECIMAL.search(low) or currency or _LEVEL_VERB.search(before))


def compatible(a: Measure, b: Measure) -> bool:
    """Whether one true value could satisfy both: sizes that meet, and no two signs ("-3.2%"
    against "3.2%")."""
    return a.low <= b.high and b.low <= a.high and a.sign * b.sign >= 0


# a fall told in words right before an unsigned figure ("fell 3.2%", "down by about 3.2%",
# "a decline of 3.2%")
# or right after it ("3.2% lower", "a 3.2% drop"): the figure is the size of the fall
_FALL_BEFORE = re.compile(
    r"\b(?:fell|falls?|falling|fallen|dropped|drops?|dropping|declined?|declines|declining|"
    r"decreased?|decreases|decreasing|down|lost|loses?|losing|shrank|shrunk|shrinks?|"
    r"shrinking|slid|slides?|sliding|slipped|slips?|slipping|slumped|slumps?|plunged|"
    r"plunges?|tumbled|tumbles?|contracted|contracts?)"
    r"\s+(?:by\s+|of\s+)?(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$",
    re.I,
)
_FALL_AFTER = re.compile(
    r"^(?:-|\s+)(?:lower|less|down|fall|drop|decline|decrease|contraction|loss|slump|"
    r"reduction)\b",
    re.I,
)


def falls(before: str, after: str) -> bool:
    """Whether the words right ``before`` and ``after`` an unsigned figure tell a fall: the
    figure is then the fall's size, which a figure written with a minus gives too."""
    return bool(_FALL_BEFORE.search(before) or _FALL_AFTER.match(after))


def comparable(a: Measure, a_text: str, b: Measure, b_text: str) -> bool:
    """Values far apart are two different quantities, unless one is a slip of scale."""
    lo, hi = sorted((a.low, b.low))
    if lo <= 0:
        return False
    if hi / lo < RATIO:
        return True
    da, db = _NOT_DIGIT.sub("", a_text), _NOT_DIGIT.sub("", b_text)
    return bool(da) and da == db  # "$48.2 million" against "$48.2 billion"


def met(bound: Measure, others: Sequence[Measure]) -> bool:
    """Whether ``bound`` is a bound ("at least 60", "up to 60") that one of ``others``, an
    exact value, meets: beside "60" it states no other value."""
    if bound.low > 0 and bound.high < math.inf:
        return False
    return any(o.low == o.high and compatible(bound, o) for o in others)
