//! Narrowing every pane at once: to a region, a severity, a status, an actor or the search's
//! matches. Each criterion picks items in one pane and carries over the links to the others
//! (a region's implications bring their quotes, those quotes' speakers and the events those
//! actors are in); several criteria keep what all of them keep.

use std::collections::BTreeSet;

use super::Pane;
use super::search::Search;
use crate::briefing::Briefing;
use crate::briefing::model::{ActorIx, Named, Severity, Status};
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
        parts.join(" · ")
    }
}

/// Every menu entry for `b`: clear, the search (when one is set), each region, severity,
/// status, then each actor.
pub fn choices(b: &Briefing, regions: &[SafeText], search: &Search) -> Vec<Choice> {
    let mut out = vec![Choice::Clear];
    if search.is_active() {
        out.push(Choice::Search);
    }
    out.extend((0..regions.len()).map(Choice::Region));
    out.extend(
        [Severity::High, Severity::Medium, Severity::Low]
            .into_iter()
            .map(Choice::Severity),
    );
    out.extend(Status::ALL.iter().map(|&(_, s)| Choice::Status(s)));
    out.extend((0..b.actors.len()).map(Choice::Actor));
    out
}

/// A menu entry in words.
pub fn choice_label(b: &Briefing, regions: &[SafeText], search: &Search, choice: Choice) -> String {
    match choice {
        Choice::Clear => "Show everything (clear every narrowing)".to_owned(),
        Choice::Search => format!("Search matches: /{}", search.query),
        Choice::Region(r) => format!("Region: {}", regions[r]),
        Choice::Severity(s) => format!("Severity: {}", s.name()),
        Choice::Status(s) => format!("Status: {}", s.name()),
        Choice::Actor(a) => format!("Actor: {}", b.actors[a].name),
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

/// The items each pane keeps under `narrow`, ascending.
pub fn allowed(
    b: &Briefing,
    regions: &[SafeText],
    narrow: &Narrow,
    search: &Search,
) -> [Vec<usize>; 4] {
    let mut kept: Option<[BTreeSet<usize>; 4]> = None;
    let mut keep = |sets: [BTreeSet<usize>; 4]| {
        kept = Some(match kept.take() {
            None => sets,
            Some(old) => {
                let mut both = old;
                for (have, new) in both.iter_mut().zip(sets) {
                    have.retain(|item| new.contains(item));
                }
                both
            }
        });
    };
    if let Some(region) = narrow.region.and_then(|r| regions.get(r)) {
        keep(from_implications(b, |i| {
            b.implications[i].region == *region
        }));
    }
    if let Some(severity) = narrow.severity {
        keep(from_implications(b, |i| {
            b.implications[i].severity == Some(severity)
        }));
    }
    if let Some(status) = narrow.status {
        keep(from_events(b, status));
    }
    if let Some(actor) = narrow.actor.filter(|&a| a < b.actors.len()) {
        keep(from_actor(b, actor));
    }
    if narrow.search {
        keep(Pane::ALL.map(|pane| search.matches(pane).iter().copied().collect()));
    }
    kept.map_or_else(Default::default, |sets| {
        sets.map(|set| set.into_iter().collect())
    })
}

/// Implications chosen by `pick`, their quotes, their actors and those quotes' speakers, and
/// the events those actors are in.
fn from_implications(b: &Briefing, pick: impl Fn(usize) -> bool) -> [BTreeSet<usize>; 4] {
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
    let events = events_of(b, &actors);
    [events, actors, quotes, implications]
}

/// Events of `status`, their actors, those actors' quotes, and implications naming them.
fn from_events(b: &Briefing, status: Status) -> [BTreeSet<usize>; 4] {
    let events: BTreeSet<usize> = (0..b.timeline.len())
        .filter(|&e| b.timeline[e].status == Some(status))
        .collect();
    let actors: BTreeSet<usize> = events
        .iter()
        .flat_map(|&e| b.timeline[e].actors.iter().copied())
        .collect();
    let quotes: BTreeSet<usize> = actors
        .iter()
        .flat_map(|&a| b.actors[a].quotes.iter().copied())
        .collect();
    let implications: BTreeSet<usize> = actors
        .iter()
        .flat_map(|&a| b.actors[a].implications.iter().copied())
        .chain(
            quotes
                .iter()
                .flat_map(|&q| b.quotes[q].implications.iter().copied()),
        )
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

/// Events any of `actors` take part in.
fn events_of(b: &Briefing, actors: &BTreeSet<usize>) -> BTreeSet<usize> {
    actors
        .iter()
        .flat_map(|&a| b.actors[a].events.iter().copied())
        .collect()
}
