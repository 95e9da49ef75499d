//! Text folded for comparison: case and diacritics removed, spaces collapsed, so that
//! "Hélène  DUBOIS" and "helene dubois" name the same actor.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// `text` without case, diacritics or repeated whitespace.
pub fn fold(text: &str) -> String {
    let stripped: String = text.nfd().filter(|&c| !is_combining_mark(c)).collect();
    let folded = caseless::default_case_fold_str(&stripped);
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` folded and reduced to letters and digits joined by `-`, at most `max` characters:
/// a readable key for things that have no id.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if out.chars().count() >= max {
            break;
        }
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_diacritics_and_spaces_fold_away() {
        assert_eq!(fold("Hélène  DUBOIS"), "helene dubois");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold(" Øresund "), "øresund");
    }

    #[test]
    fn slugs_keep_letters_and_digits() {
        assert_eq!(slug("Cold War era", 48), "cold-war-era");
        assert_eq!(slug("  Friday, 25 Oct.  ", 48), "friday-25-oct");
        assert_eq!(slug("日本の声明", 48), "日本の声明");
        assert_eq!(slug("abcdef", 3), "abc");
    }
}
