"""The stretch of place or time a figure covers where its clause's plain words do not say it.

- several countries: a count told right after as spread over several countries ("killed
  230,000 people in 13 countries", "across Asia", "in Velmora, Orsk and other countries",
  "worldwide", "around the Indian Ocean") is
  a total over them, another scope than a count of one place ("170,000 people in the
  province");
- another year: a figure of a thing named with its year ("the 2004 tsunami ... a 9.1
  quake"), or of a sentence that opens on a year ("In 2004, a 9.1 quake ..."), is of that
  year, another period than a figure of the story's own time (not when the year is the
  article's own, the thing only compared with, "since the 2004 floods", or four digits
  counting a plural, "the 2000 workers");
- events pointed back to: a figure told "in those bombings" or "from these attacks" counts
  events its own article named before, which another article's words do not show to be the
  same ones (another attack may be meant), so it meets only figures pointed the same way.

Scopes are compared as ``holders.apart`` compares every scope: figures of different scopes
never conflict.
"""

from __future__ import annotations

import re

from crossbrief.synthesize.text import case_blind, fold

# the words that may sit between a count and what spreads it ("230,000 people across Asia")
_COUNTED = r"(?:\s+[\w-]+){0,4}?"
_CONTINENTS = (
    r"(?:Asia|Europe|Africa|Latin\s+America|(?:North|South|Central)\s+America|the\s+Americas)"
)
_SPREAD = re.compile(
    # where those counted came from is no extent of the count ("150 people from around the
    # world", "students from 13 countries" died in one place)
    _COUNTED + r"\s+(?<!\bfrom\s)(?:"
    r"(?:in|across)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|"
    r"several|many|dozens\s+of|more\s+than\s+\d+)\s+(?:other\s+)?(?:countries|nations)\b"
    rf"|(?:across|throughout|in|around)\s+(?:all\s+(?:of\s+)?)?{_CONTINENTS}\b"
    r"|in\s+[^.;:]{0,80}?\band\s+(?:many\s+|several\s+)?other\s+(?:countries|nations)\b"
    r"|worldwide\b|around\s+the\s+(?:world|globe)\b"
    r"|around\s+the\s+(?:[A-Z]\w+\s+)?(?:Ocean|Sea)\b"
    r")"
)
# a year naming a thing ("the 2004 tsunami", "its 1998 season"): not a count or a sum, nor
# a thing the figure is compared with ("the worst since the 2004 floods", "more than the 2004
# toll", "like the 2004 tsunami")
_NAMED_YEAR = re.compile(
    r"(?<!\bsince\s)(?<!\bthan\s)(?<!\blike\s)"
    r"\b(?:the|a|an|its|their|his|her|this|that)\s+((?:19|20)\d\d)\s+(?=[a-z])([a-z]+)",
    re.I,
)
_PEOPLE = frozenset({"people", "men", "women", "children", "police"})
# before a plural, a year names events ("the 2004 floods", "the 1998 elections"); before any
# other plural, four digits are a count ("the 2000 workers")
_EVENTS = re.compile(
    r"(?:floods|elections|polls|games|olympics|attacks|bombings|riots|protests|talks|"
    r"finals|championships|fires|quakes|earthquakes|storms|hurricanes|wars|strikes|"
    r"midterms|primaries|playoffs)$",
    re.I,
)
# a sentence opening on a year ("In 2004, ...", "In December 2004, ..."): all of it is then
_OPENING_YEAR = re.compile(r"\W*(?:in|by|during)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\s*,", re.I)


# "killed in those bombings": events its own article named before, by a demonstrative
_POINTED = re.compile(
    r"\b(?:in|from|by|during|since)\s+(?:those|these)\s+(?:\w+\s+)?([a-z]+s)\b", re.I
)


def extents(
    text: str, low: int, head: int, tail: int, end: int, count: bool, own: str = ""
) -> frozenset[str]:
    """The extent scopes ("countries", "year:2004", "those:bombings") of the figure ending at
    ``end``, whose clause is ``head``-``tail`` in the sentence starting at ``low``; only a
    ``count`` is spread over countries; ``own``, the article's year, is no other year ("in
    the 2026 election" of a 2026 article is the story's own time)."""
    found = set()
    if count and _SPREAD.match(text, end, tail):
        found.add("countries")
    # (a year is written with its century's digits: most clauses have none to search)
    years = "19" in text[head:tail] or "20" in text[head:tail]
    for m in _NAMED_YEAR.finditer(text, head, tail) if years else ():
        word = m.group(2).lower()
        plural = (word.endswith("s") and not word.endswith("ss")) or word in _PEOPLE
        if plural and not _EVENTS.match(m.group(2)):
            continue
        found.add(f"year:{m.group(1)}")
    opening = _OPENING_YEAR.match(text, low, tail)
    if opening:
        found.add(f"year:{opening.group(1)}")
    found.discard(f"year:{own}")
    after = case_blind(text[end:tail])
    pointed = _POINTED.search(text, end, tail) if "those" in after or "these" in after else None
    if pointed:
        found.add(f"those:{fold(pointed.group(1))}")
    return frozenset(found)
