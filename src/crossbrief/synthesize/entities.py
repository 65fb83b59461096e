"""Entities across the story: every mention grouped under one canonical name.

How mentions come together, in order (synthesis only: offsets, labels and article text; the
NLP model is never run again):

1. Each mention gets a *name key*: titles, honorifics, determiners, possessives, middle
   initials and generational numerals dropped ("Jr." is kept: father and son are two
   people), dots of acronyms removed, diacritics folded and common transliteration variants
   merged ("Zelenskiy", "Zelenskyy", "Zelensky" -> "zelensky"). Mentions sharing a key are
   one group.
2. Groups whose keys have the same words up to one letter per long word (Hrynchenko /
   Grynchenko / Hrinchenko) merge; so do the names of one country (countryinfo: "U.S.",
   "USA", "United States of America"), and an acronym with the unique expansion of the story
   whose initials it spells ("DNC" / "Democratic National Committee").
3. Metonyms join their country as aliases of a marked kind, shown rather than hidden: the
   capital ("Washington", kind ``capital``) and the people ("the Russians", kind
   ``demonym``), when the country itself is in the story.
4. A one-word person mention joins the unique full name of the story ending (or, failing
   that, starting) with it ("Putin" -> "Vladimir Putin"; "Kim" -> "Kim Jong Un"); when
   several full names share it, the one named in the same article wins, then the one
   without "Jr.". Two people sharing a first name never merge: only whole keys and
   surnames link.
5. Where the NER missed a known name in an article, the name's exact spelling is found in
   the text and added; role descriptions ("the Ukrainian president", "the minister") join
   the person who carries that title in the story, when only one does, or else the last
   such person named before them in the article (kind ``role``).

Each entity's type is the majority label of its name mentions (a place tagged PERSON once
and GPE ten times is a place); its name is the fullest form (most words) used at least twice
across the story, or the fullest form when none repeats.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA
from spacy.lang.en.stop_words import STOP_WORDS

from crossbrief.model import Alias, Entity, EntityMention
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold

# Words that precede a name without being part of it ("Ports Minister Oleksiy Hrynchenko").
TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "prof",
        "sir",
        "dame",
        "lord",
        "lady",
        "president",
        "vice",
        "prime",
        "minister",
        "foreign",
        "defence",
        "defense",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "general",
        "gen",
        "col",
        "lt",
        "sgt",
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "gov",
        "secretary",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "pope",
        "rev",
        "judge",
        "mayor",
        "ambassador",
        "premier",
        "leader",
        "chief",
        "the",
        "former",
        "late",
        "director",
        "attorney",
        "deputy",
        "counsel",
        "chairman",
        "chairwoman",
        "speaker",
        "commander",
        "sheikh",
        "ayatollah",
        "dictator",
        "envoy",
        "adviser",
        "advisor",
        "assistant",
        "acting",
        "interim",
    ]
)
# Inside a person mention, words that only qualify a title ("Justice Department official
# Dana Boente"): safe to drop there, but they start organisation names ("State Department").
PERSON_TITLES = TITLES | frozenset(
    [
        "justice",
        "state",
        "interior",
        "finance",
        "trade",
        "ports",
        "health",
        "special",
        "official",
        "officer",
        "top",
        "senior",
        "newly-minted",
        "co-founder",
        "founder",
        "ceo",
    ]
)
# Role nouns a description may use for a titled person, grouped by what they can stand for.
ROLE_NOUNS = {
    "president": "head",
    "prime minister": "head",
    "premier": "head",
    "chancellor": "head",
    "leader": "head",
    "king": "head",
    "queen": "head",
    "minister": "minister",
    "foreign minister": "foreign minister",
    "defence minister": "defence minister",
    "defense minister": "defence minister",
    "secretary of state": "foreign minister",
    "director": "director",
    "governor": "governor",
    "mayor": "mayor",
}
_SUFFIXES = frozenset({"ii", "iii", "iv", "sr"})
_DETERMINERS = frozenset({"the", "a", "an"})
_CORPORATE = frozenset({"inc", "corp", "co", "company", "corporation", "ltd", "llc", "plc"})
# Lower-case words that may sit inside a name ("Bank of America", "Médecins sans Frontières").
_CONNECTORS = frozenset(
    {
        "of",
        "and",
        "for",
        "the",
        "de",
        "du",
        "des",
        "la",
        "le",
        "von",
        "van",
        "der",
        "den",
        "da",
        "bin",
        "al",
        "el",
        "on",
        "in",
        "at",
        "&",
        "sans",
        "y",
    }
)
# A game score or a weekday ends a name the NER ran on into a dateline or a result.
_SCORE = re.compile(r"^\d+[-\u2013]\d+\W*$")
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_INITIAL = re.compile(r"^[a-z]\.?$")
# A run of words to the left of a mention that may hold a title ("French President ").
_TITLE_LEFT = re.compile(r"((?:[\w.\-]+ ){1,5})$")
_ROLE_TEXT = re.compile(
    r"\b(?:[Tt]he|Mr\.?|Madam)\s+(?:([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+)?"
    r"((?i:president|prime minister|premier|chancellor|leader|foreign minister|"
    r"defen[cs]e minister|minister|director|governor|mayor))\b(?!\s+[A-Z])"
)
# Long-enough words may differ by one letter and still be one name (Hrynchenko/Grynchenko).
FUZZY_MIN_LETTERS = 6
# A surname shared by several full names goes to one of them only when it is named this many
# times more often than the next ("Kim" -> Kim Jong Un, not his sister).
DOMINANCE = 3
# A span longer than a known name is taken as that name run on when it is this rare.
OVERLONG_MAX = 2


def _translit(word: str) -> str:
    word = re.sub(r"(iy|yy|ij|ii|yi)$", "y", word)
    word = re.sub(r"(iy|yy)(?=[^aeiou])", "y", word)
    return word.replace("ck", "k").replace("kh", "h")


def trim(form: str) -> str:
    """The name at the start of an over-long NER span: "HP's first fiscal quarter" -> "HP's",
    "HP to Acquire Data Center" -> "HP", "HP today" and "HP Monday" -> "HP"; nicknames in quotes or
    brackets go ('Vincent "The Chin" Gigante' -> "Vincent Gigante")."""
    form = re.sub(r"\s*(?:\([^)]*\)|\"[^\"]+\"|\u201c[^\u201d]+\u201d)\s*", " ", form).strip()
    words = form.split()
    content = [w for w in words if fold(w) not in _DETERMINERS]
    if content and content[0][:1].islower():
        # A lower-case span ("the coast guard") is a common-noun name as a whole: case
        # marks no boundary in it.
        return form
    for i, w in enumerate(words):
        if i and (w[:1].islower() and w not in _CONNECTORS):
            return " ".join(words[:i]) if i else form
        if i and (_SCORE.match(w) or fold(w) in _WEEKDAYS):
            return " ".join(words[:i])  # "Drake 65-53", "HP Monday"
        if i < len(words) - 1 and re.search(r"['\u2019]s$", w):
            return " ".join(words[: i + 1])
    return form


def _words(form: str) -> list[str]:
    # Acronym dots go ("U.S." -> "us"); other dots only end initials and abbreviations.
    text = re.sub(r"\b((?:[a-z]\.){2,})", lambda m: m.group(1).replace(".", ""), fold(form))
    text = text.strip(" .,;:\"'\u201c\u201d")
    words = [_POSSESSIVE.sub("", w) for w in re.split(r"[\s\-]+", text)]
    return [w.strip(".,") for w in words if w.strip(".,")]


@lru_cache(maxsize=1 << 16)
def name_key(form: str) -> str:
    """The normalised key two spellings of one name share ("Mr Zelenskyy's" -> "zelensky")."""
    words = _words(form)
    while len(words) > 1 and (words[0] in TITLES or words[0] in _DETERMINERS):
        words = words[1:]
    while len(words) > 1 and (words[-1] in _SUFFIXES or words[-1] in _CORPORATE):
        words = words[:-1]
    if len(words) > 2:
        # Middle initials ("Roger J. Stone") do not tell people apart in one story.
        words = [words[0], *[w for w in words[1:-1] if not _INITIAL.match(w)], words[-1]]
    return " ".join(_translit(w) for w in words)


def person_form(form: str) -> str:
    """The name inside a person mention: "French President Emmanuel Macron of France" ->
    "Emmanuel Macron" (titles and their qualifiers before it, "of ..." after it, dropped)."""
    words = re.split(r"\s+", form.strip())
    for i, w in enumerate(words):
        if i and (w in {"of", "from"} or w.endswith(",")):
            words = words[: i + 1] if w.endswith(",") and w not in {"of", "from"} else words[:i]
            break
    words = [w.rstrip(",") for w in words]
    last_title = -1
    for i, w in enumerate(words[:-1]):
        if fold(w).strip(".") in PERSON_TITLES:
            last_title = i
    words = words[last_title + 1 :]
    return _POSSESSIVE.sub("", " ".join(words))


@lru_cache(maxsize=1 << 16)
def _skeleton(word: str) -> str:
    """A word reduced to what transliterations of one name keep in common."""
    return re.sub(r"[^a-z]", "", word.replace("y", "i").replace("j", "i"))


def _same_word(a: str, b: str, min_letters: int = FUZZY_MIN_LETTERS) -> bool:
    if a == b:
        return True
    sa, sb = _skeleton(a), _skeleton(b)
    if sa == sb:
        return True
    # OSA counts a swap of two letters as one edit ("Klistchko" / "Klitschko").
    return min(len(sa), len(sb)) >= min_letters and OSA.distance(sa, sb, score_cutoff=1) <= 1


@lru_cache(maxsize=1)
def _countries() -> dict[str, tuple[str, str, str]]:
    """Folded country names and spellings -> (country key, capital key, demonym key)."""
    from countryinfo import all_countries  # loaded once, only when a story is briefed

    out: dict[str, tuple[str, str, str]] = {}
    for country in all_countries():
        info = country.info()
        name = str(info.get("name") or "")
        if not name:
            continue
        capital = str(info.get("capital") or "")
        entry = (
            name_key(name),
            name_key(capital.split(" D.C.")[0]),
            name_key(info.get("demonym") or ""),
        )
        for spelling in [name, *info.get("altSpellings", [])]:
            key = name_key(str(spelling))
            # Two-letter ISO codes collide with words and initials ("IN", "AT", "US" is kept).
            if len(key) > 2 or spelling.isupper():
                out.setdefault(key, entry)
    return out


@dataclass
class _Mention:
    article: str
    sentence: int
    start: int
    end: int
    text: str
    type: str
    kind: str = "name"  # name | acronym | capital | demonym | role
    headline: bool = False  # in a title-case line, where the NER runs names together

    @property
    def clean(self) -> str:
        """The form without titles, as a name for the entity."""
        if self.type == "PERSON":
            return trim(person_form(self.text))
        return _strip_titles(trim(self.text))


@dataclass
class _Node:
    key: str
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def type(self) -> str:
        return _vote(self.mentions)


def _vote(mentions: list[_Mention]) -> str:
    """The type of a group: PERSON when a third of its names are tagged or titled as a person
    (the NER often tags "Trump" ORG beside "Trump campaign"), else the majority label."""
    votes = Counter(m.type for m in mentions if m.kind in {"name", "acronym"})
    votes = votes or Counter(m.type for m in mentions)
    if votes["PERSON"] * 3 >= sum(votes.values()):
        return "PERSON"
    return sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


class _Clusters:
    """Union-find over name keys."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.parent = {k: k for k in keys}

    def find(self, key: str) -> str:
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The lexically smaller root wins, so the result does not depend on order.
            lo, hi = sorted((ra, rb))
            self.parent[hi] = lo


