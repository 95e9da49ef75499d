//! The search prompt: typing narrows incrementally from where the search started (the focused
//! pane's selection, or the overview), Enter keeps the query, Esc returns to the start;
//! `n`/`N` walk the matches across the overview and every pane. A whole search is one Back
//! step, however many matches are walked.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::search::Spot;
use super::{App, Effect, View};

impl App {
    pub(super) fn start_search(&mut self) {
        self.overlay = None;
        self.search_origin = Some(self.place());
        self.search.editing = true;
        self.search.set_query(&self.briefing, String::new());
    }

    /// Keys while the search prompt is open.
    pub(super) fn edit_search(&mut self, key: KeyEvent) -> Option<Effect> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let query = match key.code {
            KeyCode::Enter => {
                self.search.editing = false;
                if let Some(origin) = self.search_origin.take() {
                    self.remember(origin);
                }
                if self.search.is_active() && self.search.match_count() == 0 {
                    self.notice = Some(format!("No match for {}", self.search.query));
                }
                return None;
            }
            KeyCode::Esc => return self.cancel_search(),
            KeyCode::Char('u') if ctrl => String::new(),
            KeyCode::Backspace if self.search.query.is_empty() => return self.cancel_search(),
            _ => super::prompt::typed(&self.search.query, &key)?,
        };
        self.edit_query(query);
        None
    }

    /// Sets the query being typed and moves to its first match from where the search began.
    pub(super) fn edit_query(&mut self, query: String) {
        self.search.set_query(&self.briefing, query);
        if let Some(origin) = self.search_origin {
            self.nav = origin.nav;
            self.refresh_rows();
            if let Some((spot, _)) = self.search.find(self.spot(), true, true) {
                self.show_spot(spot);
            }
        }
    }

    pub(super) fn cancel_search(&mut self) -> Option<Effect> {
        // Back to where the search started; a narrowing to the matches of this search's
        // query goes with it, the selected items kept.
        if let Some(origin) = self.search_origin.take() {
            self.nav = origin.nav;
        }
        self.keeping_selection(|app| {
            app.search.clear();
            app.nav.narrow.search = false;
        });
        None
    }

    /// Where the reader is, as a place a match can be.
    fn spot(&self) -> Spot {
        match self.nav.view {
            View::Overview => Spot::Overview,
            _ => {
                let focus = self.nav.focus;
                Spot::Item(focus, self.selected(focus).unwrap_or(0))
            }
        }
    }

    /// Shows a match: the overview scrolled to its first matching line, or the item selected
    /// in its pane (a row shows a match in a field it does not show as a snippet line).
    fn show_spot(&mut self, spot: Spot) {
        match spot {
            Spot::Overview => {
                self.nav.view = View::Overview;
                self.refresh_overview();
                let query = self.search.folded_query();
                self.nav.overview_scroll = self
                    .overview()
                    .iter()
                    .position(|line| {
                        line.iter()
                            .any(|p| crate::fold::fold(&p.text).contains(query))
                    })
                    .unwrap_or(0);
            }
            Spot::Item(pane, item) => self.select_item(pane, item),
        }
    }

    /// `n`/`N`: the next or previous match. The status line says which match of how many,
    /// and when the walk wrapped around.
    pub(super) fn jump_to_match(&mut self, forward: bool) {
        if !self.search.is_active() {
            self.notice = Some("No search: press / to search".into());
            return;
        }
        match self.search.find(self.spot(), forward, false) {
            Some((spot, wrapped)) => {
                self.show_spot(spot);
                if wrapped {
                    self.notice = Some(format!(
                        "Search wrapped to the {}",
                        if forward { "first match" } else { "last match" }
                    ));
                }
            }
            None => self.notice = Some(format!("No match for {}", self.search.query)),
        }
    }

    /// `match 2/4` when the reader is on a match, else `4 matches`.
    pub fn match_status(&self) -> String {
        let total = self.search.match_count();
        match self.search.rank(self.spot()) {
            Some(rank) => format!("match {rank}/{total}"),
            None => self.search.count_label(),
        }
    }
}
