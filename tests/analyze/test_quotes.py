"""Quote extraction on invented news text, with the real spaCy pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes import FORM_TO_BASE, find_quote_spans, is_verbatim
from crossbrief.model import Article, Quote


def quotes(nlp: Any, text: str) -> list[Quote]:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    for q in found:
        assert text[q.start : q.end] == q.text  # every quote is a slice of the article
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
        if q.cue_start is not None:
            assert text[q.cue_start : q.cue_end] == q.cue
    return list(found)


def indirect(nlp: Any, text: str, cue: str | None = None) -> list[Quote]:
    """The indirect quotes ``quotes`` finds in ``text``; with ``cue``, only those it cues."""
    return [q for q in quotes(nlp, text) if q.kind == "indirect" and (cue is None or q.cue == cue)]


def one(found: list[Quote], kind: str, contains: str) -> Quote:
    hits = [q for q in found if q.kind == kind and contains in q.text]
    assert len(hits) == 1, (kind, contains, found)
    return hits[0]


def test_mixed_marks_pair_up(nlp: Any) -> None:
    text = 'Harbour master Ellen Voss said \u201cThe pier will close at dawn tomorrow." Boats left.'
    q = one(quotes(nlp, text), "direct", "pier")
    assert q.text == "The pier will close at dawn tomorrow."
    assert q.speaker_name == "Ellen Voss"


def test_quote_continued_in_next_paragraph_keeps_speaker_and_cue(nlp: Any) -> None:
    text = (
        "Harbour master Ellen Voss told reporters: \u201cThe pier will close at dawn. "
        "Every boat must be moored by then.\n\n"
        "\u201cNobody will be allowed back before the storm has passed.\u201d\n\n"
        "The storm is expected on Friday."
    )
    found = quotes(nlp, text)
    first = one(found, "direct", "pier will close")
    second = one(found, "direct", "Nobody will be allowed")
    assert first.speaker_name == second.speaker_name == "Ellen Voss"
    assert first.cue == "told" and second.cue_start == first.cue_start


def test_pronoun_resolves_to_the_subject_not_the_latest_name(nlp: Any) -> None:
    text = (
        "Finance Minister Tomas Reyl met union leader Ada Brenn on Tuesday.\n\n"
        "\u201cWe have found common ground on wages,\u201d he said after the meeting."
    )
    q = one(quotes(nlp, text), "direct", "common ground")
    assert q.speaker_text == "he"
    assert q.speaker_name == "Tomas Reyl"


def test_cue_in_the_next_sentence_and_split_quote(nlp: Any) -> None:
    text = (
        "\u201cIs anyone at the ministry listening to the farmers?\u201d "
        "Councillor Mara Quist asked. \u201cI doubt it very much.\u201d"
    )
    found = quotes(nlp, text)
    first = one(found, "direct", "anyone at the ministry")
    second = one(found, "direct", "doubt it")
    assert first.speaker_name == "Mara Quist" and first.cue == "asked"
    assert second.speaker_name == "Mara Quist"


def test_role_speaker_resolves_to_the_person_named_with_that_role(nlp: Any) -> None:
    text = (
        "Ada Brenn, the union leader, arrived at the depot at noon.\n\n"
        "\u201cThe strike goes on until the company listens to us,\u201d the union leader said."
    )
    q = one(quotes(nlp, text), "direct", "strike goes on")
    assert q.speaker_text == "the union leader"
    assert q.speaker_name == "Ada Brenn"


def test_partial_quote_kept_and_scare_quote_dropped(nlp: Any) -> None:
    text = (
        "Mayor Jonas Lindqvist called the toll plan \u201ca reckless gamble\u201d on Monday.\n\n"
        "The so-called \u201cgreen corridor\u201d opened on Friday."
    )
    found = quotes(nlp, text)
    q = one(found, "partial", "reckless gamble")
    assert q.cue == "called" and q.speaker_name == "Jonas Lindqvist"
    assert not [q for q in found if "green corridor" in q.text]


def test_indirect_speech_and_according_to(nlp: Any) -> None:
    text = (
        "Union leader Ada Brenn said the strike would end on Friday.\n\n"
        "The bridge will reopen in May, according to the transport ministry."
    )
    found = quotes(nlp, text)
    said = one(found, "indirect", "strike would end")
    assert said.text == "the strike would end on Friday"
    assert said.speaker_name == "Ada Brenn" and said.cue == "said"
    acc = one(found, "indirect", "bridge will reopen")
    assert acc.text == "The bridge will reopen in May"
    assert acc.cue == "according to" and acc.speaker_text == "the transport ministry"


def test_nested_report_is_attributed_once_to_the_outer_speaker(nlp: Any) -> None:
    text = "The agency Norpress said the ministry said its troops had taken three towns."
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert len(found) == 1
    assert "Norpress" in (found[0].speaker_text or "")


def test_dash_names_the_speaker_after_the_quote(nlp: Any) -> None:
    text = "\u201cThe river has never been this high in my lifetime.\u201d \u2015 Pia Lundgren"
    q = one(quotes(nlp, text), "direct", "river has never")
    assert q.speaker_text == "Pia Lundgren"


def test_unclosed_quote_ends_at_its_paragraph() -> None:
    text = 'He said "we stay here.\n\nNext paragraph without marks.'
    segs = find_quote_spans(text, [(0, 22), (24, len(text))])
    assert [(s.start, s.end, s.open_end) for s in segs] == [(9, 22, True)]


@pytest.mark.parametrize(
    ("article", "quote", "expected"),
    [
        ("She said \u201cwe  stay\nhere.\u201d", '"we stay here."', True),
        ("She said \u201cwe stay here.\u201d", "we stay there", False),
        ("It\u2019s late, he said.", "It's late", True),
    ],
)
def test_verbatim_normalises_marks_and_spaces_only(
    article: str, quote: str, expected: bool
) -> None:
    assert is_verbatim(article, quote) is expected


def test_reporting_forms_are_inflected() -> None:
    assert {"said", "says", "saying", "told", "added", "denies", "denied", "argued"} <= set(
        FORM_TO_BASE
    )


def test_quote_opening_a_paragraph_takes_the_cue_ending_the_one_before(nlp: Any) -> None:
    text = (
        "At the harbour on Monday, Mayor Lina Ostrow told the council:\n\n"
        "\u201cWe will rebuild the sea wall before the winter storms arrive.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "sea wall")
    assert q.cue == "told"
    assert q.speaker_name == "Lina Ostrow"


def test_headline_label_attributes_the_rest_of_the_line(nlp: Any) -> None:
    text = (
        "Mayor Lina Ostrow: Sea Wall Will Be Finished Before Winter\n\n"
        "The council met on Monday to discuss the budget."
    )
    q = one(quotes(nlp, text), "indirect", "Sea Wall")
    assert q.speaker_text == "Mayor Lina Ostrow"
    assert q.text == "Sea Wall Will Be Finished Before Winter"


def test_attribution_noun_with_that_clause(nlp: Any) -> None:
    text = (
        "Fishermen laughed at Mayor Lina Ostrow's claim that the new sea wall would protect "
        "every pier in the bay."
    )
    q = one(quotes(nlp, text), "indirect", "sea wall would protect")
    assert q.cue == "claim"
    assert q.speaker_name == "Lina Ostrow"
    assert not q.text.startswith("that")


def test_prepositional_content_and_a_short_name_as_content(nlp: Any) -> None:
    found = quotes(
        nlp,
        "Piet Marsh talked about the cost of the harbour dredging. Most fishermen endorsed Ostrow.",
    )
    q = one(found, "indirect", "cost of the harbour")
    assert q.cue == "talked" and q.speaker_name == "Piet Marsh"
    assert one(found, "indirect", "Ostrow").cue == "endorsed"


def test_relative_pronoun_speaker_resolves_to_its_antecedent(nlp: Any) -> None:
    text = "Piet Marsh, who said the dredging would cost too much, voted against the plan."
    q = one(quotes(nlp, text), "indirect", "dredging would cost")
    assert q.speaker_text == "who"
    assert q.speaker_name == "Piet Marsh"


def test_inverted_cue_speaker_followed_by_a_participle(nlp: Any) -> None:
    text = (
        "\u201cThe ferry will run again on Monday,\u201d said harbour pilot Ana Brook, "
        "relieved that the repairs to the engine were finally finished."
    )
    q = one(quotes(nlp, text), "direct", "ferry will run")
    assert q.speaker_text is not None and q.speaker_text.endswith("Ana Brook")


def test_statement_participle_is_attributed_to_who_issued_it(nlp: Any) -> None:
    found = quotes(
        nlp,
        "Harbour master Ellen Voss issued a statement saying the pier would reopen on Friday. "
        "Councillor Piet Marsh pointed out that the repairs had cost twice the estimate.",
    )
    q = one(found, "indirect", "pier would reopen")
    assert q.cue == "saying" and q.speaker_name == "Ellen Voss"
    assert one(found, "indirect", "repairs had cost").cue == "pointed"


def test_doubled_apostrophes_are_double_quote_marks(nlp: Any) -> None:
    text = "''The ferry will not sail until the wind drops,'' the harbour master Ellen Voss said."
    q = one(quotes(nlp, text), "direct", "ferry will not sail")
    assert q.text == "The ferry will not sail until the wind drops,"
    assert q.speaker_name == "Ellen Voss"


def test_doubled_marks_pair_with_apostrophes_inside() -> None:
    text = "She said ``it's the pier's last winter'' and left."
    segs = find_quote_spans(text, [(0, len(text))])
    assert [text[s.start : s.end] for s in segs] == ["it's the pier's last winter"]


def test_cue_set_inside_the_reported_clause(nlp: Any) -> None:
    text = "The new ferry, he said, would carry twice as many passengers as the old one."
    q = one(quotes(nlp, text), "indirect", "twice as many")
    assert q.cue == "said" and q.speaker_text == "he"
    assert q.text.startswith("The new ferry") and q.text.endswith("the old one")


def test_fragment_inside_reported_speech_goes_to_the_outer_speaker(nlp: Any) -> None:
    text = "Councillor Ada Brenn said she thinks the new bridge toll is \u201ca fair price.\u201d"
    found = quotes(nlp, text)
    assert not [q for q in found if q.kind == "partial"]
    q = one(found, "indirect", "a fair price")
    assert q.cue == "said" and q.speaker_name == "Ada Brenn"


def test_according_to_inside_the_sentence_covers_all_of_it(nlp: Any) -> None:
    text = "The ferry company, according to the port authority, lost four boats in the storm."
    q = one(quotes(nlp, text), "indirect", "four boats")
    assert q.cue == "according to" and q.speaker_text == "the port authority"
    assert q.text.startswith("The ferry company")


def test_quote_after_a_cue_sentence_stays_with_that_speaker(nlp: Any) -> None:
    text = (
        "\u201cThe pier is safe,\u201d Ellen Voss said. \u201cThe inspectors checked it twice. "
        "\u201d Councillor Piet Marsh disagreed with the report."
    )
    q = one(quotes(nlp, text), "direct", "inspectors checked")
    assert q.speaker_name == "Ellen Voss" and q.cue == "said"


def test_direct_quote_on_a_verb_that_is_not_a_reporting_verb(nlp: Any) -> None:
    text = (
        "After the vote, Mayor Lina Ostrow shot back: \u201cWe will build the bridge anyway.\u201d"
    )
    q = one(quotes(nlp, text), "direct", "build the bridge")
    assert q.speaker_name == "Lina Ostrow"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will stop at the old pier, port spokeswoman Ann Lee said, according to "
        "Norpress.",
        "The ferry will stop at the old pier, Ann Lee told reporters, according to Norpress.",
    ],
)
def test_according_to_after_a_closing_cue_reports_without_the_cue(nlp: Any, text: str) -> None:
    # The cue clause before the phrase is how it was said, not what: Norpress reports the
    # words once, and Lee's cue gives no second line.
    found = [q for q in quotes(nlp, text) if q.kind == "indirect"]
    assert [(q.text, q.cue, q.speaker_text) for q in found] == [
        ("The ferry will stop at the old pier", "according to", "Norpress")
    ]


def test_according_to_after_an_opening_cue_keeps_the_cue_in_the_content(nlp: Any) -> None:
    text = "Ann Lee said the ferry will stop at the old pier, according to Norpress."
    q = one(quotes(nlp, text), "indirect", "old pier")
    assert q.text == "Ann Lee said the ferry will stop at the old pier"
    assert q.cue == "according to"


def test_according_to_content_leaves_out_a_conjunction_opening_the_sentence(nlp: Any) -> None:
    text = "But the mayor has not decided, according to two council members."
    q = one(quotes(nlp, text), "indirect", "mayor")
    assert q.text == "the mayor has not decided"
