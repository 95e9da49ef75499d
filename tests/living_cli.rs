//! Living briefings on the command line: a draft that names its article where it is saved, and
//! `brief check` verifying each quote against its own source.

mod common;

use std::fs;
use std::path::PathBuf;
use std::process::Stdio;

use brief::briefing::model::Named;
use common::cli::{self, stderr, stdout};

/// The follow-up article `name` of `tests/articles/living/`.
fn article(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/articles/living")
        .join(name)
}

#[test]
fn a_draft_redirected_to_a_file_names_its_article_relative_to_that_file() {
    let dir = common::scratch("living", "redirected");
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
    let dir = common::scratch("living", name);
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
    let dir = common::scratch("living", "no-id");
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

/// `brief export --format FORMAT` of the living fixture.
fn export(format: &str) -> String {
    let out = cli::run(&[
        "export",
        "--format",
        format,
        "tests/articles/living/dprk-troops-russia.toml",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn markdown_and_text_exports_cite_each_items_own_sources_by_number() {
    for format in ["markdown", "text"] {
        let report = export(format);
        let plain = report.replace('\\', "");
        for expected in [
            "— Ingrid Solberg, Spokesperson [3]",
            "— Pavel Orlov, Kremlin spokesperson (Told reporters in Moscow) [2]",
            "About 3,000 North Korean troops reported in Russia (confirmed) · B2 [1, 2, 3]",
            "Status over time: reported by publisher not stated in the article text, 18 Oct 2024; claimed by Example Daily, 24 Oct 2024; confirmed by Example Wire, 28 Oct 2024.",
            "Sources: [1, 3].",
            "NATO confirms North Korean troops deployed to Russia's Kursk region, Example Wire, 2024-10-28, id nato-confirms, reliability B",
        ] {
            let flat = plain.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(flat.contains(expected), "{format}: {expected}\n{report}");
        }
    }
}

#[test]
fn the_json_export_carries_source_ids_history_and_corroboration_and_reads_back() {
    let text = export("json");
    let doc: brief::export::json::Document = serde_json::from_str(&text).unwrap();
    assert_eq!(doc.version, 1);
    let ids: Vec<Option<&str>> = doc
        .briefing
        .sources
        .iter()
        .map(|s| s.id.as_deref())
        .collect();
    assert_eq!(
        ids,
        [
            Some("japan-concern"),
            Some("kremlin-denies"),
            Some("nato-confirms")
        ]
    );
    let orlov = doc
        .quotes
        .iter()
        .find(|q| q.id == "orlov-fabrication")
        .unwrap();
    assert_eq!(orlov.source.as_deref(), Some("kremlin-denies"));
    let troops = doc
        .timeline
        .iter()
        .find(|e| e.id.as_deref() == Some("troops-in-russia"))
        .unwrap();
    assert_eq!(troops.sources, ["japan-concern"]);
    assert_eq!(troops.corroborated_by, ["nato-kursk"]);
    let steps: Vec<(&str, Option<&str>)> = troops
        .history
        .iter()
        .map(|s| (s.status.0.name(), s.source.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            ("reported", Some("japan-concern")),
            ("claimed", Some("kremlin-denies")),
            ("confirmed", Some("nato-confirms"))
        ]
    );
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        value["timeline"][5]["history"][0],
        serde_json::json!({"status": "reported", "source": "japan-concern", "date": "2024-10-18"})
    );
}

#[test]
fn a_briefing_naming_too_many_source_texts_is_checked_up_to_the_cap_and_says_so() {
    let dir = common::scratch("living", "many-texts");
    fs::write(dir.join("a.txt"), "\"Words,\" said A.\n").unwrap();
    let mut text =
        String::from("format = 1\n[briefing]\nid = \"b\"\ntitle = \"T\"\nsummary = \"S\"\n");
    for n in 0..70 {
        text.push_str(&format!(
            "[[briefing.sources]]\nid = \"s{n}\"\ntitle = \"Report {n}\"\nfile = \"a.txt\"\n"
        ));
    }
    text.push_str("[[actors]]\nid = \"a\"\nname = \"A\"\nkind = \"person\"\n");
    text.push_str("[[quotes]]\nid = \"q\"\nspeaker = \"a\"\ntext = \"Words,\"\nsource = \"s0\"\n");
    let path = dir.join("many.toml");
    fs::write(&path, text).unwrap();
    let (ok, out) = check(&[], &path);
    assert!(!ok, "{out}");
    assert_eq!(
        out.matches(": not read: one check reads at most 64 source texts, 64 MiB in all")
            .count(),
        6,
        "{out}"
    );
    assert!(out.contains("error: source 's64': not read"), "{out}");
}

#[test]
fn check_source_stands_in_for_the_source_whose_file_has_its_name() {
    let path = living_copy("stand-in-by-name", |text| text);
    let dir = path.parent().unwrap();
    fs::create_dir_all(dir.join("revised")).unwrap();
    let revised = fs::read_to_string(article("nato-confirms.txt"))
        .unwrap()
        .replace("have been deployed", "were deployed");
    fs::write(dir.join("revised/nato-confirms.txt"), revised).unwrap();
    let given = dir.join("revised/nato-confirms.txt");
    let (ok, out) = check(&["--source", given.to_str().unwrap()], &path);
    assert!(!ok, "{out}");
    let out = out.replace(&format!("{}/", dir.display()), "");
    // Solberg's quote is checked against the revised text; Orlov's still against his own
    // source's, and the quotes of the source without a file against nothing.
    assert!(
        out.contains("living.toml: 1 error in checking quotes against their own sources")
            && out.contains("error: quote 'solberg-kursk' is not verbatim in source 'nato-confirms' (revised/nato-confirms.txt)"),
        "{out}"
    );
}

#[test]
fn check_source_id_equals_file_names_the_source_it_stands_in_for() {
    let path = living_copy("stand-in-by-id", |text| text);
    let dir = path.parent().unwrap();
    let statement = dir.join("statement.txt");
    fs::copy(article("moscow-denies.txt"), &statement).unwrap();
    let given = format!("kremlin-denies={}", statement.display());
    let (ok, out) = check(&["--source", &given], &path);
    assert!(ok, "{out}");
    assert!(
        out.contains("5 quotes verbatim in their own sources' texts (2 texts)"),
        "{out}"
    );
    let altered = fs::read_to_string(&statement)
        .unwrap()
        .replace("fabrication meant", "invention meant");
    fs::write(&statement, altered).unwrap();
    let (ok, out) = check(&["--source", &given], &path);
    assert!(!ok, "{out}");
    let out = out.replace(&format!("{}/", dir.display()), "");
    assert!(
        out.contains("error: quote 'orlov-fabrication' is not verbatim in source 'kremlin-denies' (statement.txt)"),
        "{out}"
    );
}

#[test]
fn check_source_that_names_no_source_of_several_says_how_to_name_one() {
    let path = living_copy("stand-in-unknown", |text| text);
    let given = path.parent().unwrap().join("other.txt");
    fs::copy(article("nato-confirms.txt"), &given).unwrap();
    let (ok, out) = check(&["--source", given.to_str().unwrap()], &path);
    assert!(!ok, "{out}");
    assert!(
        out.contains("the briefing has several sources, and none names a file of that name; say which source it is the text of: --source ID=")
            && out.contains("(ids: japan-concern, kremlin-denies, nato-confirms)"),
        "{out}"
    );
    assert!(!out.contains("not verbatim"), "no false misquotes: {out}");
}
