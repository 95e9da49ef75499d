//! Items and whole briefings as plain text, for the clipboard and for reports.

use crate::app::Pane;
use crate::briefing::Briefing;
use crate::briefing::model::Named;

/// One item as a line of text: a quote as `"text" - Name, role (context)`.
pub fn item_text(b: &Briefing, pane: Pane, item: usize) -> String {
    match pane {
        Pane::Timeline => {
            let e = &b.timeline[item];
            let status = e
                .status
                .map(|s| format!(" ({})", s.name()))
                .unwrap_or_default();
            format!("{}: {}{status}", e.when, e.title)
        }
        Pane::Actors => {
            let a = &b.actors[item];
            let mut parts = vec![a.name.to_string()];
            parts.extend(
                [&a.role, &a.affiliation, &a.country]
                    .into_iter()
                    .flatten()
                    .map(ToString::to_string),
            );
            parts.join(", ")
        }
        Pane::Quotes => {
            let q = &b.quotes[item];
            let speaker = &b.actors[q.speaker];
            let role = speaker
                .role
                .as_ref()
                .map(|r| format!(", {r}"))
                .unwrap_or_default();
            let context = q
                .context
                .as_ref()
                .map(|c| format!(" ({c})"))
                .unwrap_or_default();
            format!("\"{}\" - {}{role}{context}", q.text, speaker.name)
        }
        Pane::Implications => {
            let i = &b.implications[item];
            let severity = i
                .severity
                .map(|s| format!(" [{}]", s.name()))
                .unwrap_or_default();
            format!("{}{severity}: {}", i.region, i.title)
        }
    }
}
