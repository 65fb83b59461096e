"""One row per person, organisation and place: gendered surnames, middle initials, short forms,
name particles and display names (invented text)."""

from __future__ import annotations

from crossbrief.synthesize.entities import trim
from crossbrief.synthesize.entities.gender import FEMALE, MALE, person_gender, sure_gender
from tests.synthesize.test_entities import article, entities, holding

_FAMILY = (
    "Arun Velko said he was tired. Mira Velko says she will stay. Their son, Tomas Velko, "
    "served abroad. Arun Velko spoke twice. Arun Velko left. Mr. Velko waved. Ms. Velko wept."
)
_FAMILY_TAGS = [
    ("Arun Velko", "PERSON"),
    ("Mira Velko", "PERSON"),
    ("Tomas Velko", "PERSON"),
    ("Arun Velko", "PERSON"),
    ("Arun Velko", "PERSON"),
    ("Mr. Velko", "PERSON"),
    ("Ms. Velko", "PERSON"),
]


def test_a_titled_surname_joins_the_full_name_of_its_gender() -> None:
    found, _ = entities(article("a", _FAMILY, _FAMILY_TAGS))
    assert holding(found, "Mr. Velko").name == "Arun Velko"
    assert holding(found, "Ms. Velko").name == "Mira Velko"


