"""The ``eventwire`` command line: a thin layer over the Python API.

Commands live in ``eventwire.commands.*`` modules, one per area; this module only
assembles them into the ``eventwire`` group and its ``evaluate`` subgroup.
"""

from __future__ import annotations

import click

from . import __version__
from .commands import actors, events, places, store, timex

_AREAS = (events, timex, places, store, actors)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main() -> None:
    """eventwire: news articles to coded, dated, attributed events (PLOVER and CAMEO)."""


@main.group()
def evaluate() -> None:
    """Score eventwire on a public evaluation set and print the figures."""


for _area in _AREAS:
    for _command in _area.COMMANDS:
        main.add_command(_command)
    for _command in _area.EVALUATIONS:
        evaluate.add_command(_command)


@evaluate.command("all")
@click.pass_context
def evaluate_all(ctx: click.Context) -> None:
    """Run every evaluation with its default data, one after another, and print all figures
    (a set whose data is missing is reported and skipped)."""
    for name in sorted(evaluate.commands):
        if name == "all":
            continue
        click.echo(f"=== eventwire evaluate {name}")
        try:
            ctx.invoke(evaluate.commands[name])
        except click.ClickException as exc:
            click.echo(f"skipped: {exc.format_message()}")
        click.echo("")
