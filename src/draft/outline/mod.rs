//! The outline stage: which entities become actors, the quotes with their ids, review notes
//! and proposed grades, the timeline and the implications ([`model::Outline`]).

mod dates;
pub mod grade;
pub mod ids;
mod implications;
pub mod model;
mod timeline;

use std::collections::{HashMap, HashSet};

use crate::briefing::model::ActorKind;
use crate::draft::article::{Doc, EntityIx, Form};
use crate::draft::candidates::{Clue, joined};
use crate::draft::choose::{Attributed, Speaker};
use crate::draft::lexicon;
use crate::draft::mentions::Reading;
use crate::draft::words::{collapse, fit};
use crate::text::{Lines, SafeText};
use grade::QuoteGrades;
use ids::Ids;
use model::{Actor, NameIndex, Outline, Quote};

/// Most characters of a drafted name, role or title.
const NAME_CHARS: usize = 100;
/// How often a state must be mentioned to become an actor without speaking or acting.
const STATE_MENTIONS: usize = 3;
/// Fewest words of a quotation drafted without a speaker: a shorter one with nobody to say
/// it is a phrase in quotation marks (a scare quote, a term), left to the report.
const UNATTRIBUTED_MIN_WORDS: usize = 4;
/// The name of the placeholder actor of quotations whose speaker was not found.
pub const UNATTRIBUTED: &str = "Unattributed";

/// A speaker chosen with less probability than this needs review.
const SURE: f64 = 0.75;

/// Builds the outline from what reading found and the speakers chosen: actors and quotes,
/// then the timeline and the implications.
pub fn build(doc: &Doc, reading: &Reading, attributed: &[Attributed]) -> Outline {
    let mut outline = Outline::default();
    people_and_quotes(doc, reading, attributed, &mut outline);
    outline.events = timeline::candidates(doc, &outline.actors);
    outline.date = timeline::article_date(doc)
        .and_then(dates::Day::to_partial)
        .map(|d| d.to_string());
    outline.implications = implications::skeleton(doc, &outline.actors, &outline.quotes);
    outline
}

