//! The words the drafting heuristics look for: verbs of saying, titles, roles, the words that
//! make a name an agency or a military, and the small words a name never starts with.

use crate::briefing::model::ActorKind;

/// Verbs that attribute words to someone, in the forms news writing uses.
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "noted", "notes",
    "stated", "states", "argued", "argues", "wrote", "writes", "asked", "asks", "replied",
    "replies", "explained", "explains", "insisted", "insists", "emphasized", "emphasised",
    "emphasizes", "stressed", "stresses", "declared", "announced", "acknowledged", "admitted",
    "conceded", "claimed", "continued", "concluded", "observed", "remarked", "recalled", "recalls",
    "cautioned", "urged", "urges", "called", "described", "describes", "expressed", "accused",
    "praised", "condemned", "tweeted", "posted", "reiterated", "repeated", "asserted", "vowed",
    "pledged", "promised", "predicted", "suggested", "complained", "denied", "responded",
    "countered", "agreed", "commented", "rejected", "dismissed", "welcomed", "branded", "labelled",
    "labeled", "termed", "blamed", "criticized", "criticised", "answered", "confirmed",
    "maintained", "conveyed", "voiced", "demanded", "hailed", "quipped", "put", "call", "warn",
    "argue", "insist", "accuse", "describe", "reject", "rejects", "testified", "recounted",
    "assured", "alleged", "alleges", "contended", "contends", "charged", "boasted", "mused",
    "lamented", "acknowledges", "concedes", "cautions", "reported", "reports", "pleaded",
    "implored", "wondered", "joked", "shouted", "yelled", "whispered", "announces", "summed",
    "pointed", "reckoned", "estimated", "forecast", "projected", "signalled", "signaled",
    "indicated", "disclosed", "revealed", "clarified", "retorted", "objected", "protested",
    "advised", "informed", "reminded", "admits", "declares", "predicts",
];

/// Present participles of verbs of saying: `saying the orders “came from necessity”` gives
/// the words to the subject of the clause the participle hangs on.
#[rustfmt::skip]
const SPEECH_PARTICIPLES: &[&str] = &[
    "saying", "adding", "warning", "telling", "noting", "calling", "describing", "stating",
    "arguing", "insisting", "writing", "declaring", "explaining", "stressing", "urging",
    "accusing", "claiming", "asking", "vowing", "promising", "pledging", "acknowledging",
    "admitting", "conceding", "cautioning", "suggesting", "complaining", "demanding",
    "tweeting", "posting", "recalling", "predicting", "dismissing", "rejecting", "denying",
    "blaming", "praising", "condemning", "asserting", "alleging", "expressing", "labelling",
    "labeling", "branding", "terming", "announcing", "emphasizing", "emphasising", "replying",
    "responding", "testifying", "pleading",
];

/// Verbs whose subject the article names as acting (for states and organisations as actors).
#[rustfmt::skip]
const ACTING_VERBS: &[&str] = &[
    "confirmed", "warned", "imposed", "expressed", "announced", "said", "says", "rejected",
    "condemned", "called", "urged", "ordered", "declared", "launched", "invaded", "annexed",
    "deployed", "sent", "signed", "agreed", "accused", "denied", "welcomed", "introduced",
    "claimed", "backed", "supported", "participated", "joined", "reacted", "voiced", "threatened",
    "sanctioned", "proposed", "pledged", "indicated", "insisted", "opened", "fired", "captured",
    "attacked", "struck", "seized", "reported", "decided", "approved", "blamed", "demanded",
    "recalled", "expelled", "suspended", "halted", "resumed", "vowed", "planned", "sought",
    "seeks", "supplied", "supplying", "tightened", "strengthened", "issued", "released",
    "published",
];

/// Words between a subject and its verb that do not end the subject (`has`, `also`).
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "also", "later",
    "then", "only", "already", "again", "further", "once", "not", "never", "did", "does", "do",
    "may", "might", "must", "should", "can", "earlier", "since", "first", "still", "just", "even",
    "now", "often", "twice", "ever", "yet", "soon", "long", "previously", "initially",
];

