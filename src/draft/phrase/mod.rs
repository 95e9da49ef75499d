//! What a noun phrase in an attribution names: a pronoun, a name with its title
//! (`NATO Secretary-General Jens Stoltenberg`), or a description (`a company spokesperson`),
//! and what an apposition adds (`a senior analyst at the University of Tokyo`).

use super::doc::{Doc, Kind, Tok};
use super::lexicon::{self, Gender, Pronoun};
use super::places;
use crate::briefing::model::ActorKind;
use joins::{acronym_ends_name, first_conjunct, joins_portfolios, lists_portfolios};

mod joins;

/// A noun phrase, classified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Phrase {
    /// `he`, `it`, `they`.
    Pronoun(Pronoun),
    /// A proper name.
    Name(Named),
    /// A description without a name: `the ministry`, `a European diplomat`.
    Description(Description),
}

/// A proper name with what its title says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Named {
    /// The name as written, without a courtesy title (`Yoshimasa Hayashi`, `Foreign Ministry`).
    pub name: String,
    /// What the words of the name decide, if anything (None: one unknown word).
    pub kind: Option<ActorKind>,
    /// True when a title or a role noun comes with the name (`Dr.`, `spokesperson`).
    pub titled: bool,
    /// The title or role before the name (`Chief Cabinet Secretary`).
    pub role: Option<String>,
    /// The organisation in the title (`NATO`, `State Department`).
    pub affiliation: Option<String>,
    /// The state in the title or the name (`Estonian`, `China’s`).
    pub country: Option<&'static str>,
    /// A noun the phrase called it (`operator` in `the Finnish operator Cinia`).
    pub descriptor: Option<String>,
    /// Another name written as written (a capital standing for its state: `Tokyo`).
    pub alias: Option<String>,
    /// A person's gender, when a title or role noun shows it (`Mrs.`, `spokeswoman`).
    pub gender: Option<Gender>,
    /// The person noun of a definite description before the name, which may have stood for
    /// it earlier (`ambassador` of `China’s ambassador to Britain Liu Xiaming`).
    pub reference: Option<String>,
    /// Byte offset of the name.
    pub at: usize,
}

/// A description: a head noun with what comes before it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Description {
    /// `the`, `this`, a possessive: it refers to something named before.
    pub definite: bool,
    /// The head noun, lowercase (`ministry`, `spokesperson`, `lawmakers`).
    pub head: String,
    /// Words before the head, as written (`company` in `a company spokesperson`).
    pub modifiers: Vec<String>,
    /// What a spokesperson speaks for: `the group` in `a spokesperson for the group`.
    pub complement: Option<Box<Phrase>>,
    /// An owner that is not a state: `The IMF` in `The IMF’s executive board`.
    pub owner: Option<Box<Phrase>>,
    /// The phrase without its article, as written (`European diplomat`).
    pub text: String,
    /// The state it belongs to (`Somalia's`, `Israeli`).
    pub country: Option<&'static str>,
    /// Byte offset of the phrase.
    pub at: usize,
}

/// What an apposition or a relative clause after a name adds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Apposition {
    /// A role (`senior analyst specializing in Northeast Asian affairs`).
    pub role: Option<String>,
    /// An organisation (`University of Tokyo`).
    pub affiliation: Option<String>,
    /// A name the apposition gives (`Dylan Marsh` after `An alliance spokesperson,`).
    pub name: Option<Named>,
    /// The head noun of a descriptive apposition (`company`).
    pub descriptor: Option<String>,
    /// A state it mentions (`the Dutch company`).
    pub country: Option<&'static str>,
    /// `known as X`.
    pub alias: Option<String>,
    /// A gender its words show (`a retired fireman`, `her son`).
    pub gender: Option<Gender>,
    /// The person noun of a definite description (`mother` of `her mother`).
    pub reference: Option<String>,
    /// Who a text is by: `released on Tuesday by Human Rights Watch`.
    pub by: Option<Named>,
}

/// Words that open a relative clause.
const RELATIVES: &[&str] = &["who", "which", "whose", "where", "that", "whom"];
/// Determiners that make a description definite.
const DEFINITE: &[&str] = &[
    "the", "The", "this", "This", "that", "That", "its", "Its", "his", "His", "her", "Her",
    "their", "Their", "our", "Our",
];
/// Determiners that make a description indefinite.
const INDEFINITE: &[&str] = &["a", "A", "an", "An", "one", "One", "another", "Another"];
/// Prepositions that end the head of a description.
const PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "of",
    "for",
    "with",
    "from",
    "on",
    "to",
    "by",
    "familiar",
    "close",
    "who",
    "which",
    "that",
    "whose",
    "specializing",
    "specialising",
    "based",
];

