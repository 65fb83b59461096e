"""A quote given whole after a colon cue ('Lee insisted: "There is ..."'), opening with a
capital and closing its sentence, is direct whatever its parse (an expletive "There", a
year as subject, a clause as subject); quoted words inside a sentence, or a sentence after
a noun and a colon ("shown by this finding:"), stay partial. Invented text, real spaCy model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.test_quotes import quotes


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ('But Ms Varga insisted: "There is no greater comfort than to sail home in calm '
         'weather."', "There is no greater comfort", "direct"),
        ('The charity\'s head, Ann Reed, said: "2031 gives the port a real chance of change, '
         'but unless the owners move soon the season will end badly."', "2031 gives the port",
         "direct"),
        ('The report said: "For coastal towns, building new piers is a duty and a matter of '
         'safety, not an act of kindness."', "building new piers", "direct"),
        # negative cases: a fragment, quoted words inside a sentence, a colon after a noun
        ('The harbour problem is shown by this finding: "There were nine ships lost in the '
         'storm of the year."', "There were nine ships", "partial"),
        ('Lee called the pier plan "a waste of money and time" on Monday.', "a waste of money",
         "partial"),
    ],
)  # fmt: skip
def test_whole_quote_after_colon(nlp: Any, text: str, words: str, kind: str) -> None:
    hits = [q for q in quotes(nlp, text) if words in q.text and q.kind != "indirect"]
    assert [q.kind for q in hits] == [kind], hits
