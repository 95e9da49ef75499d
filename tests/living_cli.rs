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

/// The living fixture and its two articles copied to a scratch folder `name`, the fixture's
/// text changed by `edit`; the path of the copy.
fn living_copy(name: &str, edit: impl Fn(String) -> String) -> PathBuf {
    let dir = scratch(name);
    for file in ["moscow-denies.txt", "nato-confirms.txt"] {
        fs::copy(article(file), dir.join(file)).unwrap();
    }
    let text = fs::read_to_string(article("dprk-troops-russia.toml")).unwrap();
    let path = dir.join("living.toml");
    fs::write(&path, edit(text)).unwrap();
    path
}

/// `text` with its first `from` replaced by `to`, which must be there.
fn swap(text: String, from: &str, to: &str) -> String {
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

/// `brief check ARGS PATH`: its exit success and its output.
fn check(args: &[&str], path: &std::path::Path) -> (bool, String) {
    let mut all: Vec<&std::ffi::OsStr> = vec!["check".as_ref()];
    all.extend(args.iter().map(std::ffi::OsStr::new));
    all.push(path.as_os_str());
    let out = cli::run(&all);
    (out.status.success(), stdout(&out))
}

#[test]
fn check_verifies_each_quote_against_its_own_sources_text() {
    let path = living_copy("each-own", |text| text);
    let (ok, out) = check(&[], &path);
    assert!(ok, "{out}");
    assert!(
        out.contains("21 quotes, 14 events, 5 implications; 5 quotes verbatim in their own sources' texts (2 texts); 16 quotes of source 'japan-concern' not verified: it names no file"),
        "{out}"
    );
}

#[test]
fn a_quote_tied_to_the_wrong_source_is_an_error_naming_the_source_that_holds_it() {
    let path = living_copy("moved", |text| {
        swap(
            text,
            "speaker = \"orlov\"\nsource = \"kremlin-denies\"",
            "speaker = \"orlov\"\nsource = \"nato-confirms\"",
        )
    });
    let (ok, out) = check(&[], &path);
    assert!(!ok, "{out}");
    let dir = path.parent().unwrap().display().to_string();
    let out = out.replace(&format!("{dir}/"), "");
    assert!(
        out.contains("error: quote 'orlov-fabrication' is not in its source, source 'nato-confirms' (nato-confirms.txt), but is verbatim in source 'kremlin-denies' (moscow-denies.txt, line 5): set `source = \"kremlin-denies\"`"),
        "{out}"
    );
}

#[test]
fn a_misquote_names_its_own_source_and_shows_the_closest_passage_there() {
    let path = living_copy("misquote", |text| {
        swap(
            text,
            "military units have been deployed",
            "military units were deployed",
        )
    });
    let (ok, out) = check(&[], &path);
    assert!(!ok, "{out}");
    let dir = path.parent().unwrap().display().to_string();
    let out = out.replace(&format!("{dir}/"), "");
    assert!(
        out.contains("error: quote 'solberg-kursk' is not verbatim in source 'nato-confirms' (nato-confirms.txt)\n  quote:   “We can confirm"),
        "{out}"
    );
    assert!(out.contains("  source:  line 5: “"), "{out}");
}

#[test]
fn a_quote_naming_no_source_is_a_warning_that_says_where_its_words_are() {
    let path = living_copy("unnamed", |text| {
        let text = swap(
            text,
            "speaker = \"ellison\"\nsource = \"nato-confirms\"\n",
            "speaker = \"ellison\"\n",
        );
        swap(
            text,
            "speaker = \"orlov\"\nsource = \"kremlin-denies\"\ntext = \"We have seen",
            "speaker = \"orlov\"\ntext = \"We have not seen",
        )
    });
    let (ok, out) = check(&[], &path);
    assert!(ok, "{out}");
    let dir = path.parent().unwrap().display().to_string();
    let out = out.replace(&format!("{dir}/"), "");
    assert!(
        out.contains("living.toml:") && out.contains(": quote 'ellison-legitimate-targets' names no source; its words are verbatim in source 'nato-confirms' (nato-confirms.txt, line 11)"),
        "{out}"
    );
    assert!(
        out.contains(
            ": quote 'orlov-fabrication' names no source; no source's text holds it verbatim"
        ),
        "{out}"
    );
    let (ok, out) = check(&["--strict"], &path);
    assert!(!ok, "--strict fails on the warnings: {out}");
}

#[test]
fn a_source_without_an_id_among_several_is_a_warning() {
    let dir = scratch("no-id");
    let path = dir.join("two.toml");
    fs::write(
        &path,
        "format = 1\n[briefing]\nid = \"b\"\ntitle = \"T\"\nsummary = \"S\"\n\
         [[briefing.sources]]\ntitle = \"First report\"\n\
         [[briefing.sources]]\nid = \"second\"\ntitle = \"Second report\"\n",
    )
    .unwrap();
    let (ok, out) = check(&[], &path);
    assert!(ok, "a warning only: {out}");
    assert!(
        out.contains("two.toml:6: source 'First report' has no id, so nothing can name it as its source; add `id = \"...\"`"),
        "{out}"
    );
}
