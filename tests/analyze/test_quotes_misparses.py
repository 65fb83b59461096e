"""Speakers and content found through parses that go wrong in known ways, on documents
built by hand (the parse is fixed, so the test does not depend on the model), and sources
named by a phrase ("in a poll") with the real pipeline."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from crossbrief.analyze import analyze_article
from crossbrief.analyze.quotes import find_quote_spans
from crossbrief.analyze.quotes.cues import subject
from crossbrief.analyze.quotes.indirect import _complement
from crossbrief.analyze.quotes.lexicon import is_reporting
from crossbrief.analyze.quotes.openers import name_colon
from crossbrief.model import Article
from tests.analyze.quote_rows import VOCAB, Row, build_doc, build_para


def test_a_name_read_as_a_clause_before_the_verb_is_its_speaker() -> None:
    # "Lee, a pastor helping them, said he was worried" with "Lee ... helping them" parsed
    # as a second clause the verb reports.
    doc = build_doc(
        [
            ("Lee", 3, "nsubj", "PROPN"),
            (",", 0, "punct", "PUNCT"),
            ("pastor", 0, "appos", "NOUN"),
            ("helping", 6, "ccomp", "VERB"),
            ("them", 3, "dobj", "PRON"),
            (",", 6, "punct", "PUNCT"),
            ("said", 6, "ROOT", "VERB"),
            ("he", 8, "nsubj", "PRON"),
            ("was", 6, "ccomp", "AUX"),
            ("worried", 8, "acomp", "ADJ"),
        ]
    )
    found = subject(doc[6], bytearray(len(doc)))
    assert found is not None and found.text == "Lee"


def test_a_clause_before_the_verb_with_nothing_after_is_what_it_reports() -> None:
    # '"Lee is helping," said Ann' style: the clause before is the content, not a speaker.
    doc = build_doc(
        [
            ("Lee", 2, "nsubj", "PROPN"),
            ("is", 2, "aux", "AUX"),
            ("helping", 4, "ccomp", "VERB"),
            (",", 4, "punct", "PUNCT"),
            ("said", 4, "ROOT", "VERB"),
            ("she", 4, "nsubj", "PRON"),
        ]
    )
    found = subject(doc[4], bytearray(len(doc)))
    assert found is not None and found.text == "she"


def test_a_speaker_the_parser_made_the_root_is_the_subject_of_its_verbs() -> None:
    # "The court overruled the ban and said the city acted late", parsed with "court" as
    # the root and "said" coordinated with it.
    doc = build_doc(
        [
            ("The", 1, "det", "DET"),
            ("court", 1, "ROOT", "NOUN"),
            ("overruled", 1, "acl", "VERB"),
            ("the", 4, "det", "DET"),
            ("ban", 2, "dobj", "NOUN"),
            ("and", 1, "cc", "CCONJ"),
            ("said", 1, "conj", "VERB"),
            ("the", 8, "det", "DET"),
            ("city", 9, "nsubj", "NOUN"),
            ("acted", 6, "ccomp", "VERB"),
            ("late", 9, "advmod", "ADV"),
        ]
    )
    found = subject(doc[6], bytearray(len(doc)))
    assert found is not None and found.text == "court"


def test_a_for_to_clause_is_what_was_called_for() -> None:
    # "The council called for the terminal to be closed", the clause hung on the verb as an
    # adverbial clause marked by "for".
    doc = build_doc(
        [
            ("The", 1, "det", "DET"),
            ("council", 2, "nsubj", "NOUN"),
            ("called", 2, "ROOT", "VERB"),
            ("for", 8, "mark", "SCONJ"),
            ("the", 5, "det", "DET"),
            ("terminal", 8, "nsubjpass", "NOUN"),
            ("to", 8, "aux", "PART"),
            ("be", 8, "auxpass", "AUX"),
            ("closed", 2, "advcl", "VERB"),
        ]
    )
    span = _complement(doc[2])
    assert span is not None
    assert (span[0].text, span[1].text, span[2]) == ("for", "closed", False)


def test_a_finding_in_a_poll_is_attributed_to_the_poll(nlp: Any) -> None:
    text = "In a Harbour Post poll released Monday, Mayor Ann Lee led her rival by nine points."
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.kind, q.speaker_text, q.text) for q in found] == [
        ("indirect", "a Harbour Post poll", "Mayor Ann Lee led her rival by nine points")
    ]


def test_what_a_report_says_is_reported_once_by_its_author(nlp: Any) -> None:
    # The that-clause hangs on "report", not on "said"; "in a report" is no second source.
    text = "Ann Lee said in a report that the pier would close in May."
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_text, q.text) for q in found] == [("Ann Lee", "the pier would close in May")]


def test_a_that_clause_hung_on_a_phrase_after_the_verb_is_what_it_reports(nlp: Any) -> None:
    # The parser hangs "that ..." on "start" ("from the start that ..."), not on "said".
    text = (
        "The toll rose twice last year, but Lee has said from the start that he will make "
        "the port pay for the bridge."
    )
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_name, q.cue, q.text) for q in found] == [
        ("Lee", "said", "he will make the port pay for the bridge")
    ]


def test_names_before_a_colon_after_a_headline_said_the_quote(nlp: Any) -> None:
    text = (
        "HARBOUR TOLLS RISE AGAIN FOR THE THIRD YEAR - Ann Lee and Tom Varga: \u201cThe port "
        "cannot keep raising tolls without losing the ferries to Norport.\u201d"
    )
    (q,) = analyze_article(Article(id="t", text=text), nlp).quotes
    assert (q.kind, q.speaker_text) == ("direct", "Ann Lee and Tom Varga")


def test_each_name_before_a_colon_takes_its_own_quote(nlp: Any) -> None:
    text = (
        "At the debate the two were asked about the ferry. "
        'Lee: "We will keep it running." Varga: "We will sell it to the highest bidder."'
    )
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_name, q.text) for q in found if q.kind == "direct"] == [
        ("Lee", "We will keep it running."),
        ("Varga", "We will sell it to the highest bidder."),
    ]


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ([("Times", "PROPN"), ("'", "PART")], None),  # 'by Times' Ann Lee: "..."', a byline
        ([("harsh", "ADJ"), (".", "PUNCT")], "Ann Lee"),  # 'harsh. Ann Lee: "..."'
    ],
)
def test_a_byline_is_no_speaker(before: list[tuple[str, str]], speaker: str | None) -> None:
    # The apostrophe before the name is no closing quote mark: only after a sentence (or a
    # dash, or a closing quote) do the names before a colon say the quote.
    n = len(before)
    rows: list[Row] = [(w, n + 1, "dep", pos) for w, pos in before]
    rows += [
        ("Ann", n + 1, "compound", "PROPN"),
        ("Lee", n + 1, "ROOT", "PROPN"),
        (":", n + 1, "punct", "PUNCT"),
        ('"', n + 4, "punct", "PUNCT"),
        ("Lies", n + 1, "appos", "NOUN"),
        ('"', n + 4, "punct", "PUNCT"),
    ]
    text, para = build_para(rows, range(n + 3, n + 6))
    segs = find_quote_spans(text, [(0, len(text))])
    assert len(segs) == 1 and text[segs[0].start : segs[0].end] == "Lies"
    attr = name_colon(text, para, segs[0])
    said = None if attr is None or attr.speaker is None else para.doc[slice(*attr.speaker)].text
    assert said == speaker


def test_a_participle_that_names_a_thing_reports_nothing(nlp: Any) -> None:
    text = "Lee's campaign hired a firm called Dockline Analytics last spring."
    assert analyze_article(Article(id="t", text=text), nlp).quotes == ()


def test_an_imperative_is_no_cue() -> None:
    doc = Doc(
        VOCAB,
        words=["See", "Lee", "'s", "list", "below", "."],
        heads=[0, 3, 1, 0, 0, 0],
        deps=["ROOT", "poss", "case", "dobj", "advmod", "punct"],
        pos=["VERB", "PROPN", "PART", "NOUN", "ADV", "PUNCT"],
        tags=["VB", "NNP", "POS", "NN", "RB", "."],
    )
    assert not is_reporting(doc[0])
    said = Doc(
        VOCAB,
        words=["Lee", "said", "so", "."],
        heads=[1, 1, 1, 1],
        deps=["nsubj", "ROOT", "advmod", "punct"],
        pos=["PROPN", "VERB", "ADV", "PUNCT"],
        tags=["NNP", "VBD", "RB", "."],
    )
    assert is_reporting(said[1])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Editor's note: The harbour figures in this story were corrected on Friday.", None),
        (
            "Lee: Toll Rise Is A Mistake\n\n"
            "Mayor Ann Lee criticised the harbour board on Monday for raising the tolls again.",
            "Lee",
        ),
        (
            "Poll: Most Residents Back The Bridge\n\n"
            "A survey of 800 residents found broad support.",
            "Poll",
        ),
    ],
)
def test_a_label_line_needs_a_source(nlp: Any, text: str, speaker: str | None) -> None:
    # A name the article uses elsewhere (the tagger often misses it in a headline) or a
    # poll is a source; "Editor's note", "Breaking" and the like are not.
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    labelled = [q.speaker_text for q in found if q.cue == ":"]
    assert labelled == ([speaker] if speaker else [])


def test_a_cue_below_an_adverb_takes_the_subject_of_the_verb_above() -> None:
    # "Lee went so far as to say ...": "say" hangs on "far", "far" on "went".
    doc = build_doc(
        [
            ("Lee", 1, "nsubj", "PROPN"),
            ("went", 1, "ROOT", "VERB"),
            ("so", 3, "advmod", "ADV"),
            ("far", 1, "advmod", "ADV"),
            ("as", 6, "mark", "SCONJ"),
            ("to", 6, "aux", "PART"),
            ("say", 3, "advcl", "VERB"),
        ]
    )
    found = subject(doc[6], bytearray(len(doc)))
    assert found is not None and found.text == "Lee"


def test_an_expletive_above_a_cue_names_no_one() -> None:
    # "It is hard to say": no one is said to say anything.
    doc = build_doc(
        [
            ("It", 1, "nsubj", "PRON"),
            ("is", 1, "ROOT", "AUX"),
            ("hard", 1, "acomp", "ADJ"),
            ("to", 4, "aux", "PART"),
            ("say", 1, "xcomp", "VERB"),
        ]
    )
    assert subject(doc[4], bytearray(len(doc))) is None


def test_according_to_a_source_with_a_clause_in_mid_sentence_covers_the_sentence(
    nlp: Any,
) -> None:
    text = (
        "Notably absent from the talks, according to members who talked to reporters "
        "afterward, was any mention of the harbour tolls."
    )
    (q,) = analyze_article(Article(id="t", text=text), nlp).quotes
    assert q.cue == "according to" and q.speaker_text == "members"
    assert q.text.startswith("Notably absent") and q.text.endswith("harbour tolls")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mayor Ann Lee has toned down her criticism of the harbour board.",
            [("Ann Lee", "criticism of the harbour board")],
        ),
        (
            "Ann Lee restated her opposition to the new toll.",
            [("Ann Lee", "opposition to the new toll")],
        ),
        # Without a possessor, "of" names whose support it is, not what it is for.
        ("The ferry plan has the support of the unions.", []),
    ],
)
def test_an_attribution_noun_with_its_target(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_name, q.text) for q in found] == expected


def test_a_statement_announced_with_a_colon_opens_the_next_paragraph(nlp: Any) -> None:
    text = (
        "After the storm, Mayor Ann Lee issued the following statement:\n\n"
        "\u201cThe ferry will run on Monday as planned.\u201d"
    )
    (q,) = analyze_article(Article(id="t", text=text), nlp).quotes
    assert (q.kind, q.speaker_name, q.cue) == ("direct", "Ann Lee", "issued")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Varga raised questions about the harbour budget.",
            [("Tom Varga", "questions about the harbour budget")],
        ),
        # Who faced the questions did not ask them.
        ("Ann Lee faced questions about the harbour budget.", []),
    ],
)
def test_questions_belong_to_who_raised_them(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_name, q.text) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee stepped up her attacks on the harbour board.",
            [("Ann Lee", "attacks on the harbour board")],
        ),
        ("The attack on the harbour office injured two guards.", []),
        ("The gang's attack on the harbour office injured two guards.", []),
    ],
)
def test_attacks_are_words_only_when_a_person_makes_them(
    nlp: Any, text: str, expected: list[tuple[str, str]]
) -> None:
    found = analyze_article(Article(id="t", text=text), nlp).quotes
    assert [(q.speaker_name, q.text) for q in found] == expected
