"""The event stage's candidates (before the learned filter): which triggers are proposed.

The filter can keep only what is proposed, so these tests pin coverage of general
constructions of news English. Sentences are made up for the tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.nlp import make_doc


def _candidates(nlp, text: str) -> list[tuple[str, str, list[str]]]:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    return [(doc[e.trigger_start:e.trigger_end].text, e.cameo, list(e.flags))
            for e in doc._.event_candidates or []]


PROPOSED = [
    # a place or a group struck is an attack (a storm striking is vetoed as a hazard)
    ("Israeli jets struck Gaza.", "struck", "190"),
    # conceding an election yields power (0831); a team conceding defeat does not
    ("The ruling party conceded defeat in the election.", "conceded", "0831"),
    # missiles fired in a test or into the sea show force; fired into a country they attack
    ("North Korea fired two ballistic missiles into the sea.", "fired", "150"),
    ("Russia launched a missile test.", "test", "150"),
    ("Hamas fired rockets into Israel.", "fired", "19"),
    ("The jury found him guilty of murder.", "found", "173"),
    # a court appeal is litigation
    ("The relatives are awaiting the results of a federal court appeal.", "appeal", "115"),
    # a court battle is litigation
    ("Wisconsin held elections following a court battle over the date.", "battle", "115"),
    ("The farmers have fought the project in court.", "fought", "115"),
    # the act itself, named with its victim or counted, is still an act
    ("McArthur admitted his guilt in eight murders.", "murders", "18"),
    ("He was found guilty of the murder of a journalist.", "murder", "18"),
    # soldiers or police coming under fire are shot at; a minister is criticised
    ("The officers came under fire from inside the house.", "came", "190"),
    ("The minister came under fire from Senator Bernie Sanders.", "came", "111"),
    # a person called by a praising word is praised
    ('Mr Trump called Mrs Haley "a proven dealmaker".', "called", "051"),
    ("The former mayor was found guilty of fraud.", "found", "173"),
    ("The court found the suspension of parliament unlawful.", "found", "116"),
    ("The senator faces three counts of bribery.", "faces", "115"),
    ("Police released him on bail.", "released", "0841"),
    ("Thousands marched to parliament on Sunday.", "marched", "141"),
    ("A federal judge dismissed the lawsuit against the governor.", "dismissed", "116"),
    ("The appeals court overturned his conviction.", "overturned", "116"),
    ("The appeals court vacated the verdict.", "vacated", "116"),
    ("The judge ruled that the policy violated the constitution.", "ruled", "116"),
    ("The ministry ordered the broadcaster to stop transmitting.", "ordered", "10"),
    ("The mayor advised residents to stay indoors.", "advised", "02"),
    ("The government closed all schools for two weeks.", "closed", "172"),
    ("Unvaccinated workers were prohibited from entering hospitals.", "prohibited", "172"),
    ("Two senators introduced a bill to limit executive power.", "introduced", "034"),
    # "voted to V": the vote is the trigger, coded by what was voted for
    ("The parliament voted to lift the state of emergency.", "voted", "0"),
    ("The legislature voted to legalize same-sex marriage.", "voted", "083"),
    # verdicts on an object: "called X a Y", "deemed X illegal", "described X as Y"
    ("The opposition leader called the election a sham.", "called", "111"),
    ("The minister deemed the agreement illegal.", "deemed", "111"),
    ("The senator characterized the raid as an act of war.", "characterized", "111"),
    ("The two leaders spoke by telephone on Friday.", "spoke", "041"),
    ("The prime minister spoke out against the attack.", "spoke", "111"),
    ("Prosecutors charged the driver on Monday.", "charged", "115"),
    ("The two men were tried for treason.", "tried", "115"),
    ("The man drove his van into a crowd of shoppers.", "drove", "180"),
    ("The former governor faces a life sentence.", "sentence", "173"),
    ("Hundreds gathered outside the parliament building.", "gathered", "141"),
    ("The minister raised the issue with the ambassador.", "raised", "040"),
    ("The Supreme Court declined to hear the case.", "declined", "120"),
    ("The opposition claimed the government had bribed voters.", "claimed", "112"),
    ("Iran warned Washington that it would respond.", "warned", "13"),
    # "for" parsed as the marker of a for-to clause is still the verb's "for" phrase
    ("The president called for member states to raise military spending.", "called", "02"),
    ("The government refused to provide the rebels with fuel.", "refused", "12"),
    ("Iran refused to discuss its nuclear program with the United States.", "refused", "12"),
    ("Police cleared protesters from the square.", "cleared", "175"),
    ("The governor delayed the election until June.", "delayed", "172"),
    ("The senator questioned the legality of the order.", "questioned", "111"),
    # the noun a relative clause hangs on is the verb's object
    ("The sanctions Washington imposed last year hurt the economy.", "imposed", "163"),
    # a reported statement whose content is an accusation, praise or demand: the
    # judging word is the trigger
    ("The senator said the president was lying.", "lying", "112"),
    ('"The government is corrupt," the opposition leader said.', "corrupt", "112"),
    ("The opposition leader said the prime minister had broken the law.", "broken", "112"),
    ("The minister said the strike was a war crime.", "crime", "112"),
    ("The governor said the firefighters did an excellent job.", "excellent", "051"),
    ("The mayor said the police officers were heroes.", "heroes", "051"),
    ("The union said the governor must resign.", "resign", "10"),
    ('The senator said, "That is not okay."', "okay", "111"),
    ("The activist said the law ignores the needs of rural communities.", "ignores", "111"),
    # predicate adjectives that are the act: criticism, support, apology, readiness, orders
    ("The senator was critical of the president's decision.", "critical", "111"),
    ("The governor has been supportive of the protesters.", "supportive", "051"),
    ("The bishop said the church was sorry for the abuse.", "sorry", "055"),
    ("Britain stands ready to send help to Australia.", "ready", "030"),
    ("Wearing a mask became compulsory on public transport.", "compulsory", "172"),
    ("The order made vaccination mandatory for children.", "mandatory", "172"),
    # a sentence-initial event noun the tagger reads as a name
    ("Tributes were paid by world leaders.", "Tributes", "051"),
    # multiword verbs
    ("Protesters tore down a statue of the general.", "tore", "145"),
    ("The senator came out against the bill.", "came", "110"),
    ("The mayor came under fire from residents.", "came", "111"),
    ("The suspect turned himself in to police.", "turned", "080"),
    ("The administration finally gave up on the plan.", "gave", "0832"),
    ("The senator raised concerns about the nomination.", "raised", "111"),
    ("The president took a parting shot at the press.", "took", "111"),
    # verbs and nouns added to the lexicon
    ("The army overthrew the president.", "overthrew", "170"),
    ("The governor postponed the primary election.", "postponed", "172"),
    ("The state arms maker acquired a mortar manufacturer.", "acquired", "061"),
    ("The two senators proposed to set term limits for judges.", "proposed", "034"),
    ("The president sent federal officers to the city.", "sent", "153"),
    ("The military staged a coup on Tuesday.", "coup", "170"),
    ("A partial lockdown will be instated on Saturday.", "lockdown", "172"),
    ("Police believe the theft involved a group of thieves.", "theft", "171"),
    ("The ministry delivered vaccine doses to the islands.", "delivered", "073"),
    ("The state firm signed a letter of intent with the gas supplier.", "signed", "0311"),
    ("The attacker is being held in isolation.", "held", "173"),
    # an event noun under a coded verb that is an event of its own
    ("Six soldiers were killed in the attack.", "attack", "190"),
    ("Two people were killed in a suicide bombing.", "bombing", "1831"),
    ("The man was sentenced to life in prison for her murder.", "murder", "1823"),
    ("Police arrested the singer on a charge of fraud.", "charge", "115"),
    ("In a phone call, the president urged his counterpart to act.", "call", "041"),
    ("The premier was interrupted by protesting lawmakers.", "interrupted", "140"),
    # entries from the CAMEO codebook (multiword / conditioned)
    ("The opposition called for a political solution to the crisis.", "called", "027"),
    ("Rebels took over the town after a week of fighting.", "took", "192"),
    ("Germany took in five hundred refugees last year.", "took", "075"),
    ("The mob beat the man to death.", "beat", "1823"),
    ("The government lodged a formal complaint with Beijing.", "lodged", "114"),
    ("Washington threatened Tehran with new sanctions.", "threatened", "1312"),
    ("The army put down the uprising within days.", "put", "175"),
    ("Border guards sent back the migrants to Turkey.", "sent", "174"),
    ("The minister stood down as party leader.", "stood", "0831"),
    ("Troops liberated the hostages on Tuesday.", "liberated", "0841"),
    ("Norway suspended its mediation between the two sides.", "suspended", "165"),
    ("Protesters hurled stones at the police.", "hurled", "145"),
    ("The rebels waged war on the government for a decade.", "waged", "190"),
    ("The junta set free 200 political prisoners.", "set", "0841"),
    ("Gunmen snatched 30 schoolgirls from a school.", "snatched", "181"),
    ("Iran hanged two protesters on Monday.", "hanged", "1823"),
    ("The senator drummed up support for the bill.", "drummed", "053"),
    ("Kyiv pointed the finger at Moscow.", "pointed", "112"),
    ("Israel held Hamas accountable.", "held", "112"),
    ("The governor threatened protesters with arrest.", "threatened", "137"),
    ("The militia wiped out the village.", "wiped", "202"),
    ("Britain gave back the islands to Mauritius.", "gave", "0842"),
    ("Mali kicked out the peacekeepers.", "kicked", "1661"),
    ("Separatists demanded independence from Spain.", "demanded", "1044"),
    ("Washington rolled back sanctions on Caracas.", "rolled", "085"),
    ("Swiss doctors handed over medicine to the Red Crescent.", "handed", "073"),
    ("Italy suspended air links with Serbia.", "suspended", "163"),
    ("The United Nations reduced food supplies to the camp.", "reduced", "162"),
    ("Border agents abused Mexican immigrants.", "abused", "182"),
    ("Israel has strengthened its forces in Lebanon.", "strengthened", "154"),
    # the verb's own object outranks an adjunct's: a strike is suspended, not talks
    ("The union suspended its strike after talks.", "suspended", "082"),
    ("Iran suspended talks with the EU.", "suspended", "164"),
    ("The judge ordered the release of the prisoners.", "ordered", "0841"),
    ("A jury found the former mayor guilty of bribery.", "found", "173"),
    ("The judge ruled that the law was unconstitutional.", "ruled", "116"),
    ("On Monday the minister called on Israel to stop.", "called", "02"),
]


@pytest.mark.parametrize(("text", "trigger", "cameo"), PROPOSED, ids=[p[0][:40] for p in PROPOSED])
def test_trigger_is_proposed(nlp, text: str, trigger: str, cameo: str) -> None:  # type: ignore[no-untyped-def]
    cands = _candidates(nlp, text)
    assert any(t.startswith(trigger) and c.startswith(cameo) for t, c, _ in cands), cands


NOT_PROPOSED = [
    ("The rally will take place in March.", "March"),
    # a forecast reported as a warning; the economy's demand; self-blame; taking a job
    ("Freezing drizzle is expected to descend on Toronto tonight, Environment Canada warns.",
     "warns"),
    ("Farmers are driven more by pride in their work than by market demands.", "demands"),
    ("I did not blame the market, I blamed myself.", "blamed"),
    ("Mr. Steve Carlsen has accepted the position of Superintendent of Schools.", "accepted"),
    # "as great as": a measure, no praise
    ('"The regional disparities are as great as I have ever seen them," Soper says.', "great"),
    # pleading guilty to charges brings no charge; undisclosed details are shared with no one
    ("They pleaded guilty to fourteen felony charges each.", "charges"),
    ("Details of the abduction were not immediately disclosed.", "disclosed"),
    ('As Justice Breyer asked in a dissent, "what sense does it make" to bar fathers?', "asked"),
    # a question asked is no appeal; sources talking on condition of anonymity share nothing
    ('"What about the targeting of hospitals in Syria?" the senator asked on Sunday.', "asked"),
    ("Both sources shared information on condition of anonymity.", "shared"),
    # agreeing with what someone said is no agreement to act
    ("Kellogg agreed with defense claims that there were no signs of abuse.", "agreed"),
    # an event noun naming the investigators' field is no act
    ("Arson investigators were back at the scene on Thursday.", "Arson"),
    # a description, an ideological battle, an offer of services
    ("The FBI put accused doctor killer James Kopp on its list of fugitives.", "accused"),
    ("Elian became a symbol of the government's ideological battle with exiles.", "battle"),
    ("Embassy employees can offer only emergency consular service.", "offer"),
    # fighting to keep someone is a struggle; envoys are no charges; anonymity asked is no appeal
    ("The relatives in Miami have fought to keep the boy permanently.", "fought"),
    ("Albright told ambassadors and charges d'affaires of 30 countries about the attack.",
     "charges"),
    ("A Justice official, who requested anonymity, said the department has authority.",
     "requested"),
    # taking charge of an investigation is no charge
    ("The major crimes unit of London police took charge of the investigation.", "charge"),
    # declining to discuss details with reporters refuses no talks
    ("In an interview on ABC, he declined to discuss details.", "declined"),
    # a patient refusing care, a patient released, a forecast of delays, industrial action
    ("Berrey had minor injuries and refused treatment, the Highway Patrol reported.", "refused"),
    ("Maria was treated and released, but Vermelhudo died.", "released"),
    ("BA warned that there would be knock-on delays at Heathrow.", "warned"),
    ("Virgin Atlantic pilots have voted to work to rule from 23 December.", "rule"),
    # a suit worn is no lawsuit; security threats are dangers, not threats made
    ("The gunman, who was wearing a dark suit and tie, fired eight shots.", "suit"),
    ("Turkey is struggling to contain multiple security threats.", "threats"),
    # a plan killed is dropped, no one attacked
    ("The announcement effectively killed the trade deal.", "killed"),
    ('Spain is hoping to kill off its famed "siesta" naps.', "kill"),
    # warnings of the weather are no threats
    ("Forecasters warned of freezing drizzle and ice pellets overnight.", "warned"),
    ("Much of the country is under extreme cold or snowfall warnings.", "warnings"),
    # a label before a colon is no act
    ("Warning: this story contains offensive language.", "Warning"),
    # a crime named as a charge or a plea is the charge, not an act
    ("He pleaded guilty to attempted murder of a government employee.", "murder"),
    ("He is suspected of kidnapping.", "kidnapping"),
    ("The officers faced allegations of torture.", "torture"),
    # a person called something no word judges is described, not criticised
    ('Mr Trump called Mrs Haley "a negotiator from South Carolina".', "called"),
    ("The team conceded defeat to Arsenal.", "conceded"),
    ("He pleaded guilty to two counts of fraud.", "pleaded"),
    ("The king ruled the country for forty years.", "ruled"),
    ("The minister released a statement on Monday.", "released"),
    # a thing released, or a patient leaving hospital, is no release of a person
    ("The documentary was released on YouTube on Saturday.", "released"),
    ("After a three-day stay, Trump was released from the hospital.", "released"),
    ("The names of the victims were released.", "released"),
    # an event word naming a body ("an abuse victim support charity", "aid workers")
    ("An abuse victim support charity criticised the statement.", "support"),
    ("Aid workers reached the town on Monday.", "Aid"),
    # a medical arrest; a sentence being served is a state
    ("He suffered a cardiac arrest on Monday and died.", "arrest"),
    ("Cohen is serving a three-year prison sentence.", "sentence"),
    ("He served eight years of a sixteen-year sentence.", "sentence"),
    ("Investigators found the wreckage in the sea.", "found"),
    ("The company faces a shortage of parts.", "faces"),
    ("The shop closed its doors at noon.", "closed"),
    ("Her parents called her Anna.", "called"),
    ("The witness called the police.", "called"),
    ("The lift in the lobby was repaired.", "lift"),
    ("The company charged a fee for delivery.", "charged"),
    ("Scientists gathered evidence at the site.", "gathered"),
    ("The team tried a new approach.", "tried"),
    ("He drove his car into the garage.", "drove"),
    ("The foreign ministry declined to comment.", "declined"),
    ("The chef threw the bottle into the bin.", "threw"),
    ("The company took over a rival firm.", "took"),
    ("The volunteers took in the washing before the rain.", "took"),
    ("The execution of the plan was delayed.", "execution"),
    ("He hanged a portrait on the wall.", "hanged"),
    ("The rebels claimed responsibility for the attack.", "claimed"),
    ("A police spokesman refused to comment on the case.", "refused"),
    # reported opinions that judge no one
    ("He said the weather was terrible.", "terrible"),
    ("He said the weather was terrible.", "said"),
    ("The minister said the economy was strong.", "strong"),
    ("Officials said the criminal investigation was continuing.", "criminal"),
    ("The minister said the attack was not illegal.", "illegal"),
    ("The minister said the plan was okay.", "okay"),
    ('"We must act now," the president said.', "act"),
    # predicate adjectives that judge nothing or lie ahead of nothing
    ("It is critical that the money arrives on time.", "critical"),
    ("The food is ready.", "ready"),
    ("The patient is in critical condition.", "critical"),
    # the noun under the verb is the verb's own event
    ("Police killed the gunman in a shootout.", "shootout"),
    ("Troops killed ten rebels in an attack on the base.", "attack"),
    # governing a country is no ruling; a time is no argument ("late on Tuesday")
    ("Mugabe ruled Zimbabwe for 37 years.", "ruled"),
    ("The coast guard called off its search late on Tuesday.", "called"),
    # event words that are part of a name or name a body
    ("Amnesty International accused the army of torture.", "Amnesty"),
    ("The appeals court upheld the conviction.", "appeals"),
    ("Riot police clashed with protesters.", "Riot"),
    ("The ruling party lost its majority.", "ruling"),
    # a reception, a backer named in a description, a name given, a duty
    ("The move was met with fury from local tourism chiefs.", "met"),
    ("SpaceX, backed by entrepreneur Elon Musk, launched a rocket.", "backed"),
    ("Militias backed by Iran attacked the embassy.", "backed"),
    ("Some microbes do not need oxygen, called anaerobic organisms.", "called"),
    ("As the manager, I am in charge of all the operations.", "charge"),
    ("The vaccine is free of charge for children.", "charge"),
    # a comparison, a show hosted, an opportunity seized
    ("The ministry said the harvest was 40% greater than last year.", "greater"),
    ("Kokesh previously hosted a show on RT.", "hosted"),
    ("Melbourne can seize the opportunity to be a finance centre.", "seize"),
    ("The hall was a country retreat for the mayor.", "retreat"),
]


def test_an_act_backed_by_an_actor_is_still_proposed(nlp) -> None:  # type: ignore[no-untyped-def]
    cands = _candidates(nlp, "The town was recaptured in an operation supported by Russia.")
    assert any(t == "supported" and c[:2] in ("05", "07") for t, c, _ in cands), cands


@pytest.mark.parametrize(("text", "hazard"), [
    ("Hurricane Dorian killed 50 people in the Bahamas.", "killed"),
    ("Typhoon Haiyan, which killed over 6,000 people, hit the Philippines.", "killed"),
])
def test_a_named_storm_is_a_hazard_not_an_actor(nlp, text, hazard) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    assert not [a for a in doc._.actors if "Dorian" in a.text or "Haiyan" in a.text]
    ev = next(e for e in doc._.event_candidates if doc[e.trigger_start].text == hazard)
    assert "hazard_subject" in ev.flags and not ev.source


@pytest.mark.parametrize(("text", "trigger"), [
    ("Pakistan rejected India's proposal.", "rejected"),
    ("The plan was rejected by parliament.", "rejected"),
])
def test_acting_on_a_plan_is_no_plan(nlp, text: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    ev = next(e for e in doc._.event_candidates if doc[e.trigger_start].text == trigger)
    assert ev.modality == "asserted"


@pytest.mark.parametrize(("text", "word"), NOT_PROPOSED, ids=[p[0][:40] for p in NOT_PROPOSED])
def test_word_is_not_proposed(nlp, text: str, word: str) -> None:  # type: ignore[no-untyped-def]
    cands = _candidates(nlp, text)
    assert not any(t.startswith(word) for t, _, _ in cands), cands


def test_shipped_lexicon_has_no_duplicate_lemmas() -> None:
    # YAML keeps only the last of two equal keys: a lemma listed twice in a section
    # silently loses its first entries.
    import re
    from importlib import resources

    text = (resources.files("eventwire.knowledge") / "data" / "event_lexicon.yaml").read_text(
        encoding="utf-8")
    section, seen, dups = None, set(), []
    for line in text.splitlines():
        if line in ("verbs:", "nouns:"):
            section = line
        m = re.match(r"^  ([^ #][^:]*):", line)
        if m and section:
            key = (section, m.group(1))
            if key in seen:
                dups.append(key)
            seen.add(key)
    assert not dups, dups


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("Iran is unwilling to meet the US envoy.", "meet", "negated"),
        # a denial negates the denied act
        ("The army denied shelling civilian areas.", "shelling", "negated"),
        # the verb an event noun is the subject of says how the event stands
        ("The summit between Putin and Xi is scheduled for June.", "summit", "planned"),
        ("Sentencing is scheduled for February 4.", "Sentencing", "planned"),
        ("The attack was planned by the militants.", "attack", "asserted"),
        # what is prevented did not happen; what is warned against has not
        ("Police prevented the protesters from marching to parliament.", "marching", "negated"),
        ("China warned Tokyo against deploying missiles.", "deploying", "hypothetical"),
        # "no" on the event noun negates it
        ("There were no talks between Iran and the US.", "talks", "negated"),
        # a present tense after "once/after/when" takes the main clause's future
        ("Iran will retaliate once the US imposes sanctions.", "imposes", "planned"),
        # a conjunct with its own auxiliary has its own polarity
        ("The deal was not reached by consent but was signed by Iran and Iraq.", "signed",
         "asserted"),
        ("Iran will not attack Israel or impose sanctions on the US.", "impose", "negated"),
        # what someone "would have faced" did not happen; what one may receive is possible
        ("Nixon would have faced impeachment over the scandal.", "impeachment", "hypothetical"),
        ("Iran may receive aid from Russia.", "aid", "possible"),
        # a plot lies ahead; what is considered is only possible
        ("The militants plotted to bomb the embassy.", "bomb", "planned"),
        ("The cabinet is weighing sanctions against Iran.", "sanctions", "possible"),
        ("The government is considering imposing a curfew.", "imposing", "possible"),
        ("He contemplated a hunger strike.", "strike", "possible"),
    ],
)
def test_commitment_verbs_set_modality(nlp, text, trigger, modality):  # type: ignore[no-untyped-def]
    """"unwilling to V": V is negated; "denied V-ing": V is negated; "the summit is
    scheduled": the summit lies ahead."""
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    found = {doc[e.trigger_start].text: e.modality for e in doc._.event_candidates}
    assert found.get(trigger) == modality


