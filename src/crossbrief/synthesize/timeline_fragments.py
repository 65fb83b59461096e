"""Times whose sentence makes no row a reader can trust: a wire editor's note left in the
copy ("On Wednesday, 5th graf pvs"), a page's time stamp, a web address's path, a day given up for another
("flew home on Monday rather than on Tuesday": Tuesday was the plan dropped), a time inside a quotation that runs
across sentences when the row's sentence shows no speaker (it opens a quotation that does
not close in it, or ends one that opened before it), and a lead-in ending in a colon
("The Velmora Herald said in an editorial on June 11:"); and of an entry's reports, the one
to show (``shown_first``; ``timeline_subjects`` shows one that does not read alone), with
a quotation it leaves open closed (``closed``)."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, TimeExpr
from crossbrief.synthesize.summary_rules import needs_antecedent

# Wire desks' editing notes: "graf" (paragraph) after an ordinal, "pvs" (previous), words no
# prose uses in lower case.
_WIRE_NOTE = re.compile(r"\b\d+(?:st|nd|rd|th)\s+grafs?\b|\bgrafs?\s+pvs\b|\bpvs\b")
# A day given up: "rather than (on) Tuesday", "instead of (on) Tuesday".
_GIVEN_UP = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:on\s+|at\s+|in\s+)?$", re.I)
# Opening and closing quotation marks, curly or as typed for TeX ("``", "''").
_OPEN = re.compile(r"\u201c|``")
_CLOSE = re.compile(r"\u201d|''")


def wire_note(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time's sentence holds a wire editor's note: a slug, not an event told."""
    span = a.sentences[a.sentence_index(t.start)]
    return bool(_WIRE_NOTE.search(a.article.text, span.start, span.end))


# A web address's path: four or more segments joined by slashes, spaced or not ("news / 2031
# / 12 / 20 / some-slug", as a tokenized corpus stores an address). A fraction ("3/4"), a
# slashed date ("1/6/31") or "and/or" has fewer.
_WEB_PATH = re.compile(r"(?:[\w.-]+\s?/\s?){3,}[\w.-]+")


def web_path(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time's sentence holds a web address's path: a link, not an event told."""
    span = a.sentences[a.sentence_index(t.start)]
    if a.article.text.count("/", span.start, span.end) < 3:
        return False  # the usual sentence: no regex run
    return bool(_WEB_PATH.search(a.article.text, span.start, span.end))


# A page's stamp: "Updated", "Posted", "Published" (or "Last updated") opening the sentence
# before a capital or a digit.
_STAMP_OPEN = re.compile(
    r"\W*(?:last\s+|first\s+)?(?:updated|posted|published|modified)\b\s*:?\s*(?:on\s+|at\s+)?"
    r"(?=[A-Z0-9])",
    re.I,
)
# Lower-case words a stamp has besides its times: prepositions, a clock's "am"/"pm".
_STAMP_WORDS = {"at", "on", "by", "and", "of", "the", "am", "pm", "a", "p", "m"}


def page_stamp(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time's sentence is a page's time stamp ("Updated Tuesday, Apr 22 at 4:10
    PM"): a stamp word opening it, then no lower-case word but prepositions and a clock's
    letters, so no verb tells an event. "Updated figures showed ..." keeps its row."""
    span = a.sentences[a.sentence_index(t.start)]
    m = _STAMP_OPEN.match(a.article.text, span.start, span.end)
    if m is None:
        return False
    rest = a.article.text[m.end() : span.end]
    return all(w in _STAMP_WORDS for w in re.findall(r"\b[a-z]+\b", rest))


def given_up(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time is the alternative "rather than" or "instead of" sets aside."""
    return bool(_GIVEN_UP.search(a.article.text, max(0, t.start - 30), t.start))


def speakerless_quotation(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time lies inside a quotation that runs beyond its sentence, which then
    names no speaker: an opening mark with no word before it in the sentence that does not
    close there, or a closing mark, with no word after it, of one opened before the
    sentence. Straight marks count when the sentence has an odd number of them and one
    stands at its start or end."""
    span = a.sentences[a.sentence_index(t.start)]
    sentence = a.article.text[span.start : span.end]
    at = t.start - span.start
    opens = [m.start() for m in _OPEN.finditer(sentence)]
    closes = [m.start() for m in _CLOSE.finditer(sentence)]
    if opens or closes:
        if len(opens) > len(closes):
            return not re.search(r"\w", sentence[: opens[0]]) and at > opens[-1]
        if len(closes) > len(opens):
            return not re.search(r"\w", sentence[closes[-1] :]) and at < closes[0]
        return False
    if sentence.count('"') % 2 == 0:
        return False
    stripped = sentence.strip()
    if stripped.startswith('"'):
        return True  # its mark opens the sentence, so every time in it is quoted
    if re.search(r'"\W*$', stripped):
        return at < sentence.find('"')
    return False


# A colon ending a lead-in: followed by a space or nothing (not a clock's "10:30").
_COLON = re.compile(r":(?=\s|$)")
# Words of a printed opinion whose issue a lead-in dates ("said in an editorial for June 11").
_PRINTED = re.compile(r"\b(?:editorials?|column|commentary|leader|op-ed)\b", re.I)
# Verbs of saying or printing that open a lead-in.
_SAYING = re.compile(r"\b(?:said|says|wrote|writes|stated|declared|added|reads?)\b", re.I)


def lead_in(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time lies in a lead-in ending in a colon that introduces text printed
    after it: alone in its sentence (a header whose row would tell nothing), or glued to
    that text when the lead-in names a printed opinion (its date is the issue's, and the
    row would date the opinion's words by it)."""
    span = a.sentences[a.sentence_index(t.start)]
    text = a.article.text
    colon = _COLON.search(text, t.end, span.end)
    if colon is None or not _SAYING.search(text, span.start, colon.start()):
        return False
    if not re.search(r"\w", text[colon.end() : span.end]):
        return True
    return bool(_PRINTED.search(text, span.start, colon.start()))


def shown_first(texts: list[tuple[str, bool]]) -> int | None:
    """Which of an entry's reports (each its sentence and whether it opens its article) to
    show: the first that reads alone, with no pronoun or connective pointing at a sentence
    the timeline does not show (``needs_antecedent``), and of those one whose quotation is
    closed in it if any is; None when no report reads alone."""
    alone = [i for i, (text, first) in enumerate(texts) if not needs_antecedent(text, first)]
    return next((i for i in alone if not open_quotation(texts[i][0])), alone[0] if alone else None)


# A straight mark opening a quotation: at the text's start or after a space or a bracket.
_STRAIGHT_OPEN = re.compile(r'(?:^|(?<=[\s(\[]))"')


def open_quotation(text: str) -> str:
    """The closing mark a sentence lacks when it ends inside a quotation it opens (a
    speaker's quotation running on into the next sentence, news style closing it only at
    its end), "" when every quotation it opens is closed in it."""
    opens, closes = len(_OPEN.findall(text)), len(_CLOSE.findall(text))
    if opens or closes:
        if opens <= closes:
            return ""
        return "\u201d" if text.rfind("\u201c") > text.rfind("``") else "''"
    if text.count('"') % 2 and (last := text.rfind('"')) >= 0:
        return '"' if _STRAIGHT_OPEN.match(text, last) else ""
    return ""


def closed(text: str) -> str:
    """A report's sentence as an entry shows it: a quotation it opens and leaves open at
    its end closed with its mark, so that the entry does not end inside it."""
    return text + open_quotation(text)
