//! How certain a timeline event is, and its name in files.

use super::named::Named;

/// How certain a timeline event is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Confirmed by the source or by the parties.
    Confirmed,
    /// Reported by others.
    Reported,
    /// Claimed by one party.
    Claimed,
    /// Expected to happen.
    Expected,
    /// Possible, conditional.
    Possible,
}

impl Named for Status {
    const ALL: &'static [(&'static str, Self)] = &[
        ("confirmed", Status::Confirmed),
        ("reported", Status::Reported),
        ("claimed", Status::Claimed),
        ("expected", Status::Expected),
        ("possible", Status::Possible),
    ];
}
