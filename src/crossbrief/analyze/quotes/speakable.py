"""Whether an attribution's source can speak: someone, a body of people, or a record that
speaks for its makers ("the report said", "the poll found"). A thing or an event as the
subject of a cue of evidence, feeling or finding ("Bent metal bars showed ...", "The
collapse of the government suggested ...", "59 bodies were found") is marked
``inanimate_source``: evidence or narrative, which PolNeAR annotates as an attribution but
the ledger must never list as someone's words. A verb of speaking ("the actress said") is
the writer's word that its subject spoke, and is not judged, unless its content is a plain
object rather than words ("the air strikes claimed 660 lives", "a victory enough to claim the
nomination"): then the verb means taking, not saying. A fragment in quote marks under a verb
of naming ("volcanoes known as the 'ring of fire'") is judged the same way, and a phrase after
"on" ("on record opposing") is where a stance stands, not who holds it. Under "point" ("all
signs pointed to ..."), a thing named by a common noun is evidence, a record too: only
someone points a reader to something.

Reported content with no claim in it is marked ``claimless`` (analysis and PolNeAR keep the
attribution; the ledger shows no line): content after its cue with no clause of its own (a
finite verb, a verb with "to" or an auxiliary, a verb or an adjective with its own subject),
no run of three or more quoted words and, under a verb of saying, no quoted label and no noun
naming a stated position ("his opposition to the toll"): a verdict ("found him guilty"), an
addressee ("told 300 people"), a bare object ("wants the trophy"), an event seen ("saw them
play"); a verb of questioning with someone as its object ("questioned 20 people"); and an
attribution framed as no one's saying (``unsaid``: "Lee may have gambled that ...", "to know
it can ...", "I think ...", "the video shows her running", "claimed the lives of").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from crossbrief.analyze.doc_cache import doc_text
from crossbrief.analyze.quotes.animate import NAMED, animate, singular
from crossbrief.analyze.quotes.context import Para
from crossbrief.analyze.quotes.lexicon import FORM_TO_BASE
from crossbrief.analyze.quotes.unsaid import hearer_as_subject, unsaid
from crossbrief.model import Quote

# Verbs of speaking: their subject spoke, whatever the noun ("the star noted").
_SPEAKING_WORDS = """say tell add state announce claim insist argue explain note write declare
    stress assert acknowledge admit deny reply respond recall comment remark ask answer
    tweet post email testify complain joke quip boast brag shout scream yell whisper recount
    speak talk mention describe call praise warn urge promise vow pledge concede contend
    maintain accuse criticize criticise allege repeat reiterate quote recite swear thank
    congratulate apologize apologise"""
SPEAKING = frozenset(_SPEAKING_WORDS.split())

# Records, media and findings that speak for whoever made them ("the report said", "a
# survey found", "the ad claims", "court records show"), singular; plurals are read off.
_RECORD_WORDS = """report statement study poll survey letter memo memorandum document record
    filing complaint lawsuit suit indictment affidavit ruling opinion verdict order bill law
    resolution motion petition ad advertisement commercial video tape recording email e-mail
    message post tweet release website site page book article story editorial column paper
    data figure number result finding analysis research estimate forecast projection model
    audit review investigation inquiry probe transcript note notice announcement communique
    declaration platform proposal plan budget account version testimony interview speech
    remark comment cable dispatch broadcast show program programme documentary film headline
    questionnaire census tally count exit chart map graphic photo photograph image
    footage audio clip sign banner placard slogan card letterhead guidance guideline rule
    regulation policy agreement treaty deal accord contract charter constitution manifesto
    summary briefing assessment evaluation appraisal warning alert bulletin newsletter
    journal magazine newspaper wire agency slide brief submission average statistic database
    index posting publication spot literature return endorsement polling movie piece passage
    testimonial memoir reply readout legislation amendment initiative measure profile
    disclosure communication dump timeline examination missive picture reporting file check
    item text plank word content"""
RECORDS = frozenset(_RECORD_WORDS.split())


def _singular(word: str) -> str:
    if word.endswith("ses") and word[:-2] in RECORDS:  # "analyses" is plural of "analysis"
        return word[:-2]
    return singular(word)


# People and bodies of people the animacy lexicon leaves to context ("sources said", "the
# fund warned", "authorities said").
_PEOPLE_WORDS = """source authority individual boss lady gentleman mate doctor nurse
    survivor relative neighbor child kid teenager teen youth adult guest visitor passenger
    driver rescuer firefighter one ex advocate surrogate associate fund institute foundation
    center centre association society commission office bureau service force lobby club
    church school university college hospital clinic league alliance federation ministry
    operative mogul actress actor star celebrity singer artist musician tycoon magnate hopeful
    admiral counterpart guy couple faction management airline town village left right
    scholar scientist physician surgeon priest bishop pastor rabbi imam monk nun cleric
    king queen prince princess emperor pope chancellor premier dictator regime junta
    plaintiff partisan grandchild children grandchildren folk folks personnel troop patriot
    population outfit entrepreneur billionaire millionaire pundit voice head leadership
    representative principal affiliate operation justice novice plebe fed feds military
    media kingdom community arm class circle criminal chancellery district territory region
    county jock neurosurgeon tank local native landlord landlady pilgrim passerby passersby
    townsfolk townspeople crew"""
_PEOPLE = frozenset(_PEOPLE_WORDS.split())
# Heads that count or gather what their "of" names ("a chorus of Republicans", "none of his
# arguments"): judged by that.
_PARTITIVE_WORDS = """chorus array group number lot host none one some all each many most few
    handful couple pair dozen series variety range majority minority bunch band crowd portion
    part percent hundred thousand million billion collection trio slew fraction percentage
    army rest copy batch conglomerate"""
_PARTITIVES = frozenset(_PARTITIVE_WORDS.split())
# Suffixes of agent nouns ("regulators", "electors", "attendees"): as often people as
# things, so a speaker with one is given the benefit of the doubt.
_AGENT_SUFFIXES = ("er", "or", "ers", "ors", "ee", "ees")


def names_someone(head: Any) -> bool:
    """Whether ``head`` names a person or people: ``animate`` or a people word ("guests",
    "visitors"), not a record or a thing."""
    return animate(head) or _singular(head.lower_) in _PEOPLE


def can_speak(head: Any) -> bool:
    """Whether the phrase headed by ``head`` can be the source of reported speech. Only a
    common noun in lower case is judged, and it can when it names someone (``animate``, a
    people word or an agent noun in "-er"/"-or"), a record that speaks for its makers, or a
    part of a whole that can ("a chorus of Republicans"); a name, a pronoun ("it" may be the
    company just named) or a word the tagger did not call a noun is left to the rule that
    found the quote; a bare "one" cannot (it stands for one of whatever came before)."""
    if head.dep_ == "pobj" and head.head.lower_ == "on":
        return False  # "are on record opposing": a place for a stance, not its holder
    if head.lower_ == "one" and not any(True for _ in head.children):
        return False  # a bare "One showed ...": one of the things before, maybe no one at all
    if head.pos_ != "NOUN" or head.ent_type_ in NAMED or not head.text[:1].islower():
        return True  # a capital may be a name the tagger took for a noun ("Trump")
    low = head.lower_
    word = _singular(low)
    if word in _PARTITIVES or low in _PARTITIVES:
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = None if of is None else next((g for g in of.children if g.dep_ == "pobj"), None)
        # With no "of", a count stands for people ("Hundreds cast their votes").
        return whole is None or can_speak(whole)
    return (
        animate(head)
        or low in RECORDS
        or word in RECORDS
        or word in _PEOPLE
        or low.endswith(_AGENT_SUFFIXES)
    )


def mark_inanimate(quotes: Sequence[Quote], paras: Sequence[Para]) -> list[Quote]:
    """The quotes with ``inanimate_source`` set on reported content or a quoted fragment
    whose cue is no verb of speaking, or is one with a plain object for its content ("claimed
    660 lives"), and whose speaker phrase names a thing that cannot speak. Direct quotes are
    someone's words whatever their speaker phrase (the marks say someone spoke)."""
    starts = [p.offset for p in paras]
    out = []
    for q in quotes:
        if (
            q.kind in ("indirect", "partial")
            and q.speaker_start is not None
            and q.speaker_end is not None
            and (FORM_TO_BASE.get((q.cue or "").lower()) not in SPEAKING or _object_content(q))
        ):
            para = paras[max(bisect.bisect_right(starts, q.speaker_start) - 1, 0)]
            span = para.tokens(q.speaker_start, q.speaker_end)
            if (
                span is not None
                and len(span)
                and (not can_speak(span.root) or _evidence_pointing(q, span.root))
            ):
                q = replace(q, inanimate_source=True)
        home = paras[_para_index(starts, q.start)]
        if (q.kind == "indirect" and _claimless(q, home)) or (
            q.kind == "partial" and _heard(q, home)
        ):
            q = replace(q, claimless=True)
        out.append(q)
    return out


def _heard(q: Quote, para: Para) -> bool:
    """A quoted fragment under a cue whose subject heard it ('was told that his dogs might
    "scare off foxes"'): no words of the one it names."""
    cue = _cue_verb(q, para)
    return cue is not None and hearer_as_subject(cue)


def _evidence_pointing(q: Quote, head: Any) -> bool:
    """ "All signs pointed to ...", "the figures point to ...": under "point", a thing,
    a record among them, is evidence; only someone points a reader to something."""
    cue = (q.cue or "").split()
    if not cue or FORM_TO_BASE.get(cue[-1].lower()) != "point":
        return False
    common = head.pos_ == "NOUN" and head.text[:1].islower() and head.ent_type_ not in NAMED
    return common and not names_someone(head)


def _para_index(starts: list[int], offset: int) -> int:
    return max(bisect.bisect_right(starts, offset) - 1, 0)


# Nouns naming a stated position: under a verb of saying, a phrase headed by one is the
# claim ("voiced his opposition to the deal", "repeated their concerns").
POSITION_NOUN_WORDS = """opposition support objection concern worry fear hope doubt view
    position stance opinion belief criticism demand call plea appeal claim allegation
    accusation charge argument case commitment intention wish preference approval
    disapproval condemnation denial confidence regret sympathy condolence gratitude thanks
    apology warning threat promise pledge vow determination readiness willingness
    reluctance refusal frustration anger outrage dismay disappointment skepticism
    scepticism reservation misgiving displeasure praise message vision priority goal"""
POSITION_NOUNS = frozenset(POSITION_NOUN_WORDS.split())
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
# A run of three or more words in quote marks: someone's words, whatever their grammar.
_QUOTED_RUN = re.compile(r"(?:``|\"|\u201c|'')\s*([^\"\u201c\u201d`']+?)\s*(?:''|\"|\u201d)")
_LONG_CONTENT = 8  # tokens under a verb of saying: a clause, whatever the tags
# A quote mark opening a word: under a verb of saying, a label its speaker gave.
_LABEL = re.compile(r"(?:^|(?<=\s))(?:``|[\"'\u201c\u2018])\w")
_MIN_QUOTED_WORDS = 3
# Verbs of questioning that, with someone as their object, question that person (an
# interrogation), not an idea ("questioned 20 suspects" against "questioned the plan").
_INTERROGATE = frozenset({"question", "interrogate", "quiz", "grill"})


def _claimless(q: Quote, para: Para) -> bool:
    """Reported content with no claim in it: content after its cue ("X <cue> <content>")
    with no verb of its own that is finite or an infinitive, no run of three or more quoted
    words, and, under a verb of saying, no noun naming a stated position ("found him
    guilty", "told 200 people gathered", "wants the trophy", "announced a decision"); or
    content opening with a verb of questioning whose object is someone ("questioned 20
    people": an interrogation)."""
    span = para.tokens(q.start, q.end)
    if span is None or not len(span):
        return False
    if unsaid(q, _cue_verb(q, para), span, SPEAKING, para.quoted):
        return True  # a possibility, a purpose, the first person, an event seen, a death
    cue = (q.cue or "").split()
    base = FORM_TO_BASE.get(cue[-1].lower(), "") if cue else ""
    if span[0].lower_ == (cue[-1].lower() if cue else None):
        obj = next((c for c in span[0].children if c.dep_ == "dobj"), None)
        return base in _INTERROGATE and obj is not None and names_someone(obj)
    speech = base in SPEAKING
    if any(len(m.group(1).split()) >= _MIN_QUOTED_WORDS for m in _QUOTED_RUN.finditer(q.text)):
        return False  # someone's words, whatever their grammar
    if speech and _LABEL.search(q.text):
        return False  # a label a speaker gave ("declared himself the 'harbour king'")
    if any(_clause_head(t, span, base) for t in span):
        return False
    if speech and len(span) > _LONG_CONTENT:
        return False  # a clause the tagger misread ("notes Lee praised her")
    if speech:
        return not any(_singular(t.lower_) in POSITION_NOUNS for t in span if t.pos_ == "NOUN")
    return True


def _cue_verb(q: Quote, para: Para) -> Any:
    """The cue's verb token in the paragraph (its last verb: "lays out" gives "lays",
    "has never blamed" gives "blamed"), or None when the cue is not a word of it."""
    if q.cue_start is None or q.cue_end is None:
        return None
    end = para.offset + len(doc_text(para.doc))
    if not para.offset <= q.cue_start < q.cue_end <= end:
        return None
    toks = para.tokens(q.cue_start, q.cue_end)
    if toks is None or not len(toks):
        return None
    verbs = [t for t in toks if t.pos_ in ("VERB", "AUX")]
    return verbs[-1] if verbs else toks[-1]


# Verbs of perception and causing, whose bare infinitive is an event seen or brought about
# ("saw them play", "made him leave"), not a claim.
_PERCEIVE = frozenset({"see", "watch", "hear", "feel", "notice", "observe", "let", "make", "have"})
# Adjectives of a verdict: "found him guilty" reports a court's or a panel's act, where "finds
# the gesture appropriate" holds a judgment.
_VERDICTS = frozenset({"guilty", "liable", "innocent", "culpable", "competent", "incompetent"})


def _clause_head(t: Any, span: Any, base: str) -> bool:
    """Whether ``t`` heads a clause that can carry a claim: a finite verb, a verb with "to"
    or an auxiliary, a verb or an adjective with its own subject ("insisted they be
    jailed", "found Lee leading", "finds the gesture apt"), but no bare infinitive after
    a verb of perception ("saw them play") and no verdict ("found him guilty")."""
    if t.dep_ in ("relcl", "acl", "pcomp") and span.start <= t.head.i < span.end:
        return False  # a clause in the content's own noun phrase: "a verdict that ended"
    if t.tag_ in _FINITE:
        return True
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)
    if t.pos_ in ("VERB", "AUX"):
        if any(c.dep_ in ("aux", "auxpass") for c in t.children):
            return True
        if t.tag_ == "VB" and base in _PERCEIVE:
            return False
        return subject or (t.tag_ == "VBG" and any(c.dep_ == "dobj" for c in t.children))
    return t.tag_ == "JJ" and subject and t.lower_ not in _VERDICTS  # not "more than"


def _object_content(q: Quote) -> bool:
    """The content opens with the cue's own verb ("claimed more than 80 lives" under
    "claimed"): an object taken, not words reported."""
    words = q.text.split(maxsplit=1)
    cue = (q.cue or "").split()
    return bool(words and cue) and words[0].lower() == cue[-1].lower()
