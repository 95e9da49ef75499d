//! Why the store cannot be used: one typed error that names the file and says what to do.

use std::fmt;
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use crate::briefing::files;
use crate::text::SafeText;

/// What is wrong with the store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is not a SQLite database, or its pages are damaged.
    Corrupt,
    /// Another process held a lock for longer than [`super::BUSY_TIMEOUT`].
    Locked,
    /// The file (or its folder) cannot be written.
    ReadOnly,
    /// Written by a newer `brief`: its schema version is above the one this build knows.
    Newer {
        /// The version stored in the file.
        found: i64,
        /// The newest version this build reads.
        known: i64,
    },
    /// Opened read-only but not yet migrated to this build's version (the reader migrates it).
    Older {
        /// The version stored in the file.
        found: i64,
    },
    /// The file or its folder cannot be opened or created (the phrase says why).
    CannotOpen(String),
    /// Anything else SQLite reported (the phrase is SQLite's, made safe to print).
    Other(String),
}

/// The store at `path` cannot be used; the message names the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError {
    /// The store file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub problem: Problem,
}

impl StoreError {
    /// An error of `problem` for the store at `path`.
    pub fn new(path: &Path, problem: Problem) -> StoreError {
        StoreError {
            path: path.to_path_buf(),
            problem,
        }
    }

    /// Classifies a SQLite error met while using the store at `path`.
    pub fn sqlite(path: &Path, error: &rusqlite::Error) -> StoreError {
        let problem = match error.sqlite_error_code() {
            Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => Problem::Corrupt,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Problem::Locked,
            Some(ErrorCode::ReadOnly) => Problem::ReadOnly,
            Some(ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
                Problem::CannotOpen(phrase(error))
            }
            _ => Problem::Other(phrase(error)),
        };
        StoreError::new(path, problem)
    }
}

/// SQLite's message, safe and short.
fn phrase(error: &rusqlite::Error) -> String {
    SafeText::excerpt(&error.to_string(), 200).to_string()
}

impl StoreError {
    /// The message with the file named by its folder and name only, for a one-line status
    /// that a long path would otherwise fill.
    pub fn short(&self) -> String {
        Explained(self, files::compact(&self.path)).to_string()
    }
}

/// The error's message with the file named by `.1`.
struct Explained<'a>(&'a StoreError, SafeText);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Explained(self, files::shown(&self.path)).fmt(f)
    }
}

impl fmt::Display for Explained<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: ", self.1)?;
        match &self.0.problem {
            Problem::Corrupt => f.write_str(
                "is not a usable brief store (not a database, or damaged); move it aside and brief starts a new one",
            ),
            Problem::Locked => f.write_str(
                "is locked by another process; close the other brief (or whatever holds the file) and try again",
            ),
            Problem::ReadOnly => {
                f.write_str("cannot be written (a read-only file or folder); make it writable")
            }
            Problem::Newer { found, known } => write!(
                f,
                "was written by a newer brief (store version {found}; this brief reads up to {known}); update brief"
            ),
            Problem::Older { found } => write!(
                f,
                "is of an older version ({found}); open brief once to update it"
            ),
            Problem::CannotOpen(why) => write!(f, "cannot be opened: {why}"),
            Problem::Other(why) => write!(f, "store error: {why}"),
        }
    }
}

impl std::error::Error for StoreError {}
