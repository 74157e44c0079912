"""Stage ``eventwire_event_time_v1``: date every event from the text.

For each ``EventMention`` in ``doc._.events`` sets ``event.date``: the span of the
time expression that governs it (``basis: text``), else the publication day
(``basis: publication``), else nulls (``basis: unknown``). The linking rules live
in ``eventwire.temporal.linking``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import get_list
from ..temporal.linking import link_event


class EventTimeLinker:
    """Attach a contract ``EventDate`` to each event."""

    def __call__(self, doc: Doc) -> Doc:
        timexes = get_list(doc, "timexes")
        for event in get_list(doc, "events"):
            event.date = link_event(doc, event, timexes)
        return doc


@Language.factory("eventwire_event_time_v1", requires=["doc._.events"])
def make_event_time(nlp: Language, name: str) -> EventTimeLinker:
    return EventTimeLinker()
