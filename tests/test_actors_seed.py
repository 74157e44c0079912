"""The seed article: every actor named in it resolves to the right country and sector."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.article import make_article
from eventwire.components.actors import actor_for_token, actors_for_token
from eventwire.nlp import process


@pytest.fixture(scope="module")
def seed_doc(nlp, seed_text):
    article = make_article(seed_text, published=date(2019, 4, 18))
    return next(iter(process(nlp, [(article.body, date(2019, 4, 18))])))


def _by_name(doc, name):
    return [m for m in doc._.actors if m.name == name]


@pytest.mark.parametrize(
    ("name", "country", "sector"),
    [
        ("Kim Jong Un", "PRK", "GOV"),
        ("Vladimir Putin", "RUS", "GOV"),
        ("Kim Chang Son", "PRK", "GOV"),
        ("Kim Jong Il", "PRK", "GOV"),
        ("Kim Il Sung", "PRK", "GOV"),
        ("Dmitry Medvedev", "RUS", "GOV"),
        ("Donald Trump", "USA", "GOV"),
        ("Xi Jinping", "CHN", "GOV"),
        ("Andrei Lankov", "KOR", "EDU"),
        ("Air Koryo", "PRK", "BUS"),
        ("Kookmin University", "KOR", "EDU"),
        ("UN Security Council", "IGO", "GOV"),
    ],
)
def test_seed_actor_resolves(seed_doc, name, country, sector):
    found = _by_name(seed_doc, name)
    assert found, f"{name} not found among {[m.name for m in seed_doc._.actors]}"
    for m in found:
        assert m.country == country, (m.text, m.country)
        assert m.sectors and m.sectors[0] == sector, (m.text, m.sectors)


def test_credits_are_never_actors(seed_doc):
    assert not [m for m in seed_doc._.actors if m.name in ("Kyodo News", "Bloomberg")]


def test_mentions_sorted_and_offsets_consistent(seed_doc):
    starts = [(m.start, m.end) for m in seed_doc._.actors]
    assert starts == sorted(starts)
    for m in seed_doc._.actors:
        assert seed_doc.text[m.start_char:m.end_char] == m.text
        assert seed_doc[m.start:m.end].text == m.text


def test_alias_chains_and_relations(seed_doc):
    texts = {(m.text, m.name) for m in seed_doc._.actors}
    assert ("the North Korean leader", "Kim Jong Un") in texts
    assert ("The elder Kim", "Kim Jong Il") in texts
    assert ("Kim’s late father", "Kim Jong Il") in texts
    assert ("Kim Jong Un’s grandfather", "Kim Il Sung") in texts
    assert ("then-President Dmitry Medvedev", "Dmitry Medvedev") in texts
    bare_kims = [m for m in seed_doc._.actors if m.text == "Kim"]
    assert bare_kims and all(m.name == "Kim Jong Un" for m in bare_kims)
    lankov = [m for m in seed_doc._.actors if m.text == "Lankov"]
    assert lankov and all(m.country == "KOR" for m in lankov)


def test_role_phrases(seed_doc):
    codes = {m.text: m.code for m in seed_doc._.actors}
    assert codes["The Russian presidential office"] == "RUSGOV"
    assert codes["a Russian government official"] == "RUSGOV"
    assert codes["The Russian authorities"] == "RUSGOV"
    assert codes["An adviser to Putin"] == "RUSGOV"
    pyongyang = [m for m in seed_doc._.actors if m.text == "Pyongyang"]
    assert pyongyang and all(m.kind == "country" and m.country == "PRK" for m in pyongyang)


def test_team_head_finds_the_staffers(seed_doc):
    team = next(t for t in seed_doc if t.text == "team")
    actor = actor_for_token(seed_doc, team.i)
    assert actor is not None and actor.country == "PRK" and "COP" in actor.sectors


def test_entity_labels_corrected(seed_doc):
    labels = {(e.text, e.label_) for e in seed_doc.ents}
    assert ("Air Koryo", "PERSON") not in labels
    assert ("Trump", "ORG") not in labels
    assert ("Vladivostok", "PERSON") not in labels
    assert ("Vladivostok", "GPE") in labels


def test_compound_actors(nlp):
    doc = next(iter(process(nlp, [(
        "Senior Hungarian and Romanian officials agreed on Wednesday to cooperate.", None)])))
    officials = next(t for t in doc if t.text == "officials")
    found = actors_for_token(doc, officials.i)
    assert sorted(m.code for m in found) == ["HUNGOV", "ROUGOV"]
