"""bench/_detokenize.py: corpus tokens back into text as it was written, on invented tokens;
and, when the ECB+ data is present, every gold mention's span in its rebuilt document."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
detok = pytest.importorskip("_detokenize")
entity_data = pytest.importorskip("_entity_data")


@pytest.mark.parametrize(
    ("tokens", "written"),
    [
        ("`` We sail , '' Ann Lee said .", '"We sail," Ann Lee said.'),
        (
            "The ferry left at 6 : 11 p. m. on May 2 , 2013 .",
            "The ferry left at 6:11 p.m. on May 2, 2013.",
        ),
        ("It cost $ 10 , 000 , or 14 . 5 percent more .", "It cost $10,000, or 14.5 percent more."),
        ("Velmora ( AP ) -- They do n't know .", "Velmora (AP) -- They don't know."),
        ("I ’ m sure the board ’ s pier is shut", "I’m sure the board’s pier is shut"),
        ("“ Not now , ” she said", "“Not now,” she said"),
        ("the 24 / 7 desk and / or the pier", "the 24/7 desk and/or the pier"),
        (
            "See http : / / www . velmora . org / harbour _ board / 2013 Ann Lee wrote",
            "See http://www.velmora.org/harbour_board/2013 Ann Lee wrote",
        ),
    ],
)
def test_tokens_are_joined_as_written(tokens: str, written: str) -> None:
    assert detok.detokenize(tokens.split(" ")) == written


@pytest.mark.parametrize(
    ("tokens", "written"),
    [
        # a letter split from its full stop is a piece of a dotted abbreviation
        ("The ferry left at 10 : 30 p . m . on May 2 .", "The ferry left at 10:30 p.m. on May 2."),
        ("the 11 a . m . sailing", "the 11 a.m. sailing"),
        ("the U . S . 271 road to Velmora", "the U.S. 271 road to Velmora"),
        ("an F . B . I . agent", "an F.B.I. agent"),
        # Negative: a letter after a full stop that ends a word opens the next word
        ("the Velmora gate . A ferry left", "the Velmora gate. A ferry left"),
        ("Plan B , a ferry", "Plan B, a ferry"),
    ],
)
def test_letters_split_from_their_stops_are_one_abbreviation(tokens: str, written: str) -> None:
    assert detok.detokenize(tokens.split(" ")) == written


@pytest.mark.parametrize(
    ("tokens", "kept", "glued"),
    [
        # a space between words, and before an opening quote, stays
        ('the board said " fair " .', 'said "fair".', 'said"'),
        ("the board called it `` fair '' .", 'it "fair".', 'it"'),
        # a comma before a year, initials and a clipped year keep their spaces
        ("On May 2 , 2013 J. K. Lee left", "May 2, 2013 J. K. Lee", "2,2013"),
        ("On May 2 , 2013 J. K. Lee left", "May 2, 2013 J. K. Lee", "J.K."),
        ("the class of '09 met", "of '09 met", "of'09"),
    ],
)
def test_spaces_that_were_written_stay(tokens: str, kept: str, glued: str) -> None:
    text = detok.detokenize(tokens.split(" "))
    assert kept in text
    assert glued not in text


def test_a_bare_quote_closes_the_quote_opened_on_a_word_in_an_earlier_sentence() -> None:
    builder = detok.TextBuilder()
    for token in ['"We', "sail", "."]:
        builder.add(token)
    builder.sentence()
    for token in ["Soon", ".", '"', "Lee", "said"]:
        builder.add(token)
    assert builder.text() == '"We sail.\n\nSoon." Lee said'
    # Negative: a paragraph closes every quote, so the next bare quote opens one
    builder.paragraph()
    for token in ['"', "Late", '"']:
        builder.add(token)
    assert builder.text().endswith('\n\n"Late"')


def test_each_token_keeps_its_span_in_the_text() -> None:
    line = "`` Velmora 's 10 , 000 ( AP ) do n't , '' Lee said at 6 : 11 ."
    tokens = line.split(" ")
    builder = detok.TextBuilder()
    spans = [builder.add(t) for t in tokens]
    text = builder.text()
    printed = ['"' if t in ("``", "''") else t for t in tokens]
    assert [text[s:e] for s, e in spans] == printed
    assert text == "\"Velmora's 10,000 (AP) don't,\" Lee said at 6:11."


ECB = entity_data.data_dir(None) / "ecbplus" / "ECB+_LREC2014" / "ECB+"


@pytest.mark.skipif(not ECB.is_dir(), reason="the ECB+ data is not here")
def test_every_ecb_gold_mention_reads_as_its_tokens_joined() -> None:
    checked = 0
    for path in sorted(ECB.glob("*/*.xml")):
        tree = ET.parse(path).getroot()
        text, spans = entity_data.ecb_tokens(tree)
        words = {t.get("t_id", ""): t.text or "" for t in tree.iter("token")}
        sentence = {t.get("t_id", ""): t.get("sentence") for t in tree.iter("token")}
        for t_id, (start, end) in spans.items():
            assert text[start:end] == ('"' if words[t_id] in ("``", "''") else words[t_id])
        markables = tree.find("Markables")
        for m in markables if markables is not None else []:
            ids = [a.get("t_id", "") for a in m.iter("token_anchor")]
            # a mention is its first token to its last: one that skips words (an action) or
            # runs over a sentence end is not a run of words joined
            if (
                ids
                and [int(i) for i in ids] == list(range(int(ids[0]), int(ids[-1]) + 1))
                and sentence[ids[0]] == sentence[ids[-1]]
            ):
                mention = text[spans[ids[0]][0] : spans[ids[-1]][1]]
                assert mention == detok.detokenize([words[i] for i in ids]), (path.name, ids)
                checked += 1
    assert checked > 10_000
