"""The story's entity look-ups are built once: the figure check keeps the index it read the
figures with, and the conflicts take it instead of building their own (invented sentences;
names tagged by hand)."""

from __future__ import annotations

from crossbrief.model import Entity
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.differ import FigureCheck
from crossbrief.synthesize.facts import group_facts
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import story_with_entities, tagged_article

NAMES = [("Ann Lee", "PERSON"), ("Velmora", "GPE")]


def _story() -> tuple[Story, list[Entity]]:
    return story_with_entities(
        tagged_article("a", ["Ann Lee, 41, was named harbour master of Velmora on Monday."], NAMES),
        tagged_article("b", ["Ann Lee, 43, became harbour master of Velmora on Monday."], NAMES),
    )


def test_the_conflicts_read_with_the_checks_index_are_those_read_with_their_own() -> None:
    story, entities = _story()
    check = FigureCheck(story, entities)
    grouping = group_facts(story, entities=entities, figures=check)
    groups = list(grouping.groups)
    args = (story, groups, entities, None, check.values, grouping.blocked)
    own = build_conflicts(*args)
    shared = build_conflicts(*args, index=check.entities)
    assert own  # the two ages: something to compare
    assert shared == own


def test_the_checks_index_knows_the_story_entities_and_nothing_else() -> None:
    story, entities = _story()
    check = FigureCheck(story, entities)
    text = story.by_id["a"].article.text
    at = text.index("Ann Lee")
    lee = next(e.id for e in entities if e.name == "Ann Lee")
    assert check.entities.of("a", at, at + len("Ann Lee")) == lee
    # no name at "harbour master", and no article "c" in the story
    at = text.index("harbour")
    assert check.entities.of("a", at, at + len("harbour master")) is None
    assert check.entities.of("c", 0, 7) is None
