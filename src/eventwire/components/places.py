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
from spacy.tokens import Doc, Span, Token

from ..extensions import get_list, tokens_of
from ..knowledge.gazetteer import Gazetteer, Place, load_gazetteer
from ..knowledge.gazetteer_build import fold
from ..knowledge.gazetteer_resolve import Toponym, own_name, resolve
from ..mentions import PlaceMention

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities whose words are not place names even when the gazetteer knows them.
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW",
                             "DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL",
                             "PERCENT", "LANGUAGE"})
# Entries a bare proper noun (outside NER entities) may resolve to.
STRONG_FEATURES = frozenset({"PCLI", "PCLH", "ADM1", "CONT", "ISL", "PEN", "SEA", "OCN",
                             "STRT", "MT", "MTS", "RGN", "DSRT", "CNL", "AIRP"})
MIN_UNTAGGED_CITY = 100_000
# Entities that often embed a place name ("Kentucky State Police").
EMBEDDING_LABELS = frozenset({"ORG", "FAC", "EVENT"})
LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "to", "from", "across", "into"})
CONTEXT_WORDS = frozenset({",", "in", "of"})
DATELINE_MARKS = frozenset({"-", "--", "\u2014", "\u2013", "(", ":", ","})
# Words beside a name that say what kind of place it is: "Washington state", "the
# province of Ontario", "Monroe County", "the city of Turkey".
AREA_CUES = frozenset({"state", "province", "region", "governorate", "prefecture", "oblast",
                       "territory", "department", "emirate", "canton"})
COUNTY_CUES = frozenset({"county", "parish", "district", "borough"})
CITY_CUES = frozenset({"city", "town", "village", "township", "municipality"})


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


# Things named after a person or a place that are neither: "Molotov cocktails" are no town.
EPONYM_THINGS = frozenset([("molotov", "cocktail"), ("kalashnikov", "rifle"),
                           ("kalashnikov", "assault")])


