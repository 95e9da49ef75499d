//! `[[quotes]]` entries.

use std::ops::Range;

use crate::briefing::model::Quote;
use crate::text::Lines;
use crate::toml_read::{Map, Need, Table};

use super::builder::{Builder, Target};
use super::fields::{credibility, required_text};

const QUOTE_KEYS: &[&str] = &[
    "id",
    "speaker",
    "text",
    "context",
    "about",
    "credibility",
    "source",
];

impl<'i> Builder<'i> {
    /// Reads one `[[quotes]]` table (its header at `span`).
    pub(super) fn quote(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let t = Table::new(table, span, "[[quotes]]", QUOTE_KEYS, errors);
        let id = self
            .ids
            .quotes
            .define(&t, "quote", Need::Required, &self.lines, errors);
        let speaker = t.str("speaker", Need::Required, errors);
        let about = t.str_list("about", errors);
        if let Some(source) = t.str("source", Need::Optional, errors) {
            self.later(Target::QuoteSource(self.quotes.len()), &[source]);
        }
        let errors = &mut self.errors;
        self.quotes.push(Quote {
            id: id.unwrap_or_default(),
            speaker: speaker
                .and_then(|s| self.ids.actors.find(&s, "speaker", "actor", errors))
                .unwrap_or(0),
            text: required_text(&t, "text", Lines::Multi, errors),
            context: t.text("context", Lines::Single, Need::Optional, errors),
            about: self.ids.actors.resolve(&about, "about", "actor", errors),
            implications: Vec::new(),
            credibility: credibility(&t, None, errors),
            source: None,
            line: self.at_line.line(t.span().start),
        });
    }
}
