"""Splitting an article into paragraphs, the unit spaCy is fed.

spaCy's sentence splitter merges sentences across blank lines when given a whole article,
so each paragraph is parsed as its own Doc and offsets are mapped back to the article.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from crossbrief.analyze.doc_cache import span_text

_BLANK = re.compile(r"\n[ \t]*\n")
_LINE = re.compile(r"\n")


@dataclass(frozen=True)
class Paragraph:
    """A parsed paragraph: its offset in the article text and its spaCy Doc."""

    offset: int
    doc: Any  # spacy.tokens.Doc


def parsed_sentences(
    paragraphs: Sequence[Paragraph], sentences: Sequence[Any]
) -> Iterator[tuple[int, Paragraph, Any]]:
    """Each parsed sentence of ``paragraphs`` that is not blank, with the index of the
    sentence of ``sentences`` (spans with a ``start`` offset into the article) it starts in,
    and its paragraph: the parser's sentences and the article's need not be the same."""
    starts = [s.start for s in sentences]
    if not starts:
        return
    for p in paragraphs:
        for sent in p.doc.sents:
            text = span_text(sent)
            if not text.strip():
                continue
            start = p.offset + sent.start_char + len(text) - len(text.lstrip())
            k = bisect_right(starts, start) - 1
            if k >= 0:
                yield k, p, sent


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph.

    Blank lines separate paragraphs when the text has any; otherwise every line is one (news
    text often comes one paragraph per line).
    """
    sep = _BLANK if _BLANK.search(text) else _LINE
    spans = []
    pos = 0
    for m in sep.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for start, end in spans:
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            out.append((start + lead, start + lead + len(stripped)))
    return out


# --- headings ----------------------------------------------------------------------------

