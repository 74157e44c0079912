"""The grammar: token-sequence patterns for news time expressions and their meaning.

The rules live in modules by job:

- ``dates``: calendar names (explicit dates, months, weekdays, years, decades,
  seasons, holidays, clock times);
- ``relative``: expressions relative to the publication date ("last week",
  "this year", "the third quarter", PRESENT_REF / PAST_REF / FUTURE_REF);
- ``quantities``: durations, quantities with a direction ("two weeks ago") and sets;
- ``anchoring``: anaphoric expressions resolved against the discourse ("that day",
  "a year earlier").

``core`` holds what they share (``Found``, ``Ctx``, the registry). This module
imports them all and puts ``RULES`` in its fixed order: when two candidates start
at the same token with the same length, the earlier rule wins.
"""

from __future__ import annotations

from . import anchoring, dates, quantities, relative  # noqa: F401  (registers the rules)
from .core import BLOCK, RULES, Ctx, Found, Rule

ORDER = (
    "iso_date", "week_of", "month_day", "day_month", "month_year", "month_rel_year", "month",
    "weekday_week", "weekday", "deictic_day", "part_of_day", "pod_phrase", "present_ref", "past_ref",
    "future_ref", "rel_unit", "vague_ref", "the_year", "the_weekend", "boundary_of", "year_end", "anaphoric",
    "anaphoric_shift", "year_period", "quantity_units", "bare_units", "fractional_units", "year", "spelled_year", "decade",
    "prefixed_token", "quarter", "year_earlier", "season", "set", "clock", "holiday", "century",
    "set_calendar", "year_ended", "period_year_before", "latest_period", "weekday_anaphoric",
    "day_around_weekday",
)


def _ordered(rules: list[Rule]) -> list[Rule]:
    rank = {name: i for i, name in enumerate(ORDER)}
    return sorted(rules, key=lambda r: rank.get(r.name, len(ORDER)))


RULES[:] = _ordered(RULES)

__all__ = ["BLOCK", "ORDER", "RULES", "Ctx", "Found", "Rule"]
