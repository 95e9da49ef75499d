//! The few styles the UI uses, from the 16 ANSI colours (so the user's palette applies), or
//! from modifiers alone under `NO_COLOR`: focus and selection never depend on colour.

use ratatui::style::{Color, Modifier, Style};

use crate::briefing::model::{Severity, Status};
use crate::screen::lines::Role;

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
    /// Confirmed events.
    pub confirmed: Color,
    /// Reported events.
    pub reported: Color,
    /// Claimed events.
    pub claimed: Color,
    /// Expected events.
    pub expected: Color,
    /// Possible events.
    pub possible: Color,
    /// Analytic grades (`B2`, `likely · moderate`).
    pub grade: Color,
}

impl Palette {
    /// Every role's colour with its name in the config's `[theme]`, in the order the config
    /// lists them.
    pub fn colors(&self) -> [(&'static str, Color); 13] {
        [
            ("focus", self.focus),
            ("selection", self.selection),
            ("muted", self.muted),
            ("high", self.high),
            ("medium", self.medium),
            ("low", self.low),
            ("search", self.search),
            ("confirmed", self.confirmed),
            ("reported", self.reported),
            ("claimed", self.claimed),
            ("expected", self.expected),
            ("possible", self.possible),
            ("grade", self.grade),
        ]
    }

    /// The colour named `name` in the config's `[theme]`, to change it.
    pub fn color_mut(&mut self, name: &str) -> Option<&mut Color> {
        Some(match name {
            "focus" => &mut self.focus,
            "selection" => &mut self.selection,
            "muted" => &mut self.muted,
            "high" => &mut self.high,
            "medium" => &mut self.medium,
            "low" => &mut self.low,
            "search" => &mut self.search,
            "confirmed" => &mut self.confirmed,
            "reported" => &mut self.reported,
            "claimed" => &mut self.claimed,
            "expected" => &mut self.expected,
            "possible" => &mut self.possible,
            "grade" => &mut self.grade,
            _ => return None,
        })
    }
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
            confirmed: Color::Green,
            reported: Color::Cyan,
            claimed: Color::Magenta,
            expected: Color::LightBlue,
            possible: Color::Gray,
            grade: Color::LightYellow,
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
    /// Analytic grades.
    pub grade: Style,
    /// Severity styles, high to low.
    severity: [Style; 3],
    /// Status styles: confirmed, reported, claimed, expected, possible.
    statuses: [Style; 5],
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
            grade: Style::new().fg(p.grade),
            severity: [
                Style::new().fg(p.high).add_modifier(Modifier::BOLD),
                Style::new().fg(p.medium),
                Style::new().fg(p.low),
            ],
            statuses: [p.confirmed, p.reported, p.claimed, p.expected, p.possible]
                .map(|color| Style::new().fg(color)),
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
            grade: Style::new().add_modifier(Modifier::ITALIC),
            severity: [
                Style::new().add_modifier(Modifier::BOLD),
                Style::new(),
                Style::new(),
            ],
            // Each status also has its own glyph (● ◆ ▲ ◇ ○); weight and slant add to it.
            statuses: [
                Style::new().add_modifier(Modifier::BOLD),
                Style::new(),
                Style::new().add_modifier(Modifier::ITALIC),
                Style::new().add_modifier(Modifier::DIM),
                Style::new().add_modifier(Modifier::DIM | Modifier::ITALIC),
            ],
        }
    }

    /// The style for a timeline status.
    pub fn status(&self, status: Status) -> Style {
        self.statuses[status_index(status)]
    }

    /// The style for a role of text.
    pub fn role(&self, role: Role) -> Style {
        match role {
            Role::Plain => Style::new(),
            Role::Strong => self.strong,
            Role::Muted => self.muted,
            Role::Status(status) => self.status(status),
            Role::Severity(severity) => self.severity(severity),
            Role::Alarm => self.severity(Severity::High),
            Role::Marked => self.hit,
            Role::Badge => self.focus,
            Role::Grade => self.grade,
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

/// The position of `status` in [`Theme`]'s status styles.
fn status_index(status: Status) -> usize {
    match status {
        Status::Confirmed => 0,
        Status::Reported => 1,
        Status::Claimed => 2,
        Status::Expected => 3,
        Status::Possible => 4,
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::colored(&Palette::default())
    }
}
