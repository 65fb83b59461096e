"""The words and patterns quote finding keys on: reporting verbs in every inflection,
attribution nouns, pronouns, quote marks (the words of a stance held or a side taken are in
stance_words.py).
"""

from __future__ import annotations

import re
from typing import Any

from crossbrief.analyze.quotes.inflection import inflect
from crossbrief.analyze.quotes.senses import everyday_sense


def with_plurals(words: str) -> frozenset[str]:
    """The space-separated words of a word list and each with a plural "s"."""
    return frozenset(w + s for w in words.split() for s in ("", "s"))


# Reporting and cognition verbs (base forms); spaCy runs without its lemmatizer here, so the
# inflected forms are generated below.
_REPORTING_WORDS = """say tell add state announce claim insist argue warn explain note write
    declare stress assert suggest acknowledge admit deny report confirm urge ask reply respond describe
    predict believe think emphasize emphasise allege complain tweet recall promise vow
    continue concede contend maintain accuse criticize criticise testify reveal indicate
    conclude estimate agree fear hope expect know feel find show propose pledge repeat remark
    observe caution signal comment joke boast brag liken question charge counter recount
    quip shout scream yell whisper reiterate assure inform remind tout blast slam praise
    mock dismiss demand threaten point want see consider view plan like support oppose cite
    refer defend seek endorse doubt worry blame recommend decline refuse attack call back
    favor favour prefer vote thank discuss talk speak mention express highlight encourage
    chant answer bemoan lament decry condemn applaud welcome reject wonder speculate hint
    imply suspect assume realize realise recognize recognise congratulate ridicule regret
    forecast plan intend offer share learn list cast focus swear hail reaffirm reassure
    denounce echo post email outline request portray compare quote recite rebut assail
    invoke disagree remember understand identify name deem credit voice disclose unveil
    release order nominate articulate envision lay weigh paint spell read convince persuade
    muse exclaim retort interject mutter murmur proclaim extol trumpet mull regard brush
    shrug address attribute interpret touch grumble gripe fret rant opine posit theorize
    surmise reckon aver avow attest confess contradict clarify elaborate characterize
    characterise blurt gloat concur dissent sneer notify convey anticipate foresee contemplate
    ponder plead beg fume seethe marvel rave gush whine moan expose issue"""
# (the last lines: what is remembered, understood or envisioned, and speech acts that
# declare, tell or direct: naming, crediting, disclosing, releasing a report, ordering;
# "lay", "weigh", "spell" and "paint" report only in the frames of FRAMED below, "read"
# only for a thing bearing words: senses.py; "exclaim" to "murmur" say how words were
# spoken, and report nothing else; "proclaim" to "shrug" proclaim, praise, weigh or wave
# away, "regard" only "as", "brush" and "shrug" only "off" in FRAMED; "address" an issue,
# not a gathering, senses.py; "attribute" a cause; "interpret" only "as"; "touch" only "on";
# "grumble" on: saying, complaining, guessing and foreseeing, "issue" words (not bonds:
# senses.py); "advise", "celebrate", "confront", "debate" and "document" were tried: on
# train mostly deeds, no attribution)
# Acts of taking sides or of verbal attack, and feelings held toward something ("admire"
# to "love"): reported only with someone as their subject ("Lee challenged the ruling", not
# "the petitions challenging the fees"; "the gale tore the shed apart"); "spar" over a topic,
# "distance" oneself only "from" something (FRAMED).
_ACT_WORDS = """challenge knock hammer lambaste excoriate chide scold rebuke berate fault
    downplay underscore embrace advocate retweet reference press push lash
    rail side chastise castigate disparage belittle denigrate smear brand taunt insult jab
    bash trash refute dispute disavow repudiate renounce commend laud lobby
    implore apologize apologise decide aim accept ignore sign introduce promote look
    campaign vouch champion rebuff rip deride boo admire hate dislike love spar distance"""
ACTS = frozenset(_ACT_WORDS.split())
REPORTING_BASES = frozenset(_REPORTING_WORDS.split()) | ACTS
# Verbs that carry a quote but whose complement is not what was said ("continued to ...").