/// Capitalised words that make up a title before a name (`Chief Cabinet Secretary`).
#[rustfmt::skip]
const TITLE_WORDS: &[&str] = &[
    "President", "Vice", "Prime", "Minister", "Secretary", "Secretary-General", "Chancellor",
    "Ambassador", "Commissioner", "Director", "Director-General", "Chief", "Cabinet", "Deputy",
    "Senator", "Sen.", "Representative", "Rep.", "Governor", "Gov.", "Mayor", "King", "Queen",
    "Prince", "Princess", "Sheikh", "Emir", "Pope", "Judge", "Justice", "General", "Gen.",
    "Lieutenant", "Lt.", "Colonel", "Col.", "Major", "Maj.", "Captain", "Capt.", "Commander",
    "Cmdr.", "Admiral", "Adm.", "Commodore", "Sergeant", "Sgt.", "Marshal", "Brigadier",
    "Detective", "Superintendent", "Inspector", "Officer", "Dr.", "Doctor", "Professor", "Prof.",
    "Mr.", "Mrs.", "Ms.", "Sir", "Dame", "Lord", "Lady", "Rev.", "Reverend", "Bishop", "Archbishop",
    "Cardinal", "Imam", "Rabbi", "Speaker", "Chairman", "Chairwoman", "Chair", "Envoy", "Special",
    "Foreign", "Defense", "Defence", "Interior", "Trade", "Energy", "Finance", "Economy",
    "Economic", "Health", "Education", "Agriculture", "Transport", "Environment", "Labour", "Labor",
    "Home", "Security", "Military", "Spokesman", "Spokeswoman", "Spokesperson", "First", "Acting",
    "Former", "Senior", "Assistant", "Under", "Attorney", "Supreme", "Leader", "Head", "State",
    "Mr", "Mrs", "Ms", "Dr", "Prof", "CEO", "CFO", "COO", "CTO", "Executive", "Press", "Councillor",
    "Councilman", "Councilwoman", "Counsel", "Solicitor", "Magistrate", "Premier", "Provost",
    "Dean", "Treasurer", "Comptroller", "Prosecutor", "Sheriff", "Constable", "Ombudsman",
    "Registrar", "Pastor", "Ayatollah", "Mullah", "Vice-President", "Vice-Admiral", "Congressman",
    "Congresswoman", "Assemblyman", "Assemblywoman", "Delegate", "Lawmaker", "Legislator",
    "Attorney-General", "Auditor", "Inspector-General", "Advocate", "Advocate-General",
    "Solicitor-General", "Additional", "Madam", "Mdm", "Mdm.", "DPP",
];

/// Titles that are only courtesy: dropped from a name, never a role.
#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "Dr.", "Dr", "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Sir", "Dame", "Prof.", "Prof",
    "Madam", "Mdm", "Mdm.",
];

/// Lowercase nouns that describe a person (`spokesperson`, `analyst`, `trader`).
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "spokesperson", "spokesman", "spokeswoman", "lawyer", "attorney", "analyst", "economist",
    "researcher", "professor", "minister", "official", "adviser", "advisor", "expert", "historian",
    "scientist", "activist", "commander", "candidate", "congresswoman", "congressman", "senator",
    "diplomat", "ambassador", "envoy", "director", "chief", "president", "leader", "head",
    "correspondent", "reporter", "journalist", "editor", "author", "writer", "resident", "trader",
    "farmer", "herder", "student", "teacher", "doctor", "nurse", "engineer", "executive",
    "chairman", "chairwoman", "founder", "general", "colonel", "officer", "negotiator", "mediator",
    "lawmaker", "legislator", "governor", "mayor", "secretary", "coordinator", "representative",
    "strategist", "consultant", "fellow", "lecturer", "climatologist", "commissioner", "chancellor",
    "investigator", "prosecutor", "judge", "witness", "survivor", "mother", "father", "worker",
    "manager", "owner", "pilot", "soldier", "veteran", "member", "citizen", "villager",
    "shopkeeper", "vendor", "driver", "politician", "observer", "specialist", "physician",
    "surgeon", "monitor", "inspector", "superintendent", "detective", "captain", "admiral",
    "commodore", "sergeant", "lieutenant", "mp", "ceo", "premier", "king", "queen", "prince",
    "rapporteur", "campaigner", "organizer", "organiser", "volunteer", "priest", "imam", "bishop",
    "chair", "deputy", "aide", "insider", "source", "employee", "staffer", "scholar", "academic",
    "planner", "banker", "investor", "ecologist", "epidemiologist", "meteorologist", "geologist",
    "sociologist", "physicist", "biologist", "chemist", "demographer", "fireman", "firefighter",
    "policeman", "son", "daughter", "wife", "husband", "brother", "sister", "neighbour", "neighbor",
    "friend", "colleague", "partner", "grandson", "granddaughter", "grandmother", "grandfather",
    "nephew", "niece", "uncle", "aunt", "baker", "retiree", "pensioner", "protester",
    "demonstrator", "marcher", "commuter", "passenger", "patient", "victim", "refugee", "migrant",
    "filmmaker", "actor", "actress", "singer", "artist", "musician", "player", "coach", "athlete",
    "landlord", "tenant", "homeowner", "person", "people", "commenter", "user", "blogger", "inmate",
    "prisoner", "defendant", "plaintiff", "suspect", "guard", "principal", "pastor", "councillor",
    "councilman", "councilwoman", "attorneys", "ombudsman", "signatory", "psychologist",
    "psychiatrist", "therapist", "pharmacist", "dentist", "paramedic", "medic", "sheriff",
    "trooper", "marshal", "ranger", "entrepreneur", "shareholder", "customer", "consumer", "buyer",
    "seller", "dealer", "broker", "supporter", "opponent", "critic", "advocate", "lobbyist",
    "administrator", "treasurer", "spokespeople", "woman", "man", "girl", "boy", "child", "parent",
    "relative", "cousin", "stepfather", "stepmother", "widow", "widower", "fisherman", "miner",
    "nun", "monk", "rabbi", "cleric", "chef", "waiter", "cashier", "clerk", "auditor", "accountant",
    "architect", "designer", "programmer", "photographer",
];

