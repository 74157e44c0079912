"""Time expressions of the seed article (The Japan Times, 2019-04-18, credits Kyodo,
Bloomberg) and of typical news phrasings, normalized against a publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.nlp import load_pipeline, make_doc

SEED = Path(__file__).parent / "fixtures" / "japantimes-2019-04-18-kim-russia-visit.txt"
PUBLISHED = date(2019, 4, 18)  # a Thursday


@pytest.fixture(scope="session")
def nlp():
    return load_pipeline()


def timexes(nlp, text: str, published: date | None = PUBLISHED):
    doc = nlp(make_doc(nlp, text, published))
    return [(t.text, t.type, t.value, t.mod, t.end_value) for t in doc._.timexes]


# Every expression of the seed article, in order: (text, type, value, mod, end value).
SEED_TIMEXES = [
    ("three days", "DURATION", "P3D", None, None),
    ("Wednesday next week", "DATE", "2019-04-24", None, None),
    ("Thursday", "DATE", "2019-04-18", None, None),  # "it was learned Thursday": today
    ("the same day", "DATE", "2019-04-18", None, None),  # anaphoric: Thursday
    ("next Tuesday", "DATE", "2019-04-23", None, None),
    ("last week", "DATE", "2019-W15", None, None),
    ("2012", "DATE", "2012", None, None),
    ("currently", "DATE", "PRESENT_REF", None, None),
    ("May last year", "DATE", "2018-05", None, None),
    ("Wednesday", "DATE", "2019-04-17", None, None),  # "told ... on Wednesday": past
    ("April 25-27", "DATE", "2019-04-25", None, "2019-04-27"),
    ("Tuesday morning", "TIME", "2019-04-23TMO", None, None),  # "is due to arrive": future
    ("later that day", "DATE", "2019-04-23", None, None),  # anaphoric: Tuesday
    ("Tuesday", "DATE", "2019-04-23", None, None),  # "will be visiting on Tuesday"
    ("2011", "DATE", "2011", None, None),
    ("2001", "DATE", "2001", None, None),
    ("2002", "DATE", "2002", None, None),
    ("2000", "DATE", "2000", None, None),
    ("soon", "DATE", "FUTURE_REF", None, None),
    ("February", "DATE", "2019-02", None, None),
    ("the end of this year", "DATE", "2019", "END", None),
    ("Feb. 28", "DATE", "2019-02-28", None, None),
    ("last year", "DATE", "2018", None, None),
    ("currently", "DATE", "PRESENT_REF", None, None),
]


def test_seed_article_every_expression(nlp) -> None:
    if not SEED.exists():
        pytest.skip(f"seed fixture missing: {SEED}")
    assert timexes(nlp, SEED.read_text(encoding="utf-8")) == SEED_TIMEXES


def test_seed_offsets_point_at_the_text(nlp) -> None:
    text = SEED.read_text(encoding="utf-8")
    doc = nlp(make_doc(nlp, text, PUBLISHED))
    for t in doc._.timexes:
        assert text[t.start_char : t.end_char] == t.text
        assert doc[t.start : t.end].text == t.text
    starts = [t.start for t in doc._.timexes]
    assert starts == sorted(starts)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The talks were held on Monday.", ("Monday", "DATE", "2019-04-15")),
        ("The talks will be held on Monday.", ("Monday", "DATE", "2019-04-22")),
        ("The envoy is scheduled to land on Saturday.", ("Saturday", "DATE", "2019-04-20")),
        ("He left last Thursday.", ("last Thursday", "DATE", "2019-04-11")),
        ("Rebels attacked the town yesterday.", ("yesterday", "DATE", "2019-04-17")),
        ("Voting ends tomorrow.", ("tomorrow", "DATE", "2019-04-19")),
        ("Prices rose earlier this month.", ("earlier this month", "DATE", "2019-04")),
        ("Troops withdrew in late February.", ("late February", "DATE", "2019-02")),
        ("The war of the 1990s left scars.", ("the 1990s", "DATE", "199")),
        ("Growth slowed in the third quarter.", ("the third quarter", "DATE", "2018-Q3")),
        ("Growth will slow in the third quarter.", ("the third quarter", "DATE", "2019-Q3")),
        ("The treaty was signed on March 5, 1946.", ("March 5, 1946", "DATE", "1946-03-05")),
        ("The reform took a decade.", ("a decade", "DURATION", "P10Y")),
        ("Elections are held every year.", ("every year", "SET", "P1Y")),
        ("He was elected five years ago.", ("five years ago", "DATE", "2014")),
        ("Protests grew in recent days.", ("recent days", "DATE", "PAST_REF")),
        ("The blast came at 10:35 a.m.", ("10:35 a.m.", "TIME", "2019-04-18T10:35")),
        ("The summit is planned for next month.", ("next month", "DATE", "2019-05")),
        ("Sales fell in the first half of 2018.", ("the first half of 2018", "DATE", "2018-H1")),
        ("The army withdrew last summer.", ("last summer", "DATE", "2018-SU")),
    ],
)
def test_news_phrasings(nlp, text: str, expected: tuple[str, str, str]) -> None:
    got = [t[:3] for t in timexes(nlp, text)]
    assert expected in got, got


def test_anaphora_follows_the_discourse_not_publication(nlp) -> None:
    got = timexes(nlp, "Fighting began on March 3, 2015. The next day, rebels took the town.")
    assert got[1][:3] == ("The next day", "DATE", "2015-03-04")


def test_no_publication_date_leaves_values_underspecified(nlp) -> None:
    got = {t[0]: t[2] for t in timexes(nlp, "Talks resumed on April 25 and ended last week, "
                                       "before the Wednesday vote. He left in 2011.", None)}
    assert got["April 25"] == "XXXX-04-25"
    assert got["last week"] == "XXXX-WXX"
    assert got["Wednesday"] == "XXXX-WXX-3"
    assert got["2011"] == "2011"  # absolute values need no anchor
