//! `brief export --format svg --view ...` and `--with-notes`: the pictures for a report, and
//! the analyst's own marks only when asked.

mod common;

use std::process::Output;

use brief::store::{Flag, ItemKey, ItemKind, MarkKey, Store};
use common::cli;

/// Runs `brief ARGS` with the store at `store`.
fn brief(args: &[&str], store: &str) -> Output {
    cli::brief(args)
        .env("BRIEF_STORE", store)
        .output()
        .expect("run brief")
}

/// A new store in a folder of its own, `name`, under the tests' scratch folder.
fn new_store(name: &str) -> (std::path::PathBuf, Store) {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("store.sqlite3");
    let store = Store::open(&path).unwrap();
    (path, store)
}

#[test]
fn svg_exports_of_both_pictures_parse_and_name_every_actor_of_the_network() {
    let store = concat!(env!("CARGO_TARGET_TMPDIR"), "/export-extras-none.sqlite3");
    for view in ["timeline", "network"] {
        let out = brief(
            &[
                "export",
                "--format",
                "svg",
                "--view",
                view,
                "briefings/dprk-troops-russia.toml",
            ],
            store,
        );
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let svg = String::from_utf8(out.stdout).unwrap();
        let doc = roxmltree::Document::parse(&svg).expect("valid XML");
        assert_eq!(doc.root_element().tag_name().name(), "svg");
        if view == "network" {
            for name in ["Yoshimasa Hayashi", "Jens Stoltenberg", "North Korea"] {
                assert!(svg.contains(name), "{name}");
            }
        } else {
            assert!(svg.contains("2014") && svg.contains("2022"));
        }
    }
}

#[test]
fn notes_appear_only_with_with_notes() {
    let (path, mut store) = new_store("export-extras");
    let key = MarkKey {
        briefing: "dprk-troops-russia".into(),
        item: ItemKey::new(ItemKind::Actor, "hayashi"),
    };
    store.toggle_flag(&key, Flag::FollowUp).unwrap();
    store.set_note(&key, "<b>ask</b> # not a heading").unwrap();
    let gone = MarkKey {
        briefing: "dprk-troops-russia".into(),
        item: ItemKey::new(ItemKind::Quote, "a-quote-that-was-deleted"),
    };
    store.set_note(&gone, "orphaned but kept").unwrap();
    drop(store);
    let store = path.to_str().unwrap();

    let plain = brief(&["export", "briefings/dprk-troops-russia.toml"], store);
    let plain = String::from_utf8(plain.stdout).unwrap();
    assert!(!plain.contains("Analyst's notes") && !plain.contains("ask"));

    let out = brief(
        &[
            "export",
            "--with-notes",
            "briefings/dprk-troops-russia.toml",
        ],
        store,
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let markdown = String::from_utf8(out.stdout).unwrap();
    assert!(markdown.contains("## Analyst's notes"), "{markdown}");
    assert!(markdown.contains("**actor Yoshimasa Hayashi (Chief Cabinet Secretary)** (follow-up)"));
    assert!(
        markdown.contains("\\<b\\>ask\\</b\\> \\# not a heading"),
        "{markdown}"
    );
    assert!(markdown.contains("a-quote-that-was-deleted (no longer in the briefing)"));

    let json = brief(
        &[
            "export",
            "--with-notes",
            "--format",
            "json",
            "briefings/dprk-troops-russia.toml",
        ],
        store,
    );
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["notes"].as_array().unwrap().len(), 2);
}

#[test]
fn with_notes_and_a_damaged_store_fails_naming_the_file() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-extras-bad");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("store.sqlite3");
    std::fs::write(&path, b"garbage, not a database".repeat(50)).unwrap();
    let out = brief(
        &[
            "export",
            "--with-notes",
            "briefings/dprk-troops-russia.toml",
        ],
        path.to_str().unwrap(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("store.sqlite3"));
}

#[test]
fn a_quote_in_the_notes_is_whole_with_its_number_in_the_report() {
    let (path, mut store) = new_store("export-extras-quote");
    let key = MarkKey {
        briefing: "dprk-troops-russia".into(),
        item: ItemKey::new(ItemKind::Quote, "hayashi-regional-security"),
    };
    store.toggle_flag(&key, Flag::Key).unwrap();
    drop(store);
    let out = brief(
        &[
            "export",
            "--with-notes",
            "briefings/dprk-troops-russia.toml",
        ],
        path.to_str().unwrap(),
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let markdown = String::from_utf8(out.stdout).unwrap();
    let words = "The recent development of military cooperation between Russia and the DPRK \
        (North Korea), including this development, not only invites the further deterioration \
        of the situation in Ukraine, but it is seriously worrisome also from the perspective of \
        its impact on the security of the region surrounding Japan.";
    // The number the quote has where the report prints it.
    let printed = markdown
        .lines()
        .find(|l| l.contains("“The recent development"))
        .expect("the quote is in the report");
    let number = printed
        .split("**Q")
        .nth(1)
        .and_then(|rest| rest.split('.').next())
        .expect("a numbered quote");
    let notes = &markdown[markdown.find("## Analyst's notes").expect("notes")..];
    let escaped = words.replace('(', "\\(").replace(')', "\\)");
    assert!(
        notes.contains(&format!("Q{number} Yoshimasa Hayashi: “"))
            && (notes.contains(words) || notes.contains(&escaped)),
        "{notes}"
    );
}
