"""Whose a speaker is: a proxy ("Ann Lee's office", "her spokeswoman") speaks for its
principal; anyone else in a relation to someone ("Dan Cole's mother", "a neighbor of Eve
Park") speaks for themselves. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes.proxies import PROXY_COMPOUNDS, PROXY_NOUNS, unpossessed
from crossbrief.render import labels
from crossbrief.synthesize import proxy_phrases
from tests.analyze.test_quotes import one, quotes


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A proxy's words are filed under whom they speak for, without the possessive.
        ("Tom Hale's lawyer said the charges were false.", "Tom Hale"),
        ("A spokesman for Ann Lee's campaign said the bill would pass.", "Ann Lee"),
        ("A lawyer for Tom Hale said the charges were false.", "Tom Hale"),
        ("Ann Lee's campaign manager said the bill would pass.", "Ann Lee"),
        ("Ann Lee's finance manager said the bill would pass.", None),
        ("Ann Lee's team said the bill would pass.", "Ann Lee"),
        ("Ann Lee's statement said the bill would pass.", "Ann Lee"),  # her own words
        # The name the parser hangs on the owner still names the leader.
        ("The leader of the Harbour League, Jon Green, said the bill would pass.", "Jon Green"),
        # Anyone else speaks for themselves: no name, or the name in apposition.
        ("Maria Gomez's neighbor said the noise went on all night.", None),
        ("A friend of Tom Hale said the charges were false.", None),
        ("Dan Cole's mother, Judy, said her son was never violent.", "Judy"),
        # A name heading the phrase is the speaker, never a possessor before or after it.
        ("Judy Cole, Dan Cole's mother, said her son was never violent.", "Judy Cole"),
        ("Donald Reed's longtime confidant Ivo Brenn said the talks would go on.", "Ivo Brenn"),
        ("Ann Lee's top aide Ken Dorn said the talks would go on.", "Ken Dorn"),
        # Negative: a name alone is itself.
        ("Ken Dorn said the talks would go on.", "Ken Dorn"),
    ],
)
def test_a_possessor_is_the_speaker_only_for_a_proxy(nlp: Any, text: str, name: str) -> None:
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert len(found) == 1, found
    assert found[0].speaker_name == name


def test_her_spokeswoman_speaks_for_her(nlp: Any) -> None:
    text = "Ann Lee defended the budget on Monday. Her spokeswoman said the cuts were needed."
    assert one(quotes(nlp, text), "indirect", "cuts were").speaker_name == "Ann Lee"


def test_her_husband_speaks_for_himself(nlp: Any) -> None:
    # Negative: a relative is not a proxy, so "her" names whose he is, not who spoke.
    text = "Ann Lee defended the budget on Monday. Her husband said the cuts were needed."
    assert one(quotes(nlp, text), "indirect", "cuts were").speaker_name is None


@pytest.mark.parametrize(
    ("name", "bare"),
    [("Ann Lee's", "Ann Lee"), ("Ann Lee\u2019s", "Ann Lee"), ("Jones'", "Jones"), ("Lee", "Lee")],
)
def test_a_name_loses_its_possessive(name: str, bare: str) -> None:
    assert unpossessed(name) == bare


def test_the_render_shows_every_proxy_as_speaking_for_someone() -> None:
    # A proxy filed under its principal must be labelled as a proxy, never as the principal:
    # the render reads the analysis's own list, not a copy to keep in step.
    # (the render's is_proxy lives in synthesize/proxy_phrases, which the ledger reads too)
    assert labels.is_proxy is proxy_phrases.is_proxy
    assert proxy_phrases.PROXY_NOUNS is PROXY_NOUNS
    assert proxy_phrases.PROXY_COMPOUNDS is PROXY_COMPOUNDS


def test_a_name_on_a_noun_is_no_subject_a_pronoun_stands_for(nlp: Any) -> None:
    # "the Lee campaign had yet to pay": the campaign is the subject, so "He" is Adler.
    text = (
        "Tom Lee toured the harbour on Monday. Steve Adler said the Lee campaign had yet to "
        "pay his firm. He added that the firm would wait."
    )
    assert one(quotes(nlp, text), "indirect", "firm would wait").speaker_name == "Steve Adler"


def test_a_name_as_subject_is_one_a_pronoun_stands_for(nlp: Any) -> None:
    # Negative: the name itself as the subject is who "He" is.
    text = (
        "Steve Adler toured the harbour on Monday. Tom Lee said the plan had yet to pay off. "
        "He added that the firm would wait."
    )
    assert one(quotes(nlp, text), "indirect", "firm would wait").speaker_name == "Tom Lee"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A proxy tied to the surname of someone named before speaks for them, whatever the
        # entity tagger made of the surname in front of the noun.
        (
            "Dirk Brandt toured the state on Monday. The Brandt campaign said the rally "
            "would go ahead.",
            "Dirk Brandt",
        ),
        (
            "Rex Marlow toured the state on Monday. Marlow\u2019s campaign said the rally "
            "would go ahead.",
            "Rex Marlow",
        ),
        (
            "Dirk Brandt toured the state on Monday. The Brandt campaign manager said the "
            "rally would go ahead.",
            "Dirk Brandt",
        ),
        # Someone of the campaign speaks for it, whatever the article before them.
        (
            "Dirk Brandt toured the state on Monday. A Brandt campaign aide said the rally "
            "would go ahead.",
            "Dirk Brandt",
        ),
        # Negative: a surname no one was named by names no one.
        ("The Brandt campaign said the rally would go ahead.", None),
        # Negative: someone who is no proxy speaks for themselves.
        (
            "Rex Marlow toured the state on Monday. Marlow\u2019s neighbour said the rally "
            "would go ahead.",
            None,
        ),
    ],
)
def test_a_proxy_of_a_surname_named_before_is_that_person_s(
    nlp: Any, text: str, name: str | None
) -> None:
    assert one(quotes(nlp, text), "indirect", "rally").speaker_name == name


def test_a_proxy_of_a_surname_with_a_name_in_apposition_is_the_named_person(nlp: Any) -> None:
    text = (
        "Rex Marlow toured the state on Monday. Marlow\u2019s campaign manager, Nina Quist, "
        "said the rally would go ahead."
    )
    assert one(quotes(nlp, text), "indirect", "rally").speaker_name == "Nina Quist"


@pytest.mark.parametrize(
    ("text", "kind", "says"),
    [
        # Negative: "a Ford spokesman" speaks for a firm of that name, not for a person who
        # shares it; only a possessive or "the X campaign" ties a surname to a person.
        (
            'Ann Ford, a mechanic, lost her job in May. "We regret every layoff," a Ford '
            "spokesman said.",
            "direct",
            "layoff",
        ),
        (
            "Ann Ford, a mechanic, lost her job in May. The Ford spokesman said the plant "
            "would close.",
            "indirect",
            "plant",
        ),
        # Negative: a place's office is no person's, whoever shares the place's name.
        (
            "Ann Washington, a nurse, joined the union in May. The Washington office of the "
            "union said the strike would go on.",
            "indirect",
            "strike",
        ),
        (
            "Ann Jordan, a nurse, joined the union in May. The Jordan office said the strike "
            "would go on.",
            "indirect",
            "strike",
        ),
    ],
)
def test_a_firm_or_place_sharing_a_surname_is_not_that_person(
    nlp: Any, text: str, kind: str, says: str
) -> None:
    first = text.split(",")[0]
    assert one(quotes(nlp, text), kind, says).speaker_name != first