@pytest.mark.parametrize(
    ("text", "trigger", "inner", "plover", "cameo", "source", "target"),
    [
        ("Syria says it is willing to withdraw its troops from Lebanon.", "willing", "withdraw",
         "AGREE", "0356", "SYR", "LBN"),
        ("President Bouteflika said he is prepared to lift the ban on the Islamic Salvation "
         "Front.", "prepared", "lift", "AGREE", "0351", None, None),
        ("Iraq is prepared to impose martial law in Baghdad.", "prepared", "impose",
         "THREATEN", None, "IRQ", None),
        ("Britain has promised to continue military aid to Mozambique.", "promised", "aid",
         "AGREE", "033", "GBR", "MOZ"),
        ("Iran agreed to hold talks with the United States.", "agreed", "talks", "AGREE", "036",
         "IRN", "USA"),
        ("Albanian rebels have sworn to fight the Macedonian army.", "sworn", "fight",
         "THREATEN", "138", None, "MKD"),
        # a verb that puts its object into effect: the object noun is the content
        ("Algeria threatened to institute a curfew in the capital.", "threatened", "curfew",
         "THREATEN", "1323", "DZA", None),
        ("Russia agreed to establish a ceasefire.", "agreed", "ceasefire", "AGREE", "0356",
         "RUS", None),
        ("The union threatened to call a general strike.", "threatened", "strike",
         "THREATEN", "133", None, None),
    ],
)
def test_a_stated_commitment_is_the_event(nlp, text, trigger, inner, plover, cameo, source,  # type: ignore[no-untyped-def]
                                          target):
    """"X is willing / prepared to V", "X promised to continue aid": the commitment is coded
    (03x, or 13x for a coercive V; GUIDELINES section 6) with V's target; V itself is not a
    second event."""
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    by_trigger = {doc[e.trigger_start].text: e for e in doc._.event_candidates}
    assert inner not in by_trigger
    ev = by_trigger[trigger]
    # the committed act lies ahead; a threat is a speech act that happened (GUIDELINES 6)
    assert ev.plover == plover
    assert ev.modality == ("asserted" if plover == "THREATEN" else "planned")
    if cameo:
        assert ev.cameo == cameo
    if source:
        assert [a.country for a in ev.source] == [source]
    if target:
        assert [a.country for a in ev.target] == [target]


