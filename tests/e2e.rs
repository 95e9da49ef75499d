//! The real binary in a pseudo-terminal: start, navigate, quit; the terminal comes back.

mod common;

use common::pty::Pty;

#[test]
fn actor_to_quotes_to_speaker_and_back_then_quit() {
    let mut pty = Pty::spawn(&[], 120, 40, &[]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"2");
    pty.wait_for("Actors 1/16");
    pty.send(b"\r");
    pty.wait_for("Quotes: Yoshimasa Hayashi (4)");
    pty.wait_for("Quotes 1/4  filter: Yoshimasa Hayashi");
    pty.send(b"j\r");
    pty.wait_for("Actors 1/16");
    pty.send(b"\x7f");
    pty.wait_for("Quotes 2/4  filter: Yoshimasa Hayashi");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    pty.assert_restored("at exit");
}

#[test]
fn a_bad_file_prints_its_error_and_exits_one_without_touching_the_screen() {
    let mut pty = Pty::spawn(&["tests/fixtures/invalid/dangling-ref.toml"], 100, 30, &[]);
    assert_eq!(pty.wait_exit(), 1);
    let raw = String::from_utf8_lossy(&pty.raw);
    assert!(raw.contains("dangling-ref.toml:20:11: speaker 'nobody' is not the id of any actor"));
    assert!(
        !raw.contains("\u{1b}[?1049h"),
        "never entered the alternate screen"
    );
}

#[test]
fn copy_writes_an_osc52_sequence_with_the_quote() {
    let mut pty = Pty::spawn(&[], 120, 40, &[]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"3jy");
    pty.wait_for("Copied the quote with its citation");
    let raw = String::from_utf8_lossy(&pty.raw).into_owned();
    let start = raw.find("\u{1b}]52;c;").expect("an OSC 52 sequence") + 7;
    let end = start + raw[start..].find('\u{7}').unwrap();
    let decoded = decode_base64(&raw[start..end]);
    assert!(
        decoded.starts_with("\"The Japanese government is … monitoring"),
        "{decoded}"
    );
    let lines: Vec<&str> = decoded.lines().collect();
    assert!(
        lines[0].ends_with(" - Yoshimasa Hayashi, Chief Cabinet Secretary (Statement on Friday)")
    );
    assert!(
        lines[1].starts_with("Source: Article on North Korean troops arriving in Russia"),
        "{decoded}"
    );
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn no_color_draws_without_any_colour_sequence() {
    let mut pty = Pty::spawn(&[], 120, 40, &[("NO_COLOR", "1")]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"2j");
    pty.wait_for("Actors 2/16");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    let raw = String::from_utf8_lossy(&pty.raw);
    for params in sgr_parameters(&raw) {
        for code in params.split(';').filter_map(|p| p.parse::<u16>().ok()) {
            let colour = matches!(code, 30..=38 | 40..=48 | 90..=97 | 100..=107);
            assert!(!colour, "colour code {code} in ESC[{params}m");
        }
    }
    assert!(raw.contains("\u{1b}[7m"), "selection uses reverse video");
}

#[test]
fn editing_the_open_file_updates_the_screen_and_keeps_the_selection() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("reload-e2e");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("live.toml");
    let original = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/briefings/dprk-troops-russia.toml"
    ))
    .unwrap();
    std::fs::write(&path, &original).unwrap();
    let mut pty = Pty::spawn(&[path.to_str().unwrap()], 120, 40, &[]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"2jjj");
    pty.wait_for("Actors 4/16");
    std::fs::write(
        &path,
        original.replace("name = \"Russia\"", "name = \"Russian Federation\""),
    )
    .unwrap();
    pty.wait_for("Russian Federation");
    pty.wait_for("Actors 4/16");
    std::fs::write(&path, "format = 1\n[briefing]\n").unwrap();
    pty.wait_for("reload failed");
    assert!(
        pty.screen().contains("Russian Federation"),
        "the last good version stays on screen"
    );
    std::fs::write(&path, &original).unwrap();
    pty.wait_for("Reloaded");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_file_edited_while_the_picker_is_shown_is_read_again_on_return() {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(
        "reload-behind-e2e-in-a-folder-whose-long-name-fills-the-picker-row-before-the-file-name",
    );
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("behind.toml");
    let original = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/briefings/dprk-troops-russia.toml"
    ))
    .unwrap();
    std::fs::write(&path, &original).unwrap();
    let mut pty = Pty::spawn(&[path.to_str().unwrap()], 120, 40, &[]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"b");
    // Its own row (the bundled briefing's names it too: they share an id).
    pty.wait_for("behind.toml · 16 actors");
    // The picker opens on the briefing behind it, not on the library's first entry.
    let screen = pty.screen();
    let lines: Vec<&str> = screen.lines().collect();
    let selected = lines.iter().position(|l| l.contains('▶')).unwrap();
    assert!(lines[selected + 1].contains("behind.toml"), "{screen}");
    std::fs::write(
        &path,
        original.replace("name = \"Russia\"", "name = \"Russian Federation\""),
    )
    .unwrap();
    // Longer than the reload's settling time: a watcher on the hidden reader would have fired.
    std::thread::sleep(std::time::Duration::from_millis(600));
    pty.send(b"\x1b");
    pty.wait_for("Russian Federation");
    pty.wait_for("Reloaded");
    assert!(
        !pty.screen().contains("Reading the library"),
        "the picker's notice is gone from the reader"
    );
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

