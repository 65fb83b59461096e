"""The paraphrase term matrix is laid out the same under any PYTHONHASHSEED: its columns in
the order the terms first appear, not in a set's hash order."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from crossbrief.synthesize.paraphrase import _incidence

# Two invented sentences' terms; the second repeats one term, which still counts once.
_TERMS = [["harbour", "board", "bridge", "budget", "ferry"], ["ferry", "harbour", "ferry"]]
_SCRIPT = (
    "import json, sys\n"
    "from crossbrief.synthesize.paraphrase import _incidence\n"
    "print(json.dumps(_incidence(json.loads(sys.argv[1])).toarray().tolist()))\n"
)


def _matrix(seed: str) -> list[list[float]]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, json.dumps(_TERMS)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    rows: list[list[float]] = json.loads(done.stdout)
    return rows


def test_columns_follow_first_appearance_under_any_hash_seed() -> None:
    # seeds 0 and 1 laid the second row's two columns out differently before
    matrices = [_matrix(seed) for seed in ("0", "1")]
    assert all(m == matrices[0] for m in matrices)
    first, second = matrices[0]
    assert first == [1.0] * 5
    assert second == [1.0, 0.0, 0.0, 0.0, 1.0]  # "harbour" column 0, "ferry" column 4
    assert 2.0 not in second  # a repeated term is one 1, never a count


def test_rows_list_each_term_once_in_column_order() -> None:
    # the second row meets its terms in the reverse of their column order
    matrix = _incidence([["harbour", "board", "ferry"], ["ferry", "harbour", "ferry"], []])
    assert matrix.has_canonical_format
    assert matrix.indices[matrix.indptr[1] : matrix.indptr[2]].tolist() == [0, 2]
    assert matrix.indptr[2] == matrix.indptr[3]  # no terms, no entries
    assert (matrix @ matrix.T).toarray()[0, 1] == 2.0  # two shared terms, "ferry" once
