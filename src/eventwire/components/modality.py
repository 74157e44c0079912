"""Stage ``eventwire_modality_v1``: how certain each event is, and who says so.

Modality is read off the path from the trigger up through the clauses that
embed it, stopping at the verb that reports it: negation on the trigger or on
the verb that governs it ("did not meet", "failed to", "denied"), a conditional
clause ("if"), modal verbs ("may", "could"), expectation ("is expected to",
"probably"), plans and the future ("will", "is scheduled to", "arrangements for
X to visit", "planned visit", "to be held"). Historical statements stay
``asserted``; their date comes from the time stage.

Attribution is the reporting verb's speaker ("Lankov said", "a Russian
government official has said", "it was learned from official sources"), or an
"according to" phrase, classified as named, anonymous, organization or document.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..extensions import tokens_of
from ..knowledge import cues
from ..knowledge.cameo import code_info
from ..knowledge.embedding import embedded_code
from ..mentions import ActorMention, Attribution, EventMention
from .event_uses import transcript_turns
from .frames import ActorIndex, subjects_of

# How far up the parse a cue may sit and still govern the event.
_MAX_CLIMB = 6
_CLIMB_DEPS = frozenset(["xcomp", "ccomp", "conj", "advcl", "pcomp", "prep", "pobj", "acl",
                         "dobj", "attr", "nsubjpass", "nsubj", "relcl", "parataxis", "acomp"])
_PRIORITY = ("negated", "hypothetical", "possible", "expected", "planned")


class _Cues(dict[str, str]):
    """Modalities found, each with the words that signalled it first (the evidence)."""

    def add(self, modality: str, cue: str) -> None:
        self.setdefault(modality, cue)

    def merge(self, other: dict[str, str]) -> None:
        for k, v in other.items():
            self.setdefault(k, v)


def _aux_cues(v: Token, found: _Cues, under_report: bool) -> None:
    for c in v.children:
        low = c.lower_
        if c.dep_ == "neg" or (c.dep_ == "advmod" and low in ("never",)):
            found.add("negated", c.text)
        elif c.dep_ in ("aux", "auxpass"):
            if low in cues.MODAL_FUTURE or c.lemma_.lower() in ("will", "shall"):
                found.add("planned", c.text)
            elif low in cues.MODAL_POSSIBLE:
                found.add("possible", c.text)
            elif low in ("would", "'d") and v.tag_ == "VBN" and any(
                    g.dep_ == "aux" and g.lower_ == "have" for g in v.children):
                found.add("hypothetical", c.text)  # "would have faced": it did not happen
            elif low in ("would", "'d"):
                found.add("planned" if under_report else "possible", c.text)
            elif low == "going":  # "is going to visit"
                found.add("planned", c.text)
        elif c.dep_ == "advmod" and low in cues.EXPECT_ADVERBS:
            found.add("expected", c.text)
        elif c.dep_ == "advmod" and low in ("possibly", "perhaps", "maybe"):
            found.add("possible", c.text)
        elif c.dep_ == "mark" and low in cues.CONDITIONAL_MARKS and v.dep_ == "advcl":
            found.add("hypothetical", c.text)


def _is_reporting(t: Token, via: str = "") -> bool:
    """A verb of saying; a verb of speaking also when a clause hangs from it as its
    content ("spoke to the press: 'I urge ...'")."""
    if t.pos_ not in ("VERB", "AUX"):
        return False
    lemma = t.lemma_.lower()
    return lemma in cues.REPORTING_VERBS or (
        via in ("ccomp", "parataxis") and lemma in ("speak", "talk", "address"))


# Adjunct prepositions whose clause has its own time and polarity ("after failing to").
_ADJUNCT_PREPS = frozenset(["after", "since", "following", "despite", "amid", "before"])
# Verbs that carry out the event noun they take ("executed a planned shutdown").
_CARRYING_OUT_VERBS = frozenset("execute implement conduct complete carry stage hold launch "
                                "begin start".split())
# Verbs whose object event did not happen ("prevented the demonstration", "foiled a plot").
_THWARTING_VERBS = frozenset("prevent thwart foil avert forestall".split())
# Verbs that say how an event noun, their subject, stands ("the summit is scheduled").
_STANDING_VERBS = cues.OCCURRENCE_VERBS | cues.PLAN_VERBS
_SUBORDINATE = frozenset("while since after before when whenever because as although though "
                         "once whereas".split())


def _climb(start: Token) -> tuple[list[tuple[Token, str]], Token | None, set[str]]:
    """Walk from the event's head up to its reporting verb.

    Returns ``(token, via)`` pairs (``via``: the dependency by which the walk
    arrived at the token; "" for the start), the reporting verb (or None), and
    cues met on the way that end the walk (a conditional clause).
    """
    path: list[tuple[Token, str]] = [(start, "")]
    stop: set[str] = set()
    t = start
    for _ in range(_MAX_CLIMB):
        if t.head is t or t.dep_ not in _CLIMB_DEPS or t.dep_ == "relcl":
            break
        if t.dep_ == "advcl":
            marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
            if marks & cues.CONDITIONAL_MARKS:
                stop.add("hypothetical")
                break
            if "until" in marks and t.tag_ in ("VBZ", "VBP"):
                stop.add("hypothetical")  # "until Pyongyang agrees": not yet
                break
            if marks & _TIME_MARKS and t.tag_ in ("VBZ", "VBP") and _future(t.head):
                stop.add("planned")  # "will act after the government *takes* Aleppo"
                break
            if marks & _SUBORDINATE or "until" in marks:
                break  # a finite subordinate clause has its own tense and polarity
        if t.dep_ == "prep" and t.lower_ in _ADJUNCT_PREPS:
            break  # "after failing to ...": an adjunct with its own time and polarity
        via = t.dep_
        nxt = t.head
        if _is_reporting(nxt, via):
            return path, nxt, stop
        path.append((nxt, via))
        t = nxt
    return path, None, stop


# Subordinators of time: a present tense under them takes the main clause's future.
_TIME_MARKS = frozenset(["after", "once", "when", "before", "as"])


def _future(v: Token) -> bool:
    """Does the verb speak of the future ("will work out", "would act", "is going to")?"""
    return any(c.dep_ == "aux" and (c.lower_ in ("will", "would", "shall", "'ll", "'d")
                                    or c.lemma_.lower() in ("will", "shall"))
               for c in v.children)


def modality_of(doc: Doc, ev: EventMention) -> tuple[str, Token | None, str | None]:
    """The event's modality, the reporting verb above it (if any), and the cue words."""
    trig = doc[ev.trigger_start]
    head = doc[ev.head]
    found = _Cues()
    # Event nouns: "planned visit", "upcoming talks", "possible summit", "to be held".
    for t in {trig, head}:
        if t.pos_ in ("NOUN", "PROPN"):
            # "executed a planned shutdown", "held the planned summit": the plan was carried out
            done = t.dep_ == "dobj" and t.head.lemma_.lower() in _CARRYING_OUT_VERBS and not any(
                c.dep_ in ("aux", "neg") for c in t.head.children)
            for c in t.children:
                low = c.lower_
                if c.dep_ == "det" and low == "no" and t.i == trig.i:
                    found.add("negated", c.text)  # "has no felony convictions"
                if c.dep_ in ("amod", "compound") and low in cues.PLANNED_MODIFIERS and not done:
                    found.add({"expected": "expected", "possible": "possible",
                               "potential": "possible"}.get(low, "planned"), c.text)
                if (c.dep_ in ("acl", "relcl") and any(g.lower_ == "to" for g in c.children)
                        and (ev.cameo or "")[:2] not in ("02", "10")):
                    # "talks to be held"; but "an appeal to Y to release": what is asked
                    found.add("planned", f"to {c.text}")
    if trig.pos_ in ("NOUN", "PROPN"):
        # the verb whose object the event noun is: a light verb, or any other verb
        gov = head if head.i != trig.i else trig.head if trig.dep_ == "dobj" else None
        if gov is not None and gov.lemma_.lower() in (
                "plan", "prepare", "propose", "schedule", "seek", "plot"):
            found.add("planned", gov.text)  # "planned an offensive", "proposed talks"
        elif gov is not None and gov.lemma_.lower() in cues.CONSIDER_VERBS and trig.dep_ == "dobj":
            found.add("possible", gov.text)  # "is considering sanctions"
    path, reporter, stop = _climb(head)
    for m in sorted(stop):
        found.add(m, "if/until clause")
    under_report = reporter is not None
    chain = True  # still on the trigger's own verb group (itself, conj, xcomp governors)
    for k, (t, via) in enumerate(path):
        # "the talks could resume", "the summit is scheduled for June", "the meeting did
        # not take place": the verb an event noun is the subject of says how it stands
        occurs = (k == 1 and via in ("nsubj", "nsubjpass") and trig.pos_ in ("NOUN", "PROPN")
                  and t.lemma_.lower() in _STANDING_VERBS)
        if k > 0 and via not in ("xcomp", "conj") and not occurs:
            chain = False
        if k > 0 and via == "conj" and (path[k - 1][0].tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ in ("aux", "auxpass") for c in path[k - 1][0].children)):
            # "X would mark ... and Y met ...", "was not reached ... but was signed": a
            # finite conjunct has its own tense and polarity
            continue
        if t.pos_ in ("VERB", "AUX"):
            lemma = t.lemma_.lower()
            local = _Cues()
            _aux_cues(t, local, under_report)
            if not chain:  # a governing clause lends its future, not its polarity or doubt
                for m in ("negated", "possible", "hypothetical"):
                    local.pop(m, None)
            found.merge(local)
            if occurs and lemma in cues.PLAN_VERBS and lemma != "expect" and not any(
                    c.dep_ == "agent" for c in t.children):  # "was planned by X": authored
                found.add("possible" if lemma in cues.CONSIDER_VERBS else "planned", t.text)
            if k == 1 and via == "dobj" and lemma in _THWARTING_VERBS and not chain:
                found.add("negated", t.text)  # "police prevented the demonstration"
            if k > 1 and via == "prep" and path[k - 1][1] == "pcomp":
                prep = path[k - 1][0].lower_
                if prep == "from" and lemma in cues.PREVENTING_VERBS:
                    found.add("negated", t.text)  # "barred him from entering": he did not
                elif prep == "against" and lemma in cues.WARNING_VERBS:
                    found.add("hypothetical", t.text)  # "warned Tokyo against deploying"
            if k > 0 and via in ("xcomp", "advcl", "ccomp"):
                if lemma in cues.FAIL_VERBS and via == "xcomp" and chain:
                    found.add("negated", t.text)
                elif lemma in cues.DENY_VERBS and chain:
                    found.add("negated", t.text)  # "denied shelling civilian areas"
                elif lemma in cues.EXPECT_VERBS and any(c.dep_ == "auxpass" for c in t.children):
                    found.add("expected", t.text)  # "is expected to"
                elif lemma in cues.CONSIDER_VERBS:
                    found.add("possible", t.text)  # "weighed imposing a curfew"
                elif lemma in cues.PLAN_VERBS:
                    found.add("planned", t.text)
            for c in t.children:
                if k > 0 and c.dep_ in ("nsubj", "nsubjpass", "dobj") and \
                        c.lemma_.lower() in cues.PLAN_NOUNS:
                    # "arrangements are being made for X to visit"; but the act's own object
                    # is what it acts on: "rejected the plan" happened
                    found.add("planned", c.text)
                if lemma == "be" and k > 0 and c.dep_ == "acomp" and c.i != trig.i:
                    if c.lower_ in ("likely", "unlikely"):
                        found.add("expected", c.text)
                    elif c.lower_ in cues.PLANNED_ADJECTIVES:
                        found.add("planned", c.text)
                    elif c.lower_ in cues.UNWILLING_ADJECTIVES and chain:
                        found.add("negated", c.text)
        elif t.pos_ == "ADJ" and k > 0:
            if t.lower_ in ("likely",):
                found.add("expected", t.text)
            elif t.lower_ in cues.PLANNED_ADJECTIVES:
                found.add("planned", t.text)
            elif t.lower_ in cues.UNWILLING_ADJECTIVES and chain:
                found.add("negated", t.text)
        elif t.pos_ in ("NOUN", "PROPN") and k > 0:
            lemma = t.lemma_.lower()
            if any(c.dep_ == "det" and c.lower_ == "no" for c in t.children) and via in (
                    "acl", "relcl", "prep", "pobj"):
                found.add("negated", f"no {t.text}")  # "has no intention to invest"
            if lemma in cues.PLAN_NOUNS:
                found.add("planned", t.text)
            elif lemma in ("possibility", "speculation", "prospect", "chance", "rumor",
                           "rumour"):
                found.add("possible", t.text)
        # Coordinated non-finite verbs share the first conjunct's auxiliaries
        # ("will be traveling ... and hold"); a finite one has its own tense.
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.tag_ in ("VB", "VBG", "VBN") \
                and not any(c.dep_ in ("aux", "auxpass") for c in t.children):
            local = _Cues()
            _aux_cues(t.head, local, under_report)
            found.merge(local)
    if reporter is not None and reporter.lemma_.lower() in cues.DENY_VERBS:
        found.add("negated", reporter.text)
    for m in _PRIORITY:
        if m in found:
            return m, reporter, found[m]
    if ev.plover == "AGREE":
        return "planned", reporter, doc[ev.head].text  # a commitment: the action lies ahead
    return "asserted", reporter, None


