"""Two sentences that cannot state one fact, read from their own words: another count of the
same thing, another month, the same thing said and denied, another marital status or
another burial place.

The figure check of ``differ`` reads figures with their counted nouns and scopes, and leaves
alone what it cannot place: "killing four people" and "five people were killed" count
"people", a generic noun, and their counts are small. Two outlets telling one fact agree on
its figures, its month and its polarity; grouping them, or citing one for the other, tells
the reader they agree where they do not. Three rules, each read from a sentence's words:

- **counts**: a figure and the content word right before or after it, across stop words
  and generic nouns ("killing four", "five people were killed"); two sentences clash when
  a word stands beside a figure in each, the figures differ, neither sentence also gives the
  other's figure (of the same counted noun where both name one: "at least two sailors hurt"
  does not make "two boats" and "four boats" agree), and the words right after the two
  figures (their units or counted nouns) are the same where both have one. Bounds and
  estimates ("at least one", "more than 20") and ordinals ("the 60th victim") clash with
  nothing;
- **months**: both sentences date their main clause by a month, and no month is in both
  ("in January" / "in December"). A month is a month name next to a day or year or after
  "in", "on", "since" or "by" ("May 5", "5 May", "in May": not Theresa May, not the Women's
  March); one in a clause opened by "who", "which", "before", "after" ("Lee, who took office
  in January, resigned") dates another event, and can only agree;
- **polarity**: one sentence denies two content words the other holds outside any phrase
  of its own with a negation ("no flood warning was given" / "had given a flood warning":
  the two words after "no", "not", "never", "n't"; "no financial terms were disclosed" and
  "financial terms were not disclosed" both deny), and the other has no limiting word
  ("nothing", "refused", "only", "first ... ever" tell a denial in other words); "no
  evidence that" denies the whole claim of its clause ("no evidence that the barn blaze
  was arson" / "evidence suggests the barn blaze was arson");
- **status**: both sentences name a marital status and none is in both ("remarried" /
  "was divorced");
- **place**: both tell where someone is buried (or was born) by a first place name after
  "in" or "at", the names differ and neither sentence names the other's.

Figures are compared by value ("7.0" / "7", "7:48" / "7.48am", "£1.2m" / "£1,200,000",
read by ``analyze.figures.parse_number``), and a figure in brackets right after another with
its unit ("8 mph (12 kph)") is a conversion: it clashes only when the figure it converts is
not in the other sentence.

Grouping (``facts``) and citations (``citations``) read these; a count clash that keeps two
sentences apart marks the pair as related for the conflicts (``Grouping.blocked``), which show
it only where the analysis's figures of the two sentences have two values of one thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crossbrief.analyze.figures import SCALES, parse_number, percent_words
from crossbrief.synthesize.agree_cues import (
    MONTH_STEMS,
    NEGATIONS,
    NUMBER_WORDS,
    SLOT_WORDS,
    STATUSES,
    may_clash,
)
from crossbrief.synthesize.case_stages import other_stages
from crossbrief.synthesize.text import content_term, fold

WINDOW = 1  # content words on either side of a figure that it counts
POLARITY_WINDOW = 2  # content words after a negation that it denies
DENIED = 2  # denied words the other sentence must hold: "no flood warning" / "a flood warning"
_NUMBERS = {w: str(n + 1) for n, w in enumerate(NUMBER_WORDS)}
# a token: a figure with its decimal, thousands or clock separators ("7.3", "1,000",
# "7:48"), a word (with an apostrophe: "didn't" is one), or a mark that ends a phrase (a
# figure or negation governs no word beyond it: "what is not," said a statement)
# (with a scale written onto it: "1.2m", "3bn")
_TOKEN = re.compile(
    r"\d+(?:st|nd|rd|th)\b|(?>\d+(?:[.,:]\d+)*)(?:bn|mn|tn|m|k)?\b|\d+(?:[.,:]\d+)*"
    r"|[a-z]+(?:'[a-z]+)?|[,;:.!?\"()\u201c\u201d]|''|``"
)
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
# scale words that make a figure's value ("3 million"): the word after them is its unit
_SCALE_WORDS = frozenset(("thousand", "million", "billion", "trillion"))
# a bound or an estimate ("more than 20 languages", "at least one person", "about 1,000")
# agrees with many counts: no clash of its own
_HEDGES = frozenset((
    "than", "over", "under", "least", "most", "about", "around", "nearly", "almost", "some",
    "roughly", "approximately", "estimated", "up",
))  # fmt: skip
# "no evidence that ...": the negation denies the whole claim its "that" clause states, up to
# the end of its phrase or the next clause ("... when the boat rolled" tells another event);
# "no sign of the hiker" denies a finding, not a claim, and is left to the two-word reach
_EVIDENCE = frozenset({"evidence", "proof", "sign", "signs", "indication", "indications"})
_CLAUSE_END = frozenset({
    "when", "while", "as", "after", "before", "because", "since", "although", "though", "but",
    "where", "until", "unless", "if",
})  # fmt: skip
# words that deny or limit a claim without governing the next word: a sentence holding one
# may tell a denied thing in other words ("nothing came through" / "no decree followed",
# "the first time it was ever attempted" / "never attempted before")
_NEGATIVE = re.compile(
    r"\b(?:nothing|nobody|none|neither|refus\w*|declin\w*|fail\w*|den(?:y|ies|ied)|only|"
    r"ever|first|yet|unless|until|whether|if)\b"
)
# "not only ... but", "no longer", "no one": no denial of the words that follow
_NOT_DENIAL = frozenset({"only", "just", "longer", "one", "less", "more", "fewer", "later"})
# words that stand beside nearly every count and tell nothing of what it counts: skipped
# ("five people were killed" counts the killed), as are scale words ("23 million people")
_GENERIC = frozenset(content_term(w) for w in (
    "people", "person", "others", "least", "nearly", "almost", "thousand", "thousands",
    "million", "millions", "billion", "billions", "trillion", "dozen", "dozens",
))  # fmt: skip
_PERSONS = frozenset(content_term(w) for w in ("people", "person", "persons"))
_PEOPLE = content_term("people")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
# a month name as written (capitalised, or an abbreviation), a month only beside a day or
# a year ("May 5", "5 May", "May 2019") or after "in", "on", "since", "by" ("in late May"):
# "Theresa May", "the Women's March" and "May the talks resume" name none
_MONTH = re.compile(
    r"(?:\b(?P<pre>[Ii]n|[Oo]n|[Ss]ince|[Bb]y)\s+(?:(?:early|mid|late|next|last)\s+)?"
    r"|\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+)?"
    r"\b(?P<name>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
    r"(?P<post>\s+\d{1,4}\b)?"
)
# the phrase marks before a month, and the words that open a clause dating another event
# ("Lee, who took office in January, resigned"; "weeks before a vote due in June")
_PHRASE_MARK = re.compile(r"[,;:()\u2013\u2014]|\s-\s")
_BACKGROUND = frozenset((
    "who", "whom", "whose", "which", "before", "after", "ahead", "following", "until",
))  # fmt: skip


# where someone is (to be) buried, or was born: the first name after "in" or "at" following
# the word ("laid to rest: buried at Hollin churchyard", "the burial, in the hamlet of
# Brae"), past up to two lower-case words and an "of"
_PLACE_SLOT = re.compile(
    r"\b(?P<slot>buried|burial|funeral|interred|born)\b[^.;:]{0,60}?\b(?:in|at)\s+"
    r"(?:(?:the|a|an)\s+)?(?:[a-z]+\s+(?:of\s+)?){0,2}(?P<name>[A-Z][\w'\u2019-]+)"
)
_WEEKDAYS = frozenset(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
# plurals with no "s" that a figure counts ("two men", "nine crew")
_PLURALS = frozenset(
    ("people", "men", "women", "children", "police", "crew", "staff", "feet", "sheep", "fish")
)
# the unit of a figure that counts a noun further on ("two boat crews": "boat" is counted by
# no one): it excuses no other count (``_gives``)
_MODIFIER = "-"
_SLOTS = {"buried": "burial", "burial": "burial", "funeral": "burial", "interred": "burial"}


@dataclass(frozen=True)
class Reading:
    """What one sentence says that another telling of its fact must not contradict."""

    counts: frozenset[tuple[str, str, str]]  # (figure, content word beside it, word after it)
    figures: frozenset[str]
    conversions: frozenset[tuple[str, str]]  # (figure in brackets, the figure it converts)
    months: frozenset[int]  # every month named
    dated: frozenset[int]  # the months that date the main clause
    negated: frozenset[str]  # content words a negation governs
    words: frozenset[str]  # every content word
    denying: frozenset[str]  # the content words of the phrases that hold a negation
    negative: bool  # a limiting word ("nothing", "refused", "only", "first")
    statuses: frozenset[str] = frozenset()  # marital statuses named ("married", "divorced")
    places: frozenset[tuple[str, str]] = frozenset()  # ("burial" | "born", first place name)
    text: str = ""
    # every figure with the word right after it ("" for none), bounds included
    counted: frozenset[tuple[str, str]] = frozenset()


@lru_cache(maxsize=1 << 14)
def reading(text: str) -> Reading:
    """The figures with their neighbouring words, months, and negated words of ``text``."""
    items: list[tuple[str, str]] = []  # ("n", figure) | ("w", content word) | ("neg", "")
    units: dict[int, str] = {}  # item index of a figure -> the word right after it
    counted: dict[int, str] = {}  # item index of a figure -> the noun it counts, as known
    conversions: set[tuple[str, str]] = set()
    claimed: set[str] = set()  # the content words of a claim denied by "no evidence that"
    # "90%", "90 per cent" and "90pc" are one unit: the word after them reads "percent";
    # read before folding, as a capital "PC" after a number is a computer or a constable
    lowered = fold(percent_words(text))
    folded = lowered.replace("\u2019", "'")
    found = list(_TOKEN.finditer(folded))
    raw = [m.group() for m in found]
    # only a token that starts with a digit has a value (``_value``); skip the call for words
    values = [_value(raw, k) if tok[0].isdigit() else "" for k, tok in enumerate(raw)]
    for k, tok in enumerate(raw):
        if tok[0].isdigit() and _ORDINAL.fullmatch(tok):
            continue  # an ordinal ("the 60th victim") ranks, and counts nothing
        if tok in _SCALE_WORDS and k > 0 and values[k - 1]:
            continue  # part of the figure before it ("3 million")
        hedged = k > 0 and raw[k - 1] in _HEDGES
        if not tok[0].isalnum():
            items.append(("|", ""))
        elif tok[0].isdigit() or (
            # "one of the tremors" picks one out of many, and counts nothing
            tok in _NUMBERS and not (k + 1 < len(raw) and raw[k + 1] == "of")
        ):
            after = k + 2 if k + 1 < len(raw) and raw[k + 1] in _SCALE_WORDS else k + 1
            units[len(items)] = _unit(raw[after]) if after < len(raw) else ""
            value = values[k] or _NUMBERS[tok]
            # a number word before a singular word ("two boat crews"): that word describes
            # the noun counted further on
            described = (
                tok in _NUMBERS
                and tok != "one"
                and after < len(raw)
                # a token hyphened to the one before ("two-day"): a measure, not a noun phrase
                and folded[found[after - 1].end() : found[after].start()] != "-"
                and _singular(raw[after])
            )
            counted[len(items)] = _MODIFIER if described else units[len(items)]
            if k >= 3 and raw[k - 1] == "(" and raw[k - 2].isalpha() and values[k - 3]:
                conversions.add((value, values[k - 3]))  # "8 mph (12 kph)"
            items.append(("~" if hedged else "n", value))
        elif tok in NEGATIONS or tok.endswith("n't"):
            nxt = raw[k + 1] if k + 1 < len(raw) else ""
            if nxt in _EVIDENCE and k + 2 < len(raw) and raw[k + 2] == "that":
                items.append(("neg", ""))
                claimed.update(_claim(raw, k + 3))
            elif nxt not in _NOT_DENIAL:
                items.append(("neg", ""))
        else:
            term = content_term(tok)
            if term and term not in _GENERIC:
                items.append(("w", term))
    counts: set[tuple[str, str, str]] = set()
    negated: set[str] = set(claimed)
    for k, (kind, value) in enumerate(items):
        if kind == "n":
            # the word right after a figure is its unit or counted noun: "50 miles" and "85
            # miles" are two distances, "35 kilometers" and "19 nautical miles" perhaps one
            unit = units.get(k, "")
            counts.update((value, word, unit) for word in _near(items, k, -1) + _near(items, k, 1))
        elif kind == "neg":
            negated.update(_near(items, k, 1, POLARITY_WINDOW))
    months = _months(text)
    return Reading(
        frozenset(counts),
        frozenset(v for kind, v in items if kind in "n~"),
        frozenset(conversions),
        frozenset(month for month, _ in months),
        frozenset(month for month, main in months if main),
        frozenset(negated),
        frozenset(v for kind, v in items if kind == "w"),
        frozenset(_negated_phrases(items)),
        _NEGATIVE.search(lowered) is not None,
        frozenset(STATUSES[tok] for tok in raw if tok in STATUSES),
        frozenset(
            (_SLOTS.get(m.group("slot"), m.group("slot")), m.group("name"))
            # (the slot words as written first: most sentences have none, and the search
            # for them cost more than the rest of a reading's look-ups)
            for m in (_PLACE_SLOT.finditer(text) if any(w in text for w in SLOT_WORDS) else ())
            # "born in March", "buried on Friday in ...": a time, no place
            if m.group("name").lower().rstrip(".") not in _MONTHS
            and m.group("name").lower() not in _WEEKDAYS
        ),
        text,
        frozenset((v, counted.get(k, "")) for k, (kind, v) in enumerate(items) if kind in "n~"),
    )


def _claim(raw: list[str], k: int) -> set[str]:
    """The content words of the clause that starts at ``raw[k]``, up to a phrase mark, a
    figure or a word that opens another clause (``_CLAUSE_END``)."""
    out: set[str] = set()
    for tok in raw[k:]:
        if not tok[0].isalpha() or tok in _CLAUSE_END:
            break
        term = content_term(tok)
        if term and term not in _GENERIC:
            out.add(term)
    return out


def _value(raw: list[str], k: int) -> str:
    """The value of the figure ``raw[k]`` as one string for every way of writing it ("7.0",
    "7"; "7:48", "7.48"; "1.2m", "1,200,000"), with a scale word after it; "" for a word."""
    tok = raw[k]
    if not tok[0].isdigit():
        return ""
    number = parse_number(tok.replace(":", "."))
    if number is None:
        return tok.replace(",", "")  # no one number: "2:17:18", a race time, as written
    if k + 1 < len(raw) and raw[k + 1] in _SCALE_WORDS:
        number *= SCALES[raw[k + 1]]
    return f"{number:.10g}"


def _months(text: str) -> list[tuple[int, bool]]:
    """Each month ``text`` names, with whether it dates the main clause (no "who", "which",
    "before" ... between it and the phrase mark before it)."""
    out: list[tuple[int, bool]] = []
    if not any(stem in text for stem in MONTH_STEMS):
        return out  # most sentences name no month: skip the search for one
    for m in _MONTH.finditer(text):
        if not (m.group("pre") or m.group("day") or m.group("post")):
            continue
        before = _PHRASE_MARK.split(text[: m.start()])[-1]
        main = not _BACKGROUND & set(re.findall(r"[a-z]+", before.lower()))
        out.append((_MONTHS[m.group("name").lower()], main))
    return out


def _negated_phrases(items: list[tuple[str, str]]) -> set[str]:
    """The content words of every phrase (between marks) that holds a negation."""
    out: set[str] = set()
    phrase: list[str] = []
    denies = False
    for kind, value in [*items, ("|", "")]:
        if kind == "|":
            if denies:
                out.update(phrase)
            phrase, denies = [], False
        elif kind == "w":
            phrase.append(value)
        elif kind == "neg":
            denies = True
    return out


def _singular(token: str) -> bool:
    """Whether a word after a number word above one reads as singular: no "s" plural, and
    none of the plurals without one ("two men", "nine crew")."""
    return token.isalpha() and not token.endswith("s") and token not in _PLURALS


def _unit(token: str) -> str:
    """The unit or counted noun a figure's next token names, "" for none."""
    term = content_term(token) if token[0].isalpha() else ""
    return _PEOPLE if term in _PERSONS else term