/// A token slice of one document, with word helpers.
#[derive(Clone, Copy)]
pub struct Words<'d, 'a> {
    /// The document the tokens belong to.
    doc: &'d Doc<'a>,
    /// The tokens.
    toks: &'d [Tok],
}

impl<'d, 'a> Words<'d, 'a> {
    /// Wraps `toks` of `doc`.
    pub fn new(doc: &'d Doc<'a>, toks: &'d [Tok]) -> Self {
        Words { doc, toks }
    }

    /// How many tokens.
    fn len(self) -> usize {
        self.toks.len()
    }

    /// The text of token `i` when it is a word, else "".
    fn word(self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => self.doc.word(t),
            _ => "",
        }
    }

    /// True when token `i` is a possessive `’s`.
    fn is_possessive(self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == Kind::Possessive)
    }

    /// True when token `i` is a comma.
    fn is_comma(self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && self.doc.word(t) == ",")
    }

    /// Tokens `from..to`, clamped.
    fn slice(self, from: usize, to: usize) -> Words<'d, 'a> {
        let to = to.min(self.toks.len());
        Words {
            doc: self.doc,
            toks: &self.toks[from.min(to)..to],
        }
    }

    /// Byte offset of the first token.
    pub fn start(self) -> usize {
        self.toks.first().map_or(0, |t| t.range.start)
    }

    /// The words as written, whitespace collapsed to single spaces.
    pub fn text(self) -> String {
        match (self.toks.first(), self.toks.last()) {
            (Some(first), Some(last)) => {
                collapse(&self.doc.text[first.range.start..last.range.end])
            }
            _ => String::new(),
        }
    }

    /// The index of the first token that is one of `words`.
    pub fn position(self, words: &[&str]) -> Option<usize> {
        (0..self.len()).find(|&i| words.contains(&self.word(i)))
    }
}

/// `text` with each run of whitespace replaced by one space.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// True for a token that can be part of a capitalised name.
fn is_name_word(w: Words, i: usize) -> bool {
    let name = |word: &str| lexicon::is_capitalised(word) && !lexicon::is_not_name(word);
    // `He Jianxiong`: a family name that is also a pronoun, before another name word.
    name(w.word(i)) || (lexicon::is_family_name_first(w.word(i)) && name(w.word(i + 1)))
}

/// Classifies the noun phrase `w`.
pub fn parse(w: Words) -> Option<Phrase> {
    let w = trim_time(trim_punct(w));
    if w.len() == 0 {
        return None;
    }
    // `he` of `In 2000 he`: a pronoun ends the subject.
    if let Some(p) = lexicon::pronoun(w.word(w.len() - 1)) {
        return Some(Phrase::Pronoun(p));
    }
    // `one of the sources`, `two of the officials`: the group they belong to describes them.
    if w.len() > 2
        && w.word(1) == "of"
        && (lexicon::is_number_word(w.word(0)) || w.word(0).eq_ignore_ascii_case("one"))
    {
        return parse(w.slice(2, w.len()));
    }
    let w = first_conjunct(w);
    // `the Minister said`, `the Dutchman said`: a title capitalised as some papers do, or
    // a nationality, is a description.
    if w.len() == 2
        && DEFINITE.contains(&w.word(0))
        && ((lexicon::is_title_word(w.word(1)) && lexicon::is_person_noun(w.word(1)))
            || lexicon::is_epithet(w.word(1)))
    {
        return description(w).map(Phrase::Description);
    }
    // `Prosecutors alleged`, `Police said`: a noun capitalised only to start a sentence.
    let noun = w.word(0).to_lowercase();
    if w.len() == 1
        && lexicon::is_capitalised(w.word(0))
        && (lexicon::is_person_noun(&noun) || lexicon::is_organization_noun(&noun))
    {
        return description(w).map(Phrase::Description);
    }
    // `An editorial in the Global Times`, `the letter signed by seven physicians`.
    if let Some(i) = (0..w.len()).find(|&i| lexicon::is_container_noun(w.word(i))) {
        let by = if w.word(i + 1).ends_with("ed") {
            i + 2
        } else {
            i + 1
        };
        if matches!(w.word(by), "in" | "by" | "from" | "of") {
            return parse(w.slice(by + 1, w.len()));
        }
    }
    // `China’s ambassador to Britain Liu Xiaming`: a person's name ends the phrase after a
    // description with a preposition.
    let full = name_run(w);
    if full.0 < full.1 && full.1 == w.len() && !run_has_org_word(w.slice(full.0, full.1)) {
        let named = named(w, full);
        if named.titled && named.kind == Some(ActorKind::Person) && named.name.contains(' ') {
            return Some(Phrase::Name(named));
        }
    }
    let head = head_part(w);
    let run = name_run(head);
    if run.0 == run.1 {
        let mut desc = description(head)?;
        let rest = w.slice(head.len() + 1, w.len());
        if lexicon::speaks_for(&desc.head)
            && matches!(w.word(head.len()), "for" | "at" | "of" | "from")
        {
            desc.complement = parse(rest).map(Box::new);
        }
        return Some(Phrase::Description(desc));
    }
    Some(Phrase::Name(named(head, run)))
}

