"""``eventwire timex`` (time expressions of articles) and ``eventwire evaluate timebank``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import EventwireError
from ._inputs import ArticleReader, input_paths, model_option, published_option

TIMEX_STAGES = ("eventwire_timex_v1",)
DEFAULT_TBAQ = Path("..") / "shared" / "data" / "timeml" / "TBAQ-cleaned"


def _timex_pipeline(model: str | None):
    """The statistical pipeline plus the time stage only (no actors, events ...)."""
    from ..nlp import build_pipeline

    return build_pipeline(model, stages=TIMEX_STAGES)


@click.command("timex")
@input_paths
@published_option
@click.option("--format", "fmt", type=click.Choice(["json", "timeml"]), default="json",
              show_default=True, help="json: one list of mentions; timeml: re-tag TimeML input.")
@model_option
def timex_command(paths: tuple[str, ...], published, fmt: str, model: str | None) -> None:
    """Print temporal expressions with their TimeML TIMEX3 values."""
    try:
        nlp = _timex_pipeline(model)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "timeml":
        sys.exit(_timeml_out(nlp, paths, published))
    from ..nlp import process_articles

    reader = ArticleReader(paths, published)
    out: list[dict[str, object]] = []
    for article, doc in process_articles(nlp, reader):
        for t in doc._.timexes:
            out.append({
                "article_id": article.id,
                "text": t.text,
                "start": article.to_original(t.start_char),
                "end": article.to_original_end(t.end_char),
                "type": t.type,
                "value": t.value,
                "mod": t.mod,
                "end_value": t.end_value,
            })
    click.echo(json.dumps(out, ensure_ascii=False, indent=1))
    sys.exit(reader.exit_code)


def _timeml_out(nlp, paths: tuple[str, ...], published) -> int:
    """Read TimeML documents, print each with the system's TIMEX3 tags."""
    from ..evaluate.timeml import annotate_timeml, parse_timeml, system_spans

    sources = paths or ("-",)
    code = 0
    for src in sources:
        try:
            raw = sys.stdin.read() if src == "-" else Path(src).read_text(encoding="utf-8")
            doc = parse_timeml(raw, src)
        except (OSError, UnicodeDecodeError, EventwireError) as exc:
            click.echo(f"eventwire: error: {src}: {exc}", err=True)
            code = 1
            continue
        if doc.dct is None:
            doc.dct = published
        spans = system_spans(nlp, [doc])[0]
        click.echo(annotate_timeml(doc, spans))
    return code


@click.command("timebank")
@click.option("--data", type=click.Path(path_type=Path), default=None,
              help=f"TBAQ-cleaned folder (default: {DEFAULT_TBAQ} when present).")
@model_option
def timebank_command(data: Path | None, model: str | None) -> None:
    """TempEval-3 Task A figures on TimeBank and AQUAINT (TBAQ-cleaned)."""
    from ..evaluate.timeml import evaluate_corpora

    root = data or DEFAULT_TBAQ
    if not root.is_dir():
        raise click.ClickException(
            f"[E040] {root}: TimeML corpus not found; pass --data PATH to TBAQ-cleaned"
        )
    try:
        nlp = _timex_pipeline(model)
        results = evaluate_corpora(nlp, root)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    header = f"{'corpus':<10}{'gold':>6}{'sys':>6}  {'strict P/R/F1':>20}  {'relaxed P/R/F1':>20}"
    click.echo(header + f"  {'type F1':>8}  {'value F1':>8}  {'value acc':>9}")
    for name, s in results.items():
        f = s.figures()
        click.echo(
            f"{name:<10}{s.gold:>6}{s.system:>6}  "
            f"{f['strict_p']:6.2f} {f['strict_r']:6.2f} {f['strict_f1']:6.2f}  "
            f"{f['relaxed_p']:6.2f} {f['relaxed_r']:6.2f} {f['relaxed_f1']:6.2f}  "
            f"{f['type_f1']:8.2f}  {f['value_f1']:8.2f}  {f['value_accuracy']:9.2f}"
        )


COMMANDS: list[click.Command] = [timex_command]
EVALUATIONS: list[click.Command] = [timebank_command]
