//! The four list panes and the preview beside them. Only the rows on screen are built, so a
//! frame costs the same for a briefing of 100 items as for one of 100,000.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use super::border::Border;
use super::text::{fit, put_first, put_line, styled};
use crate::app::{App, Pane};
use crate::screen::layout;

/// Draws `pane` in `rect`.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, pane: Pane, rect: Rect) {
    let focused = app.nav.focus == pane;
    let rows = app.rows(pane);
    let state = app.nav.pane(pane);
    let mut title = match state.filter {
        Some(filter) => format!(
            " {}: {} ({}) ",
            pane.title(),
            filter.label(&app.briefing),
            rows.len()
        ),
        None => format!(" {} ({}) ", pane.title(), rows.len()),
    };
    if app.is_narrowed(pane) {
        title.push_str("· narrowed ");
    }
    if app.nav.zoom {
        title.push_str("· zoom ");
    }
    let position = match rows.len() {
        0 => String::new(),
        n => format!(" {}/{n} ", state.selected + 1),
    };
    let border = Border {
        set: if focused {
            border::THICK
        } else {
            border::PLAIN
        },
        style: if focused { theme.focus } else { theme.border },
        title: Line::from(Span::styled(
            fit(&title, usize::from(rect.width.saturating_sub(4))),
            if focused { theme.focus } else { theme.strong },
        )),
        bottom: Some(Line::from(position)),
    };
    let inner = layout::inner(rect);
    border.draw(frame.buffer_mut(), rect);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    if rows.is_empty() {
        let empty = if state.filter.is_some() || app.is_narrowed(pane) {
            "Nothing here. Esc clears the filter."
        } else {
            "(none)"
        };
        frame.render_widget(Paragraph::new(Span::styled(empty, theme.muted)), inner);
        return;
    }
    let query = app.marks().folded_query;
    let mut y = inner.y;
    for row in app.pane_rows(pane, rect).window(state.offset) {
        let selected = row.position == state.selected;
        let is_match = app.search.is_match(pane, row.item);
        let style = match (selected, focused) {
            (true, true) => theme.selection,
            (true, false) => theme.selection_inactive,
            _ => Style::new(),
        };
        let marker = match (selected, is_match) {
            (true, _) => "▶ ",
            (false, true) => "• ",
            (false, false) => "  ",
        };
        for (i, line) in row.lines.iter().enumerate() {
            if y >= inner.bottom() {
                return;
            }
            let mut line = styled(line, theme, query, style);
            line.spans
                .insert(0, Span::styled(if i == 0 { marker } else { "  " }, style));
            let area = Rect {
                y,
                height: 1,
                ..inner
            };
            // The row is laid out already: its line is set as it is, not reflowed.
            let buffer = frame.buffer_mut();
            if style != Style::new() {
                buffer.set_style(area, style);
            }
            put_line(buffer, area.x, area.y, &line, area.width);
            y += 1;
        }
    }
}

/// Draws the preview of the focused pane's selection in `rect`: the whole detail, as far as
/// it fits.
pub fn preview(frame: &mut Frame, app: &App, theme: &Theme, rect: Rect) {
    let focus = app.nav.focus;
    let inner = layout::inner(rect);
    let border = |bottom| Border {
        set: border::PLAIN,
        style: theme.border,
        title: Line::from(Span::styled(" Preview ", theme.strong)),
        bottom,
    };
    let Some(item) = app.selected(focus) else {
        border(None).draw(frame.buffer_mut(), rect);
        let nothing = Line::from(Span::styled("Nothing selected", theme.muted));
        put_first(frame, &nothing, inner);
        return;
    };
    // Only what fits is built, and one line more to tell whether there is more.
    let height = usize::from(inner.height);
    let detail = app.detail_at(focus, item, usize::from(inner.width), height + 1);
    let lines = &detail.lines;
    let query = app.marks().folded_query;
    let more = (lines.len() > height).then(|| Line::from(" ↓ more: Space shows all "));
    border(more).draw(frame.buffer_mut(), rect);
    // The lines are laid out to the width already: each is set as it is, as a row is.
    let buffer = frame.buffer_mut();
    for (y, line) in (inner.y..inner.bottom()).zip(lines) {
        let line = styled(line, theme, query, Style::new());
        put_line(buffer, inner.x, y, &line, inner.width);
    }
}
