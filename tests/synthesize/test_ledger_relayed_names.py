"""The full name of a relayed speaker written by surname alone ("According to the Velmora
Post, Lin said ..."): the surname is the name's last word before a generational suffix ("Tom
Reed Jr."), all the words of a surname with a particle ("de la Cruz", "bin Tariq"), or, where
no full name ends in it, the first word of a name written surname first ("Lin Wei").
Invented sentences, hand-built quotes (``synthesize.relayed``)."""

from __future__ import annotations

import pytest

from crossbrief.model import Mention, Quote
from crossbrief.synthesize.relayed import relayed_speech

_SOURCE = "According to the Velmora Post, "


def _name(before: str, said: str, people: tuple[str, ...]) -> str | None:
    """The speaker name of the relayed quote in ``before`` + the source + ``said``, the
    article naming ``people`` (PERSON mentions at their first occurrence)."""
    text = before + _SOURCE + said
    start = len(before) + len(_SOURCE)
    q = Quote(
        text=said.rstrip("."),
        start=start,
        end=start + len(said.rstrip(".")),
        kind="indirect",
        speaker_text="the Velmora Post",
        speaker_start=text.index("the Velmora Post"),
        speaker_end=text.index("the Velmora Post") + len("the Velmora Post"),
        speaker_name=None,
        cue="According to",
        cue_start=len(before),
        cue_end=len(before) + len("According to"),
    )
    mentions = [Mention(p, text.index(p), text.index(p) + len(p), "PERSON") for p in people]
    inner = relayed_speech(q, mentions)
    assert inner is not None, "the relayed speaker is found"
    return inner.speaker_name


@pytest.mark.parametrize(
    ("before", "said", "people", "name"),
    [
        ("Lin Wei chairs the board. ", "Lin said the ferry would run.", ("Lin Wei",), "Lin Wei"),
        ("Tom Reed Jr. chairs the board. ", "Reed said the ferry would run.",
         ("Tom Reed Jr.",), "Tom Reed Jr."),
        ("Ana de la Cruz chairs the board. ", "de la Cruz said the ferry would run.",
         ("Ana de la Cruz",), "Ana de la Cruz"),
        ("Omar bin Tariq chairs the board. ", "bin Tariq said the ferry would run.",
         ("Omar bin Tariq",), "Omar bin Tariq"),
    ],
)  # fmt: skip
def test_a_relayed_surname_finds_the_full_name(
    before: str, said: str, people: tuple[str, ...], name: str
) -> None:
    assert _name(before, said, people) == name


@pytest.mark.parametrize(
    ("before", "said", "people", "name"),
    [
        # a full name ending in the word wins over one that starts with it
        ("Lin Wei and Dora Lin spoke. ", "Lin said the ferry would run.",
         ("Lin Wei", "Dora Lin"), "Dora Lin"),
        # a first name is no surname: only a name written surname first is found by it
        ("Ana de la Cruz spoke. ", "Ana said the ferry would run.", ("Ana de la Cruz",),
         "Ana"),
        # no one of the name: as written
        ("Tom Reed Jr. spoke. ", "Lund said the ferry would run.", ("Tom Reed Jr.",), "Lund"),
    ],
)  # fmt: skip
def test_no_other_full_name_is_taken(
    before: str, said: str, people: tuple[str, ...], name: str
) -> None:
    # Negative: each keeps the name a surname-last reading or the text gives
    assert _name(before, said, people) == name
