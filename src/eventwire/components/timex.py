"""Stage `eventwire_timex_v1` (placeholder until its module is written)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import get_list


class TimexRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        get_list(doc, "timexes")
        return doc


@Language.factory("eventwire_timex_v1", assigns=["doc._.timexes"])
def make_timex(nlp: Language, name: str) -> TimexRecognizer:
    return TimexRecognizer()
