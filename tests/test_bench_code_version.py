"""The analysis cache key: code changes move it, comment and docstring changes do not."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

from _common import code_of

BASE = '''"""Count the harbour's ferries."""


def ferries(n: int) -> int:
    """How many ferries sail."""
    return n + 1  # one spare
'''


def test_rewording_a_docstring_or_a_comment_keeps_the_key() -> None:
    reworded = (
        BASE.replace("Count the harbour's ferries.", "Ferries of the port.")
        .replace("How many ferries sail.", "The number that sail.")
        .replace("# one spare", "# the spare boat")
    )
    assert code_of(reworded) == code_of(BASE)


def test_a_change_to_the_code_moves_the_key() -> None:
    assert code_of(BASE.replace("n + 1", "n + 2")) != code_of(BASE)
    # a string that is not a docstring is code
    changed = BASE.replace("    return n + 1", '    x = "a"\n    return n + 1')
    assert code_of(changed) != code_of(BASE)


def test_a_function_that_is_only_a_docstring_still_parses() -> None:
    source = 'def f() -> None:\n    """Nothing to do."""\n'
    assert code_of(source) == code_of("def f() -> None:\n    pass\n")
