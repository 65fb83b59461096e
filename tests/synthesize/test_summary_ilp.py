"""The summary's integer program solver: the optimum of small invented programs."""

from __future__ import annotations

import warnings

import numpy as np
from scipy.optimize import OptimizeWarning

from crossbrief.synthesize.summary_ilp import SOLVER, exclusive, solve


def test_solve_picks_the_best_pair_within_the_budget() -> None:
    # three sentences of 5, 6 and 4 words, budget 10: gains 3, 4 and 2.5
    cost = np.array([-3.0, -4.0, -2.5])
    x = solve(cost, [{0: 5.0, 1: 6.0, 2: 4.0}], [10.0], integers=3)
    assert x is not None
    assert [round(v) for v in x] == [0, 1, 1]


def test_solve_counts_a_shared_concept_once() -> None:
    # sentences 0 and 1 carry one concept (variable 2, weight 5); each adds 1 alone
    cost = np.array([-1.0, -1.0, -5.0])
    rows = [{0: 1.0, 1: 1.0}, {2: 1.0, 0: -1.0, 1: -1.0}]
    x = solve(cost, rows, [1.0, 0.0], integers=2)
    assert x is not None
    assert round(x[2]) == 1 and round(x[0]) + round(x[1]) == 1


def test_solver_settings_survive_a_solve() -> None:
    # scipy's milp empties the options dict it is given: the node limit must hold for every
    # story, not only the first one solved in a process
    before = dict(SOLVER)
    solve(np.array([-1.0]), [{0: 1.0}], [1.0], integers=1)
    assert before == SOLVER
    assert SOLVER["node_limit"] == 2000


def test_solver_settings_are_all_known_to_highs() -> None:
    # a misspelt or retired HiGHS option name is only warned about and skipped by scipy,
    # which would silently change how every summary is solved
    with warnings.catch_warnings():
        warnings.simplefilter("error", OptimizeWarning)
        x = solve(np.array([-1.0, -2.0]), [{0: 1.0, 1: 1.0}], [1.0], integers=2)
    assert x is not None and round(x[1]) == 1


def _conflicts(n: int, pairs: list[tuple[int, int]]) -> np.ndarray:
    out = np.zeros((n, n), dtype=bool)
    for a, b in pairs:
        out[a, b] = out[b, a] = True
    return out


def test_exclusive_when_every_two_variables_conflict() -> None:
    conflicts = _conflicts(4, [(0, 1), (0, 3), (1, 3), (1, 2)])
    assert exclusive(conflicts, [0, 1, 3])
    assert exclusive(conflicts, [2])  # a single variable: at most one of it, trivially


def test_not_exclusive_when_one_pair_may_both_be_chosen() -> None:
    conflicts = _conflicts(4, [(0, 1), (1, 3), (1, 2)])
    assert not exclusive(conflicts, [0, 1, 3])  # 0 and 3 may both be chosen
    assert not exclusive(conflicts, [0, 2])


def test_a_concept_folded_into_exclusive_carriers_keeps_the_optimum() -> None:
    # sentences 0 and 1 (6 and 5 words) exclude each other and both carry a concept of
    # weight 5 (variable 3); sentence 2 (4 words) carries 2; budget 10
    rows = [{0: 6.0, 1: 5.0, 2: 4.0}, {0: 1.0, 1: 1.0}]
    modelled = solve(
        np.array([-1.0, -0.5, -2.0, -5.0]), [*rows, {3: 1.0, 0: -1.0, 1: -1.0}], [10.0, 1.0, 0.0], 3
    )
    folded = solve(np.array([-6.0, -5.5, -2.0]), rows, [10.0, 1.0], 3)
    assert modelled is not None and folded is not None
    assert [round(v) for v in modelled[:3]] == [round(v) for v in folded] == [1, 0, 1]
    # without the exclusion the folded form would count the concept twice: both chosen
    both = solve(np.array([-6.0, -5.5, -2.0]), rows[:1], [11.0], 3)
    assert both is not None and [round(v) for v in both] == [1, 1, 0]
