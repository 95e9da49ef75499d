//! What the user typed as a library search, made into work linear in its size: at most
//! [`MAX_QUERY_CHARS`], each word once, no word that only begins another (`troop troops`
//! asks for `troops`), and the snippet of a hit found in one pass over its text.

use std::ops::Range;

use super::numbers::{grouped, plain_numbers};
use crate::fold::fold;

/// Longest query searched, in characters: the reader's prompt stops there, and a longer query
/// on the command line is cut (`brief search` says so).
pub const MAX_QUERY_CHARS: usize = 200;

/// Words a snippet shows around its best place.
const SNIPPET_WORDS: usize = 16;

/// A query as searched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Query {
    /// The words to require, as typed (for the full-text index, which folds them itself).
    words: Vec<String>,
    /// The folded word parts a snippet looks for: sorted, none the start of another.
    terms: Vec<String>,
}

impl Query {
    /// The query for `typed`, cut to [`MAX_QUERY_CHARS`]. A word is a run without white
    /// space holding a letter or digit; a word whose folded form is another's, or is the
    /// start of another's (one word part each), is dropped: asking for both finds the same.
    pub fn new(typed: &str) -> Query {
        let typed = cut(typed).unwrap_or(typed);
        // As the index holds them: `3,000` is asked for as `3000`.
        let typed = plain_numbers(typed);
        let mut words: Vec<(String, String)> = Vec::new();
        for word in typed.split_whitespace() {
            if !word.chars().any(char::is_alphanumeric) {
                continue;
            }
            let folded = fold(word);
            if !words.iter().any(|(_, seen)| *seen == folded) {
                words.push((word.to_owned(), folded));
            }
        }
        let simple = |folded: &str| folded.chars().all(char::is_alphanumeric);
        // Each word against the others: at most MAX_QUERY_CHARS / 2 words, each of them short.
        let implied = |ix: usize, folded: &str| {
            simple(folded)
                && words.iter().enumerate().any(|(other, (_, longer))| {
                    other != ix && simple(longer) && longer.starts_with(folded)
                })
        };
        let kept: Vec<String> = words
            .iter()
            .enumerate()
            .filter(|(ix, (_, folded))| !implied(*ix, folded))
            .map(|(_, (word, _))| word.clone())
            .collect();
        let mut terms: Vec<String> = kept
            .iter()
            .flat_map(|word| parts(&fold(word)).map(str::to_owned).collect::<Vec<_>>())
            .collect();
        terms.sort();
        terms.dedup();
        // Sorted, a term that begins another comes right before one it begins.
        let mut free: Vec<String> = Vec::with_capacity(terms.len());
        for term in terms.into_iter().rev() {
            if !free
                .last()
                .is_some_and(|longer: &String| longer.starts_with(&term))
            {
                free.push(term);
            }
        }
        free.reverse();
        Query {
            words: kept,
            terms: free,
        }
    }

    /// The full-text (FTS5) expression for every column: every word quoted (so nothing
    /// typed is query syntax) and matched as a word prefix, all words required, each found
    /// as it is in body text or marked (see [`head_terms`]) in a title or name. `None` when
    /// nothing searchable was typed. A single word is asked plain only: an item holding it
    /// only in a title or name is a hit of [`Query::head_expression`], found first.
    pub fn expression(&self) -> Option<String> {
        if let [word] = self.words.as_slice() {
            return Some(format!("\"{}\"*", word.replace('"', "\"\"")));
        }
        self.join(" AND ", |word| {
            format!(
                "(\"{}\"* OR {})",
                word.replace('"', "\"\""),
                head_phrase(word)
            )
        })
    }

    /// The full-text expression for titles and names alone: as [`Query::expression`], each
    /// word marked (see [`head_phrase`]).
    pub fn head_expression(&self) -> Option<String> {
        self.join(" ", head_phrase)
    }

    /// Each word made a phrase by `phrase`, all required (joined by `and`).
    fn join(&self, and: &str, phrase: impl Fn(&str) -> String) -> Option<String> {
        let words: Vec<String> = self.words.iter().map(|word| phrase(word)).collect();
        (!words.is_empty()).then(|| words.join(and))
    }

    /// The term a folded word begins with, if any (the terms being sorted and none the start
    /// of another, only the last term not after the word can be).
    fn term_of(&self, folded: &str) -> Option<usize> {
        let after = self.terms.partition_point(|term| term.as_str() <= folded);
        let ix = after.checked_sub(1)?;
        folded.starts_with(self.terms[ix].as_str()).then_some(ix)
    }

