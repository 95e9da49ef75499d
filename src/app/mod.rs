//! The model: which pane has focus, each pane's selection, scroll and filter, the history for
//! Back, the search and the overlays. `update` turns a message into a new state and asks for
//! side effects by returning them; it does no I/O.

mod find;
mod follow;
mod mouse;
mod nav;
pub mod picker;
mod prompt;
mod reload;
pub mod search;

pub use nav::{Filter, Nav, PaneState, Rows};

use ratatui::crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};
use ratatui::layout::Rect;

use crate::action::Action;
use crate::briefing::Briefing;
use crate::keymap::Keymap;
use crate::provenance::SourceState;
use crate::text::SafeText;
use crate::ui::layout;
use search::Search;

pub use crate::pane::Pane;

/// A window over the panes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The key bindings, scrolled by this many lines.
    Help { scroll: usize },
    /// Everything about one item, scrolled by this many lines.
    Detail {
        pane: Pane,
        item: usize,
        scroll: usize,
    },
}

/// What the event loop should do after an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Leave the reader.
    Quit,
    /// Put this text on the clipboard.
    Copy(String),
    /// Open this URL with the platform opener.
    Open(String),
    /// Repaint the whole screen.
    Redraw,
    /// Suspend to the shell.
    Suspend,
    /// Read the briefing from disk again.
    Reload,
    /// Go back to the picker.
    Library,
}

/// Input to `update`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Msg {
    /// A key was pressed.
    Key(KeyEvent),
    /// The mouse did something.
    Mouse(MouseEvent),
    /// The terminal has a new size.
    Resize(u16, u16),
    /// Text was pasted (bracketed paste): typed into a query where one is open.
    Paste(String),
    /// A bound action, from a key or from a test.
    Action(Action),
}

/// Everything the reader shows and remembers for one open briefing.
#[derive(Debug)]
pub struct App {
    /// The briefing being read.
    pub briefing: Briefing,
    /// Key bindings.
    pub keymap: Keymap,
    /// The terminal area.
    pub area: Rect,
    /// Focus and per-pane state.
    pub nav: Nav,
    /// Where Back goes, most recent last.
    history: Vec<Nav>,
    /// Where the search started (restored when it is cancelled).
    search_origin: Option<Nav>,
    /// The search.
    pub search: Search,
    /// An open overlay.
    pub overlay: Option<Overlay>,
    /// A message for the status line, cleared by the next key.
    pub notice: Option<String>,
    /// Why the last reload failed; shown until a reload succeeds.
    pub reload_error: Option<String>,
    /// The briefing's source text and where each quote stands in it, when a source is named.
    pub provenance: Option<SourceState>,
}

/// Most steps Back can go.
const HISTORY_LIMIT: usize = 1000;

impl App {
    /// A reader on `briefing`, focused on the first pane, for a terminal of `area`.
    pub fn new(briefing: Briefing, keymap: Keymap, area: Rect) -> App {
        App {
            briefing,
            keymap,
            area,
            nav: Nav::default(),
            history: Vec::new(),
            search_origin: None,
            search: Search::default(),
            overlay: None,
            notice: None,
            reload_error: None,
            provenance: None,
        }
    }

    /// Shows a new version of the briefing, keeping focus, filters and selections by id, and
    /// the history of places for Back.
    pub fn replace_briefing(&mut self, new: Briefing) {
        let remap = reload::Remap::new(&self.briefing, &new);
        let nav = remap.nav(self.nav);
        let history: Vec<Nav> = self.history.iter().map(|&n| remap.nav(n)).collect();
        let origin = self.search_origin.map(|n| remap.nav(n));
        self.briefing = new;
        self.nav = nav;
        self.history = history;
        self.search_origin = origin;
        self.overlay = None;
        self.reload_error = None;
        self.search.rebuild(&self.briefing);
        self.reveal_all();
    }

