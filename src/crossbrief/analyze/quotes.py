"""Quotes of one article: direct, partial and indirect speech, with cue and speaker.

Direct quotes are found in the raw text by their marks (curly or straight, mixed), so the
quoted words are verbatim by construction; a quote left open at the end of a paragraph
continues when the next paragraph opens with a mark (news style). The cue is a reporting
verb of the sentence (or the neighbouring one: "He added: ..."), and the speaker is its
subject. Indirect speech is a reporting verb with a clausal complement and no quote marks,
or "according to X". A pronoun speaker is resolved to the nearest preceding person named as
a subject, then any person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.model import Mention, Quote

REPORTING = frozenset(
    [
        "say",
        "says",
        "said",
        "saying",
        "tell",
        "tells",
        "told",
        "telling",
        "add",
        "adds",
        "added",
        "adding",
        "state",
        "states",
        "stated",
        "announce",
        "announces",
        "announced",
        "claim",
        "claims",
        "claimed",
        "insist",
        "insists",
        "insisted",
        "argue",
        "argues",
        "argued",
        "warn",
        "warns",
        "warned",
        "explain",
        "explains",
        "explained",
        "note",
        "notes",
        "noted",
        "write",
        "writes",
        "wrote",
        "declare",
        "declares",
        "declared",
        "stress",
        "stresses",
        "stressed",
        "assert",
        "asserts",
        "asserted",
        "suggest",
        "suggests",
        "suggested",
        "acknowledge",
        "acknowledges",
        "acknowledged",
        "admit",
        "admits",
        "admitted",
        "deny",
        "denies",
        "denied",
        "report",
        "reports",
        "reported",
        "confirm",
        "confirms",
        "confirmed",
        "urge",
        "urges",
        "urged",
        "ask",
        "asks",
        "asked",
        "reply",
        "replies",
        "replied",
        "respond",
        "responds",
        "responded",
        "describe",
        "describes",
        "described",
        "call",
        "calls",
        "called",
        "predict",
        "predicts",
        "predicted",
        "believe",
        "believes",
        "believed",
        "think",
        "thinks",
        "thought",
        "emphasize",
        "emphasized",
        "emphasised",
        "allege",
        "alleges",
        "alleged",
        "complain",
        "complains",
        "complained",
        "tweet",
        "tweets",
        "tweeted",
        "recall",
        "recalls",
        "recalled",
        "promise",
        "promises",
        "promised",
        "vow",
        "vows",
        "vowed",
        "continue",
        "continued",
        "concede",
        "conceded",
        "contend",
        "contended",
        "maintain",
        "maintained",
    ]
)
PRONOUNS = frozenset({"he", "she", "they", "i", "we", "him", "her", "it"})
OPEN_MARKS = "\u201c\u201e\u00ab"
CLOSE_MARKS = "\u201d\u00bb"
STRAIGHT = '"'


@dataclass
class _Raw:
    start: int  # content start (after the opening mark)
    end: int  # content end (before the closing mark)


def find_quote_spans(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[_Raw]:
    """Spans of text inside double quote marks, one per paragraph segment.

    Curly and straight marks may be mixed (open curly, close straight). An unclosed quote
    ends at its paragraph's end.
    """
    out = []
    for p_start, p_end in paragraphs:
        i, open_at = p_start, None
        while i < p_end:
            c = text[i]
            if open_at is None:
                if c in OPEN_MARKS or c == STRAIGHT or (c in CLOSE_MARKS and _opens(text, i)):
                    open_at = i + 1
            elif c in CLOSE_MARKS or c == STRAIGHT or (c in OPEN_MARKS and not _opens(text, i)):
                if i > open_at:
                    out.append(_Raw(open_at, i))
                open_at = None
            elif c in OPEN_MARKS:
                open_at = i + 1  # a stray opening mark: restart
            i += 1
        if open_at is not None and p_end - open_at > 1:
            out.append(_Raw(open_at, p_end))
    return [_strip(text, r) for r in out if text[r.start : r.end].strip()]


def _opens(text: str, i: int) -> bool:
    return i == 0 or text[i - 1].isspace() or text[i - 1] in "([{-\u2014"


def _strip(text: str, r: _Raw) -> _Raw:
    s, e = r.start, r.end
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return _Raw(s, e)


def _sentence_of(doc: Any, char: int) -> Any:
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent
    return None


def _cue(sent: Any, exclude: tuple[int, int], offset: int) -> Any:
    """The reporting verb of ``sent`` outside the quoted span, nearest the quote."""
    best = None
    for tok in sent:
        pos = offset + tok.idx
        if exclude[0] <= pos < exclude[1]:
            continue
        if tok.lower_ in REPORTING and tok.pos_ in {"VERB", "AUX"}:
            dist = min(abs(pos - exclude[0]), abs(pos - exclude[1]))
            if best is None or dist < best[0]:
                best = (dist, tok)
    return best[1] if best else None


def _subject(verb: Any) -> Any:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    # "..., the president said" inverted or in a conjunct: look at the head verb.
    if verb.dep_ in {"conj", "advcl", "ccomp"} and verb.head is not verb:
        for child in verb.head.children:
            if child.dep_ == "nsubj":
                return child
    for child in verb.children:  # "said Mr Putin" parses the subject as dobj/attr at times
        if child.dep_ in {"dobj", "attr"} and child.pos_ == "PROPN":
            return child
    return None


def _phrase(tok: Any) -> tuple[int, int]:
    """Character span (in the doc) of the noun phrase headed by ``tok``, without clauses."""
    left = tok
    for child in tok.lefts:
        if child.dep_ in {"compound", "amod", "det", "poss", "nmod", "case", "nummod"}:
            left = child.left_edge if child.left_edge.i < left.i else left
    right = tok
    for child in tok.rights:
        if child.dep_ in {"compound", "appos", "flat"} and child.i == right.i + 1:
            right = child
    return left.idx, right.idx + len(right.text)


def _resolve(speaker: str, start: int, end: int, mentions: Sequence[Mention]) -> str | None:
    """The person a speaker phrase names: a person mention inside it, or for a pronoun the
    nearest person named before it; None for other phrases ("the Pentagon", "officials")."""
    for m in mentions:
        if m.type == "PERSON" and m.start < end and start < m.end:
            return m.text
    if speaker.lower() not in PRONOUNS:
        return None
    before = [m for m in mentions if m.type == "PERSON" and m.end <= start]
    return before[-1].text if before else None


def extract_quotes(
    text: str, paragraphs: Sequence[Paragraph], mentions: Sequence[Mention]
) -> list[Quote]:
    """Direct, partial and indirect quotes of one article, in text order."""
    spans = [(p.offset, p.offset + len(p.doc.text)) for p in paragraphs]
    raws = find_quote_spans(text, spans)
    quotes: list[Quote] = []
    para_of = {i: p for i, p in enumerate(paragraphs)}
    taken: list[tuple[int, int]] = []
    for raw in raws:
        pi = next((i for i, (s, e) in enumerate(spans) if s <= raw.start < e), None)
        if pi is None:
            continue
        para = para_of[pi]
        doc, off = para.doc, para.offset
        sent = _sentence_of(doc, raw.start - off)
        if sent is None:
            continue
        content = text[raw.start : raw.end]
        n_words = len(content.split())
        outside = len(sent.text) - (raw.end - raw.start)
        kind = "partial" if n_words < 6 and outside > 0.5 * len(sent.text) else "direct"
        cue = _cue(sent, (raw.start - 1, raw.end + 1), off)
        if cue is None:
            # "He added: ..." in the sentence before, or the cue after in the next one.
            sents = list(doc.sents)
            k = next((j for j, s in enumerate(sents) if s.start == sent.start), 0)
            for j in (k - 1, k + 1):
                if 0 <= j < len(sents):
                    cue = _cue(sents[j], (raw.start - 1, raw.end + 1), off)
                    if cue is not None:
                        break
            if cue is None and pi > 0 and raw.start - off < 2:
                prev = paragraphs[pi - 1]
                last = list(prev.doc.sents)[-1]
                cue = _cue(last, (-1, -1), prev.offset)
                if cue is not None:
                    off = prev.offset
        quotes.append(_make(text, content, raw.start, raw.end, kind, cue, off, mentions))
        taken.append((raw.start, raw.end))
    for para in paragraphs:
        quotes.extend(_indirect(text, para, taken, mentions))
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes


def _make(
    text: str,
    content: str,
    start: int,
    end: int,
    kind: str,
    cue: Any,
    off: int,
    mentions: Sequence[Mention],
) -> Quote:
    speaker_text = speaker_start = speaker_end = speaker_name = None
    cue_text = cue_start = cue_end = None
    if cue is not None:
        cue_text, cue_start = cue.text, off + cue.idx
        cue_end = cue_start + len(cue.text)
        subj = _subject(cue)
        if subj is not None:
            s, e = _phrase(subj)
            speaker_start, speaker_end = off + s, off + e
            speaker_text = text[speaker_start:speaker_end]
            speaker_name = _resolve(speaker_text, speaker_start, speaker_end, mentions)
    return Quote(
        text=content,
        start=start,
        end=end,
        kind=kind,  # type: ignore[arg-type]
        speaker_text=speaker_text,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        speaker_name=speaker_name,
        cue=cue_text,
        cue_start=cue_start,
        cue_end=cue_end,
    )


def _indirect(
    text: str, para: Paragraph, taken: list[tuple[int, int]], mentions: Sequence[Mention]
) -> list[Quote]:
    out = []
    off = para.offset
    for tok in para.doc:
        if tok.lower_ not in REPORTING or tok.pos_ not in {"VERB", "AUX"}:
            continue
        comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
        if comp is None:
            continue
        left = comp.left_edge
        right = comp.right_edge
        start, end = off + left.idx, off + right.idx + len(right.text)
        if text[start:end].lower().startswith("that "):
            start += 5
        if any(s < end and start < e for s, e in taken):
            continue
        if len(text[start:end].split()) < 3:
            continue
        out.append(_make(text, text[start:end], start, end, "indirect", tok, off, mentions))
    for m in re.finditer(r"\baccording to\b", para.doc.text, re.I):
        sent = _sentence_of(para.doc, m.start())
        if sent is None:
            continue
        acc = para.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if acc is None:
            continue
        pobj = next((c for c in acc[-1].children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        s_start, s_end = off + sent.start_char, off + sent.end_char
        a_start = off + m.start()
        content_end = a_start if a_start > s_start + 10 else s_end
        content = text[s_start:content_end].rstrip(" ,;")
        if any(s < content_end and s_start < e for s, e in taken) or len(content.split()) < 3:
            continue
        ps, pe = _phrase(pobj)
        q = _make(text, content, s_start, s_start + len(content), "indirect", None, off, mentions)
        speaker = text[off + ps : off + pe]
        out.append(
            Quote(
                **{
                    **q.to_dict(),
                    "speaker_text": speaker,
                    "speaker_start": off + ps,
                    "speaker_end": off + pe,
                    "speaker_name": _resolve(speaker, off + ps, off + pe, mentions),
                    "cue": "according to",
                    "cue_start": a_start,
                    "cue_end": a_start + len("according to"),
                }
            )
        )
    return out
