//! The library list: a search over every briefing or a merged timeline, each row naming its
//! briefing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use super::text::{fit, highlighted};
use crate::app::library::{LibraryView, Mode, ROW_HEIGHT};
use crate::text::counted;

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
        Mode::Timeline { .. } => format!(
            "Timeline of {}: {}",
            view.mode.scope().map_or("", |(_, label)| label.as_str()),
            counted(view.rows.len(), "dated event")
        ),
    };
    let status = view.status.as_deref().unwrap_or("");
    let second = Line::styled(fit(status, width), theme.muted);
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
        let date = row.date.map(|d| format!("{d} · ")).unwrap_or_default();
        let place = format!("{date}{} · line {}", row.briefing, row.line);
        let text = fit(&row.text, text_width);
        let mut second = vec![Span::raw("  ")];
        second.extend(
            highlighted(&text, Style::new(), theme.hit, &query)
                .into_iter()
                .map(|s| Span::styled(s.content.into_owned(), s.style.patch(style))),
        );
        let lines = vec![
            Line::from(vec![
                Span::raw(if selected { "▶ " } else { "  " }),
                Span::styled(fit(&place, text_width), theme.muted.patch(style)),
            ]),
            Line::from(second),
        ];
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
