"""Stage ``eventwire_timex_v1``: TimeML time expressions into ``doc._.timexes``.

Reads the tokens, tags, parse and ``doc._.published``; writes a sorted list of
``TimexMention``. The engine lives in ``eventwire.temporal``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..temporal import find_timexes


class TimexRecognizer:
    """Recognize and normalize time expressions, anchored on the publication date."""

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.published
        timexes = find_timexes(doc, published)
        timexes.sort(key=lambda t: (t.start, t.end))
        doc._.timexes = timexes
        return doc


@Language.factory("eventwire_timex_v1", assigns=["doc._.timexes"])
def make_timex(nlp: Language, name: str) -> TimexRecognizer:
    return TimexRecognizer()
