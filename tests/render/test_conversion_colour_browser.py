"""One sum converted at different rates is not counted as a conflict, and its values are not
drawn in the alarm colour of one (headless Chromium, as ``test_html_browser``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crossbrief.model import Brief, BriefArticle, Conflict, ConflictValue
from crossbrief.render import render_html
from tests.render.test_html_browser import _open, browser  # noqa: F401 (the fixture)

RENT = "The harbour board pays $8m ({}) a year for the old quay."
PILES = "Inspectors counted {} rotten piles at the quay."


def _brief() -> Brief:
    arts = tuple(
        BriefArticle(
            aid, src, "", None, False, None, None, None, 20, (RENT.format(s), PILES.format(n))
        )
        for aid, src, s, n in (("a", "Post", "£4.2m", "40"), ("b", "Wire", "£4.7m", "45"))
    )
    conversion = Conflict(
        "$8m: £4.2m vs £4.7m (money, one sum converted at different rates)",
        "conversion",
        tuple(
            ConflictValue(s, RENT.format(s), aid, 0, converted_from="$8m")
            for aid, s in (("a", "£4.2m"), ("b", "£4.7m"))
        ),
    )
    figure = Conflict(
        "rotten piles: 40 vs 45 (count)",
        "figure",
        tuple(ConflictValue(n, PILES.format(n), aid, 1) for aid, n in (("a", "40"), ("b", "45"))),
    )
    return Brief(articles=arts, conflicts=(figure, conversion))


_COLOURS = """
const colour = kind => Array.from(document.querySelectorAll(`tr.${kind} b.value`))
  .map(b => getComputedStyle(b).color);
return [colour('figure'), colour('conversion'), getComputedStyle(document.body).color];
"""


def test_converted_sums_are_not_in_the_conflict_colour(
    browser: Any,  # noqa: F811 (the imported fixture)
    tmp_path: Path,
) -> None:
    _open(browser, render_html(_brief()), tmp_path, "conversion-colour")
    figure, conversion, _ = browser.execute_script(_COLOURS)
    assert len(figure) == 2 and len(conversion) == 2
    # Negative: a real conflict keeps its alarm colour
    assert figure[0] == figure[1] and figure[0] not in conversion, (figure, conversion)
