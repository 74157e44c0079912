"""Closed word classes the event, modality and attribution stages reason with.

These are grammar, not domain knowledge: which verbs report speech, which embed
another event and how, which auxiliaries and adverbs mark modality.
"""

from __future__ import annotations

# Verbs of saying and knowing: they introduce attributed content, and are not
# events themselves (CAMEO 01 is not coded by default).
REPORTING_VERBS = frozenset(
    "say tell announce state report claim add confirm note learn quote insist assert declare "
    "write reveal disclose explain suggest indicate acknowledge admit argue contend maintain "
    "believe think estimate predict comment remark stress emphasize emphasise reiterate "
    "repeat recall describe mention told".split()
)

# Nouns that report: "according to the statement", "a report by X".
DOCUMENT_NOUNS = frozenset(
    "report statement document communique communiqué letter memo memorandum study survey "
    "data record filing release notice dispatch cable transcript decree resolution bulletin "
    "website post tweet email".split()
)

# "X agreed/pledged to V": an AGREE event whose CAMEO code follows the embedded V.
INTENT_VERBS = frozenset("agree pledge promise vow swear offer commit undertake volunteer".split())
# "X refused/declined to V", "X balked at V-ing": REJECT.
REFUSE_VERBS = frozenset("refuse decline balk resist".split())
# "X threatened to V": THREATEN.
THREATEN_VERBS = frozenset(["threaten"])
# "X urged/called on Y to V": an appeal (02) or demand (10) addressed to Y.
APPEAL_VERBS = frozenset("urge ask appeal call press push encourage request implore".split()
                         + "beg beseech plead petition lobby".split())
DEMAND_VERBS = frozenset("demand insist order".split() + "pressure pressurise pressurize".split())
# "X called Y a sham", "deemed Y illegal", "described Y as Z": a verdict on Y.
NAMING_VERBS = frozenset(
    "call term deem brand label dub describe characterize characterise portray depict "
    "refer".split())
# Those that take the verdict as an "as" phrase ("described X as", "referred to X as").
AS_NAMING_VERBS = frozenset(
    "describe characterize characterise label brand portray depict refer dismiss "
    "denounce condemn criticize criticise".split())
# Those whose clause is itself the verdict ("deemed that the deal violates ...").
JUDGING_VERBS = frozenset(["deem"])
# "X voted to V": the vote is the trigger; V gives the code.
VOTE_VERBS = frozenset(["vote"])
# A vote for an act the lexicon does not code ("voted to legalize ..."): a change of policy.
VOTE_DEFAULT_CODE = "0833"
# "X planned/was scheduled to V": V is planned (or expected), no event of its own.
PLAN_VERBS = frozenset(
    "plan intend schedule prepare arrange aim mean set hope want wish seek decide "
    "expect due propose consider plot conspire".split()
) | INTENT_VERBS | frozenset(["swear", "threaten"])
# "is considering sanctions", "weighed imposing a curfew": the act is only possible.
CONSIDER_VERBS = frozenset("consider contemplate mull weigh ponder".split())
# "is willing / prepared / set to V": V lies ahead; "unwilling to V": V is negated.
PLANNED_ADJECTIVES = frozenset(
    "due set poised scheduled ready underway willing prepared determined eager keen".split())
UNWILLING_ADJECTIVES = frozenset("unwilling reluctant".split())
# "its demand that Israel ease restrictions", "a call for the US to withdraw", "an appeal
# to Iran to release the sailors": the noun is the speech act (a demand, 10x, or an appeal,
# 02x, coded by the content verb), the content verb no event of its own.
DEMAND_NOUNS = frozenset("demand ultimatum".split())
APPEAL_NOUNS = frozenset("call appeal request plea petition".split())
# Verbs that make their subject the author of the demand they take ("reiterated its
# demand", "issued an ultimatum"); under any other verb ("rejected the demand") the
# noun is someone else's demand, only its content is not an event.
VOICING_VERBS = frozenset(
    "make issue voice express repeat reiterate renew restate send deliver present submit "
    "file lodge publish post tweet add echo underline underscore stress".split())
# Acts of accepting what another asked or offered: their plain negation is a refusal
# (GUIDELINES 3: "he will not approve the budget" is REJECT), coded 12x by the act.
REFUSAL_WHEN_NEGATED = frozenset(
    "accept approve ratify grant consider accede recognize recognise honor honour".split())
