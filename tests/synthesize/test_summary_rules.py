"""The summary's sentence rules: cut-off pieces, bare quotations, a pronoun before a name."""

from __future__ import annotations

from typing import Any

import pytest

import crossbrief.synthesize.summary as summary_module
from crossbrief.analyze import analyze_articles
from crossbrief.model import AnalyzedArticle, Article, Mention, Quote, Span
from crossbrief.synthesize.facts import FactGroup, group_sentences
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary import candidate, same_event, summarize
from crossbrief.synthesize.summary_quotes import inside_quotation, wholly_quoted
from crossbrief.synthesize.summary_rules import (
    needs_antecedent,
    needs_previous,
    starts_as_sentence,
    unowned_figure,
)
from crossbrief.synthesize.text import stem
from tests.synthesize.builders import tagged_article
from tests.synthesize.stories import lines_story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill at Dunmore closed on Friday.", True),
        ("42 workers lost their jobs at the mill.", True),
        ("``We will reopen,'' the owner said.", True),
        ("\u201cWe will reopen,\u201d the owner said.", True),
        ("$3 million was owed to the workers.", True),
        ("the workers at the mill in Dunmore in 1997 and 1998.", False),
        ("and the owner said nothing more about it.", False),
        ("\u00c9mile Varga reopened the mill on Friday.", True),
        ("\u0141\u00f3d\u017a welcomed the reopening of the mill.", True),
        ("\u00e9galement the mill reopened.", False),
    ],
)
def test_starts_as_sentence(text: str, expected: bool) -> None:
    assert starts_as_sentence(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("``We will reopen the mill before the winter comes.''", True),
        ('"We will reopen the mill before the winter comes."', True),
        ("\u201cWe will reopen the mill before the winter comes.\u201d", True),
        ("``We will reopen,'' the owner said, ``before the winter.''", False),
        ('"We will reopen the mill," the owner said.', False),
        ('The owner said: "We will reopen the mill."', False),
        ("The owner said the mill would reopen.", False),
    ],
)
def test_wholly_quoted(text: str, expected: bool) -> None:
    assert wholly_quoted(text) is expected


def test_candidate_keeps_out_pieces_and_bare_quotations() -> None:
    whole = "The Dunmore mill closed on Friday after ninety years of weaving wool."
    assert candidate(whole, 100)
    assert not candidate(whole, 5)  # longer than the budget
    assert not candidate(whole[0].lower() + whole[1:], 100)
    assert not candidate(f"``{whole}''", 100)


MILL = [
    "The Dunmore wool mill closed on Friday after ninety years, putting 240 weavers out of work.",
    "Its owner, Colm Reddan, blamed the price of electricity and cheap imported cloth.",
    "Since the closure was announced in March, he said, the mill had lost its last buyers.",
    "Colm Reddan said he had offered the mill to the weavers for one euro.",
    "The looms will be sold at auction in Galway next month, she added.",
    "About a third of the weavers he employed were over sixty years old.",
    "A new owner, Brona Kells, will reopen the Dunmore wool mill in May with 60 weavers, "
    "the county council said on Saturday after a long meeting in the town hall.",
]
# The same news, shorter, as a piece the splitter cut off and as a bare quotation: with a
# budget too small for the whole sentence above, only the rules keep them out.
PAPER = [
    "The Dunmore wool mill shut on Friday after ninety years and 240 weavers lost their jobs.",
    "the new owner Brona Kells will reopen the Dunmore wool mill in May.",
    "``Brona Kells will reopen the Dunmore wool mill in May with 60 weavers.''",
]


@pytest.fixture(scope="module")
def mill_story(nlp: Any) -> Story:
    return lines_story(nlp, "2031-02-07", mill=MILL, paper=PAPER)


def test_needs_previous(mill_story: Story) -> None:
    texts = [s.text for s in mill_story.sentences]
    # "he" before anyone is named: the owner is in the sentence before.
    assert needs_previous(mill_story, texts.index(MILL[2]))
    # "he" after the person it points to, in the same sentence.
    assert not needs_previous(mill_story, texts.index(MILL[3]))
    # "Its" opens the sentence: the existing opener rule still holds.
    assert needs_previous(mill_story, texts.index(MILL[1]))
    # A trailing attribution to someone named elsewhere.
    assert needs_previous(mill_story, texts.index(MILL[4]))
    assert needs_previous(mill_story, texts.index(MILL[5]))
    assert not needs_previous(mill_story, texts.index(MILL[0]))


