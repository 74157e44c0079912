"""Who takes part in an event: the clause's doers, the words naming an uncoded doer or
undergoer, places standing for the country visited, and the confidence their filling
gives an event."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..knowledge import cues
from ..knowledge.actors import load_kb
from ..knowledge.cameo import code_info
from ..knowledge.lexicon import Pattern
from ..mentions import ActorMention, EventMention, PlaceMention
from .actor_state import gathering
from .frames import Frame

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")


# Reflexives are not among them: "surrendered himself", "had himself been": the one
# they name is named already.
_PATIENT_PRONOUNS = frozenset("him her them us me you anyone everyone someone anybody "
                              "everybody somebody".split())


_PATIENT_ENTITIES = frozenset(["PERSON", "NORP", "ORG", "GPE", "FAC", "LOC"])


_PATIENT_MODIFIERS = frozenset(["compound", "amod", "nummod", "poss", "nmod", "quantmod",
                                "case"])


_AGENT_PRONOUNS = frozenset("i we they he she you".split())


def clause_subjects(tok: Token) -> list[Token]:
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


def agent_span(doc: Doc, ev: EventMention, event_nouns: dict[str, tuple[Pattern, ...]]
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
                and trig.head.lemma_.lower() not in cues.PREVENTING_VERBS
                and trig.head.lemma_.lower() not in cues.OPPOSING_VERBS):
            # "X held talks", but not "X drew criticism" or "police prevented the protest"
            cands = clause_subjects(trig.head)
    else:
        cands = clause_subjects(doc[ev.head])
    targets = [(a.start, a.end) for a in ev.target] + ([ev.patient] if ev.patient else [])
    for t in cands:
        if any(s <= t.i < e for s, e in targets):
            continue
        if t.pos_ == "PRON":
            if t.lower_ in _AGENT_PRONOUNS:
                return t.i, t.i + 1
            continue
        span = patient_span(doc, [t], event_nouns, [])
        if span is not None:
            return span
    return None


def patient_span(doc: Doc, tokens: list[Token], event_nouns: dict[str, tuple[Pattern, ...]],
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
        if low in cues.TEXT_NAME_HEADS or gathering(t) or (
                t.pos_ == "PROPN" and cues.road_word(low)):
            continue  # "passed the ... Reform Bill", "a shooting at a graduation party",
            # "a shooting on Dean Woods Road"
        if not (t.ent_type_ in _PATIENT_ENTITIES
                or (t.pos_ == "PRON" and t.lower_ in _PATIENT_PRONOUNS)
                or (t.pos_ == "NOUN" and (low in cues.PATIENT_NOUNS
                                          or singular(t.lower_) in cues.PATIENT_NOUNS))):
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


def singular(word: str) -> str:
    """"tributes" -> "tribute", "clashes" -> "clash": enough for event nouns."""
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def document_authors(tok: Token) -> list[Token]:
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


def names_people(tok: Token) -> bool:
    """Does the phrase name people or a group no actor resolves ("thousands of people",
    "hundreds of protesters", "workers")? Such a doer is not a thing."""
    for _ in range(3):
        low = tok.lemma_.lower()
        if low in cues.PATIENT_NOUNS or singular(tok.lower_) in cues.PATIENT_NOUNS:
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


def first_person(doc: Doc, actor: ActorMention) -> bool:
    """Is the actor the speaker's "I", "we" or "us" (not "US", the country)?"""
    if "".join(ch for ch in actor.text.lower() if ch.isalpha()) in ("i", "we"):
        return True  # also "[W]e", split by the tokenizer
    return any(t.pos_ == "PRON" and t.lower_ == "us" for t in doc[actor.start:actor.end])


def private_party(doc: Doc, ev: EventMention, private_turn: bool = False) -> bool:
    """Does the event involve someone no actor stands for and who is no public actor: a
    bare "me" it is done to ("they asked me to prove it", "my family rejected me"), the
    private person of an interview telling of their life, or a "you" who does it ("you
    sign a contract", "what do you propose?"), the generic or the interviewer's "you"?
    In the turn of a transcript whose speaker no actor stands for (``private_turn``),
    that speaker's "I" and "we" are private too. Elsewhere governments and organisations
    speak as "we" and "us", which stay (GUIDELINES 2)."""
    if any(a.code is None and a.text.lower() == "me" for a in ev.target):
        return True
    if any(a.code is None and a.text.lower() == "you" for a in ev.source):
        return True
    if private_turn and (any(a.code is None and first_person(doc, a) for a in ev.source)
                         or not ev.source and (_bare_pronoun(doc, ev.agent, "i")
                                               or _bare_pronoun(doc, ev.agent, "we"))):
        return True
    return (_bare_pronoun(doc, ev.patient, "me") or not ev.source
            and _bare_pronoun(doc, ev.agent, "you"))


