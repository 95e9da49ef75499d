//! The grades that apply to a briefing's items: an implication's estimate, and the Admiralty
//! code of a quote or an event from its source's reliability and its own credibility.

use super::grade::{Admiralty, Credibility, Estimate, Reliability};
use super::model::{Briefing, EventIx, Implication, QuoteIx};

impl Implication {
    /// The implication's likelihood and confidence; None when it has neither.
    pub fn estimate(&self) -> Option<Estimate> {
        (self.likelihood.is_some() || self.confidence.is_some()).then_some(Estimate {
            likelihood: self.likelihood,
            confidence: self.confidence,
        })
    }
}

impl Briefing {
    /// The reliability that applies to a timeline event: the best of its own sources' (the
    /// event is as well sourced as its most reliable source), else the briefing's first
    /// source's.
    pub fn event_reliability(&self, event: EventIx) -> Option<Reliability> {
        let own = self.event_sources(event);
        if own.is_empty() {
            return self.meta.sources.first()?.reliability;
        }
        // A source without a grade counts as F, the lowest.
        own.iter()
            .map(|&s| self.meta.sources[s].reliability.unwrap_or(Reliability::F))
            .min()
    }

    /// The reliability that applies to a quote: its speaker's, when the briefing grades the
    /// speaker as a source, else its own source's, else the briefing's first source's.
    pub fn quote_reliability(&self, quote: QuoteIx) -> Option<Reliability> {
        let speaker = &self.actors[self.quotes[quote].speaker];
        let source = self.quote_source(quote).unwrap_or(0);
        speaker
            .reliability
            .or_else(|| self.meta.sources.get(source)?.reliability)
    }

    /// A timeline event's code (`B2`), when the event has a credibility; an ungraded source
    /// counts as `F`.
    pub fn event_grade(&self, event: EventIx) -> Option<Admiralty> {
        admiralty(
            self.event_reliability(event),
            self.timeline[event].credibility,
        )
    }

    /// A quote's code (`B2`), when the quote has a credibility; an ungraded source counts as
    /// `F`.
    pub fn quote_grade(&self, quote: QuoteIx) -> Option<Admiralty> {
        admiralty(
            self.quote_reliability(quote),
            self.quotes[quote].credibility,
        )
    }
}

fn admiralty(
    reliability: Option<Reliability>,
    credibility: Option<Credibility>,
) -> Option<Admiralty> {
    Some(Admiralty {
        reliability: reliability.unwrap_or(Reliability::F),
        credibility: credibility?,
    })
}
