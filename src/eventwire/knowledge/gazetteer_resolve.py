"""Toponym resolution: choose one gazetteer entry for each place name of an article.

Evidence, scored additively per candidate (log-scale, so it stays comparable):
- prior: population (log10) plus a feature bonus (countries over admin1 over capitals
  over towns), and a bonus where the name is the entry's main name, not an alias;
- country focus: countries the article names (countries, demonyms, unambiguous
  names) weigh for candidates in them; admin1 focus likewise for states/provinces;
- explicit context: "Paris, Texas", "Cabanatuan in Nueva Ecija", "Russia's Far East"
  link a name to its container, whose resolution weighs heavily;
- nearby places: candidates close to the article's other resolved places;
- one sense per article: every mention of the same name gets the same entry, with
  the evidence of all its mentions summed.
Resolution runs twice: the first pass fixes the focus and nearby places the second uses.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import Place, distance_km

FEATURE_BONUS = {
    "PCLI": 6.0, "PCLH": 3.5, "CONT": 5.0, "ADM1": 2.5, "ADM2": 0.5, "PPLC": 2.0,
    "RGN": 2.0, "ISL": 2.5, "PEN": 3.0, "SEA": 3.0, "OCN": 4.0, "STRT": 3.0, "MT": 3.0,
    "MTS": 3.0, "STM": 2.5, "DSRT": 3.0, "CNL": 3.0, "ZN": 3.0, "BLDG": 1.0,
}
MAIN_NAME_BONUS = 2.0
CONTEXT_BONUS = 8.0
FOCUS_WEIGHT = 3.0
FOCUS_PRESENT = 1.5
ADMIN1_FOCUS = 3.0
CONTAINER_FEATURES = frozenset({"PCLI", "ADM1", "ADM2", "RGN", "ISL", "PEN", "PCLH"})


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
    resolved: Place | None = None
    scores: dict[int, float] = field(default_factory=dict)


def prior(place: Place, key: str) -> float:
    """Prominence of an entry before any context."""
    score = math.log10(place.population + 1) + FEATURE_BONUS.get(place.feature, 0.0)
    if _fold_simple(place.name) == key or _fold_simple(place.name) == key.removeprefix("the "):
        score += MAIN_NAME_BONUS
    return score


def _fold_simple(name: str) -> str:
    from .gazetteer_build import fold

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
    for top in toponyms:
        top.scores = {}
        countries, admin1 = focus[top.key]
        total = sum(countries.values()) or 1.0
        admin_total = sum(admin1.values()) or 1.0
        container = None
        if top.container is not None:
            container = toponyms[top.container].resolved
        for cand in top.candidates:
            score = prior(cand, top.key)
            if cand.country in countries:
                score += FOCUS_PRESENT + FOCUS_WEIGHT * countries[cand.country] / total
            if cand.admin1 in admin1 and cand.feature != "ADM1":
                score += ADMIN1_FOCUS * min(1.0, 2 * admin1[cand.admin1] / admin_total)
            if container is not None and container.id != cand.id and _contains(container, cand):
                score += CONTEXT_BONUS
            if anchors and cand.feature not in ("PCLI", "CONT"):
                near = min(
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
    """Sum each name's evidence over its mentions; give all of them the best entry."""
    by_key: dict[str, dict[int, float]] = {}
    places: dict[int, Place] = {}
    for top in toponyms:
        if top.demonym:
            continue
        bucket = by_key.setdefault(top.key, {})
        for cand in top.candidates:
            places[cand.id] = cand
            # Context bonuses add up over mentions; the prior counts once.
            extra = top.scores[cand.id] - prior(cand, top.key)
            bucket[cand.id] = bucket.get(cand.id, prior(cand, top.key)) + extra
    for top in toponyms:
        if top.demonym:
            top.resolved = top.candidates[0] if top.candidates else None
            continue
        bucket = by_key.get(top.key) or {}
        if not bucket:
            top.resolved = None
            continue
        best = max(bucket.items(), key=lambda item: (item[1], -item[0]))[0]
        top.resolved = places[best]