NEGATORS = frozenset(["not", "n't", "never", "no"])
# What an event can be done to when no known actor is named: people and groups, and
# the places and installations attacks and bans hit ("arrested *two men*", "hit *oil
# facilities*"). Abstract objects ("ties", "the bill") are the event's content instead.
PATIENT_NOUNS = frozenset(
    "people person man woman child boy girl baby adult teen teenager youth civilian resident "
    "local citizen national voter worker employee student teacher doctor nurse patient "
    "journalist reporter activist protester demonstrator rioter supporter opponent critic "
    "rival dissident refugee migrant immigrant asylum-seeker prisoner inmate detainee "
    "hostage captive suspect defendant convict criminal gang gunman attacker militant "
    "fighter rebel insurgent terrorist soldier troop officer policeman officer police "
    "guard agent official minister lawmaker legislator senator politician leader member "
    "candidate diplomat ambassador envoy victim family parent father mother son daughter "
    "wife husband brother sister relative farmer fisherman villager tourist passenger "
    "crew sailor pilot driver owner landlord tenant company firm business group side "
    "organisation organization party union church mosque temple synagogue cathedral "
    "school university hospital clinic embassy consulate office headquarters building "
    "home house village town city district region province state country nation "
    "government authority facility plant base camp airport port station infrastructure "
    "pipeline refinery field ship vessel aircraft plane convoy market rescuer firefighter "
    "volunteer medic paramedic survivor pilgrim worshipper spectator customer".split())
# Passive forms whose subject is the doer: "X is committed to reform", "X was engaged
# in talks with Y", "X was involved in the attack".
STATIVE_PASSIVES = frozenset("commit engage involve dedicate determine".split())
# Statements a participle can describe ("issued a declaration demanding ..."), and the
# verbs by which their author issues them.
STATEMENT_NOUNS = frozenset(
    "statement declaration letter communique communiqué resolution message note petition "
    "memo memorandum ultimatum report appeal tweet post video speech editorial".split())
ISSUING_VERBS = frozenset(
    "issue release send publish make adopt sign deliver post write present pass "
    "circulate submit give broadcast tweet".split())
# Nouns that count people: "thousands (of protesters) marched".
COUNT_NOUNS = frozenset(
    "hundreds thousands tens millions dozens scores hundred thousand dozen million "
    "crowd crowds group groups number".split())
# Nouns for people named by no actor ("two men", "a teenager", "several residents"):
# an event's participant they name is a group of people of the event's country.
PEOPLE_NOUNS = frozenset(
    "people person man woman child boy girl baby adult teen teenager youth civilian resident "
    "local citizen national voter worker employee student teacher patient activist protester "
    "protestor demonstrator rioter supporter opponent refugee migrant immigrant asylum-seeker "
    "prisoner inmate detainee hostage captive suspect defendant convict victim family parent "
    "father mother son daughter wife husband brother sister relative farmer fisherman "
    "villager tourist passenger driver owner landlord tenant men women children rescuer "
    "firefighter volunteer medic paramedic survivor pilgrim worshipper spectator "
    "customer".split())
# Verbs whose subject undergoes the event noun they take: "drew criticism", "received
# praise", "faces charges", "suffered an attack".
UNDERGOING_VERBS = frozenset(
    "receive draw face get attract suffer undergo earn win incur endure survive".split())
