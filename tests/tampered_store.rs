//! A store someone else wrote (a shared `BRIEF_STORE`, a copied store) is read like any other
//! untrusted file: escape sequences in its ids, notes, titles and labels come out as visible
//! stand-ins in every output (the exports of every format with `--with-notes`, `brief notes`,
//! `brief search`, the reader), line numbers are clamped, and a damaged row (a blob where a
//! note belongs) is skipped and named while every other mark is still read.

mod common;
mod store_support;

use std::process::Output;

use brief::store::{Flag, ItemKind};
use brief::text::is_unsafe_char;
use common::cli::{self, stderr, stdout};
use common::pty::Pty;
use rusqlite::Connection;
use store_support::*;

/// What a hostile writer of the store puts in its text: a title change and a clipboard write.
const ESCAPES: &str =
    "char(27) || ']0;PWNED' || char(7) || char(27) || ']52;c;SGVsbG8=' || char(7)";

/// `-5` read as an unsigned number.
const WRAPPED: &str = "18446744073709551611";

/// Marks and index text carrying escape sequences: in an orphaned mark's item id and note,
/// in a briefing id, in a briefing's title and in an item's label.
fn escapes() -> String {
    format!(
        "INSERT INTO marks(briefing, kind, item, flags, note, updated_at)
             VALUES ('trilateral-hotline', 3, 'gone' || {ESCAPES}, 1, 'evil' || {ESCAPES}, 0);
         INSERT INTO marks(briefing, kind, item, flags, note, updated_at)
             VALUES ('elsewhere' || {ESCAPES}, 1, 'x', 2, 'far', 0);
         UPDATE items SET head = 'Hotline' || {ESCAPES} WHERE kind = 0;
         UPDATE files SET title = 'Title' || {ESCAPES};"
    )
}

/// A negative line number for the marked quote.
const NEGATIVE_LINE: &str = "UPDATE items SET line = -5 WHERE item = 'hayashi-hotline';";

/// A mark whose note is a blob (holding an escape sequence).
const BLOB_NOTE: &str = "INSERT INTO marks(briefing, kind, item, flags, note, updated_at)
    VALUES ('trilateral-hotline', 3, 'tanabe-hotline-test', 1, X'1b5d303b50574e454407', 0);";

/// A library whose store holds one good mark (a flag and `fine note` on the quote
/// `hayashi-hotline`) and the library's index, then tampered with `sql`.
fn tampered(sql: &str) -> Scratch {
    let scratch = Scratch::new();
    let mut store = scratch.store();
    store.refresh(&scratch.origins()).unwrap();
    let good = key("trilateral-hotline", ItemKind::Quote, "hayashi-hotline");
    store.toggle_flag(&good, Flag::Key).unwrap();
    store.set_note(&good, "fine note").unwrap();
    drop(store);
    Connection::open(scratch.store_path())
        .unwrap()
        .execute_batch(sql)
        .unwrap();
    scratch
}

/// Runs `brief ARGS` against the scratch's store and config.
fn brief(scratch: &Scratch, args: &[&str]) -> Output {
    let config = scratch.config();
    let mut all = vec!["--config", config.to_str().unwrap()];
    all.extend(args);
    cli::brief(&all)
        .env("BRIEF_STORE", scratch.store_path())
        .output()
        .expect("run brief")
}

/// Asserts that `out` succeeded and printed no character a terminal could act on; returns
/// stdout.
fn clean(out: &Output) -> String {
    let text = format!("{}{}", stdout(out), stderr(out));
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| c != '\n' && is_unsafe_char(c))
        .collect();
    assert!(bad.is_empty(), "{bad:?} in {text}");
    assert_eq!(out.status.code(), Some(0), "{text}");
    stdout(out)
}

/// The three export formats of the marked briefing, with notes.
fn exports(scratch: &Scratch) -> Vec<Output> {
    let file = scratch.file("trilateral-hotline.toml");
    ["text", "markdown", "json"]
        .iter()
        .map(|format| {
            let file = file.to_str().unwrap();
            brief(
                scratch,
                &["export", "--with-notes", "--format", format, file],
            )
        })
        .collect()
}

