"""Short forms a text defines in brackets right after a name: "VHB Harbour
Services Inc. (VHB HS)", "Ostrel Ferries Co. (NYSE: OST)"."""

from __future__ import annotations

import re
from collections import defaultdict

from crossbrief.synthesize.entities.mentions import KeyGroup, StoryMention, UnionFind
from crossbrief.synthesize.entities.names import name_key
from crossbrief.synthesize.story import Story

# What may stand between a name and its bracketed short form: a company suffix the NER left
# out, the opening bracket, and a stock exchange before a ticker ("(NYSE: HPQ)").
_OPENS = re.compile(
    r"[ \t]*(?:,?[ \t]*(?:Inc|Corp|Co|Ltd|LLC|Plc|PLC|plc|AG|SA|NV)\.?)?[ \t]*\("
    r"(?P<exchange>[ \t]*(?:NYSE|Nasdaq|NASDAQ|AMEX|LSE|TSX|NYSE American)[ \t]*:[ \t]*)?$"
)
_CLOSES = re.compile(r"[ \t]*\)")
# A one-word short form in brackets right after a name, the NER's tag or not.
_UNTAGGED = re.compile(r"[ \t]*\((?P<short>[A-Z][A-Za-z]{1,11})\)")


def _capitals(text: str) -> str:
    """The capital letters of ``text`` in order ("EYP MCF" -> "EYPMCF")."""
    return "".join(c for c in text if c.isupper())


def spells(short: str, name: str) -> bool:
    """Whether a short form's capitals are the name's in order, from its first: "VHB HS" of
    "VHB Harbour Services", "RCMP" of "Royal Canadian Mounted Police"."""
    letters, pool = _capitals(short), _capitals(name)
    if len(letters) < 2 or not pool or letters[0] != pool[0]:
        return False
    rest = iter(pool[1:])
    return all(any(c == p for p in rest) for c in letters[1:])


def spells_tail(short: str, name: str) -> bool:
    """Whether an acronym's capitals are the initials of the name's last words, function
    words aside: "CAB" after "Velmora Court of Appeal for Boats", the qualifier before
    the body's own name left out of its letters."""
    letters = short.strip()
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    initials = "".join(w[0] for w in _WORDS.findall(name) if w[0].isupper())
    return len(initials) > len(letters) and initials.endswith(letters)


def syllabic(short: str, name: str) -> bool:
    """Whether a short form written as a word is cut from the name's words in order, a piece
    opening each of two or more of them: "Velco" of "Velmora Lab Co-operative" ("Ve", "l",
    "co"). The first piece opens the name; only a function word may be passed over."""
    word = short.strip().lower()
    if len(word) < 3 or not word.isalpha() or short.strip().isupper():
        return False
    words = [w.lower() for w in _WORDS.findall(name)]

    def cut(at: int, i: int, pieces: int) -> bool:
        if at == len(word):
            return pieces >= 2 and all(w in _FUNCTION_WORDS for w in words[i:])
        for j in range(i, len(words)):
            n = 0
            while n < len(words[j]) and at + n < len(word) and words[j][n] == word[at + n]:
                n += 1
                if cut(at + n, j + 1, pieces + 1):
                    return True
            if words[j] not in _FUNCTION_WORDS:
                return False  # a content word passed over: not cut from this name
        return False

    return bool(words) and cut(0, 0, 0)


# A name's words, a hyphen parting them too ("Co-operative" -> "Co", "operative").
_WORDS = re.compile(r"[^\W\d_]+")
_FUNCTION_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "de", "du", "la"})


