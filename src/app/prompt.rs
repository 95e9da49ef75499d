//! Typing into a one-line query (the search prompt, the picker's filter). Only characters
//! that are safe on a terminal are taken, up to a cap, so a query is drawn as it is.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::text::is_unsafe_char;

/// Most characters a query holds.
pub const MAX_QUERY_CHARS: usize = 200;

/// The query after `key` when `key` types or deletes a character; None for any other key.
/// An unsafe character, or one past [`MAX_QUERY_CHARS`], leaves the query as it was.
pub fn typed(query: &str, key: &KeyEvent) -> Option<String> {
    typed_up_to(query, key, MAX_QUERY_CHARS)
}

/// [`typed`] for a text of at most `max_chars` characters (a note).
pub fn typed_up_to(query: &str, key: &KeyEvent, max_chars: usize) -> Option<String> {
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    let mut query = query.to_owned();
    match key.code {
        KeyCode::Backspace => {
            query.pop();
        }
        KeyCode::Char(c) if plain => {
            if !is_unsafe_char(c) && query.chars().count() < max_chars {
                query.push(c);
            }
        }
        _ => return None,
    }
    Some(query)
}

/// The query after pasting `text` at its end: line breaks and tabs become spaces, unsafe
/// characters are dropped, and the query stops at [`MAX_QUERY_CHARS`].
pub fn pasted(query: &str, text: &str) -> String {
    pasted_up_to(query, text, MAX_QUERY_CHARS)
}

/// [`pasted`] for a text of at most `max_chars` characters (a note).
pub fn pasted_up_to(query: &str, text: &str, max_chars: usize) -> String {
    let room = max_chars.saturating_sub(query.chars().count());
    let mut query = query.to_owned();
    query.extend(
        text.chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .filter(|&c| !is_unsafe_char(c))
            .take(room),
    );
    query
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn characters_are_typed_and_deleted() {
        assert_eq!(
            typed("nat", &key(KeyCode::Char('o'))).as_deref(),
            Some("nato")
        );
        assert_eq!(
            typed("日本", &key(KeyCode::Backspace)).as_deref(),
            Some("日")
        );
        assert_eq!(typed("x", &key(KeyCode::Enter)), None);
        assert_eq!(
            typed(
                "x",
                &KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)
            ),
            None
        );
    }

    #[test]
    fn pasted_text_is_one_safe_line_within_the_cap() {
        assert_eq!(pasted("a", "b\nc\u{1b}]0;x\u{7}\td"), "ab c]0;x d");
        let long = "y".repeat(MAX_QUERY_CHARS * 2);
        assert_eq!(pasted("x", &long).chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn unsafe_characters_and_overlong_queries_are_not_taken() {
        for c in ['\u{1b}', '\u{202e}', '\u{200b}', '\u{9b}'] {
            assert_eq!(typed("a", &key(KeyCode::Char(c))).as_deref(), Some("a"));
        }
        let full = "x".repeat(MAX_QUERY_CHARS);
        assert_eq!(typed(&full, &key(KeyCode::Char('y'))), Some(full.clone()));
        assert_eq!(
            typed(&full, &key(KeyCode::Backspace)).unwrap().len(),
            MAX_QUERY_CHARS - 1
        );
    }
}
