//! The library list: a search over every briefing or a merged timeline, each row naming its
//! briefing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use super::text::{fit, fit_middle, highlighted};
use crate::app::library::{LibraryView, Mode, ROW_HEIGHT, Row};
use crate::briefing::model::Named;
use crate::chart::timeline::status_glyph;
use crate::text::counted;
use unicode_width::UnicodeWidthStr;

/// Draws the list.
pub fn draw(frame: &mut Frame, view: &LibraryView, theme: &Theme) {
    let area = frame.area();
    let width = usize::from(area.width);
    let heading = match &view.mode {
        Mode::Search => format!(
            "Search the library: {}▏  {}",
            view.query,
            counted(view.rows.len(), "result")
        ),
        Mode::Timeline { .. } => {
            // The store lists dated events first, then the undated.
            let dated = view.rows.partition_point(|row| row.date.is_some());
            let undated = view.rows.len() - dated;
            let scope = view.mode.scope().map_or("", |(_, label)| label.as_str());
            if undated > 0 {
                format!("Timeline of {scope}: {dated} dated, then {undated} undated")
            } else {
                format!("Timeline of {scope}: {}", counted(dated, "dated event"))
            }
        }
    };
    let second = Line::styled(fit(&view.status_line(), width), theme.muted);
    let Some(inner) = super::list_frame(frame, &heading, second, theme) else {
        return;
    };
    let text_width = usize::from(inner.width.saturating_sub(2));
    let query = crate::fold::fold(&view.query);
    for (slot, position) in (view.cursor.offset..view.rows.len()).enumerate() {
        let y = inner.y + slot as u16 * ROW_HEIGHT;
        if y + ROW_HEIGHT > inner.bottom() {
            break;
        }
        let row = &view.rows[position];
        let selected = position == view.cursor.selected;
        let style = if selected {
            theme.selection
        } else {
            Style::new()
        };
        // A quote's speaker keeps its place: the words give way.
        let tail = fit(&row.tail, text_width);
        let text = fit(&row.text, text_width.saturating_sub(tail.width())) + &tail;
        let mut second = vec![Span::raw("  ")];
        second.extend(
            highlighted(&text, Style::new(), theme.hit, &query)
                .into_iter()
                .map(|s| Span::styled(s.content.into_owned(), s.style.patch(style))),
        );
        let mut first = vec![Span::raw(if selected { "▶ " } else { "  " })];
        first.extend(
            place(row, view, theme, text_width)
                .into_iter()
                .map(|s| Span::styled(s.content.into_owned(), s.style.patch(style))),
        );
        let lines = vec![Line::from(first), Line::from(second)];
        let rect = Rect {
            y,
            height: ROW_HEIGHT,
            ..inner
        };
        frame.buffer_mut().set_style(rect, style);
        frame.render_widget(Paragraph::new(lines).style(style), rect);
    }
    let hints = match view.mode {
        Mode::Search => {
            "type to search · Ctrl-u clears · ↑↓ move · Enter opens · Esc clears, then back"
        }
        Mode::Timeline { .. } => "↑↓ j k move · Enter opens · Tab another scope · Esc or q back",
    };
    frame.render_widget(
        Paragraph::new(Span::styled(fit(hints, width), theme.muted)),
        Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        },
    );
}

/// A row's first line: where the item is; in a timeline, first its date (or `undated:` and
/// its `when`), its status in the status's colour and glyph, and its grade, as the panes
/// show them.
fn place(row: &Row, view: &LibraryView, theme: &Theme, width: usize) -> Vec<Span<'static>> {
    // A file shared by two briefings' id comes first, cut in its middle if need be.
    let file = row
        .file
        .as_ref()
        .map(|file| format!("{} · ", fit_middle(file.as_str(), width / 2)))
        .unwrap_or_default();
    let whereabouts = format!("{file}{} · line {}", row.briefing, row.line);
    if !matches!(view.mode, Mode::Timeline { .. }) {
        return vec![Span::styled(fit(&whereabouts, width), theme.muted)];
    }
    let mut spans = Vec::new();
    let mut used = 0;
    let mut push = |text: String, style: Style, spans: &mut Vec<Span<'static>>| {
        let text = fit(&text, width.saturating_sub(used));
        used += text.width();
        spans.push(Span::styled(text, style));
    };
    // An undated event says so, and how its source puts the time.
    let date = match (row.date, &row.when) {
        (Some(date), _) => date.to_string(),
        // The `when` gives way before the status, the grade and the briefing.
        (None, Some(when)) if !when.is_empty() => fit(&format!("undated: {when}"), width / 2),
        (None, _) => "undated".to_owned(),
    };
    push(format!("{date} · "), theme.muted, &mut spans);
    if let Some(status) = row.status {
        let glyph = status_glyph(Some(status));
        push(
            format!("{glyph} {}", status.name()),
            theme.status(status),
            &mut spans,
        );
        push(" · ".to_owned(), theme.muted, &mut spans);
    }
    if let Some(grade) = &row.grade {
        push(format!("{grade} · "), theme.muted, &mut spans);
    }
    push(whereabouts, theme.muted, &mut spans);
    spans
}