/// `w` without a time at its end: `Minister Park Min-jun on Monday`, `the ministry late on
/// Friday`, `Ortiz last week`, `officials earlier this month`.
fn trim_time<'d, 'a>(w: Words<'d, 'a>) -> Words<'d, 'a> {
    let is_day = |word: &str| {
        super::timeline::WEEKDAYS.contains(&word)
            || matches!(word, "week" | "month" | "year" | "weekend")
    };
    let opens = |word: &str| matches!(word, "on" | "last" | "this" | "earlier" | "late" | "early");
    let part = |word: &str| matches!(word, "morning" | "afternoon" | "evening" | "night");
    let mut start = w.len();
    while start > 1 {
        let word = w.word(start - 1);
        if is_day(word) || part(word) || opens(word) {
            start -= 1;
        } else {
            break;
        }
    }
    let adjunct: Vec<&str> = (start..w.len()).map(|i| w.word(i)).collect();
    match adjunct.first() {
        Some(&first) if opens(first) && adjunct.iter().any(|&d| is_day(d)) => w.slice(0, start),
        _ => w,
    }
}

/// `w` without punctuation at either end.
fn trim_punct<'d, 'a>(w: Words<'d, 'a>) -> Words<'d, 'a> {
    let mut from = 0;
    let mut to = w.len();
    while from < to && w.toks[from].kind == Kind::Punct {
        from += 1;
    }
    while to > from && w.toks[to - 1].kind == Kind::Punct {
        to -= 1;
    }
    w.slice(from, to)
}

/// The capitalised run at the end of `w` as (start, end) token indices; empty when `w` ends
/// in a lowercase word. Lowercase connectors (`of`, `de`, `of the`) join capitalised words.
fn name_run(w: Words) -> (usize, usize) {
    let end = w.len();
    let mut start = end;
    let mut i = end;
    while i > 0 {
        let j = i - 1;
        let word = w.word(j);
        if is_name_word(w, j) || lexicon::is_acronym(word) {
            start = j;
        } else {
            let prev = if j > 0 { w.word(j - 1) } else { "" };
            let joins = start < end
                && match word {
                    "the" => matches!(prev, "of" | "for"),
                    "in" => matches!(prev, "Embassy" | "Consulate"),
                    "of" | "for" | "on" => j > 0 && is_name_word(w, j - 1),
                    "and" => {
                        let from = (0..j)
                            .rev()
                            .find(|&k| {
                                !is_name_word(w, k)
                                    && !matches!(w.word(k), "of" | "for")
                                    && !w.is_comma(k)
                            })
                            .map_or(0, |k| k + 1);
                        let before: Vec<&str> = (from..j).map(|k| w.word(k)).collect();
                        lexicon::and_joins_name(&before, w.word(j + 1))
                            || lists_portfolios(w, j)
                            || joins_portfolios(w, j)
                            || acronym_ends_name(w, j)
                    }
                    "" if w.is_possessive(j) => j > 0 && lexicon::is_title_word(w.word(j - 1)),
                    "" if w.is_comma(j) => lexicon::comma_in_institution(|k| w.word(k), j),
                    // `Ursula von der Leyen`: particles, after a name word.
                    _ => {
                        lexicon::is_name_particle(word)
                            && (0..j)
                                .rev()
                                .find(|&k| !lexicon::is_name_particle(w.word(k)))
                                .is_some_and(|k| is_name_word(w, k))
                    }
                };
            if !joins {
                break;
            }
        }
        i = j;
    }
    // `de la Mare said`: particles that open the phrase open the name.
    if start < end && start > 0 && (0..start).all(|k| lexicon::is_name_particle(w.word(k))) {
        start = 0;
    }
    (start, end)
}

/// `w` up to a preposition that follows a lowercase noun: `A European diplomat` of
/// `A European diplomat in the capital`, but all of `Secretary of State Ellen Brooks`.
fn head_part<'d, 'a>(w: Words<'d, 'a>) -> Words<'d, 'a> {
    let mut seen_noun = false;
    for i in 0..w.len() {
        let word = w.word(i);
        if seen_noun
            && matches!(
                word,
                "in" | "at" | "of" | "for" | "from" | "on" | "with" | "by" | "to"
            )
        {
            return w.slice(0, i);
        }
        let small = DEFINITE.contains(&word)
            || INDEFINITE.contains(&word)
            || PREPOSITIONS.contains(&word)
            || lexicon::is_name_particle(word);
        if lexicon::is_lower(word) && !small {
            seen_noun = true;
        }
    }
    w
}

