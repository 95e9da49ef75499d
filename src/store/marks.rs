//! The analyst's marks: flags and a short note on any item, keyed by briefing id, item kind
//! and item id, so they survive edits of the briefing; a mark whose item is gone is listed
//! as orphaned, never dropped.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use rusqlite::{OptionalExtension, params};

use super::cell::{Cells, Damaged};
use super::index::{BriefingInfo, LABEL, of_file};
use super::keys::{ItemKey, ItemKeys, ItemKind};
use super::{Library, Store, StoreError, now};
use crate::pane::Pane;
use crate::text::SafeText;

/// Longest note kept, in characters; a longer one is cut.
pub const MAX_NOTE_CHARS: usize = 500;

/// A flag the analyst can set on an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Flag {
    /// A key item of the story.
    Key,
    /// Doubtful: to be checked.
    Doubtful,
    /// To follow up.
    FollowUp,
}

impl Flag {
    /// Every flag, in the order shown.
    pub const ALL: [Flag; 3] = [Flag::Key, Flag::Doubtful, Flag::FollowUp];

    /// The flag's name: `key`, `doubtful`, `follow-up`.
    pub fn name(self) -> &'static str {
        match self {
            Flag::Key => "key",
            Flag::Doubtful => "doubtful",
            Flag::FollowUp => "follow-up",
        }
    }

    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A set of flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags(u8);

impl Flags {
    /// True when `flag` is set.
    pub fn contains(self, flag: Flag) -> bool {
        self.0 & flag.bit() != 0
    }

    /// True when no flag is set.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The flags set, in [`Flag::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Flag> {
        Flag::ALL
            .into_iter()
            .filter(move |&flag| self.contains(flag))
    }

    /// Just `flag`.
    pub fn only(flag: Flag) -> Flags {
        Flags(flag.bit())
    }

    /// From the stored bits (unknown bits, from a newer `brief`, are ignored).
    fn from_bits(bits: i64) -> Flags {
        Flags(
            Flag::ALL
                .iter()
                .fold(0, |set, flag| set | (bits as u8 & flag.bit())),
        )
    }
}

impl fmt::Display for Flags {
    /// The names joined by `, `: `key, follow-up`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let names: Vec<&str> = self.iter().map(Flag::name).collect();
        f.write_str(&names.join(", "))
    }
}

/// Which item a mark belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MarkKey {
    /// The briefing's id.
    pub briefing: String,
    /// The item in it.
    pub item: ItemKey,
}

/// The analyst's mark on one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Which item.
    pub key: MarkKey,
    /// The flags set.
    pub flags: Flags,
    /// The note (empty for none), made safe to show.
    pub note: SafeText,
    /// When it was last changed, in seconds since the Unix epoch.
    pub updated_at: i64,
}

/// The marks of one open briefing, attached to its items or orphaned.
#[derive(Clone, Debug, Default)]
pub struct BriefingMarks {
    /// Marks by pane and item index.
    attached: HashMap<(Pane, usize), Mark>,
    /// Marks whose item is no longer in the briefing (or that belong to no pane).
    pub orphaned: Vec<Mark>,
}

impl BriefingMarks {
    /// Sorts `marks` of a briefing onto its items by their keys.
    pub fn of(keys: &ItemKeys, marks: Vec<Mark>) -> BriefingMarks {
        let mut sorted = BriefingMarks::default();
        for mark in marks {
            match keys.find(&mark.key.item) {
                Some(place) => {
                    sorted.attached.insert(place, mark);
                }
                None => sorted.orphaned.push(mark),
            }
        }
        sorted
    }

    /// The mark on item `ix` of `pane`.
    pub fn get(&self, pane: Pane, ix: usize) -> Option<&Mark> {
        self.attached.get(&(pane, ix))
    }

    /// Replaces (or with `None` removes) the mark on item `ix` of `pane`, as a write returns it.
    pub fn set(&mut self, pane: Pane, ix: usize, mark: Option<Mark>) {
        match mark {
            Some(mark) => self.attached.insert((pane, ix), mark),
            None => self.attached.remove(&(pane, ix)),
        };
    }
}

/// A mark with where its item is in the library now, for `brief notes`.
#[derive(Clone, Debug)]
pub struct Note {
    /// The mark.
    pub mark: Mark,
    /// Where its item is.
    pub place: Place,
}

/// Where a marked item is in the library.
#[derive(Clone, Debug)]
pub enum Place {
    /// In this briefing, at this line, with this text.
    Found {
        /// The briefing.
        briefing: Arc<BriefingInfo>,
        /// Line of the item in the file.
        line: usize,
        /// The item's text (a name, title or quote).
        text: SafeText,
    },
    /// The briefing is in the library but the item is gone: the mark is orphaned.
    Orphaned(Arc<BriefingInfo>),
    /// No briefing with this id is in the library.
    Elsewhere,
}

const MARK_COLUMNS: &str = "briefing, kind, item, flags, note, updated_at";

