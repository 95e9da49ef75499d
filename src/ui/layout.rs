//! Where everything goes on screen, computed by hand from the terminal size (no constraint
//! solver), so that `update` and `view` agree on pane sizes and nothing can panic.

use ratatui::layout::Rect;

use crate::app::Pane;

/// Smallest terminal the reader draws in; below it says "terminal too small".
pub const MIN_WIDTH: u16 = 24;
/// See [`MIN_WIDTH`].
pub const MIN_HEIGHT: u16 = 8;
/// From this width (and [`GRID_MIN_HEIGHT`]) all four panes are shown at once.
pub const GRID_MIN_WIDTH: u16 = 100;
/// See [`GRID_MIN_WIDTH`].
pub const GRID_MIN_HEIGHT: u16 = 20;

/// The regions of one frame.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    /// Title, date, sources and tags.
    pub header: Rect,
    /// The tab bar, shown when only one pane fits.
    pub tabs: Option<Rect>,
    /// Each pane's box (with borders), or None when it is not on screen.
    pub panes: [Option<Rect>; 4],
    /// The status line.
    pub status: Rect,
}

/// Lays out a frame of `area` with `focus` focused, or None when the area is too small.
pub fn layout(area: Rect, focus: Pane) -> Option<Layout> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let header_height = if area.height >= 16 { 2 } else { 1 };
    let header = Rect {
        height: header_height,
        ..area
    };
    let status = Rect {
        y: area.bottom() - 1,
        height: 1,
        ..area
    };
    let body_top = area.y + header_height;
    let body_height = area.height - header_height - 1;
    let mut panes = [None; 4];
    if area.width >= GRID_MIN_WIDTH && area.height >= GRID_MIN_HEIGHT {
        let left = area.width / 2;
        let top = body_height / 2;
        let columns = [(area.x, left), (area.x + left, area.width - left)];
        let rows = [(body_top, top), (body_top + top, body_height - top)];
        for pane in Pane::ALL {
            let (x, width) = columns[pane.index() % 2];
            let (y, height) = rows[pane.index() / 2];
            panes[pane.index()] = Some(Rect {
                x,
                y,
                width,
                height,
            });
        }
        Some(Layout {
            header,
            tabs: None,
            panes,
            status,
        })
    } else {
        let tabs = Rect {
            y: body_top,
            height: 1,
            ..area
        };
        panes[focus.index()] = Some(Rect {
            y: body_top + 1,
            height: body_height - 1,
            ..area
        });
        Some(Layout {
            header,
            tabs: Some(tabs),
            panes,
            status,
        })
    }
}

/// The tab bar's labels at `width`: full names when they fit, else three letters.
pub fn tab_labels(width: u16) -> [String; 4] {
    let labels = |short: bool| {
        Pane::ALL.map(|pane| {
            let name = if short {
                &pane.title()[..3]
            } else {
                pane.title()
            };
            format!(" {} {name} ", pane.index() + 1)
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

/// The pane whose tab is at column `x` of the tab bar `tabs`.
pub fn tab_at(tabs: Rect, x: u16) -> Option<Pane> {
    let mut start = tabs.x;
    for (pane, label) in Pane::ALL.into_iter().zip(tab_labels(tabs.width)) {
        let end = start + label.len() as u16;
        if (start..end).contains(&x) {
            return Some(pane);
        }
        start = end + 1;
    }
    None
}

/// Lines one list item of `pane` takes.
pub fn item_height(pane: Pane) -> u16 {
    match pane {
        Pane::Quotes => 3,
        Pane::Timeline | Pane::Actors | Pane::Implications => 2,
    }
}

/// How many items of `pane` fit in its box `rect` (at least one).
pub fn visible_items(rect: Rect, pane: Pane) -> usize {
    usize::from((rect.height.saturating_sub(2) / item_height(pane)).max(1))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_four_panes_that_tile_the_body() {
        let l = layout(Rect::new(0, 0, 120, 40), Pane::Quotes).unwrap();
        assert!(l.tabs.is_none());
        let total: u32 = l.panes.iter().map(|p| p.unwrap().area()).sum();
        assert_eq!(total, 120 * (40 - 2 - 1));
    }

    #[test]
    fn narrow_terminals_show_the_focused_pane_with_tabs() {
        let l = layout(Rect::new(0, 0, 80, 24), Pane::Actors).unwrap();
        assert!(l.tabs.is_some());
        assert_eq!(l.panes.iter().flatten().count(), 1);
        assert!(l.panes[Pane::Actors.index()].is_some());
    }

    #[test]
    fn tiny_terminals_get_no_layout_and_nothing_overflows() {
        assert_eq!(layout(Rect::new(0, 0, 23, 40), Pane::Timeline), None);
        for (w, h) in [
            (24, 8),
            (99, 19),
            (100, 20),
            (500, 200),
            (20_000, 50),
            (u16::MAX, u16::MAX),
        ] {
            let area = Rect::new(0, 0, w, h);
            let l = layout(area, Pane::Quotes).unwrap();
            for rect in l
                .panes
                .iter()
                .flatten()
                .chain([&l.header, &l.status, &overlay(area)])
            {
                assert_eq!(area.intersection(*rect), *rect, "{w}x{h}");
            }
        }
    }
}
