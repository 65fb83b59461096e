"""The words written before a person's name that are no part of it: courtesy titles,
offices and ranks. One list, shared by per-article analysis (a first name's gender skips
them) and entity grouping (``synthesize.entities.vocabulary`` re-exports it).
"""

from __future__ import annotations

# Courtesy titles, a form of address and never an office: no part of a person's name ("Mr
# Hrynchenko").
COURTESY_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady"}
)
# Words that precede a name without being part of it ("Ports Minister Oleksiy Hrynchenko").
TITLES = COURTESY_TITLES | frozenset(
    [
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
        # Abbreviated ranks, which no name starts with ("Maj. Gen. Ivo Brenn").
        "maj",
        "capt",
        "cpl",
        "brig",
        "adm",
        "cmdr",
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
# Ranks and offices of the forces, police, clergy and academia, written before a name
# ("Colonel Ann Reed", "Pastor Tom Hale"): the name data genders some of them ("Dean",
# "Major"), so a first name's gender skips them. Entity grouping strips the forces' ranks
# among them (``synthesize.entities.vocabulary.MILITARY_RANKS``).
RANKS = frozenset(
    [
        "admiral",
        "agent",
        "archbishop",
        "bishop",
        "brother",
        "captain",
        "cardinal",
        "chaplain",
        "colonel",
        "commissioner",
        "congressman",
        "congresswoman",
        "constable",
        "corporal",
        "councillor",
        "councilman",
        "councilwoman",
        "deacon",
        "dean",
        "detective",
        "doctor",
        "elder",
        "emperor",
        "empress",
        "father",
        "imam",
        "inspector",
        "lieutenant",
        "major",
        "marshal",
        "nurse",
        "pastor",
        "private",
        "professor",
        "rabbi",
        "reverend",
        "saint",
        "sergeant",
        "sheriff",
        "sister",
        "st",
        "police",
        "superintendent",
        "supt",
        "trooper",
    ]
)
