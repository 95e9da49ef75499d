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
//! [`drafted`] runs a drafter, [`score`] compares, [`folds`] splits, [`report`] prints.

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

/// Scores today's `brief draft` on the annotated folder `dir`: the table, then what
/// `listings` asks for.
pub fn evaluate(name: &str, dir: &Path, listings: Listings) -> Result<String, String> {
    let articles = corpus::load(dir)?;
    let started = Instant::now();
    // Today's drafter learns nothing: whatever it is given, it drafts the same.
    let scored = folds::cross_validate(&articles, |_| drafted::brief_draft);
    let elapsed = started.elapsed();
    let mut out = report::table(name, &articles, &scored);
    out.push_str(&format!(
        "drafted and scored {} articles twice (in-sample, out of fold) in {:.1} s\n",
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
