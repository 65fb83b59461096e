"""Questions in the writer's own voice: "Will it matter that Ann Lee is not kind?", "Do you
think Lee will win?". A yes/no or wh- question puts its clause up for doubt and asserts
nothing, so its verb reports no one's claim; English marks it by an auxiliary put before the
subject ("will it", "do you") and a closing question mark."""

from __future__ import annotations

from typing import Any

_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})


def asks(verb: Any) -> bool:
    """The verb heads a question: its sentence ends with "?" and an auxiliary of the verb
    comes before the verb's subject, which comes before the verb ("Do you think ...?"; not
    "Lee thinks ..., but would they agree?", where the question is another verb's)."""
    sent = verb.sent
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    if last is None or last.text != "?":
        return False
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS and c.i < verb.i), None)
    if subject is None:
        return False
    return any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)