def _eponym(span: Span) -> bool:
    """Is the name the first word of a thing named after it ("Molotov cocktails")?"""
    doc = span.doc
    return span.end < len(doc) and (
        span.text.lower(), doc[span.end].lemma_.lower()) in EPONYM_THINGS


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
        toks = tokens_of(doc)  # made once: ``doc[i]`` builds a new Token on every call
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
            elif self._mislabelled(_strip(ent), ent.label_):
                found.append((_strip(ent), False))
            elif ent.label_ in EMBEDDING_LABELS:
                # "Edmonton Police Service", "University of Kentucky": the place inside.
                found.extend(
                    item for item in self._untagged(doc, toks, covered, ent.start, ent.end, True)
                    if not item[1]
                )
            for i in range(ent.start, ent.end):
                covered[i] = 1
        found.extend(self._untagged(doc, toks, covered, 0, len(doc)))
        occupied = bytearray(len(doc))
        for span, _ in found:
            for i in range(span.start, span.end):
                occupied[i] = 1
        found.extend(self._dateline(doc, occupied))
        found.extend(self._repeats(doc, toks, found, occupied))
        found.extend(self._state_abbreviations(doc, found, occupied))
        found = [item for item in found if not _eponym(item[0])]
        found.sort(key=lambda item: item[0].start)
        return found

    def _dateline(self, doc: Doc, occupied: bytearray) -> list[tuple[Span, bool]]:
        """A capitalised place opening the article: "TORRINGTON — Mayor ...", "BEIRUT -"."""
        i = 0
        while i < len(doc) and doc[i].is_space:
            i += 1
        j = i
        while j < len(doc) and j - i < 4 and doc[j].is_alpha and doc[j].is_upper:
            j += 1
        if j == i or j >= len(doc) or any(occupied[i:j]):
            return []
        if doc[j].text not in DATELINE_MARKS and not doc[j].text.startswith(("-", "\u2014")):
            return []
        span = doc[i:j]
        if not any(c.feature in STRONG_FEATURES or c.population >= 1000
                   for c in self.gazetteer.lookup_key(fold(span.text))):
            return []
        _occupy(occupied, span)
        return [(span, False)]

    def _repeats(
        self, doc: Doc, toks: list[Token], found: list[tuple[Span, bool]], occupied: bytearray
    ) -> list[tuple[Span, bool]]:
        """Other occurrences of a name the article already uses as a place (one sense per
        article for recognition): "in Cairns" makes "the Cairns police" a place too, unless
        the occurrence is part of a longer name ("John Cairns", "Cairns Post")."""
        gaz = self.gazetteer
        known = {fold(span.text) for span, demonym in found if not demonym}
        known = {key for key in known if gaz.has_key(key)}
        if not known:
            return []
        firsts = {key.split(" ", 1)[0] for key in known}
        out: list[tuple[Span, bool]] = []
        for i, tok in enumerate(toks):
            if occupied[i] or not tok.text[:1].isupper() or fold(tok.text) not in firsts:
                continue
            for j in range(min(len(doc), i + gaz.max_words), i, -1):
                if any(occupied[i:j]) or fold(doc[i:j].text) not in known:
                    continue
                span = doc[i:j]
                if _inside_longer_name(span):
                    break
                out.append((span, False))
                _occupy(occupied, span)
                break
        return out

    def _state_abbreviations(
        self, doc: Doc, found: list[tuple[Span, bool]], occupied: bytearray
    ) -> list[tuple[Span, bool]]:
        """A state or province abbreviation after "Town,": "Barrie, Ont.", "EDMONTON, Ky"."""
        out: list[tuple[Span, bool]] = []
        for span, demonym in list(found):
            k = span.end + 1
            if demonym or k >= len(doc) or doc[span.end].text != "," or occupied[k]:
                continue
            end = k + 1
            if end < len(doc) and doc[end].text == "." and not doc[k].text.endswith("."):
                end += 1
            abbr = doc[k:end]
            if self._abbreviation(abbr.text) is not None:
                out.append((abbr, False))
                _occupy(occupied, abbr)
        return out

    def _abbreviation(self, text: str) -> Place | None:
        """The admin1 unit a postal or press abbreviation names ("Ont.", "Ky.", "KY")."""
        gaz = self.gazetteer
        for variant in (text, text if text.endswith(".") else text + "."):
            for cand in gaz.lookup_key(fold(variant)):
                if cand.feature == "ADM1" and "." in variant:
                    return cand
        bare = text.rstrip(".")
        if len(bare) == 2 and bare.isalpha() and bare[0].isupper():
            return gaz.admin1_place(f"US.{bare.upper()}")
        return None

    def _untagged(
        self, doc: Doc, toks: list[Token], covered: bytearray, lo: int, hi: int,
        embedded: bool = False,
    ) -> list[tuple[Span, bool]]:
        """Gazetteer names and demonyms among proper nouns in ``doc[lo:hi]`` no entity
        covers (or, with ``embedded``, inside one organisation name ``doc[lo:hi]``: then
        only strong names count). ``toks`` is ``list(doc)``."""
        gaz = self.gazetteer
        out: list[tuple[Span, bool]] = []
        i = lo
        while i < hi:
            tok = toks[i]
            if (covered[i] and not embedded) or not tok.text[:1].isupper():
                i += 1
                continue
            if tok.pos_ == "ADJ" and gaz.demonym(tok.text):
                out.append((doc[i : i + 1], True))
                i += 1
                continue
            if tok.pos_ != "PROPN" or not gaz.starts_name(fold(tok.text)):
                i += 1
                continue
            best: tuple[Span, list[Place]] | None = None
            for j in range(i + 1, min(hi, i + gaz.max_words) + 1):
                last = toks[j - 1]
                if (covered[j - 1] and not embedded) or last.is_punct and last.text != ".":
                    break
                if last.pos_ != "PROPN":
                    continue
                span = doc[i:j]
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

    def _mislabelled(self, span: Span, label: str) -> bool:
        """A whole entity of another label that is a well-known place ("Mount Paektu" as
        WORK_OF_ART), or a town after a locative preposition ("officials in Frankfort").
        ``label``: the entity's (a span cut from it carries none). Never a number or a
        word in lower case ("at *one* point")."""
        if label in ("DATE", "TIME", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL",
                     "PERCENT") or not span.text[:1].isupper():
            return False
        cands = self.gazetteer.lookup_key(fold(span.text))
        if not cands:
            return False
        doc = span.doc
        before = doc[span.start - 1].lower_ if span.start else ""
        if before in LOCATIVE_PREPOSITIONS:
            return any(c.feature in STRONG_FEATURES or c.population >= 10_000 for c in cands)
        key = fold(span.text)
        big = any(c.population >= MIN_UNTAGGED_CITY and own_name(c, key) for c in cands)
        if before == "of" and big:
            return True  # "a resident of Tabriz"
        after = doc[span.end] if span.end < len(doc) else None
        if (big and after is not None and after.is_lower and after.is_alpha
                and after.pos_ in ("NOUN", "PROPN", "ADJ")):
            return True  # attributive: "Winnipeg police", "the Cairns juvenile justice unit"
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
        cue = _type_cue(span)
        if not cands and len(span) > 1 and span[-1].lower_ in ("city", "province", "state",
                                                               "region"):
            cue = "city" if span[-1].lower_ == "city" else "area"
            key = fold(span[:-1].text)
            cands = gaz.lookup_key(key)
        if not cands and len(span) <= 2 and span.start >= 2 and span.doc[span.start - 1].text == ",":
            state = self._abbreviation(span.text)  # "Ky", "KY" after "Town,"
            cands = [state] if state is not None else []
        return Toponym(span.start, span.end, key, cands, cue=cue)

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


