"""The geoparsing scorer on hand-made cases, and the loaders on the shared sets when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.geo import (
    GeoArticle,
    GoldToponym,
    SystemPlace,
    load_geovirus,
    load_trnews,
    score,
)

GEO = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geo"


def test_scorer_counts_recall_accuracy_and_end_to_end() -> None:
    text = "Floods hit Paris and Lyon; Nice was spared."
    gold = [GoldToponym(11, 16, "Paris", 48.85, 2.35), GoldToponym(21, 25, "Lyon", 45.76, 4.83),
            GoldToponym(27, 31, "Nice", 43.70, 7.27)]
    system = [[SystemPlace(11, 16, 48.86, 2.35), SystemPlace(21, 25, 33.66, -95.55)]]
    result = score([GeoArticle("a", text, gold)], system)
    assert (result.gold, result.matched, result.correct) == (3, 2, 1)
    assert result.recall == pytest.approx(2 / 3)
    assert result.accuracy == pytest.approx(1 / 2)
    assert result.end_to_end == pytest.approx(1 / 3)
    assert result.misses == [("a", "Nice")]


@pytest.mark.skipif(not (GEO / "GeoVirus.xml").is_file(), reason="shared GeoVirus.xml absent")
def test_geovirus_offsets_are_corrected() -> None:
    articles, dropped = load_geovirus(GEO / "GeoVirus.xml")
    toponyms = [(a.text, t) for a in articles for t in a.toponyms]
    assert len(articles) == 229 and len(toponyms) + dropped == 2170
    assert all(text[t.start : t.end] == t.name for text, t in toponyms)
    assert any(t.country_level for _, t in toponyms)


@pytest.mark.skipif(not (GEO / "TR-News.xml").is_file(), reason="shared TR-News.xml absent")
def test_trnews_loads_aligned_toponyms() -> None:
    articles, dropped = load_trnews(GEO / "TR-News.xml")
    toponyms = [(a.text, t) for a in articles for t in a.toponyms]
    assert len(articles) == 118 and len(toponyms) + dropped == 1319
    assert all(text[t.start : t.end] == t.name for text, t in toponyms)
