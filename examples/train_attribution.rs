//! Trains the speaker choice of `brief draft` on a folder of brat-annotated articles and
//! writes its weights where the drafter compiles them in:
//! `cargo run --release --example train_attribution -- ../shared/polnear-train [OUTPUT]`
//! (OUTPUT defaults to `src/draft/choose/weights.txt`). The same folder always gives the
//! same bytes: the examples are read in name order and the optimiser is deterministic (see
//! `tests/articles/polnear/train.rs`). The header names the command, the training set's
//! hash (64-bit FNV-1a over each article's name, text and annotation, in name order) and
//! what the examples held.

#[path = "../tests/articles/polnear/mod.rs"]
#[allow(dead_code)]
mod polnear;

use std::path::{Path, PathBuf};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: train_attribution FOLDER [OUTPUT]");
        std::process::exit(2);
    };
    let output = args.get(1).map(PathBuf::from).unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/draft/choose/weights.txt")
    });
    let articles = match polnear::corpus::load(Path::new(dir)) {
        Ok(articles) => articles,
        Err(e) => {
            eprintln!("train_attribution: {e}");
            std::process::exit(1);
        }
    };
    let hash = match training_hash(Path::new(dir)) {
        Ok(hash) => hash,
        Err(e) => {
            eprintln!("train_attribution: {e}");
            std::process::exit(1);
        }
    };
    let examples: Vec<brief::draft::Example> =
        articles.iter().flat_map(polnear::train::examples).collect();
    let counts = polnear::train::counts(&examples);
    let weights = polnear::train::train(&examples);
    let header = format!(
        "The weights of the speaker choice of `brief draft`. Generated: never edit by hand.\n\
         command: cargo run --release --example train_attribution -- {}\n\
         training set: {} articles, FNV-1a 64 of names, texts and annotations: {hash:016x}\n\
         examples: {} quotations drafted that are gold, {} with a Source, {} of those with a \
         candidate overlapping it; {} candidates\n\
         features with a weight: {}",
        folder_name(dir),
        articles.len(),
        counts.examples,
        counts.sourced,
        counts.reachable,
        counts.candidates,
        weights.len(),
    );
    let text = weights.write(&header);
    if let Err(e) = std::fs::write(&output, text) {
        eprintln!("train_attribution: {}: {e}", output.display());
        std::process::exit(1);
    }
    println!(
        "wrote {} ({} features) from {} articles, {} examples",
        output.display(),
        weights.len(),
        articles.len(),
        counts.examples
    );
}

/// The folder as the command was given, without a trailing slash.
fn folder_name(dir: &str) -> &str {
    dir.trim_end_matches('/')
}

/// 64-bit FNV-1a over each `NAME.ann` of `dir` in name order: the name, the text, the
/// annotation, each followed by a zero byte.
fn training_hash(dir: &Path) -> Result<u64, String> {
    let names = polnear::corpus::annotated_names(dir)?;
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    let mut eat = |bytes: &[u8]| {
        for &b in bytes.iter().chain(&[0]) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    for name in &names {
        eat(name.as_bytes());
        for ext in ["txt", "ann"] {
            let path = dir.join(format!("{name}.{ext}"));
            eat(&std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?);
        }
    }
    Ok(hash)
}