/// Lowercase nouns that describe an organisation (`company`, `operator`, `ministry`).
#[rustfmt::skip]
const ORGANIZATION_NOUNS: &[&str] = &[
    "company", "operator", "firm", "group", "agency", "ministry", "department", "government",
    "army", "military", "navy", "alliance", "bloc", "organization", "organisation", "union",
    "commission", "council", "court", "jury", "party", "mission", "embassy", "consulate", "office",
    "service", "bank", "fund", "programme", "program", "institute", "university", "newspaper",
    "broadcaster", "network", "regulator", "watchdog", "charity", "coalition", "movement",
    "authority", "board", "committee", "carrier", "airline", "manufacturer", "producer", "utility",
    "exchange", "parliament", "legislature", "administration", "junta", "body", "force", "forces",
    "guard", "police", "prosecutor's", "club", "team", "league", "federation", "association",
    "foundation", "corporation", "conglomerate", "giant", "maker", "developer", "lender",
    "insurer", "think", "tank", "outlet", "agency's", "platform", "media", "authorities",
    "conference", "caucus",
];

/// Nouns for people who speak for an institution (`a spokesperson for the group`).
#[rustfmt::skip]
const SPEAKS_FOR: &[&str] = &[
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials",
    "representative", "representatives", "analysts", "economists", "researchers", "strategists",
    "staff",
];

/// Generic nouns for an organisation that refer back to the latest one named
/// (`the company` after `Northbridge Semiconductor said`).
#[rustfmt::skip]
const GENERIC_ORGANIZATION_NOUNS: &[&str] = &[
    "company", "firm", "group", "organization", "organisation", "business", "operator", "maker",
    "manufacturer", "lender", "carrier", "airline", "producer", "developer", "insurer",
    "conglomerate", "giant", "startup", "charity", "outlet",
];

/// Nouns for a body inside an institution that speaks for it (`the IMF’s executive board`).
#[rustfmt::skip]
const SUB_BODIES: &[&str] = &[
    "board", "office", "council", "committee", "leadership", "management", "secretariat",
    "presidency", "bureau", "directorate", "executive", "headquarters", "press",
];

/// Words that make a capitalised name an agency.
#[rustfmt::skip]
const AGENCY_WORDS: &[&str] = &[
    "Ministry", "Agency", "Service", "Department", "Intelligence", "Office", "Bureau", "Authority",
    "Administration", "Directorate", "Guard", "Police", "Jury", "Inspectorate", "Secretariat",
    "Customs", "Kremlin", "House",
];

/// Words that make a capitalised name a military.
#[rustfmt::skip]
const MILITARY_WORDS: &[&str] = &[
    "Army", "Forces", "Force", "Military", "Navy", "Marines", "Corps", "Brigade", "Battalion",
    "Regiment", "Division", "Command", "Militia",
];

/// Words that make a capitalised name an organisation.
#[rustfmt::skip]
const ORGANIZATION_WORDS: &[&str] = &[
    "Union", "Organization", "Organisation", "Nations", "Council", "University", "Universidad",
    "Université", "Universität", "Universiteit", "Università", "Institute", "Chamber",
    "School", "Programme", "Program", "Fund", "Bank", "Alliance", "Association", "Group", "Company",
    "Corporation", "Corp.", "Inc.", "Ltd.", "Times", "Post", "News", "Embassy", "Consulate",
    "Mission", "Committee", "Court", "Party", "Foundation", "Center", "Centre", "Forum", "Network",
    "Coalition", "Federation", "Confederation", "League", "Commission", "Parliament", "Congress",
    "Senate", "Assembly", "Tribunal", "Agency", "Red", "Cross", "Crescent", "Watch",
    "International", "Journal", "Herald", "Telegraph", "Tribune", "Gazette", "Press", "Media",
    "Television", "Radio", "Airlines", "Holdings", "Industries", "Systems", "Technologies",
    "Partners", "Society", "Trust", "Board", "Exchange", "Movement", "Front", "Semiconductor",
    "Semiconductors", "Motors", "Pharmaceuticals", "Electronics", "Capital", "Securities",
    "Logistics", "Shipping", "Marine", "Telecom", "Communications", "Software", "Petroleum",
    "Mining", "Steel", "Foods", "Labs", "Insurance", "Ventures", "Investments", "Solutions",
    "Aerospace", "Automotive", "Chemicals", "Airways", "Railways", "Secretariat", "Government",
    "Affairs", "Relations", "Studies", "Elections", "Development", "Cooperation", "Resources",
    "Services", "Rights", "Sciences", "Research", "Policy", "Hospital", "Clinic", "College",
    "Academy", "Equities", "Advisors", "Advisers", "Associates", "Management", "Brands", "Stores",
    "Electric", "Bancorp", "Financial", "Co.", "LLC", "LLP", "PLC", "plc", "Ltd", "Inc", "Corp",
    "Desk", "Project", "Initiative", "Campaign", "Caucus", "Club", "Church", "Mosque", "Temple",
    "Diocese", "Ministries", "Laboratory", "Laboratories", "Observatory", "Museum", "Library",
    "Zoo", "Stadium", "Airport", "Port", "Station",
];

