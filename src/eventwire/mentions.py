"""What the pipeline components find in a document, before it becomes a contract record.

Every component writes lists of these objects to ``Doc`` extensions (see
``eventwire.extensions``). Offsets come twice: token indices (``start``/``end``,
end exclusive) for the components that walk the parse, and character offsets
(``start_char``/``end_char``) *in the text the Doc was built from* (the cleaned
article body). ``record.py`` maps them back to the article as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

MODALITIES = ("asserted", "planned", "expected", "possible", "negated", "hypothetical")
ATTRIBUTION_KINDS = ("named", "anonymous", "organization", "document", "none")
GRANULARITIES = ("day", "week", "month", "quarter", "year", "decade")
DATE_BASES = ("text", "publication", "unknown")


@dataclass(slots=True)
class TimexMention:
    """A temporal expression with its TimeML TIMEX3 type and value."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    type: str  # DATE, TIME, DURATION, SET
    value: str  # TIMEX3 value: 2019-04-24, 2019-W15, P3D, PRESENT_REF, XXXX-04-25 ...
    mod: str | None = None  # TIMEX3 mod: START, MID, END, APPROX, BEFORE, AFTER ...
    # For ranges ("April 25-27", "from Wednesday for three days") the last value.
    end_value: str | None = None


@dataclass(slots=True)
class ActorMention:
    """A reference to an actor, resolved as far as the knowledge allows.

    ``kind`` says what the words are: ``person``, ``country`` (a state named or
    by metonym), ``organization``, ``group`` (a role noun phrase such as
    "security staffers"), ``igo``.
    """

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    name: str
    country: str | None
    sectors: tuple[str, ...] = ()
    code: str | None = None
    kind: str = "group"
    # The token the mention hangs from in the parse (the syntactic head).
    head: int = -1
    # Evidence: which knowledge-base entry or rule resolved it.
    evidence: str | None = None

    def spoken_as(self, span: Span, why: str) -> ActorMention:
        """This actor as a pronoun refers to it: the pronoun's words, the actor's identity."""
        return replace(self, start=span.start, end=span.end, start_char=span.start_char,
                       end_char=span.end_char, text=span.text, head=span.root.i,
                       evidence=f"pronoun -> {self.name} ({why})")


@dataclass(slots=True)
class PlaceMention:
    """A toponym resolved to a gazetteer entry (or left unresolved with name only)."""

    start: int
    end: int
    start_char: int
    end_char: int
    text: str
    name: str
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str | None = None  # GeoNames feature class/code: "PPLC", "ADM1", "PCLI", "ISL" ...


@dataclass(slots=True)
class EventDate:
    """When an event happened or is to happen (contract field ``date``)."""

    start: str | None
    end: str | None
    granularity: str | None
    basis: str  # text, publication, unknown
    text: str | None = None
    timex: TimexMention | None = None


@dataclass(slots=True)
class Attribution:
    """Who says so (contract field ``attribution``)."""

    kind: str  # named, anonymous, organization, document, none
    text: str | None = None
    start: int = -1  # token offsets of the source phrase, -1 where none
    end: int = -1
    actor: ActorMention | None = None


@dataclass(slots=True)
class EventMention:
    """One coded event found in a sentence."""

    trigger_start: int  # token indices of the trigger words, end exclusive
    trigger_end: int
    head: int  # the trigger's head token
    plover: str
    cameo: str | None
    quad_class: int
    goldstein: float | None
    mode: str | None = None
    context: str | None = None
    source: list[ActorMention] = field(default_factory=list)
    target: list[ActorMention] = field(default_factory=list)
    # Tokens that head the event's arguments and modifiers; time and place linking
    # look for expressions attached to any of them.
    arg_heads: list[int] = field(default_factory=list)
    date: EventDate | None = None
    location: PlaceMention | None = None
    modality: str = "asserted"
    attribution: Attribution | None = None
    confidence: float = 0.5
    # Evidence: the lexicon pattern that coded the event, the words that set its modality.
    pattern: str | None = None
    modality_cue: str | None = None
    # Why the hand rules would not code it (empty: they would). The learned filter
    # (``eventwire_event_filter_v1``) reads these with the rest of the context.
    flags: list[str] = field(default_factory=list)
    # Token span of what the event is done to when it names no known actor ("police
    # arrested *two men*", "hit *oil facilities*"): the record's target, uncoded.
    patient: tuple[int, int] | None = None
    # The same for the one who acts ("*they* arrested", "*protesting legislators*").
    agent: tuple[int, int] | None = None
    # The hand rules' score, kept when the filter replaces ``confidence`` with its own.
    rule_confidence: float | None = None
