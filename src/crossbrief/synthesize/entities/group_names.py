"""A group's or a campaign's name that the NER split at a capitalised preposition ("Velmora
For Orla", "Doctors Without Borders"): running text writes a preposition in lower case, so
a capital one mid-sentence goes on with a name."""

from __future__ import annotations

import re

from crossbrief.model import Mention
from crossbrief.synthesize.entities.adjacent import join_adjacent

# The prepositions such names are made with; "Of" and "And" are left out, as names the NER
# tags whole use them ("Bank Of Orla").
_PREPOSITION = r"(?:For|Against|Without)"
# Between the two names: the preposition alone, spaced ...
_BETWEEN = re.compile(rf"[ \t]+{_PREPOSITION}[ \t]+")
# ... or the first name already ends with it ("Velmora For" tagged, then "Orla").
_ENDS_WITH = re.compile(rf"[ \t]{_PREPOSITION}$")
# A lower-case word (and maybe a quote mark) right before the first name: running text, not
# a headline's or a title-case line, where every word is capitalised.
_RUNNING_BEFORE = re.compile(r"(?<![\w'\u2019-])[a-z][\w'\u2019-]*[ \t]+[\"\u201c]?$")
# ... but not a headline's, a slogan's or a banner's words quoted in running text ("under
# the headline Velmora Against Orla", "banners reading Lee For Mayor"): a title is
# capitalised throughout, its preposition too. ("called" is left out: "a group called
# Velmora For Orla" names the group.)
_TITLE_BEFORE = re.compile(
    r"(?<![\w'\u2019-])(?:headlines?|headlined|titled|entitled|reading|read|slogans?|"
    r"banners?)[ \t]+[\"\u201c]?$",
    re.IGNORECASE,
)
_NAME_KINDS = frozenset({"GPE", "LOC", "ORG", "NORP", "PERSON", "FAC", "EVENT"})


def joined_group_names(mentions: list[Mention], body: str) -> list[Mention]:
    """``mentions`` with two names joined by a capitalised "For", "Against" or "Without"
    in running text ("known as Velmora For Orla") made one mention of an organisation: the
    country or person inside the name gains no mention from it. Not after a word that
    quotes a headline, a slogan or a banner ("the headline Velmora For Orla")."""

    def group(mention: Mention, after: Mention) -> bool:
        if mention.type not in _NAME_KINDS or after.type not in _NAME_KINDS:
            return False
        gap = body[mention.end : after.start]
        if not (_BETWEEN.fullmatch(gap) or (gap == " " and _ENDS_WITH.search(mention.text))):
            return False
        start = max(0, mention.start - 30)
        return bool(_RUNNING_BEFORE.search(body, start, mention.start)) and not (
            _TITLE_BEFORE.search(body, start, mention.start)
        )

    return join_adjacent(mentions, body, group, "ORG")
