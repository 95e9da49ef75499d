//! Folding for search: diacritics removed and Unicode full case folding, per character, so
//! folded text can be mapped back to the original for highlighting. The reader's search and
//! the library's (the store keeps its text folded the same way) match alike.

use std::ops::Range;

use caseless::Caseless;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds text: no diacritics (`é` matches `e`) and full case folding (`ß` matches `SS`,
/// `Σ`/`ς` match `σ`).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        push_folded(&mut out, c);
    }
    out
}

/// Appends the folding of one character (folding is per character, so text can be folded
/// piecewise and mapped back).
fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        let base = std::iter::once(c).nfd().filter(|&c| !is_combining_mark(c));
        out.extend(base.default_case_fold());
    }
}

/// Byte ranges of `text` whose folded form equals `folded_query`, for highlighting.
pub fn find_ranges(text: &str, folded_query: &str) -> Vec<Range<usize>> {
    if folded_query.is_empty() {
        return Vec::new();
    }
    let mut folded = String::with_capacity(text.len());
    let mut origin = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        let before = folded.len();
        push_folded(&mut folded, c);
        origin.extend(std::iter::repeat_n(offset, folded.len() - before));
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut from = 0;
    while let Some(found) = folded[from..].find(folded_query) {
        let start = from + found;
        let end = start + folded_query.len();
        let last = origin[end - 1];
        let original_end = last + text[last..].chars().next().map_or(0, char::len_utf8);
        let range = origin[start]..original_end;
        // Two matches inside the folding of one character (`s` in `ß`, folded `ss`) map to
        // the same original character: they merge, so no character is highlighted twice.
        match ranges.last_mut() {
            Some(previous) if range.start < previous.end => {
                previous.end = previous.end.max(range.end);
            }
            _ => ranges.push(range),
        }
        from = end;
    }
    ranges
}
