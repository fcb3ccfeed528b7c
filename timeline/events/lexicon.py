"""A compact, hand-made English lexicon for finding and classifying event mentions.

Everything here is plain data (``frozenset``/``dict``) so that the detector stays fast and
explainable: a word is an event because it is a known verb form, a known event noun, or
matches a suffix rule, and each of those is visible in this file.

Example:
    >>> "summit" in EVENT_NOUNS, "say" in REPORTING
    (True, True)
"""

from __future__ import annotations

__all__ = [
    "ADVERBS",
    "ASPECTUAL",
    "AUXILIARIES",
    "CAUSAL_CUES",
    "DEMONYMS",
    "DERIVATIONS",
    "DETERMINERS",
    "EVENT_NOUNS",
    "FAMILIES",
    "IRREGULAR",
    "I_ACTION",
    "I_STATE",
    "METONYMS",
    "MODALS",
    "MODAL_PHRASES",
    "MONTHS_AND_DAYS",
    "NEGATORS",
    "NOT_DERIVED",
    "NOT_EVENT",
    "NOT_EVENT_NOUNS",
    "PERCEPTION",
    "REPORTING",
    "STATE",
    "STATE_ADJECTIVES",
    "STOPWORDS",
    "TITLES",
    "VERBS",
    "derived_verb",
    "family_of",
]


def _words(text: str) -> frozenset[str]:
    """The words of ``text``; a word ending in ``?`` is a reminder of a doubtful case, left out."""
    return frozenset(w for w in text.split() if not w.endswith("?"))


#: common verbs of news text (base forms); inflections are recognised by suffix rules
VERBS = _words(
    """
    accept accelerate accuse achieve acknowledge acquire act add address adjust admit adopt advance
    advise advocate affect affirm agree aim allege allocate allow alter announce answer anticipate
    appeal appear apply appoint approve argue arrange arrest arrive ask assert assess assist assume
    attack attempt attend attract authorize authorise avoid award ban bar bargain battle
    beat become begin believe belong benefit bid block blame blast blow boost borrow break bring build
    burn buy call campaign cancel capture care carry cast cause cease celebrate challenge change charge
    chase cite claim clash clear climb close collapse collect combine come comment commit compare
    compete complain complete concede conclude condemn confirm conflict congratulate consider consult
    continue contribute control convene convert convict convince cooperate cost count cover crash
    create criticize criticise cross cry cut damage deal debate decide declare decline defeat defend
    define delay deliver demand demonstrate deny deploy describe deserve design destroy detain
    determine develop die disagree disappear discover discuss dismiss displace dispute disrupt
    dissolve distribute divide double drag drop earn ease elect eliminate emerge emphasize emphasise
    employ enable encourage end endorse enforce engage enhance enjoy ensure enter escalate escape
    establish estimate evacuate evaluate examine exceed exchange execute exist expand expect expel
    experience explain explode export express extend face fail fall favor favour fear feel fight file
    finance find finish fire flee fly focus follow force forecast form found free freeze fund gain
    gather get give go govern grant grow guarantee halt handle happen harm head heal hear heed help
    hesitate hire hit hold hope host hurt identify ignore impeach implement import impose improve
    include increase indicate inform injure insist install integrate intend intervene introduce
    invade invest investigate invite involve issue join judge jump keep kidnap kill know launch lay
    lead learn leave lend let lift limit link list live loan lose lower maintain make manage march
    mark meet merge mention miss mobilize mobilise monitor move murder name navigate need negotiate
    nominate note notice object observe obtain occupy occur offer open operate oppose order organize
    organise overcome owe own participate pass pay perform permit persist persuade pick plan play
    plead pledge plunge point poll pose post postpone predict prefer prepare present preserve press
    prevent proceed produce promise promote propose prosecute protect protest prove provide publish
    pull purchase pursue push put question raise rally reach react read reaffirm realize realise
    receive recognize recognise recommend record recover reduce refer refrain refuse regain regard
    reiterate reject release relinquish rely remain remember remove renew reopen repeat replace reply
    report represent request require rescue resign resist resolve respond rest restore restrict
    result resume retain retire retreat return reveal review rise risk rule run sanction satisfy save
    say schedule secure see seek seize select sell send sentence serve set settle shape shatter shift
    shoot show shut sign signal slow slump soar solve speak spend split spread stabilize stage stand
    start state stay steal step stop strengthen stress strike struggle study submit succeed suffer
    suggest supply support surge surrender survive suspect suspend sustain take talk target tell
    tend terminate test testify thank think threaten throw tie touch trade train transfer travel
    treat trigger try turn underline underscore understand undergo unite unveil urge use veto view
    visit vote vow wage wait walk want warn watch weaken welcome win withdraw witness work worry write
    yield
    """
)

