//! Full-text search over the library: title and name hits first, then body text; newer
//! briefings first within each; every word typed is matched as the start of a word.

use std::collections::HashSet;
use std::sync::Arc;

use super::cell::{Cells, Damaged};
use super::index::{BriefingInfo, LABEL};
use super::keys::ItemKind;
use super::query::Query;
use super::{Library, Store, StoreError};
use crate::text::{MAX_FIELD_CHARS, SafeText};

/// Longest label in a hit, in characters.
pub(crate) const MAX_HIT_CHARS: usize = 300;

/// Longest snippet in a hit, in characters.
const SNIPPET_CHARS: usize = 160;

/// One search result: a briefing and an item in it.
#[derive(Clone, Debug)]
pub struct Hit {
    /// The briefing.
    pub briefing: Arc<BriefingInfo>,
    /// The item's kind.
    pub kind: ItemKind,
    /// The item's key (an id, the briefing id for the summary, or an event's text key).
    pub id: SafeText,
    /// Line of the item in the file.
    pub line: usize,
    /// The item's name, title or quote text, on one line.
    pub label: SafeText,
    /// The main text around the match (the start of it when the match is elsewhere), on
    /// one line; empty for items without main text.
    pub snippet: SafeText,
    /// True when the match is in a title, name, alias, tag or region rather than body text.
    pub head: bool,
    /// A quote's speaker (else `None`).
    pub speaker: Option<SafeText>,
}

impl Hit {
    /// The hit as one line of text: a quote's words (around the match) and its speaker,
    /// `“…” — Hayashi`; the label for a title or name hit; otherwise the snippet, after the
    /// label when the label is not the main text (actors, events, implications).
    pub fn text(&self) -> String {
        match (self.kind, &self.speaker) {
            (ItemKind::Quote, Some(speaker)) => format!("“{}” — {speaker}", self.words()),
            (ItemKind::Quote, None) => format!("“{}”", self.words()),
            _ if self.head || self.snippet.is_empty() => self.label.to_string(),
            (ItemKind::Summary, _) => self.snippet.to_string(),
            _ => format!("{} — {}", self.label, self.snippet),
        }
    }

    /// A quote's words around the match (`…unacceptable…`).
    pub fn words(&self) -> &SafeText {
        if self.snippet.is_empty() {
            &self.label
        } else {
            &self.snippet
        }
    }
}

/// Hits found so far, and the row ids they came from.
#[derive(Default)]
struct Found {
    hits: Vec<Hit>,
    seen: HashSet<i64>,
}

impl Store {
    /// The first `limit` items of `library` matching `query` (see [`Query`]): title and
    /// name hits first, then body hits, each newest briefing first and in file order within
    /// a briefing.
    pub fn search(
        &self,
        library: &Library,
        query: &str,
        limit: usize,
    ) -> Result<Vec<Hit>, StoreError> {
        let hits = self.search_unless(library, query, limit, &|| false)?;
        Ok(hits.unwrap_or_default())
    }

    /// As [`Store::search`], given up (`None`) once `stale` says the answer is no longer
    /// wanted (a later keystroke asked another): asked before each tier and after each row,
    /// so a stale search costs at most the full-text lookup under way.
    pub fn search_unless(
        &self,
        library: &Library,
        query: &str,
        limit: usize,
        stale: &dyn Fn() -> bool,
    ) -> Result<Option<Vec<Hit>>, StoreError> {
        let query = Query::new(query);
        let (Some(expression), Some(heads)) = (query.expression(), query.head_expression()) else {
            return Ok(Some(Vec::new()));
        };
        let mut found = Found::default();
        // Titles and names first, by their own terms: a word common in body text but rare in
        // titles is not read through in full to find the few title hits.
        let tiers = [
            (
                None,
                heads,
                format!(
                    "SELECT i.id, i.kind, i.item, i.line, {LABEL}, substr(i.body, 1, {SNIPPET_CHARS}), i.who
                     FROM fts JOIN items i ON i.id = fts.rowid
                     WHERE fts MATCH ?1 ORDER BY fts.rowid DESC"
                ),
            ),
            (
                Some(&query),
                expression,
                format!(
                    "SELECT i.id, i.kind, i.item, i.line, {LABEL}, i.body, i.who
                     FROM fts JOIN items i ON i.id = fts.rowid
                     WHERE fts MATCH ?1 ORDER BY fts.rowid DESC"
                ),
            ),
        ];
        for (body, expression, sql) in tiers {
            let tier = Tier {
                sql: &sql,
                expression: &expression,
                body,
            };
            let done = self
                .collect(library, &tier, limit, stale, &mut found)
                .map_err(|error| self.fail(error))?;
            if !done {
                return Ok(None);
            }
        }
        Ok(Some(found.hits))
    }

    /// Adds to `found`, up to `limit` hits, the items of `library` that `tier` finds and
    /// that it does not hold yet; false when `stale` stopped it.
    fn collect(
        &self,
        library: &Library,
        tier: &Tier<'_>,
        limit: usize,
        stale: &dyn Fn() -> bool,
        found: &mut Found,
    ) -> rusqlite::Result<bool> {
        if found.hits.len() >= limit {
            return Ok(true);
        }
        let body = tier.body;
        let mut stmt = self.conn.prepare_cached(tier.sql)?;
        let mut rows = stmt.query([tier.expression])?;
        while let Some(row) = rows.next()? {
            if stale() {
                return Ok(false);
            }
            let cells = Cells::new(row, "items", &[0]);
            let read = hit(&cells, library, body, &found.seen);
            let Some(hit) = self.keep(read) else {
                continue;
            };
            found.seen.insert(cells.int(0).unwrap_or_default());
            found.hits.push(hit);
            if found.hits.len() >= limit {
                break;
            }
        }
        Ok(!stale())
    }
}

/// One pass of a search: `sql` run for the full-text `expression`; `body` is the query when
/// the match is in body text (whose snippet is then made around it).
struct Tier<'a> {
    sql: &'a str,
    expression: &'a str,
    body: Option<&'a Query>,
}

/// The hit of one row (`None` for an item of a briefing outside `library`, of a kind this
/// build does not know, or in `seen` already); `body` as for [`Store::collect`].
fn hit(
    cells: &Cells<'_, '_>,
    library: &Library,
    body: Option<&Query>,
    seen: &HashSet<i64>,
) -> Result<Option<Hit>, Damaged> {
    let id = cells.int(0)?;
    let Some(briefing) = library.by_file(super::index::file_of(id)) else {
        return Ok(None);
    };
    let Some(kind) = ItemKind::from_code(cells.int(1)?) else {
        return Ok(None);
    };
    if seen.contains(&id) {
        return Ok(None);
    }
    let snippet = match body {
        None => cells.flat(5, SNIPPET_CHARS)?,
        Some(query) => {
            let text = cells.flat(5, MAX_FIELD_CHARS)?;
            SafeText::excerpt(&query.snippet(text.as_str()), SNIPPET_CHARS)
        }
    };
    Ok(Some(Hit {
        briefing: Arc::clone(briefing),
        kind,
        id: cells.flat(2, MAX_HIT_CHARS)?,
        line: cells.line(3)?,
        label: cells.flat(4, MAX_HIT_CHARS)?,
        snippet,
        head: body.is_none(),
        speaker: Some(cells.flat(6, MAX_HIT_CHARS)?).filter(|who| !who.is_empty()),
    }))
}
