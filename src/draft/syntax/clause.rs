//! Verbs of saying and their subjects: which verbs of a sentence count, and the noun phrase
//! (with its appositions) that does the saying, before the verb (`Hayashi said`) or after it
//! (`said Dr. Min-seok Kim, a senior analyst`).

use std::ops::Range;

use super::phrase::{self, Phrase, Words};
use crate::draft::article::{Doc, Kind, Para, Tok};
use crate::draft::lexicon;
use crate::draft::words::{is_punct, word_at};

/// Most tokens a subject before its verb may have; longer runs are not a subject.
const MAX_SUBJECT_TOKENS: usize = 14;
/// Most tokens of one comma-separated chunk (an apposition, a relative clause) walked back.
const MAX_CHUNK_TOKENS: usize = 40;
/// Most comma-separated chunks (appositions, relative clauses) walked back from a verb.
const MAX_CHUNKS: usize = 4;

/// A verb that may attribute words or show its subject acting.
#[derive(Clone, Debug)]
pub struct Verb {
    /// Token index in the paragraph.
    pub tok: usize,
    /// A verb of saying.
    pub speech: bool,
    /// A verb of acting (for states and organisations as actors).
    pub acting: bool,
    /// Inside an introductory phrase (`Asked whether ..., she said`): not the main verb.
    pub intro: bool,
    /// A participle (`saying`, `warning`): its subject is another verb's.
    pub participle: bool,
}

/// The subject of a verb: its head phrase and the appositions around it, as token ranges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Subject {
    /// The phrase that names the subject.
    pub head: Range<usize>,
    /// Appositions and relative clauses that describe it.
    pub appositions: Vec<Range<usize>>,
    /// The verb is in a relative clause about the subject (`X, which has imposed`).
    pub relative: bool,
}

/// Words that start a subordinate clause or join clauses: a subject never runs back past them.
const CLAUSE_WORDS: &[&str] = &[
    "that", "if", "when", "while", "because", "although", "after", "before", "as", "whether",
    "and", "but", "or", "since", "until", "unless", "where", "though", "than", "so", "what",
];
/// Prepositions that start no subject: a chunk starting with one is the end of a clause.
const PREPOSITIONS_AFTER_CLAUSE: &[&str] = &[
    "of", "in", "on", "at", "to", "for", "from", "with", "by", "about", "into", "over",
];
/// Forms of `be` that make the next verb passive.
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
/// Words that open an introductory phrase at the start of a sentence.
const INTRO_WORDS: &[&str] = &[
    "Like",
    "Unlike",
    "Besides",
    "Beyond",
    "Including",
    "Among",
    "Amid",
    "Against",
    "For",
    "From",
    "To",
    "By",
    "Of",
    "Near",
    "Asked",
    "Speaking",
    "In",
    "On",
    "At",
    "After",
    "Before",
    "During",
    "Under",
    "With",
    "When",
    "While",
    "If",
    "Although",
    "As",
    "Since",
    "Despite",
    "Following",
    "Responding",
    "Writing",
    "Addressing",
    "Commenting",
    "Pressed",
    "Told",
];
/// One-word chunks between commas that only qualify the clause (`Hamas, meanwhile, said`).
const ADVERBS: &[&str] = &[
    "meanwhile",
    "however",
    "though",
    "too",
    "also",
    "instead",
    "separately",
    "moreover",
    "furthermore",
    "nonetheless",
    "nevertheless",
    "still",
    "then",
    "now",
    "today",
    "yesterday",
];

