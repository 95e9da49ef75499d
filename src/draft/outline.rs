//! The drafted briefing in memory: which entities become actors, the quotes with their ids
//! and review notes, and what the report lists. The TOML and the report are both written
//! from it, so they always agree.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::ops::Range;

use super::attribution::{How, Reading};
use super::doc::Doc;
use super::entities::EntityIx;
use super::hedges::{Grade, QuoteGrades};
use super::ids::{self, Ids};
use super::implications::Implication;
use super::lexicon;
use super::timeline::Event;
use crate::briefing::model::ActorKind;
use crate::text::{Lines, SafeText};

/// Most characters of a drafted name, role or title.
const NAME_CHARS: usize = 100;
/// How often a state must be mentioned to become an actor without speaking or acting.
const STATE_MENTIONS: usize = 3;

/// The drafted briefing.
#[derive(Debug, Default)]
pub struct Outline {
    /// `[briefing] id`.
    pub id: String,
    /// `[briefing] title`.
    pub title: String,
    /// The source's `file`: the article's path relative to the briefing.
    pub source_file: Option<String>,
    /// Actors in order of first mention.
    pub actors: Vec<Actor>,
    /// Timeline candidates in article order.
    pub events: Vec<Event>,
    /// Quotes in article order.
    pub quotes: Vec<Quote>,
    /// Implication skeletons.
    pub implications: Vec<Implication>,
    /// What the report lists besides the review notes of entries.
    pub notes: Vec<String>,
}

impl Outline {
    /// How many events and quotes have a proposed credibility.
    pub fn grades(&self) -> usize {
        let events = self.events.iter().filter(|e| e.grade.is_some()).count();
        events + self.quotes.iter().filter(|q| q.grade.is_some()).count()
    }
}

/// One drafted actor.
#[derive(Debug)]
pub struct Actor {
    /// Unique id.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: ActorKind,
    /// Role.
    pub role: Option<String>,
    /// Affiliation.
    pub affiliation: Option<String>,
    /// Country.
    pub country: Option<String>,
    /// Other names the article uses.
    pub aliases: Vec<String>,
    /// Why the entry needs review, if it does.
    pub review: Option<String>,
}

/// One drafted quote.
#[derive(Debug)]
pub struct Quote {
    /// Unique id.
    pub id: String,
    /// Index into [`Outline::actors`].
    pub speaker: usize,
    /// The quoted words: a byte range of the article.
    pub text: Range<usize>,
    /// Actors the quote names, besides the speaker.
    pub about: Vec<usize>,
    /// Why the speaker needs review, if it does.
    pub review: Option<String>,
    /// True when the quote continues one from the previous paragraph.
    pub continued: bool,
    /// The credibility the article's words suggest for what the quote says.
    pub grade: Option<Grade>,
}

/// Builds the actors and quotes of the outline from what reading found.
pub fn people_and_quotes(doc: &Doc, reading: &Reading, outline: &mut Outline) {
    let registry = &reading.registry;
    let speakers: HashSet<EntityIx> = reading
        .quotes
        .iter()
        .filter_map(|a| a.speaker.as_ref().map(|s| registry.canonical(s.entity)))
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
    for attributed in &reading.quotes {
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
        let Some(speaker) = &attributed.speaker else {
            outline
                .notes
                .push(format!("not drafted (no speaker found): “{text}”"));
            continue;
        };
        if SafeText::new(text, Lines::Multi).is_err() {
            outline.notes.push(format!(
                "not drafted (too long or too many combining marks for a briefing): “{text}”"
            ));
            continue;
        }
        let actor = actor_of[&registry.canonical(speaker.entity)];
        counts[actor] += 1;
        let base = format!("{}-{}", outline.actors[actor].id, counts[actor]);
        let review = speaker.how.needs_review().then(|| {
            format!(
                "speaker guessed from {} “{}”",
                clue(&speaker.how),
                speaker.phrase
            )
        });
        let grade = grades.of_quote(attributed.para, attributed.tok, &outline.actors[actor]);
        outline.quotes.push(Quote {
            id: quote_ids.unique(&base, "quote"),
            speaker: actor,
            about: names
                .named_in(text)
                .into_iter()
                .filter(|&a| a != actor)
                .collect(),
            text: range,
            review,
            continued: speaker.how == How::Continued,
            grade,
        });
    }
}

/// How a clue is named in a review note.
fn clue(how: &How) -> &'static str {
    match how {
        How::Pronoun => "the pronoun",
        How::Described => "the description",
        How::SentenceSubject => "the subject of the sentence",
        How::PreviousSentence => "the previous sentence",
        How::Named | How::Surname => "the name",
        How::SplitQuote => "the quotation before it",
        How::Continued => "the quotation it continues",
        How::PreviousParagraph => "the previous paragraph",
        How::Trailing => "the name",
        How::AccordingTo => "“according to”",
    }
}

/// The names and aliases of actors, indexed by their first word and then by their whole text,
/// to find which actors a text names in one pass over its words: a word costs one look-up per
/// distinct length of the names it may start, however many actors share it (`John`).
#[derive(Debug, Default)]
pub struct NameIndex {
    /// First word of a name or alias to the lengths in bytes of the names that start with
    /// it, each once, in order.
    by_first_word: HashMap<String, Vec<usize>>,
    /// Each name or alias to the actors that have it.
    by_name: HashMap<String, Vec<usize>>,
}

impl NameIndex {
    /// Indexes the names and aliases of `actors`.
    pub fn new(actors: &[Actor]) -> NameIndex {
        NameIndex::of_names(actors.iter().enumerate().flat_map(|(i, actor)| {
            std::iter::once(&actor.name)
                .chain(&actor.aliases)
                .map(move |name| (i, name.as_str()))
        }))
    }

