//! The briefing picker: every briefing in the library with title, date, tags and counts;
//! typing narrows the list, Enter opens, Esc clears the search, then returns to the briefing
//! the picker was opened from (or quits); `?` shows the picker's keys.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;

use super::Msg;
use super::list::{Cursor, Pointer, key_move, list_area};
use super::search::fold;
use crate::briefing::library::{Entry, Origin};
use crate::text::SafeText;

/// Lines each entry takes.
pub const ENTRY_HEIGHT: u16 = 2;

/// What the event loop should do for the picker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PickerEffect {
    /// Open entry `n` (an index into `entries`).
    Open(usize),
    /// Leave `brief`.
    Quit,
    /// Suspend to the shell (`Ctrl-z`).
    Suspend,
    /// Repaint the whole screen (`Ctrl-l`).
    Redraw,
    /// Go back to the briefing the picker was opened from.
    Return,
    /// Search every briefing of the library.
    LibrarySearch,
}

/// The picker's state.
#[derive(Debug)]
pub struct Picker {
    /// Every briefing offered.
    pub entries: Vec<Entry>,
    /// The search typed so far.
    pub query: String,
    /// Entries matching the query, in library order.
    pub shown: Vec<usize>,
    /// Selected position in `shown`, and the first on screen.
    pub cursor: Cursor,
    /// The terminal area.
    pub area: Rect,
    /// A message for the status line.
    pub notice: Option<String>,
    /// Whether a briefing is open behind the picker (Esc returns to it).
    pub can_return: bool,
    /// Whether the help overlay is shown.
    pub help: bool,
    /// Per entry: never opened, changed since last opened, or unchanged (when the store said).
    pub fresh: Vec<Option<crate::store::Freshness>>,
    /// Per entry: another entry with the same briefing id, whose marks and reads it shares.
    pub twins: Vec<Option<usize>>,
    /// How many briefings are being read for it, until they are (the first picker is drawn
    /// before its briefings are read).
    pub reading: Option<usize>,
    /// The library's folders are still being listed (the first picker of `brief` with no
    /// argument, drawn before any folder is listed).
    pub listing: bool,
    /// The id `brief ID` named, while the library is searched for it (the first picker, drawn
    /// before any folder is listed).
    pub finding: Option<SafeText>,
    /// How far the library's index is being built, while it is.
    pub indexing: Option<crate::store::Indexing>,
    /// Folded searchable text of each entry.
    haystacks: Vec<String>,
}

impl Picker {
    /// A picker over `entries` in a terminal of `area`.
    pub fn new(entries: Vec<Entry>, area: Rect) -> Picker {
        let haystacks = entries
            .iter()
            .map(|e| {
                let mut text = e.origin.name().to_string();
                if let Ok(summary) = &e.summary {
                    text.push('\n');
                    text.push_str(summary.title.as_str());
                    for tag in &summary.tags {
                        text.push('\n');
                        text.push_str(tag.as_str());
                    }
                }
                fold(&text)
            })
            .collect();
        let shown = (0..entries.len()).collect();
        let twins = twins(&entries);
        Picker {
            entries,
            query: String::new(),
            shown,
            cursor: Cursor::default(),
            area,
            notice: None,
            can_return: false,
            help: false,
            fresh: Vec::new(),
            twins,
            reading: None,
            listing: false,
            finding: None,
            indexing: None,
            haystacks,
        }
    }

    /// True while the briefings it lists are being listed, read or searched for an id (the
    /// first picker, drawn before): it is empty until then.
    pub fn waits(&self) -> bool {
        self.listing || self.reading.is_some() || self.finding.is_some()
    }

    /// Entries that fit in the list box.
    fn visible(&self) -> usize {
        usize::from(list_area(self.area).height.saturating_sub(2) / ENTRY_HEIGHT).max(1)
    }

    /// The selected entry, if any is shown.
    pub fn selected_entry(&self) -> Option<usize> {
        self.shown.get(self.cursor.selected).copied()
    }

