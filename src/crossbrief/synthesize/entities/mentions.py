"""Mentions as synthesis groups them: the story's NER spans with titles, kinds and keys."""

from __future__ import annotations

import re
from dataclasses import replace

from crossbrief.analyze.party_tags import PARTY_TAG
from crossbrief.synthesize.entities.bills import law_kind, law_name_start
from crossbrief.synthesize.entities.common_words import mark_common_words
from crossbrief.synthesize.entities.cues import charge_acronyms, is_medium, is_offence
from crossbrief.synthesize.entities.cut_names import completed_name, without_dangling
from crossbrief.synthesize.entities.date_words import is_date_words, without_clock
from crossbrief.synthesize.entities.designators import (
    designated_kind,
    form_kind,
    suffix_after,
)
from crossbrief.synthesize.entities.gender import (
    first_name_gender,
    is_subject_pronoun,
    person_cues,
    pronoun_after,
    pronoun_gender,
)
from crossbrief.synthesize.entities.given_names import is_aged, joined_given_names
from crossbrief.synthesize.entities.group_names import joined_group_names
from crossbrief.synthesize.entities.groups import KeyGroup as KeyGroup
from crossbrief.synthesize.entities.groups import StoryMention as StoryMention
from crossbrief.synthesize.entities.groups import UnionFind as UnionFind
from crossbrief.synthesize.entities.groups import vote as vote
from crossbrief.synthesize.entities.junk import (
    is_address,
    is_body_part,
    is_party_tag,
    is_prefixed_modifier,
    is_stance_adjective,
    without_description,
    without_glued_quote,
    without_members,
    without_number,
    without_opener,
    without_unit,
)
from crossbrief.synthesize.entities.kinds import (
    craft_label,
    craft_names,
    crafts_throughout,
    is_credential,
    is_no_name,
    model_of_craft,
)
from crossbrief.synthesize.entities.media import media_outlets
from crossbrief.synthesize.entities.mention_lines import DATELINE_MARK, is_dateline, opens_line
from crossbrief.synthesize.entities.mention_lines import is_title_case as is_title_case
from crossbrief.synthesize.entities.name_lists import in_name_list
from crossbrief.synthesize.entities.names import clean_form, mention_key, name_key, trim
from crossbrief.synthesize.entities.parties import joined_party_names, opened_party_names
from crossbrief.synthesize.entities.people_places import places_of_peoples
from crossbrief.synthesize.entities.surname_forms import slipped_apostrophe_key
from crossbrief.synthesize.entities.title_abbreviations import (
    is_title_abbreviation,
    without_position,
    without_silk,
)
from crossbrief.synthesize.entities.title_qualifiers import ends_in_title, title_qualifiers
from crossbrief.synthesize.entities.title_runs import titled as titled
from crossbrief.synthesize.entities.venues import ground_at, site_after
from crossbrief.synthesize.entities.vocabulary import (
    POSSESSIVE,
    POSSESSIVE_AFTER,
    TIME_ZONES,
    WIRE_SLUG,
)
from crossbrief.synthesize.entities.works import joined_titles, work_label, work_names
from crossbrief.synthesize.story import Story

