"""Calendar resolution: relative and underspecified expressions to TIMEX3 values.

``Anchor`` holds the document creation time (publication date) and the discourse
state: the last calendar value mentioned, which anaphoric expressions ("the same
day", "a year earlier", "later that day") resolve against instead of the
publication date, and the *reporting period*: the latest closed quarter the text
has named ("third-quarter net income"). Financial news compares figures with the
same period a year before ("up from $3 million a year earlier", "the year-earlier
quarter"), so while the discourse stays on that period (the quarter itself, a day
in it such as "the quarter ended Sept. 30", another quarter named in passing)
those comparisons resolve to the reporting quarter of the previous year.

Narrative reference time: anaphors ("that week", "the following month", "the
previous Friday", "that Tuesday", "the day before") count from the last date the
text named, at the finest granularity it was named (a month named after a day
moves "the following month" to that month). Bare weekdays do not: news dates
them from the publication day even after the story has gone back to an older
explicit date. In TBAQ, of 72 bare weekdays written after an explicit date more
than a week before publication, 65 name a day of the publication week and 6 one
near the older date, 5 of them in a single story (``bench/timex_weekday_anchor.py``),
so moving bare weekdays to the narrative would cost far more than it gains. Without a publication date every relative value stays
underspecified (``XXXX-04-25``, ``XXXX-WXX-3``): the system never assumes today.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .values import _MONTH as _MONTH_RE
from .values import _QUARTER as _QUARTER_RE
from .values import _YEAR as _YEAR_RE
from .values import add_months, iso_week, month_end, safe_date, value_range, week_monday

# A day value, possibly with a time after it (a prefix match, unlike values._DAY).
_DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
_LONG_SPAN_RE = re.compile(r"^P(\d+)([MY])$")
# A future-tense date at most this many days before publication keeps its year.
_RECENT_DAYS = 7

UNKNOWN_FOR_UNIT = {
    "D": "XXXX-XX-XX", "W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX",
    "Q": "XXXX-QX", "Y": "XXXX", "E": "XXX", "C": "XX", "H": "XXXX-XX-XXTXX",
}


def format_unit(d: date, unit: str) -> str:
    """The value of the calendar unit (day, week, month ...) holding ``d``."""
    if unit == "D":
        return d.isoformat()
    if unit == "W":
        return iso_week(d)
    if unit == "WE":
        return iso_week(d) + "-WE"
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "E":
        return f"{d.year // 10:03d}"
    if unit == "C":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def shift_date(d: date, n: int, unit: str) -> date | None:
    """``d`` moved by ``n`` units (months clamp to the month's last day)."""
    try:
        if unit == "D":
            return d + timedelta(days=n)
        if unit in ("W", "WE"):
            return d + timedelta(weeks=n)
        if unit in ("M", "Q"):
            y, m = add_months(d.year, d.month, n * (3 if unit == "Q" else 1))
            return safe_date(y, m, min(d.day, 28)) if d.day > 28 else date(y, m, d.day)
        if unit in ("Y", "E", "C"):
            years = n * {"Y": 1, "E": 10, "C": 100}[unit]
            return safe_date(d.year + years, d.month, min(d.day, 28 if d.month == 2 else d.day))
    except (OverflowError, ValueError):
        return None
    return None


def shift_value(value: str, n: int, unit: str) -> str | None:
    """A calendar value moved by ``n`` units, keeping its own granularity."""
    m = _DAY_RE.match(value)
    if m:
        d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        moved = shift_date(d, n, unit) if d else None
        return moved.isoformat() if moved else None
    m = _MONTH_RE.match(value)
    if m:
        months = n * {"M": 1, "Q": 3, "Y": 12, "E": 120}.get(unit, 0)
        if not months:
            return None
        y, mo = add_months(int(m.group(1)), int(m.group(2)), months)
        return f"{y:04d}-{mo:02d}"
    m = _QUARTER_RE.match(value)
    if m:
        quarters = n * {"Q": 1, "Y": 4}.get(unit, 0)
        if not quarters:
            return None
        index = int(m.group(1)) * 4 + int(m.group(2)) - 1 + quarters
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    m = _YEAR_RE.match(value)
    if m:
        years = n * {"Y": 1, "E": 10, "C": 100}.get(unit, 0)
        return f"{int(m.group(1)) + years:04d}" if years else None
    monday = week_monday(value)
    if monday is not None and unit in ("W", "D"):
        return iso_week(monday + timedelta(weeks=n if unit == "W" else 0, days=n * 0))
    return None


# Granularity of a remembered value against the unit an anaphor asks for.
_GRAN_RANK = {"week": 1, "W": 1, "WE": 1, "month": 2, "M": 2, "quarter": 3, "Q": 3,
              "year": 4, "Y": 4}


def _quarter_of(value: str) -> str | None:
    """The quarter holding a day or month value."""
    m = _DAY_RE.match(value) or _MONTH_RE.match(value)
    if not m:
        return None
    return f"{m.group(1)}-Q{(int(m.group(2)) - 1) // 3 + 1}"


def day_of(value: str | None) -> date | None:
    """The day a value names, when it names one."""
    if not value:
        return None
    m = _DAY_RE.match(value)
    return safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


class Anchor:
    """Publication date plus discourse memory for one document."""

    def __init__(self, dct: date | None) -> None:
        self.dct = dct
        self.last_day: date | None = dct
        self.last_value: str | None = None  # last calendar DATE value (any granularity)
        self.period: str | None = None  # reporting period: latest closed quarter named
        self.in_period = False  # the discourse is on the reporting period (or a quarter)
        self.on_long_span = False  # last named: "the first nine months", "the year"
        self.month_years: dict[int, int] = {}  # year a bare month name was last given

    # -- bookkeeping -------------------------------------------------------------
    def remember(self, value: str) -> None:
        """Note a resolved calendar value as the discourse's latest date."""
        if "X" in value or not value[:1].isdigit() or value.startswith("P"):
            return
        q = _QUARTER_RE.match(value)
        closed = q is not None and self._closed(int(q.group(1)), int(q.group(2)))
        if closed and (self.period is None or value > self.period):
            self.period = value
        previous = self.last_value
        self.on_long_span = False
        self.in_period = self.period is not None and (
            q is not None
            or value.startswith(self.period[:4]) and _quarter_of(value) == self.period
            # "the quarter ended Aug. 26": a fiscal quarter's closing day
            or bool(previous and _QUARTER_RE.match(previous)) and _DAY_RE.match(value) is not None
        )
        self.last_value = value
        d = day_of(value)
        if d is not None:
            self.last_day = d

    def note_duration(self, value: str) -> None:
        """A stretch of half a year or more ("the first nine months") takes the
        discourse off the reporting quarter: "a year earlier" now means a year."""
        m = _LONG_SPAN_RE.match(value)
        if m and (m.group(2) == "Y" or int(m.group(1)) >= 6):
            self.in_period = False
            self.on_long_span = True

    def _closed(self, year: int, quarter: int) -> bool:
        """A quarter over by the publication date (an unknown date: any)."""
        return self.dct is None or month_end(year, 3 * quarter) <= self.dct

    def period_shift(self, years: int) -> str | None:
        """The reporting period moved by ``years``, while the discourse is on it."""
        if self.period is None or not self.in_period:
            return None
        return shift_value(self.period, years, "Y")

    # -- relative to the publication date ----------------------------------------
    def unit(self, unit: str, delta: int = 0) -> str:
        """The calendar unit holding the publication date, moved by ``delta``."""
        if self.dct is None:
            return UNKNOWN_FOR_UNIT.get(unit, "XXXX")
        moved = shift_date(self.dct, delta, unit)
        return format_unit(moved, unit) if moved else UNKNOWN_FOR_UNIT.get(unit, "XXXX")

    def weekday(self, wd: int, how: str | None, base: date | None = None) -> str:
        """Weekday 1..7 by direction: past/None (most recent, today included),
        future (today or later), last (strictly before), next (strictly after),
        this (inside the same week); counted from ``base`` (default: publication)."""
        base = base or self.dct
        if base is None:
            return f"XXXX-WXX-{wd}"
        diff = wd - base.isoweekday()
        if how == "future":
            delta = diff % 7
        elif how == "next":
            delta = diff % 7 or 7
        elif how == "last":
            delta = -((-diff) % 7 or 7)
        elif how == "this":
            delta = diff
        else:
            delta = -((-diff) % 7)
        return (base + timedelta(days=delta)).isoformat()

    def weekday_in_week(self, wd: int, week_delta: int) -> str:
        """"Wednesday next week": the weekday inside the publication week moved."""
        if self.dct is None:
            return f"XXXX-WXX-{wd}"
        monday = self.dct - timedelta(days=self.dct.isoweekday() - 1)
        return (monday + timedelta(weeks=week_delta, days=wd - 1)).isoformat()

    def _year_for(self, month: int, day: int | None, how: str | None) -> int | None:
        if self.dct is None:
            return None
        y = self.dct.year
        here = (self.dct.month, self.dct.day if day is not None else 0)
        there = (month, day if day is not None else 0)
        if how == "last":
            return y if there < here and month != self.dct.month else y - 1
        if how == "next":
            return y if there > here and month != self.dct.month else y + 1
        if how == "this":
            return y
        if how == "past":
            return y if there <= here else y - 1
        if how == "future":
            # A date a few days before the report stays in its year ("ordered to
            # return the boy by Jan. 14", written on Jan. 15): a deadline just
            # passed or a late report, not one a year ahead.
            if there < here and day is not None and self._days_before(month, day) <= _RECENT_DAYS:
                return y
            return y if there >= here else y + 1
        # No tense: the nearest occurrence, a future one counting twice as far (news
        # reports what happened: "$29.75 in March" in an October article is this
        # March, eight months back, not next March).
        here_index = (y * 12 + self.dct.month) * 31 + (self.dct.day if day is not None else 15)

        def distance(cy: int) -> int:
            gap = (cy * 12 + month) * 31 + (day or 15) - here_index
            return 2 * gap if gap > 0 else -gap

        return min((y - 1, y, y + 1), key=distance)

    def _month_year(self, month: int, day: int | None, how: str | None) -> int | None:
        """The year of a year-less month (or date). Without a tense to go by, a
        month the text has already placed keeps that year (one month per story:
        "the summit will be held in April ... planning for the summit in April")."""
        if how is None and month in self.month_years:
            return self.month_years[month]
        y = self._year_for(month, day, how)
        if y is not None:
            self.month_years[month] = y
        return y

    def _days_before(self, month: int, day: int) -> int:
        """How many days the date ``month``/``day`` of the publication year lies
        before the publication date (negative: after it)."""
        assert self.dct is not None
        d = safe_date(self.dct.year, month, min(day, 28) if month == 2 else day)
        return (self.dct - d).days if d else 366

    def month(self, month: int, how: str | None) -> str:
        y = self._month_year(month, None, how)
        return f"XXXX-{month:02d}" if y is None else f"{y:04d}-{month:02d}"

    def month_day(self, month: int, day: int, how: str | None) -> str | None:
        """A year-less date; None when no year could hold it ("February 30")."""
        if safe_date(2000, month, day) is None:  # 2000 is a leap year
            return None
        y = self._month_year(month, day, how)
        if y is None:
            return f"XXXX-{month:02d}-{day:02d}"
        if safe_date(y, month, day) is None:
            return None
        return f"{y:04d}-{month:02d}-{day:02d}"

    def season(self, code: str, how: str | None) -> str:
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        y = self._year_for(first, None, how)
        return f"XXXX-{code}" if y is None else f"{y:04d}-{code}"

    def day_from_dct(self, n: int, unit: str) -> str:
        """"a week from today": the publication day moved by ``n`` units, as a day."""
        moved = shift_date(self.dct, n, unit) if self.dct is not None else None
        return moved.isoformat() if moved else "XXXX-XX-XX"

    def ago(self, n: int, unit: str, sign: int = -1) -> str:
        """"three years ago": the unit holding the publication date minus ``n``."""
        return self.unit(unit, sign * n)

    # -- relative to the discourse -------------------------------------------------
    def ref_day(self, delta: int = 0) -> str:
        """The last day mentioned (else the publication day) moved by ``delta`` days."""
        if self.last_day is None:
            return "XXXX-XX-XX"
        try:
            return (self.last_day + timedelta(days=delta)).isoformat()
        except OverflowError:
            return "XXXX-XX-XX"

    def ref_weekday(self, wd: int, how: str) -> str:
        """"the previous Friday", "the following Monday", "that Tuesday": a weekday
        counted from the narrative's reference day (the last day mentioned)."""
        if self.last_day is None:
            return f"XXXX-WXX-{wd}"
        return self.weekday(wd, how, self.last_day)

    def ref_unit(self, unit: str, delta: int = 0) -> str:
        """The unit holding the last date mentioned, moved ("that week", "the next
        month"). A month, quarter or year named since the last day serves when it
        is at least as fine as the unit: "In March, ... The following month" is
        April, whatever day was mentioned before March."""
        base = self.last_day
        v = self.last_value
        if v is not None and day_of(v) is None:
            start, _end, gran = value_range(v)
            fine_enough = _GRAN_RANK.get(gran or "", 9) <= _GRAN_RANK.get(unit, -1)
            if start is not None and fine_enough:
                base = date.fromisoformat(start)
        if base is None:
            return UNKNOWN_FOR_UNIT.get(unit, "XXXX")
        moved = shift_date(base, delta, unit)
        return format_unit(moved, unit) if moved else UNKNOWN_FOR_UNIT.get(unit, "XXXX")

    def ref_shift(self, n: int, unit: str) -> str:
        """"a year earlier": the last value mentioned moved, at its own granularity."""
        if self.last_value is not None:
            moved = shift_value(self.last_value, n, unit)
            if moved is not None:
                return moved
        return self.unit(unit, n)
