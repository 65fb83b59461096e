"""A parsed paragraph as quote finding sees it, and how an attribution becomes a Quote."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crossbrief.analyze.doc_cache import doc_text
from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.analyze.quotes.lexicon import (
    CLOSE_MARKS,
    DOUBLED,
    FORM_TO_BASE,
    MARKS,
    OPEN_MARKS,
    STRAIGHT,
)
from crossbrief.analyze.quotes.marks import Seg
from crossbrief.analyze.quotes.proxies import speaks_for_another
from crossbrief.model import Quote, QuoteKind


@dataclass
class Para:
    """A parsed paragraph with what the quote finder needs, built once."""

    offset: int
    end: int
    doc: Any
    sents: list[Any]
    sent_starts: list[int]  # token index of each sentence start
    quoted: bytearray  # 1 for tokens inside (or marking) a quote

    def sent_of(self, tok_i: int) -> Any:
        return self.sents[bisect.bisect_right(self.sent_starts, tok_i) - 1]

    def tokens(self, start: int, end: int) -> Any:
        """The tokens covering article offsets [start, end)."""
        return self.doc.char_span(start - self.offset, end - self.offset, alignment_mode="expand")


def para_end(p: Paragraph) -> int:
    """Article offset of the end of a paragraph (``Doc.text`` would rebuild the string)."""
    if len(p.doc) == 0:
        return p.offset
    last = p.doc[-1]
    return int(p.offset + last.idx + len(last.text))


def line_sents(doc: Any) -> list[Any]:
    """The parser's sentences, also split where a line ends after a sentence's last mark.

    A paragraph may hold several lines (one paragraph a line in a text that also has blank
    lines), and the parser runs sentences on across them: a quote must not take its cue from
    the next line ('"..." \\n Lee wrote ...'). A line break inside a sentence (hard-wrapped
    text) is no boundary.
    """
    out = []
    # Without a line break in the paragraph no token holds one: skip reading every token.
    lines = "\n" in doc_text(doc)
    for sent in doc.sents:
        start = sent.start
        for tok in sent[:-1] if lines else ():
            if (
                "\n" in tok.text
                and tok.is_space
                and tok.i > start
                and (doc[tok.i - 1].is_punct and doc[tok.i - 1].text[-1:] in _ENDS)
            ):
                out.append(doc[start : tok.i + 1])
                start = tok.i + 1
        out.append(doc[start : sent.end])
    return out


_ENDS = ".?!:\"'\u201d\u2019"


def prepare(paragraphs: Sequence[Paragraph], segs: Sequence[Seg]) -> list[Para]:
    paras = []
    for p in paragraphs:
        sents = line_sents(p.doc)
        starts = [s.start for s in sents]
        paras.append(Para(p.offset, para_end(p), p.doc, sents, starts, bytearray(len(p.doc))))
    for s in segs:
        para = paras[s.para]
        span = para.doc.char_span(
            max(0, s.start - 1 - para.offset),
            min(para.end - para.offset, s.end + 1 - para.offset),
            alignment_mode="expand",
        )
        if span is not None:
            for i in range(span.start, span.end):
                para.quoted[i] = 1
    return paras


@dataclass
class Attr:
    """Who said it and how: a cue token and a speaker token range, in one paragraph."""

    para: Para
    cue: Any | None
    speaker: tuple[int, int] | None  # token range in para.doc
    head: Any | None
    name: str | None = None


def make_quote(text: str, start: int, end: int, kind: QuoteKind, attr: Attr | None) -> Quote:
    fields: dict[str, Any] = {}
    if attr is not None:
        off = attr.para.offset
        if attr.cue is not None:
            c = attr.cue
            fields.update(cue=c.text, cue_start=off + c.idx, cue_end=off + c.idx + len(c.text))
        if attr.speaker is not None:
            doc = attr.para.doc
            # A relative pronoun that stands for no name is shown as its noun phrase; one
            # that does keeps its own span (the name says who it is), unless its noun speaks
            # for another ("his lawyer, Ann Lee, who said"): the ledger says so from the
            # phrase, as for the main clause's "his lawyer, Ann Lee, said".
            noun = relative_antecedent(attr.para, attr.head)
            if noun is not None and attr.name is not None and attr.head is not None:
                noun = noun if speaks_for_another(attr.head.head.head) else None
            first, stop = noun or attr.speaker
            s = off + doc[first].idx
            last = doc[stop - 1]
            e = off + last.idx + len(last.text)
            s, e = trimmed(text, s, e)
            fields.update(speaker_text=text[s:e], speaker_start=s, speaker_end=e)
        name = attr.name.strip(EDGES) if attr.name is not None else None
        fields["speaker_name"] = name or None
    return Quote(text=text[start:end], start=start, end=end, kind=kind, **fields)


# Hyphens, dashes, the horizontal bar, the minus sign and spaces: no name or speaker phrase
# opens or ends with one, but a byline's dash glued to a name ("\u2015Ann Lee", "--Ann
# Lee") is one token with it, and so in its entity and speaker phrase.
EDGES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212 \t\n"


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span ``start``-``end`` of ``text`` without dashes, bars and spaces at either
    end ("\u2015 Ann Lee" -> "Ann Lee"); an empty span if that is all it holds."""
    while start < end and text[start] in EDGES:
        start += 1
    while end > start and text[end - 1] in EDGES:
        end -= 1
    return start, end


