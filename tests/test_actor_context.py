"""Participants with no country of their own take the country of where it happens.

GUIDELINES section 8: "Police arrested a 27-year-old man at the scene" in a report
from Poland is POLCOP against POLCRM. Articles are made up for the tests.
"""

from __future__ import annotations

import datetime as dt

from eventwire import extract
from eventwire.components.actor_context import main_country
from eventwire.nlp import make_doc


def _events(text: str):  # type: ignore[no-untyped-def]
    return extract(text, published=dt.date(2020, 1, 1))


def _one(events, trigger: str):  # type: ignore[no-untyped-def]
    return next(e for e in events if e.trigger.text == trigger)


def test_police_and_suspect_take_the_country_of_the_place() -> None:
    ev = _one(_events("Police arrested a 27-year-old man in Gdansk on Friday."), "arrested")
    assert [a.code for a in ev.source] == ["POLCOP"]
    assert [a.code for a in ev.target] == ["POLCRM"]
    assert "country from context: Gdansk" in ev.evidence["actors"]["source"][0]


def test_a_later_sentence_takes_the_country_of_the_articles_lead() -> None:
    events = _events("A gold toilet was stolen from Blenheim Palace in Oxfordshire, England, "
                     "on Saturday. Police arrested two men on Monday.")
    ev = _one(events, "arrested")
    assert [a.code for a in ev.source] == ["GBRCOP"]
    assert [a.code for a in ev.target] == ["GBRCRM"]


def test_protesters_are_civilians_of_the_place() -> None:
    ev = _one(_events("Police in Hong Kong fired tear gas at protesters on Sunday."), "fired")
    assert [a.code for a in ev.source] == ["HKGCOP"]
    assert [a.code for a in ev.target] == ["HKGCVL"]


def test_an_actor_with_its_own_country_keeps_it() -> None:
    ev = _one(_events("Russian police arrested two Ukrainian activists in Paris."), "arrested")
    assert [a.country for a in ev.source] == ["RUS"]
    assert [a.country for a in ev.target] == ["UKR"]


def test_no_place_no_country() -> None:
    ev = _one(_events("Police arrested two men on Monday."), "arrested")
    assert [a.country for a in ev.source] == [None]
    assert all(a.country is None for a in ev.target)


def test_main_country_weighs_the_lead_and_skips_nationality_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "A fire broke out in Oxford, England. Two American tourists and "
                            "an American student were hurt. They were flown to New York.",
                       dt.date(2020, 1, 1)))
    found = main_country(doc, doc._.places)
    assert found is not None and found[0] == "GBR"
    assert main_country(doc, []) is None


def test_an_uncoded_official_takes_the_government_of_the_place() -> None:
    ev = _one(_events("In Kenya, the minister demanded an apology from the newspaper."),
              "demanded")
    assert [a.code for a in ev.source] == ["KENGOV"]


def test_a_meeting_place_says_nothing_of_the_guests() -> None:
    ev = _one(_events("The ministers met in Brussels on Monday to discuss the crisis."), "met")
    assert all(a.country is None for a in ev.source)


def test_its_allies_take_no_country_from_context() -> None:
    events = _events("The U.S. and its allies have balked at allowing projects in Moscow.")
    ev = _one(events, "balked")
    allies = next(a for a in ev.source if a.text == "its allies")
    assert allies.country is None


def test_a_country_name_ending_a_longer_place_is_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "Protesters marched in New Jersey and New Mexico; police in New "
                            "South Wales watched.", dt.date(2020, 1, 1)))
    by_text = {a.text: a.country for a in doc._.actors}
    assert by_text["New Jersey"] == "USA"
    assert by_text["New Mexico"] == "USA"
    assert by_text.get("New South Wales") == "AUS" or any(
        a.country == "AUS" for a in doc._.actors if "New South Wales" in a.text)


def test_south_lebanon_stays_lebanon(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "Israeli jets struck South Lebanon.", dt.date(2020, 1, 1)))
    assert any(a.country == "LBN" for a in doc._.actors)


def test_a_private_person_who_kills_is_a_criminal() -> None:
    ev = _one(_events("Muhammad Waseem killed his sister in Multan, Pakistan, in 2016."),
              "killed")
    assert [a.code for a in ev.source] == ["PAKCRM"]


def test_soldiers_who_kill_keep_their_sector() -> None:
    ev = _one(_events("Pakistani soldiers killed three militants in Waziristan."), "killed")
    assert [a.code for a in ev.source] == ["PAKMIL"]


def test_members_of_congress_are_legislators() -> None:
    ev = _one(_events("Senator Bernie Sanders criticized Mitch McConnell on Tuesday."),
              "criticized")
    assert [a.code for a in ev.source] == ["USALEG"]
    assert [a.code for a in ev.target] == ["USALEG"]


def test_former_names_an_office_only_when_it_says_which() -> None:
    ev = _one(_events("Former US presidential candidate Elizabeth Warren endorsed Joe Biden "
                      "on Wednesday."), "endorsed")
    assert [a.code for a in ev.source] == ["USALEG"]  # a sitting senator in 2020
    ev = _one(_events("Former President Barack Obama praised Joe Biden."), "praised")
    assert [a.code for a in ev.source] == ["USAELI"]


def test_where_someone_comes_from_is_not_where_it_happens() -> None:
    events = _events("Police in Danbury, Connecticut, questioned residents on Sunday. "
                     "Gomez, a native of Mexico, was later arrested by police.")
    ev = _one(events, "arrested")
    assert [a.code for a in ev.source] == ["USACOP"]
