"""``eventwire extract``: articles in, coded events out; touches no database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from ..api import extract_articles
from ..errors import EventwireError
from ..output import FORMATS, EventWriter
from ._inputs import (
    ArticleReader,
    input_paths,
    knowledge_options,
    model_option,
    published_option,
)


@click.command()
@input_paths
@published_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table: readable; jsonl: one contract record a line; json: one array; csv.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, metavar="X",
              help="Print only events with confidence of at least X (0 to 1): fewer events, "
                   "more of them right (EVALUATION.md has precision and recall by threshold).")
@model_option
@knowledge_options
def extract(paths: tuple[str, ...], published: object, fmt: str, min_confidence: float,
            model: str | None, actor_files: tuple[str, ...],
            lexicon_files: tuple[str, ...]) -> None:
    """Read articles (PATH: .txt, .html, .jsonl, .csv, a directory, or - for stdin) and
    print their coded events."""
    reader = ArticleReader(paths, published)  # type: ignore[arg-type]
    writer = EventWriter(fmt, sys.stdout)
    try:
        for _article, events in extract_articles(reader, model=model, actor_files=actor_files,
                                                 lexicon_files=lexicon_files):
            writer.write([e for e in events if e.confidence >= min_confidence])
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    writer.close()
    if reader.exit_code:
        sys.exit(reader.exit_code)


def _default_annotated(split: str) -> str:
    """``eval/annotated/<split>.jsonl`` of the source checkout, else of the working directory."""
    from pathlib import Path

    here = Path(__file__).resolve()
    for root in [*here.parents, Path.cwd()]:
        cand = root / "eval" / "annotated" / f"{split}.jsonl"
        if cand.exists():
            return str(cand)
    return str(Path("eval") / "annotated" / f"{split}.jsonl")


@click.command("annotated")
@click.option("--split", type=click.Choice(["test", "train"]), default="test", show_default=True,
              help="Which part of the corpus to score (the test part is the quality gate).")
@click.option("--path", "path", default=None, metavar="FILE",
              help="An annotated JSONL file (default: eval/annotated/<split>.jsonl).")
@click.option("--min-confidence", type=float, default=0.0, show_default=True,
              help="Score only system events at or above this confidence.")
@model_option
def annotated(split: str, path: str | None, min_confidence: float, model: str | None) -> None:
    """Score events on eventwire's own annotated Wikinews sentences: precision, recall,
    PLOVER accuracy and macro-F1, source/target match, modality accuracy, confusion."""
    from ..evaluate.annotated import evaluate_annotated, load_annotated, report

    file = path or _default_annotated(split)
    try:
        gold = load_annotated(file)
        scores = evaluate_annotated(gold, model=model, min_confidence=min_confidence)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(report(scores, f"eventwire evaluate annotated: {file} ({len(gold)} sentences)"))


COMMANDS: list[click.Command] = [extract]
EVALUATIONS: list[click.Command] = [annotated]


@click.command("calibration")
@click.option("--write", is_flag=True,
              help="Refit the shipped calibration table on the train split and save it.")
@model_option
def calibration(write: bool, model: str | None) -> None:
    """Confidence calibration on the annotated train split: the reliability table and,
    with --write, a refitted isotonic calibration table (never fitted on the test split).

    The table maps the event filter's score to the share of real events, fitted on
    out-of-fold scores (each article scored by a filter trained without it)."""
    from ..evaluate.annotated import evaluate_annotated, load_annotated, reliability

    file = _default_annotated("train")
    try:
        gold = load_annotated(file)
        scores = evaluate_annotated(gold, model=model)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"eventwire evaluate calibration: {file}")
    click.echo(reliability(scores))
    if write:
        from ..evaluate.filter_training import collect_examples
        from ..knowledge.event_filter import load_model

        fitted = load_model()
        if fitted is None:
            raise click.ClickException("no event filter model: run `eventwire evaluate filter --write`")
        path, n = _write_calibration(collect_examples(gold, model=model),
                                     float(fitted.meta.get("l2", 1.0)), fitted.threshold)
        click.echo(f"wrote {path} ({n} out-of-fold events)")


def _write_calibration(data: Any, l2: float, threshold: float) -> tuple[Path, int]:
    from ..evaluate.filter_training import calibration_points
    from ..knowledge.calibration import fit_isotonic, shrink, write_table

    points = calibration_points(data, l2, threshold)
    prior = sum(ok for _, ok in points) / len(points) if points else 0.5
    steps = shrink(fit_isotonic(points), prior)
    path = write_table(steps, {
        "about": "isotonic map from the event filter's score to the share of candidates "
                 "that are gold events, fitted on out-of-fold scores over "
                 "eval/annotated/train.jsonl by `eventwire evaluate filter --write` "
                 "(or `eventwire evaluate calibration --write`)",
        "events": len(points),
    })
    return path, len(points)


EVALUATIONS.append(calibration)


@click.command("filter")
@click.option("--write", is_flag=True,
              help="Fit the learned event filter on the train split and save it as the shipped model.")
@click.option("--folds", type=click.IntRange(2, 20), default=5, show_default=True,
              help="Cross-validation folds (by article, inside the train split).")
@model_option
def filter_(write: bool, folds: int, model: str | None) -> None:
    """The learned event filter: cross-validated figures on the annotated train split and,
    with --write, the model refitted on all of train (never on the test split)."""
    from ..evaluate.annotated import load_annotated
    from ..evaluate.filter_training import collect_examples, train_filter
    from ..knowledge.event_filter import write_model

    file = _default_annotated("train")
    try:
        data = collect_examples(load_annotated(file), model=model)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    positives = sum(e.label for e in data.examples)
    click.echo(f"eventwire evaluate filter: {file}")
    click.echo(f"candidates {len(data.examples)} (overlapping a gold trigger {positives}); "
               f"gold events {data.n_gold}, of which no candidate covers {data.uncovered}")
    fitted, results = train_filter(data, folds)
    click.echo(f"cross-validation over articles ({folds} folds), best threshold per L2:")
    for r in results:
        click.echo(f"  L2 {r.l2:4.1f}  threshold {r.threshold:.3f}  precision "
                   f"{100 * r.precision:5.1f}%  recall {100 * r.recall:5.1f}%  F1 {100 * r.f1:5.1f}")
    click.echo(f"chosen: L2 {fitted.meta['l2']}, threshold {fitted.threshold:.3f}; "
               f"{len(fitted.weights)} features")
    if write:
        path = write_model(fitted)
        click.echo(f"wrote {path}")
        cal, n = _write_calibration(data, float(fitted.meta["l2"]), fitted.threshold)
        click.echo(f"wrote {cal} ({n} out-of-fold events)")


EVALUATIONS.append(filter_)
