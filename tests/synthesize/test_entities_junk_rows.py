"""Junk rows and wrong types from the third read of session 16: job titles written as
capitals, a country's short name beside its codes, a company's head word, common nouns and
greetings opening a sentence, and a name cut before its last words. Invented articles; the
NER's slips are tagged by hand."""

from __future__ import annotations

from tests.synthesize.test_entities import article, entities


def _named(*articles: object) -> dict[str, str]:
    found, _ = entities(*articles)  # type: ignore[arg-type]
    return {e.name: e.type for e in found}


def test_a_job_titles_capitals_used_as_a_title_are_no_body() -> None:
    text = (
        "Ann Lee became assistant GM in 2019. Current GM Tom Bell hired her. "
        "Tom Bell, the club's VP, said she was ready. The GM said so."
    )
    tags = [("Ann Lee", "PERSON"), ("GM", "ORG"), ("GM", "ORG"), ("Tom Bell", "PERSON")]
    tags += [("Tom Bell", "PERSON"), ("VP", "ORG"), ("GM", "ORG")]
    found = _named(article("a", text, tags))
    assert "GM" not in found and "VP" not in found
    assert found["Ann Lee"] == "PERSON" and found["Tom Bell"] == "PERSON"


def test_the_same_capitals_naming_a_company_stay() -> None:
    # A carmaker written "GM" acts and is owned: no title there.
    text = "GM said it would close the Orla plant. Shares of GM fell after GM cut jobs."
    tags = [("GM", "ORG"), ("GM", "ORG"), ("GM", "ORG")]
    assert _named(article("a", text, tags)) == {"GM": "ORG"}


def test_a_countrys_short_name_joins_its_codes_and_people() -> None:
    text = "Schools across the UK voted. British pupils said Britain must act. France did not."
    tags = [("UK", "GPE"), ("British", "NORP"), ("Britain", "GPE"), ("France", "GPE")]
    found, _ = entities(article("a", text, tags))
    rows = [{a.form for a in e.aliases} for e in found]
    assert {"UK", "British", "Britain"} in rows
    assert {"France"} in rows  # another country stays its own row


def test_a_companys_head_word_makes_it_a_company() -> None:
    text = (
        "Orla Harbour Corporation owns half of Velo Air. Brenn Airways cut fares. "
        "Ann Lee of Brenn Airways said so."
    )
    tags = [("Orla Harbour Corporation", "PERSON"), ("Velo Air", "ORG")]
    tags += [("Brenn Airways", "GPE"), ("Ann Lee", "PERSON"), ("Brenn Airways", "GPE")]
    found = _named(article("a", text, tags))
    assert found["Orla Harbour Corporation"] == "ORG"
    assert found["Brenn Airways"] == "ORG"
    assert found["Ann Lee"] == "PERSON"


def test_a_plural_common_noun_or_a_greeting_opening_a_sentence_is_no_body() -> None:
    text = (
        'Unions said the pay offer was too low. "Congratulations, sir," Ann Lee told him. '
        "Officials at Velo Air declined to comment."
    )
    tags = [("Unions", "ORG"), ("Congratulations", "ORG"), ("Ann Lee", "PERSON")]
    tags += [("Officials", "ORG"), ("Velo Air", "ORG")]
    assert _named(article("a", text, tags)) == {"Ann Lee": "PERSON", "Velo Air": "ORG"}


def test_a_plural_name_after_the_or_mid_sentence_stays() -> None:
    # A team or a band is written "the Unions" or mid-sentence as a name.
    text = "The Velmora Unions beat the Hawks. Fans of Unions cheered as the Unions won again."
    tags = [("Velmora Unions", "ORG"), ("Hawks", "ORG"), ("Unions", "ORG"), ("Unions", "ORG")]
    assert "Unions" in _named(article("a", text, tags)) or "Velmora Unions" in _named(
        article("a", text, tags)
    )


def test_a_laws_name_cut_after_of_the_takes_its_last_word() -> None:
    text = "Ann Lee cited Article 12 of the Charter in court."
    tags = [("Ann Lee", "PERSON"), ("Article 12 of the", "LAW")]
    found = _named(article("a", text, tags))
    assert found.get("Article 12 of the Charter") == "LAW"
    assert "Article 12 of the" not in found


def test_a_laws_name_cut_before_a_lower_case_noun_ends_at_its_number() -> None:
    text = "Article 12 of the charter bars a third term, Ann Lee said."
    tags = [("Article 12 of the", "LAW"), ("Ann Lee", "PERSON")]
    found = _named(article("a", text, tags))
    assert found.get("Article 12") == "LAW" and "Article 12 of the" not in found


