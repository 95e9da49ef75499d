//! Which sources each item of a briefing belongs to: the ones it names, or, in a briefing of
//! one source, that source without saying so.

use super::model::{Briefing, EventIx, ImplicationIx, Named, QuoteIx, Source, SourceIx};
use crate::pane::Pane;

impl Source {
    /// How the source is named in a row or a count: its id, else its publisher, else its
    /// title.
    pub fn label(&self) -> &str {
        self.id
            .as_ref()
            .or(self.publisher.as_ref())
            .unwrap_or(&self.title)
            .as_str()
    }

    /// Who stands behind the source, in words and for counting independent ones: its
    /// publisher, else its title.
    pub fn origin(&self) -> &str {
        self.publisher.as_ref().unwrap_or(&self.title).as_str()
    }

    /// The source whole, in a line: `NATO confirms … (Example Wire, 28 Oct 2024; reliability
    /// B)`.
    pub fn describe(&self) -> String {
        let mut about: Vec<String> = Vec::new();
        about.extend(self.publisher.as_ref().map(ToString::to_string));
        about.extend(self.published.map(|date| date.spoken()));
        let mut about = about.join(", ");
        if let Some(reliability) = self.reliability {
            if !about.is_empty() {
                about.push_str("; ");
            }
            about.push_str(&format!("reliability {reliability}"));
        }
        match about.is_empty() {
            true => self.title.to_string(),
            false => format!("{} ({about})", self.title),
        }
    }
}

impl Briefing {
    /// True when the briefing has several sources, so that each item says which are its own.
    pub fn has_several_sources(&self) -> bool {
        self.meta.sources.len() > 1
    }

    /// The briefing's only source, when it has exactly one.
    fn only_source(&self) -> Option<SourceIx> {
        (self.meta.sources.len() == 1).then_some(0)
    }

    /// The source a quote belongs to: the one it names, or the briefing's only source.
    pub fn quote_source(&self, quote: QuoteIx) -> Option<SourceIx> {
        self.quotes[quote].source.or_else(|| self.only_source())
    }

    /// The sources an event belongs to: those it names, then those of its history, or the
    /// briefing's only source.
    pub fn event_sources(&self, event: EventIx) -> Vec<SourceIx> {
        let event = &self.timeline[event];
        let mut sources = event.sources.clone();
        for source in event.history.iter().filter_map(|change| change.source) {
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        or_only(sources, self.only_source())
    }

    /// The sources an implication belongs to: those it names, or the briefing's only source.
    pub fn implication_sources(&self, implication: ImplicationIx) -> Vec<SourceIx> {
        or_only(
            self.implications[implication].sources.clone(),
            self.only_source(),
        )
    }

    /// How many independent sources back an event: its own and those of the events that
    /// corroborate it, sources of one publisher counted once.
    pub fn independent_sources(&self, event: EventIx) -> usize {
        let mut origins: Vec<&str> = std::iter::once(event)
            .chain(self.timeline[event].corroborated_by.iter().copied())
            .flat_map(|e| self.event_sources(e))
            .map(|s| self.meta.sources[s].origin())
            .collect();
        origins.sort_unstable();
        origins.dedup();
        origins.len()
    }
}

impl Briefing {
    /// How an event's status changed, in words: `reported by Example Daily, 18 Oct 2024;
    /// confirmed by Example Wire, 28 Oct 2024`; None without a history.
    pub fn history_text(&self, event: EventIx) -> Option<String> {
        let history = &self.timeline[event].history;
        let steps: Vec<String> = history
            .iter()
            .map(|change| {
                let mut step = change.status.name().to_owned();
                if let Some(source) = change.source {
                    step.push_str(&format!(" by {}", self.meta.sources[source].origin()));
                }
                if let Some(date) = change.date {
                    step.push_str(&format!(", {}", date.spoken()));
                }
                step
            })
            .collect();
        (!steps.is_empty()).then(|| steps.join("; "))
    }
}

impl Briefing {
    /// The short tag of an item's sources in a row, in a briefing of several sources:
    /// `[nato-confirms]`, or `[nato-confirms +2]` for three; None in a briefing of one source
    /// or for an item that names none.
    pub fn source_tag(&self, sources: &[SourceIx]) -> Option<String> {
        let first = self.meta.sources[*sources.first()?].label();
        if !self.has_several_sources() {
            return None;
        }
        Some(match sources.len() {
            1 => format!("[{first}]"),
            n => format!("[{first} +{}]", n - 1),
        })
    }
}

impl Briefing {
    /// The sources item `item` of `pane` belongs to (an actor belongs to none).
    pub fn item_sources(&self, pane: Pane, item: usize) -> Vec<SourceIx> {
        match pane {
            Pane::Timeline => self.event_sources(item),
            Pane::Quotes => self.quote_source(item).into_iter().collect(),
            Pane::Implications => self.implication_sources(item),
            Pane::Actors => Vec::new(),
        }
    }

    /// The sources to cite for item `item` of `pane`: its own when it has any, else every
    /// source of the briefing.
    pub fn cited_sources(&self, pane: Pane, item: usize) -> Vec<SourceIx> {
        let own = self.item_sources(pane, item);
        match own.is_empty() {
            true => (0..self.meta.sources.len()).collect(),
            false => own,
        }
    }
}

/// What one source gave a briefing: how many of its quotes, events and implications belong
/// to it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Contribution {
    /// Quotes of the source.
    pub quotes: usize,
    /// Events it reports.
    pub events: usize,
    /// Implications that rest on it.
    pub implications: usize,
}

impl Briefing {
    /// What each source contributed, in the order of the sources.
    pub fn contributions(&self) -> Vec<Contribution> {
        let mut all = vec![Contribution::default(); self.meta.sources.len()];
        for q in 0..self.quotes.len() {
            if let Some(s) = self.quote_source(q) {
                all[s].quotes += 1;
            }
        }
        for e in 0..self.timeline.len() {
            for s in self.event_sources(e) {
                all[s].events += 1;
            }
        }
        for i in 0..self.implications.len() {
            for s in self.implication_sources(i) {
                all[s].implications += 1;
            }
        }
        all
    }
}

/// `named`, or the only source when nothing is named.
fn or_only(named: Vec<SourceIx>, only: Option<SourceIx>) -> Vec<SourceIx> {
    match (named.is_empty(), only) {
        (true, Some(only)) => vec![only],
        _ => named,
    }
}
