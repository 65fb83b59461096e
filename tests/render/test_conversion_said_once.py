"""A conflict of one sum converted at different rates says each thing once: the page's
table names the kind in its kind column, not again in the row's heading, and the Markdown
line lists the values once, after the sum, not also inside its heading. Invented text."""

from __future__ import annotations

import re

from crossbrief.model import Brief, BriefArticle, Conflict, ConflictValue
from crossbrief.render import render_html, render_markdown
from crossbrief.synthesize.conflicts import CONVERTED

_TEXT = "The harbour board of Velmora paid {} for the old ferry terminal."
_ARTS = tuple(
    BriefArticle(f"a{i}", f"Outlet {i}", "", None, False, None, None, None, 12, (_TEXT,))
    for i in (1, 2)
)
_CONVERTED = Conflict(
    about=f"terminal, $10m: £5.3m vs £5.6m (money, {CONVERTED})",
    kind="conversion",
    values=(
        ConflictValue("£5.3m", _TEXT.format("$10m (£5.3m)"), "a1", 0, converted_from="$10m"),
        ConflictValue("£5.6m", _TEXT.format("$10m (£5.6m)"), "a2", 0, converted_from="$10m"),
    ),
)
_FIGURE = Conflict(
    about="ferries sold: 3 vs 4 (count)",
    kind="figure",
    values=(
        ConflictValue("3", "It sold 3 ferries.", "a1", 0),
        ConflictValue("4", "It sold 4 ferries.", "a2", 0),
    ),
)
_BRIEF = Brief(articles=_ARTS, conflicts=(_FIGURE, _CONVERTED))


def _row(page: str, kind: str) -> str:
    table = page.split('id="conflicts"')[1].split("</section>")[0]
    found = re.search(rf'<tr class="{kind}">(.*?)</tr>', table)
    assert found, table
    return found.group(1)


def test_the_table_says_converted_at_different_rates_once() -> None:
    row = _row(render_html(_BRIEF), "conversion")
    assert row.count(CONVERTED) == 1, row
    heading = re.search(r'<th scope="row">(.*?)</th>', row)
    assert heading and heading.group(1) == "terminal, $10m", row
    # the values stay, each with its origin, in the values column
    assert "£5.3m (from $10m)" in row and "£5.6m (from $10m)" in row


def test_a_figure_row_keeps_its_heading() -> None:
    # Negative: a disagreement's heading is as it was, its kind word alone in the kind column
    row = _row(render_html(_BRIEF), "figure")
    assert '<th scope="row">ferries sold: 3 vs 4 (count)</th>' in row, row


def test_the_markdown_line_lists_the_converted_values_once() -> None:
    md = render_markdown(_BRIEF)
    part = md.split("## Sums converted at different rates")[1].split("##")[0]
    lines = [ln for ln in part.splitlines() if ln.startswith("- ")]
    assert lines == ["- terminal, $10m: £5.3m (from $10m) [1]; £5.6m (from $10m) [2]"], lines
    # Negative: a disagreement's line under its own heading is unchanged
    differ = md.split("## Where outlets differ")[1].split("##")[0]
    assert "- ferries sold: 3 vs 4 (count): 3 [1]; 4 [2]" in differ, differ
