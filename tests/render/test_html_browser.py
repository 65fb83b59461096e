"""The HTML brief in a real headless Chromium (Debian's chromium + chromedriver, via selenium).

Skips with a message when chromium, chromedriver or selenium is missing; `.ci/run` installs
chromium so CI runs these for real. Screenshots go to the pytest tmp dir (path printed).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from crossbrief.model import Article, SentenceRef
from crossbrief.pipeline import brief_articles
from crossbrief.render import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM or not DRIVER:
        pytest.skip(
            "chromium/chromedriver not installed (apt-get install chromium chromium-driver)"
        )
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="crossbrief-chromium-")
    for flag in (*FLAGS, f"--user-data-dir={profile}", "--window-size=1200,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _open(driver: Any, html: str, tmp_path: Path, name: str) -> Path:
    page = tmp_path / f"{name}.html"
    page.write_text(html, encoding="utf-8")
    driver.get(page.as_uri())
    return page


def test_seed_brief_renders_with_visible_sections(
    browser: Any, seed_brief: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, render_html(seed_brief), tmp_path, "seeds")
    for sid in ("glance", "summary", "facts", "conflicts", "coverage", "timeline", "entities"):
        element = browser.find_element(By.ID, sid)
        assert element.is_displayed(), sid
        assert element.size["height"] > 0, sid
    assert browser.find_elements(By.CSS_SELECTOR, "ol.summary li"), "summary sentences"
    assert browser.find_elements(By.CSS_SELECTOR, "table.matrix td.yes"), "coverage cells"
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline .chart .bar"), "timeline bars"
    shot = tmp_path / "seeds.png"
    assert browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")


def test_hover_and_focus_show_the_cited_sentence(
    browser: Any, seed_brief: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    _open(browser, render_html(seed_brief), tmp_path, "cites")
    cited = seed_brief.summary[0].sources[0]
    number = [a.id for a in seed_brief.articles].index(cited.article) + 1
    # markers are in article order: the sentence's own article's marker is among them
    cite = browser.find_element(
        By.CSS_SELECTOR, f'ol.summary li:first-child .cite[aria-label="source {number}"]'
    )
    tip = cite.find_element(By.CSS_SELECTOR, ".tip")
    assert not tip.is_displayed()
    ActionChains(browser).move_to_element(cite).perform()
    assert tip.is_displayed()
    sentence = next(a for a in seed_brief.articles if a.id == cited.article).sentences[
        cited.sentence
    ]
    assert sentence.split()[0] in tip.text
    # away (to the heading, wherever the page has scrolled): hover ends
    ActionChains(browser).move_to_element(browser.find_element(By.TAG_NAME, "h1")).perform()
    assert not tip.is_displayed()
    browser.execute_script("arguments[0].focus()", cite)
    assert tip.is_displayed()


def test_markers_are_shown_in_article_order(browser: Any, seed_brief: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    # every summary sentence's and fact's sources given in reverse article order
    numbers = {a.id: n for n, a in enumerate(seed_brief.articles, 1)}

    def backwards(refs: Any) -> tuple[Any, ...]:
        return tuple(sorted(refs, key=lambda r: -numbers[r.article]))

    brief = replace(
        seed_brief,
        summary=tuple(replace(s, sources=backwards(s.sources)) for s in seed_brief.summary),
        facts=tuple(replace(f, sources=backwards(f.sources)) for f in seed_brief.facts),
    )
    _open(browser, render_html(brief), tmp_path, "order")
    several = 0
    for li in browser.find_elements(By.CSS_SELECTOR, "ol.summary li, ul.facts li"):
        shown = [
            int(c.get_attribute("aria-label").split()[-1])
            for c in li.find_elements(By.CSS_SELECTOR, ".cite")
        ]
        assert shown == sorted(shown), li.text
        several += len(shown) > 1
    assert several, "no line cites two articles"


def test_phone_width_has_no_page_wide_horizontal_scroll(
    browser: Any, seed_brief: Any, tmp_path: Path
) -> None:
    _open(browser, render_html(seed_brief), tmp_path, "phone")
    browser.set_window_size(390, 844)
    try:
        overflow = browser.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert overflow <= 2
        browser.save_screenshot(str(tmp_path / "phone.png"))
    finally:
        browser.set_window_size(1200, 900)


HOSTILE = (
    "The harbour of Quellin reopened on Monday after 12 days of repairs. "
    '<script>document.title = "pwned"; window.pwned = 1;</script> '
    "<img src=x onerror=\"document.title='pwned'; window.pwned = 2\"> "
    "Officials said 40 ships waited outside the port."
)


def test_hostile_article_runs_no_script(browser: Any, nlp: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    articles = [
        Article(id="evil", text=HOSTILE, source='Evil <b onmouseover="x()">Wire</b>'),
        Article(
            id="calm",
            text="The harbour of Quellin reopened on Monday after 12 days of repairs. "
            "Officials said 41 ships waited outside the port.",
            source="Calm Post",
        ),
    ]
    page = render_html(brief_articles(articles, nlp=nlp))
    _open(browser, page, tmp_path, "hostile")
    title = browser.title
    assert "pwned" not in title
    assert browser.execute_script("return window.pwned === undefined")
    assert not browser.find_elements(By.CSS_SELECTOR, "main script, main img, main b[onmouseover]")
    shown = browser.execute_script("return document.querySelector('main').textContent")
    assert "<script>" in shown and "onerror=" in shown  # carried as text, not as markup


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1280, 900)])
def test_agreement_and_disagreement_are_on_the_first_screen(
    browser: Any, seed_brief: Any, tmp_path: Path, width: int, height: int
) -> None:
    from selenium.webdriver.common.by import By

    browser.set_window_size(width, height)
    try:
        _open(browser, render_html(seed_brief), tmp_path, f"glance{width}")
        inner = browser.execute_script("return window.innerHeight")
        for sid in ("glance-agree", "glance-differ"):
            block = browser.find_element(By.ID, sid)
            assert block.is_displayed(), sid
            top = browser.execute_script("return arguments[0].getBoundingClientRect().top", block)
            assert top < inner, f"{sid} starts below the first screen at {width}px"
        differ = browser.find_element(By.ID, "glance-differ")
        # the seeds give Ukraine's population two ways: both values show, each with its source
        values = differ.find_elements(By.CSS_SELECTOR, "b.value")
        assert len(values) >= 2 and all(v.is_displayed() for v in values)
        assert differ.find_elements(By.CSS_SELECTOR, ".cite")
        browser.save_screenshot(str(tmp_path / f"glance{width}.png"))
    finally:
        browser.set_window_size(1200, 900)


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    """The browser at a phone's width (390x844), set back to the desktop size after."""
    browser.set_window_size(390, 844)
    try:
        yield browser
    finally:
        browser.set_window_size(1200, 900)


