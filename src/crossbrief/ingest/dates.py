"""Publication dates from metadata, normalised to ISO (YYYY-MM-DD)."""

from __future__ import annotations

import datetime as dt
import re

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