@pytest.mark.parametrize("text", [
    "Russia, which wields veto power on the Security Council, abstained.",
    "The new law gives police arrest powers at the border.",
])
def test_an_event_noun_naming_a_power_is_flagged(nlp, text):  # type: ignore[no-untyped-def]
    """"veto power", "arrest powers": what an actor may do, vetoed before the filter."""
    from eventwire.components.event_filter import VETO_FLAGS

    flagged = [f for _, _, f in _candidates(nlp, text) if "capability" in f]
    assert flagged and "capability" in VETO_FLAGS


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Syria says it will not accept any more refugees.", "accept", "SYR"),
    ("The Nigerian Union of Teachers announced that it has called off the strike.",
     "called off", "NGA"),
])
def test_it_after_a_reporting_verb_is_the_reporting_organisation(nlp, text, trigger, country):  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    found = {doc[e.trigger_start:e.trigger_end].text: e for e in doc._.event_candidates}
    assert trigger in found
    assert [a.country for a in found[trigger].source] == [country]
    assert "no_source" not in found[trigger].flags


def test_it_is_not_a_person_reporter(nlp):  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "Kim said it was time to meet Trump.", dt.date(2020, 1, 1)))
    meets = [e for e in doc._.event_candidates if doc[e.trigger_start].text == "meet"]
    assert all(a.kind != "person" or a.text != "Kim" for e in meets for a in e.source)


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "source", "target", "content"),
    [
        ("The ILO reiterated its demand today that Israel ease restrictions on Palestinian "
         "workers.", "demand", "1051", "IGO", "ISR", "ease"),
        ("Russia renewed its call for the United States to withdraw its troops from Syria.",
         "call", "0256", "RUS", "USA", "withdraw"),
        ("The EU repeated its appeal to Iran to release the sailors.", "appeal", "0253", "IGO",
         "IRN", "release"),
        ("Protesters in Minsk made a call for the government to resign.", "call", "0241", None,
         None, "resign"),
    ],
)
def test_a_demand_noun_codes_what_it_asks_for(nlp, text, trigger, cameo, source, target,  # type: ignore[no-untyped-def]
                                              content):
    """"its demand that Y V", "a call for Y to V", "an appeal to Y to V": one REQUEST event
    coded by V (asserted: the demand was made), addressed to Y; V did not happen."""
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    by_trigger = {doc[e.trigger_start].text: e for e in doc._.event_candidates}
    assert content not in by_trigger
    ev = by_trigger[trigger]
    assert (ev.plover, ev.cameo, ev.modality) == ("REQUEST", cameo, "asserted")
    if source:
        assert [a.country for a in ev.source] == [source]
    if target:
        assert [a.country for a in ev.target] == [target]


