"""The ledger shows speech or writing with a claim in it: acts, passives, elliptical clauses,
one-word terms and titles have no line, and negated or denied lines read from a fixed set of
labels; each rule with a line it must keep. Invented sentences, hand-built analyses."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import sentence_spans
from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans
from crossbrief.model import AnalyzedArticle, Article, BriefQuote, Quote, Span
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.ledger_filter import shows_claim
from crossbrief.synthesize.quotes import build_quotes
from crossbrief.synthesize.story import Story
from tests.synthesize.builders import ledger_of, lee_quote

_quote = lee_quote


def _shows(nlp: Any, q: Quote, text: str) -> bool:
    """shows_claim given where analysis finds the content's sentence to begin."""
    paragraphs = [Paragraph(s, nlp(text[s:e])) for s, e in paragraph_spans(text)]
    article = AnalyzedArticle(Article(id="a", text=text), sentences=sentence_spans(paragraphs))
    return shows_claim(q, text, article.sentences[article.sentence_index(q.start)].start)


def _ledger(text: str, q: Quote) -> list[BriefQuote]:
    return ledger_of(("a", text, q))


@pytest.mark.parametrize(
    ("text", "content", "cue", "shown"),
    [
        # an act given as its own content: only a verb that claims something of its object
        (
            "Lee posted a photo of the ferry online.",
            "posted a photo of the ferry online",
            "posted",
            False,
        ),
        (
            "Lee named Voss harbour master on Friday.",
            "named Voss harbour master on Friday",
            "named",
            False,
        ),
        ("Lee signed a deal to buy the ferry.", "signed a deal to buy the ferry", "signed", False),
        ("Lee called Voss.", "called Voss", "called", False),  # phoned: no claim
        (
            "Lee accused Voss of selling the ferry.",
            "accused Voss of selling the ferry",
            "accused",
            True,
        ),
        ("Lee called the toll a disgrace.", "called the toll a disgrace", "called", True),
        ("Lee is critical of the new toll.", "critical of the new toll", "critical", True),
        (
            "Lee opposed the new toll on the bridge.",
            "opposed the new toll on the bridge",
            "opposed",
            True,
        ),
        # the passive tells what is said of Lee, not by Lee
        (
            "Lee is alleged to have sold the ferry.",
            "alleged to have sold the ferry",
            "alleged",
            False,
        ),
        (
            "Lee is vowing to keep the ferry running.",
            "vowing to keep the ferry running",
            "vowing",
            True,
        ),
        # any one adverb after "is" (one list with ``ledger_acts``); after "'s" only an -ly
        # one, since a noun there is what the possessive owns ("Lee's campaign vowed")
        ("Lee is also accused of selling the ferry.", "accused of selling the ferry", "accused",
         False),
        ("Lee's campaign vowed to keep the ferry running.", "vowed to keep the ferry running",
         "vowed", True),
        # a clause cut to its subject and verb
        ("Lee replied that it was.", "it was", "replied", False),
        ("Lee said he responded.", "he responded", "said", False),
        ("Lee wrote that Voss told him directly.", "Voss told him directly", "wrote", False),
        ("Lee said he would do so.", "he would do so", "said", False),
        ("Lee said the plant would close.", "the plant would close", "said", True),
        ("Lee said it was late.", "it was late", "said", True),
    ],
)  # fmt: skip
def test_a_reported_line_is_shown_only_with_a_claim(
    text: str, content: str, cue: str, shown: bool, nlp: Any
) -> None:
    assert _shows(nlp, _quote(text, content, cue), text) is shown
    assert bool(_ledger(text, _quote(text, content, cue))) is shown


def test_a_quoted_term_of_two_words_is_no_claim(nlp: Any) -> None:
    text = 'Lee called the flaw a "zero day" and said "the ferry is unsafe at any speed".'
    assert not _shows(nlp, _quote(text, "zero day", "called", "partial"), text)
    assert _shows(nlp, _quote(text, "the ferry is unsafe at any speed", "said", "partial"), text)


def test_a_title_in_quote_marks_is_no_claim(nlp: Any) -> None:
    text = 'Lee said on the podcast "Life on the Water" that the ferry would close.'
    assert not _shows(nlp, _quote(text, "Life on the Water", "said"), text)
    assert _shows(nlp, _quote(text, "the ferry would close", "said"), text)
    said = 'Lee said the ferry "would close for good".'  # lower-case words: said, not a title
    assert _shows(nlp, _quote(said, 'the ferry "would close for good', "said"), said)


def test_a_direct_quote_always_has_its_line(nlp: Any) -> None:
    text = 'Lee posted: "It was."'
    assert _shows(nlp, _quote(text, "It was.", "posted", "direct"), text)