def test_summary_never_takes_a_piece_or_a_bare_quotation(mill_story: Story) -> None:
    for words in (14, 20, 40, 80, 200):
        summary = summarize(mill_story, group_sentences(mill_story), words, {})
        texts = [s.text for s in summary]
        assert PAPER[1] not in texts
        assert PAPER[2] not in texts
        for n, s in enumerate(summary):
            i = next(k for k, t in enumerate(mill_story.sentences) if t.ref == s.sources[0])
            if needs_previous(mill_story, i):
                prev = summary[n - 1].sources[0] if n else None
                assert prev is not None and (prev.article, prev.sentence + 1) == (
                    s.sources[0].article,
                    s.sources[0].sentence,
                )


# One event in two outlets' words, with different counts: no paraphrase, the same day.
GROUNDING = [
    (
        "tide",
        "2031-06-02",
        [
            "The trawler Silver Wren ran aground near Keld Point on Sunday after losing power.",
            "All nine fishermen were lifted off by a lifeboat crew from Keld.",
        ],
    ),
    (
        "gazette",
        "2031-06-03",
        [
            "A fishing boat with eleven men aboard ran aground near Keld Point on Sunday.",
            "Harbour staff said the Silver Wren had left port before dawn on Sunday.",
        ],
    ),
    (
        "post",
        "2031-06-02",
        [
            "The Silver Wren ran aground near Keld Point on Sunday, and a lifeboat crew "
            "rescued the fishermen.",
            "Fuel was seen on the water near Keld Point on Sunday afternoon.",
        ],
    ),
]


@pytest.fixture(scope="module")
def grounding_story(nlp: Any) -> Story:
    articles = [
        Article(id=aid, text="\n\n".join(texts), source=aid, published=day)
        for aid, day, texts in GROUNDING
    ]
    return Story(list(analyze_articles(articles, nlp=nlp)))


def test_one_event_in_other_words_is_told_once(grounding_story: Story) -> None:
    story = grounding_story
    texts = [s.text for s in story.sentences]
    tide, gazette = texts.index(GROUNDING[0][2][0]), texts.index(GROUNDING[1][2][0])
    concepts = [summary_module._concepts(t) for t in texts]
    weights = {c: 1.0 for cs in concepts for c in cs}
    event = same_event(story, [tide, gazette], concepts, weights)
    assert event[0, 1] and event[1, 0]
    # Within one article, or without a shared day, sentences are never one event.
    fuel = texts.index(GROUNDING[2][2][1])
    post = texts.index(GROUNDING[2][2][0])
    assert not same_event(story, [post, fuel], concepts, weights).any()


def test_demo_summary_tells_the_grounding_once(demo_brief: Any) -> None:
    # The demo's outlets tell the grounding with different crew counts (23 sailors, 21 crew
    # members): no paraphrase, but one event of one day.
    told = [s.text for s in demo_brief.summary if "aground" in s.text]
    assert len(told) == 1, told


def test_same_event_of_undated_articles_needs_one_weekday(nlp: Any) -> None:
    articles = [Article(id=aid, text="\n\n".join(texts), source=aid) for aid, _, texts in GROUNDING]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    texts = [s.text for s in story.sentences]
    concepts = [summary_module._concepts(t) for t in texts]
    weights = {c: 1.0 for cs in concepts for c in cs}
    pair = [texts.index(GROUNDING[0][2][0]), texts.index(GROUNDING[1][2][0])]
    # Undated articles: "Sunday" is a weekday of no known week, the same in both reports
    # (other weekdays: ``test_summary_days``).
    assert same_event(story, pair, concepts, weights)[0, 1]
    # the lifeboat sentence names no day: nothing ties it to the grounding
    lifeboat = texts.index(GROUNDING[0][2][1])
    assert not same_event(story, [lifeboat, pair[1]], concepts, weights).any()


def test_a_dateline_on_its_own_is_no_lead(nlp: Any) -> None:
    lead = "The trawler Silver Wren ran aground near Keld Point after losing power."
    later = "Fuel was seen on the water near the harbour wall of Keld."
    articles = [
        Article(id="wire", text=f"KELD, Norland (AP) -\n\n{lead}\n\n{later}", source="wire"),
        Article(
            id="local",
            text="Oil from a stranded boat was seen near the harbour wall of Keld.\n\n"
            "The Silver Wren, a trawler, ran aground on rocks off the point on Sunday.",
            source="local",
        ),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences][:3] == ["KELD, Norland (AP) -", lead, later]
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    weights = summary_module._concept_weights(story, concepts)
    bonus = summary_module.LEAD_BONUS
    # The wire's lead is its first whole sentence; the local paper leads with the fuel.
    assert weights["ran aground"] == pytest.approx(2 + bonus)
    assert weights["harbour wall"] == pytest.approx(2 + bonus)


