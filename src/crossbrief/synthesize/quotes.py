"""The quote ledger: who said what across the story.

Every quote's speaker is linked to a story entity: by the name analysis resolved it to, by
its own text ("Mr Varga"), or, for a role ("the Velmoran president"), by the one person
the story's outlets name with that role next to the name ("Velmoran President Tom
Varga", "Ann Lee, the Orsk prime minister"); a full name the outlets only
wrote with a title is found by its surname, and a pronoun resolved to no one names no one
(its line is unattributed, never headed "he"). Every direct quote is checked
word for word against its article (quote marks and spacing normalised); one that fails is
demoted to reported speech. The same words carried by several outlets are listed once, with
the other articles in ``also_in`` -- also when one outlet quotes a longer stretch than
another, or trims or respells a few words (``quote_match``), but never with words a longer
quote quotes inside its own marks -- and ``disputed_speakers`` lists the entities when
outlets that name the speaker (not by a pronoun, nor by a proxy for a pronoun: "her
spokesman") put the words in different mouths; a line's speaker phrase is always that of an
outlet with the line's speaker. A quoted fragment inside reported speech from the same cue
or the same speaker is folded into it; reported content cut at a quote mark shows that
mark (``ledger_marks``). A refusal to speak ("declined to comment") is left out: it has no
one's words to show.
A claim the writer hedged without naming anyone ("reportedly", "is expected to") stays in
the ledger with no speaker, marked ``hedged`` for renderers to list it apart, as a claim no
one is named for, never as someone's words. Reported content whose cue is an act or a
stance ("is critical of the plan") is marked ``position``: a side someone took, not words
they said; a line with no claim in it (an act that is not speech, "decided to invade"; an
elliptical "he responded"; content analysis marked ``claimless``, "found him guilty",
"told 300 people") has none (``ledger_lines``, ``ledger_filter``). A quote whose cue is negated ("did
not believe") is marked ``negated``, its cue shown from a fixed readable set
(``ledger_labels.negated_line``) and never grouped with the same words asserted; a negated
cue over a question ("did not say what ...") said nothing and has no line, and neither has
content whose source is a thing or an event that cannot speak ("Bent metal bars showed
...": evidence, not anyone's words). A medium that passed someone's quote on ('"...," Lee
said, according to the AP') has no line of its own: Lee's line names it in ``via``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from crossbrief.analyze.quotes import (
    HEDGE_CUES,
    cue_base,
    is_denial,
    is_position,
)
from crossbrief.analyze.quotes.lexicon import ORG_NOUNS
from crossbrief.analyze.quotes.transcripts import is_answer
from crossbrief.model import AnalyzedArticle, BriefQuote, Entity, Quote
from crossbrief.synthesize.entities import name_key
from crossbrief.synthesize.entities.countries import metonyms
from crossbrief.synthesize.entities.names import drops_rank
from crossbrief.synthesize.entities.roles import degree
from crossbrief.synthesize.entities.vocabulary import ROLE_RANKS
from crossbrief.synthesize.ledger_evidence import evidence_sentences
from crossbrief.synthesize.ledger_filter import STAND_INS, answered_question
from crossbrief.synthesize.ledger_labels import denial_line, negated_line, shown_cue
from crossbrief.synthesize.ledger_lines import ArticleLines
from crossbrief.synthesize.ledger_marks import balanced
from crossbrief.synthesize.ledger_senses import held_not_said
from crossbrief.synthesize.ledger_tags import without_tag
from crossbrief.synthesize.proxy_phrases import for_group, is_proxy, names_principal
from crossbrief.synthesize.quote_match import compared, inner_quotes, near_same, same_report
from crossbrief.synthesize.quote_roles import (
    a_group,
    apposed,
    for_a_person,
    role_words,
)
from crossbrief.synthesize.role_index import PLAIN, SPEAKING_TITLES, role_index
from crossbrief.synthesize.role_speakers import (
    Aliased,
    Named,
    aliased_holder,
    apposed_principal,
    as_definite,
    just_named,
    offices,
    people_by_sentence,
    role_aliases,
)
from crossbrief.synthesize.speaker_ids import SpeakerIds, surname_mentions
from crossbrief.synthesize.speaker_sex import Sexes
from crossbrief.synthesize.speaker_wording import shown_wording
from crossbrief.synthesize.story import Story
from crossbrief.synthesize.text import fold
from crossbrief.synthesize.titled_names import name_in_phrase
from crossbrief.synthesize.unnamed_speakers import introduced_unnamed

_QUOTE_MARKS = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'"})
SHINGLE = 5  # words; quotes sharing a run this long are checked for containment
MIN_SHARED_WORDS = 6  # a shorter quote is grouped with a longer one only from this length


def quote_key(text: str) -> str:
    """Quote text compared across outlets: marks, case and spacing normalised."""
    return re.sub(r"\W+", " ", fold(text.translate(_QUOTE_MARKS))).strip()


@dataclass
class _Entry:
    key: str
    order: int  # the line's place in the ledger: story order of first appearance
    carriers: list[tuple[str, int, int, Quote, str | None]] = field(default_factory=list)


def build_quotes(
    story: Story, key_to_id: dict[str, str], entities: Iterable[Entity] = ()
) -> list[BriefQuote]:
    """The ledger, in story order; ``entities`` tell a titled or pronoun speaker's sex."""
    roles = role_index(story, key_to_id)
    entities = list(entities)
    sexes, placed = Sexes(entities), surname_mentions(entities)
    by_role = role_aliases(entities)
    named, held = people_by_sentence(entities), offices(roles, entities)
    entries: list[_Entry] = []
    by_key: dict[str, _Entry] = {}
    shingles: dict[tuple[str, ...], list[_Entry]] = defaultdict(list)
    vias: dict[int, str] = {}
    for a in story.articles:
        relays = [q for q in a.quotes if q.relays]
        lines = ArticleLines(a)
        aliases = by_role.get(a.article.id, [])
        find = _finder(key_to_id, roles, a.article.text, sexes, aliases)
        find = _or_just_named(find, a, named.get(a.article.id, {}), held, roles)
        speaker_of = SpeakerIds(find, placed.get(a.article.id, []), sexes, a.article.text)
        for q in lines.checked(speaker_of):
            if q.relays:
                continue  # a medium passing on someone's words: "via" on their line
            via = _via(q, relays)
            if via is not None:
                vias[id(q)] = via
            sentence, begins = lines.sentence(q), lines.begins(q)
            if not lines.shown(q):
                continue
            speaker = speaker_of(q)
            q = sexes.named(q, speaker)  # no man's name shown for "she"
            key = quote_key(q.text)
            if not key:
                continue
            if q.negated:
                # "did not believe X" is never grouped with "believed X", nor with "did not
                # deny X", nor "will not confirm X" with "could not confirm X"
                label = negated_line(q, shown_cue(a.article.text, q))
                key = f"{_NOT} {label[0] if label else cue_base(q.cue)} {key}"
            elif _denies(q):
                key = f"{_DENIED} {key}"  # "denied X" is never grouped with "said X"
            # "data center" and "datacenter" are one quote: looked up without spaces
            entry = by_key.get(key.replace(" ", "")) or _containing(key, q, a.article.id, shingles)
            if entry is None:
                entry = _Entry(key, len(entries))
                entries.append(entry)
                by_key[key.replace(" ", "")] = entry
                for sh in _shingles(key):
                    shingles[sh].append(entry)
            entry.carriers.append((a.article.id, sentence, begins, q, speaker))
    arts = {a.article.id: a for a in story.articles}
    return [_ledger_line(e, arts, vias) for e in entries]


