//! The reader's work off the key thread stays bounded, against the real binary in a pty: a
//! storm of reloads or library reads runs one load at a time, the network of thousands of
//! actors is laid out on a worker while keys answer, and a quit never waits on a store that
//! another program holds locked.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::pty::{Pty, TIMEOUT};

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("workers-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn quitting_while_another_program_locks_the_store_names_the_unsaved_mark() {
    let dir = scratch("locked-store");
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
    let raw = String::from_utf8_lossy(&pty.raw);
    assert!(
        raw.contains("1 mark not saved: ") && raw.contains("store.sqlite3: is locked"),
        "{}",
        &raw[raw.len().saturating_sub(400)..]
    );
    drop(lock);
}