def test_an_article_with_no_whole_sentence_has_no_lead(nlp: Any) -> None:
    # The wire sent only its dateline: no whole sentence, so no lead to credit, and its
    # sentence 0 (the dateline) must not get the lead's bonus in its place.
    lead = "The trawler Silver Wren ran aground at Keld, Norland after losing power."
    articles = [
        Article(id="wire", text="KELD, Norland (AP) -", source="wire"),
        Article(id="local", text=lead, source="local"),
    ]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    assert [s.text for s in story.sentences] == ["KELD, Norland (AP) -", lead]
    concepts = [summary_module._concepts(s.text) for s in story.sentences]
    weights = summary_module._concept_weights(story, concepts)
    shared = next(c for c in concepts[0] & concepts[1] if " " in c)
    bonus = summary_module.LEAD_BONUS
    # the local paper's lead gets the bonus; the wire's dateline only a sentence's credit
    assert weights[shared] == pytest.approx(2 + bonus)
    assert weights[shared] != pytest.approx(2 + 2 * bonus)


def test_content_words_are_concepts_weighed_below_bigrams(mill_story: Story) -> None:
    concepts = [summary_module._concepts(s.text) for s in mill_story.sentences]
    dunmore, wool, mill = stem("dunmore"), stem("wool"), stem("mill")
    assert {dunmore, wool, mill, f"{dunmore} {wool}", f"{wool} {mill}"} <= concepts[0]
    assert "the" not in concepts[0]  # a stop word alone is no concept
    weights = summary_module._concept_weights(mill_story, concepts)
    # "wool mill" and "wool" are in the same sentences (both leads): the word weighs
    # UNIGRAM_WEIGHT of the bigram.
    assert weights[wool] == pytest.approx(summary_module.UNIGRAM_WEIGHT * weights[f"{wool} {mill}"])
    assert weights[wool] > 0


def test_one_fact_in_words_of_its_own_is_cited_but_not_excluded(mill_story: Story) -> None:
    texts = [s.text for s in mill_story.sentences]
    close, reworded, other = texts.index(MILL[0]), texts.index(PAPER[0]), texts.index(MILL[1])
    concepts = [summary_module._concepts(t) for t in texts]
    weights = {c: 1.0 for cs in concepts for c in cs if " " in c}
    # As if the fact grouping had put each pair together: the closure told twice in near
    # the same words, and the closure with the owner's reasons, which share no bigram.
    groups = [FactGroup((close, reworded)), FactGroup((close, other))]
    same, exclusive = summary_module.paraphrases(mill_story, groups, concepts, weights)
    assert same[close, reworded] and exclusive[close, reworded]
    assert same[close, other] and same[other, close]  # still cited together
    assert not exclusive[close, other] and not exclusive[other, close]
    assert not (exclusive & ~same).any()


def test_a_sentence_inside_a_quotation_begun_before_is_never_chosen(nlp: Any) -> None:
    # The quotation opens in the first sentence and runs on over two more: "I" in them is
    # Marr's, named only where it opens.
    text = (
        'Helen Marr said the crossings would stop, adding: "We have waited a year. '
        "I cannot accept another delay to the Varrow ferry crossings this winter. "
        'The strike goes on."\n\n'
        "The Varrow ferry crossings stopped on Tuesday as the strike began."
    )
    story = Story(list(analyze_articles([Article(id="a", text=text, source="a")], nlp=nlp)))
    inside = [s.text for i, s in enumerate(story.sentences) if inside_quotation(story, i)]
    assert any(t.startswith("I cannot accept") for t in inside)
    assert not any(t.startswith(("Helen Marr", "The Varrow")) for t in inside)
    for words in (14, 40, 200):
        chosen = [s.text for s in summarize(story, group_sentences(story), words, {})]
        assert not any(t.startswith("I cannot accept") for t in chosen)


def _one_article(text: str, sentences: list[str], quoted: tuple[int, int]) -> Story:
    """A story of one hand-built article: its sentences (in order, each once in ``text``)
    and one direct quotation over ``quoted`` as the analysis might read it."""
    spans = tuple(Span(text.index(s), text.index(s) + len(s)) for s in sentences)
    quote = Quote(text[quoted[0] : quoted[1]], quoted[0], quoted[1], "direct")
    article = AnalyzedArticle(Article(id="a", text=text), sentences=spans, quotes=(quote,))
    return Story([article])


def test_a_quotation_read_with_no_mark_open_leaves_the_writers_sentence_free() -> None:
    # The analysis read a quotation starting just after a closing mark and running on over
    # the writer's next sentence; no mark is open there, so that sentence reads alone.
    first = "``We will not sail,'' Ann Varga said."
    second = "The ferry company cancelled every crossing to Dunmore for the week."
    text = f"{first} {second}"
    story = _one_article(text, [first, second], (text.index("''") + 2, len(text)))
    assert not inside_quotation(story, 1)


