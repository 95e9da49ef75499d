//! Small text helpers every stage uses: whitespace collapsed, a value fitted to one line,
//! whole-word matches, and the word or punctuation at a token.

use crate::draft::article::{Doc, Kind, Tok};
use crate::text::{Lines, SafeText};

/// `text` with each run of whitespace replaced by one space.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Byte offsets where `needle` occurs in `haystack` as whole words.
pub fn word_matches<'h>(haystack: &'h str, needle: &'h str) -> impl Iterator<Item = usize> + 'h {
    haystack
        .match_indices(needle)
        .filter(move |&(at, _)| {
            let before = haystack[..at].chars().next_back();
            let after = haystack[at + needle.len()..].chars().next();
            !needle.is_empty()
                && !before.is_some_and(char::is_alphanumeric)
                && !after.is_some_and(char::is_alphanumeric)
        })
        .map(|(at, _)| at)
}

/// Words a cut line must not end with: they lead into words that were cut.
#[rustfmt::skip]
const DANGLING: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "with", "by", "at", "as",
    "from", "that", "which", "who", "whose", "was", "were", "is", "are", "has", "have", "had",
    "be", "been", "no", "not", "its", "their", "his", "her", "our", "this", "these", "those",
    "into", "over", "about", "than", "if", "when", "while", "after", "before", "since", "it",
    "they", "we", "he", "she", "i", "you", "would", "will", "could", "can", "may", "might",
];

/// `raw` as one tidy line of at most `max` characters that the loader accepts: whitespace
/// collapsed, cut after a word (at a comma when one comes late enough), with no `…` added,
/// since a stored value must not look like words left out of a quotation; `fallback` when
/// nothing is left.
pub fn fit(raw: &str, max: usize, fallback: &str) -> String {
    let collapsed = collapse(raw);
    let mut out = if collapsed.chars().count() > max {
        let cut: String = collapsed.chars().take(max + 1).collect();
        let at_word = [", ", " "]
            .iter()
            .find_map(|sep| cut.rfind(sep).filter(|&i| i > cut.len() / 2))
            .or_else(|| cut.rfind(' ').filter(|&i| i > 0))
            .unwrap_or(cut.len().min(max));
        let at_word = crate::text::floor_char_boundary(&cut, at_word);
        let mut kept = cut[..at_word].trim_end_matches([',', ';', ':', '—', '–', '-', ' ']);
        // `... her daughter was` ends on a word that leads nowhere: drop it.
        while let Some((rest, last)) = kept.rsplit_once(' ')
            && DANGLING.contains(&last.to_lowercase().as_str())
        {
            kept = rest.trim_end_matches([',', ';', ':', '—', '–', '-', ' ']);
        }
        kept.to_owned()
    } else {
        collapsed
    };
    if SafeText::new(&out, Lines::Single).is_err() {
        // Only a pile of combining marks can fail once the length is capped.
        out.retain(|c| c.is_ascii() || unicode_width::UnicodeWidthChar::width(c) != Some(0));
    }
    if out.trim().is_empty() {
        out = fallback.into();
    }
    out
}

/// The text of token `i` when it is a word, else "".
pub fn word_at<'a>(doc: &Doc<'a>, toks: &[Tok], i: usize) -> &'a str {
    match toks.get(i) {
        Some(t) if t.kind == Kind::Word => doc.word(t),
        _ => "",
    }
}

/// True when token `i` is the punctuation `p`.
pub fn is_punct(doc: &Doc, toks: &[Tok], i: usize, p: &str) -> bool {
    toks.get(i)
        .is_some_and(|t| t.kind == Kind::Punct && doc.word(t) == p)
}

/// True when the word at token `i` follows a dash (`-`, `--`, `–` or `—`) right after a
/// quotation, so it signs it: `“...” — Bernie Sanders`.
pub fn signs_quotation(doc: &Doc, toks: &[Tok], i: usize) -> bool {
    let is_dash = |k: usize| ["-", "–", "—"].iter().any(|d| is_punct(doc, toks, k, d));
    let dashes = (0..i).rev().take_while(|&k| is_dash(k)).take(3).count();
    toks.get(i).is_some_and(|t| t.kind == Kind::Word)
        && (1..=2).contains(&dashes)
        && i.checked_sub(dashes + 1)
            .is_some_and(|q| matches!(toks[q].kind, Kind::Quote(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_at_a_word_and_never_returns_empty() {
        assert_eq!(fit("one two three", 9, "-"), "one two");
        assert_eq!(
            fit(
                "Troops arrived in the north, officials said on Friday",
                40,
                "-"
            ),
            "Troops arrived in the north"
        );
        assert_eq!(fit("abcdefghij", 4, "-"), "abcd");
        assert_eq!(fit(" \n ", 10, "none"), "none");
        let zalgo = format!("Z{}", "\u{301}".repeat(40));
        assert_eq!(fit(&zalgo, 100, "-"), "Z");
    }

    #[test]
    fn words_match_whole() {
        assert_eq!(
            word_matches("NATO said NATOs", "NATO").collect::<Vec<_>>(),
            [0]
        );
        assert_eq!(word_matches("Japanese", "Japan").count(), 0);
    }
}