def _finder(
    key_to_id: dict[str, str],
    roles: dict[str, set[str]],
    text: str,
    sexes: Sexes,
    aliases: Sequence[Aliased] = (),
) -> Callable[[Quote], str | None]:
    """A speaker's entity by the phrase's words, within an article of ``text``; then by the
    role aliases the entity panel gives in that article (``aliases``), or the principal
    before a proxy's apposition (``role_speakers``)."""

    def find(q: Quote) -> str | None:
        eid = _speaker_id(q, key_to_id, roles, text)
        eid = eid or name_in_phrase(q.speaker_text, key_to_id, sexes.people)
        eid = eid or aliased_holder(q, aliases, roles)
        return eid or apposed_principal(q.speaker_text, key_to_id)

    return find


def _via(q: Quote, relays: list[Quote]) -> str | None:
    """The medium that passed a quote on, as written: the speaker of the relayed attribution
    holding its words ('"...," Lee said, according to the AP' gives "the AP")."""
    for r in relays:
        if r.start <= q.start and q.end <= r.end and r.speaker_text:
            return " ".join(r.speaker_text.split())
    return None


_NOT = "\0not"  # key prefixes no quote text can carry
_DENIED = "\0denied"


def _denies(q: Quote) -> bool:
    """Whether a quote is reported speech under a denial cue ("denied it was unsafe")."""
    return q.kind == "indirect" and is_denial(q.cue)


