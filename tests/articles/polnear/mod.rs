//! Scoring `brief draft` against PolNeAR, real news whose attributions trained annotators
//! marked (brat standoff: `NAME.txt` and `NAME.ann`): which quotations are found, how many
//! drafted quotations are real, and whether each one's speaker is the annotated Source,
//! with 5-fold cross-validation by article so that a drafter that learns can be scored on
//! articles it never saw. Shared by `examples/draft_eval.rs` and `tests/polnear.rs`
//! (included with `#[path]`); a training example can include it the same way.
//!
//! The stages: [`brat`] reads the annotation, [`marks`] finds quotations by their marks,
//! [`gold`] keeps those inside an annotated Content with their Source, [`names`] holds the
//! speaker key, [`resolve`] resolves pronouns and descriptions for the all-sources score,
//! [`drafted`] runs a drafter, [`score`] compares, [`folds`] splits, [`train`] fits the
//! speaker choice, [`report`] prints.

pub mod brat;
pub mod corpus;
pub mod drafted;
pub mod folds;
pub mod gold;
pub mod marks;
pub mod names;
pub mod report;
pub mod resolve;
pub mod score;
pub mod train;

use std::collections::HashMap;
use std::path::Path;
use std::time::Instant;

/// What to print besides the table.
#[derive(Clone, Copy, Debug, Default)]
pub struct Listings {
    /// Every miss out of fold ([`report::misses`]).
    pub misses: bool,
    /// Every Source resolved by the heuristic ([`report::resolutions`]).
    pub resolutions: bool,
}

/// Scores `brief draft` on the annotated folder `dir`, its speaker choice trained on all
/// the articles (in-sample) and on four folds of five for the fifth (out of fold): the
/// table, the candidate stage's recall, then what `listings` asks for.
pub fn evaluate(name: &str, dir: &Path, listings: Listings) -> Result<String, String> {
    let articles = corpus::load(dir)?;
    let started = Instant::now();
    let examples: Vec<Vec<brief::draft::Example>> = articles.iter().map(train::examples).collect();
    let by_name: HashMap<&str, usize> = articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.name.as_str(), i))
        .collect();
    let scored = folds::cross_validate(&articles, |learn| {
        let weights = train::train(
            learn
                .iter()
                .flat_map(|a| &examples[by_name[a.name.as_str()]]),
        );
        move |text: &str| drafted::with_weights(text, &weights)
    });
    let elapsed = started.elapsed();
    let mut out = report::table(name, &articles, &scored);
    let c = train::counts(examples.iter().flatten());
    out.push_str(&format!(
        "candidates: {} quotations drafted are gold, {} with a Source, {} of those with a candidate overlapping it (the candidate stage's recall: {:.1}%), {:.1} candidates each\n",
        c.examples,
        c.sourced,
        c.reachable,
        100.0 * c.reachable as f64 / c.sourced.max(1) as f64,
        c.candidates as f64 / c.examples.max(1) as f64,
    ));
    out.push_str(&format!(
        "trained 6 times, drafted and scored {} articles twice (in-sample, out of fold) in {:.1} s\n",
        articles.len(),
        elapsed.as_secs_f64()
    ));
    if listings.misses {
        out.push_str(&report::misses(&articles, &scored));
    }
    if listings.resolutions {
        out.push_str(&report::resolutions(&articles));
    }
    Ok(out)
}
