//! Mentions outside quotations: the people, states and institutions a sentence names, the
//! gender a pronoun shows for one of them, and which states and institutions act.

use std::collections::HashSet;
use std::ops::Range;

use super::entities::{EntityIx, Registry};
use crate::briefing::model::ActorKind;
use crate::draft::article::{Doc, Kind, Para, Tok};
use crate::draft::lexicon::{self, places};
use crate::draft::syntax::phrase::{self, Named, Phrase, Words};
use crate::draft::words::{is_punct, signs_quotation, word_at};

/// Every capitalised run of the article (`Michael Thomas`, `Thomas`, `Hawk Sawyer`), as
/// written: a run that is the end of a longer one names a person by surname, which makes the
/// longer one a person's full name.
#[derive(Debug, Default)]
pub struct Runs(HashSet<String>);

impl Runs {
    /// Collects the runs of `doc`.
    pub fn collect(doc: &Doc) -> Runs {
        let mut runs = HashSet::new();
        for para in &doc.paras {
            for sentence in &para.sentences {
                for run in name_runs(doc, para, sentence.clone()) {
                    let text = Words::new(doc, &para.toks[run]).text();
                    // `Mr Moura Lopes` also stands for `Moura Lopes`.
                    if let Some((first, rest)) = text.split_once(' ')
                        && lexicon::is_honorific(first)
                    {
                        runs.insert(rest.to_owned());
                    }
                    runs.insert(text);
                }
            }
        }
        Runs(runs)
    }

    /// True when the last words of `name` (or its first word, for a family name written
    /// first) stand alone elsewhere in the article.
    fn has_short_form(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split(' ').collect();
        let tail = (1..words.len()).any(|k| self.0.contains(&words[k..].join(" ")));
        let head =
            words.len() > 1 && lexicon::is_family_name_first(words[0]) && self.0.contains(words[0]);
        tail || head
    }
}

/// The capitalised runs of a sentence that may be names, as token ranges in order.
fn name_runs(doc: &Doc, para: &Para, sentence: Range<usize>) -> Vec<Range<usize>> {
    let mut runs = Vec::new();
    let mut i = sentence.start;
    while i < sentence.end {
        if !is_name_start(doc, para, i, sentence.start) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < sentence.end && joins_run(doc, para, i, end) {
            end += 1;
        }
        runs.push(i..end);
        i = end;
    }
    runs
}

/// A name found in a sentence and registered.
#[derive(Clone, Debug)]
pub struct Found {
    /// Its tokens, with a role or title before the name (`State Department spokesperson
    /// Andrea Thomson`).
    pub toks: Range<usize>,
    /// Token index of the name's first word.
    pub tok: usize,
    /// The entity it names.
    pub entity: EntityIx,
    /// True when the entity is a person.
    pub person: bool,
    /// Named as an owner (`Carlineo’s attorney`): a later `her` is not about them.
    pub owner: bool,
}

/// Registers the institutions, states and people named in a sentence; returns them in order.
pub fn scan(
    doc: &Doc,
    para: &Para,
    sentence: Range<usize>,
    runs: &Runs,
    registry: &mut Registry,
) -> Vec<Found> {
    let toks = &para.toks;
    let mut found = Vec::new();
    for Range { start: i, end } in name_runs(doc, para, sentence.clone()) {
        // Take in a role before the name: `State Department spokesperson Andrea Thomson`,
        // `President` at the start of a sentence.
        let mut start = i;
        while start > sentence.start {
            let w = word_at(doc, toks, start - 1);
            let role = (lexicon::is_lower(w)
                && (lexicon::is_person_noun(w) || lexicon::is_organization_noun(w)))
                || lexicon::is_title_word(w);
            let title = lexicon::is_capitalised(w) || toks[start - 1].kind == Kind::Possessive;
            if !(role || (title && start < i)) {
                break;
            }
            start -= 1;
        }
        let Some(Phrase::Name(named)) = phrase::parse(Words::new(doc, &toks[start..end])) else {
            continue;
        };
        let at = named.at;
        let Some(entity) = register_name(doc, para, (start, i, end), named, runs, registry) else {
            continue;
        };
        let person = registry.entities[entity].kind == ActorKind::Person;
        let owner = toks.get(end).is_some_and(|t| t.kind == Kind::Possessive);
        if person {
            // A person named first in the sentence is its subject.
            if owner {
                registry.object(at);
            } else if start == sentence.start {
                registry.subject(entity, at);
            }
        }
        found.push(Found {
            toks: start..end,
            tok: i,
            entity,
            person,
            owner,
        });
    }
    found
}

