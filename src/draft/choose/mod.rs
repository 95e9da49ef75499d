//! Stage 5, the choice: for each quotation in reading order, the speaker among its
//! candidates, or none of them. Each candidate (and the "none" option) is scored by the sum
//! of the weights of its [`features`]; the highest wins, so a quotation is drafted with a
//! speaker only when one of its candidates scores above "none". The weights are learned
//! from annotated news by `examples/train_attribution.rs` ([`weights`]). A quotation may
//! also take the speaker chosen for an earlier one it continues, so the choice runs in
//! order. Reads the [`Doc`] layer, the [`Reading`] and the [`Quotation`]s; writes the
//! [`Attributed`] quotations.

pub mod features;
pub mod weights;

use std::ops::Range;

use crate::draft::article::{Doc, EntityIx};
use crate::draft::candidates::{Clue, Clues, Quotation};
use crate::draft::mentions::Reading;
pub use weights::Weights;

/// A candidate at the time of choosing: a mention from the candidates stage, or the mention
/// chosen as the speaker of an earlier quotation this one may continue.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contender {
    /// Index into the reading's mentions.
    pub mention: usize,
    /// The attribution patterns it fits.
    pub clues: Clues,
    /// The verb of saying it is the subject of, if any: an index into the reading's cues.
    pub cue: Option<usize>,
    /// It is an earlier quotation's speaker.
    pub inherited: bool,
}

/// Who said a quotation, as chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    /// The speaking entity.
    pub entity: EntityIx,
    /// The mention chosen: an index into the reading's mentions.
    pub mention: usize,
    /// The first attribution pattern the mention fits, if any.
    pub clue: Option<Clue>,
    /// The share of the choice's probability this speaker has (a softmax of the scores).
    pub probability: f64,
}

/// One quotation and its speaker.
#[derive(Clone, Debug, PartialEq)]
pub struct Attributed {
    /// Paragraph index.
    pub para: usize,
    /// Quotation index in the paragraph.
    pub quote: usize,
    /// Token index of the quotation in the paragraph.
    pub tok: usize,
    /// True when the quotation is a term or a title, not speech.
    pub term: bool,
    /// The speaker, when one was chosen.
    pub speaker: Option<Speaker>,
}

/// One quotation as a training example: the features of each of its candidates and of the
/// "none" option, with which candidates overlap the annotated Source mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Example {
    /// Byte range of the quotation's words.
    pub quote: Range<usize>,
    /// Each candidate: its mention's byte range, its features, and whether it overlaps the
    /// annotated Source.
    pub candidates: Vec<(Range<usize>, Vec<String>, bool)>,
    /// The features of "none of these".
    pub none: Vec<String>,
    /// True when a Source is annotated.
    pub sourced: bool,
}

/// What training knows of a drafted quotation, given the byte range of its words: None when
/// it is no annotated quotation, else `Some(source)` with the byte range of the annotated
/// Source mention when there is one.
pub type Gold<'g> = dyn Fn(&Range<usize>) -> Option<Option<Range<usize>>> + 'g;

/// Chooses the speaker of each quotation with `weights`.
pub fn choose(
    doc: &Doc,
    reading: &Reading,
    quotations: &[Quotation],
    weights: &Weights,
) -> Vec<Attributed> {
    walk(doc, reading, quotations, |_, candidates, none| {
        let scores: Vec<f64> = candidates
            .iter()
            .map(|(_, features)| weights.score(features))
            .collect();
        let none = weights.score(none);
        // The first of the highest wins: candidates come in the order of the classic rules.
        let best = scores
            .iter()
            .enumerate()
            .fold(None, |best: Option<(usize, f64)>, (i, &s)| match best {
                Some((_, b)) if b >= s => best,
                _ => Some((i, s)),
            })
            .filter(|&(_, s)| s > none)?;
        let max = best.1;
        let total: f64 = scores.iter().map(|s| (s - max).exp()).sum::<f64>() + (none - max).exp();
        Some((best.0, 1.0 / total))
    })
}

