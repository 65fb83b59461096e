"""The held-out conflict listing (bench/conflicts_heldout.py): its input handling."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from crossbrief.model import AnalyzedArticle, Article

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
heldout = pytest.importorskip("conflicts_heldout")


@pytest.mark.parametrize(
    ("tokens", "printed"),
    [
        ("In Lyon, 12, 500 people marched.", "In Lyon, 12,500 people marched."),
        ("He averaged 21. 7 points.", "He averaged 21.7 points."),
        ("a $ 1, 250, 000 fee", "a $ 1,250,000 fee"),
    ],
)
def test_numbers_split_by_the_tokenizer_are_joined(tokens: str, printed: str) -> None:
    assert heldout.rejoin_numbers(tokens) == printed


@pytest.mark.parametrize(
    "text",
    ["It opened on May 5, 2010 in Rome.", "Scores were 3, 14 and 15.", "He left. 2 stayed."],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert heldout.rejoin_numbers(text) == text


def test_every_gold_cluster_is_left_out() -> None:
    conflicts = json.loads((BENCH / "gold" / "conflicts.json").read_text(encoding="utf-8"))
    facts = json.loads((BENCH / "gold" / "facts.json").read_text(encoding="utf-8"))
    named = {c["cluster"] for kind in ("conflicts", "non_conflicts") for c in conflicts[kind]}
    named |= {g["cluster"] for g in facts["groups"]}
    # the 25 developed clusters: 17 with conflicts and 12 with fact groups, overlapping
    assert len(named) == 25
    assert named == heldout.gold_clusters()


@pytest.mark.parametrize(
    ("spec", "ids"),
    [
        ("11-14", [11, 12, 13, 14]),
        ("0,2", [0, 2]),
        ("11-13,16, 12", [11, 12, 13, 16]),
        ("7", [7]),
        (" 3 - 4 ", [3, 4]),
    ],
)
def test_id_ranges_are_read(spec: str, ids: list[int]) -> None:
    assert heldout.parse_ids(spec) == ids


@pytest.mark.parametrize("spec", ["", "11-", "a-b", "14-11", "11..14", "1;2"])
def test_bad_id_ranges_are_refused(spec: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        heldout.parse_ids(spec)


def test_defaults_keep_the_first_listing() -> None:
    args = heldout.build_parser().parse_args([])
    # no ids given: the first 10 ECB+ topics and NewsWCL50 events 0-4, as before the options
    assert (args.set, args.ecb_topics, args.topics, args.wcl_events) == ("all", 10, None, None)


def test_options_choose_topics_and_events() -> None:
    args = heldout.build_parser().parse_args(["--topics", "11-14,16", "--wcl-events", "0-1"])
    assert args.topics == [11, 12, 13, 14, 16]
    assert args.wcl_events == [0, 1]


def test_a_bad_topic_range_stops_the_command() -> None:
    with pytest.raises(SystemExit):
        heldout.build_parser().parse_args(["--topics", "eleven"])


@pytest.mark.parametrize(("story", "topic"), [("12ecbplus", 12), ("3ecb", 3), ("ecb", 0)])
def test_topic_of_a_sub_event(story: str, topic: int) -> None:
    assert heldout.topic_of(story) == topic


def test_the_bbc_halves_are_frozen_as_they_were_read() -> None:
    # the halves were fixed as the odd (A) and even (B) story numbers of one grouping; the
    # file keeps them, file names only, so a grouping change moves no read story
    frozen = heldout.frozen_halves()
    verdicts = (BENCH / "gold" / "conflict_verdicts_heldout.md").read_text(encoding="utf-8")
    read = set(re.findall(r"\bbbc-[a-z]+-\d\d\b", verdicts))
    names = {name: half for name, half in frozen.values()}
    assert read and read <= set(names)
    for name, half in names.items():
        assert half == ("A" if int(name[-2:]) % 2 else "B")
    assert all(re.fullmatch(r"[a-z]+/\d{3}\.txt", f) for files in frozen for f in files)


def test_a_story_outside_the_frozen_halves_takes_a_stable_half() -> None:
    # pinned: a change to the hash would move stories already read from one half to the other
    assert heldout.hash_half(("tech/001.txt", "tech/040.txt")) == "B"
    halves = {heldout.hash_half((f"tech/{n:03d}.txt",)) for n in range(1, 20)}
    assert halves == {"A", "B"}  # the hash splits stories, it does not put all in one half


def test_a_grouped_story_takes_its_frozen_half_or_a_hashed_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one invented category whose grouping gives a frozen story, a lone article (no story, so
    # no number) and a story the frozen file does not hold
    frozen_files, (frozen_name, frozen_half) = next(iter(heldout.frozen_halves().items()))
    category = frozen_files[0].split("/")[0]
    new_files = (f"{category}/901.txt", f"{category}/902.txt")
    assert new_files not in heldout.frozen_halves()
    names = [*frozen_files, f"{category}/900.txt", *new_files]
    articles = [
        Article(id=f"a{n}", text="A short invented text.", source="BBC", path=f"/bbc/{f}")
        for n, f in enumerate(names)
    ]
    cut = len(frozen_files)

    def grouped(part: list[AnalyzedArticle]) -> list[list[AnalyzedArticle]]:
        return [part[:cut], [part[cut]], part[cut + 1 :]]

    def analyzed(name: str, arts: list[Article]) -> list[AnalyzedArticle]:
        return [AnalyzedArticle(article=a) for a in arts]

    patched: dict[str, Any] = {
        "data_dir": lambda name: Path("/bbc"),
        "bbc_articles": lambda root: {category: articles},
        "analyze_cached": analyzed,
        "group_stories": grouped,
    }
    for attr, value in patched.items():
        monkeypatch.setattr(heldout, attr, value)
    found = [(name, heldout.story_files(group)) for name, group in heldout.bbc_stories(None)]
    assert found == [(frozen_name, tuple(sorted(frozen_files))), (f"bbc-{category}-x02", new_files)]
    # the half filter keeps each story by its own half: the frozen one's, the hashed one's
    new_half = heldout.hash_half(new_files)
    for half in ("A", "B"):
        kept = {name for name, _ in heldout.bbc_stories(half)}
        expected = {frozen_name} if frozen_half == half else set()
        expected |= {f"bbc-{category}-x02"} if new_half == half else set()
        assert kept == expected
