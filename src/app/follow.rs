//! Following links between items, going back and forward, and jumping between one speaker's
//! quotes.

use super::{App, Filter, Pane, PaneState, Place, View};

impl App {
    /// Shows `filter` in `pane`, focused, from its first row.
    pub(super) fn show_filtered(&mut self, pane: Pane, filter: Option<Filter>) {
        let before = self.place();
        *self.nav.pane_mut(pane) = PaneState {
            filter,
            selected: 0,
            offset: 0,
        };
        self.focus(pane);
        self.remember(before);
    }

    /// Selects `item` in `pane`, clearing a filter (and the narrowing) that hides it, and
    /// focuses the pane.
    pub(super) fn select_item(&mut self, pane: Pane, item: usize) {
        if self.rows(pane).position(item).is_none() {
            self.nav.pane_mut(pane).filter = None;
            self.refresh_rows();
        }
        if self.rows(pane).position(item).is_none() {
            self.nav.narrow = super::Narrow::default();
            self.refresh_rows();
        }
        self.select_row_of(pane, Some(item));
        self.focus(pane);
    }

    pub(super) fn follow(&mut self) {
        if self.nav.view == View::Overview {
            self.nav.view = View::Panes;
            return;
        }
        let focus = self.nav.focus;
        let Some(item) = self.selected(focus) else {
            self.notice = Some("Nothing selected".into());
            return;
        };
        let b = &self.briefing;
        match focus {
            Pane::Actors if b.actors[item].quotes.is_empty() => {
                self.notice = Some(format!(
                    "No quotes by {} (Space lists quotes about them)",
                    b.actors[item].name
                ));
            }
            Pane::Actors => self.show_filtered(Pane::Quotes, Some(Filter::Speaker(item))),
            Pane::Quotes => {
                let (speaker, before) = (b.quotes[item].speaker, self.place());
                self.select_item(Pane::Actors, speaker);
                self.remember(before);
            }
            Pane::Timeline if b.timeline[item].actors.is_empty() => {
                self.notice = Some("This event names no actors".into());
            }
            Pane::Timeline => self.show_filtered(Pane::Actors, Some(Filter::EventActors(item))),
            Pane::Implications if !b.implications[item].quotes.is_empty() => {
                self.show_filtered(Pane::Quotes, Some(Filter::ImplicationQuotes(item)));
            }
            Pane::Implications if !b.implications[item].actors.is_empty() => {
                self.show_filtered(Pane::Actors, Some(Filter::ImplicationActors(item)));
            }
            Pane::Implications => {
                self.notice = Some("This implication cites no quotes or actors".into())
            }
        }
    }

    /// Back one step; past the first, back to the screen this reader was opened from.
    pub(super) fn back(&mut self) -> Option<super::Effect> {
        match self.history.pop() {
            Some(place) => {
                self.forward.push(self.place());
                self.go_to(place);
            }
            None if self.opened_from_elsewhere => return Some(super::Effect::Return),
            None => self.notice = Some("Nothing to go back to".into()),
        }
        None
    }

    pub(super) fn go_forward(&mut self) {
        match self.forward.pop() {
            Some(place) => {
                self.history.push(self.place());
                self.go_to(place);
            }
            None => self.notice = Some("Nothing to go forward to".into()),
        }
    }

    fn go_to(&mut self, place: Place) {
        self.nav = place.nav;
        self.overlay = place.overlay;
        self.refresh_rows();
    }

    /// `]` / `[`: the next or previous quote by the selected quote's speaker, wrapping.
    pub(super) fn by_speaker(&mut self, forward: bool) {
        if self.nav.focus != Pane::Quotes {
            self.notice = Some("] and [ move between quotes by one speaker in Quotes".into());
            return;
        }
        let Some(quote) = self.selected(Pane::Quotes) else {
            return;
        };
        let speaker = &self.briefing.actors[self.briefing.quotes[quote].speaker];
        let spoken = &speaker.quotes;
        let at = spoken.binary_search(&quote).unwrap_or(0);
        let (target, wrapped) = match forward {
            true if at + 1 < spoken.len() => (spoken[at + 1], false),
            true => (spoken[0], true),
            false if at > 0 => (spoken[at - 1], false),
            false => (spoken[spoken.len() - 1], true),
        };
        if target == quote {
            self.notice = Some(format!("{} has no other quote", speaker.name));
            return;
        }
        if wrapped {
            self.notice = Some(format!(
                "Wrapped to the {} quote by {}",
                if forward { "first" } else { "last" },
                speaker.name
            ));
        }
        let before = self.place();
        self.select_item(Pane::Quotes, target);
        self.remember(before);
    }
}