# "X is willing / ready / prepared to V": a stated commitment, coded like "X offered to V"
# (an intent, 03x, or a threat, 13x, by V's code; V is not an event of its own).
COMMITMENT_ADJECTIVES = frozenset("willing ready prepared".split())
EXPECT_VERBS = frozenset("expect likely predict anticipate forecast".split())
# "X failed to V": V negated.
FAIL_VERBS = frozenset("fail neglect".split())
# Object control: "invited Y to visit" — Y is the one who visits.
OBJECT_CONTROL_VERBS = frozenset(
    "invite urge ask persuade force allow permit encourage order call press push help tell "
    "request want expect require authorize authorise instruct pressure compel".split()
)
# Nouns that mark what they govern as planned: "arrangements for X to visit",
# "preparations for a summit", "plans for talks".
PLAN_NOUNS = frozenset(
    "arrangement preparation plan schedule agenda proposal invitation intention "
    "itinerary".split()
)
# Verbs that take an event noun as object and lend it their subject:
# "hold a summit", "pay a visit", "make the trip", "express support".
# Verbs that announce or set in motion an act by their subject: "X announced a
# withdrawal", "ordered an investigation", "will pursue the prosecution of Y". They
# lend their subject only to an indefinite event noun: "announced *the* visit"
# refers back to someone else's visit.
ANNOUNCING_VERBS_LIST = "announce order declare approve pursue seek unveil plan prepare".split()
ANNOUNCING_VERBS = frozenset(ANNOUNCING_VERBS_LIST)
LIGHT_VERBS = frozenset(
    "hold have pay make conduct stage launch carry attend host begin start open resume "
    "express voice extend issue give lodge file mount wage undertake continue join "
    "organize organise lead convene".split()
    # "engage in talks", "embark on a visit", "take part in" is not covered;
    # "committed a massacre", "perpetrated attacks", "orchestrated attacks";
    # "brought/levelled charges", "delivered an ultimatum", "renewed talks",
    # "stepped up/intensified/escalated attacks", "authorised airstrikes";
    # "impose a blockade". "stag" is the parser's lemma of "staged"/"staging".
    + "engage embark participate enter commit perpetrate orchestrate bring level deliver "
      "renew step intensify escalate authorize authorise impose stag go".split()
    # "completed / sped up the withdrawal", "reimposed blockades"
    + "complete finish speed accelerate hasten reimpose".split()
    # Verbs that put the act their object names into effect: "threatened to *institute*
    # a curfew", "agreed to *establish* a ceasefire", "*enforced* a blockade", "*called* a
    # general strike".
    + "institute implement introduce enforce establish enact adopt call".split()
    + ANNOUNCING_VERBS_LIST
)
# Nouns that only frame the event noun compounded with them: "a *mediation* effort", "a
# *peace* mission", "the *withdrawal* process" (the act is the compound's first noun).
EVENT_FRAME_NOUNS = frozenset(
    "effort efforts mission process campaign operation initiative bid drive attempt".split())
# Noun modifiers that make an event noun planned or expected.
PLANNED_MODIFIERS = frozenset("planned upcoming forthcoming scheduled proposed prospective "
                              "future next expected possible potential imminent impending "
                              "looming".split())

MODAL_POSSIBLE = frozenset("may might could can possibly perhaps maybe".split())
MODAL_FUTURE = frozenset(["will", "shall", "'ll", "wo"])  # "wo" is the "wo" of "won't"
EXPECT_ADVERBS = frozenset("probably likely".split())
NEGATIONS = frozenset("not n't never no neither nor".split())
DENY_VERBS = frozenset("deny dismiss refute reject".split())
CONDITIONAL_MARKS = frozenset("if unless whether".split())

# Who says so, by the head noun of the attribution phrase.
ANONYMOUS_HEADS = frozenset(
    "source official officials diplomat person people aide insider spokesman "
    "spokeswoman spokesperson analyst observer witness resident expert member staff "
    "employee officer authority authorities".split()
)
ORGANIZATION_HEADS = frozenset(
    "office ministry government agency department embassy kremlin cabinet council "
    "commission committee administration police army military party company firm group "
    "organization organisation union parliament court presidency".split()
)

# Nouns for people that can be the party to an event even when nothing says whose
# they are ("police arrested *the accused*", "a gunman shot *shoppers*"): actors with
# no country, and the sector the guidelines give them where one applies.
PERSON_NOUN_SECTORS = {
    **{w: "CRM" for w in "suspect accused attacker assailant perpetrator gunman killer "
       "murderer kidnapper robber smuggler trafficker criminal culprit shooter bomber "
       "hijacker".split()},
    **{w: "CVL" for w in "man woman men women people person child children boy girl "
       "teenager resident villager citizen civilian shopper passenger pedestrian "
       "worshipper pilgrim tourist visitor victim hostage family crowd voter".split()},
    **{w: "GOV" for w in "government administration ministry authorities authority "
       "cabinet regime".split()},
    **{w: "JUD" for w in "court judge prosecutor tribunal".split()},
    **{w: "LEG" for w in "parliament congress legislature senate assembly".split()},
    **{w: "COP" for w in "police".split()},
    **{w: "MIL" for w in "army military troops".split()},
    **{w: "" for w in "prisoner detainee inmate student journalist reporter worker "
       "protester demonstrator activist migrant refugee national official officer "
       "soldier member leader lawmaker legislator".split()},
}

