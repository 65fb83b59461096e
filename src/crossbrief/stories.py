"""Stories: a stream of analyzed articles grouped into the events they tell.

Each article becomes one TF-IDF vector over its content words and, counted ``NAME_WEIGHT``
times, the normalised names it mentions (names say which event it is about more than common
words do); its headline and first ``LEAD_SENTENCES`` sentences, where news states the event,
count once more. Two articles that share a specific anchor, the same figure ("18.8%",
"3,000") or the same calendar date ("13 January"), gain ``ANCHOR_BONUS`` on that cosine: one
event, told twice, repeats its numbers and dates, while two events on one topic (two matches,
two budgets, a band's award and its bassist leaving) share names and words but not figures.
Articles are merged by average-link agglomeration (scipy's ``linkage``): the two closest
groups join while their mean pairwise similarity is at least ``threshold``. Results are
deterministic: groups are ordered by their first article in input order.

A term's IDF is read from the articles given, as if there were at least ``BACKGROUND`` of
them: a term in every article of a small input still tells something. Read from three
articles alone, a word all three share weighed nothing (log 4/4), so three outlets' reports of
one story shared only their least shared words and fell apart: with ECB+'s stories grouped
one at a time, 0 of 86 stayed one story (B3 F1 0.239), each topic's two events alone 0.365.
Counting at least 300 articles, 47 of 86 stay whole (0.904) and the topics score 0.867 (B3
precision 0.977); an input of 300 or more articles, such as ECB+'s 982 or a BBC category,
is grouped exactly as before (docs/benchmarks.md, "Story grouping: ECB+", session 27).

``THRESHOLD`` 0.26 with the bonus 0.06 means a pair sharing an anchor joins at a cosine of
0.20 and a pair sharing only words and names at 0.26 (both chosen on ECB+'s dev topics). Before
(0.22, no bonus or lead) one outlet's copy (BBC News) was grouped by topic: 7 of 25 sampled
groups joined separate events, now 4, with ECB+ B-cubed F1 0.890 unchanged (docs/benchmarks.md,
"Story grouping: ECB+"). A wrong join costs a brief more than a split does: it mixes two
events under one summary.

This works on what analysis produced (text, mentions, times) and never parses again. It is
quadratic in the number of articles, fine for the thousands a laptop run sees; a cluster
run would block candidate pairs first (e.g. MinHash LSH) and keep this as the final step.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

from crossbrief.analyze.timex.words import MONTHS
from crossbrief.model import AnalyzedArticle
from crossbrief.synthesize.entities import name_key
from crossbrief.synthesize.text import content_terms

THRESHOLD = 0.26
NAME_WEIGHT = 2
LEAD_SENTENCES = 2
ANCHOR_BONUS = 0.06
# The fewest articles a term's document frequency is read against (the module docstring)
BACKGROUND = 300

# A number as printed, its thousands and decimals kept ("3,000", "18.8"); also as tokenized
# corpora print it ("3 , 000"). A comma followed by a space only ends a clause ("in 2004, 35
# staff" holds two numbers).
_NUMBER = re.compile(r"\d+(?:(?:,| , )\d{3}(?!\d))*(?:(?:\.| \. )\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A calendar date as analysis keeps it: the relative form "MD:<month>:<day>[:<direction>]"
# or a resolved value "YYYY-MM-DD".
_MONTH_DAY = re.compile(r"MD:(\d+):(\d+)")
_ISO_DATE = re.compile(r"\d{4}-(\d\d)-(\d\d)$")
# A month's name or abbreviation, capitalised ("May", not the verb "may").
_NAMES_MONTH = re.compile(
    r"\b(?:" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True)) + r")\b"
)
# A number that is a clock time or a duration of seconds to hours ("at 10:30", "9.45pm", "10
# minutes"): such numbers recur across unrelated events (every match has its minutes). Ages
# ("aged 45", "a 29-year-old"), longer durations ("jailed for 15 years") and days of a
# month stay: on ECB+ they tell one event's reports (B3 F1 0.889 -> 0.876 without them).
_CLOCK_AFTER = re.compile(
    r"[:.]\d\d\b|\s*(?:[ap]\.?m\b|gmt\b|bst\b)"
    r"|[\s-]*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?)\b",
    re.I,
)
_CLOCK_BEFORE = re.compile(r"\d[:.]$")


def article_terms(a: AnalyzedArticle) -> Counter[str]:
    """The weighted terms of one article: content words plus its names, the headline and
    lead counted twice."""
    text = a.article.text
    lead = a.sentences[:LEAD_SENTENCES]
    lead_end = lead[-1].end if lead else 0
    terms: Counter[str] = Counter(content_terms(a.article.title + "\n" + text))
    terms.update(content_terms(a.article.title + "\n" + text[:lead_end]))
    for m in a.mentions:
        key = name_key(m.text)
        if key:
            terms["@" + key] += NAME_WEIGHT * (2 if m.end <= lead_end else 1)
    return terms


def anchors(a: AnalyzedArticle) -> set[str]:
    """The specific anchors of one article: its numbers of two or more digits that are not
    years, clock times or durations of hours or less ("18.8", "3000", "404"), and the
    calendar dates it writes with a month ("date:1-13"; not a weekday or "yesterday")."""
    found: set[str] = set()
    text = a.article.title + "\n" + a.article.text
    for match in _NUMBER.finditer(text):
        before = text[max(0, match.start() - 2) : match.start()]
        if _CLOCK_AFTER.match(text, match.end()) or _CLOCK_BEFORE.search(before):
            continue
        number = re.sub(r"\s", "", match.group(0)).replace(",", "")
        # One digit counts too many things to anchor an event, and a year spans many events.
        if len(number.replace(".", "")) >= 2 and not _YEAR.fullmatch(number):
            found.add(number)
    for t in a.times:
        # A weekday or "yesterday" resolved against the publication date names no event:
        # every article of one weekend has its "Saturday".
        written = _NAMES_MONTH.search(t.text)
        date = _MONTH_DAY.match(t.relative or "") or (written and _ISO_DATE.match(t.value or ""))
        if date:
            found.add(f"date:{int(date.group(1))}-{int(date.group(2))}")
    return found


def similarity_matrix(articles: Sequence[AnalyzedArticle]) -> np.ndarray:
    """Cosine similarity of the articles' TF-IDF vectors."""
    bags = [article_terms(a) for a in articles]
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    from scipy.sparse import csr_matrix

    vocab = {t: i for i, t in enumerate(sorted(df))}
    n = len(bags)
    rows: list[int] = []
    cols: list[int] = []
    weights: list[float] = []
    for row, bag in enumerate(bags):
        for term, count in bag.items():
            idf = math.log((1 + max(n, BACKGROUND)) / (1 + df[term]))
            rows.append(row)
            cols.append(vocab[term])
            weights.append((1 + math.log(count)) * idf)
    # sparse: an article holds a few hundred of the collection's tens of thousands of terms,
    # and a dense matrix of 2,000 BBC articles alone took half a gigabyte
    matrix = csr_matrix((weights, (rows, cols)), shape=(n, len(vocab)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = csr_matrix(matrix.multiply(1.0 / norms[:, None]))
    result: np.ndarray = (matrix @ matrix.T).toarray()
    return result


def shared_anchors(articles: Sequence[AnalyzedArticle]) -> np.ndarray:
    """Whether each pair of articles shares an anchor (``anchors``), as 0/1."""
    from scipy.sparse import csr_matrix

    sets = [anchors(a) for a in articles]
    vocab = {x: i for i, x in enumerate(sorted(set().union(*sets)))}
    rows = [row for row, found in enumerate(sets) for _ in found]
    cols = [vocab[x] for found in sets for x in found]
    # sparse: an article holds a few dozen of the collection's thousands of anchors
    incidence = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(sets), len(vocab)))
    result: np.ndarray = ((incidence @ incidence.T).toarray() > 0).astype(float)
    return result


def story_similarity(articles: Sequence[AnalyzedArticle]) -> np.ndarray:
    """The similarity stories are grouped by: the cosine plus ``ANCHOR_BONUS`` for a pair
    sharing an anchor."""
    return similarity_matrix(articles) + ANCHOR_BONUS * shared_anchors(articles)


def average_link(similarity: np.ndarray, threshold: float = THRESHOLD) -> list[list[int]]:
    """Indices grouped by average linkage: two groups join while the mean similarity of their
    pairs is at least ``threshold``; groups ordered by their first index."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = len(similarity)
    if n <= 1:
        return [list(range(n))] if n else []
    distance = np.clip(1.0 - similarity, 0.0, 2.0)
    np.fill_diagonal(distance, 0.0)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=1.0 - threshold, criterion="distance")
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values())


def group_stories(
    articles: Sequence[AnalyzedArticle], threshold: float = THRESHOLD
) -> list[list[AnalyzedArticle]]:
    """The articles grouped into stories, each story in input order."""
    return [[articles[i] for i in g] for g in average_link(story_similarity(articles), threshold)]
