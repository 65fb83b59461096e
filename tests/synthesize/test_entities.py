"""Entities across outlets: spellings, titles, acronyms, metonyms and roles under one name.

Synthesis needs no model, so most stories here are built by hand: invented texts whose
mentions are placed where an NER would put them. The demo story runs the real pipeline.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from crossbrief.model import AnalyzedArticle, Article, Brief, Entity, Mention, Span
from crossbrief.render.markdown import render_markdown
from crossbrief.synthesize.entities import build_entities, name_key, person_form, trim
from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.vocabulary import SEATS_OF_GOVERNMENT
from crossbrief.synthesize.story import Story


def article(aid: str, text: str, mentions: list[tuple[str, str]], source: str = "") -> Any:
    """An analyzed article with each (form, label) tagged at its next occurrence."""
    found, pos = [], 0
    for form, label in mentions:
        start = text.index(form, pos)
        found.append(Mention(form, start, start + len(form), label))
        pos = start + 1
    sentences = [Span(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
    return AnalyzedArticle(
        article=Article(id=aid, text=text, source=source or aid),
        sentences=tuple(s for s in sentences if text[s.start : s.end].strip()),
        mentions=tuple(sorted(found, key=lambda m: m.start)),
    )


def entities(*articles: AnalyzedArticle) -> tuple[list[Entity], dict[str, str]]:
    return build_entities(Story(articles))


def holding(found: list[Entity], form: str) -> Entity:
    hits = [e for e in found if any(a.form == form for a in e.aliases)]
    assert len(hits) == 1, f"{form!r} is in {len(hits)} entities"
    return hits[0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Varensky", "Varenskyy"),
        ("Varenskiy", "Mr Varenskyy's"),
        ("Oleksiy Hrynchenko", "Oleksiy Grynchenko"),
        ("Oleksiy Hrynchenko", "Oleksiy Hrinchenko"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Roger J. Stone", "Roger Stone"),
        ("U.S.", "US"),
        ("Médecins Sans Frontières", "Medecins Sans Frontieres"),
    ],
)
def test_spelling_variants_share_one_entity(a: str, b: str) -> None:
    found, _ = entities(
        article("one", f"Talks began. {a} spoke first.", [(a, "PERSON")]),
        article("two", f"Then {b} replied.", [(b, "PERSON")]),
    )
    assert len(found) == 1
    # A possessive is no spelling of its own: the mention ends with the name.
    assert {al.form for al in found[0].aliases} == {a, b.removesuffix("'s")}


def test_people_sharing_a_first_name_stay_apart() -> None:
    found, key_to_id = entities(
        article(
            "one",
            "Ivo Brenn met Ivo Dorsett. Brenn said little.",
            [("Ivo Brenn", "PERSON"), ("Ivo Dorsett", "PERSON"), ("Brenn", "PERSON")],
        ),
        article("two", "Dorsett led the delegation.", [("Dorsett", "PERSON")]),
    )
    brenn, dorsett = holding(found, "Brenn"), holding(found, "Dorsett")
    assert brenn.id != dorsett.id
    assert brenn.name == "Ivo Brenn" and dorsett.name == "Ivo Dorsett"
    assert key_to_id[name_key("Mr Brenn")] == brenn.id


def test_surname_goes_to_the_father_not_the_son() -> None:
    found, _ = entities(
        article(
            "one",
            "Donald Trump spoke. Donald Trump Jr. listened. Later Trump left.",
            [("Donald Trump", "PERSON"), ("Donald Trump Jr.", "PERSON"), ("Trump", "ORG")],
        )
    )
    assert holding(found, "Trump") is holding(found, "Donald Trump")
    assert holding(found, "Donald Trump Jr.") is not holding(found, "Donald Trump")


def test_acronym_and_expansion_merge_and_are_marked() -> None:
    found, _ = entities(
        article(
            "one",
            "The North Atlantic Treaty Organization met. NATO agreed.",
            [("North Atlantic Treaty Organization", "ORG"), ("NATO", "ORG")],
        ),
        article("two", "Nato ministers met.", [("Nato", "ORG")]),
    )
    assert len(found) == 1
    kinds = {al.form: al.kind for al in found[0].aliases}
    assert kinds["NATO"] == "acronym" and kinds["North Atlantic Treaty Organization"] == "name"
    assert found[0].name == "North Atlantic Treaty Organization"


def test_majority_of_outlets_corrects_a_wrong_label() -> None:
    found, _ = entities(
        *[article(f"a{i}", "Shelling hit Kyiv.", [("Kyiv", "GPE")]) for i in range(3)],
        article("a9", "Kyiv said nothing.", [("Kyiv", "PERSON")]),
    )
    assert [(e.name, e.type) for e in found] == [("Kyiv", "GPE")]


def test_capital_and_people_join_their_country_as_marked_metonyms() -> None:
    found, _ = entities(
        article(
            "one",
            "The United States warned Russia. Washington acted. The Russians replied.",
            [
                ("United States", "GPE"),
                ("Russia", "GPE"),
                ("Washington", "GPE"),
                ("Russians", "NORP"),
            ],
        ),
        article("two", "U.S. officials spoke.", [("U.S.", "GPE")]),
    )
    us, russia = holding(found, "United States"), holding(found, "Russia")
    assert holding(found, "U.S.") is us and holding(found, "Washington") is us
    kinds = {al.form: al.kind for e in found for al in e.aliases}
    assert kinds == {"United States": "name", "U.S.": "acronym", "Washington": "capital"} | {
        "Russia": "name",
        "Russians": "demonym",
    }
    assert holding(found, "Russians") is russia and us.name == "United States"


def test_seat_of_government_is_its_own_entity_beside_its_country() -> None:
    found, _ = entities(
        article(
            "one",
            "Russia denied it. The Kremlin said talks were over. Congress objected.",
            [("Russia", "GPE"), ("Kremlin", "ORG"), ("Congress", "ORG")],
        ),
        article("two", "The Kremlin's spokesman spoke.", [("The Kremlin", "ORG")]),
    )
    russia, kremlin = holding(found, "Russia"), holding(found, "Kremlin")
    assert kremlin is not russia and holding(found, "The Kremlin") is kremlin
    assert (russia.name, russia.type) == ("Russia", "GPE")
    assert {al.kind for al in kremlin.aliases} == {"name"}
    assert holding(found, "Congress") not in (russia, kremlin)


def test_seat_stays_apart_without_its_country() -> None:
    found, _ = entities(article("one", "The White House said no.", [("White House", "ORG")]))
    assert [(e.name, e.type, e.aliases[0].kind) for e in found] == [("White House", "ORG", "name")]


def test_seats_of_government_name_known_countries() -> None:
    known = {entry[0] for entry in countries().values()}
    assert {name_key(c) for c in SEATS_OF_GOVERNMENT.values()} <= known


def test_a_demonym_two_countries_share_joins_the_one_the_story_names() -> None:
    # countryinfo gives "American" to the United States and the Northern Mariana Islands.
    found, _ = entities(
        article(
            "one",
            "The United States of America objected. Americans protested in America.",
            [("United States of America", "GPE"), ("Americans", "NORP"), ("America", "GPE")],
        ),
    )
    us = holding(found, "United States of America")
    assert len(found) == 1 and us.name == "United States of America"
    kinds = {al.form: al.kind for al in us.aliases}
    assert kinds == {"United States of America": "name", "America": "name", "Americans": "demonym"}


def test_a_metonym_of_two_named_countries_joins_neither() -> None:
    found, _ = entities(
        article(
            "one",
            "France and Martinique voted; the French abstained.",
            [("France", "GPE"), ("Martinique", "GPE"), ("French", "NORP")],
        ),
    )
    assert holding(found, "French") is not holding(found, "France")
    assert holding(found, "French") is not holding(found, "Martinique")


def test_capital_stays_apart_without_its_country() -> None:
    found, _ = entities(article("one", "Storms hit Washington.", [("Washington", "GPE")]))
    assert [al.kind for al in found[0].aliases] == ["name"]


def test_role_descriptions_link_to_the_only_holder() -> None:
    found, _ = entities(
        article(
            "one",
            "Ukrainian President Ivo Varensky met the mayor. The Ukrainian president said talks would go on.",
            [("Ivo Varensky", "PERSON")],
        ),
        article("two", "Mr Varenskiy arrived.", [("Varenskiy", "PERSON")]),
    )
    varensky = holding(found, "Mr Varenskiy")
    forms = {al.form: al.kind for al in varensky.aliases}
    assert forms["The Ukrainian president"] == "role"
    assert forms["President Ivo Varensky"] == "name"
    # "the mayor": nobody in the story is titled mayor.
    assert not any("mayor" in al.form for e in found for al in e.aliases)


def named(found: list[Entity], name: str) -> Entity:
    hits = [e for e in found if e.name == name]
    assert len(hits) == 1, f"{name!r} names {len(hits)} entities"
    return hits[0]


def roles_of(found: list[Entity], name: str) -> set[str]:
    """The role descriptions linked to the entity called ``name``."""
    return {al.form for al in named(found, name).aliases if al.kind == "role"}


def unlinked(found: list[Entity], description: str) -> bool:
    return not any(al.form == description for e in found for al in e.aliases)


def test_a_role_held_by_two_people_stays_unlinked() -> None:
    found, _ = entities(
        article(
            "one",
            "President Anna Berg met President Tomas Kell. Later the president left.",
            [("Anna Berg", "PERSON"), ("Tomas Kell", "PERSON")],
        )
    )
    # Never a guess between two holders, not even the last one named.
    assert unlinked(found, "the president")


def test_the_one_holder_an_article_names_is_its_description() -> None:
    found, _ = entities(
        article(
            "one", "President Anna Berg spoke.\nThe president left.", [("Anna Berg", "PERSON")]
        ),
        article(
            "two", "President Tomas Kell spoke.\nThe president stayed.", [("Tomas Kell", "PERSON")]
        ),
        article("three", "The president was not named here.", []),
    )
    assert roles_of(found, "Anna Berg") == {"The president"}
    assert [al.articles for al in named(found, "Anna Berg").aliases if al.kind == "role"] == [
        ("one",)
    ]
    assert [al.articles for al in named(found, "Tomas Kell").aliases if al.kind == "role"] == [
        ("two",)
    ]
    # The third article names neither: two holders in the story, no guess.
    assert not any("three" in al.articles for e in found for al in e.aliases if al.kind == "role")


@pytest.mark.parametrize(
    ("text", "mentions", "description"),
    [
        # an apposition after the name, a demonym inside it
        (
            "Talks were hosted by Ari Talvik, the Norwegian prime minister, on Monday.\n"
            "The Norwegian prime minister said little.",
            [("Ari Talvik", "PERSON"), ("Norwegian", "NORP"), ("Norwegian", "NORP")],
            "The Norwegian prime minister",
        ),
        # a country's possessive before the title; its people agree with it
        (
            "Norway\u2019s Prime Minister Ari Talvik spoke.\nThe Norwegian prime minister left.",
            [("Norway", "GPE"), ("Ari Talvik", "PERSON"), ("Norwegian", "NORP")],
            "The Norwegian prime minister",
        ),
        # "X, the prime minister of Norway"
        (
            "Ari Talvik, the prime minister of Norway, spoke.\nThe Norwegian premier left.",
            [("Ari Talvik", "PERSON"), ("Norway", "GPE"), ("Norwegian", "NORP")],
            "The Norwegian premier",
        ),
        # a description with no qualifier
        (
            "Trade Minister Ari Talvik spoke.\nThe minister left early.",
            [("Ari Talvik", "PERSON")],
            "The minister",
        ),
        # an anaphoric possessive: the company the story is about
        (
            "Corvane chief executive Ari Talvik spoke.\nThe company's chief executive left.",
            [("Corvane", "ORG"), ("Ari Talvik", "PERSON")],
            "The company's chief executive",
        ),
        # a place tagged GPE inside the description, spelled another way than the title's
        (
            "American President Ari Talvik spoke.\nThe U.S. president left.",
            [("American", "NORP"), ("Ari Talvik", "PERSON"), ("U.S.", "GPE")],
            "The U.S. president",
        ),
        # the description with "of" and a place tagged inside it
        (
            "French Foreign Minister Ari Talvik spoke.\nLater the foreign minister of France left.",
            [("French", "NORP"), ("Ari Talvik", "PERSON"), ("France", "GPE")],
            "the foreign minister of France",
        ),
    ],
)
def test_role_description_links_to_its_one_holder(
    text: str, mentions: list[tuple[str, str]], description: str
) -> None:
    found, key_to_id = entities(article("one", text, mentions))
    assert description in roles_of(found, "Ari Talvik")
    # the description's own key finds the person, not the country of its demonym
    assert key_to_id[name_key(description)] == named(found, "Ari Talvik").id


def test_a_demonym_inside_a_linked_description_still_names_its_country() -> None:
    found, _ = entities(
        article(
            "one",
            "Norway\u2019s Prime Minister Ari Talvik spoke.\nThe Norwegian prime minister left.",
            [("Norway", "GPE"), ("Ari Talvik", "PERSON"), ("Norwegian", "NORP")],
        )
    )
    assert "Norwegian" in {al.form for al in holding(found, "Norway").aliases}


def test_the_qualifier_of_a_role_must_agree() -> None:
    found, _ = entities(
        article(
            "one",
            "Ukrainian President Ivan Marko met Ari Talvik, the Russian president.\n"
            "The Russian president left. The Ukrainian president stayed. The president smiled.",
            [
                ("Ukrainian", "NORP"),
                ("Ivan Marko", "PERSON"),
                ("Ari Talvik", "PERSON"),
                ("Russian", "NORP"),
                ("Russian", "NORP"),
                ("Ukrainian", "NORP"),
            ],
        )
    )
    # (the apposition "the Russian president" is Talvik's too)
    assert roles_of(found, "Ari Talvik") == {"the Russian president", "The Russian president"}
    assert roles_of(found, "Ivan Marko") == {"The Ukrainian president"}
    assert unlinked(found, "The president")  # two presidents


def test_a_qualified_description_needs_a_holder_with_that_qualifier() -> None:
    found, _ = entities(
        article(
            "one",
            "President Ivan Marko spoke.\nThe Russian president left.",
            [("Ivan Marko", "PERSON"), ("Russian", "NORP")],
        )
    )
    # Nothing says Marko is Russia's president.
    assert unlinked(found, "The Russian president")


@pytest.mark.parametrize(
    ("text", "description"),
    [
        # a deputy, a vice president or a former holder does not hold the office itself
        ("Deputy Prime Minister Ari Talvik spoke.\nThe prime minister left.", "The prime minister"),
        ("Vice President Ari Talvik spoke.\nThe president left.", "The president"),
        ("Former President Ari Talvik spoke.\nThe president left.", "The president"),
        (
            "Ari Talvik, the former Israeli prime minister, spoke.\nThe Israeli prime minister left.",
            "The Israeli prime minister",
        ),
        # the head of government is no "minister"
        ("Prime Minister Ari Talvik spoke.\nThe minister left.", "The minister"),
    ],
)
def test_a_ranked_title_is_another_role(text: str, description: str) -> None:
    found, _ = entities(article("one", text, [("Ari Talvik", "PERSON")]))
    assert unlinked(found, description)


def test_a_ranked_description_links_to_the_ranked_holder() -> None:
    found, _ = entities(
        article(
            "one",
            "President Ivan Marko named Deputy Prime Minister Ari Talvik.\n"
            "The deputy prime minister left.",
            [("Ivan Marko", "PERSON"), ("Ari Talvik", "PERSON")],
        )
    )
    assert roles_of(found, "Ari Talvik") == {"The deputy prime minister"}


def test_a_leader_is_the_one_head_of_that_country() -> None:
    found, _ = entities(
        article(
            "one",
            "Russian President Ari Talvik met Foreign Minister Ivan Marko.\n"
            "The Russian leader left.",
            [("Russian", "NORP"), ("Ari Talvik", "PERSON"), ("Ivan Marko", "PERSON")],
        )
    )
    assert roles_of(found, "Ari Talvik") == {"The Russian leader"}


def test_names_the_ner_missed_are_found_in_the_text() -> None:
    found, _ = entities(
        article("one", "Inspector Mara Lindqvist arrived.", [("Mara Lindqvist", "PERSON")]),
        article("two", "Lindqvist left early, and Lindqvist Holdings closed.", []),
        article("three", "But Lindqvist stayed on. Anna Lindqvist did not.", []),
    )
    assert len(found) == 1
    mentions = [(m.article, m.text) for m in found[0].mentions]
    assert ("two", "Lindqvist") in mentions
    # A sentence's opening function word is not part of a name; "Anna Lindqvist" may be.
    assert ("three", "Lindqvist") in mentions
    assert len(mentions) == 3  # not the company that starts with the same word


def test_headline_run_on_spans_become_the_names_inside() -> None:
    text = "Brightwave Buys Korlin Systems In Cash Deal\nBrightwave agreed to buy Korlin Systems."
    found, _ = entities(
        article(
            "one",
            text,
            [
                ("Brightwave Buys Korlin Systems In Cash Deal", "ORG"),
                ("Brightwave", "ORG"),
                ("Korlin Systems", "ORG"),
            ],
        ),
        article(
            "two",
            "Dawn Harbour Ferries Sold\nThe ferry line was sold.",
            [("Dawn Harbour Ferries", "ORG")],
        ),
    )
    buyer, bought = holding(found, "Brightwave"), holding(found, "Korlin Systems")
    assert buyer.id != bought.id
    assert [m.text for m in buyer.mentions] == ["Brightwave", "Brightwave"]
    assert [m.start for m in bought.mentions] == [16, text.rindex("Korlin")]
    assert not any("Buys" in a.form for e in found for a in e.aliases)
    # A name the story never uses in running text is kept whole.
    assert holding(found, "Dawn Harbour Ferries").name == "Dawn Harbour Ferries"


def test_name_is_not_a_headline_run_on_or_a_url_slug() -> None:
    found, _ = entities(
        article(
            "one",
            "www.example.org/mara-lindqvist-resigns\nMara Lindqvist Resigns",
            [("mara-lindqvist-resigns", "PERSON"), ("Mara Lindqvist Resigns", "PERSON")],
        ),
        article(
            "two",
            "Mara Lindqvist quit. Mara Lindqvist left. Mara Lindqvist spoke.",
            [("Mara Lindqvist", "PERSON")] * 3,
        ),
    )
    assert len(found) == 1
    assert found[0].name == "Mara Lindqvist"


@pytest.mark.parametrize(
    ("span", "name"),
    [
        ("Harwick 71-64", "Harwick"),
        ("Brightwave Tuesday", "Brightwave"),
        ("Brightwave today", "Brightwave"),
        ("Flight 2207", "Flight 2207"),
        ("Bank of Tarnow", "Bank of Tarnow"),
        ("the harbour police", "the harbour police"),  # lower case marks no boundary
        ('The Blade" Varga', "Varga"),  # a span opened inside a nickname
        ('Ilse "', "Ilse"),  # a span run into a nickname
        ("Varga,", "Varga"),
    ],
)
def test_trim_drops_what_the_ner_ran_on_into(span: str, name: str) -> None:
    assert trim(span) == name


def test_person_form_drops_titles_and_their_qualifiers() -> None:
    assert person_form("Velmoran President Ida Brenn of Velmora") == "Ida Brenn"
    assert person_form("former NHS Director Tom Hale") == "Tom Hale"
    assert person_form("Mr. Trump's") == "Trump"


def test_output_is_deterministic() -> None:
    arts = [
        article("b", "Oleksiy Grynchenko spoke.", [("Oleksiy Grynchenko", "PERSON")]),
        article("a", "Mr Hrynchenko agreed.", [("Hrynchenko", "PERSON")]),
    ]
    assert entities(*arts) == entities(*arts)
    assert entities(*arts)[0][0].name in {"Oleksiy Grynchenko", "Oleksiy Hrynchenko"}


def test_markdown_shows_which_outlet_wrote_which_form() -> None:
    arts = [
        article("a", "Oleksiy Hrynchenko spoke.", [("Oleksiy Hrynchenko", "PERSON")], "Herald"),
        article("b", "Grynchenko replied.", [("Grynchenko", "PERSON")], "Times"),
    ]
    found, _ = build_entities(Story(arts))
    from crossbrief.synthesize import synthesize

    brief = synthesize(arts)
    assert brief.entities == tuple(found)
    text = render_markdown(Brief(**{**brief.__dict__}))
    assert "**Oleksiy Hrynchenko** (person)" in text
    assert "  - Grynchenko: Times [2]" in text


def test_both_briefs_mark_metonyms_in_the_spelling_panel() -> None:
    from crossbrief.render.html import render_html
    from crossbrief.synthesize import synthesize

    brief = synthesize(
        [
            article("a", "Russia voted no.", [("Russia", "GPE")], "Herald"),
            article("b", "Moscow objected.", [("Moscow", "GPE")], "Times"),
        ]
    )
    assert "  - Moscow (metonym: the capital): Times [2]" in render_markdown(brief)
    assert "<q>Moscow</q> <em>(metonym: the capital)</em>" in render_html(brief)


def test_demo_story_spellings_are_one_minister(demo_brief: Any) -> None:
    minister = holding(list(demo_brief.entities), "Grynchenko")
    forms = " ".join(al.form for al in minister.aliases)
    assert "Hrynchenko" in forms and "Hrinchenko" in forms
    assert minister.name == "Oleksiy Hrynchenko" and len(minister.articles) == 4


def test_common_noun_body_does_not_join_a_name_ending_in_its_first_word(demo_brief: Any) -> None:
    guard = holding(list(demo_brief.entities), "coast guard")
    assert all("Clear Coast" not in al.form for al in guard.aliases)


def test_demo_place_and_title_words_are_typed_by_the_story(demo_brief: Any) -> None:
    # The NER calls Velmora a work of art; "off Velmora", "near Velmora" make it a place.
    assert holding(list(demo_brief.entities), "Velmora").type == "GPE"
    # "Ports" only ever qualifies "Minister": a portfolio, not an organisation.
    assert not any(a.form == "Ports" for e in demo_brief.entities for a in e.aliases)
    minister = holding(list(demo_brief.entities), "Grynchenko")
    assert any(a.form.startswith("Ports Minister") for a in minister.aliases)


def test_a_description_opening_the_next_clause_gives_the_name_before_it_no_office() -> None:
    # "After meeting Talvik, the Norwegian prime minister flew home": the prime minister is
    # the one who met Talvik, so the later description is no one's the story names.
    text = (
        "After meeting Ari Talvik, the Norwegian prime minister flew home.\n"
        "The Norwegian prime minister said little."
    )
    found, _ = entities(
        article(
            "one", text, [("Ari Talvik", "PERSON"), ("Norwegian", "NORP"), ("Norwegian", "NORP")]
        )
    )
    assert not roles_of(found, "Ari Talvik")