/// Acronyms and short names of well-known organisations, with what they are.
const KNOWN_ORGANIZATIONS: &[(&str, ActorKind)] = &[
    ("NATO", ActorKind::Organization),
    ("UN", ActorKind::Organization),
    ("U.N.", ActorKind::Organization),
    ("EU", ActorKind::Organization),
    ("E.U.", ActorKind::Organization),
    ("WHO", ActorKind::Organization),
    ("IAEA", ActorKind::Organization),
    ("IMF", ActorKind::Organization),
    ("OPEC", ActorKind::Organization),
    ("ASEAN", ActorKind::Organization),
    ("OSCE", ActorKind::Organization),
    ("UNICEF", ActorKind::Organization),
    ("UNHCR", ActorKind::Organization),
    ("UNRWA", ActorKind::Organization),
    ("WFP", ActorKind::Organization),
    ("OAS", ActorKind::Organization),
    ("AU", ActorKind::Organization),
    ("ECOWAS", ActorKind::Organization),
    ("G7", ActorKind::Organization),
    ("G20", ActorKind::Organization),
    ("Pentagon", ActorKind::Agency),
    ("CIA", ActorKind::Agency),
    ("FBI", ActorKind::Agency),
    ("NIS", ActorKind::Agency),
    ("Kremlin", ActorKind::Agency),
    ("Hamas", ActorKind::Group),
    ("Hezbollah", ActorKind::Group),
    ("Taliban", ActorKind::Group),
    ("Houthis", ActorKind::Group),
    ("Wagner", ActorKind::Group),
];

/// What an organisation is also called, for `the alliance said` and the like.
const ORGANIZATION_DESCRIPTORS: &[(&str, &str)] = &[
    ("NATO", "alliance"),
    ("EU", "bloc"),
    ("European Union", "bloc"),
    ("UN", "world body"),
    ("United Nations", "world body"),
    ("Hamas", "group"),
    ("Hezbollah", "group"),
];

/// Nouns naming a text whose publisher is the speaker (`an editorial in the Global Times`).
#[rustfmt::skip]
const CONTAINER_NOUNS: &[&str] = &[
    "editorial", "statement", "report", "article", "post", "communique", "letter", "commentary",
    "op-ed", "column", "bulletin", "broadcast", "release", "message", "note", "memo", "records",
    "documents", "filing", "filings", "tweet", "email", "affidavit", "complaint", "indictment",
];

/// Words just before a quotation that make it a term or a title, not someone's words.
#[rustfmt::skip]
const SCARE_MARKERS: &[&str] = &[
    "so-called", "dubbed", "nicknamed", "titled", "entitled", "codenamed", "code-named", "term",
    "word", "phrase", "slogan", "hashtag", "named", "headlined", "known", "reading", "read",
    "inscribed", "name", "nickname", "label", "motto", "renamed", "rebranded",
];

/// Nouns for works whose titles stand in quotation marks (`the documentary “The Last
/// Tenants”`).
#[rustfmt::skip]
const WORK_NOUNS: &[&str] = &[
    "book", "novel", "film", "movie", "documentary", "song", "album", "play", "series", "show",
    "programme", "program", "podcast", "painting", "poem", "exhibition", "report", "study",
    "paper", "essay", "opera", "musical", "memoir", "campaign", "operation", "exercise", "hashtag",
    "banner", "banners", "sign", "signs", "placard", "placards", "headline",
];

/// Nouns that, right after a quotation, say it is a term (`“...,” a phrase agreed in 2023`).
#[rustfmt::skip]
const TERM_NOUNS: &[&str] = &[
    "phrase", "term", "word", "slogan", "expression", "nickname", "motto", "catchphrase",
    "euphemism", "label",
];

/// Nouns that a label in quotation marks modifies (`the “one country, two systems”
/// formula`).
#[rustfmt::skip]
const FRAMING_NOUNS: &[&str] = &[
    "formula", "policy", "principle", "doctrine", "framework", "model", "strategy", "concept",
    "approach", "system", "plan", "initiative", "movement", "rule", "era", "label", "slogan",
    "brand", "mantra", "agenda", "narrative", "theory", "ideology", "status", "zone", "account",
    "tag", "programme", "program", "project", "scheme", "law", "bill", "act",
];

/// Lowercase particles inside personal names (`Sanne de Wit`).
#[rustfmt::skip]
const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "del", "della", "la", "le", "bin", "al", "ibn",
    "dos", "das", "du", "ter", "ten", "y", "el", "dela", "delos", "los", "las", "zu",
];

/// Family names written before the given name (Chinese, Korean, Vietnamese usage:
/// `Li Jifeng`, `Park Min-jun`), so the first word is the one a later mention repeats.
#[rustfmt::skip]
const FAMILY_NAMES_FIRST: &[&str] = &[
    "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang",
    "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Pan", "Yuan", "Cai",
    "Jiang", "Yu", "Du", "Ye", "Cheng", "Wei", "Su", "Lu", "Ding", "Ren", "Shen", "Yao", "Jin",
    "Xi", "Qin", "Wen", "Fu", "Fang", "Bai", "Cui", "Mao", "Qiu", "Jia", "Zou", "Shi", "Xiong",
    "Meng", "Hou", "Duan", "Lei", "Qian", "Tan", "Yin", "Hao", "Kong", "Shao", "Lam", "Chan",
    "Wong", "Cheung", "Leung", "Lau", "Ho", "Tsang", "Chow", "Ng", "Cheuk", "Tse", "Yip", "Kwok",
    "Chiu", "Fung", "Chu", "Tsai", "Hsu", "Chang", "Kuo", "Lai", "Kim", "Lee", "Park", "Choi",
    "Jung", "Jeong", "Kang", "Cho", "Yoon", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon", "Hwang",
    "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Heo", "Nam", "Noh", "Ha",
    "Kwak", "Sung", "Cha", "Joo", "Ryu", "Chung", "Roh", "Yun", "Nguyen", "Tran", "Le", "Pham",
    "Hoang", "Huynh", "Phan", "Vu", "Vo", "Dang", "Bui", "Ngo", "Duong",
];

