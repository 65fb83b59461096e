"""Entity rows a reader sees wrong (session 19): a suspect whose surname the NER tags a
place shown as a place. Invented articles, each name tagged by hand wherever it occurs
outside a longer name listed before it."""

from __future__ import annotations

from crossbrief.model import AnalyzedArticle, Entity
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import tagged_everywhere, with_form


def _suspect(bare: str) -> AnalyzedArticle:
    lines = [
        "Police charged Ivo Ren Tarvel, 36, with vehicular homicide on Friday.",
        f"{bare} had been drinking before the crash, police said.",
        f"{bare} drove on for two miles.",
        f"Officers stopped {bare} near the bridge.",
        f"{bare} was booked into the county jail.",
        f"A witness said {bare} ran a red light.",
        f"Friends of {bare} declined to comment.",
        f"Records show {bare} had two earlier arrests.",
        f"Bail for {bare} was set at a hearing.",
        "A neighbour said Ivo Ren was a quiet man.",
        "Ivo Tarvel is due in court on Monday.",
    ]
    names = [
        ("Ivo Ren Tarvel", "PERSON"),
        ("Ivo Tarvel", "PERSON"),
        ("Ivo Ren", "PERSON"),
        ("Tarvel", "GPE"),
    ]
    return tagged_everywhere("a1", lines, names)


def test_a_surname_tagged_a_place_follows_the_persons_full_name() -> None:
    # The NER tags the bare surname a place eight times and cuts the full name once before
    # it ("Ivo Ren"): that cut form is no second surname, so the row is the person's.
    found, _ = build_entities(Story([_suspect("Tarvel")]))
    rows = with_form(found, "Ivo Ren Tarvel")
    assert [e.type for e in rows] == ["PERSON"], [(e.name, e.type) for e in found]
    assert with_form(found, "Tarvel") == rows


def test_a_place_written_with_the_stays_a_place() -> None:
    # Negative: "the Tarvel" is no one's surname (a name takes no article), so the row the
    # person's names share with it keeps the NER's majority.
    found, _ = build_entities(Story([_suspect("the Tarvel")]))
    rows = with_form(found, "Ivo Ren Tarvel")
    assert len(rows) == 1 and rows[0].type != "PERSON", [(e.name, e.type) for e in found]


def _store(line: str) -> AnalyzedArticle:
    lines = [
        "A driver hit a shopper outside the Velton Ned's Market on Friday.",
        "Police in Velton said the driver fled.",
        "Velton officers found the car two miles away.",
        "The mayor of Velton called for a new crossing.",
        "Shoppers at Ned's Market laid flowers.",
        "Ned's Market said it would share its video.",
        line,
    ]
    names = [("Velton Ned", "PERSON"), ("Ned", "PERSON"), ("Velton", "GPE")]
    return tagged_everywhere("a1", lines, names)


def test_a_town_before_a_stores_possessive_name_is_no_first_name() -> None:
    # The NER takes the town and the store's owner word for one person's name wherever
    # the store is written with the town before it ("the Velton Ned's Market"): the town
    # keeps a row of its own.
    found, _ = build_entities(Story([_store("The Velton Ned's Market closed early.")]))
    town, store = with_form(found, "Velton"), with_form(found, "Velton Ned")
    assert town and store and town != store, [(e.name, e.type, e.aliases) for e in found]


def test_a_person_whose_first_name_is_tagged_a_place_keeps_it() -> None:
    # Negative: a full name also written as a person's, not only before "'s <Name>", keeps
    # the bare first name the NER tagged a place.
    found, _ = build_entities(Story([_store("Velton Ned said he saw the crash.")]))
    assert with_form(found, "Velton") == with_form(found, "Velton Ned")


def _concert(line: str, cut: bool = True) -> AnalyzedArticle:
    lines = [
        "Velmora sent aid to Orla after the floods.",
        line,
        "Velmora's president thanked the singers.",
    ]
    # The NER either runs the country into the preposition or tags the two names alone.
    names = [("Velmora For", "ORG")] if cut else []
    return tagged_everywhere("a1", lines, [*names, ("Velmora", "GPE"), ("Orla", "GPE")])


def test_a_group_named_with_a_country_and_a_capital_for_is_one_name() -> None:
    # A preposition is capitalised mid-sentence only inside a name ("Doctors Without ..."):
    # the group is one organisation, and the country gains no mention from it.
    line = "In 1985 stars known as Velmora For Orla sang a charity song."
    for cut in (True, False):
        _one_group(build_entities(Story([_concert(line, cut)]))[0])


def _one_group(found: list[Entity]) -> None:
    group = with_form(found, "Velmora For Orla")
    assert [e.type for e in group] == ["ORG"], [(e.name, e.aliases) for e in found]
    assert group != with_form(found, "Velmora") and group != with_form(found, "Orla")
    country = with_form(found, "Velmora")
    assert len(country) == 1 and len(country[0].mentions) == 2


def test_a_lower_case_for_between_names_joins_nothing() -> None:
    # Negative: "for" in lower case is running text; and a title-case run after a
    # capitalised word is a headline's, where every word is capitalised.
    line = "Velmora paid for Orla's dam, under the headline Help From Velmora For Orla."
    found, _ = build_entities(Story([_concert(line)]))
    assert not with_form(found, "Velmora For Orla"), [(e.name, e.aliases) for e in found]
    assert len(with_form(found, "Velmora")) == 1


def _paper(line: str) -> AnalyzedArticle:
    lines = [
        "Finland will host the winter games in 2031.",
        line,
        "Finnish officials denied that any money was missing.",
    ]
    names = [("Finland", "GPE"), ("Finnish", "NORP"), ("Suomi", "GPE")]
    return tagged_everywhere("a1", lines, names)


def test_a_newspaper_named_with_a_countrys_name_is_no_use_of_the_country() -> None:
    # The NER cuts a paper's name to the country's spelling inside it: in apposition with
    # "a ... newspaper" it is the paper, an organisation of its own.
    line = "Ilta Suomi, a leading Finnish sports newspaper, said the bid cost far more."
    found, _ = build_entities(Story([_paper(line)]))
    paper, country = with_form(found, "Suomi"), with_form(found, "Finland")
    assert [e.type for e in paper] == ["ORG"], [(e.name, e.type, e.aliases) for e in found]
    assert paper != country


def test_a_countrys_name_in_apposition_with_a_country_stays_the_country() -> None:
    # Negative: the same spelling described as a country is the country.
    line = "Suomi, a country of lakes and forests, has never hosted the games."
    found, _ = build_entities(Story([_paper(line)]))
    assert with_form(found, "Suomi") == with_form(found, "Finland")
