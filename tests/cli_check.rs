//! `brief check` as an author runs it: output lines and exit statuses.

mod common;

use std::path::Path;

use common::cli::run as brief;

#[test]
fn good_files_print_one_ok_line_each_and_exit_zero() {
    let out = brief(&["check", "briefings/"]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("ok  briefings/dprk-troops-russia.toml  "),
        "{stdout}"
    );
    assert!(stdout.contains(" actors, ") && stdout.contains(" implications"));
}

#[test]
fn a_folder_with_one_bad_file_reports_it_and_exits_one() {
    let out = brief(&[
        "check",
        "tests/fixtures/valid",
        "tests/fixtures/invalid/dangling-ref.toml",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("ok  ")).count(),
        3,
        "{stdout}"
    );
    assert!(
        stdout.contains("dangling-ref.toml:20:11: speaker 'nobody' is not the id of any actor")
    );
}

#[test]
fn every_invalid_fixture_fails_without_a_panic() {
    let out = brief(&["check", "tests/fixtures/invalid"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(!stdout.contains("ok  "), "{stdout}");
    assert!(String::from_utf8(out.stderr).unwrap().is_empty());
}

#[test]
fn a_folder_without_briefings_is_an_error() {
    let empty = Path::new(env!("CARGO_TARGET_TMPDIR")).join("no-briefings");
    std::fs::create_dir_all(&empty).unwrap();
    let out = brief(&["check", empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("no briefings in ")
    );
}

#[test]
fn usage_errors_exit_two() {
    assert_eq!(brief(&["check"]).status.code(), Some(2));
    assert_eq!(
        brief(&["check", "--frobnicate", "x"]).status.code(),
        Some(2)
    );
}

#[test]
fn check_help_says_what_it_does() {
    let out = brief(&["check", "--help"]);
    assert_eq!(out.status.code(), Some(0));
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("Check briefing files"), "{help}");
}

#[test]
fn quotes_are_verified_against_the_named_source_file() {
    let out = brief(&["check", "tests/fixtures/provenance/story.toml"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("tests/fixtures/provenance/story.toml: 1 of 2 quotes not verbatim in tests/fixtures/provenance/article.txt"), "{stdout}");
    assert!(stdout.contains("error: quote 'misquoted' is not verbatim in the source"));
}

#[test]
fn the_bundled_briefing_verifies_against_the_seed_article() {
    let seed = "../shared/seeds/000_2df2f6f88230cd01.txt";
    if !Path::new(env!("CARGO_MANIFEST_DIR")).join(seed).exists() {
        eprintln!("seed article not found; skipping");
        return;
    }
    let out = brief(&[
        "check",
        "--source",
        seed,
        "briefings/dprk-troops-russia.toml",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("every quote verbatim in")
    );
}

#[test]
fn counts_of_one_are_singular_in_the_summary() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-singular");
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("one.toml");
    std::fs::write(
        &file,
        "format = 1\n[briefing]\nid = \"one\"\ntitle = \"One of each\"\nsummary = \"TODO\"\n\n\
         [[actors]]\nid = \"a\"\nname = \"A\"\nkind = \"state\"\n\n\
         [[timeline]]\nwhen = \"2024\"\ntitle = \"E\"\n\n\
         [[quotes]]\nid = \"q\"\nspeaker = \"a\"\ntext = \"Q\"\n\n\
         [[implications]]\nid = \"i\"\nregion = \"R\"\ntitle = \"I\"\n",
    )
    .unwrap();
    let out = brief(&["check", "--strict", file.to_str().unwrap()]);
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("  1 actor, 1 quote, 1 event, 1 implication\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("not finished: 1 entry still to write or review"),
        "{stdout}"
    );
}