/// The verbs of sentence `sentence` (token range) of `para` that can attribute or act.
pub fn verbs(doc: &Doc, para: &Para, sentence: Range<usize>) -> Vec<Verb> {
    let toks = &para.toks;
    let word = |i: usize| word_at(doc, toks, i);
    let intro_end = if is_intro_word(word(sentence.start)) {
        (sentence.clone())
            .find(|&i| is_punct(doc, toks, i, ","))
            .unwrap_or(sentence.start)
    } else {
        sentence.start
    };
    sentence
        .clone()
        .filter_map(|i| {
            let w = word(i);
            // `looked promising`, `very threatening`: an adjective, not a verb of saying.
            let adjective = i > sentence.start
                && matches!(
                    word(i - 1),
                    "looked"
                        | "look"
                        | "looks"
                        | "seemed"
                        | "seem"
                        | "seems"
                        | "sounded"
                        | "sound"
                        | "sounds"
                        | "appeared"
                        | "remained"
                        | "very"
                        | "more"
                        | "most"
                        | "less"
                        | "least"
                        | "highly"
                        | "so"
                        | "too"
                );
            if lexicon::is_speech_participle(w) && !adjective {
                return Some(Verb {
                    tok: i,
                    speech: true,
                    acting: false,
                    intro: i < intro_end,
                    participle: true,
                });
            }
            // `put` says something only as `put it`; a plea in court (`pleaded guilty`) says
            // nothing quoted.
            let plea = w.starts_with("plead")
                && matches!(word(i + 1), "guilty" | "not" | "no" | "innocent");
            let speech = lexicon::is_speech_verb(w) && (w != "put" || word(i + 1) == "it") && !plea;
            let acting = lexicon::is_acting_verb(w);
            if !(speech || acting)
                || is_passive(doc, toks, sentence.start, i)
                || is_noun_use(doc, toks, i)
            {
                return None;
            }
            Some(Verb {
                tok: i,
                speech,
                acting,
                intro: i < intro_end,
                participle: false,
            })
        })
        .collect()
}

/// Words before a noun, never before a verb: `the call`, `in all states`, `his remarks`.
const BEFORE_NOUNS: &[&str] = &[
    "a", "an", "the", "all", "some", "many", "most", "several", "his", "her", "its", "their",
    "our", "my", "your", "these", "those", "this", "every", "each", "no", "of", "in", "on", "for",
    "with", "from", "two", "three", "few",
];

/// True when a word of saying at `i` is used as a noun: after a determiner or a preposition
/// (`in all states`), or, for a bare form (`call`, `say`), after anything but a pronoun, a
/// plural, a name or an auxiliary (`a phone call`).
fn is_noun_use(doc: &Doc, toks: &[Tok], i: usize) -> bool {
    let w = word_at(doc, toks, i);
    let before = word_at(doc, toks, i.wrapping_sub(1));
    if BEFORE_NOUNS.contains(&before) {
        return true;
    }
    let bare = matches!(
        w,
        "say" | "call" | "warn" | "argue" | "insist" | "accuse" | "describe" | "reject"
    );
    let subject_like = matches!(before, "they" | "we" | "I" | "you" | "They" | "We" | "You")
        || (before.ends_with('s') && lexicon::is_lower(before))
        || lexicon::is_capitalised(before)
        || lexicon::is_auxiliary(before)
        || before == "to"
        || toks
            .get(i.wrapping_sub(1))
            .is_none_or(|t| t.kind != Kind::Word);
    bare && !subject_like
}

/// True when the verb at `i` follows a form of `be` (`are confirmed`) or `to`, or has an agent
/// (`announced by`).
fn is_passive(doc: &Doc, toks: &[Tok], lo: usize, i: usize) -> bool {
    let mut j = i;
    while j > lo
        && lexicon::is_auxiliary(word_at(doc, toks, j - 1))
        && !BE.contains(&word_at(doc, toks, j - 1))
    {
        j -= 1;
    }
    let before = word_at(doc, toks, j.wrapping_sub(1));
    // `restrictions announced by the United States`: a participle with its agent.
    let agent = word_at(doc, toks, i + 1) == "by";
    agent || (j > lo && (BE.contains(&before) || before == "to"))
}

/// The subject of the participle at token `verb`: the name right before it after `with`
/// (`with Foreign Minister Lena Berg warning of ...`), else the phrase that opens the
/// sentence (`The Electoral Commission issued a statement warning that ...`).
pub fn participle_subject(doc: &Doc, toks: &[Tok], lo: usize, verb: usize) -> Option<Subject> {
    let mut start = verb;
    while start > lo && {
        let w = word_at(doc, toks, start - 1);
        lexicon::is_capitalised(w) || lexicon::is_name_particle(w)
    } {
        start -= 1;
    }
    if start < verb && start > lo && word_at(doc, toks, start - 1) == "with" {
        return Some(Subject {
            head: start..verb,
            appositions: Vec::new(),
            relative: false,
        });
    }
    opening_subject(doc, toks, lo, verb)
}

