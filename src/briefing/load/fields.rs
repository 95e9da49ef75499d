//! Values every section reads the same way: required texts, lists, dates, enums, grades and
//! ids.

use toml::Spanned;

use crate::briefing::grade::{self, Credibility};
use crate::briefing::model::{Named, PartialDate, Status};
use crate::diag::{self, Diagnostic, echo};
use crate::text::{Lines, SafeText};
use crate::toml_read::{self, Need, Table, Written};

/// A required text that must not be empty.
pub(super) fn required_text(
    t: &Table<'_, '_>,
    key: &str,
    lines: Lines,
    errors: &mut Vec<Diagnostic>,
) -> SafeText {
    let Some(value) = t.str(key, Need::Required, errors) else {
        return SafeText::default();
    };
    if value.get_ref().trim().is_empty() {
        errors.push(Diagnostic::at(
            value.span(),
            format!("'{key}' is empty; write the {key} or remove the entry"),
        ));
    }
    toml_read::safe_text(&value, lines, errors).unwrap_or_default()
}

pub(super) fn text_list(
    t: &Table<'_, '_>,
    key: &str,
    errors: &mut Vec<Diagnostic>,
) -> Vec<SafeText> {
    t.str_list(key, errors)
        .iter()
        .filter_map(|value| toml_read::safe_text(value, Lines::Single, errors))
        .collect()
}

pub(super) fn date(
    t: &Table<'_, '_>,
    key: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<PartialDate> {
    dated(t, key, errors)?.into_inner()
}

/// A date key with its span, when present and a string or a date-time: a string `YYYY`,
/// `YYYY-MM` or `YYYY-MM-DD`, or a TOML local date (`2024-10-18`); None inside when it is not
/// a date (reported).
pub(super) fn dated(
    t: &Table<'_, '_>,
    key: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<Spanned<Option<PartialDate>>> {
    let value = t.date(key, errors)?;
    let span = value.span();
    let date = match *value.get_ref() {
        Written::Text(text) => parse_date(&Spanned::new(span.clone(), text), key, errors),
        Written::Stamp(stamp) => {
            let date = stamp
                .date
                .filter(|_| !stamp.time)
                .map(|(year, month, day)| PartialDate {
                    year,
                    month: Some(month),
                    day: Some(day),
                });
            if date.is_none() {
                errors.push(Diagnostic::at(
                    span.clone(),
                    format!(
                        "{key} has a time of day or an offset; write the date alone: `{key} = 2024-10-18` (or a string, `\"2024-10\"`)"
                    ),
                ));
            }
            date
        }
    };
    Some(Spanned::new(span, date))
}

fn parse_date(
    value: &Spanned<&str>,
    key: &str,
    errors: &mut Vec<Diagnostic>,
) -> Option<PartialDate> {
    let date = PartialDate::parse(value.get_ref());
    if date.is_none() {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "{key} {} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
                echo(value.get_ref())
            ),
        ));
    }
    date
}

pub(super) fn enum_value<E: Named + PartialEq>(
    t: &Table<'_, '_>,
    key: &str,
    need: Need,
    errors: &mut Vec<Diagnostic>,
) -> Option<E> {
    let value = t.str(key, need, errors)?;
    let parsed = E::parse(value.get_ref());
    if parsed.is_none() {
        let names: Vec<&str> = E::ALL.iter().map(|(name, _)| *name).collect();
        let mut message = format!(
            "{key} {} is not one of: {}",
            echo(value.get_ref()),
            names.join(", ")
        );
        if let Some(meant) = meant::<E>(value.get_ref()) {
            message.push_str(&format!("; did you mean '{meant}'?"));
        }
        errors.push(Diagnostic::at(value.span(), message));
    }
    parsed
}

/// The name a wrong enum value most likely meant: the value another word stands for
/// ([`Named::alias`]), the same name in other case, or a close spelling that keeps some of
/// the word (any one letter is "close" to any other).
pub(super) fn meant<E: Named + PartialEq>(word: &str) -> Option<&'static str> {
    let names = || E::ALL.iter().map(|(name, _)| *name);
    if let Some(value) = E::alias(word) {
        return Some(value.name());
    }
    names()
        .find(|name| name.eq_ignore_ascii_case(word))
        .or_else(|| {
            diag::closest(word, names()).filter(|name| {
                strsim::damerau_levenshtein(word, name) < word.chars().count().min(name.len())
            })
        })
}

/// `credibility = 1..6` of an event or quote; an event's must fit its `status` (the table
/// of [`Credibility::allowed_with`]).
pub(super) fn credibility(
    t: &Table<'_, '_>,
    status: Option<Status>,
    errors: &mut Vec<Diagnostic>,
) -> Option<Credibility> {
    // A grade in quotes (`"2"`) is told what to write instead of only that it is no integer.
    if let Some(text) = t.str("credibility", Need::Optional, &mut Vec::new()) {
        errors.push(Diagnostic::at(
            text.span(),
            format!(
                "credibility {} must be a number from 1 to 6, without quotes",
                echo(text.get_ref())
            ),
        ));
        return None;
    }
    let value = t.integer("credibility", Need::Optional, errors)?;
    let Some(credibility) = Credibility::from_number(*value.get_ref()) else {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "credibility {} is not one of: {}",
                value.get_ref(),
                Credibility::ALL.map(|c| c.to_string()).join(", ")
            ),
        ));
        return None;
    };
    if let Some(status) = status
        && !credibility.fits(status)
    {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "credibility {credibility} contradicts status '{status}': a {status} event is graded {}; change one of them",
                grade::describe(Credibility::allowed_with(status)),
                status = status.name(),
            ),
        ));
    }
    Some(credibility)
}

/// What a `basis` gives the grounds of, and the keys that say it, as the message asks them.
pub(super) struct Grades {
    pub(super) what: &'static str,
    pub(super) add: &'static str,
}

/// An implication's or event's `basis`: the grounds of its grades, so it needs one.
pub(super) fn basis(
    t: &Table<'_, '_>,
    graded: bool,
    grades: Grades,
    errors: &mut Vec<Diagnostic>,
) -> Option<SafeText> {
    let basis = t.str("basis", Need::Optional, errors)?;
    if !graded {
        errors.push(Diagnostic::at(
            basis.span(),
            format!(
                "basis gives the grounds of {}; add {}, or remove basis",
                grades.what, grades.add
            ),
        ));
    }
    toml_read::safe_text(&basis, Lines::Multi, errors)
}

/// Checks the id rule: 1-64 characters of `a-z`, `0-9` and `-`.
pub(super) fn valid_id(value: &Spanned<&str>, errors: &mut Vec<Diagnostic>) -> Option<SafeText> {
    let id = *value.get_ref();
    let ok = (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'));
    if !ok {
        errors.push(Diagnostic::at(
            value.span(),
            format!(
                "id {} must be 1-64 characters of a-z, 0-9 and '-'",
                echo(id)
            ),
        ));
        return None;
    }
    SafeText::new(id, Lines::Single).ok()
}
