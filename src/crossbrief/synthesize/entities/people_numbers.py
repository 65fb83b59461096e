"""A number after a person's name that the NER took for part of a name of another kind:
a sports report's minute ("Bo Tan (Kiro 81)", a substitute coming on; "Kiro 79" among the
scorers), tagged a law, a building or a body. A person's name is never a numbered thing's
("Route 52", "Windows 98" name no one), so where the story knows the words before the number
as a person, the mention is that person's."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.groups import KeyGroup

# A name key ending in a number of up to three figures (a match's minutes run past 90).
_NUMBERED_KEY = re.compile(r"^(.+) (\d{1,3})$")
_NUMBER_AFTER = re.compile(r"[ \t]+\d{1,3}$")


def cut_numbers_after_people(nodes: dict[str, KeyGroup]) -> None:
    """Move the mentions of a name key "<person's key> <number>" to the person's key, the
    number cut off: their span ends at the name, and they are the person's (PERSON)."""
    for key in sorted(nodes):
        found = _NUMBERED_KEY.match(key)
        person = nodes.get(found.group(1)) if found else None
        if person is None or person.type != "PERSON":
            continue
        node = nodes[key]
        kept = []
        for m in node.mentions:
            number = _NUMBER_AFTER.search(m.text)
            if number is None:
                kept.append(m)  # written otherwise than its key ends: left as it is
                continue
            m.text, m.end, m.type = m.text[: number.start()], m.end - len(number.group()), "PERSON"
            person.mentions.append(m)
        person.changed()
        if kept:
            node.mentions = kept
            node.changed()
        else:
            del nodes[key]
