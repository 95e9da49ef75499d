//! Ids for drafted entries: lowercase `a-z0-9-` slugs of names, unique within a kind, at
//! most 64 characters (the loader's id rule).

use std::collections::{HashMap, HashSet};

/// Longest id the loader accepts.
pub const MAX_ID: usize = 64;

/// `text` as an id: Latin letters without accents, lowercase, other runs as `-`, cut to
/// `max` characters. Empty when `text` has no letter or digit it can keep.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        match plain(c) {
            Some(p) => out.push(p),
            None if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            None => {}
        }
    }
    if out.len() > max {
        // Cut at a word when one ends late enough, else mid-word.
        let cut = out[..=max]
            .rfind('-')
            .filter(|&i| i > max / 2)
            .unwrap_or(max);
        out.truncate(cut);
    }
    out.trim_end_matches('-').to_owned()
}

/// Most words of a short id.
const SHORT_WORDS: usize = 4;
/// Most characters of a short id.
const SHORT_CHARS: usize = 40;

/// Small words left out of a short id (and out of the words that match events, `merge`).
#[rustfmt::skip]
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "but", "has", "have", "had",
    "is", "are", "was", "were", "be", "been", "its", "their", "his", "her", "with", "by", "at",
    "as", "from", "that", "this", "over", "after", "into", "s", "says", "said", "will",
];

/// A short, readable id from `text`: its first few words that are not small words
/// (`North Korean troops arrive in Russia` -> `north-korean-troops-arrive`), like the ids an
/// author writes; empty when `text` has no letter or digit to keep.
pub fn short(text: &str) -> String {
    let words: Vec<String> = slug(text, usize::MAX)
        .split('-')
        .filter(|w| !STOP_WORDS.contains(w))
        .take(SHORT_WORDS)
        .map(str::to_owned)
        .collect();
    let id = if words.is_empty() {
        slug(text, SHORT_CHARS)
    } else {
        words.join("-")
    };
    slug(&id, SHORT_CHARS)
}

/// The ASCII letter or digit `c` stands for (`é` -> `e`), if any.
fn plain(c: char) -> Option<char> {
    if c.is_ascii_alphanumeric() {
        return Some(c);
    }
    let base = match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
        'ł' | 'ľ' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        _ => return None,
    };
    Some(base)
}

/// Hands out ids that are unique among those it handed out.
#[derive(Debug, Default)]
pub struct Ids {
    /// Every id handed out.
    used: HashSet<String>,
    /// The next suffix to try for a base id: the ones below it are taken.
    next: HashMap<String, usize>,
}

impl Ids {
    /// Ids that `taken` already uses (a briefing's own), so none is handed out again.
    pub fn taken<'a>(taken: impl IntoIterator<Item = &'a str>) -> Ids {
        Ids {
            used: taken.into_iter().map(str::to_owned).collect(),
            next: HashMap::new(),
        }
    }

    /// A new id from `text` (or `fallback` when `text` gives none), with `-2`, `-3`, ... added
    /// when it is taken.
    pub fn unique(&mut self, text: &str, fallback: &str) -> String {
        let mut base = slug(text, MAX_ID);
        if base.is_empty() {
            base = slug(fallback, MAX_ID);
        }
        let mut n = self.next.get(&base).copied().unwrap_or(1);
        loop {
            let id = if n == 1 {
                base.clone()
            } else {
                let suffix = format!("-{n}");
                let mut cut = base.clone();
                cut.truncate(MAX_ID - suffix.len());
                format!("{}{suffix}", cut.trim_end_matches('-'))
            };
            if self.used.insert(id.clone()) {
                self.next.insert(base, n + 1);
                return id;
            }
            n += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_lowercase() {
        assert_eq!(slug("Péter Kovács", 64), "peter-kovacs");
        assert_eq!(slug("  U.S. Embassy in Lima!", 64), "u-s-embassy-in-lima");
        assert_eq!(slug("林芳正", 64), "");
        assert_eq!(slug("abc def", 4), "abc");
        assert_eq!(slug("abcdef ghi", 8), "abcdef");
        assert_eq!(slug("abcdefghi", 4), "abcd");
    }

    #[test]
    fn short_ids_keep_the_first_words_that_say_something() {
        assert_eq!(
            short("North Korean troops arrive in Russia"),
            "north-korean-troops-arrive"
        );
        assert_eq!(short("The Associated Press"), "associated-press");
        assert_eq!(short("of the"), "of-the");
        assert_eq!(short("林芳正"), "");
    }

    #[test]
    fn ids_are_unique_and_short() {
        let mut ids = Ids::default();
        assert_eq!(ids.unique("Japan", "actor"), "japan");
        assert_eq!(ids.unique("japan", "actor"), "japan-2");
        assert_eq!(ids.unique("", "actor"), "actor");
        let long = "x".repeat(100);
        assert_eq!(ids.unique(&long, "a").len(), MAX_ID);
        let second = ids.unique(&long, "a");
        assert!(second.len() <= MAX_ID && second.ends_with("-2"), "{second}");
    }
}
