//! Words for organisations: nouns that describe one, words that make a capitalised name an
//! agency, a military or an organisation, well-known organisations, and where `and` or a
//! comma stays inside one institution's name.

use super::{has, is_acronym, is_capitalised, is_honorific, is_not_name, is_title_word};
use crate::briefing::model::ActorKind;

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

/// Generic nouns for an organisation that refer back to the latest one named
/// (`the company` after `Northbridge Semiconductor said`).
#[rustfmt::skip]
const GENERIC_ORGANIZATION_NOUNS: &[&str] = &[
    "company", "firm", "group", "organization", "organisation", "business", "operator", "maker",
    "manufacturer", "lender", "carrier", "airline", "producer", "developer", "insurer",
    "conglomerate", "giant", "startup", "charity", "outlet", "newspaper", "paper", "daily",
    "tabloid", "magazine", "broadcaster", "network", "channel", "website", "publication",
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
    "International", "Journal", "Herald", "Telegraph", "Tribune", "Gazette", "Daily", "Press", "Media",
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

/// True for a lowercase noun describing an organisation (`company`).
pub fn is_organization_noun(word: &str) -> bool {
    let lower = word.to_lowercase();
    let singular = match lower.strip_suffix("ies") {
        Some(stem) => format!("{stem}y"),
        None => lower.strip_suffix('s').unwrap_or(&lower).to_owned(),
    };
    has(ORGANIZATION_NOUNS, &lower) || has(ORGANIZATION_NOUNS, &singular)
}

/// True for a noun for a body inside an institution (`board`, `office`).
pub fn is_sub_body(word: &str) -> bool {
    has(SUB_BODIES, word)
}

/// True for a generic noun for an organisation (`company`, `firm`).
pub fn is_generic_organization_noun(word: &str) -> bool {
    has(GENERIC_ORGANIZATION_NOUNS, &word.to_lowercase())
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
