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

/// What the body of the reader shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// The briefing at a glance: title, summary, sources, implications by severity, counts.
    Overview,
    /// The four list panes (with a preview beside them when there is room).
    #[default]
    Panes,
    /// The timeline on a time axis.
    TimelineChart,
    /// The actors as a network.
    Network,
}

impl View {
    /// The view's name on the tab bar.
    pub fn title(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Panes => "Panes",
            View::TimelineChart => "Time chart",
            View::Network => "Network",
        }
    }
}
