//! `[[implications]]` entries.

use std::ops::Range;

use crate::briefing::model::Implication;
use crate::text::Lines;
use crate::toml_read::{Map, Need, Table};

use super::builder::{Builder, Target};
use super::fields::{Grades, basis, enum_value, required_text};

const IMPLICATION_KEYS: &[&str] = &[
    "id",
    "region",
    "title",
    "detail",
    "severity",
    "actors",
    "quotes",
    "likelihood",
    "confidence",
    "basis",
    "sources",
];

impl<'i> Builder<'i> {
    /// Reads one `[[implications]]` table (its header at `span`).
    pub(super) fn implication(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let t = Table::new(table, span, "[[implications]]", IMPLICATION_KEYS, errors);
        let id =
            self.ids
                .implications
                .define(&t, "implication", Need::Required, &self.lines, errors);
        let actors = t.str_list("actors", errors);
        let cited = t.str_list("quotes", errors);
        let likelihood = enum_value(&t, "likelihood", Need::Optional, errors);
        let confidence = enum_value(&t, "confidence", Need::Optional, errors);
        let sources = t.str_list("sources", errors);
        self.later(
            Target::ImplicationSources(self.implications.len()),
            &sources,
        );
        let errors = &mut self.errors;
        self.implications.push(Implication {
            id: id.unwrap_or_default(),
            region: required_text(&t, "region", Lines::Single, errors),
            title: required_text(&t, "title", Lines::Single, errors),
            detail: t.text("detail", Lines::Multi, Need::Optional, errors),
            severity: enum_value(&t, "severity", Need::Optional, errors),
            actors: self.ids.actors.resolve(&actors, "actors", "actor", errors),
            quotes: self.ids.quotes.resolve(&cited, "quotes", "quote", errors),
            likelihood,
            confidence,
            basis: basis(
                &t,
                likelihood.is_some() || confidence.is_some(),
                IMPLICATION_GRADES,
                errors,
            ),
            sources: Vec::new(),
            line: self.at_line.line(t.span().start),
        });
    }
}

/// An implication's grades.
const IMPLICATION_GRADES: Grades = Grades {
    what: "a likelihood or confidence",
    add: "`likelihood = \"...\"` or `confidence = \"...\"`",
};
