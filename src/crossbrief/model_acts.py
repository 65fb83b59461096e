"""What a sentence tells happened, and its shape, as analysis reads them from the parse
(``analyze.acts``, ``analyze.clauses``).

Kept apart from ``model`` (whose ``AnalyzedArticle.acts`` and ``clauses`` hold them) so that the
vocabulary module stays within its size: per-article records, stored and read back like the others,
with how an analysis saved before each was read is read back (``*_from_dict``).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crossbrief.model import Span


@dataclass(frozen=True)
class Act:
    """One main predicate of sentence ``sentence`` (its index in the article's sentences):
    the word that tells what happened, lower-cased as written (no lemmatizer runs; synthesis
    stems it as it stems every word). A main verb ("arrested"), or for a copula or a light
    verb the head of its complement ("is the winner" -> "winner", "held talks" -> "talks").
    ``reported``: the predicate of a clause a verb of saying reports ("said the ship sank"
    -> "sank"), whose act is told at second hand. ``subject``: the head word of its subject
    and of each subject conjoined with it, as (start, end) offsets into the article ("Ann Lee
    and Tom Hale won" -> "Lee", "Hale"), the subject a conjoined or controlled verb shares
    ("was arrested and charged", "agreed to pay"); empty where the parse gives none.
    ``passive``: that subject is a passive one, who has the act done to them ("Lee was
    arrested"), not who does it."""

    sentence: int
    word: str
    reported: bool = False
    subject: tuple[tuple[int, int], ...] = ()
    passive: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def acts_from_dict(data: dict[str, Any]) -> tuple[Act, ...] | None:
    """The saved acts of an analyzed article's dict, or None for an analysis saved before
    acts were read (synthesis then reads predicates from the text, as it did before)."""
    if "acts" not in data:
        return None
    return tuple(
        Act(
            int(a["sentence"]),
            str(a["word"]),
            bool(a.get("reported", False)),
            tuple((int(s), int(e)) for s, e in a.get("subject", ())),
            bool(a.get("passive", False)),
        )
        for a in data["acts"]
    )


@dataclass(frozen=True)
class Clause:
    """The shape of sentence ``sentence`` as its parse reads it. ``verb``: whether any of
    its words is a verb or an auxiliary (a spec list or a label, "Weight 2 kg; range 40 km.",
    has none). ``subjects``: the character offsets (into the article text) where the head
    words of its main clauses' subjects start ("plan" in "The new plan covers ..."): the
    root's, its conjuncts' and those of the clauses a main verb reports ("The plan will fail,
    the board said" gives "plan" and "board")."""

    sentence: int
    verb: bool
    subjects: tuple[int, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "verb": self.verb, "subjects": list(self.subjects)}


def clauses_from_dict(data: dict[str, Any]) -> tuple[Clause, ...] | None:
    """The saved clauses of an analyzed article's dict, or None for an analysis saved before
    they were read (synthesis then reads subjects from word order, and finds no sentence
    verbless)."""
    if "clauses" not in data:
        return None
    return tuple(
        Clause(int(c["sentence"]), bool(c["verb"]), tuple(int(s) for s in c.get("subjects", ())))
        for c in data["clauses"]
    )


def headings_from_dict(data: dict[str, Any]) -> tuple[Span, ...]:
    """The saved headings, or for an analysis saved before they were marked, those its text
    shows without a parse (no standfirst then), so a cached analysis needs no new parse."""
    # imported here: model imports this module, and analyze imports model
    from crossbrief.analyze.paragraphs import heading_spans
    from crossbrief.model import Span, _from_dict

    if "headings" in data:
        return tuple(_from_dict(Span, h) for h in data["headings"])
    return tuple(Span(s, e) for s, e in heading_spans(data.get("text", "")))
