//! Narrowing every pane at once: to a region, a severity, a status, an actor, a grade, a
//! source or the search's matches. Each criterion picks items in one pane and carries over to what those
//! items name (a region's implications bring the quotes they cite and the actors they name;
//! an event status, the actors in those events), leaving alone a pane they name nothing in;
//! several criteria keep what all of them keep.

use std::collections::BTreeSet;

use super::Pane;
use super::search::Search;
use crate::briefing::Briefing;
use crate::briefing::grade::{Credibility, Likelihood, Reliability};
use crate::briefing::model::{ActorIx, Named, Severity, SourceIx, Status};
use crate::text::SafeText;

/// What the panes are narrowed to; empty means nothing is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Narrow {
    /// Implications of this region (an index into the briefing's distinct regions).
    pub region: Option<usize>,
    /// Implications of this severity.
    pub severity: Option<Severity>,
    /// Timeline events of this status.
    pub status: Option<Status>,
    /// Everything about this actor.
    pub actor: Option<ActorIx>,
    /// Only the search's matches.
    pub search: bool,
    /// Events and quotes graded at most this credibility (1 best).
    pub credibility: Option<Credibility>,
    /// Events and quotes whose source is at least this reliable (A best).
    pub reliability: Option<Reliability>,
    /// Implications at least this likely.
    pub likelihood: Option<Likelihood>,
    /// Everything one source gave.
    pub source: Option<SourceIx>,
}

/// One entry of the narrowing menu.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Choice {
    /// Narrow to a region (index into the distinct regions).
    Region(usize),
    /// Narrow to a severity.
    Severity(Severity),
    /// Narrow to a status.
    Status(Status),
    /// Narrow to an actor.
    Actor(ActorIx),
    /// Narrow to the search's matches.
    Search,
    /// Narrow to events and quotes of credibility at most this.
    Credibility(Credibility),
    /// Narrow to events and quotes whose source is at least this reliable.
    Reliability(Reliability),
    /// Narrow to implications at least this likely.
    Likelihood(Likelihood),
    /// Narrow to what one source gave.
    Source(SourceIx),
    /// Narrow to nothing.
    Clear,
}

impl Narrow {
    /// True when nothing is narrowed.
    pub fn is_empty(&self) -> bool {
        *self == Narrow::default()
    }

    /// Applies a menu choice: a criterion chosen again is dropped, another replaces its kind.
    pub fn toggle(&mut self, choice: Choice) {
        fn flip<T: PartialEq>(slot: &mut Option<T>, value: T) {
            *slot = if slot.as_ref() == Some(&value) {
                None
            } else {
                Some(value)
            };
        }
        match choice {
            Choice::Region(region) => flip(&mut self.region, region),
            Choice::Severity(severity) => flip(&mut self.severity, severity),
            Choice::Status(status) => flip(&mut self.status, status),
            Choice::Actor(actor) => flip(&mut self.actor, actor),
            Choice::Search => self.search = !self.search,
            Choice::Credibility(c) => flip(&mut self.credibility, c),
            Choice::Reliability(r) => flip(&mut self.reliability, r),
            Choice::Likelihood(l) => flip(&mut self.likelihood, l),
            Choice::Source(source) => flip(&mut self.source, source),
            Choice::Clear => *self = Narrow::default(),
        }
    }

    /// Whether `choice` is in effect.
    pub fn has(&self, choice: Choice) -> bool {
        match choice {
            Choice::Region(region) => self.region == Some(region),
            Choice::Severity(severity) => self.severity == Some(severity),
            Choice::Status(status) => self.status == Some(status),
            Choice::Actor(actor) => self.actor == Some(actor),
            Choice::Search => self.search,
            Choice::Credibility(c) => self.credibility == Some(c),
            Choice::Reliability(r) => self.reliability == Some(r),
            Choice::Likelihood(l) => self.likelihood == Some(l),
            Choice::Source(source) => self.source == Some(source),
            Choice::Clear => false,
        }
    }

