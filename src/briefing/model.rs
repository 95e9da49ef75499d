//! The validated briefing: plain structs whose references are resolved to indexes, plus the
//! reverse indexes the reader follows (quotes by speaker, items by actor, implications by quote).

use std::fmt;

use super::grade::{Confidence, Credibility, Likelihood, Reliability};
pub use super::named::Named;
pub use super::status::Status;
use crate::text::SafeText;

/// Index into [`Briefing::actors`].
pub type ActorIx = usize;
/// Index into [`Briefing::quotes`].
pub type QuoteIx = usize;
/// Index into [`Briefing::timeline`].
pub type EventIx = usize;
/// Index into [`Briefing::implications`].
pub type ImplicationIx = usize;
/// Index into the briefing's sources ([`Meta::sources`]).
pub type SourceIx = usize;

/// A whole briefing, every reference resolved.
#[derive(Clone, Debug, Default)]
pub struct Briefing {
    /// The `[briefing]` table.
    pub meta: Meta,
    /// `[[actors]]` in file order.
    pub actors: Vec<Actor>,
    /// `[[timeline]]` in file order (the author's chronology).
    pub timeline: Vec<Event>,
    /// `[[quotes]]` in file order.
    pub quotes: Vec<Quote>,
    /// `[[implications]]` in file order.
    pub implications: Vec<Implication>,
}

/// The `[briefing]` table: what the briefing is.
#[derive(Clone, Debug, Default)]
pub struct Meta {
    /// Unique id of the briefing.
    pub id: SafeText,
    /// Headline.
    pub title: SafeText,
    /// When the briefing is about.
    pub date: Option<PartialDate>,
    /// Paragraphs in the author's words.
    pub summary: SafeText,
    /// Free-form tags.
    pub tags: Vec<SafeText>,
    /// Where the briefing comes from.
    pub sources: Vec<Source>,
    /// Line of the `[briefing]` table in the file (1-based; 0 when not read from a file).
    pub line: usize,
    /// True for a draft (`brief draft` output) that an editor has not finished reviewing.
    pub draft: bool,
}

/// One `[[briefing.sources]]` entry.
#[derive(Clone, Debug, Default)]
pub struct Source {
    /// Id that quotes, events and implications name the source by; optional (a briefing of
    /// one source needs none).
    pub id: Option<SafeText>,
    /// Title of the source.
    pub title: SafeText,
    /// Who published it.
    pub publisher: Option<SafeText>,
    /// Where it can be read, as shown.
    pub url: Option<SafeText>,
    /// The URL as written, when it is a web link safe to hand to an opener
    /// (see [`crate::briefing::load::web_link`]).
    pub link: Option<String>,
    /// When it was published.
    pub published: Option<PartialDate>,
    /// The source's text, as a path relative to the briefing file (for `brief check`).
    pub file: Option<SafeText>,
    /// How reliable the source is.
    pub reliability: Option<Reliability>,
    /// Line of the entry's `[[briefing.sources]]` header (1-based).
    pub line: usize,
}

/// What kind of actor an entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActorKind {
    /// A named individual.
    Person,
    /// A country or its government.
    State,
    /// An alliance, company or other organisation.
    Organization,
    /// A government agency.
    Agency,
    /// Armed forces or a unit.
    Military,
    /// Any other group.
    Group,
}

/// How much an implication matters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth watching.
    Low,
    /// Significant.
    Medium,
    /// Serious.
    High,
}

impl Severity {
    /// The marker the severity is shown with everywhere: `[HIGH]`, `[MEDIUM]`, `[LOW]`.
    pub fn tag(self) -> &'static str {
        match self {
            Severity::High => "[HIGH]",
            Severity::Medium => "[MEDIUM]",
            Severity::Low => "[LOW]",
        }
    }
}

impl Named for ActorKind {
    const ALL: &'static [(&'static str, Self)] = &[
        ("person", ActorKind::Person),
        ("state", ActorKind::State),
        ("organization", ActorKind::Organization),
        ("agency", ActorKind::Agency),
        ("military", ActorKind::Military),
        ("group", ActorKind::Group),
    ];
}

impl Named for Severity {
    const ALL: &'static [(&'static str, Self)] = &[
        ("high", Severity::High),
        ("medium", Severity::Medium),
        ("low", Severity::Low),
    ];
}

