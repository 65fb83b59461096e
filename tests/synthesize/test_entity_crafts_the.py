"""A craft's name written after "the" ("the Velora") is still the craft's: "the" opens many
title runs ("the Rev. ..."), but it is no person's title (invented text)."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze import analyze_articles
from crossbrief.model import Article
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.entities.kinds import _titled
from crossbrief.synthesize.story import Story


def test_the_before_a_name_is_no_title_but_a_title_after_it_is() -> None:
    assert not _titled("the Northern Star")
    assert _titled("the late Northern")
    assert _titled("Mr Velora")
    assert not _titled("Velora")


def test_a_ship_named_after_the_is_one_craft_not_a_place(nlp: Any) -> None:
    texts = [
        "The cargo ship Northern Star ran aground off Velmora on Saturday. The crew of the "
        "Northern Star were rescued by coast guard boats.",
        "Salvage crews will try to free the Northern Star off Velmora on Tuesday, the port "
        "authority said. The Northern Star was carrying grain.",
    ]
    articles = [Article(id=f"a{k}", text=t, source=f"outlet{k}") for k, t in enumerate(texts)]
    story = Story(list(analyze_articles(articles, nlp=nlp)))
    entities, _ = build_entities(story)
    (ship,) = [e for e in entities if e.name.endswith("Northern Star")]
    assert ship.type == "PRODUCT"
