//! A line of text as the screen shows it: runs of text, each in a role (body, name, status,
//! grade…) that the view styles. What every part of `screen/` builds and `ui/` draws.

use crate::briefing::model::{Severity, Status};

/// What a piece of text is, for the view to style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Body text.
    Plain,
    /// Names and headings.
    Strong,
    /// Secondary text: roles, contexts, counts.
    Muted,
    /// A timeline status, with its glyph.
    Status(Status),
    /// An implication's severity.
    Severity(Severity),
    /// A warning (a quote not found in its source).
    Alarm,
    /// Words marked in a passage (a quote inside its source paragraph).
    Marked,
    /// The analyst's own marks and "new" on a row.
    Badge,
    /// An analytic grade: `B2`, `likely · moderate`.
    Grade,
}

/// A run of text in one role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// How the text is shown.
    pub role: Role,
    /// The text (already safe: it comes from `SafeText`).
    pub text: String,
}

/// One line on screen.
pub type TextLine = Vec<Piece>;

/// A piece of `text` in `role`.
pub fn piece(role: Role, text: impl Into<String>) -> Piece {
    Piece {
        role,
        text: text.into(),
    }
}

/// The text of each line, its pieces joined: what a test compares.
#[cfg(test)]
pub fn plain(lines: &[TextLine]) -> Vec<String> {
    lines
        .iter()
        .map(|l| l.iter().map(|p| p.text.as_str()).collect())
        .collect()
}