_TITLE_RUN = re.compile(r"((?:[A-Z][\w.'\u2019\-]*\s+)+)$")
_NOT_TITLES = frozenset({"the", "state", "justice", "special"})


def _titled(
    article: str, text: str, start: int, end: int, label: str, taken: list[tuple[int, int]]
) -> _Mention:
    """The mention with the capitalised titles right before it ("Mr", "Ports Minister"), which
    also mark it as a person whatever the NER said; other mentions are never swallowed."""
    run = _TITLE_RUN.search(text[max(0, start - 60) : start])
    new_start = start
    if run:
        offset = start - len(run.group(1))
        for word in reversed(list(re.finditer(r"\S+", run.group(1)))):
            folded = fold(word.group()).strip(".")
            w_start = offset + word.start()
            if folded in _NOT_TITLES or folded not in PERSON_TITLES:
                break
            if any(s < start and w_start < e for s, e in taken if (s, e) != (start, end)):
                break
            new_start = w_start
    if new_start == start:
        return _Mention(article, 0, start, end, text[start:end], label)
    return _Mention(article, 0, new_start, end, text[new_start:end], "PERSON")


def _acronym(key: str) -> str:
    return "".join(w[0] for w in key.split() if w not in {"of", "and", "the", "for"})


def _is_acronym_form(text: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", text.split()[-1] if text.split() else "")
    return len(letters) >= 2 and (letters.isupper() or "." in text)


def build_entities(story: Story) -> tuple[list[Entity], dict[str, str]]:
    """The story's entities, most mentioned first, and a map from name key to entity id."""
    nodes: dict[str, _Node] = {}
    taken = {a.article.id: [(m.start, m.end) for m in a.mentions] for a in story.articles}
    for a in story.articles:
        for mention in a.mentions:
            text = (
                trim(person_form(mention.text)) if mention.type == "PERSON" else trim(mention.text)
            )
            key = name_key(text)
            if not key:
                continue
            m = _titled(
                a.article.id,
                a.article.text,
                mention.start,
                mention.end,
                mention.type,
                taken[a.article.id],
            )
            m.sentence = a.sentence_index(m.start)
            if a.sentences:
                m.headline = _title_case(a.sentence_text(m.sentence))
            nodes.setdefault(key, _Node(key)).mentions.append(m)
    _split_headline_runs(nodes)
    clusters = _Clusters(nodes)
    _merge_variants(nodes, clusters)
    _merge_countries(nodes, clusters)
    _merge_acronyms(nodes, clusters)
    _link_places(nodes, clusters)
    _link_last_words(nodes, clusters)
    _link_overlong(nodes, clusters)
    _link_middle_names(nodes, clusters)
    assigned = _link_surnames(nodes, clusters)
    groups: dict[str, list[_Mention]] = defaultdict(list)
    for key, node in nodes.items():
        for m in node.mentions:
            groups[assigned.get(id(m), clusters.find(key))].append(m)
    _propagate(story, groups)
    _link_roles(story, groups)
    return _entities(groups)


# Words a title-case headline leaves in lower case ("HP to Acquire Data Center Consultants").
_HEADLINE_SMALL = frozenset({"a", "an", "the", "to", "of", "in", "on", "at", "for", "and", "or"})
_HEADLINE_SMALL |= frozenset({"by", "with", "as", "from", "vs", "after", "over", "into"})
# Share of a line's other words that must be capitalised for it to read as a headline.
HEADLINE_CAPS = 0.8


def _title_case(sentence: str) -> bool:
    """Whether a line is a title-case or all-capitals headline ("AMD Buys SeaMicro"); a
    sentence ending in a full stop is running text, however many names it holds."""
    if sentence.rstrip(" \"'\u201d\u2019").endswith("."):
        return False
    words = [w for w in re.findall(r"[A-Za-z][\w'\u2019\-]*", sentence)]
    words = [w for w in words if w.lower() not in _HEADLINE_SMALL]
    if len(words) < 3:
        return False
    return sum(1 for w in words if w[0].isupper()) >= HEADLINE_CAPS * len(words)


def _split_headline_runs(nodes: dict[str, _Node]) -> None:
    """A span found only in headlines that holds names the story uses in running text is
    those names: in a title-case line the NER runs names and verbs together ("AMD Buys
    SeaMicro", "Colts Clinch Playoff Berth"). Names never used in running text stay whole."""
    known = {key for key, node in nodes.items() if any(not m.headline for m in node.mentions)}
    for key in sorted(nodes):
        node = nodes[key]
        if key in known or " " not in key:
            continue
        kept = []
        for m in node.mentions:
            pieces = _known_pieces(m, known)
            if not pieces:
                kept.append(m)
            for piece_key, start, end in pieces:
                nodes[piece_key].mentions.append(
                    _Mention(
                        m.article,
                        m.sentence,
                        m.start + start,
                        m.start + end,
                        m.text[start:end],
                        nodes[piece_key].type,
                        headline=True,
                    )
                )
        node.mentions = kept
        if not kept:
            del nodes[key]


def _known_pieces(m: _Mention, known: set[str]) -> list[tuple[str, int, int]]:
    """The longest runs of the mention's words that are known names, left to right, as
    (key, start, end) offsets into its text."""
    words = [w.span() for w in re.finditer(r"\S+", m.text)]
    pieces: list[tuple[str, int, int]] = []
    covered: set[int] = set()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            span = range(i, i + size)
            if covered.intersection(span):
                continue
            start, end = words[i][0], words[i + size - 1][1]
            key = name_key(_POSSESSIVE.sub("", m.text[start:end].strip(",.:;")))
            if key in known and m.text[start : start + 1].isupper():
                pieces.append((key, start, end))
                covered.update(span)
    return sorted(pieces, key=lambda p: p[1])


def _merge_variants(nodes: dict[str, _Node], clusters: _Clusters) -> None:
    """Keys with the same words up to transliteration (every word, in order)."""
    # Variants differ by at most one letter per word, so only keys of the same word count
    # and nearly the same length are compared: a story of thousands of names stays fast.
    buckets: dict[tuple[int, int], list[str]] = defaultdict(list)
    for key in sorted(nodes):
        buckets[(len(key.split()), len(_skeleton(key)))].append(key)
    for (words, length), keys in sorted(buckets.items()):
        near = [
            k
            for n in range(length - words, length + words + 1)
            for k in buckets.get((words, n), [])
        ]
        for a in keys:
            wa = a.split()
            for b in near:
                if b <= a:
                    continue
                pairs = list(zip(wa, b.split(), strict=True))
                differ = [(x, y) for x, y in pairs if x != y]
                # Beside a shared first name, a shorter surname may vary ("Rait" / "Raite").
                shortest = FUZZY_MIN_LETTERS if len(differ) != 1 or len(pairs) == 1 else 4
                if all(_same_word(x, y, shortest) for x, y in differ):
                    clusters.union(a, b)
    # Spacing varies too ("SeaMicro" / "Sea Micro", "T-Mobile" / "T- Mobile").
    joined: dict[str, str] = {}
    for key in sorted(nodes):
        clusters.union(joined.setdefault(key.replace(" ", ""), key), key)


def _merge_countries(nodes: dict[str, _Node], clusters: _Clusters) -> None:
    """Spellings of one country merge; its capital and its people join it as metonyms."""
    countries = _countries()
    place_types = {"GPE", "LOC", "NORP", "ORG"}
    present: dict[str, str] = {}  # country key -> a node naming it
    for key in sorted(nodes):
        entry = countries.get(key)
        if entry and nodes[key].type in place_types:
            present.setdefault(entry[0], key)
            clusters.union(present[entry[0]], key)
    capitals = {entry[1]: entry[0] for entry in countries.values() if entry[1]}
    demonyms = {entry[2]: entry[0] for entry in countries.values() if entry[2]}
    for key in sorted(nodes):
        node = nodes[key]
        singular = re.sub(r"s$", "", key)
        if node.type == "GPE" and key in capitals and capitals[key] in present:
            kind, country = "capital", capitals[key]
        elif node.type == "NORP" and (key in demonyms or singular in demonyms):
            kind, country = "demonym", demonyms.get(key) or demonyms[singular]
        else:
            continue
        if country in present and key not in countries:
            for m in node.mentions:
                m.kind = kind
            clusters.union(present[country], key)


def _merge_acronyms(nodes: dict[str, _Node], clusters: _Clusters) -> None:
    """An acronym joins the unique multi-word name whose initials it spells."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    for key in nodes:
        if len(key.split()) > 1:
            by_initials[_acronym(key)].add(clusters.find(key))
    for key in sorted(nodes):
        node = nodes[key]
        if " " in key or len(key) < 2:
            continue
        if not any(_is_acronym_form(m.text) for m in node.mentions):
            continue
        targets = by_initials.get(key, set())
        if len(targets) == 1:
            for m in node.mentions:
                m.kind = "acronym"
            clusters.union(next(iter(targets)), key)


def _link_surnames(nodes: dict[str, _Node], clusters: _Clusters) -> dict[int, str]:
    """One-word person mentions -> the full name they stand for (mention id -> cluster)."""
    people: dict[str, list[str]] = defaultdict(list)  # cluster -> its multi-word person keys
    for key in sorted(nodes):
        # Any person tag will do: the NER often calls "Donald Trump's" an ORG.
        if len(key.split()) > 1 and any(m.type == "PERSON" for m in nodes[key].mentions):
            people[clusters.find(key)].append(key)
    articles_of = {
        root: {m.article for k in keys for m in nodes[k].mentions} for root, keys in people.items()
    }
    sizes = {root: sum(len(nodes[k].mentions) for k in keys) for root, keys in people.items()}
    assigned: dict[int, str] = {}
    for key in sorted(nodes):
        node = nodes[key]
        if " " in key or node.type in {"GPE", "LOC", "FAC", "NORP"}:
            continue
        candidates = _candidates(key, people, -1) or _candidates(key, people, 0)
        if not candidates:
            continue
        if len(candidates) == 1:
            clusters.union(candidates[0], key)
            continue
        senior = [c for c in candidates if not any(k.endswith(" jr") for k in people[c])]
        story_pick = senior if len(senior) == 1 else _dominant(senior, sizes)
        for m in node.mentions:
            local = [c for c in candidates if m.article in articles_of[c]]
            pick = local if len(local) == 1 else story_pick
            if len(pick) == 1:
                assigned[id(m)] = pick[0]
    # Linked mentions follow their cluster's later merges.
    return {mid: clusters.find(root) for mid, root in assigned.items()}


def _dominant(candidates: list[str], sizes: dict[str, int]) -> list[str]:
    """The candidate named far more often than any other, as readers would take it."""
    ranked = sorted(candidates, key=lambda c: -sizes[c])
    if len(ranked) > 1 and sizes[ranked[0]] >= DOMINANCE * sizes[ranked[1]]:
        return ranked[:1]
    return ranked if len(ranked) == 1 else []


def _link_places(nodes: dict[str, _Node], clusters: _Clusters) -> None:
    """A one-word place ("the North") joins the unique longer place it begins ("North
    Korea"), as outlets shorten a name they have just given in full."""
    places = sorted(
        k for k in nodes if " " in k and " and " not in k and nodes[k].type in {"GPE", "LOC"}
    )
    for key in sorted(nodes):
        if " " in key or nodes[key].type not in {"GPE", "LOC"}:
            continue
        targets = {clusters.find(k) for k in places if k.split()[0] == key}
        if len(targets) == 1:
            clusters.union(next(iter(targets)), key)


def _link_last_words(nodes: dict[str, _Node], clusters: _Clusters) -> None:
    """A one-word name of an organisation, team or product joins the unique longer name of
    the story ending with it ("Chiefs" -> "Kansas City Chiefs"); people have their own rule."""
    skip = {"GPE", "LOC", "NORP", "PERSON"}
    longer: dict[str, set[str]] = defaultdict(set)
    for key in sorted(nodes):
        words = key.split()
        if len(words) > 1 and nodes[key].type not in skip:
            longer[words[-1]].add(clusters.find(key))
    for key in sorted(nodes):
        if " " in key or nodes[key].type in skip:
            continue
        targets = longer.get(key, set()) - {clusters.find(key)}
        if len(targets) == 1:
            clusters.union(next(iter(targets)), key)


def _link_overlong(nodes: dict[str, _Node], clusters: _Clusters) -> None:
    """A rare span that starts with a frequent name of two words or more joins it: the NER
    ran on into a headline ("Esther Williams Dies At 91") or an apposition."""
    for key in sorted(nodes):
        words = key.split()
        # URL slugs ("esther-williams-dies") repeat a headline without making it a name.
        written = [m for m in nodes[key].mentions if m.text[:1].isupper()]
        if len(words) < 3 or len(written) > OVERLONG_MAX:
            continue
        for k in range(len(words) - 1, 1, -1):
            head = " ".join(words[:k])
            node = nodes.get(head)
            if node and node.type not in {"GPE", "LOC"} and len(node.mentions) > OVERLONG_MAX:
                clusters.union(head, key)
                break


def _link_middle_names(nodes: dict[str, _Node], clusters: _Clusters) -> None:
    """A person named with a middle name ("Mark Jay Heller") is the one named without it
    ("Mark Heller") when the story has that shorter name."""
    for key in sorted(nodes):
        words = key.split()
        if len(words) < 3 or words[-1] == "jr" or nodes[key].type != "PERSON":
            continue
        short = f"{words[0]} {words[-1]}"
        if short in nodes and nodes[short].type == "PERSON":
            clusters.union(short, key)


def _candidates(word: str, people: dict[str, list[str]], position: int) -> list[str]:
    def name_word(key: str) -> str:
        words = key.split()
        # "Arcade Joseph Comeaux Jr": the surname is the word before "Jr".
        return words[-2] if position == -1 and words[-1] == "jr" else words[position]

    return sorted(
        root for root, keys in people.items() if any(_same_word(name_word(k), word) for k in keys)
    )


def _propagate(story: Story, groups: dict[str, list[_Mention]]) -> None:
    """Add the exact spellings of known names the NER missed in an article."""
    written: dict[str, str] = {}  # forms the NER found -> their entity
    surnames: dict[str, str] = {}  # last words of full person names -> their entity
    for root, mentions in sorted(groups.items()):
        tiers = [(written, {m.text for m in mentions if m.kind in {"name", "acronym"}})]
        if _vote(mentions) in {"PERSON", "ORG"}:
            # Outlets name a person or a team in full once, then by surname ("Chiefs").
            tiers.append(
                (surnames, {m.clean.split()[-1] for m in mentions if len(m.clean.split()) > 1})
            )
        for forms, names in tiers:
            for form in sorted(names):
                form = _POSSESSIVE.sub("", form.strip())
                if len(form) < 3 or not form[0].isupper() or form.lower() in STOP_WORDS:
                    continue
                # A spelling used for two entities is not evidence for either.
                forms[form] = root if forms.get(form, root) == root else ""
    usable = {f: r for f, r in {**surnames, **written}.items() if r}
    # Headlines in capitals ("TEIXEIRA") spell the same names.
    usable |= {f.upper(): r for f, r in usable.items() if len(f) > 3 and f.upper() not in usable}
    if not usable:
        return
    pattern = re.compile(
        r"(?<![\w.\-])("
        + "|".join(re.escape(f) for f in sorted(usable, key=lambda f: (-len(f), f)))
        + r")(?![\w\-])"
        r"(?!\s+[A-Z][a-z])"
    )
    for a in story.articles:
        taken = sorted((m.start, m.end) for m in a.mentions)
        text = a.article.text
        for match in pattern.finditer(text):
            start, end = match.span(1)
            if any(s < end and start < e for s, e in taken):
                continue
            before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 30) : start])
            # "But Cheeks' return": a capitalised function word opens a sentence, not a name.
            if before and before.group(1).lower() in STOP_WORDS:
                before = None
            if before and not re.search(
                r"(?:\b(?:Mr|Mrs|Ms|Dr)\.?|" + "|".join(t.title() for t in TITLES) + r")\s+$",
                text[max(0, start - 30) : start],
            ):
                continue  # part of a longer capitalised name the NER did not tag
            root = usable[match.group(1)]
            m = _titled(a.article.id, text, start, end, _vote(groups[root]), taken)
            m.sentence = a.sentence_index(m.start)
            groups[root].append(m)


