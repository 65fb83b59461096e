"""Two reviewed entity slips: a firm or place once called "the remnants of" something read
as a storm, and a well-known body's two capitals ("the EU") written only before nouns
dropped as an abbreviation of a common noun. Invented articles."""

from __future__ import annotations

from typing import Any

from tests.synthesize.builders import (
    pipeline_entities,
    story_with_entities,
    tagged_everywhere,
    types_with_form,
    with_form,
)


def test_the_remnants_of_a_firm_are_no_storm(nlp: Any) -> None:
    # "the remnants of" a failed firm, an empire or a town are what is left of it: with no
    # weather in the sentence the phrase alone is no storm's.
    found = pipeline_entities(
        nlp,
        "Lenders are quarrelling over the remnants of Corvane. Corvane went bankrupt in "
        "2023 owing $3 billion, and Halden Fund lost heavily on Corvane bonds.",
    )
    assert with_form(found, "Corvane")
    assert "EVENT" not in types_with_form(found, "Corvane")


def test_the_remnants_of_a_storm_named_alone_are_still_a_storm() -> None:
    # Negative: beside rain, floods or winds in the same sentence the remnants are a storm's,
    # one mention enough, whatever the NER guessed.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "The remnants of Ivara dumped heavy rain on Kestra overnight.",
                "Schools in Kestra stayed shut on Tuesday.",
            ],
            [("Ivara", "ORG"), ("Kestra", "GPE")],
        ),
    )
    assert types_with_form(found, "Ivara") == ["EVENT"]


def test_the_remnants_of_a_firm_plus_a_weak_cue_make_a_storm() -> None:
    # The bare phrase is still a weak cue: with a second one ("Ivara's winds") it is a storm.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            [
                "Crews cleared what was left after the remnants of Ivara passed.",
                "Ivara's winds tore roofs off in Kestra.",
            ],
            [("Ivara", "ORG"), ("Kestra", "GPE")],
        ),
    )
    assert types_with_form(found, "Ivara") == ["EVENT"]


def test_a_union_written_only_before_nouns_stays_a_body() -> None:
    # Two capitals the NER tags a body or a nation in the story ("EU funds", "the EU
    # summit") name that body even when only ever set before a noun.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Velmora will lose EU funds after the EU summit.", "The EU rules are unfair."],
            [("EU", "ORG"), ("Velmora", "GPE")],
        ),
        tagged_everywhere("a2", ["The EU decision hit Velmora hard."], [("EU", "ORG")]),
    )
    assert types_with_form(found, "EU") == ["ORG"]


def test_a_firms_capitals_before_its_shares_stay_a_firm(nlp: Any) -> None:
    # Shares and bonds are issued by a firm: the capitals before them name it.
    found = pipeline_entities(
        nlp,
        "GM shares rose 2% in Kestra on Monday. Mayor Tom Varga called the GM decision a "
        "betrayal, and GM bonds fell.",
    )
    assert types_with_form(found, "GM") == ["ORG"]


def test_capitals_tagged_a_body_but_no_union_before_nouns_are_still_dropped() -> None:
    # Negative: the NER tags a kind's capitals a body too ("the PE unit"); the tag alone
    # keeps nothing, and no union's letters are "PE".
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["The PE unit said profits rose.", "He joined the PE firm in 2010."],
            [("PE", "ORG")],
        ),
        tagged_everywhere("a2", ["PE funds have grown fast."], [("PE", "NORP")]),
    )
    assert not with_form(found, "PE")


def test_a_perfect_storm_is_an_idiom_not_a_storm() -> None:
    # "a perfect storm" is a run of troubles, said of firms and plans: no storm's name.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Shares in Corvane fell 30% on Monday.", "Corvane, a perfect storm, needs funds."],
            [("Corvane", "ORG")],
        ),
    )
    assert types_with_form(found, "Corvane") == ["ORG"]


def test_a_named_hurricane_in_apposition_is_still_a_storm() -> None:
    # Negative: a real storm word in apposition still types the name.
    _, found = story_with_entities(
        tagged_everywhere(
            "a1",
            ["Ivara, a powerful hurricane, neared Kestra.", "Schools in Kestra closed."],
            [("Ivara", "ORG"), ("Kestra", "GPE")],
        ),
    )
    assert types_with_form(found, "Ivara") == ["EVENT"]
