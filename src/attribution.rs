//! `brief check` on a briefing of several sources: each quote verified against its own
//! source's text, a quote tied to the wrong source caught (with the source that holds it),
//! and what names no source listed with where its words were found.

use std::fmt::Write as _;
use std::path::Path;

use crate::briefing::Briefing;
use crate::briefing::files::shown;
use crate::briefing::model::SourceIx;
use crate::diag::LineStarts;
use crate::provenance::{self, SourceRoots};
use crate::text::{SafeText, counted};
use crate::verify::{self, ALIGN_BUDGET, Finding};

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

/// One source's text, read, with where each quote of the briefing stands in it.
struct Text {
    source: SourceIx,
    /// The file as named, for messages.
    shown: String,
    text: String,
    lines: LineStarts,
    findings: Vec<Finding>,
}

impl Text {
    /// The line of the text where quote `quote` stands, when it is there verbatim.
    fn holds(&self, quote: usize) -> Option<usize> {
        match &self.findings[quote] {
            Finding::Verbatim { at, .. } => Some(self.lines.position(&self.text, at.start).line),
            Finding::Misquote { .. } => None,
        }
    }
}

/// Checks every quote of `b` (read from `path`; each source's `file` confined to its folder
/// or `roots`) against its own source's text.
pub fn check(b: &Briefing, path: &Path, roots: &SourceRoots) -> Checked {
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
    let mut texts = Vec::new();
    for source in 0..b.meta.sources.len() {
        let Some(file) = provenance::file_of(b, source, Some(path), roots) else {
            continue;
        };
        match file.and_then(|file| {
            Ok((
                shown(&file.named).to_string(),
                provenance::read_text(&file)?,
            ))
        }) {
            Ok((shown, text)) => {
                let own = |q: usize| b.quotes[q].source == Some(source);
                let findings = verify::verify_chosen(b, &text, ALIGN_BUDGET, own);
                texts.push(Text {
                    source,
                    shown,
                    lines: LineStarts::new(&text),
                    text,
                    findings,
                });
            }
            Err(message) => {
                out.errors += 1;
                let _ = writeln!(out.report, "error: {}: {message}", label(source));
            }
        }
    }
    let text_of = |s: SourceIx| texts.iter().find(|t| t.source == s);
    // Where each quote's words are verbatim: (text, line).
    let holders = |q: usize| -> Vec<(&Text, usize)> {
        texts
            .iter()
            .filter_map(|t| Some((t, t.holds(q)?)))
            .collect()
    };
    let mut moved = vec![false; b.quotes.len()];
    let mut unverified = vec![0; b.meta.sources.len()];
    for (q, quote) in b.quotes.iter().enumerate() {
        let held = holders(q);
        let places: Vec<String> = held
            .iter()
            .map(|(t, line)| format!("{} ({}, line {line})", label(t.source), t.shown))
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
            Some(own) => match text_of(own) {
                None => unverified[own] += 1,
                Some(text) if text.holds(q).is_some() => {}
                Some(text) if !held.is_empty() => {
                    moved[q] = true;
                    out.errors += 1;
                    let (other, _) = held[0];
                    let _ = writeln!(
                        out.report,
                        "error: quote '{}' is not in its source, {} ({}), but is verbatim in {}: set `source = \"{}\"`",
                        quote.id,
                        label(own),
                        text.shown,
                        places.join(", "),
                        b.meta.sources[other.source].label()
                    );
                }
                Some(_) => {}
            },
        }
    }
    let mut diffs = 0;
    for text in &texts {
        let chosen = |q: usize| b.quotes[q].source == Some(text.source) && !moved[q];
        let name = format!("{} ({})", label(text.source), text.shown);
        let (report, errors) = verify::report_of(b, &text.text, &text.findings, &chosen, &name);
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