/// The training examples of an article: its quotations that `gold` knows (it gives, for a
/// quotation's byte range, `Some(source)` with the annotated Source mention's byte range
/// when there is one), each with its candidates' features and labels. Earlier quotations'
/// speakers are taken from the labels (the first candidate that overlaps the Source), so
/// the features are those drafting would see when it chose right.
pub fn examples(
    doc: &Doc,
    reading: &Reading,
    quotations: &[Quotation],
    gold: &Gold,
) -> Vec<Example> {
    let mut out = Vec::new();
    walk(doc, reading, quotations, |q, candidates, none| {
        let range = doc.paras[q.para].quotes[q.quote].span.inner.clone();
        let source = gold(&range)?;
        let overlaps = |r: &Range<usize>| {
            source
                .as_ref()
                .is_some_and(|s| r.start < s.end && s.start < r.end)
        };
        let example = Example {
            quote: range,
            candidates: candidates
                .iter()
                .map(|(c, features)| {
                    let at = reading.mentions[c.mention].range.clone();
                    let label = overlaps(&at);
                    (at, features.clone(), label)
                })
                .collect(),
            none: none.to_vec(),
            sourced: source.is_some(),
        };
        let chosen = example.candidates.iter().position(|(_, _, label)| *label);
        out.push(example);
        chosen.map(|i| (i, 1.0))
    });
    out
}

/// Walks the quotations in order: for each one, its contenders (candidates and earlier
/// speakers it may continue) with their features and the features of "none" go to
/// `decide`, which returns the index of the contender chosen and its probability, or None.
fn walk(
    doc: &Doc,
    reading: &Reading,
    quotations: &[Quotation],
    mut decide: impl FnMut(&Quotation, &[(Contender, Vec<String>)], &[String]) -> Option<(usize, f64)>,
) -> Vec<Attributed> {
    let mut out: Vec<Attributed> = Vec::with_capacity(quotations.len());
    for q in quotations {
        let mut attributed = Attributed {
            para: q.para,
            quote: q.quote,
            tok: q.tok,
            term: q.term,
            speaker: None,
        };
        if q.term {
            out.push(attributed);
            continue;
        }
        let contenders = contenders(reading, q, &out);
        let quote = features::quote_facts(q, contenders.len());
        let ctx = features::Context {
            doc,
            reading,
            quotation: q,
            quote: &quote,
            previous_speaker: out
                .last()
                .and_then(|a| a.speaker.as_ref())
                .map(|s| s.entity),
        };
        let scored: Vec<(Contender, Vec<String>)> = contenders
            .into_iter()
            .map(|c| {
                let f = features::candidate(&ctx, &c);
                (c, f)
            })
            .collect();
        let none = features::none(&quote);
        if let Some((i, probability)) = decide(q, &scored, &none)
            && let Some((c, _)) = scored.get(i)
        {
            let entity = reading
                .registry
                .canonical(reading.mentions[c.mention].entity);
            attributed.speaker = Some(Speaker {
                entity,
                mention: c.mention,
                clue: c.clues.first(),
                probability,
            });
        }
        out.push(attributed);
    }
    out
}

/// The contenders of quotation `q`: its candidates, then the speakers of the earlier
/// quotations it links to (merged into a candidate of the same mention).
fn contenders(reading: &Reading, q: &Quotation, earlier: &[Attributed]) -> Vec<Contender> {
    let mut out: Vec<Contender> = q
        .candidates
        .iter()
        .map(|c| Contender {
            mention: c.mention,
            clues: c.clues,
            cue: c.cue,
            inherited: false,
        })
        .collect();
    for &(i, clue) in &q.links {
        let Some(speaker) = earlier.get(i).and_then(|a| a.speaker.as_ref()) else {
            continue;
        };
        let range = &reading.mentions[speaker.mention].range;
        match out
            .iter_mut()
            .find(|c| reading.mentions[c.mention].range == *range)
        {
            Some(c) => {
                c.clues.add(clue);
                c.inherited = true;
            }
            None => {
                let mut clues = Clues::default();
                clues.add(clue);
                out.push(Contender {
                    mention: speaker.mention,
                    clues,
                    cue: None,
                    inherited: true,
                });
            }
        }
    }
    out
}
