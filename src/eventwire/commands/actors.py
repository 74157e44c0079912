"""CLI commands for the actors area: ``eventwire evaluate plover-gsr``."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import EventwireError


@click.command("plover-gsr")
@click.option("--data", "data_path", type=click.Path(dir_okay=False), default=None,
              help="PLOVER_GSR_CAMEO.json (default ../shared/data/plover/...)")
@click.option("--actors", "actors_files", multiple=True, type=click.Path(dir_okay=False),
              help="extra actor dictionary file(s), merged over the shipped knowledge base")
@click.option("--model", default=None, help="spaCy pipeline name")
@click.option("--errors", "show_errors", is_flag=True, help="list every actor scored wrong")
def plover_gsr(data_path: str | None, actors_files: tuple[str, ...], model: str | None,
               show_errors: bool) -> None:
    """Actor country and full-code accuracy on the PLOVER gold standard records."""
    from ..components.actors import use_actor_files
    from ..evaluate.plover_gsr import DEFAULT_PATH, format_scores, load_gsr, score_actors
    from ..nlp import load_pipeline, process

    try:
        records = load_gsr(Path(data_path) if data_path else DEFAULT_PATH)
        nlp = load_pipeline(model)
        if actors_files:
            use_actor_files(nlp, actors_files)
        docs = list(process(nlp, [(r.text, None) for r in records]))
    except EventwireError as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)
    scores = score_actors(records, docs)
    skipped = sum(r.skipped for r in records)
    click.echo(f"PLOVER GSR: {len(records)} records, actors matched by text span "
               f"({skipped} non-actor entries skipped)")
    click.echo(format_scores(scores))
    if show_errors:
        for sc in scores.values():
            for line in sc.errors:
                click.echo(line)


COMMANDS: list[click.Command] = []
EVALUATIONS: list[click.Command] = [plover_gsr]
