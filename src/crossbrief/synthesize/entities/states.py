"""US state abbreviations in the Associated Press style a dateline or a party tag writes
("Orlen, Ala.", "Sen. Lee (D-Md.)"): a closed, public list. Such a form names its state
and no organisation or country whose initials or code it happens to spell ("Ala." is not
an "Arts League of America", "La." not Laos). The all-capital dotted ones ("N.Y.",
"N.J.") are read as acronyms already and are left out: "N.Y." beside "New York" may be the
city's. "Ga." is keyed as "Wash." is, apart from the country of that name: "Atlanta, Ga."
in a story on the country Georgia is not the country."""

from __future__ import annotations

STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia State", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "Okla.": "Oklahoma",
    "Ore.": "Oregon", "Pa.": "Pennsylvania", "Tenn.": "Tennessee", "Vt.": "Vermont",
    "Va.": "Virginia", "Wash.": "Washington State", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