/// The subject of the verb at token `verb`, looking back no further than token `lo`.
pub fn subject_of(doc: &Doc, toks: &[Tok], lo: usize, verb: usize) -> Option<Subject> {
    let word = |i: usize| word_at(doc, toks, i);
    let mut end = verb;
    while end > lo && lexicon::is_auxiliary(word(end - 1)) {
        end -= 1;
    }
    // `Patrick, who lives nearby, stood up and asked`: the subject of the sentence.
    if end > lo && matches!(word(end - 1), "and" | "but") {
        return opening_subject(doc, toks, lo, end - 1);
    }
    // `The United States, which has already imposed ...`
    if end > lo + 1 && matches!(word(end - 1), "which" | "who") && is_punct(doc, toks, end - 2, ",")
    {
        let head_end = end - 2;
        let head_start = chunk_start(doc, toks, lo, head_end, Bound::Clause);
        return (head_start < head_end).then(|| Subject {
            head: head_start..head_end,
            appositions: Vec::new(),
            relative: true,
        });
    }
    // `Rep. Jane Smith (D-Calif.) said`: the subject stands before the parenthesis.
    if end > lo
        && is_punct(doc, toks, end - 1, ")")
        && let Some(open) = (lo..end - 1).rev().find(|&i| is_punct(doc, toks, i, "("))
    {
        end = open;
    }
    // `Senator Ann Ridley, a Kansas Republican who called it ...`: the noun phrase before
    // `who`, or the name it is in apposition to.
    if end > lo + 1 && word(end - 1) == "who" {
        return apposed_subject(doc, toks, lo, end - 1);
    }
    let start = chunk_start(doc, toks, lo, end, Bound::Clause);
    // `A spokesperson who did not wish to be named because of agency policy said`: a chunk
    // that starts with a preposition is inside a relative clause; the subject opens the
    // sentence.
    if start < end
        && lexicon::is_lower(word(start))
        && PREPOSITIONS_AFTER_CLAUSE.contains(&word(start))
    {
        return opening_subject(doc, toks, lo, end);
    }
    if start < end {
        if end - start > MAX_SUBJECT_TOKENS {
            return None;
        }
        return Some(Subject {
            head: start..end,
            appositions: Vec::new(),
            relative: false,
        });
    }
    if end > lo
        && is_punct(doc, toks, end - 1, ",")
        && let Some(subject) = apposed_subject(doc, toks, lo, end - 1)
    {
        return Some(subject);
    }
    // The verb comes first only right after a quotation (`“...,” said X`, `“...”, said X`),
    // at the start of the sentence
    // or after a comma (`..., said Arroyo, a physician.`).
    let after_quote = |i: usize| matches!(toks.get(i).map(|t| t.kind), Some(Kind::Quote(_)));
    let first = end == lo || after_quote(end - 1) || is_punct(doc, toks, end - 1, ",");
    if first {
        subject_after(doc, toks, verb)
    } else {
        None
    }
}

/// The subject before a chain of appositions ending at the comma `comma`:
/// `Nadia Rahman, a senior fellow at ..., said` or `An alliance spokesperson, Dylan Marsh, said`.
fn apposed_subject(doc: &Doc, toks: &[Tok], lo: usize, comma: usize) -> Option<Subject> {
    let mut chunks = Vec::new();
    let mut end = comma;
    while chunks.len() < MAX_CHUNKS {
        // Appositions run comma to comma: `who trails by fewer than 40,000 votes`.
        let start = chunk_start(doc, toks, lo, end, Bound::Comma);
        if start == end {
            break;
        }
        chunks.push(start..end);
        if start > lo && is_punct(doc, toks, start - 1, ",") {
            end = start - 1;
        } else {
            break;
        }
    }
    let mut kinds: Vec<Chunk> = chunks
        .iter()
        .map(|r| chunk_kind(doc, &toks[r.clone()]))
        .collect();
    // `based in Austin, Texas,`: a name right after a qualifier belongs to it.
    for i in 0..kinds.len().saturating_sub(1) {
        if kinds[i] == Chunk::Name && kinds[i + 1] == Chunk::Qualifier {
            kinds[i] = Chunk::Qualifier;
        }
    }
    // The chain of chunks that name or qualify, from the verb back; its leftmost naming
    // chunk is the subject (`Omar Lamrani, a senior analyst at Stratfor, the Texas-based
    // firm, told`), or the name right after a leftmost description (`An alliance
    // spokesperson, Dylan Marsh, said`).
    let chain = kinds
        .iter()
        .position(|k| *k == Chunk::Other)
        .unwrap_or(kinds.len());
    let left = (0..chain).rev().find(|&i| kinds[i] != Chunk::Qualifier)?;
    let head = match kinds[left] {
        Chunk::Description if left > 0 && kinds[left - 1] == Chunk::Name => left - 1,
        _ => left,
    };
    Some(Subject {
        head: chunks[head].clone(),
        appositions: (0..chain)
            .rev()
            .filter(|&i| i != head)
            .map(|i| chunks[i].clone())
            .collect(),
        relative: false,
    })
}

