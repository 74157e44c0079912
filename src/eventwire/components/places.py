"""Stage ``eventwire_places_v1``: find place names and resolve them to gazetteer entries.

Recognition reads spaCy's GPE/LOC/FAC entities (split at commas: "Pandi, Bulacan"),
NORP demonyms ("Russian" resolves to Russia), and gazetteer names the tagger missed
(proper-noun runs naming a country, admin1 unit, curated feature or a large city).
Resolution is ``knowledge.gazetteer_resolve`` over the whole document at once, so
the article's country focus and one-sense-per-article apply. Writes
``doc._.places``: ``PlaceMention`` objects sorted by position.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..extensions import get_list
from ..knowledge.gazetteer import Gazetteer, Place, load_gazetteer
from ..knowledge.gazetteer_build import fold
from ..knowledge.gazetteer_resolve import Toponym, resolve
from ..mentions import PlaceMention

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities whose words are not place names even when the gazetteer knows them.
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW",
                             "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL",
                             "PERCENT", "LANGUAGE"})
# Entries a bare proper noun (outside NER entities) may resolve to.
STRONG_FEATURES = frozenset({"PCLI", "PCLH", "ADM1", "CONT", "ISL", "PEN", "SEA", "OCN",
                             "STRT", "MT", "MTS", "RGN", "DSRT", "CNL"})
MIN_UNTAGGED_CITY = 100_000
# Entities that often embed a place name ("Kentucky State Police").
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "to", "from", "across", "into"})
CONTEXT_WORDS = frozenset({",", "in", "of"})


def _strip(span: Span) -> Span:
    """Drop a leading article and a trailing possessive: "the Philippines'" -> "Philippines"."""
    start, end = span.start, span.end
    doc = span.doc
    if end - start > 1 and doc[start].lower_ == "the":
        start += 1
    if end - start > 1 and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end]


def _split_commas(span: Span) -> list[Span]:
    """"Pandi, Bulacan" -> two spans; spans without commas come back whole."""
    parts, begin = [], span.start
    for tok in span:
        if tok.text == ",":
            if tok.i > begin:
                parts.append(span.doc[begin:tok.i])
            begin = tok.i + 1
    if span.end > begin:
        parts.append(span.doc[begin:span.end])
    return parts


class PlaceResolver:
    """Recognise toponyms and resolve them; one instance per pipeline."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        places = get_list(doc, "places")
        places.clear()
        spans = self.find(doc)
        toponyms = [self._toponym(span, demonym) for span, demonym in spans]
        _link_containers(doc, toponyms)
        resolve(toponyms)
        for (span, _), top in zip(spans, toponyms, strict=True):
            # Names the gazetteer cannot place ("Bloomberg" tagged GPE) are left out.
            if top.resolved is not None:
                places.append(self._mention(span, top))
        places.sort(key=lambda p: (p.start, p.end))
        return doc

    # -- recognition -------------------------------------------------------

    def find(self, doc: Doc) -> list[tuple[Span, bool]]:
        """Place-name spans (and whether each is a demonym), in document order."""
        gaz = self.gazetteer
        found: list[tuple[Span, bool]] = []
        covered = bytearray(len(doc))
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                for part in _split_commas(ent):
                    part = _strip(part)
                    if len(part) and any(ch.isalpha() for ch in part.text):
                        found.append((part, False))
            elif ent.label_ == "NORP" and gaz.demonym(_strip(ent).text):
                found.append((_strip(ent), True))
            elif ent.label_ not in BLOCKING_LABELS:
                continue
            elif self._mislabelled(_strip(ent)):
                found.append((_strip(ent), False))
            elif ent.label_ in EMBEDDING_LABELS:
                # "Edmonton Police Service", "University of Kentucky": the place inside.
                inner = bytearray(len(doc))
                for i in range(len(doc)):
                    inner[i] = 0 if ent.start <= i < ent.end else 1
                found.extend(
                    item for item in self._untagged(doc, inner, embedded=True) if not item[1]
                )
            for i in range(ent.start, ent.end):
                covered[i] = 1
        found.extend(self._untagged(doc, covered))
        found.sort(key=lambda item: item[0].start)
        return found

    def _untagged(
        self, doc: Doc, covered: bytearray, embedded: bool = False
    ) -> list[tuple[Span, bool]]:
        """Gazetteer names and demonyms among proper nouns no entity covers (or, with
        ``embedded``, inside one organisation name: then only strong names count)."""
        gaz = self.gazetteer
        out: list[tuple[Span, bool]] = []
        i, n = 0, len(doc)
        while i < n:
            tok = doc[i]
            if covered[i] or not tok.text[:1].isupper():
                i += 1
                continue
            if tok.pos_ == "ADJ" and gaz.demonym(tok.text):
                out.append((doc[i : i + 1], True))
                i += 1
                continue
            if tok.pos_ != "PROPN" or fold(tok.text) not in gaz.first_words:
                i += 1
                continue
            best: tuple[Span, list[Place]] | None = None
            for j in range(i + 1, min(n, i + gaz.max_words) + 1):
                if covered[j - 1] or doc[j - 1].is_punct and doc[j - 1].text != ".":
                    break
                span = doc[i:j]
                if span[-1].pos_ != "PROPN":
                    continue
                cands = gaz.lookup_key(fold(span.text))
                if cands:
                    best = (span, cands)
            if best is None:
                i += 1
                continue
            span, cands = best
            sentence_start = span.start == span.sent.start and not embedded
            key = fold(span.text)
            if any(self._strong(c, sentence_start, key, embedded) for c in cands):
                out.append((span, False))
            i = span.end
        return out

    def _mislabelled(self, span: Span) -> bool:
        """A whole entity of another label that is a well-known place ("Mount Paektu" as
        WORK_OF_ART), or a town after a locative preposition ("officials in Frankfort")."""
        if span.label_ in ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL",
                           "PERCENT"):
            return False
        cands = self.gazetteer.lookup_key(fold(span.text))
        if not cands:
            return False
        before = span.doc[span.start - 1].lower_ if span.start else ""
        if before in LOCATIVE_PREPOSITIONS:
            return any(c.feature in STRONG_FEATURES or c.population >= 10_000 for c in cands)
        return span.label_ != "PERSON" and any(c.feature in STRONG_FEATURES for c in cands)

    @staticmethod
    def _strong(place: Place, sentence_start: bool, key: str, embedded: bool) -> bool:
        if place.feature in STRONG_FEATURES:
            return True
        if embedded and fold(place.name) != key:
            return False  # "Air Koryo" is not Gangneung, whatever its alternate names
        return not sentence_start and place.population >= MIN_UNTAGGED_CITY

    # -- resolution --------------------------------------------------------

    def _toponym(self, span: Span, demonym: bool) -> Toponym:
        gaz = self.gazetteer
        if demonym:
            cc = gaz.demonym(span.text)
            country = gaz.country(cc) if cc else None
            return Toponym(span.start, span.end, fold(span.text),
                           [country] if country else [], demonym=True)
        key = fold(span.text)
        cands = gaz.lookup_key(key)
        if not cands and span[-1].lower_ in ("city", "province", "state", "region"):
            key = fold(span[:-1].text)
            cands = gaz.lookup_key(key)
        return Toponym(span.start, span.end, key, cands)

    def _mention(self, span: Span, top: Toponym) -> PlaceMention:
        gaz = self.gazetteer
        mention = PlaceMention(span.start, span.end, span.start_char, span.end_char,
                               span.text, name=span.text)
        place = top.resolved
        if place is not None:
            mention.name = place.name
            mention.country = gaz.iso3(place.country)
            mention.admin1 = gaz.admin1_name(place.admin1)
            mention.lat = round(place.lat, 5)
            mention.lon = round(place.lon, 5)
            mention.geonameid = place.geonameid
            mention.feature = place.feature
        return mention


def _link_containers(doc: Doc, toponyms: list[Toponym]) -> None:
    """Mark explicit containers: "X, Y", "X in Y", "Y's X", "the X region of Y"."""
    by_start = {t.start: idx for idx, t in enumerate(toponyms)}
    for idx, top in enumerate(toponyms):
        if top.demonym:
            continue
        j = top.end
        if j < len(doc) and doc[j].lower_ in CONTEXT_WORDS:
            nxt = j + 1
            if nxt < len(doc) and doc[nxt].lower_ == "the":
                nxt += 1
            other = by_start.get(nxt)
            if other is not None and other != idx:
                top.container = other
                continue
        # "Russia's Far East": the possessor precedes the name.
        if top.start >= 2 and doc[top.start - 1].tag_ == "POS":
            for k, prev in enumerate(toponyms):
                if prev.end == top.start - 1 and k != idx:
                    top.container = k
                    break


@Language.factory("eventwire_places_v1", assigns=["doc._.places"])
def make_places(nlp: Language, name: str) -> PlaceResolver:
    """Gazetteer loads lazily on the first document, so building a pipeline stays cheap."""
    return PlaceResolver()
