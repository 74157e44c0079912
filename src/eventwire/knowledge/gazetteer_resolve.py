"""Toponym resolution: choose one gazetteer entry for each place name of an article.

Evidence, scored additively per candidate (log-scale, so it stays comparable):
- prior: population (log10) plus a feature bonus (countries over admin1 over capitals
  over towns), and a bonus where the name is the entry's main name, not an alias;
- country focus: countries the article names (countries, demonyms, unambiguous
  names) weigh for candidates in them; admin1 focus likewise for states/provinces;
- explicit context: "Paris, Texas", "Cabanatuan in Nueva Ecija", "Russia's Far East"
  link a name to its container, whose resolution weighs heavily;
- type cues: "Washington state", "the province of Ontario", "the city of Turkey"
  favour areas or towns; a name serving as another's container ("Buffalo, New York")
  favours areas;
- nearby places: candidates close to the article's other resolved places;
- one sense per article: every mention of the same name gets the same entry; the
  article-level evidence counts once and the best explicit context of any mention
  is added (so a name repeated ten times does not multiply its focus bonus).
Own names outrank borrowed ones: a GeoNames alternate name ("China" for Arcade, New
York; "Missouri" for Bozeman) never beats an entry that bears the name as its own
when that entry is a country, an admin1 unit or a city of 100,000 or more, unless
explicit context ("Mexico, Missouri") supports it.
Resolution runs twice: the first pass fixes the focus and nearby places the second uses.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .gazetteer import Place, distance_km
from .gazetteer_build import fold

FEATURE_BONUS = {
    "PCLI": 6.0, "PCLH": 3.5, "CONT": 5.0, "ADM1": 2.5, "ADM2": 0.5, "PPLC": 2.0,
    "RGN": 2.0, "ISL": 2.5, "PEN": 3.0, "SEA": 3.0, "OCN": 4.0, "STRT": 3.0, "MT": 3.0,
    "MTS": 3.0, "STM": 2.5, "DSRT": 3.0, "CNL": 3.0, "ZN": 3.0, "BLDG": 1.0, "AIRP": 3.0,
}
MAIN_NAME_BONUS = 2.0
CONTEXT_BONUS = 8.0
FOCUS_WEIGHT = 3.0
FOCUS_PRESENT = 1.5
ADMIN1_FOCUS = 3.0
CONTAINER_FEATURES = frozenset({"PCLI", "ADM1", "ADM2", "RGN", "ISL", "PEN", "PCLH"})
AREA_FEATURES = frozenset({"PCLI", "ADM1", "ADM2", "RGN", "PCLH"})
CITY_FEATURES = frozenset({"PPL", "PPLC"})
CUE_BONUS = 5.0
CONTAINER_ROLE_BONUS = 3.0
PROTECTED_POPULATION = 100_000


@dataclass
class Toponym:
    """A place name found in the text, with its candidates and resolution."""

    start: int
    end: int
    key: str
    candidates: list[Place]
    # Index of the mention that explicitly contains this one ("X, Y", "X in Y", "Y's X").
    container: int | None = None
    demonym: bool = False
    # "area" ("Washington state", "province of X"), "county", "city" ("city of Turkey").
    cue: str | None = None
    # Whether another mention names this one as its container ("Buffalo, New York").
    contains_other: bool = False
    # Candidates an explicit container supported in this mention.
    supported: set[int] = field(default_factory=set)
    resolved: Place | None = None
    scores: dict[int, float] = field(default_factory=dict)


def prior(place: Place, key: str) -> float:
    """Prominence of an entry before any context."""
    score = math.log10(place.population + 1) + FEATURE_BONUS.get(place.feature, 0.0)
    if _fold_simple(place.name) == key or _fold_simple(place.name) == key.removeprefix("the "):
        score += MAIN_NAME_BONUS
    return score


def own_name(place: Place, key: str) -> bool:
    """Whether ``key`` is the entry's own name rather than a GeoNames alternate name.

    Countries, continents and curated entries own all their names ("U.S.", "Britain");
    a GeoNames city owns only its main name.
    """
    if place.feature in ("PCLI", "PCLH", "CONT") or not place.geonameid:
        return True
    name = _fold_simple(place.name)
    return name == key or name == key.removeprefix("the ")


def _protected(place: Place, key: str) -> bool:
    """An entry no borrowed name may beat: a country, admin1 unit or large city by its own name."""
    if not own_name(place, key):
        return False
    return (place.feature in ("PCLI", "PCLH", "CONT", "ADM1", "PPLC")
            or place.population >= PROTECTED_POPULATION)


def _cue_bonus(cue: str | None, place: Place) -> float:
    """For a kind the words around the name give, the matching kind gains and the other
    loses ("the city of Turkey" is no country)."""
    if cue is None:
        return 0.0
    if cue == "county":
        return CUE_BONUS if place.feature == "ADM2" else 0.0
    town = place.feature in CITY_FEATURES
    area = place.feature in AREA_FEATURES
    if cue == "city":
        return CUE_BONUS if town else -CUE_BONUS if area else 0.0
    return CUE_BONUS if area else -CUE_BONUS if town else 0.0


@lru_cache(maxsize=65_536)
def _fold_simple(name: str) -> str:
    """``fold`` of an entry's name, cached: scoring folds the same candidates' names
    again for every mention and both passes."""
    return fold(name)


def _contains(container: Place, place: Place) -> bool:
    """Whether ``place`` plausibly lies in ``container`` (by code, else by distance)."""
    if container.feature in ("PCLI", "PCLH"):
        return place.country == container.country
    if container.admin1 and place.admin1:
        return container.admin1 == place.admin1
    if container.country and place.country and container.country != place.country:
        return False
    limit = 300.0 if container.feature == "ADM2" else 700.0
    return distance_km(container.lat, container.lon, place.lat, place.lon) <= limit


def _focus(
    toponyms: list[Toponym], first_pass: bool
) -> dict[str, tuple[Counter[str], Counter[str]]]:
    """Weighted counts of the article's countries and admin1 units, per name.

    Each name's own mentions are left out of the counts it is scored with, so a
    wrong first guess ("London" as England) cannot vote for itself.
    """
    per_key: dict[str, tuple[Counter[str], Counter[str]]] = {}
    for top in toponyms:
        countries, admin1 = per_key.setdefault(top.key, (Counter(), Counter()))
        if first_pass:
            codes = {c.country for c in top.candidates if c.country}
            if top.demonym or (len(codes) == 1 and top.candidates):
                countries[codes.pop()] += 2
            elif top.candidates:
                best = max(top.candidates, key=lambda c: prior(c, top.key))
                if best.feature in ("PCLI", "ADM1") and best.country:
                    countries[best.country] += 2
                    if best.feature == "ADM1" and best.admin1:
                        admin1[best.admin1] += 2
            continue
        place = top.resolved
        if place is None or not place.country:
            continue
        countries[place.country] += 2
        if place.admin1:
            admin1[place.admin1] += 2 if place.feature == "ADM1" else 1
    all_countries: Counter[str] = Counter()
    all_admin1: Counter[str] = Counter()
    for countries, admin1 in per_key.values():
        all_countries.update(countries)
        all_admin1.update(admin1)
    return {
        key: (all_countries - countries, all_admin1 - admin1)
        for key, (countries, admin1) in per_key.items()
    }


def _score_all(toponyms: list[Toponym], first_pass: bool) -> None:
    focus = _focus(toponyms, first_pass)
    anchors = [
        t.resolved for t in toponyms
        if not first_pass and t.resolved is not None
        and t.resolved.feature not in ("PCLI", "CONT", "OCN", "PCLH")
    ]
    # Distance to the nearest anchor, per candidate entry: repeated names share their
    # candidates, and the anchors are the same for every toponym.
    nearest: dict[int, float] = {}
    for top in toponyms:
        top.scores = {}
        countries, admin1 = focus[top.key]
        total = sum(countries.values()) or 1.0
        admin_total = sum(admin1.values()) or 1.0
        container = None
        if top.container is not None:
            container = toponyms[top.container].resolved
        top.supported = set()
        for cand in top.candidates:
            score = prior(cand, top.key) + _cue_bonus(top.cue, cand)
            if top.contains_other and cand.feature in CONTAINER_FEATURES:
                score += CONTAINER_ROLE_BONUS
            if cand.country in countries:
                score += FOCUS_PRESENT + FOCUS_WEIGHT * countries[cand.country] / total
            if cand.admin1 in admin1 and cand.feature != "ADM1":
                score += ADMIN1_FOCUS * min(1.0, 2 * admin1[cand.admin1] / admin_total)
            if container is not None and container.id != cand.id and _contains(container, cand):
                score += CONTEXT_BONUS
                top.supported.add(cand.id)
            if anchors and cand.feature not in ("PCLI", "CONT"):
                near = nearest.get(cand.id)
                if near is None:
                    near = nearest[cand.id] = min(
                        (distance_km(a.lat, a.lon, cand.lat, cand.lon)
                         for a in anchors if a.id != cand.id),
                        default=1e9,
                    )
                if near < 100:
                    score += 2.0
                elif near < 300:
                    score += 1.0
            top.scores[cand.id] = top.scores.get(cand.id, 0.0) + score


def resolve(toponyms: list[Toponym]) -> None:
    """Set ``resolved`` on every toponym with candidates (in place)."""
    # Containers first get a provisional resolution so "Paris, Texas" can use "Texas".
    for first_pass in (True, False):
        _score_all(toponyms, first_pass)
        _apply_one_sense(toponyms)


def _apply_one_sense(toponyms: list[Toponym]) -> None:
    """Give every mention of a name the same entry: prior + the best evidence of any mention.

    The evidence of one mention (focus, nearby places, cues, explicit context) is its
    score less the prior; the best over the name's mentions is taken, not the sum, so
    repetition does not multiply the article-level focus. Borrowed (alternate) names
    are then set aside where an entry owns the name and is protected, unless explicit
    context supported the borrowed one.
    """
    by_key: dict[str, dict[int, float]] = {}
    supported: dict[str, set[int]] = {}
    places: dict[int, Place] = {}
    for top in toponyms:
        if top.demonym:
            continue
        bucket = by_key.setdefault(top.key, {})
        supported.setdefault(top.key, set()).update(top.supported)
        for cand in top.candidates:
            places[cand.id] = cand
            base = prior(cand, top.key)
            extra = top.scores[cand.id] - base
            bucket[cand.id] = max(bucket.get(cand.id, -1e9), base + extra)
    choice: dict[str, Place] = {}
    for key, bucket in by_key.items():
        if not bucket:
            continue
        allowed = bucket
        if any(_protected(places[i], key) for i in bucket):
            allowed = {
                i: v for i, v in bucket.items()
                if own_name(places[i], key) or i in supported[key]
            }
        best = max(allowed.items(), key=lambda item: (item[1], -item[0]))[0]
        choice[key] = places[best]
    for top in toponyms:
        if top.demonym:
            top.resolved = top.candidates[0] if top.candidates else None
            continue
        top.resolved = choice.get(top.key)
