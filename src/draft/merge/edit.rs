//! Edits to a briefing's TOML that keep everything else of its text: values written as the
//! drafter writes them (basic strings through the one escaping, so nothing written acts on a
//! terminal), `# review:` comments as one sanitised line above the key they concern, entries
//! appended after the last of their kind.

use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

use crate::briefing::model::Briefing;
use crate::draft::write::toml_out::comment_line;
use crate::text::toml_basic_string;

/// `text` as a TOML basic string value, escaped as the drafter escapes it; fails, rather than
/// write the text some other way, if the escaping ever wrote what TOML does not read.
pub fn string(text: &str) -> Result<Value, String> {
    toml_basic_string(text).parse::<Value>().map_err(|_| {
        "a value could not be written as a TOML string (a bug; please report it)".to_owned()
    })
}

/// A list of strings, written as [`string`]s.
pub fn strings<S: AsRef<str>>(items: &[S]) -> Result<Value, String> {
    let mut array = Array::new();
    for item in items {
        array.push_formatted(string(item.as_ref())?);
    }
    Ok(Value::Array(array))
}

/// Sets `key` of `table` to `value`, keeping the comments around the key and the old value
/// (`Table::insert` would reset the key's).
pub fn set(table: &mut Table, key: &str, mut value: Value) {
    match table.get_mut(key) {
        Some(item) => {
            if let Some(old) = item.as_value() {
                *value.decor_mut() = old.decor().clone();
            }
            *item = Item::Value(value);
        }
        None => {
            table.insert(key, Item::Value(value));
        }
    }
}

/// Appends `value` to the array `key` of `table` (made when missing), laid out as the array's
/// last element is; an inline table goes to an array written as `[[...]]` tables as one more
/// table. Fails when `key` holds something else.
#[must_use = "a value that could not be pushed is lost"]
pub fn push(table: &mut Table, key: &str, mut value: Value) -> Result<(), String> {
    let item = table
        .entry(key)
        .or_insert_with(|| Item::Value(Value::Array(Array::new())));
    if let Item::ArrayOfTables(tables) = item {
        let Value::InlineTable(inline) = value else {
            return Err(format!(
                "`{key}` is written as tables, not as a list of values"
            ));
        };
        let mut added = inline.into_table();
        added.decor_mut().set_prefix("\n");
        tables.push(added);
        return Ok(());
    }
    let Some(array) = item.as_array_mut() else {
        return Err(format!("`{key}` is not written as a list"));
    };
    // The last element's layout (`\n  ` in an array of a line per element), unless that is
    // the first written on the opening bracket's line, with nothing before it.
    if let Some(last) = array.iter().last() {
        let on_bracket = array.len() == 1
            && last
                .decor()
                .prefix()
                .and_then(|p| p.as_str())
                .is_none_or(str::is_empty);
        if !on_bracket {
            *value.decor_mut() = last.decor().clone();
        }
    }
    array.push_formatted(value);
    Ok(())
}

/// Writes `# review: note` on the line above `key` of `table`, below any comment already there
/// (above the last table, when `key` is written as `[[...]]` tables).
pub fn review(table: &mut Table, key: &str, note: &str) {
    let line = comment_line(&format!("review: {note}"));
    let add = |decor: &mut toml_edit::Decor| {
        let before = decor
            .prefix()
            .and_then(|p| p.as_str())
            .unwrap_or_default()
            .to_owned();
        decor.set_prefix(format!("{before}{line}"));
    };
    if let Some(Item::ArrayOfTables(tables)) = table.get_mut(key) {
        if let Some(last) = tables.iter_mut().last() {
            add(last.decor_mut());
        }
    } else if let Some(mut key) = table.key_mut(key) {
        add(key.leaf_decor_mut());
    }
}

/// Appends every array-of-tables entry of `entries` (TOML the drafter's writer wrote) to the
/// same array of `doc`, after its last entry: `[[actors]]` to `actors`, `[[briefing.sources]]`
/// to `briefing.sources`. An array `doc` lacks is made.
pub fn append(doc: &mut DocumentMut, entries: &str) -> Result<(), String> {
    let parsed: DocumentMut = entries
        .parse()
        .map_err(|_| "the drafted entries did not parse as TOML".to_owned())?;
    append_tables(doc.as_table_mut(), parsed.as_table())
}

