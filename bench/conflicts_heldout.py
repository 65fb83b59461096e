"""Conflicts on held-out stories: every conflict crossbrief finds, listed for a hand reading.

Usage: python bench/conflicts_heldout.py [--set duc|newswcl50|ecbplus|all|bbc|polnear]
                                         [--refs] [--ecb-topics N | --topics IDS]
                                         [--wcl-events IDS] [--half A|B] [--freeze]

Conflict precision on the gold (bench/gold) is a development figure: the conflict rules were
written looking at those clusters. This lists the conflicts of stories nobody developed on,
so that a reader can judge each one (bench/gold/conflict_verdicts_heldout.md):

- ``duc``: the 25 DUC 2004 clusters that no file of bench/gold/*.json mentions (empty files
  skipped, byte-identical articles once, as bench/duc2004.py reads them; its analysis cache
  is shared);
- ``newswcl50``: NewsWCL50 events 0-4 (or ``--wcl-events``), one story per event (5
  outlets);
- ``ecbplus``: the first ``--ecb-topics`` (10) ECB+ topics by id, or the topic ids of
  ``--topics`` (e.g. ``11-32`` or ``11-14,16``; ids the corpus lacks, 15 and 17, are
  skipped), one story per gold sub-event (topic x ecb/ecbplus: a topic holds two different
  events, which no brief should mix; story grouping is measured apart, by bench/stories.py).
- ``bbc`` (not part of ``all``): the 2,225 BBC News articles of 2004-2005 (one outlet, no
  dates; first line the headline), grouped into stories within each category folder by
  crossbrief's own story grouping (``crossbrief.stories.group_stories``, the ``stories``
  command's function, default threshold); stories of 2+ articles, numbered per category in
  the grouping's order (``bbc-business-03``). The halves (``--half``) were fixed before any
  story was read, as the odd (A) and even (B) numbers of the grouping of analysis cache
  56268ca3740e; they are frozen in bench/gold/bbc_halves.json (each story's name, half and
  article file names) so that a change to analysis or grouping moves no read story to the
  other half. A group the file does not hold but made of one frozen story's articles (the
  grouping split it) is that story's piece (``bbc-business-32.1``) in its half; another new
  group is named afresh (``bbc-business-x03``), held out when it holds a half-B article, else
  halved by a stable hash of its sorted file names (sha1, first byte odd: A); a hash alone
  would have moved 19 of the 37 stories read so far.
  One outlet, so a "conflict" here is a follow-up's update or two reports of one story that
  disagree. Today's analysis code re-analyses all 2,225 articles once (a few CPU minutes)
  and may regroup them; a cache file is read only by the code version that wrote it
  (``--cache``: see ``--help``), so the stories are always those of the code that runs.
- ``polnear`` (not part of ``all``): the 924 PolNeAR texts (dev and train; US political news
  of November 2015 to October 2016 from seven publishers), each with its publisher as source
  and its publication date (``metadata.tsv``), grouped into stories by ``group_stories``
  (default threshold) over the whole corpus; stories of 2+ articles from 2+ publishers. Dated,
  so ``update`` conflicts can appear. ``--freeze`` wrote bench/gold/polnear_halves.json once,
  before any conflict was read: the odd story numbers of that grouping are half A, the even
  ones half B (names ``polnear-001``...); it refuses to overwrite the file. A group the file
  does not hold is named ``polnear-x001``... and takes its half by the hash, as for BBC.
  ``--undated`` briefs the same stories with every article's date removed at synthesis: a
  diagnostic of what the dates hold back (undated input is common), not the tool's output.

NewsWCL50 and ECB+ come as tokens; their text is rebuilt by bench/entities.py, and the
numbers the tokenizers split are joined again ("10, 000" -> "10,000", "14. 4" -> "14.4"), so
that crossbrief is judged on the figures the outlets printed, not on the corpora's tokens.

Each story is briefed by the real synthesis (``crossbrief.synthesize.synthesize``). Every
conflict is printed with its kind, its label and, for each value, the article, the sentence
index and the sentence (text to the terminal only). ``--refs`` prints instead one Markdown
row per conflict holding references only (story, article:sentence = value), the skeleton of
the verdict file. Analysis is cached under bench/out; skips with a message when the data is
absent.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from _common import CACHE_HELP, allow_missing_data, analyze_cached
from _heldout_sets import (
    Story,
    bbc_stories,
    duc_stories,
    ecbplus_stories,
    freeze_polnear,
    newswcl50_stories,
    polnear_stories,
)
from crossbrief.model import AnalyzedArticle, Brief
from crossbrief.synthesize import synthesize


def parse_ids(spec: str) -> list[int]:
    """Ids from ``"11-30"``, ``"0,2"`` or ``"11-14,16"``: ranges inclusive, sorted, no repeats.

    Raises ``argparse.ArgumentTypeError`` (argparse's message for a bad option value) on
    anything else, so that a typo is not read as an empty selection.
    """
    ids: set[int] = set()
    for part in spec.split(","):
        match = re.fullmatch(r"\s*(\d+)\s*(?:-\s*(\d+)\s*)?", part)
        if not match:
            raise argparse.ArgumentTypeError(f"not an id or a range of ids: {part!r}")
        first = int(match.group(1))
        last = int(match.group(2)) if match.group(2) else first
        if last < first:
            raise argparse.ArgumentTypeError(f"empty range: {part!r}")
        ids.update(range(first, last + 1))
    return sorted(ids)


def undated(arts: list[AnalyzedArticle]) -> list[AnalyzedArticle]:
    """The articles without their publication dates, as synthesis would see undated input
    (analysis, and so the cache and the grouping, keep them)."""
    return [
        dataclasses.replace(a, article=dataclasses.replace(a.article, published=None)) for a in arts
    ]


def briefs(name: str, stories: list[Story]) -> Iterator[tuple[str, Brief]]:
    """Each story's brief, analysis cached under the set's ``name`` (one cache per set)."""
    flat = [a for _, arts in stories for a in arts]
    analyzed = analyze_cached(name, flat)
    pos = 0
    for story, arts in stories:
        part: list[AnalyzedArticle] = analyzed[pos : pos + len(arts)]
        pos += len(arts)
        yield story, synthesize(part)


def build_parser() -> argparse.ArgumentParser:
    """The command line: which sets and stories, and whether to print references only."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--set", choices=["duc", "newswcl50", "ecbplus", "all", "bbc", "polnear"], default="all"
    )
    parser.add_argument("--ecb-topics", type=int, default=10, help="the first N ECB+ topics")
    parser.add_argument(
        "--topics", type=parse_ids, help="ECB+ topic ids instead, e.g. 11-32 or 11-14,16"
    )
    parser.add_argument("--wcl-events", type=parse_ids, help="NewsWCL50 event ids (default 0-4)")
    parser.add_argument(
        "--half",
        choices=["A", "B"],
        help="BBC or PolNeAR stories of one half (bench/gold/bbc_halves.json, polnear_halves.json)",
    )
    parser.add_argument(
        "--undated",
        action="store_true",
        help="with --set polnear: synthesis without the articles' dates (a diagnostic)",
    )
    parser.add_argument(
        "--freeze", action="store_true", help="with --set polnear: write its halves file once"
    )
    parser.add_argument("--refs", action="store_true", help="verdict-file rows, no text")
    parser.add_argument(
        "--cache",
        type=Path,
        help=f"bbc, polnear: {CACHE_HELP}",
    )
    allow_missing_data(parser)
    return parser


