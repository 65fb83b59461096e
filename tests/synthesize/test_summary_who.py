"""Who is who: the people and bodies the summary names only by a short form get their names."""

from __future__ import annotations

import json
from typing import Any

import pytest

from crossbrief.analyze import analyze_articles
from crossbrief.model import (
    Alias,
    Brief,
    Entity,
    EntityMention,
    SentenceRef,
    SummarySentence,
    WhoIsWho,
)
from crossbrief.options import Options
from crossbrief.pipeline import brief as make_brief
from crossbrief.render import render_json, render_markdown
from crossbrief.render.html import render_html
from crossbrief.schema import validate_brief
from crossbrief.synthesize import synthesize
from crossbrief.synthesize.summary_who import who_is_who


def _entity(eid: str, name: str, kind: str, forms: dict[str, str]) -> Entity:
    aliases = tuple(Alias(form, ("a",), 1, how) for form, how in forms.items())
    return Entity(eid, name, kind, aliases, ("a",), ())


def _summary(*texts: str) -> tuple[SummarySentence, ...]:
    return tuple(SummarySentence(t, (SentenceRef("a", i),)) for i, t in enumerate(texts))


BRENN = _entity("E1", "Ida Brenn", "PERSON", {"Ida Brenn": "name", "Brenn": "name"})
GUILD = _entity(
    "E2",
    "Varrow Weavers Guild",
    "ORG",
    {"Varrow Weavers Guild": "name", "VWG": "acronym", "the guild": "role"},
)
MAYOR = _entity("E3", "Tom Varga", "PERSON", {"Tom Varga": "name", "the mayor": "role"})


def test_a_surname_alone_is_told() -> None:
    summary = _summary("Brenn said the mill would reopen in May.", "The weavers cheered.")
    assert who_is_who(summary, [BRENN]) == (WhoIsWho(("Brenn",), "Ida Brenn", "E1", "PERSON"),)


def test_a_full_name_anywhere_in_the_summary_tells_none() -> None:
    summary = _summary("Brenn said the mill would reopen.", "Ida Brenn runs the dye house.")
    assert who_is_who(summary, [BRENN]) == ()
    # a title before the full name still gives all its words
    titled = _entity("E1", "Ida Brenn", "PERSON", {"Mayor Ida Brenn": "name", "Brenn": "name"})
    summary = _summary("Mayor Ida Brenn spoke first.", "Brenn said the mill would reopen.")
    assert who_is_who(summary, [titled]) == ()


def test_a_bare_first_name_or_a_role_is_no_short_form() -> None:
    first = _entity(
        "E1", "Ida Brenn", "PERSON", {"Ida Brenn": "name", "Ida": "name", "Brenn": "name"}
    )
    assert who_is_who(_summary("Ida said the mill would reopen."), [first]) == ()
    assert who_is_who(_summary("The mayor said the mill would reopen."), [MAYOR]) == ()


def test_a_family_name_written_first_and_a_one_word_name() -> None:
    # outlets call him "Qal" far more than "Dorun": Qal is the family name
    qal = Entity(
        "E1",
        "Qal Dorun",
        "PERSON",
        (Alias("Qal", ("a",), 9), Alias("Qal Dorun", ("a",), 3), Alias("Dorun", ("a",), 1)),
        ("a",),
        (),
    )
    told = who_is_who(_summary("Qal was held in Varrow on Monday."), [qal])
    assert told == (WhoIsWho(("Qal",), "Qal Dorun", "E1", "PERSON"),)
    # a canonical surname alone is told by its fullest spelling
    sharo = _entity(
        "E2", "Al-Sharo", "PERSON", {"Al-Sharo": "name", "Minister Fen al-Sharo": "name"}
    )
    told = who_is_who(_summary("Al-Sharo said the talks would go on."), [sharo])
    assert told == (WhoIsWho(("Al-Sharo",), "Fen al-Sharo", "E2", "PERSON"),)


def test_a_particle_a_hyphen_or_a_namesake_tells_none() -> None:
    klerk = _entity("E1", "De Vos", "PERSON", {"Vos": "name", "De Vos": "name"})
    assert who_is_who(_summary("The board named Ada de Vos, and Vos agreed."), [klerk]) == ()
    ann = _entity("E2", "Ann Lee", "PERSON", {"Ann Lee": "name", "Lee": "name"})
    assert who_is_who(_summary("Ms. Brenn-Lee spoke first."), [ann]) == ()
    # "Brenn" after "Ida Brenn" reads as her, whoever the analysis linked it to
    tom = _entity("E3", "Tom Brenn", "PERSON", {"Tom Brenn": "name", "Brenn": "name"})
    ida = _entity("E1", "Ida Brenn", "PERSON", {"Ida Brenn": "name", "Ida": "name"})
    summary = _summary("Ida Brenn closed the mill.", "Brenn said it would reopen.")
    assert who_is_who(summary, [ida, tom]) == ()


