"""Which words are time expressions (TIMEX3 extents), from spaCy's DATE/TIME entities.

Spans are fixed the TimeML way: leading prepositions and hedges ("only", "at least") are left
out while "nearly", "earlier this" and determiners stay; adjacent entities merge ("5 p.m.
EST, Nov. 6", "Saturday night"); "the quarter ended Sept. 30" and "Aug. 26 to Oct. 20" split
in two; bare numbers, ages and frequency adjectives are dropped; and the few words spaCy
never tags ("now", "recently", "the past", "1500 GMT") are added.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.attrs import LOWER

from crossbrief.analyze.doc_cache import doc_ents, doc_text
from crossbrief.analyze.timex.dashes import cut_at_dash
from crossbrief.analyze.timex.decades import apostrophe_decade
from crossbrief.analyze.timex.feasts import FEASTS, feast_form
from crossbrief.analyze.timex.holiday_years import (
    cut_to_holiday,
    holiday_as_time,
    holiday_before_year_phrase,
)
from crossbrief.analyze.timex.missed import counted_feast_start, unmatched
from crossbrief.analyze.timex.not_times import (
    inside_title,
    measure_not_year,
    programme_name,
    version_not_year,
    weekday_in_name,
)
from crossbrief.analyze.timex.patterns import DECADE_WORD, HALF_OF, ISO, NUMERIC_DATE, YEAR4
from crossbrief.analyze.timex.whole_dates import whole_date_end
from crossbrief.analyze.timex.words import (
    FREQUENCY,
    MONTHS,
    PARTS_OF_DAY,
    REF_OF,
    SEASONS,
    UNITS,
    WEEKDAYS,
    ZONES,
    holiday_name,
    year_words,
)

# Words spaCy does not tag as DATE but TimeML annotates as references to now/past/future.
# Only the words TimeBank annotates far more often than not: "previously", "soon", "recent",
# "current" or "future" are times in some uses and not in others.
_UNTAGGED = {
    "now", "currently", "recently", "lately", "nowadays", "today", "yesterday", "tomorrow",
    "tonight",
}  # fmt: skip
_UNTAGGED_PHRASES = (
    "right now", "the near future", "the future", "the past", "the near term",
    "the short term", "the long term", "at present",
)  # fmt: skip
# Phrases by their first word, longest first.
_PHRASE_STARTS: dict[str, list[tuple[str, ...]]] = {}
for _phrase in sorted(_UNTAGGED_PHRASES, key=len, reverse=True):
    _PHRASE_STARTS.setdefault(_phrase.split()[0], []).append(tuple(_phrase.split()))
# Hedges and prepositions TimeML leaves outside the span.
# Hedges TimeML keeps as the TIMEX3 "mod" ("nearly", "more than", "earlier this year") stay.
# Time zones after a wire-service 24-hour time ("1500 GMT"), which spaCy tags as a number
# and an organisation.
_ZONES = {*ZONES, "local"}  # "local" of "local time"
_CLOCK24 = re.compile(r"(?:[01]\d|2[0-3]):?[0-5]\d")
_LEAD_STRIP = {
    "just", "only", "almost", "barely", "between", "both", "since", "until", "till", "by",
    "from", "in", "on", "at", "during", "as", "least", "most", "its", "his", "her", "their",
    "our", "my", "your", "for", "of", "to", "through", "after", "before", "over", "under",
    "into", "an", "lower", "higher", "even", "still", "already", "also", "and", "or", "but",
    "some",
}  # fmt: skip
_KEEP_ALONE = {"now", "recently", "currently", "some"}
_KEEP_LEAD = {
    "within", "up", "about", "around", "nearly", "more", "less", "than", "earlier", "later",
}  # fmt: skip
_SPLIT_ALWAYS = {"ended", "ending", "through", "thru", "until", "till"}
_SPLIT_IF_DATES = {"to", "and", "or", "-", "–"}
_DETERMINERS = {"the", "this", "that", "last", "next", "each", "every", "early", "late"}
_ORDINAL_QUARTER = {"first", "second", "third", "fourth"}
_UNIT_NOUNS = {
    "week", "month", "year", "quarter", "weekend", "day", "summer", "spring", "fall", "autumn",
    "winter", "period", "decade", "century",
}  # fmt: skip


def _temporal(tokens: Sequence[Any]) -> bool:
    """Whether any token can carry time: a month, weekday, unit, year, clock, ref, half of."""
    for tok in tokens:
        w = tok.lower_.rstrip(".")
        if (
            w in MONTHS
            or w.rstrip("s") in WEEKDAYS
            or w.rstrip("s") in UNITS
            or w in {"centuries", "nights"}
            or w in PARTS_OF_DAY
            or w in SEASONS
            or w in REF_OF
            or w in _UNTAGGED
            or w in FREQUENCY
            or w in {"ago", "fiscal", "noon", "midnight", "midday", "weekend", "weekends"}
            or re.fullmatch(r"(?:1[0-9]|20)\d\ds?|'\d0s|\d{1,2}(?::\d\d)?(?:a\.?m|p\.?m)?", w)
            or re.search(r"[a-z]-(?:1[0-9]|20)\d\ds?$", w)  # "mid-1996", "post-1959"
            or NUMERIC_DATE.fullmatch(w)  # "1/6/17"
            or re.search(r"\b(a\.m|p\.m|year|month|week|day|quarter|hour|minute)", w)
            or year_words(w) is not None
            or DECADE_WORD.fullmatch(w)
        ):
            if w.isdigit() and len(w) < 4 and not _near_clock(tok):
                continue
            return True
    return bool(HALF_OF.search(" ".join(t.lower_ for t in tokens)))


def _near_clock(tok: Any) -> bool:
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lower_.rstrip(".") in {"a.m", "p.m", "am", "pm", "o'clock"}


def _split(doc: Any, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Split "the quarter ended Sept. 30" and "Aug. 26 to Oct. 20" into their parts.

    The flag marks a period named before "ended/ending": its value is its length.
    """
    for i in range(start + 1, end - 1):
        w = doc[i].lower_
        if w in _SPLIT_ALWAYS or (
            w in _SPLIT_IF_DATES
            and not _year_range(doc, i)
            and _has_date_word(doc[start:i])
            and (_has_date_word(doc[i + 1 : end]) or (w == "to" and _count(doc[i + 1 : end])))
        ):
            period = w in {"ended", "ending"}
            left = [(start, i, period)]
            return left + _split(doc, i + 1, end)
    return [(start, end, False)]


