"""The seed article's events: type, actors, modality, date and attribution of each."""

from __future__ import annotations

import pytest

import eventwire


@pytest.fixture(scope="module")
def events(seed_text: str) -> list[eventwire.Event]:
    return eventwire.extract(seed_text, published="2019-04-18", article_id="seed")


def _one(events, trigger: str, plover: str, source: str, target: str | None = None):
    hits = [e for e in events if e.trigger.text == trigger and e.plover == plover
            and any(a.name == source for a in e.source)
            and (target is None or any(a.name == target for a in e.target))]
    assert len(hits) == 1, [(e.trigger.text, e.plover, [a.name for a in e.source]) for e in events]
    return hits[0]


def _codes(actors) -> list[str | None]:
    return [a.code for a in actors]


def test_planned_summit_with_putin(events) -> None:
    ev = _one(events, "summit", "CONSULT", "Kim Jong Un", "Vladimir Putin")
    assert ev.mode == "meet"
    assert _codes(ev.target) == ["RUSGOV"] and ev.target[0].name == "Vladimir Putin"
    assert ev.modality == "planned"
    assert ev.location is not None and ev.location.name == "Russky Island"
    assert ev.attribution is not None and ev.attribution.kind == "anonymous"


def test_putins_invitation_last_may(events) -> None:
    ev = _one(events, "invited", "AGREE", "Vladimir Putin")
    assert ev.cameo == "036"
    assert ev.target[0].name == "Kim Jong Un"
    assert (ev.date.start, ev.date.end, ev.date.granularity) == ("2018-05-01", "2018-05-31",
                                                                 "month")
    # The visit Putin invited Kim to make is the invitation's content, not an event.
    assert not [e for e in events if e.trigger.text == "visit" and e.sentence_index == 8]


def test_invitation_reported_by_the_presidential_office(events) -> None:
    ev = _one(events, "invitation", "AGREE", "Vladimir Putin")
    assert _codes(ev.target) == ["PRKGOV"]
    assert ev.attribution is not None and ev.attribution.kind == "organization"
    assert "presidential office" in (ev.attribution.text or "")


def test_2011_meeting_of_kim_jong_il_and_medvedev(events) -> None:
    ev = _one(events, "met", "CONSULT", "Kim Jong Il")
    assert _codes(ev.source) == ["PRKGOV"]
    assert ev.target[0].name == "Dmitry Medvedev" and ev.target[0].country == "RUS"
    assert ev.modality == "asserted"
    assert (ev.date.start, ev.date.granularity) == ("2011-01-01", "year")


def test_putins_2000_trip(events) -> None:
    ev = _one(events, "traveled", "CONSULT", "Vladimir Putin")
    assert [a.country for a in ev.target] == ["PRK"]
    assert ev.date.start == "2000-01-01" and ev.modality == "asserted"


def test_kims_call_to_end_sanctions(events) -> None:
    ev = _one(events, "calling", "REQUEST", "Kim Jong Un")
    assert ev.cameo == "0254" and ev.modality == "asserted"


def test_russias_support_for_easing_sanctions(events) -> None:
    ev = _one(events, "support", "SUPPORT", "Russia")
    assert ev.source[0].country == "RUS" and ev.modality == "asserted"


def test_us_refusal(events) -> None:
    ev = [e for e in events if e.plover == "REJECT"]
    assert len(ev) == 1
    assert "USA" in [a.country for a in ev[0].source]
    assert ev[0].trigger.text == "balked" and ev[0].modality == "asserted"


def test_security_team_arrival_is_planned_and_attributed(events) -> None:
    ev = _one(events, "arrive", "CONSULT", "North Korea")
    assert ev.source[0].country == "PRK" and [a.country for a in ev.target] == ["RUS"]
    assert ev.modality == "planned" and ev.date.start == "2019-04-23"
    assert ev.location is not None and ev.location.name == "Vladivostok"
    assert ev.attribution is not None and ev.attribution.kind == "anonymous"
    assert "Russian government official" in (ev.attribution.text or "")


def test_lankov_is_the_named_source_of_his_forecast(events) -> None:
    ev = _one(events, "discuss", "CONSULT", "Kim Jong Un")
    assert ev.modality == "expected"
    assert ev.attribution is not None and ev.attribution.kind == "named"
    assert ev.attribution.actor is not None and ev.attribution.actor.name == "Andrei Lankov"


# Modality is set on every candidate, before the learned filter decides which are
# reported; the two below are low-evidence events (an intention denied, a condition)
# that the filter may drop, so their modality is checked where it is set.

@pytest.fixture(scope="module")
def candidates(seed_text: str, nlp):  # type: ignore[no-untyped-def]
    from eventwire.nlp import make_doc

    article = eventwire.make_article(seed_text, published="2019-04-18")
    doc = nlp(make_doc(nlp, article.body, article.published))
    return [(doc[e.trigger_start:e.trigger_end].text, e) for e in doc._.event_candidates]


def test_no_intention_to_invest_is_negated(candidates) -> None:
    ev = [e for t, e in candidates if t == "invest" and e.plover == "COOPERATE"]
    assert ev and ev[0].modality == "negated"
    assert [a.country for a in ev[0].source] == ["RUS"]


def test_condition_until_pyongyang_agrees_is_hypothetical(candidates) -> None:
    ev = [e for t, e in candidates if t == "agrees"]
    assert ev and ev[0].modality == "hypothetical"


def test_collapsed_february_summit_with_trump_in_vietnam(events) -> None:
    ev = _one(events, "summit", "CONSULT", "Kim Jong Un", "Donald Trump")
    assert _codes(ev.target) == ["USAGOV"]
    assert ev.modality == "asserted"
    assert ev.location is not None and ev.location.country == "VNM"
    assert (ev.date.start, ev.date.end) == ("2019-02-28", "2019-02-28")


def test_pyongyang_is_a_place_where_it_is_one_and_the_government_where_it_acts(
        seed_text: str, nlp) -> None:
    from eventwire.nlp import make_doc

    article = eventwire.make_article(seed_text, published="2019-04-18")
    doc = nlp(make_doc(nlp, article.body, article.published))
    flight = doc.text.index("arrive from Pyongyang") + len("arrive from ")
    places = [p for p in doc._.places if p.start_char == flight]
    assert places and places[0].country == "PRK" and places[0].feature.startswith("PPL")
    acting = doc.text.index("until Pyongyang agrees") + len("until ")
    actors = [a for a in doc._.actors if a.start_char == acting]
    assert actors and actors[0].code == "PRKGOV"
    agrees = [e for e in doc._.event_candidates if doc[e.trigger_start].text == "agrees"]
    assert agrees and agrees[0].source[0].text == "Pyongyang"
    assert agrees[0].source[0].code == "PRKGOV"


def test_putin_expected_at_the_beijing_forum(events) -> None:
    ev = _one(events, "attend", "CONSULT", "Vladimir Putin")
    assert ev.modality == "expected"
    assert (ev.date.start, ev.date.end) == ("2019-04-25", "2019-04-27")
    assert ev.location is not None and ev.location.name == "Beijing"
    assert ev.location.country == "CHN"


def test_announcing_the_visit_is_not_a_visit_by_the_announcer(events) -> None:
    assert not [e for e in events if e.plover == "CONSULT"
                and any(a.country == "RUS" for a in e.source) and e.trigger.text == "visit"]
