"""Stage ``eventwire_actors_v1``: who is named in a Doc, resolved to country, sectors, code.

Writes ``doc._.actors`` (``list[ActorMention]``, sorted by start). Also corrects
the statistical NER's label where the knowledge base knows better (see
``correct_entities``): only labels change, never entity boundaries, so stages
that read ``doc.ents`` (places) see the same spans.

Lookups for the event stage: ``actor_for_token`` and ``actors_for_token``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import get_list
from ..knowledge.actors import ActorKB, load_kb
from ..knowledge.gazetteer import load_gazetteer
from ..mentions import ActorMention
from .actor_match import PhraseIndex
from .actor_resolve import DocResolver
from .actor_state import best_hit
from .paragraphs import dateline_end

# NER label the knowledge base implies for an entry kind (and a country form).
_KIND_LABEL = {"person": "PERSON", "organization": "ORG", "igo": "ORG"}
_FORM_LABEL = {"name": "GPE", "seat": "GPE", "adj": "NORP", "people": "NORP"}
_SWAPPABLE = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


class ActorResolver:
    """The pipeline component: knowledge base and phrase index are built once."""

    def __init__(self, nlp: Language, actors_files: Iterable[str] = ()) -> None:
        self.kb: ActorKB = load_kb(tuple(str(p) for p in actors_files))
        self.index = PhraseIndex(self.kb, nlp.tokenizer)

    def __call__(self, doc: Doc) -> Doc:
        mentions = get_list(doc, "actors")
        resolver = DocResolver(self.kb, self.index, doc, load_gazetteer)
        correct_entities(doc, resolver)
        found = resolver.run()
        end = dateline_end(doc)
        if end:  # "MOSCOW, April 18 (Reuters) -": where the report was filed, no actor
            found = [m if m.start >= end else replace(
                        m, start=end, start_char=doc[end].idx, text=doc[end:m.end].text)
                     for m in found if m.end > end]
        mentions[:] = found
        return doc


def correct_entities(doc: Doc, resolver: DocResolver) -> None:
    """Relabel NER spans the knowledge base or the document itself contradicts.

    1. A span that is exactly a knowledge-base alias takes the label of the entry's
       kind ("Air Koryo" PERSON -> ORG, "Trump" ORG -> PERSON).
    2. Otherwise a text labelled differently in the same document takes its majority
       label ("Vladivostok" PERSON once, GPE three times -> GPE).
    """
    ents = list(doc.ents)
    if not ents:
        return
    texts = [e.text for e in ents]
    votes: dict[str, Counter[str]] = {}
    for e, text in zip(ents, texts, strict=True):
        votes.setdefault(text, Counter())[e.label_] += 1
    changed = False
    new: list[Span] = []
    for e, text in zip(ents, texts, strict=True):
        label = e.label_
        if label in _SWAPPABLE:
            m = resolver.match_at[e.start]
            start = e.start + (1 if resolver.toks[e.start].lower_ == "the" else 0)
            if m is not None and m.start == start and m.end == e.end:
                hit = best_hit(m)
                label = _KIND_LABEL.get(hit.entry.kind) or _FORM_LABEL.get(hit.form, label)
            else:
                counts = votes[text]
                best, n = counts.most_common(1)[0]
                if best != label and n > counts[label] and best in _SWAPPABLE:
                    label = best
        if label != e.label_:
            changed = True
            new.append(Span(doc, e.start, e.end, label=label))
        else:
            new.append(e)
    if changed:
        doc.ents = new
        for e in new:
            for i in range(e.start, e.end):
                resolver.ent_at[i] = e


def actor_for_token(doc: Doc, i: int) -> ActorMention | None:
    """The actor of token ``i``: a mention headed by it, else the narrowest containing it."""
    found = actors_for_token(doc, i)
    return found[0] if found else None


def actors_for_token(doc: Doc, i: int) -> list[ActorMention]:
    """All actors token ``i`` stands for ("Hungarian and Romanian officials" -> two)."""
    mentions = doc._.actors or []
    headed = [m for m in mentions if m.head == i]
    if headed:
        # Several mentions with one head: the compound parts; else prefer the widest.
        spans = {(m.start, m.end) for m in headed}
        if len({m.name for m in headed}) > 1 and len(spans) > 1:
            return sorted(headed, key=lambda m: m.start)
        return [max(headed, key=lambda m: (m.end - m.start, -m.start))]
    containing = [m for m in mentions if m.start <= i < m.end]
    if containing:
        return [min(containing, key=lambda m: (m.end - m.start, m.start))]
    return []


@Language.factory(
    "eventwire_actors_v1",
    assigns=["doc._.actors"],
    default_config={"actors_files": []},
)
def make_actors(nlp: Language, name: str, actors_files: list[str]) -> ActorResolver:
    """Factory: ``actors_files`` are users' dictionary files merged over the shipped ones."""
    return ActorResolver(nlp, actors_files)


def use_actor_files(nlp: Language, files: Iterable[str]) -> ActorResolver:
    """Switch the pipeline's actor stage to the shipped knowledge plus ``files``.

    For commands taking ``--actors FILE``: errors in a file raise
    ``KnowledgeFileError`` naming file and line; overrides of shipped entries are
    listed in ``component.kb.conflicts``.
    """
    component = nlp.get_pipe("eventwire_actors_v1")
    if not isinstance(component, ActorResolver):
        raise TypeError("eventwire_actors_v1 is not an ActorResolver")
    component.kb = load_kb(tuple(str(p) for p in files))
    component.index = PhraseIndex(component.kb, nlp.tokenizer)
    return component
