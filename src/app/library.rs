//! Looking across the library: a search over every briefing (typed, answered by the store's
//! index) or a merged timeline of its events (the dated ones in date order, then the
//! undated), as a list whose rows name their briefing.
//! Enter opens that briefing at that item; Back from there returns here.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

use super::Msg;
use super::list::{Cursor, Pointer, key_move, list_area};
use crate::briefing::library::Origin;
use crate::briefing::model::{PartialDate, Status};
use crate::store::{BriefingInfo, Hit, ItemKey, ItemKind, TimelineRow, TimelineScope};
use crate::text::SafeText;

/// Lines each row takes.
pub const ROW_HEIGHT: u16 = 2;

/// What the search list says before anything is typed.
const TYPE_TO_SEARCH: &str = "Type to search every briefing of the library";

/// What the search list says while the store looks for the query.
const SEARCHING: &str = "Searching…";

/// What the timeline says while the store reads it.
const READING: &str = "Reading the library…";

/// Most results asked for.
pub const LIMIT: usize = 200;

/// What the list shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Results of the typed query.
    Search,
    /// The events of one of these scopes (each described in words), the one at `at`: the
    /// dated ones in date order, then the undated ones.
    Timeline {
        /// The scopes `Tab` cycles through.
        scopes: Vec<(TimelineScope, String)>,
        /// The scope shown.
        at: usize,
    },
}

impl Mode {
    /// The merged timeline of the first of `scopes`.
    pub fn timeline(scopes: Vec<(TimelineScope, String)>) -> Mode {
        Mode::Timeline { scopes, at: 0 }
    }

    /// The scope a merged timeline shows.
    pub fn scope(&self) -> Option<&(TimelineScope, String)> {
        match self {
            Mode::Timeline { scopes, at } => scopes.get(*at),
            Mode::Search => None,
        }
    }
}

/// One result: where it is and what it says.
#[derive(Clone, Debug)]
pub struct Row {
    /// The briefing.
    pub origin: Origin,
    /// The briefing's title (or file name).
    pub briefing: SafeText,
    /// The briefing's file, where another briefing of the library has the same id (their
    /// marks and reads are shared, their items not).
    pub file: Option<SafeText>,
    /// The item, to open the briefing at.
    pub key: ItemKey,
    /// Its line in the file.
    pub line: usize,
    /// The item's text on one line.
    pub text: String,
    /// What follows the text and keeps its place when the text is cut: a quote's closing
    /// mark and speaker (`” — Jens Stoltenberg`).
    pub tail: String,
    /// The event's date, for a timeline.
    pub date: Option<PartialDate>,
    /// The event's time as its source puts it, for a timeline.
    pub when: Option<SafeText>,
    /// The event's status, for a timeline.
    pub status: Option<Status>,
    /// The event's Admiralty code, for a timeline.
    pub grade: Option<SafeText>,
}

impl Row {
    /// A row for `item` of `briefing`.
    fn new(briefing: &BriefingInfo, key: ItemKey, line: usize, text: String) -> Row {
        Row {
            origin: briefing.origin.clone(),
            briefing: briefing.title(),
            file: briefing.shares_id.then(|| briefing.origin.name()),
            key,
            line,
            text,
            tail: String::new(),
            date: None,
            when: None,
            status: None,
            grade: None,
        }
    }
}

/// What the event loop should do for the list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryEffect {
    /// Ask the store for this query's results.
    Search(String),
    /// Ask the store for the merged timeline of this scope.
    Timeline(TimelineScope),
    /// Open this briefing at this item.
    Open(Origin, ItemKey),
    /// Back to the screen the list was opened from.
    Close,
    /// Leave `brief`.
    Quit,
    /// Suspend to the shell.
    Suspend,
    /// Repaint the whole screen.
    Redraw,
}

/// The list's state.
#[derive(Debug)]
pub struct LibraryView {
    /// Search or timeline.
    pub mode: Mode,
    /// The query typed (search only).
    pub query: String,
    /// The results.
    pub rows: Vec<Row>,
    /// Selected row, and the first on screen.
    pub cursor: Cursor,
    /// The terminal area.
    pub area: Rect,
    /// Waiting for the store, or why it cannot answer.
    pub status: Option<String>,
    /// How far the library's index is being built, while it is (the store answers once it
    /// is built).
    pub indexing: Option<crate::store::Indexing>,
}

impl LibraryView {
    /// An empty list in `mode` for a terminal of `area`.
    pub fn new(mode: Mode, area: Rect) -> LibraryView {
        let status = match &mode {
            Mode::Search => Some(TYPE_TO_SEARCH.into()),
            Mode::Timeline { .. } => Some(READING.into()),
        };
        LibraryView {
            mode,
            query: String::new(),
            rows: Vec::new(),
            cursor: Cursor::default(),
            area,
            status,
            indexing: None,
        }
    }

    /// The status line: while the store is asked and still builds the index, how far it is
    /// (`Searching… (indexing 3,072 of 10,001 briefings)`).
    pub fn status_line(&self) -> String {
        let status = self.status.as_deref().unwrap_or("");
        match self.indexing {
            Some(indexing) if matches!(status, SEARCHING | READING) => {
                format!("{status} ({})", indexing.words())
            }
            _ => status.to_owned(),
        }
    }