# Left dependents that belong to a noun phrase ("the", "a", "campaign", "new", "Lee's").
_PREMODIFIERS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case"})


def relative_antecedent(para: Para, head: Any) -> tuple[int, int] | None:
    """The token range of what a relative pronoun speaker stands for: the noun phrase its
    clause modifies, up to the pronoun ('a memo from the campaign that said', 'Ann Lee, the
    mayor, who said'), since "that" or "who" names no one to a reader. None for any other
    speaker, or a clause on no noun ('..., which said') or on a pronoun, which names no one
    either ('those who said')."""
    if head is None or head.tag_ not in {"WP", "WDT"} or head.head.dep_ != "relcl":
        return None
    noun = head.head.head
    if noun.i >= head.i or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    doc = para.doc
    first = min((c.left_edge.i for c in noun.lefts if c.dep_ in _PREMODIFIERS), default=noun.i)
    stop = head.i
    while stop > noun.i + 1 and (doc[stop - 1].is_punct or doc[stop - 1].is_space):
        stop -= 1
    if any(para.quoted[first:stop]):
        stop = noun.i + 1  # a quote between the noun and its clause is no part of it
    return first, stop


def in_line(para: Para, cue: Any, left: Any, right: Any) -> tuple[Any, Any]:
    """What a cue reports, kept to the cue's own line: the parse runs on across lines."""
    sent = para.sent_of(cue.i)
    doc = para.doc
    left = doc[max(left.i, sent.start)]
    right = doc[max(min(right.i, sent.end - 1), left.i)]
    while left.i < right.i and left.is_space:
        left = doc[left.i + 1]
    return left, right


def trim_end(para: Para, left: Any, right: Any) -> Any:
    """``right`` moved back over trailing punctuation and space, never before ``left``: the
    last word of the content."""
    while right.i > left.i and (loose_punct(right) or right.is_space):
        right = para.doc[right.i - 1]
    return right


# Signs the tokenizer counts as punctuation that are a number's unit ("60%", "3‰",
# "40°"): the figure means nothing without them.
UNIT_SIGNS = frozenset({"%", "‰", "°"})


def loose_punct(tok: Any) -> bool:
    """Punctuation that may be trimmed off an end of reported content: not a unit sign right
    after a number ("fell to below 60%" keeps its "%")."""
    if not tok.is_punct:
        return False
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return not (tok.text in UNIT_SIGNS and prev is not None and prev.like_num)