OBJECTS = frozenset({"xcomp", "dobj", "oprd"})
OBJECT_PREPS = frozenset({"of", "about", "on", "for", "as", "to", "against", "over"})
NOT_INDIRECT = frozenset({"continue"})
# Verbs whose reported content is a prepositional object ("talked about the wall", "voted
# for Lee", "called for a ban", "thinking about a run", "hoped for a win", "learned
# about the deal", "hinted at a run"), with the prepositions that introduce it.
_PREP_WORDS = """talk speak vote call refer ask complain warn comment argue write tweet testify
    joke focus point push press advocate rail lash side agree disagree lobby apologize apologise
    hope think wonder worry know learn fear boast brag hint campaign vouch weigh question muse
    touch spar"""
PREP_VERBS = frozenset(_PREP_WORDS.split())
CONTENT_PREPS = frozenset({"about", "for", "against", "on", "to", "with", "at", "of", "over"})
# "made it clear that ...": the forms of "make" and the adjectives that say so.
MAKE = frozenset({"make", "makes", "made", "making"})
PLAIN = frozenset({"clear", "plain", "known"})
# "in favor of", "in defence of", "in opposition to": the side a verb's subject takes.
SIDES = frozenset({"favor", "favour", "support", "defense", "defence", "opposition", "praise"})
CLAUSE_MARKS = frozenset({"that", "whether", "if"})
# A clause opened by one of these says when or why, not what ("promised an inquiry, two days
# after the ship hit a sandbank"), whatever the parser hangs it on.
_ADVERBIAL_WORDS = (
    "after before when whenever while because since until as although though once unless"
)
ADVERBIAL = frozenset(_ADVERBIAL_WORDS.split())
# Clauses of reason, condition or concession after reported content belong to what was said
# ("condemned the plan because it ..."); ones of time ("after", "while") less often do.
REASONS = frozenset({"because", "if", "unless", "though", "although"})
# Phrases after a comma that add to what was said ("cited attacks, including ..."); not
# "with", which as often tells how it was said ("said it was over, with a shrug").
MORE_PREPS = frozenset({"including", "compared"})
# Verbs whose bare object is whom the words were for ("told reporters"), not the words.
# What a cue with nothing to report has besides its verb ("the White House said on Friday").
BARE = frozenset({"nsubj", "punct", "aux", "advmod", "npadvmod", "prep"})
_ADDRESSEE_WORDS = "tell ask inform remind assure reassure urge warn convince persuade"
ADDRESSEE = frozenset(_ADDRESSEE_WORDS.split())
# Of these, the verbs whose "of" after the addressee says what was said ("reminded voters
# of the stakes", "warned Lee of a flood"), as "about" does for all of them.
ADDRESSEE_OF = frozenset({"inform", "remind", "assure", "reassure", "warn", "convince", "persuade"})
# Verbs whose bare object is a thing, not words or a stance ("added a caveat", "maintained a
# lead", "found a way", "cast a ballot", "shares a border"): only their clause is reported.
_THING_WORDS = "add maintain speak focus encourage find threaten know cast seek feel share"
THING_OBJECT = frozenset(_THING_WORDS.split())
# Nouns that name what was said, as a verb's object ("told a story", "asked a question").
_MESSAGE_WORDS = "question story tale truth lie joke anecdote word message news secret"
MESSAGES = with_plurals(_MESSAGE_WORDS)
# Prepositions that introduce what is reported only after some verbs: "to" ("referred to the
# deal", not "spoke to reporters"), "on" ("commented on the deal", "called on voters to", not
# "spoke on Tuesday", "wrote on Twitter", "voted on the bill"), "with" ("sided with Lee", not
# "talked with aides") and "at" ("lashed out at Lee", "hinted at a run", not "spoke at a
# rally"); "for" goes
# with all but the verbs of speaking and writing ("wrote for the Times").
PREP_ONLY_AFTER = {
    "to": frozenset({"refer", "point"}),
    "on": frozenset({"comment", "focus", "call", "push", "press", "weigh", "touch", "spar"}),
    "with": frozenset({"side", "agree", "disagree", "weigh"}),
    "at": frozenset({"lash", "rail", "hint"}),
    # "spoke of the war", "warned of a split", "boasted of his skills"; not "thought of"
    # (a name recalled as often as a view held) nor "heard of"
    "of": frozenset({"speak", "talk", "boast", "warn", "complain", "brag"}),
    # "sparred over the budget"; not "talked over dinner"
    "over": frozenset({"spar"}),
}
MEDIUM_VERBS = frozenset({"speak", "write", "tweet"})