/// The noun phrase that opens the sentence from `lo`, with its appositions, before token
/// `end`: the subject of a verb joined by `and` to a predicate before it (`Doyle’s son,
/// Patrick, who lives nearby, stood up and asked`), after a relative clause, or before a
/// colon (`Ivo Marek, on the vote: “...”`).
pub fn opening_subject(doc: &Doc, toks: &[Tok], lo: usize, end: usize) -> Option<Subject> {
    let mut start = lo;
    if is_intro_word(word_at(doc, toks, start)) {
        start = (start..end).find(|&i| is_punct(doc, toks, i, ","))? + 1;
    }
    let mut i = start;
    while i < end {
        let chunk_end = (i..end)
            .find(|&j| is_punct(doc, toks, j, ","))
            .unwrap_or(end);
        let qualifier = i > start && chunk_kind(doc, &toks[i..chunk_end]) == Chunk::Qualifier;
        let predicate = (i..chunk_end).find(|&j| !is_noun_phrase_word(doc, toks, j));
        match predicate {
            _ if qualifier => {}
            Some(p) if p == i && i > start => return apposed_subject(doc, toks, start, i - 1),
            Some(p) if p > i && p - i <= MAX_SUBJECT_TOKENS => {
                return Some(Subject {
                    head: i..p,
                    appositions: (i > start).then(|| start..i - 1).into_iter().collect(),
                    relative: false,
                });
            }
            Some(_) => return None,
            None => {}
        }
        i = chunk_end + 1;
    }
    // Nothing but the noun phrase: `Ivo Marek, on the vote:` has its predicate in the chunk
    // after, `Ivo Marek:` none.
    (start < end)
        .then(|| apposed_subject(doc, toks, start, end))
        .flatten()
}

/// True when token `i` can be part of a noun phrase naming someone: a capitalised word, a
/// possessive, a determiner, a connector inside a name, a number, or a noun for a person or
/// an organisation.
fn is_noun_phrase_word(doc: &Doc, toks: &[Tok], i: usize) -> bool {
    let w = word_at(doc, toks, i);
    toks[i].kind == Kind::Possessive
        || lexicon::is_capitalised(w)
        || lexicon::pronoun(w).is_some()
        || matches!(
            w,
            "the" | "a" | "an" | "of" | "for" | "its" | "their" | "his" | "her"
        )
        || lexicon::is_name_particle(w)
        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || lexicon::is_person_noun(w)
        || lexicon::is_organization_noun(w)
}

