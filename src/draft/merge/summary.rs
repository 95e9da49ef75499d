//! The lines the merge adds to the drafter's report: what became of the article's entries.

use std::fmt::Write as _;

use super::sources::Sources;
use crate::draft::outline::model::Outline;
use crate::text::SafeText;

/// What the merge did, for the report.
#[derive(Debug, Default)]
pub struct Summary {
    /// Ids of the existing actors drafted actors turned out to be.
    pub actors_known: Vec<String>,
    /// Actors appended.
    pub actors_new: usize,
    /// Existing events that gained the new source only.
    pub corroborated: usize,
    /// Existing events with a status change proposed.
    pub changed: usize,
    /// Events appended.
    pub events_new: usize,
    /// Of those, events that may be existing ones (each with a note).
    pub maybe: usize,
    /// Events the article recalls from the existing event's own backers: not counted.
    pub recalled: usize,
}

impl Summary {
    /// Appends the merge's lines to `report`.
    pub fn write(&self, report: &mut String, outline: &Outline, sources: &Sources) {
        let _ = writeln!(report, "merged as source '{}':", sources.new);
        for note in &sources.notes {
            let _ = writeln!(report, "  - {}", SafeText::excerpt(note, 300));
        }
        // Distinct: `actors::identify` never gives two drafted actors one existing actor.
        let known: Vec<&str> = self.actors_known.iter().map(String::as_str).collect();
        let _ = writeln!(
            report,
            "  - actors: {} existing ({}), {} new",
            known.len(),
            known.join(", "),
            self.actors_new
        );
        let _ = writeln!(
            report,
            "  - {} quotes and {} implication skeletons added under source '{}'",
            outline.quotes.len(),
            outline.implications.len(),
            sources.new
        );
        let maybe = match self.maybe {
            0 => String::new(),
            n => format!(" ({n} of them perhaps an existing event: see each one's note)"),
        };
        let _ = writeln!(
            report,
            "  - events: {} with a status change proposed, {} corroborated, {} new{maybe}",
            self.changed, self.corroborated, self.events_new
        );
        if self.recalled > 0 {
            let _ = writeln!(
                report,
                "  - {} events left out: the article recalls them from the sources that already back them, which corroborates nothing",
                self.recalled
            );
        }
        let _ = writeln!(
            report,
            "  - every proposal is marked `# review:`; `brief check --strict` lists each with its line"
        );
    }
}