@pytest.mark.parametrize(
    ("text", "content", "cue", "label", "shown_text"),
    [
        (
            "Lee has never publicly blamed Voss for the delay.",
            "blamed Voss for the delay",
            "blamed",
            "never blamed",
            "Voss for the delay",
        ),
        (
            "Lee avoided criticizing Voss over the delay.",
            "criticizing Voss over the delay",
            "criticizing",
            "did not criticize",
            "Voss over the delay",
        ),
        ("Lee cannot say that the ferry is safe.", "the ferry is safe", "say", "cannot say", None),
        (
            "Lee does not mean that the ferry is safe.",
            "the ferry is safe",
            "mean",
            "does not mean",
            None,
        ),
    ],
)
def test_a_negated_line_reads_from_a_fixed_set(
    text: str, content: str, cue: str, label: str, shown_text: str | None
) -> None:
    (line,) = _ledger(text, _quote(text, content, cue, negated=True))
    assert line.cue == label and line.text == (shown_text or content)


def test_a_negated_act_that_is_not_speech_has_no_line() -> None:
    text = "Lee has not posted a photo of the ferry."
    assert _ledger(text, _quote(text, "posted a photo of the ferry", "posted", negated=True)) == []
    said = "Lee did not say the ferry was late."
    assert len(_ledger(said, _quote(said, "the ferry was late", "say", negated=True))) == 1


def test_a_denial_reads_denied_without_its_verb_twice() -> None:
    text = "Denying any wrongdoing, Lee said the ferry was safe."
    (line,) = _ledger(text, _quote(text, "Denying any wrongdoing", "Denying"))
    assert (line.cue, line.text, line.denial) == ("denied", "any wrongdoing", True)
    plain = "Lee denied that the ferry was late."
    (kept,) = _ledger(plain, _quote(plain, "the ferry was late", "denied"))
    assert (kept.cue, kept.text) == ("denied", "the ferry was late")


def test_a_title_closed_after_its_full_stop_is_no_claim(nlp: Any) -> None:
    text = 'Lee spoke in May on the podcast "Life on the Water."'
    assert not _shows(nlp, _quote(text, "Life on the Water", "spoke"), text)


def test_an_act_after_a_comma_in_the_passive_is_said_of_its_subject(nlp: Any) -> None:
    text = "Lee, alleged to have sold the ferry, is charged with fraud."
    assert not _shows(nlp, _quote(text, "alleged to have sold the ferry", "alleged"), text)
    active = "Lee, smiling, accused Voss of selling the ferry."
    assert _shows(nlp, _quote(active, "accused Voss of selling the ferry", "accused"), active)


def test_a_heading_with_a_colon_is_no_claim(nlp: Any) -> None:
    text = "Lee: Thoughts on the ferry\nThe ferry runs daily."
    assert not _shows(nlp, _quote(text, "Thoughts on the ferry", ":"), text)
    said = "Lee: the ferry will stop running in May.\nThe ferry runs daily."
    assert _shows(nlp, _quote(said, "the ferry will stop running in May.", ":"), said)


def test_content_cut_from_a_bracket_is_no_claim(nlp: Any) -> None:
    text = "Lee Ferries (NYSE: LEE) has opened its books again."
    assert not _shows(nlp, _quote(text, "LEE) has opened its books again.", ":"), text)
    said = "Lee said the ferry (the old one) would close."
    assert _shows(nlp, _quote(said, "the ferry (the old one) would close", "said"), said)


def test_a_yes_or_no_question_under_no_verb_of_asking_is_no_claim(nlp: Any) -> None:
    text = "Lee explored whether the ferry was in."
    assert not _shows(nlp, _quote(text, "whether the ferry was in", "explored"), text)
    told = "Lee said if the toll rises, the ferry would close."  # a condition, no question
    assert _shows(nlp, _quote(told, "if the toll rises, the ferry would close", "said"), told)
    asked = "Lee asked whether the ferry would close."
    assert _shows(nlp, _quote(asked, "whether the ferry would close", "asked"), asked)
    relative = "Lee reported what looked like a leak in the hull."
    assert _shows(
        nlp, _quote(relative, "what looked like a leak in the hull", "reported"), relative
    )


