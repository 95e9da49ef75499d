//! The timeline chart: dated events on a broken time axis, undated events in a list of their
//! own under it (apart from the dates), each in its status's colour as in the panes, the
//! selected event described whole under it, drawn from a cached [`TimelineLayout`].

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use super::Theme;
use super::text::{fit, wrap};
use crate::briefing::model::{Briefing, EventIx, Named, Status};
use crate::chart::timeline::{AxisCell, Lane, Place, TimelineLayout, heading, status_glyph};
use crate::chart::too_small;

/// Fewest columns the chart is drawn in; below it says so instead.
pub const MIN_WIDTH: u16 = 40;
/// Fewest rows the chart is drawn in; below it says so instead.
pub const MIN_HEIGHT: u16 = 12;

/// Rows that are not lanes: two lane headings, the axis and its labels, the legend.
const FIXED_ROWS: u16 = 5;
/// Fewest rows kept for the lanes when the selected event's description is long.
const MIN_LANE_ROWS: u16 = 2;

/// Draws the chart of `briefing` from `layout` into `area`, with `selected` highlighted and
/// its `when`, status, date, title and status over time shown whole under the chart.
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    briefing: &Briefing,
    layout: &TimelineLayout,
    selected: Option<EventIx>,
    theme: &Theme,
) {
    let area = area.intersection(buf.area);
    let size = (area.width, area.height);
    if let Some(message) = too_small("The timeline chart", (MIN_WIDTH, MIN_HEIGHT), size) {
        Paragraph::new(message)
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    if briefing.timeline.is_empty() {
        Paragraph::new("This briefing has no timeline.")
            .style(theme.muted)
            .render(area, buf);
        return;
    }
    let width = usize::from(area.width);
    let most = area.height - FIXED_ROWS - MIN_LANE_ROWS;
    let detail = detail(briefing, selected, width, most, theme);
    let lanes = area.height - FIXED_ROWS - detail.len() as u16;
    let (dated_rows, undated_rows) = (layout.rows(Lane::Dated), layout.rows(Lane::Undated));
    let dated = dated_rows.min((lanes / 2).max(lanes.saturating_sub(undated_rows)));
    let undated = undated_rows.min(lanes - dated);

    let mut canvas = Cells { buf, area };
    let mut y = 0;
    canvas.text(0, y, "Dated, on a time axis", theme.muted);
    y += 1;
    let selected_place = selected.and_then(|e| layout.place(e));
    let dated_offset = scroll(selected_place, Lane::Dated, dated);
    let axis_y = y + dated;
    y = axis_y + 2;
    let count = layout.rows(Lane::Undated);
    if count > 0 {
        canvas.text(
            0,
            y,
            &fit(&undated_heading(count, undated), width),
            theme.muted,
        );
    }
    y += 1;
    let undated_offset = scroll(selected_place, Lane::Undated, undated);
    // Only the rows on screen are walked, as the layout painted them: a frame costs the
    // same for 100 events as for 100,000.
    let style_of = |event: EventIx| {
        let style = status_style(briefing.timeline[event].status, theme);
        if Some(event) == selected {
            style.patch(theme.selection)
        } else {
            style
        }
    };
    for row in 0..dated {
        let row_y = axis_y - 1 - row;
        for cell in layout.dated_row(dated_offset.saturating_add(row)) {
            let style = style_of(cell.event);
            let status = briefing.timeline[cell.event].status;
            let span = layout.place(cell.event).is_some_and(|p| p.span);
            let (glyph, style) = match (cell.glyph, span) {
                (true, _) => (status_glyph(status), style),
                (false, true) => ('━', style),
                (false, false) => ('┈', theme.muted),
            };
            canvas.put(cell.column, row_y, glyph, style);
        }
    }
    let shown = layout.undated_in(undated_offset..undated_offset.saturating_add(undated));
    for (row_y, &event) in (y..).zip(shown) {
        let e = &briefing.timeline[event];
        let line = format!("{} {}: {}", status_glyph(e.status), heading(e), e.title);
        let row_style = if Some(event) == selected {
            theme.selection
        } else {
            Style::new()
        };
        canvas.text(0, row_y, &fit(&line, width), row_style);
        canvas.put(0, row_y, status_glyph(e.status), style_of(event));
    }
    for (x, cell) in layout.axis().iter().enumerate() {
        let glyph = match cell {
            AxisCell::Blank => continue,
            AxisCell::Line => '─',
            AxisCell::Tick => '┬',
            AxisCell::Break => '╱',
        };
        canvas.put(x as u16, axis_y, glyph, theme.muted);
    }
    for tick in layout.ticks() {
        canvas.text(tick.label_column, axis_y + 1, &tick.label, theme.strong);
    }
    // The description sits under the lanes (after a blank row when there is room).
    let detail_y = (y + undated + 1).min(area.height - 1 - detail.len() as u16);
    for (i, (line, style)) in detail.iter().enumerate() {
        canvas.text(0, detail_y + i as u16, line, *style);
    }
    legend(&mut canvas, area.height - 1, theme);
}

/// The undated list's heading: how many, and which are shown when the list scrolls.
fn undated_heading(count: u16, shown: u16) -> String {
    let what = if count == 1 {
        "1 undated event".to_owned()
    } else {
        format!("{count} undated events")
    };
    let more = if shown < count {
        format!(" ({shown} shown at a time)")
    } else {
        String::new()
    };
    format!("{what}, in the author's order, not on the time axis{more}")
}

/// The first lane row to show so that the selected event's row is on screen.
fn scroll(selected: Option<Place>, lane: Lane, shown: u16) -> u16 {
    match selected {
        Some(place) if place.lane == lane && place.row >= shown => {
            place.row.saturating_add(1).saturating_sub(shown)
        }
        _ => 0,
    }
}

/// How an event of `status` is drawn: in its status's colour, as in the panes (weight and
/// slant without colour); the glyph tells them apart either way.
fn status_style(status: Option<Status>, theme: &Theme) -> Style {
    status.map_or_else(Style::new, |status| theme.status(status))
}

/// The selected event's description, wrapped whole: its [`heading`], then its title.
/// It gets at most `max_lines` lines.
fn detail(
    briefing: &Briefing,
    selected: Option<EventIx>,
    width: usize,
    max_lines: u16,
    theme: &Theme,
) -> Vec<(String, Style)> {
    let Some(event) = selected.and_then(|e| briefing.timeline.get(e)) else {
        return vec![("No event selected.".to_owned(), Style::new())];
    };
    let head = heading(event);
    let max_lines = usize::from(max_lines).max(2);
    let head = wrap(&head, width, max_lines - 1);
    let title = wrap(event.title.as_str(), width, max_lines - head.len());
    // How its status changed, source by source, in what room is left.
    let room = max_lines - head.len() - title.len();
    let history = match selected.and_then(|e| briefing.history_text(e)) {
        Some(history) if room > 0 => wrap(&format!("Status over time: {history}"), width, room),
        _ => Vec::new(),
    };
    head.into_iter()
        .map(|line| (line, theme.strong))
        .chain(title.into_iter().map(|line| (line, Style::new())))
        .chain(history.into_iter().map(|line| (line, theme.muted)))
        .collect()
}

/// What the glyphs mean, each status in its colour, on row `y`; what does not fit ends in `…`.
fn legend(canvas: &mut Cells, y: u16, theme: &Theme) {
    let mut x = 0u16;
    let width = canvas.area.width;
    let mut put = |text: &str, style: Style| {
        let shown = fit(text, usize::from(width.saturating_sub(x)));
        canvas.text(x, y, &shown, style);
        x = x.saturating_add(shown.width() as u16);
    };
    for (i, &(name, status)) in Status::ALL.iter().enumerate() {
        if i > 0 {
            put(" ", theme.muted);
        }
        put(
            &format!("{} {name}", status_glyph(Some(status))),
            theme.status(status),
        );
    }
    put("  ━ span  ┈ date's precision  ╱ time left out", theme.muted);
}

/// The chart's area of the buffer: every write is clipped to it.
struct Cells<'b> {
    buf: &'b mut Buffer,
    area: Rect,
}

impl Cells<'_> {
    /// Sets one cell at `(x, y)` relative to the area, when it is inside.
    fn put(&mut self, x: u16, y: u16, glyph: char, style: Style) {
        if x < self.area.width && y < self.area.height {
            self.buf[(self.area.x + x, self.area.y + y)]
                .set_char(glyph)
                .set_style(style);
        }
    }

    /// Writes `text` from `(x, y)` relative to the area, cut at its right edge.
    fn text(&mut self, x: u16, y: u16, text: &str, style: Style) {
        if x < self.area.width && y < self.area.height {
            let room = usize::from(self.area.width - x);
            self.buf
                .set_stringn(self.area.x + x, self.area.y + y, text, room, style);
        }
    }
}
