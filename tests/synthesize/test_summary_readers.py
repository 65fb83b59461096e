"""Summary sentences a reader wants: no standfirst in headline style, no sentence cut off at
an ellipsis, no question of the writer's, no "I" whose speaker goes unnamed, and support
counted per outlet, so one outlet's several articles cannot fill the summary alone."""

from __future__ import annotations

import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.model import AnalyzedArticle, Article, Span
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import candidate, summarize
from crossbrief.synthesize.summary_candidates import (
    deck,
    in_place,
    speaker_before_it,
    unnamed_speaker,
)
from crossbrief.synthesize.summary_rules import asked, complete, introduces, unanswered
from crossbrief.synthesize.text import first_person
from tests.synthesize.builders import tagged_article


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry sank off Dunmore on Monday when the storm broke over the...", False),
        ("The ferry sank off Dunmore on Monday when the storm broke over the\u2026", False),
        # a speaker trailing off inside quotation marks is told whole
        ('The captain said: "We will see what the insurers say..."', True),
        ("The ferry sank off Dunmore on Monday when the storm broke.", True),
    ],
)
def test_a_sentence_ending_in_an_ellipsis_is_cut_off(text: str, expected: bool) -> None:
    assert complete(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is the Dunmore ferry still worth saving after the strike?", True),
        ('"Will the ferry sail again this winter?" the mayor of Dunmore asked.', False),
        ('The mayor of Dunmore asked: "Will the ferry sail again this winter?"', False),
        ("The mayor of Dunmore asked whether the ferry would sail again.", False),
    ],
)
def test_the_writers_own_question_is_no_candidate(text: str, expected: bool) -> None:
    assert asked(text) == expected
    assert candidate(text, 100) == (not expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee was asked on Monday whether the ferry would sail again this winter.", True),
        ("The mayor of Dunmore was asked last week if the harbour fees would rise.", True),
        # answered in the sentence, a request, a fronted question with its answer
        ("The mayor was asked if the harbour fees would rise, and said they would not.", False),
        ("Ann Lee was asked whether the ferry would sail; she replied that it would.", False),
        ("Ann Lee was asked to lead the inquiry into the sinking of the Dunmore ferry.", False),
        ("Asked whether the ferry would sail again, Ann Lee said it would in May.", False),
        # answered after a comma: the question in a clause, its answer in the main one
        ("When Tom Hale was asked whether the ferry would sail, he said it would.", False),
        ("Ann Lee, who was asked if she would stand, said on Monday that she would.", False),
        ("Ann Lee was asked on Monday if she would stand, replying that she would not.", False),
        # negative case: a comma alone, with no answer after it, answers nothing
        ("Ann Lee was asked whether the ferry would sail, a week after the storm.", True),
    ],
)
def test_a_question_put_to_someone_with_no_answer_is_no_candidate(
    text: str, expected: bool
) -> None:
    assert unanswered(text) == expected
    assert candidate(text, 100) == (not expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("One sceptical view came from Ann Lee, a harbour pilot in Dunmore.", True),
        ("Sharp criticism of the plan came from the Velmora ferry union.", True),
        ("Another warning came from the head of the coastguard at Dunmore.", True),
        # Negative: the words come in the sentence too, or it tells no words at all
        ("Criticism came from Ann Lee, who said the fees were far too high.", False),
        ('One warning came from the coastguard: "The quay is not safe."', False),
        ("The money for the new quay came from the harbour board of Velmora.", False),
    ],
)
def test_a_sentence_that_only_names_who_spoke_next_is_no_candidate(
    text: str, expected: bool
) -> None:
    assert introduces(text) == expected
    assert candidate(text, 100) == (not expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Like the skipper herself I am caught in a mix of dread and joy.", True),
        ("Yesterday I saw the ferry leave the harbour at Dunmore for the last time.", True),
        ("The strike cost me my job at the Dunmore harbour, the deckhand's letter said.", True),
        # quoted, or a numeral after a name
        ('"I am caught in a mix of dread," Ann Lee said on Monday.', False),
        ("The ferry was built in Dunmore before World War I and sank in 1931.", False),
        ("The coal mine near Dunmore closed in March after the strike.", False),
        # a name before a comma is no numeral's name; "we" is no speaker's "I"
        ("Ann Lee, I am sure, would sail the ferry again.", True),
        ("In March, I sold my boat at the Dunmore harbour.", True),
        ("We sold the boat at the Dunmore harbour in March.", False),
    ],
)
def test_first_person_outside_quotation_marks(text: str, expected: bool) -> None:
    assert first_person(text, plural=False, quoted=False) == expected