fn decode_base64(text: &str) -> String {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut bits = 0u32;
    let mut count = 0;
    let mut bytes = Vec::new();
    for c in text.chars().filter(|&c| c != '=') {
        bits = bits << 6 | ALPHABET.find(c).unwrap() as u32;
        count += 6;
        if count >= 8 {
            count -= 8;
            bytes.push((bits >> count) as u8);
        }
    }
    String::from_utf8(bytes).unwrap()
}

/// The parameters of every SGR sequence (`ESC [ params m`) in `raw`.
fn sgr_parameters(raw: &str) -> Vec<&str> {
    raw.split("\u{1b}[")
        .skip(1)
        .filter_map(|rest| {
            let end = rest.find(|c: char| !(c.is_ascii_digit() || c == ';'))?;
            rest[end..].starts_with('m').then(|| &rest[..end])
        })
        .collect()
}

#[test]
fn q_closes_help_and_esc_in_the_picker_returns_to_the_briefing() {
    let mut pty = Pty::spawn(&[], 120, 40, &[]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"?");
    pty.wait_for("Keys (q or Esc closes)");
    pty.send(b"q");
    pty.wait_without("Keys (q or Esc closes)");
    assert!(pty.screen().lines().any(|l| l.starts_with("Timeline 1/12")));
    pty.send(b"2jb");
    pty.wait_for("Esc back to the briefing");
    pty.send(b"?");
    pty.wait_for("Picker keys");
    pty.send(b"x");
    pty.wait_without("Picker keys");
    pty.send(b"\x1b");
    pty.wait_for_line_start("Actors 2/16");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn the_export_key_writes_a_new_report_each_time_and_names_it() {
    // A folder deep enough that its whole path would fill the status line.
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(
        "e2e-export-into-a-folder-whose-name-alone-is-longer-than-the-status-line-has-room-for",
    );
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let config = dir.join("config.toml");
    // Not there yet: the first export makes it.
    let reports = dir.join("reports");
    std::fs::write(
        &config,
        format!("export_dir = {:?}\n", reports.to_str().unwrap()),
    )
    .unwrap();
    let mut pty = Pty::spawn(&["--config", config.to_str().unwrap()], 120, 40, &[]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"4e");
    pty.wait_for("Wrote ");
    pty.send(b"e");
    pty.wait_for("-2.md");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    let mut names: Vec<String> = std::fs::read_dir(&reports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    let report = std::fs::read_to_string(reports.join(&names[0])).unwrap();
    assert!(report.contains("Heightened threat to Japan"), "{report}");
    assert!(report.contains("“serious concern”"));
    assert!(report.contains("Yoshimasa Hayashi"));
}

/// A copy of the bundled briefing in the test's own folder `name`, edited by `edit`.
fn bundled_copy(name: &str, edit: impl Fn(&str) -> String) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("briefing.toml");
    let original = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/briefings/dprk-troops-russia.toml"
    ))
    .unwrap();
    std::fs::write(&path, edit(&original)).unwrap();
    path
}

