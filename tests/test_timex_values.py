"""TBAQ value conventions added for the value-F1 work: fractional durations in whole
designators, "N units later" as a duration, "soon" only where it points ahead."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest

from eventwire.temporal.quantities import duration_fraction
from tests.timex_helpers import timex_triples


def found(nlp, text: str, published: date | None = date(1998, 2, 27)):
    return timex_triples(nlp, text, published)


@pytest.mark.parametrize(
    ("n", "frac", "unit", "ulow", "value"),
    [
        (2, Fraction(1, 2), "Y", "years", "P2Y6M"),
        (5, Fraction(1, 2), "H", "hours", "PT5H30M"),
        (1, Fraction(1, 2), "M", "minute", "PT1M30S"),
        (1, Fraction(1, 2), "M", "month", "P1M15D"),
        (1, Fraction(1, 2), "D", "days", "P1DT12H"),
        (2, Fraction(3, 4), "H", "hours", "PT2H45M"),
        (1, Fraction(1, 2), "E", "decade", "P15Y"),
        (3, Fraction(0), "Y", "years", "P3Y"),
    ],
)
def test_duration_fraction(n: int, frac: Fraction, unit: str, ulow: str, value: str) -> None:
    assert duration_fraction(n, frac, unit, ulow) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She then spent 5 1/2 hours in Nairobi.", [("5 1/2 hours", "DURATION", "PT5H30M")]),
        ("They lived in camps for 2 1/2 years.", [("2 1/2 years", "DURATION", "P2Y6M")]),
        ("It stayed for a month and a half.", [("a month and a half", "DURATION", "P1M15D")]),
        # "later" is a signal outside the duration
        ("But a minute and a half later, a pilot arrived.",
         [("a minute and a half", "DURATION", "PT1M30S")]),
        ("Three days later, the index rose.", [("Three days", "DURATION", "P3D")]),
        # "as soon as" is a conjunction; "as soon as possible" is taken whole
        ("The group might come as soon as Tuesday.", [("Tuesday", "DATE", "1998-03-03")]),
        ("Return the boy as soon as possible.", [("as soon as possible", "DATE", "FUTURE_REF")]),
        ("Investors will buy as soon as trading opens.", []),
        # narrative past: not a reference to the future
        ("He was soon released and appeared healthy.", []),
        ("The trickle soon became a flood.", []),
        ("The budget will soon move into surplus.", [("soon", "DATE", "FUTURE_REF")]),
    ],
)
def test_value_conventions(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In nineteen ninety-one Keating was convicted.", [("nineteen ninety-one", "DATE", "1991")]),
        ("January nineteen ninety-seven. Atlanta again.",
         [("January nineteen ninety-seven", "DATE", "1997-01")]),
        ("Prices fell in the winter of nineteen ninety-four.",
         [("the winter of nineteen ninety-four", "DATE", "1994-WI")]),
        ("The approach of the year two thousand worries them.",
         [("the year two thousand", "DATE", "2000")]),
        # a count, not a year
        ("He sold two thousand shares.", []),
    ],
)
def test_spelled_years(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "last" + a full date: the date is the expression, the most recent one
        ("Slepian was shot to death last Oct. 23 at his home.", date(1999, 4, 19),
         [("Oct. 23", "DATE", "1998-10-23")]),
        ("The hearing is set for the week of March 6.", date(2000, 2, 24),
         [("the week of March 6", "DATE", "2000-W10")]),
        ("For the people of Poland, high noon comes today.", date(1999, 3, 12),
         [("today", "DATE", "1999-03-12")]),
        ("They meet at noon.", date(1999, 3, 12), [("noon", "TIME", "1999-03-12T12:00")]),
        ("Ukraine was ruled from Moscow for centuries.", date(1998, 2, 27),
         [("centuries", "DURATION", "PXC")]),
        ("Officials voiced concern in recent months.", date(1998, 4, 2),
         [("recent months", "DURATION", "PXM")]),
        ("Costs rose in recent weeks.", date(1998, 4, 2), [("recent weeks", "DURATION", "PXW")]),
        ("Costs rose in recent years.", date(1998, 4, 2), [("recent years", "DATE", "PAST_REF")]),
    ],
)
def test_calendar_conventions(nlp, text: str, published: date,
                              expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the year, pet food volume was flat.", [("the year", "DATE", "1989")]),
        ("It forecast an earnings increase for the full year.", [("the full year", "DATE", "1989")]),
        ("It expects higher sales in the current fiscal year.",
         [("the current fiscal year", "DATE", "1989")]),
        ("It had $6.3 billion in sales in the latest fiscal year.",
         [("the latest fiscal year", "DATE", "1988")]),
        # a reporting period of a year, not the calendar year
        ("Net income for the year ended Aug. 31 rose.",
         [("the year", "DURATION", "P1Y"), ("Aug. 31", "DATE", "1989-08-31")]),
        # rates are not times: "$500 million a year", "24 hours a day"
        ("It should save $500 million a year in costs.", []),
        ("Agents guard the clinic 24 hours a day.", []),
        ("Iraq must withdraw within a week.", [("a week", "DURATION", "P1W")]),
    ],
)
def test_report_year_and_rates(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, date(1989, 10, 26)) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("It will be our theme from now to Election Day.", date(1998, 10, 26),
         [("now", "DATE", "PRESENT_REF"), ("Election Day", "DATE", "1998-11-03")]),
        ("Protesters prayed as Easter week began.", date(2000, 4, 17),
         [("Easter week", "DATE", "2000-W16")]),
        ("He will speak on Easter Sunday.", date(2019, 4, 1), [("Easter Sunday", "DATE", "2019-04-21")]),
        # maturities and ranges are durations in TimeML
        ("The yield on the 30-year Treasury bond fell.", date(1998, 2, 6),
         [("30-year", "DURATION", "P30Y")]),
        ("Shares are far below their 52-week high.", date(1989, 11, 2),
         [("52-week", "DURATION", "P52W")]),
    ],
)
def test_holidays_and_maturities(nlp, text: str, published: date,
                                 expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # programme titles
        ("Baker, speaking on ABC News' \"This Week,\" said the request was fine.", []),
        ("Gonzalez said on CBS's ''60 Minutes.'' They disagreed.", []),
        ("This is VOA Today.", []),
        ("He studied at Duke. \"Now we see that edge eroding,\" he said.",
         [("Now", "DATE", "PRESENT_REF")]),
        # ordinals and ages
        ("It will be a second betrayal, said Josefa.", []),
        ("Wait a second.", [("a second", "DURATION", "PT1S")]),
        ("Kopp was in his 30s when she married.", []),
        ("Prices soared in the '80s.", [("the '80s", "DATE", "198")]),
        # growth and output rates are not sets
        ("Revenue will increase by 20% annually.", []),
        ("The plant would produce 10,000 units annually.", []),
        ("Such commemorations are held here annually.", [("annually", "SET", "P1Y")]),
    ],
)
def test_titles_ordinals_rates(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, date(1998, 4, 17)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sell programs hurt more these days.", [("these days", "DATE", "PRESENT_REF")]),
        ("We will live without it for a while.", [("a while", "DURATION", "PXX")]),
        ("It plans offerings at a later date.", [("a later date", "DATE", "FUTURE_REF")]),
        ("There were sell programs in past years, too.", [("past years", "DATE", "PAST_REF")]),
        ("Over the years many more patients survived.", [("the years", "DURATION", "PXY")]),
        # a year before the noun it dates
        ("He lost his unsuccessful 1996 campaign.", [("1996", "DATE", "1996")]),
        ("Analysts were predicting 1990 BellSouth earnings of $3.", [("1990", "DATE", "1990")]),
        ("Since 1985 _ when the zone was created _ fighting went on.", [("1985", "DATE", "1985")]),
        ("Some 2000 troops arrived.", []),
    ],
)
def test_vague_refs_and_year_modifiers(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, date(1989, 10, 30)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday night is dated to the day; other parts of the day keep their code
        ("Thousands rallied in a seaside plaza Friday night.", [("Friday night", "DATE", "2000-01-07")]),
        ("Elian was taken Friday morning.", [("Friday morning", "TIME", "2000-01-07TMO")]),
        ("They met Thursday evening.", [("Thursday evening", "TIME", "2000-01-06TEV")]),
    ],
)
def test_weekday_parts_of_day(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, date(2000, 1, 8)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dealers placed buy orders in the morning.", [("the morning", "TIME", "1989-11-02TMO")]),
        ("By mid afternoon, official sources said.", [("mid afternoon", "TIME", "1989-11-02TAF")]),
        ("In London at mid-afternoon yesterday, shares fell.",
         [("mid-afternoon yesterday", "TIME", "1989-11-01TAF")]),
        ("The morning session was busy.", []),
        ("They met at 10 in the evening.", [("10 in the evening", "TIME", "1989-11-02T22:00")]),
        ("It's not tonight we're worried about.", [("tonight", "DATE", "1989-11-02")]),
    ],
)
def test_parts_of_day(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, date(1989, 11, 2)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group will stay for two more weeks.", [("two more weeks", "DURATION", "P2W")]),
        ("It may be extended for an additional year.", [("an additional year", "DURATION", "P1Y")]),
        ("The year-ago results included a gain.", [("year-ago", "DATE", "1988")]),
        ("Sales peaked in March. Results for that month were strong.",
         [("March", "DATE", "1989-03"), ("that month", "DATE", "1989-03")]),
    ],
)
def test_counts_and_comparisons(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, date(1989, 10, 27)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Construction was delayed because of current market conditions.",
         [("current", "DATE", "PRESENT_REF")]),
        ("He entered his current position in April.",
         [("current", "DATE", "PRESENT_REF"), ("April", "DATE", "1989-04")]),
        ("Sales rose in the current year.", [("the current year", "DATE", "1989")]),
        ("The current was strong.", []),
    ],
)
def test_current_adjective(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, date(1989, 10, 27)) == expected


def test_current_office_holder_is_a_title(nlp) -> None:
    assert found(nlp, "Analysts say the current leader's father was born there.", date(2019, 4, 18)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chip runs at 15 million instructions per second.", []),
        ("Fees are charged per day.", [("per day", "SET", "P1D")]),
        ("The quarter-to-quarter comparison was poor.", []),
    ],
)
def test_rates_and_comparisons_are_not_times(nlp, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(nlp, text, date(1989, 10, 27)) == expected