/// The subject after a verb that comes first: `said Dr. Min-seok Kim, a senior analyst ...`.
fn subject_after(doc: &Doc, toks: &[Tok], verb: usize) -> Option<Subject> {
    let start = verb + 1;
    let mut end = start;
    while end < toks.len()
        && toks[end].kind != Kind::Punct
        && !matches!(toks[end].kind, Kind::Quote(_))
    {
        end += 1;
    }
    // `said CEO Craig Menear in the company’s news release`: the subject ends before a
    // preposition after a name.
    let head_end = (start + 1..end)
        .find(|&i| {
            matches!(
                word_at(doc, toks, i),
                "in" | "at" | "from" | "on" | "during" | "via" | "to" | "with" | "after" | "before"
            ) && lexicon::is_capitalised(word_at(doc, toks, i - 1))
        })
        .unwrap_or(end);
    let first = word_at(doc, toks, start);
    // `said chief inspector Jennifer Mattinson`: a role in lowercase before the name.
    let np_like = lexicon::is_capitalised(first)
        || matches!(
            first,
            "the" | "a" | "an" | "another" | "his" | "her" | "their" | "its" | "our"
        )
        || lexicon::is_person_noun(first)
        || matches!(first, "former" | "senior" | "chief" | "deputy" | "acting")
        // `said fire information officer Madison Tremblay`: a role of several words.
        || (start..head_end).any(|i| {
            let w = word_at(doc, toks, i);
            lexicon::is_lower(w)
                && lexicon::is_person_noun(w)
                && lexicon::is_capitalised(word_at(doc, toks, i + 1))
        });
    if start == head_end || !np_like || head_end - start > MAX_SUBJECT_TOKENS {
        return None;
    }
    let mut head = start..head_end;
    let mut appositions = Vec::new();
    let mut at = end;
    while appositions.len() < MAX_CHUNKS && is_punct(doc, toks, at, ",") {
        let chunk_end = (at + 1..toks.len())
            .find(|&i| toks[i].kind != Kind::Word && toks[i].kind != Kind::Possessive)
            .unwrap_or(toks.len());
        let chunk = at + 1..chunk_end;
        match chunk_kind(doc, &toks[chunk.clone()]) {
            Chunk::Qualifier | Chunk::Description => appositions.push(chunk),
            // `said another witness, former adviser Tom Reyes`: the name is the subject.
            Chunk::Name
                if appositions.is_empty()
                    && chunk_kind(doc, &toks[head.clone()]) == Chunk::Description =>
            {
                appositions.push(std::mem::replace(&mut head, chunk));
            }
            _ => break,
        }
        at = chunk_end;
    }
    Some(Subject {
        head,
        appositions,
        relative: false,
    })
}

/// What a comma-separated chunk near a subject is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Chunk {
    /// A proper name.
    Name,
    /// A description with a person or organisation noun.
    Description,
    /// A pronoun.
    Pronoun,
    /// A relative clause, an age, a prepositional phrase, an adverb: qualifies, names nothing.
    Qualifier,
    /// Anything else (an introductory phrase, a clause).
    Other,
}

/// What the chunk `toks` is.
fn chunk_kind(doc: &Doc, toks: &[Tok]) -> Chunk {
    let w = Words::new(doc, toks);
    let first = toks.first().map_or("", |t| doc.word(t));
    let qualifier = [
        "who",
        "which",
        "whose",
        "where",
        "of",
        "from",
        "at",
        "known",
        "also",
        "based",
        "in",
        "on",
        "according",
    ]
    .contains(&first)
        || first.chars().all(|c| c.is_ascii_digit())
        || is_party_tag(first)
        || (first.ends_with("ing") && lexicon::is_lower(first))
        || (first.ends_with("ed") && lexicon::is_lower(first) && w.position(&["by"]).is_some())
        || (toks.len() == 1
            && (ADVERBS.contains(&first) || (first.ends_with("ly") && lexicon::is_lower(first))));
    if qualifier {
        return Chunk::Qualifier;
    }
    if INTRO_WORDS.contains(&first) {
        return Chunk::Other;
    }
    let article = matches!(first, "a" | "an" | "the" | "A" | "An" | "The")
        || toks.iter().any(|t| t.kind == Kind::Possessive);
    match phrase::parse(w) {
        Some(Phrase::Name(_)) => Chunk::Name,
        Some(Phrase::Pronoun(_)) => Chunk::Pronoun,
        Some(Phrase::Description(d))
            if article
                || lexicon::is_person_noun(&d.head)
                || lexicon::is_organization_noun(&d.head) =>
        {
            Chunk::Description
        }
        _ => Chunk::Other,
    }
}

/// True for a party and state tag after an American politician's name (`R-Neb.`, `D-Minn`).
fn is_party_tag(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(chars.next(), Some('R' | 'D' | 'I'))
        && chars.next() == Some('-')
        && chars.next().is_some_and(char::is_uppercase)
}

/// What ends a chunk besides punctuation and quotations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bound {
    /// A clause word too (`that`, `and`): the subject right before a verb.
    Clause,
    /// Only punctuation: an apposition between commas (`a company that makes chips`).
    Comma,
}

