//! Cells read from the store, checked and made safe.
//!
//! The store is a file anyone could have written (a shared `BRIEF_STORE`, a copied store), so
//! every value a query gives back is read through [`Cells`]: text is sanitized and cut, numbers
//! are checked, line numbers clamped. A row whose cell is not what its column holds (a blob
//! where text belongs, text where a number does) is [`Damaged`]: the read skips it and names
//! it, and the other rows are read. What reaches an output (`brief notes`, every export
//! format, the reader) is clean by construction.

use std::fmt;

use rusqlite::Row;
use rusqlite::types::ValueRef;

use super::{Store, StoreError};
use crate::briefing::load::MAX_FILE_BYTES;
use crate::text::SafeText;

/// Longest id or item key read, in characters (ids are at most 64, event keys about 100).
pub(crate) const MAX_KEY_CHARS: usize = 200;

/// Most damaged rows kept to be named.
const MAX_DAMAGED: usize = 100;

/// Largest line number read: a briefing file has at most one line per byte, and one more.
const MAX_LINE: usize = MAX_FILE_BYTES as usize + 1;

/// A row that could not be read: which, and why. Safe to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Damaged {
    /// The table.
    pub table: &'static str,
    /// The row, by what of its key could be read: `briefing = "x", kind = 3, item = "q"`.
    pub row: String,
    /// The column.
    pub column: String,
    /// What is wrong: `is a blob, not text`.
    pub why: &'static str,
}

impl fmt::Display for Damaged {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the store's {} row ({}) is damaged: its {} {}; it was skipped",
            self.table, self.row, self.column, self.why
        )
    }
}

/// One row of a query, read only through checked accessors.
pub(crate) struct Cells<'r, 's> {
    row: &'r Row<'s>,
    table: &'static str,
    key: &'static [usize],
}

impl<'r, 's> Cells<'r, 's> {
    /// The row `row` of `table`, named in a [`Damaged`] by its columns `key`.
    pub fn new(row: &'r Row<'s>, table: &'static str, key: &'static [usize]) -> Cells<'r, 's> {
        Cells { row, table, key }
    }

    /// An id or key: text, sanitized, at most [`MAX_KEY_CHARS`].
    pub fn key(&self, ix: usize) -> Result<String, Damaged> {
        self.text(ix, MAX_KEY_CHARS).map(|text| text.to_string())
    }

    /// Text as stored (invalid UTF-8 replaced), to look a row up by and never to show: a
    /// file's path as the index keys it.
    pub fn lookup(&self, ix: usize) -> Result<String, Damaged> {
        self.raw_text(ix)?
            .ok_or_else(|| self.damaged(ix, "is empty (NULL), not text"))
    }

    /// Text on one line (line breaks shown as stand-ins), at most `max` characters.
    pub fn text(&self, ix: usize, max: usize) -> Result<SafeText, Damaged> {
        self.optional_text(ix, max)?
            .ok_or_else(|| self.damaged(ix, "is empty (NULL), not text"))
    }

    /// Text on one line with its runs of white space (line breaks too) made one space, at
    /// most `max` characters: a label or a snippet in a list.
    pub fn flat(&self, ix: usize, max: usize) -> Result<SafeText, Damaged> {
        let raw = self
            .raw_text(ix)?
            .ok_or_else(|| self.damaged(ix, "is empty (NULL), not text"))?;
        let flat: String = raw.split_whitespace().collect::<Vec<_>>().join(" ");
        Ok(SafeText::excerpt(&flat, max))
    }

    /// Text on one line, or `None` for NULL.
    pub fn optional_text(&self, ix: usize, max: usize) -> Result<Option<SafeText>, Damaged> {
        Ok(self.raw_text(ix)?.map(|raw| SafeText::excerpt(&raw, max)))
    }

    /// Text that keeps its line breaks (a stored load error: one problem a line), or `None`
    /// for NULL.
    pub fn optional_lines(&self, ix: usize, max: usize) -> Result<Option<SafeText>, Damaged> {
        Ok(self.raw_text(ix)?.map(|raw| SafeText::message(&raw, max)))
    }

    /// A whole number.
    pub fn int(&self, ix: usize) -> Result<i64, Damaged> {
        match self.value(ix)? {
            ValueRef::Integer(n) => Ok(n),
            ValueRef::Null => Err(self.damaged(ix, "is empty (NULL), not a number")),
            ValueRef::Real(_) => Err(self.damaged(ix, "is a fraction, not a whole number")),
            ValueRef::Text(_) => Err(self.damaged(ix, "is text, not a number")),
            ValueRef::Blob(_) => Err(self.damaged(ix, "is a blob, not a number")),
        }
    }

