//! `brief check`: validate briefing files and report every error, for authors and CI; with a
//! source text, also verify every quote against it. What a draft still asks of its editor
//! (`TODO` values, `# review:` comments) is listed as warnings, errors under `--strict`.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::attribution::{self, StandIn};
use crate::briefing::load::{load_str, read_briefing, text_of};
use crate::briefing::{Briefing, LoadError, files};
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
                Ok((briefing, left)) => {
                    let (verified, warned) = check_quotes(&path, &briefing, source, roots, out)?;
                    let left = unfinished(&path, &left, out)? + warned;
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

/// The briefing file at `path` loaded, with what its text still asks of an editor (read
/// once, so the warnings come from the very text checked).
fn read(path: &Path) -> Result<(Briefing, Vec<(usize, String)>), LoadError> {
    let bytes = read_briefing(path)?;
    let name = path.display().to_string();
    let text = text_of(&name, &bytes)?;
    let briefing = load_str(&name, text)?;
    Ok((briefing, to_do(text)))
}

/// Writes the `ok` line of a loaded briefing, or its misquotes, and what it asks of the
/// editor about its sources; true when it passed, with the number of warnings. A briefing of
/// several sources has each quote checked against its own source's text; `source` is read in
/// place of one source's text (see [`StandIn::of`]).
fn check_quotes(
    path: &Path,
    briefing: &Briefing,
    source: Option<&Path>,
    roots: &SourceRoots,
    out: &mut impl Write,
) -> std::io::Result<(bool, usize)> {
    let name = files::shown(path);
    let stand_in = match source.map(|given| StandIn::of(briefing, given)).transpose() {
        Ok(stand_in) => stand_in,
        Err(message) => {
            writeln!(out, "{name}: {message}")?;
            return Ok((false, 0));
        }
    };
    if briefing.has_several_sources() {
        let checked = attribution::check(briefing, path, roots, stand_in.as_ref());
        if checked.errors == 0 {
            writeln!(
                out,
                "ok  {name}  {}; {}",
                briefing.counts(),
                checked.verified
            )?;
        } else {
            writeln!(
                out,
                "{name}: {} in checking quotes against their own sources",
                counted(checked.errors, "error")
            )?;
        }
        out.write_all(checked.report.as_bytes())?;
        return Ok((checked.errors == 0, checked.warnings));
    }
    let source = stand_in.as_ref().map(|s| s.file.as_path());
    let Some(source_path) = provenance::source_path(briefing, Some(path), source, roots) else {
        writeln!(out, "ok  {name}  {}", briefing.counts())?;
        return Ok((true, 0));
    };
    let provenance = match source_path.and_then(|file| provenance::load(briefing, &file, true)) {
        Ok(provenance) => provenance,
        Err(message) => {
            writeln!(out, "{name}: {message}")?;
            return Ok((false, 0));
        }
    };
    let (report, errors) = verify::report(briefing, &provenance.source, &provenance.findings);
    let source_name = files::shown(&provenance.path);
    if errors == 0 {
        writeln!(
            out,
            "ok  {name}  {}; every quote verbatim in {source_name}",
            briefing.counts()
        )?;
    } else {
        writeln!(
            out,
            "{name}: {errors} of {} not verbatim in {source_name}",
            counted(briefing.quotes.len(), "quote")
        )?;
    }
    out.write_all(report.as_bytes())?;
    Ok((errors == 0, 0))
}

/// Writes a warning for each `TODO` value and `# review:` comment (`left`, from [`to_do`]) of
/// the file at `path`; returns how many.
fn unfinished(
    path: &Path,
    left: &[(usize, String)],
    out: &mut impl Write,
) -> std::io::Result<usize> {
    let name = files::shown(path);
    for (line, what) in left {
        writeln!(out, "warning  {name}:{line}: {what}")?;
    }
    Ok(left.len())
}

/// The lines (1-based) of a briefing's text that still ask for an editor, with what they ask:
/// a value that starts with `TODO`, or a `# review:` comment. Lines inside a multi-line string
/// are text, not comments: a line with an odd number of `"""` (or of `'''`) opens or closes
/// one. Lines are split as `str::lines` splits them. Only the lines holding a triple quote,
/// `TODO` or `review:` matter, so those are found by vector searches over the whole text and
/// the lines between them only counted.
pub fn to_do(text: &str) -> Vec<(usize, String)> {
    let bytes = text.as_bytes();
    let find = |word: &'static [u8]| memchr::memmem::find_iter(bytes, word).peekable();
    let mut triples = [find(b"\"\"\""), find(b"'''")];
    let mut words = [find(b"TODO"), find(b"review:")];
    let mut found = Vec::new();
    let mut in_text = false;
    // The line number of the line starting at `counted`.
    let (mut line, mut counted) = (1, 0);
    while let Some(next) = triples
        .iter_mut()
        .chain(&mut words)
        .filter_map(|each| each.peek().copied())
        .min()
    {
        let start = memchr::memrchr(b'\n', &bytes[..next]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[next..]).map(|i| next + i);
        let stop = end.unwrap_or(bytes.len());
        line += memchr::memchr_iter(b'\n', &bytes[counted..start]).count();
        counted = start;
        // Both words are counted (not `any`), so that neither is left behind on this line.
        let asking = words
            .iter_mut()
            .map(|each| before(each, stop))
            .sum::<usize>()
            > 0;
        if asking && !in_text {
            let mut text_of_line = &text[start..stop];
            if end.is_some() {
                text_of_line = text_of_line.strip_suffix('\r').unwrap_or(text_of_line);
            }
            if let Some(what) = asks(text_of_line) {
                found.push((line, what));
            }
        }
        let odd = triples
            .iter_mut()
            .map(|each| before(each, stop) % 2)
            .sum::<usize>()
            > 0;
        if odd {
            in_text = !in_text;
        }
    }
    found
}

/// How many of the offsets `found` holds come before `stop`, taking them.
fn before(found: &mut std::iter::Peekable<impl Iterator<Item = usize>>, stop: usize) -> usize {
    let mut count = 0;
    while found.next_if(|&at| at < stop).is_some() {
        count += 1;
    }
    count
}

/// What a line outside a multi-line string asks of an editor, if anything.
fn asks(line: &str) -> Option<String> {
    let trimmed = line.trim_start();
    if let Some(note) = trimmed
        .strip_prefix('#')
        .and_then(|comment| comment.trim_start().strip_prefix("review:"))
    {
        return Some(format!(
            "to review:{}",
            SafeText::excerpt(note, REVIEW_CHARS)
        ));
    }
    // The `=` of a key is near the line's start: a plain scan beats a vector search's setup.
    let equals = trimmed.bytes().position(|b| b == b'=')?;
    let (key, value) = (&trimmed[..equals], &trimmed[equals + 1..]);
    value
        .trim_start()
        .trim_start_matches(['"', '\''])
        .starts_with("TODO")
        .then(|| {
            format!(
                "{} is still TODO",
                SafeText::excerpt(key.trim(), REVIEW_CHARS)
            )
        })
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
