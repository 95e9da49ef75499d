//! `brief search` and `brief notes` as a script runs them, and the promise that `brief check`
//! and `brief export` never touch the store.

mod common;
mod store_support;

use std::path::Path;
use std::process::Output;

use brief::store::{Flag, ItemKind, Store};
use common::cli::{self, stderr, stdout};
use store_support::*;

/// Runs `brief ARGS` with the store at `store` and no user config or data folder.
fn brief(store: &Path, args: &[&str]) -> Output {
    cli::brief(args)
        .env("BRIEF_STORE", store)
        .output()
        .expect("run brief")
}

#[test]
fn search_prints_one_hit_a_line_as_path_line_kind_text() {
    let scratch = Scratch::new();
    let out = brief(
        &scratch.store_path(),
        &["search", "three in the morning", "tests/fixtures/library"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "tests/fixtures/library/trilateral-hotline.toml:83: quote: “The real test of a hotline is whether anyone picks up at three in the morning.” — Dr. A. Tanabe\n"
    );

    let out = brief(
        &scratch.store_path(),
        &["search", "hayashi", "tests/fixtures/library/"],
    );
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[..2],
        [
            "tests/fixtures/library/trilateral-hotline.toml:18: actor: HAYASHI Yoshimasa",
            "tests/fixtures/library/sea-of-japan-launch.toml:18: actor: Yoshimasa Hayashi",
        ]
    );
    assert!(
        text.contains("\ntests/fixtures/library/sea-of-japan-launch.toml:75: quote: “We are gathering information together"),
        "{text}"
    );
}

