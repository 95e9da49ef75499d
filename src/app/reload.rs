//! Carrying the reader's place over to a new version of the briefing after a reload: focus,
//! filters and selections are matched by id (by `when` and title for timeline events).

use std::collections::HashMap;

use super::{Filter, Narrow, Nav, Pane, PaneState};
use crate::briefing::Briefing;
use crate::text::SafeText;

/// Maps item indexes of an old version of a briefing to the new one, built once per reload.
pub struct Remap<'b> {
    old: &'b Briefing,
    new: &'b Briefing,
    old_regions: &'b [SafeText],
    new_regions: &'b [SafeText],
    actors: HashMap<&'b SafeText, usize>,
    quotes: HashMap<&'b SafeText, usize>,
    implications: HashMap<&'b SafeText, usize>,
    events: HashMap<(&'b SafeText, &'b SafeText), usize>,
}

impl<'b> Remap<'b> {
    /// Indexes the new version by id; `old_regions` and `new_regions` are each version's
    /// distinct regions (narrowing refers to them by index).
    pub fn new(
        old: &'b Briefing,
        new: &'b Briefing,
        old_regions: &'b [SafeText],
        new_regions: &'b [SafeText],
    ) -> Remap<'b> {
        Remap {
            old,
            new,
            old_regions,
            new_regions,
            actors: new
                .actors
                .iter()
                .enumerate()
                .map(|(i, a)| (&a.id, i))
                .collect(),
            quotes: new
                .quotes
                .iter()
                .enumerate()
                .map(|(i, q)| (&q.id, i))
                .collect(),
            implications: new
                .implications
                .iter()
                .enumerate()
                .map(|(i, m)| (&m.id, i))
                .collect(),
            events: new
                .timeline
                .iter()
                .enumerate()
                .map(|(i, e)| ((&e.when, &e.title), i))
                .collect(),
        }
    }

    /// The same place in the new version; what no longer exists falls back to the pane's
    /// first row, unfiltered.
    pub fn nav(&self, nav: Nav) -> Nav {
        let mut out = Nav {
            view: nav.view,
            focus: nav.focus,
            zoom: nav.zoom,
            overview_scroll: nav.overview_scroll,
            narrow: self.narrow(nav.narrow),
            ..Nav::default()
        };
        for pane in Pane::ALL {
            let state = nav.pane(pane);
            out.pane_mut(pane).filter = state.filter.and_then(|f| self.filter(f));
            let item = nav
                .rows(self.old, pane)
                .get(state.selected)
                .and_then(|item| self.item(pane, item));
            if let Some(position) = item.and_then(|item| out.rows(self.new, pane).position(item)) {
                let fresh: &mut PaneState = out.pane_mut(pane);
                fresh.selected = position;
                fresh.offset = state.offset.min(position);
            }
        }
        out
    }

    /// The same narrowing in the new version: an actor by id, a region by name; what no
    /// longer exists is dropped.
    fn narrow(&self, narrow: Narrow) -> Narrow {
        Narrow {
            region: narrow
                .region
                .and_then(|r| self.old_regions.get(r))
                .and_then(|name| self.new_regions.iter().position(|n| n == name)),
            actor: narrow.actor.and_then(|a| self.item(Pane::Actors, a)),
            ..narrow
        }
    }

    fn filter(&self, filter: Filter) -> Option<Filter> {
        Some(match filter {
            Filter::Speaker(a) => Filter::Speaker(self.item(Pane::Actors, a)?),
            Filter::EventActors(e) => Filter::EventActors(self.item(Pane::Timeline, e)?),
            Filter::ImplicationActors(i) => {
                Filter::ImplicationActors(self.item(Pane::Implications, i)?)
            }
            Filter::ImplicationQuotes(i) => {
                Filter::ImplicationQuotes(self.item(Pane::Implications, i)?)
            }
        })
    }

    /// The index in the new version of item `item` of `pane` in the old one.
    pub fn item(&self, pane: Pane, item: usize) -> Option<usize> {
        let old = self.old;
        match pane {
            Pane::Actors => self.actors.get(&old.actors[item].id).copied(),
            Pane::Quotes => self.quotes.get(&old.quotes[item].id).copied(),
            Pane::Implications => self.implications.get(&old.implications[item].id).copied(),
            Pane::Timeline => {
                let event = &old.timeline[item];
                self.events
                    .get(&(&event.when, &event.title))
                    .copied()
                    .or_else(|| (old.timeline.len() == self.new.timeline.len()).then_some(item))
            }
        }
    }
}
