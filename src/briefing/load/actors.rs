//! `[[actors]]` entries.

use std::ops::Range;

use crate::briefing::model::{Actor, ActorKind};
use crate::diag::{Diagnostic, echo};
use crate::text::{Lines, SafeText};
use crate::toml_read::{Map, Need, Table};

use super::builder::Builder;
use super::fields::{enum_value, required_text, text_list};

const ACTOR_KEYS: &[&str] = &[
    "id",
    "name",
    "kind",
    "role",
    "affiliation",
    "country",
    "aliases",
    "notes",
    "wikidata",
    "reliability",
];

impl<'i> Builder<'i> {
    /// Reads one `[[actors]]` table (its header at `span`).
    pub(super) fn actor(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let t = Table::new(table, span, "[[actors]]", ACTOR_KEYS, errors);
        let id = self
            .ids
            .actors
            .define(&t, "actor", Need::Required, &self.lines, errors);
        self.actors.push(Actor {
            id: id.unwrap_or_default(),
            name: required_text(&t, "name", Lines::Single, errors),
            kind: enum_value(&t, "kind", Need::Required, errors).unwrap_or(ActorKind::Group),
            role: t.text("role", Lines::Single, Need::Optional, errors),
            affiliation: t.text("affiliation", Lines::Single, Need::Optional, errors),
            country: t.text("country", Lines::Single, Need::Optional, errors),
            aliases: text_list(&t, "aliases", errors),
            notes: t.text("notes", Lines::Multi, Need::Optional, errors),
            wikidata: wikidata(&t, errors),
            reliability: enum_value(&t, "reliability", Need::Optional, errors),
            line: self.at_line.line(t.span().start),
            quotes: Vec::new(),
            mentioned_in: Vec::new(),
            events: Vec::new(),
            implications: Vec::new(),
        });
    }
}

/// A Wikidata item id: `Q` followed by digits, as in `Q42`.
fn wikidata(t: &Table<'_, '_>, errors: &mut Vec<Diagnostic>) -> Option<SafeText> {
    let value = t.str("wikidata", Need::Optional, errors)?;
    let id = *value.get_ref();
    let digits = id.strip_prefix('Q').unwrap_or_default();
    let ok = (1..=18).contains(&digits.len())
        && !digits.starts_with('0')
        && digits.bytes().all(|b| b.is_ascii_digit());
    if !ok {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "wikidata {} must be a Wikidata item id: Q followed by digits, like \"Q42\"",
                echo(id)
            ),
        ));
        return None;
    }
    SafeText::new(id, Lines::Single).ok()
}