/// Suffixes after a personal name that are not the surname (`Jr.`).
const NAME_SUFFIXES: &[&str] = &["Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr"];

/// Abbreviations written with a final period that does not end a sentence.
#[rustfmt::skip]
const ABBREVIATIONS: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Rep",
    "Sen", "Gov", "Rev", "No", "vs", "etc", "Inc", "Ltd", "Co", "Corp", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Adm", "Cmdr", "Supt",
    "Insp", "Maj", "Brig", "approx", "Dept", "Univ",
];

/// Capitalised words that start sentences but never start a name.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "When", "While", "Since",
    "After", "Before", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
    "You", "Its", "His", "Her", "Their", "Our", "My", "Your", "Some", "Many", "Most", "Asked",
    "Speaking", "According", "Under", "Over", "Despite", "Although", "However", "Furthermore",
    "Moreover", "Meanwhile", "Firstly", "Secondly", "Still", "Yet", "So", "As", "With", "Without",
    "From", "To", "By", "Of", "Both", "Each", "Every", "All", "Such", "Other", "Another",
    "Several", "Two", "Three", "Four", "Five", "Ten", "One", "No", "Not", "Even", "Only", "Also",
    "Then", "There", "Here", "What", "Who", "Why", "How", "Where", "Whether", "Because", "Unless",
    "Until", "During", "Through", "Among", "Between", "Against", "Amid", "Following", "Last",
    "Next", "Earlier", "Later", "Now", "Today", "Yesterday", "Tomorrow", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Geographically", "Nobody",
    "Everyone", "Anyone", "Someone", "Once", "Instead", "Indeed", "Experts", "Analysts",
    "Officials", "Observers", "Critics", "Residents", "Investigators", "Donors", "Scientists",
    "Markets", "Aid", "Human", "Western",
];

/// A person's grammatical gender, as pronouns and role nouns show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    /// he, his, spokesman, Mr.
    Male,
    /// she, her, spokeswoman, Mrs.
    Female,
}

/// Personal pronouns that can stand for a speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    /// he, she
    Person(Gender),
    /// it
    Thing,
    /// they
    Plural,
}

/// The pronoun `word` is, if it can be a subject that speaks.
pub fn pronoun(word: &str) -> Option<Pronoun> {
    match word {
        "he" | "He" => Some(Pronoun::Person(Gender::Male)),
        "she" | "She" => Some(Pronoun::Person(Gender::Female)),
        "it" | "It" => Some(Pronoun::Thing),
        "they" | "They" => Some(Pronoun::Plural),
        _ => None,
    }
}

/// Words that show a man: pronouns, titles, role and family nouns.
#[rustfmt::skip]
const MALE_WORDS: &[&str] = &[
    "he", "his", "him", "himself", "Mr.", "Mr", "Sir", "Lord", "King", "Prince", "spokesman",
    "chairman", "congressman", "businessman", "fireman", "policeman", "son", "husband", "father",
    "brother", "grandson", "grandfather", "nephew", "uncle", "boy", "man", "widower", "stepfather",
    "grandpa", "dad", "actor", "king", "assemblyman", "councilman",
];
#[rustfmt::skip]
/// Words that show a woman (see [`MALE_WORDS`]).
const FEMALE_WORDS: &[&str] = &[
    "she", "her", "hers", "herself", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dame", "Lady", "Queen",
    "Princess", "spokeswoman", "chairwoman", "congresswoman", "businesswoman", "policewoman",
    "daughter", "wife", "mother", "sister", "granddaughter", "grandmother", "niece", "aunt", "girl",
    "woman",
];

/// Common given names of men, in many languages (names given to both sexes are left out).
#[rustfmt::skip]
const MALE_NAMES: &[&str] = &[
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul",
    "Andrew", "Joshua", "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Edward",
    "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry",
    "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Alexander", "Frank", "Patrick",
    "Raymond", "Jack", "Dennis", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry",
    "Douglas", "Zachary", "Peter", "Kyle", "Ethan", "Walter", "Noah", "Jeremy", "Keith", "Roger",
    "Gerald", "Harold", "Sean", "Carl", "Arthur", "Lawrence", "Dylan", "Jesse", "Bryan", "Joe",
    "Bruce", "Gabriel", "Albert", "Alan", "Juan", "Wayne", "Randy", "Roy", "Vincent", "Ralph",
    "Eugene", "Russell", "Philip", "Louis", "Boris", "Vladimir", "Sergei", "Sergey", "Dmitry",
    "Ivan", "Igor", "Pavel", "Viktor", "Emmanuel", "Olaf", "Mohammed", "Muhammad", "Mohammad",
    "Ahmed", "Ahmad", "Ali", "Omar", "Hassan", "Hussein", "Ibrahim", "Mahmoud", "Mustafa", "Khalid",
    "Abdullah", "Yusuf", "Recep", "Narendra", "Rahul", "Amit", "Sanjay", "Rajesh", "Shinzo",
    "Fumio", "Hiroshi", "Takeshi", "Kenji", "Carlos", "Luis", "Miguel", "Pedro", "Diego", "Javier",
    "Antonio", "Francisco", "Manuel", "Pablo", "Jorge", "Ricardo", "Fernando", "Alejandro",
    "Pierre", "Jacques", "François", "Hans", "Klaus", "Friedrich", "Jens", "Lars", "Nils", "Stefan",
    "Marco", "Giuseppe", "Giorgio", "Matteo", "Mario", "Yair", "Naftali", "Volodymyr", "Oleksandr",
    "Andriy", "Mikhail", "Alexei", "Nikolai", "Keir", "Rishi", "Barack", "Mike", "Tom", "Tony",
    "Bill", "Bob", "Jim", "Dan", "Ben", "Sam", "Nick", "Ted", "Jeff", "Greg", "Jon", "Ken", "Rick",
    "Ron", "Steve", "Tim", "Phil", "Craig", "Andy", "Joel", "Geoffrey", "Marcelo", "Tomas", "Marek",
    "Piotr", "Jan", "Karel", "Miroslav", "Ahmet", "Mehmet", "Emre", "Reza", "Hamid", "Abdul",
    "Tariq", "Imran", "Nawaz", "Kofi", "Kwame", "Cyril", "Uhuru", "Olusegun", "Abiy", "Yoweri",
];