def test_an_unnamed_i_reads_only_after_the_sentence_naming_its_speaker() -> None:
    named = tagged_article(
        "named",
        [
            'Ann Lee said on Monday: "I am proud of the crew of the ferry and its captain.',
            "With their skill and their courage I know we will make the crossing safely.",
            "The ferry sails from Dunmore to Varrow twice a day in summer.",
        ],
        (("Ann Lee", "PERSON"),),
    )
    unnamed = tagged_article(
        "unnamed",
        [
            "The ferry to Varrow will sail again from Dunmore on Friday after the strike.",
            "With their skill and their courage I know we will make the crossing safely.",
        ],
        (("Ann Lee", "PERSON"),),
    )
    story = Story([named, unnamed])
    # 0-2 of "named", 3-4 of "unnamed"
    assert [unnamed_speaker(story, i) for i in range(5)] == [False, True, False, False, True]
    assert speaker_before_it(story, 1) and not speaker_before_it(story, 4)
    # the one whose speaker is named nowhere near is no candidate; the other stays for the
    # summary to read after the sentence before it
    assert in_place(story, range(5)) == [0, 1, 2, 3]


def test_a_summary_reads_an_unnamed_i_only_with_its_speaker() -> None:
    line = "With their skill and their courage I know we will make the crossing to Varrow safely."
    lines = [
        "Ann Lee addressed the crew on the Dunmore ferry at the harbour on Monday.",
        "The crew had been on strike for three weeks before the talks ended.",
        line,
    ]
    names = (("Ann Lee", "PERSON"),)
    arts = [tagged_article(a, lines, names) for a in ("a", "b", "c")]
    story = Story(arts)
    chosen = [s.text for s in summarize(story, [], 17, {})]
    assert line not in chosen  # the sentence before it names no speaker
    # negative case: with its speaker named just before, it may stand after that sentence
    lines[1] = "Ann Lee said she would lead the deckhands through the winter storms."
    arts = [tagged_article(a, lines, names) for a in ("a", "b", "c")]
    story = Story(arts)
    assert speaker_before_it(story, 2)
    chosen = [s.text for s in summarize(story, [], 60, {})]
    assert line in chosen and chosen.index(line) == chosen.index(lines[1]) + 1


def _paragraphs(aid: str, paragraphs: list[str]) -> AnalyzedArticle:
    text = "\n\n".join(paragraphs)
    spans, pos = [], 0
    for p in paragraphs:
        spans.append(Span(pos, pos + len(p)))
        pos += len(p) + 2
    return AnalyzedArticle(
        Article(id=aid, text=text, source=aid, title="Ferry talks"), tuple(spans)
    )


def test_a_standfirst_in_headline_style_is_no_candidate() -> None:
    article = _paragraphs(
        "a",
        [
            "Mayor may take role in push to end ferry strike in Dunmore.",
            "The mayor of Dunmore will meet the ferry company and the crew on Friday.",
            "The strike has stopped every crossing to Varrow for three weeks.",
        ],
    )
    lead = _paragraphs(
        "b",
        [
            # a short lead: it has its articles
            "The mayor will meet the ferry crew in Dunmore.",
            "The strike has stopped every crossing to Varrow for three weeks.",
        ],
    )
    alone = _paragraphs("c", ["Mayor may take role in push to end ferry strike in Dunmore."])
    story = Story([article, lead, alone])
    assert [deck(story, i) for i in range(len(story.sentences))] == [
        True,
        False,
        False,
        False,
        False,
        False,  # nothing follows it: the article's only paragraph
    ]
    assert 0 not in in_place(story, range(len(story.sentences)))


def test_two_articles_of_one_outlet_are_one_witness() -> None:
    blog = "The harbour board met in Dunmore at noon to discuss the price of fuel."
    told = "The ferry crew of Dunmore ended the strike on Monday after talks with the company."
    arts = [
        tagged_article("blog1", [blog, "The fuel price rose again in May."]),
        tagged_article("blog2", [blog, "The fuel price fell again in June."]),
        tagged_article("b", [told]),
        tagged_article("c", [told]),
    ]
    one_outlet = [
        AnalyzedArticle(
            Article(id=a.article.id, text=a.article.text, source="blog" if k < 2 else a.article.id),
            a.sentences,
        )
        for k, a in enumerate(arts)
    ]
    story = Story(one_outlet)
    assert story.reporters == {"blog1": "blog", "blog2": "blog", "b": "b", "c": "c"}
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    weights = summary_module._concept_weights(story, concepts)
    assert "harbour board" not in weights  # one outlet's, however many of its articles
    assert "ferri crew" in weights or "crew" in weights
    # negative case: four outlets, and the two that tell the board's meeting are two
    story = Story(arts)
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    assert "harbour board" in summary_module._concept_weights(story, concepts)
