"""End to end: articles in, contract records out (API and `eventwire extract`)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import eventwire
from eventwire.cli import main
from eventwire.record import event_from_dict

from .conftest import SEED_FILE, SHARED_DATA, shared_file

SCHEMA_PATH = SHARED_DATA.parent / "contract" / "event.schema.json"


@pytest.fixture(scope="module")
def seed_events(seed_text: str) -> list[eventwire.Event]:
    return eventwire.extract(seed_text, published="2019-04-18", article_id="seed")


@pytest.fixture(scope="module")
def schema() -> dict:
    if not SCHEMA_PATH.exists():
        pytest.skip(f"{SCHEMA_PATH} not available")
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def _find(events, trigger: str, plover: str) -> eventwire.Event:
    hits = [e for e in events if e.trigger.text == trigger and e.plover == plover]
    assert hits, f"no {plover} event triggered by {trigger!r}: " + ", ".join(
        f"{e.trigger.text}/{e.plover}" for e in events)
    return hits[0]


def test_planned_kim_visit_to_russia(seed_events, seed_text: str) -> None:
    ev = _find(seed_events, "visit", "CONSULT")
    assert ev.sentence_index == 0
    assert ev.mode == "visit" and ev.cameo == "042" and ev.quad_class == 1
    assert [(a.name, a.country, a.code) for a in ev.source] == [("Kim Jong Un", "PRK", "PRKGOV")]
    assert "GOV" in ev.source[0].sectors
    assert [a.country for a in ev.target] == ["RUS"]
    assert ev.modality == "planned"
    assert (ev.date.start, ev.date.end, ev.date.basis) == ("2019-04-24", "2019-04-26", "text")
    assert ev.attribution is not None and ev.attribution.kind == "anonymous"
    assert "official sources" in (ev.attribution.text or "")
    # Offsets point into the article as given (credit line included).
    assert seed_text[ev.trigger.start:ev.trigger.end] == "visit"
    src = ev.source[0]
    assert seed_text[src.start:src.end] == src.text
    assert ev.goldstein == pytest.approx(1.9)


def test_historic_trip_keeps_its_own_date(seed_events) -> None:
    ev = _find(seed_events, "traveled", "CONSULT")
    assert ev.source[0].name == "Vladimir Putin" and ev.source[0].country == "RUS"
    assert [a.country for a in ev.target] == ["PRK"]
    assert ev.modality == "asserted"
    assert (ev.date.start, ev.date.end, ev.date.granularity) == ("2000-01-01", "2000-12-31", "year")


def test_no_event_from_credits_or_footer(seed_events, seed_text: str) -> None:
    footer_start = seed_text.index("In a time of both misinformation")
    for ev in seed_events:
        assert ev.trigger.start < footer_start
        assert "subscrib" not in ev.sentence.lower()
        for actor in ev.source + ev.target:
            assert actor.name not in ("Kyodo", "Bloomberg")
            assert actor.start is None or actor.start > seed_text.index("Final arrangements") - 1


def test_every_seed_record_is_schema_valid_and_well_formed(seed_events, seed_text, schema) -> None:
    assert len(seed_events) >= 8
    for ev in seed_events:
        rec = ev.to_dict()
        jsonschema.validate(rec, schema)
        assert seed_text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        assert event_from_dict(json.loads(json.dumps(rec))) == ev
        assert 0 <= ev.confidence <= 1


def test_ids_are_stable_and_unique(seed_text) -> None:
    a = eventwire.extract(seed_text, published="2019-04-18", article_id="seed")
    b = eventwire.extract(seed_text, published="2019-04-18", article_id="seed")
    assert [e.to_dict() for e in a] == [e.to_dict() for e in b]
    ids = [e.id for e in a]
    assert len(set(ids)) == len(ids)


def test_without_publication_date_nothing_is_anchored_to_today(seed_text) -> None:
    events = eventwire.extract(seed_text, article_id="seed")
    visit = _find(events, "visit", "CONSULT")
    assert visit.date.start is None and visit.date.basis == "unknown"
    for ev in events:
        assert ev.date.basis in ("text", "unknown")
        if ev.date.basis == "text" and ev.date.start:
            assert not ev.date.start.startswith("2026")


# ------------------------------------------------------------------------------ CLI

def test_cli_jsonl_is_byte_identical_across_processes(tmp_path: Path, schema) -> None:
    cmd = [sys.executable, "-m", "eventwire", "extract", str(SEED_FILE),
           "--published", "2019-04-18", "--format", "jsonl"]
    first = subprocess.run(cmd, capture_output=True, check=True).stdout
    second = subprocess.run(cmd, capture_output=True, check=True).stdout
    assert first == second and first
    for line in first.decode().splitlines():
        jsonschema.validate(json.loads(line), schema)


def test_cli_formats(tmp_path: Path) -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["extract", str(SEED_FILE), "--published", "2019-04-18"])
    assert table.exit_code == 0, table.output
    assert "Kim Jong Un (PRKGOV)" in table.output and "CONSULT/visit" in table.output
    js = runner.invoke(main, ["extract", str(SEED_FILE), "--published", "2019-04-18",
                              "--format", "json"])
    items = json.loads(js.output)
    assert items and all(it["article_id"] for it in items)
    cs = runner.invoke(main, ["extract", str(SEED_FILE), "--published", "2019-04-18",
                              "--format", "csv"])
    rows = list(csv.DictReader(cs.output.splitlines()))
    assert len(rows) == len(items) and rows[0]["plover"] == items[0]["plover"]


def test_cli_min_confidence_keeps_only_confident_events() -> None:
    runner = CliRunner()
    args = ["extract", str(SEED_FILE), "--published", "2019-04-18", "--format", "jsonl"]
    every = [json.loads(x) for x in runner.invoke(main, args).stdout.splitlines()]
    cut = sorted(e["confidence"] for e in every)[len(every) // 2]
    res = runner.invoke(main, [*args, "--min-confidence", str(cut)])
    kept = [json.loads(x) for x in res.stdout.splitlines()]
    assert res.exit_code == 0 and 0 < len(kept) < len(every)
    assert all(e["confidence"] >= cut for e in kept)
    assert {e["id"] for e in kept} == {e["id"] for e in every if e["confidence"] >= cut}
    bad = runner.invoke(main, [*args, "--min-confidence", "1.5"])
    assert bad.exit_code == 2 and "1.5" in bad.output


def test_cli_stdin_and_batch_with_bad_articles(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Russian President Vladimir Putin met Chinese President Xi Jinping in "
                    "Beijing on Monday.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\xff\x00")
    runner = CliRunner()
    res = runner.invoke(main, ["extract", str(empty), str(binary), str(good),
                               "--published", "2019-04-15", "--format", "jsonl"])
    assert res.exit_code == 0
    out = [json.loads(line) for line in res.stdout.splitlines()]
    assert out and out[0]["plover"] == "CONSULT"
    assert out[0]["date"]["start"] == "2019-04-15"
    errs = res.stderr.splitlines()
    assert len(errs) == 2 and "empty.txt" in errs[0] and "bin.txt" in errs[1]
    res = runner.invoke(main, ["extract", "--format", "jsonl"],
                        input=good.read_text(encoding="utf-8"))
    assert res.exit_code == 0 and json.loads(res.stdout.splitlines()[0])["plover"] == "CONSULT"


def test_cli_nothing_usable_exits_non_zero(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", str(empty)])
    assert res.exit_code == 1
    assert "empty.txt" in res.stderr and "[E002]" in res.stderr


def test_cli_invalid_published_date() -> None:
    res = CliRunner().invoke(main, ["extract", str(SEED_FILE), "--published", "April 18"])
    assert res.exit_code == 2
    assert "invalid publication date" in res.output


# ----------------------------------------------------------------- the Wikinews corpus

def test_every_record_on_wikinews_2019_is_schema_valid(schema) -> None:
    path = shared_file("wikinews", "wikinews_2019.csv")
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    articles = [eventwire.make_article(r["text"], published=r["date"], url=r["url"])
                for r in rows]
    n = 0
    ids: set[str] = set()
    for article, events in eventwire.extract_articles(articles):
        for ev in events:
            rec = json.loads(json.dumps(ev.to_dict()))
            jsonschema.validate(rec, schema)
            assert article.text[ev.trigger.start:ev.trigger.end] == ev.trigger.text
            assert ev.id not in ids
            ids.add(ev.id)
            n += 1
    assert n > 100  # the corpus is news about politics: plenty of codable events


def test_user_lexicon_is_tried_first_and_bad_one_is_reported(tmp_path: Path) -> None:
    lex = tmp_path / "lex.yaml"
    lex.write_text('version: 1\nverbs:\n  rebuke:\n    - {cameo: "1125", confidence: 0.9}\n',
                   encoding="utf-8")
    text = "Germany rebuked Russia on Monday."
    shipped = eventwire.extract(text, published="2020-01-01")
    assert [e.cameo for e in shipped] == ["111"]
    mine = eventwire.extract(text, published="2020-01-01", lexicon_files=[str(lex)])
    assert [e.cameo for e in mine] == ["1125"] and mine[0].plover == "ACCUSE"
    bad = tmp_path / "bad.yaml"
    bad.write_text('verbs:\n  rebuke:\n    - {cameo: "999"}\n', encoding="utf-8")
    res = CliRunner().invoke(main, ["extract", "-", "--lexicon", str(bad)], input=text)
    assert res.exit_code == 1
    assert "[E020]" in res.output and "bad.yaml" in res.output and "'999'" in res.output
