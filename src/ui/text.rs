//! Text shaping for the screen: wrapping and cutting by display width (CJK and emoji count
//! double), and splitting a line into spans that highlight search matches.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Theme;
use crate::screen::lines::TextLine;

use crate::fold::find_ranges;
pub use crate::screen::wrap::{fit, fit_middle, wrap};

/// A line of pieces as a styled line: each piece in its role's style (patched with `base`,
/// the selection's style on a selected row, so every colour stays readable on it), the parts
/// matching `folded_query` highlighted.
pub fn styled(line: &TextLine, theme: &Theme, folded_query: &str, base: Style) -> Line<'static> {
    let spans: Vec<Span<'static>> = line
        .iter()
        .flat_map(|piece| {
            let style = theme.role(piece.role).patch(base);
            highlighted(&piece.text, style, theme.hit, folded_query)
                .into_iter()
                .map(|span| Span::styled(span.content.into_owned(), span.style))
                .collect::<Vec<_>>()
        })
        .collect();
    Line::from(spans)
}

/// Spans of `text` in `base` style, with the parts matching `folded_query` in `hit` style.
pub fn highlighted<'a>(
    text: &'a str,
    base: Style,
    hit: Style,
    folded_query: &str,
) -> Vec<Span<'a>> {
    let mut spans = Vec::new();
    let mut at = 0;
    for range in find_ranges(text, folded_query) {
        if range.start > at {
            spans.push(Span::styled(&text[at..range.start], base));
        }
        spans.push(Span::styled(&text[range.clone()], base.patch(hit)));
        at = range.end;
    }
    if at < text.len() || spans.is_empty() {
        spans.push(Span::styled(&text[at..], base));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlighted_marks_every_match() {
        let base = Style::new();
        let hit = Style::new().bold();
        let spans = highlighted("NATO and nato", base, hit, "nato");
        let marked: Vec<&str> = spans
            .iter()
            .filter(|s| s.style == hit)
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(marked, ["NATO", "nato"]);
    }
}