def _count(tokens: Any) -> bool:
    """Whether words are a count of units ("12 years"): after a date, "to" them is not a
    range but the clause's own ("jailed in May 2019 to 12 years")."""
    return len(tokens) > 1 and tokens[0].like_num and tokens[-1].lower_.rstrip("s") in UNITS


def _year_range(doc: Any, i: int) -> bool:
    """Whether ``doc[i]`` is the unspaced dash of a range of years written in full ("the
    2031-2032 season", "(2019-2024)"): one period, as "2031-32" is, not two dates."""
    left, right = doc[i - 1], doc[i + 1]
    return (
        doc[i].text in {"-", "\u2013"}
        and not left.whitespace_
        and not doc[i].whitespace_
        and all(re.fullmatch(r"(?:1[0-9]|20)\d\d", t.text) for t in (left, right))
        and int(right.text) > int(left.text)
    )


def _has_date_word(tokens: Any) -> bool:
    """Whether words name a day, month or year of their own: a month, a weekday, a year, a
    day word or a holiday ("June 12 - Christmas Day" is two dates, not one)."""
    text = tokens.text.lower()
    return any(
        t.lower_.rstrip(".") in MONTHS
        or t.lower_ in WEEKDAYS
        or t.lower_ in {"today", "yesterday", "tomorrow"}
        or re.fullmatch(r"(?:1[0-9]|20)\d\d", t.text)
        for t in tokens
    ) or bool(holiday_name(text) or feast_form(text))


