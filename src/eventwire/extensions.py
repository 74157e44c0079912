"""The ``Doc`` extensions eventwire's components read and write.

Registered once, on import. Each list holds objects from ``eventwire.mentions``,
sorted by position in the document.

| extension | set by | holds |
| --- | --- | --- |
| ``doc._.published`` | caller (``nlp.make_doc`` users) | ``datetime.date`` or ``None``: anchors relative time |
| ``doc._.timexes`` | ``eventwire_timex_v1`` | ``list[TimexMention]`` |
| ``doc._.actors`` | ``eventwire_actors_v1`` | ``list[ActorMention]`` |
| ``doc._.places`` | ``eventwire_places_v1`` | ``list[PlaceMention]`` |
| ``doc._.event_candidates`` | ``eventwire_events_v1`` | ``list[EventMention]``: every trigger the lexicon codes, with ``flags`` where the hand rules would drop it |
| ``doc._.events`` | ``eventwire_events_v1`` (the rule-accepted candidates), replaced by ``eventwire_event_filter_v1``; modality, time, place stages fill fields | ``list[EventMention]`` |
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

DOC_EXTENSIONS = ("published", "timexes", "actors", "places", "event_candidates", "events")


def register_extensions() -> None:
    """Register the extensions (idempotent). List defaults are made per doc by getters."""
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)
    for name in ("timexes", "actors", "places", "event_candidates", "events"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def get_list(doc: Doc, name: str) -> list:
    """Return ``doc._.<name>``, creating an empty list when a stage has not run."""
    value = getattr(doc._, name)
    if value is None:
        value = []
        setattr(doc._, name, value)
    return value


register_extensions()


_TOKENS_KEY = ("eventwire", "tokens")


def tokens_of(doc: Doc) -> list[Token]:
    """One ``Token`` per word, made once and shared by the stages: every ``doc[i]`` and
    every iteration over a ``Doc`` builds new ``Token`` objects, which on news text costs
    more than some stages' own work."""
    data: dict[Any, Any] = doc.user_data
    toks = data.get(_TOKENS_KEY)
    if not isinstance(toks, list) or len(toks) != len(doc):
        toks = list(doc)
        data[_TOKENS_KEY] = toks
    return toks
