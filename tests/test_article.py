"""Reading and cleaning articles: formats, offsets, credits, footers, bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.article import Article, clean, make_article, read_articles, read_stream
from eventwire.errors import (
    ArticleTooLargeError,
    BinaryInputError,
    EmptyArticleError,
    EncodingError,
    InputError,
    InvalidDateError,
    MalformedRecordError,
    NotEnglishError,
)

from .conftest import SEED_FILE

PARA = ("Russia and China agreed on Monday to expand military cooperation, officials said. "
        "The two countries will hold joint exercises in the Pacific next year, the defence "
        "ministry in Moscow announced, and their leaders are to meet in Beijing.")


def _articles(items: list[object]) -> list[Article]:
    return [a for a in items if isinstance(a, Article)]


def _errors(items: list[object]) -> list[InputError]:
    return [e for e in items if isinstance(e, InputError)]


def test_seed_credit_line_and_footer_are_cut_and_offsets_map_back(seed_text: str) -> None:
    art = make_article(seed_text, published="2019-04-18")
    assert art.credits == ["Kyodo", "Bloomberg"]
    assert "Kyodo" not in art.body and "Bloomberg" not in art.body
    assert "subscribing" not in art.body
    assert "quality journalism" not in art.body
    assert art.body.rstrip().endswith("from talks with Trump.")
    # Every body offset maps back to the same character in the text as given.
    for word in ("Final arrangements", "Vladivostok", "Mount Paektu", "Xi Jinping"):
        i = art.body.index(word)
        j = art.to_original(i)
        assert art.text[j:j + len(word)] == word
    assert art.published == date(2019, 4, 18)


def test_clean_keeps_text_without_boilerplate_unchanged() -> None:
    body, segments, credits = clean(PARA)
    assert body == PARA and credits == [] and segments == [(0, 0, len(PARA))]


def test_footer_only_cut_at_the_end() -> None:
    text = ("Subscribers to the newspaper protested the price rise on Monday, the union said.\n\n"
            + PARA + "\n\nSign up for our newsletter to get the news first.\n")
    body, _, _ = clean(text)
    assert body.startswith("Subscribers to the newspaper")
    assert "newsletter" not in body


def test_article_id_is_stable_and_prefers_url() -> None:
    a = make_article(PARA, url="https://example.org/a")
    b = make_article(PARA + " ", url="https://example.org/a")
    c = make_article(PARA)
    assert a.id == b.id
    assert c.id == make_article(PARA).id != a.id
    assert make_article(PARA, id="my-id").id == "my-id"


def test_jsonl_csv_text_html_and_directory(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PARA, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "j1", "text": PARA, "published": "2020-01-02", "url": "u1"}) + "\n"
        + json.dumps({"id": "j2", "html": f"<p>{PARA}</p>"}) + "\n", encoding="utf-8")
    (tmp_path / "c.csv").write_text(f'id,text,published\nc1,"{PARA}",2021-03-04\n',
                                    encoding="utf-8")
    (tmp_path / "d.html").write_text(
        f"<html><head><title>T</title><script>var x=1;</script></head><body><nav>Home | World"
        f"</nav><article><h1>Headline</h1><p>{PARA}</p></article><footer>About us</footer>"
        f"</body></html>", encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    items = list(read_articles([str(tmp_path)]))
    arts = _articles(items)
    assert not _errors(items)
    assert [a.origin.split("/")[-1] for a in arts] == ["a.txt", "b.jsonl:1", "b.jsonl:2",
                                                       "c.csv:2", "d.html"]
    assert arts[1].id == "j1" and arts[1].published == date(2020, 1, 2)
    assert arts[2].text.strip() == PARA
    assert arts[3].id == "c1" and arts[3].published == date(2021, 3, 4)
    html = arts[4].text
    assert PARA in html and "Headline" in html
    assert "var x" not in html and "Home | World" not in html and "About us" not in html


def test_published_default_applies_only_where_article_has_none(tmp_path: Path) -> None:
    f = tmp_path / "x.jsonl"
    f.write_text(json.dumps({"id": "1", "text": PARA, "published": "2020-01-02"}) + "\n"
                 + json.dumps({"id": "2", "text": PARA}) + "\n", encoding="utf-8")
    arts = _articles(list(read_articles([str(f)], published=date(2019, 4, 18))))
    assert [a.published for a in arts] == [date(2020, 1, 2), date(2019, 4, 18)]
    arts = _articles(list(read_articles([str(f)])))
    assert arts[1].published is None  # never "today"


def test_stdin_is_sniffed() -> None:
    line = json.dumps({"id": "s", "text": PARA}).encode()
    arts = _articles(list(read_stream(io.BytesIO(line + b"\n"))))
    assert arts[0].id == "s"
    arts = _articles(list(read_stream(io.BytesIO(PARA.encode()))))
    assert arts[0].text == PARA


# ----------------------------------------------------------------------------- bad input

def test_empty_file(tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text("  \n", encoding="utf-8")
    (err,) = list(read_articles([str(f)]))
    assert isinstance(err, EmptyArticleError) and "empty.txt" in str(err)


def test_binary_file(tmp_path: Path) -> None:
    f = tmp_path / "image.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (err,) = list(read_articles([str(f)]))
    assert isinstance(err, BinaryInputError) and "image.txt" in str(err)


def test_invalid_utf8(tmp_path: Path) -> None:
    f = tmp_path / "latin1.txt"
    f.write_bytes("Le président a visité Moscou.".encode("latin-1"))
    (err,) = list(read_articles([str(f)]))
    assert isinstance(err, EncodingError) and "latin1.txt" in str(err) and "UTF-8" in str(err)


def test_too_large_article(tmp_path: Path) -> None:
    f = tmp_path / "huge.txt"
    f.write_text(PARA * (60_000_000 // len(PARA)), encoding="utf-8")  # ~60 MB
    (err,) = list(read_articles([str(f)]))
    assert isinstance(err, ArticleTooLargeError) and "huge.txt" in str(err)


def test_malformed_jsonl_and_csv_rows_do_not_stop_the_batch(tmp_path: Path) -> None:
    j = tmp_path / "b.jsonl"
    j.write_text("\n".join([
        json.dumps({"id": "ok1", "text": PARA}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"id": "notext"}),
        json.dumps({"id": "baddate", "text": PARA, "published": "18/04/2019"}),
        json.dumps({"id": "ok2", "text": PARA}),
    ]) + "\n", encoding="utf-8")
    c = tmp_path / "c.csv"
    c.write_text(f'id,text\nr1,"{PARA}"\nr2\nr3,"{PARA}"\n', encoding="utf-8")
    items = list(read_articles([str(j), str(c)]))
    assert [a.id for a in _articles(items)] == ["ok1", "ok2", "r1", "r3"]
    errs = _errors(items)
    assert [type(e) for e in errs] == [MalformedRecordError] * 5
    assert all(str(e).startswith("[E005] ") for e in errs)
    assert [str(e).split(": ")[0].split("/")[-1] for e in errs] == [
        "b.jsonl:2", "b.jsonl:3", "b.jsonl:4", "b.jsonl:5", "c.csv:3"]
    assert "18/04/2019" in str(errs[3])


def test_invalid_published_date() -> None:
    with pytest.raises(InvalidDateError, match="2019-13-45"):
        make_article(PARA, published="2019-13-45")


def test_non_english_text() -> None:
    german = ("Die Bundesregierung hat am Montag beschlossen, die Sanktionen gegen das Land zu "
              "verlängern, wie ein Sprecher des Auswärtigen Amtes in Berlin mitteilte. Die "
              "Opposition kritisierte die Entscheidung und forderte neue Gespräche mit der "
              "Regierung in Moskau über die Lage in der Ukraine.")
    with pytest.raises(NotEnglishError):
        make_article(german)
    with pytest.raises(NotEnglishError):
        make_article("俄罗斯总统普京周一在莫斯科会见了朝鲜领导人金正恩，双方讨论了经济合作问题。" * 5)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    (err,) = list(read_articles([str(tmp_path / "nope.txt")]))
    assert isinstance(err, InputError) and "nope.txt" in str(err)


def test_seed_fixture_is_the_shared_seed() -> None:
    assert SEED_FILE.exists()


def test_end_offsets_map_to_the_end_of_the_kept_text() -> None:
    text = "• Reuters\nTalks began.\nSign up for our newsletter today.\n"
    art = make_article(text, check_language=False)
    assert art.body == "Talks began.\n"
    end = art.body.index(".") + 1
    assert text[art.to_original(0):art.to_original_end(end)] == "Talks began."
    assert art.to_original_end(len(art.body)) == text.index("Sign")


def test_a_one_line_article_mentioning_subscriptions_is_kept() -> None:
    text = ("Senator Cruz proposed an amendment on Thursday; supporters urged voters to sign up "
            "for the campaign's newsletter and to subscribe to updates from the committee.")
    art = make_article(text)
    assert art.body == text and art.credits == []


def test_picture_credits_and_captions_are_cut_anywhere() -> None:
    from eventwire.article import clean
    text = ("Starbucks will buy out its partner.\nImage copyright Getty Images\n"
            "The company will close all its Teavana stores.\nImage caption A Teavana store\n"
            "Photo: AP\nThe image copyright belongs to the photographer, a spokesman said.\n")
    body, _, _ = clean(text)
    assert body == ("Starbucks will buy out its partner.\nThe company will close all its Teavana "
                    "stores.\nThe image copyright belongs to the photographer, a spokesman said.\n")