def test_an_act_no_one_is_named_for_is_no_claim(nlp: Any) -> None:
    text = "The report prompted Lee to ask for a new ferry."
    q = _quote(text, "ask for a new ferry", "ask")
    nobody = Quote(**{**q.to_dict(), "speaker_text": None, "speaker_name": None})
    assert not _shows(nlp, nobody, text)
    which = Quote(**{**q.to_dict(), "speaker_text": "which", "speaker_name": None})
    assert not _shows(nlp, which, text)
    them = Quote(**{**q.to_dict(), "speaker_text": "them", "speaker_name": None})
    assert not _shows(nlp, them, text)  # the ledger's own list of stand-ins
    assert _shows(nlp, q, text)  # Lee's request, with Lee named


def test_referring_opens_no_claim_by_itself(nlp: Any) -> None:
    text = "Lee kept referring to a top aide."
    assert not _shows(nlp, _quote(text, "referring to a top aide", "referring"), text)
    named = "Lee refers to the ferry as a floating wreck."
    assert _shows(nlp, _quote(named, "refers to the ferry as a floating wreck", "refers"), named)


def test_a_heading_closed_by_a_quote_mark_is_no_claim(nlp: Any) -> None:
    text = "Lee: Ferry records show' the toll was raised'\nThe ferry runs daily."
    assert not _shows(nlp, _quote(text, "Ferry records show' the toll was raised", ":"), text)


def test_an_answer_to_a_question_asked_keeps_its_line(nlp: Any) -> None:
    # Review 2 finding 2: "she would not" answers the question; the speakerless question
    # under "Asked" has no line of its own.
    text = "Asked whether she would resign, Lee said she would not."
    assert _shows(nlp, _quote(text, "she would not", "said"), text)
    q = _quote(text, "whether she would resign", "Asked")
    nobody = Quote(**{**q.to_dict(), "speaker_text": None, "speaker_name": None})
    assert not _shows(nlp, nobody, text)
    # Negative: an elliptical answer with no question before it still has no line.
    plain = "Lee said she would not."
    assert not _shows(nlp, _quote(plain, "she would not", "said"), plain)


@pytest.mark.parametrize("verb", ["supports", "endorses", "backs", "favors", "welcomes"])
def test_taking_a_side_for_is_shown_as_taking_one_against(verb: str, nlp: Any) -> None:
    # Review 2 finding 3: "opposes the plan" is a position; so is supporting it.
    text = f"Lee {verb} the plan to close the ferry."
    content = f"{verb} the plan to close the ferry"
    assert _shows(nlp, _quote(text, content, verb), text)


@pytest.mark.parametrize(
    ("text", "content", "cue", "label"),
    [
        # Review 2 finding 4: the negation keeps its tense and its verb.
        (
            "Lee won't deny that the ferry will close.",
            "the ferry will close",
            "deny",
            "will not deny",
        ),
        (
            "Lee would not confirm that the ferry was late.",
            "the ferry was late",
            "confirm",
            "would not confirm",
        ),
        (
            "Lee never apologized for the remarks.",
            "apologized for the remarks",
            "apologized",
            "never apologized",
        ),
        (
            "Lee did not endorse Voss for the post.",
            "endorse Voss for the post",
            "endorse",
            "did not endorse",
        ),
        # Negative: the plain past stays "did not".
        ("Lee did not say that the ferry was late.", "the ferry was late", "say", "did not say"),
    ],
)
def test_a_negated_line_keeps_its_tense(text: str, content: str, cue: str, label: str) -> None:
    (line,) = _ledger(text, _quote(text, content, cue, negated=True))
    assert line.cue == label


def test_a_denial_in_the_present_reads_in_the_present() -> None:
    text = "Lee denies taking the money from Voss."
    (line,) = _ledger(text, _quote(text, "denies taking the money from Voss", "denies"))
    assert (line.cue, line.text) == ("denies", "taking the money from Voss")


def test_a_list_lettered_in_brackets_is_no_cut_parenthesis(nlp: Any) -> None:
    # Review 2 finding 6: "a) ... b) ..." opens no bracket, yet nothing was cut.
    text = "The choices were, Lee said, a) a plea deal or b) a trial in May."
    content = "The choices were, Lee said, a) a plea deal or b) a trial in May"
    assert _shows(nlp, _quote(text, content, "said"), text)
    # An editor's word in brackets opening the content ("(She) turned ...") cuts nothing.
    inserted = "Lee said (she) turned to the ferry at last."
    assert _shows(nlp, _quote(inserted, "(she) turned to the ferry at last", "said"), inserted)
    # Negative: a ticker cut out of "(NYSE: LEE)" or a longer cut still has no line.
    longer = "Some (like Carter in 1976 and Voss in 2000) can win, Lee said."
    content = "Carter in 1976 and Voss in 2000) can win"
    assert not _shows(nlp, _quote(longer, content, "said"), longer)
    cut = "Lee Ferries (NYSE: LEE) has opened its books again."
    assert not _shows(nlp, _quote(cut, "LEE) has opened its books again.", ":"), cut)