def test_without_gender_cues_a_titled_surname_of_two_people_stays_apart() -> None:
    # given names the first-name table does not know, and no title or pronoun on them
    text = "Zorvek Velko spoke. Xarven Velko spoke. Mr. Velko waved. Ms. Velko wept."
    tags = [(f, "PERSON") for f in ("Zorvek Velko", "Xarven Velko", "Mr. Velko", "Ms. Velko")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Mr. Velko").name == "Velko"
    assert holding(found, "Ms. Velko").name == "Velko"


def test_a_first_name_tells_which_full_name_a_titled_surname_is() -> None:
    text = "Arun Velko spoke. Mira Velko spoke. Mr. Velko waved. Ms. Velko wept."
    tags = [(f, "PERSON") for f in ("Arun Velko", "Mira Velko", "Mr. Velko", "Ms. Velko")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Mr. Velko").name == "Arun Velko"
    assert holding(found, "Ms. Velko").name == "Mira Velko"


def test_gender_cues_address_kinship_and_pronouns() -> None:
    assert sure_gender("Mrs. Dosa came.", 0, "Mrs. Dosa") == FEMALE
    assert sure_gender("her son, Tomas Dosa, came.", 9, "Tomas Dosa") == MALE
    assert sure_gender("the envoy Tomas Dosa came.", 10, "Tomas Dosa") is None
    assert person_gender([(None, FEMALE), (None, FEMALE)]) == FEMALE
    assert person_gender([(None, FEMALE), (None, MALE)]) is None


def test_a_first_name_before_and_shares_the_surname_after_it() -> None:
    text = "Arun and Mira Velko spoke. Arun Velko left. Arun Dosa came."
    tags = [("Arun", "PERSON"), ("Mira Velko", "PERSON"), ("Arun Velko", "PERSON")]
    tags.append(("Arun Dosa", "PERSON"))
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Arun") is holding(found, "Arun Velko")


def test_a_first_name_alone_of_two_people_stays_apart() -> None:
    text = "Arun spoke. Arun Velko left. Arun Dosa came."
    tags = [("Arun", "PERSON"), ("Arun Velko", "PERSON"), ("Arun Dosa", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Arun") not in (holding(found, "Arun Velko"), holding(found, "Arun Dosa"))


def test_other_middle_initials_are_another_person() -> None:
    text = "Jorge W. Brisk spoke. Jorge W. Brisk left. His father Jorge H.W. Brisk stayed."
    tags = [("Jorge W. Brisk", "PERSON"), ("Jorge W. Brisk", "PERSON")]
    found, _ = entities(article("a", text, [*tags, ("Jorge H.W. Brisk", "PERSON")]))
    assert holding(found, "Jorge W. Brisk") is not holding(found, "Jorge H.W. Brisk")


def test_a_middle_name_still_joins_the_name_without_it() -> None:
    text = "Mark Jay Helder spoke. Mark Helder left. Mark Helder came back."
    tags = [("Mark Jay Helder", "PERSON"), ("Mark Helder", "PERSON"), ("Mark Helder", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Mark Jay Helder") is holding(found, "Mark Helder")


def test_an_acronym_joins_only_its_own_expansion() -> None:
    text = (
        "The United Nations met. The UN said no. The UN Safety Board met. The UN Safety Board "
        "voted. The UN agreed."
    )
    tags = [("United Nations", "ORG"), ("UN", "ORG"), ("UN Safety Board", "ORG")]
    tags += [("UN Safety Board", "ORG"), ("UN", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "UN") is holding(found, "United Nations")
    assert holding(found, "UN Safety Board") is not holding(found, "UN")


def test_an_acronym_with_no_expansion_still_leads_its_company() -> None:
    text = "ZXT Technologies grew. ZXT said sales rose."
    found, _ = entities(article("a", text, [("ZXT Technologies", "ORG"), ("ZXT", "ORG")]))
    assert holding(found, "ZXT") is holding(found, "ZXT Technologies")


def test_an_agency_named_after_a_body_is_not_that_body() -> None:
    text = (
        "The United Nations met. The United Nations voted. The United Nations agreed. "
        "The United Nations Aid and Fisheries Agency helped."
    )
    tags = [("United Nations", "ORG")] * 3 + [("United Nations Aid and Fisheries Agency", "ORG")]
    found, _ = entities(article("a", text, tags))
    agency = holding(found, "United Nations Aid and Fisheries Agency")
    assert agency is not holding(found, "United Nations")


def test_a_country_or_acronym_written_short_or_full_in_an_org_name_is_one_org() -> None:
    text = (
        "The U.S. Seismic Survey said so. The United States Seismic Survey agreed. "
        "The US Navy sailed. The Velmor Navy sailed."
    )
    tags = [("U.S. Seismic Survey", "ORG"), ("United States Seismic Survey", "GPE")]
    tags += [("US Navy", "ORG"), ("Velmor Navy", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "U.S. Seismic Survey") is holding(found, "United States Seismic Survey")
    assert holding(found, "US Navy") is not holding(found, "Velmor Navy")


def test_an_arabic_particle_stays_inside_the_name() -> None:
    assert trim("Omar Belqasim al-Zawi") == "Omar Belqasim al-Zawi"
    assert trim("Omar Belqasim said") == "Omar Belqasim"
    text = "Omar Belqasim al-Zawi spoke. Later al-Zawi said no."
    tags = [("Omar Belqasim al-Zawi", "PERSON"), ("al-Zawi", "ORG")]
    found, _ = entities(article("a", text, tags))
    person = holding(found, "Omar Belqasim al-Zawi")
    assert holding(found, "al-Zawi") is person and person.type == "PERSON"


def test_a_person_is_named_by_the_full_name_holding_the_surname() -> None:
    text = "Ban Ko-mun arrived. Mr. Ban spoke. Mr. Ban left. Dora Wells said no. Wells left."
    tags = [("Ban Ko-mun", "PERSON"), ("Mr. Ban", "PERSON"), ("Mr. Ban", "PERSON")]
    tags += [("Dora Wells", "PERSON"), ("Wells", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Mr. Ban").name == "Ban Ko-mun"
    wells = holding(found, "Wells")
    assert wells.name == "Dora Wells" and wells.type == "PERSON"


def test_an_organisation_sharing_a_word_with_a_person_stays_an_organisation() -> None:
    text = "Dora Wells spoke. Wells Bank lent. Wells Bank grew. Wells Bank closed."
    tags = [("Dora Wells", "PERSON")] + [("Wells Bank", "ORG")] * 3
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Wells Bank").type == "ORG"


def test_single_middle_initials_that_differ_are_another_person() -> None:
    text = "Jorge W. Brisk spoke. Jorge W. Brisk left. His father Jorge T. Brisk stayed."
    tags = [("Jorge W. Brisk", "PERSON"), ("Jorge W. Brisk", "PERSON")]
    found, _ = entities(article("a", text, [*tags, ("Jorge T. Brisk", "PERSON")]))
    assert holding(found, "Jorge W. Brisk") is not holding(found, "Jorge T. Brisk")


def test_one_middle_initial_written_or_not_is_one_person() -> None:
    text = "Jorge W. Brisk spoke. Jorge Brisk left. Jorge W. Brisk came back."
    tags = [("Jorge W. Brisk", "PERSON"), ("Jorge Brisk", "PERSON"), ("Jorge W. Brisk", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Jorge W. Brisk") is holding(found, "Jorge Brisk")


def test_a_conventional_short_name_joins_its_full_name() -> None:
    text = "The Federal Reserve met. The Fed raised rates. The Fed waited."
    tags = [("Federal Reserve", "ORG"), ("Fed", "ORG"), ("Fed", "ORG")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Fed") is holding(found, "Federal Reserve")


def test_a_person_called_by_a_conventional_short_name_stays_a_person() -> None:
    text = "The Federal Reserve met. Fed spoke. Fed left. Fed came back."
    found, _ = entities(article("a", text, [("Federal Reserve", "ORG")] + [("Fed", "PERSON")] * 3))
    assert holding(found, "Fed") is not holding(found, "Federal Reserve")


def test_an_abbreviated_rank_alone_is_no_person_and_titles_the_name_after_it() -> None:
    text = "The police chief Maj. Gen. Dosa Velk said so. Capt. Arno Pell agreed."
    tags = [("Maj.", "PERSON"), ("Dosa Velk", "PERSON"), ("Arno Pell", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert not any(a.form == "Maj." for e in found for a in e.aliases)
    assert holding(found, "Maj. Gen. Dosa Velk").name == "Dosa Velk"
    assert holding(found, "Capt. Arno Pell").name == "Arno Pell"


def test_a_name_ends_at_a_colon() -> None:
    text = "Arun Velko leads.\n\nVelko: Ahead by a mile.\n\nHe must win."
    found, _ = entities(article("a", text, [("Arun Velko", "PERSON"), ("Velko: Ahead", "ORG")]))
    assert holding(found, "Velko").name == "Arun Velko"
    assert not any(":" in e.name for e in found)


def test_a_title_of_a_work_goes_on_after_its_colon() -> None:
    text = "Fans saw Star Voyage: The Return twice."
    found, _ = entities(article("a", text, [("Star Voyage: The Return", "WORK_OF_ART")]))
    assert holding(found, "Star Voyage: The Return").name == "Star Voyage: The Return"


def test_a_title_the_ner_calls_an_organisation_keeps_its_colon() -> None:
    text = "Fans saw Star Voyage: First Class on Sunday."
    found, _ = entities(article("a", text, [("Star Voyage: First Class", "ORG")]))
    assert holding(found, "Star Voyage: First Class").name == "Star Voyage: First Class"


def test_a_surname_before_and_keeps_its_own_full_name() -> None:
    # "Holm" is the surname of Greta Holm, not a first name sharing Ivo Brandt's
    text = "Greta Holm met Ivo Brandt. Holm and Ivo Brandt agreed. Greta Holm left."
    tags = [("Greta Holm", "PERSON"), ("Ivo Brandt", "PERSON"), ("Holm", "PERSON")]
    tags += [("Ivo Brandt", "PERSON"), ("Greta Holm", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Holm") is holding(found, "Greta Holm")
    assert all(e.name != "Holm Brandt" for e in found)


def test_a_word_no_given_name_before_and_shares_no_surname() -> None:
    # "Dosa" is in no given-name table: no "Dosa Velko" for "Velko" to stand for
    text = "Dosa and Mira Velko spoke. Mira Velko left. Velko stayed."
    tags = [("Dosa", "PERSON"), ("Mira Velko", "PERSON"), ("Mira Velko", "PERSON")]
    found, _ = entities(article("a", text, [*tags, ("Velko", "PERSON")]))
    assert holding(found, "Velko") is holding(found, "Mira Velko")
    assert holding(found, "Dosa") is not holding(found, "Mira Velko")


def test_a_bare_first_name_is_not_named_by_a_full_name_starting_with_it() -> None:
    # only an article that gives both tells that its "Tarek" is Tarek Volan
    named = article("a", "Tarek Volan spoke.", [("Tarek Volan", "PERSON")])
    bare = article("b", "Tarek said no. Tarek left.", [("Tarek", "PERSON"), ("Tarek", "PERSON")])
    found, _ = entities(named, bare)
    assert holding(found, "Tarek").name == "Tarek"
    text = "Tarek Volan spoke. Tarek said no. Tarek left."
    tags = [("Tarek Volan", "PERSON"), ("Tarek", "PERSON"), ("Tarek", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Tarek").name == "Tarek Volan"


def test_a_titled_surname_first_in_a_full_name_joins_it_whatever_the_first_name_table() -> None:
    # "Park" reads as a man's given name in the table; "Ms. Park" tells it is her surname
    text = "President Park Ha-neul was impeached. Ms. Park denied it. Ms. Park's lawyers spoke."
    tags = [("Park Ha-neul", "PERSON"), ("Ms. Park", "PERSON"), ("Ms. Park", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Ms. Park").name == "Park Ha-neul"


def test_a_place_the_ner_once_called_a_person_stays_a_place() -> None:
    text = "Crews reached Nor Vela. Nor Vela grew. Nor Vela spread. Nor Vela voted."
    tags = [("Nor Vela", "ORG")] * 3 + [("Nor Vela", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Nor Vela").type == "ORG"
    text = "They shut the Vela plant. Al Vela burned. Al Vela closed. Al Vela was hit."
    tags = [("Vela", "GPE"), ("Al Vela", "GPE"), ("Al Vela", "GPE"), ("Al Vela", "PERSON")]
    found, _ = entities(article("a", text, tags))
    assert holding(found, "Al Vela").type != "PERSON"