# "were killed in the attack": a passive killing with no agent is an assault when
# its sentence names an attack (not in an accident or a disaster).
VIOLENCE_VERBS = frozenset("kill injure wound shoot stab".split())
ATTACK_NOUNS = frozenset(
    "attack shooting bombing airstrike strike raid assault ambush massacre gunfire "
    "shelling fighting clash violence rampage spree gunman attacker bomber militant "
    "insurgent".split())


# Weapons: as the subject of a verb ("a car bomb killed 12") they stand for an attack
# whose doer is unnamed, not for a thing that acts.
WEAPON_NOUNS = frozenset(
    "bomb explosive device missile rocket shell grenade mine landmine drone ied mortar "
    "projectile".split())

# Words that name people, bodies or things when an event noun or a participle
# modifies them: "the *appeals* court", "*riot* police", "the *ruling* party".
NAMING_HEADS = frozenset(
    "court judge panel tribunal committee commission council board lawyer attorney "
    "prosecutor police officer squad unit gear agency office department ministry group "
    "movement leader organizer organiser party coalition camp zone process season "
    # "an abuse victim support charity", "aid workers", "a relief fund"
    "charity worker staff fund foundation organization organisation network centre "
    "center investigator detective inspector specialist expert".split())
NAMING_PARTICIPLES = frozenset(
    "ruling governing leading presiding outgoing incoming sitting acting "
    # "accused doctor killer X", "the alleged mastermind": a description, no act
    "accused alleged suspected convicted wanted".split())
# A naming verb's participle after a noun names it, it passes no verdict: "a coating,
# called LESS", "organisms, called anaerobic".
NAME_GIVING_PARTICIPLES = frozenset("called named dubbed termed labelled labeled".split())


# Natural hazards, accidents and diseases: as the subject of a verb ("the storm
# destroyed homes", "the fire killed five") they say no actor did it.
# Words that open a storm's name: "Typhoon Haiyan", "Hurricane Dorian", "Tropical Storm
# Fay". The name is a hazard's, not a person's, whatever the tagger says.
STORM_TITLES = frozenset("hurricane typhoon cyclone storm tropical".split())
HAZARD_NOUNS = frozenset(
    "storm hurricane typhoon cyclone tornado earthquake quake aftershock tsunami flood "
    "flooding fire blaze wildfire bushfire explosion blast leak landslide mudslide "
    "avalanche eruption volcano drought heatwave heat rain snow wind lightning crash "
    "collision accident derailment collapse disease virus outbreak epidemic pandemic "
    "infection illness cancer".split())

# ---------------------------------------------------------------- speech content
# A reporting verb whose clause is itself a speech act: "X said Y was lying"
# (accusation), "said Y did an excellent job" (praise), "said Y must resign" (demand).
# The verbs that report such a judgement (the bare verbs are not events).
SPEECH_CONTENT_VERBS = frozenset(
    "say tell add state write tweet post claim argue note insist assert declare "
    "allege charge contend maintain stress emphasize emphasise reiterate remark "
    "comment complain announce".split())
# Words that accuse: a crime, a lie, a breach of law (CAMEO 112).
ACCUSING_WORDS = frozenset(
    "lie liar lying corrupt corruption criminal crime crimes illegal illegally unlawful "
    "unlawfully illegitimate fraud fraudulent rigged rig cheat cheating bribe bribery "
    "murder murderer terrorist terrorism genocide atrocity atrocities war-crime "
    "violate violation breach abuse abused persecution persecute discriminate "
    "discrimination collude collusion conspiracy cover-up coverup traitor treason "
    "betray betrayal betrayed oppressive oppress repressive repression".split())
