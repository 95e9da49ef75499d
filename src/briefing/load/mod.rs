//! Bytes to a validated [`Briefing`]: every error of a file collected, each located and safe
//! to print.
//!
//! A file is read (`read`), then built as it is parsed, section by section, when it is in the
//! format's own layout (`stream`), else parsed whole first; either way each section is read
//! into one [`Builder`] (`builder`) by its own module (`sources`, `actors`, `timeline`,
//! `quotes`, `implications`), sharing how values are read (`fields`) and how ids are kept
//! and resolved (`ids`).

mod actors;
mod builder;
mod fields;
mod ids;
mod implications;
mod quotes;
mod read;
mod sources;
mod stream;
mod timeline;

use std::fmt;
use std::path::Path;

use crate::briefing::model::Briefing;
use crate::diag::{self, Diagnostic};
use crate::text::SafeText;
use crate::toml_read::{self, Map, Need, Table};

use builder::Builder;
use read::too_big;
pub use read::{ReadError, read_at_most, read_briefing, read_capped};
pub use sources::web_link;
use stream::stream;

/// Largest briefing file read, in bytes; larger files are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Most errors printed for one file; the rest are counted.
const MAX_ERRORS_SHOWN: usize = 50;

/// The only format version this build reads.
pub const FORMAT_VERSION: i64 = 1;

/// Why a briefing could not be loaded: a message ready to print (already sanitized).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// Every problem found, each located, joined by newlines.
    pub message: String,
    /// How many problems were found.
    pub count: usize,
}

impl LoadError {
    fn one(name: &str, message: impl fmt::Display) -> LoadError {
        LoadError {
            message: format!("{}: {message}", SafeText::excerpt(name, 200)),
            count: 1,
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message.trim_end())
    }
}

impl std::error::Error for LoadError {}

impl From<LoadError> for String {
    /// The message, as [`fmt::Display`] shows it.
    fn from(error: LoadError) -> String {
        error.to_string()
    }
}

/// Loads a briefing file, refusing directories, special files, files over [`MAX_FILE_BYTES`]
/// and links to files outside the folder that holds them (see [`read_briefing`]).
pub fn load_path(path: &Path) -> Result<Briefing, LoadError> {
    let bytes = read_briefing(path)?;
    load_bytes(&path.display().to_string(), &bytes)
}

/// Loads a briefing from its bytes; `name` is how the file is named in messages.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Briefing, LoadError> {
    load_str(name, text_of(name, bytes)?)
}

/// The TOML text of a briefing file's bytes: at most [`MAX_FILE_BYTES`], UTF-8, without NUL
/// bytes or a byte order mark, not blank.
pub fn text_of<'b>(name: &str, bytes: &'b [u8]) -> Result<&'b str, LoadError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::one(name, too_big(bytes.len() as u64)));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let offset = error.valid_up_to();
            // The bytes before the bad one are valid, so they give the line and column.
            let before = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            return Err(LoadError::one(
                &format!("{name}:{line}:{column}"),
                format!(
                    "not UTF-8 text (invalid byte 0x{:02X}, byte offset {offset}); save the file as UTF-8",
                    bytes[offset]
                ),
            ));
        }
    };
    if memchr::memchr(0, text.as_bytes()).is_some() {
        return Err(LoadError::one(
            name,
            "holds NUL bytes: this is a binary file, not a briefing",
        ));
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(LoadError::one(
            name,
            "file is empty; a briefing starts with `format = 1`",
        ));
    }
    Ok(text)
}

/// Loads a briefing from TOML text. A file in the layout the format is written in is built as
/// it is parsed, section by section; any other (or any file with a problem) is parsed whole
/// first, and that reading alone says what is wrong.
pub fn load_str(name: &str, text: &str) -> Result<Briefing, LoadError> {
    if let Some(briefing) = stream(text) {
        return Ok(briefing);
    }
    let result = toml_read::parse(text).and_then(|doc| build(&doc, text));
    result.map_err(|diagnostics| {
        let shown = &diagnostics[..diagnostics.len().min(MAX_ERRORS_SHOWN)];
        let mut message = diag::render(name, text, shown);
        if diagnostics.len() > shown.len() {
            message.push_str(&format!(
                "… and {} more errors\n",
                diagnostics.len() - shown.len()
            ));
        }
        LoadError {
            message,
            count: diagnostics.len(),
        }
    })
}

const ROOT_KEYS: &[&str] = &[
    "format",
    "briefing",
    "actors",
    "timeline",
    "quotes",
    "implications",
];

