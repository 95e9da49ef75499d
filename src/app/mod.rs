//! The model: the view, which pane has focus, each pane's selection, scroll and filter, the
//! narrowing, the history for Back and Forward, the search and the overlays. `update` turns a
//! message into a new state and asks for side effects by returning them; it does no I/O.

mod charts;
mod detail_cache;
pub mod facets;
mod find;
mod follow;
pub mod library;
pub mod list;
pub mod marks;
mod menu;
mod mouse;
pub mod narrow;
mod nav;
mod overlay;
mod overview;
pub mod picker;
mod prompt;
mod reload;
mod rows;
pub mod search;
pub mod unseen;

pub use charts::{Charts, LayoutRequest};
pub use narrow::{Choice, Narrow};
pub use nav::{Filter, Nav, PaneState, Rows};

use std::sync::Arc;

use ratatui::crossterm::event::{KeyEvent, KeyEventKind, MouseEvent};
use ratatui::layout::Rect;

use crate::action::Action;
use crate::briefing::{Briefing, LoadError};
use crate::keymap::Keymap;
use crate::provenance::SourceTexts;
use crate::store::Stamp;
use crate::text::SafeText;
use search::Search;

pub use crate::pane::{Pane, View};

/// A window over the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The key bindings, scrolled by this many lines.
    Help { scroll: usize },
    /// Everything about one item, scrolled by this many lines, with one of its links chosen.
    Detail {
        pane: Pane,
        item: usize,
        scroll: usize,
        link: Option<usize>,
    },
    /// The narrowing menu, with an entry chosen.
    Narrow { selected: usize },
    /// The last reload error in full, scrolled by this many lines.
    Message { scroll: usize },
}

/// What the event loop should do after an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Leave this briefing: up a level (to the screen it was opened from, or the picker), or
    /// quit when it was opened directly.
    Leave,
    /// Quit `brief`, from any screen.
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
    /// Write a report of this selection to a file.
    Export(crate::export::Selection),
    /// Open another briefing at one of its items (Back returns here).
    OpenElsewhere {
        /// The briefing.
        origin: crate::briefing::library::Origin,
        /// The item.
        key: crate::store::ItemKey,
    },
    /// Back past the first step: return to the screen this briefing was opened from.
    Return,
    /// Search every briefing of the library.
    LibrarySearch,
    /// Show a merged timeline of the first of these scopes (each described in words); the
    /// others are a key away.
    MergedTimeline(Vec<(crate::store::TimelineScope, String)>),
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

/// A place to go back or forward to: where the reader was and what overlay was open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// Focus, view and pane states.
    pub nav: Nav,
    /// The open overlay (a detail view that was followed from, say).
    pub overlay: Option<Overlay>,
}

