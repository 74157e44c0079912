"""``eventwire extract``: articles in, coded events out; touches no database."""

from __future__ import annotations

import sys

import click

from ..api import extract_articles
from ..errors import EventwireError
from ..output import FORMATS, EventWriter
from ._inputs import ArticleReader, input_paths, model_option, published_option


@click.command()
@input_paths
@published_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table: readable; jsonl: one contract record a line; json: one array; csv.")
@model_option
def extract(paths: tuple[str, ...], published: object, fmt: str, model: str | None) -> None:
    """Read articles (PATH: .txt, .html, .jsonl, .csv, a directory, or - for stdin) and
    print their coded events."""
    reader = ArticleReader(paths, published)  # type: ignore[arg-type]
    writer = EventWriter(fmt, sys.stdout)
    try:
        for _article, events in extract_articles(reader, model=model):
            writer.write(events)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    writer.close()
    if reader.exit_code:
        sys.exit(reader.exit_code)


COMMANDS: list[click.Command] = [extract]
EVALUATIONS: list[click.Command] = []
