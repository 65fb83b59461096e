"""The words of a stance held or a side taken rather than words said: stance adjectives
("critical of"), holder nouns ("a supporter of"), verbs by which a stance is received or a
verdict given ("won the support of", "was rejected by voters"), nouns of a position, and
``is_position``, which tells such a cue from one of speech.
"""

from __future__ import annotations

from crossbrief.analyze.quotes.lexicon import ACTS, FORM_TO_BASE, with_plurals

# Adjectives of a stance held by their subject, with the prepositions that say what it is
# about ("critical of", "worried about"); a that-clause may follow any of them.
_STANCE_OF = """critical supportive skeptical sceptical wary proud aware fond dismissive unaware
    suspicious leery mindful appreciative tired ashamed envious jealous resentful"""
_STANCE_ABOUT = """worried concerned optimistic pessimistic hopeful confident angry upset nervous excited
    frustrated disappointed enthusiastic adamant convinced anxious furious upbeat vocal
    outspoken ambivalent conflicted passionate lukewarm doubtful dubious"""
# Adjectives of a will held by their subject, with a to-clause ("willing to", "eager to").
_STANCE_TO = "willing unwilling eager determined reluctant keen loath"
# More prepositions some of them take ("skeptical about", "confident in", "angry at", "unhappy
# with"), and adjectives of being content with something, which take "with" or "about".
_STANCE_MORE = {
    "skeptical": "about",
    "sceptical": "about",
    "wary": "about",
    "confident": "in",
    "angry": "at with",
    "furious": "at with",
    "upset": "with",
    "concerned": "with",
    "frustrated": "with",
    "disappointed": "in with",
    "happy": "with about",
    "unhappy": "with about",
    "pleased": "with",
    "satisfied": "with",
    "comfortable": "with",
    "vocal": "in on",
    "outspoken": "in on",
    "uncomfortable": "with",
    "divided": "on over",
    "torn": "over about",
    "bullish": "on about",
    "bearish": "on about",
    "lukewarm": "on",
    "sympathetic": "to toward towards",
    "hostile": "to toward towards",
    "receptive": "to",
    "indifferent": "to",
    "grateful": "for",
    "thankful": "for",
    "impatient": "with",
    # caution and opposition held ("cautious about the deal", "opposed to the toll"): a
    # side taken, like "are to back"
    "cautious": "about over of",
    "opposed": "to",
}
# The adjectives of a will, whose "to" opens a clause, never a phrase about something.
WILLS = frozenset(_STANCE_TO.split())
STANCE_ADJECTIVES = {
    **{w: frozenset({"of", "toward", "towards"}) for w in _STANCE_OF.split()},
    **{w: frozenset({"about", "over"}) for w in _STANCE_ABOUT.split()},
    **{w: frozenset({"to"}) for w in _STANCE_TO.split()},
}
for _adj, _preps in _STANCE_MORE.items():
    STANCE_ADJECTIVES[_adj] = STANCE_ADJECTIVES.get(_adj, frozenset()) | frozenset(_preps.split())
# Of these, the ones only someone can be ("the cabin is comfortable with six aboard").
FEELINGS = frozenset(_STANCE_MORE)
# Nouns for whoever holds a stance on what their "of" phrase names ("a supporter of the toll").
_HOLDER_WORDS = "supporter critic opponent proponent advocate backer champion defender foe"
HOLDERS = with_plurals(_HOLDER_WORDS)

# Verbs by which a stance someone takes reaches the one it is about ("won the support of",
# "drew criticism from"), in every inflection: the stance is the giver's position.
_RECEIVING_WORDS = """win wins won winning receive receives received receiving get gets got
    gotten getting draw draws drew drawn drawing face faces faced facing earn earns earned
    earning garner garners garnered garnering attract attracts attracted attracting"""
RECEIVING = frozenset(_RECEIVING_WORDS.split())
# Verbs of judging or choosing someone or something, reported only in the passive with an
# agent who can judge ("was rejected by voters", "was appointed by the governor", "were
# derided by critics"): the agent's verdict on the subject. Not "adopted" ("adopted by a
# family"), "pressed" or "interpreted", which give no verdict.
_JUDGED_WORDS = """rejected defeated appointed elected nominated reviled derided dinged
    approved vetoed ratified welcomed embraced lauded panned mocked"""
JUDGED = frozenset(_JUDGED_WORDS.split())


def is_position(cue: str | None) -> bool:
    """A cue that tells a side taken or a stance held rather than words said: an act verb
    in any inflection ("decided", "pushed"), a stance adjective ("critical") or a holder
    noun ("supporter"), a verb by which a stance is received ("won the support of"), a
    verdict given in the passive ("was rejected by voters"), a verb of taking a side
    ("backed", "opposes") or a noun of a side or a view
    ("voiced support for", "her stance on").
    Such an attribution is someone's position, not their speech."""
    word = (cue or "").lower()
    return (
        FORM_TO_BASE.get(word) in ACTS
        or FORM_TO_BASE.get(word) in SIDE_VERBS
        or word in STANCE_ADJECTIVES
        or word in HOLDERS
        or word in RECEIVING
        or word in JUDGED
        or word in POSITION_NOUNS
    )


# Verbs of taking a side ("The Greens are to back the plan", "Lee opposes the toll"): the
# subject's side on a question, which may be shown by a vote or a deed as much as by words;
# reporting verbs elsewhere, they are a position in the ledger.
SIDE_VERBS = frozenset({"back", "support", "oppose", "endorse", "favor", "favour"})
# Stance nouns that tell a side taken or a view held rather than words said ("voiced
# support for", "her stance on"): an attribution they cue is a position.
_POSITION_NOUN_WORDS = """support opposition endorsement backing stance view position opinion
    favor favour attitude"""
POSITION_NOUNS = with_plurals(_POSITION_NOUN_WORDS)
# Verbs whose object noun's stance is held by someone other than their subject: what is
# received ("faced criticism", RECEIVING above) or had ("has the support of the unions").
_HAVING = "have has had having enjoy enjoys enjoyed enjoying lose loses lost losing"
HAVING = frozenset(_HAVING.split())
# The stances one is given and may have ("has the backing of"): after a verb of having, the
# giver is the holder, not the subject.
_GIVEN_WORDS = "support backing endorsement praise"
GIVEN = with_plurals(_GIVEN_WORDS)
