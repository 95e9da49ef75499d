//! The actor network: edges in Braille dots, labelled nodes over them, the selected actor and
//! its neighbours emphasised, drawn from a cached [`NetworkLayout`] (which keeps the dots, so a
//! selection move redraws without drawing a line; ratatui's `Canvas` draws every line each
//! frame).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::Theme;
use super::text::fit;
use crate::briefing::model::{ActorIx, Briefing, Named};
use crate::chart::network::{Dots, GLYPH_WIDTH, LinkKinds, NetworkLayout, label};
use crate::chart::too_small;
use crate::text::counted;

/// Fewest columns the network is drawn in; below it says so instead.
pub const MIN_WIDTH: u16 = 30;
/// Fewest rows the network is drawn in; below it says so instead.
pub const MIN_HEIGHT: u16 = 8;

use crate::chart::network::FOOTER_ROWS;

/// Node glyphs by size: few, some, many quotes and events.
const NODE_GLYPHS: [char; 3] = ['•', '●', '◉'];

/// Draws the network of `briefing` from `layout` into `area`: the links of the kinds in
/// `kinds` as edges, `selected` highlighted with its neighbours in bold, and a footer naming
/// the selection and saying how many actors are hidden.
pub fn draw(
    buf: &mut Buffer,
    area: Rect,
    briefing: &Briefing,
    layout: &NetworkLayout,
    selected: Option<ActorIx>,
    kinds: LinkKinds,
    theme: &Theme,
) {
    let area = area.intersection(buf.area);
    let size = (area.width, area.height);
    if let Some(message) = too_small("The network", (MIN_WIDTH, MIN_HEIGHT), size) {
        Paragraph::new(message)
            .wrap(Wrap { trim: true })
            .render(area, buf);
        return;
    }
    let plot = Rect {
        height: area.height - FOOTER_ROWS,
        ..area
    };
    let nodes = layout.nodes();
    let chosen = selected.and_then(|a| layout.node(a)).map(|n| n.actor);
    let touches = |i: usize| Some(nodes[i].actor) == chosen;
    let edges: Vec<_> = layout
        .edges()
        .iter()
        .filter(|e| e.link.weight(kinds) > 0)
        .collect();
    let mut neighbour = vec![false; nodes.len()];
    for e in edges.iter().filter(|e| touches(e.from) || touches(e.to)) {
        neighbour[e.from] = true;
        neighbour[e.to] = true;
    }

    // Every edge from the layout's kept dots; the selected actor's over them, in focus.
    let all = layout.edge_dots(kinds);
    let mine = chosen.map(|a| layout.edge_dots_of(a, kinds));
    for y in 0..plot.height {
        for x in 0..plot.width {
            let own = mine.as_ref().map_or(0, |m| m.pattern(x, y));
            let pattern = all.pattern(x, y) | own;
            if pattern != 0 {
                let style = if own != 0 { theme.focus } else { theme.muted };
                buf[(plot.x + x, plot.y + y)]
                    .set_char(Dots::braille(pattern))
                    .set_style(style);
            }
        }
    }

    for (i, node) in nodes.iter().enumerate() {
        let style = if Some(node.actor) == chosen {
            theme.selection
        } else if neighbour[i] {
            theme.strong
        } else {
            Style::new()
        };
        let name = label(briefing.actors[node.actor].name.as_str());
        let glyph = NODE_GLYPHS[usize::from(node.size.min(2))];
        if node.x >= plot.width || node.y >= plot.height {
            continue;
        }
        // The blank column the layout keeps on each side clears the edges off the label.
        let left = node.x.saturating_sub(1);
        let room = usize::from(plot.width - left);
        let padded = format!("{}{glyph} {name} ", if node.x > 0 { " " } else { "" });
        // Reset, not patched: a label never takes the colour of the edge dots it covers.
        buf.set_stringn(plot.x + left, plot.y + node.y, padded, room, Style::reset());
        let label = format!("{glyph} {name}");
        let room = usize::from(GLYPH_WIDTH + node.label_width).min(room);
        buf.set_stringn(plot.x + node.x, plot.y + node.y, label, room, style);
    }

    let width = usize::from(area.width);
    let about = match chosen {
        Some(actor) => selection(briefing, layout, actor, kinds),
        None => "Nothing selected.".to_owned(),
    };
    let mut shown = format!("{} of {} actors shown", nodes.len(), briefing.actors.len());
    if layout.hidden() > 0 {
        shown.push_str(&format!(" ({} less connected hidden)", layout.hidden()));
    }
    if let Some(steps) = layout.coarse() {
        shown.push_str(&format!(
            " · coarse layout ({steps} of {} steps: a large network)",
            crate::chart::network::ITERATIONS
        ));
    }
    if layout.skipped_groups() > 0 {
        shown.push_str(&format!(
            " · {} groups over {} actors not linked",
            layout.skipped_groups(),
            crate::chart::network::MAX_GROUP
        ));
    }
    shown.push_str(&format!(
        " · links: {} · •●◉ quotes and events",
        kinds.label()
    ));
    let footer = area.bottom() - FOOTER_ROWS;
    buf.set_stringn(area.x, footer, fit(&about, width), width, theme.strong);
    buf.set_stringn(area.x, footer + 1, fit(&shown, width), width, theme.muted);
}

/// What the network shows while a worker lays it out: that it is on its way, and how many
/// actors it will place.
pub fn laying_out(buf: &mut Buffer, area: Rect, briefing: &Briefing, theme: &Theme) {
    let area = area.intersection(buf.area);
    let size = (area.width, area.height);
    let message = too_small("The network", (MIN_WIDTH, MIN_HEIGHT), size).unwrap_or_else(|| {
        format!(
            "Laying out the network of {}… (other keys work meanwhile)",
            counted(briefing.actors.len(), "actor")
        )
    });
    Paragraph::new(message)
        .style(theme.muted)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// One line about the selected actor: its whole name, kind, quotes, events and links of the
/// kinds drawn.
fn selection(
    briefing: &Briefing,
    layout: &NetworkLayout,
    actor: ActorIx,
    kinds: LinkKinds,
) -> String {
    let a = &briefing.actors[actor];
    let links = layout.node(actor).map_or(0, |n| n.links(kinds));
    format!(
        "{} · {} · {} · {} · {}",
        a.name,
        a.kind.name(),
        counted(a.quotes.len(), "quote"),
        counted(a.events.len(), "event"),
        counted(links as usize, "link")
    )
}
