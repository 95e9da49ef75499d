//! An item in one line, as a link or a list names it: the speaker or title whole, a quote's
//! words cut.

use super::Briefing;
use crate::pane::Pane;

/// Characters of a quote shown in a line naming it.
const QUOTE_CHARS: usize = 160;

impl Briefing {
    /// One line of text describing item `item` of `pane`, as a link shows it: the speaker or
    /// title whole, a quote's words cut.
    pub fn describe(&self, pane: Pane, item: usize) -> String {
        let b = self;
        match pane {
            Pane::Timeline => {
                let e = &b.timeline[item];
                format!("{} — {}", e.when, e.title)
            }
            Pane::Actors => {
                let a = &b.actors[item];
                match &a.role {
                    Some(role) => format!("{} ({role})", a.name),
                    None => a.name.to_string(),
                }
            }
            Pane::Quotes => {
                let q = &b.quotes[item];
                let words: String = q.text.as_str().chars().take(QUOTE_CHARS).collect();
                let cut = if words.len() < q.text.as_str().len() {
                    "…"
                } else {
                    ""
                };
                format!(
                    "{}: “{}{cut}”",
                    b.actors[q.speaker].name,
                    words.replace('\n', " ")
                )
            }
            Pane::Implications => {
                let i = &b.implications[item];
                let severity = i
                    .severity
                    .map(|s| format!(" {}", s.tag()))
                    .unwrap_or_default();
                format!("{}{severity} — {}", i.region, i.title)
            }
        }
    }
}
