//! What shapes a row besides its item: how much of the item it shows ([`Extent`]) and the
//! analyst's badges on it ([`Badge`]). Below both the rows that are laid out and the cache
//! that keeps them.

/// How much of an item a row shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Extent {
    /// The list: each part of a row up to `scale` times its lines (a title 3, a quote 4, a
    /// line of fields 1), so rows grow with the pane.
    Compact {
        /// How many times the compact lines a part may take.
        scale: usize,
    },
    /// A zoomed pane: every field, whole.
    Full,
}

impl Extent {
    /// The compact extent of a pane with `height` lines for rows: twice as tall from 24
    /// lines, three times from 36.
    pub fn for_height(height: usize) -> Extent {
        Extent::Compact {
            scale: (height / LINES_PER_SCALE).max(1),
        }
    }

    /// Most lines of a part that takes `compact` lines at scale 1.
    pub fn lines(self, compact: usize) -> usize {
        match self {
            Extent::Compact { scale } => compact.saturating_mul(scale),
            Extent::Full => FULL_LINES,
        }
    }
}

/// Pane lines per step of [`Extent::Compact`]'s scale.
const LINES_PER_SCALE: usize = 12;
/// Lines of one field in a full row (a field is at most 50,000 characters).
pub const FULL_LINES: usize = 2000;

/// What the analyst's store says of one item: its flags (as glyphs), whether it has a note,
/// and whether it is new since the briefing was last read.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Badge {
    /// Flag glyphs: `★` key, `?` doubtful, `⚑` follow-up.
    pub flags: String,
    /// The item has a note.
    pub note: bool,
    /// The item was added since the briefing was last read and has not been seen.
    pub new: bool,
}
