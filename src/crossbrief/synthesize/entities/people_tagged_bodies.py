"""A full name the NER tags an organisation that is a person's: "Tom Velkaris" tagged ORG in
most articles beside "Velkaris" and "Thomas Velkaris" tagged a person in others would make
two rows of one person, the ORG one unjoinable to its surname."""

from __future__ import annotations

from crossbrief.synthesize.entities.gender import first_name_gender
from crossbrief.synthesize.entities.groups import KeyGroup
from crossbrief.synthesize.entities.names import name_words, names_a_body
from crossbrief.synthesize.entities.vocabulary import PERSON_TITLES, RANK_HEADS, TITLES


def retype_people_tagged_bodies(nodes: dict[str, KeyGroup]) -> None:
    """Type PERSON a name of two or three words voted ORG whose first word is a given name
    (the ``nomquamgender`` table knows its sex) and whose last word is the surname of a
    person of the story (a person's key alone, or a person's full name ending with it). A
    firm's head ("Velkaris Holdings"), a title opening it ("General Velkaris"), "the" before it ("the Tom Velkaris") or a word that
    designates a body around it keep it a body, and so does a story whose person of that
    surname has another given name, or an article naming both (relatives)."""
    surnames = {k.split()[-1] for k, n in nodes.items() if n.type == "PERSON"}
    # A hyphenated surname keys as two words ("Mr Orvel-Brant" -> "orvel brant"): a person's
    # key of two words written as one word is a surname of its own.
    surnames |= {
        k
        for k, n in nodes.items()
        if n.type == "PERSON" and k.count(" ") == 1 and _hyphenated(k, n)
    }
    for key, node in sorted(nodes.items()):
        words = key.split()
        if not 2 <= len(words) <= 3 or node.type != "ORG":
            continue
        surname = " ".join(words[1:]) if " ".join(words[1:]) in surnames else words[-1]
        if surname not in surnames:
            continue
        # A title keyed as the first word opens a firm's name ("General Orchards"): the
        # given-name table lists some titles as names.
        if words[0] in TITLES or words[0] in PERSON_TITLES or words[0] in RANK_HEADS:
            continue
        if names_a_body(words[-1]) or first_name_gender(words[0]) is None:
            continue
        if any(m.determined or m.designated or m.type == "PERSON" for m in node.mentions):
            continue
        # An article writing this name beside another person's full name of that surname
        # tells two people (a spouse, a brother): a person by this name would take that
        # article's bare surnames from the one the story is about.
        articles = {m.article for m in node.mentions}
        namesakes = [o for o in nodes if o != key and o.endswith(" " + surname)]
        if any(articles & {m.article for m in nodes[o].mentions} for o in namesakes):
            continue
        # Beside a person's full name, only another spelling or short form of its given
        # name ("Teo" / "Teodor") is that person: "Ann Velko" beside "Tom Velko" is a
        # relative, and a relative typed a person takes the surname's mentions from him.
        people = [o for o in namesakes if nodes[o].type == "PERSON"]
        if people and not any(o.split()[0][:3] == words[0][:3] for o in people):
            continue
        for m in node.mentions:
            m.type = "PERSON"
        node.changed()


def _hyphenated(key: str, node: KeyGroup) -> bool:
    """Whether a mention writes the key's two words as one hyphenated word ("Orvel-Brant")."""
    return any(
        (last := m.clean.split()[-1:]) and "-" in last[0] and name_words(last[0]) == key.split()
        for m in node.mentions
    )