/// Builds the actors and quotes of the outline from what reading found.
fn people_and_quotes(
    doc: &Doc,
    reading: &Reading,
    attributed: &[Attributed],
    outline: &mut Outline,
) {
    let registry = &reading.registry;
    // Who else said each quotation: the others named in a joint statement.
    let joint: Vec<Vec<EntityIx>> = attributed
        .iter()
        .map(|a| match &a.speaker {
            Some(s) => joined(doc, reading, s.mention)
                .into_iter()
                .map(|m| registry.canonical(reading.mentions[m].entity))
                .filter(|&e| e != registry.canonical(s.entity))
                .collect(),
            None => Vec::new(),
        })
        .collect();
    let speakers: HashSet<EntityIx> = attributed
        .iter()
        .filter_map(|a| a.speaker.as_ref().map(|s| registry.canonical(s.entity)))
        .chain(joint.iter().flatten().copied())
        .collect();
    let mut ids = Ids::default();
    let mut actor_of: HashMap<EntityIx, usize> = HashMap::new();
    for (ix, entity) in registry.entities.iter().enumerate() {
        if registry.canonical(ix) != ix {
            continue;
        }
        let institution = !matches!(entity.kind, ActorKind::Person | ActorKind::Group);
        let keep = speakers.contains(&ix)
            || (entity.acting && institution)
            || (entity.kind == ActorKind::State && entity.mentions >= STATE_MENTIONS);
        if !keep {
            continue;
        }
        let name = fit(&entity.name, NAME_CHARS, "Unnamed");
        // `hayashi` for Yoshimasa Hayashi, `nis` for the National Intelligence Service.
        let short_name = match entity.kind {
            ActorKind::Person => entity.aliases.first(),
            _ => entity.aliases.iter().find(|a| lexicon::is_acronym(a)),
        };
        actor_of.insert(ix, outline.actors.len());
        outline.actors.push(Actor {
            id: ids.unique(&ids::short(short_name.unwrap_or(&name)), "actor"),
            kind: entity.kind,
            role: entity
                .role
                .as_deref()
                .map(|r| fit(r, NAME_CHARS, "unknown")),
            affiliation: entity
                .affiliation
                .as_deref()
                .map(|a| fit(a, NAME_CHARS, "unknown")),
            country: entity.country.map(str::to_owned),
            aliases: entity
                .aliases
                .iter()
                .map(|a| fit(a, NAME_CHARS, "unknown"))
                .filter(|a| *a != name)
                .collect(),
            review: entity
                .kind_guessed
                .then(|| format!("kind guessed for “{name}”: check it")),
            name,
        });
    }
    let names = NameIndex::new(&outline.actors);
    let mut grades = QuoteGrades::new(doc, &outline.actors);
    let mut quote_ids = Ids::default();
    let mut counts = vec![0usize; outline.actors.len()];
    // The placeholder actor, added with the first quotation that needs it.
    let mut unattributed: Option<usize> = None;
    for (attributed, joint) in attributed.iter().zip(&joint) {
        let quote = &doc.paras[attributed.para].quotes[attributed.quote];
        let range = quote.span.inner.clone();
        let text = &doc.text[range.clone()];
        if attributed.term {
            outline.notes.push(format!(
                "not drafted as a quote (a term or a title, not speech): “{text}”"
            ));
            continue;
        }
        if !text.chars().any(char::is_alphanumeric) {
            outline.notes.push(format!(
                "not drafted (no words between the marks): “{text}”"
            ));
            continue;
        }
        let para = &doc.paras[attributed.para];
        let heading = doc.text[para.range.clone()].trim_matches(|c: char| !c.is_alphanumeric())
            == doc.text[range.clone()].trim_matches(|c: char| !c.is_alphanumeric())
            && !text.ends_with(['.', '?', '!', '…'])
            && quote.span.closed;
        if (attributed.speaker.is_none() && (heading || !is_speech(text))) || is_title(text) {
            outline.notes.push(format!(
                "not drafted (no speaker found, and a phrase or a title rather than speech): “{text}”"
            ));
            continue;
        }
        if SafeText::new(text, Lines::Multi).is_err() {
            outline.notes.push(format!(
                "not drafted (too long or too many combining marks for a briefing): “{text}”"
            ));
            continue;
        }
        let (actor, review) = match &attributed.speaker {
            Some(speaker) => (
                actor_of[&registry.canonical(speaker.entity)],
                review(doc, reading, speaker),
            ),
            None => (
                *unattributed.get_or_insert_with(|| {
                    counts.push(0);
                    placeholder(&mut outline.actors, &mut ids)
                }),
                Some(format!(
                    "no speaker found: drafted under the placeholder “{UNATTRIBUTED}”; give it its speaker"
                )),
            ),
        };
        // A joint statement is drafted under the first named; the others go first in its
        // `about`, and the review says so.
        let joint: Vec<usize> = joint
            .iter()
            .filter_map(|e| actor_of.get(e).copied())
            .collect();
        let review = match joint.is_empty() {
            true => review,
            false => {
                let others: Vec<String> = joint
                    .iter()
                    .map(|&a| format!("“{}”", outline.actors[a].name))
                    .collect();
                let note = format!(
                    "a joint statement: drafted under the first named; {} said it too (in about)",
                    others.join(", ")
                );
                Some(review.map_or(note.clone(), |r| format!("{note}; {r}")))
            }
        };
        let mut about = joint;
        for a in names.named_in(text) {
            if a != actor && !about.contains(&a) {
                about.push(a);
            }
        }
        counts[actor] += 1;
        let base = format!("{}-{}", outline.actors[actor].id, counts[actor]);
        let grade = grades.of_quote(attributed.para, attributed.tok, &outline.actors[actor]);
        outline.quotes.push(Quote {
            id: quote_ids.unique(&base, "quote"),
            speaker: actor,
            about,
            mention: attributed
                .speaker
                .as_ref()
                .map(|s| reading.mentions[s.mention].range.clone()),
            text: range,
            review,
            continued: attributed
                .speaker
                .as_ref()
                .is_some_and(|s| s.clue == Some(Clue::Continued)),
            grade,
        });
    }
}

