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
# Ranks of the forces written in full before a name ("Colonel Ann Reed"), as their
# abbreviations are ("Col."): no part of the name. Only those no English name or team starts
# with: not "Major" ("Major League") nor "Captain"; "General" is an office below.
MILITARY_RANKS = frozenset(
    {"colonel", "admiral", "lieutenant", "sergeant", "corporal", "brigadier", "commodore"}
)
# Words that are a rank's first word only before another title ("Major General", "Rear
# Admiral"); alone they are names or common words ("Tom Major", "the rear").
RANK_HEADS = frozenset({"major", "rear"})
# Abbreviations that qualify the office written after them and stand before no name alone
# ("Asst. Dist. Atty. Ann Lee", "Snr. Insp. Ann Lee"): a run of them with that office is one
# title. "Sr." alone ends a name ("Ann Lee Sr."), so it too opens a run only before an office.
TITLE_QUALIFIERS = frozenset({"asst", "dep", "dist", "sr"})
# Words that precede a name without being part of it ("Ports Minister Oleksiy Hrynchenko").
TITLES = (
    COURTESY_TITLES
    | MILITARY_RANKS
    | frozenset(
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
# "Major"), so a first name's gender skips them. Entity grouping strips only the forces'
# ranks among them (``MILITARY_RANKS``, in ``TITLES``).
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