def _link_roles(story: Story, groups: dict[str, list[_Mention]]) -> None:
    """Role descriptions ("the French president") -> the person who holds that title here."""
    holders: dict[tuple[str, str], set[str]] = defaultdict(set)  # (qualifier, role) -> roots
    person_roots = {root for root, ms in groups.items() if _vote(ms) == "PERSON"}
    for root in sorted(person_roots):
        for m in groups[root]:
            text = story.by_id[m.article].article.text
            inner = m.text[: max(m.text.find(m.clean), 0)]
            left = _TITLE_LEFT.search(text[max(0, m.start - 60) : m.start] + inner)
            if not left:
                continue
            qualifier, role = _title_role(left.group(1).split())
            after = re.match(
                r"\s+of\s+((?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)", text[m.end : m.end + 40]
            )
            if role and not qualifier and after:
                qualifier = _qualifier(after.group(1))
            if role:
                holders[("", role)].add(root)
                if qualifier:
                    holders[(qualifier, role)].add(root)
    if not holders:
        return
    # Where each titled person is named, per article, to resolve "the president" by recency.
    named: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for root in person_roots:
        for m in groups[root]:
            named[m.article].append((m.start, root))
    for a in story.articles:
        # A demonym inside "the French president" belongs to the description, not against it.
        spans = sorted(
            (m.start, m.end)
            for ms in groups.values()
            for m in ms
            if m.article == a.article.id and m.type != "NORP"
        )
        for match in _ROLE_TEXT.finditer(a.article.text):
            start, end = match.span()
            if any(s < end and start < e for s, e in spans):
                continue
            qualifier = _qualifier(match.group(1) or "")
            role = ROLE_NOUNS[re.sub(r"\s+", " ", match.group(2).lower())]
            candidates = holders.get((qualifier, role), set())
            holder = _pick_holder(candidates, named[a.article.id], start, groups)
            if holder:
                groups[holder].append(
                    _Mention(
                        a.article.id,
                        a.sentence_index(start),
                        start,
                        end,
                        match.group(0),
                        "PERSON",
                        "role",
                    )
                )


