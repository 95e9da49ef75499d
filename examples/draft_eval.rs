//! How well `brief draft` finds and attributes quotations, per article and per set:
//! `cargo run --release --example draft_eval [SET|FOLDER...]`. A SET is one of `tests/articles`
//! (tuning, held-out, fresh, unseen; all of them by default); a FOLDER is any folder of
//! `NAME.txt` / `NAME.expected` pairs, such as `../shared/corpus`.

#[path = "../tests/articles/eval.rs"]
mod eval;

use std::path::Path;

fn main() {
    let asked: Vec<String> = std::env::args().skip(1).collect();
    let results: Vec<eval::SetResult> = if asked.is_empty() {
        eval::evaluate(eval::SETS)
    } else {
        asked
            .iter()
            .map(|arg| match eval::SETS.iter().find(|set| *set == arg) {
                Some(set) => eval::evaluate(&[set]).remove(0),
                None => eval::evaluate_folder(arg, Path::new(arg)),
            })
            .collect()
    };
    print!("{}", eval::render(&results));
}
