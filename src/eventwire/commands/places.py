"""``eventwire places`` (place mentions of articles) and ``eventwire evaluate geovirus|tr-news``."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import click

from ..errors import EventwireError
from ._inputs import ArticleReader, input_paths, model_option

PLACE_STAGES = ("eventwire_places_v1",)
GEO_DIR = Path("shared") / "data" / "geo"


def _default_data(name: str) -> Path:
    """``../shared/data/geo/NAME`` from the working directory, else beside the checkout."""
    for base in (Path.cwd().parent, Path(__file__).resolve().parents[3].parent):
        candidate = base / GEO_DIR / name
        if candidate.is_file():
            return candidate
    return Path("..") / GEO_DIR / name


@click.command("places")
@input_paths
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json",
              show_default=True, help="json: one list of place mentions for all articles.")
@model_option
def places_command(paths: tuple[str, ...], fmt: str, model: str | None) -> None:
    """Print place mentions with their resolved places (name, country, lat/lon, GeoNames id)."""
    from ..nlp import build_pipeline, process_articles

    try:
        nlp = build_pipeline(model, stages=PLACE_STAGES)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    reader = ArticleReader(paths)
    out: list[dict[str, object]] = []
    for article, doc in process_articles(nlp, reader):
        for p in doc._.places:
            out.append({
                "article_id": article.id,
                "text": p.text,
                "start": article.to_original(p.start_char),
                "end": article.to_original_end(p.end_char),
                "name": p.name,
                "country": p.country,
                "admin1": p.admin1,
                "lat": p.lat,
                "lon": p.lon,
                "geonameid": p.geonameid,
                "feature": p.feature,
            })
    click.echo(json.dumps(out, ensure_ascii=False, indent=1))
    sys.exit(reader.exit_code)


def _evaluate(title: str, path: Path, loader_name: str, model: str | None,
              limit: int | None, errors: int) -> None:
    from ..evaluate import geo

    try:
        if loader_name == "geovirus":
            articles, dropped = geo.load_geovirus(path)
        else:
            articles, dropped = geo.load_trnews(path)
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from None
    if limit:
        articles = articles[:limit]
    result = geo.score(articles, geo.run_system(articles, model))
    result.dropped = dropped
    click.echo(geo.report(f"{title} ({path})", result))
    if errors:
        click.echo("  most frequent misses: " + ", ".join(
            f"{name} x{n}" for (_, name), n in Counter(result.misses).most_common(errors)))
        wrong = Counter((g, s) for _, g, s, _ in result.wrong)
        click.echo("  most frequent wrong resolutions: " + ", ".join(
            f"{g}->{s} x{n}" for (g, s), n in wrong.most_common(errors)))


def _eval_options(func):
    func = click.option("--errors", type=int, default=0, metavar="N",
                        help="Also print the N most frequent misses and wrong resolutions.")(func)
    func = click.option("--limit", type=int, default=None, metavar="N",
                        help="Score only the first N articles.")(func)
    return model_option(func)


@click.command("geovirus")
@click.option("--data", "data", type=click.Path(path_type=Path), default=None,
              help="GeoVirus.xml (default: ../shared/data/geo/GeoVirus.xml).")
@_eval_options
def geovirus_command(data: Path | None, model: str | None, limit: int | None,
                     errors: int) -> None:
    """Toponym recall and resolution on GeoVirus (229 Wikinews articles, 2,170 toponyms)."""
    _evaluate("GeoVirus", data or _default_data("GeoVirus.xml"), "geovirus", model, limit,
              errors)


@click.command("tr-news")
@click.option("--data", "data", type=click.Path(path_type=Path), default=None,
              help="TR-News.xml (default: ../shared/data/geo/TR-News.xml).")
@_eval_options
def trnews_command(data: Path | None, model: str | None, limit: int | None,
                   errors: int) -> None:
    """Toponym recall and resolution on TR-News (118 news articles, 1,319 toponyms)."""
    _evaluate("TR-News", data or _default_data("TR-News.xml"), "trnews", model, limit, errors)


COMMANDS: list[click.Command] = [places_command]
EVALUATIONS: list[click.Command] = [geovirus_command, trnews_command]