/// Records the gender that a pronoun in a sentence shows for the person it most likely
/// means: the subject of a verb before it (`Zoghlin told The Hill that her client`), else the
/// latest person named before it (among the names `people` the scan found) who is not an
/// owner. `subjects` are (first token of the
/// subject, entity) of the sentence's verbs; a pronoun that is itself a subject is skipped
/// (resolving it already told its gender).
pub fn genders(
    doc: &Doc,
    para: &Para,
    sentence: Range<usize>,
    people: &[Found],
    subjects: &[(usize, EntityIx)],
    registry: &mut Registry,
) {
    let toks = &para.toks;
    let mut told: Vec<EntityIx> = Vec::new();
    for k in sentence {
        let w = word_at(doc, toks, k);
        let Some(gender) = lexicon::gender_of(w).filter(|_| {
            lexicon::pronoun(w).is_some()
                || matches!(w, "his" | "her" | "him" | "himself" | "herself")
        }) else {
            continue;
        };
        if subjects.iter().any(|&(tok, _)| tok == k) {
            continue;
        }
        let person = |e: EntityIx| registry.entities[e].kind == ActorKind::Person;
        let candidate = subjects
            .iter()
            .rev()
            .find(|&&(tok, e)| tok < k && person(e))
            .map(|&(_, e)| e)
            .or_else(|| {
                people
                    .iter()
                    .rev()
                    .find(|p| p.person && p.tok < k && !p.owner)
                    .map(|p| p.entity)
            });
        if let Some(entity) = candidate.filter(|e| !told.contains(e)) {
            registry.gender(entity, gender);
            told.push(entity);
        }
    }
}

/// True when token `i` can start a capitalised name (not a sentence's common first word).
fn is_name_start(doc: &Doc, para: &Para, i: usize, sentence_start: usize) -> bool {
    let w = word_at(doc, &para.toks, i);
    let capital = is_name_word(doc, para, i);
    capital && (i > sentence_start || lexicon::is_acronym(w) || !doc.is_common(w))
}

/// True when token `i` is a capitalised word that can be part of a name (`He` only before
/// another name word: `He Jianxiong`).
fn is_name_word(doc: &Doc, para: &Para, i: usize) -> bool {
    let toks = &para.toks;
    let w = word_at(doc, toks, i);
    let name = |w: &str| lexicon::is_capitalised(w) && !lexicon::is_not_name(w);
    name(w) || (lexicon::is_family_name_first(w) && name(word_at(doc, toks, i + 1)))
}

/// True when token `i` continues the capitalised run that starts at `start` (a name word, or
/// a connector before one: `of`, `the`, an institution's `and`, a title's possessive).
fn joins_run(doc: &Doc, para: &Para, start: usize, i: usize) -> bool {
    let toks = &para.toks;
    let w = word_at(doc, toks, i);
    let next = word_at(doc, toks, i + 1);
    let before: Vec<&str> = (start..i).map(|j| word_at(doc, toks, j)).collect();
    is_name_word(doc, para, i)
        || (matches!(w, "of" | "for" | "on") || lexicon::is_name_particle(w))
            && lexicon::is_capitalised(next)
        || (lexicon::is_name_particle(w)
            && lexicon::is_name_particle(next)
            && lexicon::is_capitalised(word_at(doc, toks, i + 2)))
        || (w == "the" && word_at(doc, toks, i.wrapping_sub(1)) == "of")
        || (w == "and" && lexicon::and_joins_name(&before, next))
        // `Ministry of Science and ICT`: an acronym that ends an institution's name.
        || (w == "and"
            && lexicon::is_acronym(next)
            && before.iter().any(|b| matches!(*b, "of" | "for"))
            && !lexicon::is_capitalised(word_at(doc, toks, i + 2)))
        || (is_punct(doc, toks, i, ",")
            && lexicon::comma_in_institution(|k| word_at(doc, toks, k), i))
        || (toks[i].kind == Kind::Possessive
            && lexicon::is_title_word(word_at(doc, toks, i - 1))
            && lexicon::is_capitalised(next))
}

