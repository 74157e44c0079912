"""Stage ``eventwire_events_v1``: event triggers from the parse, coded in CAMEO and PLOVER.

For every verb and noun whose lemma is in the event lexicon, the stage builds a
frame from the dependency parse (who acts, who is acted on, what the object is),
picks the lexicon entry whose conditions the frame meets, and resolves the
frame's arguments to the actors found by ``eventwire_actors_v1``. Verbs that
embed another event are coded by frame rules: "agreed to lift sanctions" is one
AGREE event (CAMEO 0354), "invited X to visit" an invitation, "planned to visit"
a visit that the modality stage will mark planned (``embedded_events``).

Every coded trigger is a candidate (``doc._.event_candidates``). The hand rules
accept a candidate when its source resolves to an actor and its frame is filled
the way the entry needs (precision over volume); the others carry ``flags`` that
say why not. ``doc._.events`` holds the accepted ones; the learned filter stage,
when present, decides again from all candidates. ``confidence`` combines the
entry's prior with how well the frame was filled.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..extensions import get_list, tokens_of
from ..knowledge import cues
from ..knowledge.lexicon import Lexicon, Pattern, load_lexicon
from ..mentions import ActorMention, EventMention, PlaceMention
from .embedded_events import (
    commitment_event,
    demand_noun_event,
    embed,
    embedded_trigger,
    embedding_kind,
    speech_event,
)
from .event_args import (
    SUBJECT_DEPS,
    agent_span,
    coded_event,
    document_authors,
    domestic,
    event_confidence,
    names_people,
    patient_span,
    places_as_countries,
    private_party,
    same_actor,
    singular,
    under_gunfire,
    undergoers,
)
from .event_uses import (
    accident_in_sentence,
    actor_modifies,
    actor_within,
    attack_in_sentence,
    charge_named,
    claims_of_self,
    foreign_script,
    hazard_above,
    is_label,
    names_a_person,
    names_no_act,
    own_event,
    question,
    served,
    transcript_turns,
    troops_kind,
    verb_reports_no_act,
)
from .frames import ActorIndex, Frame, build_frame, names_disease, names_storm, seat_city
from .pattern_match import PatternMatcher
from .protest_demands import fold_protest_demands
from .speech import declines_to_speak, names_something, verdict_code


class EventCoder:
    """Finds and codes events; writes ``doc._.events``."""

    def __init__(self, lexicon: Lexicon, min_confidence: float = 0.45) -> None:
        self.lexicon = lexicon
        self.matcher = PatternMatcher(lexicon)
        self.min_confidence = min_confidence

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
        sents = list(doc.sents)
        # An interviewer's questions and remarks in a transcript ("((WN))") are no news;
        # a private interviewee's "I" is no actor (flagged below).
        turns = transcript_turns(sents, toks)
        private_turns: set[int] = set()  # turns of a speaker no actor stands for
        if turns:
            coded = {i for a in (doc._.actors or []) if a.code for i in range(a.start, a.end)}
            private_turns = {k for k, who in turns.items() if who is not None and who.i not in coded}
        for sent in sents:
            if sent.start in turns and turns[sent.start] is None:
                continue
            sent_toks = toks[sent.start:sent.end]
            if not all(t.is_ascii for t in sent_toks) and foreign_script(
                    "".join(t.text_with_ws for t in sent_toks)):
                continue  # a sentence in another language: the English parse means nothing
            if question(sent_toks):
                continue  # "Did the federation ever support you?": a question asserts nothing
            # Verbs first (outermost embedding first, so "agreed to lift" wins over "lift").
            for tok in sent_toks:
                if (tok.pos_ in ("ADJ", "VERB") and tok.lower_ in cues.COMMITMENT_ADJECTIVES
                        and tok.dep_ in ("acomp", "oprd", "amod")
                        and (ev := commitment_event(self.matcher, doc, tok, actors, suppressed)) is not None):
                    pass  # "Syria is willing to withdraw its troops"
                elif (tok.pos_ == "ADJ" and tok.lemma_.lower() in cues.PREDICATE_EVENT_ADJECTIVES
                        and (tok.dep_ in ("acomp", "oprd") or (
                            tok.dep_ == "ccomp" and tok.head.lemma_.lower() in ("make", "render")))):
                    # "made vaccination mandatory": the small clause parsed as a ccomp
                    ev = self._adjective_event(tok, actors)
                elif tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "ADJ" and tok.lemma_ == "due"):
                    continue
                elif is_label(tok, toks):
                    continue  # "Warning: this story contains ...": a label, no act
                elif tok.dep_ in ("amod", "compound") and tok.lower_ in cues.NAMING_PARTICIPLES:
                    continue  # "the ruling party", "the governing coalition"
                elif (tok.dep_ == "acl" and tok.tag_ == "VBN"
                      and tok.lower_ in cues.NAME_GIVING_PARTICIPLES):
                    continue  # "a coating, called LESS": a name, no verdict
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
                    ev = demand_noun_event(self.matcher, tok, actors, suppressed)
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
                if is_label(tok, toks):
                    continue  # "Warning: this story contains ...": a label, no act
                if low in ("charge", "chargé") and tok.i + 1 < len(toks) and \
                        toks[tok.i + 1].lower_.startswith(("d'", "d\u2019")):
                    continue  # "chargés d'affaires": envoys, no charges
                pats = nouns.get(tok.lemma_.lower())
                if not pats and tok.pos_ == "PROPN" and tok.i == sent.start:
                    # "Tributes were paid ...", "Protests erupted ...": a capitalised
                    # sentence-initial noun the tagger took for a name (lemma unreduced).
                    pats = nouns.get(singular(tok.lower_))
                if not pats or (tok.dep_ == "compound" and tok.head.pos_ == "NOUN"
                                and tok.head.lemma_.lower() in cues.NAMING_HEADS):
                    continue  # "the appeals court", "riot police": a name part, no act
                ev = self._noun_event(doc, tok, pats, actors, places, taken)
                if ev is not None:
                    seen.add(tok.i)
                    if not ev.flags:
                        taken.add(tok.i)
                    found.append(ev)
        fold_protest_demands(doc, found, suppressed)
        found = [e for e in found if e.trigger_start not in suppressed]
        found.sort(key=lambda e: (e.trigger_start, e.trigger_end))
        for e in found:
            if not e.source and self.matcher.subject_acts(e):
                e.agent = agent_span(doc, e, self.lexicon.nouns)
            in_private_turn = bool(private_turns) and (
                doc[e.trigger_start].sent.start in private_turns)
            if private_party(doc, e, in_private_turn):
                e.flags.append("private_party")
        for e in found:
            if e.confidence < self.min_confidence:
                e.flags.append("low_prior")

        candidates.extend(found)
        events.extend(e for e in found if not e.flags)
        return doc


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
        if (tok.head.lemma_.lower(), lemma) in cues.IDIOMS:
            return None  # "voted to work to rule": industrial action, no ruling
        kind = embedding_kind(lemma)
        quiet = kind == "refuse" and declines_to_speak(tok)  # "declined to comment / discuss"
        if quiet and not any(actor_within(doc, c) for c in tok.children if c.dep_ == "xcomp"):
            return None  # "declined to discuss details": no talks refused, no comment
        if kind is not None:
            inner = embedded_trigger(self.matcher, tok)
            if inner is not None:
                embedded = embed(self.matcher, doc, tok, inner, kind, actors, suppressed)
                if embedded is not None:
                    return embedded
            elif quiet:
                return None  # "declined to comment": no refusal of anything political
        if lemma in cues.VOTE_VERBS:
            vote = self._vote_event(doc, tok, actors, places, suppressed)
            if vote is not None:
                return vote
        pats = verbs.get(lemma)
        if not pats and lemma not in cues.NAMING_VERBS:
            # Most verbs are in no entry and name nothing: no frame to read.
            if lemma in cues.SPEECH_CONTENT_VERBS:
                return speech_event(self.matcher, doc, tok, actors)
            return None
        frame = build_frame(tok)
        pat = self.matcher.match(pats, frame) if pats else None
        neutral = False
        if (pat is None and lemma in cues.NAMING_VERBS and names_something(tok, frame)
                and not all(o.lower_ in cues.REFLEXIVES for o in frame.objects or [tok])):
            # "called the deal a sham", "deemed the agreement illegal": a verdict on the
            # object, coded by its words: praise ("called him an incomparable
            # mathematician"), accusation or criticism; criticism, flagged for the filter
            # to judge, when no word says which ("called it an interesting case").
            code = verdict_code(tok, frame)
            neutral = code is None
            if neutral and all(names_a_person(o) for o in frame.objects or [tok]):
                return None  # "called Haley a proven dealmaker": a person described
            pat = Pattern(id=f"frame:naming+{lemma}", pos="verb", lemma=lemma,
                          cameo=code or "111", confidence=0.5)
        if pat is None and lemma in cues.SPEECH_CONTENT_VERBS:
            return speech_event(self.matcher, doc, tok, actors)
        if pat is None:
            return None
        if verb_reports_no_act(doc, tok, pat, frame):
            return None  # a question asked, a forecast, a deal killed, a release from hospital
        if lemma == "warn" and pat.cameo == "130" and frame.objects and any(
                c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in tok.children):
            # "police warned people to stay inside": advice, not a threat (CAMEO 130 is a
            # coercive warning); an appeal to those warned
            pat = replace(pat, cameo="020", plover=None, mode=None)
        if lemma in cues.OBJECT_CONTROL_VERBS:
            # "invited X to visit": the visit is the invitation's content, not an event.
            inner = embedded_trigger(self.matcher, tok)
            if inner is not None:
                suppressed.add(inner[0].i)
        ev = self._make_event(doc, tok, frame, pat, actors, places)
        if ev is not None and neutral:
            ev.flags.append("neutral_verdict")
        return ev

    def _adjective_event(self, tok: Token, actors: ActorIndex) -> EventMention | None:
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
        target = [a for a in target if not same_actor(a, source)]
        return coded_event(
            tok.i, code, source=source, target=target,
            arg_heads=sorted({t.i for t in subjects} | {t.i for t in preps} | {head.i}),
            confidence=event_confidence(0.45, bool(target), source),
            pattern=f"frame:adjective+{lemma}",
            flags=[] if source or code[:2] == "17" else ["no_source"],
        )


    def _vote_event(
        self,
        doc: Doc,
        tok: Token,
        actors: ActorIndex,
        places: list[PlaceMention],
        suppressed: set[int],
    ) -> EventMention | None:
        """"The parliament voted to lift the ban": one event, triggered by the vote, whose
        code is the act voted for (or a policy change when that act is not coded)."""
        inner = embedded_trigger(self.matcher, tok)
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


    def _make_event(
        self,
        doc: Doc,
        tok: Token,
        frame: Frame,
        pat: Pattern,
        actors: ActorIndex,
        places: list[PlaceMention],
    ) -> EventMention | None:
        if names_no_act(pat, frame):
            return None
        if pat.mode == "visit" and not frame.passive:
            troops = troops_kind(frame.subjects)
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
                source = actors.resolve_all(document_authors(tok), exclude_pronoun_it=True)
        if not target and pat.cameo[:2] in ("02", "10"):
            # "demanded that the government provide ...": who is asked is the clause's subject
            target = actors.resolve_all(
                [g for c in tok.children if c.dep_ == "ccomp" and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                 for g in c.children if g.dep_ == "nsubj"], exclude_pronoun_it=True)
            target = [a for a in target if not same_actor(a, source)]
        if pat.lemma == "interview" and any("MED" in a.sectors for a in source):
            return None  # "when interviewed by the BBC": a media interview, no questioning
        if not pat.subject_object and not frame.passive:
            # "he faced 18 counts of fraud": the subject undergoes what the object names
            source, target = [], actors.resolve_all(undergoers(tok, frame),
                                                    exclude_pronoun_it=True)
        if (pat.lemma, pat.prep) in cues.UNDERGOER_SUBJECT_FRAMES and not frame.passive:
            # "X came under fire from Y": Y criticises X
            source, target = (actors.resolve_all(frame.targets_for(pat.target)),
                              actors.resolve_all(frame.subjects, exclude_pronoun_it=True))
            if pat.cameo == "111" and under_gunfire(frame, target):
                # "officers came under fire from inside the house": shots, not criticism
                pat = replace(pat, cameo="190", plover=None, mode=None)
        if pat.mode == "visit" and not target:
            target = places_as_countries(frame.targets_for(pat.target + ("prep:in",)), places)
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
            accident = pat.lemma in cues.VIOLENCE_VERBS and accident_in_sentence(tok)
            in_attack = (pat.lemma in cues.VIOLENCE_VERBS and attack_in_sentence(tok)
                         and not accident)
            if (pat.agentless or in_attack) and frame.passive and target and not frame.agents:
                agentless = True
            else:
                flags.append("no_source")
                if accident:
                    flags.append("hazard_context")  # "were killed when a bomber crashed"
                flags.extend(self._doer_flags(doc, tok, frame))
        target = [a for a in target if not same_actor(a, source)]
        if pat.lemma in cues.ALLEGING_VERBS and claims_of_self(tok):
            flags.append("self_claim")  # "she claimed she had received threats"
        if not target and (pat.mode == "visit" or pat.cameo[:2] == "07"):
            flags.append("no_counterpart")  # a visit or aid without a counterpart
        if pat.mode == "visit" and domestic(source, target):
            flags.append("domestic_visit")  # a leader travelling in their own country
        if (pat.cameo[:2] in ("02", "10") and not target and not frame.objects
                and not frame.preps and not frame.has_clause):
            flags.append("empty_appeal")  # neither addressee nor content ("pressing forward")
        patient = None if target else patient_span(
            doc, frame.subjects if frame.passive else
            [g for grp in frame.target_candidates(pat.target)[:1] for g in grp],
            self.lexicon.nouns, source)
        end = tok.i + 1
        for child in tok.children:
            if child.dep_ == "prt" and child.i == end:
                end += 1
        return coded_event(
            tok.i, pat.cameo, end=end, entry=pat, source=source, target=target,
            arg_heads=sorted({t.i for t in frame.subjects + frame.objects + frame.agents}
                             | {t.i for t in frame.prep_objects}),
            confidence=event_confidence(pat.confidence, bool(target), source)
            + (0.08 if agentless else 0.0),
            pattern=pat.id, flags=flags, patient=patient,
        )

    def _doer_flags(self, doc: Doc, tok: Token, frame: Frame) -> list[str]:
        """What the words naming the doer of a sourceless event say: a thing ("the storm
        destroyed homes": named, and no actor), a hazard (a storm, a fire, a virus)."""
        flags: list[str] = []
        if not frame.passive and any(
                s.pos_ in ("NOUN", "PROPN") and s.lemma_.lower() not in self.lexicon.nouns
                and s.lemma_.lower() not in cues.ATTACK_NOUNS
                and s.lemma_.lower() not in cues.WEAPON_NOUNS
                and not actor_within(doc, s) and not names_people(s)
                for s in frame.subjects):
            flags.append("thing_subject")
        doers = frame.agents if frame.passive else frame.subjects
        if any((s.lemma_.lower() in cues.HAZARD_NOUNS or names_disease(s) or names_storm(s)
                or tok.dep_ == "relcl" and hazard_above(s))
               and not actor_modifies(doc, s, tok) for s in doers):
            flags.append("hazard_subject")
        return flags

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
                and head.lower_ not in cues.TEMPORAL_PREPS and not own_event(tok, head)):
            return None  # "killed X in an airstrike", "called for Y's resignation"
        if served(tok):
            return None  # "is serving a life sentence": a state, not an act
        if charge_named(tok):
            return None  # "pleaded guilty to attempted murder": the charge, not an act
        if ((head.lemma_.lower(), tok.lemma_.lower()) in cues.IDIOMS or (
                head.head.lemma_.lower(), head.lemma_.lower(), tok.lemma_.lower()) in cues.IDIOMS):
            return None  # "Buttigieg followed suit"
        frame = build_frame(tok)
        pat = self.matcher.match(pats, frame)
        if pat is None:
            return None
        light = _light_verb(tok)
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
        # "a London rally", "the Paris talks", "the Madrid bombings": a capital city before
        # a gathering or an attack says where ("Washington sanctions" are Washington's)
        comp_actors = [a for a in actors.resolve_all(comp, strict=True)
                       if not (seat_city(a, doc) and pat.cameo[:2] in _HELD_AT_ROOTS)]
        if not source and comp_actors:
            source = comp_actors[:1]
            comp_actors = comp_actors[1:]
        if not source:
            source = _named_doers(tok, frame, pat, actors)
        if light is not None and (not source or mods and all(m.pos_ == "PRON" for m in mods)):
            # "the fundamentalists continued their hunger strike": the light verb's subject
            # is the one "their" stands for
            source = actors.resolve_all(build_frame(light).subjects,
                                        exclude_pronoun_it=True) or source
        target = patient or actors.first_resolved(frame.target_candidates(pat.target))
        undergone_by = None
        if (tok.dep_ == "dobj" and head.pos_ in ("VERB", "AUX")
                and head.lemma_.lower() in cues.UNDERGOING_VERBS):
            # "Iran received aid from Russia", "the minister faced criticism from X", "the
            # president survived an assassination attempt": the subject undergoes the act,
            # and the verb says how it stands ("would have faced impeachment")
            undergone_by = head
            undergone = build_frame(head)
            source = source or actors.resolve_all(undergone.prep_children("from"))
            target = target or actors.resolve_all(undergoers(head, undergone))
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
        if pat.reciprocal and not source and len(target) > 1:
            source, target = target[:1], target[1:]  # "the talks between Iran and the US"
        if not target and pat.mode == "visit":
            target = places_as_countries(frame.targets_for(pat.target), places)
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
        target = [a for a in target if not same_actor(a, source)]
        if (not target and light is None and not pat.reciprocal and not occurring
                and pat.cameo[:2] not in ("12", "14")):
            # A bare event noun without a counterpart is usually a mention of an event
            # already coded elsewhere ("Kim's visit").
            flags.append("bare_noun")
        if not target and light is None and pat.reciprocal:
            flags.append("no_counterpart")
        if tok.dep_ in ("compound", "amod", "nmod") and head.lemma_.lower() in cues.CAPABILITY_NOUNS:
            flags.append("capability")  # "wields veto power", "arrest powers": a power, not an act
        arg = {t.i for t in frame.prep_objects} | {tok.i}
        if light is not None:
            arg.add(light.i)
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in ("NOUN", "PROPN"):
            arg.add(head.head.i)  # "the Feb. 28 collapse of his summit": the date is on "collapse"
        undergoer = None if target else patient_span(
            doc, [g for grp in frame.target_candidates(pat.target + ("prep:of",))[:1]
                  for g in grp], self.lexicon.nouns, source)
        governor = light if light is not None else undergone_by
        return coded_event(
            tok.i, pat.cameo, head=governor.i if governor is not None else tok.i, entry=pat,
            source=source, target=target, arg_heads=sorted(arg),
            confidence=event_confidence(pat.confidence - 0.05, bool(target), source),
            pattern=pat.id, flags=flags, patient=undergoer,
        )


