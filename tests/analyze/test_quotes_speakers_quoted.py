"""Speakers after a quote: its own trailing cue wins, and a person named inside a quote is
not the pronoun that says it. Invented text, real pipeline."""

from __future__ import annotations

from typing import Any

import pytest

from crossbrief.analyze.quotes.trailing import name_then_verb as _name_then_verb
from crossbrief.analyze.quotes.trailing import trailing_cue as _trailing_cue
from tests.analyze.quote_rows import Row, build_para
from tests.analyze.test_quotes import one, quotes


def test_a_name_inside_a_quote_is_not_the_pronoun_speaker(nlp: Any) -> None:
    text = (
        "Councillor Mara Quist spoke to the harbour board on Monday.\n\n"
        '"Edvin Salo is winning the argument about the ferry," she said.'
    )
    q = one(quotes(nlp, text), "direct", "winning the argument")
    assert q.speaker_text == "she"
    assert q.speaker_name == "Mara Quist"


def _rows(after: list[Row]) -> list[Row]:
    # 'Lee declared the need : " We win , "' with the quote hung on "declared", then
    # ``after``: the parse of a cue the parser did not tie to the quote.
    return [
        ("Lee", 1, "nsubj", "PROPN"),
        ("declared", 1, "ROOT", "VERB"),
        ("need", 1, "dobj", "NOUN"),
        (":", 1, "punct", "PUNCT"),
        ('"', 6, "punct", "PUNCT"),
        ("We", 6, "nsubj", "PRON"),
        ("win", 1, "ccomp", "VERB"),
        (",", 6, "punct", "PUNCT"),
        ('"', 6, "punct", "PUNCT"),
        *after,
    ]


def test_the_cue_right_after_the_quote_wins_over_an_earlier_verb() -> None:
    rows = _rows(
        [("she", 10, "nsubj", "PRON"), ("said", 1, "conj", "VERB"), (".", 1, "punct", "PUNCT")]
    )
    text, para = build_para(rows, range(4, 9))
    span = para.doc[5:8]
    cue = _trailing_cue(text, para, span, para.offset + span[-1].idx + 1)
    assert cue is not None and cue.text == "said"
    inverted = _rows(
        [("said", 1, "conj", "VERB"), ("Ann", 9, "nsubj", "PROPN"), (".", 1, "punct", "PUNCT")]
    )
    text, para = build_para(inverted, range(4, 9))
    cue = _trailing_cue(text, para, para.doc[5:8], para.doc[7].idx + 1)
    assert cue is not None and cue.text == "said"


def test_a_verb_of_another_clause_after_the_quote_is_not_its_cue() -> None:
    rows = _rows(
        [
            ("while", 11, "mark", "SCONJ"),
            ("Ann", 11, "nsubj", "PROPN"),
            ("said", 1, "advcl", "VERB"),
            ("no", 11, "dobj", "DET"),
        ]
    )
    text, para = build_para(rows, range(4, 9))
    assert _trailing_cue(text, para, para.doc[5:8], para.doc[7].idx + 1) is None
    # A quote that ends its sentence with a full stop takes no cue this way.
    stop = [
        (r if r[0] != "," else (".", 6, "punct", "PUNCT"))
        for r in _rows([("she", 10, "nsubj", "PRON"), ("said", 1, "conj", "VERB")])
    ]
    text, para = build_para(stop, range(4, 9))
    assert _trailing_cue(text, para, para.doc[5:8], para.doc[7].idx + 1) is None


def test_a_cue_that_is_no_speech_after_the_quote_is_not_taken(nlp: Any) -> None:
    # "while" opens another clause: the verb after it is no cue of the quote.
    text = (
        'Mara Quist told reporters the pier would stay shut, "at least until May," '
        "while Edvin Salo said nothing at all."
    )
    assert one(quotes(nlp, text), "partial", "until May").speaker_name == "Mara Quist"


def test_a_speaker_the_tagger_took_for_an_organisation_is_a_pronouns_antecedent(
    nlp: Any,
) -> None:
    # The model tags the invented surname "Ulvane" as an organisation; as the subject of
    # "said" it is someone who speaks, whom the next "He" stands for.
    text = (
        "Police said the harbour was closed. Ulvane said the mosque was small. "
        "He said he does not think there is a tie between the two men."
    )
    q = one(quotes(nlp, text), "indirect", "does not think")
    assert q.speaker_text == "He"
    assert q.speaker_name == "Ulvane"