@pytest.mark.parametrize("title", ["Mr.", "Dr.", "St.", "T.", "Sgt."])
def test_an_abbreviation_in_the_question_ends_no_sentence(title: str, nlp: Any) -> None:
    # Review 3 finding 2: "Mr." is no sentence end; the answer keeps its question. The
    # sentence is analysis's own, so its titles ("Sgt.") hold here too.
    text = f"Asked whether {title} Reed would resign, Lee said he would not."
    assert _shows(nlp, _quote(text, "he would not", "said"), text)


def test_a_full_stop_after_a_word_still_ends_the_sentence_before(nlp: Any) -> None:
    # Negative: an elliptical line after a sentence that asked is still no answer.
    text = "Asked about the ferry, Lee left. Reed said he would not."
    assert not _shows(nlp, _quote(text, "he would not", "said"), text)


def test_an_elliptical_answer_is_shown_with_its_question() -> None:
    # Review 3 finding 3: "it would" means nothing without the question it answers.
    text = "Asked whether the mill would close, Lee said it would."
    (line,) = _ledger(text, _quote(text, "it would", "said"))
    assert line.text == "asked whether the mill would close: it would"


def test_an_answer_with_a_claim_of_its_own_is_shown_alone() -> None:
    # Negative: a full answer carries its claim; the question is not added to it.
    text = "Asked about the mill, Lee said the looms would be sold."
    (line,) = _ledger(text, _quote(text, "the looms would be sold", "said"))
    assert line.text == "the looms would be sold"


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        # Review 3 finding 4: a side verb of motion or of providing for someone takes no side.
        (
            "Lee supports her two children by working at the mill.",
            "supports her two children by working at the mill",
            "supports",
        ),
        (
            "Lee backed a truck into the gate of the mill.",
            "backed a truck into the gate of the mill",
            "backed",
        ),
        ("Lee backed away from the plan to close the mill.", "backed away from the plan", "backed"),
    ],
)
def test_a_side_verb_of_motion_or_upkeep_takes_no_side(
    text: str, content: str, cue: str, nlp: Any
) -> None:
    assert not _shows(nlp, _quote(text, content, cue), text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # Negative: a side taken, with "down" or "by" further on, is still a side.
        ("Lee backs the plan to shut down the mill.", "backs the plan to shut down the mill"),
        ("Lee backed the bill by voting for it twice.", "backed the bill by voting for it twice"),
    ],
)
def test_a_side_taken_keeps_its_line(text: str, content: str, nlp: Any) -> None:
    cue = content.split()[0]
    assert _shows(nlp, _quote(text, content, cue), text)


@pytest.mark.parametrize(
    ("text", "cue", "label"),
    [
        # Review 3 finding 8: "could", "cannot" and "has" keep their own labels.
        ("Lee could not confirm that the ferry was late.", "confirm", "could not confirm"),
        ("Lee cannot confirm that the ferry was late.", "confirm", "cannot confirm"),
        ("Lee has not denied that the ferry was late.", "denied", "has not denied"),
        # Negative: the plain past stays "did not".
        ("Lee did not confirm that the ferry was late.", "confirm", "did not confirm"),
    ],
)
def test_a_negated_modal_or_perfect_keeps_its_label(text: str, cue: str, label: str) -> None:
    (line,) = _ledger(text, _quote(text, "the ferry was late", cue, negated=True))
    assert line.cue == label


def _two_outlets(first: str, second: str) -> list[BriefQuote]:
    quotes = []
    for i, text in enumerate((first, second)):
        q = _quote(text, "the ferry will close", "confirm", negated=True)
        quotes.append(
            AnalyzedArticle(
                article=Article(id=f"a{i}", text=text, source=f"s{i}"),
                sentences=(Span(0, len(text)),),
                quotes=(q,),
            )
        )
    story = Story(quotes)
    _, key_to_id = build_entities(story)
    return build_quotes(story, key_to_id)


def test_negated_lines_with_different_labels_stay_apart() -> None:
    lines = _two_outlets(
        "Lee won't confirm that the ferry will close.",
        "Lee could not confirm that the ferry will close.",
    )
    assert sorted(line.cue or "" for line in lines) == ["could not confirm", "will not confirm"]
    # Negative: the same label in two outlets is one line.
    same = _two_outlets(
        "Lee won't confirm that the ferry will close.",
        "Lee will not confirm that the ferry will close.",
    )
    assert [(line.cue, line.also_in) for line in same] == [("will not confirm", ("a1",))]