    /// The part of `text` to show with a hit: the [`SNIPPET_WORDS`] words holding the most
    /// different terms of the query (the first such place), with `…` where text is left
    /// out; the start of the text when no word matches. One pass over the text.
    pub fn snippet(&self, text: &str) -> String {
        let words: Vec<Range<usize>> = word_ranges(text).collect();
        if words.is_empty() {
            return text.trim().to_owned();
        }
        let terms: Vec<Option<usize>> = words
            .iter()
            .map(|range| self.term_of(&fold(&plain_numbers(&text[range.clone()]))))
            .collect();
        let width = SNIPPET_WORDS.min(words.len());
        let mut counts = vec![0usize; self.terms.len()];
        let mut distinct = 0;
        let (mut best, mut best_start) = (0, 0);
        for (end, term) in terms.iter().enumerate() {
            if let Some(t) = *term {
                counts[t] += 1;
                distinct += usize::from(counts[t] == 1);
            }
            if end >= width
                && let Some(t) = terms[end - width]
            {
                counts[t] -= 1;
                distinct -= usize::from(counts[t] == 0);
            }
            if end + 1 >= width && distinct > best {
                (best, best_start) = (distinct, end + 1 - width);
            }
        }
        // The text's own start and end where the window reaches them (a leading quote mark,
        // a closing full stop); `…` where words are left out.
        let whole = best_start + width == words.len();
        let first = if best_start == 0 {
            0
        } else {
            words[best_start].start
        };
        let last = if whole {
            text.len()
        } else {
            words[best_start + width - 1].end
        };
        let mut out = String::new();
        if best_start > 0 {
            out.push('…');
        }
        out.push_str(text[first..last].trim());
        if !whole {
            out.push('…');
        }
        out
    }
}

/// A query longer than [`MAX_QUERY_CHARS`] cut to that many characters (at the last white
/// space before the cut, when there is one); `None` when it is not longer.
pub fn cut(typed: &str) -> Option<&str> {
    let (end, _) = typed.char_indices().nth(MAX_QUERY_CHARS)?;
    let head = &typed[..end];
    Some(match head.rfind(char::is_whitespace) {
        Some(space) if space > 0 => head[..space].trim_end(),
        _ => head,
    })
}

/// What the full-text index holds for a title or name: every word marked with [`HEAD_MARK`]
/// before each run of characters the index's tokenizer keeps together (letters, digits,
/// private-use characters), so that the index holds `\u{E000}word` for a title's `word`;
/// then each run's first character marked with [`INITIAL_MARK`], a term of its own. Titles
/// and names so have terms of their own in the one full-text table: asking for them reads no
/// body text, and body text holds no copy of them; a one-letter word is one term, not every
/// title term that begins with it merged on the fly.
pub(crate) fn head_terms(text: &str) -> String {
    let mut marked = String::with_capacity(text.len() + text.len() / 2);
    let mut initials = String::new();
    let mut in_word = false;
    for c in text.chars() {
        let word = is_word_char(c);
        if word && !in_word {
            marked.push(HEAD_MARK);
            initials.extend([' ', INITIAL_MARK, c]);
        }
        in_word = word;
        marked.push(c);
    }
    marked + &initials
}

/// The phrase that finds the typed `word` among title and name terms (see [`head_terms`]):
/// its one initial term when it is a single letter or digit, else its runs marked, the last
/// one a prefix.
fn head_phrase(word: &str) -> String {
    let mut chars = word.chars().filter(|&c| is_word_char(c));
    if let (Some(only), None) = (chars.next(), chars.next()) {
        return format!("\"{INITIAL_MARK}{only}\"");
    }
    let mut marked = String::with_capacity(word.len() + 8);
    let mut in_word = false;
    for c in word.chars() {
        let is_word = is_word_char(c);
        if is_word && !in_word {
            marked.push(HEAD_MARK);
        }
        in_word = is_word;
        marked.push(c);
        if c == '"' {
            marked.push('"');
        }
    }
    format!("\"{marked}\"*")
}

/// The character that begins each title or name term in the full-text index: a private-use
/// character, which the tokenizer keeps as part of a word.
const HEAD_MARK: char = '\u{E000}';

/// The character that begins the term of a title or name word's first character.
const INITIAL_MARK: char = '\u{E001}';

/// A character the index's tokenizer keeps within a word.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_private_use(c)
}

/// True for a character of Unicode's private-use areas (category `Co`).
fn is_private_use(c: char) -> bool {
    matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{FFFFD}' | '\u{100000}'..='\u{10FFFD}')
}

