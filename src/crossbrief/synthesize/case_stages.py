"""Which stage of a criminal case a sentence reports: two stages are two facts.

A case moves through successive stages, each news of its own: an arrest, a charge, a plea, a
trial, a verdict, a sentence, an appeal. Reports of two stages share the whole frame of the
case (the accused, the victim, the counts, often the weekday) and differ only in the legal
verb: "Ann Lee was arrested on Tuesday in the Velmora killing" / "Ann Lee was convicted on
Tuesday in the Velmora killing" are months apart, and "pleaded not guilty" even denies what
"was found guilty" asserts. Word shares cannot tell them apart; the stage can.

A sentence tells the stages it tells as having happened ("was arrested and charged" tells
two; "the trial of a man charged in the killing is under way" tells the trial and the
charge; "Xu, who was sentenced on Monday, and Wang were charged" tells the sentence and the
charge). A stage told as a plan or a prospect ("will stand trial", "is to be sentenced",
"faces trial", "awaiting a verdict"), or denied ("was not charged", "no arrests"), is not
told. Two sentences that each tell a stage, and none in common, tell two facts: neither is
grouped with, nor cites, the other. Two that share a stage may tell one fact ("charged with
arson; two others were also arrested" / "two others were arrested"), and a sentence telling
no stage is left to the other tests. (A stage named only as the setting, "found guilty at
the end of the trial", is still one the sentence tells: such a sentence may yet cite "the
trial is under way".)
"""

from __future__ import annotations

import re
from functools import lru_cache

