//! Scoring `brief draft` against hand-written expectations, per article and per set: how many
//! expected quotes were found, how many with the right speaker, and how many drafted quotes
//! are real quotations. Shared by `examples/draft_eval.rs` and `tests/draft.rs` (included
//! with `#[path]`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use brief::briefing::load_bytes;
use brief::draft::{Options, UNATTRIBUTED, draft};
use brief::verify::typographic;

/// The sets, in the order they are reported: `tuning` shaped the heuristics; the others were
/// written to measure them (see `tests/articles/README.md` for what each has seen).
pub const SETS: &[&str] = &[
    "tuning",
    "held-out",
    "fresh",
    "unseen",
    "wire",
    "wire-unseen",
];

/// Counts for precision and recall.
#[derive(Clone, Copy, Debug, Default)]
pub struct Score {
    /// Expected quotes.
    expected: usize,
    /// Drafted quotes.
    drafted: usize,
    /// Drafted quotes given a speaker (not the placeholder of quotes whose speaker was not
    /// found, which claims nobody).
    claimed: usize,
    /// Expected quotes whose text was drafted, whatever the speaker.
    found: usize,
    /// Drafted quotes whose text is an expected quote, whatever the speaker.
    real: usize,
    /// Drafted (text, speaker) pairs that are expected.
    correct: usize,
}

impl Score {
    /// Correct pairs among drafted pairs that name a speaker (1 when none does).
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.claimed)
    }

    /// Correct pairs among expected pairs (1 when nothing was expected): quotes found with
    /// the right speaker.
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.expected)
    }

    /// Expected quotes drafted, whatever the speaker.
    pub fn found(&self) -> f64 {
        ratio(self.found, self.expected)
    }

    /// Drafted quotes that are expected quotations, whatever the speaker: not a label, a
    /// title, a scare quote or a cut that nobody said.
    pub fn real(&self) -> f64 {
        ratio(self.real, self.drafted)
    }

    fn add(&mut self, other: Score) {
        self.expected += other.expected;
        self.drafted += other.drafted;
        self.claimed += other.claimed;
        self.found += other.found;
        self.real += other.real;
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
    /// Expected pairs not drafted: `speaker: text`, with what was drafted instead.
    missed: Vec<String>,
    /// Drafted pairs not expected: `speaker: text`.
    wrong: Vec<String>,
}

/// One set's articles and total.
pub struct SetResult {
    /// The set's name (`tuning`) or folder.
    pub name: String,
    articles: Vec<ArticleResult>,
    /// Sum over the set's articles.
    pub total: Score,
}

/// Scores every article of the named sets under `tests/articles`. An article whose text is
/// missing (the seed, outside the repository) is left out.
pub fn evaluate(sets: &[&str]) -> Vec<SetResult> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/articles");
    sets.iter()
        .map(|&name| evaluate_folder(name, &root.join(name)))
        .collect()
}

/// Scores every `NAME.expected` of `dir` against its `NAME.txt`.
pub fn evaluate_folder(name: &str, dir: &Path) -> SetResult {
    let mut set = SetResult {
        name: name.to_owned(),
        articles: Vec::new(),
        total: Score::default(),
    };
    for (expected_path, text) in articles(dir) {
        let result = score_article(&expected_path, &text);
        set.total.add(result.score);
        set.articles.push(result);
    }
    set
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
    let expected: Vec<(Vec<String>, String)> = expected_text
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
    let drafted = draft(text, &Options::default());
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
        claimed: pairs
            .iter()
            .filter(|(speaker, _)| *speaker != name_key(UNATTRIBUTED))
            .count(),
        ..Score::default()
    };
    // Texts first, whatever the speaker: each expected quote matches one drafted quote.
    let mut texts_left: Vec<&str> = expected.iter().map(|(_, q)| q.as_str()).collect();
    for (_, quote) in &pairs {
        if let Some(i) = texts_left.iter().position(|q| q == quote) {
            texts_left.swap_remove(i);
            score.real += 1;
        }
    }
    score.found = score.real;
    let mut left = expected.clone();
    let mut unmatched = Vec::new();
    for pair in &pairs {
        match left
            .iter()
            .position(|(names, quote)| *quote == pair.1 && names.contains(&pair.0))
        {
            Some(i) => {
                left.swap_remove(i);
                score.correct += 1;
            }
            None => unmatched.push(pair),
        }
    }
    let missed = left
        .iter()
        .map(|(names, q)| {
            let instead = unmatched
                .iter()
                .find(|(_, text)| text == q)
                .map_or("not drafted".to_owned(), |(s, _)| format!("drafted as {s}"));
            format!("{}: {q}  [{instead}]", names.join("|"))
        })
        .collect();
    let wrong = unmatched
        .iter()
        .filter(|(_, text)| !expected.iter().any(|(_, q)| q == text))
        .map(|(s, t)| format!("{s}: {t}"))
        .collect();
    ArticleResult {
        name: expected_path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default(),
        score,
        missed,
        wrong,
    }
}

/// A speaker name as compared: typography normalised, lowercase, without a leading `the`.
fn name_key(name: &str) -> String {
    let name = typographic(name).to_lowercase();
    name.strip_prefix("the ").unwrap_or(&name).to_owned()
}

/// One table row.
fn row(out: &mut String, name: &str, s: Score) {
    let _ = writeln!(
        out,
        "{:<24} found {:>5.1}% ({}/{})  right speaker {:>5.1}% ({}/{})  precision {:>5.1}% ({}/{})  pairs {:>5.1}%",
        name,
        s.found() * 100.0,
        s.found,
        s.expected,
        s.recall() * 100.0,
        s.correct,
        s.expected,
        s.real() * 100.0,
        s.real,
        s.drafted,
        s.precision() * 100.0,
    );
}

/// The scores as a table, with each article's misses (expected pairs not drafted, and what
/// was drafted instead) and drafted quotes that are not expected at all.
pub fn render(sets: &[SetResult]) -> String {
    let mut out = String::new();
    for set in sets {
        let _ = writeln!(out, "== {} ==", set.name);
        for article in &set.articles {
            row(&mut out, &article.name, article.score);
            for miss in &article.missed {
                let _ = writeln!(out, "    missed: {miss}");
            }
            for wrong in &article.wrong {
                let _ = writeln!(out, "    wrong:  {wrong}");
            }
        }
        row(&mut out, "TOTAL", set.total);
    }
    out
}
