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
