"""Stage ``eventwire_paragraphs_v1``: a blank line ends a sentence.

News text comes in paragraphs, and the parser does not always end a sentence at a
paragraph break: a dateline ("Friday, January 4, 2019") runs into the lead, a closing
quote mark into the next paragraph, an interview's speaker label ("((WN))") into the
answer before it. The stage runs before the parser and marks the first word after a
blank line as a sentence start, which the parser keeps.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


class ParagraphBreaks:
    """Sets ``token.is_sent_start`` after every blank line."""

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        seen_word = False  # leading blank lines start nothing: the first word starts anyway
        for tok in doc:
            if tok.is_space:
                after_break = after_break or bool(_BLANK_LINE.search(tok.text))
                continue
            if after_break and seen_word:
                tok.is_sent_start = True
            seen_word = True
            after_break = False  # a word's own trailing whitespace is one space at most
        return doc


@Language.factory(
    "eventwire_paragraphs_v1",
    requires=["token.is_space"],
    assigns=["token.is_sent_start"],
)
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


__all__ = ["ParagraphBreaks", "make_paragraphs"]
