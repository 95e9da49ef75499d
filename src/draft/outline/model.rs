//! The drafted briefing in memory (the outline): actors, quotes, timeline events,
//! implications and proposed grades, and the index of actors' names. Data and getters only:
//! the stages of [`super`] fill it, and the TOML and the report are both written from it, so
//! they always agree.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use crate::briefing::grade::Credibility;
use crate::briefing::model::{ActorKind, Status};

/// The drafted briefing.
#[derive(Debug, Default)]
pub struct Outline {
    /// `[briefing] id`.
    pub id: String,
    /// `[briefing] title`.
    pub title: String,
    /// The source's `file`: the article's path relative to the briefing.
    pub source_file: Option<String>,
    /// The article's own date (`YYYY-MM-DD`), from its byline, when it gives one.
    pub date: Option<String>,
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
    /// The mention of the speaker chosen (`he`, `Mr. Garin`): a byte range of the article;
    /// none for a quote drafted under the placeholder.
    pub mention: Option<Range<usize>>,
    /// Actors the quote names, besides the speaker.
    pub about: Vec<usize>,
    /// Why the speaker needs review, if it does.
    pub review: Option<String>,
    /// True when the quote continues one from the previous paragraph.
    pub continued: bool,
    /// The credibility the article's words suggest for what the quote says.
    pub grade: Option<Grade>,
}

/// One drafted timeline entry.
#[derive(Debug)]
pub struct Event {
    /// The time as the article puts it.
    pub when: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` when the article gives a year.
    pub date: Option<String>,
    /// The sentence, shortened.
    pub title: String,
    /// Guessed from the verbs, or from the hedges when they say more.
    pub status: Option<Status>,
    /// The credibility the sentence's hedges suggest, when its status allows it.
    pub grade: Option<Grade>,
    /// Why the credibility the hedges suggest was not proposed.
    pub refused: Option<String>,
    /// Actors the sentence names.
    pub actors: Vec<usize>,
    /// What to check.
    pub review: String,
}

/// One drafted implication.
#[derive(Debug)]
pub struct Implication {
    /// Unique id.
    pub id: String,
    /// The region.
    pub region: String,
    /// Placeholder title.
    pub title: String,
    /// Actors named near the region word.
    pub actors: Vec<usize>,
    /// Quotes in the sentences that mention the region.
    pub quotes: Vec<usize>,
    /// What to write.
    pub review: String,
}

/// A proposed credibility and the words it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grade {
    /// The credibility proposed.
    pub credibility: Credibility,
    /// The words, quoted: `“reportedly”`.
    pub read_from: String,
}

impl Grade {
    /// The review note: `credibility 4 (doubtful) proposed from “reportedly”`.
    pub fn review(&self) -> String {
        format!(
            "credibility {} ({}) proposed from {}",
            self.credibility,
            self.credibility.meaning(),
            self.read_from
        )
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

#[cfg(test)]
mod tests {
    use super::*;

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
