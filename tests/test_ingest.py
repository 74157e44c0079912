"""``eventwire ingest`` and ``eventwire events`` through the CLI, on real articles and
real SQLite files: idempotency, replacement, bad input, bad --db, JSONL parity with
``extract``. Event counts are whatever the pipeline finds; the store must keep them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from eventwire.cli import main
from eventwire.store import Store

from .conftest import SEED_FILE
from .test_store_helpers import article, event

SEED_ID = "japantimes-2019-04-18"


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None):
    return CliRunner().invoke(main, list(args), env=env, input=input, catch_exceptions=False)


def counts(db: Path) -> dict[str, int]:
    with Store(str(db)) as st, st.engine.connect() as conn:
        return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one())
                for t in ("articles", "events", "actors", "event_actors", "clusters")}


def seed_jsonl(path: Path, text_: str | None = None) -> Path:
    rec = {"id": SEED_ID, "published": "2019-04-18", "source": "The Japan Times",
           "url": "https://www.japantimes.co.jp/news/2019/04/18/kim-russia",
           "text": text_ if text_ is not None else SEED_FILE.read_text(encoding="utf-8")}
    path.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return path


def test_ingest_twice_stores_once(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    first = run("ingest", str(SEED_FILE), "--db", str(db), "--published", "2019-04-18")
    assert first.exit_code == 0, first.output
    assert "read 1 articles: 1 new, 0 replaced, 0 unchanged, 0 failed" in first.stdout
    after_first = counts(db)
    assert after_first["articles"] == 1
    second = run("ingest", str(SEED_FILE), "--db", str(db), "--published", "2019-04-18")
    assert second.exit_code == 0
    assert "1 articles: 0 new, 0 replaced, 1 unchanged, 0 failed; stored 0 events" in second.stdout
    assert counts(db) == after_first
    with Store(str(db)) as st, st.engine.connect() as conn:
        assert conn.execute(text("SELECT n_events FROM articles")).scalar() == \
            after_first["events"]


def test_changed_text_same_id_replaces(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    src = seed_jsonl(tmp_path / "a.jsonl")
    assert run("ingest", str(src), "--db", str(db)).exit_code == 0
    seed_jsonl(src, "Russian police detained dozens of protesters in Moscow on Saturday.")
    res = run("ingest", str(src), "--db", str(db))
    assert "0 new, 1 replaced, 0 unchanged" in res.stdout
    assert counts(db)["articles"] == 1
    with Store(str(db)) as st, st.engine.connect() as conn:
        stored = conn.execute(text("SELECT text FROM articles")).scalar()
        sentences = conn.execute(text("SELECT sentence FROM events")).scalars().all()
    assert stored.startswith("Russian police")
    assert all("Kim" not in s for s in sentences)  # the old article's events are gone


def test_events_jsonl_equals_what_extract_printed(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    src = seed_jsonl(tmp_path / "a.jsonl")
    extracted = run("extract", str(src), "--format", "jsonl").stdout.splitlines()
    assert run("ingest", str(src), "--db", str(db)).exit_code == 0
    listed = run("events", "--db", str(db), "--article", SEED_ID, "--format", "jsonl")
    assert listed.exit_code == 0
    assert sorted(listed.stdout.splitlines()) == sorted(extracted)
    assert len(extracted) == counts(db)["events"]


def test_events_jsonl_is_the_contract_record_for_hand_built_events(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    evs = [event("a1", 0), event("a1", 1, plover="ASSAULT", cameo="190", quad_class=4)]
    with Store(str(db)) as st:
        st.add(article("a1"), evs)
    res = run("events", "--db", str(db), "--format", "jsonl")
    assert [json.loads(line) for line in res.stdout.splitlines()] == [e.to_dict() for e in evs]
    table = run("events", "--db", str(db), "--plover", "assault")
    assert "ASSAULT" in table.stdout and "CONSULT" not in table.stdout
    csv_out = run("events", "--db", str(db), "--format", "csv", "--limit", "1")
    assert len(csv_out.stdout.splitlines()) == 2
    merged = run("events", "--db", str(db), "--merged", "--format", "jsonl")
    assert sorted(json.loads(x)["plover"] for x in merged.stdout.splitlines()) == [
        "ASSAULT", "CONSULT"]
    assert "mentions" in run("events", "--db", str(db), "--merged").stdout


def test_bad_articles_in_a_batch_are_reported_and_the_good_ones_kept(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "good.txt").write_text("Police arrested 20 protesters in Moscow on Saturday, "
                                   "officials said.\n", encoding="utf-8")
    (docs / "empty.txt").write_text("   \n", encoding="utf-8")
    (docs / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (docs / "broken.jsonl").write_text('{"id": "x1", "text": "Talks began."}\n{"id": oops\n',
                                       encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", str(docs), "--db", str(db)])
    assert res.exit_code == 0
    errors = [line for line in res.stderr.splitlines() if line.startswith("eventwire: error:")]
    assert len(errors) == 3 and all(("[E00" in e) for e in errors)
    assert "read 5 articles: 2 new, 0 replaced, 0 unchanged, 3 failed" in res.stdout
    assert counts(db)["articles"] == 2


def test_a_failing_article_is_rolled_back_and_the_batch_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    with Store(str(db)) as st, st.engine.begin() as conn:  # a real failure, in the database
        conn.execute(text("CREATE TRIGGER refuse AFTER INSERT ON articles WHEN NEW.id = 'bad' "
                          "BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END"))
    src = tmp_path / "batch.jsonl"
    src.write_text("".join(json.dumps({"id": i, "text": f"Officials in Kyiv met on Monday ({i})."})
                           + "\n" for i in ("ok1", "bad", "ok2")), encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db)])
    assert res.exit_code == 0
    assert "2 new, 0 replaced, 0 unchanged, 1 failed" in res.stdout
    (err,) = res.stderr.strip().splitlines()
    assert err.startswith("eventwire: error: [E031]") and "refused by test trigger" in err
    with Store(str(db)) as st, st.engine.connect() as conn:
        ids = conn.execute(text("SELECT id FROM articles ORDER BY id")).scalars().all()
        orphans = conn.execute(text("SELECT count(*) FROM events WHERE article_id = 'bad'"))
        assert ids == ["ok1", "ok2"] and orphans.scalar() == 0


def test_nothing_usable_exits_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    res = CliRunner().invoke(main, ["ingest", str(empty), "--db", str(tmp_path / "e.db")])
    assert res.exit_code == 1
    assert "0 new" in res.stdout and "1 failed" in res.stdout


@pytest.mark.parametrize("db", ["nosuchdialect://x/y", "{tmp}/no/such/dir/e.db"])
def test_bad_db_is_one_line_error(tmp_path: Path, db: str) -> None:
    res = CliRunner().invoke(main, ["ingest", str(SEED_FILE), "--db", db.format(tmp=tmp_path)])
    assert res.exit_code == 1
    assert res.stderr.count("\n") == 1 and "[E030]" in res.stderr
    res = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "missing.db")])
    assert res.exit_code == 1 and "no such database" in res.stderr


def test_default_db_from_env_then_working_directory(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("EVENTWIRE_DB", raising=False)
    with Store(None) as st:  # eventwire.db in the working directory
        st.add(article("a1"), [event("a1", 0)])
    assert (tmp_path / "eventwire.db").exists()
    assert len(run("events", "--format", "jsonl").stdout.splitlines()) == 1
    res = run("events", "--format", "jsonl", env={"EVENTWIRE_DB": str(tmp_path / "none.db")})
    assert res.exit_code == 1 and "none.db" in res.stderr


def test_filter_options_are_checked(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    Store(str(db)).close()
    for bad in (["--country", "RU"], ["--cameo", "1a"], ["--since", "yesterday"],
                ["--plover", "FIGHT"], ["--min-confidence", "2"]):
        res = CliRunner().invoke(main, ["events", "--db", str(db), *bad])
        assert res.exit_code == 2, bad


def test_an_article_the_pipeline_cannot_process_fails_alone(tmp_path: Path) -> None:
    from eventwire.article import Article, make_article

    good = [make_article(f"Officials in Kyiv met on Monday ({i}).", id=f"ok{i}") for i in (1, 2)]
    broken = Article(id="broken", text="x", body=None, origin="broken.jsonl:1")  # type: ignore[arg-type]
    with Store(str(tmp_path / "e.db")) as st:
        report = st.ingest([good[0], broken, good[1]])
        assert (report.read, report.new, report.failed) == (3, 2, 1)
        (err,) = report.errors
        assert err.startswith("[E031] broken.jsonl:1: extraction failed, nothing stored")
        assert st.counts()[0] == 2


def test_ingest_takes_a_user_lexicon(tmp_path) -> None:
    from click.testing import CliRunner

    from eventwire.cli import main
    from eventwire.store import Store

    lex = tmp_path / "lex.yaml"
    lex.write_text('verbs:\n  rebuke:\n    - {cameo: "1125", confidence: 0.9}\n', encoding="utf-8")
    art = tmp_path / "a.txt"
    art.write_text("Germany rebuked Russia on Monday.", encoding="utf-8")
    db = tmp_path / "x.db"
    res = CliRunner().invoke(main, ["ingest", str(art), "--db", str(db), "--lexicon", str(lex),
                                    "--published", "2020-01-01"])
    assert res.exit_code == 0, res.output
    with Store(str(db)) as store:
        assert [e.cameo for e in store.events()] == ["1125"]
