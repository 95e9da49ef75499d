//! What a drafter gives the scores: each drafted quotation where it stands in the article,
//! the names of its speaker, and (once a drafter exposes it) the mention it chose.

use std::collections::HashSet;
use std::ops::Range;

use brief::briefing::load_bytes;
use brief::draft::{Options, draft};
use brief::verify::{Finding, locate};

/// One drafted quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DraftedQuote {
    /// Byte range of its words in the article.
    pub range: Range<usize>,
    /// The speaker's names: the display name first, then the aliases.
    pub speaker: Vec<String>,
    /// Byte range of the mention of the speaker the drafter chose (`he`, `Mr. Garin`,
    /// `a spokesman`), when the drafter says which; scored as mention accuracy.
    pub mention: Option<Range<usize>>,
}

/// A quotation the drafter saw and chose not to draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declined {
    /// Why, in a word: `no-speaker`, `term`, `unclosed`, `other`.
    pub reason: &'static str,
    /// The start of its text, as the drafter's report gives it.
    pub text: String,
}

/// A drafter's output for one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Drafted {
    /// The quotations found in the article, in no particular order.
    pub quotes: Vec<DraftedQuote>,
    /// Drafted quotations not found verbatim in the article (a bug of the drafter).
    pub unlocated: usize,
    /// Quotations seen and left out, for telling the misses apart.
    pub declined: Vec<Declined>,
}

/// Today's `brief draft` on `article`, through its public API: the TOML it writes is loaded
/// as a briefing and each quote located in the article (a text drafted twice takes its
/// occurrences in turn). It names no mention.
pub fn brief_draft(article: &str) -> Drafted {
    let drafted = draft(article, &Options::default());
    let Ok(briefing) = load_bytes("draft.toml", drafted.toml.as_bytes()) else {
        // A draft that does not load is scored as drafting nothing; tests/draft.rs guards it.
        return Drafted::default();
    };
    let mut used: HashSet<Range<usize>> = HashSet::new();
    let mut out = Drafted {
        declined: declined(&drafted.report),
        ..Drafted::default()
    };
    for (quote, finding) in briefing.quotes.iter().zip(locate(&briefing, article)) {
        let Finding::Verbatim { at, .. } = finding else {
            out.unlocated += 1;
            continue;
        };
        let needle = &article[at.clone()];
        let range = article
            .match_indices(needle)
            .map(|(i, s)| i..i + s.len())
            .find(|r| !used.contains(r))
            .unwrap_or(at);
        used.insert(range.clone());
        let actor = &briefing.actors[quote.speaker];
        let speaker = std::iter::once(&actor.name)
            .chain(&actor.aliases)
            .map(|n| n.as_str().to_owned())
            .collect();
        out.quotes.push(DraftedQuote {
            range,
            speaker,
            mention: None,
        });
    }
    out
}

/// The quotations a `brief draft` report says were not drafted, and why.
fn declined(report: &str) -> Vec<Declined> {
    report
        .lines()
        .filter_map(|line| {
            let line = line.trim_start().strip_prefix("- ")?;
            let (reason, text) = if let Some(rest) = line.strip_prefix("not drafted") {
                let (why, text) = rest.split_once(": “")?;
                let reason = if why.contains("no speaker") {
                    "no-speaker"
                } else if why.contains("term") {
                    "term"
                } else {
                    "other"
                };
                (reason, text)
            } else {
                let (_, text) = line.split_once("never closed, so this was not drafted: ")?;
                ("unclosed", text.trim_start_matches(['“', '"', '\'']))
            };
            let text = text.trim_end_matches('…').trim_end_matches('”');
            Some(Declined {
                reason,
                text: text.to_owned(),
            })
        })
        .collect()
}
