"""PLOVER GSR actor scoring: the loader's quirks and a regression floor on the figures."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import EvaluationDataError
from eventwire.evaluate.plover_gsr import load_gsr, locate, score_actors
from eventwire.nlp import process
from tests.conftest import shared_file


def test_loader_normalises_codes_and_sectors(tmp_path):
    records = [
        {"id": "doc", "event": "DOCUMENT"},
        {"id": "r1", "event": "AGREE", "text": "Senior Hungarian and Romanian officials met Tokyo.",
         "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"},
                    {"actorText": "Romanian", "code": "ROU", "sector": "CVLalb"}],
         "target": [{"actorText": "Tokyo", "code": "JAP"}],
         "textInfo": {"markup": "(SRC: Hungarian) (SRC: Romanian) (TAR: Tokyo)"}},
        {"id": "r2", "event": "AGREE", "text": "The Greek side agreed.", "target": "diplomatic",
         "source": [{"actorText": "Greek-Cypriot", "code": "GRC", "sector": "***"}],
         "textInfo": {"markup": "The (SRC: Greek) side agreed."}},
    ]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    gsr = load_gsr(path)
    assert [r.id for r in gsr] == ["r1", "r2"]
    assert gsr[0].target[0].country == "JPN" and gsr[0].target[0].sector == ""
    assert gsr[0].source[1].sector == "CVL"
    assert gsr[1].source[0].sector is None and gsr[1].skipped == 1
    assert locate(gsr[1], gsr[1].source[0], "source") == (4, 9)  # found through the markup


def test_missing_file_is_a_coded_error(tmp_path):
    with pytest.raises(EvaluationDataError, match="not found"):
        load_gsr(tmp_path / "absent.json")


def test_actor_figures_on_the_gold_standard(nlp):
    records = load_gsr(shared_file("plover", "PLOVER_GSR_CAMEO.json"))
    assert len(records) == 322
    docs = list(process(nlp, [(r.text, None) for r in records]))
    scores = score_actors(records, docs)
    for sc in scores.values():
        assert sc.located == sc.total  # every gold actor is found in its sentence
    # Regression floor, set just under the figures measured when this was written
    # (source 91.5% / 85.1%, target 93.2% / 82.7%); the project's bar is 90% / 80%.
    assert scores["source"].country_accuracy >= 0.905
    assert scores["target"].country_accuracy >= 0.92
    assert scores["source"].full_accuracy >= 0.84
    assert scores["target"].full_accuracy >= 0.815


def test_gold_text_is_located_as_a_whole_word(tmp_path):
    records = [{"id": "r1", "event": "PROTEST", "text": "Iraqi Kurds demanded independence from Iraq.",
                "source": [{"actorText": "Iraq", "code": "IRQ"}], "target": []}]
    path = tmp_path / "gsr.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    record = load_gsr(path)[0]
    assert locate(record, record.source[0], "source") == (39, 43)
