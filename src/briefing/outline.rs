//! A large briefing file outlined without building it, for the picker: the text of its
//! `[briefing]` table (and the lines before the first table) to load on its own, and its items
//! counted by their `[[actors]]`, `[[quotes]]`, `[[timeline]]` and `[[implications]]` headers.
//! One pass of the TOML lexer, so text inside strings is never taken for a header; memory is
//! the file's text and nothing that grows with its items.

use toml_parser::Source;
use toml_parser::lexer::TokenKind;

/// What an outline found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outline {
    /// The lines before the first table and every `[briefing…]` table, in file order.
    pub header: String,
    /// How many `[[actors]]`, `[[quotes]]`, `[[timeline]]` and `[[implications]]` tables.
    pub items: [usize; 4],
}

/// Which table the lines being read belong to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Section {
    /// Before any table header.
    Root,
    /// `[briefing]` and its sub-tables: part of the header.
    Briefing,
    /// An item's table: counted, not kept.
    Item,
}

/// The outline of `text`; `None` when it is not laid out as the format writes it (an item list
/// as an inline array, a table of another name), so that only a full load can say what it
/// holds or what is wrong with it.
pub fn outline(text: &str) -> Option<Outline> {
    let mut found = Outline::default();
    let mut section = Section::Root;
    let mut kept_from = Some(0);
    let mut line_start = true;
    let mut tokens = Source::new(text).lex().peekable();
    while let Some(token) = tokens.next() {
        let kind = token.kind();
        match kind {
            TokenKind::Newline => {
                line_start = true;
                continue;
            }
            TokenKind::Whitespace | TokenKind::Comment | TokenKind::Eof => continue,
            _ => {}
        }
        if !std::mem::take(&mut line_start) {
            continue;
        }
        let start = token.span().start();
        if kind != TokenKind::LeftSquareBracket {
            // A key at the start of a line: in the root, no item list may be written as a
            // key (`quotes = [...]`), or the counts would miss it.
            let name = key_part(&text[start..token.span().end()]);
            if section == Section::Root && ITEM_TABLES.contains(&name) {
                return None;
            }
            continue;
        }
        let array = tokens
            .next_if(|t| t.kind() == TokenKind::LeftSquareBracket)
            .is_some();
        let mut path = Vec::new();
        for token in tokens.by_ref() {
            match token.kind() {
                TokenKind::RightSquareBracket | TokenKind::Newline | TokenKind::Eof => break,
                TokenKind::Atom | TokenKind::BasicString | TokenKind::LiteralString => {
                    path.push(key_part(&text[token.span().start()..token.span().end()]));
                }
                _ => {}
            }
        }
        let next = match path.as_slice() {
            ["briefing", ..] => Section::Briefing,
            [name] if array => {
                let kind = ITEM_TABLES.iter().position(|table| table == name)?;
                found.items[kind] += 1;
                Section::Item
            }
            _ => return None,
        };
        match (kept_from, next) {
            (Some(from), Section::Item) => {
                found.header.push_str(&text[from..start]);
                kept_from = None;
            }
            (None, Section::Briefing) => kept_from = Some(start),
            _ => {}
        }
        section = next;
    }
    if let Some(from) = kept_from {
        found.header.push_str(&text[from..]);
    }
    Some(found)
}

/// The item tables, in the order of [`Outline::items`].
const ITEM_TABLES: [&str; 4] = ["actors", "quotes", "timeline", "implications"];

/// A key part as written, without its quotes.
fn key_part(raw: &str) -> &str {
    let quoted = raw.len() >= 2 && (raw.starts_with('"') || raw.starts_with('\''));
    if quoted { &raw[1..raw.len() - 1] } else { raw }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_counted_and_the_briefing_table_kept_wherever_it_is() {
        let text = "format = 1\n[[actors]]\nid = \"a\"\nnotes = \"\"\"\n[[actors]]\n\"\"\"\n\
            [briefing]\nid = \"b\"\n[[briefing.sources]]\ntitle = \"s\"\n\
            [[quotes]]\nid = \"q\"\n  [[ \"quotes\" ]]\n[[timeline]]\n";
        let found = outline(text).unwrap();
        assert_eq!(found.items, [1, 2, 1, 0]);
        assert_eq!(
            found.header,
            "format = 1\n[briefing]\nid = \"b\"\n[[briefing.sources]]\ntitle = \"s\"\n"
        );
    }

    #[test]
    fn an_item_list_written_otherwise_needs_a_full_load() {
        assert_eq!(outline("format = 1\nquotes = []\n"), None);
        assert_eq!(outline("[actors]\nx = 1\n"), None);
        assert_eq!(outline("[[other]]\n"), None);
        assert!(outline("[briefing]\nquotes = 1\n").is_some());
    }
}
