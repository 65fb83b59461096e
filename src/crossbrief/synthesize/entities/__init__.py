"""Entities across the story: every mention grouped under one canonical name.

How mentions come together, in order (synthesis only: offsets, labels and article text; the
NLP model is never run again):

1. Each mention gets a *name key*: titles, honorifics, determiners, possessives, middle
   initials and generational numerals dropped ("Jr." is kept: father and son are two
   people), dots of acronyms removed, diacritics folded and common transliteration variants
   merged ("Zelenskiy", "Zelenskyy", "Zelensky" -> "zelensky"). Mentions sharing a key are
   one group.
2. Groups whose keys have the same words up to one letter per long word (Hrynchenko /
   Grynchenko / Hrinchenko) merge; so do the names of one country (countryinfo: "U.S.",
   "USA", "United States of America"), and an acronym with the unique expansion of the story
   whose initials it spells ("DNC" / "Democratic National Committee").
3. Metonyms join their country as aliases of a marked kind, shown rather than hidden: the
   capital ("Washington", kind ``capital``) and the people ("the Russians", kind
   ``demonym``), when the country itself is in the story.
4. A one-word person mention joins the unique full name of the story ending (or, failing
   that, starting) with it ("Putin" -> "Vladimir Putin"; "Kim" -> "Kim Jong Un"); when
   several full names share it, the one named in the same article wins, then the one
   without "Jr.". Two people sharing a first name never merge: only whole keys and
   surnames link.
5. Where the NER missed a known name in an article, the name's exact spelling is found in
   the text and added; role descriptions ("the Ukrainian president", "the minister") join
   the person who carries that title in the story, when only one does, or else the last
   such person named before them in the article (kind ``role``).

Each entity's type is the majority label of its name mentions (a place tagged PERSON once
and GPE ten times is a place); its name is the fullest form (most words) used at least twice
across the story, or the fullest form when none repeats.
"""

from __future__ import annotations

from collections import defaultdict

from crossbrief.model import Entity
from crossbrief.synthesize.entities.assemble import to_entities
from crossbrief.synthesize.entities.countries import merge_countries, merge_party_members
from crossbrief.synthesize.entities.linking import (
    link_company_short_forms,
    link_last_words,
    link_middle_names,
    link_name_tails,
    link_overlong,
    link_places,
    link_surnames,
)
from crossbrief.synthesize.entities.mentions import (
    StoryMention,
    UnionFind,
    collect,
    split_headline_runs,
)
from crossbrief.synthesize.entities.merging import merge_acronyms, merge_variants
from crossbrief.synthesize.entities.names import name_key, person_form, trim
from crossbrief.synthesize.entities.recovery import recover_missed_names
from crossbrief.synthesize.entities.roles import link_roles
from crossbrief.synthesize.story import Story

__all__ = ["build_entities", "name_key", "person_form", "trim"]


def build_entities(story: Story) -> tuple[list[Entity], dict[str, str]]:
    """The story's entities, most mentioned first, and a map from name key to entity id."""
    nodes = collect(story)
    split_headline_runs(nodes)
    clusters = UnionFind(nodes)
    merge_variants(nodes, clusters)
    merge_countries(nodes, clusters)
    merge_party_members(nodes, clusters)
    merge_acronyms(nodes, clusters)
    link_places(nodes, clusters)
    link_last_words(nodes, clusters)
    link_company_short_forms(nodes, clusters)
    link_overlong(nodes, clusters)
    link_middle_names(nodes, clusters)
    link_name_tails(nodes, clusters)
    assigned = link_surnames(nodes, clusters)
    groups: dict[str, list[StoryMention]] = defaultdict(list)
    for key, node in nodes.items():
        for m in node.mentions:
            groups[assigned.get(id(m), clusters.find(key))].append(m)
    recover_missed_names(story, groups)
    link_roles(story, groups)
    return to_entities(groups)
