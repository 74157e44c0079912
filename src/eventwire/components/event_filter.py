"""Stage ``eventwire_event_filter_v1``: keep the candidate events a learned model believes.

Reads every candidate of ``doc._.event_candidates`` (with its modality and
attribution, set by the modality stage), describes it by binary features of its
trigger, frame, actors and context, scores it with the shipped logistic model
(``knowledge/event_filter.py``) and writes the ones at or above the model's
threshold to ``doc._.events``, each with its score as ``confidence``.

The features are general: the hand rules' verdicts (``flags``), the part of
speech and dependency of the trigger, the CAMEO family, which actors were
resolved and of what kind, the modality, whether the trigger sits in a quote,
a relative clause or a re-mention of an earlier event word, whether another
candidate of the same sentence is of the same type or governs it ("killed in the
attack": one act), and the trigger's lemma (so the model can learn which lexicon
words are reliable).

Without a model file the stage leaves ``doc._.events`` as the hand rules set it.
"""

from __future__ import annotations

import bisect

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..extensions import get_list, tokens_of
from ..knowledge import cues
from ..knowledge.event_filter import FilterModel, load_model
from ..mentions import ActorMention, EventDate, EventMention
from ..temporal.linking import link_event

_DEFINITE = frozenset(["the", "this", "that", "these", "those"])

# Hand-rule verdicts the model may not overrule: "the storm destroyed homes" names
# its doer, and the doer is a natural hazard, an accident or a disease; "wields veto
# power" names a power, not an act; "they asked me to prove it", done to a "me" no
# actor stands for, and "you sign a contract" are private matters (GUIDELINES 2).
VETO_FLAGS = frozenset(["hazard_subject", "capability", "private_party"])


def _bucket(x: float) -> str:
    return f"{min(9, max(0, int(x * 10)))}"


def _actor_kind(a: ActorMention) -> str:
    if a.kind == "pronoun" or (a.evidence or "").startswith("pronoun"):
        return "pronoun"
    return a.kind or "group"


def _pos(tok: Token) -> str:
    return "V" if tok.pos_ in ("VERB", "AUX", "ADJ") else "N"


def _in_quote(tok: Token) -> bool:
    """An odd number of quotation marks before the word in its sentence."""
    toks = tokens_of(tok.doc)
    n = sum(1 for t in toks[tok.sent.start:tok.i] if t.text in _QUOTE_MARKS)
    return n % 2 == 1


_QUOTE_MARKS = frozenset(['"', "\u201c", "\u201d", "``", "''"])


def _governing_verb(tok: Token) -> Token | None:
    """The first verb above the trigger (a noun's verb; a verb's governing verb)."""
    h = tok.head
    steps = 0
    while h.i != h.head.i and h.pos_ not in ("VERB", "AUX") and steps < 4:
        h = h.head
        steps += 1
    return h if h.i != tok.i and h.pos_ in ("VERB", "AUX") else None


