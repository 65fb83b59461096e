"""A piece of a quotation cut by the splitter supports a fact but is never its text."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, Span
from crossbrief.synthesize.fact_shown import quote_piece
from crossbrief.synthesize.facts import build_facts, group_sentences
from crossbrief.synthesize.story import Story


def _article(aid: str, lines: list[str]) -> AnalyzedArticle:
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return AnalyzedArticle(Article(id=aid, text=text, source=f"outlet {aid}"), tuple(spans))


OPENING = "``The water reached the roofs of the three villages by dawn."
CLOSING = "Nobody in the villages had any warning,'' the mayor said on Tuesday."
WHOLE = "The water reached the roofs of the three villages by dawn, the mayor said."


def test_quote_pieces_are_told_from_whole_sentences() -> None:
    story = Story([_article("a", [OPENING, CLOSING, WHOLE, 'He said: "Run."'])])
    assert [quote_piece(story, i) for i in range(4)] == [True, True, False, False]


def test_a_fact_told_only_in_pieces_of_quotations_is_not_shown() -> None:
    # two outlets carry the same quotation, each cut in two by the splitter
    story = Story([_article("a", [OPENING, CLOSING]), _article("b", [OPENING, CLOSING])])
    assert build_facts(story, group_sentences(story), set()) == []
    # the same words as whole sentences are a fact of both outlets
    plain = [OPENING.strip("`"), CLOSING.replace("''", "")]
    story = Story([_article("a", plain), _article("b", plain)])
    facts = build_facts(story, group_sentences(story), set())
    assert facts and all(f.support == 2 for f in facts)


def test_a_piece_supports_the_fact_a_whole_sentence_shows() -> None:
    story = Story([_article("a", [OPENING, CLOSING]), _article("b", [WHOLE])])
    (fact,) = build_facts(story, group_sentences(story), set())
    assert fact.text == WHOLE
    assert fact.support == 2
    assert {(r.article, r.sentence) for r in fact.sources} == {("a", 0), ("b", 0)}


def test_a_fact_is_not_shown_by_a_sentence_pointing_back() -> None:
    # "a" repeats the words of both others, so is the most similar: but "Following the
    # flood," reads only after the flood is told
    lines = {
        "a": "Following the flood, the Velmora dam authority closed the river road on Tuesday.",
        "b": "The Velmora dam authority closed the river road on Tuesday.",
        "c": "After the flood the dam authority closed the river road on Tuesday.",
    }
    story = Story([_article(k, [v]) for k, v in lines.items()])
    (fact,) = build_facts(story, group_sentences(story), set())
    assert fact.support == 3
    assert fact.text != lines["a"]


def test_an_inch_mark_does_not_make_a_quote_piece() -> None:
    lines = {
        "a": 'Up to 14" of rain fell on Velmora on Tuesday, closing the river road.',
        "b": 'Up to 14" of rain fell on Velmora on Tuesday, officials said, closing the river road.',
        "c": 'A storm dumped up to 14" of rain on Velmora on Tuesday, closing the river road.',
    }
    story = Story([_article(k, [v]) for k, v in lines.items()])
    assert not any(quote_piece(story, i) for i in range(3))
    (fact,) = build_facts(story, group_sentences(story), set())
    assert fact.support == 3
    # an unclosed quotation is still a piece, digits or not
    story = Story([_article("a", ['"Up to 14 inches of rain fell on Velmora on Tuesday.'])])
    assert quote_piece(story, 0)
