//! Pictures of a briefing: the timeline on a time axis and the actors as a network, laid out
//! once in terminal cells (pure, no drawing) for the widgets in `ui/` and the SVG export.

pub mod network;
pub mod svg;
pub mod timeline;

/// A direction of arrow-key movement on a chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards smaller columns.
    Left,
    /// Towards larger columns.
    Right,
    /// Towards smaller rows.
    Up,
    /// Towards larger rows.
    Down,
}

/// What a chart shows instead of itself in an area of size `now` below its minimum size
/// `min`, or `None` when the area is big enough.
pub fn too_small(what: &str, min: (u16, u16), now: (u16, u16)) -> Option<String> {
    (now.0 < min.0 || now.1 < min.1).then(|| {
        format!(
            "{what} needs at least {} x {} (now {} x {})",
            min.0, min.1, now.0, now.1
        )
    })
}