/// A name from the run `run` of `w`, with the title and context before it.
fn named(w: Words, run: (usize, usize)) -> Named {
    let (start, mut end) = run;
    // `Nicholas de Silva SC`, `Jane Smith MP`: letters after a name are no part of it.
    while end > start + 2 && lexicon::is_postnominal(w.word(end - 1)) {
        end -= 1;
    }
    // `Judge Helen Marsh of the U.S. District Court`, `Alex Horton of the Washington Post`: a
    // titled name or a person's name, then their institution.
    let mut institution = None;
    if let Some(c) = (start..end).find(|&i| matches!(w.word(i), "of" | "for")) {
        let from = if w.word(c + 1) == "the" { c + 2 } else { c + 1 };
        let titled = (start..c)
            .rev()
            .find(|&i| lexicon::is_title_word(w.word(i)))
            .is_some_and(|t| t + 1 < c && !run_has_org_word(w.slice(t + 1, c)));
        // `hydrologist Lucía Vargas of the Universidad Mayor`: a role noun before the name
        // makes it a person's, whatever follows `of`; so do a given name and a surname
        // (`Imran Qureshi of Leigh Day`), unless a state follows (`Democratic Republic of Congo`).
        let full_name = c >= start + 2
            && places::state(&w.slice(from, end).text()).is_none()
            && !(start..c).any(|i| places::state(w.word(i)).is_some());
        let person_of_institution = is_personal_name(w.slice(start, c))
            && !(start..c).any(|i| lexicon::is_title_word(w.word(i)))
            && (run_has_org_word(w.slice(from, end)) || role_noun(w.slice(0, start)) || full_name);
        if titled || person_of_institution {
            institution = Some(w.slice(from, end).text()).filter(|i| !i.is_empty());
            end = c;
        }
    }
    // The name proper starts after the last title word of the run, when a name follows it.
    let last_title = (start..end).rev().find(|&i| is_title(w.word(i)));
    // `Director of Public Health and Preventive Medicine R. Anandhi`: after a title, an
    // initial starts the name however long the office before it.
    let is_initial = |word: &str| {
        word.len() == 2 && word.ends_with('.') && word.starts_with(|c: char| c.is_uppercase())
    };
    let initialled = (start + 1..end).find(|&p| {
        is_initial(w.word(p))
            && !is_initial(w.word(p - 1))
            && is_personal_name(w.slice(p, end))
            && (start..p).any(|i| is_title(w.word(i)))
    });
    let (title_end, name_start) = match (initialled, last_title) {
        (Some(p), _) => (p, p),
        (None, Some(t)) if t + 1 < end && is_personal_name(w.slice(t + 1, end)) => (t + 1, t + 1),
        _ => (start, start),
    };
    // `ambassador to Britain Liu Xiaming`: a state before a titled person's name is no part of it.
    let name_start = match (1..=2).find(|&n| {
        name_start + n + 2 <= end
            && places::is_state_name(&w.slice(name_start, name_start + n).text())
            && is_personal_name(w.slice(name_start + n, end))
    }) {
        Some(n) if title_end > start || role_noun(w.slice(0, name_start)) => name_start + n,
        _ => name_start,
    };
    let name_words = w.slice(name_start, end);
    let context = w.slice(0, title_end);
    let name_text = name_words.text();
    let titled = title_end > start;
    let role_noun = role_noun(context);
    let org_noun = (0..context.len())
        .rev()
        .find(|&i| {
            lexicon::is_lower(context.word(i)) && lexicon::is_organization_noun(context.word(i))
        })
        .map(|i| context.word(i).to_lowercase());
    let state = places::state(&name_text);
    let words_kind = lexicon::kind_by_words((0..name_words.len()).map(|i| name_words.word(i)));
    let known = lexicon::known_organization(&name_text);
    let kind = if titled || role_noun {
        Some(ActorKind::Person)
    } else if let Some(kind) = known {
        Some(kind)
    } else if state.is_some() && words_kind.is_none() {
        Some(ActorKind::State)
    } else if words_kind.is_some() {
        words_kind
    } else if org_noun.is_some() || lexicon::is_acronym(&name_text) {
        Some(ActorKind::Organization)
    } else if name_words.len() >= 2 {
        Some(ActorKind::Person)
    } else {
        None
    };
    let mut out = Named {
        name: name_text.clone(),
        kind,
        titled: titled || role_noun,
        at: name_words.start(),
        descriptor: org_noun,
        ..Named::default()
    };
    if kind == Some(ActorKind::State)
        && let Some(state) = state
    {
        if state != name_text.trim_start_matches("the ") {
            out.alias = Some(name_text.clone());
        }
        out.name = state.to_owned();
    } else {
        // A demonym that starts an institution's name says whose it is (`Finnish Border Guard`).
        out.country = places::state_of_demonym(name_words.word(0)).filter(|_| name_words.len() > 1);
    }
    out.gender = words_gender(context);
    out.reference = definite_person_noun(context);
    let role = role_parts(context);
    out.country = out.country.or(role.country);
    out.role = role.role.filter(|_| kind == Some(ActorKind::Person));
    out.affiliation = institution
        .or(role.affiliation)
        .filter(|_| kind == Some(ActorKind::Person));
    out
}