/// Everything the reader shows and remembers for one open briefing.
#[derive(Debug)]
pub struct App {
    /// The briefing being read, shared with the workers that read its source text and lay
    /// out its network (never copied for them).
    pub briefing: Arc<Briefing>,
    /// Key bindings.
    pub keymap: Keymap,
    /// The terminal area.
    pub area: Rect,
    /// View, focus and per-pane state.
    pub nav: Nav,
    /// Where Back goes, most recent last.
    history: Vec<Place>,
    /// Where Forward goes, most recent last.
    forward: Vec<Place>,
    /// Where the search started (restored when it is cancelled).
    search_origin: Option<Place>,
    /// The search.
    pub search: Search,
    /// An open overlay.
    pub overlay: Option<Overlay>,
    /// A message for the status line, cleared by the next key.
    pub notice: Option<String>,
    /// The end of the notice that is a path or a link: a short status line cuts it in its
    /// middle, never at its end (the file name).
    pub notice_tail: Option<String>,
    /// A link that could not be opened, which `y` copies (until the next key).
    offered: Option<String>,
    /// Why the last reload failed; shown until a reload succeeds.
    pub reload_error: Option<LoadError>,
    /// The texts of the briefing's sources, when one names a file.
    source: Option<Arc<SourceTexts>>,
    /// Quotes their own source's text does not hold verbatim, ascending.
    misquotes: Vec<usize>,
    /// The distinct regions of the implications, for narrowing.
    pub regions: Vec<SafeText>,
    /// The narrowing menu's entries, with what each keeps (built once per briefing).
    facets: Vec<facets::Facet>,
    /// The narrowing menu, while it is open.
    menu: menu::Menu,
    /// Rows of each pane under the narrowing, for the narrowing and filters they were built
    /// for.
    narrowed: Option<rows::Narrowed>,
    /// How tall each pane's rows are, as the last settling found.
    extents: [crate::screen::lines::Extent; 4],
    /// The rows laid out for the last frames, found again by all that shapes them.
    row_cache: crate::screen::row_cache::RowCache,
    /// The details drawn last, found again by all that shapes them.
    detail_cache: detail_cache::DetailCache,
    /// Chart layouts and selections.
    pub charts: Charts,
    /// The store's keys of this briefing's items.
    keys: crate::store::ItemKeys,
    /// The analyst's marks and new items, as the store gave them.
    pub annotations: marks::Annotations,
    /// Requests for the store, taken by the event loop after each update.
    outbox: Vec<crate::store::Request>,
    /// A note being typed.
    pub note: Option<marks::NoteEdit>,
    /// An actor (whose detail is open) and their appearances in other briefings, once known.
    elsewhere: Option<(usize, Option<Arc<[crate::store::Appearance]>>)>,
    /// The overview's lines and links, for the width they were built at.
    overview: Option<(u16, crate::screen::detail::Detail)>,
    /// This reader was opened from another screen (library search, another briefing): Back
    /// past its first step returns there.
    pub opened_from_elsewhere: bool,
    /// Where `q` leads from this reader, for the key hints: `quit`, or the screen it goes
    /// back to (`picker`, `list`).
    pub leave_to: &'static str,
    /// The briefing's file as it was when read (size and time), to tell whether it changed
    /// while another screen was shown.
    pub file_stamp: Option<Stamp>,
    /// Which reader of the session this is, so that work done elsewhere for it (a reload, a
    /// source text, the store's answers) finds it even when another screen is shown.
    pub serial: u64,
}

/// Most steps Back can go.
const HISTORY_LIMIT: usize = 1000;

impl App {
    /// A reader on `briefing`, focused on the first pane, for a terminal of `area`.
    pub fn new(briefing: Briefing, keymap: Keymap, area: Rect) -> App {
        let regions = narrow::regions(&briefing);
        let facets = facets::facets(&briefing, &regions);
        let keys = crate::store::ItemKeys::of(&briefing);
        let mut app = App {
            briefing: Arc::new(briefing),
            keymap,
            area,
            nav: Nav::default(),
            history: Vec::new(),
            forward: Vec::new(),
            search_origin: None,
            search: Search::default(),
            overlay: None,
            notice: None,
            notice_tail: None,
            offered: None,
            reload_error: None,
            source: None,
            misquotes: Vec::new(),
            regions,
            facets,
            menu: menu::Menu::default(),
            narrowed: None,
            extents: [crate::screen::lines::Extent::for_height(1); 4],
            row_cache: Default::default(),
            detail_cache: Default::default(),
            charts: Charts::default(),
            keys,
            annotations: marks::Annotations::Off,
            outbox: Vec::new(),
            note: None,
            elsewhere: None,
            opened_from_elsewhere: false,
            leave_to: "quit",
            file_stamp: None,
            serial: 0,
            overview: None,
        };
        app.settle();
        app
    }

    /// A reader that opens on `view`.
    pub fn with_view(mut self, view: View) -> App {
        self.nav.view = view;
        self.settle();
        self
    }

    /// Why the last reload failed, whole (empty when it worked).
    pub fn reload_message(&self) -> &str {
        self.reload_error
            .as_ref()
            .map_or("", |error| error.message.trim_end())
    }

    /// The texts of the briefing's sources, when one names a file.
    pub fn source(&self) -> Option<&SourceTexts> {
        self.source.as_deref()
    }

    /// Sets what is known of the source texts.
    pub fn set_source(&mut self, source: Option<SourceTexts>) {
        self.misquotes = source
            .as_ref()
            .map(|texts| texts.misquotes(&self.briefing))
            .unwrap_or_default();
        self.source = source.map(Arc::new);
        self.settle();
    }