# the rendered height of every piece of text inside the timeline chart, smallest first
_CHART_TEXT_HEIGHTS = """
const chart = document.querySelector('#timeline .chart');
const walk = document.createTreeWalker(chart, NodeFilter.SHOW_TEXT);
const heights = [];
for (let n = walk.nextNode(); n; n = walk.nextNode()) {
  // a <title> is a tooltip, never drawn
  if (!n.textContent.trim() || n.parentElement.closest('title')) continue;
  const range = document.createRange();
  range.selectNodeContents(n);
  heights.push(range.getBoundingClientRect().height);
}
return heights.sort((a, b) => a - b);
"""


def test_timeline_chart_text_is_readable_on_a_phone(
    phone: Any, seed_brief: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    _open(phone, render_html(seed_brief), tmp_path, "chart-phone")
    chart = phone.find_element(By.CSS_SELECTOR, "#timeline .chart")
    assert chart.is_displayed()
    heights = phone.execute_script(_CHART_TEXT_HEIGHTS)
    assert heights, "the chart has no labels"
    # a chart drawn for a desktop and shrunk to a phone's width shrinks its labels with it:
    # none may render smaller than 11 px text
    assert heights[0] >= 11, heights
    overflow = phone.execute_script(
        "return arguments[0].scrollWidth - arguments[0].clientWidth", chart
    )
    assert overflow <= 1


def _ten_article_brief(seed_brief: Any) -> Any:
    """The seeds' brief with seven invented outlets more, each carrying the first shared fact."""
    extra = tuple(
        replace(seed_brief.articles[0], id=f"copy{k}", source=f"Velmora Courier {k}")
        for k in range(7)
    )
    first = next(f for f in seed_brief.facts if f.support >= 2)
    grown = replace(first, sources=(*first.sources, *(SentenceRef(a.id, 0) for a in extra)))
    facts = tuple(grown if f is first else f for f in seed_brief.facts)
    return replace(seed_brief, articles=(*seed_brief.articles, *extra), facts=facts)


def test_coverage_matrix_of_ten_articles_fits_a_phone(
    phone: Any, seed_brief: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    brief = _ten_article_brief(seed_brief)
    assert len(brief.articles) == 10
    _open(phone, render_html(brief), tmp_path, "matrix-phone")
    width = phone.execute_script("return document.documentElement.clientWidth")
    heads = phone.find_elements(By.CSS_SELECTOR, "table.matrix thead th[scope=col]")
    row = phone.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr")[0]
    cells = row.find_elements(By.CSS_SELECTOR, "td")
    assert len(heads) == len(cells) == 10
    rect = "return arguments[0].getBoundingClientRect()"
    for head, cell in zip(heads, cells, strict=True):
        h, c = phone.execute_script(rect, head), phone.execute_script(rect, cell)
        # every article's column is on screen, not scrolled off to the right
        assert c["left"] >= 0 and c["right"] <= width + 1, (c, width)
        # and each dot stays under its own article's number
        assert abs((h["left"] + h["right"]) / 2 - (c["left"] + c["right"]) / 2) <= 2
    label = row.find_element(By.CSS_SELECTOR, "th.fact-label")
    # the fact reads on at most three lines, not squeezed into a narrow column
    lines = phone.execute_script(
        "const s = getComputedStyle(arguments[0]);"
        "return arguments[0].clientHeight / parseFloat(s.lineHeight || s.fontSize)",
        label,
    )
    assert lines <= 3.5, lines
    phone.save_screenshot(str(tmp_path / "matrix-phone.png"))


# focus each marker in turn: where its tooltip lands, and whether the tooltip is what shows at
# its own centre (not clipped away by a scrolling box) and the page grew no wider for it
_TIPS = """
const base = document.documentElement.scrollWidth, out = [];
for (const c of document.querySelectorAll('.cite')) {
  c.scrollIntoView({block: 'center'});
  c.focus();
  const t = c.querySelector('.tip'), r = t.getBoundingClientRect();
  const hit = document.elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
  out.push({right: r.right, left: r.left, shown: !!hit && t.contains(hit),
            grew: document.documentElement.scrollWidth > base,
            where: c.closest('section, #glance').id});
  c.blur();
}
return out;
"""


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1200, 900)])
def test_every_tooltip_stays_on_screen(
    browser: Any, seed_brief: Any, tmp_path: Path, width: int, height: int
) -> None:
    browser.set_window_size(width, height)
    try:
        _open(browser, render_html(_ten_article_brief(seed_brief)), tmp_path, f"tips{width}")
        inner = browser.execute_script("return document.documentElement.clientWidth")
        tips = browser.execute_script(_TIPS)
        assert len(tips) > 20
        off = [t for t in tips if t["right"] > inner + 1 or t["left"] < 0]
        hidden = [t for t in tips if not t["shown"]]
        grew = [t for t in tips if t["grew"]]
        # no tooltip runs off the right edge, widens the page, or is cut off by the matrix box
        assert not off and not hidden and not grew, (off[:3], hidden[:3], grew[:3])
    finally:
        browser.set_window_size(1200, 900)


