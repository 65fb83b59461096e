"""The held-out conflict listing (bench/conflicts_heldout.py, its sets in
bench/_heldout_sets.py): its input handling."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from crossbrief.model import AnalyzedArticle, Article

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
heldout = pytest.importorskip("conflicts_heldout")
sets = pytest.importorskip("_heldout_sets")


@pytest.mark.parametrize(
    ("tokens", "printed"),
    [
        ("In Lyon, 12, 500 people marched.", "In Lyon, 12,500 people marched."),
        ("He averaged 21. 7 points.", "He averaged 21.7 points."),
        ("a $ 1, 250, 000 fee", "a $ 1,250,000 fee"),
    ],
)
def test_numbers_split_by_the_tokenizer_are_joined(tokens: str, printed: str) -> None:
    assert sets.rejoin_numbers(tokens) == printed


@pytest.mark.parametrize(
    "text",
    ["It opened on May 5, 2010 in Rome.", "Scores were 3, 14 and 15.", "He left. 2 stayed."],
)
def test_other_numbers_are_left_alone(text: str) -> None:
    assert sets.rejoin_numbers(text) == text


def test_every_gold_cluster_is_left_out() -> None:
    conflicts = json.loads((BENCH / "gold" / "conflicts.json").read_text(encoding="utf-8"))
    facts = json.loads((BENCH / "gold" / "facts.json").read_text(encoding="utf-8"))
    named = {c["cluster"] for kind in ("conflicts", "non_conflicts") for c in conflicts[kind]}
    named |= {g["cluster"] for g in facts["groups"]}
    pairs = json.loads((BENCH / "gold" / "fact_pairs.json").read_text(encoding="utf-8"))
    named |= set(pairs["clusters"])
    # the 28 developed clusters: 17 with conflicts and 12 with fact groups, overlapping, and
    # the 3 of the complete fact-pair gold (session 20)
    assert len(named) == 28
    assert named == sets.gold_clusters()


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
    assert sets.topic_of(story) == topic


def test_the_bbc_halves_are_frozen_as_they_were_read() -> None:
    # the halves were fixed as the odd (A) and even (B) story numbers of one grouping; the
    # file keeps them, file names only, so a grouping change moves no read story
    frozen = sets.frozen_halves()
    verdicts = (BENCH / "gold" / "conflict_verdicts_heldout.md").read_text(encoding="utf-8")
    read = set(re.findall(r"\bbbc-[a-z]+-\d\d\b", verdicts))
    names = {name: half for name, half in frozen.values()}
    assert read and read <= set(names)
    for name, half in names.items():
        assert half == ("A" if int(name[-2:]) % 2 else "B")
    assert all(re.fullmatch(r"[a-z]+/\d{3}\.txt", f) for files in frozen for f in files)


def test_a_story_outside_the_frozen_halves_takes_a_stable_half() -> None:
    # pinned: a change to the hash would move stories already read from one half to the other
    assert sets.hash_half(("tech/001.txt", "tech/040.txt")) == "B"
    halves = {sets.hash_half((f"tech/{n:03d}.txt",)) for n in range(1, 20)}
    assert halves == {"A", "B"}  # the hash splits stories, it does not put all in one half


def test_a_grouped_story_takes_its_frozen_half_or_a_hashed_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # one invented category whose grouping gives a frozen story, a lone article (no story, so
    # no number) and a story the frozen file does not hold
    frozen_files, (frozen_name, frozen_half) = next(iter(sets.frozen_halves().items()))
    category = frozen_files[0].split("/")[0]
    new_files = (f"{category}/901.txt", f"{category}/902.txt")
    assert new_files not in sets.frozen_halves()
    names = [*frozen_files, f"{category}/900.txt", *new_files]
    articles = [
        Article(id=f"a{n}", text="A short invented text.", source="BBC", path=f"/bbc/{f}")
        for n, f in enumerate(names)
    ]
    cut = len(frozen_files)

    def grouped(part: list[AnalyzedArticle]) -> list[list[AnalyzedArticle]]:
        return [part[:cut], [part[cut]], part[cut + 1 :]]

    def analyzed(name: str, arts: list[Article], path: Path | None) -> list[AnalyzedArticle]:
        return [AnalyzedArticle(article=a) for a in arts]

    patched: dict[str, Any] = {
        "data_dir": lambda name: Path("/bbc"),
        "bbc_articles": lambda root: {category: articles},
        "analyze_cached": analyzed,
        "group_stories": grouped,
    }
    for attr, value in patched.items():
        monkeypatch.setattr(sets, attr, value)
    found = [(name, sets.story_files(group)) for name, group in sets.bbc_stories(None)]
    assert found == [(frozen_name, tuple(sorted(frozen_files))), (f"bbc-{category}-x02", new_files)]
    # the half filter keeps each story by its own half: the frozen one's, the hashed one's
    new_half = sets.hash_half(new_files)
    for half in ("A", "B"):
        kept = {name for name, _ in sets.bbc_stories(half)}
        expected = {frozen_name} if frozen_half == half else set()
        expected |= {f"bbc-{category}-x02"} if new_half == half else set()
        assert kept == expected


def test_the_halves_file_is_written_as_the_bbc_one_was() -> None:
    # the writer of polnear_halves.json, given the BBC rows, gives the BBC file to the byte
    path = BENCH / "gold" / "bbc_halves.json"
    raw = path.read_text(encoding="utf-8")
    rows = [(name, r["half"], tuple(r["articles"])) for name, r in json.loads(raw).items()]
    assert sets.halves_json(rows) == raw


def test_a_set_with_no_halves_file_has_no_frozen_stories(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "gold").mkdir()
    monkeypatch.setattr(sets, "HERE", tmp_path)
    assert sets.frozen_halves("polnear_halves.json") == {}


def write_polnear(root: Path) -> None:
    """An invented PolNeAR folder: two splits with texts, one split without."""
    rows = [
        ("train", "nyt_2016-05-03_vote-count", "nyt", "2016-05-03"),
        ("train", "breitbart_2016-05-04_vote-count", "breitbart", "2016-05-04"),
        ("dev", "politico_2016-06-01_a-rally", "politico", "2016-06-01"),
        ("test", "usa-today_2016-06-02_not-here", "usa-today", "2016-06-02"),
    ]
    lines = ["compartment\tfilename\tpublisher\tpublication_date"]
    lines += ["\t".join(r) for r in rows]
    root.mkdir()
    (root / "metadata.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "test" / "attributions").mkdir(parents=True)
    for split, stem, _, _ in rows[:3]:
        (root / split / "text").mkdir(parents=True, exist_ok=True)
        body = f"Headline of {stem}.\n\nThe council counted 12 votes.\n\nIt met on Monday.\n"
        (root / split / "text" / f"{stem}.txt").write_text(body, encoding="utf-8")


def test_polnear_articles_carry_publisher_date_and_headline(tmp_path: Path) -> None:
    write_polnear(tmp_path / "polnear")
    found = sets.polnear_articles(tmp_path / "polnear")
    # splits in name order, files in name order; the split without texts gives nothing
    assert [a.id for a in found] == [
        "politico_2016-06-01_a-rally",
        "breitbart_2016-05-04_vote-count",
        "nyt_2016-05-03_vote-count",
    ]
    first = found[0]
    assert (first.source, first.published) == ("politico", "2016-06-01")
    assert first.title == "Headline of politico_2016-06-01_a-rally."
    assert first.text == "The council counted 12 votes.\n\nIt met on Monday."
    assert first.path == "dev/text/politico_2016-06-01_a-rally.txt"


def test_polnear_stories_need_two_publishers_and_keep_frozen_halves(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def art(n: int, source: str) -> AnalyzedArticle:
        path = f"train/text/{source}_{n}.txt"
        return AnalyzedArticle(article=Article(id=f"a{n}", text="x", source=source, path=path))

    one_outlet = [art(1, "nyt"), art(2, "nyt")]
    frozen_story = [art(3, "nyt"), art(4, "politico")]
    new_story = [art(5, "nyt"), art(6, "breitbart")]
    groups = [one_outlet, [art(7, "nyt")], frozen_story, new_story]
    (tmp_path / "gold").mkdir()
    monkeypatch.setattr(sets, "HERE", tmp_path)
    monkeypatch.setattr(sets, "data_dir", lambda name: tmp_path)
    monkeypatch.setattr(sets, "polnear_articles", lambda root: [])
    monkeypatch.setattr(sets, "analyze_cached", lambda name, arts, path: [])
    monkeypatch.setattr(sets, "group_stories", lambda arts: groups)
    # no halves file yet: reading a half is refused, freezing writes one
    with pytest.raises(SystemExit):
        sets.polnear_stories(None)
    assert sets.freeze_polnear() == 0
    frozen = sets.frozen_halves(sets.POLNEAR_HALVES)
    assert set(frozen.values()) == {("polnear-001", "A"), ("polnear-002", "B")}
    assert sets.freeze_polnear() == 1  # never overwritten
    # the grouping changes: the frozen story keeps its name, a new one takes a fresh name
    groups[2:] = [[art(8, "usa-today"), art(9, "nyt")], frozen_story]
    found = {name: sets.story_files(g, 3) for name, g in sets.polnear_stories(None)}
    assert found == {
        "polnear-x001": ("train/text/nyt_9.txt", "train/text/usa-today_8.txt"),
        "polnear-001": ("train/text/nyt_3.txt", "train/text/politico_4.txt"),
    }
    new_half = sets.hash_half(found["polnear-x001"])
    assert {n for n, _ in sets.polnear_stories("A")} == {"polnear-001"} | (
        {"polnear-x001"} if new_half == "A" else set()
    )


def test_freeze_goes_with_polnear_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "argv", ["conflicts_heldout.py", "--set", "bbc", "--freeze"])
    with pytest.raises(SystemExit):
        heldout.main()


def test_the_polnear_halves_are_frozen_by_story_number() -> None:
    # fixed before any conflict was read: odd story numbers half A, even ones half B
    frozen = sets.frozen_halves(sets.POLNEAR_HALVES)
    names = {name: half for name, half in frozen.values()}
    assert len(names) == len(frozen) >= 2
    for name, half in names.items():
        assert re.fullmatch(r"polnear-\d{3}", name)
        assert half == ("A" if int(name[-3:]) % 2 else "B")
    assert all(re.fullmatch(r"(dev|train)/text/[\w.-]+\.txt", f) for fs in frozen for f in fs)
    verdicts = (BENCH / "gold" / "conflict_verdicts_heldout.md").read_text(encoding="utf-8")
    assert set(re.findall(r"\bpolnear-\d{3}\b", verdicts)) <= set(names)


def test_the_undated_diagnostic_drops_dates_only() -> None:
    dated = AnalyzedArticle(
        article=Article(id="a", text="It rose to 12.", source="nyt", published="2016-05-03")
    )
    (plain,) = heldout.undated([dated])
    assert plain.article.published is None
    assert plain.article.source == "nyt" and plain.article.text == dated.article.text
    assert dated.article.published == "2016-05-03"  # the input is left as it was


def test_a_split_story_keeps_its_half_and_a_mixed_group_with_held_out_articles_is_held_out() -> (
    None
):
    # a later grouping can split a frozen story or join pieces of two: neither may move a
    # held-out article into the development half
    frozen = {
        ("tech/001.txt", "tech/002.txt", "tech/003.txt"): ("bbc-tech-01", "B"),
        ("tech/004.txt", "tech/005.txt"): ("bbc-tech-02", "A"),
    }

    def group(*numbers: int) -> list[Any]:
        return [
            SimpleNamespace(article=SimpleNamespace(path=f"/d/tech/{n:03d}.txt")) for n in numbers
        ]

    groups = [group(1, 2), group(3, 4), group(5, 9), group(4, 5)]
    found = {
        name: side for side in "AB" for name, _ in sets.halved(groups, frozen, "x{:02d}", side)
    }
    assert found["bbc-tech-01.1"] == "B"  # a piece of a held-out story stays held out
    assert found["x02"] == "B"  # joins a held-out article with a development one
    assert found["bbc-tech-02"] == "A"  # the frozen story itself, unchanged
    assert "x03" in found  # one frozen article and a new one: named afresh, half by hash
