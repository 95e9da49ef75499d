//! Ids of each kind of entry (duplicates, references and what they probably meant) and the
//! line of each entry.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::ops::Range;

use toml::Spanned;

use crate::diag::{self, Diagnostic, LineIndex, echo};
use crate::text::SafeText;
use crate::toml_read::{Need, Table};

use super::MAX_ERRORS_SHOWN;
use super::fields::valid_id;

/// Line numbers of entries, counted forward from the last one asked (entries mostly come in
/// file order), so a file without errors never builds a table of line starts.
pub(super) struct LineCounter<'a> {
    text: &'a [u8],
    offset: usize,
    line: usize,
}

/// Ids of one kind of entry: id to (index, span of its definition). An id borrows the file's
/// text (unless it was written with escapes), so it outlives the table it was read from.
#[derive(Default)]
pub(super) struct IdTable<'i> {
    by_id: HashMap<Cow<'i, str>, (usize, Range<usize>)>,
    order: Vec<Cow<'i, str>>,
    next: usize,
    /// Dangling references given a "did you mean" so far: each costs a comparison with every
    /// id, so a file with thousands of them gets suggestions only for the first few.
    suggested: Cell<usize>,
}

impl<'a> LineCounter<'a> {
    pub(super) fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter {
            text: text.as_bytes(),
            offset: 0,
            line: 1,
        }
    }

    /// The 1-based line of byte `offset`.
    pub(super) fn line(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            (self.offset, self.line) = (0, 1);
        }
        self.line += memchr::memchr_iter(b'\n', &self.text[self.offset..offset]).count();
        self.offset = offset;
        self.line
    }
}

/// The ids of each kind of entry, for duplicate checks and resolving references.
#[derive(Default)]
pub(super) struct Ids<'i> {
    pub(super) sources: IdTable<'i>,
    pub(super) actors: IdTable<'i>,
    pub(super) events: IdTable<'i>,
    pub(super) quotes: IdTable<'i>,
    pub(super) implications: IdTable<'i>,
}

impl<'i> IdTable<'i> {
    /// Reads the `id` of the next entry, checking its form and that it is new.
    pub(super) fn define(
        &mut self,
        t: &Table<'_, 'i>,
        kind: &str,
        need: Need,
        lines: &LineIndex<'_>,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<SafeText> {
        let index = self.next;
        self.next += 1;
        let value = t.shared_str("id", need, errors)?;
        let id = valid_id(
            &Spanned::new(value.span(), value.get_ref().as_ref()),
            errors,
        )?;
        let span = value.span();
        match self.by_id.entry(value.into_inner()) {
            Entry::Occupied(first) => {
                let line = lines.position(first.get().1.start).line;
                errors.push(Diagnostic::at(
                    span,
                    format!("duplicate {kind} id '{id}' (first used on line {line}); give each {kind} its own id"),
                ));
            }
            Entry::Vacant(slot) => {
                self.order.push(slot.key().clone());
                slot.insert((index, span));
            }
        }
        Some(id)
    }

    /// Resolves one reference, reporting it when it names no entry.
    pub(super) fn find(
        &self,
        r: &Spanned<&str>,
        key: &str,
        kind: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<usize> {
        let found = self.by_id.get(*r.get_ref()).map(|(index, _)| *index);
        if found.is_none() {
            errors.push(Diagnostic::at(
                r.span(),
                self.dangling(r.get_ref(), key, kind),
            ));
        }
        found
    }

    /// Resolves references to indexes, reporting each that names no entry or is repeated.
    pub(super) fn resolve(
        &self,
        refs: &[Spanned<&str>],
        key: &str,
        kind: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<usize> {
        let mut resolved = Vec::with_capacity(refs.len());
        // Short lists are checked for repeats by scanning; long ones by a set, so a list of
        // 100,000 refs stays linear.
        let mut seen = (refs.len() > 16).then(std::collections::HashSet::new);
        for r in refs {
            let found = self.find(r, key, kind, errors);
            let repeated = found.is_some_and(|index| match &mut seen {
                Some(seen) => !seen.insert(index),
                None => resolved.contains(&index),
            });
            match found {
                Some(_) if repeated => errors.push(Diagnostic::at(
                    r.span(),
                    format!(
                        "{kind} {} is listed twice in {key}; remove one",
                        echo(r.get_ref())
                    ),
                )),
                Some(index) => resolved.push(index),
                None => {}
            }
        }
        resolved
    }

    pub(super) fn dangling(&self, id: &str, key: &str, kind: &str) -> String {
        let mut message = format!("{key} {} is not the id of any {kind}", echo(id));
        let suggest = self.suggested.get() < MAX_ERRORS_SHOWN;
        self.suggested.set(self.suggested.get() + 1);
        let close = if suggest {
            diag::closest(id, self.order.iter().map(AsRef::as_ref))
        } else {
            None
        };
        match close {
            Some(known) => message.push_str(&format!("; did you mean '{known}'?")),
            None if self.order.is_empty() => {
                message.push_str(&format!("; the file defines no {kind}s"))
            }
            None => {
                let shown: Vec<&str> = self.order.iter().take(8).map(AsRef::as_ref).collect();
                let more = if self.order.len() > shown.len() {
                    ", …"
                } else {
                    ""
                };
                message.push_str(&format!(" (known: {}{more})", shown.join(", ")));
            }
        }
        message
    }
}
