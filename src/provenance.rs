//! The source texts behind a briefing, when known: where each quote stands in its own
//! source's text, for `brief check` and for the reader's detail view.

use std::path::{Path, PathBuf};

use crate::briefing::Briefing;
use crate::briefing::files::shown;
use crate::briefing::load::{ReadError, read_at_most};
use crate::briefing::model::SourceIx;
use crate::diag::LineStarts;
use crate::text::SafeText;
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

/// Most source texts read for one briefing: a story's file gathers a few reports, and each
/// text is held (with where every quote stands in it) while the check or the reader lasts.
pub const MAX_SOURCE_TEXTS: usize = 64;

/// Most bytes of source text read for one briefing, all texts together.
pub const MAX_SOURCE_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// Largest source text read, in bytes. A long news article is under 100 KB and a book-length
/// report under 4 MB; 8 MiB leaves room for both while keeping the quote index (about
/// 20 bytes per byte of text) and its build (under a few seconds) bounded.
pub const MAX_SOURCE_BYTES: u64 = 8 * 1024 * 1024;

/// Folders a briefing's `file =` may point into besides the briefing's own folder: absolute,
/// or relative to the briefing's folder (so `../articles` serves every briefings folder that
/// has an `articles` folder beside it).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceRoots(pub Vec<PathBuf>);

/// A source text to read: the path as the briefing or the user named it (for messages) and
/// the path read, resolved after the confinement check so that a symlink swapped in later
/// cannot redirect the read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceFile {
    /// As named.
    pub named: PathBuf,
    /// What is read.
    pub resolved: PathBuf,
}

/// The source file of a briefing: `explicit` when given (the user named it), else the first
/// source's `file`, relative to the folder of the briefing file at `briefing_path`, which must
/// resolve (after symlinks) inside that folder or one of `roots`. None when the briefing
/// names no source file; an error message (showing nothing of what the path points to) when
/// it names one outside.
pub fn source_path(
    briefing: &Briefing,
    briefing_path: Option<&Path>,
    explicit: Option<&Path>,
    roots: &SourceRoots,
) -> Option<Result<SourceFile, String>> {
    if let Some(path) = explicit {
        return Some(Ok(SourceFile {
            named: path.to_path_buf(),
            resolved: path.to_path_buf(),
        }));
    }
    let source = briefing
        .meta
        .sources
        .iter()
        .position(|s| s.file.is_some())?;
    file_of(briefing, source, briefing_path, roots)
}

/// The `file` of source `source` of a briefing, relative to the folder of the briefing file
/// at `briefing_path`, confined as [`source_path`] says; None when the source names no file.
pub fn file_of(
    briefing: &Briefing,
    source: SourceIx,
    briefing_path: Option<&Path>,
    roots: &SourceRoots,
) -> Option<Result<SourceFile, String>> {
    let file = briefing.meta.sources.get(source)?.file.as_ref()?;
    let folder = briefing_path.map_or(Path::new("."), crate::paths::folder_of);
    Some(confined(folder, file.as_str(), roots))
}

/// `folder/file`, when it resolves inside `folder` or one of `roots`.
fn confined(folder: &Path, file: &str, roots: &SourceRoots) -> Result<SourceFile, String> {
    let path = folder.join(file);
    let shown_file = SafeText::excerpt(file, 200);
    let resolved = std::fs::canonicalize(&path)
        .map_err(|_| format!("source text {}: no such file", shown(&path)))?;
    let allowed = std::iter::once(folder.to_path_buf())
        .chain(roots.0.iter().map(|root| folder.join(root)))
        .filter_map(|root| std::fs::canonicalize(root).ok())
        .any(|root| resolved.starts_with(root));
    if allowed {
        Ok(SourceFile {
            named: path,
            resolved,
        })
    } else {
        Err(format!(
            "source file '{shown_file}' is outside the briefing's folder; it is not read. \
             Allow its folder with --sources DIR (or `sources = [\"DIR\"]` in the config)"
        ))
    }
}

/// Why a source's text was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unread {
    /// [`MAX_SOURCE_TEXTS`] texts or [`MAX_SOURCE_TEXT_BYTES`] were read before it.
    PastCap,
    /// It could not be read or used: why, as a message ready to print.
    Failed(String),
}

/// One source's text as read: the file as named and its text, or why it was not read.
pub type TextRead = Result<(PathBuf, String), Unread>;

/// The text of each source of `briefing` (read from `briefing_path`) that names a `file`, in
/// source order, with the file as named; texts past the caps are not read. `stand_in` is a
/// file the user named for one source, read in place of its `file` (it need name none).
pub fn read_texts(
    briefing: &Briefing,
    briefing_path: &Path,
    roots: &SourceRoots,
    stand_in: Option<(SourceIx, &Path)>,
) -> Vec<(SourceIx, TextRead)> {
    let mut texts = Vec::new();
    let (mut read, mut held) = (0, 0);
    for source in 0..briefing.meta.sources.len() {
        let file = match stand_in {
            Some((standing, path)) if standing == source => Some(Ok(SourceFile {
                named: path.to_path_buf(),
                resolved: path.to_path_buf(),
            })),
            _ => file_of(briefing, source, Some(briefing_path), roots),
        };
        let Some(file) = file else {
            continue;
        };
        if read >= MAX_SOURCE_TEXTS || held >= MAX_SOURCE_TEXT_BYTES {
            texts.push((source, Err(Unread::PastCap)));
            continue;
        }
        let text = file.and_then(|file| Ok((file.named.clone(), read_text(&file)?)));
        if let Ok((_, text)) = &text {
            read += 1;
            held += text.len();
        }
        texts.push((source, text.map_err(Unread::Failed)));
    }
    texts
}

