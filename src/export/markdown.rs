//! Report blocks as CommonMark. Text from a briefing is inert: every character that could start
//! markup (HTML, emphasis, links, code, headings, lists, tables) is escaped, every line of a
//! multi-line field keeps its block's prefix so it cannot leave its section, and only plain
//! http(s) URLs become links.

use super::plan::{Block, Line, Marker, Span};
use super::web_url;

/// The report as Markdown.
pub(super) fn render(blocks: &[Block]) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(level, line) => {
                let hashes = "#".repeat(usize::from(*level));
                prefixed(&mut out, &inline(line).replace('\n', " "), &hashes, "");
                out.push('\n');
            }
            Block::Text(line) => {
                prefixed(&mut out, &inline(line), "", "");
                out.push('\n');
            }
            Block::Entry { marker, lead, body } => {
                let marker = match marker {
                    Marker::Bullet => "-".to_owned(),
                    Marker::Number(n) => format!("{n}."),
                };
                let pad = " ".repeat(marker.len() + 1);
                prefixed(&mut out, &inline(lead).replace('\n', " "), &marker, "");
                for line in body {
                    out.push('\n');
                    prefixed(&mut out, &inline(line), &pad, &pad);
                }
                out.push('\n');
            }
            Block::Quote {
                number,
                text,
                attribution,
            } => {
                let quote = format!("**Q{number}.** “{}”", escape(text, false));
                prefixed(&mut out, &quote, ">", ">");
                out.push_str(">\n");
                prefixed(&mut out, &inline(attribution), ">", ">");
                out.push('\n');
            }
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Writes each line of `text` after a prefix (`first` for the first line, `rest` for the
/// others, each followed by a space); a blank line keeps only the prefix, so a blank line in a
/// quotation stays inside it.
fn prefixed(out: &mut String, text: &str, first: &str, rest: &str) {
    for (i, line) in text.split('\n').enumerate() {
        let prefix = if i == 0 { first } else { rest };
        let line = line.trim_end();
        out.push_str(prefix);
        if !line.is_empty() {
            if !prefix.is_empty() && !prefix.ends_with(' ') {
                out.push(' ');
            }
            out.push_str(line);
        }
        out.truncate(out.trim_end_matches(' ').len());
        out.push('\n');
    }
}

/// A line of spans as Markdown. Every line holding a span starts a block's content, so the
/// first span is escaped as a line start.
fn inline(line: &Line) -> String {
    let mut out = String::new();
    for span in line {
        let at_start = out.is_empty();
        match span {
            Span::Text(text) | Span::Grade(_, text) => out.push_str(&escape(text, at_start)),
            Span::Strong(text) => {
                let text = text.trim();
                if !text.is_empty() {
                    out.push_str("**");
                    out.push_str(&escape(text, false));
                    out.push_str("**");
                }
            }
            Span::Mark(mark) => out.push_str(mark),
            Span::Url(url) if web_url(url) => {
                out.push('<');
                out.push_str(url);
                out.push('>');
            }
            Span::Url(url) => out.push_str(&escape(url, at_start)),
        }
    }
    out
}

/// Characters that start or end inline markup anywhere in a line: code, emphasis, links and
/// images, HTML and autolinks, entities, escapes, heading closers, and the common extensions
/// (tables, strikethrough, math, super- and subscript, heading attributes).
const INLINE_SYNTAX: &[char] = &[
    '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '|', '~', '$', '^', '{', '}',
];

/// `text` as literal Markdown text: inline syntax escaped with backslashes, and at the start
/// of each line (the first only when `at_start`) leading spaces removed (four would make a
/// code block) and list, heading and rule markers escaped.
pub(super) fn escape(text: &str, at_start: bool) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for (i, line) in text.split('\n').enumerate() {
        let mut line = line;
        if i > 0 {
            out.push('\n');
        }
        if i > 0 || at_start {
            line = line.trim_start();
            line = escape_line_start(line, &mut out);
        }
        for c in line.chars() {
            if INLINE_SYNTAX.contains(&c) {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// Escapes a block marker at the start of `line` into `out` and returns the rest: `-`, `+`
/// and `=` (bullets, setext underlines, rules), `:` (definition lists) and the `.` or `)` of
/// an ordered list's `1.`.
fn escape_line_start<'a>(line: &'a str, out: &mut String) -> &'a str {
    if let Some(rest) = line.strip_prefix(['-', '+', '=', ':']) {
        out.push('\\');
        out.push_str(&line[..1]);
        return rest;
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits > 0 && line[digits..].starts_with(['.', ')']) {
        out.push_str(&line[..digits]);
        out.push('\\');
        out.push_str(&line[digits..=digits]);
        return &line[digits + 1..];
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_syntax_is_escaped_everywhere() {
        assert_eq!(
            escape("a <img src=x> *b* [c](d) `e` &amp; |f| ~g~ #h", false),
            r"a \<img src=x\> \*b\* \[c\](d) \`e\` \&amp; \|f\| \~g\~ \#h"
        );
    }

    #[test]
    fn block_markers_are_escaped_at_line_starts_only() {
        assert_eq!(
            escape("- a\n+ b\n= c\n12. d\n3) e", true),
            "\\- a\n\\+ b\n\\= c\n12\\. d\n3\\) e"
        );
        assert_eq!(escape("a - b 1. c", true), "a - b 1. c");
        assert_eq!(escape("- mid-line", false), "- mid-line");
        assert_eq!(escape("x\n    code", false), "x\ncode");
    }
}
