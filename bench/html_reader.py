"""The HTML brief as a reader meets it, measured in headless Chromium at a phone's and a
desktop's size (issue 7: "see in ten seconds what the outlets agree on and where they differ").

Usage: python bench/html_reader.py PAGE.html [PAGE.html ...]

For each page (one written by ``crossbrief brief --format html``) and each screen, 390x844
and 1280x900, prints: how far the page runs wider than the screen; whether the glance's
"agree" and "differ" blocks start on the first screen; the smallest rendered text of the
timeline chart; the coverage matrix's height; how many of the glance's "agree" rows are
cut ("…"); how many citation markers start on another line than the marker they follow;
and, focusing every citation marker in turn, how many tooltips run off the screen's right
edge, widen the page, or are hidden at their own centre (cut off by a scrolling box).
Needs chromium, chromedriver and selenium (as tests/render/test_html_browser.py does).
Prints no article text.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

SCREENS = ((390, 844), (1280, 900))

_MEASURE = """
const doc = document.documentElement, out = {};
out.overflow = doc.scrollWidth - doc.clientWidth;
for (const id of ['glance-agree', 'glance-differ']) {
  const e = document.getElementById(id);
  out[id] = !!e && e.getBoundingClientRect().top < window.innerHeight;
}
const chart = document.querySelector('#timeline .chart'), heights = [];
if (chart) {
  const walk = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) {
    if (!n.textContent.trim() || n.parentElement.closest('title')) continue;
    const range = document.createRange(); range.selectNodeContents(n);
    heights.push(range.getBoundingClientRect().height);
  }
}
out.chart_text_px = heights.length ? Math.round(Math.min(...heights)) : null;
const matrix = document.querySelector('table.matrix');
out.matrix_px = matrix ? Math.round(matrix.getBoundingClientRect().height) : null;
out.glance_rows_cut = [...document.querySelectorAll('#glance-agree li')].filter(li => {
  const copy = li.cloneNode(true);
  copy.querySelectorAll('.tip').forEach(t => t.remove());
  return copy.textContent.includes('\u2026');
}).length;
out.split_marker_groups = [...document.querySelectorAll('.cite')].filter(m => {
  const b = m.previousSibling;
  return b && b.classList && b.classList.contains('cite')
    && Math.abs(m.getBoundingClientRect().top - b.getBoundingClientRect().top) > 2;
}).length;
const base = doc.scrollWidth;
out.tips = 0; out.tips_off_right = 0; out.tips_widen_page = 0; out.tips_hidden = 0;
for (const c of document.querySelectorAll('.cite')) {
  c.scrollIntoView({block: 'center'}); c.focus();
  const t = c.querySelector('.tip'), r = t.getBoundingClientRect();
  const y = (r.top + Math.min(r.bottom, window.innerHeight)) / 2;
  const hit = document.elementFromPoint((r.left + r.right) / 2, y);
  out.tips++;
  if (r.right > window.innerWidth + 1) out.tips_off_right++;
  if (doc.scrollWidth > base) out.tips_widen_page++;
  if (!hit || !t.contains(hit)) out.tips_hidden++;
  c.blur();
}
return out;
"""


def _driver(profile: str) -> Any:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver") or ""), options=options)


def main(pages: list[str]) -> None:
    """Print one line of measures per page and screen."""
    if not pages:
        sys.exit(__doc__)
    profile = tempfile.mkdtemp(prefix="crossbrief-bench-")
    driver = _driver(profile)
    try:
        for page in pages:
            for width, height in SCREENS:
                # a phone's viewport as a phone reports it (no scroll bar taking width)
                metrics = {"width": width, "height": height, "deviceScaleFactor": 1}
                metrics["mobile"] = width < 600
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
                driver.get(Path(page).resolve().as_uri())
                got = driver.execute_script(_MEASURE)
                shown = " ".join(f"{k}={v}" for k, v in got.items())
                print(f"{Path(page).name} {width}x{height} {shown}")
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