def test_a_rejected_demand_is_no_demand_event_and_its_content_no_event(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "Germany rejected the demand that it lift sanctions on Russia.",
                       dt.date(2020, 1, 1)))
    found = {doc[e.trigger_start].text: e.plover for e in doc._.event_candidates}
    assert found == {"rejected": "REJECT"}


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("Syria says it will not accept any more refugees.", "accept", "120"),
        ("The Libyan parliament did not ratify the agreement with Turkey.", "ratify", "120"),
        ("Russia will not recognize the independence of Kosovo.", "recognize", "120"),
        ("The U.S. said it would not meet the hostage-takers' demands.", "meet", "123"),
    ],
)
def test_not_accepting_is_a_refusal(nlp, text, trigger, cameo) -> None:  # type: ignore[no-untyped-def]
    """GUIDELINES 3: "he will not approve the budget" is REJECT (asserted), not a negated
    AGREE or SUPPORT."""
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    ev = {doc[e.trigger_start].text: e for e in doc._.event_candidates}[trigger]
    assert (ev.plover, ev.modality) == ("REJECT", "asserted")
    assert ev.cameo.startswith(cameo)


@pytest.mark.parametrize(
    ("text", "trigger", "cameo", "target"),
    [
        ("Nigeria announced that it will withdraw its peacekeeping force from Chad unless "
         "the president arranges a ceasefire.", "withdraw", "136", "Chad"),
        ("The party said it will boycott the elections unless the president agrees to step "
         "down.", "boycott", "133", None),
        ("The European Union may halt its mediation if the fighting resumes.",
         "halt", "135", None),
    ],
)
def test_a_conflictual_act_announced_on_a_condition_is_a_threat(  # type: ignore[no-untyped-def]
        nlp, text, trigger, cameo, target) -> None:
    """GUIDELINES 8 ("If Turkey attacks, we will respond" is THREATEN): the threat was
    made (asserted), with the code of what it threatens; the condition is hypothetical."""
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    by_trigger = {doc[e.trigger_start].text: e for e in doc._.event_candidates}
    ev = by_trigger[trigger]
    assert (ev.plover, ev.cameo, ev.modality) == ("THREATEN", cameo, "asserted")
    if target:
        assert [doc[a.start:a.end].text for a in ev.target] == [target]
    mark = next(t.i for t in doc if t.lower_ in ("if", "unless"))
    assert all(e.modality == "hypothetical" for e in doc._.event_candidates
               if e.trigger_start > mark)


