"""Entities across the story: every mention grouped under one canonical name.

How mentions come together, in order (synthesis only: offsets, labels and article text; the
NLP model is never run again). Each step lives in the module named after it:

1. ``mentions``: each NER mention takes the capitalised titles before it ("Ports Minister",
   which also make it a person) and ends where its name does (not "Ostrel to Buy Harbour
   Software"); a span that only ever qualifies a title ("Ports" in "Ports Minister") is no
   entity; a place cue before a name ("off Velmora", "the port of X") votes it a place.
   ``title_runs``: ranks count as titles ("Colonel", "Major General"), and a name that
   qualifies a role before a person ("Deputy Velmora Bank governor Tom Varga") takes no
   title, which is the person's.
   ``cut_names``: a name the NER cut at a connector ("Article 12 of the") or before the
   "and" of a body's portfolio ("Department for Roads" of "... Roads and Harbours") takes
   the capitalised words after it; ``title_abbreviations``: a job title's capitals used as
   a title ("assistant GM", "GM Tom Bell", "the club's VP") are no mention.
   ``parties``: a party's members' word tagged alone takes the word opening the party's
   name ("the Orvane Democrats", "Liberal Democrat"), and a party's name loses a member's
   letters after it ("Orla Party MEP", ``junk``).
   A name inside a stance adjective ("an anti-Lee campaign", ``junk``) is no mention; a
   title run cut at a capitalised word that qualifies its office ("Harbour Chief Sen.")
   keeps only its abbreviated title.
   ``kinds``: a unit, a measure, a computing part, a kind of security ("ETF"), a
   pronunciation guide ("EK-vuh-rah") or a lone word in lower case is no entity;
   a name after a vessel or aircraft noun ("the yacht Velora", "the shuttle Velora") or
   before a craft's or a module's noun ("the Velora control module") is a craft (PRODUCT),
   and so is every mention of it; ``works``: so is a name before a noun of software ("the Velo
   browser", not "the Velmora software giant") or listed after one ("browsers such as
   Velo"), and a name before a programme's noun or a cast noun ("the Orla Street series",
   "Orla Street actor Tom Bell") is a WORK_OF_ART; a common noun capitalised only as a sentence's first word or a
   modifier ("Rally officials said") is dropped at the end.
   ``compounds``: a span joining names the story writes on their own ("the Velmora-Tarnish
   deal", "Velmora, Tarnish and Quell"; a part may be the first word of the one firm's
   name it opens, "Tarnish Communications") is a mention of each part, never of one; a span
   run on into a conjunction ("Tarnish and") ends before it (``names.trim``).
   ``capital_uses``: a capital's name after a full name ending with it in the same
   article ("Nora Paris ... As Paris saw it") is that person, unless a locative preposition
   places it ("flew to Paris"); a capital after "in"/"at" following a gathering or a
   building ("a meeting in Paris"), after a verb of travel and "from", or after "a" ("a
   Paris hospital") is the city (a place use).
   ``given_names``: a one-word name with an age in apposition ("Mira, 16,") is a person, and
   no short form of another's first name; a given name typed a place or a body right before
   a surname tagged a person ("Velan Orsic") is one person's name. ``date_words``: a clock's
   marks, a month's abbreviation before its day and a generation's suffix alone are no names.
   ``junk``: the plural letters of members of a parliament ("MPs") name no one, and after a
   party's word ("Orla Democrat MPs") leave the party (NORP); a yard line's number after a
   team ("the Hawks 27-yard line") is cut.
2. ``names``: each mention gets a *name key*: titles, honorifics, determiners, possessives,
   leading and middle initials and generational numerals dropped ("Jr." is kept: father and
   son are two people), acronym dots removed ("U. S." -> "us"), diacritics folded and
   common transliteration variants merged ("Varenskiy", "Varenskyy" -> "varensky").
   Mentions sharing a key are one group; ``legal_forms``: but where one sentence writes a
   key with two legal forms ("Velmora Inc." and its unit "Velmora Ltd"), the less written
   form is a firm of its own. ``people_tagged_bodies``: a full name voted ORG
   that opens with a given name and ends with a person's surname of the story is a person.
   ``venues``: a name ending with a venue's head noun ("Tarvin Stadium", "the Velmora
   Arena") or opening with a foreign one ("Stade de Brenna") is a building (FAC) unless
   tagged a place; a name tagged a person right before the lower-case noun of a site ("the
   Orsa refugee camp", "Vamo airport") is the site (LOC, FAC); ``grounds``: a one-word
   name tagged a person or a town, written only after "at" or "to" and once right after a
   game's noun or a played side ("beat Orla at Kestowfield"), is the ground (FAC).
   ``products``: a name tagged a body that people own, use, buy or get versions of
   ("Velpod owners", "a version of Orlatunes"), never written as a firm, is a PRODUCT.
   ``people_numbers``: a name
   key ending in a number after a person's key of the story ("Kiro 81", a player's minute
   in a line-up) is that person's, the number cut off.
3. ``merging``: keys with the same words up to one letter per long word (Hrynchenko /
   Grynchenko) merge, numbers never (Flight 2207 / 2208); an acronym joins the unique
   expansion of the story whose initials it spells ("DNC", "USGS" for "US Geological
   Survey", its function words too: "DOD"; a camel-case name's capitals and number, "FB3"
   for "FunBox 3", and a person's tag on such letters gives way to the name's type), and
   one that spells a name of its own never
   leads a longer one ("UN" is not the "UN Security Council"); a leading country or acronym
   written short or in full is one organisation ("U.S." / "United States Geological
   Survey"). A name differing only by a letter is no spelling variant where one article
   writes both and sets one apart with a kinship noun (brothers), or where each is written
   twice or more (two clubs of one draw). An organisation named by the words before its
   "of"/"for"/"on" is the one longer name of the story it heads, when that is written at
   least as often. ``name_pieces``: a piece of a body's name the text completes, by a
   lower-case head after it ("the Velmora Harbour Works agency", unless the piece is
   written more often) or a possessive owner before it ("Velmora's Roads and Ports
   Authority"), is the body the story names in full. ``brackets``: a short form in
   brackets right after a name is its alias when the name spells its capitals ("...
   Harbour Services Inc. (VHB HS)") or it is a ticker ("(NYSE: OST)"). ``countries``: the names
   of one country merge (countryinfo, with its official names' initials, "DPRK", and a
   name opening with "Great" written without it, "Great Velmora" -> "Velmora"), and
   metonyms join it as marked aliases: the capital (kind ``capital``) where it stands for
   the government (``capital_uses``: it speaks or acts, holds a policy, is a party to
   talks; not in a dateline, "WASHINGTON --"; not a capital named after its country, "X
   City"), the city being a row of its own elsewhere ("a concert in Lisbon"), the people (``demonym``; ``peoples``: also a word formed on a place's
   name, "Tajik" of "Tajikistan", where the table spells the people otherwise); a seat of
   government ("the White House") stays its own entity; a party's members, one member and
   its adjective join the party
   ("Democrats", "a Progressive", "Technocratic" beside "Technocrats"). ``parties``: a
   party's conventional other name ("GOP", "Tory") joins it when the story names the party
   too, or else its members' word ("Republicans"); tagged a person, it is the party's
   (NORP) before any join, unless it is a person's given name in the story.
   ``product_plurals``: a brand the story also writes in the plural ("Velpods") is one
   product with its singular. ``national_bodies``: "the Velmoran Authority" is no short name of "the Velmoran Civil
   Aviation Authority", and a people's adjective never absorbs the body it qualifies ("the
   Velmoran Red Cross").
4. ``linking``: shorter names join the one longer name of the story they stand for: a
   surname or first name ("Varga" -> "Tom Varga", the same article's, then the far more
   named, then not the "Jr."; "Mr." or "Ms." never the full name of a person of the other
   gender, read by ``gender`` from forms of address, kinship nouns and pronouns), a first
   name coordinated with a full name ("Arun and Mira Velko"); a relative an article
   introduces with a kinship noun ("his wife Mira Velko") is not the bare surname there
   unless the story has no one else of that name, "the elder Velko" is that relative, and
   a bare surname the story leaves open goes by its own pronoun to the one namesake of
   that gender; a two-letter surname is no country code unless written in capitals; the
   last words of a name ("Lo Varga", "Red Sox" -> "Boston Red Sox"), a short first name ("Fred" ->
   "Frederick"; ``first_names``: not where one sentence writes both full names, "Tom Lee and
   Tomas Lee", and alone, "Wlad", only for the one person whose first name it begins), a middle-name-less form (not over other middle initials: "Ann M.K.
   Lee" is not "Ann K. Lee"), a leading acronym ("ATI" -> "ATI Technologies"), a
   national arm ("T-Mobile USA" -> "T-Mobile"; ``company_short_forms``: a code only in
   capitals, never a legal suffix, "Velmora Re" is no arm of "Velmora Co."), a place's first
   word. A storm's name alone is the storm, after its designator elsewhere or by what it does
   (``storm_context``: "Ivara made landfall"), unless a mention speaks or is addressed. Two people sharing a
   first name never merge: only whole keys and surnames link, and a known country is never
   a surname; nor is a town written with its region (``regions``: "Orlen, Kent"), which is
   no short form of a longer place either ("Orlen Heights").
5. ``recovery``: where the NER missed a known name, its initials or its surname in an
   article, the exact spelling is found in the text (headlines included, and over a shorter
   NER span inside it: "Jacksonville Jaguars" over "Jacksonville"). ``roles``: role
   descriptions ("the Israeli prime minister", "the minister", "the company's chief
   executive") join the one person introduced with an agreeing role (a title before the
   name, an apposition after it, "of" a place): the one the article names, else the one of
   the story; with two, none (kind ``role``).

At the end a one-word "person" that only opens headings or captions' labels, with nothing
that names a person, is dropped (``heading_words``: "Keynote speech draws crowd"), and so are
two capitals with no expansion only ever written before a common noun (``abbreviations``:
"the PE unit"), and a plural noun of people or a greeting tagged a body or a person only
where it opens a sentence or a quote (``openers``: "Unions said", "'Congratulations, sir'").
``slash_pairs``: two teams joined by a slash ("Velmora/Orla") are a mention of each.
``sides``: the sides of a fixture line ("Velmora v Orla Town") and a name taking a tie's
verb in the plural ("Velmora host Orla") are teams (ORG) from the start, and a team's short
form with abbreviated words ("Kest Rvrs") joins the one longer team it shortens.
``results``: the names a game's result or a season's record gives ("the Hawks beat the Rams,
24-17", "the Rams (3-10)") are teams too, unless a person's name.
Before that, a capitalised plural tagged a person and written after "the" that is no family
of the story is a team's nickname, a body (``team_names``: "the Ravens").

``assemble``: each entity's type is the vote of its name mentions (a place tagged PERSON once
and GPE ten times is a place; a third of person votes makes a person); its name is the
fullest form (most words) used at least twice across the story, or the fullest when none
repeats.

``plurals`` (read by the fact similarity, not a step here): a plural description of people
("the two leaders", "both men") stands for the people named just before it, when their
number is the one it counts; it leaves the entities as they are.
"""

