//! The loader's error messages, as a user reads them, for each class of error in the format.

use std::path::{Path, PathBuf};

use brief::briefing::grade::{Confidence, Credibility, Likelihood, Reliability};
use brief::briefing::model::{Named, Status};
use brief::briefing::{load_bytes, load_path};

fn fixture(kind: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind)
        .join(name)
}

/// The error message for an invalid fixture, with the fixture folder cut from paths.
fn error_of(name: &str) -> String {
    let path = fixture("invalid", name);
    let error = load_path(&path).expect_err("fixture should fail");
    error
        .to_string()
        .replace(&format!("{}/", path.parent().unwrap().display()), "")
}

#[test]
fn valid_fixtures_load() {
    for name in ["minimal.toml", "bom-crlf.toml", "cjk-emoji.toml"] {
        if let Err(error) = load_path(&fixture("valid", name)) {
            panic!("{name}: {error}");
        }
    }
}

#[test]
fn bom_and_crlf_are_accepted_and_line_endings_normalised() {
    let briefing = load_path(&fixture("valid", "bom-crlf.toml")).unwrap();
    assert_eq!(briefing.meta.summary.as_str(), "Two\nlines.");
}

#[test]
fn syntax_error_points_at_the_place_without_repeating_toml_crate_output() {
    assert_eq!(
        error_of("syntax.toml"),
        "syntax.toml:5:32: TOML syntax: invalid basic string, expected `\"`\n\
         5 | title = \"An unterminated string\n  \
           |                                ^"
    );
}

#[test]
fn missing_required_key_names_the_key_and_the_table() {
    assert_eq!(
        error_of("missing-required.toml").lines().next().unwrap(),
        "missing-required.toml:8:1: missing required key 'speaker' in [[quotes]]; add `speaker = \"...\"`"
    );
}

#[test]
fn wrong_type_says_what_was_expected() {
    assert_eq!(
        error_of("wrong-type.toml").lines().next().unwrap(),
        "wrong-type.toml:7:8: 'tags' in [briefing] must be an array of strings, not a string"
    );
}

#[test]
fn unknown_key_suggests_the_intended_key() {
    let message = error_of("unknown-key.toml");
    assert!(
        message.contains("unknown-key.toml:15:1: unknown key 'speker' in [[quotes]]; did you mean 'speaker'?\n15 | speker = \"alpha\"\n   | ^^^^^^"),
        "{message}"
    );
}

#[test]
fn enum_value_outside_its_list_lists_the_choices() {
    assert_eq!(
        error_of("bad-enum.toml").lines().next().unwrap(),
        "bad-enum.toml:11:8: kind 'persn' is not one of: person, state, organization, agency, military, group; did you mean 'person'?"
    );
}

#[test]
fn malformed_date_shows_the_accepted_forms() {
    assert_eq!(
        error_of("bad-date.toml").lines().next().unwrap(),
        "bad-date.toml:6:8: date '2024-13-01' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
    );
}

#[test]
fn bad_id_states_the_rule() {
    assert_eq!(
        error_of("bad-id.toml").lines().next().unwrap(),
        "bad-id.toml:9:6: id 'Hayashi San' must be 1-64 characters of a-z, 0-9 and '-'"
    );
}

#[test]
fn duplicate_id_points_at_the_second_and_names_the_first() {
    assert_eq!(
        error_of("duplicate-id.toml").lines().next().unwrap(),
        "duplicate-id.toml:14:6: duplicate actor id 'alpha' (first used on line 9); give each actor its own id"
    );
}

#[test]
fn dangling_reference_names_the_missing_id_the_key_and_the_known_ids() {
    assert_eq!(
        error_of("dangling-ref.toml"),
        "dangling-ref.toml:20:11: speaker 'nobody' is not the id of any actor (known: alpha, beta)\n\
         20 | speaker = \"nobody\"\n   \
            |           ^^^^^^^^"
    );
}

#[test]
fn other_format_versions_are_refused_clearly() {
    assert_eq!(
        error_of("format-2.toml").lines().next().unwrap(),
        "format-2.toml:1:10: format = 2 is not supported: this version of brief reads format 1"
    );
}