#[test]
fn search_json_is_an_array_of_hits_with_their_briefing() {
    let scratch = Scratch::new();
    let out = brief(
        &scratch.store_path(),
        &["search", "--json", "hotline", "tests/fixtures/library"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let hits: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let hits = hits.as_array().unwrap();
    assert!(hits.len() >= 4);
    let first = &hits[0];
    assert_eq!(first["kind"], "summary");
    assert_eq!(first["match"], "name");
    assert_eq!(first["line"], 5);
    assert_eq!(
        first["path"],
        "tests/fixtures/library/trilateral-hotline.toml"
    );
    assert_eq!(first["briefing"]["id"], "trilateral-hotline");
    assert_eq!(first["briefing"]["date"], "2025-02");
    assert!(
        hits.iter()
            .any(|h| h["kind"] == "quote" && h["id"] == "tanabe-hotline-test")
    );

    let none = brief(
        &scratch.store_path(),
        &["search", "--json", "zzzz", "tests/fixtures/library"],
    );
    assert_eq!(stdout(&none), "[]\n");
}

#[test]
fn search_with_no_path_searches_the_library_the_reader_opens() {
    let scratch = Scratch::new();
    let config = scratch.config();
    let out = brief(
        &scratch.store_path(),
        &["--config", config.to_str().unwrap(), "search", "hayashi"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("dprk-troops-russia.toml (bundled):19: actor: Yoshimasa Hayashi"),
        "{text}"
    );
    assert!(
        text.contains("trilateral-hotline.toml:18: actor: HAYASHI Yoshimasa"),
        "{text}"
    );
}

#[test]
fn search_names_a_file_it_cannot_read_and_exits_one() {
    let scratch = Scratch::new();
    let out = brief(
        &scratch.store_path(),
        &[
            "search",
            "nobody",
            "tests/fixtures/library",
            "tests/fixtures/invalid/dangling-ref.toml",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("brief: skipped: tests/fixtures/invalid/dangling-ref.toml:"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn search_still_works_when_the_store_is_unusable() {
    let scratch = Scratch::new();
    make_garbage(&scratch.store_path());
    let out = brief(
        &scratch.store_path(),
        &["search", "hotline", "tests/fixtures/library"],
    );
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("quote: “The real test of a hotline"));
    let warning = stderr(&out);
    assert!(
        warning.contains(&scratch.store_path().display().to_string())
            && warning.contains("searching without it"),
        "{warning}"
    );
}

#[test]
fn notes_lists_marks_where_they_are_and_orphaned() {
    let scratch = Scratch::new();
    let config = scratch.config();
    let mut store = Store::open(&scratch.store_path()).unwrap();
    let quote = key("trilateral-hotline", ItemKind::Quote, "hayashi-hotline");
    store.toggle_flag(&quote, Flag::Key).unwrap();
    store.toggle_flag(&quote, Flag::FollowUp).unwrap();
    store
        .set_note(&quote, "compare with the June briefing")
        .unwrap();
    store
        .toggle_flag(
            &key("trilateral-hotline", ItemKind::Quote, "gone"),
            Flag::Doubtful,
        )
        .unwrap();
    store
        .set_note(&key("elsewhere", ItemKind::Actor, "x"), "old story")
        .unwrap();
    drop(store);
    let config = config.to_str().unwrap();

    let out = brief(&scratch.store_path(), &["--config", config, "notes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let library = scratch.library().display().to_string();
    assert_eq!(
        stdout(&out),
        format!(
            "elsewhere: (briefing not in the library) actor x old story\n\
             {library}/trilateral-hotline.toml: (orphaned) quote gone [doubtful]\n\
             {library}/trilateral-hotline.toml:76: quote hayashi-hotline [key, follow-up] compare with the June briefing\n"
        )
    );

    let out = brief(
        &scratch.store_path(),
        &["--config", config, "notes", "--json"],
    );
    let notes: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let found = &notes[2];
    assert_eq!(found["status"], "found");
    assert_eq!(found["flags"], serde_json::json!(["key", "follow-up"]));
    assert_eq!(found["line"], 76);
    assert_eq!(notes[1]["status"], "orphaned");
    assert_eq!(notes[0]["status"], "not-in-library");
}

/// `brief notes` on a store spoiled by `spoil` exits 1 with a message naming the file.
fn notes_fail(scratch: &Scratch, expected: &str) {
    let out = brief(&scratch.store_path(), &["notes"]);
    assert_eq!(out.status.code(), Some(1));
    let message = stderr(&out);
    assert!(
        message.starts_with(&format!("brief: {}: ", scratch.store_path().display())),
        "{message}"
    );
    assert!(message.contains(expected), "{message}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn notes_on_a_garbage_store_exits_one_naming_it() {
    let scratch = Scratch::new();
    make_garbage(&scratch.store_path());
    notes_fail(&scratch, "not a usable brief store");
}

#[test]
fn notes_on_a_newer_store_exits_one_naming_it() {
    let scratch = Scratch::new();
    make_newer(&scratch.store_path());
    notes_fail(&scratch, "newer brief");
}

#[test]
fn notes_on_a_locked_store_exits_one_naming_it() {
    let scratch = Scratch::new();
    drop(scratch.store());
    let _held = lock(&scratch.store_path());
    notes_fail(&scratch, "locked by another process");
}

#[test]
fn notes_on_a_read_only_store_exits_one_naming_it() {
    let scratch = Scratch::new();
    drop(scratch.store());
    let Some(_guard) = ReadOnly::make(&scratch.store_path()) else {
        eprintln!("skipped: no way to make a file read-only here");
        return;
    };
    notes_fail(&scratch, "cannot be written");
}

#[test]
fn check_and_export_never_create_or_write_the_store() {
    let scratch = Scratch::new();
    let store = scratch.store_path();
    let check = brief(&store, &["check", "tests/fixtures/library"]);
    assert_eq!(check.status.code(), Some(0));
    let export = brief(&store, &["export", "briefings/dprk-troops-russia.toml"]);
    assert_eq!(export.status.code(), Some(0));
    assert!(!store.exists() && !store.parent().unwrap().exists());

    let mut opened = Store::open(&store).unwrap();
    opened
        .toggle_flag(&key("dprk-troops-russia", ItemKind::Quote, "q"), Flag::Key)
        .unwrap();
    drop(opened);
    let before = std::fs::read(&store).unwrap();
    brief(&store, &["check", "briefings/dprk-troops-russia.toml"]);
    brief(&store, &["export", "briefings/dprk-troops-russia.toml"]);
    assert!(std::fs::read(&store).unwrap() == before);
}

#[test]
fn a_query_of_800_words_is_cut_to_the_cap_and_says_so() {
    let scratch = Scratch::new();
    let words = ["hotline", "test", "three", "morning", "picks"];
    let query: Vec<&str> = (0..800).map(|n| words[n % words.len()]).collect();
    let query = query.join(" ");
    let out = brief(
        &scratch.store_path(),
        &["search", &query, "tests/fixtures/library"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stderr(&out),
        "brief: searched for the first 30 words of the query (197 of its 5279 characters): a \
         query is cut at 200\n"
    );
    assert_eq!(
        stdout(&out),
        "tests/fixtures/library/trilateral-hotline.toml:83: quote: “The real test of a hotline is whether anyone picks up at three in the morning.” — Dr. A. Tanabe\n"
    );
}
