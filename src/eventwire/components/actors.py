"""Stage `eventwire_actors_v1` (placeholder until its module is written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import get_list


class ActorResolver:
    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "actors")
        return doc


@Language.factory("eventwire_actors_v1", assigns=["doc._.actors"])
def make_actors(nlp: Language, name: str) -> ActorResolver:
    return ActorResolver()
