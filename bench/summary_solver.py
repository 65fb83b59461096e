"""The summary's integer programs, solved again alone under other HiGHS settings.

Synthesizes the stories of bench/same_briefs.py (the 50 DUC 2004 clusters, the 86 ECB+ gold
stories, the seeds and the demo story) once, keeping every program the summary hands to
``summary_ilp.solve``; then solves each program again under each SETTING (a JSON object of
HiGHS options laid over ``summary_ilp.SOLVER``), the settings taking turns program by
program, ``--rounds`` times. Prints, per setting, the CPU seconds of the solves per set and
how many programs choose other sentences than under the first setting. A setting that only
saves time changes no choice; one that changes choices changes summaries, and a
``random_seed`` that changes a choice shows a program with tied optima.

    .venv/bin/python bench/summary_solver.py [--sets duc,ecb,seeds] [--rounds N] [SETTING ...]

e.g. ``bench/summary_solver.py '{}' '{"presolve": false}' '{"random_seed": 1}'`` (no SETTING:
``{}`` alone, today's settings).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.optimize import OptimizeWarning

from _common import allow_missing_data
from same_briefs import READERS, SETS, chosen_sets


@dataclass(frozen=True)
class Program:
    """One summary program as ``summary_ilp.solve`` received it."""

    name: str  # set and story number, e.g. "duc12"
    cost: np.ndarray
    rows: list[dict[int, float]]
    uppers: list[float]
    integers: int


def choice(x: np.ndarray | None, integers: int) -> tuple[int, ...] | None:
    """The chosen sentences' variables (the first ``integers``) of a solution, or ``None``."""
    if x is None:
        return None
    return tuple(int(k) for k in np.flatnonzero(x[:integers] > 0.5))


def settings_of(texts: Sequence[str]) -> list[dict[str, object]]:
    """The settings given as JSON objects; ``SystemExit`` naming one that is not."""
    out = []
    for text in texts:
        try:
            value = json.loads(text)
        except json.JSONDecodeError as err:
            raise SystemExit(f"setting {text!r} is not JSON: {err}") from err
        if not isinstance(value, dict):
            raise SystemExit(f"setting {text!r} is not a JSON object of HiGHS options")
        out.append(value)
    return out or [{}]


def capture(name: str, stories: Sequence[Sequence[Any]]) -> list[Program]:
    """Every program the summary solves while the stories are synthesized."""
    from crossbrief.options import Options
    from crossbrief.synthesize import summary, synthesize

    kept: list[Program] = []
    real = summary.solve
    story = ""

    def keep(
        cost: np.ndarray, rows: Sequence[dict[int, float]], uppers: Sequence[float], integers: int
    ) -> np.ndarray | None:
        kept.append(Program(story, cost.copy(), [dict(r) for r in rows], list(uppers), integers))
        return real(cost, rows, uppers, integers)

    summary.solve = keep  # type: ignore[assignment]  # a recording stand-in, same signature
    try:
        for k, articles in enumerate(stories):
            story = f"{name}{k}"
            synthesize(articles, Options())
    finally:
        summary.solve = real
    return kept


def solve_under(
    program: Program, setting: dict[str, object]
) -> tuple[float, tuple[int, ...] | None]:
    """CPU seconds and choice of one program solved with ``setting`` over today's settings."""
    from crossbrief.synthesize import summary_ilp

    today = summary_ilp.SOLVER
    summary_ilp.SOLVER = {**today, **setting}
    try:
        with warnings.catch_warnings():
            # a misspelt option would otherwise only warn, and the run measure nothing new
            warnings.simplefilter("error", OptimizeWarning)
            start = time.process_time()
            x = summary_ilp.solve(program.cost, program.rows, program.uppers, program.integers)
            return time.process_time() - start, choice(x, program.integers)
    except (AttributeError, OptimizeWarning) as err:  # scipy refuses or ignores the option
        raise SystemExit(f"setting {json.dumps(setting)}: {err}") from err
    finally:
        summary_ilp.SOLVER = today


def compare(
    programs: Sequence[Program], settings: Sequence[dict[str, object]], rounds: int
) -> tuple[list[dict[str, float]], list[list[str]]]:
    """Per setting, CPU seconds per set (summed over rounds) and the programs whose choice
    differs from the first setting's in any round."""
    cpu: list[dict[str, float]] = [{} for _ in settings]
    changed: list[set[str]] = [set() for _ in settings]
    for r in range(rounds):
        for p_no, program in enumerate(programs):
            order = list(range(len(settings)))
            shift = (p_no + r) % len(settings)  # each setting in each turn as often
            order = order[shift:] + order[:shift]
            chosen: dict[int, tuple[int, ...] | None] = {}
            for s in order:
                seconds, chosen[s] = solve_under(program, settings[s])
                kind = program.name.rstrip("0123456789")
                cpu[s][kind] = cpu[s].get(kind, 0.0) + seconds
            for s in range(1, len(settings)):
                if chosen[s] != chosen[0]:
                    changed[s].add(program.name)
    return cpu, [sorted(c) for c in changed]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("settings", nargs="*", help='JSON objects of HiGHS options, e.g. "{}"')
    parser.add_argument("--sets", default=",".join(SETS), help="of duc, ecb, seeds (default all)")
    parser.add_argument("--rounds", type=int, default=1, help="solves of each program (1)")
    allow_missing_data(parser)
    args = parser.parse_args()
    settings = settings_of(args.settings)
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    chosen = chosen_sets(parser, args.sets)
    programs: list[Program] = []
    for name in chosen:
        programs += capture(name, READERS[name]())
        print(f"{name}: {sum(p.name.startswith(name) for p in programs)} programs", flush=True)
    cpu, changed = compare(programs, settings, args.rounds)
    for setting, seconds, names in zip(settings, cpu, changed, strict=True):
        per_set = ", ".join(f"{k} {v:.2f}" for k, v in seconds.items())
        shown = " ".join(names[:12]) + (" ..." if len(names) > 12 else "")
        print(
            f"{json.dumps(setting)}: {sum(seconds.values()):.2f} s CPU ({per_set}); "
            f"{len(names)} of {len(programs)} programs choose otherwise"
            + (f": {shown}" if names else "")
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
