"""The heading of a brief whose articles have no titles (invented names)."""

from __future__ import annotations

from crossbrief.model import Alias, Brief, Entity, SentenceRef, SummarySentence
from crossbrief.render import render_html
from crossbrief.render.labels import untitled_heading


def _entity(n: int, name: str, articles: int, kind: str = "name") -> Entity:
    arts = tuple(f"a{i}" for i in range(articles))
    return Entity(f"E{n}", name, "GPE", (Alias(name, arts, articles, kind),), arts, ())


def _brief(summary: str) -> Brief:
    return Brief(
        articles=(),
        summary=(SummarySentence(summary, (SentenceRef("a0", 0),)),) if summary else (),
        entities=(
            _entity(1, "Olderby", 6),  # an earlier fire's town, named in every article
            _entity(2, "Velmora", 5),
            _entity(3, "Tarsk", 4),
        ),
    )


def test_the_heading_names_what_the_summary_leads_with() -> None:
    brief = _brief("A fire in Tarsk killed 60 people in the Velmora region.")
    assert untitled_heading(brief) == "Brief: Velmora, Tarsk"
    assert "<h1>Brief: Velmora, Tarsk</h1>" in render_html(brief)


def test_without_a_name_in_the_summary_the_most_covered_names_head_it() -> None:
    assert untitled_heading(_brief("A fire killed 60 people.")) == "Brief: Olderby, Velmora, Tarsk"
    assert untitled_heading(_brief("")) == "Brief: Olderby, Velmora, Tarsk"


def test_a_name_inside_a_longer_word_is_not_named() -> None:
    assert untitled_heading(_brief("Tarskian rules applied.")).startswith("Brief: Olderby")
