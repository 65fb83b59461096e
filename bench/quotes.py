"""Quote attribution quality on PolNeAR (../shared/data/polnear), crossbrief vs textacy.

    .venv/bin/python bench/quotes.py [--split dev] [--limit N] [--no-peers] [--errors FILE]

An attribution is (content, source). A predicted one matches a gold one when its content
overlaps at least half of the gold content's word tokens and its source span overlaps the
gold source span, or names the same person (its surname is a word of the gold source), or is
the noun phrase a gold relative pronoun stands for ("a group which said": PolNeAR marks
"which", crossbrief's ledger names "a group"; only a comma may come between); a gold
attribution with no source needs only the content. Matching is one-to-one, best overlap
first. Gold attributions count as direct when at least 80% of their content words lie
inside double quote marks; predictions are direct when crossbrief calls them direct (partial
and indirect count as indirect). Speaker accuracy is measured on direct quotes matched on
content alone. crossbrief quotes sharing one cue are one attribution (a quote split by its
cue, as PolNeAR annotates it). Where an article has two annotators, the first annotation
file (sorted by name) is the gold.

textacy's ``extract.triples.direct_quotations`` runs per paragraph (it raises on a quote left
open at a paragraph end) on the same spaCy model with its lemmatizer, which it needs; it is a
peer, not a dependency: ``make bench-peers`` installs it, and this script skips it with a
message when it is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "bench" / "out"
sys.path.insert(0, str(ROOT / "src"))

from _common import allow_missing_data, data_root, skip  # noqa: E402
from _quote_scoring import WORD, Attribution, Doc, Ranges, score, table  # noqa: E402
from crossbrief.analyze import build_analysis  # noqa: E402
from crossbrief.analyze.nlp import (  # noqa: E402
    CANDIDATES,
    _locate,
    available_models,
    load_nlp,
    tokenizer_key,
)
from crossbrief.analyze.paragraphs import Paragraph, paragraph_spans  # noqa: E402
from crossbrief.model import Article  # noqa: E402
from crossbrief.options import Options  # noqa: E402

DATA = data_root() / "polnear"  # $CROSSBRIEF_DATA, so a worktree elsewhere finds the data

DOUBLE_MARKS = re.compile('["\u201c\u201d\u201e\u00ab\u00bb]')
DIRECT_SHARE = 0.8  # share of content words inside quote marks for a gold direct quote


def _ranges(spec: str) -> Ranges:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in spec.split(";")))


def read_ann(path: Path, text: str) -> list[Attribution]:
    """The attributions of one brat file: Source, Cue, Content spans linked by events."""
    spans: dict[str, Ranges] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, spec = parts[1].split(" ", 1)
            spans[parts[0]] = _ranges(spec)
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(a.split(":", 1) for a in parts[1].split()))
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""), ())
        if not content:
            continue
        source = spans.get(ev.get("Source", ""), ())
        cue = spans.get(ev.get("Cue", ""), ())
        out.append(
            Attribution(
                content=content,
                source=source,
                source_text=" ".join(text[s:e] for s, e in source),
                cue_text=" ".join(text[s:e] for s, e in cue),
            )
        )
    return out


def quoted_mask(text: str) -> bytearray:
    """1 for every character inside double quote marks (toggled per paragraph); doubled
    apostrophes and backticks, as New York Times archive text writes quotes, count too."""
    mask = bytearray(len(text))
    text = text.replace("''", '"\0').replace("``", '"\0')  # doubled marks, one toggle each
    for start, end in paragraph_spans(text):
        inside = False
        for i in range(start, end):
            if DOUBLE_MARKS.match(text[i]):
                inside = not inside
            elif inside:
                mask[i] = 1
    return mask


def load(split: str, limit: int | None) -> list[Doc]:
    docs = []
    for path in sorted((DATA / split / "text").glob("*.txt")):
        anns = sorted((DATA / split / "attributions").glob(path.stem + "_*.ann"))
        if not anns:
            continue
        text = path.read_text(encoding="utf-8")
        doc = Doc(path.stem, text, read_ann(anns[0], text))
        mask = quoted_mask(text)
        for g in doc.gold:
            words = [m for s, e in g.content for m in WORD.finditer(text, s, e)]
            inside = sum(1 for m in words if mask[m.start()])
            g.direct = bool(words) and inside >= DIRECT_SHARE * len(words)
        docs.append(doc)
        if limit and len(docs) >= limit:
            break
    return docs


# --- predictions -------------------------------------------------------------------------


def parsed(docs: Sequence[Doc], nlp: Any, model: str, split: str) -> list[list[Paragraph]]:
    """Every article's parsed paragraphs, from a DocBin cache in bench/out/ when it holds
    them (parsing is almost all the CPU time; the quote rules are what changes between
    runs). The cache is keyed on the split, the model, our tokenizer rules and the article
    texts."""
    from spacy.tokens import DocBin

    spans = [paragraph_spans(d.text) for d in docs]
    digest = hashlib.sha256(model.encode())
    digest.update(tokenizer_key().encode())  # our tokenizer rules change the parse too
    for d in docs:
        digest.update(d.text.encode())
    path = OUT / f"polnear-{split}-{model}-{digest.hexdigest()[:12]}.spacy"
    if path.exists():
        flat = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    else:
        texts = [d.text[s:e] for d, sp in zip(docs, spans, strict=True) for s, e in sp]
        flat = list(nlp.pipe(texts, batch_size=Options().batch_size))
        OUT.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=flat).to_disk(path)
    out, k = [], 0
    for sp in spans:
        out.append([Paragraph(s, flat[k + i]) for i, (s, _) in enumerate(sp)])
        k += len(sp)
    return out


def crossbrief_predictions(
    docs: Sequence[Doc], paragraphs: Sequence[list[Paragraph]]
) -> list[list[Attribution]]:
    out = []
    for d, paras in zip(docs, paragraphs, strict=True):
        analyzed = build_analysis(Article(id=d.name, text=d.text), paras)
        by_cue: dict[tuple[int, str], Attribution] = {}
        preds = []
        for q in analyzed.quotes:
            direct = q.kind == "direct"
            source = ((q.speaker_start, q.speaker_end),) if q.speaker_start is not None else ()
            key = (q.cue_start, "d" if direct else "i") if q.cue_start is not None else None
            if key is not None and key in by_cue:
                prev = by_cue[key]
                prev.content = (*prev.content, (q.start, q.end))
                continue
            a = Attribution(
                content=((q.start, q.end),),
                source=source,  # type: ignore[arg-type]
                source_text=q.speaker_text or "",
                name=q.speaker_name,
                direct=direct,
                cue_text=q.cue or "",
            )
            if key is not None:
                by_cue[key] = a
            preds.append(a)
        out.append(preds)
    return out


def textacy_predictions(docs: Sequence[Doc], model: str) -> list[list[Attribution]] | None:
    try:
        from textacy.extract.triples import direct_quotations
    except ImportError:
        print("textacy not installed: skipping the peer (install it with `make bench-peers`)")
        return None
    import spacy

    nlp = spacy.load(_locate(model))  # textacy needs lemmas: the full pipeline
    out = []
    for d in docs:
        spans = paragraph_spans(d.text)
        preds = []
        for (start, _), pdoc in zip(spans, nlp.pipe(d.text[s:e] for s, e in spans), strict=True):
            try:
                triples = list(direct_quotations(pdoc))
            except ValueError:  # an unclosed quote: textacy gives up on the paragraph
                continue
            for t in triples:
                s0 = min(tok.idx for tok in t.speaker)
                s1 = max(tok.idx + len(tok.text) for tok in t.speaker)
                c = t.content
                preds.append(
                    Attribution(
                        content=((start + c.start_char, start + c.end_char),),
                        source=((start + s0, start + s1),),
                        source_text=pdoc.text[s0:s1],
                        direct=True,
                    )
                )
        out.append(preds)
    return out


# --- scoring -----------------------------------------------------------------------------


def overhead(docs: Sequence[Doc], nlp: Any) -> None:
    """CPU seconds of spaCy (uncached, one process) and of quote extraction on its output."""
    from crossbrief.analyze.mentions import extract_mentions
    from crossbrief.analyze.quotes import extract_quotes

    spans = [paragraph_spans(d.text) for d in docs]
    texts = [d.text[s:e] for d, sp in zip(docs, spans, strict=True) for s, e in sp]
    t0 = time.process_time()
    flat = list(nlp.pipe(texts, batch_size=Options().batch_size))
    t1 = time.process_time()
    k, spent = 0, 0.0
    for d, sp in zip(docs, spans, strict=True):
        paras = [Paragraph(s, flat[k + i]) for i, (s, _) in enumerate(sp)]
        k += len(sp)
        mentions = extract_mentions(paras)
        t = time.process_time()
        extract_quotes(d.text, paras, mentions)
        spent += time.process_time() - t
    words = sum(len(WORD.findall(d.text)) for d in docs)
    print(
        f"{len(docs)} articles, {words} words: nlp.pipe {t1 - t0:.2f}s CPU, extract_quotes "
        f"{spent:.2f}s CPU ({100 * spent / (t1 - t0):.1f}%)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", help="dev (scored) or train (for inspection)")
    ap.add_argument("--limit", type=int, default=None, help="first N articles only")
    ap.add_argument("--no-peers", action="store_true", help="skip textacy")
    ap.add_argument("--errors", type=Path, help="write misses and false positives here")
    ap.add_argument(
        "--overhead", action="store_true", help="CPU time of extract_quotes vs nlp.pipe, only"
    )
    allow_missing_data(ap)
    args = ap.parse_args(argv)
    if not (DATA / args.split / "text").is_dir():
        skip(DATA / args.split / "text")
    docs = load(args.split, args.limit)
    gold = sum(len(d.gold) for d in docs)
    direct = sum(g.direct for d in docs for g in d.gold)
    print(f"{len(docs)} {args.split} articles, {gold} gold attributions ({direct} direct)")
    models = available_models()
    model = models[0] if models else CANDIDATES[0]
    nlp = load_nlp()
    if args.overhead:
        overhead(docs, nlp)
        return 0
    t0 = time.process_time()
    paragraphs = parsed(docs, nlp, model, args.split)
    t1 = time.process_time()
    ours = crossbrief_predictions(docs, paragraphs)
    t2 = time.process_time()
    print(f"model {model}: spaCy (or its cache) {t1 - t0:.1f}s CPU, the rest {t2 - t1:.1f}s CPU")
    errors: list[str] | None = [] if args.errors else None
    rows = [("crossbrief", score(docs, ours, errors))]
    if errors is not None and args.errors:
        args.errors.write_text("\n".join(errors) + "\n", encoding="utf-8")
    if not args.no_peers:
        peer = textacy_predictions(docs, model)
        if peer is not None:
            rows.append(("textacy 0.13.0 direct_quotations", score(docs, peer)))
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
