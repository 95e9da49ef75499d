//! Reading a parsed TOML document by hand, so that every value keeps its span and every
//! problem of a file (missing key, wrong type, unknown key) is collected, not only the first.
//! The document is a plain tree of [`Map`]s and [`Value`]s, made by parsing a file whole
//! ([`parse`]) or section by section ([`crate::toml_stream`]).

use std::borrow::Cow;
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

/// A TOML value with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Value<'i> {
    /// Where the value is written (for a table of an array of tables, its header).
    pub span: Range<usize>,
    /// The value.
    pub item: Item<'i>,
}

/// The kinds of TOML value, holding what the readers below use of each.
#[derive(Clone, Debug, PartialEq)]
pub enum Item<'i> {
    /// A string, borrowed from the document when it holds no escapes.
    String(Cow<'i, str>),
    /// An integer; None when it does not fit in an `i64`.
    Integer(Option<i64>),
    /// A float (never read as one).
    Float,
    /// `true` or `false`.
    Boolean(bool),
    /// A date-time, as far as a date is read from one.
    Datetime(Stamp),
    /// An array, inline or of tables.
    Array(Vec<Value<'i>>),
    /// A table, inline or under a header.
    Table(Map<'i>),
}

/// A TOML date-time as far as a briefing reads one: its date, and whether it says more.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// Year, month and day, when it has a date.
    pub date: Option<(u16, u8, u8)>,
    /// True when it has a time of day or an offset too (or only those).
    pub time: bool,
}

impl Stamp {
    /// What a briefing reads of the TOML date-time `stamp`.
    pub fn of(stamp: &toml_datetime::Datetime) -> Stamp {
        Stamp {
            date: stamp.date.map(|date| (date.year, date.month, date.day)),
            time: stamp.time.is_some() || stamp.offset.is_some(),
        }
    }
}

/// How a date is written: a string, or a TOML date-time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Written<'t> {
    /// `"2024-10"`.
    Text(&'t str),
    /// `2024-10-18`, or a date-time with a time.
    Stamp(Stamp),
}

/// A key as written, decoded, with its span.
#[derive(Clone, Debug, PartialEq)]
pub struct Key<'i> {
    /// The key, decoded.
    pub name: Cow<'i, str>,
    /// Where it is written.
    pub span: Range<usize>,
}

/// A TOML table: its keys and values in the order the parser gave them. Looked up by a scan:
/// the tables read here hold a handful of keys.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map<'i> {
    entries: Vec<(Key<'i>, Value<'i>)>,
}

impl<'i> Map<'i> {
    /// An empty table with room for `keys` keys.
    pub fn with_capacity(keys: usize) -> Map<'i> {
        Map {
            entries: Vec::with_capacity(keys),
        }
    }

    /// The value of `key`.
    pub fn get(&self, key: &str) -> Option<&Value<'i>> {
        self.entries
            .iter()
            .find(|(k, _)| k.name == key)
            .map(|(_, value)| value)
    }

    /// True when the table holds `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &Key<'i>> {
        self.entries.iter().map(|(key, _)| key)
    }

    /// How many keys the table holds.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the table holds no key.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value of `key`, to change it.
    pub(crate) fn get_mut(&mut self, key: &str) -> Option<&mut Value<'i>> {
        self.entries
            .iter_mut()
            .find(|(k, _)| k.name == key)
            .map(|(_, value)| value)
    }

    /// Adds `key` (the caller has checked it is new).
    pub(crate) fn push(&mut self, key: Key<'i>, value: Value<'i>) {
        self.entries.push((key, value));
    }

    /// The table a whole-document parse made, in its order.
    fn from_parsed(table: DeTable<'i>) -> Map<'i> {
        Map {
            entries: table
                .into_iter()
                .map(|(key, value)| {
                    let span = key.span();
                    let key = Key {
                        name: key.into_inner(),
                        span,
                    };
                    (key, Value::from_parsed(value))
                })
                .collect(),
        }
    }
}

