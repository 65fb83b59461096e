"""Times of a few fixed forms spaCy's NER leaves untagged or tags as something else: "the
'80s", "post-1959", "the 11th century", an ISO or slashed date, a moveable feast ("over
Easter"), "will one day be", "today is the fifth day", a year after "since" or another
preposition of time, a fixed holiday used as a time ("on New
Year's Eve")."""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.doc_cache import doc_text
from crossbrief.analyze.timex.feasts import FEASTS, feast_form
from crossbrief.analyze.timex.words import HOLIDAYS, ORDINALS

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
# A fixed holiday spaCy leaves untagged or calls an event, a place or a work ("on New Year's
# Eve", "before Memorial Day", "on the Fourth of July"), capitalised as a name: each word of
# the table's name in title case ("of" as written), either apostrophe, longest names first.
_HOLIDAY = re.compile(
    r"\b(?:"
    + "|".join(
        r"\s+".join(re.escape(w if w == "of" else w.title()) for w in name.split()).replace(
            "'S", "['’]s"
        )
        for name in sorted(HOLIDAYS, key=len, reverse=True)
    )
    + r")\b"
)
# Words before a holiday that make it a time: a preposition ("on", "before") or a
# determiner or adjective ("the Fourth of July", "last Christmas"), as for one the tagger
# calls a date (``holiday_years.holiday_as_time``); after a verb or a noun it is a title
# ("watched Independence Day") or a name's word.
_AS_TIME = {"ADP", "SCONJ", "DET", "ADJ"}
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
# state began; not a count of a noun after it ("since 1500 workers left"). So is one after
# a preposition of time ("will close in 2035", "net zero by 2035", "until 2033"): the tagger
# calls most years of the 2030s a number (a year 2031-2038 was never a date to it, whatever
# the article's date), so a plan "by 2035" had no time and read as a figure. Not "from" or
# "to" (ranges of counts: "from 1500 to 2000") nor "of" ("a total of 2035").
_PREPOSITION_YEAR = re.compile(
    r"\b(?:since|in|by|until|till|before|after|through|during)\s+((?:1[0-9]|20)\d\d)\b"
    r"(?![\d.,%]\d)",
    re.I,
)


def _holiday_as_time(doc: Any, span: Any) -> bool:
    """Whether a holiday the tagger did not call a date is a time: after a preposition, a
    determiner or an adjective (``_AS_TIME``), and no word of a name or a modifier of the
    noun after it ("the Independence Day parade", ``feast_in_name``), nor a kind of the
    holiday after "a" ("a happy New Year's Eve")."""
    if span.start == 0 or doc[span.start - 1].pos_ not in _AS_TIME or _in_title(doc, span.start):
        return False
    # "St Patrick's Day": the tagger's person is the saint, inside the day's name
    person = span[-1].lower_ not in {"day", "eve", "sunday"}
    return not (feast_in_name(doc, span, person) or after_indefinite(doc, span.start))


# Small words a title runs on over ("Waiting for the Fourth of July", "a Win This Christmas").
_TITLE_SMALL = {"on", "the", "of", "a", "an", "this", "that", "at", "in", "for", "by", "to"}


def _in_title(doc: Any, i: int) -> bool:
    """Whether the holiday at token ``i`` ends a title: the first word before it past small
    words and numbers is capitalised though it opens no sentence and is no proper noun
    ("... Waiting for the Fourth of July"); a name there ("Velmora on Boxing Day") is a place."""
    k = i - 1
    while k >= 0 and (doc[k].lower_ in _TITLE_SMALL or doc[k].text.isdigit()):
        k -= 1
    if k < 0:
        return False
    word = doc[k]
    return word.text[:1].isupper() and not word.is_sent_start and word.pos_ != "PROPN"


def _counts_a_noun(span: Any) -> bool:
    """Whether a number counts the noun after it ("1500 workers"), not a year of its own."""
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return span.root.dep_ == "nummod" or (nxt is not None and nxt.pos_ in {"NOUN", "PROPN", "NUM"})


def unmatched(doc: Any, taken: set[int]) -> list[tuple[int, int, bool]]:
    """Times of a few fixed forms that spaCy did not tag (see ``_MISSED``, ``_ONE_DAY``,
    ``_PREPOSITION_YEAR``, ``_FEAST``, ``_HOLIDAY``)."""
    found: list[tuple[int, int, bool]] = []
    text = doc_text(doc)
    matches = [(m.start(), m.end()) for m in _MISSED.finditer(text)]
    matches += [(m.start(1), m.end(1)) for m in _ONE_DAY.finditer(text)]
    matches += [(m.start(1), m.end(1)) for m in _NTH_DAY.finditer(text)]
    years = [(m.start(1), m.end(1)) for m in _PREPOSITION_YEAR.finditer(text)]
    feasts = [(m.start(), m.end()) for m in _FEAST.finditer(text)]
    holidays = [(m.start(), m.end()) for m in _HOLIDAY.finditer(text)]
    for a, b in matches + years + feasts + holidays:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        if (a, b) in feasts and (feast_in_name(doc, span) or after_indefinite(doc, span.start)):
            continue  # "Easter eggs"; "a warm Easter", a kind of the feast
        if (a, b) in holidays and not _holiday_as_time(doc, span):
            continue
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


def feast_in_name(doc: Any, span: Any, person: bool = True) -> bool:
    """Whether a feast word is part of a name or a modifier, not a day: "the Good Friday
    agreement", "Easter eggs", "the Easter Rising", "Jane Easter", "..., Easter said". With
    ``person`` a word the tagger calls a person's makes it a name; a whole holiday name
    ending in "Day", "Eve" or "Sunday" is none, though the tagger calls its saint a person."""
    if person and any(t.ent_type_ == "PERSON" for t in span):
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