/// Common given names of women (see [`MALE_NAMES`]).
#[rustfmt::skip]
const FEMALE_NAMES: &[&str] = &[
    "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Lisa", "Nancy", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Emily", "Donna",
    "Michelle", "Carol", "Amanda", "Dorothy", "Melissa", "Deborah", "Stephanie", "Rebecca",
    "Sharon", "Laura", "Cynthia", "Kathleen", "Amy", "Angela", "Shirley", "Anna", "Brenda",
    "Pamela", "Emma", "Nicole", "Helen", "Samantha", "Katherine", "Christine", "Debra", "Rachel",
    "Carolyn", "Janet", "Catherine", "Maria", "Heather", "Diane", "Ruth", "Julie", "Olivia",
    "Joyce", "Virginia", "Victoria", "Kelly", "Lauren", "Christina", "Joan", "Evelyn", "Judith",
    "Megan", "Andrea", "Cheryl", "Hannah", "Jacqueline", "Martha", "Gloria", "Teresa", "Ann",
    "Sara", "Frances", "Kathryn", "Janice", "Abigail", "Alice", "Judy", "Sophia", "Grace", "Denise",
    "Amber", "Doris", "Marilyn", "Danielle", "Beverly", "Isabella", "Theresa", "Diana", "Natalie",
    "Brittany", "Charlotte", "Marie", "Kayla", "Lori", "Ilhan", "Alexandria", "Hillary", "Kamala",
    "Ursula", "Jacinda", "Giorgia", "Olga", "Natalia", "Irina", "Svetlana", "Tatiana", "Elena",
    "Yulia", "Oksana", "Fatima", "Aisha", "Mariam", "Maryam", "Leila", "Layla", "Zainab", "Priya",
    "Sonia", "Indira", "Keiko", "Yoko", "Ana", "Lucia", "Carmen", "Isabel", "Sofia", "Camila",
    "Valentina", "Gabriela", "Claudia", "Beatriz", "Marta", "Paula", "Francesca", "Giulia",
    "Chiara", "Anne", "Sophie", "Claire", "Camille", "Ingrid", "Annika", "Greta", "Astrid", "Nadia",
    "Rosa", "Fiona", "Sonya", "Luz", "Carla", "Kirsten", "Nikki", "Liz", "Kate", "Jane", "Sue",
    "Lena", "Ellen", "Miriam", "Agnieszka", "Katarzyna", "Ayşe", "Fatma", "Zeynep", "Amina",
    "Ngozi", "Sheikha", "Rania", "Noura", "Hoda",
];