from __future__ import annotations

from collections import defaultdict

from crossbrief.model import Entity
from crossbrief.synthesize.entities.abbreviations import common_noun_modifier
from crossbrief.synthesize.entities.article_stems import link_article_stems
from crossbrief.synthesize.entities.assemble import to_entities
from crossbrief.synthesize.entities.bills import laws_throughout
from crossbrief.synthesize.entities.body_shapes import retype_shapeless_people
from crossbrief.synthesize.entities.brackets import merge_bracketed_forms
from crossbrief.synthesize.entities.capital_uses import claim_capital_surnames, mark_city_uses
from crossbrief.synthesize.entities.clipped_names import retype_clipped_names
from crossbrief.synthesize.entities.common_words import mark_common_words
from crossbrief.synthesize.entities.company_short_forms import link_company_short_forms
from crossbrief.synthesize.entities.compounds import split_joined_names
from crossbrief.synthesize.entities.countries import merge_countries, merge_party_members
from crossbrief.synthesize.entities.designators import firms_throughout, join_storm_names
from crossbrief.synthesize.entities.firm_places import retype_firm_places
from crossbrief.synthesize.entities.first_names import link_short_first_names_alone
from crossbrief.synthesize.entities.grounds import retype_one_word_grounds
from crossbrief.synthesize.entities.heading_words import heading_opener
from crossbrief.synthesize.entities.headlines import split_headline_runs
from crossbrief.synthesize.entities.kinds import capitalised_common_noun
from crossbrief.synthesize.entities.legal_forms import part_legal_forms
from crossbrief.synthesize.entities.linking import (
    link_last_words,
    link_middle_names,
    link_name_tails,
    link_overlong,
    link_places,
    link_short_first_names,
)
from crossbrief.synthesize.entities.mentions import (
    StoryMention,
    UnionFind,
    collect,
)
from crossbrief.synthesize.entities.merging import (
    merge_acronyms,
    merge_headed_names,
    merge_organisation_forms,
    merge_short_written_heads,
    merge_variants,
)
from crossbrief.synthesize.entities.name_pieces import join_name_pieces
from crossbrief.synthesize.entities.names import name_key, person_form, trim
from crossbrief.synthesize.entities.openers import sentence_opening_word
from crossbrief.synthesize.entities.parties import merge_party_aliases, retype_party_short_forms
from crossbrief.synthesize.entities.parting import part_middle_initials, part_mr_from_ms
from crossbrief.synthesize.entities.people_numbers import cut_numbers_after_people
from crossbrief.synthesize.entities.people_tagged_bodies import retype_people_tagged_bodies
from crossbrief.synthesize.entities.peoples import join_peoples_words
from crossbrief.synthesize.entities.product_plurals import join_product_plurals
from crossbrief.synthesize.entities.products import retype_products
from crossbrief.synthesize.entities.recovery import recover_missed_names
from crossbrief.synthesize.entities.regions import mark_regioned_towns
from crossbrief.synthesize.entities.results import retype_result_teams
from crossbrief.synthesize.entities.roles import link_roles
from crossbrief.synthesize.entities.shop_names import shop_runs
from crossbrief.synthesize.entities.sides import link_team_short_forms, retype_teams, team_keys
from crossbrief.synthesize.entities.slash_pairs import split_slash_pairs
from crossbrief.synthesize.entities.surname_forms import link_double_surnames
from crossbrief.synthesize.entities.surname_links import link_surnames
from crossbrief.synthesize.entities.team_names import (
    link_numbered_nicknames,
    retype_team_nicknames,
)
from crossbrief.synthesize.entities.venues import retype_venues
from crossbrief.synthesize.story import Story