    /// The criteria in words, for the status line: `region East Asia · actor Japan`.
    pub fn label(&self, b: &Briefing, regions: &[SafeText], search: &Search) -> String {
        let mut parts = Vec::new();
        if let Some(region) = self.region.and_then(|r| regions.get(r)) {
            parts.push(format!("region {region}"));
        }
        if let Some(severity) = self.severity {
            parts.push(format!("severity {}", severity.name()));
        }
        if let Some(status) = self.status {
            parts.push(format!("status {}", status.name()));
        }
        if let Some(actor) = self.actor.and_then(|a| b.actors.get(a)) {
            parts.push(format!("actor {}", actor.name));
        }
        if self.search {
            parts.push(format!("matches of /{}", search.query));
        }
        if let Some(c) = self.credibility {
            parts.push(format!("credibility at most {c}"));
        }
        if let Some(r) = self.reliability {
            parts.push(format!("reliability at least {r}"));
        }
        if let Some(l) = self.likelihood {
            parts.push(format!("likelihood at least {}", l.name()));
        }
        if let Some(source) = self.source.and_then(|s| b.meta.sources.get(s)) {
            parts.push(format!("source {}", source.label()));
        }
        parts.join(" · ")
    }
}

/// The distinct regions of the briefing's implications, in first-use order.
pub fn regions(b: &Briefing) -> Vec<SafeText> {
    let mut seen = BTreeSet::new();
    b.implications
        .iter()
        .filter(|i| seen.insert(i.region.as_str()))
        .map(|i| i.region.clone())
        .collect()
}

/// The items each pane keeps under `narrow`, ascending; None for a pane no criterion names
/// (a region narrows the implications, the quotes they cite and the actors they name, not
/// the timeline).
pub fn allowed(
    b: &Briefing,
    regions: &[SafeText],
    narrow: &Narrow,
    search: &Search,
) -> [Option<Vec<usize>>; 4] {
    let mut kept: [Option<BTreeSet<usize>>; 4] = Default::default();
    let criteria = [
        narrow.region.map(Choice::Region),
        narrow.severity.map(Choice::Severity),
        narrow.status.map(Choice::Status),
        narrow.actor.map(Choice::Actor),
        narrow.search.then_some(Choice::Search),
        narrow.credibility.map(Choice::Credibility),
        narrow.reliability.map(Choice::Reliability),
        narrow.likelihood.map(Choice::Likelihood),
        narrow.source.map(Choice::Source),
    ];
    for choice in criteria.into_iter().flatten() {
        for (have, new) in kept.iter_mut().zip(keeps(b, regions, choice, search)) {
            *have = match (have.take(), new) {
                (None, new) => new,
                (old, None) => old,
                (Some(mut old), Some(new)) => {
                    old.retain(|item| new.contains(item));
                    Some(old)
                }
            };
        }
    }
    kept.map(|set| set.map(|set| set.into_iter().collect()))
}

/// What one criterion keeps in each pane it names (None: it does not name that pane).
pub(super) fn keeps(
    b: &Briefing,
    regions: &[SafeText],
    choice: Choice,
    search: &Search,
) -> [Option<BTreeSet<usize>>; 4] {
    match choice {
        Choice::Region(region) => match regions.get(region) {
            Some(region) => from_implications(b, |i| b.implications[i].region == *region),
            None => Default::default(),
        },
        Choice::Severity(severity) => {
            from_implications(b, |i| b.implications[i].severity == Some(severity))
        }
        Choice::Status(status) => from_events(b, status),
        Choice::Actor(actor) if actor < b.actors.len() => from_actor(b, actor).map(Some),
        Choice::Search => {
            Pane::ALL.map(|pane| Some(search.matches(pane).iter().copied().collect()))
        }
        Choice::Credibility(ceiling) => from_graded(
            b,
            |e| {
                b.timeline[e]
                    .credibility
                    .is_some_and(|c| c.at_most(ceiling))
            },
            |q| b.quotes[q].credibility.is_some_and(|c| c.at_most(ceiling)),
        )
        .map(Some),
        Choice::Reliability(floor) => from_graded(
            b,
            |e| b.event_reliability(e).is_some_and(|r| r.at_least(floor)),
            |q| b.quote_reliability(q).is_some_and(|r| r.at_least(floor)),
        )
        .map(Some),
        Choice::Likelihood(floor) => from_implications(b, |i| {
            b.implications[i]
                .likelihood
                .is_some_and(|l| l.at_least(floor))
        }),
        Choice::Source(source) if source < b.meta.sources.len() => from_source(b, source).map(Some),
        Choice::Actor(_) | Choice::Source(_) | Choice::Clear => Default::default(),
    }
}

