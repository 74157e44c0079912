"""The actor knowledge base: shipped data, people with dates, users' files and their errors."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.components.actors import use_actor_files
from eventwire.errors import KnowledgeConflictError, KnowledgeFileError
from eventwire.knowledge.actors import build_kb, load_kb, person_role
from eventwire.nlp import build_pipeline, process


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_shipped_kb_has_no_conflicts(kb):
    assert kb.conflicts == []


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("North Korean", "PRK"), ("U.S.", "USA"), ("American", "USA"), ("the Kremlin", "RUS"),
     ("White House", "USA"), ("Downing Street", "GBR"), ("Blue House", "KOR"),
     ("Soviet Union", "SUN"), ("Yugoslavia", "YUG"), ("NATO", "IGO"), ("IAEA", "IGO")],
)
def test_aliases(kb, phrase, code):
    hits = kb.lookup(phrase)
    assert hits and hits[0].entry.country == code


def test_every_iso_country_is_present(kb):
    import pycountry

    missing = [c.alpha_3 for c in pycountry.countries if c.alpha_3 not in kb.countries]
    assert missing == []


def test_person_offices_by_date_and_title(kb):
    medvedev = kb.entry("Dmitry Medvedev")
    assert person_role(medvedev, date(2010, 1, 1)).sectors == ("GOV",)
    assert "president" in person_role(medvedev, date(2019, 4, 18), "president").evidence
    assert "prime minister" in person_role(medvedev, date(2015, 1, 1)).evidence
    blair = kb.entry("Tony Blair")
    assert person_role(blair, date(2015, 1, 1)).sectors == ("ELI",)
    assert person_role(blair, date(2003, 1, 1)).sectors == ("GOV",)


def _write(tmp_path, text, name="mine.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return str(p)


def test_user_file_extends_and_reports_overrides(tmp_path):
    path = _write(tmp_path, "actors:\n  - name: Zorblat Quux\n    kind: person\n    country: FRA\n"
                            "    sectors: [GOV]\n    aliases: [Quux]\n"
                            "  - name: Bloomberg Philanthropies\n    kind: organization\n"
                            "    country: NGO\n    aliases: [Bloomberg]\n")
    kb = build_kb([path])
    assert kb.lookup("Quux")[0].entry.country == "FRA"
    assert kb.lookup("Bloomberg")[0].entry.name == "Bloomberg Philanthropies"
    assert any("Bloomberg" in c and f"{path}:" in c for c in kb.conflicts)


def test_user_file_reaches_the_pipeline(tmp_path):
    path = _write(tmp_path, "actors:\n  - name: Zorblat Quux\n    kind: person\n"
                            "    country: FRA\n    sectors: [GOV]\n    aliases: [Quux]\n")
    nlp = build_pipeline()
    use_actor_files(nlp, [path])
    doc = next(iter(process(nlp, [("Zorblat Quux met the press.", None)])))
    assert [(m.name, m.code) for m in doc._.actors if m.kind == "person"] == [
        ("Zorblat Quux", "FRAGOV")]


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("actors:\n  - name: X\n    country: France\n", 2, "three-letter code"),
        ("actors:\n  - name: X\n    sectors: [government]\n", 2, "sector"),
        ("actors:\n  - name: X\n    kind: person\n    offices:\n      - {title: president, "
         "from: 2010-13-01}\n", 5, "invalid"),
        ("actors:\n  - name: X\n    colour: red\n", 2, "unknown key"),
        ("actors:\n  - name: X\n  aliases: [Y\n", 3, "invalid YAML"),
        ("people:\n  - name: X\n", 1, "unknown section"),
    ],
)
def test_malformed_file_names_file_line_problem(tmp_path, text, line, problem):
    path = _write(tmp_path, text)
    with pytest.raises(KnowledgeFileError) as err:
        build_kb([path])
    message = str(err.value)
    assert f"{path}:{line}:" in message
    assert problem in message
    assert "\n" not in message


def test_conflicting_user_entries_are_an_error(tmp_path):
    a = _write(tmp_path, "actors:\n  - {name: Alpha Org, country: FRA, aliases: [AO]}\n", "a.yaml")
    b = _write(tmp_path, "actors:\n  - {name: Beta Org, country: DEU, aliases: [AO]}\n", "b.yaml")
    with pytest.raises(KnowledgeConflictError) as err:
        build_kb([a, b])
    assert f"{b}:2" in str(err.value) and f"{a}:2" in str(err.value)
