//! Every briefing written before sources had ids means what it meant: the bundled briefing and
//! every valid fixture export as Markdown and text exactly as they did, byte for byte, and as
//! JSON with the same values plus only the keys added since, each empty (`null` or `[]`). The
//! snapshots under `tests/fixtures/snapshots/` were made by the release before living
//! briefings; remake one only for a change that is meant to show in every export.

mod common;

use common::cli::{self, stdout};

/// The briefings that existed before: each exports as its snapshot says.
const BRIEFINGS: &[&str] = &[
    "briefings/dprk-troops-russia.toml",
    "tests/fixtures/grades/graded.toml",
    "tests/fixtures/hostile/every-field.toml",
    "tests/fixtures/hostile/markup.toml",
    "tests/fixtures/library/sea-of-japan-launch.toml",
    "tests/fixtures/library/trilateral-hotline.toml",
    "tests/fixtures/provenance/story.toml",
    "tests/fixtures/valid/bom-crlf.toml",
    "tests/fixtures/valid/cjk-emoji.toml",
    "tests/fixtures/valid/minimal.toml",
];

/// `tests/fixtures/valid/minimal.toml` is snapshotted as `valid-minimal`.
fn snapshot_name(path: &str) -> String {
    path.trim_start_matches("tests/fixtures/")
        .trim_end_matches(".toml")
        .replace('/', "-")
}

#[test]
fn every_earlier_briefing_exports_exactly_as_before_in_every_format() {
    let mut changed = Vec::new();
    for path in BRIEFINGS {
        for (format, ext) in [("json", "json"), ("markdown", "md"), ("text", "txt")] {
            let out = cli::run(&["export", "--format", format, path]);
            assert!(out.status.success(), "{path} {format}: {out:?}");
            let snapshot = format!(
                "{}/tests/fixtures/snapshots/{}.{ext}",
                env!("CARGO_MANIFEST_DIR"),
                snapshot_name(path)
            );
            let before = std::fs::read_to_string(&snapshot).expect("snapshot");
            // The reports name the version that prepared them: the snapshots say VERSION.
            let after = stdout(&out).replace(
                concat!("prepared with brief ", env!("CARGO_PKG_VERSION"), " "),
                "prepared with brief VERSION ",
            );
            let same = match format {
                "json" => same_meaning(&before, &after),
                _ => after == before,
            };
            if !same {
                changed.push(format!("{path} as {format}"));
            }
        }
    }
    assert!(changed.is_empty(), "exports changed: {changed:?}");
}

/// Keys the JSON model gained with living briefings, each in the objects that carry it.
const ADDED_KEYS: &[&str] = &[
    "id",
    "source",
    "sources",
    "basis",
    "corroborated_by",
    "history",
];

/// True when `after` holds what `before` holds, plus only keys of [`ADDED_KEYS`] that are empty.
fn same_meaning(before: &str, after: &str) -> bool {
    let before: serde_json::Value = serde_json::from_str(before).expect("JSON snapshot");
    let mut after: serde_json::Value = serde_json::from_str(after).expect("JSON export");
    drop_added(&mut after, &before);
    after == before
}

/// Removes from `after` each empty added key that `before` lacks, at every depth.
fn drop_added(after: &mut serde_json::Value, before: &serde_json::Value) {
    use serde_json::Value;
    match (after, before) {
        (Value::Object(after), Value::Object(before)) => {
            after.retain(|key, value| {
                let empty = value.is_null() || value.as_array().is_some_and(Vec::is_empty);
                before.contains_key(key) || !(ADDED_KEYS.contains(&key.as_str()) && empty)
            });
            for (key, value) in after.iter_mut() {
                if let Some(old) = before.get(key) {
                    drop_added(value, old);
                }
            }
        }
        (Value::Array(after), Value::Array(before)) => {
            for (value, old) in after.iter_mut().zip(before) {
                drop_added(value, old);
            }
        }
        _ => {}
    }
}
