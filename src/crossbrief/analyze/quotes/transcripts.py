"""Transcript lines of an article: speaker headers, editor's headers and Q/A pairs.

An interview or a hearing printed as a transcript opens each turn with its speaker and a
colon. News transcripts write the header in capitals and often by surname or title and
surname ("LEE:", "MS. LEE:", "ANN LEE:"), for a person the article named before in the
usual case ("Harbour master Ann Lee"): the header stands for that person. An interview
printed as questions and answers ("Q:", "A:") puts the answers in the mouth of the person
it is with, whom the last sentence naming anyone before its first question names alone
(two named together, or a predecessor named in passing before it, leave the answers with
no one rather than the wrong one); an "A:" with no "Q:" just before it is no
answer ("A. J. Reed said ..." after an interview opens with an initial). A bracketed stage direction of the transcriber
("(LAUGHTER.)") is no one's words. A header of the editor's ("CORRECTION:",
"Editor's note:", "Update:") is no speaker, whatever case it is written in: the words
after it are the paper's own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import FEMALE_TITLES, MALE_TITLES, MARKS
from crossbrief.analyze.quotes.people import People
from crossbrief.analyze.quotes.referents import full_name
from crossbrief.model import Quote

__all__ = ["interview_answers", "is_answer", "named_headers", "transcript_headers"]

# Headers an editor puts before the paper's own words (lower case, apostrophes straight).
_ONE_WORD = """note notes update updated updates correction corrections clarification
    clarifications disclosure disclaimer related breaking developing exclusive analysis
    opinion commentary watch photo photos video caption"""
_PHRASES = ("editor's note", "editors' note", "editor's notes", "author's note", "read more")
_EDITORIAL = frozenset(_ONE_WORD.split()) | frozenset(_PHRASES) | {"see also", "fact check"}
# Titles before a surname in a header ("MS. LEE", "SEN. LEE").
_TITLES = frozenset({"mr", "ms", "mrs", "miss", "dr", "sen", "rep", "gov", "prof", "judge"})
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# A quotation that is only a bracketed note of a few words ("(LAUGHTER.)", "[crosstalk]"):
# what a transcriber saw or heard, not what anyone said.
_STAGE = re.compile(r"\W*[(\[]\s*[^\W\d_]+(?:[ -][^\W\d_]+){0,2}[.!]?\s*[)\]]\W*")
# "Q:" and "A:", or "Q." and "A." (an "A." after a "Q." is no initial)
_QUESTION = re.compile(r"Q[:.]\s+(?=\S)")
_ANSWER = re.compile(r"A[:.]\s+(?=\S)")


def transcript_headers(quotes: Sequence[Quote], text: str, paras: Sequence[Para]) -> list[Quote]:
    """The quotes less those an editor's header opening a paragraph put in its own mouth
    (reported words are dropped; a quotation keeps its words with no speaker), and less a
    transcriber's stage direction ("(LAUGHTER.)"), which is no one's words."""
    starts = {p.offset for p in paras}
    out = []
    for q in quotes:
        if q.kind == "direct" and _STAGE.fullmatch(q.text) is not None:
            continue
        if _header(q, text, starts) and _editorial(q.speaker_text or ""):
            if q.kind == "indirect":
                continue
            q = replace(q, speaker_text=None, speaker_start=None, speaker_end=None)
            q = replace(q, speaker_name=None)
        out.append(q)
    return out


def named_headers(
    quotes: Sequence[Quote], text: str, paras: Sequence[Para], people: People
) -> list[Quote]:
    """The quotes, each whose speaker is an upper-case header opening its paragraph given
    the person named before it that the header stands for ("ANN LEE:", "MS. LEE:")."""
    starts = {p.offset for p in paras}
    out = []
    for q in quotes:
        label = q.speaker_text or ""
        if q.speaker_start is not None and label.isupper() and _header(q, text, starts):
            name = _named_before(label, people, q.speaker_start)
            if name is not None:
                q = replace(q, speaker_name=name)
        out.append(q)
    return out


def _header(q: Quote, text: str, starts: set[int]) -> bool:
    """The quote's speaker phrase opens its paragraph, past any opening quote mark (a
    transcript quoted whole: '"LEE: ...'), and a colon follows it."""
    s, e = q.speaker_start, q.speaker_end
    if s is None or e is None or text[e : e + 1] != ":":
        return False
    while s > 0 and s not in starts and text[s - 1] in MARKS:
        s -= 1
    return s in starts


def _editorial(label: str) -> bool:
    """The header is an editor's ("CORRECTION", "Editor\u2019s Note")."""
    low = " ".join(label.lower().replace("\u2019", "'").split()).strip(" .:")
    return low in _EDITORIAL