/// Turns a document parsed whole into a briefing, or every problem found in it.
fn build(doc: &Map<'_>, text: &str) -> Result<Briefing, Vec<Diagnostic>> {
    let mut builder = Builder::new(text);
    let root = Table::new(doc, 0..0, "the file", ROOT_KEYS, &mut builder.errors);
    if !builder.format(&root) {
        return Err(builder.errors);
    }
    if let Some((table, span)) = root.table("briefing", Need::Required, &mut builder.errors) {
        builder.meta(table, span);
    }
    // Actors are all read before the lists that refer to them (TOML groups each array of
    // tables), so references resolve as they are read; implications come after quotes.
    for (table, span) in root.tables("actors", &mut builder.errors) {
        builder.actor(table, span);
    }
    for (table, span) in root.tables("timeline", &mut builder.errors) {
        builder.event(table, span);
    }
    for (table, span) in root.tables("quotes", &mut builder.errors) {
        builder.quote(table, span);
    }
    for (table, span) in root.tables("implications", &mut builder.errors) {
        builder.implication(table, span);
    }
    builder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The briefing as the whole parse builds it, or its problems.
    fn parsed_whole(text: &str) -> Result<Briefing, Vec<Diagnostic>> {
        toml_read::parse(text).and_then(|doc| build(&doc, text))
    }

    /// Briefings written in the format's own layout.
    fn laid_out() -> Vec<(String, String)> {
        let mut files: Vec<(String, String)> = [
            "tests/fixtures/valid",
            "tests/fixtures/hostile",
            "tests/fixtures/grades",
            "tests/fixtures/library",
            "tests/articles/living",
            "briefings",
        ]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).unwrap();
            (path.display().to_string(), text)
        })
        .collect();
        files.push((
            "synthetic".into(),
            crate::synthetic::briefing(crate::synthetic::Size { quotes: 300 }),
        ));
        files.push(("library".into(), crate::synthetic::library_briefing(7)));
        files
    }

    #[test]
    fn a_file_in_the_formats_layout_is_built_as_it_is_parsed_into_the_same_briefing() {
        for (name, text) in laid_out() {
            let Ok(whole) = parsed_whole(text_of(&name, text.as_bytes()).unwrap()) else {
                continue;
            };
            let text = text_of(&name, text.as_bytes()).unwrap();
            let streamed = stream(text).unwrap_or_else(|| panic!("{name} not streamed"));
            assert_eq!(format!("{streamed:?}"), format!("{whole:?}"), "{name}");
        }
    }

    /// Pieces that make a file's layout or content unusual, inserted by the property below.
    const PIECES: &[&str] = &[
        "a.b = 1\n",
        "[briefing]\n",
        "[[briefing.sources]]\ntitle = \"x\"\n",
        "[[actors]]\nid = \"zed\"\nname = \"Zed\"\nkind = \"person\"\n",
        "x = {a = 1}\n",
        "id = \"dup\"\n",
        "id = \"h\\u0061yashi\"\n",
        "credibility = 2\n",
        "credibility = 2.0\n",
        "format = 1\n",
        "sources = []\n",
        "\"quoted\" = 1\n",
        "[\"quotes\"]\n",
        "[[ \"quotes\" ]]\n",
        "[[quotes]]\n",
        "tags = [\"a\", [\"b\"]]\n",
        "draft = true\n",
        "date = 2024-01-01\n",
        "text = \"\\u0041\"\n",
        "text = '''x'''\n",
        "about = [\n\"japan\",\n]\n",
        "# review: x\n",
        "\r\n",
        "\t",
        "\\",
        "\"",
        "'",
        "[",
        "]",
        "=",
        ",",
        "{",
        "}",
        "\n",
        "\u{1}",
        "\u{7f}",
        "é",
        "[briefing.sources]\n",
        "[[briefing]]\n",
        "quotes = 1\n",
        "speaker = \"japan\"\n",
        "\"\"\"",
        "0x10",
        "1_000",
        "[[briefing.sources]]\nid = \"wire\"\ntitle = \"w\"\n",
        "source = \"wire\"\n",
        "sources = [\"wire\"]\n",
        "id = \"ev\"\ncorroborated_by = [\"ev\"]\n",
        "history = [{ status = \"confirmed\", source = \"wire\" }]\n",
        "date = 2024-02-29\n",
        "date = 2023-02-29\n",
        "until = 2024-10-18T09:30:00\n",
        "published = 2024-10-18\n",
        "sources = [{ title = \"x\" }]\n",
        "history = [{ status = \"reported\", date = 2024-10-18 }, { status = \"confirmed\" }]\n",
        "x = [{ a = [1] }]\n",
        "x = [{ a = { b = 1 } }]\n",
        "x = [{ a.b = 1 }]\n",
        "x = [{ a = 1, a = 2 }]\n",
        "basis = \"why\"\n",
    ];

    /// `text` changed at `at` (a fraction of its length) by the edit `op` with `piece`.
    fn edited(text: &str, op: u8, at: f64, len: usize, piece: &str) -> String {
        let floor = |i: usize| crate::text::floor_char_boundary(text, i);
        let i = floor((text.len() as f64 * at) as usize);
        let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
        let line_end = text[i..].find('\n').map_or(text.len(), |n| i + n + 1);
        let mut out = text.to_owned();
        match op % 5 {
            0 => out.insert_str(i, piece),
            1 => out.insert_str(line_start, piece),
            2 => out.replace_range(i..floor(i + len), ""),
            3 => out.insert_str(line_start, &text[line_start..line_end]),
            _ => out.replace_range(line_start..line_end, piece),
        }
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn what_the_sections_reader_accepts_the_whole_parse_builds_alike(
            file in 0usize..100,
            edits in proptest::collection::vec((any::<u8>(), 0.0..1.0f64, 0usize..40, 0usize..PIECES.len()), 1..4),
        ) {
            let files = laid_out();
            let (_, text) = &files[file % files.len()];
            let mut text = text.clone();
            for (op, at, len, piece) in edits {
                text = edited(&text, op, at, len, PIECES[piece]);
            }
            if let Some(streamed) = stream(&text) {
                let whole = parsed_whole(&text);
                prop_assert!(whole.is_ok(), "streamed but not whole: {text}");
                prop_assert_eq!(format!("{streamed:?}"), format!("{:?}", whole.unwrap()));
            }
        }
    }
}