#[test]
fn every_error_of_a_file_is_reported_together_in_file_order() {
    let message = error_of("many-errors.toml");
    let headlines: Vec<&str> = message
        .lines()
        .filter(|l| l.starts_with("many-errors.toml:"))
        .collect();
    assert_eq!(
        headlines,
        [
            "many-errors.toml:7:8: date 'yesterday' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD",
            "many-errors.toml:12:8: kind 'robot' is not one of: person, state, organization, agency, military, group",
            "many-errors.toml:14:1: missing required key 'when' in [[timeline]]; add `when = \"...\"`",
            "many-errors.toml:16:20: actors 'gamma' is not the id of any actor (known: alpha)",
            "many-errors.toml:17:10: status 'rumoured' is not one of: confirmed, reported, claimed, expected, possible",
            "many-errors.toml:28:12: severity 'critical' is not one of: high, medium, low",
            "many-errors.toml:29:11: quotes 'q2' is not the id of any quote; did you mean 'q1'?",
            "many-errors.toml:30:20: actor 'alpha' is listed twice in actors; remove one",
        ]
    );
}

#[test]
fn empty_file_and_non_utf8_are_one_line_errors() {
    assert_eq!(
        error_of("empty.toml"),
        "empty.toml: file is empty; a briefing starts with `format = 1`"
    );
    assert_eq!(
        error_of("not-utf8.toml"),
        "not-utf8.toml:4:13: not UTF-8 text (invalid byte 0xE9, byte offset 48); save the file as UTF-8"
    );
}

#[test]
fn binary_garbage_missing_file_and_folder_are_one_line_errors() {
    let garbage: Vec<u8> = (0..=255u8).cycle().take(4096).collect();
    let message = load_bytes("blob.toml", &garbage).unwrap_err().to_string();
    assert_eq!(message.lines().count(), 1, "{message}");
    assert!(
        message.starts_with("blob.toml:2:118: not UTF-8 text (invalid byte 0x80"),
        "{message}"
    );
    let message = load_bytes("nul.toml", b"format = 1\0\0\0")
        .unwrap_err()
        .to_string();
    assert_eq!(
        message,
        "nul.toml: holds NUL bytes: this is a binary file, not a briefing"
    );

    let missing = fixture("invalid", "does-not-exist.toml");
    assert!(
        load_path(&missing)
            .unwrap_err()
            .to_string()
            .ends_with("does-not-exist.toml: no such file")
    );
    let folder = fixture("invalid", "");
    assert!(
        load_path(&folder)
            .unwrap_err()
            .to_string()
            .ends_with(": is a folder, not a briefing file")
    );
}

