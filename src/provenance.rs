//! The source text behind a briefing, when one is known: where each quote stands in it, for
//! `brief check` and for the reader's detail view.

use std::path::{Path, PathBuf};

use crate::briefing::Briefing;
use crate::briefing::files::shown;
use crate::briefing::load::read_capped;
use crate::diag::LineStarts;
use crate::verify::{Finding, locate, verify};

/// A briefing's source text and the place of each of its quotes in it.
#[derive(Clone, Debug)]
pub struct Provenance {
    /// Where the source text was read from.
    pub path: PathBuf,
    /// The source text as read (untrusted: sanitize before showing any of it).
    pub source: String,
    /// One finding per quote, in the briefing's order.
    pub findings: Vec<Finding>,
    /// Line starts of the source, for line numbers without rescanning it.
    lines: LineStarts,
}

/// The source file of a briefing: `explicit` when given, else the first source's `file`,
/// relative to the folder of the briefing file at `briefing_path`.
pub fn source_path(
    briefing: &Briefing,
    briefing_path: Option<&Path>,
    explicit: Option<&Path>,
) -> Option<PathBuf> {
    if let Some(path) = explicit {
        return Some(path.to_path_buf());
    }
    let file = briefing.meta.sources.iter().find_map(|s| s.file.as_ref())?;
    let folder = briefing_path
        .and_then(Path::parent)
        .unwrap_or(Path::new("."));
    Some(folder.join(file.as_str()))
}

/// Reads the source text at `path` and finds every quote of `briefing` in it; with
/// `closest`, also the passage closest to each misquote. Errors are messages ready to print.
pub fn load(briefing: &Briefing, path: &Path, closest: bool) -> Result<Provenance, String> {
    let bytes = read_capped(path).map_err(|e| format!("source text {}: {e}", shown(path)))?;
    let source = String::from_utf8(bytes).map_err(|e| {
        format!(
            "source text {}: not UTF-8 (at byte {})",
            shown(path),
            e.utf8_error().valid_up_to()
        )
    })?;
    let findings = if closest {
        verify(briefing, &source)
    } else {
        locate(briefing, &source)
    };
    let lines = LineStarts::new(&source);
    Ok(Provenance {
        path: path.to_path_buf(),
        source,
        findings,
        lines,
    })
}

/// The provenance of a briefing loaded from `briefing_path` (None for a bundled one), when
/// it names a source file: Ok, or why the source could not be used.
pub fn of(briefing: &Briefing, briefing_path: Option<&Path>) -> Option<Result<Provenance, String>> {
    briefing_path?;
    let path = source_path(briefing, briefing_path, None)?;
    Some(load(briefing, &path, false))
}

impl Provenance {
    /// The 1-based line of byte `offset` of the source.
    pub fn line(&self, offset: usize) -> usize {
        self.lines.position(&self.source, offset).line
    }

    /// The finding for quote `quote`.
    pub fn finding(&self, quote: usize) -> Option<&Finding> {
        self.findings.get(quote)
    }
}
