//! Writes a synthetic briefing of N quotes to stdout, for trying `brief` at size:
//! `cargo run --release --example generate -- 100000 > big.toml`.

fn main() {
    let quotes = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    print!(
        "{}",
        brief::synthetic::briefing(brief::synthetic::Size { quotes })
    );
}