/// Reads the source text at `path` and finds every quote of `briefing` in it; with
/// `closest`, also the passage closest to each misquote. Errors are messages ready to print
/// that show nothing of the file.
pub fn load(briefing: &Briefing, file: &SourceFile, closest: bool) -> Result<Provenance, String> {
    let source = read_text(file)?;
    Ok(Provenance::new(
        briefing,
        file.named.clone(),
        source,
        closest,
    ))
}

/// Reads the source text of `file`: at most [`MAX_SOURCE_BYTES`] of UTF-8 text without NUL
/// bytes. Errors are messages ready to print that show nothing of the file.
pub fn read_text(file: &SourceFile) -> Result<String, String> {
    let path = file.named.as_path();
    let bytes = read_at_most(&file.resolved, MAX_SOURCE_BYTES).map_err(|error| {
        let why = match error {
            ReadError::TooBig(len) => format!(
                "is {} MiB; source texts are read up to {} MiB",
                len.div_ceil(1024 * 1024),
                MAX_SOURCE_BYTES / (1024 * 1024)
            ),
            ReadError::Folder => "is a folder, not a text file".into(),
            ReadError::Other(phrase) => phrase,
        };
        format!("source text {}: {why}", shown(path))
    })?;
    let source = String::from_utf8(bytes).map_err(|e| {
        format!(
            "source text {}: not UTF-8 text (at byte {})",
            shown(path),
            e.utf8_error().valid_up_to()
        )
    })?;
    if source.contains('\0') {
        return Err(format!(
            "source text {}: holds NUL bytes, so it is not a text file",
            shown(path)
        ));
    }
    Ok(source)
}

impl Provenance {
    /// Finds every quote of `briefing` in `source` (read from `path`); with `closest`, also
    /// the passage closest to each misquote.
    pub fn new(briefing: &Briefing, path: PathBuf, source: String, closest: bool) -> Provenance {
        let findings = if closest {
            verify(briefing, &source)
        } else {
            locate(briefing, &source)
        };
        let lines = LineStarts::new(&source);
        Provenance {
            path,
            source,
            findings,
            lines,
        }
    }
}

/// What the reader knows of a briefing's source text.
#[derive(Clone, Debug)]
pub enum SourceState {
    /// Being read and matched on a worker thread.
    Reading,
    /// Read, with every quote's place.
    Ready(Provenance),
    /// Named but unusable: why, as a message ready to show.
    Unavailable(String),
}

impl SourceState {
    /// The provenance, when it is ready.
    pub fn ready(&self) -> Option<&Provenance> {
        match self {
            SourceState::Ready(provenance) => Some(provenance),
            _ => None,
        }
    }
}

/// What the reader knows of the texts of a briefing's sources: a state for each source that
/// names a `file`.
#[derive(Clone, Debug)]
pub struct SourceTexts {
    /// By source; None for a source without a file.
    states: Vec<Option<SourceState>>,
}

impl SourceTexts {
    /// Every text of `briefing` being read; None when no source names a file.
    pub fn reading(briefing: &Briefing) -> Option<SourceTexts> {
        let states: Vec<Option<SourceState>> = briefing
            .meta
            .sources
            .iter()
            .map(|source| source.file.as_ref().map(|_| SourceState::Reading))
            .collect();
        states
            .iter()
            .any(Option::is_some)
            .then_some(SourceTexts { states })
    }

    /// The text quote `quote` stands in: its own source's ([`Briefing::quote_source`]), when
    /// that source names a file. A quote that names no source in a briefing of several has
    /// none.
    pub fn of_quote(&self, briefing: &Briefing, quote: usize) -> Option<&SourceState> {
        self.states.get(briefing.quote_source(quote)?)?.as_ref()
    }

    /// The quotes of `briefing` that their own source's text, read, does not hold verbatim,
    /// ascending.
    pub fn misquotes(&self, briefing: &Briefing) -> Vec<usize> {
        (0..briefing.quotes.len())
            .filter(|&q| {
                let finding = self
                    .of_quote(briefing, q)
                    .and_then(SourceState::ready)
                    .and_then(|provenance| provenance.finding(q));
                matches!(finding, Some(Finding::Misquote { .. }))
            })
            .collect()
    }
}

/// The texts of a briefing loaded from `briefing_path` (None for a bundled one), when a source
/// names a file: each ready, or why it could not be used.
pub fn of(
    briefing: &Briefing,
    briefing_path: Option<&Path>,
    roots: &SourceRoots,
) -> Option<SourceTexts> {
    let mut texts = SourceTexts::reading(briefing)?;
    for (source, text) in read_texts(briefing, briefing_path?, roots, None) {
        let state = match text {
            Ok((path, text)) => SourceState::Ready(Provenance::new(briefing, path, text, false)),
            Err(Unread::Failed(message)) => SourceState::Unavailable(message),
            Err(Unread::PastCap) => SourceState::Unavailable(format!(
                "not read: the reader reads at most {MAX_SOURCE_TEXTS} source texts, {} MiB in all",
                MAX_SOURCE_TEXT_BYTES / (1024 * 1024)
            )),
        };
        texts.states[source] = Some(state);
    }
    Some(texts)
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
