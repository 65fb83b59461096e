"""A bare surname keeps the person its article is about: a namesake set apart by a kinship
noun with a role between it and the name ("his father, Velmora coach Tomas Velko"), or
named once inside a list of names, takes no later bare surname (invented text)."""

from __future__ import annotations

from typing import Any

from crossbrief.synthesize.entities.gender import MALE, relation_cue, sure_gender
from crossbrief.synthesize.entities.name_lists import in_name_list
from tests.synthesize.test_entities import entities
from tests.synthesize.test_entities_namesakes import _owner, _tagged
from tests.synthesize.test_quote_ledger_namesakes import _brief, _speaker

_GUARD = _tagged(
    "a",
    "Arun Velko scored twice. Arun Velko left. Velko smiled.",
    ["Arun Velko", "Arun Velko", "Velko"],
)


def test_a_kinship_noun_with_a_role_before_the_name_marks_the_relative() -> None:
    body = "Velko told his father, Velmora coach Tomas Velko, first."
    start = body.index("Tomas")
    assert relation_cue(body, start, 0, start + len("Tomas Velko")) == "kin"
    assert sure_gender(body, start, "Tomas Velko", 0) == MALE


def test_a_kinship_noun_owning_the_role_marks_no_relative() -> None:
    # Negative: "his father's coach" is the coach, nobody's relative; nor does a verb
    # between the kinship noun and the name make an apposition.
    for body in (
        "Velko met his father's coach, Tomas Velko, first.",
        "Velko called his father, then met coach Tomas Velko.",
    ):
        start = body.index("Tomas")
        assert relation_cue(body, start, 0, start + len("Tomas Velko")) is None, body


def test_a_bare_surname_after_a_father_introduced_with_his_role_stays_the_son() -> None:
    text = (
        "Arun Velko had news. Velko had a secret. "
        "Velko told his father, Velmora coach Tomas Velko, that he would stay. "
        "Velko said he loved the team."
    )
    found, _ = entities(
        _GUARD, _tagged("c", text, ["Arun Velko", "Velko", "Velko", "Tomas Velko", "Velko"])
    )
    assert _owner(found, "c", 3) == "Arun Velko"


def test_an_article_about_the_father_keeps_him_when_the_son_comes_in() -> None:
    # Negative: the relative set apart is the son here, so the bare surname is the father's.
    coach = _tagged(
        "a",
        "Tomas Velko coaches Velmora. Tomas Velko won. Velko smiled.",
        ["Tomas Velko", "Tomas Velko", "Velko"],
    )
    text = (
        "Tomas Velko had news. Velko spoke first. "
        "Velko praised his son, Velmora striker Arun Velko, at length. "
        "Velko said he was proud."
    )
    found, _ = entities(
        coach, _tagged("c", text, ["Tomas Velko", "Velko", "Velko", "Arun Velko", "Velko"])
    )
    assert _owner(found, "c", 3) == "Tomas Velko"


_MAIN_SPEAKER = (
    "Arun Velko scored twice for Velmora. Arun Velko left the court smiling. "
    "Velko said the crowd had been loud."
)

_OUT = (
    "Arun Velko is out for the season. The club placed Arun Velko on the list. "
    "Velko hurt his knee. "
)


def test_a_namesake_named_once_in_a_list_takes_no_bare_surname() -> None:
    text = (
        _OUT + "Guards Bo Ray (knee) and Tomas Velko (ankle) were limited. "
        "Velko had led the team in points."
    )
    forms = ["Arun Velko", "Arun Velko", "Velko", "Bo Ray", "Tomas Velko", "Velko"]
    found, _ = entities(_GUARD, _tagged("c", text, forms))
    assert _owner(found, "c", 4) == "Arun Velko"


def test_a_namesake_introduced_on_his_own_still_takes_the_bare_surname() -> None:
    # Negative: named alone, with a role, the newcomer is the one the next sentence means.
    text = _OUT + "Tomas Velko, a guard, was limited. Velko had hurt his ankle."
    forms = ["Arun Velko", "Arun Velko", "Velko", "Tomas Velko", "Velko"]
    found, _ = entities(_GUARD, _tagged("c", text, forms))
    assert _owner(found, "c", 4) == "Tomas Velko"


def test_names_joined_by_and_or_a_comma_are_list_items_an_apposition_is_not() -> None:
    body = "Bo Ray (knee) and tight end Tomas Velko sat. Tomas Velko, his father, and Bo Ray sat."
    ray, velko = body.index("Bo Ray"), body.index("Tomas Velko")
    starts, ends = {ray, velko}, {ray + 6, velko + 11}
    assert in_name_list(body, velko, velko + 11, starts, ends)
    assert in_name_list(body, ray, ray + 6, starts, ends)
    # Negative: a kinship apposition between two names makes no list of them.
    second, last = body.index("Tomas Velko", velko + 1), body.rindex("Bo Ray")
    starts, ends = {second, last}, {second + 11, last + 6}
    assert not in_name_list(body, second, second + 11, starts, ends)


def test_a_bare_surname_speaker_after_the_fathers_full_name_stays_the_son(nlp: Any) -> None:
    # The analysis takes the full name named last before a bare surname; where that is a
    # relative set apart by a kinship noun, the table's choice (the son) names the speaker.
    other = (
        "Arun Velko will stay at Velmora. Velko told his father, Velmora coach Tomas Velko, "
        "on Friday. As Tomas Velko said later, the team needs him. "
        '"I felt ready to stay," Velko said.'
    )
    brief = _brief(nlp, _MAIN_SPEAKER, other)
    assert _speaker(brief, "felt ready to stay") == "Arun Velko"