    /// Shows a new version of the briefing, keeping view, focus, filters and selections by
    /// id, and the history of places for Back and Forward.
    pub fn replace_briefing(&mut self, new: Briefing) {
        let new_regions = narrow::regions(&new);
        let remap = reload::Remap::new(&self.briefing, &new, &self.regions, &new_regions);
        let place = |p: Place| Place {
            nav: remap.nav(p.nav),
            overlay: None,
        };
        let items = Pane::ALL.map(|p| self.selected(p).and_then(|i| remap.item(p, i)));
        // An open detail and a note being typed stay with their item, by id.
        let overlay = match self.overlay {
            Some(Overlay::Detail {
                pane, item, scroll, ..
            }) => remap.item(pane, item).map(|item| Overlay::Detail {
                pane,
                item,
                scroll,
                link: None,
            }),
            Some(Overlay::Help { scroll }) => Some(Overlay::Help { scroll }),
            _ => None,
        };
        let note = self.note.take().and_then(|note| {
            Some(marks::NoteEdit {
                item: remap.item(note.pane, note.item)?,
                ..note
            })
        });
        self.nav = remap.nav(self.nav);
        self.history = self.history.iter().map(|&p| place(p)).collect();
        self.forward = self.forward.iter().map(|&p| place(p)).collect();
        self.search_origin = self.search_origin.map(place);
        self.briefing = Arc::new(new);
        self.keys = crate::store::ItemKeys::of(&self.briefing);
        self.elsewhere = None;
        self.note = note;
        self.overview = None;
        self.facets = facets::facets(&self.briefing, &new_regions);
        self.regions = new_regions;
        self.overlay = overlay;
        // Marks are attached by item index: until the store answers for the new version,
        // none are shown.
        if !matches!(self.annotations, marks::Annotations::Off) {
            self.annotations = marks::Annotations::Waiting { locked: None };
        }
        self.reload_error = None;
        self.misquotes.clear();
        self.search.rebuild(&self.briefing);
        self.narrowed = None;
        self.charts.forget_layouts();
        for (pane, item) in Pane::ALL.into_iter().zip(items) {
            if item.is_some() {
                self.select_row_of(pane, item);
            }
        }
        self.settle();
    }

    /// Applies one message; returns what the event loop should do, if anything.
    pub fn update(&mut self, msg: Msg) -> Option<Effect> {
        let effect = match msg {
            Msg::Key(key) if key.kind == KeyEventKind::Release => None,
            // Ctrl-c quits from anywhere, a prompt or an overlay included: it is the key that
            // always works (the terminal driver delivers it even through garbled input).
            Msg::Key(key)
                if key.code == ratatui::crossterm::event::KeyCode::Char('c')
                    && key
                        .modifiers
                        .contains(ratatui::crossterm::event::KeyModifiers::CONTROL) =>
            {
                Some(Effect::Quit)
            }
            Msg::Key(key) => {
                self.notice = None;
                self.notice_tail = None;
                let offered = self.offered.take();
                if let Some(url) = offered
                    && self.keymap.action(&key) == Some(Action::Copy)
                    && self.note.is_none()
                    && !self.search.editing
                    && self.overlay.is_none()
                {
                    self.notice = Some("Copied the link".into());
                    return Some(Effect::Copy(url));
                }
                if self.note.is_some() {
                    self.edit_note(key)
                } else if self.search.editing {
                    self.edit_search(key)
                } else if let Some(Overlay::Narrow { selected }) = self.overlay {
                    self.menu_key(selected, key)
                } else {
                    self.keymap.action(&key).and_then(|action| self.act(action))
                }
            }
            Msg::Mouse(mouse) => {
                self.mouse(mouse);
                None
            }
            Msg::Resize(width, height) => {
                self.area = Rect::new(0, 0, width, height);
                None
            }
            Msg::Paste(text) => {
                self.paste_note(&text);
                if self.note.is_none() && matches!(self.overlay, Some(Overlay::Narrow { .. })) {
                    self.paste_in_menu(&text);
                } else if self.search.editing {
                    let query = prompt::pasted(&self.search.query, &text);
                    self.edit_query(query);
                }
                None
            }
            Msg::Action(action) => {
                self.notice = None;
                self.notice_tail = None;
                self.offered = None;
                self.act(action)
            }
        };
        self.settle();
        effect
    }

    /// After any change: rebuild the narrowed rows if their inputs changed, refresh chart
    /// layouts for the size, and scroll every pane so that its selection is on screen.
    fn settle(&mut self) {
        let query = self.marks().folded_query.to_string();
        self.row_cache.keep_for(&self.briefing, &query);
        self.refresh_rows();
        self.refresh_overview();
        self.charts
            .refresh(&self.briefing, self.area, self.nav.view);
        for pane in Pane::ALL {
            self.reveal(pane);
        }
        self.see_selection();
        self.ask_for_appearances();
    }

