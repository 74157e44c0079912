"""The paragraph stage: a blank line always ends a sentence, whatever the parser thinks."""

from __future__ import annotations

import datetime as dt

from eventwire import extract
from eventwire.nlp import make_doc


def _sentences(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, text, dt.date(2019, 1, 4)))
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_the_stage_runs_before_the_parser(nlp) -> None:  # type: ignore[no-untyped-def]
    names = nlp.pipe_names
    assert names.index("eventwire_paragraphs_v1") < names.index("parser")


def test_a_dateline_is_no_part_of_the_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Friday, January 4, 2019\xa0\n\n\nAn apartment building collapsed on Monday "
            "in Magnitogorsk.")
    sents = _sentences(nlp, text)
    assert sents[0] == "Friday, January 4, 2019"
    assert sents[-1].startswith("An apartment building")


def test_a_closing_quote_stays_with_its_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ('He said, "We will not give up."\n\nThe minister left for Paris on Monday.')
    sents = _sentences(nlp, text)
    assert sents[0].endswith('"')
    assert sents[-1] == "The minister left for Paris on Monday."


def test_a_single_line_break_is_left_to_the_parser(nlp) -> None:  # type: ignore[no-untyped-def]
    # hard-wrapped text: a line break inside a sentence does not end it
    text = "The government of France sent\n20 million euros to Haiti on Monday."
    assert len(_sentences(nlp, text)) == 1


def test_a_question_before_a_speaker_label_codes_nothing() -> None:
    # an interview: the question ends its paragraph, the next line names who answers
    text = ("Will the government of France send aid to Haiti?\n\n\n((Jean Dupont))\n\n"
            "We have not decided yet.")
    assert extract(text, published="2020-05-01") == []


def test_leading_blank_lines_make_no_sentence_of_their_own(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "\n\nPolice arrested two men.\n\nThey were released.", None))
    sents = list(doc.sents)
    assert len(sents) == 2 and sents[0].text.strip() == "Police arrested two men."


def test_an_interviewers_turn_codes_nothing() -> None:
    # a transcript: the interviewer's remarks ("((WN))") are no news; the answer is
    text = ("((WN))\n\nThe government of France sent aid to Haiti in January.\n\n"
            "((Jean Dupont))\n\nThe government of France sent aid to Haiti again on Monday.\n\n"
            "((hi))\n\nThe government of Germany sent aid to Haiti on Tuesday.")
    events = extract(text, published="2020-05-01")
    assert sorted(e.trigger.text for e in events) == ["sent", "sent"]
    assert all("January" not in e.sentence for e in events)


def _flags(nlp, text: str, trigger: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, text, dt.date(2020, 5, 1)))
    found = [e for e in doc._.event_candidates or [] if doc[e.trigger_start].text == trigger]
    assert found, f"no candidate {trigger!r}"
    return list(found[0].flags)


def test_a_private_interviewees_i_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    # the label names no known actor: the speaker's own refusals are private matters
    text = "((WN))\n\nWhy did you stop?\n\n((Jane Doe))\n\nI refused to play for the team."
    assert "private_party" in _flags(nlp, text, "refused")
    # a label naming a known actor keeps them
    text = ("((WN))\n\nWhy did you stop?\n\n((Bernie Sanders))\n\n"
            "I refused to endorse the nominee.")
    assert "private_party" not in _flags(nlp, text, "refused")


def test_an_interviewees_i_is_the_speaker_the_label_names() -> None:
    text = ("((WN))\n\nWhat will you do next?\n\n((Bernie Sanders))\n\n"
            "I will meet the president of Mexico next week.")
    events = extract(text, published="2020-05-01")
    meet = [e for e in events if e.trigger.text == "meet"]
    assert meet and meet[0].source[0].name == "Bernie Sanders"
    assert meet[0].attribution is not None and meet[0].attribution.text == "Bernie Sanders"
