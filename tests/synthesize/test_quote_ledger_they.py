"""A ledger line whose outlet wrote "they" goes under the group the analysis found for it
("Harbour workers"), shown as the outlet named that group; two people joined by "and" are
never one of them alone; a "they" no group was found for still names no one. Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.model import Article, Brief, BriefQuote
from crossbrief.pipeline import brief_articles

_SAID = '"We will not move from the pier," they said.'


def _line(nlp: Any, text: str) -> tuple[BriefQuote, Brief]:
    b = brief_articles([Article(id="a", text=text)], nlp=nlp)
    hits = [q for q in b.quotes if "move from the pier" in q.text]
    assert len(hits) == 1, b.quotes
    return hits[0], b


def test_a_they_line_goes_under_the_group(nlp: Any) -> None:
    line, _ = _line(nlp, "Harbour workers marched through Velmora on Monday. " + _SAID)
    assert line.speaker is None
    assert line.speaker_text == "Harbour workers"


def test_a_pair_is_not_one_of_its_people(nlp: Any) -> None:
    text = (
        "Ann Lee and Tom Varga met the harbour board on Monday. " + _SAID + " Tom Varga "
        "later left Velmora. Varga runs the ferry line."
    )
    line, b = _line(nlp, text)
    names = {e.id: e.name for e in b.entities}
    assert names.get(line.speaker or "") is None
    assert line.speaker_text == "Ann Lee and Tom Varga"


def test_a_they_with_no_group_names_no_one(nlp: Any) -> None:
    line, _ = _line(nlp, "Ann Lee arrived in Velmora on Monday. " + _SAID)
    assert line.speaker is None and line.speaker_text is None
