//! The overlays: the detail view of one item (its chosen link highlighted), help (built from
//! the live keymap), the narrowing menu and the last reload error.

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::Theme;
use super::text::{fit, styled};
use crate::app::narrow::{choice_label, choices};
use crate::app::{App, Overlay};
use crate::screen::layout;
use crate::screen::lines::{Role, TextLine, piece};

/// Draws `overlay` over the body.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, overlay: Overlay) {
    let area = layout::overlay(frame.area());
    let width = usize::from(area.width.saturating_sub(2));
    let height = usize::from(area.height.saturating_sub(2));
    let query = app.marks().folded_query;
    let (title, lines, scroll, chosen): (
        String,
        Vec<TextLine>,
        usize,
        Option<std::ops::Range<usize>>,
    ) = match overlay {
        Overlay::Help { scroll } => (
            " Keys (q or Esc closes) ".to_owned(),
            crate::screen::help::lines(&app.keymap, width),
            scroll,
            None,
        ),
        Overlay::Message { scroll } => (
            " Reload error (q or Esc closes) ".to_owned(),
            crate::screen::message::lines(app.reload_error.as_deref().unwrap_or(""), width),
            scroll,
            None,
        ),
        Overlay::Detail {
            pane,
            item,
            scroll,
            link,
        } => {
            let detail = app.detail_of(pane, item);
            let chosen = link
                .and_then(|l| detail.links.get(l))
                .map(|l| l.lines.clone());
            (
                format!(
                    " {} · detail · j/k item · Tab link · Enter follows · Esc closes ",
                    pane.title()
                ),
                detail.lines,
                scroll,
                chosen,
            )
        }
        Overlay::Narrow { selected } => {
            // Only the entries on screen get their words (a briefing may have thousands of
            // actors); the others stay blank lines that only count for scrolling.
            let all = choices(&app.briefing, &app.regions, &app.search);
            let scroll = selected.saturating_sub(height.saturating_sub(1));
            let lines: Vec<TextLine> = all
                .iter()
                .enumerate()
                .map(|(n, &choice)| {
                    if n < scroll || n >= scroll + height {
                        return Vec::new();
                    }
                    let mark = if app.nav.narrow.has(choice) {
                        "✓ "
                    } else {
                        "  "
                    };
                    vec![
                        piece(Role::Strong, mark),
                        piece(
                            Role::Plain,
                            choice_label(&app.briefing, &app.regions, &app.search, choice),
                        ),
                    ]
                })
                .collect();
            (
                " Narrow every pane · Enter toggles · Esc closes ".to_owned(),
                lines,
                scroll,
                Some(selected..selected + 1),
            )
        }
    };
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.focus)
        .title(Span::styled(fit(&title, width), theme.focus));
    let total = lines.len();
    let shown: Vec<Line> = lines
        .iter()
        .enumerate()
        .skip(scroll)
        .take(height)
        .map(|(n, line)| {
            let base = if chosen.as_ref().is_some_and(|c| c.contains(&n)) {
                theme.selection
            } else {
                Style::new()
            };
            styled(line, theme, query, base).style(base)
        })
        .collect();
    let more = total.saturating_sub(scroll + shown.len());
    let block = if more > 0 {
        block.title_bottom(Line::from(format!(" ↓ {more} more lines ")).right_aligned())
    } else {
        block
    };
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(shown).block(block), area);
}
