"""Reported content ending on a conjunction goes on with the words the parser hung on the
cue ('said fares had fallen but not by enough': "not by enough" finishes, and reverses,
the claim), but not with the speaker's next act ("but noted that ..."), which the
conjunction no longer opens; content ending on a word of its own stays. Hand-made parses."""

from __future__ import annotations

from crossbrief.analyze.quotes.extents import content_end
from tests.analyze.quote_rows import Row, build_doc

# 'Lee said fares had fallen but not by enough .' with "not by enough" hung on "said".
_CUT: list[Row] = [
    ("Lee", 1, "nsubj", "PROPN"),
    ("said", 1, "ROOT", "VERB"),
    ("fares", 4, "nsubj", "NOUN"),
    ("had", 4, "aux", "AUX"),
    ("fallen", 1, "ccomp", "VERB"),
    ("but", 4, "cc", "CCONJ"),
    ("not", 7, "neg", "PART"),
    ("by", 1, "prep", "ADP"),
    ("enough", 7, "pobj", "ADJ"),
    (".", 1, "punct", "PUNCT"),
]


def test_conjunction_goes_on() -> None:
    doc = build_doc(_CUT)
    assert content_end(doc[1], doc[5]).text == "enough"


def test_own_word_stays() -> None:
    rows = [*_CUT[:5], ("sharply", 4, "advmod", "ADV"), *_CUT[6:]]
    doc = build_doc(rows)
    assert content_end(doc[1], doc[5]).text == "sharply"


def test_the_speaker_s_next_act_is_left_out() -> None:
    # 'Lee said fares had fallen but noted that ...': "noted" is Lee's next act
    rows = [*_CUT[:6], ("noted", 1, "conj", "VERB"), (".", 1, "punct", "PUNCT")]
    doc = build_doc(rows)
    assert content_end(doc[1], doc[5]).text == "fallen"