/// True for a word that titles a name after it: a title (`Minister`), or a noun for a person
/// capitalised as one (`City Engineer Dana Whitfield`) that is not also a family name (`Son`).
fn is_title(word: &str) -> bool {
    lexicon::is_title_word(word)
        || (lexicon::is_capitalised(word)
            && lexicon::is_person_noun(word)
            && !lexicon::is_family_name_first(word))
}

/// True when `w` has a lowercase noun for a person (`ambassador`, `spokesperson`).
fn role_noun(w: Words) -> bool {
    (0..w.len()).any(|i| lexicon::is_person_noun(w.word(i)) && lexicon::is_lower(w.word(i)))
}

/// True when `w` can be a person's name after a title: capitalised words (and name particles)
/// with no word of an institution, not starting with `of` or `for` (`High Commissioner for
/// Refugees` is an office).
fn is_personal_name(w: Words) -> bool {
    // `Mr de Silva`, `Justice van der Berg`: particles may open the name after a title.
    let first = (0..w.len()).find(|&i| !lexicon::is_name_particle(w.word(i)));
    first.is_some_and(|i| is_name_word(w, i))
        && (0..w.len()).all(|i| {
            is_name_word(w, i)
                || lexicon::is_name_particle(w.word(i))
                || lexicon::is_name_suffix(w.word(i))
        })
        && !run_has_org_word(w)
}

/// The last person noun of `w` when `w` is definite: it starts with `the` or a possessive
/// determiner, or holds a possessive (`China’s ambassador to Britain`, `her mother`).
fn definite_person_noun(w: Words) -> Option<String> {
    let definite = DEFINITE.contains(&w.word(0)) || (0..w.len()).any(|i| w.is_possessive(i));
    (0..w.len())
        .rev()
        .map(|i| w.word(i))
        .find(|word| lexicon::is_lower(word) && lexicon::is_person_noun(word))
        .filter(|_| definite)
        .map(str::to_lowercase)
}

/// True when a capitalised run holds a word that makes it an institution, not a person.
fn run_has_org_word(w: Words) -> bool {
    lexicon::kind_by_words((0..w.len()).map(|i| w.word(i))).is_some()
        || (0..w.len()).any(|i| lexicon::known_organization(w.word(i)).is_some())
}

/// A title or role split into its parts.
#[derive(Default)]
struct RoleParts {
    /// The role or title proper.
    role: Option<String>,
    /// An institution in the title.
    affiliation: Option<String>,
    /// A state in the title.
    country: Option<&'static str>,
}

