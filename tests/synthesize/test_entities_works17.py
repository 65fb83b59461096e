"""Entity rows from the fourth read of session 17: a party's name split by the NER into its
adjective and a country's name, and a prefixed adjective ("post-Velmoran") taken for a name.
Invented articles; the NER's slips are tagged by hand."""

from __future__ import annotations

from crossbrief.synthesize.entities.junk import is_prefixed_modifier
from tests.synthesize.test_entities import article, entities


def _rows(*articles: object) -> dict[str, tuple[str, int]]:
    found, _ = entities(*articles)  # type: ignore[arg-type]
    return {e.name: (e.type, sum(a.count for a in e.aliases)) for e in found}


def test_a_party_named_democratic_and_a_country_is_one_party() -> None:
    text = (
        "Ann Lee, of the party Democratic Velmora, was elected. "
        "Lee joined Democratic Velmora in 1990. Velmora held a vote."
    )
    tags = [("Ann Lee", "PERSON"), ("Democratic", "NORP"), ("Velmora", "GPE")]
    tags += [("Lee", "PERSON"), ("Democratic", "NORP"), ("Velmora", "GPE"), ("Velmora", "GPE")]
    rows = _rows(article("a", text, tags))
    assert rows["Democratic Velmora"][0] == "ORG"
    assert "Democratic" not in rows
    # the country keeps only its own mention
    assert rows["Velmora"] == ("GPE", 1)


def test_a_party_adjective_before_a_members_state_is_no_party() -> None:
    # Negative: "Democratic Velton Sen. Ann Lee" names a member from a state; and a party's
    # adjective before a person stays apart from the person.
    text = "Democratic Velton Sen. Ann Lee spoke. Progressive Tom Bell agreed."
    tags = [("Democratic", "NORP"), ("Velton", "GPE"), ("Ann Lee", "PERSON")]
    tags += [("Progressive", "NORP"), ("Tom Bell", "PERSON")]
    rows = _rows(article("a", text, tags))
    assert "Democratic Velton" not in rows
    assert rows["Velton"][0] == "GPE"
    assert rows["Tom Bell"][0] == "PERSON"


def test_a_prefixed_adjective_is_no_name() -> None:
    text = "Crime rose in post-Velmoran Orla. Ann Lee said post-Velmoran rules failed."
    tags = [("post-Velmoran", "EVENT"), ("Orla", "GPE"), ("Ann Lee", "PERSON")]
    tags += [("post-Velmoran", "NORP")]
    rows = _rows(article("a", text, tags))
    assert "post-Velmoran" not in rows
    assert rows["Orla"][0] == "GPE"


def test_a_name_with_an_arabic_particle_is_no_prefixed_adjective() -> None:
    # Negative: "al-" and "el-" open names; a prefix before a lower-case word is no span.
    assert is_prefixed_modifier("pre-Orvex")
    assert not is_prefixed_modifier("al-Velmari")
    assert not is_prefixed_modifier("el-Orla")
    assert not is_prefixed_modifier("post-war")
    assert not is_prefixed_modifier("post-Velmoran Orla")


def test_a_title_split_at_and_the_is_one_work() -> None:
    text = (
        "Films like Tom Varga and The Keeper Of Orla took $10m. "
        "Tom Varga and The Keeper Of Orla opened in May."
    )
    tags = [("Tom Varga", "PERSON"), ("The Keeper Of Orla", "WORK_OF_ART")] * 2
    rows = _rows(article("a", text, tags))
    assert "Tom Varga" not in rows
    assert rows["Tom Varga and The Keeper Of Orla"] == ("WORK_OF_ART", 2)


def test_a_person_and_a_lower_case_the_work_stay_apart() -> None:
    # Negative: "and the" in lower case joins two things in running text, and "The" after
    # "and" before a body (a newspaper) opens no title of a work.
    text = (
        "Ann Lee and the Keeper Of Orla cast met. Tom Bell and The Orla Herald disagreed. "
        "Ann Lee left."
    )
    tags = [("Ann Lee", "PERSON"), ("Keeper Of Orla", "WORK_OF_ART"), ("Tom Bell", "PERSON")]
    tags += [("The Orla Herald", "ORG"), ("Ann Lee", "PERSON")]
    rows = _rows(article("a", text, tags))
    assert rows["Ann Lee"][0] == "PERSON"
    assert rows["Tom Bell"][0] == "PERSON"
    assert "Orla Herald" in rows or "The Orla Herald" in rows


def test_a_games_subtitle_after_a_colon_names_the_game() -> None:
    text = (
        "Sales rose after the game Orla Quest: Brenn Streets came out. "
        "Brenn Streets sold a million copies."
    )
    tags = [("Orla Quest", "ORG"), ("Brenn Streets", "LOC"), ("Brenn Streets", "LOC")]
    rows = _rows(article("a", text, tags))
    assert rows["Brenn Streets"] == ("PRODUCT", 2)


def test_a_name_after_game_with_no_subtitle_or_a_country_keeps_its_kind() -> None:
    # Negative: with no colon the name may be a side that played ("after the game Velmora
    # Town said"), and a country's name is never retyped story-wide from one title.
    text = (
        "After the game Brenn Streets said it was tired. "
        "Fans bought the game Orla Quest: Velmora. Velmora held a vote."
    )
    tags = [("Brenn Streets", "LOC"), ("Orla Quest", "ORG"), ("Velmora", "GPE")]
    tags += [("Velmora", "GPE")]
    rows = _rows(article("a", text, tags))
    assert rows["Brenn Streets"][0] == "LOC"
    assert rows["Velmora"][0] == "GPE"


def test_a_genre_compound_before_the_medium_is_no_body() -> None:
    text = "Ann Lee played sci-fi TV's oldest hero. The state-run Velmora Radio said so."
    tags = [("Ann Lee", "PERSON"), ("sci-fi TV's", "ORG"), ("state-run Velmora Radio", "ORG")]
    rows = _rows(article("a", text, tags))
    assert not [name for name in rows if "TV" in name]
    # the body a description opens keeps its own name
    assert rows["Velmora Radio"][0] == "ORG"


def test_a_channel_named_with_tv_stays_a_body() -> None:
    # Negative: "TV" after a name is a channel's name, and a particle opens a name.
    text = "Velmora TV aired the film. Ann Lee met al-Orla Brenn."
    tags = [("Velmora TV", "ORG"), ("Ann Lee", "PERSON"), ("al-Orla Brenn", "PERSON")]
    rows = _rows(article("a", text, tags))
    assert rows["Velmora TV"][0] == "ORG"
    assert rows["al-Orla Brenn"][0] == "PERSON"
