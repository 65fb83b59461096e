"""A full name the NER tags an organisation that is a person's: "Tom Velkaris" tagged ORG in
most articles beside "Velkaris" and "Thomas Velkaris" tagged a person in others would make
two rows of one person, the ORG one unjoinable to its surname."""

from __future__ import annotations

from crossbrief.synthesize.entities.gender import first_name_gender
from crossbrief.synthesize.entities.groups import KeyGroup
from crossbrief.synthesize.entities.names import names_a_body
from crossbrief.synthesize.entities.vocabulary import PERSON_TITLES, RANK_HEADS, TITLES


def retype_people_tagged_bodies(nodes: dict[str, KeyGroup]) -> None:
    """Type PERSON a name of two or three words voted ORG whose first word is a given name
    (the ``nomquamgender`` table knows its sex) and whose last word is the surname of a
    person of the story (a person's key alone, or a person's full name ending with it). A
    firm's head ("Velkaris Holdings"), a title opening it ("General Velkaris"), "the" before it ("the Tom Velkaris") or a word that
    designates a body around it keep it a body."""
    surnames = {k.split()[-1] for k, n in nodes.items() if n.type == "PERSON"}
    for key, node in sorted(nodes.items()):
        words = key.split()
        if not 2 <= len(words) <= 3 or node.type != "ORG" or words[-1] not in surnames:
            continue
        # A title keyed as the first word opens a firm's name ("General Orchards"): the
        # given-name table lists some titles as names.
        if words[0] in TITLES or words[0] in PERSON_TITLES or words[0] in RANK_HEADS:
            continue
        if names_a_body(words[-1]) or first_name_gender(words[0]) is None:
            continue
        if any(m.determined or m.designated for m in node.mentions):
            continue
        for m in node.mentions:
            m.type = "PERSON"
        node.changed()