/// The gender a common given name shows, if any.
pub fn given_name_gender(name: &str) -> Option<Gender> {
    if has(MALE_NAMES, name) {
        Some(Gender::Male)
    } else if has(FEMALE_NAMES, name) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a word shows, if any.
pub fn gender_of(word: &str) -> Option<Gender> {
    let lower = word.to_lowercase();
    if has(MALE_WORDS, word) || has(MALE_WORDS, &lower) {
        Some(Gender::Male)
    } else if has(FEMALE_WORDS, word) || has(FEMALE_WORDS, &lower) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// True when `list` holds `word` exactly.
fn has(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

/// True for a verb of saying (`said`, `told`, `warned`).
pub fn is_speech_verb(word: &str) -> bool {
    has(SPEECH_VERBS, word)
}

/// True for a present participle of a verb of saying (`saying`, `warning`).
pub fn is_speech_participle(word: &str) -> bool {
    has(SPEECH_PARTICIPLES, word)
}

/// True for a verb that shows its subject acting (`confirmed`, `imposed`).
pub fn is_acting_verb(word: &str) -> bool {
    has(ACTING_VERBS, word)
}

/// True for a word that may stand between a subject and its verb.
pub fn is_auxiliary(word: &str) -> bool {
    has(AUXILIARIES, word) || (word.len() > 4 && word.ends_with("ly") && is_lower(word))
}

/// True for a capitalised title word (`Minister`, `Dr.`).
pub fn is_title_word(word: &str) -> bool {
    has(TITLE_WORDS, word)
}

/// True for a courtesy title that is no role (`Dr.`, `Mr.`).
pub fn is_honorific(word: &str) -> bool {
    has(HONORIFICS, word)
}

/// True for a lowercase noun describing a person (`spokesperson`).
pub fn is_person_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = lower.trim_end_matches('s');
    has(PERSON_NOUNS, &lower)
        || has(PERSON_NOUNS, singular)
        || PERSON_SUFFIXES
            .iter()
            .any(|suffix| singular.len() > suffix.len() + 2 && singular.ends_with(suffix))
}

/// Endings of nouns for a person by trade (`hydrologist`, `cartographer`, `statistician`).
const PERSON_SUFFIXES: &[&str] = &["ologist", "ographer", "ician", "nomist"];

/// True for a noun for a person by nationality (`Dutchman`, `Frenchwoman`) or by age
/// (`44-year-old`), which no one is named by: it means someone named before.
pub fn is_epithet(word: &str) -> bool {
    let stem = word
        .strip_suffix("woman")
        .or_else(|| word.strip_suffix("man"))
        .filter(|stem| is_capitalised(stem));
    word.ends_with("-year-old")
        || stem.is_some_and(|stem| super::places::state_of_demonym(stem).is_some())
}

/// True for a lowercase noun describing an organisation (`company`).
pub fn is_organization_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = match lower.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => lower.strip_suffix('s').unwrap_or(&lower).to_owned(),
    };
    has(ORGANIZATION_NOUNS, &lower) || has(ORGANIZATION_NOUNS, &singular)
}

/// True for a noun for people who speak for an institution (`spokesperson`, `officials`).
pub fn speaks_for(word: &str) -> bool {
    has(SPEAKS_FOR, &word.to_lowercase())
}

/// True for a number written as a word (`seven`, `dozens`), which no name of a group keeps.
pub fn is_number_word(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "dozens"
            | "hundreds"
            | "thousands"
            | "several"
            | "some"
            | "many"
    )
}

/// True for a noun for someone who speaks for an institution by trade (`spokesperson`).
pub fn is_spokesperson(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "spokesperson" | "spokesman" | "spokeswoman" | "spokespeople" | "representative"
    )
}

/// True for a noun for a body inside an institution (`board`, `office`).
pub fn is_sub_body(word: &str) -> bool {
    has(SUB_BODIES, word)
}

/// True for a generic noun for an organisation (`company`, `firm`).
pub fn is_generic_organization_noun(word: &str) -> bool {
    has(GENERIC_ORGANIZATION_NOUNS, &word.to_lowercase())
}

/// Nouns for something someone said (`Trump’s announcement that ...`).
#[rustfmt::skip]
const SAYING_NOUNS: &[&str] = &[
    "announcement", "remarks", "comments", "claim", "claims", "assertion", "promise", "pledge",
    "warning", "words", "insistence", "admission", "argument", "vow", "message", "speech",
    "testimony", "declaration", "accusation", "prediction",
];

/// True for a noun for something someone said (`announcement`, `remarks`).
pub fn is_saying_noun(word: &str) -> bool {
    has(SAYING_NOUNS, word)
}

/// Month names, in order.
#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
];
/// Month abbreviations, in order (`May` is never one: it is a verb too often).
const MONTH_ABBREVIATIONS: &[&str] = &[
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

/// The number of the month `word` names (`October`, `Oct.`), 1-12.
pub fn month(word: &str) -> Option<u8> {
    MONTHS
        .iter()
        .position(|m| *m == word)
        .or_else(|| {
            MONTH_ABBREVIATIONS
                .iter()
                .position(|m| *m == word && word != "May")
        })
        .map(|i| i as u8 + 1)
}

/// True for a noun naming a published text (`editorial`, `statement`).
pub fn is_container_noun(word: &str) -> bool {
    has(CONTAINER_NOUNS, &word.to_lowercase())
}

/// True for a word that, just before a quotation, marks it as a term or a title.
pub fn is_scare_marker(word: &str) -> bool {
    has(SCARE_MARKERS, &word.to_lowercase())
}

/// True for a noun for a work with a title (`documentary`, `report`).
pub fn is_work_noun(word: &str) -> bool {
    has(WORK_NOUNS, &word.to_lowercase())
}

/// True for a noun that, after a quotation, says it is a term.
pub fn is_term_noun(word: &str) -> bool {
    has(TERM_NOUNS, word)
}

/// True for a noun that a label in quotation marks can modify (`formula`, `policy`).
pub fn is_framing_noun(word: &str) -> bool {
    has(FRAMING_NOUNS, word)
}

/// True for a lowercase particle inside a personal name.
pub fn is_name_particle(word: &str) -> bool {
    has(NAME_PARTICLES, word)
}

/// True for a family name that Chinese, Korean or Vietnamese usage writes first (`Li`, `Park`).
pub fn is_family_name_first(word: &str) -> bool {
    has(FAMILY_NAMES_FIRST, word)
}

/// Letters after a name for an office or an honour (`Jane Smith MP`), which the name drops.
const POSTNOMINALS: &[&str] = &[
    "SC", "KC", "QC", "MP", "MEP", "MLA", "MSP", "MS", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD",
];

/// True for letters after a name that are no part of it (`SC`, `MP`, `OBE`).
pub fn is_postnominal(word: &str) -> bool {
    has(POSTNOMINALS, word)
}

/// True for a suffix after a personal name (`Jr.`).
pub fn is_name_suffix(word: &str) -> bool {
    has(NAME_SUFFIXES, word)
}

/// True for an abbreviation whose period does not end a sentence (given without the period).
pub fn is_abbreviation(word: &str) -> bool {
    has(ABBREVIATIONS, word)
}

/// True for a capitalised word that is no part of a name.
pub fn is_not_name(word: &str) -> bool {
    // `Columbus-based Harlan Logistics`, `German-born physicist`: adjectives of place.
    has(NOT_NAMES, word) || word.ends_with("-based") || word.ends_with("-born")
}

/// The kind a capitalised name suggests by its words, if any word decides it.
pub fn kind_by_words<'a>(words: impl Iterator<Item = &'a str> + Clone) -> Option<ActorKind> {
    let any = |list: &[&str]| words.clone().any(|w| has(list, w));
    if any(MILITARY_WORDS) {
        Some(ActorKind::Military)
    } else if any(AGENCY_WORDS) {
        Some(ActorKind::Agency)
    } else if any(ORGANIZATION_WORDS) {
        Some(ActorKind::Organization)
    } else {
        None
    }
}

