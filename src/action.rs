//! What a key can do: every action with its config name and the description help shows.

/// One thing the user can ask for; keys are bound to these in the keymap.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Action {
    /// Close the overlay, or leave the briefing: up a level (to the picker or the list it
    /// was opened from), else quit.
    Quit,
    /// Quit `brief` from any screen.
    QuitAll,
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
    /// Show the overview: implications by severity, summary, sources.
    Overview,
    /// Show the timeline on a time axis.
    TimelineChart,
    /// Show the actors as a network.
    Network,
    /// Give the focused pane the whole screen, every item whole (again to undo).
    Zoom,
    /// Go forward again after Back.
    Forward,
    /// Everything about the selected actor (or the selected quote's speaker).
    Dossier,
    /// Narrow every pane to a region, severity, status, grade, actor, source or the search's
    /// matches.
    Narrow,
    /// Which kinds of link the network draws.
    LinkKinds,
    /// Write a report of the selected item (or of what the panes show) to a file.
    Export,
    /// Show the last reload error in full.
    Messages,
    /// Cycle the selected item's flag: key, doubtful, follow-up, none.
    Flag,
    /// Write a short note on the selected item.
    Note,
    /// Jump to the next item added since you last read the briefing.
    NextNew,
    /// Search every briefing of the library.
    LibrarySearch,
    /// Every event of the library (or of the selected actor) on one timeline: the dated ones
    /// in date order, then the undated.
    MergedTimeline,
}

impl Action {
    /// Every action, in the order help lists them.
    pub const ALL: &'static [Action] = &[
        Action::Quit,
        Action::QuitAll,
        Action::Help,
        Action::Overview,
        Action::NextPane,
        Action::PrevPane,
        Action::Timeline,
        Action::Actors,
        Action::Quotes,
        Action::Implications,
        Action::TimelineChart,
        Action::Network,
        Action::Zoom,
        Action::Next,
        Action::Previous,
        Action::First,
        Action::Last,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::Follow,
        Action::Back,
        Action::Forward,
        Action::Detail,
        Action::Dossier,
        Action::NextBySpeaker,
        Action::PrevBySpeaker,
        Action::Search,
        Action::NextMatch,
        Action::PrevMatch,
        Action::Narrow,
        Action::Cancel,
        Action::LinkKinds,
        Action::Library,
        Action::Reload,
        Action::Flag,
        Action::Note,
        Action::NextNew,
        Action::LibrarySearch,
        Action::MergedTimeline,
        Action::Copy,
        Action::Export,
        Action::OpenSource,
        Action::Messages,
        Action::Redraw,
        Action::Suspend,
    ];

    /// The action's name in the `[keys]` table of the config.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::QuitAll => "quit_all",
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
            Action::Overview => "overview",
            Action::TimelineChart => "timeline_chart",
            Action::Network => "network",
            Action::Zoom => "zoom",
            Action::Forward => "forward",
            Action::Dossier => "dossier",
            Action::Narrow => "filter",
            Action::LinkKinds => "link_kinds",
            Action::Export => "export",
            Action::Messages => "messages",
            Action::Flag => "flag",
            Action::Note => "note",
            Action::NextNew => "next_new",
            Action::LibrarySearch => "library_search",
            Action::MergedTimeline => "merged_timeline",
        }
    }

    /// One line saying what the action does, for help and `brief config`.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => {
                "close the overlay; else up a level (back to the picker or the list you came \
                 from); else quit"
            }
            Action::QuitAll => "quit brief at once, not up a level (Ctrl-c quits from any screen)",
            Action::Help => "show or hide this help",
            Action::NextPane => "next pane (detail view: next link; overview: next implication)",
            Action::PrevPane => {
                "previous pane (detail view: previous link; overview: previous implication)"
            }
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
            Action::Back => "back to where you were before the last follow, jump or search",
            Action::Detail => {
                "detail view: all the text and every link (j/k next item, Tab link, Enter follows)"
            }
            Action::NextBySpeaker => "next quote by the same speaker",
            Action::PrevBySpeaker => "previous quote by the same speaker",
            Action::Search => "search the overview and every pane (type, Enter keeps, Esc cancels)",
            Action::NextMatch => "next search match",
            Action::PrevMatch => "previous search match",
            Action::Cancel => {
                "close the overlay, clear the search, the pane's filter, then the narrowing"
            }
            Action::Library => "back to the briefing picker",
            Action::Reload => "reload the briefing from disk",
            Action::Copy => "copy the selected item with its citation (OSC 52 clipboard)",
            Action::OpenSource => {
                "open the selected item's source URL (else the first) in the browser (without one, y copies it)"
            }
            Action::Redraw => "repaint the whole screen",
            Action::Suspend => "suspend to the shell (fg resumes)",
            Action::Overview => {
                "overview: implications by severity (Tab chooses, Enter opens), summary, sources"
            }
            Action::TimelineChart => "timeline on a time axis (h/l move in time, Enter follows)",
            Action::Network => "actors as a network (arrows move, Enter follows, Space dossier)",
            Action::Zoom => "zoom: the focused pane fills the screen, every item whole",
            Action::Forward => "forward again after back",
            Action::Dossier => "dossier of the selected actor (or the quote's speaker)",
            Action::Narrow => {
                "narrow every pane: region, severity, status, grade, actor, source, search (type to filter)"
            }
            Action::LinkKinds => "network: cycle which links are drawn",
            Action::Export => {
                "write a report: an implication with its quotes, an actor's dossier, else what \
                 the panes show"
            }
            Action::Messages => "show the last reload error in full",
            Action::Flag => "flag the selected item: key, doubtful, follow-up, none (cycles)",
            Action::Note => "write a note on the selected item (Enter keeps, Esc cancels)",
            Action::NextNew => "next item added since you last read this briefing",
            Action::LibrarySearch => "search every briefing of the library",
            Action::MergedTimeline => {
                "every event of the library (or of the selected actor) on one timeline, undated last"
            }
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