/// A date with the precision the author gave: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct PartialDate {
    /// Year, 0-9999.
    pub year: u16,
    /// Month 1-12, if given.
    pub month: Option<u8>,
    /// Day of the month, if given (always with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking month and day ranges.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let parts: Vec<&str> = text.split('-').collect();
        let (year, month, day) = match parts.as_slice() {
            [y] => (digits(y, 4)?, None, None),
            [y, m] => (digits(y, 4)?, Some(digits(m, 2)?), None),
            [y, m, d] => (digits(y, 4)?, Some(digits(m, 2)?), Some(digits(d, 2)?)),
            _ => return None,
        };
        let date = PartialDate {
            year: year as u16,
            month: month.map(|m| m as u8),
            day: day.map(|d| d as u8),
        };
        let month_ok = date.month.is_none_or(|m| (1..=12).contains(&m));
        let day_ok = match (date.month, date.day) {
            (Some(m), Some(d)) => (1..=days_in_month(date.year, m)).contains(&d),
            _ => true,
        };
        (month_ok && day_ok).then_some(date)
    }

    /// The first day this date may mean, as `(year, month, day)`: `2014` starts on 2014-01-01.
    pub fn first_day(self) -> (u16, u8, u8) {
        (self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The date as a reader says it: `18 Oct 2024`, `Oct 2024`, `2024`.
    pub fn spoken(self) -> String {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let month = self.month.map(|m| MONTHS[usize::from(m.clamp(1, 12)) - 1]);
        match (self.day, month) {
            (Some(day), Some(month)) => format!("{day} {month} {:04}", self.year),
            (None, Some(month)) => format!("{month} {:04}", self.year),
            _ => format!("{:04}", self.year),
        }
    }

    /// The last day this date may mean, as `(year, month, day)`: `2014` ends on 2014-12-31.
    pub fn last_day(self) -> (u16, u8, u8) {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        (self.year, month, day)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

/// Parses exactly `len` ASCII digits.
fn digits(text: &str, len: usize) -> Option<u32> {
    (text.len() == len && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok())?
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// One `[[actors]]` entry with what links to it.
#[derive(Clone, Debug)]
pub struct Actor {
    /// Unique id.
    pub id: SafeText,
    /// Display name.
    pub name: SafeText,
    /// What kind of actor.
    pub kind: ActorKind,
    /// Role or title.
    pub role: Option<SafeText>,
    /// Who the actor belongs to.
    pub affiliation: Option<SafeText>,
    /// Country.
    pub country: Option<SafeText>,
    /// Other names.
    pub aliases: Vec<SafeText>,
    /// Free notes.
    pub notes: Option<SafeText>,
    /// External reference: a Wikidata item id (`Q` and digits) naming the same actor in any
    /// briefing.
    pub wikidata: Option<SafeText>,
    /// How reliable the actor is as a source (applies to their quotes).
    pub reliability: Option<Reliability>,
    /// Line of the entry's `[[actors]]` header (1-based).
    pub line: usize,
    /// Quotes this actor said, in file order.
    pub quotes: Vec<QuoteIx>,
    /// Quotes about this actor, in file order.
    pub mentioned_in: Vec<QuoteIx>,
    /// Timeline events this actor takes part in.
    pub events: Vec<EventIx>,
    /// Implications this actor is part of.
    pub implications: Vec<ImplicationIx>,
}

/// One `[[timeline]]` entry.
#[derive(Clone, Debug)]
pub struct Event {
    /// Optional id, unique among events (an event without one is known by its `when` and
    /// `title` where a stable key is needed, as for the analyst's marks).
    pub id: Option<SafeText>,
    /// The time as the source puts it.
    pub when: SafeText,
    /// A machine date, when known.
    pub date: Option<PartialDate>,
    /// When a span that starts at `date` ends (never before `date`).
    pub until: Option<PartialDate>,
    /// What happened.
    pub title: SafeText,
    /// More about it.
    pub detail: Option<SafeText>,
    /// Who took part.
    pub actors: Vec<ActorIx>,
    /// How certain it is.
    pub status: Option<Status>,
    /// How credible the information is (never contradicting `status`).
    pub credibility: Option<Credibility>,
    /// Why the event is graded and presented as it is.
    pub basis: Option<SafeText>,
    /// Sources the event names as reporting it.
    pub sources: Vec<SourceIx>,
    /// Other events (named by their ids) that bear this one out.
    pub corroborated_by: Vec<EventIx>,
    /// How the status changed, source by source, oldest first; the last step's status is
    /// `status`.
    pub history: Vec<Change>,
    /// Line of the entry's `[[timeline]]` header (1-based).
    pub line: usize,
}

/// One step of an event's `history`: the status a source gave the event, and when.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The status from this step on.
    pub status: Status,
    /// The source that gave it, if named.
    pub source: Option<SourceIx>,
    /// When, if known.
    pub date: Option<PartialDate>,
}

/// One `[[quotes]]` entry.
#[derive(Clone, Debug)]
pub struct Quote {
    /// Unique id.
    pub id: SafeText,
    /// Who said it.
    pub speaker: ActorIx,
    /// The words, verbatim.
    pub text: SafeText,
    /// Where and when it was said.
    pub context: Option<SafeText>,
    /// Actors the quote concerns.
    pub about: Vec<ActorIx>,
    /// Implications this quote supports.
    pub implications: Vec<ImplicationIx>,
    /// How credible what the quote says is.
    pub credibility: Option<Credibility>,
    /// The source the quote names as its own (see [`Briefing::quote_source`] for the one
    /// it belongs to).
    pub source: Option<SourceIx>,
    /// Line of the entry's `[[quotes]]` header (1-based).
    pub line: usize,
}

/// One `[[implications]]` entry.
#[derive(Clone, Debug)]
pub struct Implication {
    /// Unique id.
    pub id: SafeText,
    /// The region concerned.
    pub region: SafeText,
    /// The implication in a line.
    pub title: SafeText,
    /// The reasoning.
    pub detail: Option<SafeText>,
    /// How much it matters.
    pub severity: Option<Severity>,
    /// Actors involved.
    pub actors: Vec<ActorIx>,
    /// Quotes that support it.
    pub quotes: Vec<QuoteIx>,
    /// How likely it is.
    pub likelihood: Option<Likelihood>,
    /// How confident the judgment is.
    pub confidence: Option<Confidence>,
    /// Why the likelihood and confidence are what they are.
    pub basis: Option<SafeText>,
    /// Sources the implication names as its grounds.
    pub sources: Vec<SourceIx>,
    /// Line of the entry's `[[implications]]` header (1-based).
    pub line: usize,
}

impl Event {
    /// The machine dates as text: `2014`, or `2022 to 2024` for a span; None when undated.
    pub fn dates(&self) -> Option<String> {
        let date = self.date?;
        Some(match self.until {
            Some(until) => format!("{date} to {until}"),
            None => date.to_string(),
        })
    }
}

impl Briefing {
    /// The names of `actors`, joined with commas: `Japan, Yoshimasa Hayashi`.
    pub fn actor_names(&self, actors: &[ActorIx]) -> String {
        let names: Vec<&str> = actors
            .iter()
            .map(|&a| self.actors[a].name.as_str())
            .collect();
        names.join(", ")
    }

    /// A one-line summary of the counts: `9 actors, 16 quotes, 9 events, 5 implications`.
    pub fn counts(&self) -> String {
        counts(
            self.actors.len(),
            self.quotes.len(),
            self.timeline.len(),
            self.implications.len(),
        )
    }

    /// Fills the reverse indexes from the forward references.
    pub(crate) fn index(&mut self) {
        for (ix, quote) in self.quotes.iter().enumerate() {
            self.actors[quote.speaker].quotes.push(ix);
            for &actor in &quote.about {
                self.actors[actor].mentioned_in.push(ix);
            }
        }
        for (ix, event) in self.timeline.iter().enumerate() {
            for &actor in &event.actors {
                self.actors[actor].events.push(ix);
            }
        }
        for (ix, implication) in self.implications.iter().enumerate() {
            for &actor in &implication.actors {
                self.actors[actor].implications.push(ix);
            }
            for &quote in &implication.quotes {
                self.quotes[quote].implications.push(ix);
            }
        }
    }
}

/// `9 actors, 16 quotes, 12 events, 1 implication`.
pub fn counts(actors: usize, quotes: usize, events: usize, implications: usize) -> String {
    use crate::text::counted;
    format!(
        "{}, {}, {}, {}",
        counted(actors, "actor"),
        counted(quotes, "quote"),
        counted(events, "event"),
        counted(implications, "implication")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_parse_with_their_precision() {
        assert_eq!(PartialDate::parse("2024").unwrap().to_string(), "2024");
        assert_eq!(
            PartialDate::parse("2024-10").unwrap().to_string(),
            "2024-10"
        );
        assert_eq!(
            PartialDate::parse("2024-02-29").unwrap().to_string(),
            "2024-02-29"
        );
    }

    #[test]
    fn malformed_dates_are_refused() {
        for bad in [
            "24",
            "2024-13",
            "2023-02-29",
            "2024-1-5",
            "2024-10-25-1",
            "2024/10",
            "",
            "２０２４",
        ] {
            assert_eq!(PartialDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn enum_names_round_trip() {
        for (name, kind) in ActorKind::ALL {
            assert_eq!(ActorKind::parse(name), Some(*kind));
            assert_eq!(kind.name(), *name);
        }
        assert_eq!(Status::parse("rumoured"), None);
    }
}
