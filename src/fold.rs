//! Folding for search: diacritics removed and Unicode full case folding, per character, so
//! folded text can be mapped back to the original for highlighting, the reader's matches and
//! the library's hits alike.

use std::ops::Range;

use caseless::Caseless;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The longest canonical decomposition of one character (Unicode's is four).
const MAX_DECOMPOSITION: usize = 8;

/// Where letters carry diacritics that search ignores: Latin (with Vietnamese), Greek and
/// Cyrillic. Elsewhere a decomposition changes the letter itself (a Hangul syllable into its
/// jamo, a kana's voicing mark), so those stay as written.
const WITH_DIACRITICS: [std::ops::RangeInclusive<char>; 3] = [
    '\u{00C0}'..='\u{024F}',
    '\u{0370}'..='\u{04FF}',
    '\u{1E00}'..='\u{1FFF}',
];

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
    } else if is_combining_mark(c) {
        // A mark written on its own (decomposed text) folds away.
    } else if WITH_DIACRITICS.iter().any(|range| range.contains(&c)) {
        let mut letters = ['\0'; MAX_DECOMPOSITION];
        let mut count = 0;
        decompose_canonical(c, |part| {
            if count < MAX_DECOMPOSITION && !is_combining_mark(part) {
                letters[count] = part;
                count += 1;
            }
        });
        out.extend(letters[..count].iter().copied().default_case_fold());
    } else {
        out.extend(std::iter::once(c).default_case_fold());
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