/// Splits the words before a name (`NATO Secretary-General`, `Egypt’s Foreign Minister`,
/// `State Department spokesperson`) into role, affiliation and country.
fn role_parts(w: Words) -> RoleParts {
    let mut parts = RoleParts::default();
    let mut from = 0;
    while from < w.len() && (DEFINITE.contains(&w.word(from)) || INDEFINITE.contains(&w.word(from)))
    {
        from += 1;
    }
    // `Egypt’s Foreign Minister`: a state owning the title.
    if let Some(p) = (from..w.len()).find(|&i| w.is_possessive(i))
        && let Some(state) = places::state(&w.slice(from, p).text())
    {
        parts.country = Some(state);
        from = p + 1;
    }
    // `Estonian Prime Minister`, `U.S. Ambassador`, `North Korean leader`.
    for len in [2, 1] {
        if from + len <= w.len()
            && let Some(state) = places::state_of_demonym(&w.slice(from, from + len).text())
        {
            parts.country = parts.country.or(Some(state));
            from += len;
            break;
        }
    }
    // `NATO Secretary-General`, `State Department spokesperson`, `Prime Minister’s Office
    // spokesman`: a leading capitalised run that names an institution.
    let mut run_end = from;
    while run_end < w.len()
        && (lexicon::is_capitalised(w.word(run_end))
            || (w.is_possessive(run_end) && lexicon::is_capitalised(w.word(run_end + 1))))
    {
        run_end += 1;
    }
    if run_end > from {
        let run = w.slice(from, run_end);
        // `Press` of `Kremlin Deputy Press Secretary` is part of the title.
        let org_end = (0..run.len()).rev().find(|&i| {
            let word = run.word(i);
            let in_title = lexicon::is_title_word(word) && lexicon::is_title_word(run.word(i + 1));
            !in_title
                && (lexicon::kind_by_words(std::iter::once(word)).is_some()
                    || lexicon::known_organization(word).is_some()
                    || places::state(word).is_some())
        });
        if let Some(org_end) = org_end
            && org_end + 1 < w.len() - from
        {
            let org = run.slice(0, org_end + 1).text();
            match places::state(&org) {
                Some(state) if places::is_state_name(&org) => {
                    parts.country = parts.country.or(Some(state))
                }
                _ => parts.affiliation = Some(org),
            }
            from += org_end + 1;
        }
    }
    let rest = w.slice(from, w.len());
    let only_courtesy = (0..rest.len()).all(|i| lexicon::is_honorific(rest.word(i)));
    if rest.len() > 0 && !only_courtesy {
        parts.role = Some(rest.text());
    }
    parts
}

/// A description: the head noun of `w` and what comes before it.
fn description(w: Words) -> Option<Description> {
    let mut desc = Description {
        at: w.start(),
        ..Description::default()
    };
    let mut from = 0;
    if let Some(p) = (0..w.len()).rev().find(|&i| w.is_possessive(i)) {
        desc.definite = true;
        let owner = w.slice(0, p);
        desc.country = places::state(&owner.text());
        if desc.country.is_none() {
            desc.owner = parse(owner).map(Box::new);
        }
        from = p + 1;
    }
    // A preposition between capitalised words is inside a name (`a Department for Education
    // spokesperson`).
    let ends_body = |i: usize| {
        PREPOSITIONS.contains(&w.word(i))
            && !(i > 0
                && lexicon::is_capitalised(w.word(i - 1))
                && lexicon::is_capitalised(w.word(i + 1)))
    };
    // `In March the ministry`: the description starts at its last determiner before any
    // preposition or relative word.
    let body_end = (from + 1..w.len())
        .find(|&i| ends_body(i))
        .unwrap_or(w.len());
    if let Some(d) = (from..body_end)
        .rev()
        .find(|&i| DEFINITE.contains(&w.word(i)) || INDEFINITE.contains(&w.word(i)))
    {
        from = d;
    }
    while from < w.len() {
        let word = w.word(from);
        if DEFINITE.contains(&word) {
            desc.definite = true;
        } else if !INDEFINITE.contains(&word)
            && word != "own"
            && !word.chars().all(|c| c.is_ascii_digit())
            && !lexicon::is_number_word(word)
        {
            break;
        }
        from += 1;
    }
    let end = (from..w.len())
        .find(|&i| i > from && ends_body(i))
        .unwrap_or(w.len());
    let body = w.slice(from, end);
    // `court records`, `the statement`: a text is its own head; else the last noun for a
    // person or an organisation (`a company spokesperson`), else the last word.
    let last = (0..body.len()).rev().find(|&i| !body.word(i).is_empty())?;
    let head = if lexicon::is_container_noun(body.word(last)) {
        last
    } else {
        (0..body.len())
            .rev()
            .find(|&i| {
                let word = body.word(i);
                lexicon::is_person_noun(word) || lexicon::is_organization_noun(word)
            })
            .unwrap_or(last)
    };
    desc.head = body.word(head).to_lowercase();
    for i in 0..head {
        let word = body.word(i);
        if let Some(state) = places::state_of_demonym(word) {
            desc.country = desc.country.or(Some(state));
        }
        if !word.is_empty() {
            desc.modifiers.push(word.to_owned());
        }
    }
    desc.text = body.slice(0, head + 1).text();
    Some(desc)
}