    /// A whole number, or `None` for NULL.
    pub fn optional_int(&self, ix: usize) -> Result<Option<i64>, Damaged> {
        match self.value(ix)? {
            ValueRef::Null => Ok(None),
            _ => self.int(ix).map(Some),
        }
    }

    /// A line number of a briefing file: a whole number, clamped to the lines a file can have
    /// (a tampered `-5` reads as 1, never as a huge unsigned number).
    pub fn line(&self, ix: usize) -> Result<usize, Damaged> {
        let line = self.int(ix)?;
        Ok(usize::try_from(line).unwrap_or(1).clamp(1, MAX_LINE))
    }

    /// The cell's text as stored (invalid UTF-8 replaced), `None` for NULL.
    fn raw_text(&self, ix: usize) -> Result<Option<String>, Damaged> {
        match self.value(ix)? {
            ValueRef::Text(bytes) => Ok(Some(String::from_utf8_lossy(bytes).into_owned())),
            ValueRef::Null => Ok(None),
            ValueRef::Blob(_) => Err(self.damaged(ix, "is a blob, not text")),
            ValueRef::Integer(_) | ValueRef::Real(_) => {
                Err(self.damaged(ix, "is a number, not text"))
            }
        }
    }

    fn value(&self, ix: usize) -> Result<ValueRef<'_>, Damaged> {
        self.row
            .get_ref(ix)
            .map_err(|_| self.damaged(ix, "is missing"))
    }

    /// The damage of column `ix`, naming the row by its key columns.
    fn damaged(&self, ix: usize, why: &'static str) -> Damaged {
        let name = |ix: usize| {
            self.row.as_ref().column_name(ix).map_or_else(
                |_| format!("column {ix}"),
                |n| SafeText::excerpt(n, 40).to_string(),
            )
        };
        let row = self
            .key
            .iter()
            .map(|&k| format!("{} = {}", name(k), self.shown(k)))
            .collect::<Vec<_>>()
            .join(", ");
        Damaged {
            table: self.table,
            row,
            column: name(ix),
            why,
        }
    }

    /// A cell as a message shows it: quoted text, a number, or what it is.
    fn shown(&self, ix: usize) -> String {
        match self.row.get_ref(ix) {
            Ok(ValueRef::Text(bytes)) => {
                format!(
                    "\"{}\"",
                    SafeText::excerpt(&String::from_utf8_lossy(bytes), 80)
                )
            }
            Ok(ValueRef::Integer(n)) => n.to_string(),
            Ok(ValueRef::Real(x)) => x.to_string(),
            Ok(ValueRef::Null) => "NULL".to_owned(),
            Ok(ValueRef::Blob(_)) => "a blob".to_owned(),
            Err(_) => "?".to_owned(),
        }
    }
}

impl Store {
    /// Runs `sql` on `args` and reads each row of `table` (named in damage by its columns
    /// `key`) with `read`: a damaged row is skipped and kept for [`Store::take_damaged`];
    /// `None` from `read` skips a row that is fine but of no use (a kind this build does not
    /// know).
    pub(crate) fn read_rows<T>(
        &self,
        sql: &str,
        args: impl rusqlite::Params,
        table: &'static str,
        key: &'static [usize],
        mut read: impl FnMut(&Cells<'_, '_>) -> Result<Option<T>, Damaged>,
    ) -> Result<Vec<T>, StoreError> {
        let run = || -> rusqlite::Result<Vec<Result<Option<T>, Damaged>>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let mut rows = stmt.query(args)?;
            let mut out = Vec::new();
            while let Some(row) = rows.next()? {
                out.push(read(&Cells::new(row, table, key)));
            }
            Ok(out)
        };
        let rows = run().map_err(|error| self.fail(error))?;
        Ok(rows.into_iter().filter_map(|row| self.keep(row)).collect())
    }

    /// The value of a row read, or `None` with its damage kept for [`Store::take_damaged`]
    /// (each row once, and at most [`MAX_DAMAGED`]: a store read for hours by the reader's
    /// worker, which never takes them, holds no more).
    pub(crate) fn keep<T>(&self, row: Result<Option<T>, Damaged>) -> Option<T> {
        row.unwrap_or_else(|damaged| {
            let mut kept = self.damaged.borrow_mut();
            if kept.len() < MAX_DAMAGED && !kept.contains(&damaged) {
                kept.push(damaged);
            }
            None
        })
    }

    /// The rows skipped as damaged since the last call (at most [`MAX_DAMAGED`]).
    pub fn take_damaged(&self) -> Vec<Damaged> {
        std::mem::take(&mut *self.damaged.borrow_mut())
    }
}