    /// Starts drawing a frame: rows laid out for the frame before and not used since are let go.
    pub fn next_frame(&self) {
        self.row_cache.next_frame();
    }

    /// How many steps Back can go.
    pub fn history_len(&self) -> usize {
        self.history.len()
    }

    fn act(&mut self, action: Action) -> Option<Effect> {
        // An open overlay owns the keyboard: it passes on only what it lets act behind it.
        if let Some(overlay) = self.overlay
            && let Some(effect) = self.act_in_overlay(overlay, action)
        {
            return effect;
        }
        if let Some(effect) = self.act_in_overview(action) {
            return effect;
        }
        if let Some(effect) = self.act_in_chart(action) {
            return effect;
        }
        let focus = self.nav.focus;
        match action {
            Action::Quit => return Some(Effect::Leave),
            Action::QuitAll => return Some(Effect::Quit),
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::Overview => self.show_view(View::Overview),
            Action::TimelineChart => self.show_view(View::TimelineChart),
            Action::Network => self.show_view(View::Network),
            Action::NextPane => self.focus(focus.offset(1)),
            Action::PrevPane => self.focus(focus.offset(-1)),
            Action::Timeline => self.focus(Pane::Timeline),
            Action::Actors => self.focus(Pane::Actors),
            Action::Quotes => self.focus(Pane::Quotes),
            Action::Implications => self.focus(Pane::Implications),
            Action::Zoom => {
                self.nav.zoom = !(self.nav.zoom && self.nav.view == View::Panes);
                self.nav.view = View::Panes;
            }
            Action::Next => self.move_by(1),
            Action::Previous => self.move_by(-1),
            Action::First => self.move_by(isize::MIN),
            Action::Last => self.move_by(isize::MAX),
            Action::HalfPageDown => self.move_by(self.half_page()),
            Action::HalfPageUp => self.move_by(-self.half_page()),
            Action::Follow => self.follow(),
            Action::Back => return self.back(),
            Action::Forward => self.go_forward(),
            Action::Detail => self.open_detail(),
            Action::Dossier => self.dossier(),
            Action::NextBySpeaker => self.by_speaker(true),
            Action::PrevBySpeaker => self.by_speaker(false),
            Action::Search => self.start_search(),
            Action::NextMatch => self.jump_to_match(true),
            Action::PrevMatch => self.jump_to_match(false),
            Action::Narrow => self.open_menu(),
            Action::Cancel => self.cancel(),
            Action::LinkKinds => {
                self.notice = Some("Link kinds apply to the network (6)".into());
            }
            Action::Messages => match &self.reload_error {
                Some(_) => self.overlay = Some(Overlay::Message { scroll: 0 }),
                None => self.notice = Some("No message: the last reload worked".into()),
            },
            Action::Flag => self.cycle_flag(),
            Action::Note => self.start_note(),
            Action::NextNew => self.next_new(),
            Action::LibrarySearch => return Some(Effect::LibrarySearch),
            Action::MergedTimeline => return self.merged_timeline(),
            Action::Library => return Some(Effect::Library),
            Action::Reload => return Some(Effect::Reload),
            Action::Copy => return self.copy(),
            Action::Export => return self.export(),
            Action::OpenSource => return self.open_source(),
            Action::Redraw => return Some(Effect::Redraw),
            Action::Suspend => return Some(Effect::Suspend),
        }
        None
    }

    fn show_view(&mut self, view: View) {
        self.nav.view = view;
    }

    fn focus(&mut self, pane: Pane) {
        self.nav.focus = pane;
        self.nav.view = View::Panes;
    }

    /// Moves the focused pane's selection by `delta` rows, clamped to the list (in the
    /// overview, scrolls it).
    fn move_by(&mut self, delta: isize) {
        if self.nav.view == View::Overview {
            self.refresh_overview();
            let last = self.overview().len().saturating_sub(1);
            self.nav.overview_scroll = self
                .nav
                .overview_scroll
                .saturating_add_signed(delta)
                .min(last);
            return;
        }
        self.move_selection(self.nav.focus, delta);
    }