def _light_verb(tok: Token) -> Token | None:
    """The verb an event noun is the substance of: "held *talks*", "engage in *talks*",
    "launched a *mediation* effort" (not "announced *the* talks", nor "opened an inquiry
    into the *shooting*")."""
    head = tok.head
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                   for c in tok.children)
    if tok.dep_ in ("dobj", "attr") and head.lemma_.lower() in cues.LIGHT_VERBS and not (
            definite and head.lemma_.lower() in cues.ANNOUNCING_VERBS):
        return head
    if (tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in cues.TEMPORAL_PREPS
            and head.head.lemma_.lower() in cues.LIGHT_VERBS
            and not any(c.dep_ == "dobj" for c in head.head.children)):
        return head.head
    if (tok.dep_ == "compound" and head.lemma_.lower() in cues.EVENT_FRAME_NOUNS
            and head.dep_ in ("dobj", "attr") and head.head.lemma_.lower() in cues.LIGHT_VERBS):
        return head.head
    return None


def _named_doers(tok: Token, frame: Frame, pat: Pattern, actors: ActorIndex
                 ) -> list[ActorMention]:
    """Who does what an event noun names when no possessor or modifier says: a "by"
    phrase ("the attack by ISIS"), a participle's agent ("the demonstration staged by
    students"), "of" for entries that read it so ("the invitation of Putin"), the
    passive light verb's agent ("tributes were paid by world leaders") or where the act
    came from ("support came from Senator Klobuchar")."""
    source = actors.resolve_all(frame.prep_children("by"))
    if not source:
        source = actors.resolve_all([g for c in tok.children if c.dep_ == "acl"
                                     and c.tag_ == "VBN" for a in c.children
                                     if a.dep_ == "agent" for g in a.children
                                     if g.dep_ == "pobj"])
    if not source and pat.of_source:
        source = actors.resolve_all(frame.prep_children("of"))
    head = tok.head
    if not source and tok.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        hlemma = head.lemma_.lower()
        if tok.dep_ == "nsubjpass" and hlemma in cues.LIGHT_VERBS:
            source = actors.resolve_all(build_frame(head).agents)
        elif hlemma in cues.COMING_VERBS:
            source = actors.resolve_all(build_frame(head).prep_children("from"))
    return source


# Event roots whose noun a place name modifies as where it was held: meetings (04),
# protests (14), attacks (18, 19).
_HELD_AT_ROOTS = frozenset(["04", "14", "18", "19"])
# Event nouns coded without a named source when their target is known
# ("the attack on the embassy", "the arrest of two journalists").
_AGENTLESS_NOUN_ROOTS = frozenset(["09", "11", "15", "17", "18", "19", "20"])


# Entities whose words name something, not an act: a noun inside a name of several
# words is no trigger.
_NAME_ENTITIES = frozenset(["ORG", "PERSON", "WORK_OF_ART", "LAW", "FAC", "PRODUCT"])


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
