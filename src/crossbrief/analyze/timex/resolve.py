"""Anchor-free relative forms (see ``crossbrief.analyze.timex``) resolved against a date."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from crossbrief.analyze.timex.feasts import feast_day, feast_value

# How far after the article date a month-day named in a past-tense clause may fall and still
# be read as this year's ("the deadline was moved to Dec. 15"), and how far before it one in
# a future-tense clause may ("said it would vote on Oct. 23", reported two days later):
# beyond them, the tense decides the year.
PAST_GRACE_DAYS = 60
FUTURE_GRACE_DAYS = 14
# A feast told in the past is one already kept: the 60-day grace is for scheduled deadlines
# ("the vote was set for June 2"), and a holiday is not scheduled by the story.
FEAST_PAST_GRACE_DAYS = 3


def _date(s: str | None) -> dt.date | None:
    if not s:
        return None
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        return None


def _shift_months(base: dt.date, months: int) -> tuple[int, int]:
    n = base.year * 12 + base.month - 1 + months
    return n // 12, n % 12 + 1


def _nearest_year(
    base: dt.date, month: int, day: int, direction: int, past_grace: int = PAST_GRACE_DAYS
) -> int:
    year = base.year
    try:
        candidate = dt.date(year, month, day)
    except ValueError:
        candidate = dt.date(year, month, 28)
    if direction > 0:
        # Told in the future, a day a little before the anchor is reported speech from then.
        return year + 1 if (base - candidate).days > FUTURE_GRACE_DAYS else year
    if direction == -1:
        # Told in the past, a day soon after the anchor is still usually a scheduled one.
        return year - 1 if (candidate - base).days > past_grace else year
    if direction < -1:
        return year - 1 if candidate >= base else year
    # Without tense, a month-day more than half a year away is almost always the nearer one.
    if (candidate - base).days > 183:
        return year - 1
    if (base - candidate).days > 183:
        return year + 1
    return year


def resolve_relative(relative: str, anchor: str | None) -> str | None:
    """The TIMEX3 value of an anchor-free ``relative`` form, given the anchor date."""
    base = _date(anchor)
    if base is None:
        return None
    relative, _, suffix = relative.partition("@")
    value = resolve(relative, base)
    if value and suffix and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        value = iso_week(value) if suffix == "WK" else value + suffix
    return value


def iso_week(day: str) -> str:
    """The ISO week of a day, "2022-W09": "the week of March 6"."""
    iso = dt.date.fromisoformat(day).isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


def resolve(relative: str, base: dt.date) -> str | None:
    """``resolve_relative`` without a part-of-day suffix, on a parsed anchor date."""
    kind, *args = relative.split(":")
    try:
        nums = [int(a) for a in args if re.fullmatch(r"-?\d+", a)]
    except ValueError:
        return None
    if kind == "W":
        weekday, direction = nums[0], nums[1]
        delta = weekday - base.weekday()
        if direction == -3:
            # the weekday of the week (Monday to Sunday) before the anchor's
            return (base + dt.timedelta(days=delta - 7)).isoformat()
        if direction < 0 and delta > 0:
            delta -= 7
        elif direction > 0 and delta < 0:
            delta += 7
        elif direction == 0 and delta > 3:
            delta -= 7
        elif direction == 0 and delta < -3:
            delta += 7
        if direction == -2 and delta == 0:
            delta = -7
        elif direction == 2 and delta == 0:
            delta = 7
        return (base + dt.timedelta(days=delta)).isoformat()
    if kind == "D":
        return (base + dt.timedelta(days=nums[0])).isoformat()
    if kind == "DS":
        # A day next to another relative day: "DS:-1:W:1:-2" the day before last Tuesday.
        beside = _date(resolve(":".join(args[1:]), base))
        return (beside + dt.timedelta(days=nums[0])).isoformat() if beside else None
    if kind == "YS":
        # Years back from a relative day: "YS:-10:W:0:0" ten years before this Monday.
        beside = _date(resolve(":".join(args[1:]), base))
        if beside is None:
            return None
        year = beside.year + nums[0]
        # 29 February moved to a common year is the 28th.
        day = beside.day if beside.month != 2 or calendar.isleap(year) else min(beside.day, 28)
        return dt.date(year, beside.month, day).isoformat()
    if kind in {"WK", "WE"}:
        weeks = nums[0]
        if kind == "WE" and len(nums) > 1:
            # "the weekend" told in the past on a weekday is the one just gone.
            if nums[1] < 0 and base.weekday() < 5:
                weeks -= 1
            elif nums[1] > 0 and base.weekday() == 6:
                weeks += 1
        iso = (base + dt.timedelta(weeks=weeks)).isocalendar()
        return f"{iso[0]}-W{iso[1]:02d}" + ("-WE" if kind == "WE" else "")
    if kind == "M":
        year, month = _shift_months(base, nums[0])
        return f"{year:04d}-{month:02d}"
    if kind == "Y":
        return f"{base.year + nums[0]:04d}"
    if kind == "DM":
        # A day of the month alone: this month's, or an adjacent one's by the tense.
        day, direction = nums[0], nums[1]
        shift = (
            -1 if direction < 0 and day > base.day else 1 if direction > 0 and day < base.day else 0
        )
        year, month = _shift_months(base, shift)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "C":
        return f"{base.year // 100 + nums[0]:02d}"
    if kind == "DE":
        return f"{base.year // 10 + nums[0]:03d}"
    # A holiday told in the past ("H"): one already kept, with a feast's grace.
    # A day told as gone ("P") has the feast's grace too: only a day set ahead may follow.
    grace = FEAST_PAST_GRACE_DAYS if args[-1:] in (["H"], ["P"]) else PAST_GRACE_DAYS
    if kind == "MD":
        month, day = nums[0], nums[1]
        year = _nearest_year(base, month, day, nums[2] if len(nums) > 2 else 0, grace)
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if kind == "NW":
        # The n-th (or last) given weekday of a month: Thanksgiving, Labor Day.
        month, weekday, n = nums[0], nums[1], nums[2]
        direction = nums[3] if len(nums) > 3 else 0
        if direction == -1 and args[-1:] == ["H"]:
            found = _nth_weekday(base.year, month, weekday, n)
            # this year's, unless it is still more than the grace ahead of the anchor
            late = (found - base).days > grace
            return _nth_weekday(base.year - late, month, weekday, n).isoformat()
        # direction 2: the year of the anchor, whatever the distance.
        year = base.year if direction == 2 else _nearest_year(base, month, 15, direction)
        return _nth_weekday(year, month, weekday, n).isoformat()
    if kind in {"EA", "EAW"}:
        # Easter and the feasts counted from it: the nearest year's, by the tense as "MD".
        near = feast_day(base.year, nums[0])
        tense = nums[1] if len(nums) > 1 else 0
        year = _nearest_year(base, near.month, near.day, tense, FEAST_PAST_GRACE_DAYS)
        return feast_value(kind, year, nums[0])
    if kind == "MO":
        month = nums[0]
        direction = nums[1] if len(nums) > 1 else 0
        if direction == -2:
            # "last June": the latest June before the anchor's month.
            return f"{base.year - (month >= base.month):04d}-{month:02d}"
        if direction == 2:
            return f"{base.year + 1:04d}-{month:02d}"
        if direction == 3:
            return f"{base.year:04d}-{month:02d}"
        year = _nearest_year(base, month, 15, direction)
        if direction == 0 and month == base.month:
            year = base.year
        return f"{year:04d}-{month:02d}"
    if kind == "YR":
        # A day of the year a phrase names: "YR:-1:MD:12:25" Christmas of the year before.
        return _in_year_of(base.year + nums[0], args[1], nums[1:])
    if kind == "YM":
        return f"{base.year + nums[1]:04d}-{nums[0]:02d}"
    if kind == "Q":
        year = base.year + nums[1]
        if len(nums) > 2 and nums[2] < 0 and (nums[0] - 1) * 3 + 1 > base.month:
            year -= 1  # told in the past: a quarter not yet begun is last year's
        return f"{year:04d}-Q{nums[0]}"
    if kind == "QS":
        n = base.year * 4 + (base.month - 1) // 3 + nums[0]
        return f"{n // 4:04d}-Q{n % 4 + 1}"
    if kind == "H":
        return f"{base.year + nums[1]:04d}-H{nums[0]}"
    if kind == "SE":
        return f"{base.year + nums[0]:04d}-{args[0]}"
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The ``n``-th ``weekday`` (0 Monday) of a month of ``year``, the last for ``n`` < 1."""
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _in_year_of(year: int, kind: str, nums: list[int]) -> str | None:
    """The day a month-day ("MD"), n-th weekday ("NW") or feast ("EA", "EAW") form names in
    ``year``, or None."""
    if kind == "MD":
        try:
            return dt.date(year, nums[0], nums[1]).isoformat()
        except ValueError:
            return None
    if kind == "NW":
        return resolve(f"NW:{nums[0]}:{nums[1]}:{nums[2]}:2", dt.date(year, 1, 1))
    if kind in {"EA", "EAW"} and dt.MINYEAR < year < dt.MAXYEAR:
        return feast_value(kind, year, nums[0])
    return None


def shift_focus(focus: tuple[str | None, str | None], years: int) -> tuple[str | None, str | None]:
    """The quarter ``focus`` (value, relative) moved by whole years."""
    value, relative = focus
    if relative:
        kind, *args = relative.split(":")
        if kind == "Q":
            return None, ":".join(["Q", args[0], str(int(args[1]) + years), *args[2:]])
        if kind == "QS":
            return None, f"QS:{int(args[0]) + 4 * years}"
        return None, None
    if value and re.fullmatch(r"\d{4}-Q\d", value):
        return f"{int(value[:4]) + years:04d}{value[4:]}", None
    return None, None
