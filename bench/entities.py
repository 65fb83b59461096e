"""Entities across outlets: how crossbrief groups gold proper-name mentions.

Usage: python bench/entities.py [--data DIR] [--ecb-topics N] [--show-errors N]

Runs crossbrief's real pipeline (per-article analysis, then the synthesis of entities) on
NewsWCL50 events 0-4 (one story per event, 5 outlets each) and on ECB+ (one story per
sub-topic: topic x ecb/ecbplus), then scores how it groups the gold mentions whose syntactic
head is a proper noun (spaCy PROPN, read from the very parses the pipeline made).

A gold mention is mapped to the crossbrief entity whose mention holds the gold head token
(the largest overlap among several). A gold mention crossbrief's NER did
not find is scored as a singleton ("all" rows); the "found" rows score only the gold
mentions crossbrief found, for every system. Baselines group the same gold mentions within a
story by exact string, and by their last token (case-folded). Scores are pooled over stories
(clusters never cross stories), with scorch (B-cubed, MUC, CEAF-e; CoNLL = their mean).

The data is read from ../shared/data (or --data, or $CROSSBRIEF_DATA) and never copied.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import pickle
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scorch import scores

from _common import allow_missing_data, code_digest, code_version, skip, write_atomic
from _entity_ceiling import Item, identity_ceiling
from _entity_data import (
    LOADER_PARTS,
    Doc,
    GoldMention,
    data_dir,
    load_ecbplus,
    load_newswcl50,
)
from crossbrief.analyze import analyze_articles
from crossbrief.analyze.nlp import load_nlp, model_name
from crossbrief.model import AnalyzedArticle, Article, Brief
from crossbrief.options import Options
from crossbrief.synthesize.entities import build_entities
from crossbrief.synthesize.story import Story

# --- running crossbrief ---------------------------------------------------------------------


class CapturingNlp:
    """The real pipeline, keeping each paragraph's Doc so the bench can read gold heads."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.docs: list[tuple[Any, Any]] = []

    def pipe(self, texts: Any, **kwargs: Any) -> Iterator[tuple[Any, Any]]:
        for doc, ctx in self.nlp.pipe(texts, **kwargs):
            self.docs.append((doc, ctx))
            yield doc, ctx


def analyze_story(docs: list[Doc], nlp: Any) -> list[AnalyzedArticle]:
    """crossbrief's analysis of one story; marks each gold mention whose head is a proper
    noun, read from the parses that analysis made."""
    capture = CapturingNlp(nlp)
    articles = [Article(id=d.id, text=d.text, source=d.source) for d in docs]
    analyzed = list(analyze_articles(articles, Options(), nlp=capture))
    paragraphs: dict[int, list[tuple[int, Any]]] = defaultdict(list)
    for doc, (n, start) in capture.docs:
        paragraphs[n].append((start, doc))
    for n, d in enumerate(docs):
        for m in d.mentions:
            m.proper, m.name, m.head = _proper_head(paragraphs[n], m.start, m.end)
    return analyzed


def _proper_head(paragraphs: list[tuple[int, Any]], start: int, end: int) -> tuple[bool, bool, int]:
    """Whether the span's syntactic head is a proper noun, whether every word of it is one
    (a proper name, possessive and punctuation aside), and where the head starts."""
    for offset, doc in paragraphs:
        if offset <= start < offset + len(doc.text):
            span = doc.char_span(start - offset, end - offset, alignment_mode="expand")
            if span is None or len(span) == 0:
                return False, False, -1
            words = [t for t in span if t.text[:1].isalnum()]
            name = bool(words) and all(t.pos_ == "PROPN" for t in words)
            return span.root.pos_ == "PROPN", name, offset + span.root.idx
    return False, False, -1


def crossbrief_clusters(docs: list[Doc], brief: Brief) -> dict[tuple[str, int, int], str | None]:
    """Each proper gold mention -> the crossbrief entity it maps to (None: not found)."""
    by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for entity in brief.entities:
        for m in entity.mentions:
            by_article[m.article].append((m.start, m.end, entity.id))
    out: dict[tuple[str, int, int], str | None] = {}
    for d in docs:
        for g in d.mentions:
            if g.head < 0:
                continue
            # The crossbrief mention must hold the gold head ("Macron" in "President Emmanuel
            # Macron of France", never "France"); the closest span wins among those.
            best: tuple[int, str] | None = None
            for s, e, eid in by_article[d.id]:
                overlap = min(e, g.end) - max(s, g.start)
                fit = 2 * overlap - (e - s) - (g.end - g.start)
                if s <= g.head < e and (best is None or fit > best[0]):
                    best = (fit, eid)
            out[(d.id, g.start, g.end)] = best[1] if best else None
    return out


# --- scoring --------------------------------------------------------------------------------


