//! The briefing built entry by entry: what every section reads into, the references kept for
//! the end of the file, and the finished briefing.

use std::ops::Range;

use toml::Spanned;

use crate::briefing::model::{
    Actor, Briefing, Event, EventIx, Implication, ImplicationIx, Meta, Quote, QuoteIx,
};
use crate::diag::{Diagnostic, LineIndex};
use crate::text::SafeText;
use crate::toml_read::{Need, Table};

use super::FORMAT_VERSION;
use super::ids::{Ids, LineCounter};

/// A briefing built entry by entry, with every problem found on the way.
pub(super) struct Builder<'i> {
    pub(super) lines: LineIndex<'i>,
    pub(super) at_line: LineCounter<'i>,
    pub(super) ids: Ids<'i>,
    pub(super) errors: Vec<Diagnostic>,
    pub(super) meta: Option<Meta>,
    pub(super) actors: Vec<Actor>,
    pub(super) timeline: Vec<Event>,
    pub(super) quotes: Vec<Quote>,
    pub(super) implications: Vec<Implication>,
    /// References resolved once the whole file is read.
    pub(super) later: Vec<Later>,
}

/// References read before what they name may be: sources are defined in `[briefing]`, which
/// the streamed reading builds last, and an event may name a later event.
pub(super) struct Later {
    /// Where the resolved references go.
    to: Target,
    /// The ids as written, with their spans.
    refs: Vec<(String, Range<usize>)>,
}

/// The field a [`Later`] fills.
#[derive(Clone, Copy)]
pub(super) enum Target {
    /// A quote's `source`.
    QuoteSource(QuoteIx),
    /// An event's `sources`.
    EventSources(EventIx),
    /// An event's `corroborated_by`.
    Corroboration(EventIx),
    /// The `source` of step `.1` of an event's `history`.
    HistorySource(EventIx, usize),
    /// An implication's `sources`.
    ImplicationSources(ImplicationIx),
}

/// References as [`Later`] keeps them.
fn owned(refs: &[Spanned<&str>]) -> Vec<(String, Range<usize>)> {
    refs.iter()
        .map(|r| ((*r.get_ref()).to_owned(), r.span()))
        .collect()
}

impl<'i> Builder<'i> {
    pub(super) fn new(text: &'i str) -> Builder<'i> {
        Builder {
            lines: LineIndex::new(text),
            at_line: LineCounter::new(text),
            ids: Ids::default(),
            errors: Vec::new(),
            meta: None,
            actors: Vec::new(),
            timeline: Vec::new(),
            quotes: Vec::new(),
            implications: Vec::new(),
            later: Vec::new(),
        }
    }

    /// Resolves `refs` for `to` once the whole file is read.
    pub(super) fn later(&mut self, to: Target, refs: &[Spanned<&str>]) {
        if !refs.is_empty() {
            self.later.push(Later {
                to,
                refs: owned(refs),
            });
        }
    }

    /// Checks `format`; false when it names a version this build cannot read (nothing else is
    /// worth reading then).
    pub(super) fn format(&mut self, root: &Table<'_, '_>) -> bool {
        let errors = &mut self.errors;
        if let Some(format) = root.integer("format", Need::Required, errors)
            && *format.get_ref() != FORMAT_VERSION
        {
            errors.push(Diagnostic::at(
                format.span(),
                format!(
                    "format = {} is not supported: this version of brief reads format {FORMAT_VERSION}",
                    format.get_ref()
                ),
            ));
            return false;
        }
        true
    }

    /// Resolves the references kept for the end of the file.
    pub(super) fn resolve_later(&mut self) {
        let errors = &mut self.errors;
        for later in std::mem::take(&mut self.later) {
            let refs: Vec<Spanned<&str>> = later
                .refs
                .iter()
                .map(|(id, span)| Spanned::new(span.clone(), id.as_str()))
                .collect();
            let sources = &self.ids.sources;
            match later.to {
                Target::QuoteSource(quote) => {
                    self.quotes[quote].source = sources.find(&refs[0], "source", "source", errors)
                }
                Target::EventSources(event) => {
                    self.timeline[event].sources =
                        sources.resolve(&refs, "sources", "source", errors)
                }
                Target::HistorySource(event, step) => {
                    self.timeline[event].history[step].source =
                        sources.find(&refs[0], "source", "source", errors)
                }
                Target::ImplicationSources(implication) => {
                    self.implications[implication].sources =
                        sources.resolve(&refs, "sources", "source", errors)
                }
                Target::Corroboration(event) => {
                    let own = self.timeline[event].id.as_ref().map(SafeText::as_str);
                    for r in refs.iter().filter(|r| Some(*r.get_ref()) == own) {
                        errors.push(Diagnostic::at(
                            r.span(),
                            "an event does not corroborate itself; name another event",
                        ));
                    }
                    let events = &self.ids.events;
                    self.timeline[event].corroborated_by =
                        events.resolve(&refs, "corroborated_by", "event", errors);
                }
            }
        }
    }

    /// The briefing, or every problem found.
    pub(super) fn finish(mut self) -> Result<Briefing, Vec<Diagnostic>> {
        self.resolve_later();
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        let mut briefing = Briefing {
            meta: self.meta.unwrap_or_default(),
            actors: self.actors,
            timeline: self.timeline,
            quotes: self.quotes,
            implications: self.implications,
        };
        briefing.index();
        Ok(briefing)
    }
}
