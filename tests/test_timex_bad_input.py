"""Bad input for the time stage: no crash, no invented date."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.nlp import load_pipeline, make_doc

PUBLISHED = date(2019, 4, 18)


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def values(nlp, text: str, published: date | None = PUBLISHED) -> list[tuple[str, str]]:
    doc = nlp(make_doc(nlp, text, published))
    return [(t.text, t.value) for t in doc._.timexes]


@pytest.mark.parametrize("published", [PUBLISHED, None])
@pytest.mark.parametrize(
    "text",
    [
        "The vote was set for February 30.",
        "Parliament met on April 31, 2019.",
        "The ruling is dated 31/02/2019 and 2019-13-45.",
        "He finished 45th of April, and the 45th.",
    ],
)
def test_nonsense_dates_give_nothing(nlp, text: str, published: date | None) -> None:
    assert values(nlp, text, published) == []


def test_leap_day_is_kept_in_a_leap_year(nlp) -> None:
    assert values(nlp, "Feb. 29 was the deadline.") == []  # 2019 is no leap year
    assert values(nlp, "Feb. 29 was the deadline.", None) == [("Feb. 29", "XXXX-02-29")]
    assert values(nlp, "The deadline was Feb. 29.", date(2020, 4, 1)) == [("Feb. 29", "2020-02-29")]


def test_huge_years_and_spans_do_not_crash(nlp) -> None:
    got = values(nlp, "In 99999 and 12000 BC, 10000 years ago, for 3000000 days, in 1e400.")
    assert all(v[:1] in ("P", "X") or v[:4].isdigit() and int(v[:4]) <= 2199 for _, v in got)
    assert ("10000 years ago", "XXXX") in got  # out of the calendar: no year made up
    assert not any(t in ("99999", "12000") for t, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "The UN sent 2000 troops to the border.",
        "Some 1500 police were deployed.",
        "The fund paid $2019 to each family.",
        "Turnout rose to 2012 voters from 1998 voters.",
    ],
)
def test_numbers_that_look_like_years_are_not_dates(nlp, text: str) -> None:
    assert values(nlp, text) == []


def test_years_in_noun_phrases_are_still_dates(nlp) -> None:
    assert values(nlp, "The 2012 summit was held in Vladivostok.") == [("2012", "2012")]


def test_time_without_date_takes_the_discourse_day_or_stays_open(nlp) -> None:
    assert values(nlp, "The blast came at 10:35 p.m.") == [("10:35 p.m.", "2019-04-18T22:35")]
    assert values(nlp, "The blast came at 10:35 p.m.", None) == [("10:35 p.m.", "XXXX-XX-XXT22:35")]
    assert values(nlp, "Prices rose 2.50 and 7:95 percent.") == []


def test_mixed_scripts(nlp) -> None:
    got = values(nlp, "Talks on 2019年4月18日 and в четверг 18 апреля, ٢٠١٩, then on Thursday.")
    assert got == [("Thursday", "2019-04-18")]


@pytest.mark.parametrize("text", ["", "   \n\n ", "—", "2019", "Monday", "\u200b\u200b"])
def test_degenerate_documents(nlp, text: str) -> None:
    for published in (PUBLISHED, None):
        got = values(nlp, text, published)
        assert all(v for _, v in got)


def test_a_telephone_number_is_no_year(nlp) -> None:
    got = values(nlp, "For more information, call 806-423-1253 or 1-855-808-1990.")
    assert got == []
