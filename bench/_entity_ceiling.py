"""The identity ceiling of bench/entities.py: the best grouping of gold mentions reachable
without merging distinct identities, each gold chain cut into the identities its mentions name
(a country with its metonyms, a person with the forms of their name, a bare role)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from crossbrief.synthesize.entities import name_key, person_form
from crossbrief.synthesize.entities.countries import countries, metonyms
from crossbrief.synthesize.entities.names import initials, same_word
from crossbrief.synthesize.entities.vocabulary import PERSON_TITLES

Item = tuple[str, str, int, int]  # story, doc, start, end


def _countries_of(text: str) -> set[str]:
    """The countries a form names or stands for as crossbrief's metonyms do (capital, people,
    seat of government): {} for anything else."""
    key = name_key(text)
    known = countries()
    if key in known:
        return {known[key][0]}
    out: set[str] = set()
    for table in metonyms().values():
        out |= table.get(key, set()) | table.get(re.sub(r"s$", "", key), set())
    return out


def _is_role(text: str) -> bool:
    """A bare title or role ("President", "Attorney General", "CIA Director"): it names no one
    by itself, so it may join any one person of its chain."""
    words = name_key(text).split()
    return bool(words) and words[-1] in PERSON_TITLES | {"chair", "chairwoman", "counsel"}


def _same_identity(a: str, b: str) -> bool:
    """Whether two forms may name one identity: the same country (metonyms included), or
    names whose words agree (one the other's surname or first word, an acronym of it, one
    slip of the pen apart, the same surname and initial), a party and its members. Generous
    on purpose: the ceiling must not be set too low."""
    ca, cb = _countries_of(a), _countries_of(b)
    if ca or cb:
        return bool(ca & cb)
    # A stray "Jr.," before a surname is the previous name's ("Donald Trump Jr., Manafort").
    wa, wb = (
        [w for i, w in enumerate(name_key(person_form(x)).split()) if i or w != "jr"]
        for x in (a, b)
    )
    if not wa or not wb:
        return False
    ka, kb = " ".join(wa), " ".join(wb)
    if "".join(wa) == "".join(wb) or initials(ka) == kb or initials(kb) == ka:
        return True  # "SeaMicro" / "Sea Micro", "IE" / "Internet Explorer"
    if (a[:1].islower() or b[:1].islower()) and wa[-1] == wb[-1]:
        return True  # a descriptor before the name: "upstart SeaMicro"
    for members, party in ((ka, kb), (kb, ka)):  # "Democrats" are the "Democratic Party"'s
        if party.endswith(" party") and members.endswith("s") and party.startswith(members[:-1]):
            return True
    if ("jr" in wa) != ("jr" in wb) and min(len(wa), len(wb)) > 1:
        return False  # Donald Trump / Donald Trump Jr.
    short, long = sorted((wa, wb), key=len)
    if long[-1] == "jr" and len(long) > 2:
        long = long[:-1]  # "Comeaux" is "Arcade Joseph Comeaux Jr"'s surname
    if len(short) == 1 and (
        same_word(short[0], long[-1]) or (short[0] == long[0] and len(long) <= 3)
    ):
        return True  # "Macron", "Kim" (Kim Jong Un), "Emmanuel"
    if set(short) <= set(long) and short[-1] == long[-1]:
        return True  # "Robert Mueller" / "Robert S. Mueller III"
    # The same surname and first initial: "Rick" / "Richard Gates".
    return same_word(wa[-1], wb[-1]) and wa[0][0] == wb[0][0]


def identity_ceiling(
    key: dict[Item, str], texts: dict[Item, str], persons: dict[Item, bool]
) -> dict[Item, str]:
    """The best grouping reachable without merging distinct identities: each gold chain cut
    into the identities its mentions name. Within a chain, forms are taken fullest first and
    each joins the largest group whose first (fullest) form names the same identity; a bare
    role joins the largest group of a person. Gold's concept chains ("the Trump team": Mattis,
    Bolton, Pompeo) fall apart into their people; metonyms join their country, counted as
    crossbrief counts them."""
    by_chain: dict[str, list[Item]] = defaultdict(list)
    for item, chain in key.items():
        by_chain[chain].append(item)
    out: dict[Item, str] = {}
    for chain, items in by_chain.items():
        counts = Counter(texts[i] for i in items)
        person = {texts[i] for i in items if persons[i]}
        order = sorted(
            counts,
            key=lambda f: (_is_role(f), -len(name_key(person_form(f)).split()), -counts[f], f),
        )
        groups: list[tuple[str, list[str]]] = []  # (fullest form, forms)
        for form in order:
            fits = [
                g
                for g in groups
                if (g[0] in person if _is_role(form) else _same_identity(form, g[0]))
            ]
            if fits:
                max(fits, key=lambda g: sum(counts[f] for f in g[1]))[1].append(form)
            else:
                groups.append((form, [form]))
        group_of = {f: f"{chain}|{g[0]}" for g in groups for f in g[1]}
        for i in items:
            out[i] = group_of[texts[i]]
    return out