/// True when a quotation with nobody to say it still reads as speech: four words or more,
/// and not written as a title (`Orange Is the New Black`, `MAKE IT GREAT`), where every word
/// longer than three letters starts with a capital. (Nor is a paragraph that is only a
/// quotation ending no sentence: a heading or a caption.)
fn is_speech(text: &str) -> bool {
    let words = words_of(text);
    let long = long_words(&words);
    let title = !long.is_empty() && long.iter().all(|w| lexicon::is_capitalised(w));
    words.len() >= UNATTRIBUTED_MIN_WORDS && !title
}

/// True for a title, a name or a slogan written in Title Case or capitals (`State of the
/// Game`, `Good Character: Information for Applicants`): no lowercase word but the short
/// ones a title keeps (`of`, `the`), and a capitalised word of four letters or more that
/// does not open a sentence. Nobody speaks in Title Case, whoever stands near it.
fn is_title(text: &str) -> bool {
    let mut capitalised = 0;
    let mut opens = true;
    for raw in text.split_whitespace() {
        let starts = opens;
        opens = raw.ends_with(['.', '?', '!', ':']);
        let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if !w.chars().any(char::is_alphabetic) {
            continue;
        }
        if lexicon::is_capitalised(w) {
            capitalised += usize::from(!starts && w.chars().count() > 3);
        } else if !matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "and"
                | "or"
                | "for"
                | "in"
                | "on"
                | "to"
                | "at"
                | "by"
                | "with"
                | "from"
                | "vs"
        ) {
            return false;
        }
    }
    capitalised >= 1
}

/// The words of `text` that hold a letter, without their punctuation.
fn words_of(text: &str) -> Vec<&str> {
    text.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect()
}

/// The words of four letters or more.
fn long_words<'w>(words: &[&'w str]) -> Vec<&'w str> {
    words
        .iter()
        .copied()
        .filter(|w| w.chars().count() > 3)
        .collect()
}

/// Adds the placeholder actor of quotations whose speaker was not found; returns its index.
fn placeholder(actors: &mut Vec<Actor>, ids: &mut Ids) -> usize {
    actors.push(Actor {
        id: ids.unique("unattributed", "actor"),
        name: UNATTRIBUTED.to_owned(),
        kind: ActorKind::Group,
        role: None,
        affiliation: None,
        country: None,
        aliases: Vec::new(),
        review: Some(
            "a placeholder, not a speaker: give each of its quotes its speaker, then delete it"
                .to_owned(),
        ),
    });
    actors.len() - 1
}

/// Why the speaker chosen needs review, if it does: guessed from a pronoun, a description,
/// the sentence or paragraph before, a name with no verb of saying, or chosen with little
/// margin.
fn review(doc: &Doc, reading: &Reading, speaker: &Speaker) -> Option<String> {
    let mention = &reading.mentions[speaker.mention];
    let from = match speaker.clue {
        Some(Clue::Continued | Clue::Split) => None,
        Some(Clue::Colon) => Some("the subject of the sentence"),
        Some(Clue::PreviousSentence) => Some("the previous sentence"),
        Some(Clue::PreviousParagraph | Clue::List) => Some("the previous paragraph"),
        None => Some("a name near the quotation, with no verb of saying"),
        Some(_) => match mention.form {
            Form::Pronoun => Some("the pronoun"),
            Form::Description | Form::Document => Some("the description"),
            Form::Name | Form::Surname => None,
        },
    };
    let phrase = collapse(&doc.text[mention.range.clone()]);
    match from {
        Some(from) => Some(format!("speaker guessed from {from} “{phrase}”")),
        None if speaker.probability < SURE => Some(format!(
            "speaker chosen with little margin ({:.0}%) from “{phrase}”",
            speaker.probability * 100.0
        )),
        None => None,
    }
}
