"""Scoring of bench/quotes.py against PolNeAR's gold attributions: one-to-one matching on
content overlap and source (overlapping spans, the same person by surname, or a relative
pronoun's own noun phrase), tallies for all, direct and indirect attributions, speaker
accuracy on direct quotes, and the error lines ``--errors`` writes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from crossbrief.synthesize.entities import name_key

WORD = re.compile(r"\w+")
PRONOUNS = frozenset(
    ["he", "she", "they", "i", "we", "it", "you", "his", "her", "their", "its", "him", "them"]
)
RELATIVES = frozenset(["who", "whom", "which", "that"])
# Between a relative pronoun and the noun phrase it stands for: nothing but a comma.
_ANTECEDENT_GAP = re.compile(r"[\s,]*")

Ranges = tuple[tuple[int, int], ...]


@dataclass
class Attribution:
    content: Ranges
    source: Ranges
    source_text: str = ""
    name: str | None = None  # the person the predictor resolved the source to
    direct: bool = False
    cue_text: str = ""


@dataclass
class Doc:
    name: str
    text: str
    gold: list[Attribution] = field(default_factory=list)


def _overlaps(a: Ranges, b: Ranges) -> bool:
    return any(s < f and e > t for s, e in a for t, f in b)


def content_share(text: str, gold: Attribution, pred: Attribution) -> float:
    words = [m for s, e in gold.content for m in WORD.finditer(text, s, e)]
    if not words:
        return 0.0
    hit = sum(1 for m in words if any(s < m.end() and m.start() < e for s, e in pred.content))
    return hit / len(words)


def same_person(gold_text: str, pred: Attribution) -> bool:
    """The predicted speaker's surname is a word of the gold source ("Sen. Ann Lee (D-Mo.)",
    "Lee, a top surrogate,")."""
    g = set(WORD.findall(name_key(gold_text)))
    if not g or g <= PRONOUNS:
        return False
    for form in (pred.name, pred.source_text):
        p = name_key(form).split() if form else []
        if p and p[-1] not in PRONOUNS and len(p[-1]) > 2 and p[-1] in g:
            return True
    return False


def antecedent_of(text: str, gold: Attribution, pred: Attribution) -> bool:
    """The gold source is a relative pronoun ("a group which said") and the predicted source
    is the noun phrase it stands for, ending right before it: one entity, as a pronoun and
    the name it resolves to are."""
    if gold.source_text.strip().lower() not in RELATIVES or not pred.source:
        return False
    start = gold.source[0][0]
    end = pred.source[-1][1]
    return end <= start and _ANTECEDENT_GAP.fullmatch(text, end, start) is not None


def source_ok(text: str, gold: Attribution, pred: Attribution) -> bool:
    """The predicted speaker is the gold source: overlapping spans, the same person by
    surname, or a relative pronoun's own noun phrase."""
    if not gold.source:
        return True
    return (
        _overlaps(gold.source, pred.source)
        or same_person(gold.source_text, pred)
        or antecedent_of(text, gold, pred)
    )


def match(
    text: str, gold: Sequence[Attribution], pred: Sequence[Attribution], need_source: bool
) -> list[tuple[int, int]]:
    """One-to-one (gold index, pred index) pairs, highest content overlap first."""
    cands = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if not _overlaps(g.content, p.content):
                continue
            share = content_share(text, g, p)
            if share >= 0.5 and (not need_source or source_ok(text, g, p)):
                cands.append((-share, gi, pi))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


@dataclass
class Tally:
    tp_gold: int = 0
    tp_pred: int = 0
    gold: int = 0
    pred: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_pred / self.pred if self.pred else 0.0
        r = self.tp_gold / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Score:
    all: Tally = field(default_factory=Tally)
    direct: Tally = field(default_factory=Tally)
    indirect: Tally = field(default_factory=Tally)
    speaker_right: int = 0
    speaker_seen: int = 0


def score(
    docs: Sequence[Doc], preds: Sequence[list[Attribution]], errors: list[str] | None = None
) -> Score:
    sc = Score()
    for d, pred in zip(docs, preds, strict=True):
        pairs = match(d.text, d.gold, pred, need_source=True)
        gm = {gi for gi, _ in pairs}
        pm = {pi for _, pi in pairs}
        for tally, want in ((sc.all, None), (sc.direct, True), (sc.indirect, False)):
            gs = [i for i, g in enumerate(d.gold) if want is None or g.direct == want]
            ps = [i for i, p in enumerate(pred) if want is None or p.direct == want]
            tally.gold += len(gs)
            tally.pred += len(ps)
            tally.tp_gold += sum(1 for i in gs if i in gm)
            tally.tp_pred += sum(1 for i in ps if i in pm)
        dg = [g for g in d.gold if g.direct]
        dp = [p for p in pred if p.direct]
        for gi, pi in match(d.text, dg, dp, need_source=False):
            sc.speaker_seen += 1
            ok = source_ok(d.text, dg[gi], dp[pi])
            sc.speaker_right += ok
            if errors is not None and not ok:
                errors.append(
                    f"SPEAKER {d.name}: gold {dg[gi].source_text!r} pred {dp[pi].source_text!r} ({dp[pi].name}) | {_show(d.text, dg[gi].content)}"
                )
        if errors is not None:
            for i, g in enumerate(d.gold):
                if i not in gm:
                    kind = "direct" if g.direct else "indirect"
                    errors.append(
                        f"MISS {kind} {_why(d.text, g, pred)} {d.name}: <{g.cue_text}> "
                        f"[{g.source_text}] {_show(d.text, g.content)}"
                    )
            for i, p in enumerate(pred):
                if i not in pm:
                    kind = "direct" if p.direct else "indirect"
                    near = (
                        "gold" if any(_overlaps(g.content, p.content) for g in d.gold) else "none"
                    )
                    errors.append(
                        f"FP {kind} {near} {d.name}: <{p.cue_text}> [{p.source_text}] "
                        f"{_show(d.text, p.content)}"
                    )
    return sc


def _why(text: str, gold: Attribution, pred: Sequence[Attribution]) -> str:
    """Why a gold attribution went unmatched: no prediction touches its content ("none"),
    one covers it but with another source ("source", listed), or covers too little ("part")."""
    near = [p for p in pred if _overlaps(gold.content, p.content)]
    if not near:
        return "none"
    good = [p for p in near if content_share(text, gold, p) >= 0.5]
    if good:
        return "source{" + "|".join(p.source_text for p in good) + "}"
    return "part"


def _show(text: str, ranges: Ranges) -> str:
    return " .. ".join(text[s:e] for s, e in ranges).replace("\n", " ")[:200]


def table(rows: Iterable[tuple[str, Score]]) -> str:
    head = (
        "| system | all P | all R | all F1 | direct P | direct R | direct F1 "
        "| indirect P | indirect R | indirect F1 | speaker acc (direct) |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|"
    )
    lines = [head]
    for name, sc in rows:
        cells = [f"{x:.3f}" for t in (sc.all, sc.direct, sc.indirect) for x in t.prf()]
        acc = sc.speaker_right / sc.speaker_seen if sc.speaker_seen else 0.0
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {acc:.3f} ({sc.speaker_seen}) |")
    return "\n".join(lines)