def test_a_quotation_opened_by_its_mark_still_holds_its_next_sentence() -> None:
    first = "Ann Varga said: ``We will not sail."
    second = "The crossings to Dunmore stop for the week.''"
    text = f"{first} {second}"
    story = _one_article(text, [first, second], (text.index("We will"), len(text) - 2))
    assert inside_quotation(story, 1)


def _named(article_id: str, text: str, names: list[tuple[str, str]]) -> AnalyzedArticle:
    """A one-sentence article with the named-entity mentions ``names`` (text, type)."""
    mentions = tuple(
        Mention(name, text.index(name), text.index(name) + len(name), kind)  # type: ignore[arg-type]
        for name, kind in names
    )
    return AnalyzedArticle(
        Article(id=article_id, text=text), sentences=(Span(0, len(text)),), mentions=mentions
    )


def test_a_name_tagged_as_a_person_elsewhere_is_named_before_the_pronoun() -> None:
    # The analysis read "Marr" as a place in the second article; the first calls her Helen
    # Marr, a person, so "she" has its antecedent in her own sentence.
    story = Story(
        [
            _named("a", "Helen Marr runs the Varrow ferry to Dunmore.", [("Helen Marr", "PERSON")]),
            _named(
                "b", "Marr said she would keep the ferry running all winter.", [("Marr", "GPE")]
            ),
        ]
    )
    assert not needs_previous(story, 1)
    alone = Story([story.articles[1]])  # nowhere tagged as a person: a place's "she" dangles
    assert needs_previous(alone, 0)


@pytest.mark.parametrize(
    ("text", "names", "expected"),
    [
        ("Since the spring, his boats have carried no one to Dunmore.", [], True),
        ("The council told him the ferry would stop in the winter.", [], True),
        (
            "Helen Marr said her boats would sail again in the spring.",
            [("Helen Marr", "PERSON")],
            False,
        ),
        ("The council said its boats would sail again in the spring.", [], False),
    ],
)
def test_a_possessive_or_object_pronoun_before_any_name_needs_the_sentence_before(
    text: str, names: list[tuple[str, str]], expected: bool
) -> None:
    assert needs_previous(Story([_named("a", text, names)]), 0) is expected


def test_a_figure_with_no_owner_reads_after_the_sentence_naming_the_company() -> None:
    lines = [
        "Velmora Air has posted a record half-year profit after cutting costs.",
        "Net profit in the half-year to June rose 12% to $40m.",
        "Net profit at Dunmore Ferries fell 3% in the same half.",
        "Sales of electric bikes in Velmora doubled last year.",
        "Pre-tax profits fell at Dunmore Ferries, the harbour board said.",
    ]
    story = Story(
        [tagged_article("air", lines, (("Velmora Air", "ORG"), ("Dunmore Ferries", "ORG")))]
    )
    assert [unowned_figure(story, i) for i in range(len(lines))] == [
        False,
        True,
        False,
        False,
        False,
    ]
    assert needs_previous(story, 1)
    assert not needs_previous(story, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of many who hold a seat, told before by a place or a party and the seat
        ("The Velmora MEP, who quit the harbour party last month, wants a new group.", True),
        ("The Dunmore Labour MP said the harbour would close in the spring.", True),
        ("The Varrow senator said the bridge bill would pass by Friday.", True),
        # Negative: the name follows the seat, or the sentence names no seat
        ("The Varrow senator Ann Lee said the bridge bill would pass by Friday.", False),
        ("The Dunmore MP Ann Lee said the harbour would close in the spring.", False),
        ("The Velmora harbour board said the quay would close in the spring.", False),
    ],
)
def test_a_seat_holder_told_before_by_place_and_seat_needs_the_sentence_before(
    text: str, expected: bool
) -> None:
    assert needs_antecedent(text) is expected


def test_a_predicate_naming_a_member_of_a_group_told_before_needs_the_sentence_before() -> None:
    lines = [
        "The harbour board of Velmora listed four demands for the ferry company on Monday.",
        "Cutting the fares to the islands and keeping the night crossing was one of them.",
        "Ann Lee was among those who signed the letter to the ferry company.",
        "The board sacked three pilots in May, and Ann Lee was one of them.",
        "The night crossing to the islands is one of the oldest in the north.",
    ]
    story = Story([tagged_article("a", lines, (("Ann Lee", "PERSON"),))])
    assert needs_previous(story, 1)
    # Negative: the group is told in the sentence itself ("those who signed", "three
    # pilots ... one of them"), or "one of the oldest" picks by rank
    assert [needs_previous(story, i) for i in (2, 3, 4)] == [False, False, False]