def test_yielding_withheld_on_a_condition_is_a_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "The teachers will not end their strike unless their demands "
                            "are met.", dt.date(2020, 1, 1)))
    ev = {doc[e.trigger_start].text: e for e in doc._.event_candidates}["end"]
    assert (ev.plover, ev.cameo[:3], ev.modality) == ("REJECT", "124", "asserted")


@pytest.mark.parametrize("text", [
    "The government will lift sanctions if Iran complies.",  # a conditional promise
    "Nigeria will withdraw its peacekeeping force from Chad next year.",  # no condition
])
def test_no_condition_or_a_cooperative_act_makes_no_threat(nlp, text) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    assert doc._.event_candidates
    assert not [e for e in doc._.event_candidates if e.plover == "THREATEN"]
    assert all(e.modality == "planned" for e in doc._.event_candidates)


def test_not_meeting_someone_is_not_a_refusal(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(make_doc(nlp, "Kim did not meet Trump in Hanoi.", dt.date(2020, 1, 1)))
    ev = {doc[e.trigger_start].text: e for e in doc._.event_candidates}["meet"]
    assert (ev.plover, ev.modality) == ("CONSULT", "negated")


@pytest.mark.parametrize(
    ("text", "trigger", "source", "target"),
    [
        ("Qatar's emir launched a mediation effort on Saturday between the United Arab "
         "Emirates and Saudi Arabia.", "mediation", "QAT", ["ARE", "SAU"]),
        ("The Arab League chief undertook a mediation mission between Syria and Lebanon.",
         "mediation", None, ["SYR", "LBN"]),
        ("Israel reimposed blockades on Gaza on Friday.", "blockades", "ISR", None),
    ],
)
def test_event_noun_under_a_frame_noun_or_light_verb(nlp, text, trigger, source, target  # type: ignore[no-untyped-def]
                                                     ) -> None:
    """"launched a mediation *effort* between X and Y": the act is the compound's first
    noun, its actor the light verb's subject, its parties the phrases on the frame noun or
    the verb."""
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    ev = {doc[e.trigger_start].text: e for e in doc._.event_candidates}[trigger]
    if source:
        assert [a.country for a in ev.source] == [source]
    else:
        assert ev.source
    if target:
        assert [a.country for a in ev.target] == target


def test_a_name_split_by_the_parser_is_one_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    """The parser makes each word of "Hamad bin Khalifa al-Thani" a subject: one actor."""
    doc = nlp(make_doc(nlp, "Qatar's emir, Sheikh Hamad bin Khalifa al-Thani launched a "
                            "mediation effort between Bahrain and Saudi Arabia.",
                       dt.date(2020, 1, 1)))
    ev = {doc[e.trigger_start].text: e for e in doc._.event_candidates}["mediation"]
    assert [a.text for a in ev.source] == ["Hamad bin Khalifa al-Thani"]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Police arrested two parents in the town.", "arrested", ["two parents"]),
        ("Drone strikes hit oil facilities belonging to Aramco.", "hit", ["oil facilities"]),
        ("They subsequently released him pending investigation.", "released", ["him"]),
        ("The committee urged states not to reschedule their elections.", "urged", ["states"]),
        ("The governor declared a state of emergency.", "declared", []),
        ("Germany imposed new sanctions.", "imposed", []),
    ],
)
def test_an_uncoded_target_is_the_words_it_is_done_to(text, trigger, target) -> None:  # type: ignore[no-untyped-def]
    """No known actor in the target slot: the record's target is the noun phrase naming
    people, a group, a place or an installation, uncoded; never the event's content."""
    import eventwire

    events = {e.trigger.text: e for e in eventwire.extract(text, published="2020-01-01")}
    ev = events[trigger]
    assert [a.text for a in ev.target] == target
    assert all(a.code is None and a.country is None for a in ev.target)
    for a in ev.target:
        assert text[a.start:a.end] == a.text


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        ("On Saturday they arrested a 66-year-old man on suspicion of burglary.", "arrested",
         ["they"]),
        ("Several conservative groups gathered in Washington to protest.", "gathered",
         ["Several conservative groups"]),
        ("In that trial, he faced 18 counts of fraud.", "faced", []),
        ("He received criticism for the move.", "criticism", []),
    ],
)
def test_an_uncoded_source_is_the_words_naming_who_acts(text, trigger, source) -> None:  # type: ignore[no-untyped-def]
    """No known actor as the subject: the record's source is the pronoun or the noun
    phrase of people or a group, uncoded; not when the subject undergoes the act."""
    import eventwire

    events = {e.trigger.text.split()[0]: e
              for e in eventwire.extract(text, published="2020-01-01")}
    assert [a.text for a in events[trigger].source] == source


