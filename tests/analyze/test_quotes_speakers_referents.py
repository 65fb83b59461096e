"""Whom a "he", "she" or bare surname speaker stands for, by position: an unnamed person
subject stops the jump to an earlier name, a person the quote itself talks about is not its
speaker, "she" goes to a woman named after a subject of unknown gender, a bare surname to the
full name given last, and a proxy's owner yields to the person named in apposition. Invented
text, real pipeline."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.analyze.quotes.context import prepare
from crossbrief.analyze.quotes.people import people_of
from crossbrief.model import Mention
from tests.analyze.test_quotes import one, quotes


def test_an_unnamed_customer_blocks_the_jump_to_an_earlier_name(nlp: Any) -> None:
    text = (
        "Tom Hale unveiled the new kettle on Monday. However, one customer at the store was "
        "doubtful. \u201cIt will break within a month,\u201d he said."
    )
    assert one(quotes(nlp, text), "direct", "It will").speaker_name is None


def test_with_no_unnamed_subject_the_he_is_the_name_before(nlp: Any) -> None:
    # Negative: no one else comes between, so the named subject speaks.
    text = (
        "Tom Hale unveiled the new kettle on Monday. The shop was full. "
        "\u201cIt will last for many years,\u201d he said."
    )
    assert one(quotes(nlp, text), "direct", "It will").speaker_name == "Tom Hale"


def test_a_person_named_in_the_quote_is_not_its_he(nlp: Any) -> None:
    text = (
        "Tom Hale was in Salem on Monday. Dan Reed's visit was in the news by noon. "
        "\u201cDan Reed met the mayor last week. It went very well,\u201d he wrote."
    )
    assert one(quotes(nlp, text), "direct", "met the mayor").speaker_name == "Tom Hale"


def test_with_no_name_in_the_quote_the_subject_before_is_its_he(nlp: Any) -> None:
    # Negative: the quote names no one, so the owner of the subject before writes it.
    text = (
        "Tom Hale was in Salem on Monday. Dan Reed's visit was in the news by noon. "
        "\u201cI met the mayor last week. It went very well,\u201d he wrote."
    )
    assert one(quotes(nlp, text), "direct", "met the mayor").speaker_name == "Dan Reed"


def test_she_is_the_woman_named_after_a_subject_of_unknown_gender(nlp: Any) -> None:
    text = (
        "Reed's long speech in the hall followed a short welcome from his daughter Ann Reed. "
        "She said the new bridge would open in June."
    )
    assert one(quotes(nlp, text), "indirect", "June").speaker_name == "Ann Reed"


def test_she_stays_with_the_subject_when_no_woman_is_named(nlp: Any) -> None:
    # Negative: the other person named is a man, so the subject is still "she".
    text = (
        "Reed's long speech in the hall followed a short welcome from his son Tom Reed. "
        "She said the new bridge would open in July."
    )
    assert one(quotes(nlp, text), "indirect", "July").speaker_name == "Reed"


def test_a_bare_surname_is_the_full_name_given_last(nlp: Any) -> None:
    text = (
        "The sailor John Moss was rescued on Sunday. Club spokesman Peter Moss said the "
        "search went on. \u201cIt is hard to say how long anyone lasts,\u201d Moss said."
    )
    assert one(quotes(nlp, text), "direct", "hard to say").speaker_name == "Peter Moss"


def test_a_bare_surname_after_the_other_full_name_is_that_one(nlp: Any) -> None:
    # Negative: the order reversed, the surname is the other person.
    text = (
        "Club spokesman Peter Moss said the search went on. The sailor John Moss was rescued "
        "on Sunday. \u201cI was very scared in the water,\u201d Moss said."
    )
    assert one(quotes(nlp, text), "direct", "scared").speaker_name == "John Moss"


def test_a_person_in_apposition_speaks_not_the_owner(nlp: Any) -> None:
    text = "Ann Lee's campaign chairman, Tom Hale, said the speech was dark and angry."
    assert one(quotes(nlp, text), "indirect", "dark").speaker_name == "Tom Hale"


def test_an_unnamed_proxy_speaks_for_its_owner(nlp: Any) -> None:
    # Negative: with no name in apposition, the chairman speaks for the owner.
    text = "Ann Lee's campaign chairman said the speech was dark and angry."
    assert one(quotes(nlp, text), "indirect", "dark").speaker_name == "Ann Lee"


def _people(nlp: Any, text: str, first: str) -> list[str | None]:
    """The people of ``text``, whose name "Hale" is tagged ``first`` (an entity type) first
    and an organisation after, as taggers do with a surname used alone."""
    doc = nlp(text)
    hales = [t for t in doc if t.text == "Hale"]
    kinds = [first] + ["ORG"] * (len(hales) - 1)
    doc.ents = [Span(doc, t.i, t.i + 1, k) for t, k in zip(hales, kinds, strict=True)]
    para = prepare([Paragraph(0, doc)], [])[0]
    mentions = [
        Mention(text="Hale", start=t.idx, end=t.idx + 4, type=k)
        for t, k in zip(hales, kinds, strict=True)
    ]
    return people_of([para], mentions).names


def test_a_one_word_organisation_named_as_a_person_before_is_that_person(nlp: Any) -> None:
    text = "Hale spoke in Salem on Monday. Later Hale sold the old house in May."
    assert _people(nlp, text, "PERSON") == ["Hale", "Hale"]


def test_a_one_word_organisation_never_named_as_a_person_is_none(nlp: Any) -> None:
    # Negative: with no person of that name before, the organisation stays one.
    text = "Hale opened in Salem on Monday. Later Hale sold the old house in May."
    assert _people(nlp, text, "ORG") == []


def test_the_company_is_the_organisation_that_acts_not_its_product(nlp: Any) -> None:
    text = (
        "Acme Corp unveiled the Widget Pro phone on Tuesday. Acme Corp claims that the "
        "Widget Pro is the thinnest phone yet. Its battery lasts for a week, the company said."
    )
    got = one(quotes(nlp, text), "indirect", "battery lasts").speaker_name
    assert got == "Acme Corp"


def test_the_company_with_no_organisation_acting_is_the_one_just_named(nlp: Any) -> None:
    # Negative: no organisation is a subject, so the one named last stands for it.
    text = "Reporters asked Blue Fin Ltd on Friday. The company said the deal would close."
    assert one(quotes(nlp, text), "indirect", "deal").speaker_name == "Blue Fin Ltd"


def test_the_younger_man_of_a_name_is_the_junior(nlp: Any) -> None:
    text = (
        "Tom Lee spoke first. His son Tom Lee Jr. spoke next. \u201cWe will build the new pier "
        "this year,\u201d said the younger Mr. Lee."
    )
    assert one(quotes(nlp, text), "direct", "new pier").speaker_name == "Tom Lee Jr."


def test_mr_lee_with_no_younger_is_not_the_junior(nlp: Any) -> None:
    # Negative: without "the younger", the name is the father's.
    text = (
        "Tom Lee spoke first. His son Tom Lee Jr. spoke next. \u201cWe will build the new pier "
        "this year,\u201d said Tom Lee."
    )
    assert one(quotes(nlp, text), "direct", "new pier").speaker_name == "Tom Lee"


def test_two_titles_joined_before_a_name_are_that_persons(nlp: Any) -> None:
    text = (
        "In a statement, Harbour Board president and chief executive officer Ann Lee said "
        "that the board welcomed the new pier."
    )
    assert one(quotes(nlp, text), "indirect", "welcomed").speaker_name == "Ann Lee"


def test_a_title_with_an_article_joined_to_a_name_is_not_that_person(nlp: Any) -> None:
    # Negative: "the mayor and Ann Lee" are two people; the name does not speak for both.
    text = "In a statement, the mayor and Ann Lee said that the board welcomed the new pier."
    assert one(quotes(nlp, text), "indirect", "welcomed").speaker_name != "Ann Lee"


def test_a_namesake_named_in_the_quote_leaves_the_speaker_who_shares_the_surname(
    nlp: Any,
) -> None:
    # Session 12 review: only the person the quote names is left out, not their relatives.
    text = (
        "Ann Lee wept on Monday at the old pier. "
        "\u201cTom Lee was all I had, and the board let him drown,\u201d she said."
    )
    assert one(quotes(nlp, text), "direct", "all I had").speaker_name == "Ann Lee"


def test_a_colleague_sharing_the_quoted_surname_is_still_she(nlp: Any) -> None:
    text = (
        "Port chief Peter Moss said the board did all it could. Ann Lee left early. "
        "His deputy, Sarah Moss, disagreed. "
        "\u201cPeter Moss has never once said sorry,\u201d she said."
    )
    assert one(quotes(nlp, text), "direct", "said sorry").speaker_name == "Sarah Moss"


def test_the_very_person_the_quote_names_by_surname_is_not_its_he(nlp: Any) -> None:
    # Negative: a bare surname in the quote still stands for the person so named.
    text = (
        "Tom Hale was in Salem on Monday. Dan Reed's trip came to light hours later. "
        "\u201cReed met the mayor last week. It went very well,\u201d he wrote."
    )
    assert one(quotes(nlp, text), "direct", "met the mayor").speaker_name == "Tom Hale"


def test_she_is_not_the_woman_the_subject_acts_on(nlp: Any) -> None:
    text = (
        "Chief executive Robin Hale thanked Mrs. Ann Cole for 40 years of work at the pier "
        "on Friday. \u201cWe will miss her every single day,\u201d she said."
    )
    assert one(quotes(nlp, text), "direct", "miss her").speaker_name == "Robin Hale"


def test_she_is_still_a_woman_named_later_in_a_phrase_of_her_own(nlp: Any) -> None:
    # Negative: a woman named in a noun phrase, not acted on by the subject, still is "she".
    text = (
        "Hale's long speech came before a short one by his daughter Ann Hale. "
        "\u201cWe will miss the pier every single day,\u201d she said."
    )
    assert one(quotes(nlp, text), "direct", "miss the pier").speaker_name == "Ann Hale"
