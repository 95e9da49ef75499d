//! The timeline chart and the network as SVG for a report: the same layouts the terminal
//! draws, written by hand as valid XML and inert (every text escaped, no scripts, no links,
//! nothing loaded from elsewhere).

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::network::{GLYPH_WIDTH, LinkKind, LinkKinds, NetworkLayout};
use super::timeline::{AxisCell, Lane, TimelineLayout, heading, status_glyph};
use crate::briefing::model::{Briefing, Named, Status};

/// Pixels of one terminal column.
const CELL_WIDTH: u32 = 8;
/// Pixels of one terminal row.
const CELL_HEIGHT: u32 = 20;
/// Pixels around the picture.
const MARGIN: u32 = 20;
/// Columns of the timeline picture.
const TIMELINE_COLUMNS: u16 = 120;
/// Columns of the network picture; it grows downwards until every actor fits.
const NETWORK_COLUMNS: u16 = 160;
/// Rows the network picture starts from, and most it grows to.
const NETWORK_ROWS: (u16, u16) = (40, 2560);
/// Attributes of every text.
const FONT: &str = r#"font-family="monospace" font-size="13""#;

/// `text` made safe inside an XML text node or a quoted attribute: markup characters escaped,
/// and characters XML forbids (which [`crate::text::SafeText`] already shows as stand-ins)
/// replaced.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            '\u{0}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Pixel x of a column's left edge.
fn px(column: u16) -> u32 {
    MARGIN + u32::from(column) * CELL_WIDTH
}

/// Pixel y of a row's middle.
fn py(row: u32) -> u32 {
    MARGIN + row * CELL_HEIGHT + CELL_HEIGHT / 2
}

/// The opening of a document of `width` x `height` pixels with a white background and a
/// heading.
fn open(out: &mut String, width: u32, height: u32, heading: &str) {
    let _ = write!(
        out,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">
<rect x="0" y="0" width="{width}" height="{height}" fill="white"/>
<text x="{MARGIN}" y="{}" {FONT} font-weight="bold">{}</text>
"#,
        py(0) + 4,
        escape(heading)
    );
}

/// A line of text whose left edge is at column `x`, vertically centred on row `y`.
fn text(out: &mut String, x: u16, y: u32, content: &str, extra: &str) {
    let _ = writeln!(
        out,
        r#"<text x="{}" y="{}" {FONT}{extra}>{}</text>"#,
        px(x),
        py(y) + 4,
        escape(content)
    );
}

/// The fill of an event's glyph by its status: the colours of the reader's default palette,
/// dark enough to read on white.
fn status_fill(status: Option<Status>) -> &'static str {
    match status {
        Some(Status::Confirmed) => "#1a7f37",
        Some(Status::Reported) => "#0a7c86",
        Some(Status::Claimed) => "#a0288f",
        Some(Status::Expected) => "#3b6fd4",
        Some(Status::Possible) => "#6e7781",
        None => "black",
    }
}