    /// Applies one message.
    pub fn update(&mut self, msg: &Msg) -> Option<PickerEffect> {
        match msg {
            Msg::Key(key) if key.kind != KeyEventKind::Release => {
                self.notice = None;
                self.key(*key)
            }
            Msg::Resize(width, height) => {
                self.area = Rect::new(0, 0, *width, *height);
                self.move_by(0);
                None
            }
            Msg::Paste(text) => {
                self.set_query(super::prompt::pasted(&self.query, text));
                None
            }
            Msg::Mouse(mouse) => {
                let list = list_area(self.area);
                match self
                    .cursor
                    .pointer(mouse, list, ENTRY_HEIGHT, self.shown.len())
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

    fn key(&mut self, key: KeyEvent) -> Option<PickerEffect> {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let page = (self.visible() / 2).max(1) as isize;
        if self.help {
            // Any key closes help; Ctrl-c still quits.
            self.help = false;
            return (key.code == KeyCode::Char('c') && ctrl).then_some(PickerEffect::Quit);
        }
        match key.code {
            KeyCode::Char('c') if ctrl => return Some(PickerEffect::Quit),
            KeyCode::Char('z') if ctrl => return Some(PickerEffect::Suspend),
            KeyCode::Char('l') if ctrl => return Some(PickerEffect::Redraw),
            KeyCode::Char('?') => self.help = true,
            KeyCode::Tab => return Some(PickerEffect::LibrarySearch),
            KeyCode::Char('q') if self.query.is_empty() && !ctrl => {
                return Some(PickerEffect::Quit);
            }
            KeyCode::Esc if self.query.is_empty() && self.can_return => {
                return Some(PickerEffect::Return);
            }
            KeyCode::Esc if self.query.is_empty() => return Some(PickerEffect::Quit),
            KeyCode::Esc => self.set_query(String::new()),
            KeyCode::Enter => return self.open(),
            _ if key_move(&key, page).is_some() => {
                self.move_by(key_move(&key, page).unwrap_or(0));
            }
            _ => {
                if let Some(query) = super::prompt::typed(&self.query, &key) {
                    self.set_query(query);
                }
            }
        }
        None
    }

    fn open(&mut self) -> Option<PickerEffect> {
        let entry = self.selected_entry()?;
        match &self.entries[entry].summary {
            Ok(_) => Some(PickerEffect::Open(entry)),
            Err(error) => {
                let first = crate::diag::headline(error);
                self.notice = Some(format!("Cannot open: {first}"));
                None
            }
        }
    }

    fn set_query(&mut self, query: String) {
        let folded = fold(&query);
        let keep = self.selected_entry();
        self.shown = (0..self.entries.len())
            .filter(|&i| self.haystacks[i].contains(&folded))
            .collect();
        self.query = query;
        self.cursor = Cursor {
            selected: keep
                .and_then(|e| self.shown.iter().position(|&s| s == e))
                .unwrap_or(0),
            offset: 0,
        };
        self.move_by(0);
    }

    /// Selects the entry read from `origin`, when one is listed (the briefing open behind
    /// the picker, so Enter and Esc agree).
    pub fn select_origin(&mut self, origin: &Origin) {
        if let Some(position) = self
            .shown
            .iter()
            .position(|&e| self.entries[e].origin == *origin)
        {
            self.cursor.selected = position;
            self.move_by(0);
        }
    }

    fn move_by(&mut self, delta: isize) {
        let visible = self.visible();
        self.cursor.move_by(delta, self.shown.len(), visible);
    }
}

/// For each entry, another entry with the same briefing id (the next one with it, wrapping
/// round), if any.
fn twins(entries: &[Entry]) -> Vec<Option<usize>> {
    let mut by_id: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (ix, entry) in entries.iter().enumerate() {
        if let Ok(summary) = &entry.summary {
            by_id.entry(summary.id.as_str()).or_default().push(ix);
        }
    }
    let mut twins = vec![None; entries.len()];
    for same in by_id.values().filter(|same| same.len() > 1) {
        for (k, &ix) in same.iter().enumerate() {
            twins[ix] = Some(same[(k + 1) % same.len()]);
        }
    }
    twins
}
