//! The narrowing menu (`f`): every criterion that keeps something, with what it keeps,
//! filtered as the user types. It owns the keyboard while it is open: letters type into the
//! filter, the arrows move, Enter toggles the chosen entry, Esc clears the filter, then
//! closes; no key reaches the panes behind it.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::facets::{Facet, search_facet};
use super::{App, Effect, Overlay, Pane, View};
use crate::action::Action;
use crate::app::list::key_move;
use crate::fold::fold;

/// The open menu: the filter typed so far and the entries it lets through.
#[derive(Clone, Debug, Default)]
pub struct Menu {
    /// The filter as typed.
    pub query: String,
    /// The search's entry, while a search with matches is set.
    search: Option<Facet>,
    /// The entries shown, in order: None for the search's, else an index into the facets.
    shown: Vec<Option<usize>>,
}

impl App {
    /// Opens the menu with an empty filter, on its first entry.
    pub(super) fn open_menu(&mut self) {
        self.menu = Menu {
            query: String::new(),
            search: search_facet(&self.briefing, &self.regions, &self.search),
            shown: Vec::new(),
        };
        self.filter_menu(String::new());
        self.overlay = Some(Overlay::Narrow { selected: 0 });
    }

    /// The menu's filter as typed.
    pub fn menu_query(&self) -> &str {
        &self.menu.query
    }

    /// How many entries the menu shows.
    pub fn menu_len(&self) -> usize {
        self.menu.shown.len()
    }

    /// The menu's entry at `position`.
    pub fn menu_entry(&self, position: usize) -> Option<&Facet> {
        match *self.menu.shown.get(position)? {
            None => self.menu.search.as_ref(),
            Some(facet) => self.facets.get(facet),
        }
    }

    /// Sets the filter and the entries whose words hold it (the search's entry second, after
    /// "show everything"), choosing the first.
    fn filter_menu(&mut self, query: String) {
        let folded = fold(&query);
        let mut shown: Vec<Option<usize>> = self
            .facets
            .iter()
            .enumerate()
            .filter(|(_, f)| f.matches(&folded))
            .map(|(n, _)| Some(n))
            .collect();
        if self
            .menu
            .search
            .as_ref()
            .is_some_and(|f| f.matches(&folded))
        {
            let clear = shown.first() == Some(&Some(0));
            shown.insert(usize::from(clear), None);
        }
        self.menu.shown = shown;
        self.menu.query = query;
        self.overlay = Some(Overlay::Narrow { selected: 0 });
    }

    /// A key while the menu is open.
    pub(super) fn menu_key(&mut self, selected: usize, key: KeyEvent) -> Option<Effect> {
        let typing = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match key.code {
            KeyCode::Esc if !self.menu.query.is_empty() => self.filter_menu(String::new()),
            KeyCode::Esc => self.overlay = None,
            KeyCode::Enter => self.choose(selected),
            KeyCode::Char(_) | KeyCode::Backspace if typing => {
                if let Some(query) = super::prompt::typed(&self.menu.query, &key) {
                    self.filter_menu(query);
                }
            }
            _ => match key_move(&key, (self.overlay_page() / 2).max(1) as isize) {
                Some(delta) => self.move_in_menu(selected, delta),
                // Suspend and repaint work everywhere; nothing else reaches the panes.
                None => match self.keymap.action(&key) {
                    Some(Action::Suspend) => return Some(Effect::Suspend),
                    Some(Action::Redraw) => return Some(Effect::Redraw),
                    _ => {}
                },
            },
        }
        None
    }

    /// Pasted text, while the menu is open: typed into its filter.
    pub(super) fn paste_in_menu(&mut self, text: &str) {
        let query = super::prompt::pasted(&self.menu.query, text);
        self.filter_menu(query);
    }

    /// An action while the menu is open (from the mouse, or a test): the menu's moves, Enter,
    /// and Esc, `q` or `f` to close; nothing else.
    pub(super) fn act_in_menu(&mut self, selected: usize, action: Action) -> Option<Effect> {
        let page = (self.overlay_page() / 2).max(1) as isize;
        match action {
            Action::Quit | Action::Cancel | Action::Narrow => self.overlay = None,
            Action::Next => self.move_in_menu(selected, 1),
            Action::Previous => self.move_in_menu(selected, -1),
            Action::HalfPageDown => self.move_in_menu(selected, page),
            Action::HalfPageUp => self.move_in_menu(selected, -page),
            Action::First => self.move_in_menu(selected, isize::MIN),
            Action::Last => self.move_in_menu(selected, isize::MAX),
            Action::Follow => self.choose(selected),
            Action::Suspend => return Some(Effect::Suspend),
            Action::Redraw => return Some(Effect::Redraw),
            _ => self.notice = Some("Type to filter the menu · Esc closes it".into()),
        }
        None
    }

    fn move_in_menu(&mut self, selected: usize, delta: isize) {
        let last = self.menu_len().saturating_sub(1);
        self.overlay = Some(Overlay::Narrow {
            selected: selected.saturating_add_signed(delta).min(last),
        });
    }

    /// Toggles the entry at `selected` and closes the menu.
    fn choose(&mut self, selected: usize) {
        let Some(choice) = self.menu_entry(selected).map(|f| f.choice) else {
            self.notice = Some(format!("No choice matches {}", self.menu.query));
            return;
        };
        self.overlay = None;
        let items = Pane::ALL.map(|pane| self.selected(pane));
        let mut narrow = self.nav.narrow;
        narrow.toggle(choice);
        let before = self.place();
        self.nav.narrow = narrow;
        self.nav.view = View::Panes;
        for (pane, item) in Pane::ALL.into_iter().zip(items) {
            self.select_row_of(pane, item);
        }
        self.remember(before);
        self.notice = Some(if narrow.is_empty() {
            "Showing everything".to_owned()
        } else {
            format!(
                "Narrowed to {}",
                narrow.label(&self.briefing, &self.regions, &self.search)
            )
        });
    }
}