/// Prepositions before an object (`with Pike`): a later `he` more likely means someone else.
const OBJECT_PREPOSITIONS: &[&str] = &[
    "to", "with", "by", "for", "at", "from", "about", "against", "on", "into", "than", "like",
    "of", "over",
];

/// Prepositions before a place name: a capitalised run after them is no person.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "from", "to", "near", "of", "on", "into", "across", "through", "outside", "inside",
    "around", "toward", "towards", "by", "via", "the", "over", "off", "along",
];

/// Registers a name the scan found (tokens `start..end`, the name itself from `run_start`)
/// when it is clearly a person, state or institution, or names one known already.
fn register_name(
    doc: &Doc,
    para: &Para,
    (start, run_start, end): (usize, usize, usize),
    mut named: Named,
    runs: &Runs,
    registry: &mut Registry,
) -> Option<EntityIx> {
    let toks = &para.toks;
    let word = |i: usize| word_at(doc, toks, i);
    let institution = matches!(
        named.kind,
        Some(ActorKind::State | ActorKind::Agency | ActorKind::Organization | ActorKind::Military)
    );
    // `Doyle’s son, Patrick,`: a name in apposition to a person noun.
    let may_be_person =
        matches!(named.kind, None | Some(ActorKind::Person)) && !lexicon::is_acronym(&named.name);
    let apposed_to = (may_be_person && start >= 2 && is_punct(doc, toks, start - 1, ","))
        .then(|| word(start - 2))
        .filter(|w| lexicon::is_lower(w) && lexicon::is_person_noun(w));
    if let Some(noun) = apposed_to {
        named.kind = Some(ActorKind::Person);
        named.gender = named.gender.or(lexicon::gender_of(noun));
    }
    // `Mamadou, a 19-year-old from Guinea,`: an apposition after the name says a person.
    let described_after = may_be_person
        && is_punct(doc, toks, end, ",")
        && matches!(word(end + 1), "a" | "an")
        && (end + 2..end + 5).any(|i| {
            word(i).ends_with("-year-old")
                || (lexicon::is_lower(word(i)) && lexicon::is_person_noun(word(i)))
        });
    if described_after {
        named.kind = Some(ActorKind::Person);
    }
    let untitled_person = named.kind == Some(ActorKind::Person)
        && (apposed_to.is_some()
            || described_after
            || looks_like_person(doc, para, run_start, end)
            || (runs.has_short_form(&named.name) && !is_placeish(doc, para, run_start, end)));
    // `National Intelligence Service (NIS)`
    let acronym = (is_punct(doc, toks, end, "(") && is_punct(doc, toks, end + 2, ")"))
        .then(|| word(end + 1))
        .filter(|w| lexicon::is_acronym(w));
    let entity = if named.titled || institution || untitled_person {
        if named.alias.is_none() {
            named.alias = acronym.map(str::to_owned);
        }
        registry.named(&named, &[]).0
    } else {
        let (entity, _) = registry.find_known(&named)?;
        registry.mention(entity, named.at);
        entity
    };
    // A secondary mention: an object (`asked Pike why`, `with Pike`) unless the verb comes
    // first after a quotation (`said X`), or someone named through another (`her neighbour
    // Tomas Berg`).
    let prev = word(start.wrapping_sub(1));
    let inverted = lexicon::is_speech_verb(prev)
        && start >= 2
        && !matches!(toks[start - 2].kind, Kind::Word | Kind::Possessive);
    let verb =
        lexicon::is_speech_verb(prev) || lexicon::is_acting_verb(prev) || prev.ends_with("ed");
    let related =
        matches!(prev, "his" | "her" | "their" | "its") && lexicon::is_person_noun(word(start));
    let object = lexicon::is_lower(prev)
        && (OBJECT_PREPOSITIONS.contains(&prev) || verb || related)
        && !inverted;
    if object {
        registry.object(named.at);
    }
    Some(entity)
}