def _bare_pronoun(doc: Doc, span: tuple[int, int] | None, word: str) -> bool:
    return span is not None and span[1] - span[0] == 1 and doc[span[0]].lower_ == word


def same_actor(a: ActorMention, others: list[ActorMention]) -> bool:
    return any(a is o or (a.start == o.start and a.end == o.end and a.name == o.name) or
               (a.name == o.name and a.country == o.country and a.kind == "person")
               for o in others)


def domestic(source: list[ActorMention], target: list[ActorMention]) -> bool:
    """Every target is a place in the source's own country ("Putin flew to Magnitogorsk")."""
    countries = {a.country for a in source if a.country}
    return bool(countries) and all(
        (t.evidence or "").startswith("place:") and t.country in countries for t in target)


def under_gunfire(frame: Frame, subjects: list[ActorMention]) -> bool:
    """"Came under fire/attack" said of soldiers, police or their posts is shooting: the
    subject is a security force by its words or its code."""
    words = {t.lemma_.lower() for s in frame.subjects for t in s.subtree}
    return bool(words & cues.SECURITY_PATIENT_WORDS) or any(
        set(a.sectors) & {"MIL", "COP"} for a in subjects)


def undergoers(verb: Token, frame: Frame) -> list[Token]:
    """Who undergoes what "face", "receive", "suffer" take: their subject; for a purpose
    infinitive, the object of the verb it serves ("extradite *the gunman* to face charges")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.dep_ in (
            "advcl", "xcomp") and (objs := [c for c in verb.head.children if c.dep_ == "dobj"]):
        return objs
    return frame.subjects


def coded_event(
    trigger: int,
    code: str,
    *,
    source: list[ActorMention],
    target: list[ActorMention],
    arg_heads: list[int],
    confidence: float,
    pattern: str,
    flags: list[str],
    end: int | None = None,
    head: int | None = None,
    patient: tuple[int, int] | None = None,
    entry: Pattern | None = None,
    fallback_plover: str | None = None,
) -> EventMention | None:
    """The event coded ``code`` at token ``trigger``, its PLOVER type, quad class,
    Goldstein value, mode and context read from the CAMEO table (a lexicon ``entry``'s
    own PLOVER type, mode and context first); None for a code with no PLOVER type,
    unless a ``fallback_plover`` is given."""
    info = code_info(code)
    if info.plover is None and fallback_plover is None:
        return None
    return EventMention(
        trigger_start=trigger, trigger_end=trigger + 1 if end is None else end,
        head=trigger if head is None else head,
        plover=(entry.plover if entry else None) or info.plover or fallback_plover or "",
        cameo=code, quad_class=info.quad_class, goldstein=info.goldstein,
        mode=(entry.mode if entry else None) or info.mode,
        context=(entry.context if entry else None) or info.context,
        source=_distinct(source), target=_distinct(target), arg_heads=arg_heads,
        confidence=confidence, pattern=pattern, flags=flags, patient=patient,
    )


def _distinct(actors: list[ActorMention]) -> list[ActorMention]:
    """One mention per actor: "Trump and his entourage" names Trump once, by the name
    rather than the pronoun."""
    seen: dict[tuple[str, str | None], int] = {}
    out: list[ActorMention] = []
    for a in actors:
        key = ((a.name or a.text).lower(), a.code)
        if key not in seen:
            seen[key] = len(out)
            out.append(a)
        elif _is_pronoun(out[seen[key]]) and not _is_pronoun(a):
            out[seen[key]] = a
    return out


def _is_pronoun(a: ActorMention) -> bool:
    return a.end - a.start == 1 and a.text.lower() in _AGENT_PRONOUNS | _PATIENT_PRONOUNS


def event_confidence(prior: float, has_target: bool, source: list[ActorMention]) -> float:
    """Prior of the entry, raised by a resolved target and a source with a known country."""
    c = prior
    if has_target:
        c += 0.1
    if any(a.country for a in source):
        c += 0.08
    else:
        c -= 0.1
    return round(max(0.0, min(0.97, c)), 4)  # rounded: 0.55 - 0.1 is 0.45, not 0.4499...


def places_as_countries(heads: list[Token], places: list[PlaceMention]) -> list[ActorMention]:
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
    """The knowledge base's name of a country ("Russia", not "Russian Federation")."""
    return load_kb(()).country_name(alpha3) or alpha3
