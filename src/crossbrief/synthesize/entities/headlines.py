"""Headlines: title-case lines where the NER runs names and verbs together."""

from __future__ import annotations

import re

from crossbrief.synthesize.entities.mentions import KeyGroup, StoryMention
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.entities.vocabulary import POSSESSIVE


def split_headline_runs(nodes: dict[str, KeyGroup]) -> None:
    """A span found only in headlines that holds names the story uses in running text is
    those names: in a title-case line the NER runs names and verbs together ("Ostrel Buys
    Marrow", "Gulls Clinch Playoff Berth"). Names never used in running text stay whole."""
    known = {key for key, node in nodes.items() if any(not m.headline for m in node.mentions)}
    for key in sorted(nodes):
        node = nodes[key]
        if key in known or " " not in key:
            continue
        kept = []
        for m in node.mentions:
            pieces = known_pieces(m, known)
            if not pieces:
                kept.append(m)
            for piece_key, start, end in pieces:
                nodes[piece_key].mentions.append(
                    StoryMention(
                        m.article,
                        m.sentence,
                        m.start + start,
                        m.start + end,
                        m.text[start:end],
                        nodes[piece_key].type,
                        headline=True,
                    )
                )
                nodes[piece_key].changed()
        node.mentions = kept
        node.changed()
        if not kept:
            del nodes[key]


def known_pieces(m: StoryMention, known: set[str]) -> list[tuple[str, int, int]]:
    """The longest runs of the mention's words that are known names, left to right, as
    (key, start, end) offsets into its text."""
    words = [w.span() for w in re.finditer(r"\S+", m.text)]
    pieces: list[tuple[str, int, int]] = []
    covered: set[int] = set()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            span = range(i, i + size)
            if covered.intersection(span):
                continue
            start, end = words[i][0], words[i + size - 1][1]
            end = start + len(m.text[start:end].rstrip(",.:;"))  # "Gigante," is "Gigante"
            key = name_key(POSSESSIVE.sub("", m.text[start:end]))
            if key in known and m.text[start : start + 1].isupper():
                pieces.append((key, start, end))
                covered.update(span)
    return sorted(pieces, key=lambda p: p[1])
