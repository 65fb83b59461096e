"""A speaker who "also said" something, named by surname alone: "Lee also said the port will
reopen." Both the "also" and the bare surname point at an earlier sentence, where the speaker
was introduced in full and said the first thing, so the sentence reads only after it.

Any "also" in a sentence's opening clause past its article's first sentence ("The board has
also cut fees", "Velmora Air also said ...") adds to something its article told before: the
first fee cut, the first thing said. Read with none of its article's earlier sentences, it
adds to nothing the reader was told (``adds_to``). "Not only ... but also" adds within its
own sentence, as does an "also" just after "and" ("cut fares and also dropped fees"), and
"also known as" adds a name, not an act.

A speaker who "added" something (``adds_speech``: "Ann Lee added that ...", '"...," the board
added.') says more after words the reader has not been told: "add" as a verb of saying means
to say further, so the sentence reads only after the one before it. "Added" joined by "and"
to another verb of its sentence, or after a verb of saying in it ('"...," Lee said, "and," she
added'), adds within it ("rejected the charge and added that ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from crossbrief.analyze.titles import COURTESY_TITLES
from crossbrief.synthesize.saying import SAYING, forms
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.summary_quotes import QUOTED

_SAID = "|".join(sorted((f for f in forms(SAYING) if not f.endswith("ing")), key=len)[::-1])
# a title or two, one capitalised word, then "also" and a verb of saying
_ALSO_SAID = re.compile(
    r"^[\"'\u201c\u2018( ]*(?P<titles>(?:[A-Z][a-z]{0,4}\.?\s+){0,2}?)(?P<name>[A-Z][\w'\u2019-]+)"
    r"\s+also\s+(?:" + _SAID + r")\b"
)


def speaks_again(story: Story, i: int) -> bool:
    """True when sentence ``i`` opens with a person named by surname alone (after any
    courtesy title) who "also" says something ("Dr. Lee also said ..."): a person the story
    names in full somewhere by that last word, so the full name and the first thing said
    are in an earlier sentence."""
    s = story.sentences[i]
    m = _ALSO_SAID.match(s.text)
    if m is None:
        return False
    titles = [t.rstrip(".").lower() for t in m.group("titles").split()]
    if any(t not in COURTESY_TITLES for t in titles):
        return False  # "New York also said": a place's first word, not a title
    name = m.group("name").lower()
    return any(
        mention.type == "PERSON"
        and len(mention.text.split()) >= 2
        and _POSSESSIVE.sub("", mention.text.split()[-1].lower()) == name
        for a in story.articles
        for mention in a.mentions
    )


_POSSESSIVE = re.compile(r"['\u2019]s?$")


# The words before a first "also" in the sentence's opening clause: "Harbour fees also fell".
_ALSO_AFTER = re.compile(r"^[\"'\u201c\u2018( ]*(?P<subject>[^,;:\"\u201c\u201d]{1,80}?)\s+also\b")
# entity types that own a figure or an act: "Velmora Air also ...", "Ann Lee also ..."
_OWNERS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def also_unowned(story: Story, i: int) -> bool:
    """True when sentence ``i``, not its article's first, says something "also" happened
    and names no owner before the "also" ("Harbour fees also fell sharply."): whose fees
    and what else fell were told in an earlier sentence of its article, so it reads after
    that article's earlier sentences, not after another company's."""
    s = story.sentences[i]
    if s.index == 0:
        return False
    m = _ALSO_AFTER.match(s.text)
    if m is None:
        return False
    end = s.start + m.end("subject")
    return not any(
        mention.type in _OWNERS and s.start <= mention.start < end
        for mention in story.by_id[s.article].mentions
    )


# "also" adding within the sentence ("not only the pier but also the quay", "cut fares and
# also dropped fees", "Velmora won and Orsk also won"), or a name ("also known as"), not to
# an earlier sentence
_ALSO_WITHIN = re.compile(
    r"\bbut\s+also\b|\band\s+(?:\w+\s+){0,2}also\b|\balso\s+(?:known|called)\b", re.I
)


def adds_to(story: Story, i: int, candidates: Sequence[int]) -> set[int] | None:
    """None unless sentence ``i``, past its article's first sentence, says "also" in its
    opening clause ("The board has also cut fees"); then the ``candidates`` of its article
    before it, of which the summary must hold one: what the "also" adds to is told there."""
    s = story.sentences[i]
    if s.index == 0:
        return None
    m = _ALSO_AFTER.match(s.text)
    if m is None or _ALSO_WITHIN.search(s.text, 0, m.end() + 12):
        return None
    sents = story.sentences
    return {k for k in candidates if sents[k].article == s.article and sents[k].index < s.index}


# "added"/"adds" as a verb of saying, outside quotations: before "that", a colon, a comma or
# the sentence's end ("Lee added that ...", "the board added:", '"...," Lee added.'), or
# after a quotation's comma and before the speaker ('"...," added Lee.'); not after "and",
# "but" or a comma within its sentence (one clause adds to another), nor a passive ("was
# added"), nor before an object ("added two berths")
_ADDED = re.compile(
    r"(?<![,;])(?<!\band)(?<!\bbut)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)(?<!\bis)(?<!\bare)"
    r"\s+(?:also\s+|later\s+)?add(?:s|ed)(?:\s+that\b|\s*[:,;.!?]|\s*$)"
    r"|^\W*,\s*added\s+[A-Z]",
    re.I,
)


def adds_speech(story: Story, i: int) -> bool:
    """True when sentence ``i``, past its article's first sentence, says someone "added"
    something ("Ann Lee added that the fees ...", '"...," the board added.'): what was said
    first is told before it."""
    s = story.sentences[i]
    if s.index == 0 or "add" not in s.text.lower():
        return False
    text = QUOTED.sub(" , ", s.text)
    m = _ADDED.search(text)
    # a verb of saying before it: what is added to was said in this sentence ('"...," Lee
    # said, "and," he added, "..."'); "with" a thing "added" is a participle of adding
    return (
        m is not None
        and _SAID_BEFORE.search(text, 0, m.start()) is None
        and _WITH_BEFORE.search(text, max(0, m.start() - 60), m.start()) is None
    )


_SAID_BEFORE = re.compile(r"\b(?:" + _SAID + r")\b", re.I)
# "with" and a noun phrase of a word or four right before "added": "with the levy added"
_WITH_BEFORE = re.compile(r"\bwith(?:\s+[\w'\u2019-]+){1,4}$", re.I)