    /// Indexes `names`, each with the actor it names. A name that does not start with a
    /// letter or digit is left out.
    pub fn of_names<'n>(names: impl IntoIterator<Item = (usize, &'n str)>) -> NameIndex {
        let mut index = NameIndex::default();
        for (i, name) in names {
            if let Some(first) = name.split(|c: char| !c.is_alphanumeric()).next()
                && !first.is_empty()
            {
                let lengths = index.by_first_word.entry(first.to_owned()).or_default();
                if let Err(at) = lengths.binary_search(&name.len()) {
                    lengths.insert(at, name.len());
                }
                index.by_name.entry(name.to_owned()).or_default().push(i);
            }
        }
        index
    }

    /// The actors whose name or an alias appears in `text` as whole words, in actor order.
    pub fn named_in(&self, text: &str) -> Vec<usize> {
        let mut found = BTreeSet::new();
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    start = None;
                    let Some(lengths) = self.by_first_word.get(&text[s..i]) else {
                        continue;
                    };
                    let rest = &text[s..];
                    for &len in lengths {
                        let ends_word =
                            |after: &str| !after.chars().next().is_some_and(char::is_alphanumeric);
                        if rest.is_char_boundary(len)
                            && ends_word(&rest[len..])
                            && let Some(actors) = self.by_name.get(&rest[..len])
                        {
                            found.extend(actors);
                        }
                    }
                }
                _ => {}
            }
        }
        found.into_iter().collect()
    }
}

/// Byte offsets where `needle` occurs in `haystack` as whole words.
pub fn word_matches<'h>(haystack: &'h str, needle: &'h str) -> impl Iterator<Item = usize> + 'h {
    haystack
        .match_indices(needle)
        .filter(move |&(at, _)| {
            let before = haystack[..at].chars().next_back();
            let after = haystack[at + needle.len()..].chars().next();
            !needle.is_empty()
                && !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|(at, _)| at)
}

/// Words a cut line must not end with: they lead into words that were cut.
#[rustfmt::skip]
const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "by", "at", "as",
    "from", "that", "which", "who", "whose", "was", "were", "is", "are", "has", "have", "had",
    "be", "been", "no", "not", "its", "their", "his", "her", "our", "this", "these", "those",
    "into", "over", "about", "than", "if", "when", "while", "after", "before", "since", "it",
    "they", "we", "he", "she", "i", "you", "would", "will", "could", "can", "may", "might",
];

/// `raw` as one tidy line of at most `max` characters that the loader accepts: whitespace
/// collapsed, cut after a word (at a comma when one comes late enough), with no `…` added,
/// since a stored value must not look like words left out of a quotation; `fallback` when
/// nothing is left.
pub fn fit(raw: &str, max: usize, fallback: &str) -> String {
    let collapsed = super::phrase::collapse(raw);
    let mut out = if collapsed.chars().count() > max {
        let cut: String = collapsed.chars().take(max + 1).collect();
        let at_word = [", ", " "]
            .iter()
            .find_map(|sep| cut.rfind(sep).filter(|&i| i > cut.len() / 2))
            .or_else(|| cut.rfind(' ').filter(|&i| i > 0))
            .unwrap_or(cut.len().min(max));
        let at_word = crate::text::floor_char_boundary(&cut, at_word);
        let mut kept = cut[..at_word].trim_end_matches([',', ';', ':', '—', '–', '-', ' ']);
        // `... her daughter was` ends on a word that leads nowhere: drop it.
        while let Some((rest, last)) = kept.rsplit_once(' ')
            && DANGLING.contains(&last.to_lowercase().as_str())
        {
            kept = rest.trim_end_matches([',', ';', ':', '—', '–', '-', ' ']);
        }
        kept.to_owned()
    } else {
        collapsed
    };
    if SafeText::new(&out, Lines::Single).is_err() {
        // Only a pile of combining marks can fail once the length is capped.
        out.retain(|c| c.is_ascii() || unicode_width::UnicodeWidthChar::width(c) != Some(0));
    }
    if out.trim().is_empty() {
        out = fallback.into();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_at_a_word_and_never_returns_empty() {
        assert_eq!(fit("one two three", 9, "-"), "one two");
        assert_eq!(
            fit(
                "Troops arrived in the north, officials said on Friday",
                40,
                "-"
            ),
            "Troops arrived in the north"
        );
        assert_eq!(fit("abcdefghij", 4, "-"), "abcd");
        assert_eq!(fit(" \n ", 10, "none"), "none");
        let zalgo = format!("Z{}", "\u{301}".repeat(40));
        assert_eq!(fit(&zalgo, 100, "-"), "Z");
    }

    #[test]
    fn words_match_whole() {
        assert_eq!(
            word_matches("NATO said NATOs", "NATO").collect::<Vec<_>>(),
            [0]
        );
        assert_eq!(word_matches("Japanese", "Japan").count(), 0);
    }

    #[test]
    fn the_name_index_finds_names_and_aliases() {
        let actor = |name: &str, aliases: &[&str]| Actor {
            id: String::new(),
            name: name.into(),
            kind: ActorKind::State,
            role: None,
            affiliation: None,
            country: None,
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            review: None,
        };
        let actors = [actor("North Korea", &["Pyongyang"]), actor("Japan", &[])];
        let index = NameIndex::new(&actors);
        assert_eq!(index.named_in("Pyongyang and Japan’s North Korea"), [0, 1]);
        assert!(index.named_in("Japanese North Koreans").is_empty());
    }
}