def _title_role(words: list[str]) -> tuple[str, str]:
    """(qualifier, role) of the title right before a name ("French President" -> french,
    head); the qualifier is the run of capitalised words before the role noun."""
    lowered = [fold(w).strip(".,") for w in words]
    for size in (3, 2, 1):
        phrase = " ".join(lowered[-size:])
        if len(lowered) >= size and phrase in ROLE_NOUNS:
            qualifier: list[str] = []
            for w in reversed(words[: len(words) - size]):
                if not w[:1].isupper() or fold(w).strip(".") in TITLES:
                    break
                qualifier.insert(0, w)
            return _qualifier(" ".join(qualifier)), ROLE_NOUNS[phrase]
    return "", ""


def _qualifier(words: str) -> str:
    """A title's qualifier, countries as their demonym ("U.S." and "American" agree)."""
    key = name_key(words)
    entry = _countries().get(key)
    return entry[2] if entry else key


def _pick_holder(
    candidates: set[str],
    named: list[tuple[int, str]],
    offset: int,
    groups: dict[str, list[_Mention]],
) -> str | None:
    """The only holder; else the last one named before in the article; else the dominant."""
    if len(candidates) == 1:
        return next(iter(candidates))
    before = [(pos, root) for pos, root in named if pos < offset and root in candidates]
    if before:
        return max(before)[1]
    dominant = _dominant(sorted(candidates), {c: len(groups[c]) for c in candidates})
    return dominant[0] if dominant else None


