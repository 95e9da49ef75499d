//! Report blocks as plain text for a terminal or an email: wrapped to a width by display width,
//! with hanging indents. Only the first line of a heading (and its underline) starts at the
//! left margin; everything else is indented, so a line of a briefing's text never passes for a
//! heading.

use unicode_width::UnicodeWidthStr;

use super::plan::{Block, Line, Marker, Span};

/// The narrowest width wrapped to: the deepest indent plus room for a few words.
pub const MIN_WIDTH: usize = 24;

/// The report as text wrapped to `width` columns (0: not wrapped; below [`MIN_WIDTH`]:
/// [`MIN_WIDTH`]). A URL is never broken, so a URL wider than the page makes a longer line.
pub(super) fn render(blocks: &[Block], width: usize) -> String {
    let width = if width == 0 { 0 } else { width.max(MIN_WIDTH) };
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(level, line) => {
                // Continuation lines hang, so that only a heading's first line and its
                // underline stand at the margin.
                let lines = wrap(&plain(line).replace('\n', " "), width, "", "  ");
                let underline = match level {
                    1 => Some('='),
                    2 => Some('-'),
                    _ => None,
                };
                let widest = lines.iter().map(|l| l.width()).max().unwrap_or(0);
                for line in lines {
                    out.push_str(&line);
                    out.push('\n');
                }
                if let Some(c) = underline {
                    out.extend(std::iter::repeat_n(c, widest));
                    out.push('\n');
                }
            }
            Block::Text(line) => fill(&mut out, line, width, "  ", "  "),
            Block::Entry { marker, lead, body } => {
                let marker = match marker {
                    Marker::Bullet => "  - ".to_owned(),
                    Marker::Number(n) => format!("  {n}. "),
                };
                let pad = " ".repeat(marker.width());
                fill(&mut out, lead, width, &marker, &pad);
                for line in body {
                    fill(&mut out, line, width, &pad, &pad);
                }
            }
            Block::Quote {
                number,
                text,
                attribution,
            } => {
                let first = format!("    Q{number}. ");
                let pad = " ".repeat(first.width());
                let quote = vec![Span::Text(format!("“{text}”"))];
                fill(&mut out, &quote, width, &first, &pad);
                fill(&mut out, attribution, width, &pad, &format!("{pad}  "));
            }
        }
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

/// Writes the lines of `line` wrapped, `first` before the first line and `rest` before every
/// other; a blank line stays blank. A line holding a URL is not wrapped.
fn fill(out: &mut String, line: &Line, width: usize, first: &str, rest: &str) {
    let width = if line.iter().any(|s| matches!(s, Span::Url(_))) {
        0
    } else {
        width
    };
    for (i, text) in plain(line).split('\n').enumerate() {
        let initial = if i == 0 { first } else { rest };
        if text.trim().is_empty() {
            out.push('\n');
            continue;
        }
        for wrapped in wrap(text, width, initial, rest) {
            out.push_str(wrapped.trim_end());
            out.push('\n');
        }
    }
}

/// `text` (one line) wrapped to `width` with the given indents; 0 means no wrapping.
fn wrap(text: &str, width: usize, initial: &str, subsequent: &str) -> Vec<String> {
    if width == 0 {
        return vec![format!("{initial}{}", text.trim())];
    }
    let options = textwrap::Options::new(width)
        .initial_indent(initial)
        .subsequent_indent(subsequent);
    textwrap::wrap(text.trim(), options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

/// The spans' text without markup.
fn plain(line: &Line) -> String {
    line.iter()
        .map(|span| match span {
            Span::Text(t) | Span::Strong(t) | Span::Url(t) | Span::Grade(_, t) => t.as_str(),
            Span::Mark(m) => m,
        })
        .collect()
}
