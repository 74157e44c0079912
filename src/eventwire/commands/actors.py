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
@click.option("--events/--no-events", "with_events", default=True, show_default=True,
              help="also score PLOVER event types of the events with matched actors")
@click.option("--errors", "show_errors", is_flag=True, help="list every actor scored wrong")
def plover_gsr(data_path: str | None, actors_files: tuple[str, ...], model: str | None,
               show_errors: bool, with_events: bool) -> None:
    """Actor country and full-code accuracy, and PLOVER event types with actors matched,
    on the PLOVER gold standard records (CAMEO manual examples)."""
    from ..article import make_article
    from ..evaluate.plover_gsr import DEFAULT_PATH, format_scores, load_gsr, score_actors
    from ..evaluate.plover_gsr_events import format_event_scores, score_events
    from ..nlp import load_pipeline, process
    from ..record import records_from_doc

    try:
        records = load_gsr(Path(data_path) if data_path else DEFAULT_PATH)
        nlp = load_pipeline(model, actor_files=actors_files)
        # Each record is one sentence; the articles keep it unchanged (offsets agree).
        articles = [make_article(r.text, id=r.id, check_language=False) for r in records]
        docs = list(process(nlp, [(a.text, None) for a in articles]))
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
    if with_events:
        events = [records_from_doc(doc, a) for doc, a in zip(docs, articles, strict=True)]
        click.echo("")
        click.echo(format_event_scores(score_events(records, events)))


COMMANDS: list[click.Command] = []
EVALUATIONS: list[click.Command] = [plover_gsr]