def _near(items: list[tuple[str, str]], k: int, step: int, window: int = WINDOW) -> list[str]:
    """Up to ``window`` content words from ``items[k]`` in direction ``step``, stopping at
    another figure or negation (which govern their own words)."""
    out: list[str] = []
    n = k + step
    while 0 <= n < len(items) and len(out) < window and items[n][0] == "w":
        out.append(items[n][1])
        n += step
    return out


def count_clash(a: Reading, b: Reading) -> bool:
    """Whether a word stands beside a figure in each sentence, the figures differ, neither
    sentence also gives the other's figure, and the words right after the two figures (their
    units or counted nouns), where both have one, are the same."""
    if not (a.counts and b.counts):
        return False
    beside: dict[str, set[tuple[str, str]]] = {}
    for value, word, unit in b.counts:
        beside.setdefault(word, set()).add((value, unit))
    return any(
        not _gives(b, x, u)
        and not _gives(a, y, v)
        and (not (u and v) or u == v)
        and not _converted(x, a, b)
        and not _converted(y, b, a)
        for x, word, u in a.counts
        for y, v in beside.get(word, ())
        if x != y
    )


def _gives(a: Reading, x: str, unit: str) -> bool:
    """Whether sentence ``a`` also gives figure ``x`` of a thing counted in ``unit``: a copy
    of the figure counting another noun ("at least two sailors hurt" against "two boats",
    or "two boat crews", where "boat" only describes the crews) is another count, and does
    not make the sentence hold both."""
    return any(value == x and (not own or not unit or own == unit) for value, own in a.counted)


