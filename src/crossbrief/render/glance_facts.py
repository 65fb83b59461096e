"""Which shared facts the first screen shows, in which order.

The glance shows the best-supported facts; but a row that opens on a pronoun or a connective
("Next week, it will consider ...", "However, ...") tells a reader of the first screen
nothing about who, since the sentence it leans on is not there. Among facts of equal or
near support, one whose shown sentence reads alone comes first, and the first row reads
alone whenever one of the rows shown does. The sentence tests are the summary's and the
facts' own (``summary_rules``, ``fact_shown.leans_back``), read on the text alone: render has
no story to look back into.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.model import Fact
from crossbrief.synthesize.fact_shown import leans_back
from crossbrief.synthesize.summary_fronted import OPENERS, points_back
from crossbrief.synthesize.summary_rules import needs_antecedent, pronoun_speaker

NEAR = 1  # outlets a fact that reads alone may lack and still come before one that does not
# a subject pronoun after a short fronted phrase ("Next week, it will ...", "On Monday, they
# ..."): the phrase sets the scene, the subject is still someone named before
_FRONTED_PRONOUN = re.compile(r"((?:\S+\s+){0,4}\S+),\s+(?:he|she|they|it)\b", re.I)
# a capitalised word after the first: a name the pronoun may stand for ("When Ann Lee
# arrived, she ...")
_NAME = re.compile(r"\s[A-Z]")


def reads_alone(text: str) -> bool:
    """Whether a fact's shown sentence says who without the sentence before it: no opening
    pronoun or connective, no fronted phrase pointing back ("Following the talks, ..."), no
    "the latter", no bare pronoun as speaker, and no pronoun subject right after a short
    scene-setting phrase that names no one."""
    if needs_antecedent(text) or points_back(text) is not None or leans_back(text):
        return False
    if pronoun_speaker(text):
        return False
    fronted = _FRONTED_PRONOUN.match(text.lstrip(OPENERS))
    return fronted is None or bool(_NAME.search(fronted.group(1)))


def glance_facts(facts: Sequence[Fact], rows: int) -> list[Fact]:
    """Up to ``rows`` of ``facts`` (in the brief's order, best supported first): each row the
    first fact that reads alone among those within ``NEAR`` outlets of the best left, else
    the first left; and a row that reads alone leads whenever one does."""
    pool = list(facts)
    chosen: list[Fact] = []
    while pool and len(chosen) < rows:
        best = max(f.support for f in pool)
        pick = next(
            (n for n, f in enumerate(pool) if f.support >= best - NEAR and reads_alone(f.text)),
            0,
        )
        chosen.append(pool.pop(pick))
    lead = next((n for n, f in enumerate(chosen) if reads_alone(f.text)), 0)
    if not chosen:
        return chosen
    return [chosen[lead], *chosen[:lead], *chosen[lead + 1 :]]