# Words that put the name after them on a map.
# (This and the windows' other searches before a name look ahead for the first letters of
# their words: that changes no match, and lets the search skip to those letters.)
_PLACE_CUE = re.compile(
    r"(?=[NnoOpctvsew])\b(?:[Nn]ear|off|[Oo]utside|(?:port|city|town|village|coast|outskirts) of|"
    r"(?:north|south|east|west)(?:-?(?:east|west))? of)[ \t]+$"
)
# Words after which a name is a place and not a person: "in North Orsk", "the provincial
# capital North Orsk" (a person is "in" something only through a possessive: "in Smith's").
_NOT_A_PERSON_CUE = re.compile(
    r"(?=[iNnoOcptv])\b(?:in|[Nn]ear|off|[Oo]utside|capital|city|town|village|province)[ \t]+$"
)
# Local offices a place's name qualifies ("Goteborg police", "Goteborg's rescue services", "a
# former Goteborg firefighter"): the NER calls such a name an organisation.
_LOCAL_OFFICE_AFTER = re.compile(
    r"(?:['\u2019]s)?[ \t]+(?:police|city council|city hall|mayor|municipal\w*|(?:chief )?"
    r"prosecutors?|firefighters?|fire (?:department|brigade|chief)|(?:rescue|emergency) services)"
    r"\b"
    # and an apposition that says what place it is ("Orsk, the capital of North Velmora").
    r"|,[ \t]+(?:the|a)[ \t]+(?:[\w-]+[ \t]+)?(?:capital|city|town|village|province|district)"
    r"(?:[ \t]+of\b|[,.;])"
)
# A verb of saying or deciding right after a name: what a capital does as its government.
_SPEAKS = re.compile(
    r"[ \t]+(?:(?:has|have|had|also|again|quickly|flatly) )?(?:said|says|denied|denies|"
    r"accused|accuses|rejected|rejects|warned|warns|decided|decides|announced|announces|"
    r"insisted|insists|claimed|claims|refused|refuses|agreed|agrees|confirmed|confirms|"
    r"blamed|blames|responded|responds|demanded|demands|condemned|condemns|vowed|vows)\b"
)
# A number ending a span right before "against" or "votes" is a vote tally.
_TALLY = re.compile(r"\s+\d+$")
_AGAINST = re.compile(r"[ \t]+(?:against|votes?)\b")
# What puts a name on a map as a point: a bearing or a distance ("300 miles west of
# Stockholm", "20 km from Khartoum"), "near", "outside", "the outskirts of". "In Washington"
# is left alone: news uses it for the government as often as for the city.
# (The look-ahead of the alternatives' first letters changes no match: it lets the search skip
# to them, which the leading ``\b`` keeps it from.)
_PLACE_PREPOSITION = re.compile(
    r"(?=[nsewmkNoO])(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)? of"
    r"|\b(?:miles|kilometers|kilometres|km|meters|metres) (?:from|of|outside)"
    r"|\b[Nn]ear|\b[Oo]utside|\boutskirts of|\bsuburbs? of)"
    r"(?:[ \t]+the (?:capital|city),?)?[ \t]+$"  # "southwest of the capital, Stockholm"
)
# An apposition that calls a name a capital or a city (", the South's capital", ", the
# capital of Velora", ", a port city"): the city itself, not its government.
_CITY_APPOSITION = re.compile(
    r",[ \t]+(?:the|a|its)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,2}?(?:capital|city)\b"
)
# "a visit to Velora": a capital one travels to is the city itself; and so is one after a
# name's "of" ("owners Ann Lee of Velora"), where its bearer is from or what they run.
# (Possessive runs: backtracking into them cannot make a match, only slow the search.)
_LOCATIVE = re.compile(
    r"\b(?:visit|trip|flight|journey)s? to[ \t]+$|\w[ \t]++[A-Z][\w'\u2019-]*+ of[ \t]+$"
)
# How every match of ``_PLACE_PREPOSITION`` and ``_LOCATIVE`` ends, the spaces after it
# aside: a window before a name ending otherwise (most) is not searched, which would try each
# of its positions.
_PLACING_ENDS = ("of", "to", "from", "ear", "utside", "capital", "city", ",")


def _ends_placing(body: str, start: int) -> bool:
    """Whether the text before ``start`` may end as ``_PLACE_PREPOSITION`` or ``_LOCATIVE``
    (a match ends there, then spaces and at most a line break)."""
    return body[max(0, start - 40) : start].rstrip().endswith(_PLACING_ENDS)


_QUOTE_OR_BRACKET = re.compile(r"[\"\u201c\u201d()]")
# A quote mark the NER took into a span: an opening one, or the closing one of the quote
# before the name ("...,'' Cossutta told reporters").
_OPENING_QUOTE = re.compile(r"(?:``|''|[`'\u2018\u201d])\s*")
# The rest of a word a span stopped inside ("Jae-" + "in").
_WORD_REST = re.compile(r"(?<=[\w-])\w[\w-]*\w|(?<=[\w-])\w")
# Characters no name holds: markup and placeholders the NER took for one ("MDASSML%%").
_MARKUP = re.compile(r"[%<>{}|=#\\]")
# A first name joined by "and" to a full name shares its surname ("Arun and Mira Velko"),
# if it is a given name and no surname of the story ("Lee and Ivo Brenn").
_SHARED_SURNAME = re.compile(
    r"[ \t]+(?:and|&)[ \t]+([A-Z][\w'\u2019-]+)((?:[ \t]+[A-Z][\w'\u2019-]+)+)"
)
# An office "of" its portfolio right before a one-word span ("Secretary of State", "Minister
# of Finance"): the word names the office's field, not an organisation of the story.
_PORTFOLIO_BEFORE = re.compile(r"\b(?:[Ss]ecretary|[Mm]inister)[ \t]+of[ \t]+$")
# A comma between two capitalised words of a person's span, not before a generation: a list
# of names ("Eccles, Tenby"), not one name.
_NAME_LIST = re.compile(r"[A-Za-z], (?!(?:Jr|Sr|II|III|IV)\b)[A-Z]")
# A relative pronoun for a person right after a name ("Velko, who", "Velko -- who").
_WHO_AFTER = re.compile(r"(?:,|[ \t]+(?:--|\u2014|\u2013))?[ \t]+who\b")
# A definite article right before a span: a person's name alone takes none.
_THE_BEFORE = re.compile(r"\bthe[ \t]+$")
# A lower-case word right after a span: it stopped inside a sentence.
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
# Labels of a name before a craft's noun that make it the craft's own ("the Velora control
# module", tagged a person or a product): a body's there is a maker's ("a Velo jet").
_CRAFT_MODEL_LABELS = frozenset({"PERSON", "PRODUCT"})
# Names that may go on after a colon: titles of works, events, laws and products.
_TITLED_WORKS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})
# A generational suffix the NER left out of a person's name.
_GENERATION_AFTER = re.compile(r",?[ \t]+(?:Jr|Sr|II|III|IV)\b\.?")


