"""A fact's text reads alone: no piece of a sentence, no question, no quotation with no
speaker; one sentence printed twice is one fact."""

from __future__ import annotations

import pytest

from crossbrief.model import AnalyzedArticle, Article, Quote, Span
from crossbrief.synthesize.fact_shown import fragment, leans_back
from crossbrief.synthesize.facts import build_facts, group_sentences
from crossbrief.synthesize.story import Story


def _article(aid: str, lines: list[str]) -> AnalyzedArticle:
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return AnalyzedArticle(Article(id=aid, text=text, source=f"outlet {aid}"), tuple(spans))


def _facts(articles: dict[str, list[str]]) -> list:
    story = Story([_article(k, v) for k, v in articles.items()])
    return build_facts(story, group_sentences(story), set())


def test_pieces_and_questions_are_fragments_and_statements_are_not() -> None:
    assert fragment("that the harbour board's rivals were to blame for the delay.")
    assert fragment("Will the harbour board's mooring fees rise again next year?")
    assert not fragment("The harbour board's rivals were to blame for the delay, Lee said.")
    assert not fragment('"Is it safe?" the harbour master asked.')
    assert not fragment("Lee's remark makes the town ask: ``Is the harbour board honest?''")
    assert not fragment("eBay sold the harbour board's old ferry on Monday.")


def test_a_fact_told_only_in_pieces_is_not_shown() -> None:
    piece = "that the harbour board's rivals in the council were to blame for the delay."
    assert _facts({"a": [piece], "b": [piece]}) == []


def test_a_question_does_not_show_a_fact_a_statement_tells() -> None:
    question = "Has the Velmora harbour board raised its mooring fees this year?"
    statement = "The Velmora harbour board has raised its mooring fees this year."
    (fact,) = _facts({"a": [question], "b": [statement]})
    assert fact.text == statement


def test_a_quotation_with_no_speaker_is_no_facts_text() -> None:
    bare = '"The harbour master is an emotional wreck after the crash."'
    assert _facts({"a": [bare], "b": [bare]}) == []
    named = 'Lee said: "The harbour master is an emotional wreck after the crash."'
    (fact,) = _facts({"a": [bare], "b": [named]})
    assert fact.text == named


def test_one_sentence_printed_twice_is_one_fact() -> None:
    told = "The Velmora harbour board voted on Monday to close the old ferry pier for good."
    other = "On Monday the Velmora harbour board voted to shut the old ferry pier for good."
    # "a" and "b" print the sentence twice: each copy is grouped with the other's copy
    facts = _facts({"a": [told, told], "b": [told, told], "c": [other]})
    texts = [f.text for f in facts]
    assert len(texts) == len(set(texts))
    (fact,) = [f for f in facts if f.text == told]
    assert {r.article for r in fact.sources} == {"a", "b", "c"}


def test_a_line_naming_its_speaker_shows_the_fact_before_a_speakerless_one() -> None:
    bare = "I promised that she would always have the ferry logs from me."
    named = '"I promised that she would always have the ferry logs from me," said Lee.'
    words = named[1 : named.index(",")]
    at = named.index("Lee")
    quote = Quote(words, 1, 1 + len(words), "direct", "Lee", at, at + 3, "Lee")
    said = AnalyzedArticle(
        Article(id="b", text=named, source="outlet b"), (Span(0, len(named)),), (), (quote,)
    )
    story = Story([_article("a", [bare]), said])
    (fact,) = build_facts(story, group_sentences(story), set())
    assert fact.text == named


def test_a_first_person_line_read_as_spoken_by_i_names_no_speaker() -> None:
    line = "I expect the harbour survey to be finished early for the town."
    at = line.index("I expect")
    quote = Quote(line[at + 9 : -1], at + 9, len(line) - 1, "indirect", "I", at, at + 1, None)
    said = AnalyzedArticle(
        Article(id="a", text=line, source="outlet a"), (Span(0, len(line)),), (), (quote,)
    )
    story = Story([said, _article("b", [line])])
    assert build_facts(story, group_sentences(story), set()) == []