def test_an_acronym_never_spelt_out_is_told() -> None:
    summary = _summary("The VWG voted to strike on Monday.")
    assert who_is_who(summary, [GUILD]) == (
        WhoIsWho(("VWG",), "Varrow Weavers Guild", "E2", "ORG"),
    )
    spelt = _summary("The Varrow Weavers Guild met.", "The VWG voted to strike on Monday.")
    assert who_is_who(spelt, [GUILD]) == ()


def test_a_word_inside_another_is_no_mention() -> None:
    # "Brennan" holds "Brenn" but is not it; whole words only
    assert who_is_who(_summary("Brennan said the mill would reopen."), [BRENN]) == ()


def test_the_mentions_of_a_source_sentence_count_and_entries_follow_the_summary() -> None:
    # "Lee" is two people's alias, so only the mention in the source sentence says whose
    lee = Entity(
        "E4",
        "Ann Lee",
        "PERSON",
        (Alias("Ann Lee", ("b",), 1), Alias("Lee", ("a",), 1)),
        ("a", "b"),
        (EntityMention("a", 1, 40, 43, "Lee"),),
    )
    other = _entity("E5", "Sam Lee", "PERSON", {"Sam Lee": "name", "Lee": "name"})
    summary = _summary("Brenn said the mill would reopen.", "Lee said the weavers would return.")
    assert who_is_who(summary, [other, lee, BRENN]) == (
        WhoIsWho(("Brenn",), "Ida Brenn", "E1", "PERSON"),
        WhoIsWho(("Lee",), "Ann Lee", "E4", "PERSON"),
    )


MILL = [
    "Ida Brenn, the owner of the Varrow wool mill, closed its gates on Monday.",
    "The Varrow Weavers Guild said the fire had started in the dye house.",
    "Brenn said the mill would reopen in May once the dye house was rebuilt.",
    "The Northern Harbour Authority said on Tuesday that its ferries would carry the wool.",
    "The NHA said its crews would start on Friday.",
]


@pytest.fixture(scope="module")
def mill_brief(nlp: Any) -> Brief:
    from crossbrief.model import Article

    articles = [Article(id="a", text="\n\n".join(MILL), source="Varrow Post")]
    return synthesize(list(analyze_articles(articles, nlp=nlp)), Options(words=20))


def _picked(*indices: int) -> tuple[SummarySentence, ...]:
    """A summary of the mill article's sentences ``indices``, cited as the ILP cites them."""
    return tuple(SummarySentence(MILL[i], (SentenceRef("a", i),)) for i in indices)


@pytest.mark.parametrize(
    ("indices", "expected"),
    [
        ((2,), [(("Brenn",), "Ida Brenn", "PERSON")]),
        ((0, 2), []),
        ((4,), [(("NHA",), "Northern Harbour Authority", "ORG")]),
        ((3, 4), []),
        (
            (4, 2),
            [(("NHA",), "Northern Harbour Authority", "ORG"), (("Brenn",), "Ida Brenn", "PERSON")],
        ),
    ],
)
def test_the_entities_of_a_real_parse(
    mill_brief: Brief, indices: tuple[int, ...], expected: list[tuple[Any, ...]]
) -> None:
    told = who_is_who(_picked(*indices), mill_brief.entities)
    assert [(w.forms, w.name, w.type) for w in told] == expected


def test_the_brief_carries_it(mill_brief: Brief) -> None:
    assert mill_brief.who == who_is_who(mill_brief.summary, mill_brief.entities)
    validate_brief(json.loads(render_json(mill_brief)))


def _with_who(brief: Brief) -> Brief:
    from dataclasses import replace

    return replace(brief, who=(WhoIsWho(("<Brenn>",), "Ida & Brenn", "E1", "PERSON"),))


def test_the_markdown_and_html_briefs_show_it_escaped(mill_brief: Brief) -> None:
    shown = _with_who(mill_brief)
    md = render_markdown(shown)
    assert "Who is who: " in md
    assert md.index("Who is who: ") < md.index("## Who\n")
    html = render_html(shown)
    assert '<ul class="who"><li><b>&lt;Brenn&gt;</b>: Ida &amp; Brenn</li></ul>' in html
    assert "<Brenn>" not in html
    validate_brief(json.loads(render_json(shown)))
    plain = _with_who(mill_brief).__class__(articles=mill_brief.articles)
    assert "Who is who" not in render_markdown(plain)
    assert 'class="who"' not in render_html(plain)


def test_the_pipeline_brief_validates(tmp_path: Any, nlp: Any) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n\n".join(MILL) + "\n", encoding="utf-8")
    validate_brief(json.loads(render_json(make_brief([str(path)], nlp=nlp))))
