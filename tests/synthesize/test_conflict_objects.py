"""What a figure is about by name: the things its own clause names (invented sentences;
figures and names placed by hand)."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Article, Mention, TimeExpr
from crossbrief.synthesize.conflicts.context import EntityIndex, root
from crossbrief.synthesize.conflicts.objects import named_things
from tests.synthesize.builders import conflict_values, figures_at, line_spans


def _article(
    aid: str, text: str, figure: str, names: list[tuple[str, str]], times: tuple[str, ...] = ()
) -> AnalyzedArticle:
    """One sentence per line; the figure, each name and each date at its first occurrence."""
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=aid),
        sentences=line_spans(text),
        figures=figures_at(text, [(figure, "")]),
        mentions=tuple(
            Mention(n, text.index(n), text.index(n) + len(n), label) for n, label in names
        ),
        times=tuple(
            TimeExpr(t, text.index(t), text.index(t) + len(t), "DATE", None) for t in times
        ),
    )


def _things(
    text: str, figure: str, names: list[tuple[str, str]], times: tuple[str, ...] = ()
) -> frozenset[str]:
    a = _article("a", text, figure, names, times)
    start = text.index(figure)
    return named_things(a, EntityIndex(()), 0, len(text), start, start + len(figure))


RIVAL = "Analysts say that Leeds-based {} has tabled an offer of $2.3 billion for the shipyard."
BIDDER = "Harlow has tabled an offer of $2.5 billion for the shipyard."


def test_two_named_bidders_offers_do_not_conflict() -> None:
    # the rival's clause names no holder the holder rules read (a place opens it), but it
    # names the rival: another bidder's offer
    a = _article(
        "a", RIVAL.format("Brenmoor"), "$2.3 billion", [("Leeds", "GPE"), ("Brenmoor", "ORG")]
    )
    b = _article("b", BIDDER, "$2.5 billion", [("Harlow", "ORG")])
    assert conflict_values(a, b) == []


def test_one_named_bidders_offer_told_two_ways_conflicts() -> None:
    a = _article("a", RIVAL.format("Harlow"), "$2.3 billion", [("Leeds", "GPE"), ("Harlow", "ORG")])
    b = _article("b", BIDDER, "$2.5 billion", [("Harlow", "ORG")])
    assert conflict_values(a, b) == [["$2.3 billion", "$2.5 billion"]]


def test_a_source_a_place_and_the_counted_noun_name_no_thing() -> None:
    text = "Reuters said 40 Villagers were moved to Lodz on Friday."
    names = [("Reuters", "ORG"), ("Villagers", "NORP"), ("Lodz", "GPE")]
    assert _things(text, "40", names, ("Friday",)) == frozenset()
    assert _things("The toll rose to 40, the Red Cross said.", "40", [("Red Cross", "ORG")]) == (
        frozenset()
    )


def test_a_name_before_the_figure_or_in_its_phrase_is_its_thing() -> None:
    text = "Harlow raised its offer to $2.5 billion for Kestrel Shipyard."
    names = [("Harlow", "ORG"), ("Kestrel Shipyard", "ORG")]
    assert _things(text, "$2.5 billion", names) == {root("harlow"), root("shipyard")}


def test_a_name_in_a_later_subordinate_clause_is_not_the_figures_thing() -> None:
    text = "Ana Reyes was walking with her 12 children when Tom Lee fired."
    names = [("Ana Reyes", "PERSON"), ("Tom Lee", "PERSON")]
    assert _things(text, "12", names) == {root("reyes")}


def test_two_titles_the_ner_missed_are_two_things() -> None:
    takings = "{} took $12 million at the box office over the weekend."
    a = _article("a", takings.format("Moonfall Rising"), "$12 million", [])
    b = _article("b", takings.format("Glass Harbour").replace("12", "15"), "$15 million", [])
    c = _article("c", takings.format("Moonfall Rising").replace("12", "15"), "$15 million", [])
    assert conflict_values(a, b) == []
    assert conflict_values(a, c) == [["$12 million", "$15 million"]]  # the control: one title


def test_a_time_and_a_lone_untagged_capital_name_no_thing() -> None:
    text = "Shares in Tarnow rose to 40 by Easter Monday."
    assert _things(text, "40", [], ("Easter Monday",)) == frozenset()


def test_the_subject_of_an_estimating_verb_is_a_source() -> None:
    # two bodies that estimate one toll disagree; neither is what the toll is about
    toll = "The {} estimated that the storm killed {} people."
    a = _article("a", toll.format("Harbour Guild", 45), "45", [("Harbour Guild", "ORG")])
    b = _article("b", toll.format("Coast Watch", 40), "40", [("Coast Watch", "ORG")])
    assert conflict_values(a, b) == [["45", "40"]]
    for verb in ("counted", "reckoned", "calculated", "tallied", "put the toll"):
        text = f"Coast Watch {verb} at 40 on Friday."
        assert _things(text, "40", [("Coast Watch", "ORG")]) == frozenset(), verb


def test_an_estimate_of_the_subjects_own_figure_names_it() -> None:
    # "estimated its losses at": the figure is the estimating body's own
    for verb in ("estimated its losses", "put its offer"):
        text = f"Harlow {verb} at $2.5 billion."
        assert _things(text, "$2.5 billion", [("Harlow", "ORG")]) == {root("harlow")}, verb
