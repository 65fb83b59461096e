"""How a negated or denied ledger line reads: a label from a fixed, readable set ("did not
say", "never blamed", "will not confirm", "denied") with the verb moved out of its content;
a negated act that is not speech or belief ("isn't recommending", "was not surprised") has
no label, and no line."""

from __future__ import annotations

import re

from crossbrief.analyze.quotes import cue_base
from crossbrief.model import Quote
from crossbrief.synthesize.ledger_filter import CLAIM_VERBS, opens_with_cue
from crossbrief.synthesize.ledger_words import cue_verb

_verb = cue_verb

# "say", and verbs of belief or meaning, whose negation is read "did not <verb>" too.
_BELIEF_WORDS = "say believe think know expect mean suggest indicate recommend comment confirm"
_NEGATABLE = CLAIM_VERBS | frozenset(_BELIEF_WORDS.split())


def negated_line(q: Quote, shown: str | None = None) -> tuple[str, str] | None:
    """The readable label and content of a negated line, from a fixed set: "never" and the
    verb as written when the negation ``shown`` (the cue as written, "has never publicly
    blamed") says "never" and the verb is in the past ("never blamed"), the modal's own
    label ("will not", "would not", "cannot", "could not"), "has not" with the participle
    ("has not denied"), "does not" and the verb's base after a present "do" ("does not
    mean"), else "did not" and the base ("did not say"); the content loses its opening verb when it opens with the cue's. None for a
    negated act that is not speech or belief: no line."""
    verb = _verb(q)
    base = cue_base(verb)
    if base not in _NEGATABLE:
        return None
    written = re.findall(r"[\w\u2019']+", (shown or q.cue or "").lower())
    past = verb.lower() != base and verb.lower().endswith(("ed", "id", "ld", "ought", "ew"))
    if "never" in written and past:
        label = f"never {verb.lower()}"
    elif _WILL.intersection(written):
        label = f"will not {base}"
    elif _WOULD.intersection(written):
        label = f"would not {base}"
    elif _CAN.intersection(written):
        label = f"cannot {base}"
    elif _COULD.intersection(written):
        label = f"could not {base}"
    elif _HAS.intersection(written) and past:
        have = "has" if {"has", "hasn't", "hasn\u2019t"} & set(written) else "have"
        label = f"{have} not {verb.lower()}"
    elif _PRESENT_DO.intersection(written):
        label = f"does not {base}"
    else:
        label = f"did not {base}"
    return label, _without_verb(q)


_PRESENT_DO = frozenset({"do", "does", "don't", "doesn't", "don\u2019t", "doesn\u2019t"})
_WILL = frozenset({"will", "won't", "won\u2019t", "wo"})
_WOULD = frozenset({"would", "wouldn't", "wouldn\u2019t"})
_CAN = frozenset({"can", "cannot", "can't", "can\u2019t", "ca"})
_COULD = frozenset({"could", "couldn't", "couldn\u2019t"})
_HAS = frozenset({"has", "have", "hasn't", "haven't", "hasn\u2019t", "haven\u2019t"})


_DENIED = {"deny": "denied", "refute": "refuted", "dispute": "disputed", "rebut": "rebutted"}


def denial_line(q: Quote) -> tuple[str, str]:
    """The label and content of a denial: the denying verb in the present as written
    ("denies"), else in the past ("Denying" gives "denied"), the content without that verb
    when it opens with it."""
    verb = _verb(q).lower()
    base = cue_base(verb)
    if base and verb != base and verb.endswith("s"):
        return verb, _without_verb(q)  # "denies", "disputes"
    return _DENIED.get(base, base or "denied"), _without_verb(q)


def _without_verb(q: Quote) -> str:
    """The content less its opening verb where that verb is the cue's ("blamed Russia for
    ..." under "never blamed" reads "Russia for ...")."""
    if not opens_with_cue(q):
        return q.text
    rest = q.text.split(maxsplit=1)
    return rest[1] if len(rest) > 1 else q.text


# The negation written before a cue: an auxiliary with "not"/"never" or a contraction,
# then at most one adverb ("did not really believe", "has never said", "doesn't think").
_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:do|does|did|would|could|will|can|should|has|have|had|is|are|was|were|may"
    r"|might|must)\s+)?\b(?:not|never)\s+(?:\w+ly\s+)?$|\b\w+n[\'\u2019]t\s+(?:\w+ly\s+)?$"
    r"|\bcannot\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def shown_cue(text: str, q: Quote) -> str | None:
    """The cue of a negated quote as a reader should see it, with its negation as written
    ("did not believe", "never claimed"), or "not" and the cue where the negation is not
    right before it ("did not confirm or deny" gives "not deny"); any other quote's own cue."""
    if not q.negated or q.cue is None:
        return q.cue
    if q.cue_start is not None and q.cue_end is not None:
        before = _NEGATION_BEFORE.search(text, max(0, q.cue_start - 40), q.cue_start)
        if before is not None:
            return " ".join(text[before.start() : q.cue_end].split())
    return f"not {q.cue}"
