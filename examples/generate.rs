//! Writes synthetic briefings for trying `brief` at size:
//! `cargo run --release --example generate -- 100000 > big.toml` writes one briefing of
//! 100,000 quotes to stdout;
//! `cargo run --release --example generate -- --library 10000 DIR` writes a library of
//! 10,000 briefings of realistic size into DIR;
//! `cargo run --release --example generate -- --network 5000 > net.toml` writes a briefing
//! that is mostly a network of 5,000 actors.

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
    if let [flag, count] = args.as_slice()
        && flag == "--network"
    {
        let count = count.parse().expect("a number of actors");
        print!("{}", brief::synthetic::network(count));
        return;
    }
    let quotes = args.first().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    print!(
        "{}",
        brief::synthetic::briefing(brief::synthetic::Size { quotes })
    );
}