def candidate_features(doc: Doc, ev: EventMention, sent_index: int, repeated: bool,
                       event_nouns: frozenset[int] = frozenset()) -> list[str]:
    """The binary features the filter model reads for one candidate.

    ``event_nouns``: token indices of the document's noun candidates, so that a
    verb whose subject or object is "the lawsuit" / "the attack" is seen as
    talking about an event already named.
    """
    tok = doc[ev.head if ev.head >= 0 else ev.trigger_start]
    trig = doc[ev.trigger_start]
    lemma = trig.lemma_.lower()
    pos = _pos(trig)
    root = (ev.cameo or "??")[:2]
    has_src = bool(ev.source)
    has_tgt = bool(ev.target)
    f = [
        f"pos={pos}",
        f"tag={trig.tag_}",
        f"dep={trig.dep_}",
        f"headpos={trig.head.pos_}",
        f"root={root}",
        f"plover={ev.plover}",
        f"cameo={ev.cameo}",
        f"lemma={lemma}",
        f"lemma={lemma}|root={root}",
        f"prior={_bucket(ev.confidence if ev.rule_confidence is None else ev.rule_confidence)}",
        f"src={int(has_src)}|tgt={int(has_tgt)}",
        f"{pos}|src={int(has_src)}|tgt={int(has_tgt)}",
        f"root={root}|src={int(has_src)}",
        f"mod={ev.modality}",
        f"{pos}|mod={ev.modality}",
        f"attr={ev.attribution.kind if ev.attribution else 'none'}",
        f"sent={min(sent_index, 3)}",
    ]
    f.extend(f"flag={x}" for x in ev.flags) if ev.flags else f.append("flag=none")
    f.extend(f"{pos}|flag={x}" for x in ev.flags)

    if ev.pattern and ev.pattern.startswith("frame:"):
        f.append(f"frame={ev.pattern.split('+')[0]}")
    for role, group in (("src", ev.source), ("tgt", ev.target)):
        if group:
            a = group[0]
            f.append(f"{role}kind={_actor_kind(a)}")
            f.append(f"{role}country={int(bool(a.country))}")
            if a.sectors:
                f.append(f"{role}sector={a.sectors[0]}")
            if (a.evidence or "").startswith("place:"):
                f.append(f"{role}=place")
    if has_src and has_tgt and ev.source[0].country and \
            ev.source[0].country == ev.target[0].country:
        f.append("domestic")
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in trig.children):
        f.append("passive")
    if any(c.dep_ == "neg" for c in trig.children):
        f.append("neg")
    if _in_quote(trig):
        f.append("quote")
    if repeated:
        f.append("repeat")
        f.append(f"{pos}|repeat")
    if ev.trigger_end - ev.trigger_start > 1:
        f.append("multiword")
    if pos == "N":
        dets = [c.lower_ for c in trig.children if c.dep_ == "det"]
        if dets:
            f.append("det=def" if dets[0] in _DEFINITE else f"det={dets[0]}")
        else:
            f.append("det=none")
        if any(c.dep_ == "poss" for c in trig.children):
            f.append("poss")
        if trig.tag_ in ("NNS", "NNPS"):
            f.append("plural")
        if trig.dep_ == "pobj":
            f.append(f"prep={trig.head.lower_}")
        if tok.i != trig.i:
            f.append("light")
        gov = _governing_verb(trig)
        if gov is not None:
            glemma = gov.lemma_.lower()
            if glemma in cues.REPORTING_VERBS:
                f.append("gov=report")
            elif glemma in cues.LIGHT_VERBS:
                f.append("gov=light")
    else:
        h = trig.head
        if trig.dep_ in ("relcl", "acl", "advcl", "xcomp", "ccomp", "conj", "pcomp", "amod"):
            f.append(f"clause={trig.dep_}")
        if h.i != trig.i and h.lemma_.lower() in cues.REPORTING_VERBS:
            f.append("gov=report")
        if any(c.dep_ in ("aux",) and c.lower_ in ("to",) for c in trig.children):
            f.append("infinitive")
    if not has_src and ev.agent is not None:
        f.append("src=words")  # an uncoded doer is named ("they", "several groups")
    if not has_tgt and ev.patient is not None:
        f.append("tgt=words")  # an uncoded undergoer is named ("two men")
    if has_src and ev.source[0].text.lower() in ("i", "we"):
        f.append("src=firstperson")
    # What the parse says about the arguments, resolved to actors or not.
    for c in trig.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent", "poss", "compound"):
            role = {"nsubjpass": "nsubj"}.get(c.dep_, c.dep_)
            f.append(f"arg={role}:{c.ent_type_ or c.pos_}")
            if c.i in event_nouns and any(d.dep_ == "det" and d.lower_ in _DEFINITE
                                          for d in c.children):
                f.append("arg=the_event")  # "the lawsuit was filed": about a known event
        if pos == "V" and c.dep_ == "dobj":
            f.append(f"obj={c.lemma_.lower()}")
        if pos == "V" and c.dep_ == "prep":
            f.append(f"vprep={c.lower_}")
            f.append(f"lemma={lemma}|vprep={c.lower_}")
    if pos == "V" and trig.tag_ in ("VBZ", "VBP") and not has_src:
        f.append("present_no_source")  # a rule or a habit ("officials are removed ...")
    if ev.pattern and ev.pattern.startswith("frame:speech"):
        # A judgement inside a reported statement ("said Y *lied*"): a kind of its own,
        # weighed on its own features so that it does not shift the others' weights.
        return [f"speech|{x}" for x in f]
    return f


def doc_features(doc: Doc, candidates: list[EventMention]) -> list[list[str]]:
    """Features of each candidate, in order (re-mentions are judged in text order)."""
    sent_of: dict[int, int] = {}
    for k, s in enumerate(doc.sents):
        sent_of[s.start] = k
    starts = sorted(sent_of)
    seen_lemmas: set[tuple[str, int]] = set()
    out: list[list[str]] = []
    event_nouns = frozenset(ev.trigger_start for ev in candidates
                            if doc[ev.trigger_start].pos_ in ("NOUN", "PROPN"))
    sents = [sent_of[starts[bisect.bisect_right(starts, ev.trigger_start) - 1]]
             for ev in candidates]
    timexes = get_list(doc, "timexes")
    dates = [_date_key(link_event(doc, ev, timexes)) for ev in candidates]
    for n, (ev, k) in enumerate(zip(candidates, sents, strict=True)):
        lemma = doc[ev.trigger_start].lemma_.lower()
        key = (lemma, k)
        repeated = any(lem == lemma and kk < k for lem, kk in seen_lemmas)
        seen_lemmas.add(key)
        feats = candidate_features(doc, ev, k, repeated, event_nouns)
        earlier = [m for m in range(n) if sents[m] < k and candidates[m].plover == ev.plover]
        feats.extend(_sibling_features(doc, ev, [
            candidates[m] for m in range(len(candidates)) if m != n and sents[m] == k]))
        if earlier:
            feats.extend(_remention_features(ev, dates[n], [candidates[m] for m in earlier],
                                             {dates[m] for m in earlier}))
        out.append(feats)
    return out


