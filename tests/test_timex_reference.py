"""Reference times beyond the publication date: the reporting period of an
earnings story, the narrative's last date for anaphoric weekdays and units, and
the tense cues that decide which way an underspecified date points."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp import load_pipeline, make_doc


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def values(nlp, text: str, published: date) -> dict[str, str]:
    doc = nlp(make_doc(nlp, text, published))
    return {t.text: t.value for t in doc._.timexes}


NOV89 = date(1989, 11, 1)  # a Wednesday, in the fourth quarter


def test_comparisons_follow_the_reporting_quarter(nlp):
    text = (
        "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat "
        "second quarter, sales picked up. Results were hurt by charges taken in the "
        "year-earlier period. In the 1989 period, interest expense was lower than a "
        "year ago."
    )
    v = values(nlp, text, NOV89)
    assert v["third-quarter"] == "1989-Q3"
    assert v["the year-earlier period"] == "1988-Q3"
    assert v["the 1989 period"] == "1989-Q3"
    assert v["a year ago"] == "1988-Q3"


def test_a_forecast_quarter_is_not_the_reporting_period(nlp):
    text = (
        "Travelers' third-quarter profit rose. The earthquake will result in a "
        "fourth-quarter charge. Earnings fell 59% in the latest quarter, compared "
        "with $6.1 million a year ago."
    )
    v = values(nlp, text, NOV89)
    assert v["fourth-quarter"] == "1989-Q4"
    assert v["the latest quarter"] == "1989-Q3"
    assert v["a year ago"] == "1988-Q3"


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("for the corresponding period last year", "1988-Q3"),
        ("for last year's quarter", "1988-Q3"),
        ("for the quarter a year ago", "1988-Q3"),
        ("in the latest period", "1989-Q3"),
    ],
)
def test_year_before_phrasings(nlp, phrase: str, value: str):
    text = f"The company reported third-quarter net of $5 million. It earned $3 million {phrase}."
    v = values(nlp, text, NOV89)
    expression = phrase.split(" ", 1)[1]
    assert v[expression] == value


def test_possessive_year_keeps_its_quarter(nlp):
    v = values(nlp, "In this year's third quarter, net was up.", NOV89)
    assert v == {"this year's third quarter": "1989-Q3"}


def test_same_month_a_year_earlier(nlp):
    v = values(nlp, "In September sales rose 5% from the same month a year earlier.", NOV89)
    assert v["the same month a year earlier"] == "1988-09"


def test_anaphoric_weekdays_count_from_the_narrative(nlp):
    monday = date(1989, 10, 30)
    v = values(nlp, "The index fell on Friday. It was down 4.5% from the previous Friday.", monday)
    assert v["Friday"] == "1989-10-27"
    assert v["the previous Friday"] == "1989-10-20"
    v = values(nlp, "The day before last Tuesday's hearing, he left.", date(2000, 2, 24))
    assert v["The day before last Tuesday"] == "2000-02-21"


def test_following_month_counts_from_a_named_month(nlp):
    v = values(nlp, "On Oct. 3 it met. In March, it said so. The following month, it sold.",
               date(1989, 10, 27))
    assert v["The following month"] == "1989-04"


def test_bare_weekday_stays_on_the_publication_week(nlp):
    # TBAQ (bench/timex_weekday_anchor.py): of 72 bare weekdays written after an
    # explicit date more than a week old, 65 name a day of the publication week and
    # 6 one near that date (5 in one story); only anaphors move to the narrative.
    v = values(nlp, "The Security Council on Aug. 6 ordered an embargo. Bush said on "
               "Tuesday that the blockade would hold.", date(1990, 8, 15))
    assert v["Tuesday"] == "1990-08-14"


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # a plan in the past perfect was overtaken: the most recent Friday
        ("It had been due to expire Friday evening.", date(1989, 10, 30),
         "Friday evening", "1989-10-27TEV"),
        ("It had been scheduled to expire at midnight Friday.", date(1989, 10, 30),
         "midnight Friday", "1989-10-27T24:00"),
        # ... but not a date pushed a year back
        ("The offer had been set to expire Nov. 6.", date(1989, 11, 2), "Nov. 6", "1989-11-06"),
        # a moved deadline lies ahead
        ("The bid was extended to Nov. 16.", date(1989, 10, 30), "Nov. 16", "1989-11-16"),
        # "set" as in a record, not a plan
        ("The index is near its record high set on Aug. 6.", date(1998, 2, 6), "Aug. 6",
         "1997-08-06"),
        ("The carrier has been on patrol since March.", date(1990, 8, 13), "March", "1990-03"),
        # a main verb in the future carries an unattached date forward
        ("Collins will be named commander for a mission in December.", date(1998, 3, 4),
         "December", "1998-12"),
        ("Nasdaq stocks hurt the index, which fell 1.4% on Friday.", date(1989, 10, 30),
         "Friday", "1989-10-27"),
    ],
)
def test_direction_cues(nlp, text: str, published: date, expression: str, value: str):
    assert values(nlp, text, published)[expression] == value


def test_a_long_span_takes_comparisons_off_the_quarter(nlp):
    text = (
        "GM said third-quarter net fell 22%. Sales rose 5% from a year earlier. In the "
        "latest nine months, EDS had 45% of its business outside GM, compared with 40% "
        "a year earlier."
    )
    doc = nlp(make_doc(nlp, text, date(1989, 10, 26)))
    years = [t.value for t in doc._.timexes if t.text == "a year earlier"]
    assert years == ["1988-Q3", "1988"]