@pytest.mark.parametrize("org", ["Boeing", "Reuters", "The Kremlin"])
def test_an_organisation_is_no_pronouns_antecedent_with_a_person_near(nlp: Any, org: str) -> None:
    text = (
        f"Tom Varga met the board on Monday. {org} said the jet was safe. "
        '"We are confident in the repairs," he said.'
    )
    q = one(quotes(nlp, text), "direct", "confident")
    assert q.speaker_name == "Tom Varga"


def test_an_acronym_organisation_is_no_pronouns_antecedent(nlp: Any) -> None:
    text = (
        "Councillor Mara Quist opened the harbour meeting. NATO said the pier was safe. "
        "She said she does not think there is any danger."
    )
    q = one(quotes(nlp, text), "indirect", "any danger")
    assert q.speaker_name == "Mara Quist"


def test_a_quote_paragraph_with_its_own_cue_does_not_go_on_with_an_open_quote(nlp: Any) -> None:
    # The first paragraph leaves its quote open; the next opens with a mark but names its
    # own speaker right after the quote.
    text = (
        "Ellen Voss told the board the pier was safe. "
        '"We will open it again on Monday and the ferry will run," she said. '
        '"Nobody needs to worry about it.\n\n'
        '"The tide tables were wrong all winter," Mara Quist said.'
    )
    q = one(quotes(nlp, text), "direct", "tide tables")
    assert q.speaker_name == "Mara Quist"


def test_a_lowercase_cue_after_a_question_mark_goes_on_with_the_sentence() -> None:
    # '"Why close it?" asked Lee.' with the parser ending the sentence at the closing mark.
    rows: list[Row] = [
        ('"', 2, "punct", "PUNCT"),
        ("Why", 2, "advmod", "ADV"),
        ("close", 2, "ROOT", "VERB"),
        ("it", 2, "dobj", "PRON"),
        ("?", 2, "punct", "PUNCT"),
        ('"', 2, "punct", "PUNCT"),
        ("asked", 6, "ROOT", "VERB"),
        ("Lee", 6, "nsubj", "PROPN"),
        (".", 6, "punct", "PUNCT"),
    ]
    text, para = build_para(rows, range(0, 6))
    para.sents, para.sent_starts = [para.doc[0:6], para.doc[6:9]], [0, 6]
    span = para.doc[1:5]
    cue = _trailing_cue(text, para, span, para.doc[4].idx + 1)
    assert cue is not None and cue.text == "asked"
    # A capitalised word after the mark opens a sentence of the writer's own.
    rows[6] = ("Asked", 6, "ROOT", "VERB")
    text, para = build_para(rows, range(0, 6))
    para.sents, para.sent_starts = [para.doc[0:6], para.doc[6:9]], [0, 6]
    assert _trailing_cue(text, para, para.doc[1:5], para.doc[4].idx + 1) is None


def test_a_name_and_a_reporting_word_tagged_as_a_noun_after_a_quote_speak() -> None:
    # '"We win," Bozell notes.' with "notes" read as a noun the name modifies.
    rows: list[Row] = [
        ('"', 2, "punct", "PUNCT"),
        ("We", 2, "nsubj", "PRON"),
        ("win", 2, "ROOT", "VERB"),
        (",", 2, "punct", "PUNCT"),
        ('"', 2, "punct", "PUNCT"),
        ("Bozell", 6, "compound", "PROPN"),
        ("notes", 2, "npadvmod", "NOUN"),
        (".", 2, "punct", "PUNCT"),
    ]
    text, para = build_para(rows, range(0, 5))
    attr = _name_then_verb(text, para, para.doc[1:4], para.doc[3].idx + 1)
    assert attr is not None and attr.cue is not None and attr.cue.text == "notes"
    assert attr.speaker == (5, 6)
    # A noun that is no reporting word ("Bozell papers.") names no speaker.
    rows[6] = ("papers", 2, "npadvmod", "NOUN")
    text, para = build_para(rows, range(0, 5))
    assert _name_then_verb(text, para, para.doc[1:4], para.doc[3].idx + 1) is None
