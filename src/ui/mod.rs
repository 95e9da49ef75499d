//! The view: draws the model and nothing else. One file per part of the screen.

mod border;
mod chrome;
pub mod library;
pub mod network;
mod overlay;
mod panes;
pub mod picker;
pub mod text;
pub mod theme;
pub mod timeline_chart;

pub use crate::screen::layout;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::app::{App, Pane, View};
pub use theme::Theme;

/// Draws one frame of the reader.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    app.next_frame();
    let area = frame.area();
    let Some(layout) = layout::layout(area, app.nav.shape()) else {
        too_small(frame, area);
        return;
    };
    chrome::header(frame, app, theme, layout.header);
    chrome::tabs(frame, app, theme, layout.tabs);
    match app.nav.view {
        View::Panes => {
            for pane in Pane::ALL {
                if let Some(rect) = layout.panes[pane.index()] {
                    panes::draw(frame, app, theme, pane, rect);
                }
            }
            if let Some(rect) = layout.preview {
                panes::preview(frame, app, theme, rect);
            }
        }
        View::Overview => overview(frame, app, theme, layout.body),
        View::TimelineChart => {
            if let Some(chart) = &app.charts.timeline {
                let selected = app.selected(Pane::Timeline);
                timeline_chart::draw(
                    frame.buffer_mut(),
                    layout.body,
                    &app.briefing,
                    chart,
                    selected,
                    theme,
                );
            }
        }
        View::Network => {
            if app.charts.pending.is_some() {
                network::laying_out(frame.buffer_mut(), layout.body, &app.briefing, theme);
            } else if let Some(chart) = &app.charts.network {
                let selected = app
                    .selected(Pane::Actors)
                    .filter(|&a| chart.node(a).is_some())
                    .or_else(|| chart.first());
                network::draw(
                    frame.buffer_mut(),
                    layout.body,
                    &app.briefing,
                    chart,
                    selected,
                    app.charts.kinds,
                    theme,
                );
            }
        }
    }
    chrome::status(frame, app, theme, layout.status);
    if let Some(overlay) = app.overlay {
        overlay::draw(frame, app, theme, overlay);
    }
}

/// The overview in `area`, from its scroll position, the chosen implication on the selection
/// bar and search matches highlighted.
fn overview(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let query = app.marks().folded_query;
    let chosen = app.overview_choice().map(|(_, link)| link.lines.clone());
    let shown = app
        .overview()
        .iter()
        .enumerate()
        .skip(app.nav.overview_scroll);
    for (y, (n, line)) in (area.y..area.bottom()).zip(shown) {
        let base = if chosen.as_ref().is_some_and(|c| c.contains(&n)) {
            theme.selection
        } else {
            Style::new()
        };
        let row = Rect {
            y,
            height: 1,
            ..area
        };
        frame.buffer_mut().set_style(row, base);
        frame.render_widget(
            Paragraph::new(text::styled(line, theme, query, base)).style(base),
            row,
        );
    }
}

/// The frame of a list screen (the picker, the library list): a heading, a second line and
/// the list's box, whose inside is returned; None (having said so) when the terminal is too
/// small.
pub(crate) fn list_frame(
    frame: &mut Frame,
    heading: &str,
    second: Line,
    theme: &Theme,
) -> Option<Rect> {
    use ratatui::widgets::{Block, BorderType};
    let area = frame.area();
    if area.width < layout::MIN_WIDTH || area.height < layout::MIN_HEIGHT {
        too_small(frame, area);
        return None;
    }
    let width = usize::from(area.width);
    let line = |y: u16| Rect {
        y: area.y + y,
        height: 1,
        ..area
    };
    frame.render_widget(
        Paragraph::new(ratatui::text::Span::styled(
            text::fit(heading, width),
            theme.strong,
        )),
        line(0),
    );
    frame.render_widget(Paragraph::new(second), line(1));
    let list = crate::app::list::list_area(area);
    let block = Block::bordered()
        .border_type(BorderType::Thick)
        .border_style(theme.focus);
    let inner = block.inner(list);
    frame.render_widget(block, list);
    Some(inner)
}

/// What a terminal below the minimum size shows instead of a broken layout.
pub(crate) fn too_small(frame: &mut Frame, area: Rect) {
    let message = format!(
        "terminal too small: {}x{}, need {}x{}",
        area.width,
        area.height,
        layout::MIN_WIDTH,
        layout::MIN_HEIGHT
    );
    let lines = text::wrap(&message, usize::from(area.width), usize::from(area.height));
    let lines: Vec<Line> = lines.into_iter().map(Line::raw).collect();
    frame.render_widget(Paragraph::new(lines), area);
}
