"""A name the NER calls a people that is a place, the story also writing its people's word
("Sumatra" beside "Sumatran")."""

from __future__ import annotations

from crossbrief.synthesize.entities.groups import KeyGroup

# Endings that make a people's name of a place's ("Sumatra" -> "Sumatran", "Bali" ->
# "Balinese", "Aceh" -> "Acehnese").
_PEOPLE_ENDINGS = ("n", "an", "ian", "ese", "nese", "i")


def places_of_peoples(nodes: dict[str, KeyGroup]) -> None:
    """A name the NER calls a people (NORP) is a place when the story also writes its people
    ("Sumatra" beside "Sumatran"): the people's form is marked a demonym, the name a place."""
    for key in [k for k in sorted(nodes) if " " not in k and nodes[k].type == "NORP"]:
        if key.endswith(_PEOPLE_ENDINGS):
            continue  # "Somali" beside "Somalian" is itself a people
        peoples = [key + e for e in _PEOPLE_ENDINGS if key + e in nodes]
        if not peoples:
            continue
        for m in nodes[key].mentions:
            m.type = "LOC" if m.type == "NORP" else m.type
        nodes[key].changed()
        for people in peoples:
            for m in nodes[people].mentions:
                m.kind = "demonym"
            nodes[people].changed()
