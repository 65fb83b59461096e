"""One act told of two named holders is two facts (``fact_holders``; invented reports, the
real analysis)."""

from __future__ import annotations

from typing import Any

from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.fact_holders import holders_apart, sentence_holders
from crossbrief.synthesize.facts import group_facts
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import reports_story

LEAD = "Polls closed in Brask on Sunday after a long count. "


def together(story: Story, a: str, b: str) -> bool:
    """Whether the sentences opening with ``a`` and ``b`` share a fact group (as members or
    through ``also``)."""
    starts = [s.text for s in story.sentences]
    i = next(k for k, t in enumerate(starts) if t.startswith(a))
    j = next(k for k, t in enumerate(starts) if t.startswith(b))
    for g in group_facts(story).groups:
        told = {*g.members, *g.also}
        if i in told and j in told:
            return True
    return False


def test_two_parties_winning_one_figure_are_two_facts(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            LEAD + "The Fennel Party won 14 seats in the Brask council vote.",
            LEAD + "The Harrow Party won 14 seats in the Brask council vote.",
            LEAD + "The Fennel Party won 14 seats in the council vote in Brask.",
        ],
    )
    assert not together(story, "The Fennel Party won 14 seats in the Brask", "The Harrow")
    # negative: the same party's result told twice is one fact
    assert together(
        story,
        "The Fennel Party won 14 seats in the Brask",
        "The Fennel Party won 14 seats in the council",
    )


def test_an_unnamed_or_a_partly_named_holder_is_not_judged(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            LEAD + "Mira Osk won 14 seats for the Fennel list in the Brask council vote.",
            LEAD + "Osk won 14 seats for the Fennel list in the Brask council vote.",
            LEAD + "It won 14 seats for the Fennel list in the Brask council vote.",
        ],
    )
    entities, _ = build_entities(story)
    apart = holders_apart(sentence_holders(story, entities))
    # a surname is a part of the full name; a pronoun names no holder
    assert not apart.any()
    assert together(story, "Mira Osk won", "Osk won")


def test_the_doer_and_the_one_done_to_are_not_compared(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            LEAD + "Dario Pell was arrested by the Brask police on Monday night.",
            LEAD + "Mira Osk was arrested by the Brask police on Monday night.",
            LEAD + "The Brask police arrested Dario Pell on Monday night.",
        ],
    )
    entities, _ = build_entities(story)
    apart = holders_apart(sentence_holders(story, entities))
    pell, osk, police = (k for k, s in enumerate(story.sentences) if s.index == 1)
    assert apart[pell, osk] and apart[osk, pell]
    # negative: an active act's subject is not the holder a passive one names
    assert not apart[pell, police] and not apart[osk, police]


def test_a_holder_the_other_sentence_names_is_not_judged(nlp: Any) -> None:
    story = reports_story(
        nlp,
        [
            LEAD + "Mira Osk ran for 140 yards while Dario Pell added 90 for Brask.",
            LEAD + "Dario Pell ran for 90 yards for Brask on Sunday.",
            LEAD + "Tomas Veld ran for 90 yards for Brask on Sunday.",
        ],
    )
    entities, _ = build_entities(story)
    apart = holders_apart(sentence_holders(story, entities))
    both, pell, veld = (k for k, s in enumerate(story.sentences) if s.index == 1)
    # the first names Pell beside its own holder: a second holder of its act
    assert not apart[both, pell]
    # negative: Veld is named in neither other sentence
    assert apart[both, veld] and apart[pell, veld]
