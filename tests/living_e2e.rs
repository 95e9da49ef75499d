//! A living briefing in the real binary, in a pseudo-terminal: source tags on the rows, an
//! event's status over time in its detail, the sources in the overview and narrowing by
//! source through the `f` menu.

mod common;

use common::pty::Pty;

const LIVING: &str = "tests/articles/living/dprk-troops-russia.toml";

#[test]
fn a_living_briefing_reads_with_its_sources_history_and_narrowing() {
    let store = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("living-e2e.sqlite3");
    let _ = std::fs::remove_file(&store);
    let mut pty = Pty::spawn(
        &[LIVING],
        120,
        40,
        &[("BRIEF_STORE", store.to_str().unwrap())],
    );
    pty.wait_for("Timeline 1/14");
    // Orlov's quote stands in the text of its own source.
    pty.send(b"3Gk ");
    pty.wait_for("In the source (tests/articles/living/moscow-denies.txt, line 5)");
    // The quotes of other sources are not misquotes of that text.
    pty.send(b"\x1b");
    pty.wait_without("Esc closes");
    pty.send(b"g");
    pty.wait_for("— Japan, Japan's expression of … · [japan-concern]");
    assert!(
        !pty.screen().contains("✗ not in source"),
        "{}",
        pty.screen()
    );
    pty.send(b"1G");
    pty.wait_for("Monday (2024-10-28) · ● confirmed · B1 · [nato-confirms]");
    // The sixth event is the 3,000 troops.
    pty.send(b"gjjjjj ");
    pty.wait_for("Status over time: reported by publisher not stated in the article text, 18 Oct");
    pty.wait_for("Backed by 3 independent sources");
    pty.send(b"\x1b");
    pty.wait_without("Esc closes");
    pty.send(b"0");
    pty.wait_for("[kremlin-denies] Kremlin dismisses reports");
    pty.wait_for("gave 2 quotes, 2 events, 0 implications");
    pty.send(b"1f");
    pty.send(b"nato-confirms");
    pty.wait_for("3 quotes, 2 events, 1 implication");
    pty.send(b"\r");
    pty.wait_for("narrowed: source nato-confirms");
    pty.wait_for("Timeline 1/2");
    pty.send(b"qq");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn what_a_new_source_adds_is_new_since_the_briefing_was_last_read() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("living-new");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let store = dir.join("store.sqlite3");
    let env = [("BRIEF_STORE", store.to_str().unwrap())];
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let story = dir.join("story.toml");
    std::fs::copy(root.join("briefings/dprk-troops-russia.toml"), &story).unwrap();
    let mut pty = Pty::spawn(&[story.to_str().unwrap()], 120, 40, &env);
    pty.wait_for("Timeline 1/12");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);

    // The same briefing, now fed two more reports.
    for file in [
        "dprk-troops-russia.toml",
        "moscow-denies.txt",
        "nato-confirms.txt",
    ] {
        let to = if file.ends_with(".toml") {
            story.clone()
        } else {
            dir.join(file)
        };
        std::fs::copy(root.join("tests/articles/living").join(file), to).unwrap();
    }
    let mut pty = Pty::spawn(&[story.to_str().unwrap()], 200, 60, &env);
    // Three actors, five quotes and two events the reports brought, the two events that
    // took an id to be corroborated (an id is a new key: their old marks would be orphaned),
    // and the implication that gained a source (its key and marks stay).
    pty.wait_for("13 new since you last read this briefing");
    pty.send(b"3G");
    pty.wait_for_line_start("Quotes 21/21");
    // Orlov's denial, above the selection, is new.
    pty.wait_for("fabrication meant to frighten Europe” · new");
    pty.wait_for("— Pavel Orlov, Told reporters in Moscow · D5");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}
