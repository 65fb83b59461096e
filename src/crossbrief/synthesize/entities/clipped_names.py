"""A clipped form of a longer name with "-y" or "-ie" put on ("Torvy" of "Torvaldsburg"), as
fans and papers shorten a city or a club: the NER tags it a person, but it is the name it
clips, a place or a body. Not a given name ("Andy"), nor one written with a person's shape."""

from __future__ import annotations

from crossbrief.synthesize.entities.gender import first_name_gender
from crossbrief.synthesize.entities.groups import StoryMention, vote
from crossbrief.synthesize.entities.names import name_key

# A clipped stem shorter than this opens too many names to tell which: "Daly" is no
# clipping of "Dallas", nor "Berry" (undoubled "ber") of "Berlin"; "Torvy", "Philly" keep four.
_MIN_STEM = 4
# What the clipped form is of: a place or a body; people's nicknames are people.
_CLIPPED_KINDS = frozenset({"GPE", "LOC", "ORG", "FAC"})


def retype_clipped_names(groups: dict[str, list[StoryMention]]) -> None:
    """Give each one-word group voted a person that clips another group's first word ("Torvy"
    of "Torvaldsburg", "Philly" of "Philadelphia") that group's kind, if one kind of place or
    body is clipped so; not a given name of the names table, nor a group with a title, a
    gender, a kinship, an age or a "who" after a mention."""
    # the clipped forms first: most stories have none, and then no group's names are read
    clipped = [
        (mentions, stems) for mentions in groups.values() if (stems := _clipped_stems(mentions))
    ]
    if not clipped:
        return
    firsts: dict[str, list[tuple[int, str]]] = {}
    for mentions in groups.values():
        kind = vote(mentions)
        if kind not in _CLIPPED_KINDS:
            continue
        for key in {name_key(m.clean) for m in mentions if m.kind == "name"}:
            if key:
                firsts.setdefault(key.split()[0], []).append((len(mentions), kind))
    if not firsts:
        return
    for mentions, stems in clipped:
        kinds = sorted(
            (n, kind)
            for word, found in firsts.items()
            if any(len(word) > len(stem) + 1 and word.startswith(stem) for stem in stems)
            for n, kind in found
        )
        if kinds:
            for m in mentions:
                if m.type == "PERSON":
                    m.type = kinds[-1][1]


def _clipped_stems(mentions: list[StoryMention]) -> tuple[str, ...]:
    """The stems a group's one word may clip ("torv" of "Torvy"; "phil" and "phill" of
    "Philly"), or none when the group is no clipped form tagged a person."""
    keys = {name_key(m.clean) for m in mentions}
    if len(keys) != 1:
        return ()
    word = next(iter(keys))
    if not word.endswith(("y", "ie")) or " " in word or not word.isalpha():
        return ()
    if vote(mentions) != "PERSON" or first_name_gender(word) is not None:
        return ()
    if any(m.gender or m.relation or m.personal or m.aged or m.kind != "name" for m in mentions):
        return ()
    stem = word[:-2] if word.endswith("ie") else word[:-1] if word.endswith("y") else ""
    if len(stem) < _MIN_STEM:
        return ()
    # "Philly": a doubled last consonant is the clipping's spelling, not the name's
    return (stem, stem[:-1]) if stem[-1] == stem[-2] and len(stem) > _MIN_STEM else (stem,)
