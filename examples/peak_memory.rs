//! Peak memory of loading one file, as `brief` does or as a generic TOML table, read from
//! /proc/self/status (Linux): `cargo run --release --example peak_memory -- brief FILE`.

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(mode), Some(path)) = (args.next(), args.next()) else {
        eprintln!("usage: peak_memory brief|table FILE");
        std::process::exit(2);
    };
    let bytes = std::fs::read(&path).expect("read the file");
    let before = brief::synthetic::peak_memory_kib();
    let start = std::time::Instant::now();
    match mode.as_str() {
        "brief" => drop(brief::briefing::load_bytes(&path, &bytes).expect("valid briefing")),
        "table" => drop(
            std::str::from_utf8(&bytes)
                .unwrap()
                .parse::<toml::Table>()
                .expect("valid TOML"),
        ),
        _ => panic!("mode is brief or table"),
    }
    let elapsed = start.elapsed();
    println!(
        "{mode}: {:.0} ms, peak {} MiB (file {} MiB, {} MiB before loading)",
        elapsed.as_secs_f64() * 1000.0,
        brief::synthetic::peak_memory_kib() / 1024,
        bytes.len() / (1024 * 1024),
        before / 1024
    );
}
