"""Stage ``eventwire_events_v1``: event triggers from the parse, coded in CAMEO and PLOVER.

For every verb and noun whose lemma is in the event lexicon, the stage builds a
frame from the dependency parse (who acts, who is acted on, what the object is),
picks the lexicon entry whose conditions the frame meets, and resolves the
frame's arguments to the actors found by ``eventwire_actors_v1``. Verbs that
embed another event are coded by frame rules: "agreed to lift sanctions" is one
AGREE event (CAMEO 0354), "invited X to visit" an invitation, "planned to visit"
a visit that the modality stage will mark planned.

Every coded trigger is a candidate (``doc._.event_candidates``). The hand rules
accept a candidate when its source resolves to an actor and its frame is filled
the way the entry needs (precision over volume); the others carry ``flags`` that
say why not. ``doc._.events`` holds the accepted ones; the learned filter stage,
when present, decides again from all candidates. ``confidence`` combines the
entry's prior with how well the frame was filled.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..extensions import get_list, tokens_of
from ..knowledge import cues
from ..knowledge.actors import load_kb
from ..knowledge.cameo import code_info
from ..knowledge.embedding import embedded_code
from ..knowledge.lexicon import Lexicon, Pattern, load_lexicon
from ..mentions import ActorMention, EventMention, PlaceMention
from .actor_resolve import gathering
from .frames import ActorIndex, Frame, build_frame, names_disease, object_lemmas
from .speech import (
    clause_head,
    declines_to_speak,
    names_something,
    speech_content,
    speech_judgement,
    verdict_code,
)

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")

def _embedding_kind(lemma: str) -> str | None:
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


class EventCoder:
    """Finds and codes events; writes ``doc._.events``."""

    def __init__(self, lexicon: Lexicon, min_confidence: float = 0.45) -> None:
        self.lexicon = lexicon
        self.min_confidence = min_confidence

    # ------------------------------------------------------------------ matching
    def _match(self, patterns: Iterable[Pattern], frame: Frame) -> Pattern | None:
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

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        events = get_list(doc, "events")
        candidates = get_list(doc, "event_candidates")
        actors = ActorIndex(doc)
        places: list[PlaceMention] = doc._.places or []
        verbs = self.lexicon.verbs
        nouns = self.lexicon.nouns
        taken: set[int] = set()  # trigger tokens of rule-accepted events
        seen: set[int] = set()  # trigger tokens of any candidate
        suppressed: set[int] = set()  # embedded verbs coded through their governor
        found: list[EventMention] = []
        # Words of time expressions are not triggers ("March 3", "in March").
        in_timex = {i for t in (doc._.timexes or []) for i in range(t.start, t.end)}
        named = {a.head for a in (doc._.actors or []) if a.code and a.kind != "country"}
        toks = tokens_of(doc)  # one Token per word: iterating a Span builds them anew
        for sent in doc.sents:
            sent_toks = toks[sent.start:sent.end]
            if not all(t.is_ascii for t in sent_toks) and _foreign_script(
                    "".join(t.text_with_ws for t in sent_toks)):
                continue  # a sentence in another language: the English parse means nothing
            if _question(sent_toks):
                continue  # "Did the federation ever support you?": a question asserts nothing
            # Verbs first (outermost embedding first, so "agreed to lift" wins over "lift").
            for tok in sent_toks:
                if (tok.pos_ in ("ADJ", "VERB") and tok.lower_ in cues.COMMITMENT_ADJECTIVES
                        and tok.dep_ in ("acomp", "oprd", "amod")
                        and (ev := self._commitment_event(doc, tok, actors, places, verbs,
                                                          suppressed)) is not None):
                    pass  # "Syria is willing to withdraw its troops"
                elif (tok.pos_ == "ADJ" and tok.lemma_.lower() in cues.PREDICATE_EVENT_ADJECTIVES
                        and (tok.dep_ in ("acomp", "oprd") or (
                            tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ("make", "render")))):
                    # "made vaccination mandatory": the small clause parsed as a ccomp
                    ev = self._adjective_event(doc, tok, actors)
                elif tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "ADJ" and tok.lemma_ == "due"):
                    continue
                elif tok.dep_ in ("amod", "compound") and tok.lower_ in cues.NAMING_PARTICIPLES:
                    continue  # "the ruling party", "the governing coalition"
                else:
                    ev = self._verb_event(doc, tok, actors, places, verbs, suppressed)
                if ev is not None and ev.trigger_start not in seen:
                    seen.update(range(ev.trigger_start, ev.trigger_end))
                    if not ev.flags:
                        taken.update(range(ev.trigger_start, ev.trigger_end))
                    found.append(ev)
            for tok in sent_toks:
                if tok.pos_ not in ("NOUN", "PROPN") or tok.i in seen:
                    continue
                low = tok.lemma_.lower()
                if tok.pos_ == "NOUN" and (low in cues.DEMAND_NOUNS or low in cues.APPEAL_NOUNS):
                    ev = self._demand_noun_event(doc, tok, actors, verbs, suppressed)
                    if ev is not None:
                        seen.add(tok.i)
                        taken.add(tok.i)
                        found.append(ev)
                        continue
                if (tok.pos_ == "PROPN" and tok.ent_type_ in ("DATE", "TIME")) or tok.i in in_timex:
                    continue  # the month "March", not a march
                if tok.pos_ == "PROPN" and tok.i in named:
                    continue  # "Amnesty" (International), an actor's name, is no amnesty
                if tok.ent_type_ in _NAME_ENTITIES and tok.ent_iob_ == "B" and \
                        tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I" or \
                        tok.ent_type_ in _NAME_ENTITIES and tok.ent_iob_ == "I":
                    continue  # a word of a name: "Amnesty International", "Human Rights Watch"
                pats = nouns.get(tok.lemma_.lower())
                if not pats and tok.pos_ == "PROPN" and tok.i == sent.start:
                    # "Tributes were paid ...", "Protests erupted ...": a capitalised
                    # sentence-initial noun the tagger took for a name (lemma unreduced).
                    pats = nouns.get(_singular(tok.lower_))
                if not pats or (tok.dep_ == "compound" and tok.head.pos_ == "NOUN"
                                and tok.head.lemma_.lower() in cues.NAMING_HEADS):
                    continue  # "the appeals court", "riot police": a name part, no act
                ev = self._noun_event(doc, tok, pats, actors, places, taken)
                if ev is not None:
                    seen.add(tok.i)
                    if not ev.flags:
                        taken.add(tok.i)
                    found.append(ev)
        _fold_protest_demands(doc, found, suppressed)
        found = [e for e in found if e.trigger_start not in suppressed]
        found.sort(key=lambda e: (e.trigger_start, e.trigger_end))
        for e in found:
            if not e.source and self._subject_acts(e):
                e.agent = _agent(doc, e, self.lexicon.nouns)
        for e in found:
            if e.confidence < self.min_confidence:
                e.flags.append("low_prior")
        candidates.extend(found)
        events.extend(e for e in found if not e.flags)
        return doc

    def _subject_acts(self, ev: EventMention) -> bool:
        """Is the trigger's subject the one who acts? Not for entries whose subject
        undergoes the act ("he *faced* 18 counts")."""
        pos, _, rest = (ev.pattern or "").partition(":")
        lemma = rest.rsplit(":", 1)[0]
        table = self.lexicon.verbs if pos == "verb" else self.lexicon.nouns if pos == "noun" else {}
        return all(p.subject_object for p in table.get(lemma, ()) if p.id == ev.pattern)

    # ------------------------------------------------------------------ verbs
    def _verb_event(
        self,
        doc: Doc,
        tok: Token,
        actors: ActorIndex,
        places: list[PlaceMention],
        verbs: dict[str, tuple[Pattern, ...]],
        suppressed: set[int],
    ) -> EventMention | None:
        lemma = tok.lemma_.lower()
        kind = _embedding_kind(lemma)
        if kind is not None:
            inner = self._embedded_trigger(doc, tok, verbs)
            if inner is not None:
                embedded = self._embed(doc, tok, inner, kind, actors, places, verbs, suppressed)
                if embedded is not None:
                    return embedded
            elif kind == "refuse" and declines_to_speak(tok):
                return None  # "declined to comment": no refusal of anything political
        if lemma in cues.VOTE_VERBS:
            vote = self._vote_event(doc, tok, actors, places, verbs, suppressed)
            if vote is not None:
                return vote
        pats = verbs.get(lemma)
        if not pats and lemma not in cues.NAMING_VERBS:
            # Most verbs are in no entry and name nothing: no frame to read.
            if lemma in cues.SPEECH_CONTENT_VERBS:
                return self._speech_event(doc, tok, actors, verbs)
            return None
        frame = build_frame(tok)
        pat = self._match(pats, frame) if pats else None
        neutral = False
        if (pat is None and lemma in cues.NAMING_VERBS and names_something(tok, frame)
                and not all(o.lower_ in cues.REFLEXIVES for o in frame.objects or [tok])):
            # "called the deal a sham", "deemed the agreement illegal": a verdict on the
            # object, coded by its words: praise ("called him an incomparable
            # mathematician"), accusation or criticism; criticism, flagged for the filter
            # to judge, when no word says which ("called it an interesting case").
            code = verdict_code(tok, frame)
            neutral = code is None
            pat = Pattern(id=f"frame:naming+{lemma}", pos="verb", lemma=lemma,
                          cameo=code or "111", confidence=0.5)
        if pat is None and lemma in cues.SPEECH_CONTENT_VERBS:
            return self._speech_event(doc, tok, actors, verbs)
        if pat is None:
            return None
        if lemma in cues.OBJECT_CONTROL_VERBS:
            # "invited X to visit": the visit is the invitation's content, not an event.
            inner = self._embedded_trigger(doc, tok, verbs)
            if inner is not None:
                suppressed.add(inner[0].i)
        ev = self._make_event(doc, tok, frame, pat, actors, places)
        if ev is not None and neutral:
            ev.flags.append("neutral_verdict")
        return ev

    def _adjective_event(self, doc: Doc, tok: Token, actors: ActorIndex) -> EventMention | None:
        """"X was critical of Y", "X is sorry", "we stand ready to help", "masks became
        compulsory": a predicate adjective that is itself the act (a low prior; the
        filter judges)."""
        lemma = tok.lemma_.lower()
        code = cues.PREDICATE_EVENT_ADJECTIVES[lemma]
        head = tok.head
        if head.pos_ not in ("VERB", "AUX"):
            return None
        hframe = build_frame(head)
        aframe = build_frame(tok)
        subjects = hframe.subjects  # "X is critical", "the order made vaccination mandatory"
        source = actors.resolve_all(subjects, exclude_pronoun_it=True)
        if lemma in cues.PLANNED_ADJECTIVES and not any(
                c.dep_ == "xcomp" for c in (*tok.children, *head.children)):
            return None  # "ready to help": only with what lies ahead ("the food is ready")
        preps = [t for p in ("of", "to", "toward", "towards", "with", "for", "about")
                 for t in aframe.prep_children(p)]
        if code[:2] in ("05", "11") and not preps and not source:
            return None  # "it is critical that ...": a judgement on nothing
        target = actors.resolve_all(preps)
        target = [a for a in target if not _same(a, source)]
        info = code_info(code)
        if info.plover is None:
            return None
        flags = [] if source or code[:2] == "17" else ["no_source"]
        return EventMention(
            trigger_start=tok.i, trigger_end=tok.i + 1, head=tok.i,
            plover=info.plover, cameo=code, quad_class=info.quad_class,
            goldstein=info.goldstein, mode=info.mode, context=info.context,
            source=source, target=target,
            arg_heads=sorted({t.i for t in subjects} | {t.i for t in preps} | {head.i}),
            confidence=_confidence(0.45, bool(target), source),
            pattern=f"frame:adjective+{lemma}", flags=flags,
        )

    def _commitment_event(
        self,
        doc: Doc,
        tok: Token,
        actors: ActorIndex,
        places: list[PlaceMention],
        verbs: dict[str, tuple[Pattern, ...]],
        suppressed: set[int],
    ) -> EventMention | None:
        """"X is willing / ready / prepared to V": the commitment is the event (CAMEO 03x,
        or 13x when V is coercive or violent), its target V's; V is not coded apart."""
        inner = self._embedded_trigger(doc, tok, verbs)
        if inner is None:
            return None
        ev = self._embed(doc, tok, inner, "intent", actors, places, verbs, suppressed)
        if ev is not None and not ev.source and tok.head.pos_ in ("VERB", "AUX"):
            # The subject sits on the copula: "Norway *is* willing to send ..."
            subjects = build_frame(tok.head).subjects
            ev.source = actors.resolve_all(subjects, exclude_pronoun_it=True)
            ev.target = [a for a in ev.target if not _same(a, ev.source)]
            if ev.source:
                ev.flags = [f for f in ev.flags if f != "no_source"]
                ev.confidence = _confidence(0.7, bool(ev.target), ev.source)
            ev.arg_heads = sorted(set(ev.arg_heads) | {t.i for t in subjects} | {tok.head.i})
        return ev

    def _embed(
        self,
        doc: Doc,
        tok: Token,
        inner: tuple[Token, Pattern],
        kind: str,
        actors: ActorIndex,
        places: list[PlaceMention],
        verbs: dict[str, tuple[Pattern, ...]],
        suppressed: set[int],
    ) -> EventMention | None:
        """One event for "X agreed / refused / is willing to V": coded by V's code (None
        when the kind has no code for it); V is then no event of its own."""
        inner_tok, inner_pat = inner
        code = embedded_code(kind, inner_pat.cameo)
        if code is None:
            return None
        suppressed.add(inner_tok.i)
        return self._embedding_event(doc, tok, inner_tok, inner_pat, kind, code,
                                     actors, places, verbs)

    def _demand_content(self, tok: Token, verbs: dict[str, tuple[Pattern, ...]]
                        ) -> tuple[Token, Pattern] | None:
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
            pats = verbs.get(c.lemma_.lower())
            pat = self._match(pats, build_frame(c)) if pats else None
            if pat is not None:
                return c, pat
        return None

    def _demand_noun_event(
        self,
        doc: Doc,
        tok: Token,
        actors: ActorIndex,
        verbs: dict[str, tuple[Pattern, ...]],
        suppressed: set[int],
    ) -> EventMention | None:
        """"X reiterated its demand that Y V" -> X demands (10x by V) of Y; V is no event.
        Under any other verb ("rejected the demand that ...") only V is dropped."""
        inner = self._demand_content(tok, verbs)
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
        target = [a for a in actors.first_resolved([asked]) if not _same(a, source)]
        info = code_info(code)
        if info.plover is None:
            return None
        return EventMention(
            trigger_start=tok.i, trigger_end=tok.i + 1, head=tok.i,
            plover=info.plover, cameo=code, quad_class=info.quad_class,
            goldstein=info.goldstein, mode=info.mode, context=info.context,
            source=source, target=target,
            arg_heads=sorted({tok.i, inner_tok.i, tok.head.i} | {t.i for t in asked}),
            confidence=_confidence(0.6, bool(target), source),
            pattern=f"frame:{kind}_noun+{inner_pat.id}", flags=[] if source else ["no_source"],
        )

    def _vote_event(
        self,
        doc: Doc,
        tok: Token,
        actors: ActorIndex,
        places: list[PlaceMention],
        verbs: dict[str, tuple[Pattern, ...]],
        suppressed: set[int],
    ) -> EventMention | None:
        """"The parliament voted to lift the ban": one event, triggered by the vote, whose
        code is the act voted for (or a policy change when that act is not coded)."""
        inner = self._embedded_trigger(doc, tok, verbs)
        if inner is not None:
            inner_tok, pat = inner
            frame = build_frame(inner_tok)
            suppressed.add(inner_tok.i)
        else:
            xcomp = [c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
            if not xcomp:
                return None
            frame = build_frame(xcomp[0])
            pat = Pattern(id="verb:vote:to", pos="verb", lemma="vote", cameo=cues.VOTE_DEFAULT_CODE,
                          confidence=0.45)
        ev = self._make_event(doc, tok, frame, pat, actors, places)
        if ev is None:
            return None
        ev.trigger_start, ev.trigger_end, ev.head = tok.i, tok.i + 1, tok.i
        ev.pattern = f"frame:vote+{pat.id}"
        return ev

    def _speech_event(
        self,
        doc: Doc,
        tok: Token,
        actors: ActorIndex,
        verbs: dict[str, tuple[Pattern, ...]],
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
        source = actors.resolve_all(frame.subjects, exclude_pronoun_it=True)
        if not source and tok.dep_ in ("advcl", "conj") and tok.head.pos_ in ("VERB", "AUX"):
            source = actors.resolve_all(build_frame(tok.head).subjects,
                                        exclude_pronoun_it=True)  # "..., adding ..."
        clause = pred if pred.pos_ in ("VERB", "AUX") else clause_head(pred, content)
        subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
        groups: list[list[Token]] = []
        if kind == "demand" and clause.pos_ in ("VERB", "AUX"):
            inner_pats = verbs.get(clause.lemma_.lower())
            inner_pat = self._match(inner_pats, build_frame(clause)) if inner_pats else None
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
        target = [a for a in target if not _same(a, source)]
        if kind == "demand" and (not target or any(_first_person(doc, a) for a in target)):
            return None  # "we must act": a resolve, not a demand on someone
        flags = ["speech_content"]
        if not source:
            flags.append("no_source")
        info = code_info(code)
        if info.plover is None:
            return None
        # The trigger is the judging word ("said Y *lied*", "is *a disgrace*"): the
        # annotators mark the content more often than the verb of saying.
        return EventMention(
            trigger_start=pred.i, trigger_end=pred.i + 1, head=pred.i,
            plover=info.plover, cameo=code, quad_class=info.quad_class,
            goldstein=info.goldstein, mode=info.mode, context=info.context,
            source=source, target=target,
            arg_heads=sorted({t.i for t in frame.subjects} | {tok.i, pred.i}),
            confidence=_confidence(0.35, bool(target), source),
            pattern=f"frame:speech_{kind}+{pred.lemma_.lower()}", flags=flags,
        )

    def _embedded_trigger(
        self, doc: Doc, tok: Token, verbs: dict[str, tuple[Pattern, ...]]
    ) -> tuple[Token, Pattern] | None:
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
            pats = verbs.get(cand.lemma_.lower())
            pat = self._match(pats, build_frame(cand)) if pats else None
            if pat is not None:
                return cand, pat
            if cand.lemma_.lower() in cues.LIGHT_VERBS:
                # "promised to continue military aid to X", "agreed to hold talks with Y":
                # the event noun the light verb takes is what is committed to.
                for obj in cand.children:
                    npats = self.lexicon.nouns.get(obj.lemma_.lower())
                    if obj.dep_ == "dobj" and npats:
                        npat = self._match(npats, build_frame(obj))
                        if npat is not None:
                            return obj, npat
        return None

    def _embedding_event(
        self,
        doc: Doc,
        tok: Token,
        inner_tok: Token,
        inner_pat: Pattern,
        kind: str,
        code: str,
        actors: ActorIndex,
        places: list[PlaceMention],
        verbs: dict[str, tuple[Pattern, ...]],
    ) -> EventMention | None:
        outer = build_frame(tok)
        inner = build_frame(inner_tok)
        source = actors.resolve_all(outer.subjects, exclude_pronoun_it=True) or \
            actors.resolve_all(_document_authors(tok), exclude_pronoun_it=True)
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
        target = [a for a in target if not _same(a, source)]
        if not target and len(source) > 1 and (inner_pat.reciprocal or tok.lemma_.lower() in
                                               cues.RECIPROCAL_COMMITMENTS):
            # "India and Japan agreed to share intelligence": the first is the source, the
            # others the target (GUIDELINES 4, reciprocal events)
            source, target = source[:1], source[1:]
        patient = None if target else _patient(
            doc, outer.objects if kind in ("appeal", "demand") else
            [g for grp in inner.target_candidates(inner_pat.target)[:1] for g in grp],
            self.lexicon.nouns, source)
        info = code_info(code)
        conf = _confidence(0.7, bool(target), source)
        return EventMention(
            trigger_start=tok.i, trigger_end=tok.i + 1, head=tok.i,
            plover=info.plover or "AGREE", cameo=code, quad_class=info.quad_class,
            goldstein=info.goldstein, mode=info.mode, context=info.context,
            source=source, target=target,
            arg_heads=sorted({t.i for t in outer.subjects + outer.objects} | {inner_tok.i}),
            confidence=conf, pattern=f"frame:{kind}+{inner_pat.id}", flags=flags,
            patient=patient,
        )

    def _make_event(
        self,
        doc: Doc,
        tok: Token,
        frame: Frame,
        pat: Pattern,
        actors: ActorIndex,
        places: list[PlaceMention],
    ) -> EventMention | None:
        if _names_no_act(pat, frame):
            return None
        if pat.mode == "visit" and not frame.passive:
            troops = _troops(frame.subjects)
            if troops == "peacekeepers":  # "peacekeeping troops arrived in Bosnia"
                pat = replace(pat, cameo="074", mode=None, plover=None)
            elif troops:
                return None  # troops arriving are no visit
        if frame.passive and not (pat.lemma in cues.STATIVE_PASSIVES and not frame.agents):
            source = actors.resolve_all(frame.agents)
            target = actors.resolve_all(frame.subjects)
        else:
            source = actors.resolve_all(frame.subjects, exclude_pronoun_it=True)
            target = actors.first_resolved(frame.target_candidates(pat.target))
            explicit = any(c.dep_ in SUBJECT_DEPS for c in tok.children)
            if not source and not explicit and tok.tag_ in ("VBD", "VBZ", "VBP"):
                source = actors.preceding(tok)  # a finite verb the parser left subjectless
            if not source and not explicit:
                source = actors.resolve_all(_document_authors(tok), exclude_pronoun_it=True)
        if not target and pat.cameo[:2] in ("02", "10"):
            # "demanded that the government provide ...": who is asked is the clause's subject
            target = actors.resolve_all(
                [g for c in tok.children if c.dep_ == "ccomp" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 for g in c.children if g.dep_ == "nsubj"], exclude_pronoun_it=True)
            target = [a for a in target if not _same(a, source)]
        if (pat.lemma, pat.prep) in cues.UNDERGOER_SUBJECT_FRAMES and not frame.passive:
            # "X came under fire from Y": Y criticises X
            source, target = (actors.resolve_all(frame.targets_for(pat.target)),
                              actors.resolve_all(frame.subjects, exclude_pronoun_it=True))
        if pat.mode == "visit" and not target:
            target = _places_as_countries(doc, frame.targets_for(pat.target + ("prep:in",)), places)
        if pat.reciprocal and not target and frame.passive and not source:
            # "a memorandum was signed between Cyprus, Greece and Israel"
            between = actors.resolve_all(frame.prep_children("between"))
            source, target = between[:1], between[1:]
        if pat.reciprocal and not target and len(source) > 1:
            source, target = source[:1], source[1:]
        agentless = False
        flags: list[str] = []
        if not source:
            # "was arrested", "were killed": an event done to a known actor by an
            # unnamed one. Coded with an empty source when the verb is passive.
            accident = pat.lemma in cues.VIOLENCE_VERBS and _accident_in_sentence(tok)
            in_attack = (pat.lemma in cues.VIOLENCE_VERBS and _attack_in_sentence(tok)
                         and not accident)
            if (pat.agentless or in_attack) and frame.passive and target and not frame.agents:
                agentless = True
            else:
                flags.append("no_source")
                if accident:
                    flags.append("hazard_context")  # "were killed when a bomber crashed"
                if not frame.passive and any(
                        s.pos_ in ("NOUN", "PROPN") and s.lemma_.lower() not in self.lexicon.nouns
                        and s.lemma_.lower() not in cues.ATTACK_NOUNS
                        and s.lemma_.lower() not in cues.WEAPON_NOUNS
                        and not _actor_within(doc, s) and not _names_people(s)
                        for s in frame.subjects):
                    # "the storm destroyed homes": the doer is named and is not an actor
                    flags.append("thing_subject")
                doers = frame.agents if frame.passive else frame.subjects
                if any((s.lemma_.lower() in cues.HAZARD_NOUNS or names_disease(s)
                        or tok.dep_ == "relcl" and _hazard_above(s))
                       and not _actor_modifies(doc, s, tok) for s in doers):
                    flags.append("hazard_subject")  # a storm, a fire, a virus
        target = [a for a in target if not _same(a, source)]
        if pat.lemma in cues.ALLEGING_VERBS and _claims_of_self(tok):
            flags.append("self_claim")  # "she claimed she had received threats"
        if not target and (pat.mode == "visit" or pat.cameo[:2] == "07"):
            flags.append("no_counterpart")  # a visit or aid without a counterpart
        if pat.mode == "visit" and _domestic(source, target):
            flags.append("domestic_visit")  # a leader travelling in their own country
        if (pat.cameo[:2] in ("02", "10") and not target and not frame.objects
                and not frame.preps and not frame.has_clause):
            flags.append("empty_appeal")  # neither addressee nor content ("pressing forward")
        info = code_info(pat.cameo)
        if info.plover is None:
            return None
        patient = None if target else _patient(
            doc, frame.subjects if frame.passive else
            [g for grp in frame.target_candidates(pat.target)[:1] for g in grp],
            self.lexicon.nouns, source)
        end = tok.i + 1
        for child in tok.children:
            if child.dep_ == "prt" and child.i == end:
                end += 1
        return EventMention(
            trigger_start=tok.i, trigger_end=end, head=tok.i,
            plover=pat.plover or info.plover, cameo=pat.cameo, quad_class=info.quad_class,
            goldstein=info.goldstein, mode=pat.mode or info.mode,
            context=pat.context or info.context, source=source, target=target,
            arg_heads=sorted({t.i for t in frame.subjects + frame.objects + frame.agents}
                             | {t.i for t in frame.prep_objects}),
            confidence=_confidence(pat.confidence, bool(target), source)
            + (0.08 if agentless else 0.0),
            pattern=pat.id, flags=flags, patient=patient,
        )

    # ------------------------------------------------------------------ nouns
    def _noun_event(
        self,
        doc: Doc,
        tok: Token,
        pats: tuple[Pattern, ...],
        actors: ActorIndex,
        places: list[PlaceMention],
        taken: set[int],
    ) -> EventMention | None:
        head = tok.head
        # The object of a coded verb is part of that verb's event ("imposed sanctions").
        if head.i in taken and tok.dep_ in ("dobj", "nsubjpass", "pobj"):
            return None
        if (tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.i in taken
                and head.lower_ not in cues.TEMPORAL_PREPS and not _own_event(tok, head)):
            return None  # "killed X in an airstrike", "called for Y's resignation"
        if _served(tok):
            return None  # "is serving a life sentence": a state, not an act
        if (head.lemma_.lower(), tok.lemma_.lower()) in cues.IDIOMS:
            return None  # "Buttigieg followed suit"
        frame = build_frame(tok)
        pat = self._match(pats, frame)
        if pat is None:
            return None
        source: list[ActorMention] = []
        light: Token | None = None
        definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                       for c in tok.children)
        if tok.dep_ in ("dobj", "attr") and head.lemma_.lower() in cues.LIGHT_VERBS and not (
                definite and head.lemma_.lower() in cues.ANNOUNCING_VERBS):
            light = head
        elif (tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in cues.TEMPORAL_PREPS
              and head.head.lemma_.lower() in cues.LIGHT_VERBS
              and not any(c.dep_ == "dobj" for c in head.head.children)):
            light = head.head  # "engage in talks"; not "opened an inquiry into the shooting"
        elif (tok.dep_ == "compound" and head.lemma_.lower() in cues.EVENT_FRAME_NOUNS
              and head.dep_ in ("dobj", "attr") and head.head.lemma_.lower() in cues.LIGHT_VERBS):
            light = head.head  # "launched a mediation effort", "undertook a peace mission"
        # Who acts: possessor, actor modifier ("Russian support", "Putin-Kim summit"), "by".
        mods = [c for c in tok.children if c.dep_ in ("poss",)]
        if tok.dep_ == "compound" and head.lemma_.lower() in cues.EVENT_FRAME_NOUNS:
            mods += [c for c in head.children if c.dep_ == "poss"]  # "Qatar's mediation effort"
        comp = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")]
        patient: list[ActorMention] = []
        if pat.poss_is_target:  # "his arrest": the possessor is the one arrested
            patient = actors.resolve_all(mods)
            mods = []
        source = actors.resolve_all(mods)
        comp_actors = actors.resolve_all(comp, strict=True)
        if not source and comp_actors:
            source = comp_actors[:1]
            comp_actors = comp_actors[1:]
        if not source:
            source = actors.resolve_all(frame.prep_children("by"))
        if not source:
            # "the demonstration staged by students", "an attack carried out by ISIS"
            source = actors.resolve_all([g for c in tok.children if c.dep_ == "acl"
                                         and c.tag_ == "VBN" for a in c.children
                                         if a.dep_ == "agent" for g in a.children
                                         if g.dep_ == "pobj"])
        if not source and pat.of_source:  # "the invitation of Putin", "the resignation of X"
            source = actors.resolve_all(frame.prep_children("of"))
        if light is not None and (not source or mods and all(m.pos_ == "PRON" for m in mods)):
            # "the fundamentalists continued their hunger strike": the light verb's subject
            # is the one "their" stands for
            source = actors.resolve_all(build_frame(light).subjects,
                                        exclude_pronoun_it=True) or source
        target = patient or actors.first_resolved(frame.target_candidates(pat.target))
        if not target and light is not None and light.pos_ in ("VERB", "AUX"):
            # "launched a mediation effort *between X and Y*", "held talks *with* Y": the
            # parser often hangs the event noun's phrases on the light verb
            target = actors.first_resolved(
                [t for t in g if t.i != tok.i and t.head.i != tok.i]
                for g in build_frame(light).target_candidates(
                    tuple(x for x in pat.target if x.startswith("prep:"))))
        if not target and tok.dep_ == "compound" and head.lemma_.lower() in cues.EVENT_FRAME_NOUNS:
            # "a mediation effort *between X and Y*": the frame noun holds the phrases
            target = actors.first_resolved(build_frame(head).target_candidates(pat.target))
        if not target and comp_actors:
            target = comp_actors
        if pat.reciprocal and not target:
            between = actors.resolve_all(frame.prep_children("between"))
            if len(between) > 1:
                if not source:
                    source = between[:1]
                target = between[1:] if source[0] in between else between
        if pat.reciprocal and not target and len(source) > 1:
            source, target = source[:1], source[1:]  # "X and Y held talks" (GUIDELINES 4)
        if not target and pat.mode == "visit":
            target = _places_as_countries(doc, frame.targets_for(pat.target), places)
        if (not target and tok.dep_ == "pobj" and head.lower_ == "at"
                and head.head.pos_ in ("VERB", "AUX") and frame.prep_children("of")):
            # "at the invitation of Putin" / "at the request of X": the clause's subject
            # is the one invited / asked.
            target = actors.resolve_all(build_frame(head.head).subjects)
        occurring = (tok.dep_ == "nsubj" and head.lemma_.lower() in cues.OCCURRENCE_VERBS)
        flags: list[str] = []
        if not source and not (target and pat.cameo[:2] in _AGENTLESS_NOUN_ROOTS) and not (
                occurring and pat.cameo[:2] in ("14", "18", "19")):
            flags.append("no_source")
        target = [a for a in target if not _same(a, source)]
        if (not target and light is None and not pat.reciprocal and not occurring
                and pat.cameo[:2] not in ("12", "14")):
            # A bare event noun without a counterpart is usually a mention of an event
            # already coded elsewhere ("Kim's visit").
            flags.append("bare_noun")
        if not target and light is None and pat.reciprocal:
            flags.append("no_counterpart")
        if tok.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in cues.CAPABILITY_NOUNS:
            flags.append("capability")  # "wields veto power", "arrest powers": a power, not an act
        info = code_info(pat.cameo)
        if info.plover is None:
            return None
        arg = {t.i for t in frame.prep_objects} | {tok.i}
        if light is not None:
            arg.add(light.i)
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
            arg.add(head.head.i)  # "the Feb. 28 collapse of his summit": the date is on "collapse"
        undergoer = None if target else _patient(
            doc, [g for grp in frame.target_candidates(pat.target + ("prep:of",))[:1]
                  for g in grp], self.lexicon.nouns, source)
        return EventMention(
            trigger_start=tok.i, trigger_end=tok.i + 1,
            head=light.i if light is not None else tok.i,
            plover=pat.plover or info.plover, cameo=pat.cameo, quad_class=info.quad_class,
            goldstein=info.goldstein, mode=pat.mode or info.mode,
            context=pat.context or info.context, source=source, target=target,
            arg_heads=sorted(arg),
            confidence=_confidence(pat.confidence - 0.05, bool(target), source),
            pattern=pat.id, flags=flags, patient=undergoer,
        )


# Event nouns coded without a named source when their target is known
# ("the attack on the embassy", "the arrest of two journalists").
_AGENTLESS_NOUN_ROOTS = frozenset(["09", "11", "15", "17", "18", "19", "20"])


# Reflexives are not among them: "surrendered himself", "had himself been": the one
# they name is named already.
_PATIENT_PRONOUNS = frozenset("him her them us me you anyone everyone someone anybody "
                              "everybody somebody".split())
_PATIENT_ENTITIES = frozenset(["PERSON", "NORP", "ORG", "GPE", "FAC", "LOC"])
_PATIENT_MODIFIERS = frozenset(["compound", "amod", "nummod", "poss", "nmod", "quantmod",
                                "case"])


_AGENT_PRONOUNS = frozenset("i we they he she you".split())
# Entities whose words name something, not an act: a noun inside a name of several
# words is no trigger.
_NAME_ENTITIES = frozenset(["ORG", "PERSON", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"])


def _subjects(tok: Token) -> list[Token]:
    """Who does what ``tok`` says: the "by" phrase of a passive, else the subject, else
    the subject it shares with the verb it is coordinated with or complements."""
    for _ in range(3):
        kids = list(tok.children)
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in kids):
            return [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        subj = [c for c in kids if c.dep_ in ("nsubj", "csubj")]
        if subj or tok.dep_ not in ("xcomp", "conj", "advcl", "acomp") or tok.head.i == tok.i:
            return subj
        tok = tok.head
    return []


def _agent(doc: Doc, ev: EventMention, event_nouns: dict[str, tuple[Pattern, ...]]
           ) -> tuple[int, int] | None:
    """The words naming who acts, when they name no known actor: a person pronoun ("they
    arrested"), a named entity, or a noun phrase of people or a group ("protesting
    legislators"); the record's source, uncoded."""
    trig = doc[ev.trigger_start]
    if trig.pos_ in ("NOUN", "PROPN"):
        cands = [c for c in trig.children if c.dep_ == "poss"]
        cands += [g for c in trig.children if c.dep_ == "prep" and c.lower_ == "by"
                  for g in c.children if g.dep_ == "pobj"]
        if (not cands and trig.dep_ in ("dobj", "attr") and trig.head.pos_ in ("VERB", "AUX")
                and trig.head.lemma_.lower() not in cues.UNDERGOING_VERBS
                and trig.head.lemma_.lower() not in cues.PREVENTING_VERBS):
            # "X held talks", but not "X drew criticism" or "police prevented the protest"
            cands = _subjects(trig.head)
    else:
        cands = _subjects(doc[ev.head])
    targets = [(a.start, a.end) for a in ev.target] + ([ev.patient] if ev.patient else [])
    for t in cands:
        if any(s <= t.i < e for s, e in targets):
            continue
        if t.pos_ == "PRON":
            if t.lower_ in _AGENT_PRONOUNS:
                return t.i, t.i + 1
            continue
        span = _patient(doc, [t], event_nouns, [])
        if span is not None:
            return span
    return None


def _patient(doc: Doc, tokens: list[Token], event_nouns: dict[str, tuple[Pattern, ...]],
             source: list[ActorMention]) -> tuple[int, int] | None:
    """The words an event is done to when they name no known actor: the first target-slot
    noun phrase naming people, a group, a place or an installation (an entity, a person
    pronoun, a noun of ``cues.PATIENT_NOUNS``), from its first modifier to its head ("two
    men", "oil facilities"); never the event's content ("imposed *sanctions*")."""
    for t in tokens:
        low = t.lemma_.lower()
        if any(a.start <= t.i < a.end for a in source) or low in event_nouns or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children if low == "state"):
            continue  # "declared a state of emergency": the content, not a state
        if low in cues.TEXT_NAME_HEADS or gathering(t):
            continue  # "passed the ... Reform Bill", "a shooting at a graduation party"
        if not (t.ent_type_ in _PATIENT_ENTITIES
                or (t.pos_ == "PRON" and t.lower_ in _PATIENT_PRONOUNS)
                or (t.pos_ == "NOUN" and (low in cues.PATIENT_NOUNS
                                          or _singular(t.lower_) in cues.PATIENT_NOUNS))):
            continue
        start = t.i
        for c in t.lefts:
            if c.dep_ in _PATIENT_MODIFIERS and c.i < start:
                start = min(start, c.left_edge.i if c.dep_ == "poss" else c.i)
        while start < t.i and (doc[start].dep_ in ("det", "predet", "punct")
                               or doc[start].is_punct):
            start += 1
        return start, t.i + 1
    return None


def _own_event(tok: Token, prep: Token) -> bool:
    """An event noun under a coded verb that is an event of its own: the attack in "six
    were killed in the attack" (a passive with no agent: the noun says who did it), the
    crime in "was sentenced for her murder", the charge in "arrested on a charge of"."""
    verb = prep.head
    lemma = tok.lemma_.lower()
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if prep.lower_ == "in" and lemma in cues.ATTACK_NOUNS and passive and not any(
            c.dep_ == "agent" for c in verb.children):
        return True
    if prep.lower_ == "in" and lemma in ("call", "conversation") and any(
            c.lemma_.lower() in ("phone", "telephone", "video") for c in tok.children):
        return True  # "urged X in a phone call": the call is a consultation of its own
    if prep.lower_ == "for" and verb.lemma_.lower() in cues.CONVICTION_VERBS:
        return lemma in cues.CRIME_NOUNS
    return prep.lower_ == "on" and lemma in ("charge", "count")


def _singular(word: str) -> str:
    """"tributes" -> "tribute", "clashes" -> "clash": enough for event nouns."""
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _document_authors(tok: Token) -> list[Token]:
    """Who speaks through a statement a participle describes: "X issued a declaration
    *demanding* ...", "a letter by X *urging* ...", "X's statement *calling for* ..."."""
    if tok.dep_ != "acl" or tok.tag_ != "VBG":
        return []
    noun = tok.head
    if noun.lemma_.lower() not in cues.STATEMENT_NOUNS:
        return []
    authors = [c for c in noun.children if c.dep_ == "poss"]
    authors += [g for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                for g in c.children if g.dep_ == "pobj"]
    if not authors and noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues.ISSUING_VERBS:
        authors = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return authors


def _names_people(tok: Token) -> bool:
    """Does the phrase name people or a group no actor resolves ("thousands of people",
    "hundreds of protesters", "workers")? Such a doer is not a thing."""
    for _ in range(3):
        low = tok.lemma_.lower()
        if low in cues.PATIENT_NOUNS or _singular(tok.lower_) in cues.PATIENT_NOUNS:
            return True
        if tok.ent_type_ in ("PERSON", "ORG", "NORP") or load_kb(()).role_sectors(low):
            return True  # "Smithers ... claiming", "government forces began deploying"
        if low not in cues.COUNT_NOUNS and tok.lower_ not in cues.COUNT_NOUNS:
            return False
        inner = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"]
        if not inner:
            return True  # "thousands marched"
        tok = inner[0]
    return False


def _protest_of(doc: Doc, ev: EventMention, protests: dict[int, EventMention]
                ) -> EventMention | None:
    """The protest a demand is voiced by: "marched *demanding* new elections", "rallied
    *to press* their demands", "continued their hunger strike *to demand* ...",
    "protesters *demanding* reforms marched"."""
    tok = doc[ev.trigger_start]
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("advcl", "xcomp", "conj", "acl"):
        return None
    head = tok.head
    if head.i in protests:
        return protests[head.i]
    if tok.dep_ == "acl" and head.dep_ in ("nsubj", "nsubjpass") and head.head.i in protests:
        return protests[head.head.i]
    for c in head.children:  # the protest is the verb's own object or subject noun
        if c.dep_ in ("dobj", "nsubj") and c.i in protests:
            return protests[c.i]
    return None


def _fold_protest_demands(doc: Doc, found: list[EventMention], suppressed: set[int]) -> None:
    """A demand voiced by a protest is the protest's (GUIDELINES 9: protests take the
    demand's sub-code, 1411-1414 and the like); it is no event of its own."""
    protests = {e.trigger_start: e for e in found if (e.cameo or "")[:2] == "14"}
    if not protests:
        return
    for ev in found:
        if (ev.cameo or "")[:2] not in ("02", "10"):
            continue
        protest = _protest_of(doc, ev, protests)
        if protest is None:
            continue
        suppressed.add(ev.trigger_start)
        detail = _DEMAND_DETAIL.get((ev.cameo or "")[:4])
        code = protest.cameo or ""
        if detail and len(code) == 3 and code_info(code + detail).plover is not None:
            info = code_info(code + detail)
            protest.cameo, protest.goldstein = code + detail, info.goldstein
        if not protest.target and ev.target:
            protest.target = ev.target


# Demands and appeals by what they ask: leadership, policy, rights, institutions.
_DEMAND_DETAIL = {"1041": "1", "0241": "1", "1042": "2", "0242": "2", "1043": "3",
                  "0243": "3", "1044": "4", "0244": "4"}


def _claims_of_self(verb: Token) -> bool:
    """"claimed to have no memory", "she claimed she made the decision alone", "officials
    claimed they were reducing lanes": what is claimed is about the claimer."""
    for c in verb.children:
        if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True
        if c.dep_ == "ccomp":
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].lower_ in ("i", "we", "he", "she", "they"):
                mine = [g for g in verb.children if g.dep_ == "nsubj"]
                if mine and (mine[0].lower_ == subj[0].lower_ or mine[0].pos_ != "PRON"
                             and subj[0].lower_ in ("he", "she", "they")):
                    return True
    return False


def _served(tok: Token) -> bool:
    """"serving a life sentence", "served eight years of a sixteen-year sentence"."""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
        t = t.head.head
    return t.dep_ == "dobj" and t.head.lemma_.lower() in cues.SERVING_VERBS


def _first_person(doc: Doc, actor: ActorMention) -> bool:
    """Is the actor the speaker's "I", "we" or "us" (not "US", the country)?"""
    if "".join(ch for ch in actor.text.lower() if ch.isalpha()) in ("i", "we"):
        return True  # also "[W]e", split by the tokenizer
    return any(t.pos_ == "PRON" and t.lower_ == "us" for t in doc[actor.start:actor.end])


def _actor_within(doc: Doc, tok: Token) -> bool:
    """Does an actor lie inside the phrase ``tok`` heads ("thousands of *people*")?"""
    lo, hi = tok.left_edge.i, tok.right_edge.i
    return any(lo <= a.start and a.end - 1 <= hi for a in doc._.actors or [])


def _actor_modifies(doc: Doc, tok: Token, trigger: Token) -> bool:
    """Does an actor describe the thing ``tok`` heads ("*Israeli* air strikes", "a fire *set
    by protesters*")? Not one that only says where or when ("a fire on a *Florida*
    highway", "a fire in *La Llagosta*")."""
    for a in doc._.actors or []:
        t = doc[a.head]
        if not (tok.left_edge.i <= t.i <= tok.right_edge.i) or t.i == tok.i:
            continue
        while t.i != tok.i and t.head.i != t.i:
            if t.dep_ == "prep" and t.lower_ not in ("of", "by") or t.i == trigger.i:
                break  # a place or time, or the trigger's own clause ("which killed X")
            t = t.head
        else:
            return True
    return False


def _attack_in_sentence(tok: Token) -> bool:
    """Does the sentence name an attack ("... were killed in the bombing")?"""
    return any(t.lemma_.lower() in cues.ATTACK_NOUNS for t in tok.sent if t.pos_ == "NOUN")


def _accident_in_sentence(tok: Token) -> bool:
    """Does the sentence tell of an accident or a disaster ("... were killed when a bomber
    crashed", "died in the flood")? Explosions and fires may be attacks: they do not count."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in cues.ACCIDENT_VERBS
               or t.pos_ == "NOUN" and t.lemma_.lower() in cues.DISASTER_NOUNS
               for t in tok.sent)


def _names_no_act(pat: Pattern, frame: Frame) -> bool:
    """Uses of an event word that report no act of an actor: a courtesy ("Thank you for
    your time"), a projection ("the AP called the election for Biden"), an animal or a
    standing rule as the doer ("was killed by his lions", "the constitution prohibits",
    "guidelines call for 2%"), one person talking of something, where someone hails from,
    an interviewer's talks, and scientists examining or investigating (research, not
    CAMEO 09)."""
    if pat.lemma == "thank" and frame.objects and all(o.lower_ == "you" for o in frame.objects):
        return True
    if pat.lemma == "call" and "for" in frame.preps and any(
            o.lemma_.lower() in cues.CONTEST_NOUNS or o.ent_type_ == "GPE"
            for o in frame.objects):
        return True
    doers = frame.agents if frame.passive else frame.subjects
    if doers and all(d.lemma_.lower() in cues.ANIMAL_NOUNS
                     or d.lemma_.lower() in cues.RULE_TEXT_NOUNS for d in doers):
        return True
    if (pat.lemma == "talk" and not {"with", "to"} & set(frame.preps)
            and {"of", "about"} & set(frame.preps) and len(frame.subjects) == 1
            and (frame.subjects[0].tag_ in ("NN", "NNP")
                 or frame.subjects[0].lower_ in ("he", "she"))):
        return True
    if pat.lemma == "hail" and "from" in frame.preps:
        return True
    if pat.cameo[:2] in ("03", "04") and any(
            t.lower_ in cues.INTERVIEWER_WORDS or t.lemma_.lower() in cues.INTERVIEWER_WORDS
            for t in frame.subjects + frame.objects + frame.prep_objects):
        return True  # "Wikinews discussed with Kurtzer": an interview
    return pat.cameo[:2] == "09" and not frame.passive and any(
        s.lemma_.lower() in cues.RESEARCH_NOUNS for s in frame.subjects)


_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")


def _question(sent_toks: list[Token]) -> bool:
    """Does the sentence end with a question mark (before closing quotes or brackets)?"""
    for tok in reversed(sent_toks):
        if tok.is_space or tok.text in _CLOSERS:
            continue
        return tok.text.endswith("?")
    return False


_CLOSERS = frozenset(['"', "'", "\u201d", "\u2019", "''", ")", "]"])


def _foreign_script(text: str) -> bool:
    """Are most of the sentence's letters outside the Latin script ("demand करता है")?"""
    foreign = len(_NON_LATIN_LETTER.findall(text))
    return foreign * 2 > len(_LETTER.findall(text))


def _hazard_above(tok: Token) -> bool:
    """"an earthquake with a magnitude of 6.3 that struck ...": the relative clause hangs
    on a word of the hazard's phrase; is a hazard the head of that phrase?"""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("pobj", "prep", "nummod", "appos", "compound") or t.head is t:
            return False
        t = t.head
        if t.lemma_.lower() in cues.HAZARD_NOUNS:
            return True
    return False


def _troops(subjects: list[Token]) -> str | None:
    """"peacekeepers" when the subject is peacekeeping troops, "troops" when it is other
    soldiers (their arrival is a deployment, not a visit), else None."""
    words = {t.lemma_.lower() for s in subjects for t in s.subtree}
    if not words & cues.TROOP_NOUNS:
        return None
    return "peacekeepers" if words & cues.PEACEKEEPING_WORDS else "troops"


def _domestic(source: list[ActorMention], target: list[ActorMention]) -> bool:
    """Every target is a place in the source's own country ("Putin flew to Magnitogorsk")."""
    countries = {a.country for a in source if a.country}
    return bool(countries) and all(
        (t.evidence or "").startswith("place:") and t.country in countries for t in target)


def _same(a: ActorMention, others: list[ActorMention]) -> bool:
    return any(a is o or (a.start == o.start and a.end == o.end and a.name == o.name) or
               (a.name == o.name and a.country == o.country and a.kind == "person")
               for o in others)


def _confidence(prior: float, has_target: bool, source: list[ActorMention]) -> float:
    """Prior of the entry, raised by a resolved target and a source with a known country."""
    c = prior
    if has_target:
        c += 0.1
    if any(a.country for a in source):
        c += 0.08
    else:
        c -= 0.1
    return round(max(0.0, min(0.97, c)), 4)  # rounded: 0.55 - 0.1 is 0.45, not 0.4499...


def _places_as_countries(
    doc: Doc, heads: list[Token], places: list[PlaceMention]
) -> list[ActorMention]:
    """For visits: "arrive in Vladivostok" targets the country Vladivostok is in."""
    out: list[ActorMention] = []
    for h in heads:
        for p in places:
            if p.start <= h.i < p.end and p.country:
                out.append(ActorMention(
                    start=p.start, end=p.end, start_char=p.start_char, end_char=p.end_char,
                    text=p.text, name=_country_name(p.country), country=p.country,
                    sectors=(), code=p.country, kind="country", head=h.i,
                    evidence=f"place:{p.name}",
                ))
                break
    return out


def _country_name(alpha3: str) -> str:
    """The actor knowledge base's canonical name of a country ("Russia", not "Russian Federation")."""
    return load_kb(()).country_name(alpha3) or alpha3


@Language.factory(
    "eventwire_events_v1",
    requires=["token.dep", "token.lemma", "doc._.actors"],
    assigns=["doc._.events", "doc._.event_candidates"],
    default_config={"min_confidence": 0.45, "lexicon_files": []},
)
def make_events(
    nlp: Language, name: str, min_confidence: float, lexicon_files: list[str]
) -> EventCoder:
    return EventCoder(load_lexicon(tuple(lexicon_files)), min_confidence=min_confidence)


__all__ = ["EventCoder", "make_events"]
