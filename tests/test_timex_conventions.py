"""TimeML conventions the grammar follows: ISO 8601 durations, extents without
prepositions, sets of calendar names, clock times with zones and dates, earnings-
report periods, and the direction of deadlines and undirected months."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp import make_doc
from tests.timex_helpers import timex_triples


def found(nlp, text: str, published: date | None = date(2019, 4, 18)):
    return timex_triples(nlp, text, published)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ISO 8601 has no quarter/decade/century duration designator
        ("The conflict has lasted two decades.", ("two decades", "DURATION", "P20Y")),
        ("Profits should rise over the next three quarters.",
         ("the next three quarters", "DURATION", "P9M")),
        ("The church stood for a century.", ("a century", "DURATION", "P100Y")),
        # "over" is a preposition, outside the extent
        ("Prices rose over three years.", ("three years", "DURATION", "P3Y")),
        # "the past year": the calendar year before publication
        ("Exports fell over the past year.", ("the past year", "DATE", "2018")),
        ("Exports fell sharply in the last week.", ("the last week", "DATE", "2019-W15")),
        # sets of calendar names
        ("The council meets each Thursday.", ("each Thursday", "SET", "XXXX-WXX-4")),
        ("Pilgrims arrive every July.", ("every July", "SET", "XXXX-07")),
        ("Talks resume in the near future.", ("the near future", "DATE", "FUTURE_REF")),
        ("A few days later, rebels took the town.", ("A few days", "DURATION", "PXD")),
    ],
)
def test_conventions(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(nlp, text)


def test_clock_time_with_zone_and_date(nlp) -> None:
    got = found(nlp, "The offer expires at 5 p.m. EST Nov. 9.", date(1989, 11, 2))
    assert got == [("5 p.m. EST Nov. 9", "TIME", "1989-11-09T17:00")]
    got = found(nlp, "Trading resumes at 9 a.m. EDT Tuesday.", date(2019, 4, 18))
    assert got == [("9 a.m. EDT Tuesday", "TIME", "2019-04-23T09:00")]


def test_fractions_of_quarters_are_not_times(nlp) -> None:
    assert found(nlp, "About three-quarters of the voters backed him.") == []


def test_earnings_periods(nlp) -> None:
    text = ("Sales rose in the quarter ended Sept. 30. In the year-ago quarter, the company "
            "lost money. For the year ended June 30, net income fell. In the 1988 period, "
            "it earned more.")
    got = found(nlp, text, date(1989, 11, 2))
    assert ("the year-ago quarter", "DATE", "1988-Q3") in got
    assert ("the year", "DURATION", "P1Y") in got
    assert ("the 1988 period", "DATE", "1988") in got or ("the 1988 period", "DATE", "1988-Q3") in got


def test_deadline_in_past_perfect_points_back(nlp) -> None:
    # published on a Saturday: "until Thursday" in a past-perfect clause is two days ago
    got = found(nlp, "Until Thursday, police had not named a suspect.", date(2019, 4, 20))
    assert ("Thursday", "DATE", "2019-04-18") in got
    got = found(nlp, "The court gave him until Thursday to leave.", date(2019, 4, 20))
    assert ("Thursday", "DATE", "2019-04-25") in got


def test_undirected_month_leans_to_the_past(nlp) -> None:
    # October article, no tense: March eight months back, not five months ahead
    got = found(nlp, "The stock traded at a high of $42.875 in June, up from $29.75 in March.",
                date(1989, 10, 30))
    assert ("March", "DATE", "1989-03") in got


def test_now_before_that_is_present_ref(nlp) -> None:
    # "now that ..." still says "at present": "now" is the expression, "that" is not
    got = found(nlp, "Exports will recover now that the strike has ended.")
    assert got == [("now", "DATE", "PRESENT_REF")]


def test_future_deadline_just_passed_keeps_its_year(nlp) -> None:
    # a future-tense date a day before publication is not a year ahead
    got = found(nlp, "The agency ordered him to return the boy by Jan. 14.", date(2000, 1, 15))
    assert ("Jan. 14", "DATE", "2000-01-14") in got
    got = found(nlp, "The talks will resume on Jan. 2.", date(2000, 1, 15))
    assert ("Jan. 2", "DATE", "2001-01-02") in got


def test_untensed_month_keeps_the_year_the_story_gave_it(nlp) -> None:
    # December article: the summit "will be held in April" is next April, and so is
    # a later untensed mention of April (alone it would be the past April)
    text = ("The alliance will hold a summit in April. "
            "Members can take part in planning for the summit in April.")
    got = found(nlp, text, date(1998, 12, 5))
    assert got == [("April", "DATE", "1999-04"), ("April", "DATE", "1999-04")]
    alone = found(nlp, "Members can take part in planning for the summit in April.",
                  date(1998, 12, 5))
    assert alone == [("April", "DATE", "1998-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The government's decades-long battle ended.", ("decades-long", "DURATION", "PXY")),
        ("They left their third day-long meeting.", ("day-long", "DURATION", "P1D")),
        ("After a year-long inquiry, he resigned.", ("year-long", "DURATION", "P1Y")),
        ("A two-week-long vigil began.", ("two-week-long", "DURATION", "P2W")),
        ("The weeklong trial ended.", ("weeklong", "DURATION", "P1W")),
    ],
)
def test_unit_long_adjectives_are_durations(nlp, text: str, expected: tuple[str, str, str]) -> None:
    # TimeML: "-long" adjectives of a unit are durations; the article stays outside
    assert found(nlp, text) == [expected]


def test_conjoined_days_are_two_expressions(nlp) -> None:
    # TimeML tags each conjunct: "April 24 and 25" is two dates; a range keeps one
    got = found(nlp, "The summit is on April 24 and 25.", date(1999, 2, 10))
    assert got == [("April 24", "DATE", "1999-04-24"), ("25", "DATE", "1999-04-25")]
    got = found(nlp, "Riots began on May 3 and 20 people died.", date(1999, 5, 10))
    assert got == [("May 3", "DATE", "1999-05-03")]
    assert found(nlp, "The vote is April 24-25.", date(1999, 2, 10)) == [
        ("April 24-25", "DATE", "1999-04-24")]


def test_pre_and_post_years_carry_before_after(nlp) -> None:
    text = "The post-1959 politics split families; output fell below pre-1990s levels."
    doc = nlp(make_doc(nlp, text, date(2000, 2, 24)))
    got = [(t.text, t.value, t.mod) for t in doc._.timexes]
    assert got == [("post-1959", "1959", "AFTER"), ("pre-1990s", "199", "BEFORE")]


def test_spoken_dates_and_decades(nlp) -> None:
    # broadcast transcripts write days and decades in words
    got = found(nlp, "Women's Day is this coming Sunday, March eighth.", date(1998, 3, 5))
    assert got == [("this coming Sunday, March eighth", "DATE", "1998-03-08")]
    assert found(nlp, "We meet this coming Sunday.", date(1998, 3, 5)) == [
        ("this coming Sunday", "DATE", "1998-03-08")]
    got = found(nlp, "Numbers dropped through the nineties.", date(1998, 3, 3))
    assert got == [("the nineties", "DATE", "199")]
    assert found(nlp, "Sales rose in March first-quarter results.", date(1998, 3, 5)) == [
        ("first-quarter", "DATE", "1998-Q1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It's the second day of an offensive by the police.",
         [("the second day", "DATE", "1998-03-06")]),
        ("Eight trading days after the crash, the index fell.",
         [("Eight trading days", "DURATION", "P8D")]),
        ("Funds will sell junk in the weeks ahead.", [("the weeks ahead", "DURATION", "PXW")]),
    ],
)
def test_counted_days_and_days_of_an_event(nlp, text: str, expected) -> None:
    assert found(nlp, text, date(1998, 3, 6)) == expected


def test_one_day_after_a_modal_is_future_ref(nlp) -> None:
    assert found(nlp, "Islam will one day be the second largest religion.") == [
        ("one day", "DATE", "FUTURE_REF")]
    assert found(nlp, "It will take one day to finish.") == [("one day", "DURATION", "P1D")]


def test_half_of_a_decade_is_the_decade_with_a_mod(nlp) -> None:
    text = "The trend that has characterized the last half of the '80s continued."
    doc = nlp(make_doc(nlp, text, date(1989, 10, 26)))
    assert [(t.text, t.value, t.mod) for t in doc._.timexes] == [
        ("the last half of the '80s", "198", "END")]
    assert found(nlp, "Sales in the first half rose.", date(1989, 10, 26)) == [
        ("the first half", "DATE", "1989-H1")]


def test_two_quarters_of_a_year_are_a_half(nlp) -> None:
    got = found(nlp, "The slump will last through the first two quarters of 1990.", date(1989, 10, 26))
    assert got == [("the first two quarters of 1990", "DATE", "1990-H1")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal will close a week from today.", [("a week from today", "DATE", "2019-04-25")]),
        ("He arrived the day before yesterday.", [("the day before yesterday", "DATE", "2019-04-16")]),
        ("He leaves the day after tomorrow.", [("the day after tomorrow", "DATE", "2019-04-20")]),
        # the second conjunct goes the way of the first (ahead), not back to last Friday
        ("The storm is expected to hit the coast on Thursday or Friday.",
         [("Thursday", "DATE", "2019-04-18"), ("Friday", "DATE", "2019-04-19")]),
    ],
)
def test_deictic_days_and_conjoined_weekdays(nlp, text: str, expected) -> None:
    assert found(nlp, text) == expected


def test_clock_time_on_a_date_takes_that_day(nlp) -> None:
    got = found(nlp, "The quake struck shortly before 6 a.m. on Saturday.")
    assert got == [("6 a.m.", "TIME", "2019-04-13T06:00"), ("Saturday", "DATE", "2019-04-13")]
    got = found(nlp, "The hearing is set for 10 a.m. on April 30.")
    assert got == [("10 a.m.", "TIME", "2019-04-30T10:00"), ("April 30", "DATE", "2019-04-30")]


def test_part_of_a_century(nlp) -> None:
    text = "The company was founded in the late 19th century."
    doc = nlp(make_doc(nlp, text, date(2019, 4, 18)))
    assert [(t.text, t.value, t.mod) for t in doc._.timexes] == [("the late 19th century", "18", "END")]


def test_weekday_parts_of_day_in_the_plural_are_sets(nlp) -> None:
    text = "Flights will leave Bombay on Monday and Tuesday nights."
    assert found(nlp, text, date(1998, 2, 13)) == [
        ("Monday", "SET", "XXXX-WXX-1TNI"), ("Tuesday nights", "SET", "XXXX-WXX-2TNI")]
    assert found(nlp, "He left Monday and Tuesday.", date(1998, 2, 13)) == [
        ("Monday", "DATE", "1998-02-09"), ("Tuesday", "DATE", "1998-02-10")]
    # told of the past, the same words are two nights, not a set
    assert found(nlp, "Protesters clashed with police on Monday and Tuesday nights.",
                 date(1998, 2, 13)) == [
        ("Monday", "DATE", "1998-02-09TNI"), ("Tuesday nights", "DATE", "1998-02-10TNI")]


def test_last_year_figure_in_a_quarterly_report(nlp) -> None:
    text = ("Third-quarter net income rose 11%. It earned $24 million, compared with a loss "
            "of $3 million last year. In the first nine months, net was $306 million, compared "
            "with a loss in the 1988 period. The chief executive resigned last year.")
    got = found(nlp, text, date(1989, 11, 2))
    assert ("last year", "DATE", "1988-Q3") in got  # the figure of the year-ago quarter
    assert ("the 1988 period", "DATE", "1988") in got  # the nine months, by year
    assert got[-1] == ("last year", "DATE", "1988")  # narrative: the calendar year


def test_named_days_and_the_verb_last_are_not_times(nlp) -> None:
    assert found(nlp, "The Good Friday Agreement was at risk.") == []
    assert found(nlp, "The trial is expected to last several weeks.") == [
        ("several weeks", "DURATION", "PXW")]
    assert found(nlp, "Prices fell over the last three weeks.") == [
        ("the last three weeks", "DURATION", "P3W")]


def test_most_recently_before_a_date(nlp) -> None:
    got = found(nlp, "Three doctors were killed, most recently last October.", date(1999, 2, 6))
    assert got == [("last October", "DATE", "1998-10")]
    assert found(nlp, "The plant was recently sold.") == [("recently", "DATE", "PAST_REF")]


def test_day_month_ranges_and_24_hour_times(nlp) -> None:
    doc = nlp(make_doc(nlp, "The summit will take place on 25-26 April.", date(2019, 4, 18)))
    assert [(t.text, t.value, t.end_value) for t in doc._.timexes] == [
        ("25-26 April", "2019-04-25", "2019-04-26")]
    assert found(nlp, "The deadline expired at 1600 GMT.") == [("1600 GMT", "TIME", "2019-04-18T16:00")]
    # a restatement in another zone is not a second time, and never a year
    assert found(nlp, "It exploded at 10:35 a.m. (0735 GMT).") == [
        ("10:35 a.m.", "TIME", "2019-04-18T10:35")]


@pytest.mark.parametrize("text", [
    "The Communist Party daily Granma compared him to a hero.",
    "The British weekly The Economist reported it.",
    "The company declared its initial quarterly of five cents a share.",
])
def test_a_periodical_or_a_payment_is_no_set(nlp, text: str) -> None:
    assert not [t for t in found(nlp, text) if t[1] == "SET"]


def test_an_adverb_of_frequency_is_a_set(nlp) -> None:
    assert ("weekly", "SET", "P1W") in found(nlp, "Officials of both parties meet weekly.")
