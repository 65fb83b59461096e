"""The summary's integer program, handed to HiGHS (through ``scipy.optimize.milp``).

The program (which sentences to choose) is built by ``summary``; this module only turns its
rows into a sparse matrix and solves it. The solver's settings change how fast HiGHS proves
the optimum, never which value is optimal.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array

from crossbrief.synthesize.quiet import native_stdout_silenced

# No wall-clock limit, so the result never depends on machine load; the node limit only
# guards against a pathological story (DUC 2004 clusters need at most a handful of nodes).
# The cut pool's soft limit (HiGHS's default is 10,000 rows) is the one setting that pays:
# a summary program has a few hundred rows, and HiGHS spent most of its time at the root
# node separating and re-solving with thousands of pooled cuts (session 12: HiGHS's time
# fell by about a quarter on the DUC 2004 clusters). The optimum's value never depends on
# it, but where two selections tie exactly (one sentence in two copies of a wire report)
# the copy chosen can: 250 chose the same sentences as the default on all 50 DUC clusters,
# the seeds and 26 ECB+ stories; 100, 150, 200, 300 and 400 each flipped a tie or two.
# The feasibility-jump heuristic is off: on these small 0/1 programs the root's other
# heuristics find as good a first solution, and its passes were about a tenth of HiGHS's
# CPU (session 24: the same sentences on all 50 DUC clusters, 86 ECB+ stories and the seeds;
# in session 14, on the programs of that time, it flipped one ECB+ tie).
# No relative gap (HiGHS stops at 1e-4 by default, 0.015-0.07 on these objectives of 150-730,
# more than the tie-break costs per sentence): HiGHS proves the optimum itself, not one
# within the gap, at no measurable cost (session 26: the 139 programs of same_briefs.py in
# about the same CPU; one ECB+ story got its optimum, 0.0005 better, instead).
SOLVER: dict[str, object] = {
    "disp": False,
    "node_limit": 2000,
    "mip_pool_soft_limit": 250,
    "mip_heuristic_run_feasibility_jump": False,
    "mip_rel_gap": 0.0,
}


def solve(
    cost: np.ndarray, rows: Sequence[dict[int, float]], uppers: Sequence[float], integers: int
) -> np.ndarray | None:
    """The optimal values of the variables (``None`` when HiGHS finds no solution): minimise
    ``cost`` subject to ``sum(v * x[j] for j, v in row.items()) <= upper`` for each row, every
    variable in [0, 1], the first ``integers`` of them 0 or 1."""
    n_vars = len(cost)
    data: list[float] = []
    row_ids: list[int] = []
    col_ids: list[int] = []
    for r, row in enumerate(rows):
        for j, v in row.items():
            row_ids.append(r)
            col_ids.append(j)
            data.append(v)
    matrix = csr_array((data, (row_ids, col_ids)), shape=(len(rows), n_vars))
    integrality = np.zeros(n_vars)
    integrality[:integers] = 1  # the other variables are 0/1 at the optimum anyway
    with native_stdout_silenced(), warnings.catch_warnings():
        # scipy warns that it passes HiGHS's own option names (the cut pool's) on verbatim
        warnings.filterwarnings("ignore", message="Unrecognized options", category=RuntimeWarning)
        result = milp(
            cost,
            constraints=LinearConstraint(matrix, -np.inf, np.array(uppers, dtype=float)),
            integrality=integrality,
            bounds=Bounds(0, 1),
            options=dict(SOLVER),
        )
    x: np.ndarray | None = result.x
    return x


def exclusive(conflicts: np.ndarray, ks: Sequence[int]) -> bool:
    """True when at most one of the variables ``ks`` can be 1: every two of them are a pair
    of ``conflicts`` (a symmetric boolean matrix whose pairs may not both be chosen). What
    only such variables carry is then won by choosing one of them, so it can be part of each
    one's gain rather than a variable and a row of its own (the optimum is unchanged)."""
    if len(ks) < 2:
        return True
    if len(ks) == 2:  # most carriers: one lookup each way, no block built
        return bool(conflicts[ks[0], ks[1]] and conflicts[ks[1], ks[0]])
    # broadcast indexing: ``np.ix_``'s block, without its per-call checks (called per carrier)
    k = np.asarray(ks, dtype=np.intp)
    block = conflicts[k[:, None], k]
    return bool(block.sum() - np.trace(block) == len(ks) * (len(ks) - 1))
