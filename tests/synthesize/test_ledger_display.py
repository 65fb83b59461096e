"""How a ledger line is shown: words wholly in quotation marks are a direct quote however
the cue was parsed; a title quoted inside the speaker's own description is no quote of
theirs; a speaker label cut inside its appositive ends at the name; reported content cut
inside a quotation it opens runs on to the quotation's end. Invented text."""

from __future__ import annotations

from typing import Any

from crossbrief.model import AnalyzedArticle, Article, Quote, Span
from crossbrief.pipeline import brief_articles
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.ledger_marks import quoted_whole
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.speaker_wording import shown_wording
from crossbrief.synthesize.story import Story

AUTHOR = (
    "The board met on Monday.\n``But there is no harbour crisis and there is no real public "
    "anger in the Velmora case,'' said Ann Lee, author of ``Tides,'' a best-selling history "
    "of the port."
)
MIXED = (
    "\u201cIt is like watching two captains argue on a dock\u201d and making it sound worse "
    "than it is, said Tom Reed, co-author with Ann Lee of \u201cHarbours\u201d (Velmora Press, "
    "1993)."
)


def _lines(nlp: Any, text: str) -> list[tuple[str, str]]:
    quotes = brief_articles([Article(id="a", text=text)], nlp=nlp).quotes
    return [(q.kind, q.text) for q in quotes]


def test_words_wholly_in_marks_are_a_direct_quote(nlp: Any) -> None:
    lines = _lines(nlp, AUTHOR)
    assert (
        "direct",
        "But there is no harbour crisis and there is no real public anger in the Velmora case,",
    ) in lines, lines


def test_words_of_the_writer_outside_the_marks_stay_reported(nlp: Any) -> None:
    # Negative: the writer's "and making it sound worse" is outside the marks.
    kinds = [kind for kind, text in _lines(nlp, MIXED) if "captains" in text]
    assert kinds == ["indirect"], kinds


def test_a_spaced_quotation_is_shown_without_its_spaces() -> None:
    content = "`` The pier will hold ''"
    start, end = quoted_whole(content) or (0, 0)
    assert content[start:end] == "The pier will hold"
    # Negative: the writer's words outside the marks make it no whole quotation.
    assert quoted_whole("`` The pier will hold '' and more") is None


def test_a_title_in_the_speakers_description_is_no_quote_of_theirs(nlp: Any) -> None:
    assert not [t for _, t in _lines(nlp, AUTHOR) if t.strip(",") == "Tides"]
    assert not [t for _, t in _lines(nlp, MIXED) if t == "Harbours"]
    # Negative: the speaker's own words in marks keep their line.
    assert any("no harbour crisis" in t for _, t in _lines(nlp, AUTHOR))


def test_a_label_cut_inside_its_appositive_ends_at_the_name() -> None:
    assert shown_wording("Ann Lee, an analyst at", "Ann Lee") == "Ann Lee"
    assert shown_wording("the head of", None) == "the head"


def test_a_whole_appositive_is_kept() -> None:
    # Negative: an appositive ending on its noun is the label as written.
    written = "Ann Lee, an analyst at the harbour board"
    assert shown_wording(written, "Ann Lee") == written
    assert shown_wording("Tom Reed of Velmora", "Tom Reed") == "Tom Reed of Velmora"
    # a name whose last part is spelt like an article ("Mai An") is no cut phrase
    assert shown_wording("Mai An", "Mai An") == "Mai An"


OPEN = (
    "\u201cIt will take weeks,\u201d he said, but added that detectives \u201chave leads, "
    "they have names to follow.\u201d"
)


def _quote(content: str, kind: str, cue: str, at: int = 0) -> Quote:
    start, c, s = OPEN.index(content, at), OPEN.index(cue), OPEN.index("he said")
    return Quote(
        text=content,
        start=start,
        end=start + len(content),
        kind=kind,  # type: ignore[arg-type]
        speaker_text="he",
        speaker_start=s,
        speaker_end=s + 2,
        cue=cue,
        cue_start=c,
        cue_end=c + len(cue),
    )


def _ledger(quotes: list[Quote]) -> list[tuple[str, str]]:
    art = AnalyzedArticle(
        article=Article(id="a", text=OPEN), sentences=(Span(0, len(OPEN)),), quotes=tuple(quotes)
    )
    story = Story([art])
    _, key_to_id = build_entities(story)
    return [(q.kind, q.text) for q in build_quotes(story, key_to_id)]


def test_reported_content_cut_inside_its_quotation_runs_to_its_end() -> None:
    cut = _quote("detectives \u201chave leads", "indirect", "added")
    piece = _quote("have leads, they have names to follow.", "partial", "added")
    lines = _ledger([cut, piece])
    assert lines == [
        ("indirect", "detectives \u201chave leads, they have names to follow.\u201d")
    ], lines


def test_a_piece_of_another_cue_is_not_taken_in() -> None:
    # Negative: the words in marks belong to another cue ("said"): the reported content
    # keeps its own end.
    cut = _quote("detectives \u201chave leads", "indirect", "added")
    piece = _quote("have leads, they have names to follow.", "partial", "said")
    texts = [t for _, t in _ledger([cut, piece])]
    assert not any(t.startswith("detectives") and t.endswith("follow.\u201d") for t in texts)
