"""Groups of mentions into the brief's entities: canonical name, type, aliases by outlet."""

from __future__ import annotations

from collections import Counter, defaultdict

from crossbrief.model import Alias, Entity, EntityMention
from crossbrief.synthesize.entities.mentions import StoryMention, vote
from crossbrief.synthesize.entities.names import (
    abbreviated,
    drops_rank,
    is_acronym_form,
    name_key,
    same_word,
)
from crossbrief.synthesize.entities.parties import party_names
from crossbrief.synthesize.entities.vocabulary import OVERLONG_MAX, PERSON_TITLES


def to_entities(groups: dict[str, list[StoryMention]]) -> tuple[list[Entity], dict[str, str]]:
    entities = []
    key_to_id: dict[str, str] = {}
    ordered = sorted(
        groups.values(),
        key=lambda ms: (-len(ms), min((m.article, m.start) for m in ms)),
    )
    for n, mentions in enumerate(ordered, start=1):
        eid = f"E{n}"
        forms: dict[tuple[str, str], list[str]] = defaultdict(list)
        for m in mentions:
            forms[(m.text, m.kind)].append(m.article)
        aliases = tuple(
            Alias(form, tuple(sorted(set(arts))), len(arts), kind)
            for (form, kind), arts in sorted(
                forms.items(), key=lambda kv: (kv[0][1] != "name", -len(kv[1]), kv[0][0])
            )
        )
        kind = vote(mentions)
        if kind != "PERSON" and _a_person_by_name(mentions):
            kind = "PERSON"
        entities.append(
            Entity(
                id=eid,
                name=canonical_name(mentions, kind == "PERSON"),
                type=kind,
                aliases=aliases,
                articles=tuple(sorted({m.article for m in mentions})),
                mentions=tuple(
                    EntityMention(m.article, m.sentence, m.start, m.end, m.text)
                    for m in sorted(mentions, key=lambda m: (m.article, m.start))
                ),
            )
        )
    # Earlier (bigger) entities keep a key two entities share. A ranked office keys as the
    # plain one ("the deputy chancellor" as "chancellor"): it is no key for its holder.
    # A form only claimed as a surname in one article ("Lima" of Ida Lima) keys nothing.
    unclaimed = {
        (entity.id, m.text)
        for entity, mentions in zip(entities, ordered, strict=True)
        for m in mentions
        if not m.claimed
    }
    for entity in entities:
        for alias in entity.aliases:
            if not drops_rank(alias.form) and (entity.id, alias.form) in unclaimed:
                key_to_id.setdefault(name_key(alias.form), entity.id)
    for entity in entities:
        words = name_key(entity.name).split()
        if entity.type == "PERSON" and len(words) > 1:
            key_to_id.setdefault(words[-1], entity.id)
    return entities, key_to_id


def canonical_name(mentions: list[StoryMention], person: bool = False) -> str:
    """The fullest common form, without titles: the most words any two mentions share a
    length of (spelling variants count together), then the most used spelling of it, then
    the one whose last word is the most used across the entity; a person named by a surname
    alone gets the full name that ends with it. A place named only in datelines is
    title-cased ("BEIJING" -> "Beijing")."""
    counts = Counter(m.clean for m in mentions if m.kind in {"name", "acronym"})
    # Lower-case forms are URL slugs and tagging slips ("esther-williams-obituary"), not names.
    counts = _kept(counts, {f: n for f, n in counts.items() if f[:1].isupper()})
    # ... and so are forms ending in a lower-case word: a common noun after a name ("the
    # VHO doctor", a role), not a fuller name.
    counts = _kept(counts, {f: n for f, n in counts.items() if f.split()[-1][:1].isupper()})
    if not counts:
        counts = Counter(m.text for m in mentions)
    # A rare form that runs on past a much more frequent name of two words or more is that
    # name with a headline's verb ("Esther Williams Dies"), not a fuller name.
    keys = {form: name_key(form) for form in counts}
    # So is a name that extends a much more frequent acronym ("VBC" beside a rare "VBC
    # America", its national arm): the row is named as most articles name it.
    run_on = {
        f
        for f in counts
        for g in counts
        if (len(keys[g].split()) > 1 or (g.isupper() and is_acronym_form(g)))
        and keys[f].startswith(keys[g] + " ")
        and counts[g] > OVERLONG_MAX * counts[f]
    }
    counts = _kept(counts, {f: n for f, n in counts.items() if f not in run_on})
    # A party's nickname ("GOP") joined it only because the story names the party: that
    # name heads the row, however often the nickname or the members' word is written.
    own = party_names(keys)
    counts = _kept(counts, {f: n for f, n in counts.items() if f in own})
    length = {form: len(name_key(form).split()) for form in counts}
    by_length = _written_twice(counts, keys)
    # An acronym is its expansion written short: it makes the expansion common.
    by_length[max(length.values())] += sum(1 for m in mentions if m.kind == "acronym")
    common = [w for w, n in by_length.items() if n > 1]
    fullest = max(common) if common else max(by_length)
    last_words = Counter()  # type: Counter[str]
    for form, n in counts.items():
        if form.split():
            last_words[form.split()[-1]] += n

    def rank(form: str) -> tuple[int, int, int, str]:
        last = form.split()[-1] if form.split() else ""
        return (counts[form], last_words[last], -len(form), form)

    name = max((f for f in counts if length[f] == fullest), key=rank)
    if abbreviated(name):
        # "Mt Velda" beside "Mount Velda": the row takes the fullest spelling the story uses,
        # however often the short one is written.
        spelled = [f for f in counts if keys[f] == keys[name] and not abbreviated(f)]
        name = max(spelled, key=rank) if spelled else name
    short = [m for m in mentions if m.clean == name]
    # A common noun capitalised ("Doctor" beside "a doctor") is no surname to complete.
    if (
        fullest == 1
        and person
        and keys[name] not in PERSON_TITLES
        and not all(m.common for m in short)
    ):
        # A surname is completed by the story's full names that end with it: one "Prime
        # Minister Boris Johnson" beside three "Mr Johnson" names Boris Johnson. Another word
        # of it only when titled ("Mr. Ban" is Ban Ki-moon) or where an article gives both
        # ("President Lee Teng-hui ... Lee"): a bare "Ali" in one article is no Ali Khamenei
        # of another.
        titled = any(len(m.text.split()) > len(name.split()) for m in short)
        fuller = [
            f
            for f in counts
            if length[f] > 1
            and (
                keys[f].endswith(" " + keys[name])
                or (
                    keys[name] in keys[f].split()
                    and (titled or _together(short, [m for m in mentions if m.clean == f]))
                )
            )
            and all(w[:1].isupper() for w in f.split())
        ]
        if fuller:
            name = max(fuller, key=lambda f: (counts[f], -length[f], *rank(f)[1:]))
    if name.isupper() and any(m.dateline and m.clean == name for m in mentions):
        # A dateline's capitals ("BEIJING --") are typography: the name as the story spells
        # it elsewhere, else title-cased ("WINSTON-SALEM" -> "Winston-Salem").
        spelled = [f for f in counts if not f.isupper() and keys[f] == keys[name]]
        if spelled:
            name = max(spelled, key=rank)
        elif all(m.dateline for m in mentions):
            name = name.title()
    return name