def _partition(labels: dict[Item, str]) -> list[set[Item]]:
    groups: dict[str, set[Item]] = defaultdict(set)
    for item, label in labels.items():
        groups[label].add(item)
    return list(groups.values())


def score(key: dict[Item, str], response: dict[Item, str]) -> dict[str, float]:
    k, r = _partition(key), _partition(response)
    rb, pb, fb = scores.b_cubed(k, r)
    out = {"B3 P": pb, "B3 R": rb, "B3 F1": fb}
    out["MUC F1"] = scores.muc(k, r)[2]
    out["CEAF-e F1"] = scores.ceaf_e(k, r)[2]
    out["CoNLL F1"] = (out["MUC F1"] + fb + out["CEAF-e F1"]) / 3
    return out


def _last_token(text: str) -> str:
    words = re.findall(r"[\w.]+", text.lower())
    return re.sub(r"['’]s$", "", words[-1]) if words else text.lower()


Systems = dict[str, dict[Item, str]]


Analyzed = dict[str, list[AnalyzedArticle]]


def code_key(nlp: Any) -> str:
    """A digest of everything an analysis depends on (the analysis code, data model and
    options as ``_common.code_version`` hashes them, this bench's loaders, the model), so a
    cache never outlives the code that made it; a reworded comment or docstring keeps it."""
    parts = (*LOADER_PARTS, analyze_story, _proper_head)
    loaders = code_digest([], map(inspect.getsource, parts))
    key = f"{model_name(nlp)}\0{code_version()}\0{loaders}"
    return hashlib.sha256(key.encode()).hexdigest()[:12]


def stories_key(stories: dict[str, list[Doc]]) -> str:
    """A digest of the stories analysed (names, documents, texts): a cache made of other
    stories (another ``--ecb-topics``, other data) is never read for these."""
    digest = hashlib.sha256()
    for name, docs in sorted(stories.items()):
        digest.update(name.encode())
        for d in docs:
            digest.update(f"\0{d.id}\0{d.source}\0{d.text}".encode())
    return digest.hexdigest()[:12]


def analyze_all(stories: dict[str, list[Doc]], nlp: Any, cache: Path | None) -> Analyzed:
    """Every story's analysis; with ``cache``, read from / written to that pickle, named on
    with the stories' digest (the gold head marks ride along), so synthesis can be iterated
    on without parsing again. The pickle is written to a temporary file and renamed, so a
    reader never meets half of one."""
    if cache:
        cache = cache.with_name(f"{cache.stem}.{stories_key(stories)}{cache.suffix}")
    if cache and cache.exists():
        with cache.open("rb") as f:
            saved_docs, analyzed = pickle.load(f)
        stories.update(saved_docs)
        return analyzed  # type: ignore[no-any-return]
    analyzed = {name: analyze_story(docs, nlp) for name, docs in stories.items()}
    if cache:
        write_atomic(cache, pickle.dumps((stories, analyzed)))
    return analyzed


def selected(g: GoldMention, mentions: str) -> bool:
    """Whether gold mention ``g`` is scored: ``names`` keeps the mentions made of proper
    nouns only ("Kim Jong-un", "Mr. Macron"; not "North Korean leader Kim"), ``heads`` the
    mentions whose syntactic head is a proper noun (also "the North Korean leader Kim")."""
    return g.name if mentions == "names" else g.proper


def evaluate(
    stories: dict[str, list[Doc]], analyzed: Analyzed, label: str, mentions: str
) -> tuple[dict[Item, str], Systems, dict[Item, bool], dict[Item, str]]:
    """Key and the responses (crossbrief, exact string, last token, the identity ceiling) on
    ``stories``."""
    key: dict[Item, str] = {}
    persons: dict[Item, bool] = {}
    systems: Systems = {"crossbrief": {}, "exact string": {}, "same last token": {}}
    found: dict[Item, bool] = {}
    texts: dict[Item, str] = {}
    cpu = 0.0
    for name, docs in stories.items():
        # The brief's entities are exactly build_entities' (synthesize passes them on); the
        # rest of synthesis is not scored here, so it is not run.
        started = time.process_time()
        entities, _ = build_entities(Story(analyzed[name]))
        cpu += time.process_time() - started
        brief = Brief(articles=(), entities=tuple(entities))
        mapped = crossbrief_clusters(docs, brief)
        for d, a in zip(docs, analyzed[name], strict=True):
            # The analysis' own label at the gold head: whether a bare role may join it.
            person_at = {i for m in a.mentions if m.type == "PERSON" for i in range(m.start, m.end)}
            for g in d.mentions:
                if not selected(g, mentions):
                    continue
                item = (name, d.id, g.start, g.end)
                if item in key:
                    continue  # the same span annotated twice (nested chains)
                key[item] = g.chain
                eid = mapped[(d.id, g.start, g.end)]
                found[item] = eid is not None
                systems["crossbrief"][item] = f"{name}:{eid}" if eid else f"miss:{item}"
                systems["exact string"][item] = f"{name}:{g.text}"
                systems["same last token"][item] = f"{name}:{_last_token(g.text)}"
                texts[item] = g.text
                persons[item] = g.head in person_at
    systems["identity ceiling"] = identity_ceiling(key, texts, persons)
    print(
        f"{label}: {len(stories)} stories, {len(key)} proper-name gold mentions, "
        f"{sum(found.values())} found by crossbrief; build_entities {cpu:.2f} s CPU",
        file=sys.stderr,
    )
    return texts, systems, found, key


