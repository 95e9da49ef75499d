//! k-fold cross-validation by article: every article is drafted once by a drafter trained
//! on all articles (in-sample) and once by one trained without its fold (out of fold).

use super::corpus::Article;
use super::drafted::Drafted;
use super::score::{ArticleScore, score};

/// Number of folds.
pub const FOLDS: usize = 5;

/// The fold of the article named `name`: a stable hash of the name (64-bit FNV-1a), so the
/// split never changes with the order or number of articles read.
pub fn fold_of(name: &str) -> usize {
    let hash = name.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    (hash % FOLDS as u64) as usize
}

/// One article drafted and scored.
pub struct Run {
    /// What was drafted.
    pub drafted: Drafted,
    /// Its score.
    pub score: ArticleScore,
}

/// One article, drafted in-sample and out of fold.
pub struct Scored {
    /// By a drafter trained on every article, this one included.
    pub in_sample: Run,
    /// By a drafter trained on the other folds only.
    pub out_of_fold: Run,
}

/// Drafts and scores every article twice: `train` is given the articles to learn from and
/// returns a drafter (article text to drafted quotations); it is called once on all
/// articles, then once per fold on the articles outside that fold. A drafter that learns
/// nothing drafts the same both times.
pub fn cross_validate<D>(
    articles: &[Article],
    mut train: impl FnMut(&[&Article]) -> D,
) -> Vec<Scored>
where
    D: Fn(&str) -> Drafted,
{
    let run = |draft: &D, article: &Article| {
        let drafted = draft(&article.text);
        let score = score(
            &article.text,
            &article.gold,
            &article.resolved,
            &article.index,
            &drafted,
        );
        Run { drafted, score }
    };
    let all: Vec<&Article> = articles.iter().collect();
    let everything = train(&all);
    let in_sample: Vec<Run> = articles.iter().map(|a| run(&everything, a)).collect();
    let mut out_of_fold: Vec<Option<Run>> = articles.iter().map(|_| None).collect();
    for fold in 0..FOLDS {
        let rest: Vec<&Article> = articles
            .iter()
            .filter(|a| fold_of(&a.name) != fold)
            .collect();
        let drafter = train(&rest);
        for (article, slot) in articles.iter().zip(out_of_fold.iter_mut()) {
            if fold_of(&article.name) == fold {
                *slot = Some(run(&drafter, article));
            }
        }
    }
    in_sample
        .into_iter()
        .zip(out_of_fold)
        .filter_map(|(in_sample, out_of_fold)| {
            Some(Scored {
                in_sample,
                out_of_fold: out_of_fold?,
            })
        })
        .collect()
}
