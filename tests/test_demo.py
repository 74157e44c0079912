"""The bundled demo corpus and ``eventwire demo``."""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli import main
from eventwire.demo import corpus_path, load_demo_articles
from eventwire.store import Store

from .conftest import shared_file

DEMO_DIR = corpus_path().parent


def records() -> list[dict[str, str]]:
    return [json.loads(line) for line in corpus_path().read_text(encoding="utf-8").splitlines()]


def test_corpus_fields_and_attribution() -> None:
    recs = records()
    assert len(recs) == 36
    assert len({r["id"] for r in recs}) == 36
    for r in recs:
        assert set(r) == {"id", "url", "title", "published", "text", "source"}
        assert r["source"] == "Wikinews" and r["url"].startswith("https://en.wikinews.org/")
        assert re.fullmatch(r"2019-\d\d-\d\d", r["published"])
    assert [r["published"] for r in recs] == sorted(r["published"] for r in recs)
    attribution = (DEMO_DIR / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "CC BY 2.5" in attribution and "creativecommons.org/licenses/by/2.5" in attribution
    assert all(r["url"] in attribution for r in recs)
    assert len(load_demo_articles()) == 36 and len(load_demo_articles(3)) == 3


def test_corpus_texts_are_unchanged_and_the_selection_reproducible() -> None:
    source = shared_file("wikinews", "wikinews_2019.csv")
    sys.path.insert(0, str(DEMO_DIR))
    try:
        import select_demo  # the script, as its docstring runs it
    finally:
        sys.path.remove(str(DEMO_DIR))
    csv.field_size_limit(sys.maxsize)
    with open(source, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    chosen = select_demo.select(rows)
    recs = records()
    assert [select_demo.article_id(r) for r in chosen] == [r["id"] for r in recs]
    assert [(r["url"], r["title"], r["date"], r["text"]) for r in chosen] == [
        (r["url"], r["title"], r["published"], r["text"]) for r in recs]


def test_demo_runs_and_is_idempotent(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    first = CliRunner().invoke(main, ["demo", "--db", str(db), "--limit", "3"])
    assert first.exit_code == 0, first.output
    assert "read 3 articles: 3 new, 0 replaced, 0 unchanged, 0 failed" in first.stdout
    assert "articles: 3" in first.stdout and "merged events:" in first.stdout
    with Store(str(db)) as st:
        before = st.summary()
    second = CliRunner().invoke(main, ["demo", "--db", str(db), "--limit", "3"])
    assert second.exit_code == 0
    assert "0 new, 0 replaced, 3 unchanged, 0 failed; stored 0 events" in second.stdout
    with Store(str(db)) as st:
        assert st.summary() == before
    # The summary after the header line is the same text both times.
    assert first.stdout.splitlines()[1:] == second.stdout.splitlines()[1:]