/// What the apposition or relative clause `w` (between commas after a name) adds.
pub fn apposition(w: Words) -> Apposition {
    let w = trim_punct(w);
    let mut out = Apposition {
        gender: words_gender(w),
        ..Apposition::default()
    };
    let first = w.word(0);
    if first == "known" || (first == "also" && w.word(1) == "known") {
        let as_at = w.position(&["as"]).map_or(w.len(), |i| i + 1);
        out.alias = Some(w.slice(as_at, w.len()).text()).filter(|a| !a.is_empty());
        return out;
    }
    // `speaking to reporters in Berlin` says what someone does, not who they are;
    // `released on Tuesday by Human Rights Watch` who a text is by.
    if first.ends_with("ing") && lexicon::is_lower(first) {
        return out;
    }
    if first.ends_with("ed")
        && lexicon::is_lower(first)
        && let Some(by) = w.position(&["by"])
    {
        if let Some(Phrase::Name(named)) = parse(w.slice(by + 1, w.len())) {
            out.by = Some(named);
        }
        return out;
    }
    if RELATIVES.contains(&first) || first.chars().all(|c| c.is_ascii_digit()) {
        out.affiliation = affiliation_after(w, &["at"]);
        return out;
    }
    if matches!(first, "of" | "from" | "at") {
        out.affiliation = affiliation_after(w, &[first]);
        return out;
    }
    match parse(w) {
        Some(Phrase::Name(named)) => out.name = Some(named),
        Some(Phrase::Description(desc)) => {
            out.reference = definite_person_noun(w);
            let mut from = 0;
            while from < w.len() && !w.word(from).is_empty() && {
                let word = w.word(from);
                DEFINITE.contains(&word) || INDEFINITE.contains(&word)
            } {
                from += 1;
            }
            if let Some(p) = (0..w.len()).rev().find(|&i| w.is_possessive(i)) {
                from = from.max(p + 1);
            }
            let at = (from..w.len()).rev().find(|&i| {
                w.word(i) == "at" && affiliation_after(w.slice(i, w.len()), &["at"]).is_some()
            });
            out.affiliation = at.and_then(|i| affiliation_after(w.slice(i, w.len()), &["at"]));
            let role_end = at.unwrap_or(w.len());
            let parts = role_parts(w.slice(from, role_end));
            out.role = parts.role;
            out.affiliation = out.affiliation.or(parts.affiliation);
            out.country = parts.country.or(desc.country);
            if lexicon::is_organization_noun(&desc.head) && !lexicon::is_person_noun(&desc.head) {
                out.descriptor = Some(desc.head);
            }
        }
        _ => {}
    }
    out
}

/// The gender the words of `w` show, if any (the first word that shows one).
fn words_gender(w: Words) -> Option<Gender> {
    (0..w.len()).find_map(|i| lexicon::gender_of(w.word(i)))
}

