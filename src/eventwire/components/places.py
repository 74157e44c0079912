"""Stage `eventwire_places_v1` (placeholder until its module is written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import get_list


class PlaceResolver:
    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "places")
        return doc


@Language.factory("eventwire_places_v1", assigns=["doc._.places"])
def make_places(nlp: Language, name: str) -> PlaceResolver:
    return PlaceResolver()
