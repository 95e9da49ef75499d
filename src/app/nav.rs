//! Where the reader is: the focused pane and each pane's filter, selection and scroll. Small
//! and `Copy`, so Back can restore any earlier state exactly.

use super::Pane;
use super::narrow::Narrow;
use crate::briefing::Briefing;
use crate::briefing::model::{ActorIx, EventIx, ImplicationIx};
use crate::pane::View;
use crate::screen::layout::Shape;
use crate::screen::lines::RowList;

/// What a pane is narrowed to; the rows come straight from the briefing's indexes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filter {
    /// Quotes said by this actor.
    Speaker(ActorIx),
    /// Actors of this timeline event.
    EventActors(EventIx),
    /// Actors of this implication.
    ImplicationActors(ImplicationIx),
    /// Quotes that support this implication.
    ImplicationQuotes(ImplicationIx),
}

impl Filter {
    /// What the filter is named in the pane title: an actor's name or an item's title.
    pub fn label(self, briefing: &Briefing) -> &str {
        match self {
            Filter::Speaker(actor) => briefing.actors[actor].name.as_str(),
            Filter::EventActors(event) => briefing.timeline[event].title.as_str(),
            Filter::ImplicationActors(i) | Filter::ImplicationQuotes(i) => {
                briefing.implications[i].title.as_str()
            }
        }
    }
}

/// One pane's place: its filter, selected row and first visible row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PaneState {
    /// The filter, if any.
    pub filter: Option<Filter>,
    /// Selected row (a position in the pane's rows, not an item index).
    pub selected: usize,
    /// First row on screen.
    pub offset: usize,
}

/// The view, the focused pane and the state of all four.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Nav {
    /// What the body shows.
    pub view: View,
    /// The pane keys act on.
    pub focus: Pane,
    /// The focused pane fills the body, every item whole.
    pub zoom: bool,
    /// First line of the overview on screen.
    pub overview_scroll: usize,
    /// The implication chosen in the overview (an index into its links).
    pub overview_link: usize,
    /// What every pane is narrowed to.
    pub narrow: Narrow,
    pub(super) panes: [PaneState; 4],
}

impl Default for Nav {
    fn default() -> Nav {
        Nav {
            view: View::Panes,
            focus: Pane::Timeline,
            zoom: false,
            overview_scroll: 0,
            overview_link: 0,
            narrow: Narrow::default(),
            panes: [PaneState::default(); 4],
        }
    }
}

impl Nav {
    /// What decides the layout of a frame for this place.
    pub fn shape(&self) -> Shape {
        Shape {
            view: self.view,
            focus: self.focus,
            zoom: self.zoom,
        }
    }

    /// The state of `pane`.
    pub fn pane(&self, pane: Pane) -> &PaneState {
        &self.panes[pane.index()]
    }

    /// The state of `pane`, to change it.
    pub fn pane_mut(&mut self, pane: Pane) -> &mut PaneState {
        &mut self.panes[pane.index()]
    }

    /// The rows `pane` shows: every item, or the slice of an index its filter selects.
    pub fn rows<'b>(&self, briefing: &'b Briefing, pane: Pane) -> Rows<'b> {
        match self.pane(pane).filter {
            None => Rows::All(match pane {
                Pane::Timeline => briefing.timeline.len(),
                Pane::Actors => briefing.actors.len(),
                Pane::Quotes => briefing.quotes.len(),
                Pane::Implications => briefing.implications.len(),
            }),
            Some(Filter::Speaker(actor)) => Rows::Sorted(&briefing.actors[actor].quotes),
            Some(Filter::EventActors(event)) => Rows::Only(&briefing.timeline[event].actors),
            Some(Filter::ImplicationActors(i)) => Rows::Only(&briefing.implications[i].actors),
            Some(Filter::ImplicationQuotes(i)) => Rows::Only(&briefing.implications[i].quotes),
        }
    }
}

impl RowList for Rows<'_> {
    fn count(&self) -> usize {
        Rows::len(self)
    }

    fn item(&self, position: usize) -> Option<usize> {
        self.get(position)
    }
}

/// The items a pane lists, without copying: all of them, or a slice of an index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rows<'b> {
    /// Items `0..n`.
    All(usize),
    /// These items, in this order.
    Only(&'b [usize]),
    /// These items, in ascending order (so a row is found by binary search).
    Sorted(&'b [usize]),
}

impl Rows<'_> {
    /// Number of rows.
    pub fn len(&self) -> usize {
        match self {
            Rows::All(n) => *n,
            Rows::Only(items) | Rows::Sorted(items) => items.len(),
        }
    }

    /// True when there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at row `position`.
    pub fn get(&self, position: usize) -> Option<usize> {
        match self {
            Rows::All(n) => (position < *n).then_some(position),
            Rows::Only(items) | Rows::Sorted(items) => items.get(position).copied(),
        }
    }

    /// The row showing `item`, if it is shown.
    pub fn position(&self, item: usize) -> Option<usize> {
        match self {
            Rows::All(n) => (item < *n).then_some(item),
            Rows::Only(items) => items.iter().position(|&i| i == item),
            Rows::Sorted(items) => items.binary_search(&item).ok(),
        }
    }
}