def _is_hedge(q: Quote) -> bool:
    """A reported claim hedged by its writer with no one named for it ("The mayor
    reportedly left", "The fare is expected to rise"): analysis found no speaker phrase at
    all (not a pronoun left unresolved: "She said ..." is someone's), and a hedge word as
    cue."""
    return q.kind == "indirect" and not q.speaker_text and (q.cue or "").lower() in HEDGE_CUES


def _ledger_line(
    entry: _Entry, arts: dict[str, AnalyzedArticle], vias: dict[int, str]
) -> BriefQuote:
    first_article, sentence, begins, q, speaker = entry.carriers[0]
    written_as = arts[first_article].article.text
    if q.kind == "indirect" and written_as[q.start : q.end] == q.text:
        # content cut at a quote mark shows the mark, as the article has it (ledger_marks)
        start, end = balanced(written_as, q.start, q.end)
        if (start, end) != (q.start, q.end):
            q = Quote(**{**q.to_dict(), "text": written_as[start:end], "start": start, "end": end})
    # each other article once, with the sentence there holding most of the words
    firsts = evidence_sentences(
        q.text,
        [(art, s, c) for art, s, _, c, _ in entry.carriers[1:] if art != first_article],
        arts,
    )
    others = sorted(firsts)
    speakers = sorted({s for *_, s in entry.carriers if s})
    if speaker is None and speakers:
        speaker = speakers[0]  # another outlet named who said it
    # Only speakers the outlets wrote by name or description can disagree; one found for a
    # pronoun or a proxy of a pronoun ("he", "her spokesman") gives way to them.
    named = sorted({s for *_, c, s in entry.carriers if s and _names_speaker(c)})
    if named and speaker not in named:
        speaker = named[0]
    written = q.speaker_text
    if speaker is not None and speaker != entry.carriers[0][4]:
        written = _wording(entry, speaker)  # never the first outlet's "she" for another
    written = shown_wording(written, q.speaker_name)  # never "who", nor "Both Lee"
    if speaker is None and written and written.lower() in STAND_INS:
        # a pronoun shows the group or name found for it ("they": "Harbour workers") when
        # that is no entity; one no name was found for names no one
        written = q.speaker_name
    if speaker is None and written and q.speaker_name:
        # "their spokesman" for a group that is no entity: "spokesman for the harbour board"
        written = for_group(written, q.speaker_name) or written
    if is_answer(q):
        written = q.speaker_name  # the interviewee, not the "A" that stands for them
    text, cue = without_tag(q), shown_cue(written_as, q)
    readable = negated_line(q, cue) if q.negated else denial_line(q) if _denies(q) else None
    if readable is not None:  # a fixed, readable label; the verb leaves the content
        cue, text = readable
    question = answered_question(q, written_as, begins)
    if question is not None:  # "it would" answers what was asked
        text = f"{question}: {text}"
    return BriefQuote(
        text=text,
        kind=q.kind,
        speaker=speaker,
        speaker_text=written,
        cue=cue,
        article=first_article,
        sentence=sentence,
        also_in=tuple(others),
        also_sentences=tuple(firsts[art] for art in others),
        disputed_speakers=tuple(named) if len(named) > 1 else (),
        hedged=speaker is None and _is_hedge(q),
        position=q.kind == "indirect" and (is_position(q.cue) or held_not_said(q)),
        negated=q.negated,
        denial=not q.negated and _denies(q),
        via=_shared_via(entry, vias),
        answer=is_answer(q),
    )


