//! The picker screen: a title line, the search line, the list of briefings, a status line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph};

use super::Theme;
use super::text::{fit, fit_middle};
use crate::app::picker::{ENTRY_HEIGHT, Picker};
use crate::store::Freshness;
use unicode_width::UnicodeWidthStr;

/// Draws the picker.
pub fn draw(frame: &mut Frame, picker: &Picker, theme: &Theme) {
    let area = frame.area();
    let width = usize::from(area.width);
    let broken = picker.entries.iter().filter(|e| e.summary.is_err()).count();
    let mut heading = match (&picker.finding, picker.reading) {
        (Some(id), None) => format!("brief: finding \"{id}\" in the library…"),
        (Some(id), Some(n)) => format!(
            "brief: finding \"{id}\" among {}…",
            crate::text::counted(n, "briefing")
        ),
        _ if picker.listing => "brief: reading the library…".to_owned(),
        (None, Some(n)) => format!("brief: reading {}…", crate::text::counted(n, "briefing")),
        (None, None) => format!(
            "brief: {}",
            crate::text::counted(picker.entries.len(), "briefing")
        ),
    };
    if broken > 0 {
        heading.push_str(&format!(" ({broken} with errors)"));
    }
    if let Some(indexing) = picker.indexing {
        heading.push_str(&format!(" · {}…", indexing.words()));
    }
    let search = format!("Search: {}▏  {} shown", picker.query, picker.shown.len());
    let Some(inner) = super::list_frame(frame, &heading, Line::raw(fit(&search, width)), theme)
    else {
        return;
    };
    let text_width = usize::from(inner.width.saturating_sub(2));
    for (slot, position) in (picker.cursor.offset..picker.shown.len()).enumerate() {
        let y = inner.y + slot as u16 * ENTRY_HEIGHT;
        if y + ENTRY_HEIGHT > inner.bottom() {
            break;
        }
        let entry = &picker.entries[picker.shown[position]];
        let selected = position == picker.cursor.selected;
        let marker = if selected { "▶ " } else { "  " };
        let name = entry.origin.name();
        let lines = match &entry.summary {
            Ok(summary) => {
                let date = summary.date.map(|d| format!("  {d}")).unwrap_or_default();
                let tags: Vec<&str> = summary.tags.iter().map(|t| t.as_str()).collect();
                let mut rest = summary.counts.clone();
                if !tags.is_empty() {
                    rest = format!("{rest} · {}", tags.join(", "));
                }
                // The name is whole when it fits two thirds of the row (the counts give way);
                // a longer path gives up its middle, never its file name.
                let name_room = text_width
                    .saturating_sub(rest.width() + 3)
                    .max(name.as_str().width().min(text_width * 2 / 3));
                let detail = format!("{} · {rest}", fit_middle(name.as_str(), name_room));
                let badge = match picker.fresh.get(picker.shown[position]).copied().flatten() {
                    Some(Freshness::NeverOpened) => "new · ",
                    Some(Freshness::Changed) => "changed · ",
                    _ => "",
                };
                // Two files with one id share marks and reads: say so on both.
                let twin = picker.twins.get(picker.shown[position]).copied().flatten();
                let twin = twin.map(|other| {
                    let other = picker.entries[other].origin.name();
                    format!("⚠ same id as {} · ", fit_middle(other.as_str(), 40))
                });
                let twin = twin.unwrap_or_default();
                let room = text_width.saturating_sub(date.width() + badge.width() + twin.width());
                let alarm = theme.severity(crate::briefing::model::Severity::High);
                vec![
                    Line::from(vec![
                        Span::raw(marker),
                        Span::styled(twin, alarm),
                        Span::styled(badge, theme.focus),
                        Span::styled(fit(summary.title.as_str(), room), theme.strong),
                        Span::styled(date, theme.muted),
                    ]),
                    Line::from(vec![
                        Span::raw("  "),
                        Span::styled(fit(&detail, text_width), theme.muted),
                    ]),
                ]
            }
            Err(error) => {
                let first = crate::diag::headline(error);
                let first = first
                    .strip_prefix(name.as_str())
                    .map_or(first, |rest| rest.trim_start_matches(':').trim());
                let first = if first.starts_with(|c: char| c.is_ascii_digit()) {
                    format!("line {first}")
                } else {
                    first.to_owned()
                };
                let alarm = theme.severity(crate::briefing::model::Severity::High);
                vec![
                    Line::from(vec![
                        Span::raw(marker),
                        Span::styled(
                            format!(
                                "✗ {}",
                                fit_middle(name.as_str(), text_width.saturating_sub(2))
                            ),
                            alarm,
                        ),
                    ]),
                    Line::from(vec![Span::raw("  "), Span::raw(fit(&first, text_width))]),
                ]
            }
        };
        let row = Rect {
            y,
            height: ENTRY_HEIGHT,
            ..inner
        };
        let style = if selected {
            theme.selection
        } else {
            Style::new()
        };
        // On the selection bar every text takes the bar's colours, as in the panes.
        let lines: Vec<Line> = lines
            .into_iter()
            .map(|line| {
                Line::from(
                    line.spans
                        .into_iter()
                        .map(|span| {
                            let patched = span.style.patch(style);
                            span.style(patched)
                        })
                        .collect::<Vec<_>>(),
                )
            })
            .collect();
        frame.buffer_mut().set_style(row, style);
        frame.render_widget(Paragraph::new(lines).style(style), row);
    }
    let esc = if picker.can_return {
        "Esc back to the briefing"
    } else {
        "Esc clear/quit"
    };
    let status = picker.notice.clone().unwrap_or_else(|| {
        format!("type to filter · Tab search inside · ↑↓ move · Enter open · {esc} · ? help")
    });
    frame.render_widget(
        Paragraph::new(Span::styled(fit(&status, width), theme.muted)),
        Rect {
            y: area.bottom() - 1,
            height: 1,
            ..area
        },
    );
    if picker.help {
        help(frame, picker, theme);
    }
}

/// The picker's keys, over the list.
fn help(frame: &mut Frame, picker: &Picker, theme: &Theme) {
    let area = crate::screen::layout::overlay(frame.area());
    let esc = if picker.can_return {
        "clear the search; when it is empty, back to the briefing you came from"
    } else {
        "clear the search; when it is empty, quit"
    };
    let keys = [
        (
            "type",
            "search titles, file names and tags (q and ? are keys only here)",
        ),
        ("↑ ↓, Ctrl-p Ctrl-n", "move"),
        ("PgUp PgDn, Ctrl-u Ctrl-d", "move half a screen"),
        ("Home End", "first, last"),
        ("Enter, click twice", "open the briefing"),
        ("Tab", "search inside every briefing of the library"),
        ("Esc", esc),
        ("q", "quit (when the search is empty)"),
        ("?", "this help; any key closes it"),
    ];
    let width = usize::from(area.width.saturating_sub(2));
    let mut lines = Vec::new();
    for (key, what) in keys {
        for (n, text) in
            crate::screen::wrap::wrap(what, width.saturating_sub(26).max(1), usize::MAX)
                .into_iter()
                .enumerate()
        {
            let key = if n == 0 { key } else { "" };
            lines.push(Line::from(vec![
                Span::styled(format!("{key:24}  "), theme.strong),
                Span::raw(text),
            ]));
        }
    }
    let block = Block::bordered()
        .border_type(BorderType::Double)
        .border_style(theme.focus)
        .title(Span::styled(" Picker keys (any key closes) ", theme.focus));
    frame.render_widget(ratatui::widgets::Clear, area);
    frame.render_widget(Paragraph::new(lines).block(block), area);
}
