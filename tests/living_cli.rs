//! Living briefings on the command line: a draft that names its article where it is saved, and
//! `brief check` verifying each quote against its own source.

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::Stdio;

use common::cli::{self, stderr, stdout};

/// A fresh scratch folder named `name`.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join("living")
        .join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// The follow-up article `name` of `tests/articles/living/`.
fn article(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/articles/living")
        .join(name)
}

#[test]
fn a_draft_redirected_to_a_file_names_its_article_relative_to_that_file() {
    let dir = scratch("redirected");
    fs::copy(article("moscow-denies.txt"), dir.join("a.txt")).unwrap();
    let draft = dir.join("draft.toml");
    // Run from the crate's folder, far from the draft's.
    let status = cli::brief(&["draft".as_ref(), dir.join("a.txt").as_os_str()])
        .stdout(fs::File::create(&draft).unwrap())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    let text = fs::read_to_string(&draft).unwrap();
    assert!(text.contains("\nfile = \"a.txt\"\n"), "{text}");
    let out = cli::run(&["check".as_ref(), draft.as_os_str()]);
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("every quote verbatim"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn a_draft_printed_to_a_pipe_says_where_its_article_path_starts() {
    let out = cli::run(&["draft".as_ref(), article("nato-confirms.txt").as_os_str()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "# The article's `file` below is relative to the folder `brief draft` ran in"
        ),
        "{text}"
    );
    assert!(
        text.contains("\nfile = \"tests/articles/living/nato-confirms.txt\"\n"),
        "{text}"
    );
}