def _trim(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Drop leading hedges/prepositions and trailing possessives, "later", "alone"."""
    while end - start > 1:
        tok = doc[start]
        w = tok.lower_
        nxt = doc[start + 1]
        nxt_word = nxt.lower_.rstrip(".")
        if w == "the" and (nxt_word == "the" or nxt_word in MONTHS or nxt_word in WEEKDAYS):
            # A named day or month takes no article in TimeML ("the Oct. 23" -> "Oct. 23").
            start += 1
        elif w in _LEAD_STRIP and not (w in _KEEP_ALONE and end - start == 1):
            if w in {"an", "some"} and not (
                nxt.lower_.rstrip(".") in MONTHS or (nxt.like_num and w == "an")
            ):
                break
            start += 1
        elif (tok.like_num and nxt.lower_ in {"a", "an"} and not tok.lower_.isalpha()) or (
            tok.pos_ in {"ADP", "SCONJ", "CCONJ", "PUNCT", "PART"} and w not in _KEEP_LEAD
        ):
            start += 1
        else:
            break
    while end - start > 1:
        w = doc[end - 1].lower_
        if (
            w in {"'s", "’s", "'", "alone", "or", "and", ",", ".", "-", "(", ")", '"'}
            and not apostrophe_decade(doc, end - 1)
        ) or (w == "later" and end - start > 2):
            end -= 1
        else:
            break
    return start, end


def _extend(doc: Any, start: int, end: int) -> tuple[int, int]:
    """Take in a determiner spaCy left out ("this" year) and a following part of day."""
    first = doc[start].lower_
    before = doc[start - 1].lower_ if start > 0 else ""
    named = first in WEEKDAYS or first.rstrip(".") in MONTHS
    if before in _DETERMINERS and (first in _UNIT_NOUNS or (named and before != "the")):
        start -= 1
    if end < len(doc) and doc[end].lower_ in PARTS_OF_DAY and doc[end - 1].lower_ in WEEKDAYS:
        end += 1
    if start > 0 and doc[start - 1].lower_ in {"noon", "midnight", "midday"}:
        start -= 1
    if start > 0 and f"{doc[start - 1].lower_} {first}" in FEASTS:
        start -= 1  # "Easter" "Monday", "Palm" "Sunday": the feast, with only its weekday tagged
    start = holiday_before_year_phrase(doc, start, end)  # "Easter" "last year"
    iso = ISO.match(doc_text(doc), doc[start].idx)
    if iso and iso.end() > doc[end - 1].idx + len(doc[end - 1]):
        # spaCy splits "2031-11-12" at its hyphens and may tag only "2031-11".
        whole = doc.char_span(doc[start].idx, iso.end(), alignment_mode="expand")
        end = whole.end if whole is not None else end
    if end - start == 1 and _CLOCK24.fullmatch(doc[start].text) and end < len(doc):
        # "(1903 GMT)" with only the number tagged, as a year: a zone after four digits
        # makes them a clock time.
        zone = doc[end].lower_
        if zone in _ZONES and zone != "local":
            end += 1
        elif zone == "local" and end + 1 < len(doc) and doc[end + 1].lower_ == "time":
            end += 2
    if end - start == 1 and YEAR4.fullmatch(doc[start].text):
        start = _month_day_before(doc, start)  # "Dec. 7" ", 2009" with only the year tagged
    if end - start == 1 and YEAR4.fullmatch(doc[start].text):
        # "the 1988 second quarter" with only the year tagged: the quarter is the time.
        k = end + (end < len(doc) and doc[end].lower_ == "fiscal")
        if (
            k + 1 < len(doc)
            and doc[k].lower_ in _ORDINAL_QUARTER
            and doc[k + 1].lower_ == "quarter"
        ):
            end = k + 2
    elif start > 0 and YEAR4.fullmatch(doc[start - 1].text) and doc[end - 1].lower_ == "quarter":
        start -= 1  # "the 1988" "fiscal third quarter" with the year left out
        before = doc[start - 1].lower_ if start > 0 else ""
    if before == "the" and YEAR4.fullmatch(doc[start].text) and doc[end - 1].lower_ in _UNIT_NOUNS:
        start -= 1  # "the 1988 second quarter"
    if (
        end + 1 < len(doc)
        and doc[end].text == ","
        and YEAR4.fullmatch(doc[end + 1].text)
        and doc[end - 1].like_num
        and any(tok.lower_.rstrip(".") in MONTHS for tok in doc[start:end])
    ):
        end += 2  # "Oct. 9" ", 2021": a month-day's year spaCy tagged as a number
    if end + 1 < len(doc) and doc[end].lower_ == "of" and YEAR4.fullmatch(doc[end + 1].text):
        end += 2  # "the first two quarters" "of 1990", the year tagged as a number
    # "the 1996 period", "the year-ago period": the period named by the time is the time.
    if end < len(doc) and doc[end].lower_ == "period":
        end += 1
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
    return start, end


def _month_day_before(doc: Any, start: int) -> int:
    """Where a date starts whose year alone was tagged: at the month of a month and day
    just before the year, with or without a comma between ("Dec. 7, 2009" where the tagger
    took "Dec. 7" for a name)."""
    i = start - 1 - (start > 0 and doc[start - 1].text == ",")
    if i < 1 or not (doc[i].is_digit and 1 <= int(doc[i].text) <= 31):
        return start
    return i - 1 if doc[i - 1].lower_.rstrip(".") in MONTHS else start


def candidates(doc: Any) -> list[tuple[int, int, bool]]:
    """Token ranges (start, end, is a period before "ended") of time expressions in a Doc."""
    ents = sorted((e.start, e.end) for e in doc_ents(doc) if e.label_ in {"DATE", "TIME"})
    merged: list[list[int]] = []
    for s, e in ents:
        # "9 a.m. EST, March 4", "Saturday night": adjacent entities are one expression.
        # "the year-ago quarter, the fourth quarter" is an apposition: two expressions, as
        # is a repeated time after a comma ("on Tuesday, every week"), a set of its own.
        if merged and (
            s == merged[-1][1]
            or (
                s == merged[-1][1] + 1
                and doc[s - 1].text == ","
                and doc[s].lower_ not in {"the", "every", "each"}
                and not _count_of_units(doc[merged[-1][0] : s - 1], doc[s:e])
            )
        ):
            merged[-1][1] = e
        else:
            merged.append([s, e])
    out: list[tuple[int, int, bool]] = []
    taken: set[int] = set()
    for s, e in merged:
        for a, b, period in _split(doc, s, cut_at_dash(doc, s, e)):
            a, b = _trim(doc, a, b)
            if taken.intersection(range(a, b)):
                continue  # a tagged month a weekday's whole date took in ("Saturday, 26 February")
            a, b = _extend(doc, a, whole_date_end(doc, a, b))
            b += apostrophe_decade(doc, b)  # "the 1990's" with its "'s" left out
            if a < b and not _temporal(doc[a:b]):
                a = cut_to_holiday(doc, a, b)  # "Orsk before Christmas" is "Christmas"
            if a >= b or not _keep(doc[a:b]):
                continue
            out.append((a, b, period))
            taken.update(range(a, b))
    out.extend(_untagged(doc, taken))
    out.extend(unmatched(doc, taken))
    return _join_feast_counts(doc, sorted(out))


def _join_feast_counts(doc: Any, spans: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """Spans with a feast and the count before it made one ("two days" "before Easter"),
    any span the count held dropped."""
    for a, b, period in list(spans):
        if (c := counted_feast_start(doc, a, b)) < a:
            spans = [s for s in spans if not c <= s[0] < a and s[:2] != (a, b)]
            spans = sorted([*spans, (c, b, period)])
    return spans


_PLURAL_UNITS = {"seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades"}


def _count_of_units(date: Any, span: Any) -> bool:
    """Whether a tagged time after a comma is a count of units with no date of its own,
    set after a date ("Nov. 30, only hours after", "on Monday, two days later" ends with the
    weekday): another expression, not the rest of the date ("Monday, Nov. 21", "9 a.m.,
    March 4"). Not a count after a count ("2 days, 14 hours": one duration), nor one with
    its own "before"/"after" ("June 3, about five weeks before"), which counts from the
    date it follows."""
    return (
        any(t.lower_ in _PLURAL_UNITS for t in span)
        and not any(t.lower_ in _COUNTED_FROM for t in span)
        and not _has_date_word(span)
        and _has_date_word(date)
    )


_COUNTED_FROM = {"before", "after", "earlier", "later", "ago", "since", "from", "following"}


# A part of day joined by a hyphen to a modifier: before a noun, an adjective ("late-night").
_COMPOUND_PART = re.compile(r"(?:late|early|all|mid)\s?-\s?(?:night|morning|evening|afternoon|day)")


def _keep(span: Any) -> bool:
    text = span.text.lower()
    if measure_not_year(span) or version_not_year(span):
        return False  # "$1499", "Windows 2000": a price, a product's version
    if inside_title(span) or weekday_in_name(span) or programme_name(span):
        return False  # "the Sunday Chronicle", "Radio 4's Today": names, not times
    # A frequency adjective modifies a noun ("quarterly profit") and is not a time; as an
    # adverb ("published daily") it is a SET.
    frequency_adjective = text in FREQUENCY and _modifies_noun(span[0])
    if len(span) == 1 and (frequency_adjective or (span[0].like_num and not YEAR4.fullmatch(text))):
        return False
    if re.search(r"\bold$|\byears? of age$", text):
        return False
    if text in _DAY_WORDS and _after_article(span.doc, span.start):
        return False  # "picture a tomorrow in which ...": a noun, not a day
    if re.fullmatch(r"(?:the\s+)?last[\s-]+minute", text) and span[-1].head.pos_ == "NOUN":
        return False  # "a last-minute deal": late, not a time
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if (
        _COMPOUND_PART.fullmatch(text)
        and following is not None
        and following.pos_ in {"NOUN", "PROPN"}
    ):
        return False  # "the darling of late-night audiences": an adjective, not a time
    if re.fullmatch(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)", text):
        return True  # "on the 14th" tagged as a date: a day of the month in focus
    if _temporal(span) or year_words(text) is not None:  # "nineteen ninety-six"
        return True
    return holiday_as_time(span)


_DAY_WORDS = {"today", "tomorrow", "yesterday", "tonight"}


def _after_article(doc: Any, i: int) -> bool:
    """Whether token ``i`` follows "a"/"an", with at most one adjective between ("a tomorrow
    where ...", "a better tomorrow"): a day word used as a noun names no day."""
    before = [t.lower_ for t in doc[max(0, i - 2) : i]]
    if before[-1:] in (["a"], ["an"]):
        return True
    return len(before) == 2 and before[0] in {"a", "an"} and doc[i - 1].tag_ in {"JJ", "JJR", "JJS"}


def _modifies_noun(tok: Any) -> bool:
    """A frequency word used as an adjective ("quarterly profit", "the party daily Granma"),
    not as an adverb of a verb ("published daily", a SET)."""
    return bool(tok.pos_ != "ADV" or tok.dep_ == "amod" or tok.head.pos_ == "PROPN")


def _untagged(doc: Any, taken: set[int]) -> list[tuple[int, int, bool]]:
    """Words and phrases TimeML treats as times that spaCy leaves untagged ("now")."""
    found: list[tuple[int, int, bool]] = []
    n = len(doc)
    # Only the positions of trigger words become Token objects: this runs on every paragraph.
    lowers = doc.to_array(LOWER)
    strings = doc.vocab.strings
    triggers = {strings[w]: w for w in (*_UNTAGGED, *_PHRASE_STARTS, *FREQUENCY, *_ZONES)}
    for i in [k for k, h in enumerate(lowers.tolist()) if h in triggers]:
        if i in taken:
            continue
        w = triggers[lowers[i]]
        if w in _ZONES:
            j = i + 2 if w == "local" and i + 1 < n and doc[i + 1].lower_ == "time" else i + 1
            if i > 0 and i - 1 not in taken and _CLOCK24.fullmatch(doc[i - 1].text) and j > i:
                found.append((i - 1, j, False))
                taken.update(range(i - 1, j))
            continue
        for words in _PHRASE_STARTS.get(w, ()):
            j = i + len(words)
            if j > n or taken.intersection(range(i, j)):
                continue
            if tuple(t.lower_ for t in doc[i:j]) != words:
                continue
            # "the past" as a noun ("in the past"), not "the past year".
            if j < n and doc[j].pos_ in {"NOUN", "PROPN", "NUM"}:
                continue
            found.append((i, j, False))
            taken.update(range(i, j))
            break
        else:
            pos = doc[i].pos_
            if w == "now" and doc[i].is_sent_start and i + 1 < n and doc[i + 1].text == ",":
                continue  # "Now, he says, ...": a discourse marker, not a time
            if w in _DAY_WORDS and (_after_article(doc, i) or programme_name(doc[i : i + 1])):
                continue  # "a better tomorrow": a noun; "told Today": a programme
            if (w in _UNTAGGED and pos != "PROPN") or (
                w in FREQUENCY and not _modifies_noun(doc[i])
            ):
                found.append((i, i + 1, False))
                taken.add(i)
    return found