def _occupy(occupied: bytearray, span: Span) -> None:
    for i in range(span.start, span.end):
        occupied[i] = 1


# Words after a town's name that keep it a place inside an organisation's name.
LOCAL_BODIES = frozenset({
    "police", "council", "city", "county", "fire", "sheriff", "school", "schools", "hospital",
    "airport", "court", "borough", "district", "mayor", "ems", "opp", "transit", "port",
    "community", "township", "municipal", "regional", "international", "station",
})


def _inside_longer_name(span: Span) -> bool:
    """Whether a repeated place name is part of a person's or organisation's longer name."""
    doc = span.doc
    ent_type = doc[span.start].ent_type_
    if ent_type in ("", "GPE", "LOC", "FAC", "NORP"):
        prev = doc[span.start - 1] if span.start else None
        # "Lake Erie", "Port Louis": a capitalised word just before extends the name.
        return prev is not None and prev.pos_ == "PROPN" and prev.text[:1].isupper() \
            and prev.ent_type_ == ent_type and ent_type != ""
    ent = next((e for e in doc.ents if e.start <= span.start < e.end), None)
    if ent is None:
        return False
    if ent.label_ == "PERSON":
        return len(ent) > len(span)
    if ent.start != span.start:
        return True
    nxt = doc[span.end] if span.end < len(doc) else None
    return nxt is not None and span.end < ent.end and nxt.lower_ not in LOCAL_BODIES


def _type_cue(span: Span) -> str | None:
    """What the words around a name say it is: "area", "county", "city" or nothing."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if after in AREA_CUES:
        return "area"
    if after in COUNTY_CUES:
        return "county"
    if after in CITY_CUES:
        return "city"
    if span.start >= 2 and doc[span.start - 1].lower_ == "of":
        before = doc[span.start - 2].lower_
        if before in AREA_CUES:
            return "area"
        if before in CITY_CUES:
            return "city"
    return None


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
                if doc[j].text == ",":
                    toponyms[other].contains_other = True
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
