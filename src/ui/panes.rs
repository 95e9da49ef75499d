//! The four list panes. Only the rows on screen are built, so a frame costs the same for a
//! briefing of 100 items as for one of 100,000.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::text::{fit, highlighted, wrap};
use super::{Theme, layout};
use crate::app::{App, Pane};
use crate::briefing::model::{Named, Severity};
use crate::verify::Finding;

/// Columns used by the selection marker at the start of each row.
const MARKER_WIDTH: u16 = 2;

/// Draws `pane` in `rect`.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme, pane: Pane, rect: Rect) {
    let focused = app.nav.focus == pane;
    let rows = app.rows(pane);
    let state = app.nav.pane(pane);
    let title = match state.filter {
        Some(filter) => format!(
            " {}: {} ({}) ",
            pane.title(),
            filter.label(&app.briefing),
            rows.len()
        ),
        None => format!(" {} ({}) ", pane.title(), rows.len()),
    };
    let title_width = usize::from(rect.width.saturating_sub(4));
    let position = match rows.len() {
        0 => String::new(),
        n => format!(" {}/{n} ", state.selected + 1),
    };
    let block = Block::bordered()
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(if focused { theme.focus } else { theme.border })
        .title(Span::styled(
            fit(&title, title_width),
            if focused { theme.focus } else { theme.strong },
        ))
        .title_bottom(Line::from(position).right_aligned());
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    if rows.is_empty() {
        let empty = if state.filter.is_some() {
            "Nothing here. Esc clears the filter."
        } else {
            "(none)"
        };
        frame.render_widget(Paragraph::new(Span::styled(empty, theme.muted)), inner);
        return;
    }
    let item_height = layout::item_height(pane);
    let text_width = usize::from(inner.width.saturating_sub(MARKER_WIDTH));
    let visible = layout::visible_items(rect, pane);
    for (slot, position) in (state.offset..rows.len()).take(visible).enumerate() {
        let Some(item) = rows.get(position) else {
            break;
        };
        let y = inner.y + slot as u16 * item_height;
        let height = item_height.min(inner.bottom().saturating_sub(y));
        let row = Rect { y, height, ..inner };
        let selected = position == state.selected;
        let is_match = app.search.is_match(pane, item);
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
        let mut lines = item_lines(app, theme, pane, item, text_width);
        for (i, line) in lines.iter_mut().enumerate() {
            let lead = if i == 0 { marker } else { "  " };
            line.spans.insert(0, Span::raw(lead));
        }
        frame.buffer_mut().set_style(row, style);
        frame.render_widget(Paragraph::new(lines).style(style), row);
    }
}

/// The lines of one list item (at most its pane's item height), text cut to `width`.
fn item_lines(
    app: &App,
    theme: &Theme,
    pane: Pane,
    item: usize,
    width: usize,
) -> Vec<Line<'static>> {
    let b = &app.briefing;
    let query = app.search.folded_query();
    // One line: `head` (cut to fit, matches highlighted) followed by a muted `tail`.
    let line = |head: &str, style: Style, tail: String| {
        let tail_width = unicode_width::UnicodeWidthStr::width(tail.as_str());
        let head = fit(head, width.saturating_sub(tail_width));
        let mut spans = marked(head, style, theme, query);
        spans.push(Span::styled(fit(&tail, width), theme.muted));
        Line::from(spans)
    };
    match pane {
        Pane::Timeline => {
            let event = &b.timeline[item];
            let status = event
                .status
                .map(|s| format!(" · {}", s.name()))
                .unwrap_or_default();
            vec![
                line(event.when.as_str(), theme.strong, status),
                line(event.title.as_str(), Style::new(), String::new()),
            ]
        }
        Pane::Actors => {
            let actor = &b.actors[item];
            let count = match actor.quotes.len() {
                1 => " · 1 quote".to_owned(),
                n => format!(" · {n} quotes"),
            };
            let about: Vec<&str> = [&actor.role, &actor.country]
                .into_iter()
                .flatten()
                .map(|t| t.as_str())
                .collect();
            let second = if about.is_empty() {
                actor.kind.name().to_owned()
            } else {
                about.join(" · ")
            };
            vec![
                line(actor.name.as_str(), theme.strong, count),
                line("", Style::new(), second),
            ]
        }
        Pane::Quotes => {
            let quote = &b.quotes[item];
            let mut lines: Vec<Line> = wrap(&format!("“{}”", quote.text), width, 2)
                .into_iter()
                .map(|text| Line::from(marked(text, Style::new(), theme, query)))
                .collect();
            lines.resize(2, Line::default());
            let context = quote
                .context
                .as_ref()
                .map(|c| format!(", {c}"))
                .unwrap_or_default();
            // A quote the source text does not hold verbatim says so first.
            let misquote = matches!(
                app.provenance.as_ref().and_then(|p| p.ready()),
                Some(p) if matches!(p.finding(item), Some(Finding::Misquote { .. }))
            );
            let flag = if misquote { "✗ not in source " } else { "" };
            let speaker = format!("— {}{context}", b.actors[quote.speaker].name);
            let speaker = fit(&speaker, width.saturating_sub(flag.chars().count()));
            lines.push(Line::from(vec![
                Span::styled(flag, theme.severity(Severity::High)),
                Span::styled(speaker, theme.muted),
            ]));
            lines
        }
        Pane::Implications => {
            let implication = &b.implications[item];
            // The severity is the line's tail, so its width is kept when the region is cut.
            let tag = implication
                .severity
                .map(|s| format!(" [{}]", s.name().to_uppercase()));
            let mut first = line(
                implication.region.as_str(),
                theme.strong,
                tag.unwrap_or_default(),
            );
            if let (Some(severity), Some(tail)) = (implication.severity, first.spans.last_mut()) {
                tail.style = theme.severity(severity);
            }
            vec![
                first,
                line(implication.title.as_str(), Style::new(), String::new()),
            ]
        }
    }
}

/// Spans of an already-cut line, with search matches highlighted.
fn marked(text: String, style: Style, theme: &Theme, query: &str) -> Vec<Span<'static>> {
    highlighted(&text, style, theme.hit, query)
        .into_iter()
        .map(|span| Span::styled(span.content.into_owned(), span.style))
        .collect()
}
