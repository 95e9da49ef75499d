//! What a drafter gives the scores: each drafted quotation where it stands in the article,
//! the names of its speaker, and the mention it chose.

use std::ops::Range;

use brief::briefing::load_bytes;
use brief::draft::{Options, Weights, draft_with};
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

/// `brief draft` with its own weights on `article`.
pub fn brief_draft(article: &str) -> Drafted {
    with_weights(article, Weights::builtin())
}

/// `brief draft` on `article` choosing speakers with `weights`, through its public API: each
/// drafted quote with its range, its speaker's names and the mention chosen; the TOML it
/// writes must load, and each quote of it is located in the article (one that is not is
/// counted as unlocated, a bug of the drafter).
pub fn with_weights(article: &str, weights: &Weights) -> Drafted {
    let drafted = draft_with(article, &Options::default(), weights);
    let Ok(briefing) = load_bytes("draft.toml", drafted.toml.as_bytes()) else {
        // A draft that does not load is scored as drafting nothing; tests/draft.rs guards it.
        return Drafted::default();
    };
    let unlocated = locate(&briefing, article)
        .iter()
        .filter(|f| !matches!(f, Finding::Verbatim { .. }))
        .count();
    Drafted {
        quotes: drafted
            .quotes
            .into_iter()
            .map(|q| DraftedQuote {
                range: q.text,
                speaker: std::iter::once(q.speaker).chain(q.aliases).collect(),
                mention: q.mention,
            })
            .collect(),
        unlocated,
        declined: declined(&drafted.report),
    }
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
