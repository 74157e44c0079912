"""The matching and figures of ``eventwire evaluate annotated``, pinned on a hand-made pair."""

from __future__ import annotations

from eventwire.evaluate.annotated import Scores, SysEvent, report, score_sentence


def _gold(start: int, end: int, plover: str, date: str | None) -> dict:
    return {"trigger": {"start": start, "end": end}, "plover": plover, "cameo": "040",
            "source": [{"start": 0, "end": 5}], "target": [], "modality": "asserted",
            "date": date}


def _sys(start: int, end: int, plover: str, days: tuple[str | None, str | None]) -> SysEvent:
    return SysEvent(plover=plover, cameo="040", trigger=(start, end), source=[(0, 5, None)],
                    target=[], modality="asserted", confidence=0.8, raw_confidence=0.8,
                    date=days)


def test_matching_types_and_event_dates() -> None:
    scores = Scores()
    gold = [_gold(10, 14, "CONSULT", "2019-04-24"),   # a day from the text
            _gold(20, 25, "ACCUSE", None),            # no date: the publication day
            _gold(40, 45, "PROTEST", "2019-04")]      # missed by the system
    system = [_sys(10, 14, "CONSULT", ("2019-04-24", "2019-04-26")),  # a span from that day
              _sys(21, 24, "REQUEST", ("2019-04-17", "2019-04-17")),  # wrong type, wrong day
              _sys(60, 64, "ASSAULT", ("2019-04-18", "2019-04-18"))]  # spurious
    score_sentence(gold, system, scores, published="2019-04-18")
    assert (scores.n_gold, scores.n_system, scores.n_matched) == (3, 3, 2)
    assert scores.type_correct == 1
    assert (scores.date_scored, scores.date_correct) == (2, 1)
    assert (scores.text_date_scored, scores.text_date_correct) == (1, 1)
    assert scores.missed["PROTEST"] == 1 and scores.spurious["ASSAULT"] == 1
    assert "event date (same start and end days)  50.0% of 2 matched" in report(scores, "t")


def test_a_month_value_needs_the_whole_month() -> None:
    scores = Scores()
    score_sentence([_gold(0, 4, "CONSULT", "2019-04")],
                   [_sys(0, 4, "CONSULT", ("2019-04-21", "2019-04-30"))], scores, "2019-05-02")
    assert (scores.date_scored, scores.date_correct) == (1, 0)


def test_actor_codes_of_matched_events() -> None:
    """Each coded gold actor a system actor overlaps: same code, same country (its first
    three letters); uncoded gold actors and actors the system does not overlap are not
    counted."""
    gold = {"trigger": {"start": 10, "end": 18}, "plover": "COERCE", "cameo": "173",
            "source": [{"start": 0, "end": 6, "code": "POLCOP"}],
            "target": [{"start": 19, "end": 30, "code": "POLCRM"},
                       {"start": 35, "end": 40, "code": None},
                       {"start": 50, "end": 55, "code": "DEUGOV"}],
            "modality": "asserted", "date": None}
    system = SysEvent(plover="COERCE", cameo="173", trigger=(10, 18),
                      source=[(0, 6, "POLCOP")], target=[(19, 30, "POLCVL"), (35, 40, None)],
                      modality="asserted", confidence=0.8, raw_confidence=0.8,
                      date=(None, None))
    scores = Scores()
    score_sentence([gold], [system], scores, published="2020-01-01")
    assert scores.actors_found == 2
    assert scores.actor_code_correct == 1      # POLCOP; POLCVL is not POLCRM
    assert scores.actor_country_correct == 2   # both Poland's
    assert "same code  50.0%, same country 100.0%" in report(scores, "t")


def test_an_uncoded_system_actor_has_no_country() -> None:
    gold = {"trigger": {"start": 0, "end": 4}, "plover": "COERCE", "cameo": "173",
            "source": [{"start": 5, "end": 10, "code": "GBRCOP"}], "target": [],
            "modality": "asserted", "date": None}
    system = SysEvent(plover="COERCE", cameo="173", trigger=(0, 4), source=[(5, 10, None)],
                      target=[], modality="asserted", confidence=0.8, raw_confidence=0.8,
                      date=(None, None))
    scores = Scores()
    score_sentence([gold], [system], scores, published="2020-01-01")
    assert (scores.actors_found, scores.actor_code_correct, scores.actor_country_correct) == \
        (1, 0, 0)