    /// The store's hits for the query.
    pub fn set_hits(&mut self, hits: Vec<Hit>) {
        self.rows = hits
            .into_iter()
            .map(|hit| {
                let key = ItemKey::new(hit.kind, hit.id.to_string());
                let (text, tail) = match (&hit.speaker, hit.kind) {
                    (Some(speaker), ItemKind::Quote) => {
                        (format!("“{}", hit.words()), format!("” — {speaker}"))
                    }
                    _ => (hit.text(), String::new()),
                };
                let text = format!("{}: {text}", hit.kind.name());
                Row {
                    tail,
                    ..Row::new(&hit.briefing, key, hit.line, text)
                }
            })
            .collect();
        self.status = self
            .rows
            .is_empty()
            .then(|| format!("No match for {}", self.query));
        self.cursor = Cursor::default();
    }

    /// The store's rows for a merged timeline.
    pub fn set_timeline(&mut self, rows: Vec<TimelineRow>) {
        self.rows = rows
            .into_iter()
            .map(|row| {
                let key = ItemKey::new(ItemKind::Event, row.id.to_string());
                Row {
                    date: row.date,
                    when: Some(row.when),
                    status: row.status,
                    grade: row.grade,
                    ..Row::new(&row.briefing, key, row.line, row.title.to_string())
                }
            })
            .collect();
        self.status = self.rows.is_empty().then(|| "No events".to_owned());
        self.cursor = Cursor::default();
    }

    /// The store cannot answer: why.
    pub fn unavailable(&mut self, message: &str) {
        self.status = Some(format!("The library index is unavailable: {message}"));
    }

    /// Clears what was typed, as Ctrl-u does in a shell's line.
    fn clear_query(&mut self) {
        if !self.query.is_empty() {
            self.query.clear();
            self.rows.clear();
            self.status = Some(TYPE_TO_SEARCH.into());
            self.cursor = Cursor::default();
        }
    }

    fn visible(&self) -> usize {
        usize::from(list_area(self.area).height.saturating_sub(2) / ROW_HEIGHT).max(1)
    }

    /// Applies one message.
    pub fn update(&mut self, msg: &Msg) -> Option<LibraryEffect> {
        match msg {
            Msg::Key(key) if key.kind != KeyEventKind::Release => self.key(*key),
            Msg::Resize(width, height) => {
                self.area = Rect::new(0, 0, *width, *height);
                self.move_by(0);
                None
            }
            Msg::Paste(text) if self.mode == Mode::Search => {
                self.query = super::prompt::pasted(&self.query, text);
                Some(LibraryEffect::Search(self.query.clone()))
            }
            Msg::Mouse(mouse) => {
                let list = list_area(self.area);
                match self
                    .cursor
                    .pointer(mouse, list, ROW_HEIGHT, self.rows.len())
                {
                    Some(Pointer::Move(delta)) => self.move_by(delta),
                    Some(Pointer::Select(position)) => self.cursor.selected = position,
                    Some(Pointer::Open) => return self.open(),
                    None => {}
                }
                None
            }
            _ => None,
        }
    }

    fn key(&mut self, key: KeyEvent) -> Option<LibraryEffect> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let page = (self.visible() / 2).max(1) as isize;
        match key.code {
            KeyCode::Char('c') if ctrl => return Some(LibraryEffect::Quit),
            KeyCode::Char('z') if ctrl => return Some(LibraryEffect::Suspend),
            KeyCode::Char('l') if ctrl => return Some(LibraryEffect::Redraw),
            KeyCode::Esc if !self.query.is_empty() => {
                self.query.clear();
                self.rows.clear();
                self.status = None;
            }
            KeyCode::Esc if self.query.is_empty() => return Some(LibraryEffect::Close),
            // Backspace held past the last letter stays here: keys never fall through into
            // the screen behind.
            KeyCode::Backspace if self.query.is_empty() => {}
            // Ctrl-u clears what was typed, as in a shell's line.
            KeyCode::Char('u') if ctrl && self.mode == Mode::Search => self.clear_query(),
            KeyCode::Char('q') if self.mode != Mode::Search => return Some(LibraryEffect::Close),
            KeyCode::Enter => return self.open(),
            _ if key_move(&key, page).is_some() => {
                self.move_by(key_move(&key, page).unwrap_or(0));
            }
            KeyCode::Char('j') if self.mode != Mode::Search => self.move_by(1),
            KeyCode::Char('k') if self.mode != Mode::Search => self.move_by(-1),
            KeyCode::Tab => {
                if let Mode::Timeline { scopes, at } = &mut self.mode {
                    *at = (*at + 1) % scopes.len().max(1);
                    self.status = Some(READING.into());
                    return self
                        .mode
                        .scope()
                        .map(|(s, _)| LibraryEffect::Timeline(s.clone()));
                }
            }
            _ if self.mode == Mode::Search => {
                let query = super::prompt::typed(&self.query, &key)?;
                self.query = query;
                self.status = Some(SEARCHING.into());
                return Some(LibraryEffect::Search(self.query.clone()));
            }
            _ => {}
        }
        None
    }

    fn open(&mut self) -> Option<LibraryEffect> {
        let row = self.rows.get(self.cursor.selected)?;
        Some(LibraryEffect::Open(row.origin.clone(), row.key.clone()))
    }

    fn move_by(&mut self, delta: isize) {
        let visible = self.visible();
        self.cursor.move_by(delta, self.rows.len(), visible);
    }
}