#[test]
fn a_link_that_cannot_be_opened_is_shown_and_y_copies_it() {
    let url = "https://example.org/news/dprk-troops";
    let path = bundled_copy("open-no-browser", |text| {
        text.replacen(
            "reliability = \"F\"",
            &format!("reliability = \"F\"\nurl = \"{url}\""),
            1,
        )
    });
    // No opener on the PATH: as on a server or in a container.
    let empty = path.parent().unwrap().join("no-programs");
    std::fs::create_dir_all(&empty).unwrap();
    let mut pty = Pty::spawn(
        &[path.to_str().unwrap()],
        120,
        40,
        &[("PATH", empty.to_str().unwrap())],
    );
    pty.wait_for("Timeline 1/12");
    pty.send(b"o");
    pty.wait_for("Cannot open the link");
    pty.wait_for(url);
    pty.wait_for("y copies it");
    pty.send(b"y");
    pty.wait_for("Copied the link");
    let raw = String::from_utf8_lossy(&pty.raw).into_owned();
    let start = raw.find("\u{1b}]52;c;").expect("an OSC 52 sequence") + 7;
    let end = start + raw[start..].find('\u{7}').unwrap();
    assert_eq!(decode_base64(&raw[start..end]), url);
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn a_reload_error_counts_its_problems_and_bang_shows_them_all() {
    let path = bundled_copy("reload-all-errors", str::to_owned);
    let mut pty = Pty::spawn(&[path.to_str().unwrap()], 120, 40, &[]);
    pty.wait_for("Timeline 1/12");
    // Three problems: no id, no title, no summary.
    std::fs::write(&path, "format = 1\n[briefing]\n").unwrap();
    pty.wait_for("reload failed: 3 problems");
    pty.send(b"!");
    // Single words: where the messages wrap depends on the length of the file's path.
    pty.wait_for("'id'");
    pty.wait_for("'summary'");
    pty.send(b"q");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}

#[test]
fn the_export_key_writes_into_the_data_folder_and_says_what_it_wrote() {
    let home = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("export-default-home");
    let _ = std::fs::remove_dir_all(&home);
    let data = home.join("data");
    std::fs::create_dir_all(&data).unwrap();
    let mut pty = Pty::spawn(
        &[],
        120,
        40,
        &[
            ("HOME", home.to_str().unwrap()),
            ("XDG_DATA_HOME", data.to_str().unwrap()),
        ],
    );
    pty.wait_for("Timeline 1/12");
    pty.send(b"3e");
    pty.wait_for("Wrote the whole briefing to");
    let folder = data.join("brief/exports");
    pty.wait_for(folder.to_str().unwrap());
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
    let written: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert_eq!(written.len(), 1, "{written:?}");
    // Nothing lands in the folder brief was started in.
    let here = std::fs::read_dir(env!("CARGO_MANIFEST_DIR"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".md"))
        .filter(|e| e.file_name().to_string_lossy().starts_with("dprk"))
        .count();
    assert_eq!(here, 0);
}

#[test]
fn the_time_charts_h_and_l_go_through_the_dated_events_then_the_undated_list() {
    // The bundled timeline: events 2 and 3 (2014, 2022) are dated, the other ten undated,
    // drawn as a list under the axis in the author's order.
    let mut pty = Pty::spawn(&[], 120, 40, &[]);
    pty.wait_for("Timeline 1/12");
    pty.send(b"5g");
    pty.wait_for("Time chart · Timeline 2/12");
    pty.send(b"l");
    pty.wait_for("Time chart · Timeline 3/12");
    // Past the last dated event, the first of the undated list (the file's first event).
    pty.send(b"l");
    pty.wait_for("Time chart · Timeline 1/12");
    pty.send(b"l");
    pty.wait_for("Time chart · Timeline 4/12");
    pty.send(b"h");
    pty.wait_for("Time chart · Timeline 1/12");
    pty.send(b"h");
    pty.wait_for("Time chart · Timeline 3/12");
    pty.send(b"G");
    pty.wait_for("Time chart · Timeline 12/12");
    pty.send(b"q");
    assert_eq!(pty.wait_exit(), 0);
}
