"""Time expressions on TempEval-3 (TimeBank + AQUAINT): TempEval-3 style scores.

    .venv/bin/python bench/time.py [--corpus TimeBank AQUAINT] [--errors FILE]

For each document the raw TEXT is split into paragraphs and parsed by spaCy as the analysis
does, then crossbrief's ``extract_times`` (the time stage of the per-article analysis) runs
with the document creation time (DCT) as the article date. In the same run a baseline is
scored: spaCy DATE/TIME entities (same pipeline, same paragraphs) normalised by dateparser
with the DCT as RELATIVE_BASE. The parsed paragraphs are cached under ``bench/out/`` (keyed
on the pipeline and the paragraph splitter), so re-scoring after a rule change costs seconds.

Scores, per corpus and overall, as in TempEval-3 (UzZaman et al. 2013):
- strict span P/R/F1: exact character match;
- relaxed span P/R/F1: any overlap (each gold and each system span matched at most once);
- type accuracy: over relaxed matches;
- value P/R/F1: a system expression counts only when its span overlaps a gold one AND its
  value equals the gold value.

The data lives in ../shared/data/tempeval3 and is never copied into the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from _common import allow_missing_data, code_digest, data_root, skip, write_atomic

DATA = data_root() / "tempeval3"


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    type: str
    value: str | None
    text: str


@dataclass
class Doc:
    name: str
    corpus: str
    dct: str
    text: str
    gold: list[Timex]

    @property
    def split(self) -> str:
        """Which half, "dev" or "held-out": a fixed half of the documents by a hash of their name.

        TempEval-3's training data has no test split here; rules are written looking at
        the dev half's errors only (``--errors`` writes those), the held-out half checks
        that they generalise.
        """
        digest = hashlib.sha256(f"{self.corpus}/{self.name}".encode()).digest()
        return "dev" if digest[0] % 2 == 0 else "held-out"


def _walk(elem: ET.Element, parts: list[str], gold: list[Timex]) -> None:
    """Append the text under ``elem`` to ``parts``, recording TIMEX3 offsets."""
    start = sum(len(p) for p in parts)
    if elem.text:
        parts.append(elem.text)
    for child in elem:
        _walk(child, parts, gold)
        if child.tail:
            parts.append(child.tail)
    if elem.tag == "TIMEX3":
        end = sum(len(p) for p in parts)
        text = "".join(parts)[start:end]
        gold.append(Timex(start, end, elem.get("type", ""), elem.get("value"), text))


def load(path: Path, corpus: str) -> Doc:
    """A .tml file as raw text, its DCT and its gold TIMEX3 spans (offsets into the text)."""
    root = ET.parse(path).getroot()
    dct_el = root.find("DCT/TIMEX3")
    dct = (dct_el.get("value") or "")[:10] if dct_el is not None else ""
    text_el = root.find("TEXT")
    assert text_el is not None, path
    parts: list[str] = []
    gold: list[Timex] = []
    # The TEXT element's own tail and the DCT are outside the text.
    _walk(text_el, parts, gold)
    return Doc(path.stem, corpus, dct, "".join(parts), gold)


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.system += other.system
        self.strict += other.strict
        self.relaxed += other.relaxed
        self.type_ok += other.type_ok
        self.value_ok += other.value_ok
        self.errors += other.errors

    @staticmethod
    def _f(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_sys if n_sys else 0.0
        r = tp / n_gold if n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def row(self) -> dict[str, float]:
        sp, sr, sf = self._f(self.strict, self.system, self.gold)
        rp, rr, rf = self._f(self.relaxed, self.system, self.gold)
        vp, vr, vf = self._f(self.value_ok, self.system, self.gold)
        return {
            "strict P": sp,
            "strict R": sr,
            "strict F1": sf,
            "relaxed P": rp,
            "relaxed R": rr,
            "relaxed F1": rf,
            "type acc": self.type_ok / self.relaxed if self.relaxed else 0.0,
            "value P": vp,
            "value R": vr,
            "value F1": vf,
        }


def score(doc: Doc, system: Sequence[Timex]) -> Score:
    """Match system to gold spans one-to-one (exact matches first, then largest overlap)."""
    s = Score(gold=len(doc.gold), system=len(system))
    free_sys = set(range(len(system)))
    pairs: list[tuple[int, int]] = []
    for gi, g in enumerate(doc.gold):
        for si in sorted(free_sys):
            if (system[si].start, system[si].end) == (g.start, g.end):
                pairs.append((gi, si))
                free_sys.discard(si)
                s.strict += 1
                break
    matched_gold = {gi for gi, _ in pairs}
    for gi, g in enumerate(doc.gold):
        if gi in matched_gold:
            continue
        best, best_overlap = None, 0
        for si in sorted(free_sys):
            overlap = min(g.end, system[si].end) - max(g.start, system[si].start)
            if overlap > best_overlap:
                best, best_overlap = si, overlap
        if best is not None:
            pairs.append((gi, best))
            free_sys.discard(best)
    s.relaxed = len(pairs)
    for gi, si in pairs:
        g, t = doc.gold[gi], system[si]
        s.type_ok += g.type == t.type
        ok = g.value is not None and g.value == t.value
        s.value_ok += ok
        if not ok or g.type != t.type:
            s.errors.append(
                f"{doc.name}\tVALUE\t{g.text!r}\t{g.type}:{g.value}\t{t.text!r}\t{t.type}:{t.value}"
            )
    paired_gold = {gi for gi, _ in pairs}
    paired_sys = {si for _, si in pairs}
    for gi, g in enumerate(doc.gold):
        if gi not in paired_gold:
            s.errors.append(f"{doc.name}\tMISS\t{g.text!r}\t{g.type}:{g.value}")
    for si, t in enumerate(system):
        if si not in paired_sys:
            s.errors.append(f"{doc.name}\tSPURIOUS\t{t.text!r}\t{t.type}:{t.value}")
    for gi, si in pairs:
        g, t = doc.gold[gi], system[si]
        if (g.start, g.end) != (t.start, t.end):
            s.errors.append(f"{doc.name}\tSPAN\t{g.text!r}\t{t.text!r}")
    return s


# --- the systems ---------------------------------------------------------------------------


def parsed(docs: Sequence[Doc], nlp: Any, model: str) -> list[list[Any]]:
    """Each document's paragraphs parsed by ``nlp`` (``Paragraph`` objects), from the cache
    when the pipeline, the paragraph splitter and the documents are unchanged."""
    from spacy.tokens import DocBin

    from crossbrief.analyze import paragraphs as para
    from crossbrief.analyze.nlp import tokenizer_key

    # the paragraph splitter's code (comments and docstrings aside), as every bench cache
    digest = hashlib.sha256(code_digest([Path(para.__file__)]).encode())
    digest.update(tokenizer_key().encode())  # our tokenizer rules change the parse too
    for d in docs:
        digest.update(f"{d.corpus}/{d.name}".encode())
    out_dir = Path(__file__).resolve().parent / "out"
    path = out_dir / f"tempeval3-{model}-{digest.hexdigest()[:12]}.spacy"
    spans = [para.paragraph_spans(d.text) for d in docs]
    if path.exists():
        parsed_docs = list(DocBin().from_bytes(path.read_bytes()).get_docs(nlp.vocab))
    else:
        texts = [d.text[s:e] for d, ss in zip(docs, spans, strict=True) for s, e in ss]
        parsed_docs = list(nlp.pipe(texts))
        write_atomic(path, DocBin(docs=parsed_docs).to_bytes())
    it = iter(parsed_docs)
    return [[para.Paragraph(s, next(it)) for s, _ in ss] for ss in spans]


def crossbrief_system(docs: Sequence[Doc], paragraphs: Sequence[list[Any]]) -> list[list[Timex]]:
    """crossbrief's time stage on the parsed paragraphs, the DCT as the article date."""
    from crossbrief.analyze.times import extract_times

    out = []
    for d, paras in zip(docs, paragraphs, strict=True):
        found = extract_times(paras, d.dct or None)
        out.append([Timex(t.start, t.end, t.type, t.value, t.text) for t in found])
    return out


