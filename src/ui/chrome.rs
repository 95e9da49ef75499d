//! The frame around the panes: header, tab bar and status line.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::Theme;
use super::text::{fit, fit_middle, put_first};
use crate::action::Action;
use crate::app::{App, Pane, View};
use crate::screen::flow::{Field, flow};
use crate::screen::layout::{self, Tab};
use crate::screen::lines::Role;

/// Title and date on the first line; sources and tags on the second when there is room. The
/// overview, which names the briefing only here, gives a long title both lines.
pub fn header(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let meta = &app.briefing.meta;
    let width = usize::from(area.width);
    let date = meta.date.map(|d| format!("  {d}")).unwrap_or_default();
    // A draft says so before anything else: its quotes and speakers are guesses to review.
    let badge = if meta.draft { " DRAFT " } else { "" };
    let lead = if meta.draft { badge.width() + 1 } else { 0 };
    let room = width.saturating_sub(date.width() + lead);
    let whole =
        app.nav.view == View::Overview && area.height > 1 && meta.title.as_str().width() > room;
    let flowed;
    let mut lines: Vec<Line> = if whole {
        let fields = [
            Field::text(Role::Strong, "", meta.title.as_str()).cut(0),
            Field::unit(Role::Muted, "  ", date.trim_start()),
        ];
        flowed = flow(&fields, width.saturating_sub(lead), 2);
        flowed
            .iter()
            .map(|line| super::text::styled(line, theme, "", Style::new()))
            .collect()
    } else {
        let title = fit(meta.title.as_str(), room.saturating_sub(1));
        vec![Line::from(vec![
            Span::styled(title, theme.strong),
            Span::styled(date, theme.muted),
        ])]
    };
    if meta.draft {
        lines[0].spans.insert(0, Span::raw(" "));
        lines[0]
            .spans
            .insert(0, Span::styled(badge, theme.selection));
    }
    if area.height > 1 && !whole {
        let mut parts = Vec::new();
        if !meta.tags.is_empty() {
            let tags: Vec<&str> = meta.tags.iter().map(|t| t.as_str()).collect();
            parts.push(format!("Tags: {}", tags.join(", ")));
        }
        if let Some(source) = meta.sources.first() {
            let more = match meta.sources.len() {
                1 => String::new(),
                n => format!(" (+{} more)", n - 1),
            };
            let publisher = source
                .publisher
                .as_ref()
                .map(|p| format!(", {p}"))
                .unwrap_or_default();
            parts.push(format!("Source: {}{publisher}{more}", source.title));
        }
        lines.push(Line::styled(fit(&parts.join("  ·  "), width), theme.muted));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The tab bar: the overview, the four panes and the two charts, each with its key; what is
/// on screen is marked (every pane when the four are shown, the focused one the strongest).
pub fn tabs(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let labels = layout::tab_labels(area.width);
    let four = layout::layout(app.area, app.nav.shape())
        .is_some_and(|l| l.panes.iter().flatten().count() == 4);
    let mut spans = Vec::new();
    for ((tab, _), label) in layout::TABS.iter().zip(labels) {
        let style = match tab {
            Tab::View(view) if *view == app.nav.view => theme.selection,
            Tab::Pane(pane) if app.nav.view == View::Panes && *pane == app.nav.focus => {
                theme.selection
            }
            Tab::Pane(_) if app.nav.view == View::Panes && four => theme.strong,
            _ => theme.muted,
        };
        spans.push(Span::styled(label, style));
        spans.push(Span::raw(" "));
    }
    put_first(frame, &Line::from(spans), area);
}

/// Where the reader is, the filter, narrowing and search, and the most useful keys (or a
/// notice).
pub fn status(frame: &mut Frame, app: &App, theme: &Theme, area: Rect) {
    let width = usize::from(area.width);
    let focus = app.nav.focus;
    // The pane whose selection the view shows: a chart shows the Timeline's or the Actors'.
    let position = format!("Overview {}", app.overview_position());
    let (lead, pane) = match app.nav.view {
        View::Overview => (position.as_str(), None),
        View::Panes => ("", Some(focus)),
        View::TimelineChart => ("Time chart · ", Some(Pane::Timeline)),
        View::Network => ("Network · ", Some(Pane::Actors)),
    };
    let mut left = lead.to_owned();
    if let Some(pane) = pane {
        let rows = app.rows(pane);
        let selected = app.nav.pane(pane).selected;
        left.push_str(&match rows.len() {
            0 => format!("{} 0/0", pane.title()),
            n => format!("{} {}/{n}", pane.title(), selected + 1),
        });
    }
    if app.nav.view == View::Panes
        && let Some(filter) = app.nav.pane(focus).filter
    {
        left.push_str(&format!(
            "  filter: {}",
            fit(filter.label(&app.briefing), 30)
        ));
    }
    if !app.nav.narrow.is_empty() {
        left.push_str(&format!(
            "  narrowed: {}",
            fit(
                &app.nav
                    .narrow
                    .label(&app.briefing, &app.regions, &app.search),
                40
            )
        ));
    }
    let search = &app.search;
    if search.editing {
        left = format!("/{}▏  {}", search.query, search.count_label());
    } else if search.is_active() {
        left.push_str(&format!(
            "  /{}: {}",
            fit(&search.query, 20),
            app.match_status()
        ));
    }
    if let Some(note) = &app.note {
        let line = Line::from(vec![
            Span::styled(format!("Note: {}▏", note.text), theme.strong),
            Span::styled("  Enter saves (empty removes) · Esc cancels", theme.muted),
        ]);
        put_first(frame, &line, area);
        return;
    }
    let right = match (&app.notice, search.editing) {
        (Some(notice), _) => notice.clone(),
        (None, false) if let Some(error) = &app.reload_error => {
            let (count, them) = match error.count {
                0 | 1 => (String::new(), "it"),
                n => (format!(": {n} problems"), "them"),
            };
            let key = app
                .keymap
                .keys(Action::Messages)
                .first()
                .map(|k| format!(" ({k} shows {them} all)"))
                .unwrap_or_default();
            format!(
                "⚠ reload failed{count}{key}, showing the last good version: {}",
                crate::diag::headline(&error.message)
            )
        }
        (None, true) => "Enter keep · Esc cancel".to_owned(),
        (None, false) => hints(app, width.saturating_sub(left.width() + 2)),
    };
    // A notice that does not fit beside the position takes the whole line until the next key.
    let tail = app.notice_tail.as_deref().filter(|_| app.notice.is_some());
    let left = if app.notice.is_some() && right.width() + left.width() + 2 > width {
        String::new()
    } else {
        fit(&left, width)
    };
    let right = fit_notice(&right, tail, width.saturating_sub(left.width() + 2));
    let gap = width.saturating_sub(left.width() + right.width());
    let line = Line::from(vec![
        Span::styled(left, theme.strong),
        Span::raw(" ".repeat(gap)),
        Span::styled(
            right,
            if app.notice.is_some() {
                Style::new()
            } else {
                theme.muted
            },
        ),
    ]);
    put_first(frame, &line, area);
}

/// `notice` in `room` columns: whole when it fits; else, when it ends with `tail` (a path or a
/// link), the words before it are cut first (the tail keeps at least two thirds of the room),
/// then the tail in its middle, so its end (a file name) always shows.
fn fit_notice(notice: &str, tail: Option<&str>, room: usize) -> String {
    if notice.width() <= room {
        return notice.to_owned();
    }
    let Some(tail) = tail.filter(|t| notice.ends_with(t)) else {
        return fit(notice, room);
    };
    let head = &notice[..notice.len() - tail.len()];
    let tail_room = room
        .saturating_sub(head.width())
        .max(room * 2 / 3)
        .min(tail.width());
    format!(
        "{}{}",
        fit(head, room - tail_room),
        fit_middle(tail, tail_room)
    )
}

/// Key hints from the live keymap, as many as fit in `width`.
fn hints(app: &App, width: usize) -> String {
    let mut out = String::new();
    for (action, label) in [
        (Action::Help, "help"),
        (Action::Quit, app.leave_to),
        (Action::Follow, "follow"),
        (Action::Back, "back"),
        (Action::Detail, "detail"),
        (Action::Search, "search"),
        (Action::Overview, "overview"),
        (Action::Zoom, "zoom"),
    ] {
        let Some(key) = app.keymap.keys(action).first() else {
            continue;
        };
        let hint = format!("{key} {label}");
        let extra = if out.is_empty() {
            hint.width()
        } else {
            hint.width() + 3
        };
        if out.width() + extra > width {
            break;
        }
        if !out.is_empty() {
            out.push_str(" · ");
        }
        out.push_str(&hint);
    }
    out
}
