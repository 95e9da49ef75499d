//! The overlays: the detail view of one item (its chosen link highlighted), help (built from
//! the live keymap), the narrowing menu and the last reload error.

use std::borrow::Cow;

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph};

use super::Theme;
use super::text::{fit, styled};
use crate::app::{App, Overlay};
use crate::screen::layout;
use crate::screen::lines::{Role, TextLine, piece};
use unicode_width::UnicodeWidthStr;

/// Draws `overlay` over the body.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, overlay: Overlay) {
    let area = layout::overlay(frame.area());
    let width = usize::from(area.width.saturating_sub(2));
    let height = usize::from(area.height.saturating_sub(2));
    let query = app.marks().folded_query;
    // The menu builds only its visible lines, so it says itself how many more there are.
    let mut menu_more = None;
    // A detail is kept by the model between frames: its lines are borrowed, not copied.
    let detail;
    let (title, lines, scroll, chosen): (
        String,
        Cow<[TextLine]>,
        usize,
        Option<std::ops::Range<usize>>,
    ) = match overlay {
        Overlay::Help { scroll } => (
            " Keys (q or Esc closes) ".to_owned(),
            crate::screen::help::lines(&app.keymap, width).into(),
            scroll,
            None,
        ),
        Overlay::Message { scroll } => (
            " Reload error (q or Esc closes) ".to_owned(),
            crate::screen::message::lines(app.reload_message(), width).into(),
            scroll,
            None,
        ),
        Overlay::Detail {
            pane,
            item,
            scroll,
            link,
        } => {
            detail = app.detail_of(pane, item);
            let chosen = link
                .and_then(|l| detail.links.get(l))
                .map(|l| l.lines.clone());
            (
                format!(
                    " {} · detail · j/k item · Tab link · Enter follows · Esc closes ",
                    pane.title()
                ),
                Cow::Borrowed(detail.lines.as_slice()),
                scroll,
                chosen,
            )
        }
        Overlay::Narrow { selected } => {
            let (lines, chosen, more) = menu(app, selected, width, height);
            menu_more = Some(more);
            (
                " Narrow every pane · type to filter · Enter toggles · Esc closes ".to_owned(),
                lines.into(),
                0,
                chosen,
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
    let block = match menu_more {
        Some(more) if more > 0 => {
            block.title_bottom(Line::from(format!(" ↓ {more} more ")).right_aligned())
        }
        _ => block,
    };
    let more = total.saturating_sub(scroll + shown.len());
    let block = if menu_more.is_none() && more > 0 {
        block.title_bottom(Line::from(format!(" ↓ {more} more lines ")).right_aligned())
    } else {
        block
    };
    frame.render_widget(Clear, area);
    frame.render_widget(Paragraph::new(shown).block(block), area);
}

/// The narrowing menu's lines, `height` of them at most: the filter, then the entries around
/// the chosen one, each with what it keeps at the right; the chosen entry's line, and how many
/// entries are below the last shown.
fn menu(
    app: &App,
    selected: usize,
    width: usize,
    height: usize,
) -> (Vec<TextLine>, Option<std::ops::Range<usize>>, usize) {
    let mut lines = vec![vec![
        piece(Role::Muted, "Filter: "),
        piece(Role::Strong, format!("{}▏", app.menu_query())),
    ]];
    let rows = height.saturating_sub(1).max(1);
    let total = app.menu_len();
    if total == 0 {
        lines.push(vec![piece(
            Role::Muted,
            "Nothing matches: Backspace or Esc",
        )]);
        return (lines, None, 0);
    }
    // Only the entries on screen get their words (a briefing may have thousands of actors).
    let first = selected.saturating_sub(rows - 1);
    for position in first..(first + rows).min(total) {
        let Some(facet) = app.menu_entry(position) else {
            break;
        };
        let mark = if app.nav.narrow.has(facet.choice) {
            "✓ "
        } else {
            "  "
        };
        let count = if facet.count.is_empty() {
            String::new()
        } else {
            format!("  {}", facet.count)
        };
        let room = width.saturating_sub(mark.width() + count.width());
        let label = fit(&facet.label, room);
        let gap = room.saturating_sub(label.width());
        lines.push(vec![
            piece(Role::Strong, mark),
            piece(Role::Plain, format!("{label}{}", " ".repeat(gap))),
            piece(Role::Muted, fit(&count, width.saturating_sub(mark.width()))),
        ]);
    }
    let chosen = selected - first + 1;
    let more = total.saturating_sub(first + lines.len() - 1);
    (lines, Some(chosen..chosen + 1), more)
}
