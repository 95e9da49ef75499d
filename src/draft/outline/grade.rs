//! How far the article itself vouches for what it tells, read into a proposed credibility:
//! its hedges (`reportedly`, `is said to`, `could not be independently verified`), whom it
//! hangs a claim on (one named party, one intelligence service, unnamed intelligence), and its
//! confirmations. A party's statement of its own position carries none of these and stays
//! ungraded: nothing in the text judges its truth. Reliability is never read here: grading a
//! source is the analyst's call.
//!
//! | the article says | credibility |
//! |---|---|
//! | `reportedly`, `allegedly`, `is said to`, `are reported to have` (hearsay) | 4 |
//! | `claimed`, `alleges` (a verb of claiming, not `the alleged attack`) | 4 |
//! | `unconfirmed`, `could not be independently verified`, `has yet to be confirmed` | 4 |
//! | unnamed intelligence or sources: `according to U.S. intelligence`, `people familiar` | 4 |
//! | `according to` one named party: `the United Nations`, `court records` | 3 |
//! | one intelligence service: `South Korea's spy agency said`, a quote of its spokesman | 3 |
//! | `confirmed`, `said it had verified` (one party) | 2 |
//! | `independently confirmed`, `the United States and NATO confirmed` (others, several) | 1 |
//!
//! The most cautious cue of a sentence wins. Cues in a supposed clause (`if they are
//! confirmed`) and checks still to be done (`need to be verified`) count for nothing. A quote
//! is graded on what it says, so hearsay about the telling (`he reportedly said`) and its own
//! attribution (`according to X`) do not grade it.

use std::ops::Range;

use super::model::{Actor, Grade, NameIndex};
use crate::briefing::grade::Credibility;
use crate::draft::article::{Doc, Kind, Para, Tok};
use crate::draft::lexicon;
use crate::draft::syntax::clause;
use crate::draft::words::{collapse, word_at, word_matches};

/// Adverbs with which the article passes on what it has not seen: `reportedly`.
const HEARSAY_ADVERBS: &[&str] = &["reportedly", "allegedly", "purportedly", "supposedly"];
/// Forms of `be` before a passive of hearsay (`is said to`).
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
/// Participles of hearsay after `be` and before `to`: `is said to`, `are reported to have`.
const HEARSAY_PASSIVES: &[&str] = &[
    "said",
    "reported",
    "alleged",
    "rumoured",
    "rumored",
    "purported",
    "claimed",
];
/// Verbs of claiming: one party's word, which the article does not make its own.
const CLAIM_VERBS: &[&str] = &[
    "claimed", "claiming", "claims", "alleged", "alleging", "alleges",
];
/// Words before a noun or an adjective, never before a verb: `the alleged attack`,
/// `accused of alleged fraud`.
const BEFORE_NOUNS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "of", "for",
    "in", "on", "with", "over", "about", "against",
];
/// Words after a plural noun that a verb never has after it: `the claims are false`.
const AFTER_PLURALS: &[&str] = &["are", "were", "have", "had", "of"];
/// Adjectives that say nobody has checked.
const UNCHECKED: &[&str] = &["unconfirmed", "unverified", "uncorroborated"];
/// Stems of the verbs and nouns of checking: `confirmed`, `verification`.
const CHECKING: &[&str] = &["confirm", "verif", "corroborat"];
/// Words that deny a check after them: `could not be verified`, `has yet to be confirmed`.
const NOT_CHECKED: &[&str] = &[
    "not",
    "no",
    "never",
    "unable",
    "without",
    "cannot",
    "yet",
    "nor",
    "neither",
    "declined",
    "refused",
    "failed",
    "impossible",
    "pending",
    "awaiting",
];
/// How many words before a check a denial may stand.
const NOT_CHECKED_REACH: usize = 6;
/// Words that make a check the work of others: `independently confirmed`.
const INDEPENDENT: &[&str] = &["independently", "independent", "separately"];
/// How many words before a check `independently` may stand.
const INDEPENDENT_REACH: usize = 3;
/// Words in a subject that make it several parties: `both`, `allies`.
const SEVERAL: &[&str] = &[
    "and",
    "both",
    "allies",
    "governments",
    "countries",
    "agencies",
    "sources",
];
/// Words that open a clause whose hedges are only supposed: `if they are confirmed`.
const CONDITIONS: &[&str] = &["if", "unless", "whether", "once", "until"];
/// Punctuation that ends a clause.
const CLAUSE_MARKS: &[&str] = &[",", ";", ":", "(", ")", "—", "–"];
/// Nouns for sources left unnamed: `according to sources`, `people familiar with`.
const UNNAMED_SOURCES: &[&str] = &[
    "source", "sources", "people", "person", "insider", "insiders", "report", "reports",
];
/// Words that make a phrase intelligence: `spy agency`, `military intelligence`.
const INTELLIGENCE_WORDS: &[&str] = &["intelligence", "spy", "espionage"];
/// Singular heads that make intelligence one service: `the spy agency`.
const ONE_SERVICE: &[&str] = &["agency", "service", "directorate", "bureau"];
/// Words after `intelligence` that make it the source of a claim: `intelligence reports
/// indicating`, `intelligence officials said`.
const TELLING: &[&str] = &[
    "report",
    "reports",
    "official",
    "officials",
    "source",
    "sources",
    "assessment",
    "assessments",
    "estimate",
    "estimates",
    "indicates",
    "indicated",
    "indicating",
    "suggests",
    "suggested",
    "suggesting",
    "shows",
    "showed",
    "showing",
    "says",
    "said",
];

