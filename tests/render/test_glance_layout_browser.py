"""The glance's two blocks as laid out in headless Chromium: each as tall as its own rows.

Uses the browser of ``test_html_browser`` (skips the same way when chromium is missing).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossbrief.model import Brief, BriefArticle, Conflict, ConflictValue, Fact, SentenceRef
from crossbrief.render import render_html
from tests.render.test_html_browser import _open, browser  # noqa: F401 (the fixture)

LONG = (
    "The harbour board of Velmora voted on Tuesday to close the old north quay for the winter "
    "after inspectors found the timber piles rotten below the waterline, and the ferry to "
    "Ostra will dock at the fish market until the spring repairs are done."
)
SENTENCES = (LONG, LONG.replace("Tuesday", "Monday"), LONG.replace("winter", "season"))
FIGURE = "Inspectors counted 40 rotten piles at the quay."


def _brief(conflicts: int, support: int = 3) -> Brief:
    """Three outlets sharing three long facts (each told by ``support`` of them), and
    ``conflicts`` one-line conflicts."""
    arts = tuple(
        BriefArticle(aid, src, "", None, False, None, None, None, 60, (*SENTENCES, FIGURE))
        for aid, src in (("a", "Post"), ("b", "Wire"), ("c", "Daily"))
    )
    refs = tuple(SentenceRef(a.id, 0) for a in arts)
    facts = tuple(Fact(s, refs[:support], support) for s in SENTENCES)
    differ = tuple(
        Conflict(
            f"rotten piles {n}: 40 vs 45 (count)",
            "figure",
            (ConflictValue("40", FIGURE, "a", 3), ConflictValue("45", FIGURE, "b", 3)),
        )
        for n in range(conflicts)
    )
    return Brief(articles=arts, facts=facts, conflicts=differ)


_HEIGHTS = """
const box = id => document.getElementById(id).getBoundingClientRect();
const list = document.querySelector('#glance-differ ul, #glance-differ p');
const last = document.querySelector('#glance-differ').lastElementChild.getBoundingClientRect();
return [box('glance-agree').height, box('glance-differ').height, box('glance-differ').bottom,
        last.bottom, !!list];
"""


@pytest.mark.parametrize("conflicts", [1, 3])
def test_a_short_differ_block_is_not_stretched_to_the_agree_block(
    browser: Any,  # noqa: F811 (the imported fixture)
    tmp_path: Path,
    conflicts: int,
) -> None:
    browser.set_window_size(1280, 900)
    try:
        _open(browser, render_html(_brief(conflicts)), tmp_path, f"glance-boxes{conflicts}")
        agree, differ, bottom, content, listed = browser.execute_script(_HEIGHTS)
        browser.save_screenshot(str(tmp_path / f"glance-boxes{conflicts}.png"))
    finally:
        browser.set_window_size(1200, 900)
    assert listed
    # the block ends soon after its last row, not at the foot of the taller block beside it
    assert bottom - content < 40, (agree, differ, bottom, content)
    if conflicts == 1:
        assert differ < agree * 0.75, (agree, differ)
    # never cut: the block holds all of its own rows
    assert bottom >= content


_COUNT_BOXES = """
return Array.from(document.querySelectorAll('ul.glance li'))
  .map(li => getComputedStyle(li).backgroundColor);
"""


@pytest.mark.parametrize("conflicts", [0, 2])
def test_the_conflict_count_is_red_only_when_there_are_conflicts(
    browser: Any,  # noqa: F811 (the imported fixture)
    tmp_path: Path,
    conflicts: int,
) -> None:
    _open(browser, render_html(_brief(conflicts)), tmp_path, f"glance-count{conflicts}")
    outlets, agree, differ = browser.execute_script(_COUNT_BOXES)
    assert agree != outlets  # the agreeing facts keep their colour
    if conflicts:
        assert differ not in (outlets, agree), differ
    else:
        # Negative: "0 conflicts" looks like the plain count beside it, not like an alarm
        assert differ == outlets, differ


def test_the_shared_fact_count_is_green_only_when_outlets_share_a_fact(
    browser: Any,  # noqa: F811 (the imported fixture)
    tmp_path: Path,
) -> None:
    _open(browser, render_html(_brief(0, support=1)), tmp_path, "glance-count-unshared")
    outlets, agree, differ = browser.execute_script(_COUNT_BOXES)
    # "0 facts told by 2+ outlets" looks like the plain counts beside it, not like agreement
    assert agree == outlets == differ, (outlets, agree)


_BLOCKS = """
return ['glance-agree', 'glance-differ'].map(id => {
  const box = document.getElementById(id);
  return [getComputedStyle(box).backgroundColor, getComputedStyle(box.querySelector('h2')).color];
}).concat([[getComputedStyle(document.body).backgroundColor,
            getComputedStyle(document.body).color]]);
"""


@pytest.mark.parametrize(("conflicts", "support"), [(0, 1), (2, 3)])
def test_a_glance_block_with_nothing_to_show_keeps_the_plain_colours(
    browser: Any,  # noqa: F811 (the imported fixture)
    tmp_path: Path,
    conflicts: int,
    support: int,
) -> None:
    page = render_html(_brief(conflicts, support=support))
    _open(browser, page, tmp_path, f"glance-blocks{conflicts}")
    agree, differ, plain = browser.execute_script(_BLOCKS)
    if conflicts:
        # Negative: blocks with rows keep their green and red
        assert agree[0] != plain[0] and differ[0] not in (plain[0], agree[0]), (agree, differ)
        assert differ[1] != plain[1]
    else:
        # no shared fact, no conflict: neither block is coloured as agreement or alarm
        assert agree[0] == differ[0] == plain[0], (agree, differ, plain)
        assert agree[1] == differ[1] == plain[1], (agree, differ, plain)
