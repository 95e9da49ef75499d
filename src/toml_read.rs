//! Reading a parsed TOML document by hand, so that every value keeps its span and every
//! problem of a file (missing key, wrong type, unknown key) is collected, not only the first.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use crate::diag::{Diagnostic, closest, echo};
use crate::text::{Lines, SafeText};

/// Whether a key must be present.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Need {
    /// Missing is an error.
    Required,
    /// Missing is fine.
    Optional,
}

/// Parses `text` into a spanned table, or returns every syntax error (or the first value
/// past a cap of [`crate::toml_caps`]).
pub fn parse(text: &str) -> Result<DeTable<'_>, Vec<Diagnostic>> {
    crate::toml_caps::check(text).map_err(|error| vec![error])?;
    let (table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Ok(table.into_inner());
    }
    Err(errors
        .iter()
        .map(|error| match error.span() {
            None if error.message() == "recursion limit" => too_deep_key(text),
            span => Diagnostic {
                span,
                message: format!("TOML syntax: {}", SafeText::excerpt(error.message(), 200)),
            },
        })
        .collect())
}

/// Most parts of a dotted key the TOML parser accepts.
const MAX_KEY_PARTS: usize = 79;

/// The parser refuses a key of too many dotted parts without saying where: find the first
/// line whose key has that many, and say what was found.
fn too_deep_key(text: &str) -> Diagnostic {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let key = if trimmed.starts_with('[') {
            trimmed.split(']').next().unwrap_or("")
        } else {
            trimmed.split('=').next().unwrap_or("")
        };
        let parts = key.matches('.').count() + 1;
        if parts > MAX_KEY_PARTS {
            let start = offset + (line.len() - trimmed.len());
            return Diagnostic::at(
                start..start + key.trim_end().len(),
                format!(
                    "TOML syntax: a key of {parts} dotted parts; keys may have at most {MAX_KEY_PARTS}"
                ),
            );
        }
        offset += line.len();
    }
    Diagnostic {
        span: None,
        message: format!("TOML syntax: a key nested more than {MAX_KEY_PARTS} deep"),
    }
}

/// The kind of value a key holds, for the line a missing-key message suggests.
#[derive(Clone, Copy)]
enum Shape {
    String,
    Integer,
    Table,
    Other,
}

/// One table of a known shape: its keys are checked against the known list when it is made.
pub struct Table<'t, 'i> {
    table: &'t DeTable<'i>,
    span: Range<usize>,
    name: String,
}

impl<'t, 'i> Table<'t, 'i> {
    /// Wraps `table` (whose header is at `span`, named like `[[quotes]]` in messages) and
    /// reports every key that is not in `known`, with a suggestion when one is close.
    pub fn new(
        table: &'t DeTable<'i>,
        span: Range<usize>,
        name: impl Into<String>,
        known: &[&str],
        errors: &mut Vec<Diagnostic>,
    ) -> Self {
        let name = name.into();
        for key in table.keys() {
            if !known.contains(&key.get_ref().as_ref()) {
                errors.push(unknown_key(key.get_ref(), key.span(), &name, known));
            }
        }
        Table { table, span, name }
    }