/// The runs of letters and digits of `folded`.
pub(super) fn parts(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
}

/// Byte ranges of the words of `text`: runs of letters and digits, a number written in
/// groups (`3,000`) one word.
fn word_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut groups = grouped(text).into_iter().peekable();
    let mut runs = letters_and_digits(text).peekable();
    std::iter::from_fn(move || {
        let run = runs.next()?;
        while groups.next_if(|group| group.end <= run.start).is_some() {}
        let Some(group) = groups.next_if(|group| group.start <= run.start) else {
            return Some(run);
        };
        while runs.next_if(|next| next.start < group.end).is_some() {}
        Some(run.start..group.end)
    })
}

/// Byte ranges of the runs of letters and digits of `text`.
fn letters_and_digits(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(at, c)| match (start, c.is_alphanumeric()) {
            (None, true) => {
                start = Some(at);
                None
            }
            (Some(from), false) => {
                start = None;
                Some(from..at)
            }
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_words_become_quoted_prefixes() {
        let expression = |typed: &str| Query::new(typed).expression();
        assert_eq!(
            expression("hay  conc").as_deref(),
            Some("(\"hay\"* OR \"\u{E000}hay\"*) AND (\"conc\"* OR \"\u{E000}conc\"*)")
        );
        assert_eq!(
            Query::new("say \"NEAR(x)\" OR")
                .head_expression()
                .as_deref(),
            Some("\"\u{E000}say\"* \"\"\"\u{E000}NEAR(\u{E000}x)\"\"\"* \"\u{E000}OR\"*")
        );
        assert_eq!(expression("hay").as_deref(), Some("\"hay\"*"));
        assert_eq!(
            expression("sanctions p").as_deref(),
            Some("(\"sanctions\"* OR \"\u{E000}sanctions\"*) AND (\"p\"* OR \"\u{E001}p\")")
        );
        assert_eq!(
            Query::new("É.").head_expression().as_deref(),
            Some("\"\u{E001}É\"")
        );
        assert_eq!(expression(" -- ; "), None);
    }

    #[test]
    fn a_word_repeated_or_begun_by_another_is_asked_for_once() {
        let query = Query::new("troops Troops troop TROOPS war warsaw u.s. u.s.");
        assert_eq!(
            query.head_expression().as_deref(),
            Some("\"\u{E000}troops\"* \"\u{E000}warsaw\"* \"\u{E000}u.\u{E000}s.\"*")
        );
        assert_eq!(query.terms, ["s", "troops", "u", "warsaw"]);
        assert_eq!(Query::new(&"word ".repeat(800)).words, ["word"]);
    }

    #[test]
    fn a_title_is_indexed_as_marked_words_then_marked_initials() {
        assert_eq!(
            head_terms("Kim Jong-un, 日本"),
            "\u{E000}Kim \u{E000}Jong-\u{E000}un, \u{E000}日本 \u{E001}K \u{E001}J \u{E001}u \u{E001}日"
        );
        assert_eq!(head_terms(""), "");
    }

    #[test]
    fn a_long_query_is_cut_at_a_space() {
        let long = "abc ".repeat(100);
        let cut = cut(&long).unwrap();
        assert!(cut.chars().count() <= MAX_QUERY_CHARS && cut.ends_with("abc"));
        assert_eq!(super::cut("short"), None);
    }

    #[test]
    fn the_snippet_is_the_first_window_with_the_most_terms() {
        let words = |range: Range<usize>| range.map(|n| format!("w{n}")).collect::<Vec<_>>();
        let text = words(0..40).join(" ");
        let query = Query::new("w30 w33");
        assert_eq!(
            query.snippet(&text),
            format!("…{}…", words(18..34).join(" "))
        );
        assert_eq!(
            Query::new("w0").snippet(&text),
            format!("{}…", words(0..16).join(" "))
        );
        assert_eq!(
            Query::new("zz").snippet("Élan vital, then more."),
            "Élan vital, then more."
        );
    }

    #[test]
    fn a_number_is_asked_for_and_found_without_its_group_separators() {
        assert_eq!(
            Query::new("3,000").expression().as_deref(),
            Some("\"3000\"*")
        );
        let text = format!("{} about 3,000 troops", "word ".repeat(30));
        assert!(Query::new("3000").snippet(&text).contains("about 3,000"));
        let words: Vec<&str> = word_ranges("a 1,250,000 b")
            .map(|r| &"a 1,250,000 b"[r])
            .collect();
        assert_eq!(words, ["a", "1,250,000", "b"]);
    }
}
