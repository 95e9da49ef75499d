//! Briefing files are confined like source texts: a link in a folder of briefings (git stores
//! links, so a pull request can plant one where CI runs `brief check`) that points outside its
//! folder is refused by name, and no byte of what it points to reaches any output: `check`,
//! `export`, `search`, the reader, the picker and the library index.

mod common;

use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Output;

use common::cli::{self, stderr, stdout};
use common::pty::Pty;

/// What the files outside hold: a line of credentials, and a briefing whose every field is
/// secret (so that read, it would load and be shown).
const SECRET: &str = "zz-secret-zz";

/// A fresh folder: `outside/` with the secrets, `briefings/` with a good briefing, a link to
/// it, and two links out (to the credentials and to the secret briefing).
fn layout(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("confine-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    let outside = dir.join("outside");
    let briefings = dir.join("briefings");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::create_dir_all(&briefings).unwrap();
    std::fs::write(
        outside.join("secret.env"),
        format!("AWS_SECRET_ACCESS_KEY={SECRET}\n"),
    )
    .unwrap();
    std::fs::write(outside.join("secret.toml"), minimal("secret", SECRET)).unwrap();
    std::fs::write(briefings.join("good.toml"), minimal("good", "Good title")).unwrap();
    symlink("good.toml", briefings.join("alias.toml")).unwrap();
    symlink("../outside/secret.env", briefings.join("evil.toml")).unwrap();
    symlink(outside.join("secret.toml"), briefings.join("evil2.toml")).unwrap();
    dir
}

/// A valid briefing with `text` as its title and summary.
fn minimal(id: &str, text: &str) -> String {
    format!("format = 1\n[briefing]\nid = \"{id}\"\ntitle = \"{text}\"\nsummary = \"{text}\"\n")
}

/// Runs `brief ARGS` in `dir` with the store at `dir/store.sqlite3`.
fn brief(dir: &Path, args: &[&str]) -> Output {
    cli::brief(args)
        .current_dir(dir)
        .env("BRIEF_STORE", dir.join("store.sqlite3"))
        .output()
        .expect("run brief")
}

/// Asserts that nothing `out` printed holds the secret.
fn clean(out: &Output) {
    let all = format!("{}{}", stdout(out), stderr(out));
    assert!(!all.contains(SECRET), "{all}");
}

const REFUSED: &str = "is a link to a file outside its folder, so it is not read";

#[test]
fn check_refuses_a_briefing_link_out_of_its_folder_and_prints_none_of_it() {
    let dir = layout("check");
    let out = brief(&dir, &["check", "briefings/"]);
    clean(&out);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains(&format!("briefings/evil.toml: {REFUSED}")),
        "{text}"
    );
    assert!(
        text.contains(&format!("briefings/evil2.toml: {REFUSED}")),
        "{text}"
    );
    // A link to a briefing beside it is fine.
    assert!(text.contains("ok  briefings/alias.toml"), "{text}");
    assert!(text.contains("ok  briefings/good.toml"), "{text}");

    for named in ["briefings/evil.toml", "briefings/evil2.toml"] {
        let out = brief(&dir, &["check", named]);
        clean(&out);
        assert_eq!(out.status.code(), Some(1));
        assert!(stdout(&out).contains(REFUSED), "{}", stdout(&out));
    }
}

#[test]
fn a_folder_named_through_a_link_out_of_its_folder_is_refused_by_name() {
    let dir = layout("folder");
    std::fs::create_dir_all(dir.join("ci")).unwrap();
    symlink("../outside", dir.join("ci/briefings")).unwrap();
    for named in ["ci/briefings", "ci/briefings/", "ci/briefings/secret.toml"] {
        let out = brief(&dir, &["check", named]);
        clean(&out);
        assert_eq!(out.status.code(), Some(1), "{named}");
        let text = stdout(&out);
        assert!(text.contains("ci/briefings"), "{text}");
        assert!(
            text.contains("is a link to a folder outside its folder"),
            "{text}"
        );
    }
    // A folder linked below its own folder is read.
    symlink("briefings", dir.join("again")).unwrap();
    let out = brief(&dir, &["check", "again/good.toml"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn export_and_search_refuse_the_link_and_print_none_of_it() {
    let dir = layout("export");
    for format in ["text", "markdown", "json"] {
        let out = brief(
            &dir,
            &["export", "--format", format, "briefings/evil2.toml"],
        );
        clean(&out);
        assert_eq!(out.status.code(), Some(1));
        assert!(stdout(&out).is_empty());
        assert!(stderr(&out).contains(REFUSED), "{}", stderr(&out));
    }
    let out = brief(&dir, &["search", SECRET, "briefings/"]);
    clean(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains(REFUSED), "{}", stderr(&out));
    let out = brief(&dir, &["search", "good", "briefings/evil2.toml"]);
    clean(&out);
    assert!(stderr(&out).contains(REFUSED), "{}", stderr(&out));
}

#[test]
fn the_library_index_of_a_linked_library_folder_holds_nothing_from_outside() {
    let dir = layout("library");
    // The library folder is itself a link (allowed: the config names it), and holds a link
    // out of it.
    symlink("briefings", dir.join("library")).unwrap();
    let config = dir.join("config.toml");
    std::fs::write(
        &config,
        format!(
            "library = [{}]\ndata_dir = false\n",
            brief::text::toml_basic_string(&dir.join("library").display().to_string())
        ),
    )
    .unwrap();
    let config = config.display().to_string();
    let out = brief(&dir, &["--config", &config, "search", SECRET]);
    clean(&out);
    assert!(stderr(&out).contains(REFUSED), "{}", stderr(&out));
    let out = brief(&dir, &["--config", &config, "search", "good", "--json"]);
    clean(&out);
    assert!(
        stdout(&out).contains("library/good.toml"),
        "{}",
        stdout(&out)
    );
    let out = brief(&dir, &["--config", &config, "notes"]);
    clean(&out);

    // The picker of that library.
    let store = dir.join("store.sqlite3");
    let store = store.to_str().unwrap();
    let mut pty = Pty::spawn(&["--config", &config], 120, 30, &[("BRIEF_STORE", store)]);
    pty.wait_for("Good title");
    pty.wait_for("library/evil2.toml");
    pty.wait_for("is a link to a file outside");
    assert!(!pty.screen().contains(SECRET), "{}", pty.screen());
    pty.send(b"\x1b");
    pty.wait_exit();
    assert!(!String::from_utf8_lossy(&pty.raw).contains(SECRET));
}

#[test]
fn the_reader_refuses_the_link_and_the_picker_shows_why() {
    let dir = layout("reader");
    let evil = dir.join("briefings/evil.toml");
    let mut pty = Pty::spawn(&[evil.to_str().unwrap()], 120, 30, &[]);
    let status = pty.wait_exit();
    assert_eq!(status, 1);
    let raw = String::from_utf8_lossy(&pty.raw).into_owned();
    assert!(raw.contains(REFUSED), "{raw}");
    assert!(!raw.contains(SECRET), "{raw}");

    let folder = dir.join("briefings");
    let mut pty = Pty::spawn(&[folder.to_str().unwrap()], 120, 30, &[]);
    pty.wait_for("Good title");
    pty.wait_for("briefings/evil2.toml");
    // Open the refused entry: its whole message, and nothing of the target.
    pty.send(b"\x1b[B\x1b[B\r");
    pty.wait_for("outside its folder");
    assert!(!pty.screen().contains(SECRET), "{}", pty.screen());
    pty.send(b"\x1b\x1b");
    pty.wait_exit();
    assert!(!String::from_utf8_lossy(&pty.raw).contains(SECRET));
}
