//! Writing TOML that is inert on a terminal: every string a basic string with escapes for
//! quotes, backslashes, control, bidi and invisible characters; every comment one sanitised
//! line.

use std::fmt::Write as _;

use crate::text::{SafeText, toml_basic_string as basic_string};

/// Most characters of article text echoed in one comment.
const COMMENT_CHARS: usize = 160;

/// `# text` and a line break: `text` sanitised and cut to one line, so a comment from an
/// article's words stays inert on a terminal.
pub fn comment_line(text: &str) -> String {
    format!("# {}\n", SafeText::excerpt(text, COMMENT_CHARS))
}

/// A TOML document being written.
#[derive(Debug, Default)]
pub struct TomlOut {
    /// The text so far.
    out: String,
}

impl TomlOut {
    /// Starts a table or array-of-tables header (`[briefing]`, `[[quotes]]`) after a blank line.
    pub fn header(&mut self, header: &str) {
        if !self.out.is_empty() {
            self.out.push('\n');
        }
        self.out.push_str(header);
        self.out.push('\n');
    }

    /// A `# ...` comment line; `text` is sanitised and cut.
    pub fn comment(&mut self, text: &str) {
        self.out.push_str(&comment_line(text));
    }

    /// `key = <integer>`.
    pub fn integer(&mut self, key: &str, value: i64) {
        let _ = writeln!(self.out, "{key} = {value}");
    }

    /// `key = true` or `key = false`.
    pub fn boolean(&mut self, key: &str, value: bool) {
        let _ = writeln!(self.out, "{key} = {value}");
    }

    /// `key = "value"`.
    pub fn string(&mut self, key: &str, value: &str) {
        let _ = writeln!(self.out, "{key} = {}", basic_string(value));
    }

    /// `key = "value"` when there is a value.
    pub fn optional(&mut self, key: &str, value: Option<&str>) {
        if let Some(value) = value {
            self.string(key, value);
        }
    }

    /// `key = ["a", "b"]` when the list is not empty.
    pub fn list<S: AsRef<str>>(&mut self, key: &str, values: &[S]) {
        if values.is_empty() {
            return;
        }
        let items: Vec<String> = values.iter().map(|v| basic_string(v.as_ref())).collect();
        let _ = writeln!(self.out, "{key} = [{}]", items.join(", "));
    }

    /// The document.
    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comments_are_one_safe_line() {
        let mut out = TomlOut::default();
        out.comment("two\nlines \u{1b}]0;x\u{7}");
        assert_eq!(out.finish(), "# two␤lines ␛\n");
    }
}
