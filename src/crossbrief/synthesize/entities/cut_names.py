"""Names the NER cuts short: a law's or a body's name ending in a connector ("Article 12 of
the" of "Article 12 of the Charter") and a body's name cut before the "and" of its last words
("Department for Roads" of "the Department for Roads and Harbours"). The capitalised words
the text goes on with are the name's own, unless the NER tagged them a name of their own
("the Ministry of Ports and Ann Lee"). A place the NER ends before a team's numbered name
("Velmora" of "the Velmora 76ers") is that team: the number holds no capital the NER
would read as a name."""

from __future__ import annotations

import re

# A capitalised word, and a run of them joined by the connectors of a name.
_WORD = r"[A-Z][\w'\u2019&.-]*"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:(?:of|and|for|the|on)[ \t]+)*{_WORD})*")
_GAP = re.compile(r"[ \t]+")
# Connectors that join a name's head to what it is of or for.
_OF_WORDS = frozenset({"of", "for", "on"})
# A connector a name never ends with.
_DANGLING = re.compile(r"[ \t]+(?:of(?:[ \t]+the)?|for|and|on|the)$")
# "and", then a capitalised word, right after a span.
_AND_AFTER = re.compile(r"[ \t]+and[ \t]+(?=[A-Z])")
# A number run into a plural agent noun after a place: a team's name ("Velmora 49ers").
_NUMBERED_TEAM = re.compile(r"[ \t]+\d+[a-z]*ers\b")
_PLACES = frozenset({"GPE", "LOC"})
# A body's name with a portfolio after its head ("Department of X", "Ministry for X").
_PORTFOLIO = re.compile(r"\b(?:of|for)[ \t]+[A-Z]")


def completed_name(
    raw: str, end: int, body: str, label: str, starts: set[int]
) -> tuple[str, int, str]:
    """The span with the words of its name the NER left out after it: the capitalised run
    after a dangling connector (without an "of" or "for" with no such run after it), or
    after "and" where a body's name holds a portfolio; a
    person's name, and a run that opens another mention, are left as they are; and a place
    with a team's numbered name after it, as the team (ORG). Returns the text, its end and
    its label."""
    team = _NUMBERED_TEAM.match(body, end) if label in _PLACES else None
    if team:
        return raw + team.group(), team.end(), "ORG"
    if label == "PERSON":
        return raw, end, label
    dangling = _DANGLING.search(raw)
    if dangling:
        gap = _GAP.match(body, end)
        at = gap.end() if gap else end
        run = _RUN.match(body, at) if gap else None
        if run and at not in starts:
            return raw + body[end : run.end()], run.end(), label
        if dangling.group().split()[0] in _OF_WORDS:
            # "Article 12 of the constitution": the name ends before the phrase it heads
            return raw[: dangling.start()], end - len(dangling.group()), label
        return raw, end, label  # a run-on into a coordination: ``trim`` drops the "and"
    if label == "ORG" and _PORTFOLIO.search(raw):
        joined = _AND_AFTER.match(body, end)
        run = _RUN.match(body, joined.end()) if joined else None
        if joined and run and joined.end() not in starts:
            return raw + body[end : run.end()], run.end(), label
    return raw, end, label


_DANGLING_OF = re.compile(r"[ \t]+(?:of|for|on)(?:[ \t]+the)?$")


def without_dangling(name: str) -> str:
    """A name without the "of the" it was cut after where lower-case words follow in the
    text ("Article 12 of the" of "Article 12 of the charter"): the name ends at its head."""
    found = _DANGLING_OF.search(name)
    return name[: found.start()] if found and found.start() > 0 else name
