//! The view: draws the model and nothing else. One file per part of the screen.

mod chrome;
pub mod layout;
pub mod network;
mod overlay;
mod panes;
pub mod picker;
pub mod text;
pub mod theme;
pub mod timeline_chart;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use crate::app::{App, Overlay};
pub use theme::Theme;

/// Draws one frame of the reader.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
    let Some(layout) = layout::layout(area, app.nav.focus) else {
        too_small(frame, area);
        return;
    };
    chrome::header(frame, app, theme, layout.header);
    if let Some(tabs) = layout.tabs {
        chrome::tabs(frame, app, theme, tabs);
    }
    for pane in crate::app::Pane::ALL {
        if let Some(rect) = layout.panes[pane.index()] {
            panes::draw(frame, app, theme, pane, rect);
        }
    }
    chrome::status(frame, app, theme, layout.status);
    if let Some(overlay) = app.overlay {
        overlay::draw(frame, app, theme, overlay);
    }
}

/// Lines in `overlay` at the app's terminal size, for its scroll limit.
pub fn overlay_lines(app: &App, overlay: Overlay) -> usize {
    overlay::line_count(app, overlay)
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
    let lines: Vec<ratatui::text::Line> = lines.into_iter().map(ratatui::text::Line::raw).collect();
    frame.render_widget(Paragraph::new(lines), area);
}
