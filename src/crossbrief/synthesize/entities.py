"""Entities across the story: every mention grouped under one canonical name.

Mentions are keyed by a normalised form: titles and honorifics dropped ("Mr", "President"),
possessives removed, diacritics folded, and common transliteration variants merged
("Zelenskiy", "Zelenskyy", "Zelensky" -> "zelensky"). A one-word person mention is linked to
the unique multi-word person of the story ending with that word ("Putin" -> "Vladimir
Putin"); an acronym is linked to the organisation whose initials it spells. Each group's type
is the majority of its mentions' labels, so one mis-tag is outvoted.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from crossbrief.model import Alias, Entity, EntityMention
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "prime",
        "minister",
        "foreign",
        "defence",
        "defense",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "general",
        "gen",
        "col",
        "lt",
        "sgt",
        "senator",
        "sen",
        "rep",
        "governor",
        "gov",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "pope",
        "rev",
        "judge",
        "mayor",
        "ambassador",
        "premier",
        "leader",
        "chief",
        "the",
    ]
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _translit(word: str) -> str:
    word = re.sub(r"(iy|yy|ij|ii)$", "y", word)
    word = re.sub(r"(iy|yy)(?=[^aeiou])", "y", word)
    word = word.replace("ck", "k").replace("kh", "h")
    return word


def name_key(form: str) -> str:
    """The normalised key two spellings of one name share."""
    words = [_POSSESSIVE.sub("", w) for w in re.split(r"[\s\-]+", fold(form).strip(" .,;:\"'"))]
    words = [w.strip(".") for w in words if w.strip(".")]
    while len(words) > 1 and words[0] in TITLES:
        words = words[1:]
    return " ".join(_translit(w) for w in words)


@dataclass
class _Group:
    key: str
    mentions: list[tuple[str, int, int, int, str, str]]  # article, sentence, start, end, text, type


def _acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in {"of", "and", "the", "for"})


def build_entities(story: Story) -> tuple[list[Entity], dict[str, str]]:
    """The story's entities, most mentioned first, and a map from name key to entity id."""
    groups: dict[str, _Group] = {}
    for a in story.articles:
        for mention in a.mentions:
            key = name_key(mention.text)
            if not key:
                continue
            groups.setdefault(key, _Group(key, [])).mentions.append(
                (
                    a.article.id,
                    a.sentence_index(mention.start),
                    mention.start,
                    mention.end,
                    mention.text,
                    mention.type,
                )
            )
    merged = _link(groups)
    entities = []
    key_to_id: dict[str, str] = {}
    ordered = sorted(merged.values(), key=lambda g: (-len(g.mentions), g.key))
    for n, g in enumerate(ordered, start=1):
        eid = f"E{n}"
        types = Counter(m[5] for m in g.mentions)
        etype = sorted(types.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        forms: dict[str, list[str]] = defaultdict(list)
        for m in g.mentions:
            forms[m[4]].append(m[0])
        aliases = tuple(
            Alias(form, tuple(sorted(set(arts))), len(arts))
            for form, arts in sorted(forms.items(), key=lambda kv: (-len(kv[1]), kv[0]))
        )
        name = max(forms, key=lambda f: (len(name_key(f).split()), len(forms[f]), -len(f), f))
        name = _strip_titles(name)
        entities.append(
            Entity(
                id=eid,
                name=name,
                type=etype,
                aliases=aliases,
                articles=tuple(sorted({m[0] for m in g.mentions})),
                mentions=tuple(
                    EntityMention(m[0], m[1], m[2], m[3], m[4])
                    for m in sorted(g.mentions, key=lambda m: (m[0], m[2]))
                ),
            )
        )
        for key in {name_key(m[4]) for m in g.mentions}:
            key_to_id[key] = eid
    return entities, key_to_id


def _strip_titles(form: str) -> str:
    words = form.split()
    while len(words) > 1 and fold(words[0]).strip(".") in TITLES:
        words = words[1:]
    return _POSSESSIVE.sub("", " ".join(words))


def _link(groups: dict[str, _Group]) -> dict[str, _Group]:
    """Merge short person keys into the unique longer one ending with them, and acronyms."""

    def kind(g: _Group) -> str:
        return Counter(m[5] for m in g.mentions).most_common(1)[0][0]

    target: dict[str, str] = {}
    keys = sorted(groups)
    for key in keys:
        g = groups[key]
        words = key.split()
        if len(words) == 1 and kind(g) == "PERSON":
            longer = [
                k
                for k in keys
                if len(k.split()) > 1 and k.split()[-1] == key and kind(groups[k]) == "PERSON"
            ]
            if len(longer) == 1:
                target[key] = longer[0]
        elif len(words) == 1 and kind(g) == "ORG" and len(key) >= 2:
            longer = [k for k in keys if len(k.split()) > 1 and _acronym(k) == key]
            if len(longer) == 1:
                target[key] = longer[0]
    out: dict[str, _Group] = {}
    for key in keys:
        dest = target.get(key, key)
        g = out.setdefault(dest, _Group(dest, []))
        g.mentions.extend(groups[key].mentions)
    return out
