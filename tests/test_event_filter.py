"""The learned event filter: trainer, model file, and the pipeline stage."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from eventwire.errors import KnowledgeFileError
from eventwire.evaluate.filter_training import Example, TrainingSet, cross_validate, prf
from eventwire.knowledge.event_filter import (
    FilterModel,
    fit_logistic,
    load_model,
    read_model,
    write_model,
)
from eventwire.nlp import STAGES, make_doc


def _toy() -> tuple[list[list[str]], list[int]]:
    rows, labels = [], []
    for i in range(40):
        good = i % 2 == 0
        rows.append(["flag=none" if good else "flag=no_source", f"noise={i % 5}", "pos=V"])
        labels.append(int(good))
    return rows, labels


def test_logistic_fit_learns_the_signal_and_is_deterministic() -> None:
    rows, labels = _toy()
    w1, b1 = fit_logistic(rows, labels, l2=1.0)
    w2, b2 = fit_logistic(rows, labels, l2=1.0)
    assert (w1, b1) == (w2, b2)
    assert w1["flag=none"] > 1.0 > -1.0 > w1["flag=no_source"]
    assert all(abs(w1[f"noise={k}"]) < 0.5 for k in range(5))
    m = FilterModel(weights=w1, bias=b1, threshold=0.5, meta={})
    assert m.score(["flag=none", "pos=V"]) > 0.8 > 0.2 > m.score(["flag=no_source", "pos=V"])


def test_features_seen_once_get_no_weight() -> None:
    rows, labels = _toy()
    rows[0] = rows[0] + ["lemma=once"]
    weights, _ = fit_logistic(rows, labels, l2=1.0, min_count=2)
    assert "lemma=once" not in weights


def test_stronger_penalty_shrinks_weights() -> None:
    rows, labels = _toy()
    loose, _ = fit_logistic(rows, labels, l2=0.5)
    tight, _ = fit_logistic(rows, labels, l2=20.0)
    assert abs(tight["flag=none"]) < abs(loose["flag=none"])


def test_model_file_round_trip(tmp_path: Path) -> None:
    m = FilterModel(weights={"a": 0.5, "b": -1.25}, bias=0.1, threshold=0.4, meta={"examples": 3})
    path = write_model(m, tmp_path / "f.json")
    back = read_model(path)
    assert back.weights == m.weights and back.bias == m.bias and back.threshold == 0.4
    assert back.meta["examples"] == 3
    assert back.score(["a"]) == pytest.approx(m.score(["a"]))


@pytest.mark.parametrize("content", ["not json", json.dumps({"format": 99, "weights": {}}),
                                     json.dumps({"format": 1, "bias": 0})])
def test_malformed_model_file_names_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(KnowledgeFileError, match="bad.json"):
        read_model(path)


def test_shipped_model_is_trained_on_the_train_split() -> None:
    m = load_model()
    assert m is not None
    assert 0.05 < m.threshold < 0.95
    assert "train.jsonl" in m.meta["about"] and "test" not in m.meta["about"]
    assert m.meta["examples"] > 500 and 0 < m.meta["positives"] < m.meta["examples"]
    assert 0 < m.meta["cv"]["f1"] < 1


def test_cross_validation_picks_a_setting_and_scores_held_out_articles() -> None:
    rows, labels = _toy()
    examples = [Example(article=f"a{i % 8}", sentence=f"s{i}", features=r,
                        gold={0} if y else set()) for i, (r, y) in enumerate(zip(rows, labels, strict=True))]
    data = TrainingSet(examples=examples, n_gold=sum(labels), uncovered=0)
    best, results = cross_validate(data, folds=4)
    assert best in results and best.f1 == max(r.f1 for r in results)
    assert best.precision == 1.0 and best.recall == 1.0
    p, r, f = prf(examples, [1.0] * len(examples), 0.5, data.n_gold)
    assert (p, r) == (0.5, 1.0)


def test_filter_stage_runs_after_modality_and_keeps_a_subset(nlp, seed_text: str) -> None:
    assert STAGES.index("eventwire_modality_v1") < STAGES.index("eventwire_event_filter_v1") \
        < STAGES.index("eventwire_event_time_v1")
    doc = nlp(make_doc(nlp, seed_text, dt.date(2019, 4, 18)))
    cands = doc._.event_candidates
    events = doc._.events
    assert events and len(cands) > len(events)
    ids = {id(c) for c in cands}
    assert all(id(e) in ids for e in events)
    threshold = load_model().threshold
    assert all(e.confidence >= threshold for e in events)
    assert all(e.rule_confidence is not None for e in events)
    # candidates the hand rules reject are not all dropped, nor all kept: the model decides
    assert any(c.flags for c in cands)


def test_without_a_model_the_hand_rules_decide(tmp_path: Path) -> None:
    from eventwire.components.event_filter import EventFilter

    doc_events = object()
    stage = EventFilter(None)

    class _Doc:
        class _:  # noqa: N801 - mimics spaCy's underscore namespace
            event_candidates = ["candidate"]
            events = doc_events

    out = stage(_Doc())  # type: ignore[arg-type]
    assert out._.events is doc_events


@pytest.mark.parametrize("text", [
    "The fire killed five people in the market.",
    "Officials said the storm destroyed hundreds of homes.",
    "The earthquake injured dozens of villagers.",
])
def test_hazards_named_as_the_doer_are_never_events(text: str) -> None:
    import eventwire

    assert eventwire.extract(text, published="2020-01-01") == []


def test_a_crowd_as_the_doer_is_left_to_the_model(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "Thousands of people marched in the capital against the law.",
                       dt.date(2020, 1, 1)))
    march = [c for c in doc._.event_candidates if doc[c.trigger_start].lemma_ == "march"]
    assert march and "hazard_subject" not in march[0].flags


def test_words_of_time_expressions_are_not_triggers(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "In March, police arrested ten protesters.", dt.date(2020, 4, 1)))
    words = [doc[c.trigger_start].text for c in doc._.event_candidates]
    assert "arrested" in words and "March" not in words


def test_private_matters_of_an_interview_are_vetoed(nlp) -> None:  # type: ignore[no-untyped-def]
    # a "me" no actor stands for, and a generic "you", are private persons (GUIDELINES 2)
    for text, trigger in [("The police officers asked me to prove it.", "asked"),
                          ("Some companies will make you sign a contract.", "sign")]:
        doc = nlp(make_doc(nlp, text, dt.date(2020, 5, 1)))
        cands = [e for e in doc._.event_candidates or [] if doc[e.trigger_start].text == trigger]
        assert cands and "private_party" in cands[0].flags
        assert not [e for e in doc._.events or [] if doc[e.trigger_start].text == trigger]
    # an official's "we" stays
    doc = nlp(make_doc(nlp, 'The police said: "We arrested two men on Monday."',
                       dt.date(2020, 5, 1)))
    assert all("private_party" not in e.flags for e in doc._.event_candidates or [])
