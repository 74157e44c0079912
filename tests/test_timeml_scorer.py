"""The TimeML reader and the TempEval-3 scorer on a small hand-made gold/system pair."""

from __future__ import annotations

import pytest

from eventwire.errors import EvaluationDataError
from eventwire.evaluate.timeml import Span, annotate_timeml, parse_timeml, score

GOLD_TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>T1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<TEXT>
Bombs <EVENT eid="e1">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; \
killed dozens <TIMEX3 tid="t2" type="DATE" value="1998-08-06">late Thursday night</TIMEX3>, \
for <TIMEX3 tid="t3" type="DURATION" value="P3D">three days</TIMEX3> in \
<TIMEX3 tid="t4" type="DATE" value="1998">1998</TIMEX3>.
</TEXT>
</TimeML>
"""


def test_reader_strips_tags_and_decodes_entities() -> None:
    doc = parse_timeml(GOLD_TML, "T1")
    assert str(doc.dct) == "1998-08-07"
    assert "<" not in doc.text and "&amp;" not in doc.text and " & " in doc.text
    assert [(g.text, g.type, g.value) for g in doc.gold] == [
        ("Friday", "DATE", "1998-08-07"),
        ("late Thursday night", "DATE", "1998-08-06"),
        ("three days", "DURATION", "P3D"),
        ("1998", "DATE", "1998"),
    ]
    assert all(doc.text[g.start : g.end] == g.text for g in doc.gold)


def test_scores_on_a_hand_made_pair() -> None:
    doc = parse_timeml(GOLD_TML, "T1")
    g = {s.text: s for s in doc.gold}
    t = doc.text

    def at(text: str, type_: str, value: str) -> Span:
        start = t.index(text)
        return Span(start, start + len(text), text, type_, value)

    system = [
        at("Friday", "DATE", "1998-08-07"),  # strict, type and value right
        at("Thursday night", "TIME", "1998-08-06TNI"),  # relaxed only; type and value wrong
        at("three days", "DURATION", "P3D"),  # strict, right
        at("dozens", "DATE", "PAST_REF"),  # spurious
    ]  # "1998" missed
    s = score([(doc.gold, system)])
    assert (s.gold, s.system, s.strict, s.relaxed, s.type_ok, s.value_ok) == (4, 4, 2, 3, 2, 2)
    f = s.figures()
    assert f["strict_p"] == pytest.approx(50.0) and f["strict_r"] == pytest.approx(50.0)
    assert f["relaxed_f1"] == pytest.approx(75.0)
    assert f["value_accuracy"] == pytest.approx(200 / 3)
    assert f["value_f1"] == pytest.approx(75.0 * 2 / 3)
    assert f["type_f1"] == pytest.approx(50.0)
    assert g["1998"].value == "1998"


def test_one_to_one_matching() -> None:
    gold = [Span(0, 10, "x" * 10, "DATE", "2000")]
    system = [Span(0, 4, "xxxx", "DATE", "2000"), Span(5, 10, "xxxxx", "DATE", "2000")]
    s = score([(gold, system)])
    assert (s.relaxed, s.strict) == (1, 0)  # the second overlap finds the gold span taken
    assert s.figures()["relaxed_p"] == pytest.approx(50.0)


def test_missing_text_element_is_a_coded_error() -> None:
    with pytest.raises(EvaluationDataError):
        parse_timeml("<TimeML><DCT></DCT></TimeML>", "broken")


def test_retagging_round_trips() -> None:
    doc = parse_timeml(GOLD_TML, "T1")
    again = parse_timeml(annotate_timeml(doc, doc.gold), "T1")
    assert again.text == doc.text
    assert [(s.start, s.end, s.value) for s in again.gold] == [
        (s.start, s.end, s.value) for s in doc.gold
    ]