def merge_bracketed_forms(story: Story, nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """A short form in brackets right after a name is that name's: an acronym whose capitals
    the name spells in order (or its last words do), a word cut from its words, or a ticker
    after its stock exchange. A bracket after a person
    ("Ann Lee (AP)") spells nothing of the name and stays apart."""
    key_of: dict[int, str] = {id(m): key for key, node in nodes.items() for m in node.mentions}
    by_article: dict[str, list[StoryMention]] = defaultdict(list)
    for node in nodes.values():
        for m in node.mentions:
            by_article[m.article].append(m)
    bodies = {a.article.id: a.article.text for a in story.articles}
    for article, mentions in sorted(by_article.items()):
        body = bodies[article]
        mentions.sort(key=lambda m: (m.start, m.end))
        for i, short in enumerate(mentions):
            if not _CLOSES.match(body, short.end):
                continue
            # The name right before the bracket; the exchange of a ticker may be a mention of
            # its own ("NYSE") between them.
            for before in mentions[max(0, i - 2) : i][::-1]:
                opens = _OPENS.fullmatch(body, before.end, short.start)
                if opens and before.type != "PERSON":
                    if opens.group("exchange") or _cut_from_widened(short.text, before, body):
                        clusters.union(key_of[id(before)], key_of[id(short)])
                        _take_type(nodes[key_of[id(short)]], _short_label(short.text, before))
                    break
        # The NER often leaves the short form in the brackets untagged ("... for Sport (CAS)"),
        # though it tags the same letters elsewhere in the story.
        for before in mentions:
            found = _UNTAGGED.match(body, before.end)
            if not found or before.type == "PERSON":
                continue
            short_text = found.group("short")
            key = name_key(short_text)
            if key not in nodes or key == key_of[id(before)]:
                continue
            if not _cut_from_widened(short_text, before, body):
                continue
            clusters.union(key_of[id(before)], key)
            _take_type(nodes[key], _short_label(short_text, before))


def _cut_from(short: str, name: StoryMention) -> bool:
    """Whether ``short`` is a short form made from ``name``'s words (any of the three ways)."""
    return spells(short, name.text) or spells_tail(short, name.text) or syllabic(short, name.text)


# Capitalised words and "and"/"of" right before a name, the first capitalised: words of the
# name the NER left out ("Orla and Brenn Workers Union (OBWU)" tagged from "Brenn").
_LEFT_WORDS = re.compile(r"(?<![\w'\u2019-])[A-Z][\w-]*[ \t]+(?:(?:[A-Z][\w-]*|and|of|&)[ \t]+)*$")


_CAPITALISED = re.compile(r"(?<![\w'\u2019-])[A-Z][\w-]*")


def _cut_from_widened(short: str, name: StoryMention, body: str) -> bool:
    """``_cut_from``, or the same with the capitalised words right before the name that the
    short form's letters need ("OBWU" after "Brenn Workers Union", "Orla and " before it):
    the mention then takes those words, its name's whole written form."""
    if _cut_from(short, name):
        return True
    left = _LEFT_WORDS.search(body, max(0, name.start - 40), name.start)
    if left is None or not short.strip().isupper():
        return False
    # The name opens at the capitalised word whose letter opens the short form ("The" of
    # "The Orla and Brenn ..." is no part of it).
    for word in _CAPITALISED.finditer(body, left.start(), left.end()):
        wider = body[word.start() : name.end]
        if word.group()[0] == short.strip()[0] and spells(short, wider):
            name.start, name.text = word.start(), wider
            return True
    return False


def _short_label(short: str, name: StoryMention) -> str:
    """The type a bracketed short form takes from its name: the name's, but a word cut from
    a name's syllables ("Velco", not "VLC") is a body's, as places are shortened to their
    initials; the NER's place tag on such a body's long name is a slip."""
    if name.type in {"GPE", "LOC", "FAC"} and not short.strip().isupper():
        return "ORG"
    return name.type


def _take_type(node: KeyGroup, label: str) -> None:
    """A short form tagged a person ("Velco") takes the type of the body it stands for, as
    the NER often reads a word-like short form as a surname."""
    if label == "PERSON" or not any(m.type == "PERSON" for m in node.mentions):
        return
    for m in node.mentions:
        if m.type == "PERSON":
            m.type = label
    node.changed()
