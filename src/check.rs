//! `brief check`: validate briefing files and report every error, for authors and CI.

use std::io::Write;
use std::path::PathBuf;

use crate::briefing::{files, load_path};

/// What a check run found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Files that loaded.
    pub passed: usize,
    /// Files (or folders) that failed.
    pub failed: usize,
}

/// Checks every file under `paths`, writing one `ok` line per good file and the errors of
/// each bad one to `out`.
pub fn run(paths: &[PathBuf], out: &mut impl Write) -> std::io::Result<Outcome> {
    let mut outcome = Outcome::default();
    for entry in files::expand(paths) {
        match entry.map(|path| (load_path(&path), path)) {
            Ok((Ok(briefing), path)) => {
                outcome.passed += 1;
                writeln!(out, "ok  {}  {}", files::shown(&path), briefing.counts())?;
            }
            Ok((Err(error), _)) => {
                outcome.failed += 1;
                writeln!(out, "{error}")?;
            }
            Err(message) => {
                outcome.failed += 1;
                writeln!(out, "{message}")?;
            }
        }
    }
    Ok(outcome)
}
