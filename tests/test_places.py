"""The place stage on the seed article and on short texts that need context to resolve."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.nlp import build_pipeline, make_doc

SEED = Path(__file__).parent / "fixtures" / "japantimes-2019-04-18-kim-russia-visit.txt"


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return build_pipeline(stages=("eventwire_places_v1",))


def places(nlp, text: str):  # type: ignore[no-untyped-def]
    return nlp(make_doc(nlp, text, None))._.places


def find(found, text: str):  # type: ignore[no-untyped-def]
    hits = [p for p in found if p.text == text]
    assert hits, f"{text!r} not among {[p.text for p in found]}"
    return hits


def test_seed_article_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    found = places(nlp, text)
    assert found == sorted(found, key=lambda p: (p.start, p.end))
    expected = {
        "Russia": ("RUS", "PCLI"), "Russky Island": ("RUS", "ISL"),
        "Vladivostok": ("RUS", None), "Pyongyang": ("PRK", "PPLC"),
        "Beijing": ("CHN", "PPLC"), "China": ("CHN", "PCLI"), "Vietnam": ("VNM", "PCLI"),
        "Seoul": ("KOR", "PPLC"), "North Korea": ("PRK", "PCLI"),
        "Soviet Union": ("RUS", "PCLH"), "Mount Paektu": ("PRK", "MT"),
    }
    for surface, (country, feature) in expected.items():
        for mention in find(found, surface):
            assert mention.country == country, surface
            if feature:
                assert mention.feature == feature, surface
            assert mention.lat is not None and mention.lon is not None
            assert text[mention.start_char : mention.end_char] == surface
    # Demonyms resolve to their country; a news agency tagged GPE does not become a place.
    assert all(p.country == "RUS" for p in find(found, "Russian"))
    assert not [p for p in found if p.text == "Bloomberg"]


def test_explicit_context_picks_the_small_place(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "The storm hit Paris, Texas, on Monday.")
    paris = find(found, "Paris")[0]
    assert paris.country == "USA" and paris.admin1 == "Texas"
    found = places(nlp, "She flew to Paris for the talks with the French president.")
    assert find(found, "Paris")[0].country == "FRA"


def test_country_focus_and_one_sense_per_article(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Police in London, Ontario, said on Monday that two people were hurt. "
        "The Ontario Provincial Police said London officers were at the scene. "
        "Residents of London were told to stay indoors."
    )
    londons = find(places(nlp, text), "London")
    assert {p.country for p in londons} == {"CAN"}
    assert len({(p.lat, p.lon) for p in londons}) == 1


def test_regional_context_moves_a_town(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Farmers in Kentucky say the drought is the worst in decades. "
        "In London, the county seat, the mayor declared an emergency, "
        "and officials in Frankfort promised aid."
    )
    found = places(nlp, text)
    assert find(found, "London")[0].country == "USA"
    assert find(found, "Frankfort")[0].country == "USA"


def test_untagged_gazetteer_names_are_found(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Tensions rose in the South China Sea and on the Korean Peninsula.")
    assert find(found, "South China Sea")[0].feature == "SEA"
    assert find(found, "Korean Peninsula")[0].feature == "PEN"


def test_country_names_and_own_names_win(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Health officials in Buffalo, New York, and in Missouri said travellers from Mexico "
        "were tested. Mexico reported new cases. Exports to China fell, Missouri farmers "
        "said, and Mexico promised help."
    )
    found = places(nlp, text)
    assert {(p.country, p.feature) for p in find(found, "Mexico")} == {("MEX", "PCLI")}
    assert find(found, "China")[0].country == "CHN"  # not Arcade, N.Y. ("China" of old)
    assert {p.feature for p in find(found, "Missouri")} == {"ADM1"}  # not Bozeman
    assert find(found, "New York")[0].feature == "ADM1"  # the container of Buffalo


def test_type_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "A cow from a Washington state farm tested positive.")
    assert find(found, "Washington")[0].feature == "ADM1"
    found = places(nlp, "Turning right on red is legal in the province of Quebec.")
    assert find(found, "Quebec")[0].feature == "ADM1"
    found = places(nlp, "The mayors met in the city of Quebec on Monday.")
    assert find(found, "Quebec")[0].feature.startswith("PPL")


def test_abbreviations_datelines_and_repeats(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "She sold her home in Barrie, Ont., and moved away.")
    assert find(found, "Ont.")[0].name == "Ontario"
    found = places(nlp, "EDMONTON, Ky (WBKO) -- A fire broke out in Metcalfe County on Monday.")
    assert find(found, "Ky")[0].admin1 == "Kentucky"
    county = find(found, "Metcalfe County")[0]
    assert county.country == "USA" and county.admin1 == "Kentucky" and county.feature == "ADM2"
    assert find(found, "EDMONTON")[0].country == "USA"
    found = places(nlp, "TORRINGTON \u2014 Mayor Ryan Bingham will hold a press conference.")
    assert find(found, "TORRINGTON")
    text = ("Dengue cases were confirmed in Cairns, Queensland. Since July the Cairns "
            "juvenile unit has charged 95 children, said John Cairns.")
    cairns = find(places(nlp, text), "Cairns")
    assert len(cairns) == 2 and all(p.country == "AUS" for p in cairns)


def test_a_number_is_no_place(nlp) -> None:  # type: ignore[no-untyped-def]
    """"at one point": a number the tagger calls CARDINAL is never a town (there is a One
    in the gazetteer)."""
    found = places(nlp, "The rebels retaliated, at one point shelling villages in Idlib.")
    assert [p.text for p in found] == ["Idlib"]


def test_a_molotov_cocktail_is_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    found = places(nlp, "Protesters threw Molotov cocktails at police in Minsk.")
    assert [p.text for p in found] == ["Minsk"]
