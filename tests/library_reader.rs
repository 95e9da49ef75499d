//! The library as a body of knowledge, end to end: the real binary in a pseudo-terminal with
//! its own store (`BRIEF_STORE`) and a library of the bundled briefing plus two more that
//! share actors with it.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::pty::{Pty, TIMEOUT};

/// A folder for one test with a config whose library is `tests/fixtures/library`.
struct Setup {
    dir: PathBuf,
}

impl Setup {
    fn new(name: &str) -> Setup {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("library-{name}"));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let library = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
        std::fs::write(
            dir.join("config.toml"),
            format!(
                "library = [{:?}]\ndata_dir = false\n",
                library.to_str().unwrap()
            ),
        )
        .unwrap();
        Setup { dir }
    }

    fn store(&self) -> String {
        self.dir.join("store.sqlite3").to_str().unwrap().to_owned()
    }

    fn config(&self) -> String {
        self.dir.join("config.toml").to_str().unwrap().to_owned()
    }

    /// `brief ARGS` in a pty with this setup's config and store.
    fn spawn(&self, args: &[&str]) -> Pty {
        let config = self.config();
        let mut all = vec!["--config", config.as_str()];
        all.extend(args);
        Pty::spawn(&all, 120, 40, &[("BRIEF_STORE", &self.store())])
    }

    /// `brief notes` against this setup's store.
    fn notes(&self) -> std::process::Output {
        Command::new(env!("CARGO_BIN_EXE_brief"))
            .args(["--config", &self.config(), "notes"])
            .env("BRIEF_STORE", self.store())
            .output()
            .unwrap()
    }

    /// Waits until `brief notes` lists `text`.
    fn wait_for_note(&self, text: &str) {
        let start = Instant::now();
        while !String::from_utf8_lossy(&self.notes().stdout).contains(text) {
            assert!(start.elapsed() < TIMEOUT, "the store never listed {text:?}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

/// Presses `m` until the flag is set: until the store has said which flags the item has, a
/// flag is refused ("Reading your marks").
fn flag(pty: &mut Pty) {
    let start = Instant::now();
    loop {
        pty.send(b"m");
        if pty.shows_within("Flagged key", Duration::from_millis(300)) {
            return;
        }
        assert!(start.elapsed() < TIMEOUT, "{}", pty.screen());
    }
}

#[test]
fn library_search_opens_the_third_briefing_at_its_quote_and_back_returns() {
    let setup = Setup::new("search");
    let mut pty = setup.spawn(&[]);
    pty.wait_for("brief: 3 briefings");
    pty.send(b"\t");
    pty.wait_for("Search the library:");
    pty.send(b"picks up");
    pty.wait_for("1 result");
    pty.wait_for("Three capitals agree to test a crisis hotline");
    pty.send(b"\r");
    pty.wait_for_line_start("Quotes 2/2");
    pty.wait_for("▶ “The real test of a hotline");
    pty.send(b"\x7f");
    pty.wait_for("Search the library: picks up");
    pty.send(b"q");
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn the_hayashi_dossier_lists_quotes_from_two_briefings() {
    let setup = Setup::new("dossier");
    let mut pty = setup.spawn(&["briefings/dprk-troops-russia.toml"]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"2d");
    pty.wait_for("Actors · detail");
    // The section arrives when the store has answered: scroll to the end until it shows.
    let start = Instant::now();
    loop {
        pty.send(b"G");
        if pty.shows_within("In other briefings (", Duration::from_millis(300)) {
            break;
        }
        assert!(start.elapsed() < TIMEOUT, "{}", pty.screen());
    }
    // Quotes and events from both other briefings (the frame may still be arriving).
    pty.wait_for("Tokyo tracks a test launch");
    pty.wait_for("Three capitals agree");
    pty.send(b"q");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_flag_and_a_note_survive_kill_9() {
    let setup = Setup::new("kill");
    let mut pty = setup.spawn(&["briefings/dprk-troops-russia.toml"]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"2");
    flag(&mut pty);
    pty.send(b"a");
    pty.wait_for("Note: ");
    pty.send(b"ask Tokyo again\r");
    pty.wait_for("Note saved");
    setup.wait_for_note("ask Tokyo again");
    let killed = Command::new("kill")
        .args(["-9", &pty.pid().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    drop(pty);
    let mut pty = setup.spawn(&["briefings/dprk-troops-russia.toml"]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"2");
    pty.wait_for("▶ ★✎ Yoshimasa Hayashi");
    pty.send(b" ");
    pty.wait_for("Your note: ask Tokyo again");
    pty.send(b"qq");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn two_readers_marking_at_once_keep_both_marks() {
    let setup = Setup::new("two");
    let mut first = setup.spawn(&["briefings/dprk-troops-russia.toml"]);
    let mut second = setup.spawn(&["briefings/dprk-troops-russia.toml"]);
    first.wait_for("Timeline 1/12");
    second.wait_for("Timeline 1/12");
    first.send(b"2");
    second.send(b"3");
    flag(&mut first);
    flag(&mut second);
    first.send(b"q");
    second.send(b"q");
    assert_eq!(first.wait_exit(), 0);
    assert_eq!(second.wait_exit(), 0);
    let notes = String::from_utf8_lossy(&setup.notes().stdout).into_owned();
    assert!(notes.contains("hayashi"), "{notes}");
    assert!(notes.contains("japan-serious-concern"), "{notes}");
}

#[test]
fn an_added_quote_is_new_on_the_next_open_and_not_once_seen() {
    let setup = Setup::new("new");
    let story = setup.dir.join("story.toml");
    let bundled = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings/dprk-troops-russia.toml"),
    )
    .unwrap();
    std::fs::write(&story, &bundled).unwrap();
    let story_arg = story.to_str().unwrap();
    let mut pty = setup.spawn(&[story_arg]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);

    std::fs::write(
        &story,
        format!(
            "{bundled}\n[[quotes]]\nid = \"added-later\"\nspeaker = \"hayashi\"\ntext = \"Words added after the first reading\"\n"
        ),
    )
    .unwrap();
    let mut pty = setup.spawn(&[story_arg]);
    pty.wait_for("1 new since you last read this briefing");
    pty.send(b"u");
    pty.wait_for_line_start("Quotes 17/17");
    pty.wait_for("Words added after the first reading");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);

    let mut pty = setup.spawn(&[story_arg]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"3G");
    pty.wait_for_line_start("Quotes 17/17");
    assert!(!pty.screen().contains("· new"), "{}", pty.screen());
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_garbage_store_still_opens_the_briefing_and_says_marks_are_unavailable() {
    let setup = Setup::new("garbage");
    std::fs::write(
        setup.store(),
        b"this is not a database at all, just words".repeat(100),
    )
    .unwrap();
    let mut pty = setup.spawn(&["briefings/dprk-troops-russia.toml"]);
    // The pane's title: the status line may already show the store's error instead of the
    // position.
    pty.wait_for("Timeline (12)");
    pty.wait_for("Marks unavailable");
    pty.wait_for("store.sqlite3");
    pty.send(b"m");
    pty.wait_for("Marks unavailable");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    let notes = setup.notes();
    assert_eq!(notes.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&notes.stderr).contains("store.sqlite3"));
}

#[test]
fn the_merged_timeline_of_an_actor_then_a_tag_opens_events_elsewhere() {
    let setup = Setup::new("merged");
    let mut pty = setup.spawn(&["dprk-troops-russia"]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"2T");
    pty.wait_for("Timeline of Yoshimasa Hayashi: ");
    pty.wait_for("2025-02-20 · ● confirmed · Three capitals agree to test a crisis hotline");
    pty.send(b"\t");
    pty.wait_for("Timeline of the tag north-korea: ");
    pty.send(b"\x1b");
    pty.wait_for_line_start("Actors 1/16");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn q_in_a_briefing_chosen_in_the_picker_goes_back_to_it_and_capital_q_quits() {
    let setup = Setup::new("q-up");
    let mut pty = setup.spawn(&[]);
    pty.wait_for("brief: 3 briefings");
    pty.send(b"\r");
    pty.wait_for_line_start("Timeline 1/12");
    // The key hints say where q leads.
    pty.wait_for("? help · q picker");
    // Up a level, as newsboat and mutt go: back to the picker, the briefing behind it.
    pty.send(b"q");
    pty.wait_for("brief: 3 briefings");
    pty.wait_for("Esc back to the briefing");
    pty.send(b"\x1b");
    pty.wait_for_line_start("Timeline 1/12");
    pty.send(b"Q");
    assert_eq!(pty.wait_exit(), 0);

    // Ctrl-c quits from a briefing chosen in the picker too.
    let mut pty = setup.spawn(&[]);
    pty.wait_for("brief: 3 briefings");
    pty.send(b"\r");
    pty.wait_for_line_start("Timeline 1/12");
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_folder_named_on_the_command_line_is_the_library_that_search_and_badges_cover() {
    let setup = Setup::new("listed-folder");
    // The config names no library: only the folder given counts.
    std::fs::write(
        setup.dir.join("config.toml"),
        "library = []\ndata_dir = false\n",
    )
    .unwrap();
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/library");
    let mut pty = setup.spawn(&[folder]);
    pty.wait_for("brief: 2 briefings");
    // Never opened: the picker says so, as it does for the config's library.
    pty.wait_for("new · Three capitals agree to test a crisis hotline");
    pty.send(b"\t");
    pty.wait_for("Search the library");
    pty.send(b"hotline");
    pty.wait_for("event: Working groups meet on the hotline trial");
    pty.wait_for("6 results");
    // The merged timeline lays out both briefings of the folder.
    pty.send(b"\x1b");
    pty.wait_without("6 results");
    pty.send(b"\x1b");
    pty.wait_for("Search: ");
    pty.send(b"\r");
    pty.wait_for_line_start("Timeline 1/");
    pty.send(b"T");
    pty.wait_for("Working groups meet on the hotline trial");
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_briefing_read_and_left_loses_changed_and_two_with_one_id_are_pointed_out() {
    let setup = Setup::new("changed-badge");
    let folder = setup.dir.join("briefings");
    std::fs::create_dir_all(&folder).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    let hotline = folder.join("trilateral-hotline.toml");
    std::fs::copy(fixtures.join("trilateral-hotline.toml"), &hotline).unwrap();
    library_with_a_copy_of_the_bundled(&setup, &folder);

    let mut pty = setup.spawn(&[]);
    pty.wait_for("brief: 3 briefings");
    pty.wait_for("briefings/copy.toml · new · Japan alarmed");
    pty.wait_for("⚠ same id as dprk-troops-russia.toml (bundled)");
    pty.wait_for("new · Three capitals");
    pty.send(b"hotline\r");
    pty.wait_for_line_start("Timeline 1/");
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 0);

    // Edited since it was read: changed, until it is read again.
    let text = std::fs::read_to_string(&hotline).unwrap();
    std::fs::write(&hotline, format!("{text}\n# edited\n")).unwrap();
    let mut pty = setup.spawn(&[]);
    pty.wait_for("changed · Three capitals");
    pty.send(b"hotline\r");
    pty.wait_for_line_start("Timeline 1/");
    pty.send(b"b");
    pty.wait_for("brief: 3 briefings");
    pty.wait_without("changed · Three capitals");
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn library_search_names_a_quotes_speaker_and_the_file_of_briefings_sharing_an_id() {
    let setup = Setup::new("search-twins");
    let folder = setup.dir.join("briefings");
    std::fs::create_dir_all(&folder).unwrap();
    library_with_a_copy_of_the_bundled(&setup, &folder);
    let mut pty = setup.spawn(&[]);
    pty.wait_for("brief: 2 briefings");
    pty.send(b"\t");
    pty.wait_for("Search the library:");
    pty.send(b"unacceptable");
    pty.wait_for("6 results");
    // The quote names its speaker, whole, however long the quote; each row names its file:
    // the two briefings share an id.
    pty.wait_for("quote: “The possible involvement of North Korean troops");
    pty.wait_for("…” — Jens Stoltenberg");
    pty.wait_for("  dprk-troops-russia.toml (bundled) · Japan alarmed");
    pty.wait_for("briefings/copy.toml · Japan alarmed");
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn the_merged_timeline_lists_undated_events_after_the_dated_with_status_and_grade() {
    let setup = Setup::new("merged-undated");
    let mut pty = setup.spawn(&["dprk-troops-russia"]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"T");
    // The first scope from the Timeline pane: the briefing's first tag, which the launch
    // briefing has too (its three events are dated).
    pty.wait_for("Timeline of the tag north-korea: 5 dated, then 10 undated");
    pty.wait_for("2014 · ● confirmed · F2 · Japan alarmed");
    // The last rows: the undated ones, in the author's order, with their status and grade.
    pty.send(b"\x1b[F");
    pty.wait_for(
        "undated: If North Korean soldiers were to join the fight · ○ possible · F3 · Japan",
    );
    pty.wait_for("undated: Recent intelligence reports · ▲ claimed · F3 · Japan");
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 0);
}

/// Makes `folder` the library of `setup`'s config, with a copy of the bundled briefing in it
/// (`copy.toml`, the same id as the bundled one).
fn library_with_a_copy_of_the_bundled(setup: &Setup, folder: &Path) {
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("briefings/dprk-troops-russia.toml"),
        folder.join("copy.toml"),
    )
    .unwrap();
    use_library(setup, folder);
}

/// Makes `folder` the library of `setup`'s config.
fn use_library(setup: &Setup, folder: &Path) {
    std::fs::write(
        setup.dir.join("config.toml"),
        format!(
            "library = [{:?}]\ndata_dir = false\n",
            folder.to_str().unwrap()
        ),
    )
    .unwrap();
}

#[test]
fn brief_with_no_library_opens_the_bundled_briefing_with_no_picker_before_it() {
    let setup = Setup::new("no-library");
    let empty = setup.dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    use_library(&setup, &empty);
    let mut pty = setup.spawn(&[]);
    pty.wait_for_line_start("Timeline 1/12");
    // The library is listed on a worker; the first frame waits a moment for it, so no
    // picker ("brief: reading the library…") flashes before the reader.
    let output = String::from_utf8_lossy(&pty.raw).into_owned();
    assert!(!output.contains("brief: "), "a picker was drawn first");
    // No picker behind it: `q` quits.
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_folder_named_on_the_command_line_is_listed_after_the_first_frame() {
    let setup = Setup::new("folder-first-frame");
    let folder = setup.dir.join("briefings");
    std::fs::create_dir_all(&folder).unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library");
    for name in ["trilateral-hotline.toml", "sea-of-japan-launch.toml"] {
        std::fs::copy(fixtures.join(name), folder.join(name)).unwrap();
    }
    let mut pty = setup.spawn(&[folder.to_str().unwrap()]);
    pty.wait_for("brief: 2 briefings");
    // The folder is listed on a worker: the first frame, drawn before, says so.
    let output = String::from_utf8_lossy(&pty.raw).into_owned();
    assert!(
        output.contains("brief: reading the library…"),
        "the folder was listed before the first frame"
    );
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 0);

    // A folder of one briefing opens it in the reader, with no picker behind it: `q` quits.
    std::fs::remove_file(folder.join("sea-of-japan-launch.toml")).unwrap();
    let mut pty = setup.spawn(&[folder.to_str().unwrap()]);
    pty.wait_for("Three capitals agree to test a crisis hotline");
    pty.wait_for_line_start("Timeline 1/");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

/// Makes the library of `setup`'s config a folder of 60 generated briefings and the hotline
/// fixture (id `trilateral-hotline`).
fn library_of_many(setup: &Setup) {
    let folder = setup.dir.join("many");
    brief::synthetic::write_library(&folder, 60).unwrap();
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/library/trilateral-hotline.toml"),
        folder.join("trilateral-hotline.toml"),
    )
    .unwrap();
    use_library(setup, &folder);
}

#[test]
fn a_library_id_is_found_after_the_first_frame_and_opens_in_the_reader() {
    let setup = Setup::new("id-first-frame");
    library_of_many(&setup);
    let mut pty = setup.spawn(&["trilateral-hotline"]);
    pty.wait_for("Three capitals agree to test a crisis hotline");
    pty.wait_for_line_start("Timeline 1/");
    // The library is listed and the id found on a worker: the first frame, drawn before,
    // says so (nothing draws that picker once the reader is open).
    let output = String::from_utf8_lossy(&pty.raw).into_owned();
    assert!(
        output.contains("brief: finding \"trilateral-hotline\""),
        "no first frame before the library was listed"
    );
    // Opened as before, with no picker behind it: `q` quits.
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    pty.assert_restored("at exit");
}

#[test]
fn an_unknown_library_id_leaves_the_picker_on_the_library_saying_so() {
    let setup = Setup::new("id-unknown");
    library_of_many(&setup);
    let mut pty = setup.spawn(&["no-such-briefing"]);
    pty.wait_for("no briefing with id \"no-such-briefing\" in the library");
    // The bundled briefing, the 60 generated and the hotline, to pick from.
    pty.wait_for("brief: 62 briefings");
    // The right one is there to pick.
    pty.send(b"hotline");
    pty.wait_for("Three capitals agree to test a crisis hotline");
    pty.send(b"\x1b");
    pty.wait_for("62 shown");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    pty.assert_restored("at exit");

    // An id that holds an escape sequence is shown inert.
    let hostile = "no\u{1b}]0;PWNED\u{7}such";
    let mut pty = setup.spawn(&[hostile]);
    pty.wait_for("in the library");
    pty.wait_for("brief: 62 briefings");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&pty.raw);
    assert!(!raw.contains("\u{1b}]0;"), "{raw:?}");
    pty.assert_restored("at exit");
}

/// Makes the library of `setup`'s config [`library_of_many`] plus three files just small enough
/// to be loaded whole to be listed, which keeps the library worker busy for a while.
fn library_slow_to_read(setup: &Setup) {
    library_of_many(setup);
    let folder = setup.dir.join("many");
    let medium = brief::synthetic::briefing(brief::synthetic::Size { quotes: 7_000 });
    assert!(medium.len() as u64 <= brief::briefing::library::LARGE_FILE_BYTES);
    for n in 0..3 {
        std::fs::write(folder.join(format!("medium-{n}.toml")), &medium).unwrap();
    }
}

#[test]
fn the_first_picker_is_filled_or_opens_even_when_the_library_search_was_opened_over_it() {
    let setup = Setup::new("first-picker-behind");
    library_slow_to_read(&setup);
    // `brief ID`: the library search opened and closed while the id is being found; the
    // briefing then opens all the same.
    let mut pty = setup.spawn(&["trilateral-hotline"]);
    pty.wait_for("brief: finding \"trilateral-hotline\"");
    pty.send(b"\t");
    pty.wait_for("Search the library:");
    pty.send(b"\x1b");
    pty.wait_for("Three capitals agree to test a crisis hotline");
    pty.wait_for_line_start("Timeline 1/");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);

    // `brief DIR`: the picker is filled all the same.
    let folder = setup.dir.join("many");
    let mut pty = setup.spawn(&[folder.to_str().unwrap()]);
    pty.wait_for("brief: reading");
    pty.send(b"\t");
    pty.wait_for("Search the library:");
    pty.send(b"\x1b");
    pty.wait_for("brief: 64 briefings");
    pty.send(b"\x03");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn an_id_two_files_share_leaves_the_picker_naming_both() {
    let setup = Setup::new("id-shared");
    library_of_many(&setup);
    let folder = setup.dir.join("many");
    std::fs::copy(
        folder.join("trilateral-hotline.toml"),
        folder.join("hotline-copy.toml"),
    )
    .unwrap();
    let mut pty = setup.spawn(&["trilateral-hotline"]);
    pty.wait_for(
        "2 briefings have the id \"trilateral-hotline\", each marked ⚠ same id: choose one",
    );
    pty.wait_for("brief: 63 briefings");
    pty.send(b"hotline");
    pty.wait_for("⚠ same id as /");
    pty.send(b"\x1b");
    pty.wait_for("63 shown");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}
