"""Sentences of an article that stamp it rather than tell an event: a dateline or byline
("Posted May 9th 2031", "Updated: May 9, 2031 10:05 IST"), or a list heading ("1953:").
The timeline leaves them out; article dating takes a dateline's date as the article's own."""

from __future__ import annotations

import re
from collections import OrderedDict

from crossbrief.model import AnalyzedArticle, TimeExpr

# Words a publication stamp has besides its date ("Updated: May 9, 2031 10:05 IST",
# "Last updated at 09:12 GMT", "Published on May 09, 2031"): lowercase ones allowed there.
_STAMP_WORDS = {"on", "at", "by", "updated", "published", "posted", "last", "hrs", "am", "pm"}
_STAMP_MAX_WORDS = 4
_YEAR_DATE = re.compile(r"^\d{4}-\d{2}")
# A clock's half of the day written with dots or spaces ("4: 15 p. m."): no word of an event.
_MERIDIEM = re.compile(r"\b[ap]\.?\s?m\b\.?", re.I)
_LETTERS = re.compile(r"[^\W\d_]+")  # a word's letters; compiled once (read per time)


# A dateline dates its article only at the article's head: its first few sentences that are
# not pieces of a web address (a page saved with its address before the head line).
_HEAD_SENTENCES = 3
# A web address, also as a tokenizer leaves it, spaced round its marks ("http: / / www.
# velmora. com / news / 2031 / print"): whitespace only beside a mark, so the words of a
# sentence after it are no part of it. Its scheme or "www." opens it.
_URL_MARKS = r"[./?=&#:%~+_-]"
_URL = re.compile(rf"(?:https?\s*:\s*/\s*/|www\.)\s*(?:\s*{_URL_MARKS}+\s*|\w+)*", re.I)
# Sentences of the head looked at for address pieces, at most.
_ADDRESS_SENTENCES = 12


def head_sentences(a: AnalyzedArticle) -> list[int]:
    """The article's first ``_HEAD_SENTENCES`` sentences that hold some word outside a web
    address: the pieces of an address before the head line (the sentence splitter ends a
    sentence at its dots) are not its head."""
    sentences = a.sentences[:_ADDRESS_SENTENCES]
    if not sentences:
        return []
    text = a.article.text
    spans = [m.span() for m in _URL.finditer(text, 0, sentences[-1].end)]
    head: list[int] = []
    for index, span in enumerate(sentences):
        if len(head) == _HEAD_SENTENCES:
            break
        piece = text[span.start : span.end]
        start = span.start + len(piece) - len(piece.lstrip())
        end = span.start + len(piece.rstrip())
        if not any(lo <= start and end <= hi for lo, hi in spans):
            head.append(index)
    # past the sentences looked at, the head goes on in order
    head += range(len(sentences), len(sentences) + _HEAD_SENTENCES - len(head))
    return head


def datelines(a: AnalyzedArticle) -> set[int]:
    """Stamp sentences at the head of an article with no word but a stamp's own ("Nov. 05,
    2030 | 4: 15 p. m.", "Updated: July 2, 2030"): the article's own date, even with no
    verb to give it a tense. A place or a name beside the date ("Orlen: June 8") may open a
    story told about that day, so it is not one."""
    out: set[int] = set()
    stamps = stamp_sentences(a)
    if not stamps:
        return out
    head = head_sentences(a)
    for index in stamps:
        if index not in head:
            continue
        span = a.sentences[index]
        text = a.article.text[span.start : span.end]
        for t in a.times:
            if span.start <= t.start and t.end <= span.end:
                text = text.replace(a.article.text[t.start : t.end], " ")
        words = _LETTERS.findall(_MERIDIEM.sub(" ", text))
        if all(w.lower() in _STAMP_WORDS for w in words):
            out.add(index)
    return out


# The last few articles' stamp sentences: dates and the timeline ask for each article's
# two or three times in one synthesis. Keyed by identity, checked, and bounded, so a long
# run over many stories holds only the recent ones.
_RECENT: OrderedDict[int, tuple[AnalyzedArticle, frozenset[int]]] = OrderedDict()
_RECENT_SIZE = 512


def stamp_sentences(a: AnalyzedArticle) -> frozenset[int]:
    """Sentences that are a dateline or byline, not an event: a date written with its year
    and at most a few other words, lowercase ones only those of a publication stamp; and
    sentences with no word besides their times, which tell no event ("1953:")."""
    kept = _RECENT.get(id(a))
    if kept is not None and kept[0] is a:
        _RECENT.move_to_end(id(a))
        return kept[1]
    found = frozenset(_stamp_sentences(a))
    _RECENT[id(a)] = (a, found)
    if len(_RECENT) > _RECENT_SIZE:
        _RECENT.popitem(last=False)
    return found


def _stamp_sentences(a: AnalyzedArticle) -> set[int]:
    text = a.article.text
    by_sentence: dict[int, list[TimeExpr]] = {}
    for t in a.times:
        by_sentence.setdefault(a.sentence_index(t.start), []).append(t)
    out: set[int] = set()
    for index, times in by_sentence.items():
        span = a.sentences[index]
        rest, pos = [], span.start
        for t in sorted(times, key=lambda t: t.start):
            rest.append(text[pos : max(pos, t.start)])
            pos = max(pos, t.end)
        rest.append(text[pos : span.end])
        words = _LETTERS.findall(_MERIDIEM.sub(" ", " ".join(rest)))
        if not words:
            out.add(index)  # "1953:" heading a list: no event told
        elif (
            len(words) <= _STAMP_MAX_WORDS
            and any(t.relative is None and t.value and _YEAR_DATE.match(t.value) for t in times)
            and all(w in _STAMP_WORDS for w in words if not w[0].isupper())
        ):
            out.add(index)
    return out


# The word that marks a stamp's later date as an update, not the first publication.
_UPDATE = re.compile(r"\b(?:updated|modified|revised|edited)\b", re.I)


def updated_stamp(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether a time is an update's in a stamp that also gives an earlier full date ("on
    March 3, 2030 at 9:15 AM, updated March 9, 2030"): the article was first published on
    the earlier date, so the update's date and clock are no date of the article."""
    index = a.sentence_index(t.start)
    if index not in stamp_sentences(a):
        return False
    text = a.article.text
    start = a.sentences[index].start
    marks = list(_UPDATE.finditer(text, start, t.start))
    if not marks:
        return False
    mark = marks[0].start()
    return any(
        o.relative is None
        and o.value is not None
        and _YEAR_DATE.match(o.value) is not None
        and start <= o.start
        and o.end <= mark
        for o in a.times
    )