def test_a_bare_surname_speaker_after_a_namesake_with_no_kin_is_that_namesake(nlp: Any) -> None:
    # Negative: a namesake introduced with a role that is no kinship noun keeps the surname.
    other = (
        "Arun Velko will stay at Velmora. Velko met the club's adviser, Tomas Velko, "
        'on Friday. "The team needs a rest," Velko said.'
    )
    brief = _brief(nlp, _MAIN_SPEAKER, other)
    assert _speaker(brief, "team needs a rest") == "Tomas Velko"


def test_a_relative_introduced_before_any_bare_surname_keeps_the_analysis_speaker(
    nlp: Any,
) -> None:
    # Negative: the article used the bare surname for no one before the father came in, so
    # the full name the analysis took (the one named last) stays the speaker.
    other = (
        "Arun Velko will stay at Velmora. His father, Velmora coach Tomas Velko, spoke on "
        'Friday. "The team needs a rest," Velko said.'
    )
    brief = _brief(nlp, _MAIN_SPEAKER, other)
    assert _speaker(brief, "team needs a rest") == "Tomas Velko"


def test_two_namesakes_listed_together_both_leave_the_surname_to_the_subject() -> None:
    text = (
        _OUT + "Guards Bo Ray, Ivo Velko and Tomas Velko were limited. "
        "Velko had led the team in points."
    )
    forms = ["Arun Velko", "Arun Velko", "Velko", "Bo Ray", "Ivo Velko", "Tomas Velko", "Velko"]
    found, _ = entities(_GUARD, _tagged("c", text, forms))
    assert _owner(found, "c", 4) == "Arun Velko"


def test_a_relative_who_opens_his_sentence_is_the_speaker_the_article_turns_to(
    nlp: Any,
) -> None:
    # Negative: "His son, X, ..." opening a sentence makes the son its subject: the article
    # turns to him, and the bare surname quoting him right after is his.
    other = (
        "Tomas Velko was named coach of Velmora. Velko has spent ten years at the club. "
        "His son, Arun Velko, is a striker for Orsk and he was glad. "
        '"My dad is ready for this," Velko said.'
    )
    brief = _brief(nlp, _MAIN_SPEAKER.replace("Arun", "Tomas"), other)
    assert _speaker(brief, "dad is ready") == "Arun Velko"


def test_a_kinship_noun_modifying_a_common_noun_marks_no_relative() -> None:
    # "sister company", "mother club": a kinship noun run into a lower-case noun is a
    # compound of things, and the role after it is that thing's, nobody's relative.
    for body in (
        "Its sister company boss Tomas Velko said the deal was done.",
        "The mother club coach Tomas Velko said the deal was done.",
    ):
        start = body.index("Tomas")
        assert relation_cue(body, start, 0, start + len("Tomas Velko")) is None, body
        assert sure_gender(body, start, "Tomas Velko", 0) is None, body
    # Negative: with its comma, or capitals between, the kinship noun still sets the
    # relative apart.
    for body in (
        "Velko told his sister, club captain Mira Velko, first.",
        "Velko told his sister Velmora captain Mira Velko first.",
    ):
        start = body.index("Mira")
        assert relation_cue(body, start, 0, start + len("Mira Velko")) == "kin", body


def test_a_kinship_apposition_opening_a_paragraph_after_a_headline_opens_its_sentence() -> None:
    # A headline ends with no full stop; the line break still closes it, so "His son, ..."
    # opens a sentence whose subject is the relative (the article turns to him).
    from crossbrief.synthesize.speaker_ids import _kin_named

    text = "Velmora coach quits\n\nHis son, Arun Velko, will stay at the club."
    assert _kin_named(text, "Arun Velko") is None
    # Negative: the same apposition inside a sentence sets the relative apart.
    text = "Velmora coach quits\n\nThe club thanked his son, Arun Velko, for his work."
    assert _kin_named(text, "Arun Velko") is not None


def test_a_comma_alone_joins_names_as_a_list_only_when_an_and_follows() -> None:
    # An opening phrase ending in a name, then the subject ("Joined by X, coach Y praised"):
    # a comma alone makes no list of two names; "X, Y and Z" is one.
    body = "Joined by Bo Ray, coach Tomas Velko praised the team."
    ray, velko = body.index("Bo Ray"), body.index("Tomas Velko")
    starts, ends = {ray, velko}, {ray + 6, velko + 11}
    assert not in_name_list(body, velko, velko + 11, starts, ends)
    assert not in_name_list(body, ray, ray + 6, starts, ends)
    body = "Guards Bo Ray, Ivo Lind and Tomas Velko sat."
    names = [(body.index(n), body.index(n) + len(n)) for n in ("Bo Ray", "Ivo Lind", "Tomas Velko")]
    starts, ends = {s for s, _ in names}, {e for _, e in names}
    assert all(in_name_list(body, s, e, starts, ends) for s, e in names)
    # Negative: a bracketed note before the comma still lists two names.
    body = "Bo Ray (knee), Tomas Velko (ankle) sat."
    ray, velko = body.index("Bo Ray"), body.index("Tomas Velko")
    assert in_name_list(body, velko, velko + 11, {ray, velko}, {ray + 6, velko + 11})


def test_a_subject_after_an_opening_phrase_naming_someone_takes_the_bare_surname() -> None:
    text = _OUT + "Joined by Bo Ray, guard Tomas Velko was limited. Velko had hurt his ankle."
    forms = ["Arun Velko", "Arun Velko", "Velko", "Bo Ray", "Tomas Velko", "Velko"]
    found, _ = entities(_GUARD, _tagged("c", text, forms))
    assert _owner(found, "c", 4) == "Tomas Velko"
