"""Publication dates from metadata, normalised to ISO (YYYY-MM-DD)."""

from __future__ import annotations

import datetime as dt
import re

from crossbrief.errors import InputError

_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalise_date(value: str) -> str | None:
    """An ISO date from a metadata value ("2022-03-06", "2022-03-06T10:00Z", "6 March 2022").

    Returns None when the value is not a date, rather than guessing.
    """
    value = value.strip()
    m = _ISO.match(value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    import dateparser  # slow import: only when a non-ISO date shows up

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def published_date(value: object, where: str) -> tuple[str | None, list[InputError]]:
    """The ISO date of a metadata ``value`` (None when there is none), and a warning naming
    ``where`` when a value was given but is not a date: the article is still read, undated,
    but the user hears that its date was not taken ("2031-13-45", "last Tuesday")."""
    if value is None or not str(value).strip():
        return None, []
    date = normalise_date(str(value))
    if date is None:
        return None, [
            InputError(where, f"date {str(value).strip()!r} is not a date; read as undated")
        ]
    return date, []
