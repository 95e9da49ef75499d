//! What an existing event gets when the new article tells it again: the new source, and, when
//! the article gives another status, the status change with its history step and a
//! credibility that fits it, each marked `# review:` with what changed and why.

use toml_edit::{InlineTable, Table, Value};

use super::sources::Sources;
use super::{edit, events};
use crate::briefing::grade::{Credibility, describe};
use crate::briefing::model::{Briefing, Event, Named as _, PartialDate};
use crate::draft::outline::model::Event as Drafted;
use crate::text::SafeText;

/// Most characters of a drafted title quoted in a review comment.
const SAID_CHARS: usize = 100;

/// What was proposed on an existing event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proposed {
    /// The new source only: the article agrees.
    Corroboration,
    /// A status change, with the new source and a history step.
    StatusChange,
}

/// A drafted event that tells an existing one again, with what it needs to say so.
pub struct Proposal<'a> {
    /// The existing event.
    pub event: &'a Event,
    /// The drafted event.
    pub drafted: &'a Drafted,
    /// The original briefing, for its sources' ids.
    pub briefing: &'a Briefing,
    /// The merge's source ids.
    pub sources: &'a Sources,
    /// The article's date, for the history step.
    pub date: Option<&'a str>,
}

/// Proposes on the existing event's `table` what the drafted event says: the new source,
/// and a status change with its history step when the status differs.
pub fn propose(table: &mut Table, p: &Proposal) -> Result<Proposed, String> {
    let new = p.sources.new.as_str();
    let said = format!("“{}”", SafeText::excerpt(&p.drafted.title, SAID_CHARS));
    let first_source = p
        .event
        .sources
        .first()
        .and_then(|&s| p.briefing.meta.sources[s].id.as_ref())
        .map(|id| id.as_str().to_owned())
        .or_else(|| p.sources.old.clone());
    let unbacked = !table.contains_key("sources") && first_source.is_none();
    if !table.contains_key("sources")
        && let Some(old) = &first_source
    {
        edit::push(table, "sources", edit::string(old)?)?;
    }
    edit::push(table, "sources", edit::string(new)?)?;
    if unbacked {
        // Among several sources, an event that named none said nothing of its backing: the
        // new source alone would read as all of it.
        edit::review(
            table,
            "sources",
            "the event named no source: add the original's sources that back it before this one",
        );
    }
    let Some(status) = events::proposed(p.drafted.status, p.event.status) else {
        edit::review(
            table,
            "sources",
            &format!("source '{new}' added: it tells this event again (corroboration): {said}"),
        );
        return Ok(Proposed::Corroboration);
    };
    let before = p.event.status.map_or("(none)", |s| s.name());
    edit::review(
        table,
        "sources",
        &format!(
            "source '{new}' added: it reports this event as {}",
            status.name()
        ),
    );
    if let Some(old) = p.event.status.filter(|_| p.event.history.is_empty()) {
        edit::push(
            table,
            "history",
            step(old.name(), first_source.as_deref(), None)?,
        )?;
    }
    let dated = p
        .date
        .and_then(PartialDate::parse)
        .filter(|date| {
            p.event
                .history
                .iter()
                .filter_map(|c| c.date)
                .all(|earlier| earlier.last_day() <= date.first_day())
        })
        .map(|d| d.to_string());
    edit::push(
        table,
        "history",
        step(status.name(), Some(new), dated.as_deref())?,
    )?;
    edit::review(
        table,
        "history",
        &format!("step added: {} by source '{new}'", status.name()),
    );
    edit::set(table, "status", edit::string(status.name())?);
    edit::review(
        table,
        "status",
        &format!(
            "status {before} → {}: source '{new}' says {said}",
            status.name()
        ),
    );
    if let Some(grade) = p.event.credibility.filter(|c| !c.fits(status)) {
        let allowed = Credibility::allowed_with(status);
        let nearest = allowed
            .iter()
            .min_by_key(|c| c.number().abs_diff(grade.number()))
            .copied()
            .unwrap_or(grade);
        edit::set(
            table,
            "credibility",
            Value::from(i64::from(nearest.number())),
        );
        edit::review(
            table,
            "credibility",
            &format!(
                "credibility {grade} → {nearest}: a {} event is graded {}; check it and its basis",
                status.name(),
                describe(allowed)
            ),
        );
    }
    Ok(Proposed::StatusChange)
}

/// One step of an event's `history`.
fn step(status: &str, source: Option<&str>, date: Option<&str>) -> Result<Value, String> {
    let mut table = InlineTable::new();
    table.insert("status", edit::string(status)?);
    if let Some(source) = source {
        table.insert("source", edit::string(source)?);
    }
    if let Some(date) = date {
        table.insert("date", edit::string(date)?);
    }
    Ok(Value::InlineTable(table))
}
