"""The gold of the entity benchmarks: NewsWCL50 and ECB+ read into running text with their
coreference chains (bench/entities.py scores crossbrief against them; bench/_heldout_sets.py
reads their stories too).

Both corpora come as tokens; ``TextBuilder`` joins them into the text crossbrief reads,
keeping each token's character span so gold mentions point into that text.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# Tokens glued to the previous one / the next one when rebuilding running text.
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "’s", "n't", "'", "’"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "“", "‘"}


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


class TextBuilder:
    """Running text from tokens, remembering each token's character span."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.quote_open = False
        self.glue_next = True

    def add(self, token: str) -> tuple[int, int]:
        glue = self.glue_next or token in _NO_SPACE_BEFORE or token.startswith("'")
        if (
            token in {"s", "t", "ll", "re", "ve", "d"}
            and self.parts
            and self.parts[-1][-1:] in "'’"
        ):
            glue = True  # "HP’ s" was "HP’s"
        if token == '"':
            glue = glue or self.quote_open
        if token == "-" or (self.parts and self.parts[-1] == "-" and token.isalnum()):
            glue = True  # "Kim Jong - un" was "Kim Jong-un"
        if not glue:
            self._put(" ")
        start = self.length
        self._put(token)
        self.glue_next = token in _NO_SPACE_AFTER or (token == '"' and not self.quote_open)
        if token == '"':
            self.quote_open = not self.quote_open
        return start, self.length

    def paragraph(self) -> None:
        if self.parts and not self.parts[-1].endswith("\n"):
            self._put("\n\n")
        self.glue_next = True
        self.quote_open = False

    def _put(self, s: str) -> None:
        self.parts.append(s)
        self.length += len(s)

    def text(self) -> str:
        return "".join(self.parts)


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


def _ecb_doc(path: Path, story: str) -> Doc:
    tree = ET.parse(path).getroot()
    builder = TextBuilder()
    tokens: dict[str, tuple[int, int]] = {}
    sentence = None
    for tok in tree.iter("token"):
        if sentence is not None and tok.get("sentence") != sentence:
            builder.paragraph()
        sentence = tok.get("sentence")
        tokens[tok.get("t_id", "")] = builder.add(tok.text or "")
    doc = Doc(path.stem, path.stem, builder.text())
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


# What a cache of analyses depends on in this module: bench/entities.py digests their source.
LOADER_PARTS = (TextBuilder, load_newswcl50, load_ecbplus, _ecb_doc)