# Words that criticise (CAMEO 111).
CRITICAL_WORDS = frozenset(
    "disgrace disgraceful shameful shame unacceptable racist fascist dangerous "
    "incompetent incompetence reckless irresponsible outrageous outrage appalling "
    "deplorable despicable abhorrent hypocritical hypocrisy dishonest cowardly "
    "dastardly barbaric heinous unjust unfair undemocratic anti-democratic "
    "authoritarian dictatorial provocative provocation sham farce travesty "
    "insult insulting propaganda stunt hoax failure negligent negligence "
    "callous cruel inhumane irrational absurd ridiculous baseless groundless "
    "destabilizing destabilising aggressive aggression arrogant arrogance "
    "contemptuous contempt disrespect disrespectful ignore unwelcome problem "
    "problematic".split())
# Words of approval that criticise when negated ("that's not okay", "not acceptable").
APPROVING_WORDS = frozenset(
    "okay ok acceptable fair right appropriate enough sufficient adequate legitimate "
    "helpful constructive".split())
# Words that praise (CAMEO 051).
PRAISING_WORDS = frozenset(
    "excellent courageous courage heroic hero heroes brave bravery admirable "
    "outstanding remarkable exemplary commendable tremendous praise praiseworthy "
    "great decent honorable honourable inspiring inspirational visionary "
    "wise wisdom dedicated dedication selfless patriot patriotic statesman supportive "
    "understandable brilliant incomparable pleasant legendary legend giant icon pioneer "
    "champion genius generous compassionate extraordinary wonderful fantastic "
    "superb distinguished respected beloved esteemed guiding proven competent talented "
    "skilled trusted trustworthy loyal honest principled".split())
# Nouns a praising adjective only intensifies ("a great loss", "a tremendous blow").
GRIEF_NOUNS = frozenset("loss tragedy shock blow pity sadness sorrow grief".split())
# Two-word judgements: "broke the law", "did a great job".
ACCUSING_PHRASES = frozenset([("break", "law"), ("violate", "law"), ("abuse", "power"),
                              ("break", "rule"), ("commit", "crime")])
PRAISING_PHRASES = frozenset([("great", "job"), ("good", "job"), ("excellent", "job"),
                              ("fantastic", "job"), ("good", "work"), ("great", "work")])
# Modals that turn a clause into a demand ("must") or an appeal ("should").
DEMAND_MODALS = frozenset(["must"])
APPEAL_MODALS = frozenset(["should", "ought"])

# ---------------------------------------------------------------- predicate adjectives
# "X was critical of Y" (111), "X is supportive of Y" (051), "we are sorry" (055),
# "we stand ready to help" (030), "masks became compulsory" (172): a predicate
# adjective that is itself the act, with the CAMEO code it carries.
PREDICATE_EVENT_ADJECTIVES = {
    "critical": "111", "scathing": "111", "dismissive": "111",
    "supportive": "051", "appreciative": "051", "grateful": "051",
    "sorry": "055", "apologetic": "055",
    "ready": "030",
    "compulsory": "172", "mandatory": "172",
}

# Verb + preposition frames whose subject undergoes the act and whose "from" phrase
# does it: "X came under fire/criticism from Y".
UNDERGOER_SUBJECT_FRAMES = frozenset([("come", "under")])

# "was sentenced for her murder": the crime of conviction is an event of its own.
CONVICTION_VERBS = frozenset("sentence convict jail imprison".split())
# "pleaded guilty to attempted murder", "suspected of kidnapping", "allegations of torture":
# a crime named generically under these words is the charge, not an act of its own.
CHARGE_HEADS = frozenset(
    "plead admit confess acquit guilty innocent suspect suspicion charge count conviction "
    "accusation allegation accuse allege indict indictment".split())
CRIME_NOUNS = frozenset(
    "murder killing assassination attack bombing shooting stabbing assault rape torture "
    "kidnapping abduction massacre".split())

# "veto power", "arrest powers", "strike capability": an event noun naming what an
# actor is able to do, not something it did.
CAPABILITY_NOUNS = frozenset(
    "power right authority capability capacity ability prerogative option".split())

# ---------------------------------------------------------------- not actors
# Where something is said or posted, not to whom: "expressed disappointment *on
# Twitter*", "announced it *via Facebook*". Such a phrase is no argument of the verb.
PLATFORM_NAMES = frozenset(
    "twitter facebook instagram youtube tiktok weibo wechat telegram whatsapp reddit "
    "linkedin snapchat parler gab vkontakte vk".split())
