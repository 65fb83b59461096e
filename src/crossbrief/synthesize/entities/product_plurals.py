"""A brand name written in the plural is a product's: "two Velpods" beside "the Velpod" are
units of one product line, as a firm, a town or a person's name is not counted. The NER
tags the singular a body or a person and the plural a product: two rows of one thing."""

from __future__ import annotations

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention, UnionFind

_COUNTABLE = frozenset({"ORG", "PERSON", "PRODUCT"})


def join_product_plurals(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A name the story also writes with an "s" added ("Velpods") joins its singular as one
    product (PRODUCT), when both are tagged a body, a person or a product, one of them a
    product at least once (already joined by their spelling, they still take the type). A family ("the
    Velkos" beside "Mr Velko"), a surname of a full name, a party or a team's members ("the
    Greens", always after "the"), a team named mostly in the plural and a place ("the two Velmoras") keep their rows."""
    surnames = {k.split()[-1] for k in nodes if " " in k and nodes[k].type == "PERSON"}
    for key in sorted(nodes):
        single = key[:-1]
        if not key.endswith("s") or len(single) < 3 or single not in nodes or single in surnames:
            continue
        plural, one = nodes[key], nodes[single]
        if plural.type not in _COUNTABLE or one.type not in _COUNTABLE:
            continue
        # The NER's product tag on either form tells the line is a product's: a party's
        # members ("Democrats" beside "Democrat") are never tagged one.
        if not any(m.type == "PRODUCT" for m in (*plural.mentions, *one.mentions)):
            continue
        # A product line is named mostly in the singular; a name written mostly in the
        # plural is a team's or a group's ("the Velmora Herons", once "a Heron").
        if len(plural.mentions) > len(one.mentions):
            continue
        if all(m.determined for m in plural.mentions) or _personal(one.mentions):
            continue
        # The plural as written is the singular with an "s" ("Velpods", not "Velpo's").
        forms = {m.clean for m in one.mentions}
        if not any(m.clean[:-1] in forms and m.clean.endswith("s") for m in plural.mentions):
            continue
        clusters.union(single, key)
        for node in (one, plural):
            for m in node.mentions:
                m.type = "PRODUCT"
            node.changed()


def _personal(mentions: list[StoryMention]) -> bool:
    """Whether a name reads as a person's: addressed, titled or set apart as a relative once,
    or told by "he"/"she" or "who" in half its mentions (a weak cue: "the Velpod ... he said")."""
    if any(m.gender or m.relation or m.text.split()[:1] != m.clean.split()[:1] for m in mentions):
        return True
    return 2 * sum(bool(m.pronoun or m.personal) for m in mentions) >= len(mentions)
