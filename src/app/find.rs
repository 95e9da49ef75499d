//! The search prompt: typing narrows incrementally from where the search started, Enter keeps
//! the query, Esc returns to the start; `n`/`N` jump between matches across all panes.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::{App, Effect};

impl App {
    pub(super) fn start_search(&mut self) {
        self.search_origin = Some(self.nav);
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
            KeyCode::Char('c') if ctrl => return self.cancel_search(),
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
            self.nav = origin;
            let from = (origin.focus, self.selected(origin.focus).unwrap_or(0));
            if let Some((pane, item)) = self.search.find(from, true, true) {
                self.select_item(pane, item);
            }
            self.reveal_all();
        }
    }

    pub(super) fn cancel_search(&mut self) -> Option<Effect> {
        if let Some(origin) = self.search_origin.take() {
            self.nav = origin;
        }
        self.search.clear();
        None
    }

    pub(super) fn jump_to_match(&mut self, forward: bool) {
        if !self.search.is_active() {
            self.notice = Some("No search: press / to search".into());
            return;
        }
        let focus = self.nav.focus;
        let from = (focus, self.selected(focus).unwrap_or(0));
        match self.search.find(from, forward, false) {
            Some((pane, item)) => {
                let before = self.nav;
                self.select_item(pane, item);
                self.remember(before);
            }
            None => self.notice = Some(format!("No match for {}", self.search.query)),
        }
    }
}