VENUE_PREPS = frozenset(["on", "via", "through", "over", "in"])
# An organisation-like name whose head is a text or an instrument: "the Reproductive
# Health Care Reform Bill", "the Paris Agreement" name no actor.
TEXT_NAME_HEADS = frozenset(
    "bill act law amendment treaty agreement accord resolution deal plan convention "
    "charter protocol constitution code decree directive regulation ordinance statute "
    "report declaration memorandum".split())
# Names of roads and streets ("Dean Woods Road"): places, never actors (metonyms such as
# "Downing Street" are in the knowledge base and resolve before this test).
STREET_WORDS = frozenset(
    "road rd street st avenue ave lane boulevard blvd drive highway hwy freeway motorway "
    "expressway parkway".split())


def road_word(word: str) -> bool:
    """Is the word (any case, an abbreviation's dot allowed) one that names a road?"""
    return word.lower().rstrip(".") in STREET_WORDS
# Role nouns that a common-noun modifier turns into something else ("a graduation party",
# "a search party": a gathering); see ``actor_state.gathering``.
PARTY_SENSE_HEADS = frozenset(["party"])
GATHERING_MODIFIERS = frozenset(
    "graduation birthday search rescue landing boarding dinner cocktail tea house office "
    "christmas holiday garden pool block launch farewell engagement wedding bachelor "
    "bachelorette dance costume watch pizza street beach release welcome retirement "
    "halloween slumber surprise barbecue bbq karaoke".split())
# Diseases named by their names: they kill and infect, and are no actors.
DISEASE_NAMES = frozenset(
    "covid covid-19 coronavirus sars sars-cov-2 mers ebola measles cholera zika influenza "
    "flu hiv aids malaria polio mpox monkeypox dengue tuberculosis".split())
# Accidents and disasters: people "killed when the plane crashed" were killed by no one.
ACCIDENT_VERBS = frozenset("crash collide derail capsize sink collapse overturn".split())
DISASTER_NOUNS = HAZARD_NOUNS - {"explosion", "blast", "fire", "blaze"}
# "is serving a life sentence": what one serves is a state, not an act.
SERVING_VERBS = frozenset(["serve"])
# Verbs of alleging whose content may be about the speaker rather than an accusation.
ALLEGING_VERBS = frozenset("claim allege assert".split())

# Prepositions that set an event noun in time or circumstance beside another act
# ("*following* the invasion, the EU imposed sanctions"): the noun is an act of its own.
TEMPORAL_PREPS = frozenset(["after", "before", "since", "following", "during", "despite",
                            "amid", "until", "prior"])
# "protests continued", "clashes broke out", "the talks could resume": a verb saying an
# event (its subject) takes place.
OCCURRENCE_VERBS = frozenset(
    "continue erupt break spread begin start occur resume escalate intensify rage "
    "take unfold persist grow flare happen proceed hold".split())
# Commitments that coordinated subjects make to each other: "X and Y agreed to ...".
RECIPROCAL_COMMITMENTS = frozenset(["agree"])
# Military role nouns that name a machine: before another noun ("drone strikes", "tank
# fire") they are the instrument, not the one who acts.
VEHICLE_ROLES = frozenset(
    "drone jet aircraft warplane helicopter tank gunboat submarine warship fighter "
    "artillery".split())
# "barred him from entering", "warned Tokyo against deploying missiles": the act under
# "from" did not happen; the act warned against has not.
PREVENTING_VERBS = frozenset("prevent stop ban bar block prohibit keep deter dissuade "
                             "forbid".split())
WARNING_VERBS = frozenset(["warn", "caution"])
# Texts that do what they say once issued: "signed a decree *banning* the niqab", "passed
# a bill *legalizing* same-sex marriage" (the one who signs or passes does it).
DECREE_NOUNS = frozenset(
    "order decree bill law resolution directive ordinance measure legislation regulation "
    "rule amendment act edict proclamation".split())
# "describes itself as": a self-description is no verdict on anyone.
REFLEXIVES = frozenset("itself himself herself themselves myself ourselves yourself".split())
# Animals that kill or maul: no actor's act ("was killed by his lions").
ANIMAL_NOUNS = frozenset(
    "lion tiger leopard shark bear dog crocodile alligator snake elephant bull wolf hippo "
    "hippopotamus buffalo jaguar cougar puma rhino gorilla".split())
