//! What an author waits for: `brief draft --into`, a 10 KB article merged into a briefing of
//! 1,000 quotes (the original loaded, the article drafted and merged, the result loaded again,
//! as the command does; files aside). Run with `cargo bench --bench draft`.

use brief::briefing::load::load_str;
use brief::draft::merge::{self, Inputs};
use brief::synthetic::{self, Size};
use divan::{Bencher, black_box};

fn main() {
    divan::main();
}

/// Bytes of the article merged.
const ARTICLE_BYTES: usize = 10 * 1024;

/// About [`ARTICLE_BYTES`] of news: the follow-ups of the bundled story, then wire articles,
/// paragraph by paragraph until there is enough.
fn article() -> String {
    let files = [
        "tests/articles/living/tokyo-nato-confirm.txt",
        "tests/articles/living/nato-confirms.txt",
        "tests/articles/living/moscow-denies.txt",
        "tests/articles/wire/ap-rail-safety.txt",
        "tests/articles/wire/guardian-universities.txt",
    ];
    let mut out = String::new();
    for file in files {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(file);
        for paragraph in std::fs::read_to_string(path).unwrap().split("\n\n") {
            if out.len() >= ARTICLE_BYTES {
                return out;
            }
            out.push_str(paragraph);
            out.push_str("\n\n");
        }
    }
    out
}

/// Load, draft, merge and load the result.
#[divan::bench(args = [1_000, 10_000], sample_count = 20)]
fn merge_into(bencher: Bencher, quotes: usize) {
    let original = synthetic::briefing(Size { quotes });
    let article = article();
    let keep = |_: &str| None;
    let is_article = |_: &str| false;
    bencher.bench(|| {
        let briefing = load_str("bench.toml", black_box(&original)).unwrap();
        let merged = merge::into(&Inputs {
            text: &original,
            briefing: &briefing,
            article: black_box(&article),
            source_file: Some("article.txt"),
            relocate: &keep,
            is_article: &is_article,
        })
        .unwrap();
        load_str("new.toml", &merged.toml).unwrap()
    });
}

/// The floor: drafting the same article alone (`brief draft`), nothing loaded or merged.
#[divan::bench(sample_count = 20)]
fn draft_alone(bencher: Bencher) {
    let article = article();
    bencher.bench(|| brief::draft::draft(black_box(&article), &brief::draft::Options::default()));
}
