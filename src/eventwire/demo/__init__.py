"""The bundled demo corpus: 36 English Wikinews articles from 2019 (CC BY 2.5).

``eventwire demo`` ingests them; ``ATTRIBUTION.md`` beside this file names the
license, the source and every article URL; ``select_demo.py`` rebuilds the
corpus from the Wikinews CSV reproducibly.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from ..article import Article, read_bytes
from ..errors import InputError

CORPUS = "wikinews_demo.jsonl"


def corpus_path() -> Path:
    """Where the demo corpus file is (inside the installed package)."""
    return Path(str(resources.files(__name__).joinpath(CORPUS)))


def load_demo_articles(limit: int | None = None) -> list[Article]:
    """The demo articles, in date order (the first ``limit`` of them, if given)."""
    data = resources.files(__name__).joinpath(CORPUS).read_bytes()
    out: list[Article] = []
    for item in read_bytes(data, CORPUS, fmt="jsonl"):
        if isinstance(item, InputError):  # a packaging bug, not user input: say so loudly
            raise item
        out.append(item)
        if limit is not None and len(out) >= limit:
            break
    return out
