"""Events coded through the verb or noun that embeds them: "agreed to lift sanctions" is
one AGREE event (CAMEO 0354), "is willing to withdraw" a commitment, "its demand that Y V"
a demand coded by V, "said Y lied" an accusation voiced in speech. The embedded act is
then no event of its own."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..knowledge import cues
from ..knowledge.embedding import embedded_code
from ..knowledge.lexicon import Pattern
from ..mentions import EventMention
from .event_args import (
    coded_event,
    document_authors,
    event_confidence,
    first_person,
    patient_span,
    same_actor,
)
from .frames import ActorIndex, build_frame
from .pattern_match import PatternMatcher
from .speech import clause_head, speech_content, speech_judgement


def embedding_kind(lemma: str) -> str | None:
    """Which kind of embedding a verb is: intent ("plans to"), refusal, threat, demand
    or appeal; None for a verb that embeds no event."""
    if lemma in cues.INTENT_VERBS:
        return "intent"
    if lemma in cues.REFUSE_VERBS:
        return "refuse"
    if lemma in cues.THREATEN_VERBS:
        return "threaten"
    if lemma in cues.DEMAND_VERBS:
        return "demand"
    if lemma in cues.APPEAL_VERBS:
        return "appeal"
    return None


def embedded_trigger(matcher: PatternMatcher, tok: Token) -> tuple[Token, Pattern] | None:
    """The coded verb an embedding verb governs ("agreed *to lift*", "balked at *allowing*")."""
    for child in tok.children:
        cand: Token | None = None
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            cand = child
        elif (child.dep_ == "advcl" and child.pos_ == "VERB" and child.i > tok.i
              and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)):
            cand = child  # "have sworn to fight": the complement parsed as a purpose clause
        elif child.dep_ == "prep":
            for g in child.children:
                if g.dep_ == "pcomp" and g.pos_ == "VERB":
                    cand = g
        if cand is None:
            continue
        pats = matcher.lexicon.verbs.get(cand.lemma_.lower())
        pat = matcher.match(pats, build_frame(cand)) if pats else None
        if pat is not None:
            return cand, pat
        if cand.lemma_.lower() in cues.LIGHT_VERBS:
            # "promised to continue military aid to X", "agreed to hold talks with Y":
            # the event noun the light verb takes is what is committed to.
            for obj in cand.children:
                npats = matcher.lexicon.nouns.get(obj.lemma_.lower())
                if obj.dep_ == "dobj" and npats:
                    npat = matcher.match(npats, build_frame(obj))
                    if npat is not None:
                        return obj, npat
    return None


def embed(
    matcher: PatternMatcher,
    doc: Doc,
    tok: Token,
    inner: tuple[Token, Pattern],
    kind: str,
    actors: ActorIndex,
    suppressed: set[int],
) -> EventMention | None:
    """One event for "X agreed / refused / is willing to V": coded by V's code (None
    when the kind has no code for it); V is then no event of its own."""
    inner_tok, inner_pat = inner
    code = embedded_code(kind, inner_pat.cameo)
    if code is None:
        return None
    suppressed.add(inner_tok.i)
    return embedding_event(matcher, doc, tok, inner_tok, inner_pat, kind, code, actors)


def commitment_event(
    matcher: PatternMatcher,
    doc: Doc,
    tok: Token,
    actors: ActorIndex,
    suppressed: set[int],
) -> EventMention | None:
    """"X is willing / ready / prepared to V": the commitment is the event (CAMEO 03x,
    or 13x when V is coercive or violent), its target V's; V is not coded apart."""
    inner = embedded_trigger(matcher, tok)
    if inner is None:
        return None
    ev = embed(matcher, doc, tok, inner, "intent", actors, suppressed)
    if ev is not None and not ev.source and tok.head.pos_ in ("VERB", "AUX"):
        # The subject sits on the copula: "Norway *is* willing to send ..."
        subjects = build_frame(tok.head).subjects
        ev.source = actors.resolve_all(subjects, exclude_pronoun_it=True)
        ev.target = [a for a in ev.target if not same_actor(a, ev.source)]
        if ev.source:
            ev.flags = [f for f in ev.flags if f != "no_source"]
            ev.confidence = event_confidence(0.7, bool(ev.target), ev.source)
        ev.arg_heads = sorted(set(ev.arg_heads) | {t.i for t in subjects} | {tok.head.i})
    return ev