COLUMNS = ("B3 P", "B3 R", "B3 F1", "MUC F1", "CEAF-e F1", "CoNLL F1")


def table(title: str, key: dict[Item, str], systems: Systems, found: dict[Item, bool]) -> str:
    lines = [
        f"### {title}",
        "",
        "| mentions | system | " + " | ".join(COLUMNS) + " |",
        "|---|---|" + "---:|" * len(COLUMNS),
    ]
    for subset in ("all", "found"):
        items = [i for i in key if subset == "all" or found[i]]
        k = {i: key[i] for i in items}
        for name, response in systems.items():
            s = score(k, {i: response[i] for i in items})
            row = " | ".join(f"{s[c]:.3f}" for c in COLUMNS)
            lines.append(f"| {subset} ({len(items)}) | {name} | {row} |")
    return "\n".join(lines)


def show_errors(
    texts: dict[Item, str], key: dict[Item, str], response: dict[Item, str], n: int
) -> None:
    """The largest split gold chains and merged responses, to read by eye."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    by_resp: dict[str, Counter[str]] = defaultdict(Counter)
    for item, chain in key.items():
        by_key[chain][f"{response[item][:30]}={texts[item]}"] += 1
        by_resp[response[item]][f"{chain}={texts[item]}"] += 1
    print("--- gold chains split by crossbrief", file=sys.stderr)
    split = sorted(by_key.items(), key=lambda kv: -len({x.split("=")[0] for x in kv[1]}))
    for chain, forms in split[:n]:
        print(chain, dict(forms.most_common(12)), file=sys.stderr)
    print("--- crossbrief entities merging gold chains", file=sys.stderr)
    merged = [kv for kv in by_resp.items() if len({x.split("=")[0] for x in kv[1]}) > 1]
    for eid, forms in merged[:n]:
        print(eid, dict(forms.most_common(12)), file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data")
    parser.add_argument("--ecb-topics", type=int, default=None, help="first N ECB+ topics only")
    parser.add_argument("--skip-ecb", action="store_true")
    parser.add_argument("--show-errors", type=int, default=0)
    parser.add_argument(
        "--mentions",
        choices=("names", "heads"),
        default="names",
        help="gold mentions scored: made only of proper nouns (default), or headed by one",
    )
    parser.add_argument(
        "--cache",
        help="pickle analyses under this path prefix; the file name carries a digest of the "
        "analysis code (comments and docstrings aside), the model and the stories read, so a "
        "pickle is only ever read by the code, model and data that made it",
    )
    allow_missing_data(parser)
    args = parser.parse_args(argv)
    data = data_dir(args.data)
    if not (data / "newswcl50").is_dir():
        skip(data / "newswcl50")
    nlp = load_nlp()
    started = time.time()
    out = [
        f"Model {model_name(nlp)}; {time.strftime('%Y-%m-%d')}; gold mentions: {args.mentions}.",
        "",
    ]
    stories = load_newswcl50(data / "newswcl50", {"0", "1", "2", "3", "4"})
    # The cache file name carries the code digest: a stale analysis is never reused.
    digest = code_key(nlp)
    cache = {
        part: Path(f"{args.cache}.{digest}.{part}.pkl") if args.cache else None
        for part in ("newswcl50", "ecbplus")
    }
    analyzed = analyze_all(stories, nlp, cache["newswcl50"])
    texts, systems, found, key = evaluate(stories, analyzed, "NewsWCL50", args.mentions)
    if args.show_errors:
        show_errors(texts, key, systems["crossbrief"], args.show_errors)
    out += [table("NewsWCL50, events 0-4", key, systems, found), ""]
    if not args.skip_ecb and (data / "ecbplus").is_dir():
        ecb = load_ecbplus(data / "ecbplus", args.ecb_topics)
        analyzed = analyze_all(ecb, nlp, cache["ecbplus"])
        texts, systems, found, key = evaluate(ecb, analyzed, "ECB+", args.mentions)
        if args.show_errors:
            show_errors(texts, key, systems["crossbrief"], args.show_errors)
        title = f"ECB+, {len(ecb)} sub-topics" + (
            f" (first {args.ecb_topics} topics)" if args.ecb_topics else ""
        )
        out += [table(title, key, systems, found), ""]
    out.append(f"({time.time() - started:.0f} s)")
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