def token_span(
    text: str, para: Para, left: Any, right: Any, direct: Sequence[int]
) -> tuple[int, int]:
    """Article offsets of the content from token ``left`` to token ``right``, made whole by
    ``content_span``."""
    off = para.offset
    return content_span(text, off + left.idx, off + right.idx + len(right.text), direct)


def covered(start: int, end: int, taken: Sequence[tuple[int, int, bool]]) -> bool:
    """True when most of [start, end) is already a direct quote, or all of it lies inside a
    quoted fragment (reported speech mostly made of fragments stays whole)."""
    inside = sum(max(0, min(end, e) - max(start, s)) for s, e, direct in taken if direct)
    whole = any(s <= start and end <= e for s, e, direct in taken if not direct)
    return whole or inside > 0.6 * (end - start)


def content_span(text: str, start: int, end: int, direct: Sequence[int]) -> tuple[int, int]:
    """Reported content [start, end) made whole: a quote mark left half open by trimming
    taken back in, and cut before a direct quote that follows inside it."""
    start, end = _balanced(text, start, end)
    return start, _before_direct(text, start, end, direct)


def _before_direct(text: str, start: int, end: int, direct: Sequence[int]) -> int:
    """End reported content before a direct quote that follows inside it ("said X, adding:
    '...'"): the quote is its own ledger entry."""
    k = bisect.bisect_right(direct, start)
    if k < len(direct) and direct[k] < end:
        cut = direct[k] - 1
        while cut > start and (text[cut - 1].isspace() or text[cut - 1] in MARKS + ",:;"):
            cut -= 1
        cut = _before_subordinator(text, start, _before_cue_word(text, start, cut))
        if cut - start > 10:
            return cut
    return end


# Words that open a clause: content cut before a direct quote that is their clause ('he was
# leaving because "we are tired"') ends before them, not on a word with nothing to govern.
_SUBORDINATOR_WORDS = "because since although though unless whereas while if whether that as when"
_SUBORDINATORS = frozenset(_SUBORDINATOR_WORDS.split())


def _before_subordinator(text: str, start: int, cut: int) -> int:
    """``cut``, moved back before a subordinator that ends [start, cut) and the spaces and
    commas before it."""
    word = cut
    while word > start and text[word - 1].isalpha():
        word -= 1
    if word == cut or text[word:cut].lower() not in _SUBORDINATORS:
        return cut
    while word > start and (text[word - 1].isspace() or text[word - 1] == ","):
        word -= 1
    return word


def _before_cue_word(text: str, start: int, cut: int) -> int:
    """Content cut before a direct quote, less the cue word that introduced the quote
    after a comma ('said X, adding: "..."'): the cue is the quote's, not part of X."""
    word = cut
    while word > start and text[word - 1].isalpha():
        word -= 1
    if word == cut or text[word - 2 : word] != ", " or FORM_TO_BASE.get(text[word:cut]) is None:
        return cut
    return word - 2


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen reported content by one quote mark when trimming left a quote half open (with
    the punctuation American style puts inside it: 'is "a fair price."'); a doubled mark
    (typewriter style ``...'' or ''...'') counts as one."""
    single = OPEN_MARKS + CLOSE_MARKS + STRAIGHT
    marks = sum(text.count(c, start, end) for c in single) + sum(
        text.count(d, start, end) for d in DOUBLED
    )
    if marks % 2:
        if text[end : end + 2] in DOUBLED:
            end += 2
        elif end < len(text) and text[end] in single:
            end += 1
        elif text[end : end + 1] in {".", ",", "?", "!"} and text[end + 1 : end + 3] in DOUBLED:
            end += 3
        elif (
            text[end : end + 1] in {".", ",", "?", "!"}
            and text[end + 1 : end + 2]
            and (text[end + 1] in single)
        ):
            end += 2
        elif start > 1 and text[start - 2 : start] in DOUBLED:
            start -= 2
        elif start > 0 and text[start - 1] in single:
            start -= 1
    return start, end
