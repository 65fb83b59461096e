"""The typed options of a run, shared by the pipeline and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

DEFAULT_WORDS = 120
DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Paraphrase = Literal["terms", "embeddings"]


@dataclass(frozen=True)
class Options:
    """What a user can tune. Defaults are what ``crossbrief brief`` uses.

    ``words``: word budget of the summary. ``max_bytes``: inputs larger than this are
    refused (a news article is a few kB; a huge file is almost always a mistake).
    ``model``: a spaCy pipeline name or path; None picks the best installed one.
    ``processes``: spaCy worker processes for analysis.
    ``paraphrase``: how fact groups find paraphrases: "terms" (word matching) or
    "embeddings" (also MiniLM sentence embeddings near the threshold; about as much CPU as
    analysis, so off by default).
    """

    words: int = DEFAULT_WORDS
    max_bytes: int = DEFAULT_MAX_BYTES
    model: str | None = None
    processes: int = 1
    batch_size: int = 64
    paraphrase: Paraphrase = "terms"

    def __post_init__(self) -> None:
        # a typo from library callers fails here, not after minutes of analysis
        if self.paraphrase not in get_args(Paraphrase):
            raise ValueError(
                f"paraphrase must be one of {get_args(Paraphrase)}, not {self.paraphrase!r}"
            )
