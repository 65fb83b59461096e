"""Who acts in a sentence's reported words or acts, and whom those words are told of.

The analysis reads each quote's speaker and content, also for verbs of acting on words
("dismissed calls to quit", "are calling for the mayor to resign"): the speaker is the one
who says or does, the content what is said or called for. Two sentences sharing a name and a
word ("calls", "resign") are not one fact when the person who acts in one is, in the other,
only someone told of by others: "Ann Lee dismissed calls to resign" and "Rivals are
calling for Ann Lee to resign" tell two sides, not one claim (``two_slots``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from crossbrief.model import Entity
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.ledger_filter import STAND_INS
from crossbrief.synthesize.story import Story

_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_OF = re.compile(r"\bof\s+(?:the\s+)?$", re.I)
# What may come before a reported clause's subject in the content: "that", "the" and
# capitalised words (a title, "Mayor"); a verb or a lower-case word before the name makes
# it what the speakers' words act on ("calling for Lee to resign", "should sack Lee"). A
# direct quote opens with a capital whatever its first word ("Sack Lee"), so only "the".
_LEADS = re.compile(r"(?:that\s+)?(?:(?:[Tt]he|[A-Z][\w.'\u2019-]*)\s+)*")
_DIRECT_LEADS = re.compile(r"(?:[Tt]he\s+)?")


@dataclass(frozen=True)
class Slots:
    """A sentence's quotes read as who acts and whom it is told of.

    ``speakers``: the story entities its quotes' speakers are (by a mention where the
    speaker is written, else by the resolved name); ``other_speaker``: some quote's speaker
    is written, is no pronoun and is no story entity ("more and more people", "the
    opposition"); ``told_of``: the entities named inside its quotes' content, not as the
    subject that opens a reported clause, and nowhere else in it.
    """

    speakers: frozenset[str] = frozenset()
    other_speaker: bool = False
    told_of: frozenset[str] = frozenset()


def sentence_slots(story: Story, entities: Sequence[Entity]) -> list[Slots]:
    """Each story sentence's ``Slots`` (empty where it carries no quote with a speaker)."""
    where = {(s.article, s.index): k for k, s in enumerate(story.sentences)}
    # per sentence: (start, end, entity id) of every entity mention in it
    at: dict[int, list[tuple[int, int, str]]] = defaultdict(list)
    names: dict[str, str] = {}
    for entity in entities:
        for m in entity.mentions:
            k = where.get((m.article, m.sentence))
            if k is not None:
                at[k].append((m.start, m.end, entity.id))
        for alias in entity.aliases:
            names.setdefault(name_key(alias.form), entity.id)
    speakers: dict[int, set[str]] = defaultdict(set)
    other: set[int] = set()
    contents: dict[int, list[tuple[int, int, re.Pattern[str]]]] = defaultdict(list)
    texts: dict[int, str] = {}
    for a in story.articles:
        for q in a.quotes:
            if q.speaker_start is None or q.speaker_end is None or q.relays:
                continue  # a relay ("according to the wire") passes on words, it acts in none
            k = where.get((a.article.id, a.sentence_index(q.speaker_start)))
            if k is None:
                continue
            text = a.article.text
            written = [
                (s, end, e) for s, end, e in at[k] if s < q.speaker_end and q.speaker_start < end
            ]
            # "Lee's aides said", "residents of Orsk said": the aides and residents speak (nor
            # is the name they are of the resolved speaker)
            spoken = {
                e
                for start, end, e in written
                if not _POSSESSIVE.match(text, end)
                and not _OF.search(text[q.speaker_start : start])
            }
            if not written and q.speaker_name and (key := name_key(q.speaker_name)) in names:
                spoken = {names[key]}
            speakers[k] |= spoken
            if not spoken and (q.speaker_text or "").strip().lower() not in STAND_INS:
                other.add(k)
            contents[k].append((q.start, q.end, _DIRECT_LEADS if q.kind == "direct" else _LEADS))
            texts[k] = text
    out = [Slots()] * len(story.sentences)
    for k, spans in contents.items():
        inside: set[str] = set()
        outside: set[str] = set()
        for s, end, e in at[k]:
            # the subject of the reported clause is told of acting, not acted on: "Lee will
            # resign, officials said" is Lee's own act, not the officials' call on her
            within = any(
                lo <= s and end <= hi and not leads.fullmatch(texts[k], lo, s)
                for lo, hi, leads in spans
            )
            (inside if within else outside).add(e)
        out[k] = Slots(frozenset(speakers[k]), k in other, frozenset(inside - outside))
    return out


def two_slots(a: Slots, b: Slots) -> bool:
    """Whether one sentence's speaker (or actor) is in the other only told of, by speakers
    that are no story entity: "Ann Lee dismissed calls to quit" / "residents called for Ann
    Lee to quit". Where the other sentence also has that entity speak or act, or has no
    speaker of its own, the two may tell one thing; so may two named speakers (one names
    the mediator, the mediator speaks of the mediation), which the fact similarity and the
    sentence leads (``actors``) weigh."""
    return _told_by_another(a, b) or _told_by_another(b, a)


def _told_by_another(actor: Slots, other: Slots) -> bool:
    """Whether an entity acting in ``actor`` is only told of in ``other``, whose speakers
    are all unnamed (no story entity, no pronoun)."""
    shown = actor.speakers & (other.told_of - other.speakers)
    return bool(shown) and other.other_speaker and not other.speakers
