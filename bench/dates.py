"""Article-date inference, measured by hiding dates we know.

    .venv/bin/python bench/dates.py [--cache FILE]

Articles: PolNeAR's 924 texts (../shared/data/polnear; publisher as source, publication date
as date: the 2016 U.S. campaign, many outlets), grouped into stories by crossbrief's own
story grouping (``crossbrief.stories.group_stories``, default threshold). In every story of
2+ articles each article in turn loses its date and is analyzed again without it (as an
undated input would be: no time resolved against the date it hides), and
``crossbrief.synthesize.dates.infer_dates`` dates it from its text and the story's other
articles. Right: the article's own date or the day before (a report often runs the day after
the event it calls "today"; datelines and publication dates differ by a day across time
zones).

The grouping makes topics as well as stories, so each trial is bucketed by the distance of
the hidden article's date from the median of the others': "near" (0-3 days: the story's
week), "off" (4-14 days: the article is a week or two from the others, where a weekday
resolved near the story date is a week wrong), further apart not tried (a topic). Stories
fall in two fixed halves by a hash of their article ids (dev / held-out).

The grouping's analysis is cached (``bench/out/heldout-polnear-<model>-<code version>.jsonl``,
shared with bench/conflicts_heldout.py; ``--cache`` names another file, of which only the rows
of the current code version are read: see ``--help``).
Columns, per half and bucket: trials, right, wrong, left undated, and right / wrong among the
inferences whose only evidence is a weekday or month-day resolved near the story date.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
from collections import Counter
from dataclasses import replace
from pathlib import Path

from _common import CACHE_HELP, allow_missing_data, analyze_cached, data_dir, polnear_articles
from crossbrief.stories import group_stories
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.story import Story


def half(ids: list[str]) -> str:
    """dev or held-out: the first byte of the sha1 of the sorted ids, odd or even."""
    return "dev" if hashlib.sha1("\n".join(sorted(ids)).encode()).digest()[0] % 2 else "held-out"


def right(inferred: str, true: str) -> bool:
    """The article's own day or the day before."""
    gap = (dt.date.fromisoformat(true[:10]) - dt.date.fromisoformat(inferred[:10])).days
    return gap in {0, 1}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help=f"the dated texts' {CACHE_HELP}")
    allow_missing_data(parser)
    args = parser.parse_args()
    # by default the cache of this code version: an older file's rows are not read by it
    cache = args.cache
    analyzed = analyze_cached("heldout-polnear", polnear_articles(data_dir("polnear")), path=cache)
    articles = [a for a in analyzed if a.article.published]
    groups = group_stories(articles)
    trials = []  # (half, bucket, group, index)
    for group in groups:
        name = half([a.article.id for a in group])
        for i, hidden in enumerate(group if len(group) > 1 else []):
            others = sorted(a.article.published or "" for a in group if a is not hidden)
            median = dt.date.fromisoformat(others[(len(others) - 1) // 2])
            gap = abs((dt.date.fromisoformat(hidden.article.published or "") - median).days)
            if gap <= 14:  # further apart it is a topic, not a story
                trials.append((name, "near" if gap <= 3 else "off", group, i))
    # The hidden articles analyzed again without their date, as an undated input would be
    # (times resolved against the date must not leak it).
    hidden_articles = [replace(g[i].article, published=None) for _, _, g, i in trials]
    undated = dict(
        zip(
            [a.id for a in hidden_articles],
            analyze_cached("dates-undated", hidden_articles),
            strict=True,
        )
    )
    counts: dict[str, Counter[str]] = {"dev": Counter(), "held-out": Counter()}
    for name, bucket, group, i in trials:
        c = counts[name]
        hidden = group[i]
        true = hidden.article.published or ""
        story = Story([*group[:i], undated[hidden.article.id], *group[i + 1 :]])
        got = infer_dates(story)[hidden.article.id]
        c[f"{bucket} tried"] += 1
        if got.date is None:
            continue
        reasons = (got.evidence or "").split("; ")
        weekday_only = all("nearest the story date" in w for w in reasons)
        verdict = "right" if right(got.date, true) else "wrong"
        c[f"{bucket} {verdict}"] += 1
        if weekday_only:
            c[f"{bucket} weekday {verdict}"] += 1
    print(
        f"cache: {cache.name if cache else 'this code version'}; {len(articles)} dated articles, {len(groups)} groups"
    )
    print(
        "| half | bucket | articles | right | wrong | undated | weekday-only right | wrong |\n"
        "|---|---|---|---|---|---|---|---|"
    )
    for name, c in counts.items():
        for bucket in ("near", "off"):
            tried, ok, bad = (c[f"{bucket} {k}"] for k in ("tried", "right", "wrong"))
            print(
                f"| {name} | {bucket} | {tried} | {ok} | {bad} | {tried - ok - bad} | "
                f"{c[f'{bucket} weekday right']} | {c[f'{bucket} weekday wrong']} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