#: irregular inflected forms -> (lemma, form); form is PAST, PASTPART, PRESENT or PRESPART
IRREGULAR: dict[str, tuple[str, str]] = {}
for _line in """
    arise arose arisen|awake awoke awoken|bear bore borne|beat beat beaten|become became become
    begin began begun|bend bent bent|bid bid bid|bind bound bound|bite bit bitten|blow blew blown
    break broke broken|bring brought brought|build built built|burn burnt burnt|buy bought bought
    catch caught caught|choose chose chosen|come came come|cost cost cost|creep crept crept|cut cut cut
    deal dealt dealt|dig dug dug|draw drew drawn|drink drank drunk|drive drove driven|eat ate eaten
    fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled
    fly flew flown|forbid forbade forbidden|forecast forecast forecast|forget forgot forgotten
    forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone
    grow grew grown|hang hung hung|hear heard heard|hide hid hidden|hit hit hit|hold held held
    hurt hurt hurt|keep kept kept|know knew known|lay laid laid|lead led led|leave left left
    lend lent lent|let let let|lie lay lain|lose lost lost|make made made|mean meant meant
    meet met met|pay paid paid|put put put|quit quit quit|read read read|ride rode ridden
    ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought
    sell sold sold|send sent sent|set set set|shake shook shaken|shoot shot shot|show showed shown
    shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|sleep slept slept
    slide slid slid|speak spoke spoken|spend spent spent|split split split|spread spread spread
    stand stood stood|steal stole stolen|stick stuck stuck|strike struck struck|swear swore sworn
    sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught
    tear tore torn|tell told told|think thought thought|throw threw thrown|understand understood understood
    undergo underwent undergone|uphold upheld upheld|wake woke woken|wear wore worn|win won won
    withdraw withdrew withdrawn|write wrote written|overcome overcame overcome|undertake undertook undertaken
    """.replace("\n", "|").split("|"):
    _parts = _line.split()
    if len(_parts) == 3:
        _base, _past, _pp = _parts
        IRREGULAR.setdefault(_past, (_base, "PAST"))
        IRREGULAR.setdefault(_pp, (_base, "PASTPART"))
IRREGULAR.update(
    {
        "said": ("say", "PAST"),
        "says": ("say", "PRESENT"),
        "dies": ("die", "PRESENT"),
        "died": ("die", "PAST"),
        "dying": ("die", "PRESPART"),
        "lying": ("lie", "PRESPART"),
        "tying": ("tie", "PRESPART"),
    }
)

