"""Merging: the same event reported by several articles becomes one merged event."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.store import EventFilter, Store

from .test_store_helpers import KIM, POLICE, PROTESTERS, PUTIN, actor, article, event


@pytest.fixture
def store(tmp_path: Path):
    with Store(str(tmp_path / "m.db")) as st:
        yield st


def clusters(store: Store) -> list[tuple[tuple[str, ...], int, int]]:
    """(mention ids, n_mentions, n_articles) of each merged event, sorted."""
    out = []
    for m in store.merged():
        out.append((tuple(sorted(m.mention_ids)), m.row["n_mentions"], m.row["n_articles"]))
    return sorted(out)


def test_two_articles_reporting_the_same_meeting_merge(store: Store) -> None:
    a = event("a1", 0)
    b = event("a2", 3, trigger="held talks", confidence=0.9)
    store.add(article("a1", published="2019-04-25", source="Kyodo"), [a])
    store.add(article("a2", published="2019-04-26", source="TASS"), [b])
    (m,) = store.merged()
    assert set(m.mention_ids) == {a.id, b.id}
    r = m.row
    assert (r["n_mentions"], r["n_articles"], r["n_sources"]) == (2, 2, 2)
    assert (r["date_start"], r["date_end"], r["location_country"]) == (
        "2019-04-25", "2019-04-25", "RUS")
    assert (r["first_seen"], r["last_seen"]) == ("2019-04-25", "2019-04-26")
    assert m.representative.id == b.id  # the more confident mention
    assert set(m.article_urls) == {"https://news.example.org/a1", "https://news.example.org/a2"}
    assert {e.id for e in store.events()} == {a.id, b.id}  # mentions are all kept


def test_reciprocal_types_ignore_direction_others_do_not(store: Store) -> None:
    store.add(article("a1"), [event("a1", 0, source=(PUTIN,), target=(KIM,)),
                              event("a1", 1, plover="ACCUSE", cameo="112",
                                    source=(PUTIN,), target=(KIM,))])
    store.add(article("a2"), [event("a2", 0, source=(KIM,), target=(PUTIN,)),
                              event("a2", 1, plover="ACCUSE", cameo="112",
                                    source=(KIM,), target=(PUTIN,))])
    counts = sorted((m.row["plover"], m.row["n_mentions"]) for m in store.merged())
    assert counts == [("ACCUSE", 1), ("ACCUSE", 1), ("CONSULT", 2)]


def test_multi_actor_sides_are_sets_and_names_stand_in_for_codes(store: Store) -> None:
    han = actor("Hungarian officials", "HUNGOV", "HUN")
    rom = actor("Romanian officials", "ROUGOV", "ROU")
    store.add(article("a1"), [event("a1", 0, plover="AGREE", cameo="057", source=(han, rom),
                                    target=(), place=None)])
    store.add(article("a2"), [event("a2", 0, plover="AGREE", cameo="057", source=(rom, han),
                                    target=(), place=None)])
    store.add(article("a3"), [event("a3", 0, plover="PROTEST", cameo="140",
                                    source=(actor("Farmers"),), target=(), place=None)])
    store.add(article("a4"), [event("a4", 0, plover="PROTEST", cameo="140",
                                    source=(actor("farmers "),), target=(), place=None)])
    assert sorted(m.row["n_mentions"] for m in store.merged()) == [2, 2]


def test_different_days_countries_or_polarity_stay_apart(store: Store) -> None:
    store.add(article("a1"), [event("a1", 0)])
    store.add(article("a2"), [event("a2", 0, start="2019-04-26")])  # next day
    store.add(article("a3"), [event("a3", 0, place="Seoul")])  # another country
    store.add(article("a4"), [event("a4", 0, modality="negated")])  # "did not meet"
    store.add(article("a5"), [event("a5", 0, modality="planned")])  # factual side: merges
    assert sorted(n for _a, n, _k in clusters(store)) == [1, 1, 1, 2]


def test_unknown_place_joins_and_coarse_dates_fold_into_the_only_day(store: Store) -> None:
    store.add(article("a1"), [event("a1", 0)])
    store.add(article("a2"), [event("a2", 0, place=None)])  # no location: compatible
    store.add(article("a3"), [event("a3", 0, start="2019-04-22", end="2019-04-28",
                                    granularity="week")])
    store.add(article("a4"), [event("a4", 0, start="2019-04-01", end="2019-04-30",
                                    granularity="month", place=None)])
    (m,) = store.merged()
    assert (m.row["n_mentions"], m.row["date_start"], m.row["date_end"]) == (
        4, "2019-04-25", "2019-04-25")


def test_coarse_date_with_two_candidate_days_is_not_forced(store: Store) -> None:
    store.add(article("a1"), [event("a1", 0, start="2019-04-03")])
    store.add(article("a2"), [event("a2", 0, start="2019-04-20")])
    store.add(article("a3"), [event("a3", 0, start="2019-04-01", end="2019-04-30",
                                    granularity="month")])
    spans = sorted((m.row["date_start"], m.row["date_end"], m.row["n_mentions"])
                   for m in store.merged())
    assert spans == [("2019-04-01", "2019-04-30", 1), ("2019-04-03", "2019-04-03", 1),
                     ("2019-04-20", "2019-04-20", 1)]


def test_undated_events_are_never_merged(store: Store) -> None:
    store.add(article("a1"), [event("a1", 0, start=None)])
    store.add(article("a2"), [event("a2", 0, start=None)])
    assert [n for _a, n, _k in clusters(store)] == [1, 1]


def test_cluster_ids_are_stable_and_follow_replacements(store: Store, tmp_path: Path) -> None:
    store.add(article("a1"), [event("a1", 0)])
    store.add(article("a2"), [event("a2", 0)])
    (m,) = store.merged()
    with Store(str(tmp_path / "other.db")) as other:
        other.add(article("a2"), [event("a2", 0)])
        other.add(article("a1"), [event("a1", 0)])
        assert [x.row["id"] for x in other.merged()] == [m.row["id"]]
    # a2 is corrected: it now reports a clash, not the meeting; the meeting has one mention.
    store.add(article("a2", text="Police clashed with protesters in Moscow."),
              [event("a2", 0, plover="ASSAULT", cameo="190", quad_class=4,
                     source=(POLICE,), target=(PROTESTERS,), place="Moscow")])
    by_type = {x.row["plover"]: x.row["n_mentions"] for x in store.merged()}
    assert by_type == {"CONSULT": 1, "ASSAULT": 1}
    assert [x.row["id"] for x in store.merged() if x.row["plover"] == "CONSULT"] == [m.row["id"]]


def test_merged_listing_uses_the_event_filters(store: Store) -> None:
    store.add(article("a1"), [event("a1", 0), event("a1", 1, plover="ASSAULT", cameo="190",
                                                     source=(POLICE,), target=(PROTESTERS,),
                                                     place="Moscow")])
    store.add(article("a2"), [event("a2", 0, source=(KIM,), target=(PUTIN,))])
    (m,) = store.merged(EventFilter(article="a2"))
    assert m.row["plover"] == "CONSULT" and m.row["n_mentions"] == 2  # counts stay whole
    assert [x.row["plover"] for x in store.merged(EventFilter(plover=["ASSAULT"]))] == [
        "ASSAULT"]


def test_dates_vaguer_than_a_month_merge_only_with_the_same_range(store: Store) -> None:
    store.add(article("a1"), [event("a1", 0)])
    store.add(article("a2"), [event("a2", 0, start="2019-01-01", end="2019-12-31",
                                    granularity="year")])
    store.add(article("a3"), [event("a3", 0, start="2019-01-01", end="2019-12-31",
                                    granularity="year")])
    spans = sorted((m.row["date_start"], m.row["date_end"], m.row["n_mentions"])
                   for m in store.merged())
    assert spans == [("2019-01-01", "2019-12-31", 2), ("2019-04-25", "2019-04-25", 1)]