# The stages in the order a case passes through them.
STAGES = ("arrest", "charge", "plea", "trial", "verdict", "sentence", "appeal")
# Each stage's wordings, in lower case. Nouns that every later stage repeats ("the charges",
# "his conviction", a bare "sentence") are left out: they name the case, not its news.
_PATTERNS = {
    "arrest": (
        r"(?<!cardiac )(?<!heart )(?<!house )(?<!respiratory )\barrest(?:ed|s|ing)?\b"
        r"|\btaken into custody\b|\bdetained\b"
    ),
    # "charged with" / "charged in" (not "charged at" the police, not a battery charged); an
    # arraignment is the charges read out in court ("were arraigned on charges of ...")
    "charge": (
        r"\bcharged\b(?!\s+(?:ahead|forward|up|at|into|down|through))"
        r"(?:\s+[\w'-]+,?){0,6}?\s+(?:with|in|over)\b|\bindicted\b|\barraign(?:ed|ment)\b"
        r"|\b(?:filed|pressed|brought)\s+charges\b|\bcharges\s+were\s+(?:filed|brought)\b"
    ),
    # not "pleaded with the board", "pleaded for mercy": to beg, the verb's common sense
    "plea": (
        r"\b(?:pleaded|pleads|pled|plead|pleading)\b(?!\s+(?:with|for)\b)"
        r"|\bentered\s+a\s+plea\b"
    ),
    # not a thing's trial ("a trial run", "a free trial", "on a trial basis")
    "trial": (
        r"(?<!clinical )(?<!drug )(?<!vaccine )(?<!field )(?<!free )\btrial\b"
        r"(?!\s+(?:run|runs|period|basis|version|balloon)\b)|\btestif(?:ied|ies)\b"
    ),
    "verdict": (
        r"\b(?:convicted|convicts|convicting|acquitted|acquits|acquitting)\b"
        # a verdict given, not one awaited or deliberated on
        r"|\b(?:guilty|returned|reached|delivered|handed\s+down|announced|read|got)"
        r"(?:\s+[\w'-]+){0,2}?\s+verdicts?\b"
        r"|\b(?:found|finds|finding)\b(?:\s+[\w'-]+,?){0,6}?\s+(?:not\s+)?guilty\b"
    ),
    # "was sentenced", "received a life sentence" (not "faces a sentence": a prospect)
    "sentence": (
        r"\bsentenced\b|\b(?:received|receives|given|handed|imposed)"
        r"(?:\s+[\w'-]+){0,3}?\s+sentences?\b"
    ),
    "appeal": (
        r"\bappealed\s+(?:the|his|her|their|its|against)\b|\bappeals?\s+court\b"
        r"|\bcourt\s+of\s+appeals?\b|\bon\s+appeal\b"
        r"|\b(?:filed|lodged|lost|won|rejected|dismissed|upheld)\s+(?:an|the|his|her|their)"
        r"\s+appeal\b"
    ),
}
_STAGE = re.compile("|".join(f"(?P<{s}>{p})" for s, p in _PATTERNS.items()))
# A cheap test before the full pattern: most sentences of a story name no stage at all.
_ANY = re.compile(
    r"arrest|custody|detained|charge|indicted|plea|pled|arraign|trial|testif|convict|acquit|"
    r"verdict|guilty|sentence|appeal"
)
# Words in the few before a stage that make it a plan, a prospect or a denial: modals,
# "to" ("to stand trial", "to be sentenced"), expectation and schedule words, waiting, facing
# and seeking it ("faces trial", "awaiting the verdict", "sought a conviction"), negations;
# "when he is sentenced" (a present after "when" is a future), "a previous arrest" (another
# case's).
_NOT_DONE = frozenset({
    "will", "would", "could", "can", "may", "might", "shall", "should", "must", "to",
    "expected", "scheduled", "set", "due", "faces", "face", "facing", "faced", "await",
    "awaits", "awaiting", "awaited", "pending", "seek", "seeks", "seeking", "sought", "want",
    "wants", "wanted", "plan", "plans", "planned", "intend", "intends", "ask", "asked",
    "asking", "not", "never", "no", "without", "n't", "warrant", "until", "if", "whether",
    "possible", "upcoming", "future", "new", "'ll", "when", "previous", "prior",
})  # fmt: skip
# Words a few after a noun stage that put it ahead: "the trial is set for May", "a trial
# date", "the trial of Lee is expected to begin", "the trial will open".
_AHEAD = re.compile(
    r"(?:\s+[\w'-]+){0,3}?\s*(?:date|is\s+(?:set|scheduled|expected|due|slated)"
    r"|was\s+(?:set|scheduled)|will|would|could|may|set\s+for|scheduled\s+for|is\s+to|pending)\b"
)
_BEFORE = 3  # words before a stage read for ``_NOT_DONE``
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't")
_NOUNS = frozenset({"trial", "arrest", "arrests"})


@lru_cache(maxsize=1 << 14)
def stages(text: str) -> frozenset[str]:
    """The stages of a case (``STAGES``) that ``text`` tells as having happened (see the
    module's docstring); empty when it tells none."""
    low = text.lower().replace("\u2019", "'")
    if not _ANY.search(low):
        return frozenset()
    return frozenset(
        m.lastgroup
        for m in _STAGE.finditer(low)
        if m.lastgroup is not None and _done(low, m.start(), m.end(), m.group(0))
    )


def _done(low: str, start: int, end: int, found: str) -> bool:
    """Whether the stage found at ``start``-``end`` of ``low`` is told as having happened: no
    plan, prospect or negation among the few words before it, and, for a noun ("the trial"),
    none right after it."""
    before = _WORD.findall(low[max(0, start - 60) : start])[-_BEFORE:]
    if not _NOT_DONE.isdisjoint(before):
        return False
    # "a convicted felon", "the arrested men": a past form after a determiner describes
    if before and before[-1] in {"a", "an", "the"} and found.endswith("ed"):
        return False
    return not (found in _NOUNS and _AHEAD.match(low, end))


def other_stages(a: str, b: str) -> bool:
    """Whether sentences ``a`` and ``b`` each tell a stage of a case, and no stage in
    common: two facts of the case, which neither group nor cite each other."""
    sa = stages(a)
    if not sa:
        return False
    sb = stages(b)
    return bool(sb) and sa.isdisjoint(sb)
