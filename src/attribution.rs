//! `brief check` on a briefing of several sources: each quote verified against its own
//! source's text, a quote tied to the wrong source caught (with the source that holds it),
//! and what names no source listed with where its words were found.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::briefing::Briefing;
use crate::briefing::files::shown;
use crate::briefing::model::SourceIx;
use crate::diag::LineStarts;
use crate::provenance::{self, SourceRoots, Unread};
use crate::text::{SafeText, counted};
use crate::verify::{self, ALIGN_BUDGET, Finding};

pub use crate::provenance::{MAX_SOURCE_TEXT_BYTES, MAX_SOURCE_TEXTS};

/// What checking a briefing's quotes against its sources found.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Checked {
    /// Errors and warnings, one or more lines each, ready to print.
    pub report: String,
    /// Quotes not in their own source's text, and sources whose text could not be read.
    pub errors: usize,
    /// Warnings for the editor: sources without ids, quotes that name no source.
    pub warnings: usize,
    /// What was verified, for the `ok` line: `every quote verbatim in its own source`.
    pub verified: String,
}

/// A file named on the command line (`brief check --source`) to read in place of one
/// source's `file`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StandIn {
    /// The source it stands in for.
    pub source: SourceIx,
    /// The file.
    pub file: PathBuf,
}

impl StandIn {
    /// Which source the `--source` value `given` stands in for: `ID=FILE` names the source
    /// by id; in a briefing of several sources, a FILE named as one source's `file` (its file
    /// name) stands in for that source; in a briefing of one, FILE is its text. Else a message
    /// that says how to name the source, ready to print.
    pub fn of(b: &Briefing, given: &Path) -> Result<StandIn, String> {
        let by_id = given.to_str().and_then(|text| {
            let (id, file) = text.split_once('=')?;
            let source = b
                .meta
                .sources
                .iter()
                .position(|s| s.id.as_ref().is_some_and(|own| own.as_str() == id))?;
            Some(StandIn {
                source,
                file: PathBuf::from(file),
            })
        });
        if let Some(stand_in) = by_id {
            return Ok(stand_in);
        }
        let stand_in = |source| StandIn {
            source,
            file: given.to_path_buf(),
        };
        if !b.has_several_sources() {
            return Ok(stand_in(0));
        }
        let same: Vec<SourceIx> = (0..b.meta.sources.len())
            .filter(|&s| {
                let file = b.meta.sources[s].file.as_ref();
                file.and_then(|file| Path::new(file.as_str()).file_name()) == given.file_name()
            })
            .collect();
        let ids: Vec<&str> = b
            .meta
            .sources
            .iter()
            .filter_map(|s| s.id.as_ref().map(SafeText::as_str))
            .collect();
        let shown_file = shown(given);
        match same[..] {
            [source] => Ok(stand_in(source)),
            [] => Err(format!(
                "--source {shown_file}: the briefing has several sources, and none names a file of that name; say which source it is the text of: --source ID={shown_file} (ids: {})",
                ids.join(", ")
            )),
            _ => Err(format!(
                "--source {shown_file}: several sources of the briefing name a file of that name; say which: --source ID={shown_file} (ids: {})",
                ids.join(", ")
            )),
        }
    }
}

/// One source's text, read.
struct Text {
    source: SourceIx,
    /// The file as named, for messages.
    shown: String,
    text: String,
}

