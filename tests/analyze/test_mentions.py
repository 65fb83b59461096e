"""Named-entity mentions of one article, with the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

from crossbrief.analyze.mentions import NAME_LABELS, extract_mentions
from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans

TEXT = (
    "Prime Minister Anna Lindberg flew to Berlin on Monday.\n\n"
    "Lindberg met officials of the World Health Organization for 40 minutes."
)


def test_mentions_carry_article_offsets_and_name_labels(nlp: Any) -> None:
    paragraphs = [Paragraph(s, nlp(TEXT[s:e])) for s, e in paragraph_spans(TEXT)]
    mentions = extract_mentions(paragraphs)
    assert mentions, "the model found no name at all"
    for m in mentions:
        assert TEXT[m.start : m.end] == m.text
        assert m.type in NAME_LABELS
    texts = {m.text for m in mentions}
    assert "Berlin" in texts
    # Numbers and dates belong to figures and times, not to entities.
    assert not any(m.text in {"Monday", "40 minutes"} for m in mentions)
    second = TEXT.index("Lindberg met")
    assert any(m.start == second for m in mentions), "offsets of later paragraphs are wrong"


def _mentions_of(nlp: Any, text: str, first: str, last: str, label: str) -> list[Any]:
    """The mentions of ``text`` when the model's one entity runs from the word ``first`` to
    the word ``last`` (set by hand: the model's spans vary, the rule must not)."""
    from spacy.tokens import Span

    doc = nlp(text)
    words = [t.text for t in doc]
    doc.ents = [Span(doc, words.index(first), words.index(last) + 1, label=label)]
    return extract_mentions([Paragraph(0, doc)])


def test_a_name_cut_inside_its_bracketed_initials_ends_before_the_bracket(nlp: Any) -> None:
    text = "Jobs grew, according to the Velmora Tourism Council (VTC) on Monday."
    (m,) = _mentions_of(nlp, text, "the", "VTC", "ORG")
    assert m.text == "the Velmora Tourism Council"
    assert text[m.start : m.end] == m.text


def test_a_name_with_its_brackets_closed_or_none_is_kept_whole(nlp: Any) -> None:
    text = "Jobs grew, according to the Velmora Tourism Council (VTC) on Monday."
    (m,) = _mentions_of(nlp, text, "the", ")", "ORG")
    assert m.text == "the Velmora Tourism Council (VTC)"
    (m,) = _mentions_of(nlp, "Ann Lee of Velmora spoke.", "Ann", "Lee", "PERSON")
    assert m.text == "Ann Lee"
    # nothing before the bracket: no name is left to show
    assert not _mentions_of(nlp, "Jobs grew (Velmora said so).", "(", "Velmora", "GPE")


def test_a_name_run_on_past_a_dash_ends_before_it(nlp: Any) -> None:
    # No name holds a dash set off by spaces, or an em dash: what follows is an aside.
    for text, first, last in [
        ("Ann Lee - Velmora's finance chief - said so.", "Ann", "Velmora"),
        ("Ann Lee \u2014 Velmora's finance chief \u2014 said so.", "Ann", "Velmora"),
        ("Ann Lee\u2014Velmora's finance chief\u2014said so.", "Ann", "Velmora"),
    ]:
        (m,) = _mentions_of(nlp, text, first, last, "PERSON")
        assert m.text == "Ann Lee", text
        assert text[m.start : m.end] == m.text


def test_a_hyphen_inside_a_name_is_no_dash(nlp: Any) -> None:
    # Negative: "Lee-Varga" is one name.
    text = "Mary-Ann Lee-Varga said so."
    (m,) = _mentions_of(nlp, text, "Mary", "Varga", "PERSON")
    assert m.text == "Mary-Ann Lee-Varga"


def test_a_name_after_a_leading_dash_is_kept(nlp: Any) -> None:
    # Negative: a dash before the name cuts nothing off it.
    text = "The pier will close. \u2014 Ann Lee, Velmora"
    (m,) = _mentions_of(nlp, text, "\u2014", "Lee", "PERSON")
    assert m.text == "\u2014 Ann Lee"


def test_an_unspaced_em_dash_between_name_words_of_a_body_is_kept(nlp: Any) -> None:
    # "The Orsk\u2014Velmora Railway" joins two places in one body's name: no aside follows
    text = "The Orsk\u2014Velmora Railway said the line would close."
    (m,) = _mentions_of(nlp, text, "The", "Railway", "ORG")
    assert m.text == "The Orsk\u2014Velmora Railway"
    assert text[m.start : m.end] == m.text


def test_an_unspaced_em_dash_before_an_aside_still_ends_a_body_or_a_person(nlp: Any) -> None:
    # Negative: lower-case words after the dash are an aside, and a person's name never
    # holds an em dash, whatever follows it
    text = "Velmora Port\u2014the city's biggest employer\u2014said so."
    (m,) = _mentions_of(nlp, text, "Velmora", "employer", "ORG")
    assert m.text == "Velmora Port"
    text = "Ann Lee\u2014Orsk Harbour Board\u2014said so."
    (m,) = _mentions_of(nlp, text, "Ann", "Board", "PERSON")
    assert m.text == "Ann Lee"
    text = "The Orsk \u2014 Velmora Railway said so."
    (m,) = _mentions_of(nlp, text, "The", "Railway", "ORG")
    assert m.text == "The Orsk"  # spaced: an aside, as before
