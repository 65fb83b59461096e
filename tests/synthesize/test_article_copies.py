"""An article carrying the same text as one listed before it is marked as its copy (invented
text, real pipeline)."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

from crossbrief.model import Article
from crossbrief.pipeline import brief_articles
from crossbrief.schema import validate_brief

REPORT = (
    "The Velmora harbour board voted on Monday to close the old pier.\n\n"
    "Ann Lee, the board's chair, said repairs would cost too much.\n\n"
    "Fishing crews will moor at the new quay from next month.\n\n"
    "The pier was built in 1911 and last repaired in 1978.\n"
)
# the same report, one line changed and one added: a version, not the same text
UPDATED = REPORT.replace(
    "Fishing crews will moor at the new quay from next month.",
    "Ferry passengers will board at the north terminal until the autumn.",
) + ("\nA protest by residents is planned for Saturday outside the town hall.\n")
OTHER = (
    "Residents of Velmora gathered on Tuesday to remember the pier's dances.\n\n"
    "Tom Varga, who ran a kiosk there, said the town would miss it.\n"
)


def _article(aid: str, text: str, source: str) -> Article:
    return Article(id=aid, text=text, source=source, title="", published="2026-03-02")


def test_a_repeated_text_is_marked_as_the_copy_of_the_first(nlp: Any) -> None:
    b = brief_articles(
        [
            _article("a", REPORT, "Velmora Post"),
            _article("b", OTHER, "Coast Radio"),
            _article("c", REPORT, "Harbour Wire"),
            _article("d", "  " + REPORT.replace("\n\n", "\n\n\n"), "Tarsk Daily"),
        ],
        nlp=nlp,
    )
    same = {a.id: a.same_as for a in b.articles}
    # every copy points at the first listed article of that text, never at another copy
    assert same == {"a": None, "b": None, "c": "a", "d": "a"}
    # the JSON brief carries the mark, as the schema describes it
    data = b.to_dict()
    validate_brief(data)
    data["articles"][2]["same_as"] = 1
    with pytest.raises(jsonschema.ValidationError):
        validate_brief(data)


def test_a_version_with_other_lines_is_not_the_same_text(nlp: Any) -> None:
    b = brief_articles(
        [_article("a", REPORT, "Velmora Post"), _article("b", UPDATED, "Harbour Wire")], nlp=nlp
    )
    assert [a.same_as for a in b.articles] == [None, None]


def test_a_version_with_other_lines_is_marked_as_a_version_of_the_first(nlp: Any) -> None:
    b = brief_articles(
        [
            _article("a", REPORT, "Velmora Post"),
            _article("b", OTHER, "Coast Radio"),
            _article("c", UPDATED, "Harbour Wire"),
            _article("d", REPORT, "Tarsk Daily"),
        ],
        nlp=nlp,
    )
    # Negatives: the first version, an article of its own and a copy are no versions
    assert {a.id: a.version_of for a in b.articles} == {"a": None, "b": None, "c": "a", "d": None}
    assert b.articles[3].same_as == "a"
    validate_brief(b.to_dict())
