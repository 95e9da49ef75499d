//! Every briefing written before sources had ids means what it meant: the bundled briefing and
//! every valid fixture export (Markdown, text and JSON) exactly as they did, byte for byte. The
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
            if stdout(&out) != before {
                changed.push(format!("{path} as {format}"));
            }
        }
    }
    assert!(changed.is_empty(), "exports changed: {changed:?}");
}
