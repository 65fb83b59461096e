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


def _aliased(name: str, forms: list[tuple[str, int, str]]) -> Entity:
    """An entity named ``name`` with the spellings ``forms``: (form, articles using it from
    the first, kind)."""
    aliases = tuple(
        Alias(form, tuple(f"a{i}" for i in range(n)), n, kind) for form, n, kind in forms
    )
    arts = tuple(f"a{i}" for i in range(max(n for _, n, _ in forms)))
    return Entity("E9", name, "ORG", aliases, arts, ())


def _heading(e: Entity) -> str:
    return untitled_heading(Brief(articles=(), entities=(e,)))


def test_the_heading_names_an_entity_by_the_full_form_most_articles_use() -> None:
    # a long form from one wire loses to the full name most articles use, "the" or not
    board = _aliased(
        "Northern Velmora Harbour Board",
        [
            ("the Northern Velmora Harbour Board", 2, "name"),
            ("the Velmora Harbour Board", 3, "name"),
            ("The Velmora Harbour Board", 4, "name"),
            ("VHB", 6, "acronym"),
        ],
    )
    assert _heading(board) == "Brief: Velmora Harbour Board"


def test_the_heading_keeps_a_full_name_over_a_surname_or_an_acronym() -> None:
    # Negative: a surname alone, or an acronym, is no fuller name, however many use it
    person = _aliased("Ann Marie Lee", [("Lee", 6, "name"), ("Ann Marie Lee", 4, "name")])
    assert _heading(person) == "Brief: Ann Marie Lee"
    board = _aliased(
        "Velmora Harbour Board", [("Velmora Harbour Board", 2, "name"), ("VHB", 6, "acronym")]
    )
    assert _heading(board) == "Brief: Velmora Harbour Board"
    # Negative: a form no article uses as often does not replace the name
    tied = _aliased("Ann Marie Lee", [("Ann Marie Lee", 3, "name"), ("Ann Lee", 3, "name")])
    assert _heading(tied) == "Brief: Ann Marie Lee"
    # Negative: a one-word name most articles use keeps it over a rarer longer form
    town = _aliased("Velmora", [("Velmora", 6, "name"), ("Velmora City", 2, "name")])
    assert _heading(town) == "Brief: Velmora"