/// True when an untitled capitalised run `run_start..end` reads as a person's name: two to
/// four words, none a place or an acronym, not after a place preposition, and followed by a
/// verb, `and`, a possessive, an age in brackets or an apposition (`Margaret Doyle, 71,`), or signing a
/// quotation after a dash (`“...” — Bernie Sanders`).
fn looks_like_person(doc: &Doc, para: &Para, run_start: usize, end: usize) -> bool {
    let toks = &para.toks;
    let word = |i: usize| word_at(doc, toks, i);
    let len = end - run_start;
    if !(2..=4).contains(&len)
        || is_placeish(doc, para, run_start, end)
        || PLACE_PREPOSITIONS.contains(&word(run_start.wrapping_sub(1)))
    {
        return false;
    }
    if signs_quotation(doc, toks, run_start) {
        return true;
    }
    let next = word(end);
    match toks.get(end).map(|t| t.kind) {
        Some(Kind::Word) => lexicon::is_lower(next) && !PLACE_PREPOSITIONS.contains(&next),
        Some(Kind::Possessive) => true,
        // `Rafael Moura Lopes (44)`: an age in brackets.
        Some(Kind::Punct) if is_punct(doc, toks, end, "(") => {
            word(end + 1).parse::<u8>().is_ok() && is_punct(doc, toks, end + 2, ")")
        }
        Some(Kind::Punct) if is_punct(doc, toks, end, ",") => {
            let after = word(end + 1);
            after.chars().all(|c| c.is_ascii_digit())
                || matches!(
                    after,
                    "a" | "an" | "the" | "who" | "whose" | "said" | "says"
                )
        }
        _ => false,
    }
}

/// True when a word of the run `run_start..end` is an acronym, a state, a demonym or a region.
fn is_placeish(doc: &Doc, para: &Para, run_start: usize, end: usize) -> bool {
    (run_start..end).any(|i| {
        let w = word_at(doc, &para.toks, i);
        lexicon::is_acronym(w)
            || places::state(w).is_some()
            || places::state_of_demonym(w).is_some()
            || places::is_region_word(w)
    })
}

/// Marks the states and institutions named in `toks` (`the United States and NATO`) as
/// acting in the article.
pub fn mark_acting(doc: &Doc, toks: &[Tok], registry: &mut Registry) {
    // `and` inside an institution's name (`Customs and Border Protection`) splits nothing.
    let splits = |i: usize| {
        let t = &toks[i];
        let before: Vec<&str> = toks[..i]
            .iter()
            .rev()
            .take_while(|t| t.kind == Kind::Word)
            .map(|t| doc.word(t))
            .collect();
        let next = toks.get(i + 1).map_or("", |t| doc.word(t));
        t.kind == Kind::Punct && doc.word(t) == ","
            || (matches!(doc.word(t), "and" | "or") && !lexicon::and_joins_name(&before, next))
    };
    let cuts: Vec<usize> = (0..toks.len()).filter(|&i| splits(i)).collect();
    let parts = std::iter::once(0)
        .chain(cuts.iter().map(|c| c + 1))
        .zip(cuts.iter().copied().chain(std::iter::once(toks.len())))
        .map(|(from, to)| &toks[from..to]);
    for part in parts {
        // `of the Timbuktu Institute in Dakar` qualifies; it does not act.
        let first = part.first().map_or("", |t| doc.word(t));
        let listed = matches!(
            first,
            "the" | "a" | "an" | "particularly" | "especially" | "including" | "notably" | "both"
        );
        if lexicon::is_lower(first) && !listed {
            continue;
        }
        if let Some(Phrase::Name(named)) = phrase::parse(Words::new(doc, part))
            && !matches!(
                named.kind,
                None | Some(ActorKind::Person | ActorKind::Group)
            )
        {
            let (entity, _) = registry.named(&named, &[]);
            registry.entities[entity].acting = true;
        }
    }
}

/// The states and institutions a sentence cites as sources (`According to South Korea’s
/// National Intelligence Service, ...`) act in the article.
pub fn mark_sources(doc: &Doc, para: &Para, sentence: Range<usize>, registry: &mut Registry) {
    let toks = &para.toks;
    for i in sentence.clone() {
        if word_at(doc, toks, i).eq_ignore_ascii_case("according")
            && word_at(doc, toks, i + 1) == "to"
        {
            let end = (i + 2..sentence.end)
                .find(|&j| toks[j].kind != Kind::Word && toks[j].kind != Kind::Possessive)
                .unwrap_or(sentence.end);
            mark_acting(doc, &toks[i + 2..end], registry);
        }
    }
}