    /// Applies one message; returns what the event loop should do, if anything.
    pub fn update(&mut self, msg: Msg) -> Option<Effect> {
        match msg {
            Msg::Key(key) if key.kind == KeyEventKind::Release => None,
            Msg::Key(key) => {
                self.notice = None;
                if self.search.editing {
                    return self.edit_search(key);
                }
                match self.keymap.action(&key) {
                    Some(action) => self.act(action),
                    None => None,
                }
            }
            Msg::Mouse(mouse) => {
                self.mouse(mouse);
                None
            }
            Msg::Resize(width, height) => {
                self.area = Rect::new(0, 0, width, height);
                self.reveal_all();
                None
            }
            Msg::Paste(text) => {
                if self.search.editing {
                    let query = prompt::pasted(&self.search.query, &text);
                    self.edit_query(query);
                }
                None
            }
            Msg::Action(action) => {
                self.notice = None;
                self.act(action)
            }
        }
    }

    /// The rows `pane` shows under its current filter.
    pub fn rows(&self, pane: Pane) -> Rows<'_> {
        self.nav.rows(&self.briefing, pane)
    }

    /// The item selected in `pane`, if the pane has any rows.
    pub fn selected(&self, pane: Pane) -> Option<usize> {
        self.rows(pane).get(self.nav.pane(pane).selected)
    }

    /// How many steps Back can go.
    pub fn history_len(&self) -> usize {
        self.history.len()
    }

    fn act(&mut self, action: Action) -> Option<Effect> {
        if let Some(overlay) = self.overlay
            && let Some(effect) = self.act_in_overlay(overlay, action)
        {
            return effect;
        }
        let focus = self.nav.focus;
        match action {
            Action::Quit => return Some(Effect::Quit),
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::NextPane => self.focus(focus.offset(1)),
            Action::PrevPane => self.focus(focus.offset(-1)),
            Action::Timeline => self.focus(Pane::Timeline),
            Action::Actors => self.focus(Pane::Actors),
            Action::Quotes => self.focus(Pane::Quotes),
            Action::Implications => self.focus(Pane::Implications),
            Action::Next => self.move_by(1),
            Action::Previous => self.move_by(-1),
            Action::First => self.move_by(isize::MIN),
            Action::Last => self.move_by(isize::MAX),
            Action::HalfPageDown => self.move_by(self.half_page(focus)),
            Action::HalfPageUp => self.move_by(-self.half_page(focus)),
            Action::Follow => self.follow(),
            Action::Back => self.back(),
            Action::Detail => match self.selected(focus) {
                Some(item) => {
                    self.overlay = Some(Overlay::Detail {
                        pane: focus,
                        item,
                        scroll: 0,
                    })
                }
                None => self.notice = Some("Nothing selected".into()),
            },
            Action::NextBySpeaker => self.by_speaker(true),
            Action::PrevBySpeaker => self.by_speaker(false),
            Action::Search => self.start_search(),
            Action::NextMatch => self.jump_to_match(true),
            Action::PrevMatch => self.jump_to_match(false),
            Action::Cancel => self.cancel(),
            Action::Library => return Some(Effect::Library),
            Action::Reload => return Some(Effect::Reload),
            Action::Copy => return self.copy(),
            Action::OpenSource => return self.open_source(),
            Action::Redraw => return Some(Effect::Redraw),
            Action::Suspend => return Some(Effect::Suspend),
        }
        None
    }

    /// Keys while an overlay is open: scrolling and closing are handled here (Some); other
    /// actions close the overlay and then act on the panes (None).
    fn act_in_overlay(&mut self, overlay: Overlay, action: Action) -> Option<Option<Effect>> {
        let page = usize::from(layout::overlay(self.area).height.saturating_sub(2)).max(1);
        // Counting the overlay's lines builds them: only scrolling needs the count.
        let max_scroll = || crate::ui::overlay_lines(self, overlay).saturating_sub(page);
        let scroll = match overlay {
            Overlay::Help { scroll } | Overlay::Detail { scroll, .. } => scroll,
        };
        let new_scroll = match action {
            Action::Next => scroll + 1,
            Action::Previous => scroll.saturating_sub(1),
            Action::HalfPageDown => scroll + page / 2,
            Action::HalfPageUp => scroll.saturating_sub(page / 2),
            Action::First => 0,
            Action::Last => usize::MAX,
            Action::Quit | Action::Suspend | Action::Redraw | Action::Copy | Action::OpenSource => {
                return None;
            }
            Action::Help if matches!(overlay, Overlay::Help { .. }) => {
                self.overlay = None;
                return Some(None);
            }
            Action::Detail | Action::Cancel => {
                self.overlay = None;
                return Some(None);
            }
            _ => {
                self.overlay = None;
                return None;
            }
        };
        let new_scroll = new_scroll.min(max_scroll());
        self.overlay = Some(match overlay {
            Overlay::Help { .. } => Overlay::Help { scroll: new_scroll },
            Overlay::Detail { pane, item, .. } => Overlay::Detail {
                pane,
                item,
                scroll: new_scroll,
            },
        });
        Some(None)
    }

    fn focus(&mut self, pane: Pane) {
        self.nav.focus = pane;
        self.reveal(pane);
    }

    /// Moves the focused pane's selection by `delta` rows, clamped to the list.
    fn move_by(&mut self, delta: isize) {
        let focus = self.nav.focus;
        let len = self.rows(focus).len();
        let state = self.nav.pane_mut(focus);
        let last = len.saturating_sub(1);
        state.selected = state.selected.saturating_add_signed(delta).min(last);
        self.reveal(focus);
    }

    fn half_page(&self, pane: Pane) -> isize {
        (self.visible_items(pane) / 2).max(1) as isize
    }

    /// How many items of `pane` fit on screen when it is shown.
    fn visible_items(&self, pane: Pane) -> usize {
        layout::layout(self.area, pane)
            .and_then(|l| l.panes[pane.index()])
            .map_or(1, |rect| layout::visible_items(rect, pane))
    }

    /// [`App::reveal`] for every pane, after the size or the whole place changed.
    fn reveal_all(&mut self) {
        for pane in Pane::ALL {
            self.reveal(pane);
        }
    }

    /// Clamps the selection to the rows and scrolls so that it is on screen.
    fn reveal(&mut self, pane: Pane) {
        let len = self.rows(pane).len();
        let visible = self.visible_items(pane);
        let state = self.nav.pane_mut(pane);
        state.selected = state.selected.min(len.saturating_sub(1));
        if state.selected < state.offset {
            state.offset = state.selected;
        } else if state.selected >= state.offset + visible {
            state.offset = state.selected + 1 - visible;
        }
        state.offset = state.offset.min(len.saturating_sub(visible));
    }

    /// Remembers `before` for Back, when the reader has moved away from it since.
    fn remember(&mut self, before: Nav) {
        if before == self.nav || self.history.last() == Some(&before) {
            return;
        }
        if self.history.len() == HISTORY_LIMIT {
            self.history.remove(0);
        }
        self.history.push(before);
    }

    /// Esc: close the overlay, clear the search, or clear the focused pane's filter.
    fn cancel(&mut self) {
        if self.overlay.take().is_some() {
            return;
        }
        if self.search.is_active() {
            self.search.clear();
            return;
        }
        let focus = self.nav.focus;
        if self.nav.pane(focus).filter.is_some() {
            let item = self.selected(focus);
            self.nav.pane_mut(focus).filter = None;
            self.nav.pane_mut(focus).selected = item.unwrap_or(0);
            self.reveal(focus);
        }
    }

    fn copy(&mut self) -> Option<Effect> {
        let focus = self.nav.focus;
        let Some(item) = self.selected(focus) else {
            self.notice = Some("Nothing selected to copy".into());
            return None;
        };
        let text = crate::export::item_text(&self.briefing, focus, item);
        self.notice = Some(format!(
            "Copied {} to the clipboard",
            focus.title().to_lowercase().trim_end_matches('s')
        ));
        Some(Effect::Copy(text))
    }

    fn open_source(&mut self) -> Option<Effect> {
        let sources = &self.briefing.meta.sources;
        if let Some(link) = sources.iter().find_map(|s| s.link.as_ref()) {
            self.notice = Some(format!("Opening {}", SafeText::excerpt(link, 200)));
            return Some(Effect::Open(link.clone()));
        }
        self.notice = Some(if sources.iter().any(|s| s.url.is_some()) {
            "The source's URL is not a plain http(s) link, so it is not opened".into()
        } else {
            "This briefing cites no source URL".into()
        });
        None
    }
}
