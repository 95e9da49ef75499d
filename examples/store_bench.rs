//! The library store at scale: cold index build, warm start, search per keystroke, an actor
//! across briefings, and peak memory, on a synthetic library (generated on first use):
//! `cargo run --release --example store_bench -- [BRIEFINGS] [FOLDER]`
//! (10,000 briefings in `target/store-bench` by default). Linux only for the memory figure.
//!
//! The cold build is shown beside its floor, measured in the same run on the same files:
//! parsing every file on every core, plus inserting the same text into one bare FTS5 table
//! (the store's tokenizer, one transaction); the store's size beside that table's.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use brief::briefing::library;
use brief::store::{ActorIdentity, Store, TimelineScope};
use brief::synthetic::{LIBRARY_HERO, library_briefing, write_library};

/// Queries typed one character at a time; each prefix is one keystroke's search.
const TYPED: &[&str] = &[
    "kanemoto",
    "aurélie kan",
    "north korea",
    "sanctions pressure",
    "tomás garcía",
    "intelligence deployment",
    "straße",
    "日本",
    "zzzz",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(10_000);
    let root = args
        .next()
        .map_or_else(|| PathBuf::from("target/store-bench"), PathBuf::from);
    let folder = root.join(format!("library-{count}"));
    let store_path = root.join(format!("store-{count}.sqlite3"));
    if files_in(&folder) != count {
        let started = Instant::now();
        let _ = std::fs::remove_dir_all(&folder);
        write_library(&folder, count).expect("write the library");
        println!(
            "generated {count} briefings in {:.1} s",
            secs(started.elapsed())
        );
    }
    let bytes: u64 = std::fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    println!(
        "library: {count} briefings, {} MiB in {}",
        bytes >> 20,
        folder.display()
    );
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", store_path.display()));
    }
    let origins = library::origins(std::slice::from_ref(&folder), &[]);

    let started = Instant::now();
    let mut store = Store::open(&store_path).unwrap();
    let (_, report) = store.refresh(&origins).unwrap();
    let cold = started.elapsed();
    drop(store);
    let store_bytes = std::fs::metadata(&store_path).map_or(0, |m| m.len());
    println!(
        "cold index build: {:.1} s ({} files read), store {} MiB, peak memory so far {} MiB",
        secs(cold),
        report.read,
        store_bytes >> 20,
        brief::synthetic::peak_memory_kib() >> 10
    );

    let mut warm = Vec::new();
    let mut kept = None;
    for _ in 0..5 {
        let started = Instant::now();
        let mut store = Store::open(&store_path).unwrap();
        let (library, report) = store.refresh(&origins).unwrap();
        let entries = library.entries();
        warm.push(started.elapsed());
        assert_eq!((report.read, entries.len()), (0, count));
        kept = Some((store, library));
    }
    let (mut store, library) = kept.unwrap();
    println!(
        "warm start (open, refresh finding nothing changed, picker entries): median {} ms, max {} ms",
        ms(median(&mut warm)),
        ms(*warm.iter().max().unwrap())
    );

    // A file saved again after the build: read, written, and the build's full-text segments
    // merged a little more each time.
    let mut changed = Vec::new();
    let edited = std::fs::read_dir(&folder)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let file = std::fs::File::options().append(true).open(&edited).unwrap();
    for n in 1..=10 {
        let later = std::time::SystemTime::now() + Duration::from_secs(n);
        file.set_modified(later).unwrap();
        let started = Instant::now();
        let (_, report) = store.refresh(&origins).unwrap();
        changed.push(started.elapsed());
        assert_eq!(report.read, 1);
    }
    println!(
        "one file saved again, ten times (refresh reading it): median {} ms, max {} ms",
        ms(median(&mut changed)),
        ms(*changed.iter().max().unwrap())
    );

    let mut keystrokes = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    for query in TYPED {
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            let started = Instant::now();
            let hits = store.search(&library, &typed, 50).unwrap();
            let took = started.elapsed();
            std::hint::black_box(hits);
            if took > slowest.0 {
                slowest = (took, typed.clone());
            }
            keystrokes.push(took);
        }
    }
    keystrokes.sort();
    println!(
        "search per keystroke ({} keystrokes, 50 hits each): median {} ms, 90th percentile {} ms, slowest {} ms ({:?})",
        keystrokes.len(),
        ms(keystrokes[keystrokes.len() / 2]),
        ms(keystrokes[keystrokes.len() * 9 / 10]),
        ms(slowest.0),
        slowest.1
    );

    let hero = brief::briefing::load_bytes("hero.toml", library_briefing(0).as_bytes()).unwrap();
    let hero = ActorIdentity::of(
        hero.actors
            .iter()
            .find(|a| a.name.as_str() == LIBRARY_HERO)
            .unwrap(),
    );
    let mut across = Vec::new();
    let mut rows = Vec::new();
    for _ in 0..5 {
        let started = Instant::now();
        rows = store.appearances(&library, &hero, usize::MAX).unwrap();
        across.push(started.elapsed());
    }
    let briefings: std::collections::HashSet<_> = rows
        .iter()
        .map(|r| r.briefing.origin.name().to_string())
        .collect();
    println!(
        "actor across briefings ({LIBRARY_HERO}: {} quotes and events in {} briefings): median {} ms",
        rows.len(),
        briefings.len(),
        ms(median(&mut across))
    );

    for limit in [1000, usize::MAX] {
        let started = Instant::now();
        let timeline = store
            .timeline(&library, &TimelineScope::All, limit)
            .unwrap();
        println!(
            "merged timeline of the whole library, {} events ({} dated): {} ms",
            timeline.len(),
            timeline.iter().filter(|row| row.date.is_some()).count(),
            ms(started.elapsed())
        );
    }
    println!(
        "peak memory (VmHWM): {} MiB",
        brief::synthetic::peak_memory_kib() >> 10
    );

    // The floors last, so that the memory above is the store's alone.
    let parse = parse_all(&origins);
    let (insert, bare_bytes) = bare_fts5(&store_path, &root.join(format!("bare-{count}.sqlite3")));
    let floor = parse + insert;
    println!(
        "floor for the cold build: parse on every core {:.1} s + bare FTS5 insert {:.1} s = {:.1} s; \
         the cold build took {:.2}x that",
        secs(parse),
        secs(insert),
        secs(floor),
        secs(cold) / secs(floor)
    );
    println!(
        "store {} MiB vs the bare FTS5 table {} MiB: {:.2}x",
        store_bytes >> 20,
        bare_bytes >> 20,
        store_bytes as f64 / bare_bytes as f64
    );
}