/// Where the chunk ending at token `end` starts: after the previous comma, quotation, other
/// punctuation (or clause word, for [`Bound::Clause`]), and not before `lo`, nor more than [`MAX_CHUNK_TOKENS`] back, so
/// a huge sentence costs no more than a short one.
fn chunk_start(doc: &Doc, toks: &[Tok], lo: usize, end: usize, bound: Bound) -> usize {
    let lo = lo.max(end.saturating_sub(MAX_CHUNK_TOKENS));
    let mut start = end;
    while start > lo {
        let tok = &toks[start - 1];
        let stops = match tok.kind {
            Kind::Quote(_) => true,
            Kind::Punct => match doc.word(tok) {
                "-" | "." | "&" => false,
                "," => !lexicon::comma_in_institution(|i| word_at(doc, toks, i), start - 1),
                _ => true,
            },
            Kind::Possessive => false,
            Kind::Word => {
                let w = doc.word(tok);
                bound == Bound::Clause
                    && ((CLAUSE_WORDS.contains(&w.to_lowercase().as_str())
                        && !joins_names(doc, toks, start - 1))
                        || (lexicon::is_lower(w) && lexicon::is_speech_verb(w)))
            }
        };
        if stops {
            break;
        }
        start -= 1;
    }
    start
}

/// True when token `i` is `and` or `or` between two capitalised words (`Niger and Burkina Faso`).
fn joins_names(doc: &Doc, toks: &[Tok], i: usize) -> bool {
    matches!(word_at(doc, toks, i), "and" | "or")
        && i > 0
        && lexicon::is_capitalised(word_at(doc, toks, i - 1))
        && lexicon::is_capitalised(word_at(doc, toks, i + 1))
}

/// True for a word that opens an introductory phrase (`Asked`, `In`, `Speaking`).
pub fn is_intro_word(word: &str) -> bool {
    INTRO_WORDS.contains(&word) || (word.ends_with("ing") && lexicon::is_capitalised(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The subject text of the first verb of saying in `text`.
    fn subject(text: &str) -> (String, Vec<String>) {
        let doc = Doc::parse(text);
        let para = &doc.paras[0];
        let verb = verbs(&doc, para, 0..para.toks.len())
            .into_iter()
            .find(|v| v.speech && !v.intro)
            .expect("a verb");
        let s = subject_of(&doc, &para.toks, 0, verb.tok).expect("a subject");
        let text = |r: &Range<usize>| Words::new(&doc, &para.toks[r.clone()]).text();
        (text(&s.head), s.appositions.iter().map(text).collect())
    }

    #[test]
    fn subjects_before_the_verb() {
        assert_eq!(
            subject("In Washington, Ellen Brooks urged calm.").0,
            "Ellen Brooks"
        );
        assert_eq!(subject("“No,” the ministry said.").0, "the ministry");
        assert_eq!(
            subject("“No,” the Ministry of Economy, Trade and Industry said.").0,
            "the Ministry of Economy, Trade and Industry"
        );
        assert_eq!(subject("Donors, she said, had left.").0, "she");
        assert_eq!(
            subject("Asked whether they said so, Osei said no.").0,
            "Osei"
        );
    }

    #[test]
    fn subjects_with_appositions() {
        assert_eq!(
            subject("Nadia Rahman, a senior fellow at the Council in Doha, said no."),
            (
                "Nadia Rahman".into(),
                vec!["a senior fellow at the Council in Doha".into()]
            )
        );
        assert_eq!(
            subject("An alliance spokesperson, Dylan Marsh, said yes."),
            (
                "Dylan Marsh".into(),
                vec!["An alliance spokesperson".into()]
            )
        );
        assert_eq!(
            subject("Quispe, who trails by 40,000 votes, accused them.").0,
            "Quispe"
        );
    }

    #[test]
    fn subjects_after_the_verb() {
        assert_eq!(
            subject("“Yes,” said Dr. Min-seok Kim, a senior analyst. “No.”"),
            ("Dr. Min-seok Kim".into(), vec!["a senior analyst".into()])
        );
    }

    #[test]
    fn passive_verbs_do_not_attribute() {
        let doc = Doc::parse("If troops are confirmed to be there, NATO said no.");
        let para = &doc.paras[0];
        let found: Vec<&str> = verbs(&doc, para, 0..para.toks.len())
            .iter()
            .map(|v| doc.word(&para.toks[v.tok]))
            .collect();
        assert_eq!(found, ["said"]);
    }
}
