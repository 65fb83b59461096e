"""Times of a few fixed forms spaCy's NER leaves untagged or tags as something else: "the
'80s", "post-1959", "the 11th century", an ISO or slashed date, a moveable feast ("over
Easter"), "will one day be", "today is the fifth day", a year after "since"."""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.timex.feasts import FEASTS, feast_form
from crossbrief.analyze.timex.words import ORDINALS

# Forms spaCy's NER leaves untagged that are always times: "post-1959", "the 11th century",
# "the fiscal second-quarter" (a quarter used as a noun, not "second-quarter profit").
_MISSED = re.compile(
    r"(?:\B'\d0s\b|\b(?:1[0-9]|20)\d0s\b)"  # "the '80s"
    r"|\b(?:(?:pre|post|mid)-(?:1[0-9]|20)\d\ds?|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)\s+century"
    r"|(?:the\s+)?(?:fiscal\s+)?(?:first|second|third|fourth)[-\s]quarter"
    r"|(?:1[0-9]|20)\d\d-[01]\d-[0-3]\d"  # an ISO date, "2031-11-12"
    r"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2}))\b",  # "1/6/17"
    re.IGNORECASE,
)


# A moveable feast spaCy leaves untagged or calls a place ("over Easter"), capitalised.
_FEAST = re.compile(
    r"\b(?:Easter\s+[Ww]eekend|"
    + "|".join(name.title() for name in FEASTS)
    + r")(?:,?\s+[1-9]\d{3})?\b"
)
# A feast word that speaks is someone's surname ("..., Easter said").
# (The pipeline has no lemmatizer: the verb forms are listed.)
_SPEECH_VERBS = {
    "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "ask", "asks",
    "asked", "write", "writes", "wrote", "note", "notes", "noted", "argue", "argues", "argued",
    "insist", "insists", "insisted",
}  # fmt: skip
# "will one day be": some day to come (TIMEX3 FUTURE_REF), after a modal.
_ONE_DAY = re.compile(r"\b(?:will|would|could|might|may|can|should|must)\s+(one\s+day)\b", re.I)
# "today is the fifth day of the walkout": a count of days told in the present is the day of
# writing (a count told in the past has no day here: it is left to the tagger).
_NTH_DAY = re.compile(
    rf"\b(?:is|marks|marked|entering|enters|into)\s+((?:the|its)\s+(?:{'|'.join(ORDINALS)})\s+day)\b",
    re.I,
)

# A year after "since" ("has been shut since 2027 by a strike"): the tagger may call it a
# number when more of the clause follows it, but "since" with a year is always the year a
# state began; not a count of a noun after it ("since 1500 workers left").
_SINCE_YEAR = re.compile(r"\bsince\s+((?:1[0-9]|20)\d\d)\b(?![\d.,%]\d)", re.I)


def _counts_a_noun(span: Any) -> bool:
    """Whether a number counts the noun after it ("1500 workers"), not a year of its own."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return span.root.dep_ == "nummod" or (nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "NUM"})


def unmatched(doc: Any, taken: set[int]) -> list[tuple[int, int, bool]]:
    """Times of a few fixed forms that spaCy did not tag (see ``_MISSED``, ``_ONE_DAY``,
    ``_SINCE_YEAR``)."""
    found: list[tuple[int, int, bool]] = []
    matches = [(m.start(), m.end()) for m in _MISSED.finditer(doc.text)]
    matches += [(m.start(1), m.end(1)) for m in _ONE_DAY.finditer(doc.text)]
    matches += [(m.start(1), m.end(1)) for m in _NTH_DAY.finditer(doc.text)]
    years = [(m.start(1), m.end(1)) for m in _SINCE_YEAR.finditer(doc.text)]
    feasts = [(m.start(), m.end()) for m in _FEAST.finditer(doc.text)]
    for a, b in matches + years + feasts:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        if (a, b) in feasts and (feast_in_name(doc, span) or after_indefinite(doc, span.start)):
            continue  # "Easter eggs"; "a warm Easter", a kind of the feast
        if (a, b) in years and _counts_a_noun(span):
            continue
        if span[-1].lower_ == "quarter" and span.end < len(doc):
            nxt = doc[span.end]
            if nxt.pos_ in {"NOUN", "PROPN", "ADJ"} or nxt.lower_ in {"-", "'s"}:
                continue  # "second-quarter profit": an adjective
        found.append((span.start, span.end, False))
        taken.update(range(span.start, span.end))
    return found


# A count of units before "before"/"after" ("two days before", "a week after"): the tagger
# tags it as a length, or not at all, and the feast after it as a place.
_COUNT_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}


def counted_feast_start(doc: Any, start: int, end: int) -> int:
    """The start of a count of days, weeks, months or years before a moveable feast
    ("two days before Easter", "a week after Good Friday"): one time, the day the count
    lands on, not the feast's own; ``start`` when the span is no feast or no count
    stands right before it ("two days after the storm at Easter" counts from the storm),
    or when "for" makes the count a length ("shut for two days after Easter")."""
    if start < 3 or feast_form(doc[start:end].text.lower()) is None:
        return start
    side, unit, count = doc[start - 1], doc[start - 2], doc[start - 3]
    if side.lower_ not in {"before", "after"} or unit.lower_ not in _COUNT_UNITS:
        return start
    if start > 3 and doc[start - 4].lower_ == "for":
        return start
    return start - 3 if count.like_num or count.lower_ in {"a", "an"} else start


def feast_in_name(doc: Any, span: Any) -> bool:
    """Whether a feast word is part of a name or a modifier, not a day: "the Good Friday
    agreement", "Easter eggs", "the Easter Rising", "Jane Easter", "..., Easter said"."""
    if any(t.ent_type_ == "PERSON" for t in span):
        return True
    if span.end < len(doc):
        nxt = doc[span.end]
        if nxt.pos_ in {"NOUN", "PROPN"} or nxt.is_title or nxt.lower_ in {"'s", "’s"}:
            return True
    if span.start > 0:
        prev = doc[span.start - 1]
        # a capitalised name word before it, unless that word opens the sentence
        if prev.pos_ == "PROPN" and prev.is_title and not prev.is_sent_start:
            return True
    head = span.root
    return head.dep_ == "nsubj" and head.head.lower_ in _SPEECH_VERBS


def after_indefinite(doc: Any, i: int) -> bool:
    """Whether token ``i`` follows "a" or "an", with at most one adjective between ("a white
    Christmas", "a warm Easter"): a kind of the holiday, no one day."""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    if before[-1:] in (["a"], ["an"]):
        return True
    return len(before) == 2 and before[0] in {"a", "an"} and doc[i - 1].pos_ == "ADJ"