#: deverbal and other event nouns (singular)
EVENT_NOUNS = _words(
    """
    accession accident accord acquisition action advance agreement aggression aid alliance? allegation
    announcement appeal application approval arrest arrival assault assembly assistance attack attempt
    auction ban bankruptcy battle bid boom bombing boycott breakdown breach call campaign cancellation
    ceasefire cease-fire celebration ceremony change charge clash collapse collision comment commitment
    conference conflict congratulation consensus consultation contest conversation coup crash crackdown
    crime crisis criticism cut deal death debate decision decline defeat delay delivery demand
    demonstration departure deployment detention development devaluation dialogue disaster discussion
    dispute drop earthquake effort election embargo emergency erosion escalation evacuation event
    exchange execution expansion explosion extension fall fight fighting flight flood gain gathering
    gesture growth guarantee hearing help incident increase inflation initiative injury inquiry
    interview invasion investigation invitation killing launch lawsuit leak loss march massacre
    meeting merger mission move murder negotiation offensive offer outbreak passage payment
    plan pledge plunge poll promise proposal protest purchase raid rally recession recognition
    recommendation recovery referendum reform refusal rejection release remark reply report request
    rescue resignation resolution response retreat return revolt rise riot ruling sale sanction
    scandal session settlement shooting shortage shift signing slump speech statement step storm
    strike struggle suicide summit support surge surrender suspension takeover talk tension test
    threat trade trial trip truce upheaval uprising veto victory violence visit vote vow walkout war
    warning withdrawal
    """
)

#: nouns matching an event suffix (-tion, -ment, -ance …) that are not events
NOT_EVENT_NOUNS = _words(
    """
    nation station position population administration organization organisation institution
    constitution section portion proportion ration function fraction question condition tradition
    relation generation location information nation's caution education emotion notion option
    mention attention jurisdiction ambition nutrition intention foundation federation corporation
    commission convention region religion version vision mission? pension tension? division
    government department parliament element apartment equipment moment document comment? environment
    instrument argument segment supplement management treatment? sentiment settlement? compliment
    monument implement fragment payment? shipment? investment statement? amendment?
    abortion television immigration connection addition construction production enforcement
    operations sales addition commission edition petition competition proportion transition?
    balance distance instance finance substance evidence audience science conference? existence
    presence absence confidence sequence independence experience influence difference reference
    sentence licence license province prince chance dance france performance? insurance allowance
    ordinance guidance alliance maintenance ambulance importance assurance? grievance
    nature culture structure future figure picture measure? procedure legislature literature signature
    venture? feature pressure exposure? texture mixture creature temperature
    """
)

#: words never taken as event triggers (function words, auxiliaries, frequent non-events)
STOPWORDS = _words(
    """
    a an the this that these those there here it its it's they them their theirs he him his she her
    hers we us our ours you your yours i me my mine who whom whose which what whatever whoever
    where when why how whether if then than so such as at by for from in into of off on onto out over
    to up upon with within without about above across after against along amid among around before
    behind below beneath beside besides between beyond but despite down during except inside near
    onward outside past per since through throughout till toward towards under underneath unlike until
    via and or nor both either neither not no yes all any each every few many more most much other
    others some several own same another very too also just only even still yet already ever again
    however although though because while whereas unless once now today yesterday tomorrow
    one two three four five six seven eight nine ten eleven twelve hundred thousand million billion
    first second third last next new old mr mrs ms dr st inc corp co ltd per cent percent
    including according regarding concerning following itself themselves himself herself ourselves
    something anything nothing everything someone anyone everyone nobody somebody anybody
    thing things way ways time times year years month months week weeks day days people
    ago later earlier soon recently currently previously meanwhile instead therefore thus hence
    number part lot kind sort percent dollar dollars cents share shares stock stocks price prices
    rate rates market markets company companies group groups member members country countries
    official officials leader leaders president minister government state states city area world
    """
)

#: auxiliaries and copulas (with the tense they signal)
AUXILIARIES: dict[str, str] = {
    "be": "INFINITIVE",
    "am": "PRESENT",
    "is": "PRESENT",
    "are": "PRESENT",
    "'s": "PRESENT",
    "'re": "PRESENT",
    "was": "PAST",
    "were": "PAST",
    "been": "PASTPART",
    "being": "PRESPART",
    "has": "PRESENT",
    "have": "PRESENT",
    "had": "PAST",
    "having": "PRESPART",
    "'ve": "PRESENT",
    "'d": "PAST",
    "do": "PRESENT",
    "does": "PRESENT",
    "did": "PAST",
    "get": "PRESENT",
    "got": "PAST",
}

