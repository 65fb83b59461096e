"""Named sources of an article's reports, for "the newspaper": a paper is named as the
source of what it reports ("The Velmora Herald said ...", "According to the Herald, ...",
"the Herald report added ...") before a later sentence calls it "the newspaper"; another
body named in between ("..., the newspaper said the harbour board would ...") is what it
reports on, not who reports it."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import IT_REACH, is_reporting

__all__ = ["Sources", "latest_source", "named_source"]

# Names of these kinds are no newspaper ("Ann Lee said", "According to Velmora, ...").
_NOT_PAPERS = frozenset({"PERSON", "GPE", "LOC", "NORP", "FAC"})
# Nouns through which a paper is the source of its own report ("the Herald report added").
_REPORT_NOUNS = frozenset({"report", "article", "story", "editorial", "survey", "poll"})


@dataclass
class Sources:
    """The named sources of one article's reports, by start offset, in text order."""

    starts: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)


def named_source(para: Para, tok: Any) -> Any:
    """The name ending at token ``tok`` when it is the named source of a report: the
    subject of a reporting verb ("The Herald said"), the object of "according to", or the
    name on a report that is such a subject ("the Herald report added", "the Herald's
    story said"); a proper noun of no person, place or people, outside quotes: the name's
    span, else None."""
    if tok.pos_ != "PROPN" or tok.ent_type_ in _NOT_PAPERS or para.quoted[tok.i]:
        return None
    if tok.head.pos_ == "PROPN" and tok.dep_ == "compound":
        return None  # not the name's last word ("Velmora" of "Velmora Herald")
    head = tok
    if tok.dep_ in {"compound", "poss"}:
        head = tok.head
        if head.lower_ not in _REPORT_NOUNS:
            return None
    if not _reports(head):
        return None
    first = tok.i
    while (
        first > 0 and para.doc[first - 1].pos_ == "PROPN" and para.doc[first - 1].dep_ == "compound"
    ):
        first -= 1
    return para.doc[first : tok.i + 1]


def _reports(head: Any) -> bool:
    """The phrase headed by ``head`` is the subject of a reporting verb or the object of
    "according to"."""
    if head.dep_ == "nsubj":
        return bool(is_reporting(head.head))
    prep = head.head
    return bool(
        head.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and head.doc[prep.i - 1].lower_ == "according"
    )


def latest_source(sources: Sources, before: int, said: int | None = None) -> str | None:
    """The latest named source before offset ``before`` (and before ``said``, where the
    words the speaker says begin when they come first), in reach, else None."""
    end = before if said is None else min(before, said)
    k = bisect.bisect_left(sources.starts, end)
    if k == 0 or before - sources.starts[k - 1] > IT_REACH:
        return None
    return sources.names[k - 1]
