//! Writes synthetic briefings for trying `brief` at size:
//! `cargo run --release --example generate -- 100000 > big.toml` writes one briefing of
//! 100,000 quotes to stdout;
//! `cargo run --release --example generate -- --library 10000 DIR` writes a library of
//! 10,000 briefings of realistic size into DIR.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, count, folder] = args.as_slice()
        && flag == "--library"
    {
        let count = count.parse().expect("a number of briefings");
        if let Err(error) = brief::synthetic::write_library(std::path::Path::new(folder), count) {
            eprintln!("generate: {folder}: {error}");
            std::process::exit(1);
        }
        return;
    }
    let quotes = args.first().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    print!(
        "{}",
        brief::synthetic::briefing(brief::synthetic::Size { quotes })
    );
}