def demand_content(matcher: PatternMatcher, tok: Token) -> tuple[Token, Pattern] | None:
    """The coded verb a demand or appeal noun asks for: "demand *that* Y V", "appeal to
    Y *to* V", "call *for* Y to V" (parsed on the noun, or on the verb that takes it)."""
    cands = [c for c in tok.children if c.dep_ in ("acl", "advcl", "ccomp")]
    if tok.dep_ == "dobj":  # "renewed its call for Y to V", "its demand today that Y V"
        cands += [c for c in tok.head.children if c.dep_ in ("advcl", "ccomp")
                  and c.i > tok.i and any(g.dep_ == "mark" and g.lower_ in ("for", "that")
                                          for g in c.children)]
    for c in cands:
        if c.pos_ not in ("VERB", "AUX") or not any(
                g.dep_ in ("nsubj", "aux", "mark") for g in c.children):
            continue
        pats = matcher.lexicon.verbs.get(c.lemma_.lower())
        pat = matcher.match(pats, build_frame(c)) if pats else None
        if pat is not None:
            return c, pat
    return None


def demand_noun_event(
    matcher: PatternMatcher,
    tok: Token,
    actors: ActorIndex,
    suppressed: set[int],
) -> EventMention | None:
    """"X reiterated its demand that Y V" -> X demands (10x by V) of Y; V is no event.
    Under any other verb ("rejected the demand that ...") only V is dropped."""
    inner = demand_content(matcher, tok)
    if inner is None:
        return None
    inner_tok, inner_pat = inner
    # what is asked for is no event, nor are the nouns it takes ("lift *sanctions*")
    suppressed.add(inner_tok.i)
    suppressed.update(c.i for c in inner_tok.children if c.dep_ in ("dobj", "nsubjpass"))
    kind = "demand" if tok.lemma_.lower() in cues.DEMAND_NOUNS else "appeal"
    code = embedded_code(kind, inner_pat.cameo) or ("100" if kind == "demand" else "020")
    voiced = tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in cues.VOICING_VERBS
    source = actors.resolve_all([c for c in tok.children if c.dep_ == "poss"],
                                exclude_pronoun_it=False)
    if voiced and not source:
        source = actors.resolve_all(build_frame(tok.head).subjects, exclude_pronoun_it=True)
    if not voiced and not source:
        return None  # someone else's demand, named only as what is rejected or met
    asked = [c for c in inner_tok.children if c.dep_ == "nsubj"]
    asked += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
              for g in c.children if g.dep_ == "pobj"]
    target = [a for a in actors.first_resolved([asked]) if not same_actor(a, source)]
    return coded_event(
        tok.i, code, source=source, target=target,
        arg_heads=sorted({tok.i, inner_tok.i, tok.head.i} | {t.i for t in asked}),
        confidence=event_confidence(0.6, bool(target), source),
        pattern=f"frame:{kind}_noun+{inner_pat.id}", flags=[] if source else ["no_source"],
    )