/// What a hedge says about a claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cue {
    /// Passed on from others: `reportedly`, `is said to`.
    Hearsay,
    /// One party claims it: `claimed`, `alleges`.
    Claim,
    /// Nobody has checked it: `unconfirmed`, `could not be independently verified`.
    Unchecked,
    /// Unnamed intelligence or anonymous sources: `according to U.S. intelligence`.
    Unnamed,
    /// One named party: `according to the ministry`.
    OneParty,
    /// One intelligence service: `according to South Korea's National Intelligence Service`.
    OneService,
    /// Confirmed by one party: `the government has confirmed`.
    Confirmed,
    /// Confirmed by others: `independently confirmed`, `the United States and NATO confirmed`.
    Corroborated,
}

impl Cue {
    /// The credibility the cue suggests.
    fn credibility(self) -> Credibility {
        match self {
            Cue::Hearsay | Cue::Claim | Cue::Unchecked | Cue::Unnamed => Credibility::Doubtful,
            Cue::OneParty | Cue::OneService => Credibility::PossiblyTrue,
            Cue::Confirmed => Credibility::ProbablyTrue,
            Cue::Corroborated => Credibility::Confirmed,
        }
    }

    /// True when the cue grades what a quotation says, not whether it was said (`he reportedly
    /// said`) nor who said it (`according to X`, the speaker's own name).
    fn grades_quotes(self) -> bool {
        !matches!(self, Cue::Hearsay | Cue::OneParty)
    }
}

/// One cue found in a sentence.
#[derive(Debug)]
struct Hit {
    /// What it says.
    cue: Cue,
    /// The words it was read from, as a byte range of the article.
    words: Range<usize>,
}

/// The intelligence services among the actors, by name and alias, so that `The NIS said`
/// counts as one service speaking.
#[derive(Debug, Default)]
pub struct Services {
    /// Names and aliases of actors that are intelligence services or speak for one.
    index: NameIndex,
    /// Those names that do not start with a letter or digit, which the index leaves out.
    others: Vec<String>,
}

impl Services {
    /// The services among `actors`.
    pub fn of(actors: &[Actor]) -> Services {
        let names: Vec<&str> = actors
            .iter()
            .filter(|a| is_intelligence_service(a))
            .flat_map(|a| std::iter::once(&a.name).chain(&a.aliases))
            .map(String::as_str)
            .collect();
        Services {
            index: NameIndex::of_names(names.iter().map(|name| (0, *name))),
            others: names
                .iter()
                .filter(|name| !name.starts_with(char::is_alphanumeric))
                .map(|name| (*name).to_owned())
                .collect(),
        }
    }

    /// True when `text` names one of the services.
    fn named_in(&self, text: &str) -> bool {
        !self.index.named_in(text).is_empty()
            || self
                .others
                .iter()
                .any(|name| word_matches(text, name).next().is_some())
    }
}

