"""Verb forms written out: the pipeline runs no lemmatizer (``nlp.EXCLUDE``; the attribute
ruler gives a lemma to a few forms of "be", "have" and "do" only), so a word is read as a verb
of a list by looking its form up in a table generated here."""

from __future__ import annotations

# The irregular forms of the verbs inflected here.
_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "think": ("thought",),
    "know": ("knew", "known"),
    "feel": ("felt",),
    "find": ("found",),
    "show": ("shown",),
    "admit": ("admitted", "admitting"),
    "quip": ("quipped", "quipping"),
    "prefer": ("preferred", "preferring"),
    "regret": ("regretted", "regretting"),
    "forecast": ("forecast",),
    "speak": ("spoke", "spoken"),
    "plan": ("planned", "planning"),
    "swear": ("swore", "sworn"),
    "learn": ("learnt",),
    "seek": ("sought",),
    "see": ("saw", "seen"),
    "refer": ("referred", "referring"),
    "slam": ("slammed", "slamming"),
    "brag": ("bragged", "bragging"),
    "echo": ("echoes",),
    "rebut": ("rebutted", "rebutting"),
    "jab": ("jabbed", "jabbing"),
    "refute": ("refuted", "refuting"),
    "lay": ("laid",),
    "extol": ("extolled", "extolling"),
    "shrug": ("shrugged", "shrugging"),
    "rip": ("ripped", "ripping"),
    "spar": ("sparred", "sparring"),
    "fret": ("fretted", "fretting"),
    "aver": ("averred", "averring"),
    "concur": ("concurred", "concurring"),
    "beg": ("begged", "begging"),
    # verbs outside the reporting lexicon that quote finding reads by base form
    "sing": ("sang", "sung"),
    "give": ("gave", "given"),
    "send": ("sent",),
    "put": ("putting",),
    "hear": ("heard",),
    "prove": ("proven",),
    "spot": ("spotted", "spotting"),
}

# Verbs with a regular past beside their irregular one ("showed", "learned", "forecasted").
_REGULAR_TOO = frozenset({"show", "learn", "forecast", "echo", "prove"})


def inflect(base: str) -> set[str]:
    """The base's forms: the listed irregular ones, which replace the regular past ("said",
    never "sayed") and a doubled form its undoubled one ("admitted", never "admited"), and
    the regular ones."""
    forms = _regular(base)
    listed = _IRREGULAR.get(base, ())
    if listed and base not in _REGULAR_TOO:
        forms -= {f for f in forms if f.endswith(("ed", "d")) and f != base}
        if any(f.endswith("ing") for f in listed):
            forms -= {f for f in forms if f.endswith("ing")}
    return forms | {base, *listed}


def _regular(base: str) -> set[str]:
    forms: set[str] = set()
    if base.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    else:
        forms.add(base + "s")
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    elif not (base.endswith("y") and base[-2] not in "aeiou"):
        forms.add(base + "ed")
    if not base.endswith("e"):
        forms.add(base + "ing")
    return forms


def forms_to_base(words: str) -> dict[str, str]:
    """Each form of each space-separated base form in ``words`` ("sing cheer"), mapped to its
    base ("sang" -> "sing", "cheering" -> "cheer")."""
    return {form: base for base in sorted(words.split()) for form in inflect(base)}
