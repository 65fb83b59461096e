"""A sentence ends after a token holding its own full stop ("£5m.", "D-N.Y.", "p.m.") only
where English leaves no other reading (``analyze.dotted_ends``); invented text throughout."""

from __future__ import annotations

from typing import Any

import pytest


def _sentences(nlp: Any, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # An amount in millions: any capitalised word after it starts a sentence.
        (
            "Profit at Velmora Air rose to £5m. Shares rose 2%.",
            "Profit at Velmora Air rose to £5m.",
        ),
        (
            "Brokers had forecast about A$43m. Velmora stock slid.",
            "Brokers had forecast about A$43m.",
        ),
        ("She cleared 4.85m. Her rival failed.", "She cleared 4.85m."),
        # A party-and-state tag, before a word or an opening quote mark (typewriter, curly).
        ("The plan was backed by Rep. Ann Lee, D-N.Y. Critics said no.", None),
        ("``We are late,'' said Rep. Ann Lee, R-S.C. ``We need a vote.''", None),
        ("It was backed by Sen. Ann Lee, D-Calif. \u201cIt is overdue,\u201d she said.", None),
        # A clock time or an initialism before a determiner or a pronoun (the parser often
        # splits after "U.S." already: kept so the rule never undoes it).
        ("The meeting ended at 5 p.m. The board will vote next week.", None),
        ("The aid came from the U.S. It arrived late.", None),
        # After a time, a name with a finite verb right after it.
        ("The ferry docked at 8 p.m. Lee expects a quick count.", None),
    ],
)
def test_a_sentence_ends_after_a_token_holding_its_own_stop(
    nlp: Any, text: str, first: str | None
) -> None:
    sentences = _sentences(nlp, text)
    assert len(sentences) == 2
    if first is not None:
        assert sentences[0] == first
    # The second sentence starts at its opening quote mark, not at the word after it.
    assert sentences[1][:1] in {"`", "\u201c"} or sentences[1][:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Lee said the plan was ready.",
        "The U.S. Army said the road was open.",
        "Talks resume Jan. 5 in Velmora.",
        "She flew from St. Louis on Monday.",
        "Velmora Lines Inc. said profit rose.",
        "He lives at No. 10 Harbour Road.",
        "Washington, D.C., officials said the plan was ready.",
        "The vote is set for 5 p.m. Tuesday in the hall.",
        "It cost $5m. less than planned.",
        "The U.S. Navy and the harbour board met.",
    ],
)
def test_a_dotted_token_inside_a_sentence_ends_nothing(nlp: Any, text: str) -> None:
    assert _sentences(nlp, text) == [text]


def test_a_closing_quote_glued_after_the_amount_keeps_the_stop_with_the_quotation(
    nlp: Any,
) -> None:
    # The rule never starts a sentence at a closing mark: the quotation ends after it.
    sentences = _sentences(nlp, "``It cost $5m.'' Lee said, adding more.")
    assert not any(s.startswith("''") for s in sentences)


def test_the_dotted_end_component_is_part_of_the_tokenizer_key(nlp: Any) -> None:
    from crossbrief.analyze.nlp import DOTTED_END_COMPONENT, tokenizer_key

    assert DOTTED_END_COMPONENT in tokenizer_key()
    names = nlp.pipe_names
    assert names.index(DOTTED_END_COMPONENT) == names.index("parser") - 1
