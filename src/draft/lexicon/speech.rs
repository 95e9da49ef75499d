//! Words of saying: verbs and participles that attribute, verbs of acting, the nouns for
//! something said or a published text, and the words that make a quotation a term or a title.

use super::{has, is_lower};

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
    "advised", "informed", "reminded", "admits", "declares", "predicts", "remembered",
    "groused", "grumbled", "griped", "fumed", "scoffed", "snapped", "sniped", "mocked", "chided",
    "scolded", "bragged", "touted", "exclaimed", "thundered", "railed", "blasted",
    "slammed", "derided", "ridiculed", "texted", "emailed", "opined", "speculated", "theorized",
    "reasoned", "interjected", "chimed", "elaborated", "underscored", "tweets", "posts",
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

/// Nouns naming a text whose publisher is the speaker (`an editorial in the Global Times`).
#[rustfmt::skip]
const CONTAINER_NOUNS: &[&str] = &[
    "editorial", "statement", "report", "article", "post", "communique", "letter", "commentary",
    "op-ed", "column", "bulletin", "broadcast", "release", "message", "note", "memo", "records",
    "documents", "filing", "filings", "tweet", "email", "affidavit", "complaint", "indictment",
];

/// True for a noun naming a published text (`editorial`, `statement`).
pub fn is_container_noun(word: &str) -> bool {
    has(CONTAINER_NOUNS, &word.to_lowercase())
}

/// Words just before a quotation that make it a term or a title, not someone's words.
#[rustfmt::skip]
const SCARE_MARKERS: &[&str] = &[
    "so-called", "dubbed", "nicknamed", "titled", "entitled", "codenamed", "code-named", "term",
    "word", "phrase", "slogan", "hashtag", "named", "headlined", "known", "reading", "read",
    "inscribed", "name", "nickname", "label", "motto", "renamed", "rebranded",
];

/// True for a word that, just before a quotation, marks it as a term or a title.
pub fn is_scare_marker(word: &str) -> bool {
    has(SCARE_MARKERS, &word.to_lowercase())
}

/// Nouns for works whose titles stand in quotation marks (`the documentary “The Last
/// Tenants”`).
#[rustfmt::skip]
const WORK_NOUNS: &[&str] = &[
    "book", "novel", "film", "movie", "documentary", "song", "album", "play", "series", "show",
    "programme", "program", "podcast", "painting", "poem", "exhibition", "report", "study",
    "paper", "essay", "opera", "musical", "memoir", "campaign", "operation", "exercise", "hashtag",
    "banner", "banners", "sign", "signs", "placard", "placards", "headline",
];

/// True for a noun for a work with a title (`documentary`, `report`).
pub fn is_work_noun(word: &str) -> bool {
    has(WORK_NOUNS, &word.to_lowercase())
}

/// Nouns that, right after a quotation, say it is a term (`“...,” a phrase agreed in 2023`).
#[rustfmt::skip]
const TERM_NOUNS: &[&str] = &[
    "phrase", "term", "word", "slogan", "expression", "nickname", "motto", "catchphrase",
    "euphemism", "label",
];

/// True for a noun that, after a quotation, says it is a term.
pub fn is_term_noun(word: &str) -> bool {
    has(TERM_NOUNS, word)
}

/// Nouns that a label in quotation marks modifies (`the “one country, two systems”
/// formula`).
#[rustfmt::skip]
const FRAMING_NOUNS: &[&str] = &[
    "formula", "policy", "principle", "doctrine", "framework", "model", "strategy", "concept",
    "approach", "system", "plan", "initiative", "movement", "rule", "era", "label", "slogan",
    "brand", "mantra", "agenda", "narrative", "theory", "ideology", "status", "zone", "account",
    "tag", "programme", "program", "project", "scheme", "law", "bill", "act",
];

/// True for a noun that a label in quotation marks can modify (`formula`, `policy`).
pub fn is_framing_noun(word: &str) -> bool {
    has(FRAMING_NOUNS, word)
}