impl Store {
    /// Turns `flag` on or off on the item `key`; returns the mark as it now is (`None` when it
    /// has neither flag nor note left, and is removed).
    pub fn toggle_flag(&mut self, key: &MarkKey, flag: Flag) -> Result<Option<Mark>, StoreError> {
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO marks(briefing, kind, item, flags, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT DO UPDATE SET flags = (flags | ?4) - (flags & ?4), updated_at = ?5",
            )?
            .execute(params![
                key.briefing,
                key.item.kind.code(),
                key.item.id,
                i64::from(flag.bit()),
                now()
            ])?;
            settle(tx, key)
        })
    }

    /// Sets the note on the item `key` (cut to [`MAX_NOTE_CHARS`]; blank removes it); returns
    /// the mark as it now is (`None` when it has neither flag nor note left).
    pub fn set_note(&mut self, key: &MarkKey, note: &str) -> Result<Option<Mark>, StoreError> {
        let note: String = note.trim().chars().take(MAX_NOTE_CHARS).collect();
        self.write(|tx| {
            tx.prepare_cached(
                "INSERT INTO marks(briefing, kind, item, note, updated_at) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT DO UPDATE SET note = ?4, updated_at = ?5",
            )?
            .execute(params![
                key.briefing,
                key.item.kind.code(),
                key.item.id,
                note,
                now()
            ])?;
            settle(tx, key)
        })
    }

    /// The marks of the briefing `briefing`, in item order (damaged rows skipped: see
    /// [`Store::take_damaged`]).
    pub fn marks(&self, briefing: &str) -> Result<Vec<Mark>, StoreError> {
        self.read_rows(
            &format!("SELECT {MARK_COLUMNS} FROM marks WHERE briefing = ?1 ORDER BY kind, item"),
            [briefing],
            "marks",
            MARK_KEY,
            mark,
        )
    }

    /// Every mark, by briefing id and item (damaged rows skipped).
    pub fn all_marks(&self) -> Result<Vec<Mark>, StoreError> {
        self.read_rows(
            &format!("SELECT {MARK_COLUMNS} FROM marks ORDER BY briefing, kind, item"),
            [],
            "marks",
            MARK_KEY,
            mark,
        )
    }

    /// Every mark with where its item is in `library` now: found (with its line and text),
    /// orphaned (the briefing is there, the item is not) or elsewhere. An item whose index
    /// row is damaged counts as not found.
    pub fn notes(&self, library: &Library) -> Result<Vec<Note>, StoreError> {
        let mut by_id: HashMap<&str, &Arc<BriefingInfo>> = HashMap::new();
        for info in library.briefings() {
            if let Some(id) = &info.id {
                by_id.entry(id.as_str()).or_insert(info);
            }
        }
        let sql = format!(
            "SELECT i.line, {LABEL}, i.id FROM files f JOIN items i ON {}
             WHERE f.id = ?1 AND i.kind = ?2 AND i.item = ?3",
            of_file("i.id")
        );
        let mut notes = Vec::new();
        for mark in self.all_marks()? {
            let place = match by_id.get(mark.key.briefing.as_str()) {
                None => Place::Elsewhere,
                Some(info) => {
                    let found = self.read_rows(
                        &sql,
                        params![info.file, mark.key.item.kind.code(), mark.key.item.id],
                        "items",
                        &[2],
                        |cells| Ok(Some((cells.line(0)?, cells.text(1, 200)?))),
                    )?;
                    match found.into_iter().next() {
                        Some((line, text)) => Place::Found {
                            briefing: Arc::clone(info),
                            line,
                            text,
                        },
                        None => Place::Orphaned(Arc::clone(info)),
                    }
                }
            };
            notes.push(Note { mark, place });
        }
        Ok(notes)
    }
}

/// Removes the mark `key` if it is now empty, and returns it as it is (a row made unreadable
/// by someone else is an error of this write).
fn settle(tx: &rusqlite::Transaction<'_>, key: &MarkKey) -> rusqlite::Result<Option<Mark>> {
    let args = params![key.briefing, key.item.kind.code(), key.item.id];
    tx.prepare_cached(
        "DELETE FROM marks WHERE briefing = ?1 AND kind = ?2 AND item = ?3 AND flags = 0 AND note = ''",
    )?
    .execute(args)?;
    let read = tx
        .prepare_cached(&format!(
            "SELECT {MARK_COLUMNS} FROM marks WHERE briefing = ?1 AND kind = ?2 AND item = ?3"
        ))?
        .query_row(args, |row| Ok(mark(&Cells::new(row, "marks", MARK_KEY))))
        .optional()?;
    match read {
        None => Ok(None),
        Some(Ok(mark)) => Ok(mark),
        Some(Err(damaged)) => Err(rusqlite::Error::ToSqlConversionFailure(
            damaged.to_string().into(),
        )),
    }
}

/// The columns of [`MARK_COLUMNS`] that name a mark's row.
const MARK_KEY: &[usize] = &[0, 1, 2];

/// A mark from a row of [`MARK_COLUMNS`] (`None` for a kind this build does not know).
fn mark(cells: &Cells<'_, '_>) -> Result<Option<Mark>, Damaged> {
    let Some(kind) = ItemKind::from_code(cells.int(1)?) else {
        return Ok(None);
    };
    Ok(Some(Mark {
        key: MarkKey {
            briefing: cells.key(0)?,
            item: ItemKey::new(kind, cells.key(2)?),
        },
        flags: Flags::from_bits(cells.int(3)?),
        note: cells.text(4, MAX_NOTE_CHARS)?,
        updated_at: cells.int(5)?,
    }))
}
