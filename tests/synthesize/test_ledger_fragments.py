"""Reported content that cannot stand alone as someone's words has no ledger line: a
relative clause whose speaker is outside it, fewer than three words, content cut before its
complement or at the verb that introduces a quote, content whose speaker follows a wh-word ("what officials said
was"), an attribution a condition supposes ("in case the board votes"). Negative cases: a
question under a verb of asking, a short quoted greeting, an act's named object, content
ending on a preposition or cut after a complete clause, a relative clause naming its
speaker, a title's capital "Who". Invented sentences, hand-built
analyses."""

from __future__ import annotations

import pytest

from crossbrief.model import BriefQuote
from tests.synthesize.builders import ledger_of, lee_quote


def _ledger(text: str, content: str, cue: str) -> list[BriefQuote]:
    return ledger_of(("a", text, lee_quote(text, content, cue)))


@pytest.mark.parametrize(
    ("text", "content", "cue", "shown"),
    [
        (
            "Lee lists new routes, several of which are in fact old ones.",
            "several of which are in fact old ones",
            "lists",
            False,
        ),
        ("Lee might have wanted her gone.", "her gone", "wanted", False),
        (
            "Lee said he once heard someone say, 'Duck.'",
            "he once heard someone say",
            "said",
            False,
        ),
        ("He wonders who Lee finds himself to be.", "himself to be", "finds", False),
        (
            "The ferry is what Lee said was the oldest in the port.",
            "was the oldest in the port",
            "said",
            False,
        ),
        ("Officers wait in case Lee calls the other side.", "calls the other side", "calls", False),
        (
            "The vote came days before the summit; Lee is also planning a trip.",
            "The vote came days before the summit",
            "planning",
            False,
        ),
        # negative cases
        ("The ferry is late, Lee said.", "The ferry is late", "said", True),
        # "say" after "their" is the noun: the content is whole
        (
            "Lee said the fee was high but it was right that riders had their say.",
            "the fee was high but it was right that riders had their say",
            "said",
            True,
        ),
        (
            "Lee said she hid in a shop, but the door was locked.",
            "she hid in a shop, but",
            "said",
            True,
        ),
        (
            "The toll, which Lee argued would fail, was dropped.",
            "which Lee argued would fail",
            "argued",
            True,
        ),
        ("Lee asked who would pay for the bridge.", "who would pay for the bridge", "asked", True),
        ("Lee greeted her by saying: 'Hello there'.", "'Hello there'", "saying", True),
        ("Lee endorsed Ann Voss for mayor.", "endorsed Ann Voss for mayor", "endorsed", True),
        (
            "Lee said the ferry was sold by the firm it belonged to.",
            "the ferry was sold by the firm it belonged to",
            "said",
            True,
        ),
        (
            "Doctor Who fan Lee said the new star is a fine choice.",
            "the new star is a fine choice",
            "said",
            True,
        ),
    ],
)
def test_fragments_have_no_line(text: str, content: str, cue: str, shown: bool) -> None:
    assert bool(_ledger(text, content, cue)) is shown
