"""The story timeline's dates on TempEval-3 (TimeBank + AQUAINT), against the gold TIMEX3.

    .venv/bin/python bench/timeline.py [--corpus TimeBank AQUAINT] [--processes 1]

bench/time.py scores the analysis's time expressions; the timeline a reader sees is built
from them by synthesis (``synthesize.timeline.build_timeline``: the article's date inferred,
relative days resolved again, years given to bare month-days, asides and plans left out).
TempEval-3 has no story timeline, but it gives each time expression's value in its article:
here every document is analyzed as the pipeline does (its DCT the article's date) and made a
one-article story, and each timeline entry's date is checked against the gold value of the
TIMEX3 its expression is (the found expression of that text in the entry's sentence,
overlapping a gold one).

With ``--undated`` each document is analyzed without its DCT, as an undated input is: the
timeline then dates the article from its own text (``synthesize.dates.infer_dates``) and
resolves its relative times against that, the synthesis work a dated article never needs.

Per half (the dev / held-out halves of bench/time.py, by a hash of the document name):
- entries: timeline entries of a dated expression (weekdays of no known week and entries of
  a day with no year are counted apart, as "undated": they claim no full value);
- gold: of those, the entries whose expression overlaps a gold TIMEX3 with a value;
- right / wrong: the entry's date equals / differs from that value;
- no gold: the expression overlaps no gold TIMEX3 (TempEval marks no time there);
- changed: entries whose date differs from the analysis's own value of the expression (a
  clock time taken as its day; what synthesis changed), how many of those right and wrong.

The analysis is cached as the other benches' (``bench/out/tempeval3-<model>-<code
version>.jsonl``). The data lives in ../shared/data/tempeval3 and is never copied here.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from _common import allow_missing_data, analyze_cached, skip
from crossbrief.model import AnalyzedArticle, Article, TimeExpr, TimelineEntry

_HERE = Path(__file__).resolve().parent


def _time_bench() -> Any:
    """bench/time.py as a module (its name is the standard library's ``time``)."""
    spec = importlib.util.spec_from_file_location("bench_time", _HERE / "time.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_time"] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def expression_of(analyzed: AnalyzedArticle, entry: TimelineEntry) -> TimeExpr | None:
    """The analysis's time expression an entry shows: of its text, in its sentence."""
    sentence = analyzed.sentences[entry.sentence]
    return next(
        (
            t
            for t in analyzed.times
            if t.text == entry.expression and sentence.start <= t.start < sentence.end
        ),
        None,
    )


def judge(entry: TimelineEntry, time: TimeExpr | None, gold: list[Any]) -> str:
    """How an entry's date reads against the gold TIMEX3 its expression overlaps: "undated"
    (a weekday of no week or a day of no year claims no value), "no gold", "right" or
    "wrong"; a gold value that is no date ("PRESENT_REF") counts as "no gold", and a gold
    clock time is its day."""
    if entry.precision == "weekday" or entry.date.startswith("X"):
        return "undated"
    if time is None:
        return "no gold"
    value = next(
        (g.value for g in gold if g.start < time.end and time.start < g.end and g.value), None
    )
    if value is None or not value[:1].isdigit():
        return "no gold"
    # the timeline lists a clock time under its day, as the day
    return "right" if _day(value) == entry.date else "wrong"


def _day(value: str | None) -> str | None:
    """A value as the timeline lists it: a clock time under its day."""
    return value.split("T")[0] if value else value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", default=["TimeBank", "AQUAINT"])
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: best installed)")
    parser.add_argument("--errors", help="write the dev half's wrong entries here")
    parser.add_argument(
        "--undated",
        action="store_true",
        help="hide each document's DCT, as an undated input: synthesis dates it from its text",
    )
    allow_missing_data(parser)
    args = parser.parse_args(argv)
    bench = _time_bench()
    if not bench.DATA.is_dir():
        skip(bench.DATA)

    from crossbrief.synthesize.dates import infer_dates
    from crossbrief.synthesize.story import Story
    from crossbrief.synthesize.timeline import build_timeline

    docs = [
        bench.load(p, corpus)
        for corpus in args.corpus
        for p in sorted((bench.DATA / corpus).glob("*.tml"))
    ]
    articles = [
        Article(
            id=f"{d.corpus}/{d.name}",
            text=d.text,
            published=None if args.undated else d.dct or None,
        )
        for d in docs
    ]
    analyzed = analyze_cached("tempeval3-timeline", articles, args.model, args.processes)
    counts: dict[str, Counter[str]] = {}
    errors: list[str] = []
    for doc, one in zip(docs, analyzed, strict=True):
        story = Story([one])
        tally = counts.setdefault(doc.split, Counter())
        for entry in build_timeline(story, infer_dates(story)):
            time = expression_of(one, entry)
            verdict = judge(entry, time, doc.gold)
            tally[verdict] += 1
            if (
                verdict in {"right", "wrong"}
                and time is not None
                and _day(time.value) != entry.date
            ):
                tally[f"changed {verdict}"] += 1
            if verdict == "wrong" and doc.split == "dev":
                errors.append(
                    f"{one.article.id}\t{entry.sentence}\t{entry.expression}\t{entry.date}"
                )
    print("| half | entries | undated | no gold | gold | right | wrong | changed: right / wrong |")
    print("|---|---|---|---|---|---|---|---|")
    for half in [*sorted(counts), "all"]:
        c = counts[half] if half != "all" else sum(counts.values(), Counter())
        scored = c["right"] + c["wrong"]
        share = f"{c['right'] / scored:.3f}" if scored else "-"
        print(
            f"| {half} | {sum(c[k] for k in ('undated', 'no gold', 'right', 'wrong'))} | "
            f"{c['undated']} | {c['no gold']} | {scored} | {c['right']} ({share}) | {c['wrong']} | "
            f"{c['changed right']} / {c['changed wrong']} |"
        )
    if args.errors:
        Path(args.errors).write_text("\n".join(errors) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