# ---------------------------------------------------------------------- attribution

def _phrase(tok: Token, limit: int = 14) -> tuple[int, int]:
    """Token span of the noun phrase headed by ``tok`` without clauses hanging off it."""
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("relcl", "acl", "punct", "cc", "conj", "appos", "advcl"):
            break
        right = c.right_edge.i
    if right - left + 1 > limit:
        right = min(right, left + limit - 1)
    return left, right + 1


def _kind(tok: Token, actor: ActorMention | None) -> str:
    lemma = tok.lemma_.lower()
    if lemma in cues.DOCUMENT_NOUNS:
        return "document"
    if actor is not None and actor.kind == "person" and tok.pos_ == "PROPN":
        return "named"
    if tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON":
        return "named"
    if lemma in cues.ANONYMOUS_HEADS or tok.lower_ in cues.ANONYMOUS_HEADS:
        return "anonymous"
    if lemma in cues.ORGANIZATION_HEADS:
        return "organization"
    if actor is not None and actor.kind in ("organization", "country", "igo"):
        return "organization"
    if tok.pos_ == "PROPN":
        return "named" if tok.ent_type_ in ("PERSON", "") else "organization"
    if tok.pos_ == "PRON":
        return "named" if actor is not None and actor.kind == "person" else "anonymous"
    return "anonymous"