/// Moves the arrays of tables of `from` (and of its tables) into `into`.
fn append_tables(into: &mut Table, from: &Table) -> Result<(), String> {
    for (key, item) in from.iter() {
        match item {
            Item::ArrayOfTables(tables) => {
                let target = into
                    .entry(key)
                    .or_insert_with(|| Item::ArrayOfTables(ArrayOfTables::new()));
                let Some(target) = target.as_array_of_tables_mut() else {
                    return Err(format!("`{key}` is not written as [[{key}]] tables"));
                };
                for table in tables.iter() {
                    let mut table = table.clone();
                    // Placed after the last entry of its array when written, not where the
                    // drafted text had it.
                    table.set_position(None);
                    // A blank line before each header, as the drafter writes them.
                    if table
                        .decor()
                        .prefix()
                        .and_then(|p| p.as_str())
                        .is_none_or(str::is_empty)
                    {
                        table.decor_mut().set_prefix("\n");
                    }
                    target.push(table);
                }
            }
            Item::Table(table) => {
                let Some(target) = into.get_mut(key).and_then(Item::as_table_mut) else {
                    return Err(format!("`[{key}]` is missing"));
                };
                append_tables(target, table)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// The `[[key]]` table at `ix` of `doc`.
pub fn entry<'d>(doc: &'d mut DocumentMut, key: &str, ix: usize) -> Result<&'d mut Table, String> {
    doc.get_mut(key)
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|tables| tables.get_mut(ix))
        .ok_or_else(|| layout_error(key))
}

/// Fails unless every kind of entry the briefing has is written as `[[kind]]` tables, one
/// per entry the loader read, so the loader's entries and the tables line up.
pub fn check_layout(doc: &DocumentMut, briefing: &Briefing) -> Result<(), String> {
    let counts = [
        ("actors", briefing.actors.len()),
        ("timeline", briefing.timeline.len()),
        ("quotes", briefing.quotes.len()),
        ("implications", briefing.implications.len()),
    ];
    for (key, count) in counts {
        let written = match doc.get(key) {
            None => 0,
            Some(item) => item
                .as_array_of_tables()
                .map(|tables| tables.len())
                .ok_or_else(|| layout_error(key))?,
        };
        if written != count {
            return Err(layout_error(key));
        }
    }
    let sources = doc
        .get("briefing")
        .and_then(Item::as_table)
        .and_then(|b| b.get("sources"));
    match sources {
        None if briefing.meta.sources.is_empty() => Ok(()),
        Some(item)
            if item.as_array_of_tables().map(|s| s.len()) == Some(briefing.meta.sources.len()) =>
        {
            Ok(())
        }
        _ => Err(layout_error("briefing.sources")),
    }
}

/// The message of a briefing whose entries of `key` are not written as `[[key]]` tables.
fn layout_error(key: &str) -> String {
    format!(
        "`brief draft --into` edits entries written as [[{key}]] tables; this briefing writes `{key}` another way (an inline array): write each entry as a [[{key}]] table first"
    )
}

/// The `[[briefing.sources]]` table at `ix`.
pub fn source_table(doc: &mut DocumentMut, ix: usize) -> Result<&mut Table, String> {
    doc.get_mut("briefing")
        .and_then(Item::as_table_mut)
        .and_then(|b| b.get_mut("sources"))
        .and_then(Item::as_array_of_tables_mut)
        .and_then(|s| s.get_mut(ix))
        .ok_or_else(|| layout_error("briefing.sources"))
}

/// `edited` with the line ends of `original`: toml_edit ends the lines it writes with `\n`,
/// and a file written with `\r\n` stays so.
pub fn line_ends_like(original: &str, edited: String) -> String {
    let crlf = original
        .split('\n')
        .next()
        .is_some_and(|l| l.ends_with('\r'));
    match crlf {
        true => edited.replace("\r\n", "\n").replace('\n', "\r\n"),
        false => edited,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_keep_the_text_around_them() {
        let mut doc: DocumentMut = "# top\n[a]\n# kept\nx = \"old\" # why\nlist = [\n  \"p\",\n]\n"
            .parse()
            .unwrap();
        let table = doc["a"].as_table_mut().unwrap();
        set(table, "x", string("new \u{1b}[31m").unwrap());
        review(table, "x", "changed\nbecause");
        push(table, "list", string("q").unwrap()).unwrap();
        push(table, "one", string("a").unwrap()).unwrap();
        push(table, "one", string("b").unwrap()).unwrap();
        assert!(push(table, "x", string("c").unwrap()).is_err());
        assert_eq!(
            doc.to_string(),
            "# top\n[a]\n# kept\n# review: changed␤because\nx = \"new \\u001B[31m\" # why\nlist = [\n  \"p\",\n  \"q\",\n]\none = [\"a\", \"b\"]\n"
        );
    }
}
