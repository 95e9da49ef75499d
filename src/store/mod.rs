//! The analyst's own store: read state, marks and the library index in one SQLite file.
//!
//! One embedded database (SQLite, WAL mode, so several `brief` processes can use it at once)
//! holds what `brief` learns beyond the briefing files, which it never writes:
//!
//! - read state per briefing id: when it was opened, the file's size and modification time
//!   then, and the item ids seen with their parts ([`Store::record_open`], [`Store::mark_seen`]);
//! - the analyst's marks: flags and a note per item, keyed by briefing id, item kind and
//!   item id, so they survive edits ([`Store::toggle_flag`], [`Store::set_note`]);
//! - the library index: every briefing's summary, actors, events, quotes and implications in
//!   a full-text index refreshed incrementally by file size and modification time
//!   ([`Store::refresh`], [`Store::search`], [`Store::appearances`], [`Store::timeline`]).
//!
//! Every write is one transaction, so a killed process loses at most the write in flight. A
//! store that is corrupt, locked, read-only or from a newer `brief` gives a [`StoreError`]
//! that names the file. The reader calls the store through a [`Worker`] thread, never on the
//! thread that handles keys.
//!
//! The file is `store.sqlite3` in the platform data folder (`$XDG_DATA_HOME/brief` on
//! Linux), or the path in the environment variable `BRIEF_STORE`.

mod actors;
mod cell;
mod checkpoint;
pub mod commands;
mod digest;
mod error;
mod fold;
mod index;
mod keys;
mod marks;
mod numbers;
mod query;
mod reads;
mod rows;
mod schema;
mod search;
mod synonyms;
mod worker;

use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use actors::{ActorIdentity, Appearance, TimelineRow, TimelineScope};
pub use cell::Damaged;
pub use digest::digest;
pub use error::{Problem, StoreError};
pub use fold::fold;
pub use index::{BriefingInfo, Indexing, Library, RefreshReport};
pub use keys::{ItemKey, ItemKeys, ItemKind, Sighting};
pub use marks::{BriefingMarks, Flag, Flags, MAX_NOTE_CHARS, Mark, MarkKey, Note, Place};
pub use query::MAX_QUERY_CHARS;
pub use reads::{Freshness, ReadState, Stamp};
pub use schema::VERSION as SCHEMA_VERSION;
pub use search::Hit;
pub use worker::{
    Answer, INDEXING_EVERY, LOCK_PATIENCE, Listing, QUIT_WAIT, Reply, Request, Ticket, Unsaved,
    Worker,
};

/// How long an operation waits for another process's lock before giving up with
/// [`Problem::Locked`].
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The environment variable that overrides the store's path.
pub const PATH_VARIABLE: &str = "BRIEF_STORE";

/// The store's file: `$BRIEF_STORE` when set, else `store.sqlite3` in the platform data
/// folder (`$XDG_DATA_HOME/brief/store.sqlite3` on Linux); `None` without a home folder.
pub fn default_path() -> Option<PathBuf> {
    match std::env::var_os(PATH_VARIABLE) {
        Some(path) if !path.is_empty() => Some(PathBuf::from(path)),
        _ => directories::ProjectDirs::from("", "", "brief")
            .map(|dirs| dirs.data_dir().join("store.sqlite3")),
    }
}

/// An open store: one connection to the file.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Rows skipped as damaged by reads, until taken ([`Store::take_damaged`]).
    damaged: std::cell::RefCell<Vec<Damaged>>,
}

/// How a store is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Created if missing, migrated forward, written: what the reader, `brief search` and
    /// `brief notes` use. A store that cannot be written is an error.
    ReadWrite,
    /// Only read, never written, created or migrated (for `brief export`): a missing file
    /// cannot be opened, and a store of an older version is refused until a read-write open
    /// migrates it.
    ReadOnly,
}