/// The timeline chart of `briefing`: dated events above a broken time axis, each marked with
/// its number in time order; the undated events in a numbered list of their own under it,
/// apart from the dates; then the numbered list of the dated events and the legend. Each
/// glyph takes its status's colour.
pub fn timeline_svg(briefing: &Briefing) -> String {
    let layout = TimelineLayout::new(briefing, TIMELINE_COLUMNS);
    let dated = u32::from(layout.rows(Lane::Dated));
    let undated = u32::from(layout.rows(Lane::Undated));
    let dated_count = briefing.timeline.len() as u32 - undated;
    // Rows: heading, gap, dated lanes, axis, labels, gap, undated list (with its heading),
    // gap, the dated list, gap, the legend.
    let axis = 2 + dated;
    let undated_top = axis + 3;
    let list_top = undated_top + undated + 1;
    let legend_row = list_top + dated_count + 1;
    let rows = legend_row + 1;
    let width = px(TIMELINE_COLUMNS) + MARGIN;
    let mut out = String::new();
    open(
        &mut out,
        width,
        py(rows) + MARGIN,
        &format!("Timeline: {}", briefing.meta.title),
    );

    // The axis: a line over each run of segment columns, two strokes over each break.
    let cells = layout.axis();
    let mut column = 0;
    while column < cells.len() {
        // Ticks are drawn on their own; here a tick is part of the line.
        let class = |c: AxisCell| {
            if c == AxisCell::Tick {
                AxisCell::Line
            } else {
                c
            }
        };
        let kind = class(cells[column]);
        let run = cells[column..]
            .iter()
            .take_while(|&&c| class(c) == kind)
            .count();
        let (x1, x2) = (px(column as u16), px((column + run) as u16));
        match kind {
            AxisCell::Blank => {}
            AxisCell::Break => {
                for x in [x1 + 2, x1 + 7] {
                    let _ = writeln!(
                        out,
                        r#"<line x1="{x}" y1="{}" x2="{}" y2="{}" stroke="black"/>"#,
                        py(axis) + 6,
                        x + 5,
                        py(axis) - 6
                    );
                }
            }
            AxisCell::Line | AxisCell::Tick => {
                let _ = writeln!(
                    out,
                    r#"<line x1="{x1}" y1="{0}" x2="{x2}" y2="{0}" stroke="black"/>"#,
                    py(axis)
                );
            }
        }
        column += run;
    }
    for tick in layout.ticks() {
        let x = px(tick.column);
        let _ = writeln!(
            out,
            r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="black"/>"#,
            py(axis),
            py(axis) + 5
        );
        text(&mut out, tick.label_column, axis + 1, &tick.label, "");
    }
    text(
        &mut out,
        0,
        1,
        "Dated, on a time axis (breaks leave out empty time)",
        r#" fill="dimgray""#,
    );
    if undated > 0 {
        let count = match undated {
            1 => "1 undated event".to_owned(),
            n => format!("{n} undated events"),
        };
        text(
            &mut out,
            0,
            undated_top - 1,
            &format!("{count}, in the author's order, not on the time axis"),
            r#" fill="dimgray""#,
        );
    }

    let mut listed = 0;
    for (number, &event) in layout.order().iter().enumerate() {
        let Some(place) = layout.place(event) else {
            continue;
        };
        let e = &briefing.timeline[event];
        let fill = status_fill(e.status);
        let line = format!("{}. {}: {}", number + 1, heading(e), e.title);
        if place.lane == Lane::Undated {
            let row = undated_top + u32::from(place.row);
            glyph_and_text(&mut out, row, status_glyph(e.status), fill, &line);
            continue;
        }
        glyph_and_text(
            &mut out,
            list_top + listed,
            status_glyph(e.status),
            fill,
            &line,
        );
        listed += 1;
        let row = axis - 1 - u32::from(place.row);
        if place.end > place.start {
            let dash = if place.span {
                ""
            } else {
                r#" stroke-dasharray="2 3""#
            };
            let _ = writeln!(
                out,
                r#"<line x1="{}" y1="{2}" x2="{}" y2="{2}" stroke="black" stroke-width="2"{dash}/>"#,
                px(place.start) + CELL_WIDTH / 2,
                px(place.end) + CELL_WIDTH,
                py(row)
            );
        }
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{}" {FONT} fill="{fill}"><title>{}</title>{}<tspan font-size="8" dy="-6">{}</tspan></text>"#,
            px(place.start),
            py(row) + 4,
            escape(&format!("{}: {}", e.when, e.title)),
            status_glyph(e.status),
            number + 1
        );
    }
    let mut column = 0;
    for &(name, status) in Status::ALL {
        let glyph = status_glyph(Some(status));
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{}" {FONT} fill="{}">{glyph} {name}</text>"#,
            px(column),
            py(legend_row) + 4,
            status_fill(Some(status)),
        );
        column += name.width() as u16 + 3;
    }
    out.push_str("</svg>\n");
    out
}