def _speaker_tokens(reporter: Token) -> list[Token]:
    subj = [t for t in subjects_of(reporter) if t.lower_ not in ("it", "there")]
    if subj:
        return subj[:1]
    for c in reporter.children:
        if c.dep_ == "agent":
            return [g for g in c.children if g.dep_ == "pobj"][:1]
        if c.dep_ == "prep" and c.lower_ == "from":
            return [g for g in c.children if g.dep_ == "pobj"][:1]
    return []


def _according_to(path: list[Token]) -> Token | None:
    for t in path:
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "according":
                for to in c.children:
                    if to.lower_ == "to":
                        for g in to.children:
                            if g.dep_ == "pobj":
                                return g
    return None


def attribution_of(
    doc: Doc, ev: EventMention, reporter: Token | None, actors: ActorIndex
) -> Attribution:
    path, _, _ = _climb(doc[ev.head])
    tokens = [t for t, _ in path] + ([reporter] if reporter is not None else [])
    src = _according_to(tokens)
    if src is None and reporter is not None:
        speakers = _speaker_tokens(reporter)
        src = speakers[0] if speakers else None
    if src is None:
        return Attribution(kind="none")
    return _attribution(doc, src, actors)


def _attribution(doc: Doc, src: Token, actors: ActorIndex) -> Attribution:
    found = actors.resolve(src)
    actor = found[0] if found else None
    start, end = _phrase(src)
    while start < src.i and doc[start].text == "(":
        start += 1  # a transcript's speaker label: "((Bernie Sanders))"
    while end > src.i + 1 and doc[end - 1].text == ")":
        end -= 1
    text = doc[start:end].text
    if src.pos_ == "PRON" and actor is not None:
        text = f"{src.text} ({actor.name})"
    return Attribution(kind=_kind(src, actor), text=text, start=start, end=end, actor=actor)


