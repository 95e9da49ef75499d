//! Located error messages for TOML files: `path:line:col: message`, the source line, a caret.
//!
//! Messages are terminal output, so everything quoted from a file (the path, the source line,
//! echoed values) goes through [`SafeText`] and is cut to a readable length.

use std::cell::OnceCell;
use std::fmt::Write as _;
use std::ops::Range;

use unicode_width::UnicodeWidthStr;

use crate::text::{SafeText, floor_char_boundary};

/// Characters of a source line shown before the error column; the rest is cut with `…`.
const CONTEXT_BEFORE: usize = 40;
/// Characters of a source line shown from the error column on.
const CONTEXT_AFTER: usize = 60;
/// Most characters of a file value echoed in a message.
const ECHO_CHARS: usize = 40;

/// One problem in a file, at a byte span of its text (None: no place is known).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// Byte range in the file's text.
    pub span: Option<Range<usize>>,
    /// What is wrong and what to do, already safe to print.
    pub message: String,
}

impl Diagnostic {
    /// A problem at `span`.
    pub fn at(span: Range<usize>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            span: Some(span),
            message: message.into(),
        }
    }
}

/// The first line of a (possibly multi-line) error message, for one-line places such as a
/// status line or a picker row.
pub fn headline(message: &str) -> &str {
    message.lines().next().unwrap_or_default()
}

/// Quotes an untrusted value for a message: escaped, cut, in single quotes.
pub fn echo(raw: &str) -> String {
    format!("'{}'", SafeText::excerpt(raw, ECHO_CHARS))
}

/// The candidate closest to a misspelt `word`, if any is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let limit = |candidate: &str| 2.max(candidate.len() / 3);
    candidates
        // Lengths further apart than the limit cannot be within it: skip the distance.
        .filter(|candidate| word.len().abs_diff(candidate.len()) <= limit(candidate))
        .map(|candidate| (strsim::damerau_levenshtein(word, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= limit(candidate))
        .min()
        .map(|(_, candidate)| candidate)
}

/// A 1-based line and column (in characters) of a byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
}

/// Where each line of a text starts, so that many positions cost a binary search each
/// instead of a scan of the text each.
#[derive(Clone, Debug)]
pub struct LineStarts(Vec<usize>);

impl LineStarts {
    /// Finds the line starts of `text`.
    pub fn new(text: &str) -> LineStarts {
        LineStarts(
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        )
    }

    /// The line and column of byte `offset` of `text` (the text these starts were found in).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = floor_char_boundary(text, offset);
        let line = self.0.partition_point(|&start| start <= offset);
        let line_start = self.0[line - 1];
        Position {
            line,
            column: text[line_start..offset].chars().count() + 1,
        }
    }
}

/// A text with its [`LineStarts`], found on the first lookup (an error-free file never pays).
pub struct LineIndex<'a> {
    text: &'a str,
    starts: OnceCell<LineStarts>,
}

impl<'a> LineIndex<'a> {
    /// An index of `text`; nothing is scanned until the first lookup.
    pub fn new(text: &'a str) -> LineIndex<'a> {
        LineIndex {
            text,
            starts: OnceCell::new(),
        }
    }

    /// The line and column of byte `offset`.
    pub fn position(&self, offset: usize) -> Position {
        self.starts
            .get_or_init(|| LineStarts::new(self.text))
            .position(self.text, offset)
    }
}

/// Renders every diagnostic of one file, in file order, each with its source line and caret.
pub fn render(path: &str, text: &str, diagnostics: &[Diagnostic]) -> String {
    let path = SafeText::excerpt(path, 200);
    let mut sorted: Vec<&Diagnostic> = diagnostics.iter().collect();
    sorted.sort_by_key(|d| d.span.as_ref().map_or(0, |s| s.start));
    let lines = LineIndex::new(text);
    let mut out = String::new();
    for diagnostic in sorted {
        let Some(span) = &diagnostic.span else {
            let _ = writeln!(out, "{path}: {}", diagnostic.message);
            continue;
        };
        let at = lines.position(span.start);
        let _ = writeln!(
            out,
            "{path}:{}:{}: {}",
            at.line, at.column, diagnostic.message
        );
        out.push_str(&snippet(text, span, at.line));
    }
    out
}

/// The source line of `span` (cut around the column) with a caret line under the span.
fn snippet(text: &str, span: &Range<usize>, line: usize) -> String {
    let start = floor_char_boundary(text, span.start);
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let line_text = text[line_start..line_end].trim_end_matches('\r');
    let column = text[line_start..start].chars().count();

    let skip = column.saturating_sub(CONTEXT_BEFORE);
    let before: String = line_text.chars().skip(skip).take(column - skip).collect();
    let rest: String = line_text.chars().skip(column).collect();
    let marked_len = text[start..floor_char_boundary(text, span.end.clamp(start, line_end))]
        .chars()
        .count();
    let marked: String = rest
        .chars()
        .take(marked_len.clamp(1, CONTEXT_AFTER))
        .collect();

    let lead = if skip > 0 { "…" } else { "" };
    let before = format!("{lead}{}", SafeText::excerpt(&before, CONTEXT_BEFORE + 1));
    let after = SafeText::excerpt(&rest, CONTEXT_AFTER);
    let caret_len = SafeText::excerpt(&marked, CONTEXT_AFTER)
        .as_str()
        .width()
        .max(1);
    let gutter = line.to_string();
    let pad = " ".repeat(gutter.len());
    format!(
        "{gutter} | {before}{after}\n{pad} | {}{}\n",
        " ".repeat(before.width()),
        "^".repeat(caret_len)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn position_counts_characters_not_bytes() {
        let text = "a = 1\nné = \"x\"\n";
        let lines = LineIndex::new(text);
        assert_eq!(lines.position(0), Position { line: 1, column: 1 });
        let offset = text.find('=').unwrap();
        assert_eq!(
            lines.position(text.rfind('=').unwrap()),
            Position { line: 2, column: 4 }
        );
        assert_eq!(lines.position(offset), Position { line: 1, column: 3 });
    }

    #[test]
    fn render_shows_line_caret_and_message() {
        let text = "[[quotes]]\nspeker = \"x\"\n";
        let start = text.find("speker").unwrap();
        let out = render(
            "b.toml",
            text,
            &[Diagnostic::at(start..start + 6, "unknown key")],
        );
        assert_eq!(
            out,
            "b.toml:2:1: unknown key\n2 | speker = \"x\"\n  | ^^^^^^\n"
        );
    }

    #[test]
    fn render_escapes_hostile_source_lines_and_paths() {
        let text = "\"\u{1b}]0;PWNED\u{7}\" = 1\n";
        let out = render(
            "evil\u{1b}[2J.toml",
            text,
            &[Diagnostic::at(0..text.len() - 1, "bad")],
        );
        assert!(!out.chars().any(|c| c != '\n' && c.is_control()), "{out:?}");
        assert!(out.starts_with("evil␛.toml:1:1: bad"));
    }

    #[test]
    fn long_lines_are_cut_around_the_column() {
        let text = format!("x = \"{}BAD{}\"", "a".repeat(5000), "b".repeat(5000));
        let start = text.find("BAD").unwrap();
        let out = render("f", &text, &[Diagnostic::at(start..start + 3, "here")]);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[1].chars().count() < 120, "{}", lines[1]);
        let caret_col = lines[2].find('^').unwrap();
        let above: String = lines[1].chars().skip(caret_col).take(3).collect();
        assert_eq!(above, "BAD");
    }
}
