//! The `[briefing]` table and its `[[briefing.sources]]`.

use std::ops::Range;
use std::path::Path;

use crate::briefing::model::{Meta, Source};
use crate::diag::{Diagnostic, echo};
use crate::text::{Lines, SafeText};
use crate::toml_read::{self, Map, Need, Table};

use super::builder::Builder;
use super::fields::{date, enum_value, required_text, text_list, valid_id};

const BRIEFING_KEYS: &[&str] = &["id", "title", "date", "summary", "tags", "sources", "draft"];

const SOURCE_KEYS: &[&str] = &[
    "id",
    "title",
    "publisher",
    "url",
    "published",
    "file",
    "reliability",
];

impl<'i> Builder<'i> {
    /// Reads the `[briefing]` table (its header at `span`).
    pub(super) fn meta(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let line = self.at_line.line(span.start);
        let t = Table::new(table, span, "[briefing]", BRIEFING_KEYS, errors);
        let id = t
            .str("id", Need::Required, errors)
            .and_then(|id| valid_id(&id, errors));
        let sources = t
            .tables("sources", errors)
            .into_iter()
            .map(|(table, span)| {
                let s = Table::new(table, span, "[[briefing.sources]]", SOURCE_KEYS, errors);
                Source {
                    id: self
                        .ids
                        .sources
                        .define(&s, "source", Need::Optional, &self.lines, errors),
                    title: required_text(&s, "title", Lines::Single, errors),
                    publisher: s.text("publisher", Lines::Single, Need::Optional, errors),
                    url: s.text("url", Lines::Single, Need::Optional, errors),
                    link: s
                        .str("url", Need::Optional, &mut Vec::new())
                        .and_then(|url| web_link(url.get_ref())),
                    published: date(&s, "published", errors),
                    file: source_file(&s, errors),
                    reliability: enum_value(&s, "reliability", Need::Optional, errors),
                    line: self.at_line.line(s.span().start),
                }
            })
            .collect();
        self.meta = Some(Meta {
            id: id.unwrap_or_default(),
            title: required_text(&t, "title", Lines::Single, errors),
            date: date(&t, "date", errors),
            summary: required_text(&t, "summary", Lines::Multi, errors),
            tags: text_list(&t, "tags", errors),
            sources,
            line,
            draft: t.boolean("draft", errors).unwrap_or(false),
        });
    }
}

/// Longest URL `o` opens.
const MAX_LINK_BYTES: usize = 2048;

/// `url` as a link that may be opened or exported as a link: `http://` or `https://` (any
/// case) followed only by letters, digits and `-._~:/?#@%+=&,()*!`, at most
/// [`MAX_LINK_BYTES`]. Anything else (spaces, quotes, `$`, `;`, `|`, backslashes, non-ASCII:
/// percent-encode it) is shown as text but never opened or linked: openers are often shell
/// scripts.
pub fn web_link(url: &str) -> Option<String> {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let plain = rest
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-._~:/?#@%+=&,()*!".contains(c));
    (plain && !rest.is_empty() && url.len() <= MAX_LINK_BYTES).then(|| url.to_owned())
}

/// A source's `file`: a relative path to the article text, next to the briefing.
fn source_file(t: &Table<'_, '_>, errors: &mut Vec<Diagnostic>) -> Option<SafeText> {
    let value = t.str("file", Need::Optional, errors)?;
    let path = Path::new(value.get_ref());
    if value.get_ref().is_empty() || path.is_absolute() || value.get_ref().starts_with('/') {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "file {} must be a path relative to the briefing file",
                echo(value.get_ref())
            ),
        ));
        return None;
    }
    toml_read::safe_text(&value, Lines::Single, errors)
}