def _sibling_features(doc: Doc, ev: EventMention, same_sentence: list[EventMention]) -> list[str]:
    """Is this candidate one act with another of its sentence ("killed in the *attack*",
    "*convicted* ... and *sentenced*")?"""
    out: list[str] = []
    trig = doc[ev.trigger_start]
    pos = _pos(trig)
    ancestors = {t.i for t in trig.ancestors}
    for other in same_sentence:
        otok = doc[other.trigger_start]
        if other.plover == ev.plover:
            out.append(f"sib_same|{pos}{_pos(otok)}")
        if otok.i in ancestors:
            out.append(f"under_event|{pos}")
        elif trig.i in {t.i for t in otok.ancestors}:
            out.append(f"over_event|{pos}")
    return sorted(set(out))


def _remention_features(ev: EventMention, date: str | None, earlier: list[EventMention],
                        earlier_dates: set[str | None]) -> list[str]:
    """An act of a type earlier sentences already named: a re-mention is coded again
    only when it names someone new; another date makes it another act."""
    seen: set[str] = set()
    for other in earlier:
        seen |= _actor_keys(other.source) | _actor_keys(other.target)
    mine = _actor_keys(ev.source) | _actor_keys(ev.target)
    out = ["prev_same", "prev_same|new_actor" if mine - seen else "prev_same|no_new_actor"]
    if date is not None and date not in earlier_dates:
        out.append("prev_same|new_time")
    return out


def _date_key(date: EventDate) -> str | None:
    """The value of the time expression that dates the event (None: no expression)."""
    return date.start if date.basis == "text" else None


def _actor_keys(actors: list[ActorMention]) -> set[str]:
    return {(a.code or a.text or "").lower() for a in actors}


def _nested_in(ev: EventMention, kept: list[EventMention], doc: Doc) -> EventMention | None:
    """The kept verb event a noun candidate is the object of: it is part of that event."""
    tok = doc[ev.trigger_start]
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    heads = {e.trigger_start: e for e in kept if e is not ev}
    h = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and h.i in heads:
        return heads[h.i]
    if (tok.dep_ == "pobj" and h.dep_ == "prep" and h.head.i in heads
            and h.lower_ not in cues.TEMPORAL_PREPS):
        return heads[h.head.i]
    return None


def _names_the_struck(a: ActorMention) -> bool:
    """"the Kenya embassy bombing": a role before an attack noun that names what was hit
    (an embassy, a school), not who struck."""
    ev = a.evidence or ""
    return ev.startswith("role '") and ev[6:].split("'", 1)[0] in cues.PATIENT_NOUNS


def _fold_nested(kept: list[EventMention], doc: Doc) -> list[EventMention]:
    """Drop noun candidates that are part of a kept verb event; the verb event takes the
    doer the noun names when it names none ("was killed in a *U.S.* drone strike")."""
    out: list[EventMention] = []
    for ev in kept:
        verb = _nested_in(ev, kept, doc)
        if verb is None:
            out.append(ev)
        elif not verb.source and ev.source and not any(
                a.code and a.code == b.code for a in ev.source for b in verb.target) and not any(
                _names_the_struck(a) for a in ev.source):
            verb.source = list(ev.source)
    return out


class EventFilter:
    """Replaces ``doc._.events`` with the candidates the model accepts."""

    def __init__(self, model: FilterModel | None) -> None:
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[EventMention] = doc._.event_candidates or []
        if self.model is None or not candidates:
            return doc
        kept: list[EventMention] = []
        for ev, feats in zip(candidates, doc_features(doc, candidates), strict=True):
            p = 0.0 if VETO_FLAGS.intersection(ev.flags) else round(self.model.score(feats), 4)
            if ev.rule_confidence is None:
                ev.rule_confidence = ev.confidence
            ev.confidence = p
            if p >= self.model.threshold:
                kept.append(ev)
        kept = _fold_nested(kept, doc)
        doc._.events = kept
        return doc


@Language.factory(
    "eventwire_event_filter_v1",
    requires=["doc._.event_candidates"],
    assigns=["doc._.events"],
    default_config={"model_file": ""},
)
def make_event_filter(nlp: Language, name: str, model_file: str) -> EventFilter:
    return EventFilter(load_model(model_file or None))


__all__ = ["VETO_FLAGS", "EventFilter", "candidate_features", "doc_features", "make_event_filter"]
