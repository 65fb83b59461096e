"""Entity panel leftovers of session 17: a town written with its region ("Velmora, Colo.")
taken for the first word of a firm's or a person's name, and a run of names joined by "and"
whose parts the NER never tags alone. Invented articles; NER slips are tagged by hand, in
text order, where the model's own labels would vary."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Mention
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import tagged_article, with_form


def _in_order(aid: str, lines: list[str], names: list[tuple[str, str]]) -> AnalyzedArticle:
    """An article of one sentence a line with each (form, label) tagged at its next
    occurrence: one form may carry a different label each time, as the NER gives it."""
    made = tagged_article(aid, lines)
    text, found, pos = made.article.text, [], 0
    for form, label in names:
        start = text.index(form, pos)
        found.append(Mention(form, start, start + len(form), label))
        pos = start + len(form)
    return AnalyzedArticle(made.article, made.sentences, mentions=tuple(found))


_CASE = [
    "Consider the case of Velmora Sledding Co. vs. Orlen Heights Sledding Corp.",
    "Velmora Sledding, which runs two slopes in {town}, sold a pass with a rival.",
    "When Velmora Sledding ended the deal, the rival sued.",
]


def _sledding(town: str, label: str) -> AnalyzedArticle:
    lines = [line.format(town=town) for line in _CASE]
    return _in_order(
        "a1",
        lines,
        [
            ("Velmora Sledding Co.", "ORG"),
            ("Orlen Heights Sledding Corp.", "ORG"),
            ("Velmora Sledding", "PERSON"),
            ("Velmora", label),
            *([("Colo.", "GPE")] if "Colo." in town else []),
            ("Velmora Sledding", "ORG"),
        ],
    )


def test_a_town_written_with_its_region_is_no_first_word_of_a_firm() -> None:
    found, _ = build_entities(Story([_sledding("Velmora, Colo.", "GPE")]))
    town = [e for e in with_form(found, "Velmora") if e.type == "GPE"]
    assert town, [(e.name, e.type) for e in with_form(found, "Velmora")]
    assert with_form(found, "Velmora Sledding") != town


def test_a_bare_place_word_still_joins_the_name_it_opens() -> None:
    # Negative: no region after it, the lone word may still be a short form of the name.
    found, _ = build_entities(Story([_sledding("Velmora", "GPE")]))
    assert with_form(found, "Velmora") == with_form(found, "Velmora Sledding")


def _fair(town: str) -> AnalyzedArticle:
    lines = [
        "Ann Dorsett spoke at the fair on Sunday.",
        f"The fair is held in {town} each summer, and the crowd was large.",
    ]
    names = [("Ann Dorsett", "PERSON"), ("Dorsett", "GPE")]
    return _in_order("a1", lines, names + ([("Mont.", "GPE")] if "Mont." in town else []))


def test_a_town_written_with_its_region_is_no_persons_surname() -> None:
    found, _ = build_entities(Story([_fair("Dorsett, Mont.,")]))
    person = with_form(found, "Ann Dorsett")
    assert [m.text for m in person[0].mentions] == ["Ann Dorsett"]
    assert [e.type for e in with_form(found, "Dorsett")] == ["GPE"]


def test_a_bare_surname_tagged_a_place_still_joins_the_person() -> None:
    # Negative: the NER often calls a rare surname a place; with no region it is the person.
    found, _ = build_entities(Story([_fair("Dorsett")]))
    assert with_form(found, "Dorsett") == with_form(found, "Ann Dorsett")


def _heights(town: str) -> AnalyzedArticle:
    lines = [f"Snow closed roads in {town} on Sunday.", "Velmora Heights lost power."]
    region = [("Colo.", "GPE")] if "Colo." in town else []
    return _in_order("a1", lines, [("Velmora", "GPE"), *region, ("Velmora Heights", "GPE")])


def test_a_town_written_with_its_region_is_no_short_form_of_a_longer_place() -> None:
    found, _ = build_entities(Story([_heights("Velmora, Colo.,")]))
    assert with_form(found, "Velmora")
    assert with_form(found, "Velmora") != with_form(found, "Velmora Heights")


def test_a_bare_place_word_still_joins_the_longer_place_it_opens() -> None:
    # Negative: with no region after it, "Velmora" may be the short form of the longer place.
    found, _ = build_entities(Story([_heights("Velmora")]))
    assert with_form(found, "Velmora") == with_form(found, "Velmora Heights")


_DEAL = [
    "Velmora Online Inc. will buy Tarnish Communications Corp. and team with Quell Microsystems.",
    "Despite the gains {run} bring, Velmora Online fell.",
    "Quell rose.",
]


def _deal(run: str, label: str) -> AnalyzedArticle:
    lines = [line.format(run=run) for line in _DEAL]
    names = [
        ("Velmora Online Inc.", "ORG"),
        ("Tarnish Communications Corp.", "ORG"),
        ("Quell Microsystems", "ORG"),
        (run, label),
        ("Velmora Online", "ORG"),
        ("Quell", "ORG"),
    ]
    return _in_order("a1", lines, names)


def test_a_joined_run_names_the_firm_whose_short_name_is_never_tagged_alone() -> None:
    # "Tarnish" alone is never tagged: it is the short name of "Tarnish Communications".
    found, _ = build_entities(Story([_deal("Tarnish and Quell", "WORK_OF_ART")]))
    assert not with_form(found, "Tarnish and Quell")
    firm = with_form(found, "Tarnish Communications Corp.")
    assert [m.text for m in firm[0].mentions] == ["Tarnish Communications Corp.", "Tarnish"]
    assert with_form(found, "Quell") and with_form(found, "Quell") != firm


def test_a_joined_title_of_words_that_open_no_firm_stays_whole() -> None:
    # Negative: "Pride" opens no name of the story, so the run is a title of its own.
    found, _ = build_entities(Story([_deal("Pride and Quell", "WORK_OF_ART")]))
    assert [e.type for e in with_form(found, "Pride and Quell")] == ["WORK_OF_ART"]


def test_a_hyphen_run_after_a_two_word_firm_splits_at_the_hyphen_only() -> None:
    lines = [
        "Velmora Online Inc. will buy Tarnish Communications Corp.",
        "Analysts said the Velmora Online-Tarnish deal would face rivals.",
    ]
    names = [
        ("Velmora Online Inc.", "ORG"),
        ("Tarnish Communications Corp.", "ORG"),
        ("the Velmora Online-Tarnish", "ORG"),
    ]
    found, _ = build_entities(Story([_in_order("a1", lines, names)]))
    buyer = with_form(found, "Velmora Online")
    # The buyer's name is one mention, not its last word again as a piece of the hyphen run.
    assert buyer and not with_form(found, "Online")
    assert [m.text for m in buyer[0].mentions] == ["Velmora Online Inc.", "Velmora Online"]
    target = with_form(found, "Tarnish")
    assert target and target != buyer and target == with_form(found, "Tarnish Communications Corp.")


def _console(names: list[tuple[str, str]], lines: list[str] | None = None) -> list:
    lines = lines or [
        "Sales of the FunBox 3 rose in Orlen.",
        "The FB3 sold well, and FB3 owners bought more games.",
    ]
    return build_entities(Story([_in_order("a1", lines, names)]))[0]


def test_a_consoles_letters_spell_the_capitals_of_its_written_name() -> None:
    # The NER takes the letters for a person; they are the console's short form.
    found = _console([("FunBox 3", "PRODUCT"), ("FB3", "PERSON"), ("FB3", "PERSON")])
    assert with_form(found, "FB3") == with_form(found, "FunBox 3")
    assert [e.type for e in with_form(found, "FB3")] == ["PRODUCT"]


def test_letters_two_names_spell_alike_join_neither() -> None:
    # Negative: "FB3" spells "FunBox 3" and "FlyBird 3" alike; the story does not tell which.
    lines = [
        "Sales of the FunBox 3 and the FlyBird 3 rose in Orlen.",
        "The FB3 sold well, and FB3 owners bought more games.",
    ]
    names = [("FunBox 3", "PRODUCT"), ("FlyBird 3", "PRODUCT"), ("FB3", "PERSON")]
    found = _console([*names, ("FB3", "PERSON")], lines)
    assert with_form(found, "FB3") != with_form(found, "FunBox 3")
    assert with_form(found, "FB3") != with_form(found, "FlyBird 3")


def test_a_parent_and_its_subsidiary_named_apart_in_one_sentence_are_two_rows() -> None:
    lines = [
        "Velmora Inc. said its unit Velmora Ltd would shut the Orlen plant.",
        "Velmora Inc. shares fell, and Velmora said jobs were safe.",
    ]
    names = [("Velmora Inc.", "ORG"), ("Velmora Ltd", "ORG"), ("Velmora Inc.", "ORG")]
    found, _ = build_entities(Story([_in_order("a1", [*lines], [*names, ("Velmora", "ORG")])]))
    parent, unit = with_form(found, "Velmora Inc."), with_form(found, "Velmora Ltd")
    assert parent and unit and parent != unit
    # The bare name goes with the form written more often.
    assert with_form(found, "Velmora") == parent


def test_one_firm_written_with_two_legal_forms_apart_stays_one_row() -> None:
    # Negative: outlets write one firm's legal form differently, never in one sentence.
    first = _in_order("a1", ["Velmora Inc. cut jobs in Orlen."], [("Velmora Inc.", "ORG")])
    second = _in_order("a2", ["Velmora Ltd denied the cuts."], [("Velmora Ltd", "ORG")])
    found, _ = build_entities(Story([first, second]))
    assert with_form(found, "Velmora Inc.") == with_form(found, "Velmora Ltd")


def test_a_double_surname_after_a_given_name_lends_no_part_to_a_namesake() -> None:
    lines = [
        "Tom Lee and Ann Holt met on Sunday.",
        "Lee said the deal was done.",
        "Later Ivo Lee-Holt joined the talks.",
    ]
    names = [("Tom Lee", "PERSON"), ("Ann Holt", "PERSON"), ("Lee", "PERSON")]
    found, _ = build_entities(Story([_in_order("a1", lines, [*names, ("Ivo Lee-Holt", "PERSON")])]))
    tom = with_form(found, "Tom Lee")
    assert [m.text for m in tom[0].mentions] == ["Tom Lee", "Lee"]


def test_a_hyphen_run_of_two_known_names_still_names_both() -> None:
    # Negative: "Gulls" ends the known "Orlen Gulls", so "Orlen Gulls-Varga" is two names.
    lines = [
        "The Orlen Gulls want Ivo Varga.",
        "Varga may sign soon.",
        "Fans read the Orlen Gulls-Varga rumour.",
    ]
    names = [("Orlen Gulls", "ORG"), ("Ivo Varga", "PERSON"), ("Varga", "PERSON")]
    found, _ = build_entities(Story([_in_order("a1", lines, names)]))
    varga = with_form(found, "Ivo Varga")
    assert [m.text for m in varga[0].mentions] == ["Ivo Varga", "Varga", "Varga"]