    /// The span of the table's header (where a missing key is reported).
    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The raw value of `key`, reporting it when it is required and missing; `shape` shapes
    /// the line the message suggests adding.
    fn value(
        &self,
        key: &str,
        need: Need,
        shape: Shape,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<&'t Spanned<DeValue<'i>>> {
        let value = self.table.get(key);
        if value.is_none() && need == Need::Required {
            let example = match shape {
                Shape::String => format!("`{key} = \"...\"`"),
                Shape::Integer => format!("`{key} = 1`"),
                Shape::Table => format!("a [{key}] section"),
                Shape::Other => format!("`{key} = ...`"),
            };
            errors.push(Diagnostic::at(
                self.span.clone(),
                format!(
                    "missing required key '{key}' in {}; add {example}",
                    self.name
                ),
            ));
        }
        value
    }

    /// A string value with its span.
    pub fn str(
        &self,
        key: &str,
        need: Need,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<&'t str>> {
        let value = self.value(key, need, Shape::String, errors)?;
        match value.get_ref() {
            DeValue::String(s) => Some(Spanned::new(value.span(), s.as_ref())),
            other => {
                errors.push(wrong_type(key, &self.name, "a string", other, value.span()));
                None
            }
        }
    }

    /// A string value made safe for the screen.
    pub fn text(
        &self,
        key: &str,
        lines: Lines,
        need: Need,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<SafeText> {
        let value = self.str(key, need, errors)?;
        safe_text(&value, lines, errors)
    }

    /// An array of strings, each with its span; a wrong element is reported and skipped.
    pub fn str_list(&self, key: &str, errors: &mut Vec<Diagnostic>) -> Vec<Spanned<&'t str>> {
        let Some(value) = self.value(key, Need::Optional, Shape::Other, errors) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            errors.push(wrong_type(
                key,
                &self.name,
                "an array of strings",
                value.get_ref(),
                value.span(),
            ));
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::String(s) => Some(Spanned::new(item.span(), s.as_ref())),
                other => {
                    errors.push(wrong_type(key, &self.name, "a string", other, item.span()));
                    None
                }
            })
            .collect()
    }

    /// An integer value with its span.
    pub fn integer(
        &self,
        key: &str,
        need: Need,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<i64>> {
        let value = self.value(key, need, Shape::Integer, errors)?;
        let parsed = match value.get_ref() {
            DeValue::Integer(int) => i64::from_str_radix(int.as_str(), int.radix()).ok(),
            other => {
                errors.push(wrong_type(
                    key,
                    &self.name,
                    "an integer",
                    other,
                    value.span(),
                ));
                return None;
            }
        };
        if parsed.is_none() {
            errors.push(Diagnostic::at(
                value.span(),
                format!("'{key}' is too large an integer"),
            ));
        }
        Some(Spanned::new(value.span(), parsed?))
    }

    /// A boolean value.
    pub fn boolean(&self, key: &str, errors: &mut Vec<Diagnostic>) -> Option<bool> {
        let value = self.value(key, Need::Optional, Shape::Other, errors)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            other => {
                errors.push(wrong_type(
                    key,
                    &self.name,
                    "true or false",
                    other,
                    value.span(),
                ));
                None
            }
        }
    }

    /// A sub-table (`[briefing]`) with its span.
    pub fn table(
        &self,
        key: &str,
        need: Need,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<(&'t DeTable<'i>, Range<usize>)> {
        let value = self.value(key, need, Shape::Table, errors)?;
        match value.get_ref() {
            DeValue::Table(table) => Some((table, value.span())),
            other => {
                errors.push(wrong_type(key, &self.name, "a table", other, value.span()));
                None
            }
        }
    }

    /// An array of tables (`[[quotes]]`), each with its span.
    pub fn tables(
        &self,
        key: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        let Some(value) = self.value(key, Need::Optional, Shape::Other, errors) else {
            return Vec::new();
        };
        let DeValue::Array(items) = value.get_ref() else {
            errors.push(wrong_type(
                key,
                &self.name,
                &format!("an array of tables ([[{key}]])"),
                value.get_ref(),
                value.span(),
            ));
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match item.get_ref() {
                DeValue::Table(table) => Some((table, item.span())),
                other => {
                    errors.push(wrong_type(key, &self.name, "a table", other, item.span()));
                    None
                }
            })
            .collect()
    }
}

/// Makes a spanned string safe, reporting a cap it exceeds at its span.
pub fn safe_text(
    value: &Spanned<&str>,
    lines: Lines,
    errors: &mut Vec<Diagnostic>,
) -> Option<SafeText> {
    match SafeText::new(value.get_ref(), lines) {
        Ok(text) => Some(text),
        Err(error) => {
            errors.push(Diagnostic::at(value.span(), error.to_string()));
            None
        }
    }
}

/// How a TOML value's type is named in messages.
fn type_name(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

fn wrong_type(
    key: &str,
    table: &str,
    expected: &str,
    found: &DeValue<'_>,
    span: Range<usize>,
) -> Diagnostic {
    Diagnostic::at(
        span,
        format!(
            "'{key}' in {table} must be {expected}, not {}",
            type_name(found)
        ),
    )
}

fn unknown_key(key: &str, span: Range<usize>, table: &str, known: &[&str]) -> Diagnostic {
    let mut message = format!("unknown key {} in {table}", echo(key));
    match closest(key, known.iter().copied()) {
        Some(k) => message.push_str(&format!("; did you mean '{k}'?")),
        None => message.push_str(&format!("; known keys: {}", known.join(", "))),
    }
    Diagnostic::at(span, message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_suggests_the_closest_known_key() {
        let text = "speker = 'x'\n";
        let doc = parse(text).unwrap();
        let mut errors = Vec::new();
        Table::new(
            &doc,
            0..0,
            "[[quotes]]",
            &["id", "speaker", "text"],
            &mut errors,
        );
        assert_eq!(
            errors[0].message,
            "unknown key 'speker' in [[quotes]]; did you mean 'speaker'?"
        );
        assert_eq!(errors[0].span, Some(0..6));
    }

    #[test]
    fn wrong_type_and_missing_key_are_both_reported() {
        let doc = parse("id = 3\n").unwrap();
        let mut errors = Vec::new();
        let table = Table::new(&doc, 0..0, "[briefing]", &["id", "title"], &mut errors);
        assert!(table.str("id", Need::Required, &mut errors).is_none());
        assert!(table.str("title", Need::Required, &mut errors).is_none());
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "'id' in [briefing] must be a string, not an integer",
                "missing required key 'title' in [briefing]; add `title = \"...\"`"
            ]
        );
    }

    #[test]
    fn syntax_errors_are_all_reported_without_the_raw_line() {
        let errors = parse("a = \nb = \"\u{1b}[2J\n").unwrap_err();
        assert!(errors.len() >= 2);
        assert!(errors.iter().all(|e| !e.message.contains('\u{1b}')));
    }
}
