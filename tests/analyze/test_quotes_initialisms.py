"""A body's initials the tagger reads as a person in one sentence and an organisation in
another are the organisation throughout: no "he" stands for them. Invented text, real
pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.quotes.initialisms import as_bodies
from crossbrief.model import Mention
from tests.analyze.test_quotes import one, quotes


def test_a_he_never_stands_for_initials_also_tagged_a_body(nlp: Any) -> None:
    text = (
        "Tom Reed joined BNIP in 1999. BNIP said he was a loyal member.\n\n"
        "The film showed quarrels between Mr Reed and the other councillors after BNIP "
        "came third in the spring vote for the city council.\n\n"
        "He refused to say he would stand for mayor before May 2004."
    )
    assert one(quotes(nlp, text), "indirect", "stand for mayor").speaker_name == "Tom Reed"


def test_a_name_in_small_letters_or_never_tagged_a_body_stays_a_person() -> None:
    # Negative: "Reed" is a name tagged a body once (not initials), and "TOM" is in
    # capitals but never tagged a body: both stay people.
    mentions = [
        Mention("Reed", 0, 4, "ORG"),
        Mention("Reed", 10, 14, "PERSON"),
        Mention("TOM", 20, 23, "PERSON"),
        Mention("BNIP", 30, 34, "ORG"),
        Mention("BNIP", 40, 44, "PERSON"),
    ]
    assert [m.type for m in as_bodies(mentions)] == ["ORG", "PERSON", "PERSON", "ORG", "ORG"]