FORM_TO_BASE = {form: base for base in sorted(REPORTING_BASES) for form in inflect(base)}

PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
FEMALE = frozenset({"she", "her", "hers"})
MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen"})


def sex_of_title(title: str) -> bool | None:
    """Whether a courtesy title (lower-cased) names a woman (True: "ms."), a man (False:
    "mr."), or neither (None)."""
    return True if title in FEMALE_TITLES else False if title in MALE_TITLES else None


NAME_TYPES = ("PERSON", "ORG", "GPE", "NORP")
# Titles written short before a name, as a role is written in full ("the governor").
ABBREVIATED = {
    "gov.": "governor",
    "sen.": "senator",
    "rep.": "representative",
    "gen.": "general",
    "sec.": "secretary",
    "lt.": "lieutenant",
    "col.": "colonel",
    "pres.": "president",
    "amb.": "ambassador",
    "supt.": "superintendent",
}
# How far back (characters) "it" may find the organisation it stands for: a paragraph or two.
IT_REACH = 600
# "The company said": nouns that stand for the organisation just named.
_ORG_WORDS = """company firm group agency ministry department campaign committee organization
    organisation party union bank network newspaper"""
ORG_NOUNS = frozenset(_ORG_WORDS.split())
# Of those, the words organisations carry in their names ("Democratic National Committee",
# "Labour Party"): such a description stands only for an organisation so named, where "the
# company" is any company.
NAME_WORDS = frozenset({"ministry", "department", "campaign", "committee", "party", "union"})

OPEN_MARKS = "\u201c\u201e\u00ab"
CLOSE_MARKS = "\u201d\u00bb"
STRAIGHT = '"'
DOUBLED = ("''", "``")  # two-character double marks
MARKS = OPEN_MARKS + CLOSE_MARKS + STRAIGHT + "\u2018\u2019'`"
DASH_SPEAKER = re.compile(r"\s*[,.]?\s*[\u2015\u2014\u2013-]{1,2}\s*")
DASHES = frozenset({"-", "--", "\u2013", "\u2014", "\u2015"})
NAME_RUN = 6  # words of a "Name and Name:" run before a quote
LABEL = re.compile(r"([A-Z][A-Z.'\- ]{1,40}):\s+")
SUBJECTS = ("nsubj", "nsubjpass")
# How the words of an apposition after a name hang on it (", a spokeswoman in Lagos,").
APPOSED = frozenset({"appos", "pobj", "prep", "amod", "compound", "punct"})
# How a direct quote hangs on the verb that introduces it.
GOVERNED = frozenset({"ccomp", "dobj", "parataxis", "xcomp", "dep", "npadvmod"})
PERSONAL = frozenset({"he", "she", "they", "i", "we", "you", "it"})
# Named dates the parser sometimes makes a subject ("Tuesday, Trump said ..."); a DATE that is
# not a proper noun can be a person ("the 46-year-old said").
NOT_SPEAKERS = frozenset({"DATE", "TIME"})
# How many tokens into a neighbouring sentence a cue may sit ('"...?" Senator Ann Lee asked.').
CUE_REACH = 6
# How many characters a cue splitting one quote may take ('," said the deputy mayor, "').
RESUME_GAP = 80
SENTENCE_BREAK = re.compile(r"\w[.?!]\s+[\"'\u201c\u2018]?[A-Z]")
ACCORDING = re.compile(r"\baccording to\b", re.I)
# What a finding is "in" when it has a source ("In a CBS News poll, Lee led", "leads in the
# polls"). Not "in an interview" or "in a statement": what someone did there is narrative;
# what they said there is read off the reporting verb.
_EVIDENCE_WORDS = "poll survey study report analysis audit"
EVIDENCE_NOUNS = with_plurals(_EVIDENCE_WORDS) | {
    "studies",
    "analyses",
}
# Nouns that attribute what follows them to a source ("his claim that", "concern about").
_NOUN_WORDS = """claim statement assertion allegation argument belief view position warning
    suggestion promise pledge vow insistence hope fear concern message criticism accusation
    announcement comment remark prediction estimate conclusion finding support opposition
    praise complaint demand threat assessment opinion proposal testimony admission denial
    confirmation explanation recommendation endorsement condemnation theory assurance
    expectation doubt worry contention suspicion call report critique denunciation embrace
    objection question attack description"""
