//! What each pane lists (its filter and the narrowing) and which of its rows are on screen:
//! the model scrolls by the same lines the view draws.

use ratatui::layout::Rect;

use super::{App, Filter, Narrow, Nav, Pane, Rows, View};
use crate::screen::layout;
use crate::screen::lines::{Extent, Marks, PaneRows};

/// Columns used by the selection marker at the start of each row.
pub const MARKER_WIDTH: u16 = 2;

/// The rows of each pane under a narrowing, kept until the narrowing or a filter changes.
#[derive(Debug)]
pub struct Narrowed {
    narrow: Narrow,
    filters: [Option<Filter>; 4],
    /// The search's revision, when the narrowing keeps its matches.
    search: Option<u64>,
    /// Per pane: the rows, and whether they are ascending; None for a pane no criterion
    /// narrows.
    rows: [Option<(Vec<usize>, bool)>; 4],
}

impl App {
    /// The rows `pane` shows under its filter and the narrowing.
    pub fn rows(&self, pane: Pane) -> Rows<'_> {
        match self
            .narrowed
            .as_ref()
            .and_then(|n| n.rows[pane.index()].as_ref())
        {
            Some((rows, true)) => Rows::Sorted(rows),
            Some((rows, false)) => Rows::Only(rows),
            None => self.nav.rows(&self.briefing, pane),
        }
    }

    /// Whether the narrowing leaves out items of `pane` (a region narrows no events).
    pub fn is_narrowed(&self, pane: Pane) -> bool {
        self.narrowed
            .as_ref()
            .is_some_and(|n| n.rows[pane.index()].is_some())
    }

    /// The item selected in `pane`, if the pane has any rows.
    pub fn selected(&self, pane: Pane) -> Option<usize> {
        self.rows(pane).get(self.nav.pane(pane).selected)
    }

    /// Rebuilds the narrowed rows when the narrowing or a filter changed since they were built.
    pub(super) fn refresh_rows(&mut self) {
        let narrow = self.nav.narrow;
        if narrow.is_empty() {
            self.narrowed = None;
            return;
        }
        let filters = Pane::ALL.map(|pane| self.nav.pane(pane).filter);
        let search = narrow.search.then(|| self.search.revision());
        if self
            .narrowed
            .as_ref()
            .is_some_and(|n| n.narrow == narrow && n.filters == filters && n.search == search)
        {
            return;
        }
        let allowed = super::narrow::allowed(&self.briefing, &self.regions, &narrow, &self.search);
        let rows = Pane::ALL.map(|pane| {
            let base = self.nav.rows(&self.briefing, pane);
            let keep = allowed[pane.index()].as_ref()?;
            Some(match base {
                Rows::All(_) => (keep.clone(), true),
                Rows::Sorted(items) | Rows::Only(items) => (
                    items
                        .iter()
                        .copied()
                        .filter(|item| keep.binary_search(item).is_ok())
                        .collect(),
                    matches!(base, Rows::Sorted(_)),
                ),
            })
        });
        self.narrowed = Some(Narrowed {
            narrow,
            filters,
            search,
            rows,
        });
    }

    /// Runs `change` (which may change what the panes list) keeping each pane's selected item
    /// selected where it is still listed.
    pub(super) fn keeping_selection(&mut self, change: impl FnOnce(&mut App)) {
        let items = Pane::ALL.map(|pane| self.selected(pane));
        change(self);
        for (pane, item) in Pane::ALL.into_iter().zip(items) {
            self.select_row_of(pane, item);
        }
    }

    /// Selects the row showing `item` in `pane` (the first row when it is not shown).
    pub(super) fn select_row_of(&mut self, pane: Pane, item: Option<usize>) {
        self.refresh_rows();
        let position = item
            .and_then(|item| self.rows(pane).position(item))
            .unwrap_or(0);
        self.nav.pane_mut(pane).selected = position;
    }

    /// The body of the screen (everything between the tab bar and the status line).
    pub(super) fn body(&self) -> Rect {
        layout::layout(self.area, self.nav.shape()).map_or(Rect::default(), |l| l.body)
    }

    /// The box of `pane` when it is on screen.
    pub(super) fn pane_rect(&self, pane: Pane) -> Option<Rect> {
        layout::layout(self.area, self.nav.shape())?.panes[pane.index()]
    }

    /// Lines for rows in `pane`'s box (or in the box it would have when focused).
    pub(super) fn pane_height(&self, pane: Pane) -> u16 {
        let rect = self.pane_rect(pane).or_else(|| {
            let nav = Nav {
                focus: pane,
                view: View::Panes,
                ..self.nav
            };
            layout::layout(self.area, nav.shape())?.panes[pane.index()]
        });
        rect.map_or(1, |r| layout::inner(r).height.max(1))
    }

    /// Search matches and misquotes, for building rows.
    pub fn marks(&self) -> Marks<'_> {
        let query = if self.search.is_active() {
            self.search.folded_query()
        } else {
            ""
        };
        Marks {
            folded_query: query,
            matches: Pane::ALL.map(|pane| self.search.matches(pane)),
            misquotes: &self.misquotes,
            badges: matches!(self.annotations, super::marks::Annotations::Ready { .. })
                .then_some(self as &dyn crate::screen::lines::Badges),
        }
    }

    /// Everything needed to build `pane`'s rows in the box `rect`, as tall as the last
    /// settling found they can be.
    pub fn pane_rows(&self, pane: Pane, rect: Rect) -> PaneRows<'_, Rows<'_>> {
        self.rows_in(pane, rect, self.extents[pane.index()])
    }

    /// `pane`'s rows in the box `rect`, each part of a row at most as tall as `extent` says.
    fn rows_in(&self, pane: Pane, rect: Rect, extent: Extent) -> PaneRows<'_, Rows<'_>> {
        let inner = layout::inner(rect);
        PaneRows {
            briefing: &self.briefing,
            marks: self.marks(),
            pane,
            rows: self.rows(pane),
            width: usize::from(inner.width.saturating_sub(MARKER_WIDTH)),
            height: usize::from(inner.height.max(1)),
            extent,
            cache: Some(&self.row_cache),
        }
    }

    /// How tall `pane`'s rows are in the box `rect`: every field whole when zoomed, rows that
    /// grow with the pane, and each row whole when all fit. Found once per change (it lays
    /// out a screen of rows), kept for the frame and the clicks that follow.
    fn fit_rows(&mut self, pane: Pane, rect: Rect) {
        let height = usize::from(layout::inner(rect).height.max(1));
        let extent = if self.nav.zoom {
            Extent::Full
        } else {
            Extent::for_height(height)
        };
        self.extents[pane.index()] = self.rows_in(pane, rect, extent).fitted().extent;
    }

    /// Clamps `pane`'s selection to its rows and scrolls so that it is on screen.
    pub(super) fn reveal(&mut self, pane: Pane) {
        let len = self.rows(pane).len();
        let state = *self.nav.pane(pane);
        let selected = state.selected.min(len.saturating_sub(1));
        let offset = match self.pane_rect(pane) {
            Some(rect) => {
                self.fit_rows(pane, rect);
                self.pane_rows(pane, rect)
                    .offset_showing(selected, state.offset.min(selected))
            }
            None => state.offset.min(selected),
        };
        let state = self.nav.pane_mut(pane);
        state.selected = selected;
        state.offset = offset;
    }
}
