"""Whom a "he" or "she" cue stands for when the sentence before names more than one person:
the main clause's subject before one a dash aside or a relative clause brings in; the named
person a "who" clause is about when the main subject is a body; an unnamed reporter or a
spokeswoman for a body before an older name."""

from __future__ import annotations

from typing import Any

from tests.analyze.test_quotes import one, quotes


def test_a_dash_aside_subject_ranks_below_the_main_subject(nlp: Any) -> None:
    text = (
        "Harbour minister Tomas Kerrigan warned of the risk of delays at the port - for "
        "which Piet Brannock has since said sorry - because of the dockers' walkout.\n\n"
        '"Those delays would hurt every exporter in the valley," he told the Dorvik Courier.\n'
    )
    q = one(quotes(nlp, text), "direct", "Those delays would hurt")
    assert q.speaker_name == "Tomas Kerrigan"


def test_without_the_dashes_the_later_subject_is_still_taken(nlp: Any) -> None:
    # the rule is about asides: a second main-clause subject keeps its rank
    text = (
        "Harbour minister Tomas Kerrigan met the exporters and Olga Brannock "
        "then spoke to the press.\n\n"
        '"Those delays would hurt every exporter in the valley," she told the Dorvik Courier.\n'
    )
    q = one(quotes(nlp, text), "direct", "Those delays would hurt")
    assert q.speaker_name == "Olga Brannock"


def test_a_who_clause_on_an_apposed_name_is_about_that_name(nlp: Any) -> None:
    text = (
        "Founder Karl Osterberg was jailed for fraud last year.\n\n"
        "Velmora Dairies is now run by an administrator, Piet Alvarsson, who has sued "
        "twelve lenders to recover money for the creditors. He has alleged that the lenders "
        "knew the true state of the accounts.\n"
    )
    found = [q for q in quotes(nlp, text) if q.speaker_text == "He"]
    assert found and all(q.speaker_name == "Piet Alvarsson" for q in found)


def test_she_added_after_a_spokeswoman_for_a_body_is_the_spokeswoman(nlp: Any) -> None:
    text = (
        "Mayor Tomas Kerrigan defended the curfew on Monday.\n\n"
        'A spokeswoman for the Velmora Tenants Guild said it was a "plain wrong" rule for '
        "the old town.\n\n"
        'She added: "Nobody asked the people who live there."\n'
    )
    found = quotes(nlp, text)
    said = one(found, "indirect", "plain wrong")
    q = one(found, "direct", "Nobody asked the people")
    assert said.speaker_name == "the Velmora Tenants Guild"  # whom she speaks for
    # hers as written, never the Guild's own words, nor no one's
    assert q.speaker_name == "A spokeswoman for the Velmora Tenants Guild"


def test_he_added_after_our_correspondent_is_the_correspondent(nlp: Any) -> None:
    text = (
        "Deputy governor Olaf Brenning met the dockers' leaders on Thursday night.\n\n"
        "Our correspondent reported that the two sides parted on Friday without any offer.\n\n"
        'There was "some hope" of the walkout being called off, he added.\n'
    )
    q = one(quotes(nlp, text), "indirect", "some hope")
    assert q.speaker_name == "Our correspondent"
