//! Precision and recall of `brief draft` on the article test set, per article and per set:
//! `cargo run --release --example draft_eval [SET...]` (sets: tuning, held-out, fresh, unseen; all by
//! default, so a heuristic can be tuned while looking at the tuning set only).

#[path = "../tests/articles/eval.rs"]
mod eval;

fn main() {
    let asked: Vec<String> = std::env::args().skip(1).collect();
    let sets: Vec<&'static str> = eval::SETS
        .iter()
        .copied()
        .filter(|set| asked.is_empty() || asked.iter().any(|a| a == set))
        .collect();
    print!("{}", eval::render(&eval::evaluate(&sets)));
}
