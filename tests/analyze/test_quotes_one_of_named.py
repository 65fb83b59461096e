"""'"...," said one of his lawyers, <Name>': the one of the group who speaks is the person
named in apposition to the group, also where the entity tagger types that name an
organisation. Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.model import Article, Quote

LEAD = "Tom Varga was held in Orsk on Monday.\n\n"
SAID = '"We claim the ruling is wrong and we will show that in court," said one of '


def _quote(nlp: Any, text: str) -> Quote:
    quotes = analyze_article(Article(id="t", text=LEAD + text), nlp).quotes
    return next(q for q in quotes if q.text.startswith("We claim"))


@pytest.mark.parametrize("name", ["Ann Lee", "Pemberton Okafor"])
def test_the_one_named_in_apposition_speaks(nlp: Any, name: str) -> None:
    # "Pemberton Okafor" is one the tagger types ORG in this place
    quote = _quote(nlp, SAID + f"Varga's lawyers, {name}.")
    assert quote.speaker_name == name


def test_a_name_in_a_relative_clause_does_not_speak(nlp: Any) -> None:
    quote = _quote(nlp, SAID + "the lawyers, who met Pemberton Okafor on Monday.")
    assert quote.speaker_name != "Pemberton Okafor"


def test_the_ledger_files_the_line_under_the_one_named(nlp: Any) -> None:
    from crossbrief.analyze import analyze_articles
    from crossbrief.synthesize import synthesize

    text = LEAD + SAID + "Varga's lawyers, Pemberton Okafor."
    brief = synthesize(list(analyze_articles([Article(id="t", text=text, source="s")], nlp=nlp)))
    names = {e.id: e.name for e in brief.entities}
    line = next(q for q in brief.quotes if q.text.startswith("We claim"))
    assert names.get(line.speaker or "") == "Pemberton Okafor"
    assert names.get(line.speaker or "") != "Tom Varga"
