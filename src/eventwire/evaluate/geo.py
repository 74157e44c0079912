"""GeoVirus and TR-News: loaders and the toponym scorer behind ``eventwire evaluate``.

Figures (after Gritta et al.'s geoparsing guidelines):
- recall: share of gold toponyms that a system place mention overlaps;
- accuracy@161: over the matched toponyms, share resolved within 161 km (100 miles);
- end-to-end@161: over all gold toponyms, a missed one counting as wrong;
- median error (km) over the matched toponyms.

Country-level toponyms are scored against GeoNames-style country points: TR-News
already uses them (fcode PCLI); GeoVirus gives the point of the country's Wikipedia
page, whose convention differs by up to 1,000 km for large countries (Canada,
Russia), so its country toponyms are re-pointed to the GeoNames-style point.

GeoVirus character offsets are one higher than Python string indices; the loader
checks each toponym against the text and corrects it (and drops the rare toponym
whose name is not found at either offset).
"""

from __future__ import annotations

import statistics
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EvaluationDataError
from ..knowledge.gazetteer import Gazetteer, distance_km, load_gazetteer

TOLERANCE_KM = 161.0
WINDOW = 40


@dataclass(slots=True)
class GoldToponym:
    start: int
    end: int
    name: str
    lat: float
    lon: float
    country_level: bool = False


@dataclass(slots=True)
class GeoArticle:
    id: str
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


@dataclass(slots=True)
class SystemPlace:
    start: int
    end: int
    lat: float | None
    lon: float | None
    name: str = ""


