//! Scoring one article's drafted quotations against its gold quotations.
//!
//! - **Found**: a gold quotation of four words or more is found when the drafted quotations
//!   that overlap it cover at least half of its words (a word is covered when a drafted
//!   quotation overlaps it), so a drafter may split a quotation at its sentences or trim a
//!   word at either end; the drafted quotation covering most of its words speaks for it.
//! - **Precision**: a drafted quotation of four words or more is real when at least half of
//!   its words lie within gold quotations (of any length).
//! - **Named speaker**: for a gold quotation whose Source is a name, the speaker of the
//!   drafted quotation that speaks for it is right when one of its names, in its fullest
//!   form, is the same speaker ([`super::names`]) as the Source's fullest form.
//! - **Named: wrong|claimed**: of the named quotations found and drafted with a speaker (not
//!   under the placeholder of quotations whose speaker was not found), the share whose
//!   speaker is wrong: a quote given to the wrong person.
//! - **All sources**: the same against every Source the heuristic of [`super::resolve`]
//!   resolves to a name.
//! - **Mention**: for a gold quotation with an annotated Source, right when it is found and
//!   the mention its drafted quotation chose overlaps the annotated Source mention (so a
//!   drafter may choose `Geoff Garin` where the annotator marked `Geoff Garin, a pollster`).

use std::ops::Range;

use brief::draft::UNATTRIBUTED;

use super::drafted::Drafted;
use super::gold::{GoldQuote, word_ranges};
use super::names::{Name, NameIndex, name_in, same_speaker};
use super::resolve::Resolution;

/// Fewest words of a quotation scored.
pub const MIN_WORDS: usize = 4;

/// Counts that add up over articles.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Gold quotations of [`MIN_WORDS`] or more.
    pub gold: usize,
    /// Of those, found.
    pub found: usize,
    /// Drafted quotations of [`MIN_WORDS`] or more.
    pub drafted: usize,
    /// Of those, real.
    pub real: usize,
    /// Gold quotations whose Source is a name.
    pub named: usize,
    /// Of those, found.
    pub named_found: usize,
    /// Of those, with the right speaker.
    pub named_right: usize,
    /// Of those found, drafted with a speaker (not under the placeholder of quotations whose
    /// speaker was not found): the speakers claimed, right or wrong.
    pub named_claimed: usize,
    /// Gold quotations whose Source resolves to a name (names included).
    pub resolved: usize,
    /// Of those, found with the right speaker.
    pub resolved_right: usize,
    /// Gold quotations with an annotated Source.
    pub sourced: usize,
    /// Of those, found by a drafted quotation that names the mention it chose.
    pub mentions: usize,
    /// Of those, naming the annotated mention.
    pub mention_right: usize,
}

impl Counts {
    /// Adds `other` to these counts.
    pub fn add(&mut self, other: &Counts) {
        self.gold += other.gold;
        self.found += other.found;
        self.drafted += other.drafted;
        self.real += other.real;
        self.named += other.named;
        self.named_found += other.named_found;
        self.named_right += other.named_right;
        self.named_claimed += other.named_claimed;
        self.resolved += other.resolved;
        self.resolved_right += other.resolved_right;
        self.sourced += other.sourced;
        self.mentions += other.mentions;
        self.mention_right += other.mention_right;
    }
}

/// What became of one gold quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// Index into the article's gold quotations.
    pub gold: usize,
    /// The drafted quotation that speaks for it, when found.
    pub drafted: Option<usize>,
    /// For a found quotation whose Source resolves: whether the speaker is right.
    pub right: Option<bool>,
}

/// One article's score.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleScore {
    /// The counts.
    pub counts: Counts,
    /// One per gold quotation of [`MIN_WORDS`] or more.
    pub outcomes: Vec<Outcome>,
    /// Drafted quotations of [`MIN_WORDS`] or more that are not real: indexes into the
    /// drafted quotations.
    pub unreal: Vec<usize>,
}

/// Scores `drafted` against `gold` (with `resolved`, one per gold quotation).
pub fn score(
    article: &str,
    gold: &[GoldQuote],
    resolved: &[Option<Resolution>],
    index: &NameIndex,
    drafted: &Drafted,
) -> ArticleScore {
    let mut out = ArticleScore::default();
    for (g, quote) in gold.iter().enumerate() {
        if quote.words < MIN_WORDS {
            continue;
        }
        let words = word_ranges(article, &quote.range);
        // Words covered by each drafted quotation.
        let best = drafted
            .quotes
            .iter()
            .enumerate()
            .map(|(d, q)| {
                let covered = words.iter().filter(|w| overlaps(w, &q.range)).count();
                (d, covered)
            })
            .filter(|(_, covered)| *covered > 0)
            .max_by_key(|(d, covered)| (*covered, std::cmp::Reverse(*d)));
        let covered = words
            .iter()
            .filter(|w| drafted.quotes.iter().any(|q| overlaps(w, &q.range)))
            .count();
        let found = 2 * covered >= words.len();
        let drafted_ix = best.filter(|_| found).map(|(d, _)| d);
        let counts = &mut out.counts;
        counts.gold += 1;
        counts.found += usize::from(found);
        let source = quote.source.as_ref();
        let at = source.map_or(quote.range.start, |s| s.mention.range.start);
        let speaks = |key: &Name| {
            drafted_ix.is_some_and(|d| {
                drafted.quotes[d]
                    .speaker
                    .iter()
                    .filter_map(|s| name_in(s))
                    .any(|n| same_speaker(&index.fullest(&n, at), key))
            })
        };
        let named = source
            .and_then(|s| s.name.as_ref())
            .map(|n| index.fullest(n, at));
        let claimed = drafted_ix.is_some_and(|d| {
            drafted.quotes[d]
                .speaker
                .first()
                .is_some_and(|s| s != UNATTRIBUTED)
        });
        if let Some(key) = &named {
            counts.named += 1;
            counts.named_found += usize::from(found);
            counts.named_right += usize::from(speaks(key));
            counts.named_claimed += usize::from(claimed);
        }
        let mut right = None;
        if let Some(resolution) = &resolved[g] {
            let is_right = speaks(&resolution.name);
            counts.resolved += 1;
            counts.resolved_right += usize::from(is_right);
            right = found.then_some(is_right);
        }
        counts.sourced += usize::from(source.is_some());
        if let (Some(source), Some(d)) = (source, drafted_ix)
            && let Some(mention) = &drafted.quotes[d].mention
        {
            counts.mentions += 1;
            counts.mention_right += usize::from(overlaps(mention, &source.mention.range));
        }
        out.outcomes.push(Outcome {
            gold: g,
            drafted: drafted_ix,
            right,
        });
    }
    for (d, q) in drafted.quotes.iter().enumerate() {
        let words = word_ranges(article, &q.range);
        if words.len() < MIN_WORDS {
            continue;
        }
        out.counts.drafted += 1;
        let inside = words
            .iter()
            .filter(|w| gold.iter().any(|g| overlaps(w, &g.range)))
            .count();
        if 2 * inside >= words.len() {
            out.counts.real += 1;
        } else {
            out.unreal.push(d);
        }
    }
    out
}

/// True when the two ranges share a byte.
fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}
