"""Whether a figure is projected, not reported: "would raise the average to $3.1 million", "a
proposed minimum of", "plans to", "expected", "forecast", "is set to", "due to", "on course
to", a "target", an estimate "by 2030", a condition opened before the figure ("if 500,000
copies sold"); not a bare "will", which reports plans as facts ("will pay $334 million").
A projected figure is not compared with a reported actual one (``holders``), unless the
figure's own relative clause reports it as past ("could include some 400 sailors who were
lost"). In an indirect question ("could not say if the quake killed 41") only the question's
own words count.
"""

from __future__ import annotations

import re

from crossbrief.synthesize.text import holds_any

# what "due to" takes when it means "because of": a noun phrase's first word
_NOT_VERB = (
    r"(?:the|a|an|its|their|his|her|our|this|that|these|those|some|heavy|bad|poor|high|low|"
    r"strong|lack|concerns?|fears?|[\d$\u00a3\u20ac])\b"
)
# "proposed" and "planned" project a figure as adjectives ("a proposed minimum of") or with
# a clause ("proposed that", "plans to"), not as past events ("proposed the rule in May")
_PROJECTED = re.compile(
    r"\b(would|could|might|(?:a|an|the|its|their|his|her)\s+(?:proposed|planned)|"
    r"propos(?:ed|es|ing)?\s+(?:that|to)|plan(?:s|ned|ning)?\s+to|expect\w*|forecast\w*|"
    r"projected|projections?|predict\w*|envisag\w*|aims?\s+to|hopes?\s+to|"
    r"(?:is|are|was|were)\s+(?:set|likely)\s+to|on\s+(?:course|track)\s+to|"
    # "is due to open" (a verb follows), not "was due to the storm" (because of)
    rf"(?:is|are|was|were)\s+due\s+to\s+(?!{_NOT_VERB})[a-z]+)\b",
    re.I,
)
# "a target of 5%", "targets 5%", "its 5% target": the figure is the target itself (the noun
# elsewhere, "the strike on the target killed 40", projects nothing)
_TARGET = re.compile(
    r"\btarget(?:s|ing)?\s+(?:of\s+|is\s+|was\s+)?(?:about\s+|around\s+|some\s+)?$", re.I
)
_TARGET_AFTER = re.compile(r"\S*\s+target\b", re.I)
# "if"/"unless" opening a condition the figure is in ("if 500,000 copies sold"): before the
# figure, not "if not" (a lower bound), "as if" or "even if" (no condition on the figure)
_CONDITIONAL = re.compile(r"(?<!\bas\s)(?<!\beven\s)\b(?:if|unless)\b(?!\s+not\b)", re.I)
# "asked if", "could not say if", "whether": an indirect question; the words before it are
# the asker's, so only the question's own words may project its figure. Only a verb that
# takes a question does ("said if 41 died, ..." and "it seems if" open conditions), and
# "say"/"tell" only when negated: a plain "said if" reports a condition
_ASKED = r"(?:\s+(?!for\b|to\b|about\b)\w+)?"  # who is asked or told: "asked police if"
_QUESTION = re.compile(
    rf"\b(?:ask(?:s|ed|ing)?{_ASKED}|wonder(?:s|ed|ing)?|know(?:s|n)?|knew|check(?:s|ed|ing)?|"
    r"decid(?:e|es|ed|ing)|see[sn]?|saw|clear|unclear|unsure|not\s+sure)\s+if\b"
    r"|(?:\bnot|n't|\bnever|\b(?:declin|refus)(?:ed|es|ing)?\s+to)\s+(?:\w+\s+)?"
    rf"(?:say|said|says|(?:tell|told|tells){_ASKED})\s+if\b"
    r"|\bwhether\b",
    re.I,
)
# "could include some 400 sailors who were lost": the figure's own relative clause reports
# it as past fact, whatever the modal of the clause around it
_ACTUAL_AFTER = re.compile(
    r"^(?:\s+[a-z]+){0,2}?\s+(?:who|that|which)\s+(?:were|was|had|have|has)\b", re.I
)
# "proposed a minimum of $400": the figure is what is proposed (no verb or "and" between)
_PROPOSED_OBJECT = re.compile(
    r"\b(?:propos|offer|seek|sought|demand|ask)\w*(?:\s+(?!and\b|but\b)[\w'-]+){0,4}?\s*$", re.I
)
_ESTIMATE_BY_YEAR = re.compile(
    r"\bestimat\w*\b.*\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b", re.I
)
# Words one of which every match of a pattern holds, in lower case: the pattern is searched
# only in a sentence that holds one (``case_blind``; most hold none)
_PROJECTING_WORDS = (
    "would", "could", "might", "propos", "plan", "expect", "forecast", "project", "predict",
    "envisag", "aim", "hope", "set", "likely", "course", "track", "due",
)  # fmt: skip
_PROPOSING_WORDS = ("propos", "offer", "seek", "sought", "demand", "ask")


def projected(text: str, said: str, clause: tuple[int, int], start: int, end: int) -> bool:
    """Whether the figure at ``start``-``end`` of ``text``, in the clause ``clause`` (its
    start and end), is projected; ``said`` is its sentence's ``case_blind`` text (a pattern
    is searched only where one of its words is written there)."""
    head, tail = clause
    questions = _QUESTION.finditer(text, head, start) if holds_any(said, ("if", "whether")) else ()
    asked = [m.end() for m in questions]
    own = asked[-1] if asked else head  # where the figure's own (questioned) words begin
    return bool(
        (holds_any(said, _PROJECTING_WORDS) and _PROJECTED.search(text, own, tail))
        or ("target" in said and _TARGET.search(text, own, start))
        or _TARGET_AFTER.match(text, end, tail)
        or ("estimat" in said and _ESTIMATE_BY_YEAR.search(text[own:tail]))
        or (holds_any(said, _PROPOSING_WORDS) and _PROPOSED_OBJECT.search(text[own:start]))
        or (holds_any(said, ("if", "unless")) and _CONDITIONAL.search(text, own, start))
    ) and not _ACTUAL_AFTER.match(text[end:tail])