_OPENING = frozenset(["\u201c", "``"])
_CLOSING = frozenset(["\u201d", "''"])
_QUOTE_VERBS = cues.REPORTING_VERBS | frozenset(["speak", "tweet", "write", "post", "read"])
_NEAR = 6  # tokens between a quotation mark and the verb that introduces the quote


def _quote_regions(doc: Doc) -> list[tuple[int, int]]:
    """(first, last) token of each quotation, across sentences: a straight quote mark
    alternates between opening and closing, curly and TeX-style marks say which."""
    regions: list[tuple[int, int]] = []
    start: int | None = None
    for tok in tokens_of(doc):
        text = tok.text
        if start is None and (text == '"' or text in _OPENING):
            start = tok.i
        elif start is not None and (text == '"' or text in _CLOSING):
            regions.append((start, tok.i))
            start = None
    return regions


def _introducer(doc: Doc, first: int, last: int) -> Token | None:
    """The verb of saying just outside a quotation ('"...," wrote Trump', 'Bolton,
    speaking via Twitter: "..."')."""
    toks = tokens_of(doc)

    def saying(t: Token) -> bool:  # not an aside ("as reported by the Daily News")
        return t.lemma_.lower() in _QUOTE_VERBS and t.pos_ in ("VERB", "AUX") and not any(
            c.dep_ == "mark" and c.lower_ == "as" for c in t.children)

    after = [t for t in toks[last + 1:last + 1 + _NEAR] if saying(t)]
    # before the quotation: in its sentence, or the one before when a colon introduces it
    colon = first > 0 and toks[first - 1].text == ":"
    opening = toks[first].sent.start
    before = [t for t in reversed(toks[max(0, first - 2 * _NEAR):first])
              if saying(t) and (colon or t.sent.start == opening)]
    for verb in after[:1] + before[:1]:
        if _speaker_tokens(verb):
            return verb
    return None


