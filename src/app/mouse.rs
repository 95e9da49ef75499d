//! The mouse: a click focuses the pane under it and selects the row; the wheel scrolls.

use ratatui::crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::{App, Pane};
use crate::action::Action;
use crate::ui::layout;

impl App {
    /// A click focuses the pane under it and selects the row; the wheel scrolls the pane (or
    /// the overlay) under the pointer.
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
                Action::Next
            } else {
                Action::Previous
            };
            for _ in 0..step.unsigned_abs() {
                self.act(action);
            }
            return;
        }
        let Some(layout) = layout::layout(self.area, self.nav.focus) else {
            return;
        };
        let point = ratatui::layout::Position::new(event.column, event.row);
        if let Some(tabs) = layout.tabs
            && tabs.contains(point)
            && step == 0
        {
            if let Some(pane) = layout::tab_at(tabs, event.column) {
                self.focus(pane);
            }
            return;
        }
        let Some(pane) = Pane::ALL
            .into_iter()
            .find(|p| layout.panes[p.index()].is_some_and(|r| r.contains(point)))
        else {
            return;
        };
        if step != 0 {
            let state = self.nav.pane_mut(pane);
            state.selected = state.selected.saturating_add_signed(step);
            self.reveal(pane);
            return;
        }
        let rect = layout.panes[pane.index()].unwrap_or_default();
        let inner_top = rect.y + 1;
        self.nav.focus = pane;
        if event.row >= inner_top && event.row < rect.bottom().saturating_sub(1) {
            let slot = usize::from((event.row - inner_top) / layout::item_height(pane));
            let position = self.nav.pane(pane).offset + slot;
            if position < self.rows(pane).len() {
                self.nav.pane_mut(pane).selected = position;
            }
        }
        self.reveal(pane);
    }
}
