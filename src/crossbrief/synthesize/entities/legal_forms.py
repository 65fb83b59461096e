"""One name key, two firms: a parent and its subsidiary share a name and differ by legal form
("Velmora Inc." and its unit "Velmora Ltd"). Keys drop the legal form, as outlets write one
firm's form in different ways ("Velmora Inc." here, "Velmora Corp." there); only where one
sentence writes both forms does the text set two firms apart."""

from __future__ import annotations

from collections import Counter, defaultdict

from crossbrief.synthesize.entities.groups import KeyGroup, StoryMention
from crossbrief.synthesize.entities.vocabulary import CORPORATE
from crossbrief.synthesize.text import fold


def part_legal_forms(nodes: dict[str, KeyGroup]) -> None:
    """Where one sentence writes a key with two legal forms, each form written less often
    than the most written one (the first written, on a tie) goes under a key of its own
    ("velmora ltd"); the bare name and that form keep the key, as the firm the story is
    mostly about."""
    for key in sorted(nodes):
        node = nodes[key]
        if node.type == "PERSON":
            continue
        forms = {id(m): _legal_form(m) for m in node.mentions}
        by_sentence: dict[tuple[str, int], set[str]] = defaultdict(set)
        for m in node.mentions:
            if forms[id(m)]:
                by_sentence[(m.article, m.sentence)].add(forms[id(m)])
        if not any(len(written) > 1 for written in by_sentence.values()):
            continue
        written = [forms[id(m)] for m in node.mentions if forms[id(m)]]
        counts = Counter(written)
        # On a tie, the form written first: the story names the firm it is about first.
        main = min(counts, key=lambda f: (-counts[f], written.index(f)))
        for form in sorted(counts.keys() - {main}):
            apart = f"{key} {form}"
            moved = [m for m in node.mentions if forms[id(m)] == form]
            nodes.setdefault(apart, KeyGroup(apart)).mentions.extend(moved)
            nodes[apart].changed()
        node.mentions[:] = [m for m in node.mentions if forms[id(m)] in {"", main}]
        node.changed()


def _legal_form(m: StoryMention) -> str:
    """The legal form a firm's mention ends with ("ltd" of "Velmora Ltd."), or ""."""
    words = m.text.split()
    last = fold(words[-1]).strip(".,").lower() if len(words) > 1 else ""
    return last if last in CORPORATE else ""