/// True for an actor that is an intelligence service or speaks for one (its name, role or
/// affiliation says so: `National Intelligence Service`, `head of military intelligence`).
pub fn is_intelligence_service(actor: &Actor) -> bool {
    [
        Some(&actor.name),
        actor.role.as_ref(),
        actor.affiliation.as_ref(),
    ]
    .into_iter()
    .flatten()
    .any(|text| {
        text.split(|c: char| !c.is_alphanumeric())
            .any(|w| INTELLIGENCE_WORDS.contains(&w.to_lowercase().as_str()))
    })
}

/// The credibility the article's own words suggest for the timeline event drawn from sentence
/// `s` of paragraph `p`. An unnamed source that the next sentence names (`intelligence reports
/// indicating ... According to South Korea's National Intelligence Service, ...`) is that
/// named source.
pub fn of_event(doc: &Doc, p: usize, s: usize, services: &Services) -> Option<Grade> {
    let para = &doc.paras[p];
    let sentence = Sentence::new(doc, para, para.sentences[s].clone());
    let hits = sentence.hits(services);
    let best = strongest(&hits)?;
    let only_unnamed = best.cue == Cue::Unnamed
        && hits
            .iter()
            .all(|h| h.cue == Cue::Unnamed || h.cue.credibility() < best.cue.credibility());
    let named_next = only_unnamed
        .then(|| {
            let next = Sentence::new(doc, para, para.sentences.get(s + 1)?.clone());
            next.opening_according_to(services)
        })
        .flatten();
    Some(match named_next {
        Some(named) => Grade {
            credibility: named.cue.credibility(),
            read_from: format!(
                "“{}” and the next sentence’s “{}”",
                sentence.text(&best.words),
                sentence.text(&named.words)
            ),
        },
        None => sentence.grade(best),
    })
}

/// Grades quotations in article order, reading each sentence's hedges once however many
/// quotations it holds.
pub struct QuoteGrades<'d, 'a> {
    /// The article.
    doc: &'d Doc<'a>,
    /// The intelligence services among the actors.
    services: Services,
    /// The hits that grade quotes of the sentence read last: (paragraph, sentence, hits).
    last: Option<(usize, usize, Vec<Hit>)>,
}

impl<'d, 'a> QuoteGrades<'d, 'a> {
    /// Grades quotations of `doc` spoken by `actors`.
    pub fn new(doc: &'d Doc<'a>, actors: &[Actor]) -> Self {
        QuoteGrades {
            doc,
            services: Services::of(actors),
            last: None,
        }
    }

    /// The credibility the article's own words suggest for what the quotation at token `tok`
    /// of paragraph `p` says: a verb of claiming or of confirming that introduces it, a
    /// verdict on it (`could not be independently verified`), or a `speaker` that is an
    /// intelligence service. A quotation of a party's own position with none of these stays
    /// ungraded.
    pub fn of_quote(&mut self, p: usize, tok: usize, speaker: &Actor) -> Option<Grade> {
        let doc = self.doc;
        let para = &doc.paras[p];
        let s = para.sentences.partition_point(|s| s.end <= tok);
        let range = para.sentences.get(s).filter(|r| r.contains(&tok))?.clone();
        let sentence = Sentence::new(doc, para, range);
        if !matches!(&self.last, Some((lp, ls, _)) if (*lp, *ls) == (p, s)) {
            let hits = sentence
                .hits(&self.services)
                .into_iter()
                .filter(|h| h.cue.grades_quotes())
                .collect();
            self.last = Some((p, s, hits));
        }
        let hits = self.last.as_ref().map_or(&[][..], |(_, _, hits)| hits);
        let speaker_grade = is_intelligence_service(speaker).then(|| Grade {
            credibility: Cue::OneService.credibility(),
            read_from: format!("its speaker “{}” (one intelligence service)", speaker.name),
        });
        match (strongest(hits), speaker_grade) {
            (Some(best), Some(speaker)) if best.cue.credibility() <= speaker.credibility => {
                Some(speaker)
            }
            (Some(best), _) => Some(sentence.grade(best)),
            (None, speaker) => speaker,
        }
    }
}

/// The most cautious hit (the highest credibility number), the first of equals.
fn strongest(hits: &[Hit]) -> Option<&Hit> {
    hits.iter()
        .rev()
        .max_by_key(|h| h.cue.credibility().number())
}