/// Checks every quote of `b` (read from `path`; each source's `file` confined to its folder
/// or `roots`, or the `stand_in` file for its source) against its own source's text. Each
/// text is searched for the quotes once. Memory stays bounded: the texts (at most
/// [`MAX_SOURCE_TEXTS`], [`MAX_SOURCE_TEXT_BYTES`] in all), where each quote stands in each
/// (a few words a quote), and one text's index at a time; one budget of alignment work serves
/// every text.
pub fn check(
    b: &Briefing,
    path: &Path,
    roots: &SourceRoots,
    stand_in: Option<&StandIn>,
) -> Checked {
    let mut out = Checked::default();
    let name = shown(path);
    let label = |s: SourceIx| format!("source '{}'", b.meta.sources[s].label());
    for source in b.meta.sources.iter().filter(|s| s.id.is_none()) {
        out.warnings += 1;
        let _ = writeln!(
            out.report,
            "warning  {name}:{}: source '{}' has no id, so nothing can name it as its source; add `id = \"...\"`",
            source.line,
            SafeText::excerpt(source.title.as_str(), 80)
        );
    }
    let texts = read_texts(b, path, roots, stand_in, &mut out);
    // Where each quote stands in each text, found once; and where each quote's words are
    // verbatim: (index into `texts`, line).
    let mut findings: Vec<Vec<Finding>> = Vec::with_capacity(texts.len());
    let mut holders: Vec<Vec<(usize, usize)>> = vec![Vec::new(); b.quotes.len()];
    for (t, text) in texts.iter().enumerate() {
        let lines = LineStarts::new(&text.text);
        let found = verify::locate(b, &text.text);
        for (q, finding) in found.iter().enumerate() {
            if let Finding::Verbatim { at, .. } = finding {
                holders[q].push((t, lines.position(&text.text, at.start).line));
            }
        }
        findings.push(found);
    }
    let read = |s: SourceIx| texts.iter().position(|t| t.source == s);
    let mut moved = vec![false; b.quotes.len()];
    let mut unverified = vec![0; b.meta.sources.len()];
    for (q, quote) in b.quotes.iter().enumerate() {
        let places: Vec<String> = holders[q]
            .iter()
            .map(|&(t, line)| {
                let text = &texts[t];
                format!("{} ({}, line {line})", label(text.source), text.shown)
            })
            .collect();
        match quote.source {
            None => {
                out.warnings += 1;
                let found = match places.is_empty() {
                    true => "no source's text holds it verbatim".to_owned(),
                    false => format!("its words are verbatim in {}", places.join(", ")),
                };
                let _ = writeln!(
                    out.report,
                    "warning  {name}:{}: quote '{}' names no source; {found}",
                    quote.line, quote.id
                );
            }
            Some(own) => match read(own) {
                None => unverified[own] += 1,
                Some(t) if holders[q].iter().any(|&(held, _)| held == t) => {}
                Some(t) if !places.is_empty() => {
                    moved[q] = true;
                    out.errors += 1;
                    let other = texts[holders[q][0].0].source;
                    let _ = writeln!(
                        out.report,
                        "error: quote '{}' is not in its source, {} ({}), but is verbatim in {}: set `source = \"{}\"`",
                        quote.id,
                        label(own),
                        texts[t].shown,
                        places.join(", "),
                        b.meta.sources[other].label()
                    );
                }
                Some(_) => {}
            },
        }
    }
    let mut budget = ALIGN_BUDGET;
    let mut diffs = 0;
    for (text, findings) in texts.iter().zip(&mut findings) {
        let chosen = |q: usize| b.quotes[q].source == Some(text.source) && !moved[q];
        verify::find_closest(b, &text.text, findings, &mut budget, chosen);
        let name = format!("{} ({})", label(text.source), text.shown);
        let (report, errors) = verify::report_of(b, &text.text, findings, &chosen, Some(&name));
        out.report.push_str(&report);
        out.errors += errors;
        diffs += errors;
    }
    if diffs > 0 {
        out.report.push_str(verify::DIFF_LEGEND);
    }
    out.verified = verified(b, &texts, &unverified);
    out
}

/// The texts of the sources that name a file, up to the caps; a source whose text cannot be
/// read, or is past a cap, is an error of `out`.
fn read_texts(
    b: &Briefing,
    path: &Path,
    roots: &SourceRoots,
    stand_in: Option<&StandIn>,
    out: &mut Checked,
) -> Vec<Text> {
    let label = |s: SourceIx| format!("source '{}'", b.meta.sources[s].label());
    let mut texts: Vec<Text> = Vec::new();
    let stand_in = stand_in.map(|s| (s.source, s.file.as_path()));
    for (source, read) in provenance::read_texts(b, path, roots, stand_in) {
        match read {
            Ok((named, text)) => texts.push(Text {
                source,
                shown: shown(&named).to_string(),
                text,
            }),
            Err(Unread::PastCap) => {
                out.errors += 1;
                let _ = writeln!(
                    out.report,
                    "error: {}: not read: one check reads at most {MAX_SOURCE_TEXTS} source texts, {} MiB in all; check its quotes with --source FILE",
                    label(source),
                    MAX_SOURCE_TEXT_BYTES / (1024 * 1024)
                );
            }
            Err(Unread::Failed(message)) => {
                out.errors += 1;
                let _ = writeln!(out.report, "error: {}: {message}", label(source));
            }
        }
    }
    texts
}

/// `5 quotes verbatim in their own sources' texts (2 texts); 16 quotes of source 'seed' not
/// verified: it names no file`.
fn verified(b: &Briefing, texts: &[Text], unverified: &[usize]) -> String {
    let checked = b
        .quotes
        .iter()
        .filter(|q| {
            q.source
                .is_some_and(|s| texts.iter().any(|t| t.source == s))
        })
        .count();
    let mut line = format!(
        "{} verbatim in their own sources' texts ({})",
        counted(checked, "quote"),
        counted(texts.len(), "text")
    );
    for (source, &n) in unverified.iter().enumerate().filter(|(_, n)| **n > 0) {
        let _ = write!(
            line,
            "; {} of source '{}' not verified: it names no file",
            counted(n, "quote"),
            b.meta.sources[source].label()
        );
    }
    line
}
