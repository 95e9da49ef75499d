//! Scoring `brief draft` against hand-written expectations: precision and recall of
//! (quote text, speaker) pairs per article and per set. Shared by `examples/draft_eval.rs`
//! and `tests/draft.rs` (included with `#[path]`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use brief::briefing::load_bytes;
use brief::draft::draft;
use brief::verify::typographic;

/// The sets, in the order they are reported: `tuning` shaped the heuristics; the others were
/// written to measure them (see `tests/articles/README.md` for what each has seen).
pub const SETS: &[&str] = &["tuning", "held-out", "fresh", "unseen"];

/// Counts for precision and recall.
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    expected: usize,
    drafted: usize,
    correct: usize,
}

impl Score {
    /// Correct pairs among drafted pairs (1 when nothing was drafted).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.drafted)
    }

    /// Correct pairs among expected pairs (1 when nothing was expected).
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.expected)
    }

    fn add(&mut self, other: Score) {
        self.expected += other.expected;
        self.drafted += other.drafted;
        self.correct += other.correct;
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// One article's score and what went wrong.
pub struct ArticleResult {
    name: String,
    score: Score,
    /// Expected pairs not drafted: `speaker: text`.
    missed: Vec<String>,
    /// Drafted pairs not expected: `speaker: text`.
    wrong: Vec<String>,
}

/// One set's articles and total.
pub struct SetResult {
    /// `tuning` or `held-out`.
    pub name: &'static str,
    articles: Vec<ArticleResult>,
    /// Sum over the set's articles.
    pub total: Score,
}

/// Scores every article of the named sets under `tests/articles`. An article whose text is
/// missing (the seed, outside the repository) is left out.
pub fn evaluate(sets: &[&'static str]) -> Vec<SetResult> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    sets.iter()
        .map(|&name| {
            let mut set = SetResult {
                name,
                articles: Vec::new(),
                total: Score::default(),
            };
            for (expected_path, text) in articles(&root.join(name)) {
                let result = score_article(&expected_path, &text);
                set.total.add(result.score);
                set.articles.push(result);
            }
            set
        })
        .collect()
}

/// `(expected file, article text)` for each `*.expected` in `dir`, in name order. The text is
/// `NAME.txt` beside it, or the file a `# article: PATH` line names (relative to the crate).
fn articles(dir: &Path) -> Vec<(PathBuf, String)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.extension().is_some_and(|e| e == "expected"));
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let expected = std::fs::read_to_string(&path).ok()?;
            let text_path = expected
                .lines()
                .find_map(|l| l.strip_prefix("# article: "))
                .map(|rel| Path::new(env!("CARGO_MANIFEST_DIR")).join(rel.trim()))
                .unwrap_or_else(|| path.with_extension("txt"));
            let text = std::fs::read_to_string(text_path).ok()?;
            Some((path, text))
        })
        .collect()
}

/// Drafts one article and compares its quotes with the expected pairs.
fn score_article(expected_path: &Path, text: &str) -> ArticleResult {
    let expected_text = std::fs::read_to_string(expected_path).unwrap_or_default();
    // Each expected pair: the speaker's accepted names (`|`-separated) and the quote.
    let mut expected: Vec<(Vec<String>, String)> = expected_text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
        .map(|(speakers, quote)| {
            (
                speakers.split('|').map(name_key).collect(),
                typographic(quote),
            )
        })
        .collect();
    let drafted = draft(text, None, None);
    let briefing = load_bytes("draft.toml", drafted.toml.as_bytes())
        .unwrap_or_else(|e| panic!("{}: the draft does not load: {e}", expected_path.display()));
    let pairs: Vec<(String, String)> = briefing
        .quotes
        .iter()
        .map(|q| {
            (
                name_key(briefing.actors[q.speaker].name.as_str()),
                typographic(q.text.as_str()),
            )
        })
        .collect();
    let mut score = Score {
        expected: expected.len(),
        drafted: pairs.len(),
        correct: 0,
    };
    let mut wrong = Vec::new();
    for pair in pairs {
        match expected
            .iter()
            .position(|(names, quote)| *quote == pair.1 && names.contains(&pair.0))
        {
            Some(i) => {
                expected.swap_remove(i);
                score.correct += 1;
            }
            None => wrong.push(format!("{}: {}", pair.0, pair.1)),
        }
    }
    ArticleResult {
        name: expected_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        score,
        missed: expected
            .iter()
            .map(|(names, q)| format!("{}: {q}", names.join("|")))
            .collect(),
        wrong,
    }
}

/// A speaker name as compared: typography normalised, lowercase, without a leading `the`.
fn name_key(name: &str) -> String {
    let name = typographic(name).to_lowercase();
    name.strip_prefix("the ").unwrap_or(&name).to_owned()
}

/// The scores as a table, with each article's misses and wrong pairs.
pub fn render(sets: &[SetResult]) -> String {
    let mut out = String::new();
    for set in sets {
        let _ = writeln!(out, "== {} ==", set.name);
        for article in &set.articles {
            let s = article.score;
            let _ = writeln!(
                out,
                "{:<24} precision {:>5.1}% ({}/{})  recall {:>5.1}% ({}/{})",
                article.name,
                s.precision() * 100.0,
                s.correct,
                s.drafted,
                s.recall() * 100.0,
                s.correct,
                s.expected
            );
            for miss in &article.missed {
                let _ = writeln!(out, "    missed: {miss}");
            }
            for wrong in &article.wrong {
                let _ = writeln!(out, "    wrong:  {wrong}");
            }
        }
        let t = set.total;
        let _ = writeln!(
            out,
            "{:<24} precision {:>5.1}% ({}/{})  recall {:>5.1}% ({}/{})",
            "TOTAL",
            t.precision() * 100.0,
            t.correct,
            t.drafted,
            t.recall() * 100.0,
            t.correct,
            t.expected
        );
    }
    out
}
