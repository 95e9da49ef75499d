//! `brief check`: validate briefing files and report every error, for authors and CI; with a
//! source text, also verify every quote against it. What a draft still asks of its editor
//! (`TODO` values, `# review:` comments) is listed as warnings, errors under `--strict`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::briefing::load::read_briefing;
use crate::briefing::{Briefing, LoadError, files, load_bytes};
use crate::provenance::{self, SourceRoots};
use crate::text::{SafeText, counted};
use crate::verify;

/// Most characters of a `# review:` comment repeated in a warning.
const REVIEW_CHARS: usize = 120;

/// What a check run found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Files that loaded (and whose quotes verified, when a source was known).
    pub passed: usize,
    /// Files (or folders) that failed.
    pub failed: usize,
    /// `TODO` values and `# review:` comments left in the files.
    pub warnings: usize,
}

/// Checks every file under `paths`, writing one `ok` line per good file and the errors of
/// each bad one to `out`. Quotes are verified against `source` when given, else against a
/// briefing's own `[[briefing.sources]] file` (which must be inside the briefing's folder or
/// one of `roots`). A file's `TODO` values and `# review:` comments are listed as warnings;
/// with `strict`, a file with any fails.
pub fn run(
    paths: &[PathBuf],
    source: Option<&Path>,
    roots: &SourceRoots,
    strict: bool,
    out: &mut impl Write,
) -> std::io::Result<Outcome> {
    let mut outcome = Outcome::default();
    for entry in files::expand(paths) {
        let passed = match entry {
            Ok(path) => match read(&path) {
                Ok((briefing, bytes)) => {
                    let verified = check_quotes(&path, &briefing, source, roots, out)?;
                    let left = unfinished(&path, &bytes, out)?;
                    outcome.warnings += left;
                    if strict && left > 0 {
                        writeln!(
                            out,
                            "{}: not finished: {} still to write or review (--strict)",
                            files::shown(&path),
                            match left {
                                1 => "1 entry".to_owned(),
                                n => format!("{n} entries"),
                            }
                        )?;
                    }
                    verified && !(strict && left > 0)
                }
                Err(error) => {
                    writeln!(out, "{error}")?;
                    false
                }
            },
            Err(message) => {
                writeln!(out, "{message}")?;
                false
            }
        };
        if passed {
            outcome.passed += 1;
        } else {
            outcome.failed += 1;
        }
    }
    Ok(outcome)
}

/// The briefing file at `path` loaded, with its bytes (read once, so the warnings come from
/// the very text checked).
fn read(path: &Path) -> Result<(Briefing, Vec<u8>), LoadError> {
    let bytes = read_briefing(path)?;
    let briefing = load_bytes(&path.display().to_string(), &bytes)?;
    Ok((briefing, bytes))
}

/// `16 actors, 1 quote, 12 events, 5 implications`: what a briefing holds, each count with its
/// noun in the singular or the plural.
fn counts(b: &Briefing) -> String {
    [
        (b.actors.len(), "actor"),
        (b.quotes.len(), "quote"),
        (b.timeline.len(), "event"),
        (b.implications.len(), "implication"),
    ]
    .map(|(n, noun)| counted(n, noun))
    .join(", ")
}

/// Writes the `ok` line of a loaded briefing, or its misquotes; true when it passed.
fn check_quotes(
    path: &Path,
    briefing: &Briefing,
    source: Option<&Path>,
    roots: &SourceRoots,
    out: &mut impl Write,
) -> std::io::Result<bool> {
    let name = files::shown(path);
    let Some(source_path) = provenance::source_path(briefing, Some(path), source, roots) else {
        writeln!(out, "ok  {name}  {}", counts(briefing))?;
        return Ok(true);
    };
    let provenance = match source_path.and_then(|file| provenance::load(briefing, &file, true)) {
        Ok(provenance) => provenance,
        Err(message) => {
            writeln!(out, "{name}: {message}")?;
            return Ok(false);
        }
    };
    let (report, errors) = verify::report(briefing, &provenance.source, &provenance.findings);
    let source_name = files::shown(&provenance.path);
    if errors == 0 {
        writeln!(
            out,
            "ok  {name}  {}; every quote verbatim in {source_name}",
            counts(briefing)
        )?;
    } else {
        writeln!(
            out,
            "{name}: {errors} of {} not verbatim in {source_name}",
            counted(briefing.quotes.len(), "quote")
        )?;
    }
    out.write_all(report.as_bytes())?;
    Ok(errors == 0)
}

/// Writes a warning for each `TODO` value and `# review:` comment of the file at `path`,
/// whose text is `bytes`; returns how many.
fn unfinished(path: &Path, bytes: &[u8], out: &mut impl Write) -> std::io::Result<usize> {
    let name = files::shown(path);
    let left = to_do(&String::from_utf8_lossy(bytes));
    for (line, what) in &left {
        writeln!(out, "warning  {name}:{line}: {what}")?;
    }
    Ok(left.len())
}

/// The lines (1-based) of a briefing's text that still ask for an editor, with what they ask:
/// a value that starts with `TODO`, or a `# review:` comment. Lines inside a multi-line string
/// are text, not comments.
pub fn to_do(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    let mut in_text = false;
    for (i, line) in text.lines().enumerate() {
        let trimmed = line.trim_start();
        if !in_text {
            if let Some(note) = trimmed
                .strip_prefix('#')
                .map(str::trim_start)
                .and_then(|c| c.strip_prefix("review:"))
            {
                found.push((
                    i + 1,
                    format!("to review:{}", SafeText::excerpt(note, REVIEW_CHARS)),
                ));
            } else if let Some((key, value)) = trimmed.split_once('=')
                && value
                    .trim_start()
                    .trim_start_matches(['"', '\''])
                    .starts_with("TODO")
            {
                found.push((
                    i + 1,
                    format!(
                        "{} is still TODO",
                        SafeText::excerpt(key.trim(), REVIEW_CHARS)
                    ),
                ));
            }
        }
        if line.matches("\"\"\"").count() % 2 == 1 || line.matches("'''").count() % 2 == 1 {
            in_text = !in_text;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn todo_values_and_review_comments_are_found_outside_text() {
        let toml = "# review: kind guessed\nid = \"a\"\nsummary = \"TODO: write\"\n\
            detail = \"\"\"\n# review: not a comment\nTODO here is text\n\"\"\"\n\
            title = \"Todo list\"\n";
        assert_eq!(
            to_do(toml),
            [
                (1, "to review: kind guessed".to_owned()),
                (3, "summary is still TODO".to_owned())
            ]
        );
    }
}