def embedding_event(
    matcher: PatternMatcher,
    doc: Doc,
    tok: Token,
    inner_tok: Token,
    inner_pat: Pattern,
    kind: str,
    code: str,
    actors: ActorIndex,
) -> EventMention | None:
    """The event of an embedding verb coded ``code``: its subject (or the author of the
    statement it describes) acts; who is asked, or the embedded act's target, is acted on."""
    outer = build_frame(tok)
    inner = build_frame(inner_tok)
    source = actors.resolve_all(outer.subjects, exclude_pronoun_it=True) or \
        actors.resolve_all(document_authors(tok), exclude_pronoun_it=True)
    if kind in ("appeal", "demand"):
        # "urged Y to V"; "demanded that Y V": who is asked is the clause's subject
        target = actors.resolve_all(outer.objects) or actors.resolve_all(
            outer.prep_children("on") + outer.prep_children("upon")) or actors.resolve_all(
            inner.subjects if inner_tok.dep_ == "ccomp" else [], exclude_pronoun_it=True)
    else:
        target = actors.first_resolved(inner.target_candidates(inner_pat.target))
        if not target and inner_tok.pos_ == "NOUN" and inner_tok.head.i != tok.i:
            # "promised to continue aid *to Mozambique*": the light verb holds the target
            light = build_frame(inner_tok.head)
            target = actors.first_resolved(light.target_candidates(inner_pat.target))
    flags = [] if source else ["no_source"]
    target = [a for a in target if not same_actor(a, source)]
    if not target and len(source) > 1 and (inner_pat.reciprocal or tok.lemma_.lower() in
                                           cues.RECIPROCAL_COMMITMENTS):
        # "India and Japan agreed to share intelligence": the first is the source, the
        # others the target (GUIDELINES 4, reciprocal events)
        source, target = source[:1], source[1:]
    patient = None if target else patient_span(
        doc, outer.objects if kind in ("appeal", "demand") else
        [g for grp in inner.target_candidates(inner_pat.target)[:1] for g in grp],
        matcher.lexicon.nouns, source)
    return coded_event(
        tok.i, code, fallback_plover="AGREE", source=source, target=target,
        arg_heads=sorted({t.i for t in outer.subjects + outer.objects} | {inner_tok.i}),
        confidence=event_confidence(0.7, bool(target), source),
        pattern=f"frame:{kind}+{inner_pat.id}", flags=flags, patient=patient,
    )


def speech_event(
    matcher: PatternMatcher,
    doc: Doc,
    tok: Token,
    actors: ActorIndex,
) -> EventMention | None:
    """"X said Y was lying / did an excellent job / must resign": a statement whose
    content is itself an accusation, praise or demand, triggered by the reporting verb.
    A low prior: the filter judges (the bare statement is CAMEO 01, not coded)."""
    content = speech_content(tok)
    if content is None:
        return None
    found = speech_judgement(content, tok)
    if found is None:
        return None
    kind, code, pred = found
    frame = build_frame(tok)
    # "Uber has been told its cars are illegal": who is told is no speaker
    source = actors.resolve_all(frame.agents if frame.passive else frame.subjects,
                                exclude_pronoun_it=True)
    if not source and not frame.passive and tok.dep_ in ("advcl", "conj") and tok.head.pos_ in ("VERB", "AUX"):
        source = actors.resolve_all(build_frame(tok.head).subjects,
                                    exclude_pronoun_it=True)  # "..., adding ..."
    clause = pred if pred.pos_ in ("VERB", "AUX") else clause_head(pred, content)
    subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    groups: list[list[Token]] = []
    if kind == "demand" and clause.pos_ in ("VERB", "AUX"):
        inner_pats = matcher.lexicon.verbs.get(clause.lemma_.lower())
        inner_pat = matcher.match(inner_pats, build_frame(clause)) if inner_pats else None
        if inner_pat is not None:
            code = embedded_code(code == "100" and "demand" or "appeal",
                                 inner_pat.cameo) or code
    groups.append(subj)
    groups.append([g for s in subj for g in s.children if g.dep_ == "poss"])
    if kind != "demand":
        # the object, not the judging word itself ("this individual is *a terrorist*")
        objs = [c for c in clause.children if c.dep_ in ("dobj", "attr")
                and not (c.left_edge.i <= pred.i <= c.right_edge.i)]
        groups.append(objs)
        groups.append([g for c in objs for g in c.children if g.dep_ == "poss"])
    target = actors.first_resolved(g for g in groups if g)
    target = [a for a in target if not same_actor(a, source)]
    if kind == "demand" and (not target or any(first_person(doc, a) for a in target)):
        return None  # "we must act": a resolve, not a demand on someone
    flags = ["speech_content"]
    if not source:
        flags.append("no_source")
    # The trigger is the judging word ("said Y *lied*", "is *a disgrace*"): the
    # annotators mark the content more often than the verb of saying.
    return coded_event(
        pred.i, code, source=source, target=target,
        arg_heads=sorted({t.i for t in frame.subjects} | {tok.i, pred.i}),
        confidence=event_confidence(0.35, bool(target), source),
        pattern=f"frame:speech_{kind}+{pred.lemma_.lower()}", flags=flags,
    )