def test_section_lead_notes_are_short_on_a_phone(
    phone: Any, seed_brief: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    _open(phone, render_html(seed_brief), tmp_path, "notes-phone")
    leads = phone.find_elements(By.CSS_SELECTOR, "section > h2 + p.muted")
    assert len(leads) >= 4
    lines = "const s = getComputedStyle(arguments[0]); return arguments[0].clientHeight / parseFloat(s.lineHeight);"
    for lead in leads:
        # a note the reader meets before the section's content: four lines at most, the rules
        # behind it folded away
        assert phone.execute_script(lines, lead) <= 4.2, lead.text[:60]
    rules = phone.find_element(By.CSS_SELECTOR, "#summary details")
    assert not rules.find_element(By.CSS_SELECTOR, "p").is_displayed()  # folded until asked
    rules.find_element(By.TAG_NAME, "summary").click()
    assert rules.find_element(By.CSS_SELECTOR, "p").is_displayed()


# markers that follow another marker with nothing between them (one group) but start on
# another line than it
_SPLIT_GROUPS = """
const split = [];
for (const m of document.querySelectorAll('.cite')) {
  const before = m.previousSibling;
  if (!before || !before.classList || !before.classList.contains('cite')) continue;
  if (Math.abs(m.getBoundingClientRect().top - before.getBoundingClientRect().top) > 2)
    split.push(m.parentElement.textContent.slice(0, 40));
}
return split;
"""


def test_a_group_of_markers_never_breaks_across_lines_on_a_phone(
    phone: Any, seed_brief: Any, tmp_path: Path
) -> None:
    _open(phone, render_html(_ten_article_brief(seed_brief)), tmp_path, "groups-phone")
    groups = phone.execute_script("return document.querySelectorAll('.cite + .cite').length")
    assert groups > 5  # groups of two and more markers are there to break
    # "[4]" at the end of one line and "[5][6]" at the start of the next read as two citations
    assert phone.execute_script(_SPLIT_GROUPS) == []


def _twenty_one_article_brief(nlp: Any) -> Any:
    """An invented story told by 21 outlets: every one reports the same closure, so one fact
    cites all 21 articles and the coverage matrix has 21 columns."""
    towns = ("Quellin", "Marrowby", "Tessaport", "Oldenhay", "Brisk Hollow", "Fennick", "Lowmarsh")
    people = ("Ada Renn", "Piet Solberg", "Nora Quist")
    articles = []
    for k in range(21):
        town, person = towns[k % len(towns)], people[k % len(people)]
        text = (
            "The canal trust of Quellin shut the east lock on Friday after a gate cracked. "
            f"Mending the gate will take {4 + k % 3} weeks, {person} told reporters. "
            f"Some {60 + k} barges are waiting upstream of the lock."
        )
        articles.append(Article(id=f"o{k:02d}", text=text, source=f"{town} Ledger {k}"))
    return brief_articles(articles, nlp=nlp)


@pytest.fixture(scope="module")
def wide_story(nlp: Any) -> Any:
    brief = _twenty_one_article_brief(nlp)
    assert len(brief.articles) == 21
    return brief


def test_a_fact_cited_by_many_articles_does_not_widen_a_phone_page(
    phone: Any, wide_story: Any, tmp_path: Path
) -> None:
    _open(phone, render_html(wide_story), tmp_path, "many-cites-phone")
    longest = phone.execute_script(
        "return Math.max(...[...document.querySelectorAll('.cites')]"
        ".map(g => g.querySelectorAll('.cite').length))"
    )
    assert longest >= 13, longest  # a group too long for one line of a phone is there
    overflow = phone.execute_script(
        "return document.documentElement.scrollWidth - window.innerWidth"
    )
    assert overflow <= 0, overflow
    # a long group may break between markers, never inside one: "[1" and "2]" on two lines
    # would read as two other citations
    torn = phone.execute_script(
        "return [...document.querySelectorAll('.cite')].filter(c => c.getClientRects().length > 1)"
        ".map(c => c.textContent.slice(0, 6))"
    )
    assert torn == []
    # while a group that fits on a line still moves whole to the next: none of seven splits
    split = phone.execute_script(
        "return [...document.querySelectorAll('.cites')].filter(g => {"
        "  const tops = [...g.querySelectorAll('.cite')].map(c => c.getBoundingClientRect().top);"
        "  return tops.length <= 7 && Math.max(...tops) - Math.min(...tops) > 2; }).length"
    )
    assert split == 0


def test_matrix_fact_labels_of_many_articles_fit_a_phone(
    phone: Any, wide_story: Any, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    _open(phone, render_html(wide_story), tmp_path, "wide-matrix-phone")
    width = phone.execute_script("return document.documentElement.clientWidth")
    labels = phone.find_elements(By.CSS_SELECTOR, "table.matrix th.fact-label")
    assert labels
    rect = "return arguments[0].getBoundingClientRect()"
    for label in labels:
        r = phone.execute_script(rect, label)
        # the fact's text is all on screen, not running on past the edge of the phone
        assert r["left"] >= 0 and r["right"] <= width + 1, (r, width)
    # scrolled to the last articles' cells, the facts stay in view above them
    box = phone.find_element(By.CSS_SELECTOR, "#coverage .scroll")
    phone.execute_script("arguments[0].scrollLeft = arguments[0].scrollWidth", box)
    assert phone.execute_script("return arguments[0].scrollLeft", box) > 0
    for label in labels:
        r = phone.execute_script(rect, label)
        assert r["left"] >= 0 and r["right"] <= width + 1, (r, width)
    # the articles' cells are all still there to see, under their numbers
    heads = phone.find_elements(By.CSS_SELECTOR, "table.matrix thead th[scope=col]")
    cells = phone.find_elements(By.CSS_SELECTOR, "table.matrix tbody tr:first-child td")
    assert len(heads) == len(cells) == 21
    phone.save_screenshot(str(tmp_path / "wide-matrix-phone.png"))
