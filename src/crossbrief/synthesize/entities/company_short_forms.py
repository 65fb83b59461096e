"""Short forms of an organisation's name: its leading acronym, its national arm, and the name
without the country before it. A country's code counts only where written as one: "Co" and
"Re" end firms' names ("Velmora Co.", "Velmora Re") as legal suffixes, not as Colombia's or
Reunion's codes, so two firms named alike stay two."""

from __future__ import annotations

import re
from collections import defaultdict

from crossbrief.synthesize.entities.countries import countries
from crossbrief.synthesize.entities.designators import COMPANY_SUFFIXES
from crossbrief.synthesize.entities.mentions import KeyGroup, UnionFind
from crossbrief.synthesize.entities.names import is_acronym_form
from crossbrief.synthesize.entities.vocabulary import CORPORATE

# Words that join two names in one NER span.
_JOINED = frozenset({"/", "and", "&", "vs", "v"})
# Lower-case words a span runs on into past a name.
_RUN_ON = frozenset({"and", "or", "at", "in", "of", "on", "to", "for", "by", "with", "from"})
# Legal suffixes, as keys spell them: never a country's code in a firm's name.
_LEGAL = CORPORATE | {s.lower() for s in COMPANY_SUFFIXES}
# Country codes are this long at most ("UK", "USA"); names of countries are longer.
_CODE_MAX = 3
_NOT_LETTER = re.compile(r"[^A-Za-z]")
# Two-letter country codes that after a firm's name are more often a common abbreviation of
# what it makes or does ("Velmora TV", "Orvex FM", "Orvex PC", "Orvex IT", "Orvex AI") or
# a product's letters ("Orvex IE", a browser): such a name is the firm's channel or product,
# never an arm in that country. A legal form that spells a code ("Orvex AS", "Orvex SE",
# "Orvex BV") is the firm itself, so it joins the bare name as an arm's name does.
# Call letters joined to their band by a hyphen, as stations write them.
_BAND = re.compile(r"^[A-Z]{3,4}-(?:TV|FM|AM)$")
_ABBREVIATIONS = frozenset({"tv", "fm", "am", "pc", "it", "ai", "id", "ie", "pr", "hr", "cd", "gp"})


def link_company_short_forms(nodes: dict[str, KeyGroup], clusters: UnionFind) -> None:
    """Short forms of an organisation's name the story makes unambiguous: its leading
    acronym alone ("VHB" for "VHB Harbour Services", "OST" for "OST
    Technologies"), the name of its national arm ("T-Mobile USA" is "T-Mobile"), and the
    name without the country before it ("U.S. Surgeon General" is the "Surgeon General");
    a legal suffix is no country ("Velmora Re" is not an arm of "Velmora")."""
    longer: dict[str, set[str]] = defaultdict(set)
    orgs = [k for k in sorted(nodes) if nodes[k].type in {"ORG", "PRODUCT"}]
    org_keys = set(orgs)
    for key in orgs:
        words = key.split()
        if len(words) > 1 and not _JOINED.intersection(words):
            longer[words[0]].add(clusters.find(key))
    for key in orgs:
        words = key.split()
        if len(words) == 1 and any(is_acronym_form(m.text) for m in nodes[key].mentions):
            if any(m.kind == "acronym" for m in nodes[key].mentions):
                continue  # it spells a name of its own ("UN" is not the "UN Security Council")
            targets = longer.get(key, set()) - {clusters.find(key)}
            if len(targets) == 1:
                clusters.union(next(iter(targets)), key)
            continue
        if _run_on(words, nodes[key]) and " ".join(words[:-1]) in nodes:
            # the NER ran on into a coordination or a preposition ("the Velmora League and",
            # "the University of Orla at"): the name before it
            clusters.union(" ".join(words[:-1]), key)
            continue
        for n in (1, 2):
            head, tail = " ".join(words[:-n]), " ".join(words[-n:])
            if len(words) > n and _country(tail, nodes[key]) and head in nodes:
                clusters.union(head, key)
                break
            # The country named first: "U.S. Surgeon General" is the "Surgeon General".
            head, tail = " ".join(words[:n]), " ".join(words[n:])
            if len(words) > n and _country(head, nodes[key]) and tail in org_keys:
                clusters.union(tail, key)
                break


def _run_on(words: list[str], node: KeyGroup) -> bool:
    """Whether a name key ends in a function word every mention writes in lower case: the
    NER ran on past the name ("Velmora League and", "Three Velmorans in")."""
    return (
        len(words) > 1
        and (words[-1] in _RUN_ON or words[-1] in _JOINED)
        and all(not m.text.split()[-1][:1].isupper() for m in node.mentions if m.text.split())
    )


def _country(words: str, node: KeyGroup) -> bool:
    """Whether ``words`` of a name key name a country in the group's mentions: a known name,
    or a code written in capitals ("UK", "U.S."), never a legal suffix ("Co", "Re") nor a
    common abbreviation that is also a code ("TV", "IE"), save a station's band after its
    call letters ("KVLM-TV" is "KVLM")."""
    if words in _ABBREVIATIONS:
        # a station's call letters with their band ("WVLM-TV", "KVLM-FM") are the station
        return all(_BAND.search(m.clean) for m in node.mentions)
    if words not in countries() or words in _LEGAL:
        return False
    if len(words) > _CODE_MAX or " " in words:
        return True
    code = words.upper()  # first or last in the name: "the U. S. Fish Service", "Orvex UK"
    return any(
        (letters := _NOT_LETTER.sub("", m.clean)).startswith(code) or letters.endswith(code)
        for m in node.mentions
    )
