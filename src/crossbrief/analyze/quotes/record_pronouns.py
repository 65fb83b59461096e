"""An "it" cue after a record that spoke: 'Two were hurt, the statement said. The boat
carried forty people, it said.' The pronoun goes on with that statement, which names no
organisation the usual search could find, so its quote is filed under the record as
written rather than under no one; a later "it" goes on with it the same way."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import EVIDENCE_NOUNS
from crossbrief.analyze.quotes.proxies import DOCUMENTS
from crossbrief.model import Quote

__all__ = ["record_speakers", "subject_starts"]

# Records that speak for whoever made them, one of each ("the statement", "a report"):
# several are no "it".
_RECORDS = frozenset(w for w in DOCUMENTS | EVIDENCE_NOUNS if not w.endswith("s")) | {
    "analysis",
    "release",
    "document",
    "filing",
}
# Where a speaker phrase's own noun ends: "the statement | from the board", "a report | ,".
_OWN_END = re.compile(r",|\s(?:from|by|of|on|in|for)\s")
# How far an "it" may stand before its cue as the cue's own subject ("it also said").
_SUBJECT_REACH = 16
# One thing named as a clause's subject ("the board met", "Velmora voted"): a nearer
# antecedent for "it" than a record before it. Plural nouns are no "it".
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_SINGULAR_TAGS = frozenset({"NN", "NNP"})


def subject_starts(paras: Sequence[Para]) -> list[int]:
    """The article offsets, in text order, of the singular nouns and names that are a
    clause's subject ("The harbour board | met ...")."""
    return [
        int(p.offset + t.idx)
        for p in paras
        for t in p.doc
        if t.dep_ in _SUBJECT_DEPS and t.tag_ in _SINGULAR_TAGS
    ]


def record_speakers(
    quotes: Sequence[Quote], sentences: Sequence[int], subjects: Sequence[int]
) -> list[Quote]:
    """The quotes (in text order), each whose "it" speaker no name was found for given, as
    its speaker name, the record that was the unnamed speaker of the quote before it, in
    the sentence before the pronoun's or the same one, when none of ``subjects`` (sorted
    offsets of singular subjects) stands between that cue and the "it" outside a quote."""
    out: list[Quote] = []
    spans = [(q.start, q.end) for q in quotes]
    # the last speaker's record, its sentence, and where its cue (or the last "it"'s) ends
    record: tuple[str, int, int] | None = None
    last_start: int | None = None
    for q in quotes:
        if q.speaker_start is None or q.speaker_start == last_start:
            out.append(q)
            continue  # no speaker, or one more quote of the same cue
        last_start = q.speaker_start
        at = bisect.bisect_right(sentences, q.speaker_start) - 1
        written = (q.speaker_text or "").strip()
        if written.lower() == "it" and q.speaker_name is None and _own_subject(q):
            if (
                record is not None
                and at - record[1] in {0, 1}
                and not _subject_between(subjects, spans, record[2], q.speaker_start)
            ):
                q = replace(q, speaker_name=record[0])
                record = (record[0], at, _cue_end(q))
            else:
                record = None
        else:
            is_record = q.speaker_name is None and _is_record(written)
            record = (written, at, _cue_end(q)) if is_record else None
        out.append(q)
    return out


def _cue_end(q: Quote) -> int:
    """Where a quote's attribution ends: after its speaker or its cue, whichever is last
    ("the memo said", "said the memo")."""
    return max(q.speaker_end or 0, q.cue_end or 0)


def _subject_between(
    subjects: Sequence[int], spans: Sequence[tuple[int, int]], lo: int, hi: int
) -> bool:
    """Whether a subject stands in [lo, hi) outside every quote: one inside reported words
    ("The quay would shut, it said") is what was said, not who could say it."""
    i = bisect.bisect_left(subjects, lo)
    while i < len(subjects) and subjects[i] < hi:
        if not any(start <= subjects[i] < end for start, end in spans):
            return True
        i += 1
    return False


def _is_record(written: str) -> bool:
    """Whether a speaker phrase's own noun is one record ("the statement from the board")."""
    own = _OWN_END.split(written, maxsplit=1)[0].split()
    return bool(own) and own[-1].lower() in _RECORDS


def _own_subject(q: Quote) -> bool:
    """Whether an "it" is the subject of the quote's own cue, right before it ("it said",
    "It also argues"), not of a clause the cue hangs far below ("It caused alarm among
    sailors set to defend ...")."""
    if q.cue_start is None or q.speaker_end is None:
        return False
    return 0 <= q.cue_start - q.speaker_end <= _SUBJECT_REACH
