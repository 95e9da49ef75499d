//! One actor across the library, and timelines merged from every briefing.
//!
//! Two actors of different briefings are the same when they share an `id`, or a name or
//! alias after case and diacritic folding, or a `wikidata` reference; but never when both
//! give a `wikidata` reference and the two differ.

use std::sync::Arc;

use rusqlite::ToSql;

use super::cell::{Cells, Damaged};
use super::fold::fold;
use super::index::{BriefingInfo, LABEL, day_of, file_of, of_file};
use super::keys::ItemKind;
use super::rows::day;
use super::search::MAX_HIT_CHARS;
use super::{Library, Store, StoreError};
use crate::briefing::model::{Actor, Named, PartialDate, Status};
use crate::text::SafeText;

/// What identifies an actor across briefings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorIdentity {
    /// The actor's id.
    pub id: String,
    /// Name and aliases, folded ([`super::fold`]).
    pub names: Vec<String>,
    /// The Wikidata item id, if given.
    pub wikidata: Option<String>,
}

impl ActorIdentity {
    /// The identity of `actor`.
    pub fn of(actor: &Actor) -> ActorIdentity {
        let mut names: Vec<String> = std::iter::once(&actor.name)
            .chain(&actor.aliases)
            .map(|name| fold(name.as_str()))
            .filter(|name| !name.is_empty())
            .collect();
        names.sort();
        names.dedup();
        ActorIdentity {
            id: actor.id.to_string(),
            names,
            wikidata: actor.wikidata.as_ref().map(SafeText::to_string),
        }
    }
}

/// A quote by the actor or an event with them, in some briefing of the library.
#[derive(Clone, Debug)]
pub struct Appearance {
    /// The briefing.
    pub briefing: Arc<BriefingInfo>,
    /// The actor's id in that briefing.
    pub actor: SafeText,
    /// [`ItemKind::Quote`] (said) or [`ItemKind::Event`] (took part).
    pub kind: ItemKind,
    /// The item's key, to open the briefing at it.
    pub id: SafeText,
    /// Line of the item in the file.
    pub line: usize,
    /// The quote's text or the event's title, on one line.
    pub text: SafeText,
    /// The event's own date, else the briefing's.
    pub date: Option<PartialDate>,
}

/// Which events a merged timeline shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TimelineScope {
    /// Every event of the library.
    All,
    /// The events an actor takes part in, in any briefing.
    Actor(ActorIdentity),
    /// The events of briefings with this tag (compared folded).
    Tag(String),
}

/// One row of a merged timeline: an event and its briefing.
#[derive(Clone, Debug)]
pub struct TimelineRow {
    /// The briefing.
    pub briefing: Arc<BriefingInfo>,
    /// The event's date (`None`: undated, listed after the dated events).
    pub date: Option<PartialDate>,
    /// The time as the source puts it (`Cold War era`).
    pub when: SafeText,
    /// The event's status.
    pub status: Option<Status>,
    /// The event's Admiralty code (`B2`), when it is graded.
    pub grade: Option<SafeText>,
    /// The event's key, to open the briefing at it.
    pub id: SafeText,
    /// Line of the event in the file.
    pub line: usize,
    /// The event's title.
    pub title: SafeText,
}

/// The (file, actor) pairs that are the actor `?1` (id), `?2` (folded names, a JSON array),
/// `?3` (wikidata or NULL).
const SAME_ACTOR: &str = "same(file, actor) AS (
        SELECT a.file, a.actor FROM (
            SELECT file, actor FROM actors WHERE actor = ?1
            UNION SELECT file, actor FROM actor_names
                WHERE folded IN (SELECT value FROM json_each(?2))
            UNION SELECT file, actor FROM actors WHERE ?3 IS NOT NULL AND wikidata = ?3
        ) m JOIN actors a ON a.file = m.file AND a.actor = m.actor
        WHERE ?3 IS NULL OR a.wikidata IS NULL OR a.wikidata = ?3
    )";

/// Date order: an event's own date, else its briefing's (undated last); then briefing; then
/// file order (row ids count positions down).
const DATE_ORDER: &str = "ORDER BY CASE WHEN i.day > 0 THEN i.day ELSE i.id >> 40 END = 0,
    CASE WHEN i.day > 0 THEN i.day ELSE i.id >> 40 END,
    i.id >> 40, (i.id >> 20) & 1048575, i.id DESC";

impl Store {
    /// Every quote by the actor `who` and every event with them across `library`, in date
    /// order (an event's own date, else its briefing's; undated last), at most `limit`.
    pub fn appearances(
        &self,
        library: &Library,
        who: &ActorIdentity,
        limit: usize,
    ) -> Result<Vec<Appearance>, StoreError> {
        let sql = format!(
            "WITH {SAME_ACTOR}
             SELECT i.id, i.kind, i.item, i.line, i.day, {LABEL}, l.actor
             FROM same s JOIN links l ON l.file = s.file AND l.actor = s.actor
             JOIN items i ON i.id = l.item
             {DATE_ORDER}"
        );
        let names = serde_json::Value::from(who.names.clone()).to_string();
        let args: [&dyn ToSql; 3] = [&who.id, &names, &who.wikidata];
        self.rows(library, &sql, &args, limit, |briefing, cells| {
            let Some(kind) = ItemKind::from_code(cells.int(1)?) else {
                return Ok(None);
            };
            let own = cells.int(4)?;
            let id = cells.int(0)?;
            Ok(Some(Appearance {
                briefing,
                actor: cells.flat(6, MAX_HIT_CHARS)?,
                kind,
                id: cells.flat(2, MAX_HIT_CHARS)?,
                line: cells.line(3)?,
                text: cells.flat(5, MAX_HIT_CHARS)?,
                date: date_of(if own > 0 { own } else { day_of(id) }),
            }))
        })
    }