#[test]
fn files_over_the_size_limit_are_refused_before_reading() {
    let dir = std::env::temp_dir().join(format!("brief-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("huge.toml");
    let file = std::fs::File::create(&path).unwrap();
    file.set_len(brief::briefing::load::MAX_FILE_BYTES + 1)
        .unwrap();
    let message = load_path(&path).unwrap_err().to_string();
    std::fs::remove_dir_all(&dir).unwrap();
    assert!(
        message.ends_with(
            "file is too big (65 MiB; the limit is 64 MiB): split it into several briefings"
        ),
        "{message}"
    );
}

#[test]
fn pathological_nesting_ends_in_an_error_not_a_stack_overflow() {
    for text in [
        format!(
            "format = 1\na = {}{}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        ),
        format!(
            "format = 1\na = {}1{}",
            "{b=".repeat(100_000),
            "}".repeat(100_000)
        ),
        format!("format = 1\na{} = 1", ".a".repeat(100_000)),
    ] {
        let message = load_bytes("deep.toml", text.as_bytes())
            .unwrap_err()
            .to_string();
        // Every one is placed: the third (a dotted key) is not reported by the parser with a
        // place, so the loader finds it.
        assert!(
            message.starts_with("deep.toml:2:")
                && (message.contains("recursion") || message.contains("recurse"))
                || message.starts_with("deep.toml:2:1: TOML syntax: a key of 100001 dotted parts"),
            "{}",
            &message[..200.min(message.len())]
        );
    }
}

#[test]
fn a_fifty_megabyte_string_is_refused_with_the_field_cap() {
    let text = format!(
        "format = 1\n[briefing]\nid = \"big\"\ntitle = \"t\"\nsummary = \"{}\"\n",
        "a".repeat(50_000_000)
    );
    let message = load_bytes("big.toml", text.as_bytes())
        .unwrap_err()
        .to_string();
    assert!(
        message.starts_with("big.toml:5:11: text is 50000000 characters long; the limit is 50000"),
        "{}",
        &message[..200]
    );
    assert!(message.len() < 1000);
}

#[test]
fn the_example_in_the_format_documentation_loads() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/format.md"))
        .unwrap();
    let section = doc.find("## Example").expect("an example");
    let start = section + doc[section..].find("```toml\n").unwrap() + "```toml\n".len();
    let example = &doc[start..start + doc[start..].find("```").unwrap()];
    let briefing = load_bytes("format.md", example.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(briefing.quotes.len(), 1);
    assert_eq!(
        briefing.meta.sources[0].file.as_ref().unwrap().as_str(),
        "article.txt"
    );
}

#[test]
fn thousands_of_errors_are_counted_and_only_the_first_fifty_printed() {
    // Each duplicate names the line of the first definition: with a scan of the file per
    // error this input took minutes; with the line index it loads at once.
    let mut text =
        String::from("format = 1\n[briefing]\nid = \"d\"\ntitle = \"t\"\nsummary = \"s\"\n");
    for _ in 0..20_000 {
        text.push_str("[[actors]]\nid = \"same\"\nname = \"Same\"\nkind = \"person\"\n");
    }
    let error = load_bytes("dupes.toml", text.as_bytes()).unwrap_err();
    assert_eq!(error.count, 19_999);
    let message = error.to_string();
    assert_eq!(
        message
            .matches("duplicate actor id 'same' (first used on line 7)")
            .count(),
        50
    );
    assert!(
        message.ends_with("… and 19949 more errors"),
        "{}",
        &message[message.len() - 80..]
    );
}

#[test]
fn thousands_of_dangling_references_load_quickly_with_suggestions_for_the_first() {
    // Each suggestion compares the bad id with every id: 20,000 x 5,000 comparisons kept
    // `brief check` busy for minutes before suggestions were limited to the errors shown.
    let mut text =
        String::from("format = 1\n[briefing]\nid = \"d\"\ntitle = \"t\"\nsummary = \"s\"\n");
    for n in 0..5_000 {
        text.push_str(&format!(
            "[[actors]]\nid = \"actor-{n}\"\nname = \"A\"\nkind = \"person\"\n"
        ));
    }
    for n in 0..20_000 {
        text.push_str(&format!(
            "[[quotes]]\nid = \"q{n}\"\nspeaker = \"nobody-{n}\"\ntext = \"t\"\n"
        ));
    }
    let error = load_bytes("dangling.toml", text.as_bytes()).unwrap_err();
    assert_eq!(error.count, 20_000);
    assert!(
        error
            .to_string()
            .contains("speaker 'nobody-0' is not the id of any actor")
    );
}

/// The `path:line:col: message` lines of an invalid fixture's error.
fn headlines(name: &str) -> Vec<String> {
    error_of(name)
        .lines()
        .filter(|l| l.starts_with(name))
        .map(str::to_owned)
        .collect()
}

#[test]
fn grades_load_with_the_reliability_each_code_takes() {
    let b = load_path(&fixture("grades", "graded.toml")).unwrap();
    assert_eq!(b.meta.sources[0].reliability, Some(Reliability::B));
    assert_eq!(b.actors[0].reliability, Some(Reliability::A));
    assert_eq!(b.actors[1].reliability, None);
    assert_eq!(b.timeline[0].credibility, Some(Credibility::ProbablyTrue));
    // An event takes the first source's reliability; a quote its speaker's, else the first
    // source's; an item without credibility has no code.
    let codes: Vec<Option<String>> = (0..b.timeline.len())
        .map(|e| b.event_grade(e).map(|g| g.to_string()))
        .collect();
    assert_eq!(codes, [Some("B2".into()), Some("B6".into()), None]);
    assert_eq!(b.quote_grade(0).unwrap().to_string(), "A1");
    assert_eq!(b.quote_grade(1).unwrap().to_string(), "B3");
    assert_eq!(
        b.quote_grade(1).unwrap().meaning(),
        "B usually reliable; 3 possibly true"
    );
    let deal = &b.implications[0];
    assert_eq!(deal.likelihood, Some(Likelihood::RoughlyEvenChance));
    assert_eq!(deal.confidence, Some(Confidence::Low));
    assert_eq!(
        deal.basis.as_ref().unwrap().as_str(),
        "Only one party speaks of a deal,\nand the pundit doubts it."
    );
    let compact: Vec<Option<String>> = b
        .implications
        .iter()
        .map(|i| i.estimate().map(|e| e.compact()))
        .collect();
    assert_eq!(
        compact,
        [
            Some("roughly even chance · low".into()),
            Some("high confidence".into()),
            None
        ]
    );
}

#[test]
fn an_ungraded_source_counts_as_f_in_a_code() {
    let text = std::fs::read_to_string(fixture("grades", "graded.toml"))
        .unwrap()
        .replace("reliability = \"B\"\n", "")
        .replace("reliability = \"A\"\n", "");
    let b = load_bytes("ungraded-sources.toml", text.as_bytes()).unwrap();
    assert_eq!(b.event_reliability(0), None);
    assert_eq!(b.event_grade(0).unwrap().to_string(), "F2");
    assert_eq!(b.quote_grade(0).unwrap().to_string(), "F1");
}

#[test]
fn grades_off_their_scales_are_three_errors_with_the_allowed_values() {
    assert_eq!(
        headlines("bad-grades.toml"),
        [
            "bad-grades.toml:10:15: reliability 'G' is not one of: A, B, C, D, E, F",
            "bad-grades.toml:15:15: credibility 7 is not one of: 1, 2, 3, 4, 5, 6",
            "bad-grades.toml:21:14: likelihood 'probable' is not one of: almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain; did you mean 'likely'?",
        ]
    );
}

#[test]
fn brief_check_reports_the_three_grades_and_fails() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["check", "tests/fixtures/invalid/bad-grades.toml"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let located: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("tests/fixtures/invalid/bad-grades.toml:"))
        .collect();
    assert_eq!(located.len(), 3, "{stdout}");
    assert!(located[1].ends_with(":15:15: credibility 7 is not one of: 1, 2, 3, 4, 5, 6"));
}

#[test]
fn a_credibility_that_contradicts_the_status_names_both_and_what_is_allowed() {
    assert_eq!(
        headlines("grade-contradicts-status.toml"),
        [
            "grade-contradicts-status.toml:12:15: credibility 5 contradicts status 'confirmed': a confirmed event is graded 1 or 2; change one of them",
            "grade-contradicts-status.toml:18:15: credibility 1 contradicts status 'claimed': a claimed event is graded 2-6; change one of them",
            "grade-contradicts-status.toml:24:15: credibility 2 contradicts status 'possible': a possible event is graded 3-6; change one of them",
        ]
    );
}

#[test]
fn each_status_allows_the_credibilities_of_the_documented_table() {
    let allowed = |status: Status| -> Vec<i64> {
        (1..=6)
            .filter(|n| {
                let text = format!(
                    "format = 1\n[briefing]\nid = \"t\"\ntitle = \"t\"\nsummary = \"s\"\n\
                     [[timeline]]\nwhen = \"w\"\ntitle = \"t\"\nstatus = \"{}\"\ncredibility = {n}\n",
                    status.name()
                );
                load_bytes("t.toml", text.as_bytes()).is_ok()
            })
            .collect()
    };
    assert_eq!(allowed(Status::Confirmed), [1, 2]);
    assert_eq!(allowed(Status::Reported), [1, 2, 3, 4, 6]);
    assert_eq!(allowed(Status::Claimed), [2, 3, 4, 5, 6]);
    assert_eq!(allowed(Status::Expected), [1, 2, 3, 4, 6]);
    assert_eq!(allowed(Status::Possible), [3, 4, 5, 6]);
    // The table in the documentation says the same.
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/format.md"))
        .unwrap();
    for row in [
        "| `confirmed` | 1 or 2 |",
        "| `reported` | 1-4 or 6 |",
        "| `claimed` | 2-6 |",
        "| `expected` | 1-4 or 6 |",
        "| `possible` | 3-6 |",
    ] {
        assert!(doc.contains(row), "{row}");
    }
}

#[test]
fn grades_written_almost_right_are_told_what_was_meant() {
    assert_eq!(
        headlines("grade-typos.toml"),
        [
            "grade-typos.toml:12:15: reliability 'b' is not one of: A, B, C, D, E, F; did you mean 'B'?",
            "grade-typos.toml:18:15: credibility '2' must be a number from 1 to 6, without quotes",
            "grade-typos.toml:24:14: likelihood 'very likley' is not one of: almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain; did you mean 'very likely'?",
            "grade-typos.toml:25:14: 'confidence' in [[implications]] must be a string, not an integer",
            "grade-typos.toml:31:9: basis gives the grounds of a likelihood or confidence; add `likelihood = \"...\"` or `confidence = \"...\"`, or remove basis",
        ]
    );
}
