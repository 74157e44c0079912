"""Stage `eventwire_events_v1` (placeholder until its module is written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import get_list


class EventCoder:
    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "events")
        return doc


@Language.factory("eventwire_events_v1", assigns=["doc._.events"])
def make_events(nlp: Language, name: str) -> EventCoder:
    return EventCoder()
