//! Where everything goes on screen, computed by hand from the terminal size (no constraint
//! solver), so that `update` and `view` agree on pane sizes and nothing can panic.

use ratatui::layout::Rect;

use crate::pane::{Pane, View};

/// Smallest terminal the reader draws in; below it says "terminal too small".
pub const MIN_WIDTH: u16 = 24;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 8;
/// From this width (and [`GRID_MIN_HEIGHT`]) all four panes are shown at once.
pub const GRID_MIN_WIDTH: u16 = 100;
/// See [`GRID_MIN_WIDTH`].
pub const GRID_MIN_HEIGHT: u16 = 20;
/// From this width the panes share the screen with a preview of the selected item: at
/// 160 columns each of the four panes keeps 48 and the preview 64.
pub const PREVIEW_MIN_WIDTH: u16 = 160;

/// What decides the layout: the view, the focused pane and whether it is zoomed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// What the body shows.
    pub view: View,
    /// The focused pane.
    pub focus: Pane,
    /// The focused pane takes the whole body.
    pub zoom: bool,
}

/// The regions of one frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Title, date, sources and tags.
    pub header: Rect,
    /// The tab bar: the overview, the four panes and the charts.
    pub tabs: Rect,
    /// Everything between the tab bar and the status line.
    pub body: Rect,
    /// Each pane's box (with borders), or None when it is not on screen.
    pub panes: [Option<Rect>; 4],
    /// The preview of the selected item, when the terminal is wide enough.
    pub preview: Option<Rect>,
    /// The status line.
    pub status: Rect,
}

/// Lays out a frame of `area` for `shape`, or None when the area is too small.
pub fn layout(area: Rect, shape: Shape) -> Option<Layout> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let header_height = if area.height >= 16 { 2 } else { 1 };
    let header = Rect {
        height: header_height,
        ..area
    };
    let tabs = Rect {
        y: area.y + header_height,
        height: 1,
        ..area
    };
    let status = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    let body = Rect {
        y: tabs.bottom(),
        height: area.height - header_height - 2,
        ..area
    };
    let mut layout = Layout {
        header,
        tabs,
        body,
        panes: [None; 4],
        preview: None,
        status,
    };
    if shape.view != View::Panes {
        return Some(layout);
    }
    let grid = area.width >= GRID_MIN_WIDTH && area.height >= GRID_MIN_HEIGHT;
    if shape.zoom || !grid {
        layout.panes[shape.focus.index()] = Some(body);
        return Some(layout);
    }
    let mut panes_area = body;
    if body.width >= PREVIEW_MIN_WIDTH {
        let preview_width = (u32::from(body.width) * 2 / 5) as u16;
        panes_area.width = body.width - preview_width;
        layout.preview = Some(Rect {
            x: panes_area.right(),
            width: preview_width,
            ..body
        });
    }
    let left = panes_area.width / 2;
    let top = panes_area.height / 2;
    let columns = [
        (panes_area.x, left),
        (panes_area.x + left, panes_area.width - left),
    ];
    let rows = [
        (panes_area.y, top),
        (panes_area.y + top, panes_area.height - top),
    ];
    for pane in Pane::ALL {
        let (x, width) = columns[pane.index() % 2];
        let (y, height) = rows[pane.index() / 2];
        layout.panes[pane.index()] = Some(Rect {
            x,
            y,
            width,
            height,
        });
    }
    Some(layout)
}

/// One tab of the tab bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    /// A view other than the panes.
    View(View),
    /// One of the four panes.
    Pane(Pane),
}

/// Every tab, in order, with the key that shows it.
pub const TABS: [(Tab, char); 7] = [
    (Tab::View(View::Overview), '0'),
    (Tab::Pane(Pane::Timeline), '1'),
    (Tab::Pane(Pane::Actors), '2'),
    (Tab::Pane(Pane::Quotes), '3'),
    (Tab::Pane(Pane::Implications), '4'),
    (Tab::View(View::TimelineChart), '5'),
    (Tab::View(View::Network), '6'),
];

impl Tab {
    fn title(self) -> &'static str {
        match self {
            Tab::View(view) => view.title(),
            Tab::Pane(pane) => pane.title(),
        }
    }

    /// A label of four letters at most, distinct from the others.
    fn short(self) -> &'static str {
        match self {
            Tab::View(View::Overview) => "Over",
            Tab::View(View::Panes) => "Pane",
            Tab::View(View::TimelineChart) => "Chart",
            Tab::View(View::Network) => "Net",
            Tab::Pane(Pane::Timeline) => "Time",
            Tab::Pane(Pane::Actors) => "Act",
            Tab::Pane(Pane::Quotes) => "Quot",
            Tab::Pane(Pane::Implications) => "Impl",
        }
    }
}

