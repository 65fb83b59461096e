"""Who is who: the people and bodies a brief's summary names only by a short form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class WhoIsWho:
    """An entity the summary names only by ``forms`` shorter than its ``name`` (a surname
    alone, an acronym never spelt out), with its ``entity`` id and ``type``."""

    forms: tuple[str, ...]
    name: str
    entity: str
    type: str
