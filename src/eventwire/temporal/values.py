"""TIMEX3 values: formatting from dates, calendar shifts, and the span a value covers.

``value_range`` is the public bridge from a TimeML value to the contract's
``date`` field: ``(start, end, granularity)`` with ISO dates. Rules, so users can
rely on them:

- a day (``2019-04-24``, also with a time ``2019-04-23TMO``) is that day, ``day``;
- a week (``2019-W15``) runs Monday to Sunday, ``week``; a weekend (``-WE``)
  is its Saturday and Sunday, ``week``;
- a month, quarter (``Q1``..``Q4``), year: first to last day, with that name;
- a half year (``H1``/``H2``) and a season (``SP`` March-May, ``SU`` June-August,
  ``FA`` September-November, ``WI`` December to February, northern hemisphere):
  their months, granularity ``quarter``;
- a decade (``199``) ``decade``; a century (``19``) its hundred years, also
  ``decade`` (the coarsest the contract has);
- ``mod`` START / MID / END keeps the granularity but narrows the span to the
  first, middle or last third (``late February`` -> 02-21..02-28, ``early 1991`` ->
  January-April); BEFORE /
  AFTER leave the open side null;
- an end value (``April 25-27``) extends the span to the end value's end;
- anything not anchored on the calendar (``XXXX-04-25``, ``P3D``, ``PRESENT_REF``)
  gives ``start = end = None``; granularity is still said when known
  (``XXXX-04-25`` -> day), so a caller can report "a day, year unknown".
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{1,2})(-WE)?$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_DECADE = re.compile(r"^(\d{3})$")
_CENTURY = re.compile(r"^(\d{2})$")

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def iso_week(d: date) -> str:
    """``2019-W16`` for a date (ISO 8601 week numbering)."""
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_monday(value: str) -> date | None:
    """Monday of an ISO week value, or None when the value is no week."""
    m = _WEEK.match(value)
    if not m:
        return None
    try:
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError:
        return None


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None for impossible ones ("February 30")."""
    if not (1 <= year <= 9999 and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _span(value: str) -> tuple[date, date, str] | None:
    """The days a calendar value covers and its granularity, or None."""
    m = _DAY.match(value)
    if m:
        d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return (d, d, "day") if d else None
    m = _MONTH.match(value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        return date(y, mo, 1), month_end(y, mo), "month"
    m = _YEAR.match(value)
    if m:
        y = int(m.group(1))
        return (date(y, 1, 1), date(y, 12, 31), "year") if y >= 1 else None
    m = _WEEK.match(value)
    if m:
        monday = week_monday(value[:-3] if m.group(3) else value)
        if monday is None:
            return None
        if m.group(3):
            return monday + timedelta(days=5), monday + timedelta(days=6), "week"
        return monday, monday + timedelta(days=6), "week"
    m = _QUARTER.match(value)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"
    m = _HALF.match(value)
    if m:
        y, h = int(m.group(1)), int(m.group(2))
        return date(y, 6 * h - 5, 1), month_end(y, 6 * h), "quarter"
    m = _SEASON.match(value)
    if m:
        y = int(m.group(1))
        first, last = _SEASON_MONTHS[m.group(2)]
        ly, lm = add_months(y, 1, last - 1)
        return date(y, first, 1), month_end(ly, lm), "quarter"
    m = _DECADE.match(value)
    if m:
        y = int(m.group(1)) * 10
        return (date(y, 1, 1), date(y + 9, 12, 31), "decade") if y >= 1 else None
    m = _CENTURY.match(value)
    if m:
        y = int(m.group(1)) * 100
        return (date(max(y, 1), 1, 1), date(y + 99, 12, 31), "decade")
    return None


def granularity_of(value: str) -> str | None:
    """The granularity a value names, also for underspecified ones (XXXX-04-25 -> day)."""
    span = _span(value.replace("X", "0").replace("0000", "2000"))
    return span[2] if span else None


def _narrow(start: date, end: date, gran: str, mod: str) -> tuple[date | None, date | None]:
    """START / MID / END: the first, middle or last third, in months for a year
    (January-April, May-August, September-December), in days (1-10, 11-20, 21-end)
    for a month, in days otherwise."""
    if mod in ("START", "MID", "END"):
        part = ("START", "MID", "END").index(mod)
        if gran == "year":
            first = date(start.year, 1 + 4 * part, 1)
            return first, month_end(start.year, 4 + 4 * part)
        if gran == "month":
            first = start + timedelta(days=10 * part)
            return first, (end if part == 2 else first + timedelta(days=9))
        third = max(((end - start).days + 1) // 3, 1)
        if part == 0:
            return start, start + timedelta(days=third - 1)
        if part == 2:
            return end - timedelta(days=third - 1), end
        return start + timedelta(days=third), end - timedelta(days=third)
    if mod in ("BEFORE", "ON_OR_BEFORE"):
        return None, start if mod == "BEFORE" else end
    if mod in ("AFTER", "ON_OR_AFTER"):
        return end if mod == "AFTER" else start, None
    return start, end


def value_range(
    value: str, end_value: str | None = None, mod: str | None = None
) -> tuple[str | None, str | None, str | None]:
    """``(start, end, granularity)`` of a TIMEX3 value, ISO dates (see module doc)."""
    span = _span(value) if "X" not in value else None
    if span is None:
        return None, None, granularity_of(value) if "X" in value else None
    start, end, gran = span
    if end_value:
        tail = _span(end_value) if "X" not in end_value else None
        if tail is not None and tail[1] >= start:
            end = tail[1]
    first, last = _narrow(start, end, gran, mod) if mod else (start, end)
    return (
        first.isoformat() if first else None,
        last.isoformat() if last else None,
        gran,
    )