def _converted(x: str, a: Reading, b: Reading) -> bool:
    """Whether figure ``x`` of ``a`` converts a figure ``b`` also gives ("8 mph (12 kph)" /
    "8 mph (13 kph)": one speed, rounded two ways)."""
    return any(c == x and main in b.figures for c, main in a.conversions)


def month_clash(a: Reading, b: Reading) -> bool:
    """Whether both sentences date their main clause by a month, and no month is in both."""
    return bool(a.dated and b.dated and not a.months & b.months)


def polarity_clash(a: Reading, b: Reading) -> bool:
    """Whether one sentence denies ``DENIED`` content words the other holds outside its own
    negated phrases, the other having no limiting word ("no flood warning was given" /
    "had given a flood warning"; but "the cause was not determined" and "haven't
    established the cause" are one fact)."""
    return (not b.negative and len(a.negated & (b.words - b.denying)) >= DENIED) or (
        not a.negative and len(b.negated & (a.words - a.denying)) >= DENIED
    )


def status_clash(a: Reading, b: Reading) -> bool:
    """Whether both sentences name a marital status and none is in both ("remarried" /
    "was divorced"): one person's status told two ways, or two people's."""
    return bool(a.statuses and b.statuses and not a.statuses & b.statuses)


def place_clash(a: Reading, b: Reading) -> bool:
    """Whether both sentences tell where someone is buried (or was born) by a first place
    name, the names differ, and neither sentence names the other's place ("buried at the
    Hollin churchyard" / "the burial, in the hamlet of Brae")."""
    return any(
        slot == other and name != theirs and name not in b.text and theirs not in a.text
        for slot, name in a.places
        for other, theirs in b.places
    )


def clash(x: str, y: str) -> bool:
    """Whether sentences ``x`` and ``y`` cannot state one fact: another count of the same
    thing, other months, one says what the other denies, another marital status or another
    burial place, or another stage of a case (``case_stages``: an arrest and a verdict)."""
    # most pairs hold no word any rule of the readings fires on: neither is read then
    if may_clash(x, y) and readings_clash(reading(x), reading(y)):
        return True
    return other_stages(x, y)


def readings_clash(a: Reading, b: Reading) -> bool:
    """Whether two readings cannot state one fact: ``clash``'s rules that read the sentences
    (counts, months, polarity, marital status, burial place), not the case stages."""
    return (
        count_clash(a, b)
        or month_clash(a, b)
        or polarity_clash(a, b)
        or status_clash(a, b)
        or place_clash(a, b)
    )