def _names_speaker(q: Quote) -> bool:
    """Whether a quote's speaker phrase names its speaker: not a pronoun ("he"), and not a
    proxy for someone it names by a pronoun ("her office"), whose link to a person is the
    analysis's guess, not the outlet's word; a proxy naming its principal ("a spokesman for
    Ann Lee") puts the words in that principal's mouth."""
    written = " ".join((q.speaker_text or "").split())
    if not written or written.lower() in STAND_INS:
        return False
    return not is_proxy(written) or names_principal(written)


def _wording(entry: _Entry, speaker: str) -> str | None:
    """The speaker phrase of the first outlet that has ``speaker`` for the words, one that
    names them before one with a pronoun or a proxy."""
    mine = [c[3] for c in entry.carriers if c[4] == speaker]
    return next((q.speaker_text for q in mine if _names_speaker(q)), mine[0].speaker_text)


def _shared_via(entry: _Entry, vias: dict[int, str]) -> str | None:
    """The medium every outlet carrying a line had its words from, as the first wrote it;
    none when any carrier had them first-hand or from another medium: a grouped line cites
    all its outlets, so a note naming one outlet's medium would misreport the others."""
    media = {(vias.get(id(c[3])) or "").casefold() for c in entry.carriers}
    return vias.get(id(entry.carriers[0][3])) if len(media) == 1 and "" not in media else None


def _shingles(key: str) -> set[tuple[str, ...]]:
    """Every run of SHINGLE words of a compared quote: how quotes sharing words are found."""
    words = key.split()
    return {tuple(words[i : i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 0))}


def _containing(
    key: str, q: Quote, article: str, index: dict[tuple[str, ...], list[_Entry]]
) -> _Entry | None:
    """An entry from another article whose words contain this quote's, or are contained in
    it (one outlet quoting more of the same remark), or are the same words but for a trim or
    a word in ten (``quote_match``); never words the longer quote holds inside its own inner
    quote marks (its speaker quoting someone else). Reported content joins only the same
    clause, cut shorter or opened by a link word ("However, ...": ``same_report``)."""
    if len(key.split()) < MIN_SHARED_WORDS:
        return None
    # every line sharing a run of words, earliest in story order first: a quote holding the
    # words of two lines joins the first, never one picked by the set's hash order
    found = {e.order: e for sh in _shingles(key) for e in index.get(sh, ())}
    for _, entry in sorted(found.items()):
        if any(c[0] == article for c in entry.carriers) or (
            key.startswith("\0") != entry.key.startswith("\0")
        ):
            continue  # one outlet's; or words negated or denied against words said
        if q.kind == "indirect":
            # reported words: the same clause, one outlet's cut shorter (``same_report``)
            if same_report(key, entry.key, MIN_SHARED_WORDS):
                return entry
            continue
        # the shorter in words: the matcher finds its words in the longer one's
        (short, short_text), (long, long_text) = sorted(
            [(key, q.text), (entry.key, entry.carriers[0][3].text)],
            key=lambda p: len(p[0].split()),
        )
        # near words: both in marks, both said (a negation's words are compared exactly)
        quoted = entry.carriers[0][3].kind != "indirect" and not key.startswith("\0")
        if f" {short} " not in f" {long} " and not (
            quoted and near_same(compared(short_text, quote_key), compared(long_text, quote_key))
        ):
            continue
        if short != long and any(
            f" {short} " in f" {quote_key(inner)} " for inner in inner_quotes(long_text)
        ):
            continue  # the longer quote's speaker quoting these words
        return entry
    return None


