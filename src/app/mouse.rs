//! The mouse: a click focuses the pane under it and selects the row (a double click, which
//! the event loop reports as a click then Follow, follows); a click on the tab bar switches
//! view or pane; the wheel scrolls the pane, the overview or the overlay under the pointer.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use super::{App, Pane, View};
use crate::action::Action;
use crate::screen::layout::{self, Tab};

impl App {
    /// Whether (`column`, `row`) is on an item of a pane, with no overlay over it: what a
    /// double click follows.
    pub fn is_on_item(&self, column: u16, row: u16) -> bool {
        if self.overlay.is_some() {
            return false;
        }
        let Some(layout) = layout::layout(self.area, self.nav.shape()) else {
            return false;
        };
        let point = Position::new(column, row);
        Pane::ALL.into_iter().any(|pane| {
            layout.panes[pane.index()].is_some_and(|rect| {
                let inner = layout::inner(rect);
                inner.contains(point)
                    && self
                        .pane_rows(pane, rect)
                        .position_at_line(self.nav.pane(pane).offset, usize::from(row - inner.y))
                        .is_some()
            })
        })
    }

    pub(super) fn mouse(&mut self, event: MouseEvent) {
        const WHEEL_STEP: isize = 3;
        let step = match event.kind {
            MouseEventKind::ScrollDown => WHEEL_STEP,
            MouseEventKind::ScrollUp => -WHEEL_STEP,
            MouseEventKind::Down(MouseButton::Left) => 0,
            _ => return,
        };
        if self.overlay.is_some() {
            let action = if step > 0 {
                Action::HalfPageDown
            } else {
                Action::HalfPageUp
            };
            if step != 0 {
                self.act(action);
            }
            return;
        }
        let Some(layout) = layout::layout(self.area, self.nav.shape()) else {
            return;
        };
        let point = Position::new(event.column, event.row);
        if layout.tabs.contains(point) {
            match (step, layout::tab_at(layout.tabs, event.column)) {
                (0, Some(Tab::Pane(pane))) => self.focus(pane),
                (0, Some(Tab::View(view))) => self.nav.view = view,
                _ => {}
            }
            return;
        }
        if self.nav.view == View::Overview {
            match step {
                0 if layout.body.contains(point) => {
                    let line = self.nav.overview_scroll + usize::from(event.row - layout.body.y);
                    self.choose_in_overview(line);
                }
                0 => {}
                _ => self.move_by(step),
            }
            return;
        }
        let Some((pane, rect)) = Pane::ALL.into_iter().find_map(|p| {
            layout.panes[p.index()]
                .filter(|r| r.contains(point))
                .map(|r| (p, r))
        }) else {
            return;
        };
        if step != 0 {
            let state = self.nav.pane_mut(pane);
            state.selected = state.selected.saturating_add_signed(step);
            return;
        }
        self.nav.focus = pane;
        let inner = layout::inner(rect);
        if inner.contains(point) {
            let offset = self.nav.pane(pane).offset;
            let line = usize::from(event.row - inner.y);
            if let Some(position) = self.pane_rows(pane, rect).position_at_line(offset, line) {
                self.nav.pane_mut(pane).selected = position;
            }
        }
    }
}