#[test]
fn escapes_in_the_store_reach_no_output() {
    let scratch = tampered(&escapes());
    for out in exports(&scratch) {
        let text = clean(&out);
        assert!(text.contains("fine note"), "{text}");
        assert!(text.contains("gone␛"), "{text}");
        if text.starts_with('{') {
            let json: serde_json::Value = serde_json::from_str(&text).unwrap();
            let ids: Vec<&str> = json["notes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|n| n["id"].as_str().unwrap())
                .collect();
            assert_eq!(ids.len(), 2, "{ids:?}");
        }
    }
    for args in [&["notes"][..], &["notes", "--json"], &["search", "hotline"]] {
        let text = clean(&brief(&scratch, args));
        assert!(text.contains("hotline"), "{text}");
    }
    let notes = clean(&brief(&scratch, &["notes"]));
    assert!(notes.contains("elsewhere␛"), "{notes}");

    // The reader: the marked quote's detail, then the library's search.
    let mut pty = reader(&scratch);
    pty.send(b"b");
    pty.wait_for("briefings");
    pty.send(b"\t");
    pty.wait_for("Search the library:");
    pty.send(b"hotline");
    pty.wait_for("Hotline␛");
    pty.send(b"\x03");
    pty.wait_exit();
    let raw = String::from_utf8_lossy(&pty.raw);
    assert!(!raw.contains("PWNED") && !raw.contains("]52;"), "{raw}");
}

/// The reader on the marked briefing, at the marked quote's detail.
fn reader(scratch: &Scratch) -> Pty {
    let store = scratch.store_path();
    let file = scratch.file("trilateral-hotline.toml");
    let config = scratch.config();
    let mut pty = Pty::spawn(
        &["--config", config.to_str().unwrap(), file.to_str().unwrap()],
        120,
        40,
        &[("BRIEF_STORE", store.to_str().unwrap())],
    );
    pty.wait_for("Timeline");
    pty.send(b"3");
    pty.wait_for_line_start("Quotes 1/2");
    pty.send(b" ");
    pty.wait_for("Your note: fine note");
    pty.send(b" ");
    pty
}

#[test]
fn a_negative_line_number_in_the_store_is_clamped() {
    let scratch = tampered(NEGATIVE_LINE);
    let notes = clean(&brief(&scratch, &["notes"]));
    assert!(
        notes.contains("trilateral-hotline.toml:1: quote hayashi-hotline [key] fine note"),
        "{notes}"
    );
    let hits = clean(&brief(&scratch, &["search", "within minutes"]));
    assert!(hits.contains("trilateral-hotline.toml:1: quote"), "{hits}");
    let json = clean(&brief(&scratch, &["notes", "--json"]));
    assert!(
        !json.contains(WRAPPED) && json.contains("\"line\":1"),
        "{json}"
    );
}

#[test]
fn a_damaged_mark_row_is_skipped_and_named_and_the_other_marks_are_read() {
    let scratch = tampered(BLOB_NOTE);
    let named = |out: &Output| {
        let message = stderr(out);
        assert!(
            message.contains("the store's marks row (briefing = \"trilateral-hotline\", kind = 3, item = \"tanabe-hotline-test\") is damaged: its note is a blob, not text; it was skipped"),
            "{message}"
        );
    };
    for args in [&["notes"][..], &["notes", "--json"]] {
        let out = brief(&scratch, args);
        assert!(clean(&out).contains("fine note"));
        named(&out);
    }
    for out in exports(&scratch) {
        assert!(clean(&out).contains("fine note"));
        named(&out);
    }
    // The reader still shows the good mark (not "marks unavailable").
    let mut pty = reader(&scratch);
    pty.send(b"q");
    pty.wait_exit();
    assert!(!String::from_utf8_lossy(&pty.raw).contains("PWNED"));
}
