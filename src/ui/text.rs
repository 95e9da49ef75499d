//! Text shaping for the screen: wrapping and cutting by display width (CJK and emoji count
//! double), and splitting a line into spans that highlight search matches.

use ratatui::buffer::Buffer;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Theme;
use crate::screen::lines::TextLine;

use crate::fold::find_ranges;
pub use crate::screen::wrap::{fit, fit_middle, wrap};

/// A line of pieces as a styled line: each piece in its role's style (patched with `base`,
/// the selection's style on a selected row, so every colour stays readable on it), the parts
/// matching `folded_query` highlighted.
pub fn styled<'a>(line: &'a TextLine, theme: &Theme, folded_query: &str, base: Style) -> Line<'a> {
    let spans: Vec<Span<'a>> = line
        .iter()
        .flat_map(|piece| {
            let style = theme.role(piece.role).patch(base);
            highlighted(&piece.text, style, theme.hit, folded_query)
        })
        .collect();
    Line::from(spans)
}

/// Sets the one `line` on the first row of `area`, if it has one (as a `Paragraph` would,
/// without reflowing a line that is cut to fit already).
pub fn put_first(frame: &mut ratatui::Frame, line: &Line, area: ratatui::layout::Rect) {
    if area.height > 0 {
        put_line(frame.buffer_mut(), area.x, area.y, line, area.width);
    }
}

/// Sets `line` on row `y` of `buf` from column `x`, in at most `width` columns, as
/// `Buffer::set_line` does; runs of printable ASCII (most of a briefing's text) are set a
/// byte a cell, without the grapheme segmentation that is most of what a frame costs.
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, line: &Line, width: u16) {
    let area = buf.area;
    if y < area.top() || y >= area.bottom() || x < area.left() {
        return;
    }
    let right = x.saturating_add(width).min(area.right());
    let mut x = x;
    for span in line {
        let style = line.style.patch(span.style);
        let mut rest = span.content.as_ref();
        while !rest.is_empty() && x < right {
            let room = usize::from(right - x);
            let plain = plain_prefix(rest);
            if plain > 0 {
                let start = buf.index_of(x, y);
                let cells = &mut buf.content[start..start + room.min(plain)];
                for (cell, byte) in cells.iter_mut().zip(rest.bytes()) {
                    cell.set_char(char::from(byte)).set_style(style);
                }
                x += u16::try_from(room.min(plain)).unwrap_or(0);
                rest = &rest[plain..];
                continue;
            }
            // Other text goes through the buffer's own segmentation, whole when it may not
            // fit (a grapheme too wide for the room ends the span there, as it does there).
            let other = other_prefix(rest);
            let chars = rest[..other].chars().count();
            let (segment, after) = if chars.saturating_mul(2) < room {
                rest.split_at(other)
            } else {
                (rest, "")
            };
            x = buf.set_stringn(x, y, segment, room, style).0;
            rest = after;
        }
    }
}

/// A byte of text set as it is in one cell.
fn printable(byte: u8) -> bool {
    (b' '..=b'~').contains(&byte)
}

/// Bytes at the start of `text` that are printable ASCII, less the last when other text
/// follows: a mark or joiner after it may make one grapheme of them.
fn plain_prefix(text: &str) -> usize {
    let run = text.bytes().take_while(|&b| printable(b)).count();
    if run == text.len() {
        run
    } else {
        run.saturating_sub(1)
    }
}

/// Bytes at the start of `text` up to the first two printable ASCII characters in a row
/// (between them a grapheme always ends), the first of them included.
fn other_prefix(text: &str) -> usize {
    let bytes = text.as_bytes();
    (1..bytes.len())
        .find(|&i| printable(bytes[i - 1]) && printable(bytes[i]))
        .unwrap_or(bytes.len())
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
    fn put_line_sets_the_cells_set_line_sets() {
        use ratatui::layout::Rect;
        let texts = [
            "plain ASCII words",
            "日本 and emoji 👍 mixed",
            "tab\there, a bell\u{7} and DEL\u{7f}",
            "",
            "“quoted” — said e\u{301}e\u{301} and a\u{200d}b",
            "flags 🇯🇵🇰🇷 family 👩\u{200d}👩\u{200d}👧 x",
            "\u{600}a prepend, 한국어 and ｗｉｄｅ at the edge 日本日本日本",
            "a\u{301}",
        ];
        for width in [0, 1, 2, 3, 5, 6, 7, 12, 13, 25, 40] {
            for (a, b) in texts.iter().zip(texts.iter().rev()) {
                let line = Line::from(vec![Span::styled(*a, Style::new().bold()), Span::raw(*b)]);
                let area = Rect::new(0, 0, 30, 2);
                let mut put = Buffer::empty(area);
                let mut set = Buffer::empty(area);
                put_line(&mut put, 3, 1, &line, width);
                set.set_line(3, 1, &line, width);
                assert_eq!(put, set, "{a:?} {b:?} in {width}");
            }
        }
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