/// A list row: a glyph in `fill`, then `line`.
fn glyph_and_text(out: &mut String, row: u32, glyph: char, fill: &str, line: &str) {
    let _ = writeln!(
        out,
        r#"<text x="{}" y="{}" {FONT} fill="{fill}">{glyph}</text>"#,
        px(0),
        py(row) + 4
    );
    text(out, 2, row, line, "");
}

/// The network of `briefing`'s actors with every kind of link, tall enough for every actor
/// (up to [`NETWORK_ROWS`]); any that still do not fit are named in a line under it. The
/// picture starts twice as tall as labels tiling it would need and doubles while some do not
/// fit, so a large network is laid out two or three times, not once per doubling from 40 rows.
pub fn network_svg(briefing: &Briefing) -> String {
    let wanted = 2 * NetworkLayout::rows_for(briefing, NETWORK_COLUMNS);
    let mut rows = wanted.clamp(u32::from(NETWORK_ROWS.0), u32::from(NETWORK_ROWS.1)) as u16;
    let mut layout = NetworkLayout::new(briefing, NETWORK_COLUMNS, rows);
    while layout.hidden() > 0 && rows < NETWORK_ROWS.1 {
        rows = rows.saturating_mul(2).min(NETWORK_ROWS.1);
        layout = NetworkLayout::new(briefing, NETWORK_COLUMNS, rows);
    }
    let top = 2;
    let hidden: Vec<&str> = briefing
        .actors
        .iter()
        .enumerate()
        .filter(|(a, _)| layout.node(*a).is_none())
        .map(|(_, actor)| actor.name.as_str())
        .collect();
    let footer = top + u32::from(rows) + 1;
    let height = py(footer + u32::from(!hidden.is_empty())) + MARGIN;
    let mut out = String::new();
    open(
        &mut out,
        px(NETWORK_COLUMNS) + MARGIN,
        height,
        &format!("Actors: {}", briefing.meta.title),
    );
    let nodes = layout.nodes();
    let centre = |i: usize| {
        let n = &nodes[i];
        (px(n.x) + CELL_WIDTH / 2, py(top + u32::from(n.y)))
    };
    for edge in layout.edges() {
        let ((x1, y1), (x2, y2)) = (centre(edge.from), centre(edge.to));
        let weight = edge.link.weight(LinkKinds::ALL);
        let kinds: Vec<String> = LinkKind::ALL
            .iter()
            .zip(edge.link.counts)
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| format!("{n} {}", k.name()))
            .collect();
        let _ = writeln!(
            out,
            r#"<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="gray" stroke-opacity="0.6" stroke-width="{:.1}"><title>{}</title></line>"#,
            1.0 + f64::from(weight).ln(),
            escape(&format!(
                "{} and {}: {}",
                briefing.actors[edge.link.a].name,
                briefing.actors[edge.link.b].name,
                kinds.join(", ")
            ))
        );
    }
    for (i, node) in nodes.iter().enumerate() {
        let (x, y) = centre(i);
        let name = briefing.actors[node.actor].name.as_str();
        let _ = writeln!(
            out,
            r#"<circle cx="{x}" cy="{y}" r="{}" fill="black"/>"#,
            3 + u32::from(node.size) * 2
        );
        // A name longer than its label's room is squeezed into it, never cut.
        let room = u32::from(node.label_width) * CELL_WIDTH;
        let squeeze = if name.width() > usize::from(node.label_width) {
            format!(r#" textLength="{room}" lengthAdjust="spacingAndGlyphs""#)
        } else {
            String::new()
        };
        text(
            &mut out,
            node.x + GLYPH_WIDTH,
            top + u32::from(node.y),
            name,
            &squeeze,
        );
    }
    text(
        &mut out,
        0,
        footer,
        &format!(
            "Edges: quotes by one actor about another, shared events, shared implications; thicker is more links. Dot size: quotes and events. {} actors.",
            briefing.actors.len()
        ),
        r#" fill="dimgray""#,
    );
    if !hidden.is_empty() {
        text(
            &mut out,
            0,
            footer + 1,
            &format!("Not drawn ({}): {}", hidden.len(), hidden.join(", ")),
            "",
        );
    }
    out.push_str("</svg>\n");
    out
}