impl<'i> Value<'i> {
    fn from_parsed(value: Spanned<DeValue<'i>>) -> Value<'i> {
        let span = value.span();
        let item = match value.into_inner() {
            DeValue::String(s) => Item::String(s),
            DeValue::Integer(int) => {
                Item::Integer(i64::from_str_radix(int.as_str(), int.radix()).ok())
            }
            DeValue::Float(_) => Item::Float,
            DeValue::Boolean(b) => Item::Boolean(b),
            DeValue::Datetime(stamp) => Item::Datetime(Stamp::of(&stamp)),
            DeValue::Array(items) => {
                Item::Array(items.into_iter().map(Value::from_parsed).collect())
            }
            DeValue::Table(table) => Item::Table(Map::from_parsed(table)),
        };
        Value { span, item }
    }
}

/// Parses `text` whole into a table, or returns every syntax error (or the first value past a
/// cap of [`crate::toml_caps`]).
pub fn parse(text: &str) -> Result<Map<'_>, Vec<Diagnostic>> {
    crate::toml_caps::check(text).map_err(|error| vec![error])?;
    let (table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Ok(Map::from_parsed(table.into_inner()));
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
    table: &'t Map<'i>,
    span: Range<usize>,
    name: String,
}

impl<'t, 'i> Table<'t, 'i> {
    /// Wraps `table` (whose header is at `span`, named like `[[quotes]]` in messages) and
    /// reports every key that is not in `known`, with a suggestion when one is close.
    pub fn new(
        table: &'t Map<'i>,
        span: Range<usize>,
        name: impl Into<String>,
        known: &[&str],
        errors: &mut Vec<Diagnostic>,
    ) -> Self {
        let name = name.into();
        for key in table.keys() {
            if !known.contains(&key.name.as_ref()) {
                errors.push(unknown_key(&key.name, key.span.clone(), &name, known));
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
    ) -> Option<&'t Value<'i>> {
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
        self.string(key, value, errors)
            .map(|s| Spanned::new(value.span.clone(), s.as_ref()))
    }

    /// A string value with its span, borrowed from the document's text when it can be, so
    /// that it may be kept after the table.
    pub fn shared_str(
        &self,
        key: &str,
        need: Need,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<Spanned<Cow<'i, str>>> {
        let value = self.value(key, need, Shape::String, errors)?;
        self.string(key, value, errors)
            .map(|s| Spanned::new(value.span.clone(), s.clone()))
    }

    /// The string `value` of `key` holds; anything else is reported.
    fn string(
        &self,
        key: &str,
        value: &'t Value<'i>,
        errors: &mut Vec<Diagnostic>,
    ) -> Option<&'t Cow<'i, str>> {
        match &value.item {
            Item::String(s) => Some(s),
            other => {
                errors.push(wrong_type(
                    key,
                    &self.name,
                    "a string",
                    other,
                    value.span.clone(),
                ));
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
        let Item::Array(items) = &value.item else {
            errors.push(wrong_type(
                key,
                &self.name,
                "an array of strings",
                &value.item,
                value.span.clone(),
            ));
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| {
                self.string(key, item, errors)
                    .map(|s| Spanned::new(item.span.clone(), s.as_ref()))
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
        let parsed = match &value.item {
            Item::Integer(int) => *int,
            other => {
                errors.push(wrong_type(
                    key,
                    &self.name,
                    "an integer",
                    other,
                    value.span.clone(),
                ));
                return None;
            }
        };
        if parsed.is_none() {
            errors.push(Diagnostic::at(
                value.span.clone(),
                format!("'{key}' is too large an integer"),
            ));
        }
        Some(Spanned::new(value.span.clone(), parsed?))
    }

    /// A date as written, a string or a TOML date-time, with its span.
    pub fn date(&self, key: &str, errors: &mut Vec<Diagnostic>) -> Option<Spanned<Written<'t>>> {
        let value = self.value(key, Need::Optional, Shape::String, errors)?;
        let written = match &value.item {
            Item::String(text) => Written::Text(text.as_ref()),
            Item::Datetime(stamp) => Written::Stamp(*stamp),
            other => {
                errors.push(wrong_type(
                    key,
                    &self.name,
                    "a date (\"2024\", \"2024-10\" or 2024-10-18)",
                    other,
                    value.span.clone(),
                ));
                return None;
            }
        };
        Some(Spanned::new(value.span.clone(), written))
    }

    /// A boolean value.
    pub fn boolean(&self, key: &str, errors: &mut Vec<Diagnostic>) -> Option<bool> {
        let value = self.value(key, Need::Optional, Shape::Other, errors)?;
        match &value.item {
            Item::Boolean(b) => Some(*b),
            other => {
                errors.push(wrong_type(
                    key,
                    &self.name,
                    "true or false",
                    other,
                    value.span.clone(),
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
    ) -> Option<(&'t Map<'i>, Range<usize>)> {
        let value = self.value(key, need, Shape::Table, errors)?;
        match &value.item {
            Item::Table(table) => Some((table, value.span.clone())),
            other => {
                errors.push(wrong_type(
                    key,
                    &self.name,
                    "a table",
                    other,
                    value.span.clone(),
                ));
                None
            }
        }
    }

    /// An array of tables (`[[quotes]]`), each with its span.
    pub fn tables(
        &self,
        key: &str,
        errors: &mut Vec<Diagnostic>,
    ) -> Vec<(&'t Map<'i>, Range<usize>)> {
        let Some(value) = self.value(key, Need::Optional, Shape::Other, errors) else {
            return Vec::new();
        };
        let Item::Array(items) = &value.item else {
            errors.push(wrong_type(
                key,
                &self.name,
                &format!("an array of tables ([[{key}]])"),
                &value.item,
                value.span.clone(),
            ));
            return Vec::new();
        };
        items
            .iter()
            .filter_map(|item| match &item.item {
                Item::Table(table) => Some((table, item.span.clone())),
                other => {
                    errors.push(wrong_type(
                        key,
                        &self.name,
                        "a table",
                        other,
                        item.span.clone(),
                    ));
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
fn type_name(value: &Item<'_>) -> &'static str {
    match value {
        Item::String(_) => "a string",
        Item::Integer(_) => "an integer",
        Item::Float => "a float",
        Item::Boolean(_) => "a boolean",
        Item::Datetime(_) => "a date-time",
        Item::Array(_) => "an array",
        Item::Table(_) => "a table",
    }
}

fn wrong_type(
    key: &str,
    table: &str,
    expected: &str,
    found: &Item<'_>,
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
