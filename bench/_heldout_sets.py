"""The held-out story sets of bench/conflicts_heldout.py (its docstring describes each):
DUC 2004 outside the gold, NewsWCL50 events, ECB+ sub-events, BBC and PolNeAR stories as
crossbrief groups them, and the frozen halves those two are read in.

Each loader returns named stories, a story being its articles (raw for duc, newswcl50 and
ecbplus, which conflicts_heldout analyses per set; analysed for bbc and polnear, which must
be analysed to be grouped). Skips with a message when the data is absent (``data_dir``).
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from _common import analyze_cached, data_dir, polnear_articles, write_atomic
from crossbrief.ingest.repair import repair_article
from crossbrief.model import AnalyzedArticle, Article
from crossbrief.stories import group_stories
from duc2004 import read_cluster
from entities import load_ecbplus, load_newswcl50

HERE = Path(__file__).resolve().parent
Story = tuple[str, list[Article]]  # a story's name and its articles
POLNEAR_HALVES = "polnear_halves.json"


def gold_clusters() -> set[str]:
    """Every DUC cluster any gold file names: the clusters the rules were developed on."""
    found: set[str] = set()
    for path in (HERE / "gold").glob("*.json"):
        found |= set(re.findall(r"\bd3\d{4}t\b", path.read_text(encoding="utf-8")))
    return found


def duc_stories() -> Iterator[Story]:
    """The DUC 2004 clusters outside the gold, in name order."""
    root = data_dir("duc2004") / "docs"
    seen = gold_clusters()
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name not in seen:
            yield folder.name, read_cluster(folder)[0]


def rejoin_numbers(text: str) -> str:
    """Numbers as printed: the corpora tokenize "10,000" and "14.4" into three tokens."""
    text = re.sub(r"(?<=\d), (?=\d{3}(?!\d))", ",", text)
    return re.sub(r"(?<=\d)\. (?=\d)", ".", text)


def newswcl50_stories(events: list[int] | None = None) -> Iterator[Story]:
    """NewsWCL50 events (0-4 by default), the outlet as each article's source."""
    wanted = {str(e) for e in (events if events is not None else range(5))}
    stories = load_newswcl50(data_dir("newswcl50"), wanted)
    for event, docs in stories.items():
        yield (
            f"wcl{event}",
            [Article(id=d.id, text=rejoin_numbers(d.text), source=d.source) for d in docs],
        )


def topic_of(story: str) -> int:
    """An ECB+ sub-event's topic id ("12ecbplus" -> 12; 0 for a name without one)."""
    topic = re.match(r"\d+", story)
    return int(topic.group(0)) if topic else 0


def ecbplus_stories(topics: int, ids: list[int] | None = None) -> Iterator[Story]:
    """The gold sub-events of the first ``topics`` ECB+ topics, or of the topics ``ids``."""
    # load_ecbplus takes a count of topic folders: for ids, read them all and keep those asked
    stories = load_ecbplus(data_dir("ecbplus"), topics if ids is None else None)
    if ids is not None:
        stories = {name: docs for name, docs in stories.items() if topic_of(name) in ids}
    for name in sorted(stories, key=lambda n: (topic_of(n), n)):
        docs = stories[name]
        yield (
            f"ecb{name}",
            [Article(id=d.id, text=rejoin_numbers(d.text), source=d.source) for d in docs],
        )


def bbc_articles(root: Path) -> dict[str, list[Article]]:
    """The BBC articles of each category folder, in file order: headline as title, source BBC.

    Ids join the category's first three letters and the file stem ("bus001"), since every
    folder numbers its files from 001.
    """
    found: dict[str, list[Article]] = {}
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        arts = []
        for path in sorted(folder.glob("*.txt")):
            # UTF-8 but for one file with a Latin-1 pound sign (sport/199): read that one as Latin-1
            data = path.read_bytes()
            try:
                raw = data.decode("utf-8")
            except UnicodeDecodeError:
                raw = data.decode("latin-1")
            raw = raw.replace("\r\n", "\n")
            title, _, body = raw.strip().partition("\n")
            # repaired as ingest repairs a file a user gives (character references left in
            # some texts: no gold offsets point into these articles)
            arts.append(
                repair_article(
                    Article(
                        id=f"{folder.name[:3]}{path.stem}",
                        text=body.strip(),
                        source="BBC",
                        title=title.strip(),
                        path=str(path),
                    )
                )
            )
        found[folder.name] = arts
    return found


def bbc_stories(
    half: str | None, cache: Path | None = None
) -> list[tuple[str, list[AnalyzedArticle]]]:
    """BBC stories of 2+ articles grouped per category by crossbrief, analysis cached.

    Analysis of all 2,225 articles is made once (one cache file, a few CPU minutes); a story
    is named by its category and its number among that category's stories of 2+ articles.
    """
    by_category = bbc_articles(data_dir("bbc"))
    flat = [a for arts in by_category.values() for a in arts]
    analyzed = analyze_cached("heldout-bbc", flat, path=cache)
    frozen = frozen_halves()
    pos = 0
    found: list[tuple[str, list[AnalyzedArticle]]] = []
    for category, arts in by_category.items():
        part = analyzed[pos : pos + len(arts)]
        pos += len(arts)
        kept = [g for g in group_stories(part) if len(g) >= 2]
        found += halved(kept, frozen, f"bbc-{category}-x{{:02d}}", half)
    return found


