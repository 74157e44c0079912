"""Stage `eventwire_modality_v1` (placeholder until its module is written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ModalityTagger:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("eventwire_modality_v1", requires=["doc._.events"])
def make_modality(nlp: Language, name: str) -> ModalityTagger:
    return ModalityTagger()