impl Store {
    /// Opens (creating if needed) the store at `path` for reading and writing, migrating it to
    /// the current schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with(path, Access::ReadWrite)
    }

    /// Opens the store at `path` with `access`.
    pub fn open_with(path: &Path, access: Access) -> Result<Store, StoreError> {
        Store::open_patient(path, access, BUSY_TIMEOUT)
    }

    /// Opens the store at `path` with `access`, waiting at most `patience` for another
    /// process's lock (the reader's worker waits a moment, then says so).
    pub fn open_patient(
        path: &Path,
        access: Access,
        patience: Duration,
    ) -> Result<Store, StoreError> {
        let fail = |error: rusqlite::Error| StoreError::sqlite(path, &error);
        let flags = match access {
            Access::ReadWrite => {
                if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                    std::fs::create_dir_all(folder).map_err(|error| {
                        StoreError::new(path, Problem::CannotOpen(io_phrase(&error)))
                    })?;
                }
                OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE
            }
            Access::ReadOnly => OpenFlags::SQLITE_OPEN_READ_ONLY,
        } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(fail)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            damaged: Default::default(),
        };
        store
            .prepare(access, patience)
            .map_err(|error| match error {
                Prepare::Sqlite(error) => fail(error),
                Prepare::Store(error) => error,
            })?;
        Ok(store)
    }

    /// A store in memory, gone when dropped: for tests, and for `brief search` when the file
    /// store cannot be used.
    pub fn in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn =
            Connection::open_in_memory().map_err(|error| StoreError::sqlite(&path, &error))?;
        let mut store = Store {
            conn,
            path,
            damaged: Default::default(),
        };
        store
            .prepare(Access::ReadWrite, BUSY_TIMEOUT)
            .map_err(|error| match error {
                Prepare::Sqlite(error) => StoreError::sqlite(&store.path, &error),
                Prepare::Store(error) => error,
            })?;
        Ok(store)
    }

    /// The store's file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Checks the version, then sets the connection up and migrates (read-write only).
    fn prepare(&mut self, access: Access, patience: Duration) -> Result<(), Prepare> {
        self.conn.busy_timeout(patience)?;
        // The first read: a file of garbage fails here as "not a database".
        let found = schema::stored(&self.conn)?;
        if found > schema::VERSION {
            return Err(Prepare::Store(StoreError::new(
                &self.path,
                Problem::Newer {
                    found,
                    known: schema::VERSION,
                },
            )));
        }
        if access == Access::ReadOnly {
            if found < schema::VERSION {
                return Err(Prepare::Store(StoreError::new(
                    &self.path,
                    Problem::Older { found },
                )));
            }
            return Ok(());
        }
        // SQLite opens a file it may not write read-only without a word; say so now rather
        // than at the first mark.
        if self.conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(Prepare::Store(StoreError::new(
                &self.path,
                Problem::ReadOnly,
            )));
        }
        schema::free_pages_returnable(&self.conn)?;
        self.conn
            .pragma_update_and_check(None, "journal_mode", "WAL", |_| Ok(()))?;
        // In WAL mode a commit survives the process being killed; NORMAL skips the fsync
        // that only a power cut would need.
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        schema::migrate(&mut self.conn)?;
        Ok(())
    }

    /// Runs `write` in one immediate transaction (taking the write lock first, so that two
    /// processes never deadlock upgrading a read), committing when it succeeds.
    fn write<T>(
        &mut self,
        write: impl FnOnce(&Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T, StoreError> {
        let path = &self.path;
        let fail = |error: rusqlite::Error| StoreError::sqlite(path, &error);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(fail)?;
        let value = write(&tx).map_err(fail)?;
        tx.commit().map_err(fail)?;
        Ok(value)
    }

    /// Classifies an error of a read.
    fn fail(&self, error: rusqlite::Error) -> StoreError {
        StoreError::sqlite(&self.path, &error)
    }
}

/// Why preparing a connection failed.
enum Prepare {
    Sqlite(rusqlite::Error),
    Store(StoreError),
}

impl From<rusqlite::Error> for Prepare {
    fn from(error: rusqlite::Error) -> Prepare {
        Prepare::Sqlite(error)
    }
}

/// A short phrase for an I/O error, without the OS's "(os error N)".
fn io_phrase(error: &std::io::Error) -> String {
    let text = error.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    crate::text::SafeText::excerpt(text, 200).to_string()
}

/// Seconds since the Unix epoch.
fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}
