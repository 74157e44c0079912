"""The event-place linker on hand-built events over parsed sentences."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.components.event_place import EventPlaceLinker
from eventwire.mentions import ActorMention, EventMention
from eventwire.nlp import build_pipeline, make_doc

SEED = Path(__file__).parent / "fixtures" / "japantimes-2019-04-18-kim-russia-visit.txt"


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return build_pipeline(stages=("eventwire_places_v1",))


@pytest.fixture(scope="module")
def seed_doc(nlp):  # type: ignore[no-untyped-def]
    return nlp(make_doc(nlp, SEED.read_text(encoding="utf-8"), date(2019, 4, 18)))


def _token(doc, word: str, nth: int = 0) -> int:  # type: ignore[no-untyped-def]
    return [t.i for t in doc if t.text == word][nth]


def _at(doc, phrase: str, word: str) -> int:  # type: ignore[no-untyped-def]
    """Token index of ``word`` inside the first occurrence of ``phrase``."""
    start = doc.text.index(phrase) + phrase.index(word)
    return doc.char_span(start, start + len(word)).start


def _actor(doc, word: str, nth: int = 0) -> ActorMention:  # type: ignore[no-untyped-def]
    i = _token(doc, word, nth)
    tok = doc[i]
    return ActorMention(i, i + 1, tok.idx, tok.idx + len(tok), tok.text, tok.text, None, head=i)


def _event(doc, word: str, nth: int = 0, args=(), source=(), target=()) -> EventMention:  # type: ignore[no-untyped-def]
    i = _token(doc, word, nth)
    return EventMention(i, i + 1, i, "CONSULT", None, 1, None, arg_heads=list(args),
                        source=list(source), target=list(target))


def _locate(doc, event):  # type: ignore[no-untyped-def]
    doc._.events = [event]
    EventPlaceLinker()(doc)
    return event.location


def test_summit_on_russky_island(seed_doc) -> None:  # type: ignore[no-untyped-def]
    summit = _event(seed_doc, "summit", 0, args=[_token(seed_doc, "summit")],
                    source=[_actor(seed_doc, "Kim", 2)])
    hold = _event(seed_doc, "hold", 0, args=[_token(seed_doc, "summit")])
    for event in (summit, hold):
        loc = _locate(seed_doc, event)
        assert loc is not None and loc.text == "Russky Island" and loc.country == "RUS"


def test_forum_held_in_beijing(seed_doc) -> None:  # type: ignore[no-untyped-def]
    i = _at(seed_doc, "expected to attend an international forum", "attend")
    forum = _at(seed_doc, "attend an international forum", "forum")
    attend = EventMention(i, i + 1, i, "CONSULT", None, 1, None, arg_heads=[forum])
    loc = _locate(seed_doc, attend)
    assert loc is not None and loc.text == "Beijing" and loc.country == "CHN"


def test_summit_in_vietnam(seed_doc) -> None:  # type: ignore[no-untyped-def]
    collapse = _event(seed_doc, "summit", 3)
    assert seed_doc[collapse.head + 1].text == "in"
    loc = _locate(seed_doc, collapse)
    assert loc is not None and loc.text == "Vietnam"


def test_acting_government_is_not_the_location(seed_doc) -> None:  # type: ignore[no-untyped-def]
    i = _at(seed_doc, "until Pyongyang agrees", "Pyongyang")
    tok = seed_doc[i]
    pyongyang = ActorMention(i, i + 1, tok.idx, tok.idx + 9, tok.text, "North Korea", "PRK",
                             head=i)
    agrees = _event(seed_doc, "agrees", 0, source=[pyongyang])
    assert any(p.start == i for p in seed_doc._.places)  # Pyongyang is a place mention...
    loc = _locate(seed_doc, agrees)  # ... but not where its own agreement happens
    assert loc is None or loc.start != i


def test_origin_and_possessor_are_not_locations(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "The flight will arrive from Pyongyang on Tuesday.", None))
    assert _locate(doc, _event(doc, "arrive")) is None
    doc = nlp(make_doc(nlp, "Rebels attacked a convoy near Aleppo in Syria's north.", None))
    loc = _locate(doc, _event(doc, "attacked", args=[_token(doc, "convoy")]))
    assert loc is not None and loc.text == "Aleppo"


def test_sentence_place_and_dateline(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("MOSCOW - The two leaders met on Friday. "
            "Protesters, meanwhile, marched in Kiev as police watched.")
    doc = nlp(make_doc(nlp, text, None))
    assert _locate(doc, _event(doc, "met")) is None
    loc = _locate(doc, _event(doc, "marched"))
    assert loc is not None and loc.text == "Kiev"
    # "as police watched" is a clause of its own: Kiev is where the marching was.
    assert _locate(doc, _event(doc, "watched")) is None
    # A noun trigger reaches the locative of its own clause through the fallback.
    doc = nlp(make_doc(nlp, "Clashes erupted on Sunday in Kiev after the vote.", None))
    loc = _locate(doc, _event(doc, "Clashes"))
    assert loc is not None and loc.text == "Kiev"


def test_sentence_fallback_stays_in_the_event_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("While the North Korean leader visited Chinese President Xi Jinping four times "
            "last year, he didn't stop in Beijing.")
    doc = nlp(make_doc(nlp, text, None))
    visit = _event(doc, "visited", target=[_actor(doc, "Jinping")])
    visit.mode = "visit"
    assert _locate(doc, visit) is None
    loc = _locate(doc, _event(doc, "stop"))
    assert loc is not None and loc.text == "Beijing"
