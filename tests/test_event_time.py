"""Event-time linking on hand-built events over the parsed seed article, and the
TIMEX3 value -> contract date span function."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.mentions import EventMention
from eventwire.nlp import load_pipeline, make_doc
from eventwire.temporal import value_range
from eventwire.temporal.linking import link_event

SEED = Path(__file__).parent / "fixtures" / "japantimes-2019-04-18-kim-russia-visit.txt"


@pytest.fixture(scope="module")
def seed_doc():
    nlp = load_pipeline()
    return nlp(make_doc(nlp, SEED.read_text(encoding="utf-8"), date(2019, 4, 18)))


def _event(doc, word: str, nth: int = 0, args: tuple[int, ...] = ()) -> EventMention:
    i = [t.i for t in doc if t.text == word][nth]
    return EventMention(i, i + 1, i, "CONSULT", None, 1, None, arg_heads=list(args))


@pytest.mark.parametrize(
    ("word", "nth", "start", "end", "granularity", "text"),
    [
        # "to visit Russia for three days from Wednesday next week"
        ("visit", 0, "2019-04-24", "2019-04-26", "day", "three days from Wednesday next week"),
        ("arrive", 0, "2019-04-23", "2019-04-23", "day", "next Tuesday"),
        ("invited", 0, "2018-05-01", "2018-05-31", "month", "May last year"),
        ("told", 0, "2019-04-17", "2019-04-17", "day", "Wednesday"),
        ("announced", 0, "2019-04-18", "2019-04-18", "day", "the same day"),
        ("gave", 0, "2019-04-08", "2019-04-14", "week", "last week"),
        ("traveled", 0, "2000-01-01", "2000-12-31", "year", "2000"),
        ("met", 0, "2011-01-01", "2011-12-31", "year", "2011"),
        ("collapse", 0, "2019-02-28", "2019-02-28", "day", "Feb. 28"),
    ],
)
def test_governing_expression_dates_the_event(
    seed_doc, word: str, nth: int, start: str, end: str, granularity: str, text: str
) -> None:
    d = link_event(seed_doc, _event(seed_doc, word, nth), seed_doc._.timexes)
    assert (d.start, d.end, d.granularity, d.basis, d.text) == (start, end, granularity, "text", text)


def test_expression_of_another_clause_does_not_govern(seed_doc) -> None:
    # "Putin in May last year invited the North Korean leader to visit Russia":
    # the invitation is dated, the visit it asks for is not.
    i = [t.i for t in seed_doc if t.text == "visit"][4]
    assert seed_doc[i - 1].text == "to" and seed_doc[i + 1].text == "Russia"
    d = link_event(seed_doc, EventMention(i, i + 1, i, "CONSULT", None, 1, None), seed_doc._.timexes)
    assert d.basis == "publication" and d.start == "2019-04-18"


def test_publication_then_unknown_fallback() -> None:
    nlp = load_pipeline()
    text = "Rebels attacked an army post."
    for published, basis, start in ((date(2019, 4, 18), "publication", "2019-04-18"),
                                    (None, "unknown", None)):
        doc = nlp(make_doc(nlp, text, published))
        d = link_event(doc, _event(doc, "attacked"), doc._.timexes)
        assert (d.basis, d.start, d.end) == (basis, start, start)


def test_underspecified_expression_is_unknown_with_text() -> None:
    nlp = load_pipeline()
    doc = nlp(make_doc(nlp, "Rebels attacked an army post on April 25.", None))
    d = link_event(doc, _event(doc, "attacked"), doc._.timexes)
    assert (d.basis, d.start, d.end, d.granularity, d.text) == ("unknown", None, None, "day",
                                                                "April 25")


def test_pipeline_stage_fills_event_dates() -> None:
    nlp = load_pipeline()
    doc = nlp.make_doc("Rebels attacked an army post on Monday.")
    doc._.published = date(2019, 4, 18)
    for name, proc in nlp.pipeline:
        if name == "eventwire_events_v1":
            break
        doc = proc(doc)
    doc._.events = [_event(doc, "attacked")]
    doc = nlp.get_pipe("eventwire_event_time_v1")(doc)
    assert doc._.events[0].date.start == "2019-04-15"


@pytest.mark.parametrize(
    ("value", "end_value", "mod", "expected"),
    [
        ("2019-04-24", None, None, ("2019-04-24", "2019-04-24", "day")),
        ("2019-04-23TMO", None, None, ("2019-04-23", "2019-04-23", "day")),
        ("2019-W15", None, None, ("2019-04-08", "2019-04-14", "week")),
        ("2019-W15-WE", None, None, ("2019-04-13", "2019-04-14", "week")),
        ("2018-05", None, None, ("2018-05-01", "2018-05-31", "month")),
        ("2016-02", None, None, ("2016-02-01", "2016-02-29", "month")),
        ("2019-Q3", None, None, ("2019-07-01", "2019-09-30", "quarter")),
        ("2000", None, None, ("2000-01-01", "2000-12-31", "year")),
        ("199", None, None, ("1990-01-01", "1999-12-31", "decade")),
        ("2018-WI", None, None, ("2018-12-01", "2019-02-28", "quarter")),
        ("2019-04-25", "2019-04-27", None, ("2019-04-25", "2019-04-27", "day")),
        ("2019-02", None, "END", ("2019-02-21", "2019-02-28", "month")),
        ("2019", None, "START", ("2019-01-01", "2019-04-30", "year")),
        ("XXXX-04-25", None, None, (None, None, "day")),
        ("P3D", None, None, (None, None, None)),
        ("PRESENT_REF", None, None, (None, None, None)),
        ("2019-02-30", None, None, (None, None, None)),
    ],
)
def test_value_range(value: str, end_value: str | None, mod: str | None, expected) -> None:
    assert value_range(value, end_value, mod) == expected


def _index(doc, word: str, after: str | None = None) -> int:
    start = [t.i for t in doc if t.text == after][0] if after else 0
    return [t.i for t in doc if t.text == word and t.i >= start][0]


def test_since_clause_dates_its_own_verb_not_the_main_event(seed_doc) -> None:
    # "Russia ... has expressed repeated support for reducing sanctions since North
    # Korea opened nuclear talks last year": "last year" dates the opening only.
    support = _index(seed_doc, "support", after="repeated")
    head = seed_doc[support].head.i
    russia = [c.i for c in seed_doc[head].children if c.dep_ == "nsubj"][0]
    main = EventMention(support, support + 1, head, "CONSULT", None, 1, None,
                        arg_heads=[russia, support])
    assert link_event(seed_doc, main, seed_doc._.timexes).basis == "publication"
    opened = _index(seed_doc, "opened", after="repeated")
    sub = EventMention(opened, opened + 1, opened, "CONSULT", None, 1, None)
    d = link_event(seed_doc, sub, seed_doc._.timexes)
    assert (d.text, d.start, d.end) == ("last year", "2018-01-01", "2018-12-31")


def test_after_clause_does_not_date_the_main_event(seed_doc) -> None:
    # "speculation that Kim would soon reach out to a long-time ally after failing to
    # get sanctions relief during his last nuclear talks with ... Trump in February"
    reach = _index(seed_doc, "reach")
    failing = _index(seed_doc, "failing")
    ally = _index(seed_doc, "ally", after="reach")
    kim = reach - 3
    ev = EventMention(reach, reach + 2, reach, "CONSULT", None, 1, None,
                      arg_heads=[kim, ally, failing])
    assert link_event(seed_doc, ev, seed_doc._.timexes).text != "February"
    talks = _index(seed_doc, "talks", after="failing")
    d = link_event(seed_doc, EventMention(talks, talks + 1, talks, "CONSULT", None, 1, None),
                   seed_doc._.timexes)
    assert (d.text, d.start) == ("February", "2019-02-01")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # relative clause on an argument: not the event's time
        ("Russia, which hosted the summit in 2012, has expressed support for the talks.",
         "expressed", None),
        # relative clause on the trigger itself: its time
        ("The talks, which were held in February, collapsed.", "talks", "February"),
        # subordinate clauses with their own verb
        ("The minister resigned after the army seized power on Monday.", "resigned", None),
        ("Protesters marched while police watched on Tuesday.", "marched", None),
        ("The minister said that troops would withdraw in May.", "said", None),
        # a time in the main clause still dates it
        ("After the vote, the minister resigned on Monday.", "resigned", "Monday"),
        ("The minister resigned on Monday after the army seized power.", "resigned", "Monday"),
    ],
)
def test_subordinate_clause_times_stay_in_their_clause(text: str, word: str,
                                                       expected: str | None) -> None:
    nlp = load_pipeline()
    doc = nlp(make_doc(nlp, text, date(2019, 4, 18)))
    i = [t.i for t in doc if t.text == word][0]
    subjects = tuple(c.i for c in doc[i].children if c.dep_ == "nsubj")
    d = link_event(doc, _event(doc, word, args=subjects), doc._.timexes)
    assert d.text == expected, (d, [(t.text, t.dep_, t.head.text) for t in doc])


@pytest.mark.parametrize(
    ("text", "word", "start", "end"),
    [
        # a specific date wins over "now" in the same clause
        ("On Friday, a federal judge sentenced Fields, now 22, to life in prison.",
         "sentenced", "2019-06-28", "2019-06-28"),
        # a duration that places another time is not the event's length
        ("On Friday the legislature voted to legalize same-sex marriage, seven days "
         "before the deadline.", "voted", "2019-06-28", "2019-06-28"),
        # "for five weeks": how long the suspension lasts
        ("The Queen suspended parliament for five weeks on Friday.",
         "suspended", "2019-06-28", "2019-08-01"),
        # a date that opens the sentence sets the time of its other clauses too
        ("In 2017, after sexual misconduct allegations came to light, Conyers resigned.",
         "allegations", "2017-01-01", "2017-12-31"),
        ("In 2018, Hungary licensed Czech rifles, then agreed with Airbus to build a plant.",
         "agreed", "2018-01-01", "2018-12-31"),
    ],
)
def test_linking_prefers_dates_and_joins_only_lasting_durations(text, word, start, end) -> None:
    nlp = load_pipeline()
    doc = nlp(make_doc(nlp, text, date(2019, 7, 1)))
    ev = _event(doc, word)
    d = link_event(doc, ev, doc._.timexes)
    assert (d.start, d.end, d.basis) == (start, end, "text")


def test_an_opening_date_is_not_the_date_of_what_a_report_says() -> None:
    nlp = load_pipeline()
    text = "Yesterday, police said they had arrested a second man."
    doc = nlp(make_doc(nlp, text, date(2019, 9, 18)))
    d = link_event(doc, _event(doc, "arrested"), doc._.timexes)
    assert (d.start, d.basis) == ("2019-09-18", "publication")


@pytest.mark.parametrize(
    ("text", "published", "trigger", "expected"),
    [
        # a participial adjunct and a coordinated verb share their head's time
        ("President Vladimir Putin flew to Magnitogorsk on Monday, visiting the wounded in "
         "hospital.", "2019-01-04", "visiting", "2018-12-31"),
        ("Iran fired missiles at two US bases in Iraq on Wednesday and threatened further "
         "strikes.", "2020-01-10", "threatened", "2020-01-08"),
        # a "where" clause tells of the occasion it hangs on
        ("Later on Tuesday Mitsotakis met with President Trump, where he denounced the border "
         "agreement again.", "2020-01-10", "denounced", "2020-01-07"),
        # a day before a bare hour; "until" gives an end, not the act's time; a time that
        # describes an actor is not the event's; a "when" clause shares the main clause's
        ("A police sergeant was shot at the custody centre at roughly 2am local time on "
         "Friday.", "2020-09-30", "shot", "2020-09-25"),
        ("The governor of Wisconsin postponed the election until June.",
         "2020-04-07", "postponed", "2020-04-07"),
        ("A new allegation surfaced from a niece of Biden's 2008 US Senate opponent Christine "
         "O'Donnell.", "2020-06-19", "allegation", "2020-06-19"),
        ("Violence broke out on Saturday when several thousand people rallied at Freedom Plaza "
         "in Washington.", "2020-11-17", "rallied", "2020-11-14"),
        # a coordinated clause with a subject of its own keeps its own (publication) time
        ("Iran fired missiles at US bases on Wednesday, and Trump imposed new sanctions.",
         "2020-01-10", "imposed", "2020-01-10"),
    ],
)
def test_dependent_verbs_share_the_time_of_their_head(nlp, text, published, trigger,  # type: ignore[no-untyped-def]
                                                      expected) -> None:
    # Linking is tested on the candidates: whether the learned filter keeps one is not
    # the question here.
    doc = nlp(make_doc(nlp, text, date.fromisoformat(published)))
    ev = next(e for e in doc._.event_candidates
              if doc[e.trigger_start:e.trigger_end].text == trigger)
    assert link_event(doc, ev, doc._.timexes or []).start == expected
