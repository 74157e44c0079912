"""The store's Python API on hand-built events: schema, opening, round trips,
idempotency, replacement, rollback, filters and determinism (no pipeline needed)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text

from eventwire.errors import StoreError, StoreVersionError
from eventwire.store import EventFilter, Store, resolve_url
from eventwire.store import schema as s

from .test_store_helpers import KIM, POLICE, PROTESTERS, PUTIN, article, event

TABLES = ("articles", "events", "actors", "event_actors", "clusters")


def rows(store: Store, table: str) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def all_counts(store: Store) -> dict[str, int]:
    return {t: rows(store, t) for t in TABLES}


@pytest.fixture
def store(tmp_path: Path):
    with Store(str(tmp_path / "t.db")) as st:
        yield st


# ----------------------------------------------------------------- opening

def test_plain_path_becomes_absolute_sqlite_url(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    assert resolve_url("x.db").database == str(tmp_path / "x.db")
    assert resolve_url(None).database == str(tmp_path / "eventwire.db")
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.db"))
    assert resolve_url(None).database == str(tmp_path / "env.db")
    assert resolve_url("sqlite:///other.db").database == "other.db"
    assert resolve_url("postgresql://u:secret@h/db").get_backend_name() == "postgresql"


@pytest.mark.parametrize("db", ["nosuchdialect://x/y", "sqlite:/bad", "://", "sqlite:///{tmp}/no/such/dir/x.db"])
def test_bad_db_is_one_line_store_error(tmp_path: Path, db: str) -> None:
    with pytest.raises(StoreError) as err:
        Store(db.format(tmp=tmp_path))
    assert "\n" not in str(err.value) and str(err.value).startswith("[E030]")


def test_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="cannot use database"):
        Store(str(junk))
    assert junk.read_text().startswith("these are my notes")  # left as it was


def test_reading_a_missing_database_does_not_create_it(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database"):
        Store(str(tmp_path / "missing.db"), create=False)
    assert not (tmp_path / "missing.db").exists()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    Store(str(tmp_path / "t.db")).close()
    con = sqlite3.connect(tmp_path / "t.db")
    con.execute("INSERT INTO schema_version VALUES (99)")
    con.commit()
    con.close()
    with pytest.raises(StoreVersionError, match="newer eventwire"):
        Store(str(tmp_path / "t.db"))


def test_schema_tables_indexes_and_version(store: Store) -> None:
    insp = inspect(store.engine)
    assert set(TABLES) | {"schema_version"} <= set(insp.get_table_names())
    assert {"ix_events_date", "ix_events_plover", "ix_events_merge_group"} <= {
        i["name"] for i in insp.get_indexes("events")}
    assert insp.get_foreign_keys("events")[0]["referred_table"] in {"articles", "clusters"}
    with store.engine.connect() as conn:
        assert conn.execute(select(s.schema_version.c.version)).scalars().all() == [
            s.SCHEMA_VERSION]


# ----------------------------------------------------------------- writing

def test_round_trip_is_lossless(store: Store) -> None:
    evs = [event("a1", 0), event("a1", 1, plover="ASSAULT", cameo="190", quad_class=4,
                                  source=(POLICE,), target=(PROTESTERS,), place="Moscow")]
    assert store.add(article("a1"), evs) == "new"
    assert store.events(EventFilter(article="a1")) == sorted(evs, key=lambda e: e.trigger.start)
    with store.engine.connect() as conn:
        rec = conn.execute(select(s.events.c.record).where(s.events.c.id == evs[0].id)).scalar()
    assert json.loads(rec) == evs[0].to_dict()


def test_same_article_twice_is_stored_once(store: Store) -> None:
    evs = [event("a1", 0), event("a1", 1, plover="ASSAULT", source=(POLICE,),
                                  target=(PROTESTERS,))]
    assert store.add(article("a1"), evs) == "new"
    before = all_counts(store)
    assert store.add(article("a1"), evs) == "unchanged"
    assert all_counts(store) == before == {"articles": 1, "events": 2, "actors": 4,
                                           "event_actors": 4, "clusters": 2}


def test_changed_text_replaces_events(store: Store) -> None:
    store.add(article("a1"), [event("a1", 0), event("a1", 1, plover="ASSAULT",
                                                     source=(POLICE,), target=(PROTESTERS,))])
    new = [event("a1", 5, plover="PROTEST", cameo="140", source=(PROTESTERS,), target=())]
    assert store.add(article("a1", text="Protesters rallied in Moscow on Thursday."),
                     new) == "replaced"
    assert [e.id for e in store.events()] == [new[0].id]
    # Actors only the old events named are gone; no dangling links or clusters.
    assert all_counts(store) == {"articles": 1, "events": 1, "actors": 1, "event_actors": 1,
                                 "clusters": 1}
    with store.engine.connect() as conn:
        assert conn.execute(select(s.articles.c.text)).scalar().startswith("Protesters")


def test_failure_inside_an_article_rolls_back_everything(store: Store) -> None:
    bad = event("a1", 1)
    bad = type(bad)(**{**{f: getattr(bad, f) for f in bad.__dataclass_fields__},
                       "plover": None})  # violates events.plover NOT NULL
    with pytest.raises(Exception):  # noqa: B017  (the database's own error)
        store.add(article("a1"), [event("a1", 0), bad])
    assert all_counts(store) == dict.fromkeys(TABLES, 0)


def test_failure_at_the_last_step_keeps_the_previous_version(store: Store) -> None:
    old = [event("a1", 0)]
    store.add(article("a1"), old)
    before = all_counts(store)
    # A real database-side failure while clustering, after events and actors are written.
    with store.engine.begin() as conn:
        conn.execute(text("CREATE TRIGGER no_assault BEFORE INSERT ON clusters "
                          "WHEN NEW.plover = 'ASSAULT' BEGIN SELECT RAISE(ABORT, 'forced'); END"))
    changed = article("a1", text="Police clashed with protesters in Moscow on Thursday.")
    with pytest.raises(Exception, match="forced"):
        store.add(changed, [event("a1", 2, plover="ASSAULT", source=(POLICE,),
                                  target=(PROTESTERS,))])
    assert all_counts(store) == before
    assert store.events() == old
    with pytest.raises(Exception, match="forced"):
        store.add(article("a2"), [event("a2", 0, plover="ASSAULT")])
    assert all_counts(store) == before


def test_event_of_another_article_is_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="belongs to article"):
        store.add(article("a1"), [event("zz", 0)])
    assert all_counts(store) == dict.fromkeys(TABLES, 0)


# ----------------------------------------------------------------- filters

@pytest.fixture
def filled(store: Store) -> Store:
    store.add(article("a1"), [
        event("a1", 0),  # Putin meets Kim, 2019-04-25, Vladivostok
        event("a1", 1, plover="ASSAULT", cameo="1823", quad_class=4, goldstein=-9.0,
              source=(POLICE,), target=(PROTESTERS,), place="Moscow", confidence=0.5),
    ])
    store.add(article("a2", published="2019-05-02"), [
        event("a2", 0, plover="REQUEST", cameo="1041", source=(KIM,), target=(PUTIN,),
              start="2019-05-01", place=None, modality="planned", confidence=0.9),
        event("a2", 1, plover="ACCUSE", cameo="112", source=(PUTIN,), target=(),
              start=None, place="Seoul", modality="negated", confidence=0.3),
    ])
    return store


def _triggers(store: Store, **kw) -> list[tuple[str, int]]:
    return [(e.article_id, e.sentence_index) for e in store.events(EventFilter(**kw))]


def test_order_is_date_then_article_then_position(filled: Store) -> None:
    assert _triggers(filled) == [("a1", 0), ("a1", 1), ("a2", 0), ("a2", 1)]


@pytest.mark.parametrize(("kw", "expected"), [
    ({"actor": "putin"}, [("a1", 0), ("a2", 0), ("a2", 1)]),
    ({"actor": "RUSCOP"}, [("a1", 1)]),
    ({"actor": "prot"}, [("a1", 1)]),
    ({"country": "prk"}, [("a1", 0), ("a2", 0)]),
    ({"source_country": "PRK"}, [("a2", 0)]),
    ({"target_country": "PRK"}, [("a1", 0)]),
    ({"source_country": "RUS", "target_country": "RUS"}, [("a1", 1)]),
    ({"plover": ["ASSAULT", "accuse"]}, [("a1", 1), ("a2", 1)]),
    ({"cameo": "18"}, [("a1", 1)]),
    ({"cameo": "104"}, [("a2", 0)]),
    ({"since": "2019-04-26"}, [("a2", 0)]),
    ({"until": "2019-04-30"}, [("a1", 0), ("a1", 1)]),
    ({"since": "2019-04-25", "until": "2019-04-25"}, [("a1", 0), ("a1", 1)]),
    ({"modality": ["planned", "negated"]}, [("a2", 0), ("a2", 1)]),
    ({"article": "a2"}, [("a2", 0), ("a2", 1)]),
    ({"min_confidence": 0.8}, [("a1", 0), ("a2", 0)]),
    ({"actor": "kim", "plover": ["REQUEST"], "min_confidence": 0.85}, [("a2", 0)]),
    ({"actor": "nobody"}, []),
])
def test_each_filter(filled: Store, kw: dict, expected: list) -> None:
    assert _triggers(filled, **kw) == expected


def test_date_range_overlap_for_coarse_dates(store: Store) -> None:
    store.add(article("a3"), [event("a3", 0, start="2019-04-01", end="2019-04-30",
                                    granularity="month")])
    assert len(store.events(EventFilter(since="2019-04-20", until="2019-04-21"))) == 1
    assert store.events(EventFilter(since="2019-05-01")) == []
    assert store.events(EventFilter(until="2019-03-31")) == []


def test_limit(filled: Store) -> None:
    assert [e.sentence_index for e in filled.events(limit=2)] == [0, 1]


# ----------------------------------------------------------------- determinism

def _dump(store: Store) -> tuple[list[str], list[tuple]]:
    with store.engine.connect() as conn:
        evs = conn.execute(select(s.events.c.record, s.events.c.cluster_id)
                           .order_by(s.events.c.id)).all()
        cls = conn.execute(select(s.clusters).order_by(s.clusters.c.id)).all()
    return [tuple(r) for r in evs], [tuple(r) for r in cls]


def test_two_databases_from_the_same_input_are_identical(tmp_path: Path) -> None:
    batches = [
        (article("a1"), [event("a1", 0), event("a1", 1, plover="ASSAULT", source=(POLICE,),
                                                 target=(PROTESTERS,), place="Moscow")]),
        (article("a2", published="2019-04-26"), [event("a2", 0, source=(KIM,), target=(PUTIN,))]),
        (article("a3"), [event("a3", 0, start="2019-04-01", end="2019-04-30",
                               granularity="month", place=None)]),
    ]
    with Store(str(tmp_path / "x.db")) as x, Store(str(tmp_path / "y.db")) as y:
        for art, evs in batches:
            x.add(art, evs)
        for art, evs in reversed(batches):  # another order: the same clusters
            y.add(art, evs)
        assert _dump(x) == _dump(y)
        assert x.summary() == y.summary()


def test_partial_and_datetime_dates_are_queried_as_day_ranges(store: Store) -> None:
    store.add(article("a4"), [
        event("a4", 0, start="2019-04", end="2019-04", granularity="month"),
        event("a4", 1, start="2019-06-02T14:30:00", end=None, plover="ASSAULT"),
    ])
    assert [e.date.start for e in store.events(EventFilter(since="2019-04-30",
                                                           until="2019-04-30"))] == ["2019-04"]
    assert [e.plover for e in store.events(EventFilter(until="2019-06-02",
                                                       since="2019-06-02"))] == ["ASSAULT"]


def test_overlong_article_id_is_refused_cleanly(store: Store) -> None:
    with pytest.raises(StoreError, match="1 to 512 characters"):
        store.add(article("x" * 600), [])
    assert all_counts(store) == dict.fromkeys(TABLES, 0)
