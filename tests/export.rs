//! `brief export`: the whole briefing as a report, every actor and quote present.

mod common;

use brief::cli::Format;
use brief::export;

#[test]
fn markdown_export_holds_every_actor_quote_and_the_sources() {
    let briefing = common::bundled();
    let text = export::briefing(&briefing, Format::Markdown);
    assert!(text.starts_with("# Japan alarmed as North Korean troops"));
    for actor in &briefing.actors {
        assert!(
            text.contains(&format!("**{}**", actor.name)),
            "{}",
            actor.name
        );
    }
    for quote in &briefing.quotes {
        assert!(
            text.contains(&format!("> “{}”", quote.text)),
            "{}",
            quote.text
        );
    }
    assert!(text.contains("> — Jens Stoltenberg, Secretary-General (Press conference) [1]"));
    assert!(text.contains("## Sources\n\n1. Article on North Korean troops"));
    assert!(text.contains(
        "### East Asia: Heightened threat to Japan and regional security (high severity)"
    ));
}

#[test]
fn text_export_has_no_markdown_markup() {
    let briefing = common::bundled();
    let text = export::briefing(&briefing, Format::Text);
    assert!(
        text.starts_with("Japan alarmed as North Korean troops reportedly arrive in Russia\n=====")
    );
    assert!(!text.contains("**"));
    assert!(!text.contains("\n> "));
    for quote in &briefing.quotes {
        assert!(text.contains(quote.text.as_str()));
    }
}

#[test]
fn export_command_prints_to_stdout_and_fails_plainly_on_bad_files() {
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let out = run(&[
        "export",
        "--format",
        "text",
        "briefings/dprk-troops-russia.toml",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .contains("Yoshimasa Hayashi")
    );
    let out = run(&["export", "tests/fixtures/invalid/bad-enum.toml"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("bad-enum.toml:11:8: kind 'persn'")
    );
    assert_eq!(
        run(&["export", "--format", "pdf", "x.toml"]).status.code(),
        Some(2)
    );
}