    /// The events of `scope` across `library`: the dated ones in date order, at most
    /// `limit`, then the undated ones, at most `limit` too, by briefing (oldest first) and in
    /// each in file order.
    pub fn timeline(
        &self,
        library: &Library,
        scope: &TimelineScope,
        limit: usize,
    ) -> Result<Vec<TimelineRow>, StoreError> {
        // An event's extra text begins with its `when`, on a line of its own.
        let columns = format!(
            "i.id, i.item, i.line, i.day, {LABEL}, i.status, i.grade,
             substr(i.extra, 1, instr(i.extra || char(10), char(10)) - 1)"
        );
        let event = ItemKind::Event.code();
        let (with, from, args): (&str, String, Vec<Box<dyn ToSql>>) = match scope {
            TimelineScope::All => ("", "FROM items i WHERE".to_owned(), Vec::new()),
            TimelineScope::Tag(tag) => (
                "",
                format!(
                    "FROM tags t JOIN files f ON f.id = t.file JOIN items i ON {}
                     WHERE t.tag = ?1 AND",
                    of_file("i.id")
                ),
                vec![Box::new(fold(tag))],
            ),
            TimelineScope::Actor(who) => (
                SAME_ACTOR,
                "FROM same s JOIN links l ON l.file = s.file AND l.actor = s.actor
                 JOIN items i ON i.id = l.item WHERE"
                    .to_owned(),
                vec![
                    Box::new(who.id.clone()),
                    Box::new(serde_json::Value::from(who.names.clone()).to_string()),
                    Box::new(who.wikidata.clone()),
                ],
            ),
        };
        let with = if with.is_empty() {
            String::new()
        } else {
            format!("WITH {with}")
        };
        let args: Vec<&dyn ToSql> = args.iter().map(Box::as_ref).collect();
        // Dated events by their own date, which an index provides; undated ones by their
        // briefing's date and file, then file order (row ids count positions down).
        let groups = [
            "i.day > 0 ORDER BY i.day, i.id >> 20, i.id DESC",
            "i.day = 0 ORDER BY i.id >> 20, i.id DESC",
        ];
        // SQLite's LIMIT is a signed 64-bit number.
        let most = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut rows = Vec::new();
        for group in groups {
            let sql =
                format!("{with} SELECT {columns} {from} i.kind = {event} AND {group} LIMIT {most}");
            rows.extend(self.rows(library, &sql, &args, limit, |briefing, cells| {
                let status = cells.flat(5, 20)?;
                let grade = cells.flat(6, 20)?;
                Ok(Some(TimelineRow {
                    briefing,
                    date: date_of(cells.int(3)?),
                    when: cells.flat(7, MAX_HIT_CHARS)?,
                    id: cells.flat(1, MAX_HIT_CHARS)?,
                    line: cells.line(2)?,
                    title: cells.flat(4, MAX_HIT_CHARS)?,
                    status: Status::parse(status.as_str()),
                    grade: Some(grade).filter(|g| !g.is_empty()),
                }))
            })?);
        }
        Ok(rows)
    }

    /// Runs `sql` (whose first column is an item row id) and maps up to `limit` rows of
    /// briefings in `library` with `map`; damaged rows are skipped (see
    /// [`Store::take_damaged`]).
    fn rows<T>(
        &self,
        library: &Library,
        sql: &str,
        args: &[&dyn ToSql],
        limit: usize,
        mut map: impl FnMut(Arc<BriefingInfo>, &Cells<'_, '_>) -> Result<Option<T>, Damaged>,
    ) -> Result<Vec<T>, StoreError> {
        let mut run = || -> rusqlite::Result<Vec<T>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let mut rows = stmt.query(args)?;
            let mut out = Vec::new();
            while out.len() < limit
                && let Some(row) = rows.next()?
            {
                let cells = Cells::new(row, "items", &[0]);
                let briefing = cells
                    .int(0)
                    .map(|id| library.by_file(file_of(id)).map(Arc::clone));
                let read = briefing.and_then(|found| found.map_or(Ok(None), |b| map(b, &cells)));
                out.extend(self.keep(read));
            }
            Ok(out)
        };
        run().map_err(|error| self.fail(error))
    }
}

/// The partial date a date ordinal stands for (`None` for 0).
fn date_of(ordinal: i64) -> Option<PartialDate> {
    if ordinal <= 0 {
        return None;
    }
    let nonzero = |n: i64| (n > 0).then_some(n as u8);
    let date = PartialDate {
        year: u16::try_from(ordinal / 512).ok()?,
        month: nonzero(ordinal % 512 / 32),
        day: nonzero(ordinal % 32),
    };
    (day(Some(date)) == ordinal).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn date_ordinals_round_trip() {
        for text in ["2014", "2024-10", "2024-02-29"] {
            let date = PartialDate::parse(text);
            assert_eq!(date_of(day(date)), date, "{text}");
        }
        assert_eq!(date_of(0), None);
    }
}