# What closes a sentence: its final mark, maybe inside a closing quote or bracket.
_SENTENCE_END = re.compile(r"(?:[.!?\u2026]|[.!?\u2026,]\s*(?:''|[\"'\u201d\u2019)\]])+)\s*$")
# A label line: one to three capitalised words (not all capitals: "SMITH:" opens a
# transcript's speech), a colon, and a short phrase ("Lee: Ahead by a mile.").
_LABEL = re.compile(r"^((?:[A-Z][\w.'\u2019-]*)(?:\s+[A-Z][\w.'\u2019-]*){0,2}):\s+(\S.*)$")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d`]|''")
LABEL_PHRASE_WORDS = 6  # words after a heading label's colon, at most
HEADING_WORDS = 15  # words of a heading without final punctuation, at most
DEK_WORDS = 12  # words of a standfirst under the title, at most


def _label_line(line: str) -> bool:
    """ "Name: Short phrase." with no quote marks and no comma: a section head naming a
    person and a topic ("Hale: Well, guessing is unwise." is a transcript's speech)."""
    m = _LABEL.match(line)
    if not m or _QUOTE_MARKS.search(line) or m.group(1).isupper() or "," in m.group(2):
        return False
    return len(m.group(2).split()) <= LABEL_PHRASE_WORDS


def _transcript(lines: Sequence[str]) -> bool:
    """Some paragraph opens with a label and goes on longer than a heading's phrase: the
    text is a transcript, whose short labelled lines are speech too."""
    for line in lines:
        m = _LABEL.match(line)
        if m and len(m.group(2).split()) > LABEL_PHRASE_WORDS:
            return True
    return False


def _unpunctuated(line: str) -> bool:
    """A short line opening with a capital or a digit and closed by no sentence mark."""
    words = line.split()
    return (
        0 < len(words) <= HEADING_WORDS
        and (line[:1].isupper() or line[:1].isdigit())
        and _SENTENCE_END.search(line) is None
        and not line.rstrip().endswith((":", ";", ",", "-", "\u2014"))
    )


def _dek(line: str, index: int, count: int) -> bool:
    """The first paragraph of a longer article as one short sentence with no quote marks:
    the standfirst printed under the title, not the story's lead (when it reads as a title:
    ``_told`` says)."""
    return (
        index == 0
        and count >= 3
        and len(line.split()) <= DEK_WORDS
        and _QUOTE_MARKS.search(line) is None
        and len(re.findall(r"[.!?](?:\s|$)", line)) == 1
    )


# The pipeline has no lemmatizer (the attribute ruler lemmatizes some forms of "be" and
# "have", and none written with a curly apostrophe): the forms are read as written, "ai" of
# "ain't" and "’d" tagged as a past ("she’d gone") included.
_BE_WORDS = "be am is are was were been being 's ’s 're ’re 'm ’m ai"
_BE = frozenset(_BE_WORDS.split())
_HAVE = frozenset({"have", "has", "had", "having", "'ve", "’ve"})
_HAD = frozenset({"'d", "’d"})


def _have(token: Any) -> bool:
    """Whether ``token`` is a form of "have", "’s" before "been" included ("she’s been
    named": "is been" is no English, so it is "has"; the ruler reads it as "be")."""
    if token.lower_ in _HAVE or (token.lower_ in _HAD and token.tag_ == "VBD"):
        return True
    after = token.i + 1
    return (
        token.lower_ in {"'s", "’s"}
        and after < len(token.doc)
        and token.doc[after].lower_ == "been"
    )


def _told(doc: Any, tenses: frozenset[str] = frozenset({"VBD"})) -> bool:
    """Whether a parsed line tells something as the story's sentences do: a verb with a
    subject in the past tense or the perfect ("Five people died", "Lee said the plan would
    cost $5bn", "has been appointed"). Titles and standfirsts are written in the present or
    the future ("Ferry company condemns plan", "Ostrel will buy Marrow") or without a verb. With
    ``tenses`` FINITE, any finite verb with a subject counts ("Lee says plan will cost $5bn")."""
    for token in doc:
        if not any(c.dep_ in _SUBJECTS for c in token.children):
            continue
        if token.tag_ in tenses or any(
            c.dep_ in {"aux", "auxpass"} and (c.tag_ in tenses or _have(c)) for c in token.children
        ):
            return True
    return False


def _headlined(doc: Any) -> bool:
    """Whether a parsed sentence is written as a headline: its main verb in the simple
    present of a full verb ("Lee looks ahead", "What each team needs"), or no verb.
    A lead is told in another tense, aspect or mood ("died", "has been appointed", "is
    parting company", "are to back", "will be unveiled", "is popular")."""
    for root in (t for t in doc if t.dep_ == "ROOT" and t.pos_ in {"VERB", "AUX"}):
        if root.tag_ not in {"VB", "VBZ", "VBP"} or root.lower_ in _BE:
            return False
        if any(c.dep_ in {"aux", "auxpass"} for c in root.children):
            return False
    return True


FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def _listed(k: int, lone: Sequence[bool]) -> bool:
    """Whether paragraph ``k`` is one of a run of two or more one-line paragraphs without a
    final mark after the first: the items of a list ("key points"), not section heads."""
    return k > 0 and lone[k] and ((k > 1 and lone[k - 1]) or (k + 1 < len(lone) and lone[k + 1]))


def heading_spans(text: str, paragraphs: Sequence[Paragraph] = ()) -> list[tuple[int, int]]:
    """(start, end) of every heading in ``text``: a paragraph of one line that is a title, a
    section head or a standfirst, not a sentence of the story.

    A heading is a short line without final sentence punctuation ("Council condemns
    closure of riverside school"), a "Name: Short phrase." label line ("Lee: Ahead by a
    mile.", also when it opens a paragraph's first line with the text going on below it),
    or the first paragraph of a longer article as one short sentence (a standfirst: "What
    each team needs in Sunday's final."). Headings give no quote, fact or summary
    sentence. With the parsed ``paragraphs``, a standfirst must be written as a headline
    (``_headlined``), and a line that tells as a story's sentence does (``_told``:
    "Unemployment fell to 4.1%") is no heading without a final mark after the first
    paragraph (the title); without them (an analysis cached before), no paragraph is a
    standfirst. In a run of unpunctuated one-line paragraphs
    after the first (a list), a line with a subject and a finite verb is no heading.
    """
    paras = paragraph_spans(text)
    docs = {p.offset: p.doc for p in paragraphs}
    firsts = [text[s:e].split("\n", 1)[0].rstrip() for s, e in paras]
    labels = not _transcript(firsts)
    lone = [
        len(first) == end - start and _unpunctuated(first)
        for first, (start, end) in zip(firsts, paras, strict=True)
    ]
    out = []
    for k, (start, end) in enumerate(paras):
        first = firsts[k]
        if len(first) < end - start:  # the paragraph goes on below its first line
            if labels and _label_line(first) and _SENTENCE_END.search(first) is None:
                out.append((start, start + len(first)))
            continue
        if labels and _label_line(first):
            out.append((start, end))
            continue
        doc = docs.get(start)
        told = doc is not None and _told(doc)
        # A list item that is a clause is a claim, one that is not ("Leeds v Hull", "1 Roger
        # Federer (Switzerland)") a table's cell. The first line is the title however it
        # reads: headlines drop the auxiliary of a passive ("Polygamous leaders charged"),
        # which then parses as a past tense.
        item = doc is not None and _listed(k, lone) and _told(doc, FINITE)
        if (lone[k] and (k == 0 or not (told or item))) or (
            doc is not None and _headlined(doc) and _dek(first, k, len(paras))
        ):
            out.append((start, end))
    return out