def _kept(counts: Counter[str], kept: dict[str, int]) -> Counter[str]:
    """``kept``, some of ``counts`` in its order, as counts; ``counts`` itself when it keeps
    all or none. A new Counter is built only when some go: most filters keep every form."""
    if not kept or len(kept) == len(counts):
        return counts
    return Counter(kept)


def _written_twice(counts: Counter[str], keys: dict[str, str]) -> Counter[int]:
    """For each length of name, the most mentions one name of that length has, its spelling
    variants counted together: two different names written once each ("the XI Doctors", a
    "WHO Doctor" role) make no length common."""
    per_key: Counter[str] = Counter()
    for form, n in counts.items():
        per_key[keys[form]] += n
    by_length: Counter[int] = Counter()
    for key, n in per_key.items():
        words = key.split()
        total = n + sum(
            m
            for other, m in per_key.items()
            if other != key
            and len(other.split()) == len(words)
            and all(same_word(a, b) for a, b in zip(words, other.split(), strict=True))
        )
        by_length[len(words)] = max(by_length[len(words)], total)
    return by_length


def _together(these: list[StoryMention], those: list[StoryMention]) -> bool:
    """Whether some article holds mentions of both lists."""
    return bool({m.article for m in these} & {m.article for m in those})


def _a_person_by_name(mentions: list[StoryMention]) -> bool:
    """Whether a group is one person the NER mostly tagged otherwise: full names tagged a
    person, all with one surname (spellings of the first name differ: "Rep. Bob Vela",
    "Robert Vela"; one cut before it, "Bob Ann" of "Bob Ann Vela", has none), every other
    name a word of one of them, and at least one such word standing alone as a surname
    does, without "the" ("Dorothy Woods" and four "Woods"). A place the NER once took for a
    person has no such short form ("Nor Vela") or one with "the" ("the Vela plant")."""
    if not any(m.type == "PERSON" and " " in m.text for m in mentions):
        return False
    keys = {name_key(m.clean) for m in mentions if m.kind == "name"}
    full = {name_key(m.clean) for m in mentions if m.kind == "name" and m.type == "PERSON"}
    full = {k for k in full if " " in k}
    # A full name the NER cut before its surname ("Ann Bo" of "Ann Bo Lee") opens a longer
    # one word for word: the same name, no second surname.
    cut = {k for k in full if any(f.startswith(k + " ") for f in full)}
    if len({k.split()[-1] for k in full - cut}) != 1:
        return False  # two surnames: two people, or a place's name run on
    words = {w for k in full for w in k.split()}
    # The word standing alone is a surname: the last word, or the first of a two-word name
    # written family name first ("Wang Lin"); not a word before a whole given name and
    # surname, as a team's nickname run into a player's name is ("Hawks Ann Lee", its
    # possessive dropped), which makes no team a person.
    surnames = {w for k in full for w in (k.split() if k.count(" ") == 1 else k.split()[-1:])}
    return all(k in full or k in words for k in keys) and any(
        m.kind == "name" and not m.determined and name_key(m.clean) in surnames for m in mentions
    )
