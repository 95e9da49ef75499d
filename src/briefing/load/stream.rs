//! The fast path: a file in the format's own layout built section by section as it is parsed.

use std::ops::Range;

use crate::briefing::model::Briefing;
use crate::toml_read::{Item, Key, Map, Table, Value};
use crate::toml_stream::{self, Header, Unsupported};

use super::ROOT_KEYS;
use super::builder::Builder;

/// The briefing of a file in the format's own layout (`format`, `[briefing]` and its
/// `[[briefing.sources]]`, then `[[actors]]` before the entries that name them, and quotes
/// before the implications that cite them), built section by section as the file is parsed;
/// None for any other file, or one with a problem.
pub(super) fn stream<'i>(text: &'i str) -> Option<Briefing> {
    let mut builder = Builder::new(text);
    let mut meta: Option<(Map<'i>, Range<usize>)> = None;
    let mut root_read = false;
    // `[[briefing.sources]]` headers read so far: before the first, a `sources` key of
    // `[briefing]` is an inline array, which no header may extend.
    let mut sources_read = false;
    let mut each = |header: Header<'_, 'i>, table: Map<'i>| {
        let path: Vec<&str> = header.path.iter().map(AsRef::as_ref).collect();
        match (path.as_slice(), header.array) {
            ([], false) if !root_read => {
                root_read = true;
                // Any root key but `format` is either unknown or an item list written
                // otherwise than as an array of tables.
                if table.keys().any(|key| key.name != "format") {
                    return Err(Unsupported);
                }
                let root = Table::new(&table, 0..0, "the file", ROOT_KEYS, &mut builder.errors);
                builder.format(&root);
            }
            (["briefing"], false) if meta.is_none() => meta = Some((table, header.span())),
            (["briefing", "sources"], true) => {
                let (briefing, _) = meta.as_mut().ok_or(Unsupported)?;
                if !sources_read && briefing.contains_key("sources") {
                    return Err(Unsupported);
                }
                sources_read = true;
                push_table(briefing, "sources", header.span(), table)?;
            }
            (["actors"], true) => builder.actor(&table, header.span()),
            (["timeline"], true) => builder.event(&table, header.span()),
            (["quotes"], true) => builder.quote(&table, header.span()),
            (["implications"], true) => builder.implication(&table, header.span()),
            _ => return Err(Unsupported),
        }
        if builder.errors.is_empty() {
            Ok(())
        } else {
            Err(Unsupported)
        }
    };
    toml_stream::sections(text, &mut each).ok()?;
    let (table, span) = meta?;
    builder.meta(&table, span);
    builder.finish().ok()
}

/// Appends `table` (whose header is at `span`) to the array of tables `key` of `parent`, as a
/// whole parse does for `[[parent.key]]`.
fn push_table<'i>(
    parent: &mut Map<'i>,
    key: &'static str,
    span: Range<usize>,
    table: Map<'i>,
) -> Result<(), Unsupported> {
    let value = Value {
        span: span.clone(),
        item: Item::Table(table),
    };
    match parent.get_mut(key) {
        None => parent.push(
            Key {
                name: key.into(),
                span: span.clone(),
            },
            Value {
                span,
                item: Item::Array(vec![value]),
            },
        ),
        // The key was made by an earlier header (the caller makes sure of it).
        Some(Value {
            item: Item::Array(items),
            ..
        }) => items.push(value),
        Some(_) => return Err(Unsupported),
    }
    Ok(())
}
