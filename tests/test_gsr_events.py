"""PLOVER GSR event scoring and the CAMEO-convention restatement, on hand-made cases."""

from __future__ import annotations

import pytest

from eventwire.evaluate.plover_gsr import GsrActor, GsrRecord
from eventwire.evaluate.plover_gsr_events import pick_event, score_events
from eventwire.knowledge.embedding import cameo_convention, embedded_code
from eventwire.record import Actor, Event, Trigger, When


def _event(plover: str, cameo: str, modality: str, src: tuple[int, int], conf: float = 0.8):
    actor = Actor("x", src[0], src[1], "X", "USA", ("GOV",), "USAGOV")
    return Event("id", "a", 0, "s", Trigger("t", 0, 1), plover, None, None, cameo, 1, None,
                 (actor,), (), When(None, None, None, None, "unknown"), None, modality, None, conf)


def _record(text: str, event: str, source: str) -> GsrRecord:
    return GsrRecord("r", text, event, None, None, "", [GsrActor(source, "USA", "GOV", "USA", "GOV")])


def test_convention_restates_future_acts_only() -> None:
    assert cameo_convention("042", "CONSULT", "planned") == ("036", "AGREE")
    assert cameo_convention("0854", "RETREAT", "expected")[1] == "AGREE"
    assert cameo_convention("163", "SANCTION", "planned") == ("1312", "THREATEN")
    assert cameo_convention("190", "ASSAULT", "planned") == ("138", "THREATEN")
    assert cameo_convention("042", "CONSULT", "asserted") == ("042", "CONSULT")
    assert cameo_convention("111", "ACCUSE", "planned") == ("111", "ACCUSE")
    assert embedded_code("refuse", "0831") == "1231"
    assert embedded_code("intent", "085") == "0354"


@pytest.mark.parametrize(("inner", "threat"), [
    ("1723", "1323"), ("1724", "1324"), ("172", "132"), ("143", "133"), ("163", "1312"),
    ("161", "1313"), ("164", "134"), ("175", "137"), ("191", "1381"), ("192", "1382"),
    ("190", "138"), ("193", "1384"), ("180", "1383"), ("173", "130"),
])
def test_a_threat_takes_the_code_of_what_it_threatens(inner: str, threat: str) -> None:
    assert embedded_code("threaten", inner) == threat


def test_event_with_matched_actors_is_picked_and_scored() -> None:
    rec = _record("Washington will visit Paris.", "AGREE", "Washington")
    far = _event("ASSAULT", "190", "asserted", (20, 25), conf=0.9)
    near = _event("CONSULT", "042", "planned", (0, 10), conf=0.5)
    assert pick_event(rec, [far, near]) is near
    missed = _record("Nobody did anything.", "REJECT", "Nobody")
    scores = score_events([rec, missed], [[far, near], []])
    assert scores.found == 1
    assert scores.pairs_found == [("AGREE", "CONSULT")]
    assert scores.conv_found == [("AGREE", "AGREE")]
    assert scores.pairs_all[1] == ("REJECT", "NONE")
