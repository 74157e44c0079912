"""Uses of an event word that report no act, and the sentence and phrase tests the event
rules share: questions, other scripts, hazards, accidents, served sentences, self-claims,
charges named, labels, talk on condition of anonymity, the verb uses that report no act
(``verb_reports_no_act``), and the turns of an interview transcript."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..knowledge import cues
from ..knowledge.lexicon import Pattern
from .frames import Frame


def names_no_act(pat: Pattern, frame: Frame) -> bool:
    """Uses of an event word that report no act of an actor: a courtesy ("Thank you for
    your time"), a projection ("the AP called the election for Biden"), an animal or a
    standing rule as the doer ("was killed by his lions", "the constitution prohibits",
    "guidelines call for 2%"), one person talking of something, where someone hails from,
    a reception ("was met with fury"), a backer named in a description ("SpaceX, backed
    by Musk"), an interviewer's talks, and scientists examining or investigating
    (research, not CAMEO 09)."""
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
    if pat.lemma == "meet" and frame.passive and "with" in frame.preps and not frame.agents:
        return True  # "the move was met with fury": a reception, not a meeting
    if (pat.cameo[:2] == "05" and frame.tok.dep_ == "acl" and frame.tok.tag_ == "VBN"
            and frame.tok.lemma_.lower() in cues.BACKING_VERBS and _names_a_party(frame.tok.head)):
        # "SpaceX, backed by Elon Musk": who backs whom, a state (GUIDELINES 2); "an
        # operation supported by Russia" stays, an act
        return True
    if pat.cameo[:2] in ("03", "04") and any(
            t.lower_ in cues.INTERVIEWER_WORDS or t.lemma_.lower() in cues.INTERVIEWER_WORDS
            for t in frame.subjects + frame.objects + frame.prep_objects):
        return True  # "Wikinews discussed with Kurtzer": an interview
    return pat.cameo[:2] == "09" and not frame.passive and any(
        s.lemma_.lower() in cues.RESEARCH_NOUNS for s in frame.subjects)


def _names_a_party(tok: Token) -> bool:
    """Does the noun name a person, a group or an organisation, not an act?"""
    return (tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
            or tok.lemma_.lower() in cues.PATIENT_NOUNS
            or any(a.head == tok.i for a in tok.doc._.actors or []))


def own_event(tok: Token, prep: Token) -> bool:
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


def charge_named(tok: Token) -> bool:
    """"pleaded guilty to attempted murder", "suspected of kidnapping", "allegations of
    torture": a crime named with no determiner under a word of charging or pleading is
    the charge. "guilty of the murder of a journalist" names the act itself."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or \
            tok.head.head.lemma_.lower() not in cues.CHARGE_HEADS:
        return False
    if tok.lemma_.lower() in cues.CHARGE_HEADS:
        return True  # "pleaded guilty to fourteen felony charges": no new charge
    return not any(c.dep_ in ("det", "poss", "nummod") for c in tok.children)  # "eight murders"


def anonymity(tok: Token) -> bool:
    """Does the verb take "on condition of anonymity" ("spoke on condition of anonymity",
    "shared the information on condition of anonymity")? It tells how a source spoke."""
    if any(c.dep_ == "dobj" and c.lemma_.lower() == "anonymity" for c in tok.children):
        return True  # "an official, who requested anonymity"
    for t in tok.sent:
        if t.lemma_.lower() == "anonymity" and t.head.lower_ == "of" and \
                t.head.head.lemma_.lower() == "condition" and t.head.head.head.lower_ == "on":
            on = t.head.head.head
            return on.head.i == tok.i or on.head.head.i == tok.i  # on the verb or its object
    return False


# Dependents a label before a colon has not: it is a bare word ("Warning:"), perhaps after
# a parenthesis ("(CBC) Warning:"), not a clause ("two presidents have been impeached:").
_LABEL_BREAKERS = frozenset(["nsubj", "nsubjpass", "aux", "auxpass", "dobj", "det", "poss",
                             "amod", "compound", "prep", "nummod", "advmod", "neg"])


def is_label(tok: Token, toks: list[Token]) -> bool:
    """Is the noun a bare label before a colon ("Warning:", "Update:")?"""
    return (tok.i + 1 < len(toks) and toks[tok.i + 1].text == ":"
            and not any(c.dep_ in _LABEL_BREAKERS or c.dep_ != "punct" and c.i > tok.i
                        for c in tok.children))


def names_a_person(tok: Token) -> bool:
    """Is the object a person: a personal pronoun or a person's name?"""
    return tok.lower_ in ("him", "her", "them", "me", "us", "you") or tok.ent_type_ == "PERSON"


def verb_reports_no_act(doc: Doc, tok: Token, pat: Pattern, frame: Frame) -> bool:
    """Uses of a coded verb that report no act: a question asked ('"What about ...?" the
    senator asked'), talk on condition of anonymity, fighting to keep something, a deal
    or a tradition killed, a forecast given as a warning, a release from hospital,
    blaming oneself."""
    lemma = tok.lemma_.lower()
    if lemma == "ask" and any(t.text == "?" for t in doc[max(0, tok.sent.start - 3):tok.sent.end]
                              ) and not any(c.dep_ in ("xcomp", "dobj", "dative")
                                            for c in tok.children):
        return True
    if anonymity(tok):
        return True
    if lemma in ("fight", "battle", "struggle") and any(
            c.dep_ in ("xcomp", "advcl") and any(g.dep_ == "aux" and g.lower_ == "to"
                                                 for g in c.children)
            for c in tok.children):
        return True  # "the relatives have fought to keep the boy": a struggle, no battle
    if lemma == "kill" and frame.objects and all(
            o.lemma_.lower() in cues.KILLED_PLANS for o in frame.objects):
        return True  # "killed the trade deal", "kill off the siesta": no one attacked
    if lemma == "warn" and pat.cameo == "130" and (any(
            t.lemma_.lower() in cues.WEATHER_WORDS for t in tok.sent) or any(
            c.dep_ == "ccomp" and any(g.dep_ == "expl" for g in c.children)
            for c in tok.children)):
        # "freezing drizzle is expected ..., Environment Canada warns", "warned that there
        # would be delays": a forecast, no threat
        return True
    if lemma == "release" and (tok.dep_ == "conj" and tok.head.lemma_.lower() == "treat" or any(
            c.dep_ == "conj" and c.lemma_.lower() == "treat" for c in tok.children)):
        return True  # "treated and released": from hospital
    return pat.cameo[:2] == "11" and bool(frame.objects) and all(
        o.lower_ in cues.REFLEXIVES for o in frame.objects)  # "I blamed myself"


def served(tok: Token) -> bool:
    """"serving a life sentence", "served eight years of a sixteen-year sentence"."""
    t = tok
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ == "dobj":
        t = t.head.head
    return t.dep_ == "dobj" and t.head.lemma_.lower() in cues.SERVING_VERBS


def claims_of_self(verb: Token) -> bool:
    """"claimed to have no memory", "she claimed she made the decision alone", "officials
    claimed they were reducing lanes", "North Korea claimed it was free of the virus":
    what is claimed is about the claimer."""
    for c in verb.children:
        if c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children):
            return True
        if c.dep_ == "ccomp":
            subj = [g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].lower_ in ("i", "we", "he", "she", "they", "it"):
                # "North Korea claimed it was free of the virus": a state or a body is "it"
                mine = [g for g in verb.children if g.dep_ == "nsubj"]
                if mine and (mine[0].lower_ == subj[0].lower_ or mine[0].pos_ != "PRON"
                             and subj[0].lower_ in ("he", "she", "they", "it")):
                    return True
    return False


def actor_within(doc: Doc, tok: Token) -> bool:
    """Does an actor lie inside the phrase ``tok`` heads ("thousands of *people*")?"""
    lo, hi = tok.left_edge.i, tok.right_edge.i
    return any(lo <= a.start and a.end - 1 <= hi for a in doc._.actors or [])


def actor_modifies(doc: Doc, tok: Token, trigger: Token) -> bool:
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


def attack_in_sentence(tok: Token) -> bool:
    """Does the sentence name an attack ("... were killed in the bombing")?"""
    return any(t.lemma_.lower() in cues.ATTACK_NOUNS for t in tok.sent if t.pos_ == "NOUN")


def accident_in_sentence(tok: Token) -> bool:
    """Does the sentence tell of an accident or a disaster ("... were killed when a bomber
    crashed", "died in the flood")? Explosions and fires may be attacks: they do not count."""
    return any(t.pos_ == "VERB" and t.lemma_.lower() in cues.ACCIDENT_VERBS
               or t.pos_ == "NOUN" and t.lemma_.lower() in cues.DISASTER_NOUNS
               for t in tok.sent)


def hazard_above(tok: Token) -> bool:
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


def troops_kind(subjects: list[Token]) -> str | None:
    """"peacekeepers" when the subject is peacekeeping troops, "troops" when it is other
    soldiers (their arrival is a deployment, not a visit), else None."""
    words = {t.lemma_.lower() for s in subjects for t in s.subtree}
    if not words & cues.TROOP_NOUNS:
        return None
    return "peacekeepers" if words & cues.PEACEKEEPING_WORDS else "troops"


_LETTER = re.compile(r"[^\W\d_]")


_NON_LATIN_LETTER = re.compile(r"[^\W\d_\u0000-\u024f\u1e00-\u1eff]")


_CLOSERS = frozenset(['"', "'", "\u201d", "\u2019", "''", ")", "]"])


def question(sent_toks: list[Token]) -> bool:
    """Does the sentence end with a question mark (before closing quotes or brackets)?"""
    for tok in reversed(sent_toks):
        if tok.is_space or tok.text in _CLOSERS:
            continue
        return tok.text.endswith("?")
    return False


def foreign_script(text: str) -> bool:
    """Are most of the sentence's letters outside the Latin script ("demand करता है")?"""
    foreign = len(_NON_LATIN_LETTER.findall(text))
    return foreign * 2 > len(_LETTER.findall(text))


# Labels of the interviewer: a news site's own questions and remarks are no news events.
_INTERVIEWER_LABELS = frozenset(["wn", "wikinews", "interviewer", "q"])


def _speaker_label(sent: Span, toks: list[Token]) -> list[Token] | None:
    """The name's words in a transcript's speaker label on a line of its own ("((WN))",
    "((Richard Stallman))"), else None. Most sentences fail on their first word."""
    k = sent.start
    while k < sent.end and toks[k].is_space:
        k += 1
    if k + 1 >= sent.end or toks[k].text != "(" or toks[k + 1].text != "(":
        return None
    words = [t for t in toks[k:sent.end] if not t.is_space]
    if len(words) < 5 or words[-2].text != ")" or words[-1].text != ")":
        return None
    return words[2:-2]


def transcript_turns(sents: list[Span], toks: list[Token]) -> dict[int, Token | None]:
    """Start token of each sentence inside a transcript's turn -> the last word of the
    name its speaker label gives ("((Bernie Sanders))" -> "Sanders"), or None in the
    interviewer's turns ("((WN))"). A turn runs from a speaker label to the next; a
    lower-case two-letter label ("((hi))") marks the language of what follows, not a
    new speaker. Sentences outside any transcript are not keys."""
    out: dict[int, Token | None] = {}
    in_turn = False
    speaker: Token | None = None
    for sent in sents:
        name = _speaker_label(sent, toks)
        if name is not None:
            who = " ".join(t.text for t in name)
            if not (len(who) == 2 and who.islower()):
                in_turn = True
                speaker = None if who.lower() in _INTERVIEWER_LABELS else name[-1]
            continue
        if in_turn:
            out[sent.start] = speaker
    return out
