//! The four panes of the reader: vocabulary shared by the model, the view and the exports.

/// The four panes, in the order `Tab` and `1`-`4` use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Pane {
    /// The author's chronology.
    Timeline,
    /// People, states and organisations.
    Actors,
    /// What was said, by whom.
    Quotes,
    /// What it means, region by region.
    Implications,
}

impl Pane {
    /// All panes in order.
    pub const ALL: [Pane; 4] = [
        Pane::Timeline,
        Pane::Actors,
        Pane::Quotes,
        Pane::Implications,
    ];

    /// Position in [`Pane::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// The pane's title.
    pub fn title(self) -> &'static str {
        match self {
            Pane::Timeline => "Timeline",
            Pane::Actors => "Actors",
            Pane::Quotes => "Quotes",
            Pane::Implications => "Implications",
        }
    }

    /// The pane `by` steps away, wrapping.
    pub fn offset(self, by: isize) -> Pane {
        Pane::ALL[(self.index() as isize + by).rem_euclid(4) as usize]
    }
}
