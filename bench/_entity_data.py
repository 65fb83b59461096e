"""The gold of the entity benchmarks: NewsWCL50 and ECB+ read into running text with their
coreference chains (bench/entities.py scores crossbrief against them; bench/_heldout_sets.py
reads their stories too).

Both corpora come as tokens; ``_detokenize.TextBuilder`` joins them into the text crossbrief
reads, keeping each token's character span so gold mentions point into that text.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from _detokenize import TextBuilder

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class GoldMention:
    doc: str
    start: int  # character offsets into the rebuilt text
    end: int
    chain: str
    text: str
    proper: bool = False  # its syntactic head is a proper noun
    name: bool = False  # every word of it is a proper noun
    head: int = -1  # character offset of the gold head token


@dataclass
class Doc:
    id: str
    source: str
    text: str
    mentions: list[GoldMention] = field(default_factory=list)


def data_dir(arg: str | None) -> Path:
    if arg:
        return Path(arg)
    env = os.environ.get("CROSSBRIEF_DATA")
    return Path(env) if env else ROOT.parent / "shared" / "data"


# --- NewsWCL50 ----------------------------------------------------------------------------


def load_newswcl50(root: Path, events: set[str]) -> dict[str, list[Doc]]:
    """Events -> their documents, with the gold chains of the CoNLL file."""
    stories: dict[str, list[Doc]] = defaultdict(list)
    builder = TextBuilder()
    doc: Doc | None = None
    open_chains: dict[str, list[int]] = defaultdict(list)
    spans: list[tuple[int, int]] = []

    def finish() -> None:
        if doc is not None:
            doc.text = builder.text()

    for line in (root / "NewsWCL50.conll").read_text(encoding="utf-8").splitlines():
        if line.startswith("#begin document"):
            name = line.split()[2].rstrip(";")
            event, outlet = name.split("/")[0], name.rsplit("_", 1)[1]
            builder, spans, open_chains = TextBuilder(), [], defaultdict(list)
            doc = Doc(name.rsplit("/", 1)[1], outlet, "")
            if event in events:
                stories[event].append(doc)
            continue
        if line.startswith("#end document"):
            finish()
            continue
        cols = line.split("\t")
        if len(cols) < 5 or doc is None:
            continue
        token, chains = cols[3], cols[4].strip()
        if token == "\\n":
            builder.paragraph()
            spans.append((builder.length, builder.length))
            continue
        spans.append(builder.add(token))
        index = len(spans) - 1
        if chains == "-":
            continue
        for part in chains.split("|"):
            part = part.strip()
            chain = part.strip("()")
            if part.startswith("("):
                open_chains[chain].append(index)
            if part.endswith(")") and open_chains[chain]:
                first = open_chains[chain].pop()
                start, end = spans[first][0], spans[index][1]
                doc.mentions.append(GoldMention(doc.id, start, end, chain, ""))
    finish()
    for docs in stories.values():
        for d in docs:
            for m in d.mentions:
                m.text = d.text[m.start : m.end]
    return dict(sorted(stories.items()))


# --- ECB+ ---------------------------------------------------------------------------------

# Entity markables (actions and times are not entities).
_ENTITY_TAGS = ("HUMAN_PART", "NON_HUMAN_PART", "LOC_")


def load_ecbplus(root: Path, topics: int | None) -> dict[str, list[Doc]]:
    """Sub-topics (topic x ecb/ecbplus) -> their documents with entity coreference chains."""
    base = root / "ECB+_LREC2014" / "ECB+"
    stories: dict[str, list[Doc]] = defaultdict(list)
    folders = sorted((p for p in base.iterdir() if p.is_dir()), key=lambda p: int(p.name))
    for folder in folders[:topics] if topics else folders:
        for path in sorted(folder.glob("*.xml")):
            sub = "ecbplus" if path.name.endswith("ecbplus.xml") else "ecb"
            story = f"{folder.name}{sub}"
            stories[story].append(_ecb_doc(path, story))
    return dict(stories)


def ecb_tokens(tree: ET.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    """An ECB+ document's text as written and each token's span in it, by token id."""
    builder = TextBuilder()
    tokens: dict[str, tuple[int, int]] = {}
    sentence = None
    for tok in tree.iter("token"):
        if sentence is not None and tok.get("sentence") != sentence:
            builder.sentence()
        sentence = tok.get("sentence")
        tokens[tok.get("t_id", "")] = builder.add(tok.text or "")
    return builder.text(), tokens


def _ecb_doc(path: Path, story: str) -> Doc:
    tree = ET.parse(path).getroot()
    text, tokens = ecb_tokens(tree)
    doc = Doc(path.stem, path.stem, text)
    markables = tree.find("Markables")
    spans: dict[str, tuple[int, int]] = {}
    for m in markables if markables is not None else []:
        if not m.tag.startswith(_ENTITY_TAGS):
            continue
        anchors = [tokens[a.get("t_id", "")] for a in m.iter("token_anchor")]
        if anchors:
            spans[m.get("m_id", "")] = (anchors[0][0], anchors[-1][1])
    relations = tree.find("Relations")
    for rel in relations if relations is not None else []:
        chain = rel.get("note") or f"{path.stem}:{rel.get('r_id')}"
        for source in rel.iter("source"):
            span = spans.get(source.get("m_id", ""))
            if span:
                chain_id = f"{story}:{chain}"
                doc.mentions.append(
                    GoldMention(doc.id, *span, chain_id, doc.text[span[0] : span[1]])
                )
    return doc


def ecb_text(path: Path) -> str:
    """An ECB+ document's text as written, one sentence a paragraph (the text ``load_ecbplus``
    gives its documents)."""
    return _ecb_doc(path, path.stem).text


# What a cache of analyses depends on in this module: bench/entities.py digests their source.
LOADER_PARTS = (TextBuilder, load_newswcl50, load_ecbplus, ecb_tokens, _ecb_doc)
