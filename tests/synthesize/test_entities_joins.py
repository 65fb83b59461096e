"""Distinct entities kept apart (session 17): a span the NER ran on into a conjunction
("Tarnish and") is cut before it, and a span joining two names of the story ("the Velmora
Online-Tarnish deal", "Tarnish and Quell") is a mention of each, never of one. Invented
articles; NER labels tagged by hand as the model tags such spans."""

from __future__ import annotations

from dataclasses import replace

from crossbrief.model import Mention
from tests.synthesize.builders import story_with_entities, tagged_everywhere, with_form

_DEAL = [
    "Velmora Online agreed to buy Tarnish for $2 billion on Monday.",
    "Tarnish makes software for the harbour board.",
    "Quell will supply servers to Velmora Online.",
    "The Velmora Online-Tarnish deal still needs approval.",
    "Users may soon be offered Tarnish and Quell together.",
    "VO-Quell talks began last year, an analyst said.",
]
_TAGS = [
    ("Velmora Online-Tarnish", "ORG"),
    ("VO-Quell", "ORG"),
    ("Tarnish and Quell", "ORG"),
    ("Velmora Online", "ORG"),
    ("Tarnish", "ORG"),
    ("Quell", "ORG"),
    ("VO", "ORG"),
]


def _row(found: list, form: str) -> str:
    rows = with_form(found, form)
    assert len(rows) == 1, (form, [e.name for e in rows])
    return rows[0].id


def test_a_compound_of_two_names_is_a_mention_of_each_never_of_one() -> None:
    _, found = story_with_entities(tagged_everywhere("a1", _DEAL, _TAGS))
    buyer, target, partner = (_row(found, f) for f in ("Velmora Online", "Tarnish", "Quell"))
    assert len({buyer, target, partner}) == 3
    # Negative: no row keeps the compound as a name of its own or of one party
    for compound in ("Velmora Online-Tarnish", "Tarnish and Quell", "VO-Quell"):
        assert not with_form(found, compound)
    # ... and each part is counted with its own row: the target in four sentences
    target_row = next(e for e in found if e.id == target)
    assert len(target_row.mentions) == 4


def test_a_hyphenated_name_whose_parts_name_nothing_else_stays_one_name() -> None:
    lines = ["Ostrel-Brandt Group bought a ferry.", "Ostrel-Brandt Group said it was pleased."]
    _, found = story_with_entities(tagged_everywhere("a1", lines, [("Ostrel-Brandt Group", "ORG")]))
    assert with_form(found, "Ostrel-Brandt Group")


def test_a_span_run_on_into_a_conjunction_is_cut_before_it() -> None:
    lines = [
        "Velmora Online agreed to buy Tarnish on Monday.",
        "Customers will have to deal with Velmora Online, Tarnish and Quell.",
        "Quell makes servers.",
    ]
    tags = [("Tarnish and", "PERSON"), ("Velmora Online", "ORG"), ("Tarnish", "ORG")]
    _, found = story_with_entities(tagged_everywhere("a1", lines, [*tags, ("Quell", "ORG")]))
    assert not with_form(found, "Tarnish and")
    target = with_form(found, "Tarnish")
    assert len(target) == 1 and len(target[0].mentions) == 2
    # Negative: a conjunction inside a name ("Tarnish and Quell Holdings") is the name's own
    lines = ["Tarnish and Quell Holdings sold a ferry.", "Tarnish and Quell Holdings gained."]
    _, kept = story_with_entities(
        tagged_everywhere("a1", lines, [("Tarnish and Quell Holdings", "ORG")])
    )
    assert with_form(kept, "Tarnish and Quell Holdings")


_PARIS_LAWYER = [
    "Nora Paris, a lawyer with the trade board, read the report in May.",
    "As Paris saw it, she said, the two ferry firms were splitting the routes.",
    "Paris said the board would act.",
    "France has not commented on the routes.",
]
_PARIS_TAGS = [("Nora Paris", "PERSON"), ("Paris", "GPE"), ("France", "GPE")]


def _mention_rows(found: list, article: str, sentence: int, text: str) -> list[str]:
    return [
        e.name
        for e in found
        for m in e.mentions
        if (m.article, m.sentence, m.text) == (article, sentence, text)
    ]


def test_a_surname_that_is_a_capital_is_the_person_named_in_full_before_it() -> None:
    _, found = story_with_entities(tagged_everywhere("a1", _PARIS_LAWYER, _PARIS_TAGS))
    assert _mention_rows(found, "a1", 1, "Paris") == ["Nora Paris"]
    assert _mention_rows(found, "a1", 2, "Paris") == ["Nora Paris"]
    # Negative: no capital metonym of the country is left in this article
    assert not [a for e in found for a in e.aliases if a.kind == "capital"]
    # ... also where the NER tagged the full name a body: the given name makes it a person
    tags = [("Nora Paris", "ORG"), ("Paris", "GPE"), ("France", "GPE")]
    _, retagged = story_with_entities(tagged_everywhere("a1", _PARIS_LAWYER, tags))
    assert _mention_rows(retagged, "a1", 2, "Paris") == ["Nora Paris"]
    # Negative: a body named after the capital ("Velmora Paris") claims no bare "Paris"
    tags = [("Velmora Paris", "ORG"), ("Paris", "GPE"), ("France", "GPE")]
    lines = [line.replace("Nora Paris", "Velmora Paris") for line in _PARIS_LAWYER]
    _, body = story_with_entities(tagged_everywhere("a1", lines, tags))
    assert _mention_rows(body, "a1", 2, "Paris") == ["France"]


