"""What a reported statement or a verdict says, read off the parse.

The event stage codes a reporting verb ("said") only when what it reports is
itself a speech act: an accusation, a criticism, praise or a demand ("said Y was
lying", "said Y must resign"); and a naming verb only when it gives a verdict on
its object ("called the deal a sham"). These helpers find the reported clause,
the judging word in it and the verdict, from word lists in ``knowledge.cues``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..knowledge import cues
from .frames import Frame

# "declined to comment / to say": a refusal to speak to the press, not an event.
_SPEAKING_VERBS = cues.REPORTING_VERBS | frozenset(
    "comment elaborate discuss answer speak respond identify specify name detail "
    "address".split())


def declines_to_speak(tok: Token) -> bool:
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in _SPEAKING_VERBS for c in tok.children)


def names_something(tok: Token, frame: Frame) -> bool:
    """Does the verb say what its object is ("called X *a sham*", "deemed X *illegal*",
    "described X *as* Y")? A proper name is not a verdict ("called him John")."""
    if frame.passive:
        return False
    for c in tok.children:
        if c.dep_ in ("oprd", "ccomp") and c.pos_ in ("ADJ", "NOUN"):
            return True
        if c.dep_ == "ccomp" and tok.lemma_.lower() in cues.JUDGING_VERBS:
            return True  # "deemed that the agreement goes against ..."
    if "as" in frame.preps and tok.lemma_.lower() in cues.AS_NAMING_VERBS:
        return True
    # "called the deal "lousy"": the parser hangs the adjective on the noun, after it
    return any(c.dep_ == "amod" and c.i > o.i and c.pos_ == "ADJ"
               for o in frame.objects for c in o.children)


def verdict_code(tok: Token, frame: Frame) -> str | None:
    """CAMEO code of the verdict a naming verb gives ("called X *a sham*" or "*a
    liar*" 111, "*a great man*" 051), from the words of what X is called; None when no
    word judges ("called it *an interesting case*")."""
    heads = [c for c in tok.children if c.dep_ in ("oprd", "ccomp", "attr")]
    heads += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
              for g in c.children if g.dep_ == "pobj"]
    heads += [c for o in frame.objects for c in o.children if c.dep_ == "amod" and c.i > o.i]
    words = [(w.lemma_.lower(), w.lower_) for h in heads for w in h.subtree]
    if any(_listed(lemma, low, cues.ACCUSING_WORDS) or _listed(lemma, low, cues.CRITICAL_WORDS)
           for lemma, low in words):
        return "111"  # naming X a liar or a breach of duty denounces it
    if any(_listed(lemma, low, cues.PRAISING_WORDS) for lemma, low in words):
        return "051"
    return None


def _listed(lemma: str, low: str, vocab: frozenset[str]) -> bool:
    """Is the word, by its lemma or its lower-cased form, in ``vocab``?"""
    return lemma in vocab or low in vocab


def speech_content(tok: Token) -> Token | None:
    """The clause a reporting verb reports: its complement ("said *that Y lied*"), or the
    quotation it follows ("'Y lied,' she said", parsed with the quote as the head)."""
    for c in tok.children:
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            return c
    if (tok.dep_ in ("ccomp", "parataxis") and tok.head.i < tok.i
            and tok.head.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
        return tok.head
    return None


def clause_head(tok: Token, top: Token) -> Token:
    """The verb of the clause ``tok`` sits in (up to the reported clause ``top``)."""
    t = tok
    while t.i != top.i and t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


_SPEECH_STOP = frozenset(["relcl", "advcl", "acl", "csubj", "mark"])


def speech_judgement(content: Token, verb: Token) -> tuple[str, str, Token] | None:
    """The judgement a reported clause makes: (kind, CAMEO code, the judging word).
    Words in relative and adverbial clauses, under another reporting verb, or negated
    ("was not illegal") do not count."""
    stack = [content]
    words: list[Token] = []
    while stack:
        t = stack.pop()
        if t.i == verb.i:
            continue
        words.append(t)
        for c in t.children:
            if c.dep_ in _SPEECH_STOP or c.i == verb.i:
                continue
            if c.lemma_.lower() in cues.REPORTING_VERBS and c.dep_ == "ccomp":
                continue
            stack.append(c)
    words.sort(key=lambda t: t.i)

    def negated(t: Token) -> bool:
        h = clause_head(t, content)
        return any(c.dep_ == "neg" or c.lower_ == "nowhere"
                   for c in (*t.children, *h.children))

    for t in words:
        lemma, low = t.lemma_.lower(), t.lower_
        if t.pos_ not in ("NOUN", "ADJ", "VERB", "ADV", "PROPN"):
            continue
        pair = (lemma, t.head.lemma_.lower())
        if pair in cues.PRAISING_PHRASES and not negated(t):
            return "praise", "051", t  # "did a great job"
        objs = {c.lemma_.lower() for c in t.children if c.dep_ in ("dobj", "pobj")}
        if any((lemma, o) in cues.ACCUSING_PHRASES for o in objs) and not negated(t):
            return "accuse", "112", t  # "broke the law"
        if not _predicative(t):
            continue
        if lemma in cues.APPROVING_WORDS and negated(t):
            return "criticise", "111", t  # "that's not okay", "nowhere near enough"
        if _listed(lemma, low, cues.ACCUSING_WORDS) and not negated(t):
            return "accuse", "112", t
        if _listed(lemma, low, cues.CRITICAL_WORDS) and not negated(t):
            return "criticise", "111", t
        if lemma in cues.PRAISING_WORDS and not negated(t) and not (
                t.dep_ == "amod" and t.head.lemma_.lower() in cues.GRIEF_NOUNS):
            return "praise", "051", t  # but "a great loss" mourns
    for t in words:
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            modals = {c.lower_ for c in t.children if c.dep_ == "aux"}
            if any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children):
                continue  # "must be maintained": no one is asked
            if modals & cues.DEMAND_MODALS and not negated(t):
                return "demand", "100", t
            if modals & cues.APPEAL_MODALS and not negated(t):
                return "demand", "020", t
    return None


def _predicative(t: Token) -> bool:
    """Is the word said of something, not a topic named ("fighting corruption")? A verb
    ("lied", "betrayed"), an adjective, or a noun as the predicate ("is *a disgrace*") or
    under one ("a *propaganda* stunt", "a true American *hero*")."""
    if t.tag_ in ("JJR", "RBR") and any(c.lower_ == "than" for c in t.subtree):
        return False  # "144% greater than last year": a comparison, no judgement
    if t.pos_ == "ADJ" and any(c.lower_ == "as" and c.dep_ == "advmod" for c in t.children):
        return False  # "as great as I've ever seen them": a measure, no judgement
    if t.pos_ in ("VERB", "ADV"):
        return True
    if t.pos_ == "ADJ" and t.dep_ in ("acomp", "attr", "oprd", "ccomp", "ROOT", "conj"):
        return True
    n = t  # a noun, or an adjective on one ("the most *dangerous* president")
    while n.dep_ in ("compound", "amod", "conj", "appos") and n.head.i != n.i:
        n = n.head
    return n.dep_ in ("attr", "acomp", "oprd") or (n.dep_ == "ROOT" and n.pos_ == "NOUN")


__all__ = ["clause_head", "declines_to_speak", "names_something", "speech_content",
           "speech_judgement", "verdict_code"]
