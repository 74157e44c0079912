"""Checks of the project's annotated event corpus (eval/annotated/*.jsonl).

Runs the same checks as ``eval/tools/validate.py``: record schema, span offsets
against the sentence text, valid CAMEO codes (the code list ships with the tool,
eval/tools/codes.py), PLOVER types consistent with the CAMEO->PLOVER table,
modality and date values, complete sentence runs, and no article shared by train
and test.  Checks against ../shared/data (the CAMEO table, the Wikinews texts)
run only when that folder is present.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ANNOTATED = ROOT / "eval" / "annotated"
DATA = ROOT.parent / "shared" / "data"
FILES = [ANNOTATED / "train.jsonl", ANNOTATED / "test.jsonl"]


def _load_validator():
    path = ROOT / "eval" / "tools" / "validate.py"
    spec = importlib.util.spec_from_file_location("eventwire_eval_validate", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


validate = _load_validator()


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


def test_files_exist():
    for f in FILES:
        assert f.exists(), f"{f} missing"


def test_corpus_is_valid():
    problems = validate.validate(FILES, None)
    assert not problems, "\n".join(problems[:50])


@pytest.mark.skipif(not DATA.exists(), reason="../shared/data not present")
def test_corpus_matches_shared_data():
    problems = validate.validate(FILES, DATA)
    assert not problems, "\n".join(problems[:50])


def test_train_and_test_share_no_article():
    train = {r["url"] for r in _records(FILES[0])}
    test = {r["url"] for r in _records(FILES[1])}
    assert not train & test


def test_test_split_size_and_negatives():
    test = _records(FILES[1])
    assert len(test) >= 160
    assert any(not r["events"] for r in test), "sentences without events must be included"
    assert any(r["events"] for r in test)


def test_validator_catches_bad_records(tmp_path):
    good = _records(FILES[1])
    rec = next(r for r in good if r["events"])
    bad = json.loads(json.dumps(rec))
    ev = bad["events"][0]
    ev["trigger"]["start"] += 1  # offsets no longer match
    ev["cameo"] = "999"  # not a CAMEO code
    bad2 = json.loads(json.dumps(rec))
    bad2["events"][0]["plover"] = "AID" if bad2["events"][0]["plover"] != "AID" else "ASSAULT"
    bad2["id"] = bad2["id"].split("#")[0] + "#0"
    bad2["sentence_index"] = 0
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(bad) + "\n" + json.dumps(bad2) + "\n", encoding="utf-8")
    problems = validate.validate([path], None)
    text = "\n".join(problems)
    assert "!= text" in text
    assert "invalid CAMEO code" in text
    assert "inconsistent with CAMEO" in text


def test_plover_table_lookup():
    assert validate.codes.plover_options("1823")[0][0] == "ASSAULT"
    assert validate.codes.plover_options("0231")[0][0] == "REQUEST"
    assert {p for p, _ in validate.codes.plover_options("163")} == {"SANCTION", "COERCE"}
    assert validate.codes.plover_options("173")[0][0] == "COERCE"


def test_second_annotations_parse_and_score(capsys):
    """The agreement files are valid against their sentences and the scorer runs."""
    path = ROOT / "eval" / "tools" / "agreement.py"
    spec = importlib.util.spec_from_file_location("eventwire_eval_agreement", path)
    assert spec and spec.loader
    agreement = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(agreement)
    assert agreement.main() == 0
    out = capsys.readouterr().out
    assert out.startswith("agreement: 8 articles")
    assert "event precision" in out and "recall" in out
