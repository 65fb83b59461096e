"""A weather report is no timeline entry: a sentence whose main clause is "it" with "be" and
a word of the weather ("It was sunny and mild in Velmora on Sunday", "In Orlen it is
expected to be windy on Friday") tells the scene, not an event of the story. Weather that
does something ("a storm flooded the quay on Sunday") or stands in a clause under an event
("the ferry sank on Sunday when it was windy") or before one ("it was icy when the bus
skidded") keeps its entry: the event is told there."""

from __future__ import annotations

import re

from crossbrief.model import AnalyzedArticle, TimeExpr

# Words that name the weather and nothing else after "it was" ("clear", "cold", "hot" or
# "hazy" may tell a judgement: "it was clear that ...", "it is hazy whether ..."; they count
# only beside one of these, within the words the report allows before it).
_WEATHER = (
    r"sunny|cloudy|overcast|rainy|snowy|windy|foggy|misty|humid|drizzly|stormy|showery|"
    r"muggy|frosty|icy"
)
# "it" opening the sentence, or after an opening phrase of place or time and its comma
# ("In Velmora it was", "On Sunday, it was"); "be" in the present, past or a forecast; then
# at most three words ("cold and") before the weather word.
_REPORT = re.compile(
    r"\W*(?:(?:in|on|at|across|over|throughout|by)\s+[^,.;]{1,40}?,?\s+)?it\s+"
    r"(?:was|is|'s|\u2019s|will\s+be|had\s+been|has\s+been|"
    r"(?:is|was)\s+(?:expected|forecast|likely|set|going)\s+to\s+be)\s+"
    rf"(?:[\w-]+,?\s+){{0,3}}?(?:{_WEATHER})\b",
    re.I,
)


# A word opening a clause after the weather's: "it was icy when a bus skidded", "windy
# enough that the ferry capsized" tell their event there (as in the module's doc).
_CLAUSE_AFTER = re.compile(
    r"\b(?:when|whenever|while|as|that|so|enough|because|whether|if|though|although|but)\b",
    re.I,
)


def weather_report(a: AnalyzedArticle, t: TimeExpr) -> bool:
    """Whether the time's sentence is a weather report (see the module's doc): its weather
    clause followed by no clause of an event of its own."""
    span = a.sentences[a.sentence_index(t.start)]
    report = _REPORT.match(a.article.text, span.start, span.end)
    if report is None:
        return False
    return not _CLAUSE_AFTER.search(a.article.text, report.end(), span.end)
