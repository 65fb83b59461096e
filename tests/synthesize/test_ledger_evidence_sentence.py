"""A ledger line carried by a longer quote in another article cites, there, the sentence of
that quote holding most of the line's words, not the sentence the longer quote opens in.
Invented text, the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.model import Article, Brief
from crossbrief.pipeline import brief_articles

WORDS = "We will not close the north quay this winter"
FIRST = (
    "The harbour board of Velmora met on Monday to discuss the old north quay. "
    f'"{WORDS}," said Ann Lee, the board\'s chair. '
    "The quay was built in 1902."
)
LONGER = (
    "Velmora's fishermen feared the worst for their moorings this week. "
    'Ann Lee, who chairs the harbour board, said: "Every trader in town wrote to us. '
    f'{WORDS}. Repairs can wait until spring."'
)


def _line(brief: Brief) -> Any:
    lines = [q for q in brief.quotes if "north quay this winter" in q.text.lower()]
    assert len(lines) == 1, brief.quotes
    return lines[0]


@pytest.fixture(scope="module")
def briefs(nlp: Any) -> tuple[Brief, Brief]:
    longer = brief_articles(
        [
            Article(id="a1", text=FIRST, source="Velmora Post"),
            Article(id="b2", text=LONGER, source="Harbour Wire"),
        ],
        nlp=nlp,
    )
    # the same words opening the longer quote, in an article of their own
    opening = LONGER.replace("Every trader in town wrote to us. ", "")
    same = brief_articles(
        [
            Article(id="a1", text=FIRST, source="Velmora Post"),
            Article(id="b2", text=opening, source="Harbour Wire"),
        ],
        nlp=nlp,
    )
    return longer, same


def test_the_longer_quote_is_cited_at_the_sentence_holding_the_words(
    briefs: tuple[Brief, Brief],
) -> None:
    longer, _ = briefs
    q = _line(longer)
    assert q.also_in == ("b2",), q
    held = {a.id: a for a in longer.articles}["b2"].sentences[q.also_sentences[0]]
    assert WORDS in held, held
    # Negative: not the sentence the longer quote opens in, which holds none of the words
    assert "Every trader" not in held, held


def test_words_opening_the_quote_keep_its_first_sentence(briefs: tuple[Brief, Brief]) -> None:
    # Negative: where the words are in the sentence the quote opens in, that one is cited
    _, same = briefs
    q = _line(same)
    assert q.also_in == ("b2",), q
    held = {a.id: a for a in same.articles}["b2"].sentences[q.also_sentences[0]]
    assert WORDS in held and "Repairs can wait" not in held, held


def test_a_line_of_several_sentences_is_cited_where_it_opens(nlp: Any) -> None:
    # Negative: the same two sentences in both articles are cited at the first, where the
    # line opens, not at the longer second, though it holds more of the line's words
    said = "Trade is slow. We will not close the north quay this winter, whatever the board says"
    brief = brief_articles(
        [
            Article(id="a1", text=f'The quay is old. "{said}," Ann Lee said.', source="Post"),
            Article(id="b2", text=f'Velmora waits. Ann Lee said: "{said}."', source="Wire"),
        ],
        nlp=nlp,
    )
    q = _line(brief)
    assert q.also_in == ("b2",), q
    held = {a.id: a for a in brief.articles}["b2"].sentences[q.also_sentences[0]]
    assert "Trade is slow" in held and "north quay" not in held, held
