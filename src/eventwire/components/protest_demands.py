"""Demands voiced by a protest are the protest's: "marched demanding new elections" is one
event, a protest coded by what it demands (GUIDELINES 9)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..knowledge.cameo import code_info
from ..mentions import EventMention


def fold_protest_demands(doc: Doc, found: list[EventMention], suppressed: set[int]) -> None:
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


# Demands and appeals by what they ask: leadership, policy, rights, institutions.
_DEMAND_DETAIL = {"1041": "1", "0241": "1", "1042": "2", "0242": "2", "1043": "3",
                  "0243": "3", "1044": "4", "0244": "4"}
