//! The few styles the UI uses, from the 16 ANSI colours (so the user's palette applies), or
//! from modifiers alone under `NO_COLOR`: focus and selection never depend on colour.

use ratatui::style::{Color, Modifier, Style};

use crate::briefing::model::Severity;

/// Named colours for the UI's roles; see `config.example.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Border and title of the focused pane.
    pub focus: Color,
    /// Background of the selected row.
    pub selection: Color,
    /// Secondary text: roles, contexts, hints.
    pub muted: Color,
    /// High severity.
    pub high: Color,
    /// Medium severity.
    pub medium: Color,
    /// Low severity.
    pub low: Color,
    /// Background of search matches.
    pub search: Color,
}

impl Default for Palette {
    fn default() -> Palette {
        Palette {
            focus: Color::Cyan,
            selection: Color::Blue,
            muted: Color::DarkGray,
            high: Color::Red,
            medium: Color::Yellow,
            low: Color::Green,
            search: Color::Yellow,
        }
    }
}

/// Ready-made styles for each role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    /// Focused pane border and title.
    pub focus: Style,
    /// Unfocused pane border.
    pub border: Style,
    /// Selected row in the focused pane.
    pub selection: Style,
    /// Selected row in other panes.
    pub selection_inactive: Style,
    /// Secondary text.
    pub muted: Style,
    /// Headings and names.
    pub strong: Style,
    /// Search matches.
    pub hit: Style,
    /// Severity styles, high to low.
    severity: [Style; 3],
}

impl Theme {
    /// Styles built from a palette.
    pub fn colored(p: &Palette) -> Theme {
        Theme {
            focus: Style::new().fg(p.focus).add_modifier(Modifier::BOLD),
            border: Style::new().fg(p.muted),
            selection: Style::new()
                .bg(p.selection)
                .fg(Color::White)
                .add_modifier(Modifier::BOLD),
            selection_inactive: Style::new().add_modifier(Modifier::UNDERLINED),
            muted: Style::new().fg(p.muted),
            strong: Style::new().add_modifier(Modifier::BOLD),
            hit: Style::new().bg(p.search).fg(Color::Black),
            severity: [
                Style::new().fg(p.high).add_modifier(Modifier::BOLD),
                Style::new().fg(p.medium),
                Style::new().fg(p.low),
            ],
        }
    }

    /// Styles without any colour, for `NO_COLOR`: reverse video and bold carry the meaning.
    pub fn monochrome() -> Theme {
        Theme {
            focus: Style::new().add_modifier(Modifier::BOLD),
            border: Style::new(),
            selection: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selection_inactive: Style::new().add_modifier(Modifier::UNDERLINED),
            muted: Style::new(),
            strong: Style::new().add_modifier(Modifier::BOLD),
            hit: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            severity: [
                Style::new().add_modifier(Modifier::BOLD),
                Style::new(),
                Style::new(),
            ],
        }
    }

    /// The style for a severity.
    pub fn severity(&self, severity: Severity) -> Style {
        match severity {
            Severity::High => self.severity[0],
            Severity::Medium => self.severity[1],
            Severity::Low => self.severity[2],
        }
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::colored(&Palette::default())
    }
}