def test_releasing_documents_is_no_release_of_people(nlp) -> None:  # type: ignore[no-untyped-def]
    cands = _candidates(nlp, "The judge ordered the release of the documents.")
    assert not any(c.startswith("084") for _, c, _ in cands), cands


def test_a_clause_inside_the_object_does_not_describe_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """"a letter ... *giving them permission to access resources*": the clause's words
    are not what was sent ("resources" is no aid)."""
    cands = _candidates(nlp, "The administrator sent a letter to the governor giving "
                             "him permission to access funds and supplies.")
    assert not any(t == "sent" for t, _, _ in cands), cands


@pytest.mark.parametrize(("text", "trigger", "cameo", "gone"), [
    ("Thousands of protesters marched on parliament demanding the resignation of the prime "
     "minister.", "marched", "1411", "demanding"),
    ("Thousands of Iraqi Kurds demonstrated in Kirkuk calling for independence from Iraq.",
     "demonstrated", "141", "calling"),
    ("Islamic fundamentalists continued their hunger strike to demand the resignation of the "
     "president.", "strike", "1421", "demand"),
])
def test_a_protest_voices_its_demand(nlp, text, trigger, cameo, gone):  # type: ignore[no-untyped-def]
    """GUIDELINES 9: protests take the demand's sub-code; the demand is no second event."""
    doc = nlp(make_doc(nlp, text, dt.date(2020, 1, 1)))
    by_trigger = {doc[e.trigger_start].text: e for e in doc._.event_candidates}
    assert gone not in by_trigger
    assert by_trigger[trigger].cameo == cameo


@pytest.mark.parametrize("text", [
    "She claimed she had received threats.",
    "North Korea claimed it was free of the virus.",
])
def test_a_claim_about_the_claimer_is_flagged(nlp, text) -> None:  # type: ignore[no-untyped-def]
    flags = [f for t, _, fl in _candidates(nlp, text) if t == "claimed" for f in fl]
    assert "self_claim" in flags


def test_a_claim_about_someone_else_is_not_flagged(nlp) -> None:  # type: ignore[no-untyped-def]
    cands = _candidates(nlp, "North Korea claimed the United States had violated the deal.")
    assert any(t == "claimed" and "self_claim" not in fl for t, _, fl in cands), cands


@pytest.mark.parametrize(("text", "cameo"), [
    ("Local police warned people in the area to stay inside.", "020"),  # advice
    ("Iran warned the United States of retaliation.", "138"),  # a threat of force
])
def test_a_warning_to_do_something_is_advice(nlp, text, cameo) -> None:  # type: ignore[no-untyped-def]
    assert any(t == "warned" and c == cameo for t, c, _ in _candidates(nlp, text))