def _named_before(label: str, people: People, at: int) -> str | None:
    """The person named before offset ``at`` that an upper-case header stands for: one
    whose full name it spells, else the last one with its surname (of the gender a title
    gives) when the header spells no other first name."""
    words = [w.lower() for w in _WORD.findall(label)]
    title = words[0] if words and words[0] in _TITLES else None
    words = words[1:] if title else words
    if not words:
        return None
    spelled = " ".join(words)
    for start, name in zip(reversed(people.starts), reversed(people.names), strict=True):
        if start < at and name and name.lower() == spelled:
            return name
    female = True if title in FEMALE_TITLES else False if title in MALE_TITLES else None
    found = full_name(people, words[-1], at, female)
    if len(words) > 1 and (found is None or found.lower().split()[0] != words[0]):
        return None  # "PAUL LEE" is not the Ann Lee named before
    return found


def interview_answers(text: str, paras: Sequence[Para], people: People) -> list[Quote]:
    """The answers of a question-and-answer interview ("A: ..." right after a "Q: ..."), each the words of the person its block of questions is with, when the
    introduction before the block names one."""
    starts = [p.offset for p in paras]
    before = ""  # what the paragraph before was: "Q", "A" or "" for any other
    intro = 0  # where the introduction of the next block of questions may start
    who: str | None = None
    out = []
    for para in paras:
        if _QUESTION.match(text, para.offset, para.end) is not None:
            if not before:
                who = _interviewee(paras, starts, people, intro, para.offset)
            before = "Q"
            continue
        m = _ANSWER.match(text, para.offset, para.end)
        if m is None or before != "Q":
            # any other paragraph ends the block: an "A." not right after a question is an
            # initial ("A. J. Reed said ..."), and the paragraph may introduce the next one
            intro = para.offset if before else intro
            before = ""
            continue
        before = "A"
        end = para.end
        while end > m.end() and (text[end - 1].isspace() or text[end - 1] in MARKS):
            end -= 1
        if who is None or end <= m.end():
            continue
        s = para.offset
        out.append(
            Quote(
                text=text[m.end() : end],
                start=m.end(),
                end=end,
                kind="indirect",
                speaker_text=text[s : s + 1],
                speaker_start=s,
                speaker_end=s + 1,
                speaker_name=who,
                cue=text[s + 1 : s + 2],  # the colon or full stop after "A"
                cue_start=s + 1,
                cue_end=s + 2,
            )
        )
    return out


def _interviewee(
    paras: Sequence[Para], starts: list[int], people: People, lo: int, hi: int
) -> str | None:
    """The person an interview's introduction (article offsets [lo, hi)) says it is with:
    the one person named outside quotes in its last sentence that names anyone; None when
    that sentence names two or more ("Ann Lee and Tom Varga spoke to the Herald") or none
    is named."""
    named = [
        j
        for j, at in enumerate(people.starts)
        if lo <= at < hi and people.names[j] and not people.quoted[j]
    ]
    if not named:
        return None
    last = people.starts[named[-1]]
    para = paras[bisect.bisect_right(starts, last) - 1]
    span = para.tokens(last, last + 1)
    if span is None or len(span) == 0:
        return None
    sent = para.sent_of(span[0].i)
    lo, hi = para.offset + sent.start_char, para.offset + sent.end_char
    names = {people.names[j] for j in named if lo <= people.starts[j] < hi}
    return names.pop() if len(names) == 1 else None


def is_answer(q: Quote) -> bool:
    """The quote is an interview answer as ``interview_answers`` gives it: the words after
    an "A:" (or "A.") that opens its paragraph, the interviewee's own as printed."""
    return (
        q.kind == "indirect"
        and q.speaker_text == "A"
        and q.cue in {":", "."}
        and q.speaker_end is not None
        and q.cue_start == q.speaker_end
    )
