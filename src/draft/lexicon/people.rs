//! Words for people: titles, honorifics, nouns for a person or a spokesperson, the words
//! that show a gender, and the pronouns that can stand for a speaker.

use super::{has, is_capitalised};

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
    "Mr", "Mrs", "Ms", "Dr", "Prof", "CEO", "CFO", "COO", "CTO", "Executive", "Press", "Councillor", "Councilor",
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
    "spokesperson", "spokesman", "spokeswoman", "businessman", "businesswoman", "tycoon", "mogul",
    "billionaire", "millionaire", "magnate", "nominee", "frontrunner", "front-runner", "contender",
    "challenger", "incumbent", "neurosurgeon", "lawyer", "attorney", "analyst", "economist",
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
    "prisoner", "defendant", "plaintiff", "applicant", "claimant", "appellant", "petitioner", "suspect", "guard", "principal", "pastor", "councillor", "councilor",
    "councilman", "councilwoman", "attorneys", "ombudsman", "signatory", "psychologist",
    "psychiatrist", "therapist", "pharmacist", "dentist", "paramedic", "medic", "sheriff",
    "trooper", "marshal", "ranger", "entrepreneur", "shareholder", "customer", "consumer", "buyer",
    "seller", "dealer", "broker", "supporter", "opponent", "critic", "advocate", "lobbyist",
    "administrator", "treasurer", "spokespeople", "woman", "man", "girl", "boy", "child", "parent",
    "relative", "cousin", "stepfather", "stepmother", "widow", "widower", "fisherman", "miner",
    "nun", "monk", "rabbi", "cleric", "chef", "waiter", "cashier", "clerk", "auditor", "accountant",
    "architect", "designer", "programmer", "photographer",
];

/// Endings of nouns for a person by trade (`hydrologist`, `cartographer`, `statistician`).
const PERSON_SUFFIXES: &[&str] = &["ologist", "ographer", "ician", "nomist"];

/// Nouns for people who speak for an institution (`a spokesperson for the group`).
#[rustfmt::skip]
const SPEAKS_FOR: &[&str] = &[
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "official", "officials",
    "representative", "representatives", "analysts", "economists", "researchers", "strategists",
    "staff",
];

/// Nouns for a person by their tie to another (`mother`, `neighbour`): `the mother` is not
/// the person just named.
#[rustfmt::skip]
const RELATIVE_NOUNS: &[&str] = &[
    "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "neighbour",
    "neighbor", "friend", "colleague", "partner", "grandson", "granddaughter", "grandmother",
    "grandfather", "nephew", "niece", "uncle", "aunt", "cousin", "parent", "relative", "widow",
    "widower", "stepfather", "stepmother", "child", "boy", "girl", "victim", "suspect",
    "defendant", "plaintiff", "witness", "lawyer", "attorney", "opponent", "rival", "aide",
    "adviser", "advisor",
];

/// True for a noun for a person by their tie to another (`mother`, `lawyer`, `aide`).
pub fn is_relative_noun(word: &str) -> bool {
    has(RELATIVE_NOUNS, &word.to_lowercase())
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