/// One sentence's tokens, read for hedges.
struct Sentence<'d, 'a> {
    /// The article.
    doc: &'d Doc<'a>,
    /// The paragraph.
    para: &'d Para,
    /// The sentence as a token range.
    range: Range<usize>,
}

impl<'d, 'a> Sentence<'d, 'a> {
    /// Sentence `range` (token indices) of `para`.
    fn new(doc: &'d Doc<'a>, para: &'d Para, range: Range<usize>) -> Self {
        Sentence { doc, para, range }
    }

    /// The paragraph's tokens.
    fn toks(&self) -> &'d [Tok] {
        &self.para.toks
    }

    /// The word at token `i`, or "" for punctuation, a quotation or a token outside the
    /// sentence.
    fn word(&self, i: usize) -> &'a str {
        if self.range.contains(&i) {
            word_at(self.doc, self.toks(), i)
        } else {
            ""
        }
    }

    /// True when token `i` is a possessive `’s` in the sentence.
    fn is_possessive(&self, i: usize) -> bool {
        self.range.contains(&i) && self.toks()[i].kind == Kind::Possessive
    }

    /// The word at token `i` in lowercase.
    fn lower(&self, i: usize) -> String {
        self.word(i).to_lowercase()
    }

    /// True when token `i` ends a clause: a comma, a dash, a parenthesis or a quotation.
    fn ends_clause(&self, i: usize) -> bool {
        self.toks().get(i).is_some_and(|t| match t.kind {
            Kind::Quote(_) => true,
            Kind::Punct => CLAUSE_MARKS.contains(&self.doc.word(t)),
            _ => false,
        })
    }

    /// The first token of the clause token `i` is in.
    fn clause_start(&self, i: usize) -> usize {
        (self.range.start..i)
            .rev()
            .find(|&j| self.ends_clause(j))
            .map_or(self.range.start, |j| j + 1)
    }

    /// True when token `i` stands in a clause opened by a condition (`if`, `unless`).
    fn is_supposed(&self, i: usize) -> bool {
        (self.clause_start(i)..i).any(|j| CONDITIONS.contains(&self.lower(j).as_str()))
    }

    /// The bytes from token `from` to token `to`, both included.
    fn bytes(&self, from: usize, to: usize) -> Range<usize> {
        self.toks()[from].range.start..self.toks()[to].range.end
    }

    /// The words of `bytes`, on one line.
    fn text(&self, bytes: &Range<usize>) -> String {
        collapse(&self.doc.text[bytes.clone()])
    }

    /// The grade a hit proposes, with its words.
    fn grade(&self, hit: &Hit) -> Grade {
        Grade {
            credibility: hit.cue.credibility(),
            read_from: format!("“{}”", self.text(&hit.words)),
        }
    }

    /// Every cue of the sentence outside quotations and supposed clauses, in order.
    fn hits(&self, services: &Services) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = self.range.start;
        while i < self.range.end {
            let found = self.hit_at(i, services);
            if let Some((hit, last)) = found {
                if !self.is_supposed(i) {
                    hits.push(hit);
                }
                i = last;
            }
            i += 1;
        }
        hits.extend(self.speaking_services(services));
        hits
    }

    /// The cue that starts at token `i`, with its last token.
    fn hit_at(&self, i: usize, services: &Services) -> Option<(Hit, usize)> {
        let lower = self.lower(i);
        let lower = lower.as_str();
        let single = |cue| Some((self.hit(cue, i, i), i));
        if HEARSAY_ADVERBS.contains(&lower) {
            return single(Cue::Hearsay);
        }
        if BE.contains(&lower)
            && let Some(to) = self.hearsay_passive(i)
        {
            return Some((self.hit(Cue::Hearsay, i, to), to));
        }
        if CLAIM_VERBS.contains(&lower) && self.is_claim_verb(i) {
            return single(Cue::Claim);
        }
        if UNCHECKED.contains(&lower) {
            return single(Cue::Unchecked);
        }
        if CHECKING.iter().any(|stem| lower.starts_with(stem)) {
            return self.check(i);
        }
        if lower == "according" && self.word(i + 1) == "to" {
            let last = self.phrase_end(i + 2)?;
            let cue = self
                .source(i + 2..last + 1, services)
                .unwrap_or(Cue::OneParty);
            return Some((self.hit(cue, i, last), last));
        }
        if lower == "intelligence" && TELLING.contains(&self.lower(i + 1).as_str()) {
            let cue = if self.is_one_service(i) {
                Cue::OneService
            } else {
                Cue::Unnamed
            };
            return Some((self.hit(cue, i, i + 1), i + 1));
        }
        None
    }

    /// A hit from token `from` to token `to`.
    fn hit(&self, cue: Cue, from: usize, to: usize) -> Hit {
        Hit {
            cue,
            words: self.bytes(from, to),
        }
    }

    /// The `to` of a passive of hearsay after the form of `be` at `be` (`is widely said to
    /// have`), if one follows.
    fn hearsay_passive(&self, be: usize) -> Option<usize> {
        let mut j = be + 1;
        while j < be + 3 && lexicon::is_auxiliary(self.word(j)) {
            j += 1;
        }
        let participle = self.word(j);
        let after = self.lower(j + 2);
        // `was reported to the police` is no hearsay: only `reported to be` or `to have`.
        let takes = if participle == "reported" {
            matches!(after.as_str(), "be" | "have")
        } else {
            lexicon::is_lower(&after) && !BEFORE_NOUNS.contains(&after.as_str())
        };
        (HEARSAY_PASSIVES.contains(&participle) && self.word(j + 1) == "to" && takes)
            .then_some(j + 1)
    }

    /// True when the word of claiming at `i` is a verb (`Russia claimed`, `it claims`), not a
    /// noun or an adjective (`the alleged attack`, `insurance claims`, `Moscow’s claims`).
    fn is_claim_verb(&self, i: usize) -> bool {
        let before = self.word(i.wrapping_sub(1));
        if self.is_possessive(i.wrapping_sub(1))
            || BEFORE_NOUNS.contains(&before.to_lowercase().as_str())
        {
            return false;
        }
        // The present tense is a verb only after its subject or an auxiliary, and never before
        // what follows a plural noun (`the Russian and Syrian claims are false`).
        let present = self.word(i).ends_with('s');
        let after_subject = lexicon::is_capitalised(before)
            || lexicon::pronoun(before).is_some()
            || lexicon::is_auxiliary(before);
        let next = self.lower(i + 1);
        !present || (after_subject && !next.is_empty() && !AFTER_PLURALS.contains(&next.as_str()))
    }

    /// The cue of the word of checking at `i`, with its last token: denied (`could not be
    /// independently verified`), done by others (`independently confirmed`, `the United States
    /// and NATO have confirmed`) or done by one party; None for a check only required (`need
    /// to be verified`).
    fn check(&self, i: usize) -> Option<(Hit, usize)> {
        let start = self.clause_start(i);
        let reach = |n: usize| (start.max(i.saturating_sub(n))..i).rev();
        let denial = reach(NOT_CHECKED_REACH).find(|&j| {
            let w = self.lower(j);
            NOT_CHECKED.contains(&w.as_str()) || w.ends_with("n't") || w.ends_with("n’t")
        });
        if let Some(j) = denial {
            return Some((self.hit(Cue::Unchecked, j, i), i));
        }
        if self.is_required(i) {
            return None;
        }
        let independent =
            reach(INDEPENDENT_REACH).find(|&j| INDEPENDENT.contains(&self.lower(j).as_str()));
        if let Some(j) = independent {
            return Some((self.hit(Cue::Corroborated, j, i), i));
        }
        if INDEPENDENT.contains(&self.lower(i + 1).as_str()) {
            return Some((self.hit(Cue::Corroborated, i, i + 1), i + 1));
        }
        Some(match self.several_checking(i) {
            Some((from, to)) => (self.hit(Cue::Corroborated, from, to), i.max(to)),
            None => (self.hit(Cue::Confirmed, i, i), i),
        })
    }

    /// True when the word of checking at `i` is an infinitive, a check to be done (`to
    /// confirm`, `need to be carefully investigated and verified`), not one done.
    fn is_required(&self, i: usize) -> bool {
        let start = self.clause_start(i);
        let before = (start..i).rev().find(|&j| {
            let w = self.word(j);
            !(lexicon::is_auxiliary(w) || w.ends_with("ed") || matches!(w, "and" | "or"))
        });
        before.is_some_and(|j| matches!(self.word(j), "be" | "to"))
    }

    /// The first and last tokens of the words that name several parties doing the checking
    /// at `i`: its subject (`Western allies, particularly the United States and NATO, have
    /// confirmed`) or its agent (`confirmed by the hospital and the ministry`).
    fn several_checking(&self, i: usize) -> Option<(usize, usize)> {
        let several = |range: &Range<usize>| {
            range
                .clone()
                .any(|j| SEVERAL.contains(&self.lower(j).as_str()))
        };
        if self.word(i + 1) == "by" {
            let end = (i + 2..self.range.end)
                .find(|&j| self.ends_clause(j) || self.word(j).is_empty())
                .unwrap_or(self.range.end);
            return (end > i + 2 && several(&(i + 2..end))).then_some((i, end - 1));
        }
        let subject = clause::subject_of(self.doc, self.toks(), self.range.start, i)?;
        let parts: Vec<Range<usize>> = std::iter::once(subject.head)
            .chain(subject.appositions)
            .collect();
        let start = parts.iter().map(|r| r.start).min()?;
        parts.iter().any(several).then_some((start, i))
    }

    /// The last token of the phrase that starts at `from` (after `according to`): up to a
    /// clause mark, a quotation or the sentence's end, without a final period.
    fn phrase_end(&self, from: usize) -> Option<usize> {
        let end = (from..self.range.end)
            .find(|&j| self.ends_clause(j) || self.word(j) == "that")
            .unwrap_or(self.range.end);
        (from..end).rev().find(|&j| !self.word(j).is_empty())
    }

    /// What the source phrase at `range` says of a claim: one intelligence service, unnamed
    /// intelligence or unnamed sources, or None for any other party.
    fn source(&self, range: Range<usize>, services: &Services) -> Option<Cue> {
        if range.is_empty() {
            return None;
        }
        let lower: Vec<String> = range.clone().map(|j| self.lower(j)).collect();
        let has = |list: &[&str]| lower.iter().any(|w| list.contains(&w.as_str()));
        let text = self.text(&self.bytes(range.start, range.end - 1));
        let owned = range.clone().any(|j| self.is_possessive(j));
        if services.named_in(&text) {
            return Some(Cue::OneService);
        }
        if has(INTELLIGENCE_WORDS) {
            let named = range.clone().any(|j| self.word(j) == "Intelligence");
            let one = owned || named || has(ONE_SERVICE);
            return Some(if one { Cue::OneService } else { Cue::Unnamed });
        }
        let definite = lower.first().is_some_and(|w| w == "the");
        (has(UNNAMED_SOURCES) && !owned && !definite).then_some(Cue::Unnamed)
    }

    /// True when `intelligence` at `i` is one service's: owned (`Ukraine’s military
    /// intelligence`) or part of a name (`National Intelligence Service`).
    fn is_one_service(&self, i: usize) -> bool {
        let in_name = self.word(i) == "Intelligence"
            && (lexicon::is_capitalised(self.word(i.wrapping_sub(1)))
                || lexicon::is_capitalised(self.word(i + 1)));
        in_name || self.is_possessive(i.wrapping_sub(1)) || self.is_possessive(i.wrapping_sub(2))
    }

    /// The cue of an `According to X` that opens the sentence, when X is named.
    fn opening_according_to(&self, services: &Services) -> Option<Hit> {
        let start = self.range.start;
        if self.word(start) != "According" || self.word(start + 1) != "to" {
            return None;
        }
        let (hit, _) = self.hit_at(start, services)?;
        matches!(hit.cue, Cue::OneParty | Cue::OneService).then_some(hit)
    }

    /// Intelligence services that are the subject of a verb of saying in the sentence (`South
    /// Korea’s spy agency said`, `The NIS said`).
    fn speaking_services(&self, services: &Services) -> Vec<Hit> {
        clause::verbs(self.doc, self.para, self.range.clone())
            .into_iter()
            .filter(|verb| verb.speech && !verb.intro && !verb.participle)
            .filter_map(|verb| {
                let subject =
                    clause::subject_of(self.doc, self.toks(), self.range.start, verb.tok)?;
                let head = subject.head;
                let cue = self.source(head.clone(), services)?;
                (cue == Cue::OneService && !self.is_supposed(verb.tok))
                    .then(|| self.hit(cue, head.start, verb.tok))
            })
            .collect()
    }
}
