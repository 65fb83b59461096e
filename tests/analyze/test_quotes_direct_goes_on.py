"""A direct quote that goes on past the cue that split it, or in a fragment of the next
sentence, is one attribution with one cue and one speaker. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.paragraphs import Paragraph
from crossbrief.analyze.quotes.context import Attr, prepare
from crossbrief.analyze.quotes.openers import name_after, phrase_then_verb
from tests.analyze.test_quotes import one, quotes


def test_a_quote_resuming_after_its_cue_keeps_it_over_a_later_verb(nlp: Any) -> None:
    text = (
        "\u201cIn other news,\u201d Mara Quist wrote on Monday, \u201cthe ferry company "
        "praises its own timetable,\u201d after Edvin Salo announced a new schedule."
    )
    found = quotes(nlp, text)
    first = one(found, "direct", "In other news")
    second = one(found, "direct", "praises its own timetable")
    assert first.cue == second.cue == "wrote"
    assert first.cue_start == second.cue_start
    assert second.speaker_name == "Mara Quist"


def test_a_quote_after_another_cue_in_the_gap_takes_that_cue(nlp: Any) -> None:
    # Negative: the second quote follows Salo's own cue, so it is his, not a resumption.
    text = (
        "\u201cThe pier is safe,\u201d Mara Quist said, and Edvin Salo replied, "
        "\u201cthe tide tables were wrong all winter.\u201d"
    )
    found = quotes(nlp, text)
    second = next(q for q in found if "tide tables" in q.text and q.kind != "indirect")
    assert second.speaker_name == "Edvin Salo"


def test_a_fragment_ending_the_next_sentence_goes_on_with_the_quote(nlp: Any) -> None:
    text = (
        "\u201cIt is a harbour of thieves,\u201d Mara Quist said on Monday. "
        "It is \u201ca place where the ferries never leave on time.\u201d"
    )
    found = quotes(nlp, text)
    first = one(found, "direct", "harbour of thieves")
    more = one(found, "direct", "ferries never leave")
    assert more.cue_start == first.cue_start
    assert more.speaker_name == "Mara Quist"


def test_a_fragment_mid_sentence_or_under_its_own_verb_is_not_more_of_the_quote(
    nlp: Any,
) -> None:
    # Negative: a label inside the writer's sentence, and a fragment in a sentence about
    # someone else ("Salo groused", a verb outside the lexicon), are not her words going on.
    label = (
        "\u201cIt is a harbour of thieves,\u201d Mara Quist said on Monday. "
        "Ferries leave from \u201cthe old stone pier\u201d in every season."
    )
    assert all(q.speaker_name != "Mara Quist" for q in quotes(nlp, label) if "stone" in q.text)
    verb = (
        "\u201cIt is a harbour of thieves,\u201d Mara Quist said on Monday. On Tuesday, "
        "Edvin Salo groused to a crowd that the ferries \u201cnever leave on time.\u201d"
    )
    found = quotes(nlp, verb)
    assert all(q.speaker_name != "Mara Quist" for q in found if "never leave" in q.text)


def test_a_name_after_the_quote_speaks_when_the_parser_left_the_cue_no_subject(
    nlp: Any,
) -> None:
    text = (
        "\u201cWe have had better ferry seasons than this one,\u201d harbour pilot Mara Quist, "
        "wearing a yellow coat and rubber boots, said quietly as the rain fell on the pier."
    )
    q = one(quotes(nlp, text), "direct", "better ferry seasons")
    assert q.cue == "said"
    assert q.speaker_name == "Mara Quist"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        ("harbour pilot Mara Quist, wearing a coat,", "harbour pilot Mara Quist"),
        ("Mara Quist and the pilots, wearing coats,", None),  # the name is not all who spoke
        ("harbour pilots, wearing coats,", None),  # no name
    ],
)
def test_name_after_takes_a_named_phrase_ended_by_a_comma(
    nlp: Any, after: str, speaker: str | None
) -> None:
    text = f"\u201cWe had better seasons,\u201d {after} said quietly."
    para = prepare([Paragraph(0, nlp(text))], [])[0]
    close = next(t for t in para.doc if t.text == "\u201d")
    cue = next(t for t in para.doc if t.text == "said")
    span = para.doc[1 : close.i]  # the quoted words, up to the closing mark
    got = name_after(para, span, Attr(para, cue, None, None))
    text_of = None if got.speaker is None else para.doc[got.speaker[0] : got.speaker[1]].text
    assert text_of == speaker


def test_a_cue_after_a_subject_with_an_apposition_is_the_quotes_cue(nlp: Any) -> None:
    text = (
        "\u201cWill the council finally fix the pier? If not, it should resign at once!\u201d "
        "the harbour union\u2019s new leader, Mara Quist, wrote on Sunday after the storm."
    )
    q = one(quotes(nlp, text), "direct", "fix the pier")
    assert q.cue == "wrote"
    assert q.speaker_name == "Mara Quist"


@pytest.mark.parametrize(
    ("after", "found"),
    [
        ("the union\u2019s new leader, Mara Quist, wrote on Sunday.", True),
        ("in the harbour, on Sunday, Mara Quist wrote.", False),  # no subject opens them
    ],
)
def test_phrase_then_verb_needs_the_subject_to_open_the_words_after_the_quote(
    nlp: Any, after: str, found: bool
) -> None:
    text = f"\u201cFix the pier now!\u201d {after}"
    para = prepare([Paragraph(0, nlp(text))], [])[0]
    close = next(t for t in para.doc if t.text == "\u201d")
    verb = phrase_then_verb(para, close.i + 1, para.sent_of(close.i + 1))
    assert (verb is not None and verb.text == "wrote") == found


def test_a_name_between_ends_the_words_of_a_thing_quoted_before(nlp: Any) -> None:
    # The fragment before is cued by a charter (a thing, no speaker of the next quote); the
    # writer's sentence about Salo between them leaves the quote after it no charter's words.
    text = (
        "It is a bid to win back the \u201cvillage charter\u201d that will reassure the "
        "fishing families who left the party. Edvin Salo, however, was unmoved. "
        "\u201cSuch rows come and go. We will settle it at the harbour.\u201d"
    )
    found = quotes(nlp, text)
    after = [q for q in found if "rows come and go" in q.text]
    assert all("charter" not in (q.speaker_text or "") for q in after)


def test_a_speaker_named_again_between_still_goes_on(nlp: Any) -> None:
    # Negative: the sentence between is about the person just quoted, whose words go on.
    text = (
        "\u201cThe pier is unsafe,\u201d Mara Quist said on Monday. Mara Quist was unmoved. "
        "\u201cSuch rows come and go. We will settle it at the harbour.\u201d"
    )
    found = quotes(nlp, text)
    assert one(found, "direct", "rows come and go").speaker_name == "Mara Quist"


def test_a_person_s_words_go_on_past_a_sentence_naming_someone_else(nlp: Any) -> None:
    # Negative: the words before are a person's (a plain cue, no relative clause on a
    # thing), so the writer's aside about Salo does not end them.
    text = (
        "\u201cThe pier is unsafe,\u201d said the harbour coach. Edvin Salo looks certain "
        "to stay on. \u201cI took notes last year and we will settle it at the harbour.\u201d"
    )
    found = quotes(nlp, text)
    before = one(found, "direct", "pier is unsafe")
    after = one(found, "direct", "took notes last year")
    assert after.cue_start == before.cue_start
