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
    let raw = String::from_utf8_lossy(&pty.raw);
    let tail = &raw[raw
        .rfind("\u{1b}[?1049l")
        .expect("left the alternate screen")..];
    assert!(
        tail.contains("\u{1b}[?25h"),
        "cursor shown after leaving: {tail:?}"
    );
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
