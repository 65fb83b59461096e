"""One quotation interrupted by its attribution, shown as one ledger line
(``ledger_lines``): news style splits a quoted sentence around its cue ('"The last gate
failed," he added, "in the winter storm."'), and the analysis finds each piece in its own
marks; the reader is owed the sentence, not two or three halves of it."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from crossbrief.model import Quote

# What may stand between two pieces beside the cue and the speaker: marks, punctuation, space.
_PLAIN = ".,;:!?'\"`\u201c\u201d\u2018\u2019 \n\t"
_ELLIPSIS = " \u2026 "  # the writer's own words between two pieces are left out


def rejoined(quotes: list[Quote], text: str, sentence: Callable[[Quote], int]) -> list[Quote]:
    """``quotes`` with the pieces of one interrupted quotation joined: quoted pieces (not
    reported speech) of one sentence, under one cue that stands between the first piece
    and the last. Pieces joined across only the cue and its speaker read as one run; other words of the writer
    between two pieces are shown as an ellipsis. Two quotations with their own cues, or in
    two sentences, stay apart. The pieces keep their punctuation as written."""
    groups: dict[tuple[int, int | None, int], list[Quote]] = {}
    for q in quotes:
        if q.kind != "indirect" and q.cue_start is not None:
            groups.setdefault((q.cue_start, q.speaker_start, sentence(q)), []).append(q)
    replaced: dict[int, Quote | None] = {}
    for pieces in groups.values():
        run = sorted(pieces, key=lambda p: p.start)
        if len(run) > 1 and _interrupted(run) and _disjoint(run) and _one_sentence(run):
            replaced[id(run[0])] = _joined(run, text)
            replaced.update((id(p), None) for p in run[1:])
    out = []
    for q in quotes:
        new = replaced.get(id(q), q)
        if new is not None:
            out.append(new)
    return out


def _one_sentence(run: list[Quote]) -> bool:
    """Each piece carries on the one before: the one before stops on the comma the
    interruption calls for, or the piece opens in lower case. A piece that stops on no
    comma before a capital ("warm thanks", then "We look ahead") ends its own sentence."""
    return all(a.text.rstrip().endswith(",") or b.text[:1].islower() for a, b in pairwise(run))


def _disjoint(run: list[Quote]) -> bool:
    """Each piece starts after the one before ends (no piece counted twice)."""
    return all(a.end <= b.start for a, b in pairwise(run))


def _interrupted(run: list[Quote]) -> bool:
    """The cue stands between the run's first piece and its last."""
    cue_start, cue_end = run[0].cue_start, run[0].cue_end
    return cue_start is not None and run[0].end <= cue_start and (cue_end or 0) <= run[-1].start


def _joined(run: list[Quote], text: str) -> Quote:
    """One quote of the run's pieces, with its first piece's speaker and cue; direct when
    the pieces make a sentence (opening in a capital, closing on its stop), else partial."""
    first = run[0]
    parts = [first.text]
    for before, piece in pairwise(run):
        gap = text[before.end : piece.start]
        for s, e in ((first.speaker_start, first.speaker_end), (first.cue_start, first.cue_end)):
            if s is not None and e is not None and before.end <= s and e <= piece.start:
                gap = gap.replace(text[s:e], "", 1)
        writer = bool(gap.strip(_PLAIN))
        parts.append(_ELLIPSIS if writer else " ")
        parts.append(piece.text)
    joined = "".join(parts)
    whole = joined[:1].isupper() and joined.rstrip("'\"\u201d\u2019").endswith((".", "!", "?"))
    kind = "direct" if whole else "partial"
    return Quote(**{**first.to_dict(), "text": joined, "end": run[-1].end, "kind": kind})
