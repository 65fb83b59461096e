"""Errors crossbrief raises, each carrying the context a user needs to act on it.

    CrossbriefError
      InputError           one input (a file, a JSONL line) could not be read as an article;
                           carries ``path`` and ``reason``. The pipeline collects these and goes
                           on with the other articles.
      ModelError           no usable spaCy pipeline is installed.
      NoArticlesError      nothing at all could be read: the one error that stops a run.
      OutputError          an output file cannot be written; carries ``path`` and ``reason``.

The CLI turns these into one line on stderr and an exit code; nothing below the CLI prints.
"""

from __future__ import annotations


class CrossbriefError(Exception):
    """Base class of every error crossbrief raises on purpose."""


class InputError(CrossbriefError):
    """One input could not be read; ``path`` names it and ``reason`` says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


class ModelError(CrossbriefError):
    """No spaCy English pipeline could be loaded."""


class NoArticlesError(CrossbriefError):
    """None of the inputs yielded an article."""


class OutputError(CrossbriefError):
    """An output file cannot be written; ``path`` names it and ``reason`` says why."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: cannot write ({reason})")
        self.path = path
        self.reason = reason
