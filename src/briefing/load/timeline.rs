//! `[[timeline]]` entries: dates, spans and an event's history.

use std::ops::Range;

use toml::Spanned;

use crate::briefing::model::{Change, Event, Named, PartialDate, Status};
use crate::diag::Diagnostic;
use crate::text::Lines;
use crate::toml_read::{Map, Need, Table};

use super::builder::{Builder, Target};
use super::fields::{Grades, basis, credibility, dated, enum_value, required_text};

const EVENT_KEYS: &[&str] = &[
    "id",
    "when",
    "date",
    "until",
    "title",
    "detail",
    "actors",
    "status",
    "credibility",
    "basis",
    "sources",
    "corroborated_by",
    "history",
];

const HISTORY_KEYS: &[&str] = &["status", "source", "date"];

impl<'i> Builder<'i> {
    /// Reads one `[[timeline]]` table (its header at `span`).
    pub(super) fn event(&mut self, table: &Map<'i>, span: Range<usize>) {
        let errors = &mut self.errors;
        let t = Table::new(table, span, "[[timeline]]", EVENT_KEYS, errors);
        let id = self
            .ids
            .events
            .define(&t, "event", Need::Optional, &self.lines, errors);
        let actors = t.str_list("actors", errors);
        let (date, until) = event_dates(&t, errors);
        let status = enum_value(&t, "status", Need::Optional, errors);
        let credibility = credibility(&t, status, errors);
        let graded = status.is_some() || credibility.is_some();
        let basis = basis(&t, graded, EVENT_GRADES, errors);
        let ix = self.timeline.len();
        let (history, history_sources) = history(&t, status, errors);
        for (step, source) in history_sources.iter().enumerate() {
            if let Some(source) = source {
                self.later(
                    Target::HistorySource(ix, step),
                    std::slice::from_ref(source),
                );
            }
        }
        let errors = &mut self.errors;
        let sources = t.str_list("sources", errors);
        let corroborated_by = t.str_list("corroborated_by", errors);
        self.later(Target::EventSources(ix), &sources);
        self.later(Target::Corroboration(ix), &corroborated_by);
        let errors = &mut self.errors;
        self.timeline.push(Event {
            id,
            when: required_text(&t, "when", Lines::Single, errors),
            date,
            until,
            title: required_text(&t, "title", Lines::Single, errors),
            detail: t.text("detail", Lines::Multi, Need::Optional, errors),
            actors: self.ids.actors.resolve(&actors, "actors", "actor", errors),
            status,
            credibility,
            basis,
            sources: Vec::new(),
            corroborated_by: Vec::new(),
            history,
            line: self.at_line.line(t.span().start),
        });
    }
}

/// An event's `date` and `until`: a span needs a `date` to start from and must not end before
/// it starts.
fn event_dates(
    t: &Table<'_, '_>,
    errors: &mut Vec<Diagnostic>,
) -> (Option<PartialDate>, Option<PartialDate>) {
    let start = dated(t, "date", errors);
    let date = start.as_ref().and_then(|value| *value.get_ref());
    let Some(value) = dated(t, "until", errors) else {
        return (date, None);
    };
    let until = *value.get_ref();
    let problem = match (&start, date, until) {
        (None, _, Some(_)) => {
            "until needs a start: add `date = \"YYYY\"` for when the span begins".to_owned()
        }
        (_, Some(date), Some(end)) if end.last_day() < date.first_day() => {
            format!("until '{end}' is before date '{date}'; a span ends on or after its start")
        }
        // A malformed date or until is reported already.
        _ => return (date, until),
    };
    errors.push(Diagnostic::at(value.span(), problem));
    (date, None)
}

/// An event's grades.
const EVENT_GRADES: Grades = Grades {
    what: "a status or credibility",
    add: "`status = \"...\"` or `credibility = 1` to `6`",
};

/// An event's `history`: its steps, oldest first, and the source each names (resolved at the
/// end of the file). Dated steps must be in order, and the last step's status must be the
/// event's `status`.
pub(super) fn history<'t>(
    t: &Table<'t, '_>,
    status: Option<Status>,
    errors: &mut Vec<Diagnostic>,
) -> (Vec<Change>, Vec<Option<Spanned<&'t str>>>) {
    let mut steps = Vec::new();
    let mut sources = Vec::new();
    let mut last: Option<(Status, Range<usize>)> = None;
    let mut latest: Option<PartialDate> = None;
    for (table, span) in t.tables("history", errors) {
        let step = Table::new(table, span.clone(), "a history step", HISTORY_KEYS, errors);
        let step_status = enum_value::<Status>(&step, "status", Need::Required, errors);
        let date = dated(&step, "date", errors);
        if let Some((Some(date), at)) = date.as_ref().map(|d| (*d.get_ref(), d.span())) {
            if let Some(before) = latest.filter(|before| date.first_day() < before.first_day()) {
                errors.push(Diagnostic::at(
                    at,
                    format!(
                        "history steps go oldest first: '{date}' comes after '{before}' of an earlier step; put the steps in order"
                    ),
                ));
            }
            latest = latest.max(Some(date));
        }
        if let Some(step_status) = step_status {
            last = Some((step_status, span));
            steps.push(Change {
                status: step_status,
                source: None,
                date: date.and_then(|d| d.into_inner()),
            });
            sources.push(step.str("source", Need::Optional, errors));
        }
    }
    if let Some((final_status, span)) = last
        && status != Some(final_status)
    {
        let message = match status {
            Some(status) => format!(
                "the last history step says '{}' but the event's status is '{}'; the event's status is where its history ends",
                final_status.name(),
                status.name()
            ),
            None => format!(
                "an event with a history needs its current status: add `status = \"{}\"`, the last step's",
                final_status.name()
            ),
        };
        errors.push(Diagnostic::at(span, message));
    }
    (steps, sources)
}