# Standing texts whose saying is no act ("the constitution prohibits", "guidelines call
# for"); resolutions and statements are voiced by the body that adopts them.
RULE_TEXT_NOUNS = frozenset(
    "law constitution decree guideline guidance rule regulation charter statute code "
    "ordinance legislation directive".split())
# Who interviews: their talks with the people they interview are no consultation.
INTERVIEWER_WORDS = frozenset("wikinews interviewer reporter journalist".split())
# What a news outlet "calls" for a candidate (a projection of the winner).
CONTEST_NOUNS = frozenset("election race contest primary caucus state".split())
# Idioms that name no event, as (head, event noun) or (head's head, head, event noun):
# "followed suit" (did the same), "in charge of", "free of charge".
IDIOMS = frozenset([("follow", "suit"), ("wear", "suit"), ("take", "issue"), ("pay", "attention"),
                    ("strike", "chord"), ("fight", "chance"), ("in", "charge"),
                    ("free", "of", "charge"), ("work", "to", "rule"), ("work", "rule"),
                    ("take", "charge")])
# Verbs by which an act "comes from" its doer: "support came from X", "condolences
# poured in from Japan".
COMING_VERBS = frozenset("come pour flow".split())
# Verbs of backing whose participle describes who stands behind someone ("a militia
# backed by Iran", "a candidate supported by the party"): a standing relation.
BACKING_VERBS = frozenset("back support sponsor fund finance bankroll endorse".split())
# Who studies rather than investigates: their examining is research, not CAMEO 09.
RESEARCH_NOUNS = frozenset(
    "scientist researcher neuroscientist biologist physicist chemist astronomer "
    "psychologist economist academic scholar study lab laboratory paper survey "
    "experiment".split())
# Soldiers as a body: their arrival somewhere is a deployment, not a visit.
TROOP_NOUNS = frozenset("troop soldier peacekeeper marine paratrooper contingent battalion "
                        "brigade regiment".split())
# Words of the weather: a warning in a sentence about them is a forecast, not a threat.
WEATHER_WORDS = frozenset(
    "weather storm thunderstorm blizzard snow snowfall rain rainfall drizzle sleet hail ice "
    "frost fog wind gale flood flooding heat heatwave cold freeze freezing temperature "
    "forecast hurricane typhoon cyclone tornado tsunami".split())
# Verbs for taking a stand on someone else's act: "resisting the deployment", "condemned
# the attack" - their subject is not the act's doer.
OPPOSING_VERBS = frozenset(
    "resist oppose reject condemn denounce criticize criticise protest block halt stop "
    "welcome praise hail applaud".split())
# "killed the trade deal", "killed the bill": a plan or a text killed is dropped, no one
# is attacked.
KILLED_PLANS = frozenset(
    "deal bill plan agreement proposal idea project legislation chance hope momentum treaty "
    "measure talks negotiation reform initiative program programme scheme amendment motion "
    "provision clause engine light lights switch mood story tradition custom habit practice "
    "nap siesta dream career rumor rumour joke conversation momentum buzz".split())
# Soldiers, police and their posts: what "came under fire" shoots at, not criticises.
SECURITY_PATIENT_WORDS = TROOP_NOUNS | frozenset(
    "officer policeman policewoman police patrol convoy checkpoint outpost base post "
    "position vessel warship helicopter".split())
PEACEKEEPING_WORDS = frozenset("peacekeeping peacekeeper peace-keeping blue".split())
# "the Saudi-led coalition": a body a state leads that fights (MIL).
LED_MILITARY_NOUNS = frozenset("coalition force forces alliance mission operation "
                               "offensive intervention".split())
# "Iranian-backed militias", "Russian-funded separatists": the state stands behind the
# group; it is not the group's own state.
SPONSOR_PARTICIPLES = frozenset(
    "backed sponsored funded supported aligned allied trained armed linked affiliated "
    "inspired financed".split())
# "the two countries", "both leaders": nouns that take the last two actors of a kind.
PAIR_NOUNS = {"country": "state", "nation": "state", "government": "state", "state": "state",
              "side": "state", "leader": "person", "president": "person", "minister": "person",
              "counterpart": "person"}
