"""Stage `eventwire_event_place_v1` (placeholder until its module is written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class EventPlaceLinker:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("eventwire_event_place_v1", requires=["doc._.events"])
def make_event_place(nlp: Language, name: str) -> EventPlaceLinker:
    return EventPlaceLinker()
