"""eventwire's spaCy pipeline components; importing this package registers their factories.

| factory | module | needs | sets |
| --- | --- | --- | --- |
| ``eventwire_paragraphs_v1`` (before the parser) | ``paragraphs`` | tokens | ``token.is_sent_start`` after a blank line |
| ``eventwire_timex_v1`` | ``timex`` | tokens, ``doc._.published`` | ``doc._.timexes`` |
| ``eventwire_actors_v1`` | ``actors`` | parse, NER | ``doc._.actors`` |
| ``eventwire_places_v1`` | ``places`` | NER | ``doc._.places`` |
| ``eventwire_events_v1`` | ``events`` | parse, ``doc._.actors`` | ``doc._.event_candidates``, ``doc._.events`` (hand rules) |
| ``eventwire_modality_v1`` | ``modality`` | parse, ``doc._.event_candidates``, ``doc._.actors`` | candidate ``modality``, ``attribution`` |
| ``eventwire_event_filter_v1`` | ``event_filter`` | ``doc._.event_candidates`` | ``doc._.events`` (learned model) |
| ``eventwire_event_time_v1`` | ``event_time`` | parse, ``doc._.events``, ``doc._.timexes`` | event ``date`` |
| ``eventwire_event_place_v1`` | ``event_place`` | parse, ``doc._.events``, ``doc._.places`` | event ``location`` |
| ``eventwire_actor_context_v1`` | ``actor_context`` | ``doc._.events``, ``doc._.places`` | country of participants the words leave without one |

The events stage draws on helper modules that register nothing: ``pattern_match`` (which
lexicon entry a frame meets), ``embedded_events`` ("agreed to V", "its demand that Y V",
"said Y lied"), ``event_args`` (participants, confidence), ``event_uses`` (uses of an
event word that report no act) and ``protest_demands``; ``frames`` and ``speech`` serve it.
The actors stage draws on ``actor_match`` (the alias index), ``actor_resolve`` (the
resolver), ``actor_roles``, ``actor_pronouns``, ``actor_state`` and ``actor_context``.
"""

from . import (
           actor_context,
           actors,
           event_filter,
           event_place,
           event_time,
           events,
           modality,
           paragraphs,
           places,
           timex,
)

__all__ = ["actor_context", "actors", "event_filter", "event_place", "event_time", "events",
           "modality", "paragraphs", "places", "timex"]