#: modal auxiliaries: each is its own modality value
MODALS = frozenset(
    {"will", "would", "could", "can", "may", "might", "must", "should", "shall", "'ll", "ought", "cannot"}
)

#: contracted negative auxiliaries -> (auxiliary, negated)
NEGATED_AUX: dict[str, str] = {
    "don't": "do",
    "doesn't": "does",
    "didn't": "did",
    "won't": "will",
    "can't": "can",
    "cannot": "can",
    "couldn't": "could",
    "wouldn't": "would",
    "shouldn't": "should",
    "mustn't": "must",
    "isn't": "is",
    "aren't": "are",
    "wasn't": "was",
    "weren't": "were",
    "hasn't": "has",
    "haven't": "have",
    "hadn't": "had",
    "mightn't": "might",
}

#: words that negate the predicate that follows them in the clause
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without", "hardly", "nobody", "none"})

#: phrases before an infinitive that make the event non-factual -> modality value
MODAL_PHRASES: dict[str, str] = {
    "unlikely to": "unlikely",
    "likely to": "likely",
    "expected to": "expected",
    "scheduled to": "scheduled",
    "set to": "scheduled",
    "going to": "will",
    "due to": "scheduled",
    "supposed to": "supposed",
    "able to": "able",
    "unable to": "unable",
    "plans to": "planned",
    "plan to": "planned",
    "planned to": "planned",
    "intends to": "intended",
    "intended to": "intended",
    "wants to": "wanted",
    "want to": "wanted",
    "hopes to": "hoped",
    "seeks to": "sought",
    "aims to": "aimed",
    "threatened to": "threatened",
    "threatens to": "threatened",
    "promised to": "promised",
    "pledged to": "promised",
    "vowed to": "promised",
    "refused to": "refused",
    "failed to": "failed",
}

DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "some",
        "any",
        "each",
        "every",
        "no",
        "many",
        "several",
        "all",
        "both",
        "such",
        "another",
        "whose",
        "which",
        "what",
        "one",
        "two",
        "three",
        "four",
        "five",
    ]
)

ADVERBS = frozenset(
    [
        "not",
        "also",
        "just",
        "only",
        "even",
        "still",
        "yet",
        "already",
        "ever",
        "again",
        "never",
        "very",
        "too",
        "so",
        "more",
        "most",
        "less",
        "least",
        "now",
        "then",
        "soon",
        "later",
        "often",
        "always",
        "sometimes",
        "usually",
        "formally",
        "openly",
        "effectively",
        "eventually",
        "gradually",
        "actively",
        "reportedly",
        "immediately",
        "previously",
        "recently",
        "currently",
        "finally",
        "further",
        "largely",
        "partly",
        "nearly",
        "almost",
        "quickly",
        "slowly",
        "clearly",
    ]
)

REPORTING = _words(
    """say tell report announce state claim add note explain insist stress emphasize emphasise declare
    reply respond comment confirm deny reiterate affirm assert acknowledge admit argue warn write
    mention reveal suggest indicate predict quote disclose testify remark underline underscore
    statement announcement report remark comment reply"""
)
I_ACTION = _words(
    """try attempt seek offer promise pledge vow propose request ask urge call demand appeal plan
    intend decide agree refuse reject avoid prevent allow permit authorize authorise approve order
    invite apply bid threaten vote veto investigate postpone delay cancel consider recommend
    request application proposal offer promise pledge invitation bid demand appeal decision plan
    effort attempt"""
)
I_STATE = _words(
    """believe think want hope fear expect wish need doubt suspect worry feel view regard prefer
    intend anticipate assume imagine know consider aspiration concern concerns fear hope desire"""
)
STATE = _words(
    """be have own remain stay exist belong contain consist lack depend rely resemble live
    tension conflict membership crisis war peace consensus support"""
)
ASPECTUAL = _words(
    """begin start continue stop end finish cease resume complete halt launch initiate keep terminate
    suspend"""
)
PERCEPTION = _words("see hear watch observe notice witness perceive")