__all__ = ["build_entities", "name_key", "person_form", "trim"]


def build_entities(story: Story) -> tuple[list[Entity], dict[str, str]]:
    """The story's entities, most mentioned first, and a map from name key to entity id."""
    nodes = collect(story)
    teams = team_keys(story)
    split_slash_pairs(nodes, teams)
    retype_teams(nodes, teams)
    retype_result_teams(story, nodes)
    split_joined_names(story, nodes)
    claim_capital_surnames(story, nodes)
    mark_city_uses(story, nodes)
    mark_regioned_towns(story, nodes)
    part_mr_from_ms(nodes)
    part_middle_initials(nodes)
    part_legal_forms(nodes)
    split_headline_runs(nodes)
    retype_people_tagged_bodies(nodes)
    retype_party_short_forms(nodes)
    retype_venues(nodes)
    retype_one_word_grounds(story, nodes, teams)
    retype_products(story, nodes)
    cut_numbers_after_people(nodes)
    clusters = UnionFind(nodes)
    merge_variants(nodes, clusters)
    link_article_stems(nodes, clusters)
    merge_countries(nodes, clusters)
    join_peoples_words(nodes, clusters)
    merge_party_members(nodes, clusters)
    merge_party_aliases(nodes, clusters)
    join_product_plurals(nodes, clusters)
    merge_acronyms(nodes, clusters)
    merge_short_written_heads(nodes, clusters)
    merge_bracketed_forms(story, nodes, clusters)
    merge_organisation_forms(nodes, clusters)
    merge_headed_names(nodes, clusters)
    join_name_pieces(story, nodes, clusters)
    link_places(nodes, clusters)
    link_last_words(nodes, clusters)
    link_numbered_nicknames(nodes, clusters)
    link_team_short_forms(nodes, clusters, teams)
    # After the last words: "Ivara" of a storm is no "Operation Ivara" named after it.
    join_storm_names(story, nodes, clusters)
    link_company_short_forms(nodes, clusters)
    link_overlong(nodes, clusters)
    link_middle_names(nodes, clusters)
    link_double_surnames(nodes, clusters)
    link_short_first_names(nodes, clusters)
    link_short_first_names_alone(nodes, clusters)
    link_name_tails(nodes, clusters)
    assigned = link_surnames(nodes, clusters, shop_runs(story, nodes))
    groups: dict[str, list[StoryMention]] = defaultdict(list)
    for key, node in nodes.items():
        for m in node.mentions:
            groups[assigned.get(id(m), clusters.find(key))].append(m)
    firms_throughout(groups)
    retype_firm_places(story, groups)
    laws_throughout(groups)
    recover_missed_names(story, groups)
    # Recovered mentions too: "Doctor" found as the last word of one "Vela Doctor".
    mark_common_words(story, (m for ms in groups.values() for m in ms))
    link_roles(story, groups)
    retype_team_nicknames(story, groups)
    retype_shapeless_people(story, groups)
    retype_clipped_names(groups)
    return to_entities(
        {
            k: ms
            for k, ms in groups.items()
            if not _lone_common_noun(ms)
            and not capitalised_common_noun(story, ms)
            and not heading_opener(story, ms)
            and not common_noun_modifier(story, ms)
            and not sentence_opening_word(story, ms)
        }
    )


# At most this many mentions of a capitalised common noun make it a slip, not a name.
_COMMON_NOUN_MAX = 2


def _lone_common_noun(mentions: list[StoryMention]) -> bool:
    """Whether a group is a job title or a common noun alone, capitalised at a sentence's
    start or before a name ("Controller, Vela Radio", "Showrunner, 51, adds") and tagged a
    person: one word the story also writes in lower case, at most twice, and nothing else."""
    # "Ms. He" is addressed as a person: a title before the word makes it a name.
    return len(mentions) <= _COMMON_NOUN_MAX and all(
        m.common and m.kind == "name" and m.type == "PERSON" and " " not in m.text.strip()
        for m in mentions
    )
