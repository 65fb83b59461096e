"""The solver study (bench/summary_solver.py): programs kept, settings read and compared."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
study = pytest.importorskip("summary_solver")


@pytest.fixture(scope="module")
def demo_programs(nlp: Any) -> list[Any]:
    from crossbrief.analyze import analyze_articles
    from crossbrief.cli import demo_paths
    from crossbrief.ingest import read_paths
    from crossbrief.options import Options

    articles = read_paths(demo_paths()).articles
    programs: list[Any] = study.capture(
        "demo", [list(analyze_articles(articles, Options(), nlp=nlp))]
    )
    return programs


def test_the_demo_story_hands_the_solver_its_summary_program(demo_programs: list[Any]) -> None:
    from crossbrief.synthesize import summary

    assert demo_programs, "the demo story's summary solved no program"
    first = demo_programs[0]
    assert first.name == "demo0"
    # the word budget is the first row, over the sentence variables only
    assert set(first.rows[0]) == set(range(first.integers))
    assert first.uppers[0] == 120.0
    # the recording stand-in is taken away again
    assert summary.solve.__module__ == "crossbrief.synthesize.summary_ilp"


def test_settings_that_only_change_speed_change_no_choice(demo_programs: list[Any]) -> None:
    cpu, changed = study.compare(demo_programs, [{}, {"presolve": False}], rounds=2)
    assert changed == [[], []]
    assert all(seconds["demo"] > 0 for seconds in cpu)


def test_a_changed_choice_is_named() -> None:
    # two sentences of 10 words worth 3 and 2.9, a budget of 19 words: the program holds the
    # first alone; its LP relaxation (HiGHS's ``solve_relaxation``) takes 0.9 of the second
    program = study.Program("tiny0", np.array([-3.0, -2.9]), [{0: 10.0, 1: 10.0}], [19.0], 2)
    assert study.solve_under(program, {})[1] == (0,)
    cpu, changed = study.compare([program], [{}, {"solve_relaxation": True}], rounds=1)
    assert changed == [[], ["tiny0"]]
    assert set(cpu[1]) == {"tiny"}


def _one_sentence_program(
    budget: float,
) -> tuple[np.ndarray, list[dict[int, float]], list[float], int]:
    """One sentence of 10 words worth 3: chosen when the budget holds it."""
    return np.array([-3.0]), [{0: 10.0}], [budget], 1


def test_a_sentence_is_chosen_only_within_the_budget() -> None:
    empty = study.Program("tiny0", *_one_sentence_program(budget=5.0))
    full = study.Program("tiny0", *_one_sentence_program(budget=50.0))
    assert study.solve_under(empty, {})[1] == ()
    assert study.solve_under(full, {})[1] == (0,)


def test_an_option_highs_does_not_have_stops_the_run() -> None:
    program = study.Program("tiny0", *_one_sentence_program(budget=50.0))
    with pytest.raises(SystemExit, match="bogus_option"):
        study.solve_under(program, {"bogus_option": 1})


@pytest.mark.parametrize("text", ["[1]", "presolve=off", "3"])
def test_a_setting_must_be_a_json_object(text: str) -> None:
    with pytest.raises(SystemExit, match="setting"):
        study.settings_of([text])


def test_no_setting_means_todays_settings() -> None:
    assert study.settings_of([]) == [{}]
    assert study.choice(None, 3) is None
    assert study.choice(np.array([1.0, 0.0, 1.0, 1.0]), 3) == (0, 2)
