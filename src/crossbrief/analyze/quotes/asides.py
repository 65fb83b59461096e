"""A speaker's name ends at a dash that opens an aside ("Ann Lee - Velmora's finance chief -
said", "Ann Lee \u2014 the port's lawyer \u2014 said"). No name holds a dash set off by spaces
or an em dash (a hyphen inside "Mary-Ann" is no dash), so what follows one says who the
speaker is; the name-finder may still run the name on into it ("Ann Lee \u2014 Velmora"), or
find no name for the whole phrase.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from crossbrief.analyze.mentions import before_dash
from crossbrief.analyze.quotes.context import Para
from crossbrief.model import Quote

__all__ = ["names_before_dashes"]


def names_before_dashes(quotes: Sequence[Quote], paras: Sequence[Para]) -> list[Quote]:
    """The quotes, each speaker name cut at a dash; a speaker phrase with no name that
    opens with a person's name before a dash given that name."""
    starts = [p.offset for p in paras]
    out = []
    for q in quotes:
        if q.speaker_name is not None:
            name = before_dash(q.speaker_name).lstrip()
            if name != q.speaker_name and any(c.isalpha() for c in name):
                q = replace(q, speaker_name=name)
        elif q.speaker_text and q.speaker_start is not None:
            name = before_dash(q.speaker_text)
            k = bisect.bisect_right(starts, q.speaker_start) - 1
            if name != q.speaker_text and k >= 0 and _a_person(paras[k], q.speaker_start, name):
                q = replace(q, speaker_name=name)
        out.append(q)
    return out


def _a_person(para: Para, start: int, name: str) -> bool:
    """The words ``name`` at article offset ``start`` are a person's name: each a proper
    noun or tagged as a person's name, one at least tagged so."""
    tokens = para.tokens(start, start + len(name)) if name else None
    if tokens is None or len(tokens) == 0:
        return False
    return all(t.ent_type_ == "PERSON" or t.pos_ == "PROPN" for t in tokens) and any(
        t.ent_type_ == "PERSON" for t in tokens
    )