/// The capitalised name after the first of `preps` in `w` (`at the University of Tokyo`),
/// up to a following `in Place`.
fn affiliation_after(w: Words, preps: &[&str]) -> Option<String> {
    let p = w.position(preps)?;
    let mut from = p + 1;
    if matches!(w.word(from), "the" | "The") {
        from += 1;
    }
    let mut to = from;
    while to < w.len()
        && (is_name_word(w, to)
            || lexicon::is_acronym(w.word(to))
            || (matches!(w.word(to), "of" | "for" | "on" | "and") && is_name_word(w, to + 1))
            || (w.word(to) == "the" && w.word(to.saturating_sub(1)) == "of"))
    {
        to += 1;
    }
    (to > from).then(|| w.slice(from, to).text())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrase(text: &str) -> Phrase {
        let doc = Doc::parse(text);
        parse(Words::new(&doc, &doc.paras[0].toks)).unwrap()
    }

    fn name(text: &str) -> Named {
        match phrase(text) {
            Phrase::Name(named) => named,
            other => panic!("{other:?}"),
        }
    }

    fn appos(text: &str) -> Apposition {
        let doc = Doc::parse(text);
        apposition(Words::new(&doc, &doc.paras[0].toks))
    }

    #[test]
    fn names_as_wire_copy_writes_them_parse_whole() {
        let n = name("City Engineer Dana Whitfield");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref()),
            ("Dana Whitfield", Some("City Engineer"))
        );
        let n = name("Unification Minister Park Min-jun on Monday");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref()),
            ("Park Min-jun", Some("Unification Minister"))
        );
        assert_eq!(name("Son Heung-min").name, "Son Heung-min");
        assert_eq!(name("Ortiz last week").name, "Ortiz");
        assert_eq!(name("de la Mare").name, "de la Mare");
        assert_eq!(
            name("the Ministry of Health, Labor and Welfare").name,
            "Ministry of Health, Labor and Welfare"
        );
        assert_eq!(
            name("The Ministry of Economy, Trade and Industry").name,
            "Ministry of Economy, Trade and Industry"
        );
    }

    #[test]
    fn titles_split_into_role_affiliation_and_country() {
        let n = name("Chief Cabinet Secretary Yoshimasa Hayashi");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref(), n.kind),
            (
                "Yoshimasa Hayashi",
                Some("Chief Cabinet Secretary"),
                Some(ActorKind::Person)
            )
        );
        let n = name("NATO Secretary-General Jens Stoltenberg");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref(), n.affiliation.as_deref()),
            ("Jens Stoltenberg", Some("Secretary-General"), Some("NATO"))
        );
        let n = name("State Department spokesperson Andrea Thomson");
        assert_eq!(
            (n.role.as_deref(), n.affiliation.as_deref()),
            (Some("spokesperson"), Some("State Department"))
        );
        let n = name("Egypt’s Foreign Minister Karim Mansour");
        assert_eq!(
            (n.name.as_str(), n.role.as_deref(), n.country),
            ("Karim Mansour", Some("Foreign Minister"), Some("Egypt"))
        );
        let n = name("Trade Minister Sanne de Wit");
        assert_eq!(n.name, "Sanne de Wit");
        let n = name("Dr. Min-seok Kim");
        assert_eq!((n.name.as_str(), n.role), ("Min-seok Kim", None));
        let n = name("Judge Helen Marsh of the U.S. District Court for the District of Columbia");
        assert_eq!(
            (n.name.as_str(), n.affiliation.as_deref()),
            (
                "Helen Marsh",
                Some("U.S. District Court for the District of Columbia")
            )
        );
        let n = name("Philippine Defense Secretary Antonio Cruz Jr.");
        assert_eq!(
            (n.name.as_str(), n.country),
            ("Antonio Cruz Jr.", Some("Philippines"))
        );
    }

    #[test]
    fn institutions_and_states() {
        let n = name("China’s Foreign Ministry");
        assert_eq!(
            (n.name.as_str(), n.kind),
            ("Foreign Ministry", Some(ActorKind::Agency))
        );
        let n = name("The Finnish Border Guard");
        assert_eq!(
            (n.name.as_str(), n.country),
            ("Finnish Border Guard", Some("Finland"))
        );
        let n = name("Beijing");
        assert_eq!(
            (n.name.as_str(), n.kind, n.alias.as_deref()),
            ("China", Some(ActorKind::State), Some("Beijing"))
        );
        let n = name("the U.S. Embassy in Lima");
        assert_eq!(n.name, "U.S. Embassy in Lima");
        let n = name("The Organization of American States");
        assert_eq!(n.name, "Organization of American States");
        let n = name("An editorial in the Global Times");
        assert_eq!(n.name, "Global Times");
        let n = name("the Finnish operator Cinia");
        assert_eq!(
            (n.name.as_str(), n.descriptor.as_deref()),
            ("Cinia", Some("operator"))
        );
    }

    #[test]
    fn descriptions_and_pronouns() {
        assert_eq!(
            phrase("she"),
            Phrase::Pronoun(Pronoun::Person(Gender::Female))
        );
        let Phrase::Description(d) = phrase("a company spokesperson") else {
            panic!()
        };
        assert_eq!((d.head.as_str(), d.definite), ("spokesperson", false));
        assert_eq!(d.modifiers, ["company"]);
        let Phrase::Description(d) = phrase("A spokesperson for the group") else {
            panic!()
        };
        assert!(
            matches!(d.complement.as_deref(), Some(Phrase::Description(g)) if g.head == "group")
        );
        let Phrase::Description(d) = phrase("A European diplomat in the capital") else {
            panic!()
        };
        assert_eq!(d.text, "European diplomat");
        let Phrase::Description(d) = phrase("Somalia's disaster management agency") else {
            panic!()
        };
        assert_eq!((d.head.as_str(), d.country), ("agency", Some("Somalia")));
        let Phrase::Description(d) = phrase("Opposition lawmakers") else {
            panic!()
        };
        assert_eq!(d.text, "Opposition lawmakers");
    }

    #[test]
    fn appositions_give_role_and_affiliation() {
        let a = appos("an expert in East Asian security studies at the University of Tokyo");
        assert_eq!(
            (a.role.as_deref(), a.affiliation.as_deref()),
            (
                Some("expert in East Asian security studies"),
                Some("University of Tokyo")
            )
        );
        let a = appos("a senior analyst specializing in Northeast Asian affairs");
        assert_eq!(
            a.role.as_deref(),
            Some("senior analyst specializing in Northeast Asian affairs")
        );
        let a = appos("the Dutch company that dominates the market");
        assert_eq!(a.descriptor.as_deref(), Some("company"));
        let a = appos("of the Timbuktu Institute in Dakar");
        assert_eq!(a.affiliation.as_deref(), Some("Timbuktu Institute"));
        let a = appos("Dylan Marsh");
        assert_eq!(a.name.unwrap().name, "Dylan Marsh");
        let a = appos("known as MINUSMA");
        assert_eq!(a.alias.as_deref(), Some("MINUSMA"));
    }
}
