"""Score variants of the summarizer's settings on DUC 2004, dev and held-out, in one run.

Usage: python bench/duc2004_variants.py [--cache FILE] VARIANT...

A VARIANT is ``NAME:MODULE.ATTR=VALUE,...`` (``MODULE`` under ``crossbrief.synthesize``,
``VALUE`` a Python literal read by ``ast.literal_eval``: a number, a quoted string, a tuple,
list, dict or set of literals, True, False or None; a comma inside brackets or quotes belongs
to the value; ``NAME:`` alone is the code as it is), e.g. ``lead1:summary.LEAD_BONUS=1.0`` or
``pair:MODULE.ATTR=(0.5, 2)``. A value that is not a literal is refused, naming it. The stories and fact groups are built once and every
variant is summarized from them, so a sweep costs one ROUGE run per half and variant;
settings are chosen on ``dev`` (see ``duc2004.half``), ``held-out`` only checks them.
Settings of the modules that build the fact groups (``facts``, ``paraphrase``) are refused:
built once before any variant, the groups would not see them.
Prints R-1/R-2 over all clusters and each half, and the summary's CPU time per cluster.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import io
import itertools
import sys
import time
import tokenize
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import CACHE_HELP, allow_missing_data, analyze_cached, data_dir
from crossbrief.synthesize import summary
from crossbrief.synthesize.facts import group_sentences
from crossbrief.synthesize.story import Story
from duc2004 import half, read_cluster, require_rouge, rouge

# Modules whose work is done once, before the variants run (the fact groups): a setting
# there would silently change nothing.
BUILT_ONCE = frozenset({"facts", "paraphrase"})


def parse(spec: str) -> tuple[str, list[tuple[ModuleType, str, object]]]:
    """A variant's name and its settings as (module, attribute, value)."""
    name, _, sets = spec.partition(":")
    out = []
    for item in filter(None, (piece.strip() for piece in settings_of(sets))):
        key, equals, value = item.partition("=")
        if not equals:
            raise SystemExit(f"{spec}: {item!r} is not MODULE.ATTR=VALUE")
        module, _, attr = key.strip().rpartition(".")
        if module.partition(".")[0] in BUILT_ONCE:
            raise SystemExit(
                f"{spec}: crossbrief.synthesize.{module}.{attr} shapes the fact groups, which "
                "are built once before any variant runs, so it would change nothing here; "
                "change it in the code and run bench/duc2004.py instead"
            )
        mod = importlib.import_module(f"crossbrief.synthesize.{module}")
        if not hasattr(mod, attr):
            raise SystemExit(f"{spec}: crossbrief.synthesize.{module} has no {attr}")
        out.append((mod, attr, literal(spec, value)))
    return name, out


_OPENING, _CLOSING = frozenset("([{"), frozenset(")]}")


def settings_of(sets: str) -> list[str]:
    """The settings of ``MODULE.ATTR=VALUE,...``, split at the commas outside any bracket or
    string, so that a value may be a tuple, a list or a string holding commas. Read with
    Python's own tokenizer, which knows where a string ends; an unclosed bracket leaves the
    rest in the last setting, whose value ``literal`` then refuses."""
    starts = [0]  # the offset of each line of ``sets`` (tokens give line and column)
    for line in sets.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    cuts, depth = [], 0
    try:
        for token in tokenize.generate_tokens(io.StringIO(sets).readline):
            if token.type != tokenize.OP:
                continue
            if token.string in _OPENING:
                depth += 1
            elif token.string in _CLOSING:
                depth -= 1
            elif token.string == "," and depth == 0:
                cuts.append(starts[token.start[0] - 1] + token.start[1])
    except tokenize.TokenError:
        pass  # an unclosed bracket or string at the end
    bounds = [-1, *cuts, len(sets)]
    return [sets[a + 1 : b] for a, b in itertools.pairwise(bounds)]


def literal(spec: str, value: str) -> object:
    """``value`` read as a Python literal (``ast.literal_eval``); stops naming it otherwise."""
    try:
        return ast.literal_eval(value.strip())
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        raise SystemExit(
            f"{spec}: {value!r} is not a Python literal (a number, a quoted string, a tuple, "
            "list, dict or set of literals, True, False or None); quote a string: 'text'"
        ) from None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cache", type=Path, help=CACHE_HELP)
    parser.add_argument("--words", type=int, default=100)
    parser.add_argument("variants", nargs="+")
    allow_missing_data(parser)
    args = parser.parse_args()
    variants = [parse(v) for v in args.variants]

    root = data_dir("duc2004")
    require_rouge()  # before the analysis, which takes minutes
    clusters = sorted(p.name for p in (root / "docs").iterdir() if p.is_dir())
    per_cluster = [read_cluster(root / "docs" / c)[0] for c in clusters]
    flat = [a for arts in per_cluster for a in arts]
    analyzed = analyze_cached("duc2004", flat, None, 1, args.cache)
    stories = []
    pos = 0
    for arts in per_cluster:
        cluster = analyzed[pos : pos + len(arts)]
        pos += len(arts)
        story = Story(cluster)
        stories.append((story, group_sentences(story), {a.article.id: None for a in cluster}))
    refs = [
        [p.read_text(encoding="latin-1") for p in sorted((root / "references").glob(f"{c[:-1]}.*"))]
        for c in clusters
    ]
    halves = {h: [n for n, c in enumerate(clusters) if half(c) == h] for h in ("dev", "held-out")}

    for name, settings in variants:
        saved = [(mod, attr, getattr(mod, attr)) for mod, attr, _ in settings]
        for mod, attr, value in settings:
            setattr(mod, attr, value)
        try:
            hyps, took = [], []
            for story, groups, dates in stories:
                start = time.process_time()
                chosen = summary.summarize(story, groups, args.words, dates)
                took.append(time.process_time() - start)
                hyps.append("\n".join(s.text for s in chosen))
        finally:
            for mod, attr, value in saved:
                setattr(mod, attr, value)
        cells = [f"all {'/'.join(f'{x:.2f}' for x in rouge(hyps, refs)[:2])}"]
        for h, ns in halves.items():
            r1, r2, _ = rouge([hyps[n] for n in ns], [refs[n] for n in ns])
            cells.append(f"{h} {r1:.2f}/{r2:.2f}")
        cells.append(f"cpu mean {sum(took) / len(took):.3f} s max {max(took):.3f} s")
        print(f"{name:24s} {'  '.join(cells)}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