@cache
def _date_parser(base: str) -> Any:
    from dateparser.date import DateDataParser

    settings = {"RELATIVE_BASE": dt.datetime.fromisoformat(base), "PREFER_DATES_FROM": "past"}
    return DateDataParser(languages=["en"], settings=settings)


@cache
def _dateparser(text: str, base: str) -> str | None:
    """dateparser's reading of a span, written at the precision it reports (its ``period``),
    so the baseline is not penalised for giving a day where the text names a year."""
    try:
        data = _date_parser(base).get_date_data(text)
    except Exception:
        return None
    when = data.date_obj
    if when is None:
        return None
    period = data.period or "day"
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        iso = when.isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return str(when.date().isoformat())


def baseline_system(docs: Sequence[Doc], paragraphs: Sequence[list[Any]]) -> list[list[Timex]]:
    """spaCy DATE/TIME entities, normalised by dateparser with the DCT as the base."""
    out = []
    for d, paras in zip(docs, paragraphs, strict=True):
        found = []
        for p in paras:
            for ent in p.doc.ents:
                if ent.label_ in {"DATE", "TIME"}:
                    value = _dateparser(ent.text, d.dct)
                    start = p.offset + ent.start_char
                    found.append(Timex(start, p.offset + ent.end_char, ent.label_, value, ent.text))
        out.append(found)
    return out


