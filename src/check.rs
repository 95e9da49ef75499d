//! `brief check`: validate briefing files and report every error, for authors and CI; with a
//! source text, also verify every quote against it.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::briefing::{Briefing, files, load_path};
use crate::provenance::{self, SourceRoots};
use crate::verify;

/// What a check run found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Files that loaded (and whose quotes verified, when a source was known).
    pub passed: usize,
    /// Files (or folders) that failed.
    pub failed: usize,
}

/// Checks every file under `paths`, writing one `ok` line per good file and the errors of
/// each bad one to `out`. Quotes are verified against `source` when given, else against a
/// briefing's own `[[briefing.sources]] file` (which must be inside the briefing's folder or
/// one of `roots`).
pub fn run(
    paths: &[PathBuf],
    source: Option<&Path>,
    roots: &SourceRoots,
    out: &mut impl Write,
) -> std::io::Result<Outcome> {
    let mut outcome = Outcome::default();
    for entry in files::expand(paths) {
        let passed = match entry {
            Ok(path) => match load_path(&path) {
                Ok(briefing) => check_quotes(&path, &briefing, source, roots, out)?,
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
        writeln!(out, "ok  {name}  {}", briefing.counts())?;
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
            briefing.counts()
        )?;
    } else {
        writeln!(
            out,
            "{name}: {errors} of {} quotes not verbatim in {source_name}",
            briefing.quotes.len()
        )?;
    }
    out.write_all(report.as_bytes())?;
    Ok(errors == 0)
}