NOUN_CUES = frozenset(w + suffix for w in _NOUN_WORDS.split() for suffix in ("", "s")) - {
    "supports",
    "praises",
}
NOUN_PREPS = frozenset({"about", "for", "against", "over"})
# Nouns of a choice, an intention or a demand whose content is a to-infinitive ("his
# decision to run", "her refusal to apologize"), the holder their possessor.
_TO_WORDS = "decision pledge promise vow call threat demand refusal offer reluctance unwillingness"
TO_NOUNS = with_plurals(_TO_WORDS)
# Who "raised questions" asked them; who "faced" or "answered" them did not.
QUESTIONS = frozenset({"question", "questions"})
_ASKING = "raise raises raised raising ask asks asked asking pose poses posed posing"
ASKING = frozenset(_ASKING.split())
# Attribution nouns whose target also follows "of" or "to" ("his criticism of the plan", "her
# opposition to the deal"). After "of" only with a possessor: "the support of the unions"
# names whose support, not what it is for.
_TARGETS = {
    "of": """criticism critique condemnation denunciation endorsement support praise embrace
        explanation announcement description""",
    "to": "opposition objection",
    "on": "attack",
    "against": "attack",
}
# Nouns that are words only when a person's ("his attacks on Lee"; "the attack on the
# embassy" is no quote).
PERSONAL_NOUNS = frozenset({"attack", "attacks"})
NOUN_TARGETS = {
    noun + s: frozenset(p for p, words in _TARGETS.items() if noun in words.split())
    for words in _TARGETS.values()
    for noun in words.split()
    for s in ("", "s")
}
BY = frozenset({"by", "from"})
BE = frozenset({"is", "was", "are", "were", "remains", "remained"})
# 'Speaker: what they said' at a paragraph start; the label is a short noun phrase.
LABEL_LINE = re.compile(r"([^\n:\"\u201c\u2018]{2,60}?):\s+(?=\S)")
LABEL_WORDS = 7
LABEL_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "PUNCT", "CCONJ", "ADP", "PART", "NUM"})


def is_reporting(tok: Any) -> bool:
    """A reporting verb (any inflection), but not a participle that names a thing ("a firm
    called Dockline") or an imperative ("See the full list below")."""
    if tok.lower_ not in FORM_TO_BASE or tok.pos_ != "VERB":
        return False
    base = FORM_TO_BASE[tok.lower_]
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and base in NAMING:
        return False
    if base in NAMING and _dated_name(tok):
        return False  # "a league, then called the Northern Union,": its name then, even as VBD
    if base in FRAMED and not any(
        c.dep_ == FRAMED[base][0] and c.lower_ == FRAMED[base][1] for c in tok.children
    ):
        return False
    if everyday_sense(tok, base):
        return False
    return not (tok.tag_ == "VB" and tok.dep_ == "ROOT" and tok.i == tok.sent.start)