def quote_speakers(doc: Doc) -> dict[int, Token]:
    """Token index -> the speaker of the quotation the token is in. Read for events whose
    own sentence names no speaker: the later sentences of a quotation that runs over
    several ('"I asked John for his resignation ... I thank John very much for his
    service."'), a quotation set off as a sentence of its own ('Bolton, speaking via
    Twitter: "I offered to resign ..."'). Interrupted quotations ('"A," said X, "B."')
    take the speaker of their part."""
    out: dict[int, Token] = {}
    regions = _quote_regions(doc)
    speaker: Token | None = None
    for k, (first, last) in enumerate(regions):
        verb = _introducer(doc, first, last)
        if verb is not None:
            speaker = _speaker_tokens(verb)[0]
        elif k == 0 or regions[k - 1][1] < first - 2 * _NEAR:
            speaker = None  # a new quotation, far from the last: not the same voice
        if speaker is None:
            continue
        for i in range(first + 1, last):
            out[i] = speaker
    return out


class ModalityTagger:
    """Sets ``modality`` and ``attribution`` on every event candidate.

    The candidates (``doc._.event_candidates``) include the events of
    ``doc._.events``; the learned filter that runs next reads their modality.
    """

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.event_candidates or doc._.events or []
        if not events:
            return doc
        actors = ActorIndex(doc)
        speakers: dict[int, Token] | None = None
        turns: dict[int, Token | None] | None = None
        for ev in events:
            ev.modality, reporter, ev.modality_cue = modality_of(doc, ev)
            ev.attribution = attribution_of(doc, ev, reporter, actors)
            if ev.attribution.kind == "none":
                if speakers is None:
                    speakers = quote_speakers(doc)
                    turns = transcript_turns(list(doc.sents), tokens_of(doc))
                speaker = speakers.get(ev.trigger_start)
                if speaker is None and turns:
                    # an answer in an interview transcript: its speaker label says who
                    speaker = turns.get(doc[ev.trigger_start].sent.start)
                if speaker is not None:  # a sentence of a quote its speaker opened earlier
                    ev.attribution = _attribution(doc, speaker, actors)
            _speaker_as_source(doc, ev)
            _refusal(doc, ev)
            _conditional_threat(doc, ev)
        return doc