/// Loads every briefing of `origins` on every core, as the index does, keeping none.
fn parse_all(origins: &[library::Origin]) -> Duration {
    let started = Instant::now();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                while let Some(origin) =
                    origins.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                {
                    std::hint::black_box(origin.load().is_ok());
                }
            });
        }
    });
    started.elapsed()
}

/// Inserts the text the store indexed into one bare FTS5 table (the store's tokenizer and
/// prefix index) in a new file, in one transaction; returns the time of the insert and the
/// file's size.
fn bare_fts5(store: &std::path::Path, path: &std::path::Path) -> (Duration, u64) {
    let rows: Vec<(String, String, String)> = {
        let conn = rusqlite::Connection::open(store).unwrap();
        let mut stmt = conn
            .prepare("SELECT head, body, extra FROM items ORDER BY id")
            .unwrap();
        stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    };
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let mut conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
    conn.execute_batch(
        "CREATE VIRTUAL TABLE bare USING fts5(head, body, extra,
             tokenize = 'unicode61 remove_diacritics 2', prefix = '1')",
    )
    .unwrap();
    let started = Instant::now();
    let tx = conn.transaction().unwrap();
    {
        let mut insert = tx
            .prepare("INSERT INTO bare(head, body, extra) VALUES (?1, ?2, ?3)")
            .unwrap();
        for (head, body, extra) in &rows {
            insert.execute((head, body, extra)).unwrap();
        }
    }
    tx.commit().unwrap();
    let took = started.elapsed();
    drop(conn);
    (took, std::fs::metadata(path).map_or(0, |m| m.len()))
}

fn files_in(folder: &std::path::Path) -> usize {
    std::fs::read_dir(folder).map_or(0, |dir| dir.count())
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}