def collect(story: Story) -> dict[str, KeyGroup]:
    """Every NER mention of the story, with the titles before it, grouped by name key."""
    nodes: dict[str, KeyGroup] = {}
    qualifiers = title_qualifiers(story)
    # A person span that is only a title ("Maj." before "Gen. Bagus Ekodanto") names no one:
    # the title run of the name after it may take it in.
    taken = {
        a.article.id: [
            (m.start, m.end)
            for m in a.mentions
            if (a.article.id, m) not in qualifiers
            and not (m.type == "PERSON" and ends_in_title(m.text) and " " not in m.text.strip())
        ]
        for a in story.articles
    }
    person_starts = {
        a.article.id: {m.start for m in a.mentions if m.type == "PERSON"} for a in story.articles
    }
    starts = {a.article.id: {m.start for m in a.mentions} for a in story.articles}
    person_ends = {
        a.article.id: {m.end for m in a.mentions if m.type == "PERSON"} for a in story.articles
    }
    # The last words of the story's full person names: "Lee and Ivo Brenn" are two
    # people when the story also writes "Ann Lee".
    surnames = {
        words[-1]
        for a in story.articles
        for m in a.mentions
        if m.type == "PERSON" and len(words := name_key(clean_form(m.text, "PERSON")).split()) > 1
    }
    charges = charge_acronyms(story)
    crafts: set[str] = set()  # keys the story calls a vessel or an aircraft
    works: dict[str, str] = {}  # keys the story calls software or a programme -> label
    for a in story.articles:
        body = a.article.text
        # The party letter and the state of a tag ('(R-Va.)') are no names.
        tags = [t.span() for t in PARTY_TAG.finditer(body)]
        crafts.update(name_key(trim(name)) for name in craft_names(body))
        works.update({name_key(trim(n)): kind for n, kind in work_names(body).items()})
        own_qualifiers = [(q.start, q.end) for aid, q in qualifiers if aid == a.article.id]
        headlines: dict[int, bool] = {}  # sentence -> whether a title-case headline
        joined = joined_given_names(
            joined_group_names(
                opened_party_names(joined_party_names(a.mentions, body), body), body
            ),
            body,
        )
        for mention in joined_titles(joined, body):
            if qualifiers and (a.article.id, mention) in qualifiers:  # most stories have none
                continue
            if tags and any(s < mention.end and mention.start < e for s, e in tags):
                continue
            raw, start, end = mention.text, mention.start, mention.end
            quote = _OPENING_QUOTE.match(raw)
            if quote and quote.end() < len(raw):  # "`` Tara Reid": the name starts after it
                raw, start = raw[quote.end() :], start + quote.end()
            # A wire's closing mark (``Velmora Skies''), where no opening one inside the span
            # leaves the name's bounds unclear ("these ``Velmora Notebooks''").
            if raw.endswith("''") and len(raw) > 2 and "``" not in raw:
                cut = raw[:-2].rstrip()
                raw, end = cut, start + len(cut)
            glued = without_glued_quote(raw, start, end)
            if glued is None:  # "said,'Ah mate": a verb and a quote's first words
                continue
            raw, start, end = glued
            rest = _WORD_REST.match(body, end)
            if rest and (raw.endswith("-") or raw[-1:].isalnum()):
                # A name ends at a word's end: the NER stops inside "Moon Jae-in".
                raw, end = raw + rest.group(), end + len(rest.group())
            generation = _GENERATION_AFTER.match(body, end) if mention.type == "PERSON" else None
            if generation:  # the NER stops at the comma of "Comeaux, Jr."
                raw, end = raw + generation.group(), end + len(generation.group())
            raw, end, kind = completed_name(raw, end, body, mention.type, starts[a.article.id])
            if kind != mention.type:  # "Velmora" of "the Velmora 49ers": the team's name
                mention = replace(mention, type=kind)
            suffix = suffix_after(body, end)  # "Velmar" of "Velmar Re": the firm's whole name
            raw, end = raw + suffix.rstrip("."), end + len(suffix.rstrip("."))
            colon = raw.find(": ")
            if (
                colon > 0
                and mention.type not in _TITLED_WORKS
                and opens_line(body, start)
                and _LOWER_NEXT.match(body, end)
            ):
                # A "Name: phrase" line ("Lee: Ahead by a mile.") heads a paragraph with a
                # name; a title goes on after its colon, mid-sentence ("saw X-Men: First
                # Class") or as a headline of its own ("Gazette: Gulls Make Offer").
                raw, end = raw[:colon], start + colon
            tally = _TALLY.search(raw) if _AGAINST.match(body, end) else None
            if tally:  # "Parliament 313 against the motion": a vote count, not the name's
                raw, end = raw[: tally.start()], end - len(tally.group())
            raw, start = without_opener(raw, start, body, mention.type)
            raw, start, position = without_position(raw, start, mention.type)
            if position:  # "Hawks QB Ann Lee": a player, whatever the NER said
                mention = replace(mention, type="PERSON")
            raw, start = without_clock(raw, start)
            raw, start = without_unit(raw, start, body)
            raw, start = without_description(raw, start)
            raw, end = without_number(raw, end, mention.type, body)
            raw, end, silk = without_silk(raw, end)
            raw, end, members = without_members(raw, end)
            if members and not raw.strip():
                continue  # "MPs": a class of people, no entity
            # "Orla Democrat MPs": the party's word is the name; a party's whole name ("Orla
            # Party MEP") keeps its label.
            if members and not raw.endswith("Party"):
                mention = replace(mention, type="NORP")
            if silk:  # "Ann Lee QC": a barrister, whatever the NER said
                mention = replace(mention, type="PERSON")
            if law := law_kind(raw, body, start, mention.type):
                mention = replace(mention, type=law)  # "the Finance Bill": no one's name
                lead = law_name_start(body, start) if " " not in raw.strip() else start
                if not any(lead < e and s < start for s, e in taken[a.article.id]):
                    raw, start = body[lead:end], lead  # the words the NER left out
            # "University of Tessaly" tagged a person: its key is the school's whole name.
            tagged = form_kind(raw, body, start) or mention.type
            name = clean_form(raw, tagged) if tagged == "PERSON" else without_dangling(trim(raw))
            key = mention_key(name, tagged)
            if tagged == "PERSON":  # "Mr Ree's" for "Mr Rees's"
                key = slipped_apostrophe_key(
                    key, body, end, surnames, mention_key(name + "s", tagged)
                )
            shared = _SHARED_SURNAME.match(body, end) if mention.type == "PERSON" else None
            if (
                shared
                and " " not in key
                and shared.start(1) in person_starts[a.article.id]
                and key not in surnames
                and first_name_gender(key) is not None
            ):
                key = name_key(
                    f"{name}{POSSESSIVE.sub('', shared.group(2))}"
                )  # "Arun and Mira Velko"
            # A time zone in capitals ("GMT") or a wire slug ("6th graf prv") is no entity.
            if (
                not key
                or (raw.isupper() and key in TIME_ZONES)
                or WIRE_SLUG.search(raw)
                or _MARKUP.search(raw)
                or is_address(raw)
                or is_date_words(raw, body, end)
                or is_prefixed_modifier(raw)
                or is_stance_adjective(raw, start, body)
                or is_body_part(raw, body, end)
                or is_party_tag(raw, body, start)
                or is_no_name(raw, body, start, mention.type)
                or is_credential(raw, body, start, end, person_ends[a.article.id])
                or is_title_abbreviation(
                    raw, body, start, end, person_starts[a.article.id], person_ends[a.article.id]
                )
            ):
                continue
            if mention.type == "PERSON" and (ends_in_title(raw) or len(key) == 1):
                continue  # a title or a lone initial ("I.", "K.") names no one
            if mention.type == "PERSON" and _NAME_LIST.search(raw):
                continue  # "Lee, Bell": two names of a list run together, neither alone
            if (
                mention.type == "ORG"
                and " " not in raw.strip()
                and _PORTFOLIO_BEFORE.search(body, max(0, start - 30), start)
            ):
                continue  # "Secretary of State": the office's portfolio, no organisation
            if raw.isupper() and " " not in raw and is_offence(body, start, end, charges, raw):
                continue  # "arrested for DWX", "a prior DWX charge": a charge, no entity
            # The mention ends where the name does: what the NER ran on into ("HP to Acquire
            # Data Center") is not the entity's.
            at = raw.find(name)
            if at >= 0:
                end = start + at + len(name.rstrip())
                if at and _QUOTE_OR_BRACKET.search(raw, 0, at):  # 'The Chin" Gigante'
                    start += at
            label = mention.type
            aged = is_aged(body, start, end, raw)
            if label != "PERSON" and (
                _PLACE_CUE.search(body, max(0, start - 20), start)
                or _LOCAL_OFFICE_AFTER.match(body, end)
            ):
                label = (
                    "GPE"  # "off Velmora", "the port of Velmora": a place, whatever the NER said
                )
            elif (
                label == "PERSON"
                and _NOT_A_PERSON_CUE.search(body, max(0, start - 20), start)
                and not POSSESSIVE_AFTER.match(body, end)
            ):
                label = "GPE"
            elif label == "PERSON" and (site := site_after(body, end, start)):
                label = site  # "the Orsa refugee camp", "Vamo airport": the site's name
            elif label == "PERSON" and is_medium(body, start, end, raw):
                label = "ORG"  # "posted on Velo", "took to Velo": a network or a site
            elif label in {"PERSON", "ORG"} and ground_at(raw, body, start):
                label = "FAC"  # "lost at Kestow Park": the ground, not a person or a club
            elif label != "PERSON" and aged:
                label = "PERSON"  # "Mira, 16,": a given name with an age in apposition
            if label in _CRAFT_MODEL_LABELS and model_of_craft(body, end):
                crafts.add(key)  # "the Velora control module": Velora is the craft throughout
            label = work_label(body, end, craft_label(raw, body, start, end, label))
            designated = designated_kind(raw, body, start, end, label, person_starts[a.article.id])
            m = titled(
                a.article.id,
                body,
                start,
                end,
                label,
                taken[a.article.id],
                own_qualifiers,
                person_starts[a.article.id],
            )
            if designated:  # "Former Orlen University": a title run makes no school a person
                m.type = m.designated = designated
            m.aged = aged
            m.determined = bool(_THE_BEFORE.search(body, max(0, m.start - 4), m.start))
            m.place_use = bool(
                (
                    _ends_placing(body, m.start)
                    and (
                        _PLACE_PREPOSITION.search(body, max(0, m.start - 40), m.start)
                        or _LOCATIVE.search(body, max(0, m.start - 40), m.start)
                    )
                )
                or is_dateline(body, m.start, m.text)
                or _CITY_APPOSITION.match(body, m.end)
            )
            # Spelled in capitals by typography only: a place opening a line before a
            # dateline's mark ("BEIJING (AP) --", "PALM BEACH, Fla. -"), not "CNN reported".
            m.dateline = (
                m.place_use
                and label in {"GPE", "LOC"}
                and is_dateline(body, m.start, m.text)
                and bool(DATELINE_MARK.match(body, m.end))
            )
            m.speaks = bool(_SPEAKS.match(body, m.end))
            m.sentence = a.sentence_index(m.start)
            if a.sentences:  # read once per sentence: its mentions ask one after another
                if m.sentence not in headlines:
                    headlines[m.sentence] = is_title_case(a.sentence_text(m.sentence))
                m.headline = headlines[m.sentence]
            sentence_end = a.sentences[m.sentence].end if a.sentences else len(body)
            after = pronoun_after(body, m.end, sentence_end)
            pronoun = pronoun_gender(after)
            m.personal = is_subject_pronoun(after) or bool(_WHO_AFTER.match(body, m.end))
            if m.type == "PERSON":
                opening = a.sentences[m.sentence].start if a.sentences else None
                m.gender, m.relation = person_cues(body, m.start, m.end, m.text, opening)
                m.pronoun = pronoun
                m.listed = in_name_list(
                    body, m.start, m.end, person_starts[a.article.id], person_ends[a.article.id]
                )
            if key not in nodes:  # (not ``setdefault``, which would build a group per mention)
                nodes[key] = KeyGroup(key)
            nodes[key].mentions.append(m)
    crafts_throughout(nodes, crafts | {k for k, v in works.items() if v == "PRODUCT"}, surnames)
    crafts_throughout(
        nodes, {k for k, v in works.items() if v != "PRODUCT"}, surnames, "WORK_OF_ART"
    )
    places_of_peoples(nodes)
    mark_common_words(story, (m for node in nodes.values() for m in node.mentions))
    media_outlets(story, nodes)
    return nodes