    /// Moves `pane`'s selection by `delta` rows, clamped to the list.
    fn move_selection(&mut self, pane: Pane, delta: isize) {
        let len = self.rows(pane).len();
        let state = self.nav.pane_mut(pane);
        let last = len.saturating_sub(1);
        state.selected = state.selected.saturating_add_signed(delta).min(last);
    }

    fn half_page(&self) -> isize {
        let height = match self.nav.view {
            View::Overview => self.body().height,
            _ => self.pane_height(self.nav.focus),
        };
        (usize::from(height) / 2).max(1) as isize
    }

    /// Remembers `before` for Back, when the reader has moved away from it since; a new
    /// step forgets where Forward would have gone.
    fn remember(&mut self, before: Place) {
        if before == self.place() || self.history.last() == Some(&before) {
            return;
        }
        if self.history.len() == HISTORY_LIMIT {
            self.history.remove(0);
        }
        self.history.push(before);
        self.forward.clear();
    }

    /// Where the reader is now.
    fn place(&self) -> Place {
        Place {
            nav: self.nav,
            overlay: self.overlay,
        }
    }

    /// Esc: close the overlay, clear the search, clear the focused pane's filter, then the
    /// narrowing.
    fn cancel(&mut self) {
        if self.overlay.take().is_some() {
            return;
        }
        if self.search.is_active() {
            self.keeping_selection(|app| {
                app.search.clear();
                app.nav.narrow.search = false;
            });
            return;
        }
        let focus = self.nav.focus;
        if self.nav.pane(focus).filter.is_some() {
            let item = self.selected(focus);
            self.nav.pane_mut(focus).filter = None;
            self.select_row_of(focus, item);
            return;
        }
        if !self.nav.narrow.is_empty() {
            self.keeping_selection(|app| app.nav.narrow = Narrow::default());
            self.notice = Some("Showing everything".into());
            return;
        }
        self.nav.zoom = false;
    }

    fn copy(&mut self) -> Option<Effect> {
        let focus = self.nav.focus;
        let Some(item) = self.selected(focus) else {
            self.notice = Some("Nothing selected to copy".into());
            return None;
        };
        let text = crate::export::citation(&self.briefing, focus, item);
        let kind = match focus {
            Pane::Timeline => "event",
            Pane::Actors => "actor",
            Pane::Quotes => "quote",
            Pane::Implications => "implication",
        };
        self.notice = Some(format!("Copied the {kind} with its citation"));
        Some(Effect::Copy(text))
    }

    /// A report of the selection: an implication with its quotes, an actor's dossier, or
    /// what the panes show under the current narrowing and filters.
    fn export(&mut self) -> Option<Effect> {
        use crate::export::{Selection, View as Shown};
        let focus = self.nav.focus;
        let selection = match (focus, self.selected(focus)) {
            (Pane::Implications, Some(item)) => Selection::Implication(item),
            (Pane::Actors, Some(item)) => Selection::Actor(item),
            _ if self.nav.narrow.is_empty()
                && Pane::ALL.iter().all(|&p| self.nav.pane(p).filter.is_none()) =>
            {
                Selection::Briefing
            }
            _ => Selection::View(Shown::from_fn(|pane| {
                let rows = self.rows(pane);
                (0..rows.len()).filter_map(|p| rows.get(p)).collect()
            })),
        };
        Some(Effect::Export(selection))
    }

    /// The link `url` could not be opened (`error` says why): the status line shows it, whole
    /// where it can, and `y` copies it.
    pub fn offer_link(&mut self, url: String, error: &str) {
        let key = self
            .keymap
            .keys(Action::Copy)
            .first()
            .map(|k| format!("; {k} copies it"))
            .unwrap_or_default();
        self.notice = Some(format!("Cannot open the link ({error}){key}: {url}"));
        self.notice_tail = Some(url.clone());
        self.offered = Some(url);
    }

    /// Opens the first link among the selected item's own sources, else among all.
    fn open_source(&mut self) -> Option<Effect> {
        let sources = &self.briefing.meta.sources;
        let focus = self.nav.focus;
        let own = self
            .selected(focus)
            .map(|item| self.briefing.item_sources(focus, item))
            .unwrap_or_default();
        let link = own
            .iter()
            .find_map(|&s| sources[s].link.as_ref())
            .or_else(|| sources.iter().find_map(|s| s.link.as_ref()));
        if let Some(link) = link {
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
