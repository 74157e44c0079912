"""``eventwire export``: every format parses back and carries the stored events."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.output import CSV_COLUMNS
from eventwire.store import Store
from eventwire.store.exporters import (
    EXTRA_COLUMNS,
    GDELT_COLUMNS,
    fips_adm1,
    fips_country,
    gdelt_id,
)

from .test_store_helpers import KIM, POLICE, PROTESTERS, PUTIN, article, event


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "x.db"
    with Store(str(path)) as st:
        st.add(article("a1", published="2019-04-25"), [
            event("a1", 0),  # Putin meets Kim in Vladivostok
            event("a1", 1, plover="ASSAULT", cameo="1823", quad_class=4, goldstein=-9.0,
                  source=(POLICE,), target=(PROTESTERS,), place="Moscow"),
            event("a1", 2, plover="REQUEST", cameo="1041", source=(KIM,), target=(PUTIN,),
                  place=None, start=None),  # undated, unlocated
        ])
        st.add(article("a2", published="2019-04-26", source="Other Wire"),
               [event("a2", 0, source=(KIM,), target=(PUTIN,), trigger="summit\tmeeting")])
    return path


def export(db: Path, fmt: str, *extra: str) -> str:
    res = CliRunner().invoke(main, ["export", "--to", fmt, "--db", str(db), *extra, "-"])
    assert res.exit_code == 0, res.output
    return res.stdout


def test_csv_is_the_events_table(db: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(export(db, "csv"))))
    assert len(rows) == 4
    assert tuple(rows[0]) == CSV_COLUMNS + EXTRA_COLUMNS
    assert {r["plover"] for r in rows} == {"CONSULT", "ASSAULT", "REQUEST"}
    consult = [r for r in rows if r["plover"] == "CONSULT"]
    assert consult[0]["cluster_id"] == consult[1]["cluster_id"] != ""
    assert rows[0]["url"] == "https://news.example.org/a1"


def test_plover_json_lines(db: Path) -> None:
    recs = [json.loads(line) for line in export(db, "plover").splitlines()]
    assert len(recs) == 4
    by_event = {r["event"]: r for r in recs}
    a = by_event["ASSAULT"]
    assert a["date"] == "2019-04-25" and a["cameo"] == "1823"
    assert a["source"][0] == {"actorText": "police", "name": "police", "code": "RUSCOP",
                              "country": "RUS", "sector": "COP", "sectors": ["COP"]}
    assert a["text"] == "Sentence 1 of a1." and a["eventText"] == "met"
    assert by_event["REQUEST"]["date"] is None


def test_geojson_has_only_located_events(db: Path) -> None:
    fc = json.loads(export(db, "geojson"))
    assert fc["type"] == "FeatureCollection"
    assert len(fc["features"]) == 3  # the REQUEST has no place
    moscow = [f for f in fc["features"] if f["properties"]["place"] == "Moscow"][0]
    assert moscow["geometry"] == {"type": "Point", "coordinates": [37.61556, 55.75222]}
    assert moscow["properties"]["plover"] == "ASSAULT"


def test_gdelt_tsv_one_row_per_merged_event(db: Path) -> None:
    lines = export(db, "gdelt").splitlines()
    rows = [line.split("\t") for line in lines]
    assert tuple(rows[0]) == GDELT_COLUMNS and len(GDELT_COLUMNS) == 61
    assert all(len(r) == 61 for r in rows)
    data = [dict(zip(GDELT_COLUMNS, r, strict=True)) for r in rows[1:]]
    assert len(data) == 3  # the two CONSULT mentions are one event
    meet = [d for d in data if d["EventRootCode"] == "04"][0]
    assert (meet["NumMentions"], meet["NumArticles"], meet["NumSources"]) == ("2", "2", "2")
    assert meet["SQLDATE"] == "20190425" and meet["MonthYear"] == "201904"
    assert meet["ActionGeo_FullName"] == "Vladivostok" and meet["ActionGeo_Type"] == "4"
    # GDELT's geography is FIPS 10-4 (Russia "RS"), its actors CAMEO/ISO3 ("RUS")
    assert meet["ActionGeo_CountryCode"] == "RS" and meet["ActionGeo_FeatureID"] == "2013348"
    assert meet["ActionGeo_ADM1Code"] == "RS"
    assert meet["DATEADDED"] == "20190425000000"
    assert meet["SOURCEURL"] == "https://news.example.org/a1"
    assert int(meet["GLOBALEVENTID"]) < 2 ** 63
    assault = [d for d in data if d["EventCode"] == "1823"][0]
    assert (assault["EventBaseCode"], assault["EventRootCode"], assault["QuadClass"],
            assault["GoldsteinScale"]) == ("182", "18", "4", "-9.0")
    assert (assault["Actor1Code"], assault["Actor1CountryCode"], assault["Actor1Type1Code"],
            assault["Actor2Name"]) == ("RUSCOP", "RUS", "COP", "PROTESTERS")


@pytest.mark.parametrize(("iso3", "admin1", "country", "adm1"), [
    ("RUS", None, "RS", "RS"), ("DEU", "Bavaria", "GM", "GM"), ("GBR", None, "UK", "UK"),
    ("USA", "Texas", "US", "USTX"), ("USA", "Nowhere", "US", "US"), ("PRK", None, "KN", "KN"),
    ("IGO", None, "", ""), (None, None, "", ""),
])
def test_gdelt_geography_codes_are_fips(iso3, admin1, country, adm1) -> None:  # type: ignore[no-untyped-def]
    assert fips_country(iso3) == country
    assert fips_adm1(iso3, admin1) == adm1


def test_exports_are_deterministic_and_filterable(db: Path) -> None:
    assert export(db, "gdelt") == export(db, "gdelt")
    only = [json.loads(x) for x in export(db, "plover", "--plover", "ASSAULT").splitlines()]
    assert [r["event"] for r in only] == ["ASSAULT"]
    assert len(export(db, "csv", "--article", "a2").splitlines()) == 2
    assert gdelt_id("x") == gdelt_id("x") != gdelt_id("y")


def test_export_to_a_file_is_whole_or_nothing(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    res = CliRunner().invoke(main, ["export", "--to", "csv", "--db", str(db), str(out)])
    assert res.exit_code == 0 and "wrote 4 rows" in res.stderr
    assert len(list(csv.reader(out.open()))) == 5
    bad = CliRunner().invoke(main, ["export", "--to", "csv", "--db", str(db),
                                    str(tmp_path / "no" / "dir.csv")])
    assert bad.exit_code == 1 and "[E033]" in bad.stderr and bad.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv", "x.db"]


def test_parquet(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    res = CliRunner().invoke(main, ["export", "--to", "parquet", "--db", str(db), str(out)])
    try:
        import pyarrow.parquet as pq
    except ImportError:
        assert res.exit_code == 1
        assert "eventwire[parquet]" in res.stderr and "[E033]" in res.stderr
        assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["x.db"]
        return
    assert res.exit_code == 0, res.output
    table = pq.read_table(out)
    assert table.num_rows == 4
    assert table.column_names == list(CSV_COLUMNS + EXTRA_COLUMNS)
    assert str(table.schema.field("confidence").type) == "double"


def test_parquet_to_stdout_is_refused(db: Path) -> None:
    res = CliRunner().invoke(main, ["export", "--to", "parquet", "--db", str(db), "-"])
    assert res.exit_code == 2 and "binary" in res.stderr
