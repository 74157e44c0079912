"""Which lexicon entry a trigger's frame meets: the matching shared by every event rule."""

from __future__ import annotations

from collections.abc import Iterable

from ..knowledge.lexicon import Lexicon, Pattern
from ..mentions import EventMention
from .frames import Frame, object_lemmas


class PatternMatcher:
    """Picks, for a trigger's frame, the first entry of the lexicon whose conditions hold."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    def match(self, patterns: Iterable[Pattern], frame: Frame) -> Pattern | None:
        """The first entry whose conditions hold; an entry whose ``object`` is the verb's
        own object outranks one whose ``object`` only an adjunct phrase names ("suspended
        its strike after talks" suspends a strike, not talks)."""
        patterns = tuple(patterns)
        if any(p.object for p in patterns):
            direct = self._match_in(patterns, frame, direct=True)
            if direct is not None and direct.object:
                return direct
        return self._match_in(patterns, frame, direct=False)

    def _match_in(self, patterns: tuple[Pattern, ...], frame: Frame, direct: bool
                  ) -> Pattern | None:
        # Object lemmas walk subtrees: read them only for entries that test them, once
        # per preposition.
        lemmas: dict[str | None, set[str]] = {}
        full: dict[str | None, set[str]] = {}
        for p in patterns:
            if p.passive_only and not frame.passive:
                continue
            if p.active_only and frame.passive:
                continue
            if p.particle and p.particle not in frame.particles:
                continue
            if p.prep and p.prep not in frame.preps:
                continue
            if p.object or p.not_object:
                objs = full.get(p.prep)
                if objs is None:
                    objs = full[p.prep] = object_lemmas(frame, p.prep)
                if p.object:
                    if direct:
                        objs_direct = lemmas.get(p.prep)
                        if objs_direct is None:
                            objs_direct = lemmas[p.prep] = object_lemmas(frame, p.prep,
                                                                         direct=True)
                        if not (p.object & objs_direct):
                            continue
                    elif not (p.object & objs):
                        continue
                if p.not_object and (p.not_object & objs):
                    continue
            if p.intransitive and (frame.objects or frame.has_clause or "to" in frame.preps):
                continue
            return p
        return None

    def subject_acts(self, ev: EventMention) -> bool:
        """Is the trigger's subject the one who acts? Not for entries whose subject
        undergoes the act ("he *faced* 18 counts")."""
        pos, _, rest = (ev.pattern or "").partition(":")
        lemma = rest.rsplit(":", 1)[0]
        table = self.lexicon.verbs if pos == "verb" else self.lexicon.nouns if pos == "noun" else {}
        return all(p.subject_object for p in table.get(lemma, ()) if p.id == ev.pattern)
