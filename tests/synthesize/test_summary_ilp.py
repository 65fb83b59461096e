"""The summary's integer program solver: the optimum of small invented programs."""

from __future__ import annotations

import numpy as np

from crossbrief.synthesize.summary_ilp import SOLVER, solve


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
