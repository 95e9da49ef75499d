//! What a key can do: every action with its config name and the description help shows.

/// One thing the user can ask for; keys are bound to these in the keymap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// Leave the reader.
    Quit,
    /// Show or hide the help overlay.
    Help,
    /// Focus the next pane.
    NextPane,
    /// Focus the previous pane.
    PrevPane,
    /// Focus the Timeline pane.
    Timeline,
    /// Focus the Actors pane.
    Actors,
    /// Focus the Quotes pane.
    Quotes,
    /// Focus the Implications pane.
    Implications,
    /// Select the next item.
    Next,
    /// Select the previous item.
    Previous,
    /// Select the first item.
    First,
    /// Select the last item.
    Last,
    /// Move down half a pane.
    HalfPageDown,
    /// Move up half a pane.
    HalfPageUp,
    /// Follow the selected item's links.
    Follow,
    /// Go back to where you were before the last follow or jump.
    Back,
    /// Open the detail view of the selected item.
    Detail,
    /// Jump to the next quote by the same speaker.
    NextBySpeaker,
    /// Jump to the previous quote by the same speaker.
    PrevBySpeaker,
    /// Start typing a search.
    Search,
    /// Jump to the next search match.
    NextMatch,
    /// Jump to the previous search match.
    PrevMatch,
    /// Close the overlay, clear the search, or clear the pane's filter, in that order.
    Cancel,
    /// Return to the briefing picker.
    Library,
    /// Reload the briefing from disk.
    Reload,
    /// Copy the selected item as text (OSC 52).
    Copy,
    /// Open the briefing's first source URL.
    OpenSource,
    /// Repaint the whole screen.
    Redraw,
    /// Suspend to the shell.
    Suspend,
}

impl Action {
    /// Every action, in the order help lists them.
    pub const ALL: &'static [Action] = &[
        Action::Quit,
        Action::Help,
        Action::NextPane,
        Action::PrevPane,
        Action::Timeline,
        Action::Actors,
        Action::Quotes,
        Action::Implications,
        Action::Next,
        Action::Previous,
        Action::First,
        Action::Last,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::Follow,
        Action::Back,
        Action::Detail,
        Action::NextBySpeaker,
        Action::PrevBySpeaker,
        Action::Search,
        Action::NextMatch,
        Action::PrevMatch,
        Action::Cancel,
        Action::Library,
        Action::Reload,
        Action::Copy,
        Action::OpenSource,
        Action::Redraw,
        Action::Suspend,
    ];

    /// The action's name in the `[keys]` table of the config.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::NextPane => "next_pane",
            Action::PrevPane => "previous_pane",
            Action::Timeline => "timeline",
            Action::Actors => "actors",
            Action::Quotes => "quotes",
            Action::Implications => "implications",
            Action::Next => "next",
            Action::Previous => "previous",
            Action::First => "first",
            Action::Last => "last",
            Action::HalfPageDown => "half_page_down",
            Action::HalfPageUp => "half_page_up",
            Action::Follow => "follow",
            Action::Back => "back",
            Action::Detail => "detail",
            Action::NextBySpeaker => "next_by_speaker",
            Action::PrevBySpeaker => "previous_by_speaker",
            Action::Search => "search",
            Action::NextMatch => "next_match",
            Action::PrevMatch => "previous_match",
            Action::Cancel => "cancel",
            Action::Library => "library",
            Action::Reload => "reload",
            Action::Copy => "copy",
            Action::OpenSource => "open_source",
            Action::Redraw => "redraw",
            Action::Suspend => "suspend",
        }
    }

    /// One line saying what the action does, for help and `brief config`.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "show or hide this help",
            Action::NextPane => "next pane",
            Action::PrevPane => "previous pane",
            Action::Timeline => "focus Timeline",
            Action::Actors => "focus Actors",
            Action::Quotes => "focus Quotes",
            Action::Implications => "focus Implications",
            Action::Next => "next item",
            Action::Previous => "previous item",
            Action::First => "first item",
            Action::Last => "last item",
            Action::HalfPageDown => "down half a pane",
            Action::HalfPageUp => "up half a pane",
            Action::Follow => {
                "follow links: actor → quotes, quote → speaker, event/implication → actors/quotes"
            }
            Action::Back => "back to where you were before the last follow or jump",
            Action::Detail => "detail view: all the text and every linked item",
            Action::NextBySpeaker => "next quote by the same speaker",
            Action::PrevBySpeaker => "previous quote by the same speaker",
            Action::Search => "search all panes (type, Enter keeps, Esc cancels)",
            Action::NextMatch => "next search match",
            Action::PrevMatch => "previous search match",
            Action::Cancel => "close overlay, clear search, or clear the pane's filter",
            Action::Library => "back to the briefing picker",
            Action::Reload => "reload the briefing from disk",
            Action::Copy => "copy the selected item (OSC 52 clipboard)",
            Action::OpenSource => "open the first source URL in the browser",
            Action::Redraw => "repaint the whole screen",
            Action::Suspend => "suspend to the shell (fg resumes)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_config_keys() {
        for action in Action::ALL {
            assert!(
                action
                    .name()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{action:?}"
            );
        }
        let mut names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Action::ALL.len());
    }
}