/// True when `and` between the capitalised words `before` and the word `next` is inside one
/// institution's name (`Customs and Border Protection`, `Center for Disease Control and
/// Prevention`), not between two names (`Russia and China`).
pub fn and_joins_name(before: &[&str], next: &str) -> bool {
    let institution = before
        .iter()
        .any(|w| matches!(*w, "of" | "for") || kind_by_words(std::iter::once(*w)).is_some());
    // `Sen. Roy Hanley of Montana and Sen. Lisa Brandt`: a person's title starts someone new.
    let person_title = is_honorific(next)
        || (is_title_word(next) && next.ends_with('.'))
        || matches!(
            next,
            "Senator" | "Representative" | "Governor" | "Mayor" | "Judge" | "Justice"
        );
    institution
        && !person_title
        && is_capitalised(next)
        && !is_not_name(next)
        && !is_acronym(next)
        && known_organization(next).is_none()
        && super::places::state(next).is_none()
}

/// True when the comma at token `comma` (words read through `word`) lists the portfolios of
/// one institution: `Ministry of Economy, Trade and Industry`, `Department for Environment,
/// Food and Rural Affairs`.
pub fn comma_in_institution<'a>(word: impl Fn(usize) -> &'a str, comma: usize) -> bool {
    let institution = |w: &str| {
        is_capitalised(w)
            && (kind_by_words(std::iter::once(w)).is_some() || is_organization_noun(w))
    };
    let mut k = comma;
    let mut named = false;
    while k > 0 {
        let w = word(k - 1);
        if matches!(w, "of" | "for") {
            named = k >= 2 && institution(word(k - 2)) && k < comma;
            break;
        }
        if !is_capitalised(w) {
            break;
        }
        k -= 1;
    }
    named
        && (comma + 1..comma + 6)
            .take_while(|&i| is_capitalised(word(i)) || word(i) == "and")
            .any(|i| i > comma + 1 && word(i) == "and" && is_capitalised(word(i + 1)))
}

/// The kind of a well-known organisation named by `name`.
pub fn known_organization(name: &str) -> Option<ActorKind> {
    KNOWN_ORGANIZATIONS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, kind)| *kind)
}

/// Another noun a well-known organisation goes by (`NATO` -> `alliance`).
pub fn organization_descriptor(name: &str) -> Option<&'static str> {
    ORGANIZATION_DESCRIPTORS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, d)| *d)
}

/// True when `word` is all lowercase letters (possibly with hyphens or apostrophes).
pub fn is_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase) && !is_article_name(word)
}

/// True when `word` starts with an uppercase letter, or is a name after an Arabic article
/// (`al-Tayeb`, `el-Sisi`).
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) || is_article_name(word)
}

/// True for a name written after a lowercase Arabic article: `al-Tayeb`, `el-Sisi`, `ash-Sharaa`.
fn is_article_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(article, name)| {
        matches!(
            article,
            "al" | "el" | "ad" | "ash" | "as" | "at" | "az" | "ar" | "an" | "ul"
        ) && name.chars().next().is_some_and(char::is_uppercase)
    })
}

/// True for an acronym: two or more letters, all uppercase (dots and digits allowed).
pub fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '.' || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_classified_by_their_words() {
        let kind = |name: &str| kind_by_words(name.split(' '));
        assert_eq!(
            kind("National Intelligence Service"),
            Some(ActorKind::Agency)
        );
        assert_eq!(kind("Armed Forces"), Some(ActorKind::Military));
        assert_eq!(kind("University of Tokyo"), Some(ActorKind::Organization));
        assert_eq!(kind("Yuki Matsuda"), None);
    }

    #[test]
    fn word_shapes() {
        assert!(is_acronym("NATO") && is_acronym("U.S.") && !is_acronym("Nato"));
        assert!(is_auxiliary("reportedly") && !is_auxiliary("Kelly"));
        assert!(is_person_noun("analysts") && is_person_noun("Spokesperson"));
    }
}
