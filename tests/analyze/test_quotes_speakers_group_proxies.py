"""A proxy whose possessor is a group ("their spokesman", "its spokeswoman", "the group's
lawyer") speaks for the group or body the article just named as a subject, never for a
person. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import one, quotes


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The Velmora Harbour Board voted to shut the pier on Monday. "
            "Its spokeswoman said the vote was final.",
            "The Velmora Harbour Board",
        ),
        (
            "The harbour board voted to shut the pier on Monday. "
            "Their spokesman said the vote was final.",
            "The harbour board",
        ),
        (
            "Hundreds of dock workers marched on Monday. Their lawyer said the vote was final.",
            "Hundreds of dock workers",
        ),
        (
            "The Velmora Dockers Union went to court on Tuesday. "
            "The group's lawyer said the vote was final.",
            "The Velmora Dockers Union",
        ),
        # a body's name the tagger left untyped, known by its last word
        (
            "The Dockers Union filed a suit on Tuesday. "
            "The union's lawyer said the vote was final.",
            "The Dockers Union",
        ),
        # "the union's" is the body whose head word is "union", an object here, not the
        # body that is the subject before it
        (
            "The harbour council fined the Tarn Ferry Union on Tuesday over the May stoppage. "
            "The union's lawyer said the vote was final.",
            "The Tarn Ferry Union",
        ),
        # of two bodies the sentence before names, "its" is the one that is its subject
        # when the subject's verb does not act on the other
        (
            "The Tarn Ferry Guild voted to strike on Tuesday after the harbour council raised "
            "fees. Its lawyer said the vote was final.",
            "The Tarn Ferry Guild",
        ),
        (
            "The Orsk Rail Board raised fares on Friday after the Velmora Bus Company cut its "
            "routes. Its lawyer said the vote was final.",
            "The Orsk Rail Board",
        ),
        # "its" is the one body the sentence before names, a person being no "it"
        (
            "Ann Lee founded the Tarn Ferry Guild in 2019. Its lawyer said the vote was final.",
            "The Tarn Ferry Guild",
        ),
    ],
)
def test_a_groups_proxy_speaks_for_the_group(nlp: Any, text: str, group: str) -> None:
    q = one(quotes(nlp, text), "indirect", "vote was final")
    assert q.speaker_name is not None
    assert q.speaker_name.lower().removeprefix("the ") == group.lower().removeprefix("the ")


@pytest.mark.parametrize(
    "text",
    [
        # Negative: a person named as the subject is no "their" or "its".
        "Ann Lee shut the pier on Monday. Their spokesman said the vote was final.",
        "Ann Lee shut the pier on Monday. Its spokeswoman said the vote was final.",
        # Negative: "its" is no plural of people.
        "Dock workers from Velmora marched on Monday. Its lawyer said the vote was final.",
        # Negative: "the union's" names no body whose head word is not "union", though the
        # sentence before names one as its subject.
        "The harbour council fined the Tarn Ferry Guild on Tuesday over the May stoppage. "
        "The union's lawyer said the vote was final.",
        # Negative: "its" may stand for either body the sentence before names when neither
        # is its subject.
        "A judge fined the Tarn Ferry Guild and the harbour council on Tuesday. Its lawyer "
        "said the vote was final.",
        # Negative: the subject's verb acts on the other body (as object, or after a
        # preposition, or joined to the subject), which "its" may as well mean.
        "The Tarn Ferry Guild sued the harbour council on Tuesday. Its lawyer said the vote "
        "was final.",
        "Velmora Port sued the city of Orsk on Tuesday. Its lawyer said the vote was final.",
        "The Orsk Rail Board fined the Velmora Bus Company on Friday. Its lawyer said the "
        "vote was final.",
        "The harbour council imposed a fine on the Velmora Bus Company on Tuesday. Its lawyer "
        "said the vote was final.",
        "The Tarn Ferry Guild and the harbour council met on Tuesday. Its lawyer said the "
        "vote was final.",
        # Negative: not a proxy, so the group is whose, not who, it is.
        "The harbour board voted to shut the pier on Monday. Their neighbour said the vote "
        "was final.",
    ],
)
def test_no_group_no_principal(nlp: Any, text: str) -> None:
    q = one(quotes(nlp, text), "indirect", "vote was final")
    assert q.speaker_name is None


def test_as_its_spokesman_said_is_the_bodys(nlp: Any) -> None:
    # "as" before the possessor is no saying: the proxy is the body's.
    text = (
        "The Velmora Harbour Board met on Monday. As its spokesman said on Tuesday, the old "
        "pier will close."
    )
    found = [q for q in quotes(nlp, text) if (q.speaker_text or "").lower() == "its spokesman"]
    assert [(q.speaker_name or "").removeprefix("The ") for q in found] == ["Velmora Harbour Board"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # "the <noun>'s" is the body named before whose name ends in that noun, whatever the
        # noun: an organisation's name tells it is a body, no list of body words need
        (
            "The Tarn Ferry Guild filed a suit on Tuesday. "
            "The guild's lawyer said the vote was final.",
            "The Tarn Ferry Guild",
        ),
        (
            "The Velmora Harbour Association met on Tuesday. "
            "The association's spokeswoman said the vote was final.",
            "The Velmora Harbour Association",
        ),
        (
            "The Orsk Dockers Federation met on Tuesday. "
            "The federation's spokesman said the vote was final.",
            "The Orsk Dockers Federation",
        ),
        # named as an object after another body, the subject
        (
            "The harbour council fined the Velmora Pilots Society on Tuesday. "
            "The society's lawyer said the vote was final.",
            "The Velmora Pilots Society",
        ),
    ],
)
def test_the_named_bodys_proxy_speaks_for_it(nlp: Any, text: str, body: str) -> None:
    q = one(quotes(nlp, text), "indirect", "vote was final")
    assert (q.speaker_name or "").lower().removeprefix("the ") == body.lower().removeprefix("the ")


@pytest.mark.parametrize(
    "text",
    [
        # Negative: no body so named before: whose lawyer is not known.
        "The Tarn Ferry Guild filed a suit on Tuesday. "
        "The association's lawyer said the vote was final.",
        # Negative: a ruling is no proxy, though the court is a body named before.
        "The Velmora Harbour Court met on Tuesday. The court's ruling said the vote was final.",
        # Negative: a noun that heads no organisation's name ("the ferry") is no body.
        "The Tarn ferry sank on Tuesday. The ferry's lawyer said the vote was final.",
    ],
)
def test_no_body_so_named_no_principal(nlp: Any, text: str) -> None:
    q = one(quotes(nlp, text), "indirect", "vote was final")
    assert q.speaker_name is None


def test_a_persons_lawyer_is_the_persons(nlp: Any) -> None:
    # Negative: a person's proxy stays the person's, with a body named just before.
    text = "The Tarn Ferry Guild filed a suit on Tuesday. Ann Lee's lawyer said the vote was final."
    q = one(quotes(nlp, text), "indirect", "vote was final")
    assert q.speaker_name == "Ann Lee"