def _dated_name(tok: Any) -> bool:
    """A naming verb dated by an adverb ("then called X") that gives a name, not a verdict:
    on a noun (an ``acl``), or with no subject of its own and not in a row of verbs ("...,
    then called the Northern Union" hung on the main verb by the parser; "left and then
    called the plan a failure" goes on from a subject), with one thing named at most
    ("called the plan a failure" names two)."""
    if tok.dep_ == "acl":
        return any(c.lower_ in _AT_A_TIME for c in tok.children)
    if not any(c.lower_ in _AT_A_TIME and c.i < tok.i for c in tok.children):
        return False
    kids = [c.dep_ for c in tok.children]
    named = sum(d in {"dobj", "oprd", "attr"} for d in kids)
    return (
        tok.dep_ not in {"conj", "xcomp", "ccomp"}
        and not any(d in {"nsubj", "nsubjpass", "ccomp", "xcomp", "prep"} for d in kids)
        and named <= 1
    )


# Verbs that report only with a particle or an "as" phrase, (dependency, word): "laid out
# a plan" (not "laid a wreath"), "weighed in on the deal" (not "weighed 80 kilos"),
# "spelled out the terms", "painted Lee as weak" (not "painted the house"), "regards it as
# a risk", "brushed off the doubts" (not "brushed the dust away").
FRAMED = {
    "lay": ("prt", "out"),
    "weigh": ("prt", "in"),
    "spell": ("prt", "out"),
    "paint": ("prep", "as"),
    "regard": ("prep", "as"),
    "brush": ("prt", "off"),
    "shrug": ("prt", "off"),
    "interpret": ("prep", "as"),
    "touch": ("prep", "on"),
    "distance": ("prep", "from"),
}


# Verbs whose participle after a noun names it rather than reports ("a group called X").
NAMING = frozenset({"call", "dub", "name", "title", "label"})
# Adverbs that date a name ("then called", "now named", "formerly known"): a name, not a
# verdict, whatever tag the parser gave the participle.
_AT_A_TIME = frozenset({"then", "now", "formerly", "later", "once", "originally"})


# Nouns of a stance or a statement that name what it is about only through a preposition
# ("her position on the toll", "his remarks on trade", "opinions of the pier"); cues besides
# NOUN_CUES, so that nothing else keying on those meets them.
_STANCE_NOUN_WORDS = "position opinion remark comment statement attitude"
STANCE_NOUNS = with_plurals(_STANCE_NOUN_WORDS) | {
    "words"  # "had harsh words for", "did not mince words about"
}
# Nouns of a side taken "in" its name ("came out in favor of", "stood in opposition to",
# "raised money in support of"): the side of the subject of the verb the phrase hangs on.
# Not "defense": "died in defense of the fort" is a deed ("argued in defense of" is a verb's).
IN_SIDES = frozenset({"favor", "favour", "support", "opposition"})
# The prepositions that introduce what a stance or statement noun is about, beyond
# NOUN_PREPS and NOUN_TARGETS: "positions on", "a dim opinion of", "an attitude toward". Not
# "view": "views of the president" is as often a poll's finding or a sight as a stance; not
# "stance" (on PolNeAR train, 2 of the 5 it found were attributions).
_STANCE_TARGETS = {
    "on": "position opinion remark comment statement criticism attack",
    "of": "opinion favor favour",
    "toward": "attitude",
    "towards": "attitude",
    "to": "support",
}
STANCE_TARGETS = {
    noun + s: frozenset(p for p, words in _STANCE_TARGETS.items() if noun in words.split())
    for words in _STANCE_TARGETS.values()
    for noun in words.split()
    for s in ("", "s")
}
# Every noun that may carry reported content (quotes/nouns.py), made once.
CUE_NOUNS = NOUN_CUES | TO_NOUNS | STANCE_NOUNS | IN_SIDES

# Cues that report their content as denied ("Lee denied that the plant would close").
DENYING = frozenset({"deny", "refute", "dispute", "rebut", "contradict"})


def cue_base(cue: str | None) -> str:
    """The base form of a reporting cue ("denied" -> "deny"), or the cue as written."""
    word = (cue or "").lower()
    return FORM_TO_BASE.get(word, word)


def is_denial(cue: str | None) -> bool:
    """A cue that denies its content ("denied", "disputes"): never the content asserted."""
    return cue_base(cue) in DENYING
