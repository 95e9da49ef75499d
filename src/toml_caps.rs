//! Counting a TOML document's values before it is parsed, so that a file of millions of tiny
//! items is refused at its place instead of being built into gigabytes of tables.

use std::collections::HashMap;
use std::ops::Range;

use crate::diag::Diagnostic;

/// Most items one array (inline, or an array of tables such as `[[quotes]]`) may hold.
pub const MAX_ARRAY_ITEMS: usize = 250_000;

/// Most values (keys, array items and tables) one file may hold: the 100,000-quote benchmark
/// briefing has about a million.
pub const MAX_VALUES: usize = 2_000_000;

/// Refuses `text` when an array holds more than [`MAX_ARRAY_ITEMS`] items or the file more
/// than [`MAX_VALUES`] values, at the item past the cap. Files small enough that no count can
/// reach a cap (the common case) are passed after one byte count, without a scan.
pub fn check(text: &str) -> Result<(), Diagnostic> {
    let bytes = text.as_bytes();
    let bound = bytes
        .iter()
        .filter(|&&b| b == b',' || b == b'=' || b == b'[')
        .count();
    if bound <= MAX_ARRAY_ITEMS {
        return Ok(());
    }
    Counter::default().scan(bytes)
}

/// What a `[` opened, in a value.
enum Open {
    /// An inline array, with its items counted so far.
    Array(usize),
    /// An inline table.
    Table,
}

#[derive(Default)]
struct Counter<'t> {
    open: Vec<Open>,
    values: usize,
    tables: HashMap<&'t [u8], usize>,
}

impl<'t> Counter<'t> {
    fn scan(mut self, bytes: &'t [u8]) -> Result<(), Diagnostic> {
        let mut i = 0;
        let mut line_start = true;
        while i < bytes.len() {
            let b = bytes[i];
            match b {
                b'\n' => line_start = true,
                b' ' | b'\t' | b'\r' => {}
                b'#' => i = find(bytes, i, b'\n').saturating_sub(1),
                b'"' | b'\'' => i = string_end(bytes, i).saturating_sub(1),
                b'[' if line_start && self.open.is_empty() => {
                    i = self.header(bytes, i)?.saturating_sub(1);
                }
                b'[' => {
                    self.value(i)?;
                    self.open.push(Open::Array(0));
                }
                b'{' => self.open.push(Open::Table),
                b']' | b'}' => {
                    self.open.pop();
                }
                b',' => {
                    if let Some(Open::Array(items)) = self.open.last_mut() {
                        *items += 1;
                        if *items >= MAX_ARRAY_ITEMS {
                            return Err(too_many(i..i + 1, "items in one array", MAX_ARRAY_ITEMS));
                        }
                    }
                    self.value(i)?;
                }
                b'=' => self.value(i)?,
                _ => {}
            }
            if !matches!(b, b' ' | b'\t' | b'\r' | b'\n') {
                line_start = false;
            }
            i += 1;
        }
        Ok(())
    }

    /// A table header at `at`: `[[name]]` counts an item of that array of tables. Returns
    /// the offset after the header.
    fn header(&mut self, bytes: &'t [u8], at: usize) -> Result<usize, Diagnostic> {
        let end = find(bytes, at, b'\n');
        let line = &bytes[at..end];
        if line.starts_with(b"[[") {
            let name_end = line.iter().position(|&b| b == b']').unwrap_or(line.len());
            let name: &[u8] = line[2..name_end].trim_ascii();
            let items = self.tables.entry(name).or_default();
            *items += 1;
            if *items > MAX_ARRAY_ITEMS {
                return Err(too_many(
                    at..at + name_end + 2,
                    "tables in one array of tables",
                    MAX_ARRAY_ITEMS,
                ));
            }
        }
        self.value(at)?;
        Ok(at + line.iter().position(|&b| b == b'#').unwrap_or(line.len()))
    }

    fn value(&mut self, at: usize) -> Result<(), Diagnostic> {
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(too_many(at..at + 1, "values in one file", MAX_VALUES));
        }
        Ok(())
    }
}

fn too_many(span: Range<usize>, what: &str, cap: usize) -> Diagnostic {
    Diagnostic::at(
        span,
        format!("more than {cap} {what}: the limit keeps memory bounded; split the briefing"),
    )
}

/// The offset of the first `byte` at or after `from`, or the end.
fn find(bytes: &[u8], from: usize, byte: u8) -> usize {
    memchr::memchr(byte, &bytes[from..]).map_or(bytes.len(), |p| from + p)
}

/// The offset just after the string starting at `at` (basic, literal, or multi-line), or the
/// end of its line (or file) when it is not closed: the parser reports that one.
fn string_end(bytes: &[u8], at: usize) -> usize {
    let quote = bytes[at];
    let multi = bytes[at..].starts_with(&[quote; 3]);
    let mut i = at + if multi { 3 } else { 1 };
    while i < bytes.len() {
        // Jump to the next byte that can end the string or escape a quote.
        match memchr::memchr3(quote, b'\\', b'\n', &bytes[i..]) {
            Some(skip) => i += skip,
            None => return bytes.len(),
        }
        match bytes[i] {
            b'\\' if quote == b'"' => i += 1,
            b'\n' if !multi => return i,
            b if b == quote && (!multi || bytes[i..].starts_with(&[quote; 3])) => {
                // A closing `"""` may be followed by up to two more quotes of the string.
                let mut end = i + if multi { 3 } else { 1 };
                while multi && end < bytes.len() && bytes[end] == quote && end < i + 5 {
                    end += 1;
                }
                return end;
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_inline_array_is_refused_at_the_item_past_the_cap() {
        let text = format!(
            "format = 1\nx = [{}]\n",
            "\"a\",".repeat(MAX_ARRAY_ITEMS + 10)
        );
        let error = check(&text).unwrap_err();
        let span = error.span.unwrap();
        assert_eq!(&text[span.clone()], ",");
        assert_eq!(text[..span.start].matches(',').count(), MAX_ARRAY_ITEMS - 1);
        assert!(error.message.contains("items in one array"));
    }

    #[test]
    fn commas_and_brackets_inside_strings_and_comments_do_not_count() {
        let noise = "[,=[,".repeat(MAX_ARRAY_ITEMS / 4);
        let text = format!(
            "a = \"{noise}\"\nb = '{noise}'\nc = \"\"\"\n{noise}\n\"\"\"\nd = '''{noise}'''\n# {noise}\ne = [1, 2]\n"
        );
        assert!(check(&text).is_ok());
    }

    #[test]
    fn too_many_tables_in_one_array_of_tables_are_refused() {
        let text = "[[quotes]]\nid = \"q\"\n".repeat(MAX_ARRAY_ITEMS + 1);
        let error = check(&text).unwrap_err();
        assert!(error.message.contains("tables in one array of tables"));
        assert!(text[error.span.unwrap()].starts_with("[[quotes]]"));
    }

    #[test]
    fn a_file_under_the_caps_passes() {
        let text = "[[quotes]]\nid = \"q\"\nabout = [\"a\", \"b\"]\n".repeat(100_000);
        assert!(check(&text).is_ok());
    }
}
