"""A story from one outlet on a phone's first screen (headless Chromium, as
``test_html_browser``): the plain note that nothing is compared, then the summary's first
sentence, not two empty boxes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from crossbrief.render import render_html
from tests.render.test_html_browser import _open, browser  # noqa: F401 (the fixture)
from tests.render.test_one_outlet import _brief

_FIRST_SCREEN = """
const top = sel => { const e = document.querySelector(sel);
  return e ? e.getBoundingClientRect().top + window.scrollY : null; };
return [top('p.one-outlet'), top('ol.summary li'), top('#glance-agree'), window.innerHeight];
"""


@pytest.mark.parametrize("sources", [("Velmora Post",) * 7, ("Velmora Post", "Harbour Wire")])
def test_a_one_outlet_story_shows_its_summary_on_the_first_phone_screen(
    browser: Any,  # noqa: F811 (the imported fixture)
    tmp_path: Path,
    sources: tuple[str, ...],
) -> None:
    browser.set_window_size(390, 844)
    try:
        _open(browser, render_html(_brief(*sources)), tmp_path, f"one-outlet{len(sources)}")
        note, first, agree, height = browser.execute_script(_FIRST_SCREEN)
        browser.save_screenshot(str(tmp_path / f"one-outlet{len(sources)}.png"))
    finally:
        browser.set_window_size(1200, 900)
    if len(set(sources)) == 1:
        assert note is not None and note < height / 3, note
        assert first is not None and first < height * 0.8, (first, height)
        assert agree is None
    else:
        # Negative: a story of two outlets keeps its glance boxes, and has no note
        assert note is None and agree is not None