def _entities(groups: dict[str, list[_Mention]]) -> tuple[list[Entity], dict[str, str]]:
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
        entities.append(
            Entity(
                id=eid,
                name=_canonical(mentions),
                type=_vote(mentions),
                aliases=aliases,
                articles=tuple(sorted({m.article for m in mentions})),
                mentions=tuple(
                    EntityMention(m.article, m.sentence, m.start, m.end, m.text)
                    for m in sorted(mentions, key=lambda m: (m.article, m.start))
                ),
            )
        )
    # Earlier (bigger) entities keep a key two entities share.
    for entity in entities:
        for alias in entity.aliases:
            key_to_id.setdefault(name_key(alias.form), entity.id)
    for entity in entities:
        words = name_key(entity.name).split()
        if entity.type == "PERSON" and len(words) > 1:
            key_to_id.setdefault(words[-1], entity.id)
    return entities, key_to_id


def _canonical(mentions: list[_Mention]) -> str:
    """The fullest common form, without titles: the most words any two mentions share a
    length of (spelling variants count together), then the most used spelling of it, then
    the one whose last word is the most used across the entity."""
    counts = Counter(m.clean for m in mentions if m.kind in {"name", "acronym"})
    # Lower-case forms are URL slugs and tagging slips ("esther-williams-obituary"), not names.
    counts = Counter({f: n for f, n in counts.items() if f[:1].isupper()}) or counts
    if not counts:
        counts = Counter(m.text for m in mentions)
    # A rare form that runs on past a much more frequent name of two words or more is that
    # name with a headline's verb ("Esther Williams Dies"), not a fuller name.
    keys = {form: name_key(form) for form in counts}
    run_on = {
        f
        for f in counts
        for g in counts
        if len(keys[g].split()) > 1
        and keys[f].startswith(keys[g] + " ")
        and counts[g] > OVERLONG_MAX * counts[f]
    }
    counts = Counter({f: n for f, n in counts.items() if f not in run_on}) or counts
    length = {form: len(name_key(form).split()) for form in counts}
    by_length: Counter[int] = Counter()
    for form, n in counts.items():
        by_length[length[form]] += n
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

    return max((f for f in counts if length[f] == fullest), key=rank)


def _strip_titles(form: str) -> str:
    words = form.split()
    while len(words) > 1 and (
        fold(words[0]).strip(".") in TITLES or fold(words[0]) in _DETERMINERS
    ):
        words = words[1:]
    return _POSSESSIVE.sub("", " ".join(words))