#: predicate adjectives that TimeML annotates as states after a copula
STATE_ADJECTIVES = _words(
    """able unable available dead alive responsible ready aware willing eligible absent present free
    guilty ill injured missing stable open closed opposed hesitant cautious critical uncertain
    unchanged divided determined convinced sure concerned"""
)

#: months, weekdays and other time words that never start an actor name
MONTHS_AND_DAYS = _words(
    """january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
    spring summer autumn fall winter christmas easter"""
)

#: title words stripped from the front of person names
TITLES = _words(
    """president vice prime minister foreign defense defence secretary general secretary-general
    chancellor king queen prince princess chairman chairwoman chair ceo chief senator sen rep
    representative governor gov mayor ambassador commissioner director spokesman spokeswoman
    spokesperson gen general col colonel admiral lt captain capt judge justice pope mr mrs ms dr
    former acting deputy senior top"""
)

#: nationality adjectives -> country
DEMONYMS: dict[str, str] = {
    "ukrainian": "Ukraine",
    "russian": "Russia",
    "american": "United States",
    "german": "Germany",
    "french": "France",
    "british": "United Kingdom",
    "chinese": "China",
    "polish": "Poland",
    "hungarian": "Hungary",
    "lithuanian": "Lithuania",
    "finnish": "Finland",
    "swedish": "Sweden",
    "italian": "Italy",
    "spanish": "Spain",
    "japanese": "Japan",
    "indian": "India",
    "iranian": "Iran",
    "israeli": "Israel",
    "palestinian": "Palestine",
    "turkish": "Turkey",
    "european": "Europe",
    "western": "West",
    "soviet": "Soviet Union",
    "georgian": "Georgia",
    "belarusian": "Belarus",
    "iraqi": "Iraq",
    "syrian": "Syria",
    "egyptian": "Egypt",
    "canadian": "Canada",
    "mexican": "Mexico",
    "korean": "Korea",
    "dutch": "Netherlands",
}

#: names used for another actor (capital cities for governments, short forms)
METONYMS: dict[str, str] = {
    "kyiv": "Ukraine",
    "kiev": "Ukraine",
    "moscow": "Russia",
    "kremlin": "Russia",
    "beijing": "China",
    "u.s.": "United States",
    "us": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "america": "United States",
    "united states": "United States",
    "the united states": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "the alliance": "NATO",
    "alliance": "NATO",
    "eu": "European Union",
    "un": "United Nations",
    "u.n.": "United Nations",
}

#: trigger families: lemmas that name the same kind of event (for cross-document merging)
FAMILIES: dict[str, str] = {}
for _family, _members in {
    "meeting": "meeting meet summit ministerial talk talks session gathering convene summitry",
    "pledge": "pledge promise vow commitment commit",
    "request": "request application apply bid appeal",
    "attack": "attack strike assault raid bombing bomb",
    "invasion": "invasion invade incursion",
    "statement": "statement state say remark comment assert declare announce announcement tell",
    "election": "election elect vote poll ballot",
    "agreement": "agreement agree deal accord treaty pact settlement",
    "death": "death die kill killing",
    "resignation": "resignation resign quit",
    "join": "join accession become",
    "return": "return",
    "arrest": "arrest detain detention",
    "sale": "sale sell",
    "purchase": "purchase buy acquisition acquire",
    "decision": "decision decide",
    "invitation": "invitation invite",
    "offer": "offer",
    "resolution": "resolution",
    "visit": "visit trip",
    "withdrawal": "withdrawal withdraw",
    "launch": "launch unveil",
}.items():
    for _member in _members.split():
        FAMILIES.setdefault(_member, _family)