def _speaker_as_source(doc: Doc, ev: EventMention) -> None:
    """""I urge Lam to ...", Chan said": the first person of a quote is its speaker."""
    att = ev.attribution
    if att is None or att.actor is None:
        return
    if len(ev.source) == 1 and ev.source[0].code is None:
        span = doc[ev.source[0].start:ev.source[0].end]
    elif not ev.source and ev.agent is not None and ev.agent[1] - ev.agent[0] == 1:
        span = doc[ev.agent[0]:ev.agent[1]]  # "I" names no actor: the uncoded doer
    else:
        return
    word = span.text.lower()
    if word not in ("i", "we") or (word == "i" and att.actor.kind != "person"):
        return
    ev.source = [att.actor.spoken_as(span, "speaker of the quote")]
    ev.agent = None
    ev.flags = [f for f in ev.flags if f != "no_source"]


def _refusal(doc: Doc, ev: EventMention) -> None:
    """"will not accept", "did not ratify", "would not meet the demands": not accepting
    what was asked is itself an act, a refusal (12x by what was refused), that happened."""
    trig = doc[ev.trigger_start]
    if (ev.modality != "negated" or trig.pos_ != "VERB" or ev.cameo is None
            or not (trig.lemma_.lower() in cues.REFUSAL_WHEN_NEGATED
                    or trig.lemma_.lower() == "meet" and ev.cameo.startswith("08"))
            or not any(c.dep_ == "neg" and c.lower_ in cues.NEGATORS for c in trig.children)):
        return
    _recode(ev, embedded_code("refuse", ev.cameo), None)


def _recode(ev: EventMention, code: str | None, cue: str | None) -> None:
    """Code ``ev`` as the speech act about it (a refusal, a threat) that was made."""
    info = code_info(code) if code else None
    if code is None or info is None or info.plover is None:
        return
    ev.cameo, ev.plover, ev.quad_class, ev.goldstein = code, info.plover, info.quad_class, \
        info.goldstein
    ev.mode, ev.context = info.mode, info.context
    ev.modality = "asserted"
    if cue is not None:
        ev.modality_cue = cue


# Acts whose announcement under a condition is a threat (CAMEO 14-20: dissent,
# force posture, reduced relations, coercion, assault, fighting).
_CONFLICT_ROOTS = frozenset(["14", "15", "16", "17", "18", "19", "20"])
_THREAT_MARKS = frozenset(["if", "unless"])
# Acts of yielding whose announced withholding under a condition is a refusal.
_YIELD_ROOTS = frozenset(["08"])


def _conditional_threat(doc: Doc, ev: EventMention) -> None:
    """"will withdraw its force unless ...", "may halt mediation if ...", "if Turkey
    attacks, we will respond": a conflictual act announced on a condition is a threat
    (13x by the act threatened) that was made; the condition itself stays hypothetical.
    Yielding announced not to happen on a condition is a refusal ("will not end the
    strike unless ...", 12x)."""
    if ev.cameo is None:
        return
    head = doc[ev.head]
    refusal = (ev.modality == "negated" and ev.cameo[:2] in _YIELD_ROOTS and any(
        c.dep_ == "aux" and c.lower_ in ("will", "would", "wo") for c in head.children))
    if not refusal and (ev.cameo[:2] not in _CONFLICT_ROOTS
                        or ev.modality not in ("planned", "possible", "expected")):
        return
    mark = next((m for c in head.children if c.dep_ == "advcl"
                 for m in c.children if m.dep_ == "mark" and m.lower_ in _THREAT_MARKS), None)
    if mark is None:
        return
    # "will not end their strike unless their demands are met": a refusal (12x)
    _recode(ev, embedded_code("refuse" if refusal else "threaten", ev.cameo), mark.text)


@Language.factory(
    "eventwire_modality_v1",
    requires=["token.dep", "doc._.events", "doc._.actors"],
    assigns=["doc._.events"],
)
def make_modality(nlp: Language, name: str) -> ModalityTagger:
    return ModalityTagger()