def _or_just_named(
    find: Callable[[Quote], str | None],
    a: AnalyzedArticle,
    named: Named,
    held: dict[str, set[str]],
    roles: dict[str, set[str]],
) -> Callable[[Quote], str | None]:
    """``find``, then the person the article named just before a description of an office
    no one in the story is introduced with (``role_speakers.just_named``)."""

    def found(q: Quote) -> str | None:
        eid = find(q)
        if eid is not None or q.speaker_start is None:
            return eid
        return just_named(q, a.sentence_index(q.speaker_start), named, held, roles)

    return found


# An indefinite description ("a New York company") is no one already named.
_INDEFINITE = re.compile(r"(?:a|an|one|some|many|several)\s", re.IGNORECASE)
# Names joined into a list ("Ann Lee and Tom Varga"): a group, not its last person.
_SEVERAL = re.compile(r"\s(?:and|&)\s")


# cached: each speaker phrase's candidates are asked again for every quote they speak
@lru_cache(maxsize=1 << 12)
def _people(name: str) -> bool:
    """A people or members in the plural ("Palestinians", "Many Israelis", "Some
    Greens"): a group, not its country or its party."""
    words = name_key(name).split()
    if words and a_group(words[-1]):
        return True  # "Some Greens": members, not their party
    return bool(words) and words[-1].endswith("s") and words[-1][:-1] in metonyms()["demonym"]


def _speaker_id(
    q: Quote, key_to_id: dict[str, str], roles: dict[str, set[str]], article_text: str = ""
) -> str | None:
    text = q.speaker_text if q.speaker_text and not _INDEFINITE.match(q.speaker_text) else None
    for candidate in (q.speaker_name, text, *(p for p in apposed(text) if not degree(p))):
        # a ranked office ("the deputy chancellor") is found by its role words below: its
        # key is the plain office's
        if candidate and not _people(candidate) and not drops_rank(candidate):
            eid = key_to_id.get(name_key(candidate))
            if eid:
                return eid
    if q.speaker_name and not _SEVERAL.search(q.speaker_name):
        # A full name the story's outlets only wrote with a title ("Ports Minister Ann
        # Lee") is found by its surname, as the entities' own keys find people; never
        # the last of several people ("Ann Lee and Tom Varga"), who speak together.
        words = name_key(q.speaker_name).split()
        eid = key_to_id.get(words[-1]) if len(words) > 1 else None
        if eid:
            return eid
    described = as_definite(q.speaker_text)  # "our correspondent": the outlet's own one
    if not described or not described.lower().startswith("the "):
        return None
    words = role_words(described)
    person = bool(words) and (words[-1] in SPEAKING_TITLES or for_a_person(words[-1]))
    if not person or words[-1] in ORG_NOUNS or a_group(words[-1]):
        return None  # "the party" is no person's role, nor "the video"; "the owners" many
    if introduced_unnamed(article_text[: q.speaker_start or 0], words[-1]):
        return None  # "a customs official said ... the official added": that one, unnamed
    found = set.intersection(*(roles.get(w, set()) for w in words))
    if not ROLE_RANKS & set(words):
        # "the chancellor" is no shadow chancellor, deputy or former one: a holder of the
        # plain office only
        found &= roles.get(PLAIN + words[-1], set())
    return next(iter(found)) if len(found) == 1 else None