#: words that look like events by form but never are (suffix-rule exceptions)
NOT_EVENT = _words(
    """thing nothing something anything everything morning evening ring king spring string wing
    sibling ceiling during including according regarding concerning notwithstanding pending bring?
    interesting something being having seeing doing going red bed need feed seed speed breed shed
    hundred kindred sacred naked wicked ragged rugged wretched beloved learned? aged sophisticated
    united limited? detailed indeed proceed? exceed? succeed? embed
    outstanding operating based compared preferred related holding remaining building financing
    trading leading ruling? existing alleged? so-called
    """
)

#: causal cues -> which side of the cue holds the cause ("after": cue then cause)
CAUSAL_CUES: dict[str, str] = {
    "due to": "after",
    "because of": "after",
    "because": "after",
    "owing to": "after",
    "thanks to": "after",
    "as a result of": "after",
    "in response to": "after",
    "in exchange for": "after",
    "in retaliation for": "after",
    "as a result": "before",
    "led to": "before",
    "lead to": "before",
    "leads to": "before",
    "leading to": "before",
    "prompted": "before",
    "prompting": "before",
    "resulted in": "before",
    "caused": "before",
    "triggered": "before",
    "sparked": "before",
    "intended to": "before",
    "cited as reasons for": "before",
    "cited as key reasons for": "before",
    "cited as the reasons for": "before",
    "cited as a reason for": "before",
    "cited as the reason for": "before",
    "so that": "before",
    "therefore": "before",
}


#: noun suffix -> endings of the verbs such a noun is made from (``delivery`` <- ``deliver``,
#: ``suspension`` <- ``suspend``, ``approval`` <- ``approve``); only the longest matching
#: suffix is tried, and only a lexicon verb counts
DERIVATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ication", ("y",)),
    ("ation", ("ate", "e", "")),
    ("uction", ("uce",)),
    ("ution", ("ute", "ve")),
    ("ition", ("ite", "")),
    ("ssion", ("t", "ss")),
    ("sion", ("d", "de", "se")),
    ("tion", ("te", "")),
    ("ment", ("",)),
    ("ery", ("er",)),
    ("ance", ("", "e")),
    ("ence", ("", "e")),
    ("ure", ("", "e")),
    ("al", ("", "e")),
)

#: nouns that look derived from a lexicon verb but are not its event (``tension`` is no ``tend``)
NOT_DERIVED = _words(
    """tension attention pressure mission commission portion sentence endure importance providence
    ignorance installment instalment information"""
)


def derived_verb(noun: str) -> str | None:
    """The lexicon verb an event noun is made from, or ``None``.

    Example:
        >>> derived_verb("delivery"), derived_verb("suspension"), derived_verb("approval")
        ('deliver', 'suspend', 'approve')
        >>> derived_verb("station"), derived_verb("tension"), derived_verb("deliver")
        (None, None, None)
    """
    if noun in VERBS or noun in NOT_DERIVED:
        return None
    for suffix, endings in DERIVATIONS:
        if noun.endswith(suffix):
            stem = noun[: -len(suffix)]
            if len(stem) >= 3:
                for ending in endings:
                    if stem + ending in VERBS:
                        return stem + ending
            return None
    return None


def family_of(lemma: str) -> str:
    """The trigger family of a lemma (the lemma itself when it has none); an event noun
    made from a lexicon verb is in the verb's family.

    Example:
        >>> family_of("summit"), family_of("promise"), family_of("walk")
        ('meeting', 'pledge', 'walk')
        >>> family_of("delivery"), family_of("deliver"), family_of("tension")
        ('deliver', 'deliver', 'tension')
    """
    if lemma in FAMILIES:
        return FAMILIES[lemma]
    verb = derived_verb(lemma)
    if verb is None:
        return lemma
    return FAMILIES.get(verb, verb)
