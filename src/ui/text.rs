//! Text shaping for the screen: wrapping and cutting by display width (CJK and emoji count
//! double), and splitting a line into spans that highlight search matches.

use ratatui::style::Style;
use std::ops::Range;

use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::app::search::find_ranges;

/// Wraps `text` at word boundaries to `width` columns, keeping its line breaks; at most
/// `max_lines` lines, the last ending in `…` when text was left out.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut cut = false;
    for paragraph in text.split('\n') {
        if lines.len() >= max_lines {
            cut = true;
            break;
        }
        // Wrapping costs time in the length of the input: give textwrap only what can show.
        let budget = width.saturating_mul((max_lines - lines.len()).saturating_add(1));
        let (head, rest) = split_at_width(paragraph, budget);
        cut |= !rest.is_empty();
        if head.is_empty() {
            lines.push(String::new());
            continue;
        }
        for line in textwrap::wrap(head, textwrap::Options::new(width).break_words(true)) {
            if lines.len() == max_lines {
                cut = true;
                break;
            }
            lines.push(line.into_owned());
        }
    }
    if cut && let Some(last) = lines.last_mut() {
        *last = fit(&format!("{last} …"), width);
    }
    lines
}

/// The longest prefix of `text` at most `width` columns wide, and the rest.
fn split_at_width(text: &str, width: usize) -> (&str, &str) {
    let mut used = 0;
    for (offset, c) in text.char_indices() {
        used += c.width().unwrap_or(0);
        if used > width {
            return text.split_at(offset);
        }
    }
    (text, "")
}

/// Wraps `text` like [`wrap`] (without a line limit) and styles the bytes in `marked` with
/// `style`, across line breaks.
pub fn wrap_marked(
    text: &str,
    marked: Range<usize>,
    width: usize,
    style: Style,
) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut paragraph_start = 0;
    for paragraph in text.split('\n') {
        let options = textwrap::Options::new(width.max(1)).break_words(true);
        for line in textwrap::wrap(paragraph, options) {
            // Lines borrow from the paragraph; their offset places them in `text`.
            let start = paragraph_start
                + (line.as_ptr() as usize).saturating_sub(paragraph.as_ptr() as usize);
            let end = start + line.len();
            let (lo, hi) = (marked.start.clamp(start, end), marked.end.clamp(start, end));
            let spans = if matches!(line, std::borrow::Cow::Borrowed(_)) && lo < hi {
                vec![
                    Span::raw(text[start..lo].to_owned()),
                    Span::styled(text[lo..hi].to_owned(), style),
                    Span::raw(text[hi..end].to_owned()),
                ]
            } else {
                vec![Span::raw(line.into_owned())]
            };
            lines.push(Line::from(spans));
        }
        paragraph_start += paragraph.len() + 1;
    }
    lines
}

/// `text` cut to `width` columns, ending in `…` when it was cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    if width == 0 {
        return String::new();
    }
    let (head, _) = split_at_width(text, width - 1);
    format!("{head}…")
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
    fn wrap_counts_wide_characters_as_two_columns() {
        let lines = wrap("日本政府は深刻な懸念をもって注視", 10, 5);
        assert!(lines.iter().all(|l| l.width() <= 10), "{lines:?}");
        assert_eq!(lines.concat(), "日本政府は深刻な懸念をもって注視");
    }

    #[test]
    fn wrap_stops_at_max_lines_with_an_ellipsis() {
        let lines = wrap("one two three four five six seven eight nine ten", 10, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(lines.iter().all(|l| l.width() <= 10));
    }

    #[test]
    fn wrap_of_a_huge_word_is_bounded() {
        let word = "x".repeat(1_000_000);
        let lines = wrap(&word, 40, 3);
        assert_eq!(lines.len(), 3);
    }

    #[test]
    fn wrap_marked_styles_the_range_across_lines() {
        let style = Style::new().bold();
        let text = "before the quoted words span two lines after";
        let start = text.find("quoted").unwrap();
        let end = text.find(" after").unwrap();
        let lines = wrap_marked(text, start..end, 20, style);
        let marked: String = lines
            .iter()
            .flat_map(|l| &l.spans)
            .filter(|s| s.style == style)
            .map(|s| s.content.as_ref())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(marked, "quoted words span two lines");
    }

    #[test]
    fn fit_cuts_by_width() {
        assert_eq!(fit("Hayashi", 10), "Hayashi");
        assert_eq!(fit("林芳正官房長官", 7), "林芳正…");
        assert_eq!(fit("abc", 0), "");
    }

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