/// The tab bar's labels at `width`: full names when they fit, else short ones.
pub fn tab_labels(width: u16) -> [String; 7] {
    let labels = |short: bool| {
        TABS.map(|(tab, key)| {
            let name = if short { tab.short() } else { tab.title() };
            format!(" {key} {name} ")
        })
    };
    let full = labels(false);
    let needed: usize = full.iter().map(|l| l.len() + 1).sum();
    if needed <= usize::from(width) {
        full
    } else {
        labels(true)
    }
}

/// The tab at column `x` of the tab bar `tabs`.
pub fn tab_at(tabs: Rect, x: u16) -> Option<Tab> {
    let mut start = tabs.x;
    for ((tab, _), label) in TABS.into_iter().zip(tab_labels(tabs.width)) {
        let end = start.saturating_add(label.len() as u16);
        if (start..end).contains(&x) {
            return Some(tab);
        }
        start = end.saturating_add(1);
    }
    None
}

/// A centred box for an overlay: most of the screen, all of it when small.
pub fn overlay(area: Rect) -> Rect {
    if area.width < 60 || area.height < 16 {
        return area;
    }
    // Four fifths, computed without overflowing u16 on huge terminals.
    let four_fifths = |n: u16| (u32::from(n) * 4 / 5) as u16;
    let width = four_fifths(area.width).max(60).min(area.width);
    let height = four_fifths(area.height).max(16).min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// The inside of a bordered box.
pub fn inner(rect: Rect) -> Rect {
    Rect {
        x: rect.x.saturating_add(1),
        y: rect.y.saturating_add(1),
        width: rect.width.saturating_sub(2),
        height: rect.height.saturating_sub(2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn panes(focus: Pane) -> Shape {
        Shape {
            view: View::Panes,
            focus,
            zoom: false,
        }
    }

    #[test]
    fn wide_terminals_show_four_panes_that_tile_the_body() {
        let l = layout(Rect::new(0, 0, 120, 40), panes(Pane::Quotes)).unwrap();
        assert!(l.preview.is_none());
        let total: u32 = l.panes.iter().map(|p| p.unwrap().area()).sum();
        assert_eq!(total, u32::from(l.body.width) * u32::from(l.body.height));
    }

    #[test]
    fn very_wide_terminals_add_a_preview_beside_the_panes() {
        let l = layout(Rect::new(0, 0, 200, 60), panes(Pane::Quotes)).unwrap();
        let preview = l.preview.unwrap();
        assert_eq!(preview.right(), 200);
        assert!(l.panes.iter().flatten().all(|p| p.right() <= preview.x));
    }

    #[test]
    fn narrow_terminals_and_zoom_show_the_focused_pane_over_the_whole_body() {
        let l = layout(Rect::new(0, 0, 80, 24), panes(Pane::Actors)).unwrap();
        assert_eq!(l.panes.iter().flatten().count(), 1);
        assert_eq!(l.panes[Pane::Actors.index()], Some(l.body));
        let zoomed = Shape {
            zoom: true,
            ..panes(Pane::Quotes)
        };
        let l = layout(Rect::new(0, 0, 200, 60), zoomed).unwrap();
        assert_eq!(l.panes[Pane::Quotes.index()], Some(l.body));
        assert_eq!(l.preview, None);
    }

    #[test]
    fn tiny_terminals_get_no_layout_and_nothing_overflows() {
        assert_eq!(layout(Rect::new(0, 0, 23, 40), panes(Pane::Timeline)), None);
        for (w, h) in [
            (24, 8),
            (99, 19),
            (100, 20),
            (160, 30),
            (500, 200),
            (20_000, 50),
            (u16::MAX, u16::MAX),
        ] {
            let area = Rect::new(0, 0, w, h);
            let l = layout(area, panes(Pane::Quotes)).unwrap();
            for rect in l.panes.iter().flatten().chain(l.preview.iter()).chain([
                &l.header,
                &l.tabs,
                &l.body,
                &l.status,
                &overlay(area),
            ]) {
                assert_eq!(area.intersection(*rect), *rect, "{w}x{h}");
            }
        }
    }

    #[test]
    fn every_tab_is_found_where_its_label_is() {
        let tabs = Rect::new(0, 3, 120, 1);
        let mut x = 0;
        for ((tab, _), label) in TABS.into_iter().zip(tab_labels(120)) {
            assert_eq!(tab_at(tabs, x + 1), Some(tab));
            x += label.len() as u16 + 1;
        }
    }
}