def halved(
    groups: list[list[AnalyzedArticle]],
    frozen: dict[tuple[str, ...], tuple[str, str]],
    fresh: str,
    half: str | None,
    parts: int = 2,
) -> list[tuple[str, list[AnalyzedArticle]]]:
    """The named stories of ``half`` (all for None): a frozen story keeps its name and half.
    A group the frozen file does not hold, made of articles of one frozen story only (a
    later grouping split it), is that story's piece (``<name>.1``, ``.2``) in its half; any
    other group is named by ``fresh`` formatted with its number, and it is held out (half B)
    when it holds an article of a half-B story, so that no development reading sees a held-out
    article; else it takes its half by hash."""
    owner = {f: story for files, story in frozen.items() for f in files}
    pieces: dict[str, int] = {}
    found: list[tuple[str, list[AnalyzedArticle]]] = []
    for number, group in enumerate(groups, start=1):
        files = story_files(group, parts)
        if files in frozen:
            name, side = frozen[files]
        else:
            stories = {owner[f] for f in files if f in owner}
            if len(stories) == 1 and all(f in owner for f in files):
                base, side = next(iter(stories))
                pieces[base] = pieces.get(base, 0) + 1
                name = f"{base}.{pieces[base]}"
            else:
                name = fresh.format(number)
                side = "B" if any(s == "B" for _, s in stories) else hash_half(files)
        if half is None or side == half:
            found.append((name, group))
    return found


def story_files(group: list[AnalyzedArticle], parts: int = 2) -> tuple[str, ...]:
    """A story's article file names, the last ``parts`` parts of each path ("business/089.txt"),
    sorted: its stable key."""
    return tuple(sorted("/".join(Path(a.article.path or "").parts[-parts:]) for a in group))


def hash_half(files: tuple[str, ...]) -> str:
    """The half of a story the frozen file does not hold: A where the first byte of the
    sha1 of its file names is odd, so that no other story's grouping can move it."""
    return "A" if hashlib.sha1("\n".join(files).encode()).digest()[0] % 2 else "B"


def frozen_halves(name: str = "bbc_halves.json") -> dict[tuple[str, ...], tuple[str, str]]:
    """The halves fixed before any story of a set was read: file names -> (story name, half).

    Empty when the file ``bench/gold/<name>`` does not exist yet (a set not frozen).
    """
    path = HERE / "gold" / name
    if not path.exists():
        return {}
    rows = json.loads(path.read_text(encoding="utf-8"))
    return {tuple(sorted(r["articles"])): (story, r["half"]) for story, r in rows.items()}


def halves_json(stories: list[tuple[str, str, tuple[str, ...]]]) -> str:
    """The frozen-halves file of (name, half, file names) rows: one story a line, as
    bench/gold/bbc_halves.json."""
    rows = [
        f"  {json.dumps(name)}: "
        + json.dumps({"half": half, "articles": sorted(files)}, ensure_ascii=False)
        for name, half, files in stories
    ]
    return "{\n" + ",\n".join(rows) + "\n}\n"


def polnear_groups(cache: Path | None = None) -> list[list[AnalyzedArticle]]:
    """PolNeAR's stories as crossbrief groups them (default threshold), analysis cached:
    those of 2+ articles from 2+ publishers, in the grouping's order."""
    articles = polnear_articles(data_dir("polnear"))
    analyzed = analyze_cached("heldout-polnear", articles, path=cache)
    return [
        g
        for g in group_stories(analyzed)
        if len(g) >= 2 and len({a.article.source for a in g}) >= 2
    ]


def polnear_stories(
    half: str | None, cache: Path | None = None
) -> list[tuple[str, list[AnalyzedArticle]]]:
    """The PolNeAR stories of one half (bench/gold/polnear_halves.json), or all."""
    frozen = frozen_halves(POLNEAR_HALVES)
    if not frozen:
        raise SystemExit(f"bench/gold/{POLNEAR_HALVES} is missing: run with --freeze first")
    return halved(polnear_groups(cache), frozen, "polnear-x{:03d}", half, parts=3)


def freeze_polnear(cache: Path | None = None) -> int:
    """Write bench/gold/polnear_halves.json once, before any story is read: the odd story
    numbers of today's grouping are half A, the even ones half B. Never overwrites."""
    path = HERE / "gold" / POLNEAR_HALVES
    if path.exists():
        print(f"refused: {path} exists (the halves are frozen)", file=sys.stderr)
        return 1
    rows = [
        (f"polnear-{n:03d}", "A" if n % 2 else "B", story_files(g, parts=3))
        for n, g in enumerate(polnear_groups(cache), start=1)
    ]
    write_atomic(path, halves_json(rows))  # a cut file would pass for frozen halves
    sizes = [len(files) for _, _, files in rows]
    print(f"{len(rows)} stories ({sum(sizes)} articles, largest {max(sizes, default=0)})")
    return 0