def test_a_capital_with_no_namesake_in_its_article_stays_the_capital() -> None:
    other = [
        "Paris said on Monday that the routes would stay open.",
        "France and Velmora signed the pact.",
    ]
    _, found = story_with_entities(
        tagged_everywhere("a1", _PARIS_LAWYER, _PARIS_TAGS),
        tagged_everywhere("a2", other, [("Paris", "GPE"), ("France", "GPE")]),
    )
    assert _mention_rows(found, "a1", 2, "Paris") == ["Nora Paris"]
    # Negative: another article's capital, with no Nora Paris there, is the country's metonym
    assert _mention_rows(found, "a2", 0, "Paris") == ["France"]


def test_a_capital_after_a_locative_preposition_stays_a_place_beside_its_namesake() -> None:
    lines = [
        "Nora Paris met the board on Monday.",
        "She flew to Paris in June.",
        "Paris said so.",
        "Tom Reed is a Paris lawyer.",
    ]
    _, found = story_with_entities(tagged_everywhere("a1", lines, _PARIS_TAGS))
    assert _mention_rows(found, "a1", 2, "Paris") == ["Nora Paris"]
    # Negative: the place she flew to, and the city qualifying a noun, are not the person
    assert _mention_rows(found, "a1", 1, "Paris") != ["Nora Paris"]
    assert _mention_rows(found, "a1", 3, "Paris") != ["Nora Paris"]


def test_a_capital_placed_by_a_preposition_or_qualifying_a_noun_is_the_city() -> None:
    lines = [
        "France said on Monday it would send aid to Velmora.",
        "Ann Lee was treated in a Paris hospital.",
        "She flew in from Paris on Tuesday.",
        "Paris said the aid would arrive soon.",
        "The mood in Paris has changed.",
        "A meeting on Sunday night in Paris drew crowds.",
    ]
    _, found = story_with_entities(
        tagged_everywhere("a1", lines, [("Paris", "GPE"), ("France", "GPE"), ("Ann Lee", "PERSON")])
    )
    assert _mention_rows(found, "a1", 1, "Paris") not in ([], ["France"])
    assert _mention_rows(found, "a1", 2, "Paris") not in ([], ["France"])
    assert _mention_rows(found, "a1", 5, "Paris") not in ([], ["France"])
    # Negative: the capital that speaks, or whose mood is told, stands for its government
    assert _mention_rows(found, "a1", 3, "Paris") == ["France"]
    assert _mention_rows(found, "a1", 4, "Paris") == ["France"]


def test_a_name_holding_and_whose_pieces_never_stand_alone_is_one_name() -> None:
    # The NER cut the long name once before its "and", once after it: its pieces are no names
    # of their own.
    lines = [
        "The Velmora Search and Rescue Centre sent a ship.",
        "Velmora Search and Rescue Centre staff said the sea was calm.",
        "Crews of the Velmora Search and Rescue Centre returned.",
    ]
    made = tagged_everywhere("a1", lines, [("Velmora Search and Rescue Centre", "ORG")])
    text = made.article.text
    third = text.rindex("Velmora Search and Rescue Centre")
    pieces = (("Velmora Search", third), ("Rescue Centre", third + len("Velmora Search and ")))
    mentions = [m for m in made.mentions if m.start != third]
    mentions += [Mention(form, at, at + len(form), "ORG") for form, at in pieces]
    made = replace(made, mentions=tuple(sorted(mentions, key=lambda m: m.start)))
    _, found = story_with_entities(made)
    whole = with_form(found, "Velmora Search and Rescue Centre")
    assert whole and len(whole[0].mentions) == 2
    # Negative: the whole name's first two mentions are counted with no piece's row
    assert not [
        e.name for e in found if e is not whole[0] and any(m.sentence in (0, 1) for m in e.mentions)
    ]


def test_a_capitals_government_uses_are_no_surname_beside_its_city_uses() -> None:
    # One article places the capital as a city and lets it speak; another names Nora Paris.
    other = [
        "Talks opened at a meeting in Paris on Monday.",
        "Paris said the talks went well.",
        "France will host the next round.",
    ]
    _, found = story_with_entities(
        tagged_everywhere("a1", ["Nora Paris, a lawyer, spoke on Monday."], _PARIS_TAGS),
        tagged_everywhere("a2", other, [("Paris", "GPE"), ("France", "GPE")]),
    )
    assert _mention_rows(found, "a2", 1, "Paris") == ["France"]
    # Negative: the city placed by the meeting is neither the country nor the person
    assert _mention_rows(found, "a2", 0, "Paris") not in ([], ["France"], ["Nora Paris"])