def test_a_laws_whole_span_into_a_lower_case_noun_ends_at_its_number() -> None:
    # The NER's span runs on into the lower-case noun, which no name keeps.
    text = "Ann Lee said Article 12 of the charter bars a third term."
    tags = [("Ann Lee", "PERSON"), ("Article 12 of the charter", "LAW")]
    found = _named(article("a", text, tags))
    assert found.get("Article 12") == "LAW" and "Article 12 of the" not in found
    assert "Ann Lee" in found  # a person's name is untouched


def test_a_department_cut_before_and_takes_its_whole_name() -> None:
    text = "The Department for Roads and Harbours said Ann Lee and Tom Bell would lead it."
    tags = [("Department for Roads", "ORG"), ("Ann Lee", "PERSON"), ("Tom Bell", "PERSON")]
    found = _named(article("a", text, tags))
    assert found.get("Department for Roads and Harbours") == "ORG"
    # no person is swallowed by a body's name across "and"
    assert found["Ann Lee"] == "PERSON" and found["Tom Bell"] == "PERSON"


def test_a_teams_nickname_after_the_is_a_body_not_a_person() -> None:
    text = "The Velmora Hawks beat Ravens on Friday. The Ravens had tired, Tom Bell said."
    tags = [("Velmora Hawks", "ORG"), ("Ravens", "PERSON"), ("Ravens", "PERSON")]
    tags.append(("Tom Bell", "PERSON"))
    found = _named(article("a", text, tags))
    assert found["Ravens"] == "ORG" and found["Tom Bell"] == "PERSON"


def test_a_family_named_in_the_plural_stays_people() -> None:
    # "the Bells" is Tom Bell's family: the story names a Bell.
    text = "Tom Bell and Ann Bell wed in May. The Bells live in Orla. Ann Lee met the Bells."
    tags = [("Tom Bell", "PERSON"), ("Ann Bell", "PERSON"), ("Bells", "PERSON")]
    tags += [("Ann Lee", "PERSON"), ("Bells", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert all(e.type == "PERSON" for e in found if any(a.form == "Bells" for a in e.aliases))


def test_a_body_part_named_after_someone_and_a_shirt_number_are_no_entities() -> None:
    text = (
        "Tom Bell has healed from the Achilles injury of last winter. His number-10 jersey hangs "
        "in Orla. Achilles sailed to Velmora in the play."
    )
    tags = [("Tom Bell", "PERSON"), ("Achilles", "PERSON"), ("number-10 jersey", "GPE")]
    tags += [("Orla", "GPE"), ("Achilles", "PERSON"), ("Velmora", "GPE")]
    found, _ = entities(article("a", text, tags))
    forms = {a.form for e in found for a in e.aliases}
    assert "number-10 jersey" not in forms
    hero = [e for e in found if e.name == "Achilles"]
    # the hero of the play sails: one mention; the injury's word is none
    assert len(hero) == 1 and len(hero[0].mentions) == 1


def test_a_place_before_a_teams_numbered_name_is_the_team() -> None:
    text = (
        "Ann Lee was fired as coach of the Velmora 76ers on Friday. She grew up in Velmora "
        "in the 1990s. Orla 2000 was her first club."
    )
    tags = [("Ann Lee", "PERSON"), ("Velmora", "GPE"), ("Velmora", "GPE"), ("Orla", "GPE")]
    found = _named(article("a", text, tags))
    assert found["Velmora 76ers"] == "ORG"
    # the city itself, a decade and a year after a place are no team
    assert found["Velmora"] == "GPE" and found["Orla"] == "GPE"


def test_a_party_and_state_tag_before_a_quote_is_no_entity() -> None:
    text = '"We must vote," said Rep. Ann Lee, D-N.Y. "Now." The D-Day memorial opened.'
    tags = [("Ann Lee", "PERSON"), ("D-N.Y.", "NORP"), ("D-Day", "EVENT")]
    found = _named(article("a", text, tags))
    assert "D-N.Y." not in found
    assert found.get("D-Day") == "EVENT"  # a name after no comma stays


def test_a_capital_joined_to_its_country_is_no_short_form_of_a_longer_place() -> None:
    # "London" is Britain's capital: the hospital it opens is neither, nor names the row.
    text = (
        "Britain said London would decide. Tom Bell was taken to the London Velmora "
        "Hospital. The London Velmora Hospital said he was well. London agreed."
    )
    tags = [("Britain", "GPE"), ("London", "GPE"), ("Tom Bell", "PERSON")]
    tags += [("London Velmora Hospital", "GPE"), ("London Velmora Hospital", "GPE")]
    tags.append(("London", "GPE"))
    found, _ = entities(article("a", text, tags))
    country = [e for e in found if any(a.form == "Britain" for a in e.aliases)]
    assert len(country) == 1 and country[0].name == "Britain"
    assert not any(a.form == "London Velmora Hospital" for a in country[0].aliases)
    assert any(a.form == "London" for a in country[0].aliases)  # the capital stays a metonym
