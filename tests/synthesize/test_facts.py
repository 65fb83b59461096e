"""Fact groups: paraphrases across outlets grouped, support counted in distinct outlets."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from crossbrief.model import AnalyzedArticle, Article, Quote, Span
from crossbrief.synthesize.fact_shown import representative, speakerless
from crossbrief.synthesize.facts import (
    FactGroup,
    build_facts,
    claim_sentences,
    group_sentences,
    statement,
)
from crossbrief.synthesize.story import Story


def _article(aid: str, source: str, lines: list[str]) -> AnalyzedArticle:
    text = "\n".join(lines)
    spans, pos = [], 0
    for line in lines:
        spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return AnalyzedArticle(Article(id=aid, text=text, source=source), tuple(spans))


ARTICLES = [
    _article(
        "a1",
        "Harbour Post",
        [
            "The Velmora dam burst on Tuesday, flooding three villages downstream.",
            "The regional governor ordered an inquiry into the dam's maintenance.",
        ],
    ),
    _article(
        "a2",
        "Coast Wire",
        [
            "Three villages downstream were flooded when the Velmora dam burst on Tuesday.",
            "A local bakery reopened after repairs to its oven.",
        ],
    ),
    _article(
        "a3",
        "Harbour Post",  # a second article of the same outlet adds no support
        ["The Velmora dam burst on Tuesday and flooded three villages downstream."],
    ),
]


def test_paraphrases_group_and_support_counts_outlets() -> None:
    story = Story(ARTICLES)
    facts = build_facts(story, group_sentences(story), set())
    dam = [f for f in facts if "dam" in f.text and "burst" in f.text]
    assert len(dam) == 1
    assert {r.article for r in dam[0].sources} == {"a1", "a2", "a3"}
    assert dam[0].support == 2  # Harbour Post twice, Coast Wire once
    assert all("bakery" not in f.text for f in facts)


def test_group_has_one_sentence_per_article_and_covers_every_sentence() -> None:
    story = Story(ARTICLES)
    groups = group_sentences(story)
    seen = [i for g in groups for i in g.members]
    assert sorted(seen) == list(range(len(story.sentences)))
    for g in groups:
        arts = [story.sentences[i].article for i in g.members]
        assert len(arts) == len(set(arts))


def test_seed_facts_support_equals_distinct_outlets(seed_brief: Any) -> None:
    outlet = {a.id: (a.source.strip() or a.id) for a in seed_brief.articles}
    assert seed_brief.facts, "the seed articles share facts"
    for fact in seed_brief.facts:
        arts = [r.article for r in fact.sources]
        assert len(arts) == len(set(arts)), "one sentence per article"
        assert fact.support == len({outlet[a] for a in arts}) >= 2
    for s in seed_brief.summary:
        assert s.support == len({outlet[r.article] for r in s.sources})


def test_headings_and_quote_pieces_state_no_fact() -> None:
    a = _article("h1", "Harbour Post", ["Dam repair talks", "A bakery reopened after repairs."])
    b = _article("h2", "Coast Wire", ["Dam repair talks will resume on Friday, engineers said."])
    story = Story([a, b])
    assert story.similarity[0, 2] >= 0.3  # the heading shares the sentence's key words
    assert build_facts(story, group_sentences(story), set()) == []


def test_a_sentence_ending_in_an_ellipsis_or_bracket_states_a_fact() -> None:
    assert statement("The rescue teams worked through the night\u2026")
    assert statement("The mayor thanked the rescue teams [for their work].")
    assert not statement("Third round of talks in Orsk")


def test_a_sentence_reporting_two_facts_counts_for_both() -> None:
    story = Story(
        [
            _article(
                "p",
                "Plains Post",
                [
                    "The dance hall blaze was the deadliest fire in the country's modern history.",
                    "In 1961, 14 guests died in a hotel fire in the town of Brask.",
                ],
            ),
            _article(
                "q",
                "Quay Times",
                [
                    "The blaze at the dance hall was the deadliest fire in the country's modern "
                    "history.",
                    "In 1961, 14 guests died in a fire at a hotel in the town of Brask.",
                ],
            ),
            _article(
                "r",
                "River Daily",
                [
                    "The dance hall blaze was the country's deadliest fire since 1961, when 14 "
                    "guests died in a hotel fire in the town of Brask.",
                ],
            ),
        ]
    )
    groups = group_sentences(story)
    assert sum(2 in g.members for g in groups) == 1  # grouped once...
    facts = build_facts(story, groups, set())
    told = [{(r.article, r.sentence) for r in f.sources} for f in facts]
    assert {("p", 1), ("q", 1), ("r", 0)} in told  # ...but reports both facts
    assert {("p", 0), ("q", 0), ("r", 0)} in told
    assert all(f.support == 3 for f in facts)


def test_a_fact_is_shown_by_a_sentence_that_reads_on_its_own() -> None:
    # The pronoun-led sentence is the most similar to the others (it repeats both one's
    # words), but "It said" names no one: the fact is shown by a sentence that does.
    lines = {
        "b1": "It said the Velmora dam burst on Tuesday and flooded three villages downstream.",
        "b2": "The dam authority said the Velmora dam burst on Tuesday, flooding three villages.",
        "b3": "Three villages downstream were flooded when the Velmora dam burst on Tuesday.",
    }
    story = Story([_article(k, f"outlet {k}", [v]) for k, v in lines.items()])
    (fact,) = build_facts(story, group_sentences(story), set())
    assert fact.support == 3
    assert fact.text != lines["b1"]


def test_a_fact_is_not_shown_by_a_sentence_inside_a_quotation() -> None:
    # b1's second line continues Lee's quotation: shown alone, its words would be no one's.
    b1 = 'Mayor Ann Lee said: "We waited all night.\nThe Velmora dam burst on Tuesday and flooded three villages downstream."'
    opening = b1.index('"') + 1
    quote = Quote(b1[opening:-1], opening, len(b1) - 1, "direct", "Mayor Ann Lee", 0, 13)
    lines = {
        "b2": "The dam authority said the Velmora dam burst on Tuesday, flooding three villages.",
        "b3": "Three villages downstream were flooded when the Velmora dam burst on Tuesday.",
    }
    quoted = replace(_article("b1", "outlet b1", b1.split("\n")), quotes=(quote,))
    story = Story([quoted, *(_article(k, f"outlet {k}", [v]) for k, v in lines.items())])
    (fact,) = build_facts(story, group_sentences(story), set())
    assert fact.support == 3
    assert fact.text in lines.values()


REPORT = [
    "The Velmora dam burst on Tuesday and flooded three villages downstream.",
    "Rescue teams reached the villages by boat on Wednesday morning.",
    "The regional governor visited the shelters and promised new housing.",
    "Engineers had warned of cracks in the dam wall last spring.",
]
OTHER = [
    "Three villages were flooded when the Velmora dam gave way on Tuesday.",
    "Engineers had reported cracks in the wall of the dam a year earlier.",
    "A bakery in the old town reopened after repairs.",
]


def test_a_copy_of_a_report_adds_no_support_but_stays_cited() -> None:
    articles = [
        _article("c1", "Harbour Post", REPORT),
        _article("c4", "Valley Daily", REPORT),  # the same text under another name
        _article("c7", "Coast Wire", OTHER),
    ]
    story = Story(articles)
    assert story.versions == {"c1": "c1", "c4": "c1", "c7": "c7"}
    dam = [f for f in build_facts(story, group_sentences(story), set()) if "dam" in f.text]
    assert dam and all({"c1", "c4"} <= {r.article for r in f.sources} for f in dam)
    assert all(f.support == 2 for f in dam)


def test_reports_sharing_a_few_lines_are_not_copies() -> None:
    # two alike sentences (a stock background line, a shared statement) make no copy
    other = [*REPORT[:2], "The bakery in the old town reopened.", "Its owner thanked the town."]
    story = Story([_article("c1", "Harbour Post", REPORT), _article("c2", "Coast Wire", other)])
    assert story.versions == {"c1": "c1", "c2": "c2"}
    (dam,) = [f for f in build_facts(story, group_sentences(story), set()) if "dam" in f.text]
    assert dam.support == 2


def test_a_wire_routing_line_states_nothing() -> None:
    assert not statement("The fire in the old mill, 3rd graf pvs.")
    assert not statement("The Communist leader said, 2nd grafs prv.")
    # "graf" alone, or an ordinal before another word, is ordinary prose
    assert statement("The 3rd regiment paraded past the graf's old castle.")


def test_a_fact_is_an_attributed_claim_only_when_its_shown_sentence_is_one() -> None:
    story = Story(ARTICLES)
    (dam,) = [f for f in build_facts(story, group_sentences(story), set()) if "burst" in f.text]
    shown = next(
        r for r in dam.sources if story.by_id[r.article].sentence_text(r.sentence) == dam.text
    )
    others = {(r.article, r.sentence) for r in dam.sources if r != shown}
    # another outlet's sentence carrying someone's words leaves the shown one a plain fact
    (plain,) = [f for f in build_facts(story, group_sentences(story), others) if "burst" in f.text]
    assert not plain.attributed
    (claim,) = [
        f
        for f in build_facts(story, group_sentences(story), {(shown.article, shown.sentence)})
        if "burst" in f.text
    ]
    assert claim.attributed


def test_a_first_person_line_with_no_speaker_in_it_is_not_the_shown_sentence() -> None:
    story = Story(
        [
            _article("p1", "Post", ["I do not expect any fine over the spill at the depot."]),
            _article(
                "p2",
                "Wire",
                ["The firm expects no fine over the spill at the depot, a lawyer said."],
            ),
        ]
    )
    assert speakerless(story, 0) and not speakerless(story, 1)
    assert representative(story, FactGroup((0, 1))) == 1  # "I" is no one on its own


def test_a_first_person_line_naming_its_speaker_reads_alone() -> None:
    line = "I do not expect any fines at all, the owner said."
    said = Quote("I do not expect any fines at all", 0, 32, "indirect", "the owner", 34, 43)
    article = replace(_article("p1", "Post", [line]), quotes=(said,))
    story = Story([article])
    assert not speakerless(story, 0)


def test_another_outlets_copy_of_a_ledger_line_carries_someones_words() -> None:
    from crossbrief.model import BriefQuote

    words = "the bridge will reopen in June"
    first = _article("q1", "Post", ["The bridge will reopen in June, the mayor said."])
    copy = _article(
        "q2", "Wire", ["Traffic was heavy on Monday.", "The bridge will reopen in June, she said."]
    )
    at = copy.article.text.index("The bridge")
    copy = replace(copy, quotes=(Quote(words, at, at + len(words), "indirect"),))
    line = BriefQuote(words, "indirect", None, "the mayor", "said", "q1", 0, ("q2",))
    assert claim_sentences(Story([first, copy]), [line]) == {("q1", 0), ("q2", 1)}
    # an article the line is not also in is not read
    alone = replace(line, also_in=())
    assert claim_sentences(Story([first, copy]), [alone]) == {("q1", 0)}


def test_one_shared_scare_quote_is_no_copy_of_a_ledger_line() -> None:
    from crossbrief.model import BriefQuote

    words = "the harbour plan is reckless and will cost the town dearly"
    first = _article("q1", "Post", [f"{words.capitalize()}, the mayor said."])
    other = _article("q2", "Wire", ['The council passed the "reckless" harbour budget on Monday.'])
    at = other.article.text.index("reckless")
    other = replace(other, quotes=(Quote("reckless", at, at + 8, "direct"),))
    line = BriefQuote(words, "indirect", None, "the mayor", "said", "q1", 0, ("q2",))
    # one word of the line's six is no copy of it: the sentence is the outlet's own
    assert claim_sentences(Story([first, other]), [line]) == {("q1", 0)}
