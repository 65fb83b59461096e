"""What a sentence tells happened, as analysis reads it from the parse (``analyze.acts``).

Kept apart from ``model`` (whose ``AnalyzedArticle.acts`` holds them) so that the vocabulary
module stays within its size: one more per-article record, stored and read back like the others.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any


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
