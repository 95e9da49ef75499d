//! The reload-error overlay's lines, shared by the model (how far it scrolls) and the view.

use super::lines::{Role, TextLine, wrapped};

/// What the overlay says before the error.
const INTRO: &str =
    "The file changed on disk but its new version does not load; the last good version is shown.";

/// The lines saying that the file's new version, which failed with `error`, is not shown,
/// at `width` columns.
pub fn lines(error: &str, width: usize) -> Vec<TextLine> {
    let mut lines = wrapped(INTRO, Role::Muted, width, usize::MAX);
    lines.push(Vec::new());
    lines.extend(wrapped(error, Role::Plain, width, usize::MAX));
    lines
}
