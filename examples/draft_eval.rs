//! How well `brief draft` finds and attributes quotations, per article and per set:
//! `cargo run --release --example draft_eval [--misses] [--resolutions] [SET|FOLDER...]`.
//! A SET is one of `tests/articles` (all of them by default); a FOLDER is any folder of
//! `NAME.txt` / `NAME.expected` pairs, such as `../shared/corpus`, or of `NAME.txt` /
//! `NAME.ann` pairs annotated in brat as PolNeAR is (`../shared/polnear-train`), scored per
//! fold and per publisher, in-sample and out of fold; `--misses` then lists every miss out
//! of fold, and `--resolutions` every Source resolved by the all-sources heuristic.

#[path = "../tests/articles/eval.rs"]
mod eval;
#[path = "../tests/articles/polnear/mod.rs"]
#[allow(dead_code)]
mod polnear;

use std::path::Path;

fn main() {
    let mut asked: Vec<String> = std::env::args().skip(1).collect();
    let listings = polnear::Listings {
        misses: asked.iter().any(|a| a == "--misses"),
        resolutions: asked.iter().any(|a| a == "--resolutions"),
    };
    asked.retain(|a| a != "--misses" && a != "--resolutions");
    if asked.is_empty() {
        print!("{}", eval::render(&eval::evaluate(eval::SETS)));
        return;
    }
    for arg in &asked {
        let dir = Path::new(arg);
        if let Some(set) = eval::SETS.iter().find(|set| *set == arg) {
            print!("{}", eval::render(&eval::evaluate(&[set])));
        } else if polnear::corpus::is_annotated(dir) {
            match polnear::evaluate(arg, dir, listings) {
                Ok(table) => print!("{table}"),
                Err(e) => {
                    eprintln!("draft_eval: {e}");
                    std::process::exit(1);
                }
            }
        } else {
            print!("{}", eval::render(&[eval::evaluate_folder(arg, dir)]));
        }
    }
}