def speed(docs: Sequence[Doc], nlp: Any) -> str:
    """CPU time of time expression extraction alone vs the spaCy parse it runs on (same
    paragraphs)."""
    from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans
    from crossbrief.analyze.times import extract_times

    t0 = time.process_time()
    parsed = []
    for d in docs:
        spans = paragraph_spans(d.text)
        texts = (d.text[s:e] for s, e in spans)
        parsed.append(
            [Paragraph(s, doc) for (s, _), doc in zip(spans, nlp.pipe(texts), strict=True)]
        )
    parse_secs = time.process_time() - t0
    t0 = time.process_time()
    for d, paragraphs in zip(docs, parsed, strict=True):
        extract_times(paragraphs, d.dct)
    times_secs = time.process_time() - t0
    words = sum(len(d.text.split()) for d in docs)
    return (
        f"{words} words: spaCy nlp.pipe {words / parse_secs:,.0f} words/s, "
        f"extract_times {words / times_secs:,.0f} words/s "
        f"(+{100 * times_secs / parse_secs:.1f}% of the parse)"
    )


def _table(rows: list[tuple[str, str, Score, float | None]]) -> str:
    cols = ["strict F1", "relaxed P", "relaxed R", "relaxed F1", "type acc", "value F1"]
    lines = [
        "| corpus | system | gold | found | " + " | ".join(cols) + " | seconds |",
        "|---|---|---|---|" + "---|" * len(cols) + "---|",
    ]
    for corpus, system, s, secs in rows:
        r = s.row()
        lines.append(
            f"| {corpus} | {system} | {s.gold} | {s.system} | "
            + " | ".join(f"{r[c]:.3f}" for c in cols)
            + (f" | {secs:.1f} |" if secs is not None else " | - |")
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", default=["TimeBank", "AQUAINT"])
    parser.add_argument(
        "--errors", help="write crossbrief's errors on the dev half (one per line) here"
    )
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: best installed)")
    parser.add_argument("--speed", action="store_true", help="also time extract_times alone")
    allow_missing_data(parser)
    args = parser.parse_args(argv)
    if not DATA.is_dir():
        skip(DATA)

    from crossbrief.analyze.nlp import load_nlp, model_name

    nlp = load_nlp(args.model)
    print(f"spaCy pipeline: {model_name(nlp)}", file=sys.stderr)
    model = model_name(nlp)
    systems: list[tuple[str, Callable[[Sequence[Doc], Any], list[list[Timex]]]]] = [
        ("crossbrief", crossbrief_system)
    ]
    if not args.no_baseline:
        systems.append(("spaCy+dateparser", baseline_system))
    rows: list[tuple[str, str, Score, float | None]] = []
    totals: dict[str, tuple[Score, float]] = {}
    errors: list[str] = []
    halves: dict[tuple[str, str], Score] = {}
    for corpus in args.corpus:
        docs = [load(p, corpus) for p in sorted((DATA / corpus).glob("*.tml"))]
        paragraphs = parsed(docs, nlp, model)
        for name, system in systems:
            t0 = time.perf_counter()
            found = system(docs, paragraphs)
            secs = time.perf_counter() - t0
            total = Score()
            for d, f in zip(docs, found, strict=True):
                one = score(d, f)
                total.add(one)
                halves.setdefault((d.split, name), Score()).add(one)
                if name == "crossbrief" and d.split == "dev":
                    errors += [f"{corpus}\t{e}" for e in one.errors]
            rows.append((corpus, name, total, secs))
            agg, agg_secs = totals.get(name, (Score(), 0.0))
            agg.add(total)
            totals[name] = (agg, agg_secs + secs)
    for (split, name), half in sorted(halves.items()):
        rows.append((f"{split} half", name, half, None))
    if len(args.corpus) > 1:
        for name, (agg, secs) in totals.items():
            rows.append(("all", name, agg, secs))
    print(_table(rows))
    if args.speed:
        every = [load(p, c) for c in args.corpus for p in sorted((DATA / c).glob("*.tml"))]
        print(speed(every, nlp))
    if args.errors:
        Path(args.errors).write_text("\n".join(errors) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
