"""Initialisms the tagger reads as a person in one place and an organisation in another
("BNIP said ..." tagged a person, "joined BNIP" an organisation): a name written in capitals
only is a body's initials, never a person's name in running text, so once the article shows
it as an organisation it is one everywhere, and no "he" or "she" can stand for it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from crossbrief.model import Mention


def _initials(text: str) -> bool:
    """Two or more letters, all capitals, in one word ("BNIP", "U.N."): a body's initials."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in text.strip()


def as_bodies(mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions, each person's whose text is initials the article also tags as an
    organisation typed as that organisation."""
    bodies = {m.text for m in mentions if m.type == "ORG" and _initials(m.text)}
    return [
        dataclasses.replace(m, type="ORG") if m.type == "PERSON" and m.text in bodies else m
        for m in mentions
    ]