def test_an_opened_quotation_naming_its_speaker_shows_the_fact_before_a_bare_line() -> None:
    bare = "With this crew I know we will rebuild the old harbour pier by spring."
    opened = 'Ann Lee said: "With this crew I know we will rebuild the old harbour pier by spring.'
    words = opened[opened.index('"') + 1 :]
    start = opened.index(words)
    quote = Quote(words, start, len(opened), "direct", "Ann Lee", 0, 7, "Ann Lee")
    said = AnalyzedArticle(
        Article(id="b", text=opened, source="outlet b"), (Span(0, len(opened)),), (), (quote,)
    )
    story = Story([_article("a", [bare]), said])
    (fact,) = build_facts(story, group_sentences(story), set())
    assert fact.text == opened


def test_an_opened_quotation_whose_speaker_is_a_pronoun_shows_no_fact() -> None:
    opened = 'He said: "With this crew I know we will rebuild the old harbour pier by spring.'
    words = opened[opened.index('"') + 1 :]
    quote = Quote(words, opened.index(words), len(opened), "direct", "He", 0, 2, None)
    said = AnalyzedArticle(
        Article(id="b", text=opened, source="outlet b"), (Span(0, len(opened)),), (), (quote,)
    )
    bare = "With this crew I know we will rebuild the old harbour pier by spring."
    story = Story([_article("a", [bare]), said])
    assert build_facts(story, group_sentences(story), set()) == []


def test_a_member_leaning_on_the_latter_or_the_two_does_not_show_the_fact() -> None:
    # the sentence before told who "the two" are, and what "the latter" is
    for leaning, plain in (
        (
            "Choosing the latter adds an hour of range to the Velmora ferry on each crossing.",
            "Choosing the larger battery adds an hour of range to the Velmora ferry.",
        ),
        (
            "Though the two were late by an hour, they kept the Velmora ferry timetable.",
            "Though both ferries were late by an hour, they kept the Velmora timetable.",
        ),
    ):
        (fact,) = _facts({"a": [leaning], "b": [plain], "c": [leaning]})
        assert fact.text == plain


def test_the_two_or_the_former_before_a_noun_reads_alone() -> None:
    # "the two ferries" names what it counts; "the former mayor" is a title
    for alone in (
        "The Velmora operator said on Monday the two ferries had kept their schedule.",
        "The former mayor of Velmora said on Monday both ferries had kept their schedule.",
    ):
        other = "Both ferries kept their schedule on Monday despite the gale in Velmora."
        (fact,) = _facts({"a": [alone], "b": [other], "c": [alone]})
        assert fact.text == alone


def test_a_line_opening_on_a_placeholder_mark_does_not_show_the_fact() -> None:
    # a wire's underscore for a dash, cut loose from the sentence that named the subject
    cut = "_ reached the Velmora pier on Monday under its own power, police said."
    plain = "The missing ferry reached the Velmora pier on Monday under its own power."
    (fact,) = _facts({"a": [cut], "b": [plain], "c": [cut]})
    assert fact.text == plain
    assert leans_back(cut) and not leans_back("15 crew were found on Monday near the pier.")


@pytest.mark.parametrize(
    "text",
    [
        "The two injured men were flown to Velmora on Monday.",
        "The two United Nations agencies sent food to Velmora.",
        "The former Fed chairman spoke in Velmora on Monday.",
        "The former Red Cross chief spoke in Velmora.",
        "The former speed skater opened the Velmora rink.",
        "The pier will open in the latter half of 2031.",
        "The ferry sank in the latter stages of the storm.",
        "The two detained sailors were freed in Velmora.",
    ],
)
def test_a_participle_or_a_noun_after_the_two_or_the_latter_reads_alone(text: str) -> None:
    # Review fix (session 12): a word ending in "ed" is no verb after it ("Fed", "Red",
    # "speed", "injured men"), nor is a noun after "the latter"
    assert not leans_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two injured were flown to Velmora on Monday.",
        "The crew chose the latter.",
        "The former said the pier would open.",
    ],
)
def test_the_two_or_the_latter_alone_still_leans_back(text: str) -> None:
    assert leans_back(text)