@dataclass
class GeoScore:
    """Counts and errors; the figures are properties."""

    gold: int = 0
    matched: int = 0
    correct: int = 0
    errors_km: list[float] = field(default_factory=list)
    dropped: int = 0  # gold toponyms the loader could not align with the text
    misses: list[tuple[str, str]] = field(default_factory=list)  # (article id, name)
    wrong: list[tuple[str, str, str, float]] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def accuracy(self) -> float:
        return self.correct / self.matched if self.matched else 0.0

    @property
    def end_to_end(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def median_km(self) -> float:
        return statistics.median(self.errors_km) if self.errors_km else 0.0


def _parse(path: Path) -> ET.Element:
    if not path.is_file():
        raise EvaluationDataError(f"{path}: evaluation file not found")
    try:
        return ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise EvaluationDataError(f"{path}: not readable XML ({exc})") from exc


def _align(text: str, name: str, start: int, end: int, shifts: Iterable[int]) -> int | None:
    """The shift that puts ``name`` at ``start`` in ``text``: the expected shifts first,
    then the nearest occurrence within ``WINDOW`` characters (TR-News offsets drift by a
    few characters inside some articles)."""
    for shift in shifts:
        if text[start + shift : end + shift] == name:
            return shift
    name = name.strip()
    best = None
    lo = max(0, start - WINDOW)
    at = text.find(name, lo, end + WINDOW)
    while at != -1:
        if best is None or abs(at - start) < abs(best):
            best = at - start
        at = text.find(name, at + 1, end + WINDOW)
    return best


def load_geovirus(path: Path, gazetteer: Gazetteer | None = None) -> tuple[list[GeoArticle], int]:
    """GeoVirus articles with offsets corrected; also the number of toponyms dropped."""
    gaz = gazetteer or load_gazetteer()
    root = _parse(path)
    articles, dropped = [], 0
    for n, node in enumerate(root.iter("article")):
        text = node.findtext("text") or ""
        article = GeoArticle(f"geovirus-{n}", text)
        for loc in node.iter("location"):
            name = loc.findtext("name") or ""
            try:
                start, end = int(loc.findtext("start") or ""), int(loc.findtext("end") or "")
                lat, lon = float(loc.findtext("lat") or ""), float(loc.findtext("lon") or "")
            except ValueError:
                dropped += 1
                continue
            shift = _align(text, name, start, end, (-1, 0, -2, 1))
            if shift is None:
                dropped += 1
                continue
            name = name.strip()
            top = GoldToponym(start + shift, start + shift + len(name), name, lat, lon)
            _repoint_country(top, gaz)
            article.toponyms.append(top)
        articles.append(article)
    return articles, dropped


def _repoint_country(top: GoldToponym, gaz: Gazetteer) -> None:
    """A toponym naming a country is scored at the GeoNames-style country point."""
    for place in gaz.lookup(top.name):
        if place.feature == "PCLI" and distance_km(place.lat, place.lon, top.lat, top.lon) < 1500:
            top.lat, top.lon, top.country_level = place.lat, place.lon, True
            return


def load_trnews(path: Path) -> tuple[list[GeoArticle], int]:
    """TR-News articles; toponyms without coordinates are dropped and counted."""
    root = _parse(path)
    articles: list[GeoArticle] = []
    dropped = 0
    for node in root.iter("article"):
        text = node.findtext("text") or ""
        article = GeoArticle(f"trnews-{node.get('docid', len(articles))}", text)
        for top in node.iter("toponym"):
            phrase = top.findtext("phrase") or ""
            gaz = top.find("gaztag")
            try:
                start, end = int(top.findtext("start") or ""), int(top.findtext("end") or "")
                lat = float(gaz.findtext("lat") or "") if gaz is not None else None
                lon = float(gaz.findtext("lon") or "") if gaz is not None else None
            except ValueError:
                lat = lon = None
            if lat is None or lon is None:
                dropped += 1
                continue
            shift = _align(text, phrase, start, end, (0, -1, 1))
            if shift is None:
                dropped += 1
                continue
            fcode = gaz.findtext("fcode") if gaz is not None else None
            phrase = phrase.strip()
            article.toponyms.append(GoldToponym(
                start + shift, start + shift + len(phrase), phrase, lat, lon, fcode == "PCLI"
            ))
        articles.append(article)
    return articles, dropped


def score(articles: list[GeoArticle], system: list[list[SystemPlace]]) -> GeoScore:
    """Match each gold toponym to the overlapping system place with the most overlap."""
    result = GeoScore()
    for article, places in zip(articles, system, strict=True):
        for gold in article.toponyms:
            result.gold += 1
            best, overlap = None, 0
            for place in places:
                size = min(gold.end, place.end) - max(gold.start, place.start)
                if size > overlap:
                    best, overlap = place, size
            if best is None:
                result.misses.append((article.id, gold.name))
                continue
            result.matched += 1
            if best.lat is None or best.lon is None:
                error = 20037.5  # half the circumference: unresolved counts as worst
            else:
                error = distance_km(best.lat, best.lon, gold.lat, gold.lon)
            result.errors_km.append(error)
            if error <= TOLERANCE_KM:
                result.correct += 1
            else:
                result.wrong.append((article.id, gold.name, best.name, round(error)))
    return result


def run_system(articles: list[GeoArticle], model: str | None = None) -> list[list[SystemPlace]]:
    """Run the place stage (statistical pipeline + ``eventwire_places_v1``) over the texts."""
    from ..nlp import build_pipeline, process

    nlp = build_pipeline(model, stages=("eventwire_places_v1",))
    out = []
    for doc in process(nlp, ((a.text, None) for a in articles), batch_size=16):
        out.append([
            SystemPlace(p.start_char, p.end_char, p.lat, p.lon, p.name) for p in doc._.places
        ])
    return out


def report(title: str, result: GeoScore) -> str:
    """The figures as printed by the evaluation commands."""
    return "\n".join([
        f"{title}: {result.gold} gold toponyms ({result.dropped} unalignable, left out)",
        f"  recall (overlapped by a system place)   {result.recall:6.1%}  "
        f"({result.matched}/{result.gold})",
        f"  accuracy@161km over matched             {result.accuracy:6.1%}  "
        f"({result.correct}/{result.matched})",
        f"  end-to-end accuracy@161km over all      {result.end_to_end:6.1%}  "
        f"({result.correct}/{result.gold})",
        f"  median error over matched               {result.median_km:8.1f} km",
    ])
