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


_DASHES = frozenset(["-", "--", "\u2014", "\u2013"])
# How far after the place name the dash may come: ", Ky. (WBKO) -", ", April 18 (Reuters) -".
_DATELINE_REACH = 12


def dateline_end(doc: Doc) -> int:
    """Index of the first token after the article's dateline ("MOSCOW, April 18 (Reuters)
    -", "COLUMBIA, Ky. (WBKO) -", "BEIRUT \u2014"), 0 when it has none: a place name in
    capitals opening the text, a dash after it or after its date, state and agency."""
    i = 0
    while i < len(doc) and doc[i].is_space:
        i += 1
    j = i
    while j < len(doc) and j - i < 4 and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 1:
        j += 1
    if j == i or j >= len(doc):
        return 0
    if doc[j].text in _DASHES and (doc[j].text != "-" or doc[j - 1].whitespace_):
        return j + 1  # not "NATO-member Norway": a hyphen joins words
    if (doc[j].text[:1].isupper() and not doc[j].is_upper and doc[i].ent_type_ in ("GPE", "LOC")
            and doc[i].ent_iob_ == "B" and doc[j].ent_iob_ != "I"):
        return j  # "WASHINGTON Barack Obama pardoned ...": a place in capitals, its dash lost
    if doc[j].text not in (",", "("):
        return 0
    for k in range(j + 1, min(len(doc), j + _DATELINE_REACH)):
        if doc[k].text in _DASHES or doc[k].text.startswith(("-", "\u2014", "\u2013")):
            return k + 1
        if doc[k].pos_ in ("VERB", "AUX"):
            return 0  # "NATO, the EU and Russia met ...": a sentence, no dateline
    return 0


@Language.factory(
    "eventwire_paragraphs_v1",
    requires=["token.is_space"],
    assigns=["token.is_sent_start"],
)
def make_paragraphs(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


__all__ = ["ParagraphBreaks", "dateline_end", "make_paragraphs"]