def main() -> int:
    args = build_parser().parse_args()
    if args.freeze:
        if args.set != "polnear":
            raise SystemExit("--freeze goes with --set polnear")
        return freeze_polnear(args.cache)
    sets: list[tuple[str, list[Story]]] = []
    if args.set in ("duc", "all"):
        # the cache name of bench/duc2004.py, so its analyses are reused
        sets.append(("duc2004", list(duc_stories())))
    if args.set in ("newswcl50", "all"):
        sets.append(("heldout-newswcl50", list(newswcl50_stories(args.wcl_events))))
    if args.set in ("ecbplus", "all"):
        sets.append(("heldout-ecbplus", list(ecbplus_stories(args.ecb_topics, args.topics))))
    found_briefs: list[Iterator[tuple[str, Brief]]] = [briefs(n, s) for n, s in sets]
    if args.set == "bbc":
        found_briefs.append(
            (story, synthesize(arts)) for story, arts in bbc_stories(args.half, args.cache)
        )
    if args.set == "polnear":
        found_briefs.append(
            (story, synthesize(undated(arts) if args.undated else arts))
            for story, arts in polnear_stories(args.half, args.cache)
        )
    number = 0
    per_story: list[tuple[str, int, int, int]] = []  # story, articles, conflicts, updates
    for listing in found_briefs:
        for story, brief in listing:
            found = [c for c in brief.conflicts if c.kind != "update"]
            per_story.append(
                (story, len(brief.articles), len(found), len(brief.conflicts) - len(found))
            )
            sentences = {a.id: a.sentences for a in brief.articles}
            for conflict in brief.conflicts:
                number += 1
                where = ", ".join(f"{v.article}:{v.sentence} = {v.value}" for v in conflict.values)
                if args.refs:
                    print(f"| {number} | {story} | {conflict.kind} | {where} | | |")
                    continue
                print(f"\n#{number} {story} {conflict.kind}: {conflict.about}")
                for v in conflict.values:
                    print(
                        f"  [{v.article}:{v.sentence}] {v.value!r}: {sentences[v.article][v.sentence]}"
                    )
    print("\n| story | articles | conflicts | updates |\n|---|---|---|---|")
    for story, n_articles, n_conflicts, n_updates in per_story:
        print(f"| {story} | {n_articles} | {n_conflicts} | {n_updates} |")
    total = sum(c for _, _, c, _ in per_story)
    updates = sum(u for _, _, _, u in per_story)
    print(f"\n{len(per_story)} stories, {total} conflicts, {updates} updates")
    return 0


if __name__ == "__main__":
    sys.exit(main())
