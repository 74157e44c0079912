"""The shipped event lexicon: it loads, every entry is well formed, and a table of
short made-up sentences (written for this test, not taken from any corpus) is coded
with the expected PLOVER type and CAMEO family, one or more per PLOVER type."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

import eventwire
from eventwire.knowledge.cameo import cameo_table, code_info
from eventwire.knowledge.lexicon import load_lexicon


def _raw_lexicon_text() -> str:
    return (resources.files("eventwire.knowledge") / "data" / "event_lexicon.yaml").read_text(
        encoding="utf-8")


def test_lexicon_loads_with_valid_codes() -> None:
    lex = load_lexicon()
    assert len(lex.verbs) > 300 and len(lex.nouns) > 100
    codes = set(cameo_table())
    for pats in list(lex.verbs.values()) + list(lex.nouns.values()):
        for p in pats:
            assert p.cameo in codes, p.id
            assert not p.cameo.startswith("01"), f"{p.id}: CAMEO 01 is not coded"
            info = code_info(p.cameo)
            assert info is not None and info.plover, f"{p.id}: {p.cameo} has no PLOVER type"
            assert 0.45 <= p.confidence <= 1.0, f"{p.id}: an entry under 0.45 can never fire"


class _DupCheckLoader(yaml.SafeLoader):
    pass


def _no_duplicates(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise AssertionError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_DupCheckLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicates)


def test_lexicon_has_no_duplicate_lemmas_and_only_string_words() -> None:
    # YAML silently keeps the last of two equal keys, and reads unquoted on/off/yes/no
    # as booleans: "prep: on" would never match.
    data = yaml.load(_raw_lexicon_text(), Loader=_DupCheckLoader)  # noqa: S506 (safe subclass)
    for section in ("verbs", "nouns"):
        for lemma, entries in data[section].items():
            assert isinstance(lemma, str), lemma
            for e in entries:
                for key in ("prep", "particle"):
                    if key in e:
                        assert isinstance(e[key], str), f"{section} {lemma}: {key} {e[key]!r}"
                for key in ("object", "not_object", "target", "target_preps"):
                    vals = e.get(key) or []
                    vals = vals if isinstance(vals, list) else [vals]
                    assert all(isinstance(v, str) for v in vals), f"{section} {lemma}: {key} {vals}"


# (sentence, PLOVER type, CAMEO code prefix, trigger text)
CASES = [
    ("Egypt urged Ethiopia to resume negotiations over the dam.", "REQUEST", "02", "urged"),
    ("The Arab League called on Israel to release the detained fishermen.", "REQUEST", "02", "called"),
    ("Kenya demanded the release of its citizens held in Somalia.", "REQUEST", "10", "demanded"),
    ("Japan pledged $50 million in aid to Sri Lanka.", "AGREE", "03", "pledged"),
    ("Germany offered to mediate between Serbia and Kosovo.", "AGREE", "03", "offered"),
    ("The Chinese foreign minister met his Indian counterpart in Moscow.", "CONSULT", "04", "met"),
    ("The Turkish president visited Qatar on Sunday.", "CONSULT", "04", "visited"),
    ("Iran and Saudi Arabia held talks in Baghdad.", "CONSULT", "04", "talks"),
    ("Norway brokered a ceasefire between the Colombian government and the rebels.",
     "CONSULT", "04", "brokered"),
    ("The French president praised the Moroccan government for its response.",
     "SUPPORT", "05", "praised"),
    ("Greece and Egypt signed a maritime agreement on Thursday.", "SUPPORT", "05", "signed"),
    ("Bahrain established diplomatic relations with Israel.", "SUPPORT", "05", "established"),
    ("The Canadian prime minister apologized to indigenous leaders.", "SUPPORT", "05", "apologized"),
    ("Turkey extradited the suspects to Germany.", "COOPERATE", "06", "extradited"),
    ("Israel shared intelligence with Morocco about the plot.", "COOPERATE", "06", "shared"),
    ("The European Union sent humanitarian aid to Lebanon.", "AID", "07", "sent"),
    ("Uganda granted asylum to the Afghan refugees.", "AID", "07", "granted"),
    ("The governor withdrew the bill after weeks of protests.", "CONCEDE", "08", "withdrew"),
    ("The Peruvian president resigned amid mass protests.", "RETREAT", "08", "resigned"),
    ("The candidate conceded the election on Wednesday.", "CONCEDE", "08", "conceded"),
    ("The Iranian government released two French nationals on Friday.", "RETREAT", "08", "released"),
    ("The United States lifted sanctions on Venezuela.", "RETREAT", "08", "lifted"),
    ("Russia pulled its troops out of the border region.", "RETREAT", "08", "pulled"),
    ("Brazilian prosecutors opened an investigation into the former president.",
     "ACCUSE", "09", "investigation"),
    ("China condemned the Japanese prime minister's visit to the shrine.", "ACCUSE", "11", "condemned"),
    ("The Ukrainian government accused Russia of war crimes.", "ACCUSE", "11", "accused"),
    ("Mexico sued the Trump administration over the rule.", "ACCUSE", "11", "sued"),
    ("Pakistan rejected India's offer of talks.", "REJECT", "12", "rejected"),
    ("Russia vetoed the Security Council resolution on Syria.", "REJECT", "12", "vetoed"),
    ("North Korea threatened to attack South Korea.", "THREATEN", "13", "threatened"),
    ("Thousands of Chileans took to the streets of Santiago.", "PROTEST", "14", "took"),
    ("Nigerian doctors went on strike over unpaid salaries.", "PROTEST", "14", "went"),
    ("Students staged a sit-in outside the Thai parliament.", "PROTEST", "14", "in"),
    ("China deployed warships to the South China Sea.", "MOBILIZE", "15", "deployed"),
    ("The Indian army put its troops on high alert.", "MOBILIZE", "15", "put"),
    ("The European Union imposed sanctions on Belarus.", "SANCTION", "16", "imposed"),
    ("Poland expelled three Russian diplomats.", "SANCTION", "16", "expelled"),
    ("Saudi Arabia suspended flights to Canada.", "SANCTION", "16", "suspended"),
    ("Police arrested the opposition leader in Kampala.", "COERCE", "17", "arrested"),
    ("Egyptian authorities deported the British journalist.", "COERCE", "17", "deported"),
    ("The Thai government declared a state of emergency in Bangkok.", "COERCE", "17", "declared"),
    ("Myanmar police cracked down on protesters in Yangon.", "ASSAULT", "17", "cracked"),
    ("Gunmen kidnapped two Italian aid workers in Mali.", "ASSAULT", "18", "kidnapped"),
    ("Israeli aircraft bombed Hamas positions in Gaza.", "ASSAULT", "19", "bombed"),
    ("Syrian rebels opened fire on government troops near Idlib.", "ASSAULT", "19", "opened"),
    ("Russian forces shot down a Ukrainian helicopter.", "ASSAULT", "19", "shot"),
    ("Azerbaijani troops clashed with Armenian forces on the border.", "ASSAULT", "19", "clashed"),
]

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
                "ACCUSE", "REQUEST", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION",
                "COERCE", "ASSAULT"}


def test_table_covers_every_plover_type() -> None:
    assert {c[1] for c in CASES} == PLOVER_TYPES


@pytest.mark.parametrize(("text", "plover", "cameo", "trigger"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_sentence_is_coded(text: str, plover: str, cameo: str, trigger: str) -> None:
    events = eventwire.extract(text, published="2020-01-01")
    hits = [e for e in events if e.plover == plover and e.cameo.startswith(cameo)]
    assert hits, f"{text!r}: " + ", ".join(f"{e.trigger.text}/{e.plover}/{e.cameo}" for e in events)
    assert any(trigger in e.trigger.text for e in hits), [e.trigger.text for e in hits]


@pytest.mark.parametrize("text", [
    "The minister released a statement on Monday.",
    "The company launched a new phone in Seoul.",
    "Liverpool beat Chelsea in the final.",
    "The government approved the budget for next year.",
    "Officials said the storm destroyed hundreds of homes.",
])
def test_ambiguous_words_are_not_coded_in_their_other_senses(text: str) -> None:
    events = eventwire.extract(text, published="2020-01-01")
    assert not events, [(e.trigger.text, e.plover, e.cameo) for e in events]


# Entries added from the coverage mining of Wikinews 2019-2020 (train and unannotated
# articles only). Sentences are made up for this test, not taken from any corpus.
COVERAGE_CASES = [
    ("The Senate held a public hearing into the collapse of the bank.", "ACCUSE", "090",
     "hearing"),
    ("Teachers launched a strike over pay on Monday.", "PROTEST", "143", "strike"),
    ("Nurses stopped work on the first day of a pay strike.", "PROTEST", "143", "strike"),
    ("Italy announced a suspension of air links with Yugoslavia.", "SANCTION", "161",
     "suspension"),
    ("The United States said it would prohibit all aid to the rebels.", "SANCTION", "162",
     "prohibit"),
    ("Polish police released the correspondent of the news agency on Friday.", "RETREAT",
     "0841", "released"),
    ("Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.", "AID", "074",
     "arrived"),
    ("The opposition leader chastised the government over the fuel shortage.",
     "ACCUSE", "111", "chastised"),
    ("Amnesty International filed a lawsuit against the interior ministry.",
     "ACCUSE", "115", "filed"),
    ("The president commuted the sentences of 20 political prisoners.",
     "RETREAT", "0841", "commuted"),
    ("Russia amassed troops near the Ukrainian border.", "MOBILIZE", "154", "amassed"),
    ("The United States withheld military aid from Ukraine.", "SANCTION", "162", "withheld"),
    ("The junta dissolved the main opposition party.", "COERCE", "1722", "dissolved"),
    ("Police kept the activists in custody for three days.", "COERCE", "173", "kept"),
    ("Turkey proposed talks with Greece over the disputed waters.", "AGREE", "036", "proposed"),
    ("Japan expressed solidarity with the Philippine government.", "SUPPORT", "051",
     "expressed"),
    ("The army repelled a rebel attack on the town.", "ASSAULT", "190", "repelled"),
    ("Protesters heckled the prime minister during his speech in Lagos.",
     "PROTEST", "140", "heckled"),
    ("Thai authorities disqualified the main opposition candidate.",
     "COERCE", "1722", "disqualified"),
    ("Canada will resettle 5,000 Afghan refugees this year.", "AID", "075", "resettle"),
]


# Entries added in the systematic pass over the CAMEO codebook (families 02-20).
# Sentences made up for this test.
COVERAGE_CASES += [
    ("The opposition described the election as a sham.", "ACCUSE", "111", "described"),
    ("The Iraqi government claimed fraud in the Kurdish referendum.", "ACCUSE", "112", "claimed"),
    ("The Supreme Court struck down the abortion ban.", "ACCUSE", "116", "struck"),
    ("Opposition lawmakers shouted at the prime minister in parliament.",
     "PROTEST", "140", "shouted"),
    ("Iran downed a Ukrainian airliner near Tehran.", "ASSAULT", "190", "downed"),
    ("Soleimani orchestrated attacks on American bases in Iraq.", "ASSAULT", "190",
     "orchestrated"),
    ("The president granted clemency to 20 prisoners.", "RETREAT", "0841", "granted"),
    ("Ukraine called up reservists after the Russian buildup.", "MOBILIZE", "154", "called"),
    ("The junta stripped the opposition leader of his citizenship.", "COERCE", "172",
     "stripped"),
    ("The British parliament voted against the Brexit deal.", "REJECT", "120", "voted"),
]


@pytest.mark.parametrize(("text", "plover", "cameo", "trigger"), COVERAGE_CASES,
                         ids=[c[0][:40] for c in COVERAGE_CASES])
def test_coverage_entries_are_coded(text: str, plover: str, cameo: str, trigger: str) -> None:
    events = eventwire.extract(text, published="2020-01-01")
    hits = [e for e in events if e.plover == plover and e.cameo.startswith(cameo)]
    assert hits, f"{text!r}: " + ", ".join(f"{e.trigger.text}/{e.plover}/{e.cameo}" for e in events)
    assert any(trigger in e.trigger.text for e in hits), [e.trigger.text for e in hits]


@pytest.mark.parametrize("text", [
    "The foreign ministry declined to comment.",
    "Officials held a press conference in the capital.",
    "She kept the letters in a drawer.",
    "The company proposed a new design for the bridge.",
    "The minister described the plan in detail.",
    "He spoke with reporters outside the court.",
])
def test_coverage_entries_need_their_object(text: str) -> None:
    # "decline", "hold", "keep" and "propose" are coded only with an object that
    # makes them events (an invitation, custody, talks or a law).
    events = eventwire.extract(text, published="2020-01-01")
    assert not events, [(e.trigger.text, e.plover, e.cameo) for e in events]


def test_emergency_meeting_is_not_a_state_of_emergency() -> None:
    events = eventwire.extract("The governor called an emergency meeting of the cabinet.",
                               published="2020-01-01")
    assert not [e for e in events if e.cameo == "1724"], [(e.trigger.text, e.cameo) for e in events]


def test_resignation_is_a_retreat_but_conceding_an_election_is_not() -> None:
    # 0831 both: PLOVER files a resignation under RETREAT (mode resign), a
    # conceded election under CONCEDE.
    resigned = eventwire.extract("The Peruvian president resigned amid mass protests.",
                                 published="2020-01-01")
    assert [(e.cameo, e.plover, e.mode) for e in resigned if e.cameo.startswith("08")] == [
        ("0831", "RETREAT", "resign")]
    conceded = eventwire.extract("President Trump has not conceded the election.",
                                 published="2020-01-01")
    assert [(e.cameo, e.plover) for e in conceded] == [("0831", "CONCEDE")]


def test_an_entry_may_name_its_plover_type_and_a_wrong_one_is_refused() -> None:
    from eventwire.errors import KnowledgeFileError
    from eventwire.knowledge.lexicon import parse_lexicon_text

    _, verbs, _ = parse_lexicon_text(
        'verbs:\n  abdicate:\n    - {cameo: "0831", plover: RETREAT, mode: resign}\n', "mine.yaml")
    assert (verbs["abdicate"][0].plover, verbs["abdicate"][0].mode) == ("RETREAT", "resign")
    with pytest.raises(KnowledgeFileError, match="mine.yaml.*'RETRET' is not a PLOVER type"):
        parse_lexicon_text('verbs:\n  abdicate:\n    - {cameo: "0831", plover: RETRET}\n',
                           "mine.yaml")


@pytest.mark.parametrize("text", [
    "Russian troops arrived in Syria on Monday.",
    "The band released a new album on Friday.",
])
def test_troops_arriving_are_no_visit_and_albums_are_no_prisoners(text: str) -> None:
    events = eventwire.extract(text, published="2020-01-01")
    assert not events, [(e.trigger.text, e.plover, e.cameo) for e in events]


@pytest.mark.parametrize(("text", "cameo"), [
    ('Sam Wang called Conway "an incomparable mathematician, a pleasant neighbor".', "051"),
    ("Sanders called Biden a decent man.", "051"),
    ("The opposition called the election a sham.", "111"),
    ('Pelosi called the conduct a "breach of his responsibilities".', "111"),
])
def test_a_naming_verdict_is_coded_by_its_words(text: str, cameo: str) -> None:
    events = eventwire.extract(text, published="2020-01-01")
    assert [e.cameo for e in events if e.trigger.text in ("called", "termed")] == [cameo]


@pytest.mark.parametrize("text", [
    "Thank you for agreeing to this interview.",
    "Particulate matter can cause lung problems, heart attacks and stroke.",
    "Attendees ran for cover as a severe thunderstorm warning put a damper on festivities.",
    "It is a national honour conferred by the president of Namibia.",
    "Coles ordered bigger packages from its suppliers.",
    "With Wikinews, the candidate discusses his background and his views.",
    "The guitarist died on Tuesday following an extended battle with throat cancer.",
    "Firefighters battled the blaze for hours.",
    "Neuroscientists from the institute examined harm aversion in rats.",
    'He said "It is a great loss to the people of South Sudan."',
    "SpaceX launched its first crewed mission from Florida with a Falcon 9 rocket.",
    "Kokesh, who hails from Arizona, has been active in the anti-war movement.",
    'Sustainable Australia describes itself as an "independent community movement".',
    "The James Webb Telescope is scheduled to be deployed next year.",
    "Israel launched a strike over the border on Monday.",  # no labour strike
    "The judge scheduled a bail hearing for Monday.",  # court procedure
    "At around 11:25am, the Associated Press called the election for Biden.",
    "Later in the day, the AP and NBC News also called Nevada for Biden.",
    "Murphy sent a letter to President-elect Joe Biden and his team.",
    "Modi offered condolences to the families of the victims.",
    "Leon van Biljon, owner of a lion lodge, was killed by his lions on Tuesday.",
    "The man was killed by a storm.",
    "Khamenei ordered three days of public mourning after the strike.",
    "Interpol's constitution prohibits any intervention of a political character.",
    "NATO guidelines call for military spending of 2% of GDP.",
    "Yesterday, Buttigieg followed suit, likewise dropping out of the race.",
    "Khosla talked of Munk's countless discoveries.",  # speaking about, no talks
    "Yellow warnings were issued nationwide, while six counties received orange warnings.",
    "Features available in CentOS were tried and tested by Fedora.",
    "Wikinews discussed with Kurtzer the beginning of CentOS.",  # an interview
    "Users will find out whether CentOS Stream meets their needs.",
    'Dr Seager said, "It is kind of hard to get your head around."',
    "Did the Iranian Chess Federation ever support you, back in the days?",  # a question
    "Aftershocks of a powerful earthquake with magnitude 6.3 that struck the southern "
    "Philippines on Wednesday hit the region.",
    '"Why should the bishops be exempt from these rules?"',
    # a sentence in another script: its English words are not parsed as English
    "भी आता है, demand करता है — सब मुफ़त में demand करता है।",
])
def test_courtesies_illnesses_weather_honours_purchases_and_interviews_are_no_events(
        text: str) -> None:
    events = eventwire.extract(text, published="2020-01-01")
    assert not events, [(e.trigger.text, e.plover, e.cameo) for e in events]


def test_an_act_after_following_keeps_its_own_time() -> None:
    events = eventwire.extract(
        "Voters in Groom are scheduled to go to the polls this week following the "
        "resignation of MP John McVeigh.", published="2020-01-27")
    assert [(e.trigger.text, e.modality) for e in events] == [("resignation", "asserted")]


def test_a_planned_act_carried_out_happened() -> None:
    events = eventwire.extract("On December 5, the government of Samoa executed a planned "
                               "shutdown of public services.", published="2019-12-07")
    assert [(e.trigger.text, e.cameo, e.modality) for e in events] == [
        ("shutdown", "172", "asserted")]


def test_an_actors_name_is_no_trigger() -> None:
    events = eventwire.extract("Amnesty filed a suit against the ministry.",
                               published="2020-01-01")
    assert [(e.trigger.text, e.cameo) for e in events] == [("filed", "115")]
