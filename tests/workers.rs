//! The reader's work off the key thread stays bounded, against the real binary in a pty: a
//! storm of reloads or library reads runs one load at a time, the network of thousands of
//! actors is laid out on a worker while keys answer, and a quit never waits on a store that
//! another program holds locked.

mod common;

use std::time::{Duration, Instant};

use common::pty::{Pty, TIMEOUT};

/// A number field (`Threads:`, `VmRSS:` in KiB, ...) of /proc/PID/status.
fn status(pid: u32, field: &str) -> u64 {
    let text = std::fs::read_to_string(format!("/proc/{pid}/status")).expect("Linux /proc");
    text.lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{field} in /proc/{pid}/status"))
}

/// CPU ticks (user + system) the process has used so far.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("Linux /proc");
    let fields: Vec<&str> = stat[stat.rfind(')').unwrap() + 2..].split(' ').collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

/// Waits until the process has used no CPU for half a second (its workers are done), noting
/// the most threads seen meanwhile; returns that.
fn settle(pid: u32) -> u64 {
    let start = Instant::now();
    let mut most = status(pid, "Threads:");
    let mut last = (cpu_ticks(pid), Instant::now());
    loop {
        std::thread::sleep(Duration::from_millis(10));
        most = most.max(status(pid, "Threads:"));
        let ticks = cpu_ticks(pid);
        if ticks != last.0 {
            last = (ticks, Instant::now());
        } else if last.1.elapsed() > Duration::from_millis(500) {
            return most;
        }
        assert!(start.elapsed() < TIMEOUT * 6, "brief never went idle");
    }
}

#[test]
fn a_storm_of_reloads_runs_one_load_at_a_time_and_memory_returns() {
    let dir = common::scratch("workers", "reloads");
    let path = dir.join("big.toml");
    std::fs::write(
        &path,
        brief::synthetic::briefing(brief::synthetic::Size { quotes: 3_000 }),
    )
    .unwrap();
    let store = dir.join("store.sqlite3");
    let mut pty = Pty::spawn(
        &[path.to_str().unwrap()],
        120,
        40,
        &[("BRIEF_STORE", store.to_str().unwrap())],
    );
    pty.wait_for("Timeline 1/300");
    let pid = pty.pid();
    let idle_threads = settle(pid);
    // One reload, to know what a load costs once its briefing is on screen.
    pty.send(b"r");
    pty.wait_for("Reloaded");
    settle(pid);
    let one_load = status(pid, "VmRSS:");

    pty.send(&[b'r'; 30]);
    let most_threads = settle(pid);
    let after = status(pid, "VmRSS:");
    assert!(
        most_threads <= idle_threads + 2,
        "{most_threads} threads during 30 reloads, {idle_threads} idle"
    );
    assert!(
        after < one_load * 3,
        "{after} KiB after 30 reloads, {one_load} KiB after one"
    );
    // Still the reader, on the same briefing.
    pty.send(b"j");
    pty.wait_for_line_start("Timeline 2/300");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_storm_of_library_reads_runs_one_scan_at_a_time() {
    let dir = common::scratch("workers", "library");
    let data = dir.join("data");
    brief::synthetic::write_library(&data.join("brief/briefings"), 300).unwrap();
    let path = dir.join("own.toml");
    std::fs::write(&path, brief::synthetic::library_briefing(1000)).unwrap();
    let mut pty = Pty::spawn(
        &[path.to_str().unwrap()],
        120,
        40,
        &[
            ("XDG_DATA_HOME", data.to_str().unwrap()),
            ("BRIEF_STORE", dir.join("store.sqlite3").to_str().unwrap()),
        ],
    );
    pty.wait_for("Timeline 1/");
    let pid = pty.pid();
    let idle_threads = settle(pid);
    pty.send(&[b'b'; 10]);
    let most_threads = settle(pid);
    // One scan: its own thread and one loader per core.
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get()) as u64;
    assert!(
        most_threads <= idle_threads + 1 + cores,
        "{most_threads} threads during 10 library reads, {idle_threads} idle"
    );
    pty.wait_for("briefings");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn the_network_of_five_thousand_actors_is_laid_out_while_keys_answer() {
    let dir = common::scratch("workers", "network");
    let path = dir.join("network.toml");
    std::fs::write(&path, brief::synthetic::network(5_000)).unwrap();
    let store = dir.join("store.sqlite3");
    let (cols, rows) = (600, 250);
    let mut pty = Pty::spawn(
        &[path.to_str().unwrap()],
        cols,
        rows,
        &[("BRIEF_STORE", store.to_str().unwrap())],
    );
    pty.wait_for("Timeline 1/");
    // The network, then help at once: help answers, and the layout that arrives says it was
    // bounded (the key thread never laid out thousands of actors).
    pty.send(b"6?");
    pty.wait_for("Keys (q or Esc closes)");
    pty.send(b"\x1b");
    pty.wait_for("actors shown");
    let screen = pty.screen();
    assert!(screen.contains("coarse layout ("), "{screen}");

    // Ten resizes, each a new layout, then a key: it answers.
    for n in 0..10 {
        pty.resize(cols - 20 * (n % 2), rows - 10 * (n % 2));
    }
    pty.send(b"?");
    pty.wait_for("Keys (q or Esc closes)");
    pty.send(b"q");
    pty.wait_without("Keys (q or Esc closes)");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn quitting_while_another_program_locks_the_store_names_the_unsaved_mark() {
    let dir = common::scratch("workers", "locked-store");
    let store = dir.join("store.sqlite3");
    let mut pty = Pty::spawn(&[], 120, 40, &[("BRIEF_STORE", store.to_str().unwrap())]);
    pty.wait_for("Timeline 1/12");
    // Flag a quote once the store has read the marks (until then `m` says it is reading;
    // moving away and back clears that notice for the next try).
    pty.send(b"3");
    pty.wait_for_line_start("Quotes 1/16");
    loop {
        pty.send(b"m");
        if pty.wait_for_any(&["Flagged key", "Reading your marks"]) == 0 {
            break;
        }
        pty.send(b"j");
        pty.wait_for_line_start("Quotes 2/16");
        pty.send(b"k");
        pty.wait_for_line_start("Quotes 1/16");
        std::thread::sleep(Duration::from_millis(100));
    }

    let lock = rusqlite::Connection::open(&store).unwrap();
    lock.busy_timeout(TIMEOUT).unwrap();
    lock.execute_batch("BEGIN EXCLUSIVE").unwrap();
    pty.send(b"jm");
    pty.wait_for("is locked by another process");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    // Named once the terminal is restored: which write, and why.
    pty.wait_for_output("brief: 1 mark not saved: ");
    pty.wait_for_output("store.sqlite3: is locked by another process");
    drop(lock);
}