/// What one source gave: its events, quotes and implications, and the actors in those
/// events, speaking those quotes and named by those implications.
fn from_source(b: &Briefing, source: SourceIx) -> [BTreeSet<usize>; 4] {
    let events: BTreeSet<usize> = (0..b.timeline.len())
        .filter(|&e| b.event_sources(e).contains(&source))
        .collect();
    let quotes: BTreeSet<usize> = (0..b.quotes.len())
        .filter(|&q| b.quote_source(q) == Some(source))
        .collect();
    let implications: BTreeSet<usize> = (0..b.implications.len())
        .filter(|&i| b.implication_sources(i).contains(&source))
        .collect();
    let actors: BTreeSet<usize> = events
        .iter()
        .flat_map(|&e| b.timeline[e].actors.iter().copied())
        .chain(quotes.iter().map(|&q| b.quotes[q].speaker))
        .chain(
            implications
                .iter()
                .flat_map(|&i| b.implications[i].actors.iter().copied()),
        )
        .collect();
    [events, actors, quotes, implications]
}

/// Implications chosen by `pick`, the quotes they cite and the actors they name (with those
/// quotes' speakers); the timeline is not theirs to narrow.
fn from_implications(b: &Briefing, pick: impl Fn(usize) -> bool) -> [Option<BTreeSet<usize>>; 4] {
    let implications: BTreeSet<usize> = (0..b.implications.len()).filter(|&i| pick(i)).collect();
    let quotes: BTreeSet<usize> = implications
        .iter()
        .flat_map(|&i| b.implications[i].quotes.iter().copied())
        .collect();
    let actors: BTreeSet<usize> = implications
        .iter()
        .flat_map(|&i| b.implications[i].actors.iter().copied())
        .chain(quotes.iter().map(|&q| b.quotes[q].speaker))
        .collect();
    [None, Some(actors), Some(quotes), Some(implications)]
}

/// Events of `status` and the actors in them; quotes and implications are not theirs to
/// narrow.
fn from_events(b: &Briefing, status: Status) -> [Option<BTreeSet<usize>>; 4] {
    let events: BTreeSet<usize> = (0..b.timeline.len())
        .filter(|&e| b.timeline[e].status == Some(status))
        .collect();
    let actors: BTreeSet<usize> = events
        .iter()
        .flat_map(|&e| b.timeline[e].actors.iter().copied())
        .collect();
    [Some(events), Some(actors), None, None]
}

/// Events and quotes chosen by their grades, the actors in those events and speaking those
/// quotes, and the implications those quotes support.
fn from_graded(
    b: &Briefing,
    event: impl Fn(usize) -> bool,
    quote: impl Fn(usize) -> bool,
) -> [BTreeSet<usize>; 4] {
    let events: BTreeSet<usize> = (0..b.timeline.len()).filter(|&e| event(e)).collect();
    let quotes: BTreeSet<usize> = (0..b.quotes.len()).filter(|&q| quote(q)).collect();
    let actors: BTreeSet<usize> = events
        .iter()
        .flat_map(|&e| b.timeline[e].actors.iter().copied())
        .chain(quotes.iter().map(|&q| b.quotes[q].speaker))
        .collect();
    let implications: BTreeSet<usize> = quotes
        .iter()
        .flat_map(|&q| b.quotes[q].implications.iter().copied())
        .collect();
    [events, actors, quotes, implications]
}

/// Everything about one actor: their events, quotes by and about them, their implications.
fn from_actor(b: &Briefing, actor: ActorIx) -> [BTreeSet<usize>; 4] {
    let a = &b.actors[actor];
    let quotes: BTreeSet<usize> = a.quotes.iter().chain(&a.mentioned_in).copied().collect();
    let implications: BTreeSet<usize> = a
        .implications
        .iter()
        .copied()
        .chain(
            a.quotes
                .iter()
                .flat_map(|&q| b.quotes[q].implications.iter().copied()),
        )
        .collect();
    [
        a.events.iter().copied().collect(),
        BTreeSet::from([actor]),
        quotes,
        implications,
    ]
}
